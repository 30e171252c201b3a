"""Installation, migration and uninstallation of citizen_relation.

Everything here is idempotent: running it again leaves existing (possibly edited) records alone.
"""

from __future__ import annotations

import frappe
from frappe.permissions import add_permission, update_permission_property

from citizen_relation.requests import lifecycle
from citizen_relation.setup import seed


def before_install():
	"""The settings' default *status when the citizen answers* links to a Workflow State: Frappe
	saves the settings (its defaults) before ``after_install`` runs, so the states come first."""
	for state, _style in seed.WORKFLOW_STATES:
		ensure_workflow_state(state)


def after_install():
	seed_all()


def after_migrate():
	grant_contact_permissions()
	add_indexes()


def before_tests():
	frappe.clear_cache()
	seed_all()
	ensure_test_outbox()
	frappe.db.commit()
	# E-mails sent "now" during tests commit the test's transaction (Frappe's Email Queue marks
	# them sent with a commit): muted, they are queued but never sent, and tests stay isolated.
	frappe.flags.mute_emails = True


def ensure_test_outbox():
	"""Muted e-mails still need an outgoing account to be queued (Frappe's stand-in has no address)."""
	if frappe.db.exists("Email Account", {"default_outgoing": 1, "enable_outgoing": 1}):
		return
	frappe.get_doc(
		{
			"doctype": "Email Account",
			"email_account_name": "Citizen Relation Test Outbox",
			"email_id": "outbox@citizen-relation.test",
			"password": "unused",
			"smtp_server": "localhost",
			"enable_outgoing": 1,
			"default_outgoing": 1,
		}
	).insert(ignore_permissions=True)


def seed_all():
	grant_contact_permissions()
	add_indexes()
	seed_services()
	seed_request_types()
	seed_settings()
	seed_workflow()
	seed_calendar_and_policies()
	seed_knowledge()
	add_workflow_state(seed.WORKFLOW_NAME, "Merged")
	seed_quality_settings()


def grant_contact_permissions():
	"""Agents look citizens up and complete their contact details."""
	for role in seed.ROLES:
		if frappe.db.exists("Custom DocPerm", {"parent": "Contact", "role": role, "permlevel": 0}):
			continue
		add_permission("Contact", role, 0)
		for ptype in ("read", "write", "create", "report", "email", "print"):
			update_permission_property("Contact", role, 0, ptype, 1, validate=False)


def add_indexes():
	"""Citizen look-ups by e-mail and phone must stay fast with hundreds of thousands of contacts."""
	frappe.db.add_index("Contact Phone", ["phone"])
	frappe.db.add_index("Contact Email", ["email_id"])
	# quality statistics: the day's resolutions (stats.daily) and the backlog by age (stats.queries)
	frappe.db.add_index("Citizen Request", ["resolved_on"])


def seed_services():
	for name in seed.SERVICES:
		if not frappe.db.exists("Municipal Service", name):
			frappe.get_doc({"doctype": "Municipal Service", "service_name": name}).insert(ignore_permissions=True)


def seed_request_types():
	regimes = {name: (regime, months, ack) for name, regime, months, ack in seed.CRPA_REGIMES}
	for name, category, service, priority, description, fields in seed.REQUEST_TYPES:
		if frappe.db.exists("Request Type", name):
			continue
		regime, months, acknowledge = regimes.get(name, ("No implicit decision", 2, 0))
		frappe.get_doc(
			{
				"doctype": "Request Type",
				"type_name": name,
				"category": category,
				"service": service,
				"default_priority": priority,
				"description": description,
				"fields": fields,
				"crpa_regime": regime,
				"crpa_delay_months": months,
				"requires_acknowledgement": acknowledge,
				**seed.DUPLICATE_DETECTION.get(category, {}),
			}
		).insert(ignore_permissions=True)


def seed_settings():
	settings = frappe.get_single("Citizen Relation Settings")
	changed = False
	if not settings.status_categories:
		# the meaning of the default workflow's states (the states exist once seed_workflow ran)
		for state, _style in seed.WORKFLOW_STATES:
			ensure_workflow_state(state)
		settings.set("status_categories", lifecycle.default_rows())
		settings.resume_status = settings.resume_status or "Open"
		changed = True
	if not settings.email_default_request_type and frappe.db.exists(
		"Request Type", seed.EMAIL_DEFAULT_REQUEST_TYPE
	):
		settings.email_default_request_type = seed.EMAIL_DEFAULT_REQUEST_TYPE
		changed = True
	if not settings.collectivite_name:
		settings.collectivite_name = frappe.db.get_single_value("System Settings", "app_name") or ""
		changed = True
	if changed:
		settings.flags.ignore_permissions = True
		settings.save()


def seed_quality_settings():
	"""Quality Settings with their defaults (monthly report off, processing times published)."""
	if frappe.db.get_single_value("Quality Settings", "send_on_day"):
		return
	settings = frappe.get_single("Quality Settings")
	for df in settings.meta.fields:
		if df.default and settings.get(df.fieldname) in (None, ""):
			settings.set(df.fieldname, df.default)
	settings.flags.ignore_permissions = True
	settings.save()


