"""Who sees which Citizen Request.

Supervisors, managers and system managers see every request. Agents see the requests of their
services, plus those assigned to them or that they registered, unless the settings lift that
restriction.
"""

from __future__ import annotations

import json

import frappe

from citizen_relation.requests.routing import services_of_user
from citizen_relation.utils import get_settings

UNRESTRICTED_ROLES = {"Citizen Relation Supervisor", "Citizen Relation Manager", "System Manager", "Administrator"}
AGENT_ROLE = "Citizen Relation Agent"


def is_restricted(user: str) -> bool:
	roles = set(frappe.get_roles(user))
	return (
		AGENT_ROLE in roles
		and not roles & UNRESTRICTED_ROLES
		and bool(get_settings().restrict_agents_to_their_services)
	)


def citizen_request_query_conditions(user: str | None = None) -> str:
	"""SQL condition for list views (permission_query_conditions hook); every value is escaped."""
	user = user or frappe.session.user
	if not is_restricted(user):
		return ""
	table = "`tabCitizen Request`"
	conditions = [
		f"{table}.`owner` = {frappe.db.escape(user)}",
		f"{table}.`_assign` like {frappe.db.escape(assigned_pattern(user), percent=False)}",
	]
	services = services_of_user(user)
	if services:
		conditions.append(f"{table}.`service` in ({', '.join(frappe.db.escape(s) for s in services)})")
	return "(" + " or ".join(conditions) + ")"


def assigned_pattern(user: str) -> str:
	"""LIKE pattern matching ``user`` as a whole member of the ``_assign`` JSON list.

	Frappe stores ``_assign`` as ``json.dumps(list)``: the user between double quotes (which no
	address contains) is an exact member, and LIKE's wildcards in the address (``_``, ``%``) are
	escaped, so that ``jo_n@x.fr`` matches neither ``john@x.fr`` nor ``ajo_n@x.fr``.
	"""
	quoted = json.dumps(user)
	escaped = quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
	return f"%{escaped}%"


def restrict_query(query):
	"""A ``frappe.qb`` query on ``tabCitizen Request`` (not aliased) limited to what the user may
	list: Script Reports apply the same rule as the list view."""
	from pypika.terms import LiteralValue

	condition = citizen_request_query_conditions()
	# qb queries are sent with parameters: a literal "%" (LIKE patterns) must be doubled
	return query.where(LiteralValue(condition.replace("%", "%%"))) if condition else query


def citizen_request_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	"""Document-level check (has_permission hook), the same rule as the list condition."""
	user = user or frappe.session.user
	if not is_restricted(user):
		return None
	if doc.get("__islocal") or doc.owner == user or (doc.service and doc.service in services_of_user(user)):
		return True
	assigned = frappe.parse_json(doc.get("_assign") or "[]")
	return user in assigned


# ---------------------------------------------------------------------------- records about a request
# Doctypes whose rows are about requests (their Link fields to Citizen Request): a row is visible to whoever
# may read every request it names (a duplicate decision names two).
ABOUT_A_REQUEST = {
	"SLA Alert Log": ("request",),
	"Request Satisfaction": ("request",),
	"Duplicate Decision": ("request", "candidate"),
}


def _about_request_conditions(doctype: str, user: str | None) -> str:
	condition = citizen_request_query_conditions(user)
	if not condition:
		return ""
	readable = f"(select `tabCitizen Request`.`name` from `tabCitizen Request` where {condition})"
	first, *others = ABOUT_A_REQUEST[doctype]
	clauses = [f"`tab{doctype}`.`{first}` in {readable}"]
	clauses += [f"ifnull(`tab{doctype}`.`{field}`, '') = '' or `tab{doctype}`.`{field}` in {readable}" for field in others]
	return " and ".join(f"({clause})" for clause in clauses)


def _about_request_permission(doc, ptype: str | None, user: str | None) -> bool | None:
	user = user or frappe.session.user
	if not is_restricted(user):
		return None
	first, *others = ABOUT_A_REQUEST[doc.doctype]
	names = [doc.get(first)] + [doc.get(field) for field in others if doc.get(field)]
	return bool(names[0]) and all(
		frappe.has_permission("Citizen Request", "read", doc=name, user=user) for name in names
	)


def sla_alert_log_query_conditions(user: str | None = None) -> str:
	return _about_request_conditions("SLA Alert Log", user)


def sla_alert_log_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return _about_request_permission(doc, ptype, user)


def satisfaction_query_conditions(user: str | None = None) -> str:
	return _about_request_conditions("Request Satisfaction", user)


def satisfaction_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return _about_request_permission(doc, ptype, user)


def duplicate_decision_query_conditions(user: str | None = None) -> str:
	return _about_request_conditions("Duplicate Decision", user)


def duplicate_decision_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	return _about_request_permission(doc, ptype, user)
