"""Who reads which Knowledge Article (permission_query_conditions and has_permission hooks).

- Supervisors, managers and system managers: every article (they write them).
- Agents: published articles, internal and public.
- Everyone else (e.g. a portal user given a role with read access): published public articles
  only, the citizens' FAQ.

Guests hold no permission on the doctype: they read the FAQ through ``api/knowledge.py``,
which returns public-safe fields only.
"""

from __future__ import annotations

import frappe

from citizen_relation.permissions.requests import AGENT_ROLE, UNRESTRICTED_ROLES

TABLE = "`tabKnowledge Article`"


def _reach(user: str) -> str:
	"""'all', 'published' or 'public'."""
	roles = set(frappe.get_roles(user))
	if roles & UNRESTRICTED_ROLES:
		return "all"
	if AGENT_ROLE in roles:
		return "published"
	return "public"


def knowledge_article_query_conditions(user: str | None = None) -> str:
	reach = _reach(user or frappe.session.user)
	if reach == "all":
		return ""
	condition = f"{TABLE}.`status` = {frappe.db.escape('Published')}"
	if reach == "public":
		condition += f" and {TABLE}.`audience` = {frappe.db.escape('Public')}"
	return f"({condition})"


def knowledge_article_has_permission(doc, ptype: str | None = None, user: str | None = None) -> bool | None:
	reach = _reach(user or frappe.session.user)
	if reach == "all":
		return None
	if doc.get("__islocal"):
		return None
	if doc.status != "Published":
		return False
	if reach == "public" and doc.audience != "Public":
		return False
	return None
