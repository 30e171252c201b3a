"""Factories for the Frappe tests: each builds what a test needs, inside the test's transaction."""

from __future__ import annotations

import contextlib

import frappe
from frappe.utils import random_string

from citizen_relation.setup.seed import AGENT, MANAGER, SUPERVISOR


def make_user(roles: tuple[str, ...] | list[str] = (AGENT,), email: str | None = None) -> str:
	email = email or f"agent-{random_string(8).lower()}@mairie.test"
	if not frappe.db.exists("User", email):
		# Tests create a few agents each: more than Frappe's 60 new users a minute.
		frappe.local.conf.throttle_user_limit = 100_000
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


def make_calendar(slots=None, **values):
	"""A calendar in the site's time zone (stored datetimes are local), Mon–Fri 9–12 and 14–17."""
	from frappe.utils import get_system_timezone

	if slots is None:
		days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
		slots = [(d, "09:00:00", "12:00:00") for d in days] + [(d, "14:00:00", "17:00:00") for d in days]
	return frappe.get_doc(
		{
			"doctype": "Service Calendar",
			"calendar_name": values.pop("calendar_name", f"Calendar {random_string(6)}"),
			"time_zone": values.pop("time_zone", get_system_timezone()),
			"territory": values.pop("territory", "Metropolitan France"),
			"slots": [{"weekday": d, "start_time": s, "end_time": e} for d, s, e in slots],
			**values,
		}
	).insert(ignore_permissions=True)


def make_policy(request_type: str, calendar: str, **values):
	"""An SLA policy for one request type (more specific than the seeded ones)."""
	return frappe.get_doc(
		{
			"doctype": "SLA Policy",
			"policy_name": values.pop("policy_name", f"Policy {random_string(6)}"),
			"request_type": request_type,
			"calendar": calendar,
			"response_target_type": values.pop("response_target_type", "Working time"),
			"response_time": values.pop("response_time", 2 * 3600),
			"resolution_target_type": values.pop("resolution_target_type", "Working time"),
			"resolution_time": values.pop("resolution_time", 10 * 3600),
			"warning_threshold": values.pop("warning_threshold", 75),
			**values,
		}
	).insert(ignore_permissions=True)


def move(doc, *statuses, summary: str = "Intervention réalisée."):
	"""Walk a request through workflow states as Administrator, saving at each step."""
	for status in statuses:
		doc.reload()
		if status == "Resolved" and not doc.resolution_summary:
			doc.resolution_summary = summary  # the Resolve transition's condition
			doc.save()
			doc.reload()
		doc.status = status
		doc.save()
	return doc

def make_article(title: str | None = None, **values):
	"""A published internal article by default."""
	types = values.pop("request_types", [])
	article = frappe.get_doc(
		{
			"doctype": "Knowledge Article",
			"title": title or f"Article {random_string(6)}",
			"status": values.pop("status", "Published"),
			"audience": values.pop("audience", "Internal"),
			"body": values.pop("body", "<p>Réponse type pour les agents.</p>"),
			"request_types": [{"request_type": t} for t in types],
			**values,
		}
	)
	return article.insert(ignore_permissions=True)


def make_template(body: str = "Bonjour {{ citizen.first_name }}, votre demande {{ request.reference }}.", **values):
	types = values.pop("request_types", [])
	template = frappe.get_doc(
		{
			"doctype": "Response Template",
			"template_name": values.pop("template_name", f"Modèle {random_string(6)}"),
			"channel": values.pop("channel", "E-mail"),
			"body": body,
			"request_types": [{"request_type": t} for t in types],
			**values,
		}
	)
	return template.insert(ignore_permissions=True)
# Bellecour, Lyon: the synthetic incidents of the duplicate tests happen around it.
BELLECOUR = (45.7578, 4.8320)


def make_duplicate_type(service: str | None = None, **values):
	"""A request type with duplicate detection on (150 m, 30 days, the model's threshold)."""
	values.setdefault("duplicate_detection", 1)
	values.setdefault("duplicate_radius_m", 150)
	values.setdefault("duplicate_window_days", 30)
	values.setdefault("duplicate_threshold", 0)
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


@contextlib.contextmanager
def changed_settings(**values):
	"""Citizen Relation Settings changed while inside, restored after (``TestCase.enterContext``)."""
	name = "Citizen Relation Settings"
	before = {field: frappe.db.get_single_value(name, field) for field in values}
	try:
		for field, value in values.items():
			frappe.db.set_single_value(name, field, value)
		frappe.clear_document_cache(name, name)
		yield
	finally:
		for field, value in before.items():
			frappe.db.set_single_value(name, field, value)
		frappe.clear_document_cache(name, name)
