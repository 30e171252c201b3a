"""Deadlines: ERPNext's SLA algorithm versus ours on the same calendars, and recomputing open requests.

Run from a bench's sites folder with the bench's Python (ERPNext must be installed):

    cd ~/frappe-bench/sites
    ../env/bin/python ~/citizen_relation/benchmarks/bench_deadlines.py --site mysite.localhost

1. The same deadlines computed by ERPNext's ``get_expected_time_for`` (Service Level Agreement,
   a day-by-day walk over one opening per weekday and a Holiday List) and by our
   ``add_working_time`` (arithmetic over the calendar), on a calendar both can express
   (Monday–Friday 09:00–17:00, French public holidays), from the same random start instants:
   a 4-hour response target and a two-month resolution target (44 working days of 8 h).
   Prints the median time per deadline, the ratio, and how many results agree.
2. Recomputing the SLA of N open requests (default 100,000) through the job's batch path
   (rows read in batches, state computed, changed rows written), on rows bulk-inserted for
   the run and committed (the job commits every batch; from 20,000 requests it shares them
   between worker processes), and the same in one process (the baseline, same run), with a
   check that both store identical values. The rows are deleted at the end.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import datetime, timedelta


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("--deadlines", type=int, default=2000, help="start instants per target")
	parser.add_argument("--recompute", type=int, default=100_000, help="open requests to recompute (0: skip)")
	parser.add_argument("--no-baseline", action="store_true", help="skip the previous implementation's run")
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	try:
		compare_with_erpnext(frappe, args.deadlines)
		if args.recompute:
			recompute(frappe, args.recompute, baseline=not args.no_baseline)
	finally:
		frappe.db.rollback()
		frappe.destroy()


def compare_with_erpnext(frappe, n: int):
	from erpnext.support.doctype.service_level_agreement.service_level_agreement import get_expected_time_for

	from citizen_relation.core.calendar import (
		WorkingCalendar,
		add_working_time,
		add_working_time_local,
		french_holidays,
	)
	from citizen_relation.sla.calendars import aware, naive

	holidays = sorted(french_holidays("metropole", range(2026, 2030)))
	holiday_list = frappe.get_doc(
		{
			"doctype": "Holiday List",
			"holiday_list_name": f"Bench CR {random.randint(0, 10**6)}",
			"from_date": "2026-01-01",
			"to_date": "2029-12-31",
			"holidays": [{"holiday_date": d, "description": "Férié"} for d in holidays],
		}
	).insert(ignore_permissions=True)
	nine, five = timedelta(hours=9), timedelta(hours=17)
	days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
	sla = frappe._dict(
		support_and_resolution=[frappe._dict(workday=d, start_time=nine, end_time=five) for d in days],
		holiday_list=holiday_list.name,
	)
	from frappe.utils import get_system_timezone

	calendar = WorkingCalendar(
		slots=[(d, "09:00", "17:00") for d in days], time_zone=get_system_timezone(), holidays=frozenset(holidays)
	)
	rng = random.Random(42)
	base = datetime(2026, 1, 5)
	# Start instants inside opening hours (where both algorithms define the deadline the same way).
	starts = []
	while len(starts) < n:
		day = base + timedelta(days=rng.randrange(0, 700))
		if day.weekday() < 5 and day.date() not in holiday_list_dates(holidays):
			starts.append(day.replace(hour=9) + timedelta(seconds=rng.randrange(0, 8 * 3600 - 1)))

	print(f"Deadlines on Mon–Fri 09:00–17:00 with French holidays, {n} start instants each (µs per deadline, median of 5 runs)")
	for label, seconds in (("4-hour response", 4 * 3600), ("two-month resolution", 44 * 8 * 3600)):
		sla.response_time = seconds
		erp = timed(lambda: [get_expected_time_for("response", sla, s) for s in starts])
		# Stored datetimes are naive in the site's zone, the calendar's too: the local fast path.
		ours = timed(lambda: [add_working_time_local(calendar, s, seconds) for s in starts])
		general = timed(lambda: [naive(add_working_time(calendar, aware(s), seconds)) for s in starts])
		erp_results = [get_expected_time_for("response", sla, s) for s in starts]
		our_results = [add_working_time_local(calendar, s, seconds) for s in starts]
		general_results = [naive(add_working_time(calendar, aware(s), seconds)) for s in starts]
		same = sum(a == b for a, b in zip(erp_results, our_results))
		assert our_results == general_results
		print(
			f"  {label:22s} ERPNext {erp / n * 1e6:9.1f}   ours {ours / n * 1e6:7.1f}   "
			f"ratio {erp / ours:7.1f}x   identical {same}/{n}   "
			f"(general aware path {general / n * 1e6:.1f} µs, {erp / general:.1f}x)"
		)
		differing = [(s, a, b) for s, a, b in zip(starts, erp_results, our_results) if a != b][:3]
		for s, a, b in differing:
			print(f"      differs: start {s}  ERPNext {a}  ours {b}")


def holiday_list_dates(holidays):
	return set(holidays)


def timed(fn, repeat: int = 5) -> float:
	runs = []
	for _ in range(repeat):
		start = time.perf_counter()
		fn()
		runs.append(time.perf_counter() - start)
	return statistics.median(runs)


def recompute(frappe, n: int, baseline: bool = True):
	"""Recompute N open requests through the job's loop (``recompute_requests``: batches read,
	evaluated, written and committed, shared between worker processes from 20,000 requests);
	with ``baseline``, the same N requests (a second copy) in one process — the loop as it was
	before the processes — in the same run, and a check that both store identical values. The
	rows are committed (the job commits every batch) and deleted at the end, whatever happens."""
	from frappe.utils import now_datetime, random_string

	from citizen_relation.sla import jobs
	from citizen_relation.sla.agreement import SLA_FIELDS

	request_type = frappe.get_all("Request Type", filters={"is_active": 1}, pluck="name", limit=1)[0]
	service = frappe.db.get_value("Request Type", request_type, "service")
	now = now_datetime()
	prefixes = []

	def insert(tag):
		prefixes.append(f"BENCH-{tag}-")
		fields = ["name", "naming_series", "subject", "request_type", "category", "status", "priority", "service", "channel",
			"received_on", "tracking_token", "creation", "modified", "owner", "modified_by", "docstatus", "idx"]
		rows = []
		for i in range(n):
			received = now - timedelta(minutes=i % (60 * 24 * 20))
			rows.append((f"BENCH-{tag}-{i:07d}", "DEM-.YYYY.-.######", f"Demande {i}", request_type, "Technical Problem", "In Progress",
				"Medium", service, "Phone", received, f"{tag}{i}", now, now, "Administrator", "Administrator", 0, 0))
		frappe.db.bulk_insert("Citizen Request", fields, rows, chunk_size=10_000)
		frappe.db.commit()
		return [r[0] for r in rows]

	def run(names, processes=None):
		start = time.perf_counter()
		jobs.recompute_requests(names, now, publish=False, processes=processes)
		return time.perf_counter() - start

	try:
		start = time.perf_counter()
		names = insert(random_string(6))
		inserted = time.perf_counter() - start
		processes = jobs.recompute_processes(n)
		elapsed = run(names)
		print(f"Recompute of {n} open requests (inserted in {inserted:.1f} s), {processes} process(es): {elapsed:.1f} s in all, {elapsed / n * 1e6:.0f} µs per request")
		if not baseline:
			return
		single_names = insert(random_string(6))
		single = run(single_names, processes=1)
		print(f"  one process on the same {n} requests: {single:.1f} s ({single / n * 1e6:.0f} µs per request); ratio {single / elapsed:.2f}x")

		def stored(batch):
			fields = ["name", *SLA_FIELDS]
			rows = frappe.get_all("Citizen Request", filters={"name": ("in", batch)}, fields=fields, order_by="name asc", as_list=True)
			return [tuple(r[1:]) for r in rows]

		step = jobs.BATCH
		same = all(stored(names[i : i + step]) == stored(single_names[i : i + step]) for i in range(0, n, step))
		written = frappe.db.count("Citizen Request", {"name": ("like", f"{prefixes[0]}%"), "agreement_status": ("is", "set")})
		print(f"  stored SLA values identical in both runs: {same}; requests with an agreement: {written}/{n}")
	finally:
		frappe.db.rollback()
		for prefix in prefixes:
			frappe.db.delete("Citizen Request", {"name": ("like", f"{prefix}%")})
		frappe.db.commit()


if __name__ == "__main__":
	main()
