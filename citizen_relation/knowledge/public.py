"""The knowledge base as the public sees it: published public articles (the citizens' FAQ).

Guests hold no permission on Knowledge Article (so ``/api/resource`` shows them nothing, not even
the staff's names in standard fields): the guest API (``api/knowledge.py``) and the portal's FAQ
pages read articles only through here. Every read filters on status Published and audience
Public and returns a fixed list of public-safe fields; searches use the desk's ranking.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import cint, strip_html_tags

from citizen_relation.core.ranking import Query
from citizen_relation.knowledge.index import ARTICLE, get_index, split_key

PUBLIC_FILTERS = {"status": "Published", "audience": "Public"}
LIST_FIELDS = ["name", "title", "route", "published_on", "modified"]
MAX_QUERY_LENGTH = 200
MAX_LIMIT = 50
MAX_NAME_LENGTH = 140
SUMMARY_LENGTH = 240


def _check_text(value: str | None, label: str, max_length: int) -> str | None:
	if value is None:
		return None
	if not isinstance(value, str):
		frappe.throw(_("{0} must be text").format(label))
	value = " ".join(value.split())
	if len(value) > max_length:
		frappe.throw(_("{0} is too long: at most {1} characters").format(label, max_length))
	return value or None


def _public_request_type(request_type: str | None) -> str | None:
	request_type = _check_text(request_type, _("Request type"), MAX_NAME_LENGTH)
	if request_type and not frappe.db.exists("Request Type", {"name": request_type, "is_active": 1}):
		frappe.throw(_("Unknown request type"), frappe.DoesNotExistError)
	return request_type


def _summary(row) -> str:
	from frappe.utils import md_to_html

	source = md_to_html(row.body_md or "") if row.content_type == "Markdown" else row.body
	text = " ".join(strip_html_tags(source or "").split())
	return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def _request_types(names: list[str]) -> dict[str, list[str]]:
	types: dict[str, list[str]] = {}
	if names:
		# Child rows of articles the caller was allowed to list above.
		for row in frappe.get_all(
			"Knowledge Request Type",
			filters={"parenttype": "Knowledge Article", "parent": ("in", names)},
			fields=["parent", "request_type"],
			order_by="idx asc",
		):
			types.setdefault(row.parent, []).append(row.request_type)
	return types


def public_articles(query: str | None = None, request_type: str | None = None, limit: int = 20) -> list[dict]:
	"""Published public articles, the most relevant to ``query`` and ``request_type`` first
	(most recent first without a query)."""
	query = _check_text(query, _("Search text"), MAX_QUERY_LENGTH)
	request_type = _public_request_type(request_type)
	limit = max(1, min(cint(limit) or 20, MAX_LIMIT))

	filters = dict(PUBLIC_FILTERS)
	order = None
	if query:
		ranked = get_index().rank(Query(request_type=request_type, subject=query), limit * 4, kind=ARTICLE)
		order = [split_key(r.name)[1] for r in ranked]
		if not order:
			return []
		filters["name"] = ("in", order)
	elif request_type:
		parents = frappe.get_all(
			"Knowledge Request Type",
			filters={"parenttype": "Knowledge Article", "request_type": request_type},
			pluck="parent",
		)
		if not parents:
			return []
		filters["name"] = ("in", parents)

	rows = frappe.get_all(
		"Knowledge Article",
		filters=filters,
		fields=[*LIST_FIELDS, "content_type", "body", "body_md"],
		order_by="published_on desc",
		limit_page_length=0 if order else limit,
	)
	if order:
		position = {name: i for i, name in enumerate(order)}
		rows = sorted(rows, key=lambda r: position[r.name])[:limit]
	types = _request_types([r.name for r in rows])
	return [
		{
			"name": r.name,
			"title": r.title,
			"route": r.route,
			"summary": _summary(r),
			"request_types": types.get(r.name, []),
			"published_on": r.published_on,
			"modified": r.modified,
		}
		for r in rows
	]


def _public_article(name: str):
	name = _check_text(name, _("Article"), MAX_NAME_LENGTH)
	rows = frappe.get_all("Knowledge Article", filters={**PUBLIC_FILTERS, "name": name}, pluck="name") if name else []
	if not rows:
		frappe.throw(_("This article does not exist or is not public"), frappe.DoesNotExistError)
	return frappe.get_doc("Knowledge Article", rows[0])


def public_article(name: str) -> dict:
	"""One published public article, its body as safe HTML."""
	article = _public_article(name)
	return {
		"name": article.name,
		"title": article.title,
		"route": article.route,
		"body": article.html_body(),
		"request_types": [row.request_type for row in article.request_types],
		"helpful_count": article.helpful_count,
		"unhelpful_count": article.unhelpful_count,
		"published_on": article.published_on,
		"modified": article.modified,
	}


def article_by_route(route: str | None) -> str | None:
	"""The name of the published public article at ``route`` (``faq/...``), else ``None``."""
	if not isinstance(route, str) or not route or len(route) > 200:
		return None
	return frappe.db.get_value("Knowledge Article", {**PUBLIC_FILTERS, "route": route.strip("/")}, "name")


def count_vote(name: str, helpful: bool) -> dict:
	"""Count a citizen's vote on a published public article (the FAQ page's "was this helpful?")."""
	from citizen_relation.knowledge.usage import record_usage

	article = _public_article(name)
	field = "helpful_count" if helpful else "unhelpful_count"
	# Row lock: concurrent votes must not lose a count.
	current = frappe.db.get_value("Knowledge Article", article.name, field, for_update=True) or 0
	frappe.db.set_value("Knowledge Article", article.name, field, current + 1, update_modified=False)
	record_usage(None, ARTICLE, article.name, "Helpful" if helpful else "Unhelpful")
	return frappe.db.get_value("Knowledge Article", article.name, ["helpful_count", "unhelpful_count"], as_dict=True)
