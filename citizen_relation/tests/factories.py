"""Factories for the Frappe tests: each builds what a test needs, inside the test's transaction."""

from __future__ import annotations

import frappe
from frappe.utils import random_string

from citizen_relation.setup.seed import AGENT, MANAGER, SUPERVISOR


def make_user(roles: tuple[str, ...] | list[str] = (AGENT,), email: str | None = None) -> str:
	email = email or f"agent-{random_string(8).lower()}@mairie.test"
	if not frappe.db.exists("User", email):
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": email.split("@")[0],
				"send_welcome_email": 0,
				"user_type": "System User",
			}
		)
		user.insert(ignore_permissions=True)
		user.add_roles(*roles)
	return email


def make_agent() -> str:
	return make_user((AGENT,))


def make_supervisor() -> str:
	return make_user((AGENT, SUPERVISOR))


def make_manager() -> str:
	return make_user((MANAGER,))


def make_service(members: list[str] | None = None, **values) -> "frappe.model.document.Document":
	service = frappe.get_doc(
		{
			"doctype": "Municipal Service",
			"service_name": values.pop("service_name", f"Service {random_string(6)}"),
			"members": [{"user": u} for u in members or []],
			**values,
		}
	)
	return service.insert(ignore_permissions=True)


def make_request_type(service: str | None = None, fields: list[dict] | None = None, **values):
	request_type = frappe.get_doc(
		{
			"doctype": "Request Type",
			"type_name": values.pop("type_name", f"Type {random_string(6)}"),
			"category": values.pop("category", "Technical Problem"),
			"service": service,
			"default_priority": values.pop("default_priority", "Medium"),
			"fields": fields or [],
			**values,
		}
	)
	return request_type.insert(ignore_permissions=True)


def make_request(request_type: str | None = None, **values):
	if not request_type:
		request_type = make_request_type(service=make_service().name).name
	doc = frappe.get_doc(
		{
			"doctype": "Citizen Request",
			"request_type": request_type,
			"subject": values.pop("subject", "Lampadaire éteint rue de la République"),
			"channel": values.pop("channel", "Phone"),
			**values,
		}
	)
	return doc.insert()


# Bellecour, Lyon: the synthetic incidents of the duplicate tests happen around it.
BELLECOUR = (45.7578, 4.8320)


def make_duplicate_type(service: str | None = None, **values):
	"""A request type with duplicate detection on (150 m, 30 days, threshold 65 %)."""
	values.setdefault("duplicate_detection", 1)
	values.setdefault("duplicate_radius_m", 150)
	values.setdefault("duplicate_window_days", 30)
	values.setdefault("duplicate_threshold", 65)
	return make_request_type(service=service or make_service().name, **values)


def make_report(request_type: str, offset_m: tuple[float, float] = (0.0, 0.0), **values):
	"""A request located ``offset_m`` = (north, east) metres from Bellecour."""
	import math

	north, east = offset_m
	lat = BELLECOUR[0] + north / 111_195.0
	lon = BELLECOUR[1] + east / (111_195.0 * math.cos(math.radians(BELLECOUR[0])))
	values.setdefault("latitude", lat)
	values.setdefault("longitude", lon)
	values.setdefault("subject", "Lampadaire éteint")
	return make_request(request_type, **values)


def make_outgoing_email_account(name: str = "Mairie (tests)") -> str:
	"""The default outgoing account e-mails need (a fresh site's accounts have no address)."""
	if not frappe.db.exists("Email Account", name):
		frappe.get_doc(
			{
				"doctype": "Email Account",
				"email_account_name": name,
				"email_id": "mairie@citizen-relation.test",
				"password": "secret",
				"enable_incoming": 0,
				"enable_outgoing": 1,
				"default_outgoing": 1,
				"smtp_server": "smtp.citizen-relation.test",
			}
		).insert(ignore_permissions=True)
	return name
