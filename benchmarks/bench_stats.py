"""Every quality dashboard query and report at a million requests, with the query plans.

Run from a bench's sites folder with the bench's Python, on a site you may fill with test data:

    cd ~/frappe-bench/sites
    ../env/bin/python ~/citizen_relation/benchmarks/bench_stats.py --site mysite.localhost -n 1000000

It bulk-inserts ``-n`` synthetic requests (names ``BST-…``) over three years — the site's
request types weighted to the collectivités' usual split (46 % technical problems, 19 %
complaints…), every channel, status histories (some reopened, some resolved at first contact),
merged duplicates, deadlines met or missed, knowledge-base insertions and ratings — then:

1. builds the daily aggregate (``stats.daily.backfill``), timed, and an incremental refresh;
2. times (median of ``--repeat`` runs after a warm-up) each Number Card, each Dashboard Chart
   as the workspace calls it, the map of requests, each Script Report of the app, the public
   processing times and the monthly report's figures, and prints the MariaDB plan (EXPLAIN) of
   every query they ran;
3. baseline, measured in the same run: the same figures computed from the requests table
   directly (what the dashboard would cost without the aggregate), the ratio, and how far the
   aggregate's median resolution time is from the exact median.

The synthetic rows are deleted at the end unless ``--keep`` (then ``--reuse`` skips the insertion).
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import time
from datetime import date, datetime, timedelta

PREFIX = "BST-"
CHUNK = 10_000
CENTRE = (45.7578, 4.8320)
HALF_SIDE_M = 6_000
CATEGORY_WEIGHTS = {
	"Technical Problem": 46,
	"Complaint": 19,
	"Information Request": 15,
	"Administrative Procedure": 12,
	"Suggestion": 5,
	"Thanks": 3,
}
CHANNEL_WEIGHTS = {
	"Web Portal": 30, "E-mail": 20, "Phone": 22, "Counter": 12, "Postal Mail": 4, "Social Media": 3,
	"Mobile App / API": 6, "Internal": 3,
}
STREETS = [
	f"{kind} {name}"
	for kind in ("rue", "avenue", "boulevard", "place", "impasse", "chemin")
	for name in (
		"de la République", "Victor Hugo", "Jean Jaurès", "Pasteur", "de la Gare", "du Marché", "des Écoles",
		"Gambetta", "de la Liberté", "du Moulin", "des Lilas", "Jules Ferry", "de l'Église", "du Stade",
		"Émile Zola", "des Tilleuls", "de la Paix", "Voltaire", "du 8 Mai 1945", "Anatole France",
	)
]


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("-n", type=int, default=1_000_000, help="synthetic requests")
	parser.add_argument("--repeat", type=int, default=5)
	parser.add_argument("--keep", action="store_true", help="keep the synthetic rows")
	parser.add_argument("--reuse", action="store_true", help="use rows kept by an earlier run")
	parser.add_argument("--skip-backfill", action="store_true", help="with --reuse: keep the aggregate as it is")
	parser.add_argument("--opendata", action="store_true", help="also time the open-data publication")
	parser.add_argument("--seed", type=int, default=7)
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	frappe.set_user("Administrator")
	try:
		existing = frappe.db.count("Citizen Request", {"name": ("like", PREFIX + "%")})
		if args.reuse and existing:
			print(f"reusing {existing:,} synthetic requests")
			if existing < args.n:
				print(f"inserting the {args.n - existing:,} missing ones")
				insert_rows(frappe, random.Random(args.seed + existing), args.n, start=existing)
		else:
			if existing:
				delete_rows(frappe)
			insert_rows(frappe, random.Random(args.seed), args.n)
		if not args.skip_backfill:
			build_aggregate(frappe)
		measure(frappe, args.repeat, args.opendata)
	finally:
		if not args.keep:
			delete_rows(frappe)
		frappe.destroy()


# ---------------------------------------------------------------------------- data
def weighted(rng, weights: dict):
	return rng.choices(list(weights), weights=list(weights.values()))[0]


def offset(lat: float, lon: float, north_m: float, east_m: float) -> tuple[float, float]:
	return lat + north_m / 111_195.0, lon + east_m / (111_195.0 * math.cos(math.radians(lat)))


def insert_rows(frappe, rng: random.Random, n: int, start: int = 0) -> None:
	from frappe.utils import now_datetime

	types = frappe.get_all("Request Type", fields=["name", "category", "service"])
	by_category: dict[str, list] = {}
	for t in types:
		by_category.setdefault(t.category, []).append(t)
	weights = {c: w for c, w in CATEGORY_WEIGHTS.items() if c in by_category}
	request_fields = [
		"name", "creation", "modified", "owner", "modified_by", "docstatus", "naming_series", "subject",
		"request_type", "category", "service", "status", "priority", "channel", "received_on",
		"first_responded_on", "response_by", "resolved_on", "resolution_by", "latitude", "longitude", "street",
		"reporter_count", "merged_into",
	]
	history_fields = ["name", "creation", "modified", "owner", "modified_by", "docstatus", "idx", "parent", "parenttype", "parentfield", "status", "changed_on"]
	rating_fields = ["name", "creation", "modified", "owner", "modified_by", "docstatus", "request", "master", "rating", "comment", "submitted_on", "submitted_via", "request_type", "category", "service", "channel"]
	usage_fields = ["name", "creation", "modified", "owner", "modified_by", "docstatus", "request", "kind", "action", "user", "suggestion_rank"]
	now = now_datetime()
	horizon = 3 * 365 * 86_400
	began = time.perf_counter()
	counts = {"history": 0, "ratings": 0, "usage": 0}
	recent_masters: list[str] = []
	for first in range(start, n, CHUNK):
		requests, history, ratings, usage = [], [], [], []
		for i in range(first, min(n, first + CHUNK)):
			name = f"{PREFIX}{i:07d}"
			category = weighted(rng, weights)
			rt = rng.choice(by_category[category])
			channel = weighted(rng, CHANNEL_WEIGHTS)
			age = (1 - rng.random() ** 0.85) * horizon  # a growing activity
			received = now - timedelta(seconds=age)
			response_by = received + timedelta(hours=rng.choice((8, 16, 24, 48)))
			resolution_by = received + timedelta(days=rng.choice((2, 5, 10, 15, 30)))
			p_open = 0.55 if age < 30 * 86_400 else 0.06 if age < 365 * 86_400 else 0.01
			located = category in ("Technical Problem", "Complaint") and rng.random() < 0.85
			lat = lon = 0.0
			street = None
			if located:
				lat, lon = offset(*CENTRE, rng.gauss(0, HALF_SIDE_M / 2.5), rng.gauss(0, HALF_SIDE_M / 2.5))
				street = STREETS[min(len(STREETS) - 1, int(rng.expovariate(1 / 25)))]
			steps = [("New", received)]
			status, first_response, resolved_on, merged_into = "New", None, None, None
			if located and recent_masters and rng.random() < 0.06:
				status, merged_into = "Merged", rng.choice(recent_masters)
				steps.append(("Merged", received + timedelta(minutes=rng.uniform(5, 600))))
			elif rng.random() < p_open:
				status = rng.choice(("New", "Open", "In Progress", "Waiting for Citizen"))
				if status != "New":
					steps.append((status, received + timedelta(hours=rng.uniform(0.5, 30))))
			else:
				quick = channel in ("Phone", "Counter") and rng.random() < 0.45
				hours = rng.uniform(0.1, 3) if quick else rng.lognormvariate(math.log(70), 1.1)
				resolved_on = received + timedelta(hours=hours)
				if not quick:
					first_response = received + timedelta(hours=min(hours, rng.lognormvariate(math.log(10), 1.0)))
					steps.append(("Open", received + timedelta(hours=min(hours * 0.2, 4))))
					steps.append(("In Progress", received + timedelta(hours=hours * 0.5)))
				if rng.random() < 0.07:  # resolved, reopened, resolved again
					steps.append(("Resolved", resolved_on))
					steps.append(("In Progress", resolved_on + timedelta(days=1)))
					resolved_on = resolved_on + timedelta(days=rng.uniform(2, 10))
				status = "Resolved" if age < 20 * 86_400 else rng.choice(("Closed", "Closed", "Closed", "Rejected"))
				steps.append(("Resolved" if status == "Resolved" else status, resolved_on))
				if resolved_on > now:
					resolved_on, status = None, "In Progress"
					steps = steps[:2]
			if located and status != "Merged" and rng.random() < 0.3:
				recent_masters.append(name)
				recent_masters = recent_masters[-500:]
			requests.append(
				(
					name, received, received, "Administrator", "Administrator", 0, "DEM-.YYYY.-.######",
					f"Demande {i}", rt.name, category, rt.service, status, "Medium", channel, received,
					first_response, response_by, resolved_on, resolution_by, lat, lon, street, 1, merged_into,
				)
			)
			for idx, (step_status, at) in enumerate(steps, 1):
				history.append(
					(f"{name}-h{idx}", at, at, "Administrator", "Administrator", 0, idx, name, "Citizen Request",
					 "status_history", step_status, min(at, now))
				)
			if resolved_on and rng.random() < 0.25:
				usage.append((f"{name}-k", resolved_on, resolved_on, "Administrator", "Administrator", 0, name, "Article", "Inserted", "Administrator", 1))
			if resolved_on and rng.random() < 0.12:
				rating = rng.choices((1, 2, 3, 4, 5), weights=(6, 8, 14, 32, 40))[0]
				at = min(now, resolved_on + timedelta(hours=rng.uniform(1, 72)))
				ratings.append(
					(f"{name}-r", at, at, "Administrator", "Administrator", 0, name, name, rating,
					 "Merci" if rating >= 4 else ("Trop long" if rating <= 2 else None), at, "Portal",
					 rt.name, category, rt.service, channel)
				)
		frappe.db.bulk_insert("Citizen Request", request_fields, requests, ignore_duplicates=True)
		frappe.db.bulk_insert("Citizen Request Status Change", history_fields, history, ignore_duplicates=True)
		frappe.db.bulk_insert("Request Satisfaction", rating_fields, ratings, ignore_duplicates=True)
		frappe.db.bulk_insert("Knowledge Usage", usage_fields, usage, ignore_duplicates=True)
		counts["history"] += len(history)
		counts["ratings"] += len(ratings)
		counts["usage"] += len(usage)
		frappe.db.commit()
		done = min(n, first + CHUNK)
		if done % 100_000 == 0 or done == n:
			print(f"  inserted {done:,} requests ({counts['history']:,} status changes, {counts['ratings']:,} ratings, "
			      f"{counts['usage']:,} knowledge insertions) in {time.perf_counter() - began:.0f} s", flush=True)
	for table in ("Citizen Request", "Citizen Request Status Change", "Request Satisfaction", "Knowledge Usage"):
		frappe.db.sql(f"analyze table `tab{table}`")


def delete_rows(frappe) -> None:
	start = time.perf_counter()
	for table, column in (
		("Citizen Request Status Change", "parent"), ("Request Satisfaction", "request"),
		("Knowledge Usage", "request"), ("Citizen Request", "name"),
	):
		while True:
			frappe.db.sql(f"delete from `tab{table}` where `{column}` like %s limit 50000", (PREFIX + "%",))
			frappe.db.commit()
			if not frappe.db.sql(f"select 1 from `tab{table}` where `{column}` like %s limit 1", (PREFIX + "%",)):
				break
	from citizen_relation.stats import daily

	print(f"synthetic rows deleted in {time.perf_counter() - start:.0f} s; rebuilding the aggregate")
	frappe.db.delete(daily.DOCTYPE)
	daily.backfill()
	frappe.db.commit()


# ---------------------------------------------------------------------------- aggregate
def build_aggregate(frappe) -> None:
	from citizen_relation.stats import daily

	frappe.db.delete(daily.DOCTYPE)
	frappe.db.commit()
	first = daily.first_day()
	t = time.perf_counter()
	rows = daily.backfill()
	elapsed = time.perf_counter() - t
	days = (date.today() - first).days + 1
	print(f"\nbackfill: {days:,} days, {rows:,} aggregate rows in {elapsed:.0f} s ({1000 * elapsed / days:.0f} ms per day)")
	sample = [date.today() - timedelta(days=d) for d in random.Random(1).sample(range(900), 50)]
	daily.mark_dirty(sample)
	t = time.perf_counter()
	daily.refresh_dirty()
	print(f"incremental refresh of 50 dirty days: {time.perf_counter() - t:.1f} s")


# ---------------------------------------------------------------------------- measuring
class Recorder:
	"""Records the SELECT statements run through frappe.db.sql while active."""

	def __init__(self, frappe):
		self.frappe = frappe
		self.original = frappe.db.sql
		self.queries: list[tuple[str, object]] = []
		self.active = False

		def sql(query, values=(), *args, **kwargs):
			if self.active and str(query).lstrip().lower().startswith("select"):
				self.queries.append((str(query), values))
			return self.original(query, values, *args, **kwargs)

		frappe.db.sql = sql

	def plans(self) -> list[str]:
		lines, seen = [], set()
		for query, values in self.queries:
			key = " ".join(query.split())[:400]
			if key in seen or "tabSingles" in query or "tabDefaultValue" in query or "__global_search" in query:
				continue
			seen.add(key)
			try:
				rows = self.original("explain " + query, values, as_dict=True)
			except Exception as error:  # noqa: BLE001 - a plan we cannot explain is reported, not fatal
				lines.append(f"      (no plan: {error})")
				continue
			lines.append("      " + key[:150] + ("…" if len(key) > 150 else ""))
			for r in rows:
				lines.append(
					f"        {r.get('table')!s:32} type={r.get('type')!s:6} key={r.get('key')!s:40} "
					f"rows={r.get('rows')!s:>8} {r.get('Extra') or ''}"
				)
		return lines


def timed(recorder: Recorder, fn, repeat: int) -> tuple[float, int]:
	fn()  # warm-up
	recorder.queries.clear()
	recorder.active = True
	fn()
	recorder.active = False
	times = []
	for _ in range(repeat):
		t = time.perf_counter()
		fn()
		times.append((time.perf_counter() - t) * 1000)
	return statistics.median(times), len(recorder.queries)


def measure(frappe, repeat: int, with_opendata: bool) -> None:
	from frappe.desk.query_report import run as run_report

	from citizen_relation.stats import geomap, monthly, queries, transparency

	total = frappe.db.count("Citizen Request")
	aggregate_rows = frappe.db.count("Request Statistic")
	print(f"\n{total:,} requests, {aggregate_rows:,} aggregate rows; median of {repeat} runs after a warm-up\n")
	recorder = Recorder(frappe)
	results = []

	def run(label: str, fn):
		ms, n = timed(recorder, fn, repeat)
		results.append((label, ms))
		flag = "" if ms < 1000 else "   <-- over 1 s"
		print(f"{label:64}{ms:>9.1f} ms  ({n} queries){flag}")
		for line in recorder.plans():
			print(line)

	print("Number cards")
	for card in frappe.get_all("Number Card", filters={"module": "Citizen Relation"}, fields=["name", "type", "method", "filters_json", "document_type"]):
		if card.type == "Custom":
			method = frappe.get_attr(card.method)
			run(f"  {card.name}", lambda m=method, f=card.filters_json: m(filters=f))
		else:
			from frappe.desk.doctype.number_card.number_card import get_result

			doc = frappe.get_doc("Number Card", card.name)
			run(f"  {card.name} (document count)", lambda d=doc: get_result(d.as_dict(), d.filters_json))
	print("\nDashboard charts")
	for chart in frappe.get_all("Dashboard Chart", filters={"module": "Citizen Relation"}, fields=["name", "chart_type", "source", "filters_json", "timespan", "time_interval"]):
		if chart.chart_type == "Custom":
			config = frappe.get_doc("Dashboard Chart Source", chart.source)
			method = _source_method(frappe, config)
			run(
				f"  {chart.name}",
				lambda m=method, c=chart: m(chart_name=c.name, filters=c.filters_json, timespan=c.timespan, time_interval=c.time_interval),
			)
		else:
			from frappe.desk.doctype.dashboard_chart.dashboard_chart import get as chart_get

			run(f"  {chart.name} (document chart)", lambda c=chart: chart_get(chart_name=c.name, refresh=1))
	print("\nMap of requests")
	for period, zoom in (("Last 3 months", 13), ("Last 12 months", 13), ("Last 12 months", 16)):
		south, west = CENTRE[0] - 0.06, CENTRE[1] - 0.09
		north, east = (CENTRE[0] + 0.06, CENTRE[1] + 0.09) if zoom == 13 else (CENTRE[0] + 0.005, CENTRE[1] + 0.007)
		if zoom == 16:
			south, west = CENTRE[0] - 0.005, CENTRE[1] - 0.007
		run(
			f"  map cells, {period}, zoom {zoom}",
			lambda p=period, z=zoom, b=(south, west, north, east): geomap.cells(queries.parse_filters({"period": p}), b, z),
		)
	print("\nReports")
	last_month = monthly.previous_month()
	report_filters = {
		"Quality Statistics": {"from_date": (date.today() - timedelta(days=365)).isoformat(), "to_date": date.today().isoformat()},
		"Monthly Quality Figures": {"month": last_month.isoformat()},
		"Citizen Satisfaction": {"from_date": (date.today() - timedelta(days=365)).isoformat(), "to_date": date.today().isoformat(), "time_interval": "Monthly"},
		"Recurring Issues by Street": {"from_date": last_month.isoformat(), "to_date": (date.today().replace(day=1) - timedelta(days=1)).isoformat()},
		"SLA Compliance": {"from_date": (date.today() - timedelta(days=365)).isoformat(), "to_date": date.today().isoformat()},
		"Knowledge Base Usage": {"from_date": (date.today() - timedelta(days=30)).isoformat(), "to_date": date.today().isoformat()},
		"Requests Without Answer Help": {"from_date": (date.today() - timedelta(days=30)).isoformat(), "to_date": date.today().isoformat()},
		"Possible Duplicates": {},
	}
	campaign = frappe.db.get_value("Survey Campaign", {}, "name", order_by="creation desc")
	for report in ("Survey Results", "Survey Comments"):
		report_filters[report] = {"campaign": campaign}
	for report in frappe.get_all("Report", filters={"module": "Citizen Relation", "report_type": "Script Report"}, pluck="name"):
		filters = report_filters.get(report, {})
		if "campaign" in filters and not filters["campaign"]:
			print(f"  {report}: skipped (no survey campaign on this site)")
			continue
		run(f"  {report}", lambda r=report, f=filters: run_report(r, filters=f, ignore_prepared_report=True))
	run("  Quality Statistics by service (12 months)", lambda: run_report("Quality Statistics", filters={**report_filters["Quality Statistics"], "group_by": "Service"}, ignore_prepared_report=True))
	print("\nPublic page and monthly report")
	run("  processing times (public page, uncached)", transparency.processing_times)
	run("  monthly report figures (snapshot)", lambda: monthly.snapshot(last_month))

	print("\nBaseline: the same figures from the requests table, without the aggregate")
	baseline(frappe, recorder, repeat, results)
	if with_opendata:
		from citizen_relation.stats import opendata

		t = time.perf_counter()
		result = opendata.publish()
		print(f"\nopen data: {result['rows']:,} requests written in {time.perf_counter() - t:.0f} s")
	slow = [label for label, ms in results if ms >= 1000]
	print(f"\n{len(results)} measurements, slowest {max(ms for _l, ms in results):.0f} ms; over 1 s: {slow or 'none'}")


def _source_method(frappe, source):
	import re

	config = frappe.get_attr("frappe.desk.doctype.dashboard_chart_source.dashboard_chart_source.get_config")(source.name)
	method = re.search(r'method:\s*"([^"]+)"', config).group(1)
	return frappe.get_attr(method)


def baseline(frappe, recorder: Recorder, repeat: int, results: list) -> None:
	from frappe.query_builder.functions import Count

	from citizen_relation.core import stats as core
	from citizen_relation.stats import queries

	today = date.today()
	period = core.named_period("Last 12 months", today)
	start = datetime.combine(period.start, datetime.min.time())
	end = datetime.combine(period.end, datetime.min.time())
	request = frappe.qb.DocType("Citizen Request")

	def raw_by_channel():
		return (
			frappe.qb.from_(request).select(request.channel, Count("*")).where(request.received_on >= start)
			.where(request.received_on < end).groupby(request.channel).run()
		)

	def raw_resolution_times():
		rows = frappe.db.sql(
			"select timestampdiff(second, received_on, resolved_on) from `tabCitizen Request` "
			"where resolved_on >= %s and resolved_on < %s",
			(start, end),
		)
		values = sorted(r[0] for r in rows)
		return values[len(values) // 2], values[int(0.9 * (len(values) - 1))], len(values)

	sf = queries.StatFilters(period=period)
	raw_ms, _n = timed(recorder, raw_by_channel, repeat)
	agg_ms, _n = timed(recorder, lambda: queries.figures_by(sf, "channel", histograms=False), repeat)
	print(f"  requests by channel, 12 months: requests table {raw_ms:.0f} ms, aggregate {agg_ms:.1f} ms: {raw_ms / agg_ms:.0f}× faster")
	raw_ms, _n = timed(recorder, raw_resolution_times, repeat)
	agg_ms, _n = timed(recorder, lambda: queries.figures(sf), repeat)
	exact_median, exact_p90, resolved = raw_resolution_times()
	f = queries.figures(sf)
	print(
		f"  median and p90 resolution time, 12 months: requests table {raw_ms:.0f} ms, aggregate {agg_ms:.1f} ms: "
		f"{raw_ms / agg_ms:.0f}× faster"
	)
	print(
		f"  exact median {exact_median / 86400:.2f} d vs aggregate {f.median_resolution / 86400:.2f} d "
		f"({100 * (f.median_resolution / exact_median - 1):+.1f} %); exact p90 {exact_p90 / 86400:.2f} d vs "
		f"{f.p90_resolution / 86400:.2f} d ({100 * (f.p90_resolution / exact_p90 - 1):+.1f} %); resolved {resolved:,} vs {f.resolved:,}"
	)


if __name__ == "__main__":
	main()
