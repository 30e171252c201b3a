"""Flag the contacts of existing requests as citizens' contacts (agents see only those)."""

import frappe

from citizen_relation.setup.install import add_custom_fields


def execute():
	add_custom_fields()
	contact = frappe.qb.DocType("Contact")
	request = frappe.qb.DocType("Citizen Request")
	linked = frappe.qb.from_(request).select(request.contact).distinct().where(request.contact.isnotnull())
	frappe.qb.update(contact).set(contact.is_citizen, 1).where(contact.name.isin(linked)).run()
