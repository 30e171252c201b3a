"""Open311 on existing sites: every request type gets its service code (derived from its name),
and Open311 Settings get their defaults."""

import frappe

from citizen_relation.core.open311 import service_code_from
from citizen_relation.setup.install import seed_open311_settings


def execute():
	frappe.reload_doc("citizen_relation", "doctype", "request_type")
	rows = frappe.get_all("Request Type", fields=["name", "type_name", "open311_code"], order_by="creation asc")
	taken = {r.open311_code for r in rows if r.open311_code}
	for r in rows:
		if r.open311_code:
			continue
		code = service_code_from(r.type_name or r.name, taken)
		taken.add(code)
		frappe.db.set_value("Request Type", r.name, "open311_code", code, update_modified=False)
	frappe.clear_cache(doctype="Request Type")
	frappe.reload_doc("citizen_relation", "doctype", "open311_settings")
	seed_open311_settings()
