# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

"""Register of processing activities (RGPD art. 30) for the citizens' requests, from the configuration.

The entry (controller, DPO, purposes, people, data, recipients, transfers, security) is the
report's message; the table gives each request type's purpose, legal basis, own fields,
recipients and retention. *Print* or *PDF* renders both (``register_of_processing_activities.html``).
"""

import frappe
from frappe import _

from citizen_relation.privacy import register

ROLES = {"Citizen Relation Manager", "Citizen Relation Supervisor", "System Manager"}


def execute(filters=None):
	if not set(frappe.get_roles()) & ROLES:
		frappe.throw(_("The register of processing is for supervisors, managers and the DPO"), frappe.PermissionError)
	return columns(), register.rows(), register.message_html()


def columns():
	return [
		{"fieldname": "request_type", "label": _("Request Type"), "fieldtype": "Link", "options": "Request Type", "width": 200},
		{"fieldname": "category", "label": _("Category"), "fieldtype": "Data", "width": 140},
		{"fieldname": "purpose", "label": _("Purpose"), "fieldtype": "Data", "width": 260},
		{"fieldname": "legal_basis", "label": _("Legal basis"), "fieldtype": "Data", "width": 260},
		{"fieldname": "type_fields", "label": _("Own fields"), "fieldtype": "Data", "width": 200},
		{"fieldname": "recipients", "label": _("Recipients"), "fieldtype": "Data", "width": 220},
		{"fieldname": "active_months", "label": _("Active after closure (months)"), "fieldtype": "Int", "width": 110},
		{"fieldname": "archive_months", "label": _("Intermediate archive (months)"), "fieldtype": "Int", "width": 110},
		{"fieldname": "final_action", "label": _("Then"), "fieldtype": "Data", "width": 120},
		{"fieldname": "own_durations", "label": _("Own durations"), "fieldtype": "Check", "width": 80},
		{"fieldname": "justification", "label": _("Justification"), "fieldtype": "Data", "width": 400},
	]
