# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt
"""The free answers of a survey campaign, without any segment and in an order unrelated to the
order of answering; nothing when the campaign has fewer answers than its anonymity threshold."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.surveys.results import free_texts


def execute(filters: dict | None = None):
	filters = frappe._dict(filters or {})
	if not filters.get("campaign"):
		frappe.throw(_("Choose a campaign"))
	frappe.get_doc("Survey Campaign", filters.campaign).check_permission("read")
	columns = [
		{"fieldname": "question", "label": _("Question"), "fieldtype": "Data", "width": 300},
		{"fieldname": "answer", "label": _("Answer"), "fieldtype": "Small Text", "width": 600},
	]
	return columns, free_texts(filters.campaign)
