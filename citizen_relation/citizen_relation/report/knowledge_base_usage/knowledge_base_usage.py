# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

"""Which articles and response templates help agents: insertions and votes over a period."""

import frappe
from frappe import _
from frappe.query_builder import Case
from frappe.query_builder.functions import Count, Max, Sum

from citizen_relation.utils import report_period


def execute(filters=None):
	filters = frappe._dict(filters or {})
	rows = get_rows(filters)
	return columns(), rows, None, chart(rows), summary(rows)


def columns():
	return [
		{"fieldname": "kind", "label": _("Kind"), "fieldtype": "Data", "width": 90},
		{"fieldname": "document_type", "label": _("Document Type"), "fieldtype": "Data", "hidden": 1},
		{"fieldname": "document", "label": _("Document"), "fieldtype": "Dynamic Link", "options": "document_type", "width": 160},
		{"fieldname": "title", "label": _("Title"), "fieldtype": "Data", "width": 300},
		{"fieldname": "insertions", "label": _("Insertions"), "fieldtype": "Int", "width": 100},
		{"fieldname": "requests", "label": _("Requests Helped"), "fieldtype": "Int", "width": 120},
		{"fieldname": "helpful", "label": _("Helpful Votes"), "fieldtype": "Int", "width": 110},
		{"fieldname": "unhelpful", "label": _("Unhelpful Votes"), "fieldtype": "Int", "width": 120},
		{"fieldname": "last_used", "label": _("Last Used"), "fieldtype": "Datetime", "width": 160},
	]


def get_rows(filters):
	start, end = report_period(filters)
	usage = frappe.qb.DocType("Knowledge Usage")
	inserted = usage.action == "Inserted"
	query = (
		frappe.qb.from_(usage)
		.select(
			usage.kind,
			usage.article,
			usage.response_template,
			Sum(Case().when(inserted, 1).else_(0)).as_("insertions"),
			Count(Case().when(inserted, usage.request)).distinct().as_("requests"),
			Sum(Case().when(usage.action == "Helpful", 1).else_(0)).as_("helpful"),
			Sum(Case().when(usage.action == "Unhelpful", 1).else_(0)).as_("unhelpful"),
			Max(usage.creation).as_("last_used"),
		)
		.where((usage.creation >= start) & (usage.creation < end))
		.groupby(usage.kind, usage.article, usage.response_template)
	)
	if filters.get("kind") in ("Article", "Template"):
		query = query.where(usage.kind == filters.kind)
	found = query.run(as_dict=True)

	titles = dict(frappe.get_all("Knowledge Article", fields=["name", "title"], as_list=True))
	rows = []
	seen = set()
	for r in found:
		is_article = r.kind == "Article"
		name = r.article if is_article else r.response_template
		if not name:
			continue
		seen.add((r.kind, name))
		rows.append(
			{
				"kind": _(r.kind),
				"document_type": "Knowledge Article" if is_article else "Response Template",
				"document": name,
				"title": titles.get(name, name) if is_article else name,
				"insertions": int(r.insertions or 0),
				"requests": int(r.requests or 0),
				"helpful": int(r.helpful or 0),
				"unhelpful": int(r.unhelpful or 0),
				"last_used": r.last_used,
			}
		)
	if filters.get("show_unused"):
		rows += unused(filters, seen, titles)
	rows.sort(key=lambda r: (-r["insertions"], -r["helpful"], r["title"]))
	return rows


def unused(filters, seen, titles):
	"""Published articles and enabled templates nobody used in the period."""
	rows = []
	if filters.get("kind") in (None, "", "Article"):
		for name in frappe.get_all("Knowledge Article", filters={"status": "Published"}, pluck="name"):
			if ("Article", name) not in seen:
				rows.append(_empty("Article", "Knowledge Article", name, titles.get(name, name)))
	if filters.get("kind") in (None, "", "Template"):
		for name in frappe.get_all("Response Template", filters={"enabled": 1}, pluck="name"):
			if ("Template", name) not in seen:
				rows.append(_empty("Template", "Response Template", name, name))
	return rows


def _empty(kind, doctype, name, title):
	return {
		"kind": _(kind),
		"document_type": doctype,
		"document": name,
		"title": title,
		"insertions": 0,
		"requests": 0,
		"helpful": 0,
		"unhelpful": 0,
		"last_used": None,
	}


def chart(rows):
	top = [r for r in rows if r["insertions"]][:10]
	if not top:
		return None
	return {
		"data": {
			"labels": [r["title"][:40] for r in top],
			"datasets": [{"name": _("Insertions"), "values": [r["insertions"] for r in top]}],
		},
		"type": "bar",
	}


def summary(rows):
	return [
		{"label": _("Insertions"), "value": sum(r["insertions"] for r in rows), "datatype": "Int", "indicator": "Blue"},
		{"label": _("Helpful Votes"), "value": sum(r["helpful"] for r in rows), "datatype": "Int", "indicator": "Green"},
		{"label": _("Unhelpful Votes"), "value": sum(r["unhelpful"] for r in rows), "datatype": "Int", "indicator": "Red"},
	]
