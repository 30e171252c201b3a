# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt
"""Citizens' ratings (CSAT) by service, request type, channel or category and by period: how
many rated, the average, the share satisfied (4 or 5), the distribution, and the response rate
(ratings per resolved request)."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.stats import queries
from citizen_relation.stats.charts import grain_label, group_label

INTERVALS = ("Monthly", "Quarterly", "Yearly", "Whole period")


def execute(filters: dict | None = None):
	filters = frappe._dict(filters or {})
	queries.check_read()
	sf = queries.parse_filters(filters)
	interval = filters.get("time_interval") or "Monthly"
	if interval not in INTERVALS:
		frappe.throw(_("Unknown time interval {0}").format(frappe.bold(interval)))
	group_by = filters.get("group_by") or "Service"
	if group_by not in queries.DIMENSIONS:
		frappe.throw(_("Unknown grouping {0}").format(frappe.bold(group_by)))
	dimension = queries.DIMENSIONS[group_by]
	grain = None if interval == "Whole period" else interval
	data = queries.figures_by(sf, dimension, grain, histograms=False)
	rows = []
	for (step, group), f in sorted(data.items(), key=lambda item: (item[0][0] or sf.period.start, item[0][1] or "")):
		if not (f.ratings or f.resolved):
			continue
		rows.append(
			{
				"period": grain_label(step, grain) if grain else "",
				"group": group_label(dimension, group),
				"resolved": f.resolved,
				"ratings": f.ratings,
				"rating_response": round(100 * f.rating_response_rate, 1) if f.rating_response_rate is not None else None,
				"average_rating": round(f.average_rating, 2) if f.average_rating is not None else None,
				"csat": round(100 * f.csat, 1) if f.csat is not None else None,
				"rating_1": f.rating_1,
				"rating_2": f.rating_2,
				"rating_3": f.rating_3,
				"rating_4": f.rating_4,
				"rating_5": f.rating_5,
				"dissatisfied": f.dissatisfied,
				"comments": f.rating_comments,
			}
		)
	return columns(group_by, grain), rows


def columns(group_by: str, grain) -> list[dict]:
	cols = []
	if grain:
		cols.append({"fieldname": "period", "label": _("Period"), "fieldtype": "Data", "width": 100})
	cols.append({"fieldname": "group", "label": _(group_by), "fieldtype": "Data", "width": 180})
	cols += [
		{"fieldname": "resolved", "label": _("Resolved"), "fieldtype": "Int", "width": 90},
		{"fieldname": "ratings", "label": _("Ratings"), "fieldtype": "Int", "width": 80},
		{"fieldname": "rating_response", "label": _("Ratings per resolved request (%)"), "fieldtype": "Percent", "width": 180},
		{"fieldname": "average_rating", "label": _("Average rating"), "fieldtype": "Float", "precision": 2, "width": 110},
		{"fieldname": "csat", "label": _("Satisfied (%)"), "fieldtype": "Percent", "width": 110},
	]
	cols += [
		{"fieldname": f"rating_{n}", "label": _("Rated {0}").format(n), "fieldtype": "Int", "width": 80} for n in range(1, 6)
	]
	cols += [
		{"fieldname": "dissatisfied", "label": _("Dissatisfied (1 or 2)"), "fieldtype": "Int", "width": 140},
		{"fieldname": "comments", "label": _("With a comment"), "fieldtype": "Int", "width": 120},
	]
	return cols
