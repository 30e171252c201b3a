# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt
"""The streets where the same problem keeps being reported: reports per street and request
type in the period, requests once duplicates are merged, and how many are still being handled."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import cint

from citizen_relation.stats import queries

MAX_DAYS = 366
MAX_ROWS = 200


def execute(filters: dict | None = None):
	filters = frappe._dict(filters or {})
	frappe.has_permission("Citizen Request", "read", throw=True)
	queries.check_read()
	sf = queries.parse_filters(filters, default_period="Last month")
	if sf.period.days > MAX_DAYS:
		frappe.throw(_("Choose a period of at most {0} days").format(MAX_DAYS))
	limit = max(1, min(MAX_ROWS, cint(filters.get("limit") or 25)))
	rows = queries.recurring_places(sf, limit=limit)
	return columns(), rows


def columns() -> list[dict]:
	return [
		{"fieldname": "street", "label": _("Street"), "fieldtype": "Data", "width": 240},
		{"fieldname": "request_type", "label": _("Request Type"), "fieldtype": "Link", "options": "Request Type", "width": 220},
		{"fieldname": "reports", "label": _("Reports"), "fieldtype": "Int", "width": 90},
		{"fieldname": "requests", "label": _("Requests after merging duplicates"), "fieldtype": "Int", "width": 200},
		{"fieldname": "open", "label": _("Still being handled"), "fieldtype": "Int", "width": 140},
	]