def ensure_workflow_state(state: str) -> None:
	if not frappe.db.exists("Workflow State", state):
		style = dict(seed.WORKFLOW_STATES).get(state)
		frappe.get_doc({"doctype": "Workflow State", "workflow_state_name": state, "style": style}).insert(
			ignore_permissions=True
		)


def seed_workflow():
	"""The default request workflow, created once; administrators may change it afterwards."""
	for state, _style in seed.WORKFLOW_STATES:
		ensure_workflow_state(state)
	for action in seed.WORKFLOW_ACTIONS:
		if not frappe.db.exists("Workflow Action Master", action):
			frappe.get_doc({"doctype": "Workflow Action Master", "workflow_action_name": action}).insert(
				ignore_permissions=True
			)
	if frappe.db.exists("Workflow", seed.WORKFLOW_NAME):
		return
	workflow = frappe.new_doc("Workflow")
	workflow.workflow_name = seed.WORKFLOW_NAME
	workflow.document_type = "Citizen Request"
	workflow.workflow_state_field = "status"
	workflow.is_active = 1
	workflow.send_email_alert = 0
	# Every state is "optional": this is a case-handling workflow, not an approval chain, so
	# Frappe must not file a Workflow Action (approval inbox row) for each request and state.
	for state, _style in seed.WORKFLOW_STATES:
		for role in seed.ROLES:
			workflow.append(
				"states", {"state": state, "doc_status": "0", "allow_edit": role, "is_optional_state": 1}
			)
	for state, action, next_state, roles, condition in seed.WORKFLOW_TRANSITIONS:
		for role in roles:
			workflow.append(
				"transitions",
				{
					"state": state,
					"action": action,
					"next_state": next_state,
					"allowed": role,
					"allow_self_approval": 1,
					"condition": condition,
				},
			)
	workflow.insert(ignore_permissions=True)


def seed_calendar_and_policies():
	"""The default opening calendar and SLA policies."""
	if not frappe.db.exists("Service Calendar", seed.DEFAULT_CALENDAR["calendar_name"]):
		frappe.get_doc({"doctype": "Service Calendar", **seed.DEFAULT_CALENDAR}).insert(ignore_permissions=True)
	for policy in seed.SLA_POLICIES:
		if not frappe.db.exists("SLA Policy", policy["policy_name"]):
			frappe.get_doc({"doctype": "SLA Policy", **policy}).insert(ignore_permissions=True)


def seed_knowledge():
	"""A few French articles and response templates, created once (only if missing)."""
	for title, audience, types, keywords, body in seed.KNOWLEDGE_ARTICLES:
		if frappe.db.exists("Knowledge Article", {"title": title}):
			continue
		frappe.get_doc(
			{
				"doctype": "Knowledge Article",
				"title": title,
				"audience": audience,
				"status": "Published",
				"keywords": keywords,
				"body": body,
				"request_types": [{"request_type": t} for t in types if frappe.db.exists("Request Type", t)],
			}
		).insert(ignore_permissions=True)
	for name, channel, types, keywords, subject, body in seed.RESPONSE_TEMPLATES:
		if frappe.db.exists("Response Template", name):
			continue
		frappe.get_doc(
			{
				"doctype": "Response Template",
				"template_name": name,
				"channel": channel,
				"language": "fr" if frappe.db.exists("Language", "fr") else None,
				"keywords": keywords,
				"subject": subject,
				"body": body,
				"request_types": [{"request_type": t} for t in types if frappe.db.exists("Request Type", t)],
			}
		).insert(ignore_permissions=True)


def add_workflow_state(workflow_name: str, state: str):
	"""Add a state (seeded after the workflow was created) to an existing workflow, once."""
	ensure_workflow_state(state)
	if not frappe.db.exists("Workflow", workflow_name):
		return
	workflow = frappe.get_doc("Workflow", workflow_name)
	if any(row.state == state for row in workflow.states):
		return
	for role in seed.ROLES:
		workflow.append("states", {"state": state, "doc_status": "0", "allow_edit": role, "is_optional_state": 1})
	workflow.save(ignore_permissions=True)


def before_uninstall():
	"""Remove what the app created in other apps' doctypes; its own doctypes go with the module."""
	for rule in frappe.get_all("Assignment Rule", filters={"document_type": "Citizen Request"}, pluck="name"):
		frappe.delete_doc("Assignment Rule", rule, ignore_permissions=True, force=True)
	if frappe.db.exists("Workflow", seed.WORKFLOW_NAME):
		frappe.delete_doc("Workflow", seed.WORKFLOW_NAME, ignore_permissions=True, force=True)
	frappe.db.delete("Custom DocPerm", {"parent": "Contact", "role": ("in", seed.ROLES)})
	for role in seed.ROLES:
		frappe.db.delete("Has Role", {"role": role})
		if frappe.db.exists("Role", role):
			frappe.delete_doc("Role", role, ignore_permissions=True, force=True)
