"""Existing requests get their street and public title (what the portal and Open311 show)."""

import frappe
from frappe.query_builder import DocType

from citizen_relation.core.public import public_street, public_title
from citizen_relation.patches.batches import request_batches


def execute():
	frappe.reload_doc("citizen_relation", "doctype", "citizen_request")
	cr = DocType("Citizen Request")
	without_title = cr.public_title.isnull() | (cr.public_title == "")
	for rows in request_batches(("request_type", "address"), without_title):
		for r in rows:
			street = public_street(r.address)
			frappe.db.set_value(
				"Citizen Request",
				r.name,
				{"street": street, "public_title": public_title(r.request_type, street)},
				update_modified=False,
			)
