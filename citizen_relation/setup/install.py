"""Installation, migration and uninstallation of citizen_relation.

Everything here is idempotent: running it again leaves existing (possibly edited) records alone.
"""

from __future__ import annotations

import frappe
from frappe.permissions import add_permission, update_permission_property

from citizen_relation.requests import lifecycle
from citizen_relation.setup import seed


def before_install():
	"""Workflow states exist before Frappe saves the settings' defaults (`resume_status` links one):
	on a fresh site the installer initialises single doctypes before `after_install` runs."""
	for state, _style in seed.WORKFLOW_STATES:
		ensure_workflow_state(state)


def after_install():
	seed_all()


def after_migrate():
	add_custom_fields()
	grant_contact_permissions()
	add_indexes()


def before_tests():
	frappe.clear_cache()
	seed_all()
	ensure_test_outbox()
	ensure_test_collectivite()
	frappe.db.commit()
	# Tests never reach the network: no geocoder unless a test sets its local fake.
	frappe.flags.citizen_relation_geocoder = False
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


def ensure_test_collectivite():
	"""Letters need the collectivité's name: tests on a site with several Companies get one."""
	from citizen_relation.crpa.identity import identity

	if identity().name:
		return
	settings = frappe.get_single("Citizen Relation Settings")
	settings.collectivite_name = "Commune de test"
	settings.flags.ignore_permissions = True
	settings.save()


def seed_all():
	add_custom_fields()
	grant_contact_permissions()
	add_indexes()
	seed_services()
	seed_request_types()
	seed_duplicate_families()
	seed_settings()
	seed_workflow()
	seed_calendar_and_policies()
	seed_knowledge()
	add_workflow_state(seed.WORKFLOW_NAME, "Merged")
	seed_portal_settings()
	seed_open311_settings()
	seed_quality_settings()


CUSTOM_FIELDS = {
	"Contact": [
		{
			"fieldname": "is_citizen",
			"fieldtype": "Check",
			"label": "Citizen",
			"description": "A citizen who made a request: the Citizen Relation roles see only these contacts.",
			"insert_after": "unsubscribed",
			"search_index": 1,
			"default": "0",
		}
	]
}


def add_custom_fields():
	"""Fields the app adds to other apps' doctypes (idempotent)."""
	from frappe.custom.doctype.custom_field.custom_field import create_custom_fields

	create_custom_fields(CUSTOM_FIELDS, update=True)


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
				"keywords": seed.TYPE_KEYWORDS.get(name),
				"fields": fields,
				"crpa_regime": regime,
				"crpa_delay_months": months,
				"requires_acknowledgement": acknowledge,
				**duplicate_values(name, category),
			}
		).insert(ignore_permissions=True)


def duplicate_values(name: str, category: str) -> dict:
	"""Duplicate-detection fields of a seeded type: its category's, its own radius and window."""
	values = dict(seed.DUPLICATE_DETECTION.get(category, {}))
	if name in seed.DUPLICATE_DETECTION_ON:
		values.setdefault("duplicate_detection", 1)
		values["duplicate_detection"] = 1
	if name in seed.DUPLICATE_SETTINGS:
		radius, window = seed.DUPLICATE_SETTINGS[name]
		values.update(duplicate_radius_m=radius, duplicate_window_days=window)
	return values


def seed_duplicate_families():
	"""Request types searched together for duplicates, created once (only if missing)."""
	for name, description, any_type, types in seed.DUPLICATE_FAMILIES:
		if frappe.db.exists("Duplicate Family", name):
			continue
		members = [t for t in types if frappe.db.exists("Request Type", t)]
		if len(members) < (1 if any_type else 2):
			continue
		frappe.get_doc(
			{
				"doctype": "Duplicate Family",
				"family_name": name,
				"description": description,
				"any_type": any_type,
				"enabled": 1,
				"types": [{"request_type": t} for t in members],
			}
		).insert(ignore_permissions=True)


def seed_portal_settings():
	"""The portal's settings with their defaults, saved once (administrators edit them afterwards)."""
	doctype = "Citizen Portal Settings"
	if frappe.db.get_single_value(doctype, "portal_title"):
		return
	settings = frappe.get_single(doctype)
	for df in settings.meta.fields:
		if df.default and settings.get(df.fieldname) in (None, "", 0):
			settings.set(df.fieldname, df.default)
	settings.flags.ignore_permissions = True
	settings.save()


def seed_type_keywords():
	"""The words citizens use, for the seeded types that have none yet."""
	for name, words in seed.TYPE_KEYWORDS.items():
		if frappe.db.exists("Request Type", name) and not frappe.db.get_value("Request Type", name, "keywords"):
			frappe.db.set_value("Request Type", name, "keywords", words, update_modified=False)


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
	# The collectivité is its ERPNext Company: the one the site was set up with, when there is
	# only one. Nothing else is seeded (no name, address or phone that would look real).
	if not settings.get("company"):
		companies = frappe.get_all("Company", pluck="name", limit=2)
		if len(companies) == 1:
			settings.company = companies[0]
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


