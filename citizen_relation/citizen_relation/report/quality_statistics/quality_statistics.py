# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt
"""Every quality figure by period (month, week…) and, optionally, by service, type, channel or
category — from the daily aggregate, so that it stays fast with a million requests; exportable
to CSV and Excel like any report."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.core import stats as core
from citizen_relation.stats import queries
from citizen_relation.stats.charts import grain_label, group_label

INTERVALS = ("Monthly", "Weekly", "Quarterly", "Yearly", "Whole period")


def execute(filters: dict | None = None):
	filters = frappe._dict(filters or {})
	queries.check_read()
	sf = queries.parse_filters(filters)
	interval = filters.get("time_interval") or "Monthly"
	if interval not in INTERVALS:
		frappe.throw(_("Unknown time interval {0}").format(frappe.bold(interval)))
	group_by = filters.get("group_by") or None
	if group_by and group_by not in queries.DIMENSIONS:
		frappe.throw(_("Unknown grouping {0}").format(frappe.bold(group_by)))
	dimension = queries.DIMENSIONS.get(group_by) if group_by else None
	grain = None if interval == "Whole period" else interval
	data = queries.figures_by(sf, dimension, grain)
	rows = []
	for (step, group), f in sorted(data.items(), key=lambda item: (item[0][0] or sf.period.start, item[0][1] or "")):
		rows.append(row(f, step, grain, dimension, group, sf))
	total = queries.figures(sf)
	return columns(dimension, group_by), rows, None, chart(rows, grain), summary(total)


def row(f: core.Figures, step, grain, dimension, group, sf) -> dict:
	def pct(rate):
		return round(100 * rate, 1) if rate is not None else None

	def hours(seconds):
		return round(seconds / core.HOUR, 1) if seconds is not None else None

	def days(seconds):
		return round(seconds / core.DAY, 2) if seconds is not None else None

	return {
		"period": grain_label(step, grain) if grain else _("{0} to {1}").format(
			frappe.utils.format_date(sf.period.start), frappe.utils.format_date(sf.period.last_day)
		),
		"group": group_label(dimension, group) if dimension else None,
		"received": f.received,
		"merged": f.merged,
		"handled": f.handled,
		"resolved": f.resolved,
		"median_response_h": hours(f.median_response),
		"p90_response_h": hours(f.p90_response),
		"median_resolution_d": days(f.median_resolution),
		"p90_resolution_d": days(f.p90_resolution),
		"response_on_time": pct(f.response_on_time_rate),
		"resolution_on_time": pct(f.resolution_on_time_rate),
		"first_contact": pct(f.first_contact_rate),
		"reopened": pct(f.reopen_rate),
		"knowledge": pct(f.knowledge_rate),
		"ratings": f.ratings,
		"average_rating": round(f.average_rating, 2) if f.average_rating is not None else None,
		"csat": pct(f.csat),
		"rating_response": pct(f.rating_response_rate),
	}


def columns(dimension, group_by) -> list[dict]:
	cols = [{"fieldname": "period", "label": _("Period"), "fieldtype": "Data", "width": 110}]
	if dimension:
		cols.append({"fieldname": "group", "label": _(group_by), "fieldtype": "Data", "width": 170})

	def col(fieldname, label, fieldtype="Int", width=110, precision=None):
		c = {"fieldname": fieldname, "label": label, "fieldtype": fieldtype, "width": width}
		if precision is not None:
			c["precision"] = precision
		return c

	return cols + [
		col("received", _("Received")),
		col("merged", _("Merged duplicates")),
		col("handled", _("To handle")),
		col("resolved", _("Resolved")),
		col("median_response_h", _("Median response (h)"), "Float", 130, 1),
		col("p90_response_h", _("90 % answered within (h)"), "Float", 150, 1),
		col("median_resolution_d", _("Median resolution (days)"), "Float", 150, 2),
		col("p90_resolution_d", _("90 % resolved within (days)"), "Float", 160, 2),
		col("response_on_time", _("Answered on time (%)"), "Percent", 140),
		col("resolution_on_time", _("Resolved on time (%)"), "Percent", 140),
		col("first_contact", _("First-contact resolution (%)"), "Percent", 160),
		col("reopened", _("Reopened (%)"), "Percent", 110),
		col("knowledge", _("With the knowledge base (%)"), "Percent", 170),
		col("ratings", _("Ratings")),
		col("average_rating", _("Average rating"), "Float", 110, 2),
		col("csat", _("Satisfied (%)"), "Percent", 110),
		col("rating_response", _("Ratings per resolved request (%)"), "Percent", 190),
	]


def chart(rows: list[dict], grain) -> dict | None:
	if not grain or not rows:
		return None
	totals: dict[str, int] = {}
	for r in rows:
		totals[r["period"]] = totals.get(r["period"], 0) + r["received"]
	return {
		"data": {"labels": list(totals), "datasets": [{"name": _("Requests received"), "values": list(totals.values())}]},
		"type": "bar",
		"colors": ["#000091"],
	}


def summary(f: core.Figures) -> list[dict]:
	from citizen_relation.stats.charts import format_duration, format_percent

	return [
		{"value": f.received, "label": _("Received"), "datatype": "Int", "indicator": "Blue"},
		{"value": f.merged, "label": _("Merged duplicates"), "datatype": "Int", "indicator": "Blue"},
		{"value": format_duration(f.median_resolution), "label": _("Median resolution"), "datatype": "Data"},
		{"value": format_percent(f.resolution_on_time_rate), "label": _("Resolved on time"), "datatype": "Data"},
		{"value": format_percent(f.csat), "label": _("Satisfied"), "datatype": "Data"},
	]
