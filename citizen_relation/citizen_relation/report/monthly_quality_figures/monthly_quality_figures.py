# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt
"""The figures of the monthly quality report, exportable: each indicator for the month, the
previous month and the same month last year, with the changes."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import getdate, today

from citizen_relation.core import stats as core
from citizen_relation.stats import monthly, queries

UNITS = {
	core.COUNT: "requests",
	core.PERCENT: "%",
	core.DURATION: "days",
	core.RATING: "/ 5",
}


def execute(filters: dict | None = None):
	filters = frappe._dict(filters or {})
	queries.check_read()
	month = getdate(filters.get("month") or monthly.previous_month())
	if month > getdate(today()):
		frappe.throw(_("The month cannot be in the future"))
	period = core.month_period(month)
	sf = queries.parse_filters({"service": filters.get("service")}, period=period)
	comparisons = core.compare(
		queries.figures(sf),
		queries.figures(sf.with_period(period.previous())),
		queries.figures(sf.with_period(period.year_before())),
	)
	rendered = {c.indicator.key: c for c in comparisons}
	rows = [row(rendered[i.key]) for i in core.INDICATORS if i.key in rendered]
	return columns(month), rows


def _value(indicator: core.Indicator, value):
	if value is None:
		return None
	if indicator.unit == core.PERCENT:
		return round(100 * value, 1)
	if indicator.unit == core.DURATION:
		return round(value / core.DAY, 2)
	if indicator.unit == core.RATING:
		return round(value, 2)
	return value


def row(c: core.Comparison) -> dict:
	unit = c.indicator.unit
	return {
		"indicator": _(c.indicator.label),
		"unit": _(UNITS[unit]),
		"current": _value(c.indicator, c.current),
		"previous": _value(c.indicator, c.previous),
		"change_previous": monthly._format_change(unit, c.change_previous),
		"year_ago": _value(c.indicator, c.year_ago),
		"change_year": monthly._format_change(unit, c.change_year),
	}


def columns(month) -> list[dict]:
	period = core.month_period(month)
	return [
		{"fieldname": "indicator", "label": _("Indicator"), "fieldtype": "Data", "width": 300},
		{"fieldname": "unit", "label": _("Unit"), "fieldtype": "Data", "width": 80},
		{"fieldname": "current", "label": monthly.month_label(month), "fieldtype": "Float", "precision": 2, "width": 130},
		{"fieldname": "previous", "label": monthly.month_label(period.previous().start), "fieldtype": "Float", "precision": 2, "width": 130},
		{"fieldname": "change_previous", "label": _("Change"), "fieldtype": "Data", "width": 100},
		{"fieldname": "year_ago", "label": monthly.month_label(period.year_before().start), "fieldtype": "Float", "precision": 2, "width": 130},
		{"fieldname": "change_year", "label": _("Change"), "fieldtype": "Data", "width": 100},
	]
