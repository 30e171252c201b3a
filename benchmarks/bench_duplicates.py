"""Duplicate candidate search on a million requests, geocoding included: indexed pre-filter versus a full scan.

Run from a bench's sites folder with the bench's Python, on a site you may fill with test data:

    cd ~/frappe-bench/sites
    ../env/bin/python ~/citizen_relation/benchmarks/bench_duplicates.py --site mysite.localhost -n 1000000

It bulk-inserts ``-n`` synthetic requests (names ``BENCH-…``) into ``tabCitizen Request``, spread
over a 12 × 12 km city and three years, of the site's request types with duplicate detection on
(mostly closed, as in a real base: 60 % of the last month's requests still open, 8 % of the
year's, 2 % of the older ones); 70 % located by coordinates (reverse-geocoded: their street is
known), 30 % by an address only (geocoded: their coordinates are known), as the background
geocoding leaves them. Then it times over ``--queries`` new reports at random places, 30 % of them
given by an address only:

- ``indexed``: the geocoding of the new report when it has only an address (a local geocoder
  behind the app's cache, :func:`citizen_relation.duplicates.geocoding.ask`; the first look-up of an
  address is the geocoder's, the next ones the cache's), then
  :func:`citizen_relation.duplicates.candidates.find_candidates`, i.e. the indexed pre-filter (the
  types searched ``IN (…)`` — every type that detects duplicates, as seeded, the ones outside the
  type's families gated on the same object and fault —, candidate statuses, time window, bounding
  box of the place or street key) and the core's scoring;
- ``full scan``: every open request of the types searched, read and scored by the same core
  function (what a search without the pre-filter costs).

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
# Synthetic streets: a grid of 40 east-west and 40 north-south streets, 300 m apart.
STREETS_EW = [f"rue {n}" for n in ("des Lilas", "Victor Hugo", "Pasteur", "Jean Jaurès", "de la Gare", "Voltaire", "Gambetta", "Carnot")] + [f"rue Numéro {i}" for i in range(32)]
STREETS_NS = [f"avenue {n}" for n in ("Foch", "de la République", "Jean Moulin", "du Maréchal Leclerc")] + [f"boulevard Numéro {i}" for i in range(36)]
GRID_M = 300.0


class GridGeocoder:
	"""A local geocoder of the synthetic grid (no network): streets every 300 m, a number every 7 m."""

	def __init__(self):
		self.asked = 0

	def place(self, north: float, east: float):
		"""Street, number and point nearest to (north, east) metres from the centre."""
		row = round((north + HALF_SIDE_M) / GRID_M)
		col = round((east + HALF_SIDE_M) / GRID_M)
		if abs(north - (row * GRID_M - HALF_SIDE_M)) < abs(east - (col * GRID_M - HALF_SIDE_M)):
			street = STREETS_EW[row % len(STREETS_EW)]
			number = max(1, int((east + HALF_SIDE_M) / 7))
			return street, number, row * GRID_M - HALF_SIDE_M, east
		street = STREETS_NS[col % len(STREETS_NS)]
		number = max(1, int((north + HALF_SIDE_M) / 7))
		return street, number, north, col * GRID_M - HALF_SIDE_M

	def geocode(self, text: str):
		from citizen_relation.core.duplicates import address_key
		from citizen_relation.core.geocoding import GeocodeResult

		self.asked += 1
		key = address_key(text)
		if key is None:
			return None
		for i, name in enumerate(STREETS_EW):
			if address_key(name).street == key.street:
				north, east = i * GRID_M - HALF_SIDE_M, (key.number or 1) * 7 - HALF_SIDE_M
				break
		else:
			for i, name in enumerate(STREETS_NS):
				if address_key(name).street == key.street:
					north, east = (key.number or 1) * 7 - HALF_SIDE_M, i * GRID_M - HALF_SIDE_M
					break
			else:
				return None
		lat, lon = offset(*CENTRE, north, east)
		return GeocodeResult(lat, lon, "housenumber", text.split(",")[0].split(" ", 1)[1], str(key.number))

	def reverse(self, lat, lon):
		raise NotImplementedError


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

	from citizen_relation.core.duplicates import address_key, street_key
	from citizen_relation.duplicates.candidates import stored_match_text

	grid = GridGeocoder()
	fields = [
		"name", "creation", "modified", "owner", "modified_by", "docstatus", "subject", "request_type",
		"category", "status", "priority", "channel", "received_on", "latitude", "longitude", "match_text",
		"reporter_count", "address", "geo_latitude", "geo_longitude", "geo_street", "geo_street_key",
		"geo_house_number", "geo_status",
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
			street, number, north, east = grid.place(
				rng.uniform(-HALF_SIDE_M, HALF_SIDE_M), rng.uniform(-HALF_SIDE_M, HALF_SIDE_M)
			)
			lat, lon = offset(*CENTRE, north, east)
			key = address_key(street)
			text = subject(rng, rt.category)
			if rng.random() < 0.7:  # on the map; the street comes from reverse geocoding
				own, address = (lat, lon), None
			else:  # by address; the coordinates come from geocoding
				own, address = (0, 0), f"{number} {street}"
			rows.append(
				(
					f"{PREFIX}{i:07d}", received, received, "Administrator", "Administrator", 0, text, rt.name,
					rt.category, status, "Medium", "Web Portal", received, own[0], own[1],
					stored_match_text(text, None, address), 1, address, lat, lon, key.street, street_key(key),
					number, "Done",
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

	grid = GridGeocoder()
	frappe.flags.citizen_relation_geocoder = grid

	def new_report():
		rt = rng.choice(types)
		street, number, north, east = grid.place(rng.uniform(-HALF_SIDE_M, HALF_SIDE_M), rng.uniform(-HALF_SIDE_M, HALF_SIDE_M))
		lat, lon = offset(*CENTRE, north, east)
		values = frappe._dict(
			name="__new__",
			request_type=rt.name,
			category=rt.category,
			subject=subject(rng, rt.category),
			received_on=now_datetime() - timedelta(days=rng.uniform(0, 10)),
		)
		if rng.random() < 0.7:
			values.update(latitude=lat, longitude=lon)
		else:
			values.update(address=f"{number} {street}")
		return values

	def search(values):
		"""What the app does for a new report: geocode it if it has only an address, then search."""
		if values.get("address") and not values.get("latitude"):
			from citizen_relation.core.geocoding import geocoding_query, located_values
			from citizen_relation.duplicates.geocoding import ask

			query = geocoding_query(0, 0, values.address, values.subject)
			values.update(located_values(ask(query), query))
		return duplicates.find_candidates(values)

	cr = DocType("Citizen Request")

	def full_scan(values):
		from citizen_relation.duplicates.families import search_scope

		settings = duplicates.detection_settings(values.request_type)
		searched, related = search_scope(values.request_type)
		rows = (
			frappe.qb.from_(cr)
			.select(*(getattr(cr, f) for f in duplicates.FIELDS))
			.where(cr.request_type.isin(sorted(searched)))
			.where(cr.status.isin(get_lifecycle().candidate_statuses))
		).run(as_dict=True)
		reports = [duplicates.report_of(r) for r in rows]
		return score_candidates(duplicates.report_of(values), reports, settings, limit=10, related=related), len(rows)

	# warm-up (caches, buffer pool)
	for _ in range(10):
		search(new_report())

	indexed, found, sizes, geocoded = [], 0, [], 0
	sample = [new_report() for _ in range(queries)]
	for values in sample:
		geocoded += bool(values.get("address"))
		t = time.perf_counter()
		result = search(values)
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

	print(f"\n{queries} searches ({geocoded} by address only, geocoded first; {found} with a candidate above the threshold), rows read per search:")
	print(f"  indexed pre-filter: median {statistics.median(sizes):.0f}, max {max(sizes)}")
	print(f"  full scan:          median {statistics.median(scan_rows):.0f}, max {max(scan_rows)}")
	print(f"\n{'':24}{'p50 ms':>10}{'p95 ms':>10}")
	print(f"{'indexed (+ geocoding)':24}{percentile(indexed, .5):>10.2f}{percentile(indexed, .95):>10.2f}")
	print(f"{'full scan (types)':24}{percentile(scanned, .5):>10.2f}{percentile(scanned, .95):>10.2f}")
	print(
		f"\nratio full scan / indexed: p50 {percentile(scanned, .5) / percentile(indexed, .5):.0f}×, "
		f"p95 {percentile(scanned, .95) / percentile(indexed, .95):.0f}×"
	)
	print(f"same best candidate in {agree}/{len(scanned)} full-scan searches")

	from citizen_relation.duplicates.families import search_scope

	values = next(v for v in sample if v.get("latitude"))
	settings = duplicates.detection_settings(values.request_type)
	related = sorted(search_scope(values.request_type)[0])
	lat0, lat1, lon0, lon1 = bounding_box(values.latitude, values.longitude, settings.radius_m)
	window = timedelta(days=settings.window_days)
	base = (
		frappe.qb.from_(cr)
		.select(cr.name)
		.where(cr.request_type.isin(related))
		.where(cr.status.isin(get_lifecycle().candidate_statuses))
		.where(cr.received_on.between(values.received_on - window, values.received_on + window))
	)
	print(f"\nquery plans of the pre-filter ({len(related)} related types IN (…)):")
	for label, query in (
		("box", base.where(cr.geo_latitude.between(lat0, lat1) & cr.geo_longitude.between(lon0, lon1))),
		("street", base.where(cr.geo_street_key == "rue vic")),
	):
		for row in frappe.db.sql("explain " + query.get_sql(), as_dict=True):
			print(f"  {label:7s} key={row.key} type={row.type} rows={row.rows} extra={row.Extra}")
	print(f"geocoder asked {grid.asked} times for {geocoded} addresses (the rest from the cache)")


if __name__ == "__main__":
	main()