def seed_open311_settings():
	"""Open311 Settings with their defaults stored (a Single reads its defaults only while it has
	no stored value at all), once."""
	if frappe.db.get_single_value("Open311 Settings", "guest_requests_per_minute"):
		return
	settings = frappe.get_single("Open311 Settings")
	meta = frappe.get_meta("Open311 Settings")
	for df in meta.fields:
		if df.default is not None and settings.get(df.fieldname) in (None, "", 0):
			settings.set(df.fieldname, df.default)
	settings.flags.ignore_permissions = True
	settings.save()


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
	"""Remove what the app created in other apps' doctypes; its own doctypes go with the module.

	Citizens' personal data does not outlive the app: the e-mails, comments, versions, to-dos,
	attachments and logs about its documents, and the citizens' contacts that nothing else uses,
	are deleted; the Contact permissions Frappe copied when the app added its own go back to
	Contact's standard ones (unless an administrator changed them since).
	"""
	for rule in frappe.get_all("Assignment Rule", filters={"document_type": "Citizen Request"}, pluck="name"):
		frappe.delete_doc("Assignment Rule", rule, ignore_permissions=True, force=True)
	if frappe.db.exists("Workflow", seed.WORKFLOW_NAME):
		frappe.delete_doc("Workflow", seed.WORKFLOW_NAME, ignore_permissions=True, force=True)
	delete_records_about_app_documents()
	delete_citizen_contacts()
	frappe.db.delete("Custom DocPerm", {"parent": "Contact", "role": ("in", seed.ROLES)})
	reset_frozen_contact_permissions()
	for role in seed.ROLES:
		frappe.db.delete("Has Role", {"role": role})
		if frappe.db.exists("Role", role):
			frappe.delete_doc("Role", role, ignore_permissions=True, force=True)
	for doctype, fields in CUSTOM_FIELDS.items():
		for field in fields:
			name = f"{doctype}-{field['fieldname']}"
			if frappe.db.exists("Custom Field", name):
				frappe.delete_doc("Custom Field", name, ignore_permissions=True, force=True)


def app_doctypes() -> list[str]:
	return frappe.get_all("DocType", filters={"module": "Citizen Relation"}, pluck="name")


# (doctype, field naming the referenced doctype) of Frappe's records about other documents
RECORDS_ABOUT_DOCUMENTS = (
	("Comment", "reference_doctype"),
	("Version", "ref_doctype"),
	("ToDo", "reference_type"),
	("Email Queue", "reference_doctype"),
	("Notification Log", "document_type"),
	("Error Log", "reference_doctype"),
	("Activity Log", "reference_doctype"),
	("DocShare", "share_doctype"),
	("Document Follow", "ref_doctype"),
)


def delete_records_about_app_documents() -> None:
	doctypes = app_doctypes()
	if not doctypes:
		return
	communications = frappe.get_all("Communication", filters={"reference_doctype": ("in", doctypes)}, pluck="name")
	communications += frappe.get_all(
		"Communication Link", filters={"link_doctype": ("in", doctypes), "parenttype": "Communication"}, pluck="parent"
	)
	communications = sorted(set(communications))
	for name in frappe.get_all("File", filters={"attached_to_doctype": ("in", [*doctypes, "Communication"])}, fields=["name", "attached_to_doctype", "attached_to_name"]):
		if name.attached_to_doctype != "Communication" or name.attached_to_name in communications:
			frappe.delete_doc("File", name.name, ignore_permissions=True, force=True)
	for chunk in range(0, len(communications), 1000):
		names = communications[chunk : chunk + 1000]
		frappe.db.delete("Communication Link", {"parent": ("in", names), "parenttype": "Communication"})
		frappe.db.delete("Communication", {"name": ("in", names)})
	for doctype, field in RECORDS_ABOUT_DOCUMENTS:
		if frappe.db.table_exists(doctype) and frappe.db.has_column(doctype, field):
			frappe.db.delete(doctype, {field: ("in", doctypes)})


def delete_citizen_contacts() -> None:
	"""Contacts the app flagged as citizens' that nothing else links to (no user, no dynamic link)."""
	if not frappe.db.has_column("Contact", "is_citizen"):
		return
	linked = set(frappe.get_all("Dynamic Link", filters={"parenttype": "Contact"}, pluck="parent"))
	for row in frappe.get_all("Contact", filters={"is_citizen": 1}, fields=["name", "user"]):
		if row.user or row.name in linked:
			continue
		frappe.delete_doc("Contact", row.name, ignore_permissions=True, force=True, delete_permanently=True)


PERM_COLUMNS = (
	"role", "permlevel", "if_owner", "select", "read", "write", "create", "delete", "submit", "cancel",
	"amend", "report", "export", "import", "share", "print", "email",
)


def reset_frozen_contact_permissions() -> None:
	"""Adding the app's Contact permissions made Frappe copy Contact's standard permissions into
	Custom DocPerm, which would freeze them for good; when what remains is still exactly that
	copy, remove it so that Contact follows its standard permissions (and their updates) again."""

	def rows(doctype):
		return sorted(
			tuple(r.get(c) or 0 for c in PERM_COLUMNS)
			for r in frappe.get_all(doctype, filters={"parent": "Contact"}, fields=list(PERM_COLUMNS))
		)

	custom = rows("Custom DocPerm")
	if custom and custom == rows("DocPerm"):
		frappe.db.delete("Custom DocPerm", {"parent": "Contact"})
		frappe.clear_cache(doctype="Contact")
