"""Desk API for registering requests quickly (phone, counter) and finding the citizen."""

import re

import frappe
from frappe import _

from citizen_relation import ratelimit
from citizen_relation.core import contacts as core_contacts
from citizen_relation.core.errors import CoreValidationError
from citizen_relation.requests.form import type_fields
from citizen_relation.requests.intake import create_request
from citizen_relation.requests.profile import require_profile
from citizen_relation.utils import get_settings, parse_json_object

QUICK_ENTRY_CHANNELS = ("Phone", "Counter", "Postal Mail", "Social Media", "Internal", "E-mail")
MAX_LOOKUP_RESULTS = 10
_PHONE_LIKE = re.compile(r"^\+?[\d\s.\-()/]{6,}$")


@frappe.whitelist(methods=["POST"])
@ratelimit.limit(120, 60)
def quick_entry(
	channel: str,
	request_type: str,
	subject: str,
	description: str | None = None,
	contact: str | None = None,
	reporter_name: str | None = None,
	reporter_email: str | None = None,
	reporter_phone: str | None = None,
	address: str | None = None,
	received_on: str | None = None,
	type_values: dict | str | None = None,
) -> dict:
	"""Register a request taken by phone, at the counter or from a letter; returns its reference."""
	frappe.has_permission("Citizen Request", "create", throw=True)
	if channel not in QUICK_ENTRY_CHANNELS:
		frappe.throw(_("Channel {0} cannot be used for a quick entry").format(frappe.bold(_(channel))))
	if contact:
		frappe.get_doc("Contact", contact).check_permission("read")
	values = _type_values(type_values)
	doc = create_request(
		{
			"channel": channel,
			"request_type": request_type,
			"subject": subject,
			"description": description,
			"contact": contact,
			"reporter_name": reporter_name,
			"reporter_email": reporter_email,
			"reporter_phone": reporter_phone,
			"address": address,
			"received_on": received_on,
		},
		values,
	)
	return {"name": doc.name, "contact": doc.contact, "service": doc.service, "status": doc.status}


def _type_values(type_values) -> dict:
	"""The type's own values: a mapping, or its JSON text (the quick entry dialog sends text)."""
	return parse_json_object(
		type_values,
		_("The type-specific values are not valid JSON"),
		_("Type-specific values must be given as field name: value"),
		title=_("Invalid input"),
	)


@frappe.whitelist()
def get_type_fields(request_type: str) -> list[dict]:
	"""The own fields of a request type, for the request form (when the agent picks another type)."""
	frappe.has_permission("Citizen Request", "read", throw=True)
	return type_fields(require_profile(request_type))


@frappe.whitelist()
def lookup_contacts(query: str) -> list[dict]:
	"""Contacts matching an e-mail address, a phone number (any format) or a name, with their request count."""
	frappe.has_permission("Contact", "read", throw=True)
	query = (query or "").strip()
	if len(query) < 2:
		return []
	if len(query) > 140:
		frappe.throw(_("The search text is too long"))

	filters = _lookup_filters(query)
	contacts = frappe.get_list(
		"Contact",
		fields=["name", "full_name", "email_id", "phone", "mobile_no"],
		limit_page_length=MAX_LOOKUP_RESULTS,
		order_by="modified desc",
		**filters,
	)
	if not contacts:
		return []
	counts = {
		row.contact: row.count
		for row in frappe.get_list(
			"Citizen Request",
			filters={"contact": ("in", [c.name for c in contacts])},
			fields=["contact", "count(name) as count"],
			group_by="contact",
		)
	}
	for c in contacts:
		c["requests"] = counts.get(c.name, 0)
	return contacts


def _lookup_filters(query: str) -> dict:
	if "@" in query:
		try:
			email = core_contacts.normalise_email(query)
		except CoreValidationError:
			return {"filters": {"email_id": ("like", f"%{query.lower()}%")}}
		names = frappe.get_all("Contact Email", filters={"email_id": email, "parenttype": "Contact"}, pluck="parent")
		return {"filters": {"name": ("in", names or [""])}}
	if _PHONE_LIKE.match(query):
		try:
			phone = core_contacts.normalise_phone(query, get_settings().default_phone_region or "FR")
		except CoreValidationError:
			phone = None
		if phone:
			names = frappe.get_all("Contact Phone", filters={"phone": phone, "parenttype": "Contact"}, pluck="parent")
			return {"filters": {"name": ("in", names or [""])}}
	return {"or_filters": {"full_name": ("like", f"%{query}%"), "company_name": ("like", f"%{query}%")}}
