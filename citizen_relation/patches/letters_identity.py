"""Letters in the collectivité's name (issue 14), for sites installed before.

* The settings' collectivité name was seeded from the software's name ("ERPNext"…): such a
  value is removed (letters then take the Company's name, or are refused until one is set).
* The Company becomes the source of the identity: chosen when the site has only one.
* Requests that needed an acknowledgement of receipt and have none are flagged (L112-6); the
  hourly alert reports the open ones to supervisors, the SLA Compliance report counts them all.
"""

import frappe
from frappe.query_builder import DocType

SOFTWARE_NAMES = {"erpnext", "frappe", "frappe framework", "frappe erp", "nexelya erp", "nexelya platform"}


def software_names() -> set[str]:
	names = set(SOFTWARE_NAMES)
	names.add((frappe.db.get_single_value("System Settings", "app_name") or "").strip().lower())
	for app in frappe.get_installed_apps():
		names.add(app.lower())
		for title in frappe.get_hooks("app_title", app_name=app) or ():
			names.add(str(title).strip().lower())
	names.discard("")
	return names


def execute():
	frappe.reload_doc("citizen_relation", "doctype", "citizen_relation_settings")
	frappe.reload_doc("citizen_relation", "doctype", "citizen_request")
	settings = frappe.get_single("Citizen Relation Settings")
	changed = False
	if (settings.collectivite_name or "").strip().lower() in software_names():
		settings.collectivite_name = ""
		changed = True
	if not settings.get("company"):
		companies = frappe.get_all("Company", pluck="name", limit=2)
		if len(companies) == 1:
			settings.company = companies[0]
			changed = True
	if not settings.get("implicit_decision_non_working_day"):
		settings.implicit_decision_non_working_day = "Not moved"
		changed = True
	if not settings.get("acknowledgement_alert_days"):
		settings.acknowledgement_alert_days = 7
		changed = True
	if changed:
		settings.flags.ignore_permissions = True
		settings.flags.ignore_mandatory = True
		settings.save()

	types = frappe.get_all("Request Type", filters={"requires_acknowledgement": 1}, pluck="name")
	if not types:
		return
	cr = DocType("Citizen Request")
	(
		frappe.qb.update(cr)
		.set(cr.appeal_delays_unenforceable, 1)
		.where(cr.request_type.isin(types) & cr.acknowledged_on.isnull())
	).run()
