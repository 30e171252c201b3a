"""Request intake through the full stack versus bare documents.

Run from a bench's sites folder with the bench's Python:

    cd ~/frappe-bench/sites
    ../env/bin/python ~/citizen_relation/benchmarks/bench_intake.py --site mysite.localhost -n 300

Prints milliseconds per request (median of the runs) for:

- ``db_insert floor``: the same field values written with ``db_insert()`` (one INSERT per row, no
  Frappe machinery at all): the floor any implementation pays;
- ``bare Frappe doc``: ``insert()`` of the same values into a throw-away custom doctype with the
  same fields and no controller, workflow or assignment rule: what Frappe itself costs;
- ``bare request``: ``insert()`` of a Citizen Request with only its mandatory fields (type,
  channel, subject): the same doctype, workflow, routing and deadlines, but no citizen, text,
  location or type-specific values to process;
- ``full, no routing``: Citizen Request ``insert()`` with every hook of the app (reporter
  normalisation, Contact find-or-create, type fields, map point, workflow, version tracking)
  but the service's Assignment Rule disabled;
- ``full, 10 citizens``: full stack where ten citizens make all the requests (their Contacts
  are found again instead of created);
- ``full stack``: every request from a new citizen, with round-robin routing (Frappe's
  Assignment Rule: ToDo, notification).

and the ratios against the bare Frappe document. Every write is rolled back (the throw-away
doctype is dropped at the end).
"""

from __future__ import annotations

import argparse
import statistics
import time

BARE_DOCTYPE = "CR Bench Bare Request"


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("-n", type=int, default=300, help="requests per run")
	parser.add_argument("--repeat", type=int, default=3)
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	frappe.flags.mute_emails = True
	make_bare_doctype(frappe)
	try:
		run(frappe, args.n, args.repeat)
	finally:
		frappe.db.rollback()
		frappe.delete_doc("DocType", BARE_DOCTYPE, force=True, ignore_permissions=True)
		frappe.db.commit()
		frappe.destroy()


def make_bare_doctype(frappe):
	"""A custom doctype with Citizen Request's data fields (tables aside) and no code."""
	if frappe.db.exists("DocType", BARE_DOCTYPE):
		frappe.delete_doc("DocType", BARE_DOCTYPE, force=True, ignore_permissions=True)
	fields = []
	for df in frappe.get_meta("Citizen Request").fields:
		if df.fieldtype in ("Table", "HTML", "Section Break", "Column Break") or df.fieldname == "naming_series":
			continue
		fields.append({"fieldname": df.fieldname, "fieldtype": df.fieldtype, "label": df.label, "options": df.options if df.fieldtype in ("Link", "Select") else None, "search_index": df.search_index})
	frappe.get_doc(
		{"doctype": "DocType", "name": BARE_DOCTYPE, "module": "Citizen Relation", "custom": 1, "autoname": "hash", "fields": fields,
		 "permissions": [{"role": "System Manager", "read": 1, "write": 1, "create": 1}]}
	).insert(ignore_permissions=True)
	frappe.db.commit()


def run(frappe, n: int, repeat: int):
	from frappe.utils import random_string

	from citizen_relation.tests.factories import make_agent, make_request_type, make_service

	service = make_service(members=[make_agent(), make_agent()])
	request_type = make_request_type(
		service=service.name,
		fields=[{"label": "Numéro du candélabre", "fieldtype": "Data"}, {"label": "Urgent", "fieldtype": "Check"}],
	)

	def values(i: int, tag: str, doctype="Citizen Request", citizen: int | None = None) -> dict:
		c = i if citizen is None else citizen
		data = {
			"doctype": doctype,
			"request_type": request_type.name,
			"channel": ("Phone", "Counter", "E-mail", "Web Portal")[i % 4],
			"subject": f"Lampadaire éteint {tag} {i}",
			"description": "Le lampadaire devant le numéro 12 ne s'allume plus depuis trois jours.",
			"reporter_name": f"Citoyen {tag}{c}",
			"reporter_email": f"citoyen.{tag}{c}@example.fr",
			"reporter_phone": f"06 12 {c // 10000 % 100:02d} {c // 100 % 100:02d} {c % 100:02d}",
			"latitude": 45.75 + i * 1e-5,
			"longitude": 4.85 + i * 1e-5,
			"received_on": frappe.utils.now_datetime(),
			"status": "New",
		}
		if doctype == "Citizen Request":
			data["type_values"] = [{"fieldname": "numero_du_candelabre", "value": f"L-{i}"}]
		return data

	def floor(tag):
		for i in range(n):
			doc = frappe.get_doc(values(i, tag))
			doc.name = f"BARE-{tag}-{i}"
			doc.db_insert()
			for row in doc.type_values:
				row.update({"parent": doc.name, "parenttype": doc.doctype, "parentfield": "type_values", "name": f"{doc.name}-1"})
				row.db_insert()

	def bare(tag):
		for i in range(n):
			frappe.get_doc(values(i, tag, BARE_DOCTYPE)).insert()

	def bare_request(tag):
		for i in range(n):
			frappe.get_doc(
				{"doctype": "Citizen Request", "request_type": request_type.name, "channel": "Phone", "subject": f"Lampadaire {tag} {i}"}
			).insert()

	def full(tag):
		for i in range(n):
			frappe.get_doc(values(i, tag)).insert()

	def full_returning(tag):
		for i in range(n):
			frappe.get_doc(values(i, tag, citizen=i % 10)).insert()

	def full_no_routing(tag):
		frappe.db.set_value("Assignment Rule", service.assignment_rule, "disabled", 1)
		frappe.clear_cache(doctype="Citizen Request")
		try:
			full(tag)
		finally:
			frappe.db.set_value("Assignment Rule", service.assignment_rule, "disabled", 0)
			frappe.clear_cache(doctype="Citizen Request")

	cases = {
		"db_insert floor": floor,
		"bare Frappe doc": bare,
		"bare request": bare_request,
		"full, no routing": full_no_routing,
		"full, 10 citizens": full_returning,
		"full stack": full,
	}
	timings = {label: [] for label in cases}
	frappe.db.savepoint("bench_intake")
	for _run in range(repeat):
		for label, fn in cases.items():
			start = time.perf_counter()
			fn(random_string(5))
			timings[label].append((time.perf_counter() - start) / n * 1000)
			frappe.db.rollback(save_point="bench_intake")

	median = {label: statistics.median(v) for label, v in timings.items()}
	print(
		f"Request intake, {n} requests per run, {repeat} runs: ms per request, median [min-max], "
		"ratio to a bare Frappe doc and to a bare request"
	)
	for label, values_ in timings.items():
		print(
			f"  {label:18s} {median[label]:7.2f}  [{min(values_):.2f}-{max(values_):.2f}]  "
			f"{median[label] / median['bare Frappe doc']:6.2f}x  {median[label] / median['bare request']:5.2f}x"
		)


if __name__ == "__main__":
	main()
