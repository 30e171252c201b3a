"""Existing requests get their street and public title (what the portal and Open311 show)."""

import frappe
from frappe.query_builder import DocType

from citizen_relation.core.public import public_street, public_title

BATCH = 2000


def execute():
	frappe.reload_doc("citizen_relation", "doctype", "citizen_request")
	cr = DocType("Citizen Request")
	last = ""
	while True:
		rows = (
			frappe.qb.from_(cr)
			.select(cr.name, cr.request_type, cr.address)
			.where((cr.name > last) & (cr.public_title.isnull() | (cr.public_title == "")))
			.orderby(cr.name)
			.limit(BATCH)
		).run(as_dict=True)
		if not rows:
			break
		for r in rows:
			street = public_street(r.address)
			frappe.db.set_value(
				"Citizen Request",
				r.name,
				{"street": street, "public_title": public_title(r.request_type, street)},
				update_modified=False,
			)
		last = rows[-1].name
		frappe.db.commit()
