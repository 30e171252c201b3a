"""Archived and anonymised requests: read-only for everyone, found in lists only by supervisors.

The CNIL's intermediate archive is consulted "occasionally and for a reason, by specifically
authorised people": agents may still open an archived request from a link (a citizen's history,
a master), but their lists and searches show only active requests; supervisors and managers
search the archive. Nobody changes an archived or anonymised request through the desk or REST
(the controller refuses it too, for Administrator and for callers that skip permissions).
"""

from __future__ import annotations

import frappe

from citizen_relation.privacy.phases import ACTIVE

AGENT_ROLE = "Citizen Relation Agent"
ARCHIVE_ROLES = {"Citizen Relation Supervisor", "Citizen Relation Manager", "System Manager", "Administrator"}
CHANGES = {"write", "delete", "submit", "cancel", "amend"}


def agent_without_archive(user: str) -> bool:
	roles = set(frappe.get_roles(user))
	return AGENT_ROLE in roles and not roles & ARCHIVE_ROLES


def query_conditions(user: str | None = None) -> str:
	"""permission_query_conditions: agents list active requests only (an indexed equality)."""
	user = user or frappe.session.user
	if not agent_without_archive(user):
		return ""
	return f"`tabCitizen Request`.`retention_phase` = {frappe.db.escape(ACTIVE)}"


def has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	"""has_permission: no change to an archived or anonymised request; no opinion otherwise."""
	if ptype in CHANGES and (doc.get("retention_phase") or ACTIVE) != ACTIVE:
		return False
	return None
