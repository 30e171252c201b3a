# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

"""Triage queue: new requests that have possible duplicates above their type's threshold."""

import frappe
from frappe import _
from frappe.utils import add_days, cint, get_datetime, now_datetime

from citizen_relation.duplicates.candidates import triage

DEFAULT_DAYS = 30
MAX_ROWS = 500


def execute(filters: dict | None = None):
	filters = frappe._dict(filters or {})
	frappe.has_permission("Citizen Request", "read", throw=True)
	since = get_datetime(filters.from_date) if filters.get("from_date") else add_days(now_datetime(), -DEFAULT_DAYS)
	limit = min(MAX_ROWS, cint(filters.get("limit")) or 200)
	rows = triage(request_type=filters.get("request_type"), since=since, limit=limit)
	return columns(), rows


def columns() -> list[dict]:
	return [
		{"fieldname": "request", "label": _("Request"), "fieldtype": "Link", "options": "Citizen Request", "width": 150},
		{"fieldname": "subject", "label": _("Subject"), "fieldtype": "Data", "width": 220},
		{"fieldname": "request_type", "label": _("Request Type"), "fieldtype": "Link", "options": "Request Type", "width": 180},
		{"fieldname": "received_on", "label": _("Received On"), "fieldtype": "Datetime", "width": 150},
		{"fieldname": "candidates", "label": _("Candidates"), "fieldtype": "Int", "width": 90},
		{"fieldname": "best_candidate", "label": _("Best Candidate"), "fieldtype": "Link", "options": "Citizen Request", "width": 150},
		{"fieldname": "best_subject", "label": _("Its Subject"), "fieldtype": "Data", "width": 220},
		{"fieldname": "best_score", "label": _("Probability (%)"), "fieldtype": "Percent", "width": 100},
		{"fieldname": "distance_m", "label": _("Distance (m)"), "fieldtype": "Int", "width": 100},
		{"fieldname": "actions", "label": _("Decision"), "fieldtype": "Data", "width": 230},
	]
