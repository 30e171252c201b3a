"""Duplicate detection on existing sites: type settings, the "Merged" workflow state, stored texts."""

import frappe
from frappe.query_builder import DocType

from citizen_relation.duplicates.candidates import stored_match_text
from citizen_relation.patches.batches import request_batches
from citizen_relation.setup import seed
from citizen_relation.setup.install import add_workflow_state


def execute():
	for category, values in seed.DUPLICATE_DETECTION.items():
		for name in frappe.get_all("Request Type", filters={"category": category}, pluck="name"):
			frappe.db.set_value("Request Type", name, values, update_modified=False)
	frappe.clear_cache(doctype="Request Type")
	add_workflow_state(seed.WORKFLOW_NAME, "Merged")

	cr = DocType("Citizen Request")
	frappe.qb.update(cr).set(cr.reporter_count, 1).where(cr.reporter_count.isnull() | (cr.reporter_count == 0)).run()
	for rows in request_batches(("subject", "description", "address")):
		for r in rows:
			frappe.db.set_value(
				"Citizen Request", r.name, "match_text", stored_match_text(r.subject, r.description, r.address),
				update_modified=False,
			)
