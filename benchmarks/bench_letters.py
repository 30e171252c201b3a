"""Letters to citizens: what producing them costs, and the L112-6 alert on a large base.

Run from a bench's sites folder with the bench's Python, on a site you may fill with test data:

    cd ~/frappe-bench/sites
    ../env/bin/python ~/citizen_relation/benchmarks/bench_letters.py --site mysite.localhost -n 300000

1. **Producing a letter** (a complete acknowledgement of receipt of a request created for the
   run, rolled back at the end), timed over ``--repeat`` calls, against Frappe's own baseline,
   the *Standard* print of the same request:
   - ``letters_panel`` — what the request form's ``onload`` adds (checks only, nothing rendered);
   - ``build`` — facts, mention check, render, check of the rendered mentions;
   - print view of the letter vs print view with the *Standard* format.
2. **The hourly L112-6 alert** on ``-n`` synthetic requests (names ``BENCH-L…``; 5 % flagged,
   most of them closed or already reported, as in a real base): the job's query through its
   index vs the same query forced to scan the table (``IGNORE INDEX``), p50 of ``--queries`` runs,
   and the query plan. The rows are deleted at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import timedelta

PREFIX = "BENCH-L"
CHUNK = 10_000
INDEX = "appeal_delays_alert_index"


def timed(fn, repeat: int) -> list[float]:
	out = []
	for _ in range(repeat):
		start = time.perf_counter()
		fn()
		out.append((time.perf_counter() - start) * 1000)
	return out


def p50(values) -> float:
	return statistics.median(values)


def bench_production(frappe, repeat: int) -> None:
	from citizen_relation.crpa import letters
	from citizen_relation.tests.factories import make_request, make_request_type, make_service

	service = make_service(address="1 rue Michelet\n69100 Villeurbanne", phone="04 78 03 68 00")
	request_type = make_request_type(
		service=service.name, crpa_regime="Silence means rejection", requires_acknowledgement=1
	)
	settings = frappe.get_single("Citizen Relation Settings")
	if not letters.identity.identity().name:
		settings.collectivite_name = "Commune de banc d'essai"
		settings.save()
	doc = make_request(request_type.name, channel="Postal Mail", reporter_name="Jean Valjean", language="fr")
	letter = letters.build(doc, letters.ACKNOWLEDGEMENT)
	assert letter.complete, letter.missing
	panel = timed(lambda: letters.letters_panel(doc), repeat)
	build = timed(lambda: letters.build(doc, letters.ACKNOWLEDGEMENT), repeat)
	email = timed(lambda: letters.build(doc, letters.ACKNOWLEDGEMENT, for_email=True), repeat)
	standard = timed(lambda: frappe.get_print("Citizen Request", doc.name, "Standard"), repeat)
	letter_print = timed(
		lambda: frappe.get_print("Citizen Request", doc.name, "Acknowledgement of Receipt"), repeat
	)
	print(f"\n1. Producing an acknowledgement ({repeat} calls each, p50)")
	print(f"   letters_panel (form onload)      {p50(panel):7.2f} ms")
	print(f"   build (render + checks)          {p50(build):7.2f} ms")
	print(f"   build for e-mail                 {p50(email):7.2f} ms")
	print(f"   print view, Standard format      {p50(standard):7.2f} ms   (baseline)")
	print(
		f"   print view, the letter           {p50(letter_print):7.2f} ms   ratio {p50(letter_print) / p50(standard):.2f}"
	)


def insert_rows(frappe, rng: random.Random, n: int, request_type: str) -> None:
	from frappe.utils import now_datetime

	fields = [
		"name",
		"creation",
		"modified",
		"owner",
		"modified_by",
		"docstatus",
		"subject",
		"request_type",
		"status",
		"channel",
		"received_on",
		"appeal_delays_unenforceable",
		"acknowledgement_alert_sent_on",
	]
	now = now_datetime()
	start = time.perf_counter()
	for first in range(0, n, CHUNK):
		rows = []
		for i in range(first, min(n, first + CHUNK)):
			received = now - timedelta(seconds=rng.randrange(3 * 365 * 86_400))
			flagged = rng.random() < 0.05
			recent = (now - received).days < 30
			status = rng.choice(["New", "Open", "In Progress"]) if recent or rng.random() < 0.05 else "Closed"
			alerted = flagged and status == "Closed" and rng.random() < 0.3
			rows.append(
				(
					f"{PREFIX}{i:08d}",
					received,
					received,
					"Administrator",
					"Administrator",
					0,
					"Demande",
					request_type,
					status,
					"Postal Mail",
					received,
					int(flagged),
					received if alerted else None,
				)
			)
		frappe.db.bulk_insert("Citizen Request", fields, rows, ignore_duplicates=True)
		frappe.db.commit()
	frappe.db.sql("analyze table `tabCitizen Request`")
	print(f"   inserted {n:,} rows in {time.perf_counter() - start:.0f} s")


def bench_alert_query(frappe, n: int, queries: int, keep: bool, reuse: bool) -> None:
	from frappe.utils import add_to_date, now_datetime

	from citizen_relation.crpa.jobs import unacknowledged_due
	from citizen_relation.requests.lifecycle import get_lifecycle

	print(f"\n2. The hourly L112-6 alert on {n:,} synthetic requests")
	request_type = frappe.get_all("Request Type", pluck="name", limit=1)[0]
	if not reuse:
		insert_rows(frappe, random.Random(42), n, request_type)
	try:
		now = now_datetime()
		indexed = timed(lambda: unacknowledged_due(now), queries)
		active = get_lifecycle().active_statuses
		limit_date = add_to_date(now, days=-7)
		placeholders = ", ".join(["%s"] * len(active))
		scan_sql = f"""select name, service, subject, received_on from `tabCitizen Request` ignore index ({INDEX})
			where appeal_delays_unenforceable = 1 and acknowledgement_alert_sent_on is null
			and received_on <= %s and status in ({placeholders}) order by received_on limit 500"""
		scan = timed(lambda: frappe.db.sql(scan_sql, (limit_date, *active)), queries)
		found = len(unacknowledged_due(now))
		print(f"   due found: {found}")
		print(f"   indexed query                    {p50(indexed):7.2f} ms")
		print(
			f"   full scan (IGNORE INDEX)         {p50(scan):7.2f} ms   baseline; ratio {p50(scan) / p50(indexed):.1f}x"
		)
		plan = frappe.db.sql(
			f"explain select name from `tabCitizen Request` where appeal_delays_unenforceable = 1"
			f" and acknowledgement_alert_sent_on is null and received_on <= %s and status in ({placeholders})"
			f" order by received_on limit 500",
			(limit_date, *active),
			as_dict=True,
		)
		for row in plan:
			print(f"   plan: key={row.get('key')} rows={row.get('rows')} extra={row.get('Extra')}")
	finally:
		if not keep:
			frappe.db.sql(f"delete from `tabCitizen Request` where name like '{PREFIX}%%'")
			frappe.db.commit()


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("-n", type=int, default=300_000, help="synthetic requests for the alert query")
	parser.add_argument("--repeat", type=int, default=50)
	parser.add_argument("--queries", type=int, default=30)
	parser.add_argument("--keep", action="store_true")
	parser.add_argument("--reuse", action="store_true")
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	frappe.flags.mute_emails = True
	try:
		frappe.set_user("Administrator")
		bench_production(frappe, args.repeat)
		frappe.db.rollback()
		bench_alert_query(frappe, args.n, args.queries, args.keep, args.reuse)
	finally:
		frappe.db.rollback()
		frappe.destroy()


if __name__ == "__main__":
	main()
