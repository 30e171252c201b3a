"""Response assistance: the articles and response templates that fit a request, ranked and explained."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import cint, strip_html_tags

from citizen_relation.core.ranking import Query
from citizen_relation.knowledge import sentence_model
from citizen_relation.knowledge.index import ARTICLE, TEMPLATE, get_index, split_key

MAX_SUGGESTIONS = 20


def request_query(request) -> Query:
	return Query(
		request_type=request.request_type,
		category=request.category,
		subject=request.subject,
		description=strip_html_tags(request.description or ""),
	)


_REASONS = {
	"matched words": lambda: _("matched words"),
	"word variants": lambda: _("word variants"),
	"same meaning": lambda: _("same meaning"),
	"typos corrected": lambda: _("typos corrected"),
	"close in meaning": lambda: _("close in meaning"),
	"close in meaning to the request": lambda: _("close in meaning to the request"),
	"linked to request type": lambda: _("linked to request type"),
}


def translate_reason(reason: str) -> str:
	"""The core explains in English ("matched words: lampadaire"): its fixed part is translated."""
	label, sep, rest = reason.partition(": ")
	translated = _REASONS.get(label)
	return f"{translated()}{sep}{rest}" if translated else reason


def suggest_for_request(request, limit: int = 5) -> dict:
	"""The best articles and templates for a request the user may read, with why each one is suggested."""
	limit = max(1, min(cint(limit) or 5, MAX_SUGGESTIONS))
	index = get_index()
	query = request_query(request)
	result = {"articles": [], "templates": []}
	read_now = sentence_model.prime(index, query)
	# A few more than asked: rows deleted since the index was built are skipped below.
	ranked = {
		ARTICLE: index.rank(query, limit + 3, kind=ARTICLE),
		TEMPLATE: index.rank(query, limit + 3, kind=TEMPLATE),
	}
	sentence_model.keep(index, read_now)
	articles = _rows("Knowledge Article", ranked[ARTICLE], ["title", "audience", "status"])
	templates = _rows("Response Template", ranked[TEMPLATE], ["template_name", "channel", "enabled", "subject"])
	for kind, rows, out in ((ARTICLE, articles, result["articles"]), (TEMPLATE, templates, result["templates"])):
		for item in ranked[kind]:
			row = rows.get(split_key(item.name)[1])
			if not row or len(out) >= limit:
				continue
			if kind == ARTICLE and row.status != "Published":
				continue
			if kind == TEMPLATE and not row.enabled:
				continue
			out.append(
				{
					"name": row.name,
					"title": row.title if kind == ARTICLE else row.template_name,
					"kind": kind,
					"score": item.score,
					"rank": len(out) + 1,
					"reasons": [translate_reason(r) for r in item.reasons],
					"type_match": item.type_match,
					**({"audience": row.audience} if kind == ARTICLE else {"channel": row.channel}),
				}
			)
	if len(result["templates"]) < limit:
		result["templates"] += _general_templates(limit - len(result["templates"]), {t["name"] for t in result["templates"]})
	return result


def _general_templates(count: int, exclude: set[str]) -> list[dict]:
	"""Templates for any request (no request type), offered after the ranked ones."""
	typed = frappe.get_all("Knowledge Request Type", filters={"parenttype": "Response Template"}, pluck="parent")
	rows = frappe.get_list(
		"Response Template",
		filters={"enabled": 1, "name": ("not in", list(exclude | set(typed)) or [""])},
		fields=["name", "template_name", "channel"],
		order_by="template_name asc",
		limit_page_length=count,
	)
	return [
		{
			"name": row.name,
			"title": row.template_name,
			"kind": TEMPLATE,
			"score": 0,
			"rank": 0,
			"reasons": [_("general-purpose template")],
			"type_match": False,
			"channel": row.channel,
		}
		for row in rows
	]


def _rows(doctype: str, ranked, fields: list[str]) -> dict:
	names = [split_key(r.name)[1] for r in ranked]
	if not names:
		return {}
	return {
		row.name: row
		for row in frappe.get_list(doctype, filters={"name": ("in", names)}, fields=["name", *fields])
	}


# --- rendering -----------------------------------------------------------------------------------
