"""Duplicate candidate search on a million requests: indexed pre-filter versus a full scan.

Run from a bench's sites folder with the bench's Python, on a site you may fill with test data:

    cd ~/frappe-bench/sites
    ../env/bin/python ~/citizen_relation/benchmarks/bench_duplicates.py --site mysite.localhost -n 1000000

It bulk-inserts ``-n`` synthetic requests (names ``BENCH-…``) into ``tabCitizen Request``, spread
over a 12 × 12 km city and three years, of the site's request types with duplicate detection on
(mostly closed, as in a real base: 60 % of the last month's requests still open, 8 % of the
year's, 2 % of the older ones), then times over ``--queries`` new reports at random places:

- ``indexed``: :func:`citizen_relation.duplicates.candidates.find_candidates`, i.e. the indexed pre-filter
  (type, open statuses, time window, bounding box) and the core's vectorised scoring;
- ``full scan``: every open request of the type read and scored by the same core function (what
  a search without the pre-filter costs).

It prints p50/p95 in milliseconds, the ratio full scan / indexed, the query plan of the
pre-filter, and checks that both find the same best candidate. The rows are deleted at the end
unless ``--keep`` (then ``--reuse`` skips the insertion next time).
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import time
from datetime import timedelta

PREFIX = "BENCH-"
CHUNK = 10_000
CENTRE = (45.7578, 4.8320)  # Lyon
HALF_SIDE_M = 6_000
PHRASES = {
	"Technical Problem": [
		"Lampadaire éteint",
		"Réverbère en panne",
		"Éclairage public hors service",
		"Nid de poule dangereux",
		"Trou dans la chaussée",
		"Dépôt sauvage d'encombrants",
		"Gravats abandonnés sur le trottoir",
		"Poubelle qui déborde",
		"Tag sur la façade de l'école",
		"Graffiti sur un abribus",
		"Feu tricolore en panne",
		"Avaloir bouché",
		"Arbre tombé sur la voie",
		"Herbes hautes sur le trottoir",
		"Voiture ventouse depuis trois semaines",
		"Bac non collecté",
		"Fuite d'eau sur la chaussée",
		"Plaque d'égout descellée",
	],
}
WORDS = "devant près du à côté de la boulangerie pharmacie école gare marché parc square mairie".split()


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("-n", type=int, default=1_000_000, help="synthetic requests")
	parser.add_argument("--queries", type=int, default=200)
	parser.add_argument("--scan-queries", type=int, default=30, help="full-scan queries (slow)")
	parser.add_argument("--keep", action="store_true", help="keep the synthetic rows")
	parser.add_argument("--reuse", action="store_true", help="use rows kept by an earlier run")
	parser.add_argument("--seed", type=int, default=42)
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	try:
		types = frappe.get_all(
			"Request Type", filters={"duplicate_detection": 1, "is_active": 1}, fields=["name", "category"]
		)
		if not types:
			raise SystemExit("no request type with duplicate detection on this site")
		rng = random.Random(args.seed)
		existing = frappe.db.count("Citizen Request", {"name": ("like", PREFIX + "%")})
		if args.reuse and existing:
			print(f"reusing {existing:,} synthetic requests")
		else:
			if existing:
				delete_rows(frappe)
			insert_rows(frappe, rng, types, args.n)
		measure(frappe, rng, types, args.queries, args.scan_queries)
	finally:
		if not args.keep:
			delete_rows(frappe)
		frappe.destroy()


def offset(lat: float, lon: float, north_m: float, east_m: float) -> tuple[float, float]:
	return (
		lat + north_m / 111_195.0,
		lon + east_m / (111_195.0 * math.cos(math.radians(lat))),
	)


def subject(rng: random.Random, category: str) -> str:
	phrase = rng.choice(PHRASES.get(category) or PHRASES["Technical Problem"])
	return f"{phrase} {' '.join(rng.sample(WORDS, 2))}"


def insert_rows(frappe, rng: random.Random, types: list, n: int) -> None:
	from frappe.utils import now_datetime

	from citizen_relation.duplicates.candidates import stored_match_text

	fields = [
		"name", "creation", "modified", "owner", "modified_by", "docstatus", "subject", "request_type",
		"category", "status", "priority", "channel", "received_on", "latitude", "longitude", "match_text",
		"reporter_count",
	]
	now = now_datetime()
	horizon = 3 * 365 * 86_400
	closed = ("Closed", "Resolved", "Closed", "Closed", "Rejected")
	open_ = ("New", "Open", "In Progress", "Waiting for Citizen")
	start = time.perf_counter()
	for first in range(0, n, CHUNK):
		rows = []
		for i in range(first, min(n, first + CHUNK)):
			rt = rng.choice(types)
			age = rng.random() ** 1.5 * horizon  # more recent requests than old ones
			received = now - timedelta(seconds=age)
			p_open = 0.6 if age < 30 * 86_400 else 0.08 if age < 365 * 86_400 else 0.02
			status = rng.choice(open_) if rng.random() < p_open else rng.choice(closed)
			lat, lon = offset(*CENTRE, rng.uniform(-HALF_SIDE_M, HALF_SIDE_M), rng.uniform(-HALF_SIDE_M, HALF_SIDE_M))
			text = subject(rng, rt.category)
			rows.append(
				(
					f"{PREFIX}{i:07d}", received, received, "Administrator", "Administrator", 0, text, rt.name,
					rt.category, status, "Medium", "Web Portal", received, lat, lon,
					stored_match_text(text, None, None), 1,
				)
			)
		frappe.db.bulk_insert("Citizen Request", fields, rows, ignore_duplicates=True)
		frappe.db.commit()
		done = min(n, first + CHUNK)
		if done % 100_000 == 0 or done == n:
			print(f"  inserted {done:,} rows in {time.perf_counter() - start:.0f} s", flush=True)
	frappe.db.sql("analyze table `tabCitizen Request`")


def delete_rows(frappe) -> None:
	start = time.perf_counter()
	while True:
		frappe.db.sql("delete from `tabCitizen Request` where name like %s limit 50000", (PREFIX + "%",))
		frappe.db.commit()
		if not frappe.db.count("Citizen Request", {"name": ("like", PREFIX + "%")}):
			break
	print(f"synthetic rows deleted in {time.perf_counter() - start:.0f} s")


def percentile(values: list[float], p: float) -> float:
	values = sorted(values)
	k = (len(values) - 1) * p
	lo, hi = math.floor(k), math.ceil(k)
	return values[lo] + (values[hi] - values[lo]) * (k - lo)


def measure(frappe, rng: random.Random, types: list, queries: int, scan_queries: int) -> None:
	from frappe.query_builder import DocType
	from frappe.utils import now_datetime

	from citizen_relation.duplicates import candidates as duplicates
	from citizen_relation.requests.lifecycle import get_lifecycle
	from citizen_relation.core.duplicates import score_candidates
	from citizen_relation.core.geo import bounding_box

	total = frappe.db.count("Citizen Request")
	open_by_type = {
		r.request_type: r.count
		for r in frappe.get_all(
			"Citizen Request",
			filters={"status": ("in", get_lifecycle().candidate_statuses)},
			fields=["request_type", "count(name) as count"],
			group_by="request_type",
		)
	}
	print(f"{total:,} requests; open requests per type: {min(open_by_type.values()):,}–{max(open_by_type.values()):,}")

	def new_report():
		rt = rng.choice(types)
		lat, lon = offset(*CENTRE, rng.uniform(-HALF_SIDE_M, HALF_SIDE_M), rng.uniform(-HALF_SIDE_M, HALF_SIDE_M))
		return frappe._dict(
			name="__new__",
			request_type=rt.name,
			category=rt.category,
			subject=subject(rng, rt.category),
			latitude=lat,
			longitude=lon,
			received_on=now_datetime() - timedelta(days=rng.uniform(0, 10)),
		)

	cr = DocType("Citizen Request")

	def full_scan(values):
		settings = duplicates.detection_settings(values.request_type)
		rows = (
			frappe.qb.from_(cr)
			.select(
				cr.name, cr.subject, cr.status, cr.received_on, cr.request_type, cr.category, cr.latitude,
				cr.longitude, cr.address, cr.match_text, cr.reporter_count,
			)
			.where(cr.request_type == values.request_type)
			.where(cr.status.isin(get_lifecycle().candidate_statuses))
		).run(as_dict=True)
		reports = [duplicates.report_of(r) for r in rows]
		return score_candidates(duplicates.report_of(values), reports, settings, limit=10), len(rows)

	# warm-up (caches, buffer pool)
	for _ in range(10):
		duplicates.find_candidates(new_report())

	indexed, found, sizes = [], 0, []
	sample = [new_report() for _ in range(queries)]
	for values in sample:
		t = time.perf_counter()
		result = duplicates.find_candidates(values)
		indexed.append((time.perf_counter() - t) * 1000)
		found += bool(result)
		settings = duplicates.detection_settings(values.request_type)
		sizes.append(len(duplicates.prefilter(duplicates.report_of(values), settings)))

	scanned, agree, scan_rows = [], 0, []
	for values in sample[:scan_queries]:
		t = time.perf_counter()
		result, n_rows = full_scan(values)
		scanned.append((time.perf_counter() - t) * 1000)
		scan_rows.append(n_rows)
		best_indexed = duplicates.find_candidates(values, limit=1)
		agree += [b.candidate for b in result[:1]] == [c["name"] for c in best_indexed]

	print(f"\n{queries} searches ({found} with a candidate above the threshold), rows read per search:")
	print(f"  indexed pre-filter: median {statistics.median(sizes):.0f}, max {max(sizes)}")
	print(f"  full scan:          median {statistics.median(scan_rows):.0f}, max {max(scan_rows)}")
	print(f"\n{'':24}{'p50 ms':>10}{'p95 ms':>10}")
	print(f"{'indexed (find_candidates)':24}{percentile(indexed, .5):>10.2f}{percentile(indexed, .95):>10.2f}")
	print(f"{'full scan of open (type)':24}{percentile(scanned, .5):>10.2f}{percentile(scanned, .95):>10.2f}")
	print(
		f"\nratio full scan / indexed: p50 {percentile(scanned, .5) / percentile(indexed, .5):.0f}×, "
		f"p95 {percentile(scanned, .95) / percentile(indexed, .95):.0f}×"
	)
	print(f"same best candidate in {agree}/{len(scanned)} full-scan searches")

	values = sample[0]
	settings = duplicates.detection_settings(values.request_type)
	lat0, lat1, lon0, lon1 = bounding_box(values.latitude, values.longitude, settings.radius_m)
	window = timedelta(days=settings.window_days)
	plan_query = (
		frappe.qb.from_(cr)
		.select(cr.name)
		.where(cr.request_type == values.request_type)
		.where(cr.status.isin(get_lifecycle().candidate_statuses))
		.where(cr.received_on.between(values.received_on - window, values.received_on + window))
		.where(cr.latitude.between(lat0, lat1) & cr.longitude.between(lon0, lon1))
	)
	print("\nquery plan of the pre-filter:")
	for row in frappe.db.sql("explain " + plan_query.get_sql(), as_dict=True):
		print(f"  key={row.key} type={row.type} rows={row.rows} extra={row.Extra}")


if __name__ == "__main__":
	main()
