"""/faq — published public articles by category, searchable with the desk's ranking."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.knowledge.public import MAX_QUERY_LENGTH, public_articles
from citizen_relation.portal.catalogue import CATEGORY_ORDER
from citizen_relation.portal.context import page_context


def get_context(context):
	page_context(context, _("Questions and answers"), "faq")
	query = frappe.form_dict.get("q")
	context.query = " ".join(query.split())[:MAX_QUERY_LENGTH] if isinstance(query, str) else ""
	if context.query:
		context.results = public_articles(query=context.query, limit=20)
		context.groups = []
		return
	context.results = None
	articles = public_articles(limit=50)
	categories = _categories_of_types({t for a in articles for t in a["request_types"]})
	groups: dict[str, list] = {}
	for article in articles:
		cats = sorted({categories.get(t) for t in article["request_types"] if categories.get(t)}, key=_order) or [""]
		groups.setdefault(cats[0], []).append(article)
	context.groups = [
		{"label": _(cat) if cat else _("General questions"), "articles": groups[cat]}
		for cat in sorted(groups, key=_order)
	]


def _order(category: str) -> int:
	return CATEGORY_ORDER.index(category) if category in CATEGORY_ORDER else len(CATEGORY_ORDER)


def _categories_of_types(types: set[str]) -> dict[str, str]:
	if not types:
		return {}
	return dict(frappe.get_all("Request Type", filters={"name": ("in", list(types))}, fields=["name", "category"], as_list=True))
