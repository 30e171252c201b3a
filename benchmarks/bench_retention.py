"""The daily retention run at a million requests: an index range versus a full scan.

Run from a bench's sites folder with the bench's Python, on a site you may fill with test data:

    cd ~/frappe-bench/sites
    ../env/bin/python ~/citizen_relation/benchmarks/bench_retention.py --site mysite.localhost -n 1000000

It bulk-inserts ``-n`` synthetic requests (names ``BENCH-…``) received over six years, of the site's
request types, in the state the daily job leaves them: 3 % still handled, the others closed 1–30
days after reception, their phase dates computed by the core from their type's retention (as the
controller does), each in the phase of yesterday — so that "today" has the requests that a real
base would have due on a given day (those whose archiving or anonymisation day is today). Then:

- ``indexed``: the job's selection (``retention_phase = P and retention_due_on <= today`` on the
  ``(retention_phase, retention_due_on)`` index), for both phases;
- ``full scan``: the same SQL forced to ignore the index;
- ``rule scan``: what a job without stored due dates would do — read every closed, not yet
  anonymised request and decide with the core's rule;
- the query plans (rows examined);
- the job itself (``run_retention``, anonymisation authorised for the run): its time, the requests
  it archived and anonymised, the time per request, and a second run the same day (idempotence).

The rows are deleted at the end unless ``--keep`` (then ``--reuse`` skips the insertion next time).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import datetime, timedelta

PREFIX = "BENCH-RET-"
CHUNK = 10_000
YEARS = 6


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("-n", type=int, default=1_000_000, help="synthetic requests")
	parser.add_argument("--repeat", type=int, default=20, help="repetitions of the indexed selection")
	parser.add_argument("--keep", action="store_true", help="keep the synthetic rows")
	parser.add_argument("--reuse", action="store_true", help="use rows kept by an earlier run")
	parser.add_argument("--no-run", action="store_true", help="measure the selection only, not the job")
	parser.add_argument("--seed", type=int, default=7)
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	try:
		existing = frappe.db.count("Citizen Request", {"name": ("like", PREFIX + "%")})
		if args.reuse and existing:
			print(f"reusing {existing:,} synthetic requests")
		else:
			if existing:
				delete_rows(frappe)
			insert_rows(frappe, random.Random(args.seed), args.n)
		measure(frappe, args.repeat, not args.no_run)
	finally:
		if not args.keep:
			delete_rows(frappe)
		frappe.destroy()


def insert_rows(frappe, rng: random.Random, n: int) -> None:
	from frappe.utils import now_datetime

	from citizen_relation.core import retention as core
	from citizen_relation.privacy.policies import PHASE_LABELS, policy_for

	types = frappe.get_all("Request Type", fields=["name", "category", "service"])
	policies = {t.name: policy_for(t.name) for t in types}
	fields = [
		"name", "creation", "modified", "owner", "modified_by", "docstatus", "subject", "request_type", "category",
		"service", "status", "priority", "channel", "received_on", "reporter_name", "reporter_email",
		"retention_phase", "retention_from", "archive_on", "anonymise_on", "retention_due_on", "archived_on",
		"anonymised_on", "legal_hold",
	]
	now = now_datetime()
	yesterday = (now - timedelta(days=1)).date()
	horizon = YEARS * 365 * 86_400
	closed = ("Closed", "Resolved", "Closed", "Closed", "Rejected")
	open_ = ("New", "Open", "In Progress", "Waiting for Citizen")
	start = time.perf_counter()
	phases = {p: 0 for p in core.PHASES}
	for first in range(0, n, CHUNK):
		rows = []
		for i in range(first, min(n, first + CHUNK)):
			rt = rng.choice(types)
			received = now - timedelta(seconds=rng.random() * horizon)
			still_open = rng.random() < (0.5 if (now - received).days < 30 else 0.01)
			if still_open:
				status, since, schedule, phase = rng.choice(open_), None, core.Schedule(None, None, None), core.ACTIVE
			else:
				status = rng.choice(closed)
				since = min(now, received + timedelta(days=rng.uniform(1, 30)))
				schedule = policies[rt.name].schedule(since)
				phase = schedule.phase_on(yesterday)  # where yesterday's run left it
			phases[phase] += 1
			anonymous = phase == core.ANONYMISED
			rows.append(
				(
					f"{PREFIX}{i:07d}", received, received, "Administrator", "Administrator", 0,
					"Demande anonymisée" if anonymous else f"Signalement {i}", rt.name, rt.category, rt.service,
					status, "Medium", "Web Portal", received,
					None if anonymous else f"Citoyen {i}", None if anonymous else f"citoyen{i}@example.org",
					PHASE_LABELS[phase], since, schedule.archive_on, schedule.anonymise_on,
					core.next_due(phase, schedule), datetime.combine(schedule.archive_on, datetime.min.time()) if phase != core.ACTIVE else None,
					datetime.combine(schedule.anonymise_on, datetime.min.time()) if anonymous else None, 0,
				)
			)
		frappe.db.bulk_insert("Citizen Request", fields, rows, ignore_duplicates=True)
		frappe.db.commit()
		done = min(n, first + CHUNK)
		if done % 100_000 == 0 or done == n:
			print(f"  inserted {done:,} rows in {time.perf_counter() - start:.0f} s", flush=True)
	frappe.db.sql("analyze table `tabCitizen Request`")
	print("phases as yesterday's run left them: " + ", ".join(f"{p} {c:,}" for p, c in phases.items()))


def delete_rows(frappe) -> None:
	start = time.perf_counter()
	while True:
		frappe.db.sql("delete from `tabCitizen Request` where name like %s limit 50000", (PREFIX + "%",))
		frappe.db.commit()
		if not frappe.db.count("Citizen Request", {"name": ("like", PREFIX + "%")}):
			break
	print(f"synthetic rows deleted in {time.perf_counter() - start:.0f} s")


def timed(fn, repeat: int) -> tuple[float, object]:
	times, result = [], None
	for _i in range(repeat):
		t = time.perf_counter()
		result = fn()
		times.append((time.perf_counter() - t) * 1000)
	return statistics.median(times), result


def measure(frappe, repeat: int, run_job: bool) -> None:
	from frappe.utils import getdate, today

	from citizen_relation.core import retention as core
	from citizen_relation.privacy import jobs, phases
	from citizen_relation.privacy.policies import PHASE_LABELS

	day = getdate(today())
	total = frappe.db.count("Citizen Request")
	print(f"\n{total:,} requests in the table")

	def indexed():
		return sum(len(jobs._due_query(p, day).select("name").run(pluck=True)) for p in (core.ACTIVE, core.ARCHIVED))

	def full_scan():
		found = 0
		for phase in (core.ACTIVE, core.ARCHIVED):
			found += len(
				frappe.db.sql(
					"select name from `tabCitizen Request` ignore index (retention_phase_retention_due_on_index) "
					"where retention_phase = %s and retention_due_on is not null and retention_due_on <= %s",
					(PHASE_LABELS[phase], day),
				)
			)
		return found

	def rule_scan():
		rows = frappe.db.sql(
			"select name, retention_phase, retention_from, archive_on, anonymise_on, legal_hold "
			"from `tabCitizen Request` where retention_phase != 'Anonymised' and retention_from is not null",
			as_dict=True,
		)
		due = 0
		for row in rows:
			phase = phases.PHASES[row.retention_phase]
			if core.advance(phase, phases.stored_schedule(row), day, legal_hold=bool(row.legal_hold)).phase != phase:
				due += 1
		return due

	ms_index, due_index = timed(indexed, repeat)
	ms_scan, due_scan = timed(full_scan, 3)
	ms_rule, due_rule = timed(rule_scan, 1)
	print(f"requests due today: {due_index:,} (full scan finds {due_scan:,}, rule scan {due_rule:,})")
	print(f"  indexed selection   p50 {ms_index:9.1f} ms")
	print(f"  full scan (same SQL) p50 {ms_scan:9.1f} ms   ratio {ms_scan / max(ms_index, 0.001):7.0f} x")
	print(f"  rule scan (no due date)  {ms_rule:9.1f} ms   ratio {ms_rule / max(ms_index, 0.001):7.0f} x")
	for label, sql in (
		("indexed", "explain select name from `tabCitizen Request` where retention_phase = 'Active' and retention_due_on is not null and retention_due_on <= %s"),
		("full scan", "explain select name from `tabCitizen Request` ignore index (retention_phase_retention_due_on_index) where retention_phase = 'Active' and retention_due_on is not null and retention_due_on <= %s"),
	):
		plan = frappe.db.sql(sql, (day,), as_dict=True)[0]
		print(f"  plan {label:9}: type={plan.type} key={plan.key} rows examined≈{int(plan.rows):,}")
	if not run_job:
		return

	settings = frappe.get_single("Citizen Relation Settings")
	saved = (settings.anonymisation_authorised, settings.elimination_visa)
	frappe.db.set_single_value("Citizen Relation Settings", {"anonymisation_authorised": 1, "elimination_visa": "benchmark"})
	frappe.db.commit()
	frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")
	try:
		t = time.perf_counter()
		first = frappe.get_doc("Retention Run", jobs.run_retention("Scheduled"))
		seconds = time.perf_counter() - t
		t = time.perf_counter()
		second = frappe.get_doc("Retention Run", jobs.run_retention("Scheduled"))
		again = time.perf_counter() - t
	finally:
		frappe.db.set_single_value(
			"Citizen Relation Settings", {"anonymisation_authorised": saved[0], "elimination_visa": saved[1]}
		)
		frappe.db.commit()
		frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")
	processed = first.archived + first.anonymised
	print(
		f"\nthe daily run: {seconds:.1f} s, archived {first.archived:,}, anonymised {first.anonymised:,}, "
		f"errors {first.errors_count}; {seconds * 1000 / max(processed, 1):.1f} ms per request handled"
	)
	print(f"a second run the same day: {again * 1000:.0f} ms, archived {second.archived}, anonymised {second.anonymised}")
	for run in (first, second):
		frappe.delete_doc("Retention Run", run.name, force=True, ignore_permissions=True, delete_permanently=True)
	frappe.db.commit()


if __name__ == "__main__":
	main()
