"""The knowledge usage log: every insertion of an article or template, every vote (for the reports)."""

from __future__ import annotations

import frappe
from frappe.utils import cint

from citizen_relation.knowledge.index import ARTICLE, TEMPLATE
from citizen_relation.knowledge.suggestions import MAX_SUGGESTIONS
from citizen_relation.knowledge.vocabulary import learn_from_usage

USAGE_ACTIONS = ("Inserted", "Helpful", "Unhelpful")


def record_usage(
	request: str | None, kind: str, name: str, action: str = "Inserted", suggestion_rank: int = 0
) -> str:
	"""One Knowledge Usage row (written by the server: agents may not edit the log)."""
	if kind not in (ARTICLE, TEMPLATE):
		raise ValueError(f"unknown kind {kind!r}")
	if action not in USAGE_ACTIONS:
		raise ValueError(f"unknown action {action!r}")
	usage = frappe.get_doc(
		{
			"doctype": "Knowledge Usage",
			"request": request,
			"kind": "Article" if kind == ARTICLE else "Template",
			"article": name if kind == ARTICLE else None,
			"response_template": name if kind == TEMPLATE else None,
			"action": action,
			"user": frappe.session.user,
			"suggestion_rank": max(0, min(cint(suggestion_rank), MAX_SUGGESTIONS)),
		}
	)
	usage.insert(ignore_permissions=True)
	learn_from_usage(request, "Knowledge Article" if kind == ARTICLE else "Response Template", name, action)
	return usage.name
