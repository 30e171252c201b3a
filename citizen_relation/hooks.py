app_name = "citizen_relation"
app_title = "Citizen Relation"
app_publisher = "citizen_relation developers"
app_description = "Gestion de la Relation Citoyen for French local authorities"
app_email = "contact@citizen-relation.invalid"
app_license = "agpl-3.0"
app_icon = "octicon octicon-megaphone"
app_color = "#000091"

# "org/repo" form: a bare "erpnext" makes the installer look the app up on the network.
required_apps = ["frappe/erpnext"]

# Installation
before_install = "citizen_relation.setup.install.before_install"
after_install = ["citizen_relation.setup.install.after_install", "citizen_relation.privacy.setup.after_install"]
after_migrate = "citizen_relation.setup.install.after_migrate"
before_uninstall = "citizen_relation.setup.install.before_uninstall"
before_tests = ["citizen_relation.setup.install.before_tests", "citizen_relation.privacy.setup.before_tests"]

# Desk assets
doctype_js = {
	"Contact": ["public/js/contact.js", "public/js/privacy.js"],
	"Citizen Request": "public/js/privacy.js",
	"Citizen Relation Settings": "public/js/privacy.js",
}
app_include_js = "citizen_relation.bundle.js"

boot_session = "citizen_relation.requests.lifecycle.boot_session"

# Citizen portal (www/): articles of the FAQ live at their own route, /faq/<slug>
website_route_rules = [
	{"from_route": "/faq/<path:name>", "to_route": "faq/article"},
]
# Renderers of the app's own pages (see the Open311 note below):
# - Open311 GeoReport v2 at /open311/v2/… (JSON and XML, GET and POST);
# - the portal's pages skip the generic website context (navbar, desk boot) their own base
#   template never shows.
page_renderer = [
	"citizen_relation.open311.renderer.Open311Renderer",
	"citizen_relation.portal.renderer.PortalPage",
]

# Permissions
permission_query_conditions = {
	"Citizen Request": [
		"citizen_relation.permissions.requests.citizen_request_query_conditions",
		# archived and anonymised requests: only supervisors list them
		"citizen_relation.privacy.permissions.query_conditions",
	],
	"Knowledge Article": "citizen_relation.permissions.knowledge.knowledge_article_query_conditions",
	# child rows listed on their own follow their parent's rule
	"Citizen Request Co-reporter": "citizen_relation.permissions.children.co_reporter_query_conditions",
	"Citizen Request Status Change": "citizen_relation.permissions.children.status_change_query_conditions",
	"Citizen Request Value": "citizen_relation.permissions.children.value_query_conditions",
	"Knowledge Request Type": "citizen_relation.permissions.children.knowledge_request_type_query_conditions",
	# agents see citizens' contacts, not ERPNext's customers and suppliers
	"Contact": "citizen_relation.permissions.contacts.contact_query_conditions",
	# records about one request follow it
	"SLA Alert Log": "citizen_relation.permissions.requests.sla_alert_log_query_conditions",
	"Request Satisfaction": "citizen_relation.permissions.requests.satisfaction_query_conditions",
	"Duplicate Decision": "citizen_relation.permissions.requests.duplicate_decision_query_conditions",
}

# Frappe's generic endpoints that skip permission rules (see api/generic.py)
override_whitelisted_methods = {
	"frappe.client.get_count": "citizen_relation.api.generic.get_count",
	"frappe.desk.listview.get_group_by_count": "citizen_relation.api.generic.get_group_by_count",
	"frappe.desk.search.search_link": "citizen_relation.api.generic.search_link",
	"frappe.desk.search.search_widget": "citizen_relation.api.generic.search_widget",
}
has_permission = {
	"Citizen Request": [
		"citizen_relation.permissions.requests.citizen_request_has_permission",
		# archived and anonymised requests are read-only (evaluated first: Frappe reads the list backwards)
		"citizen_relation.privacy.permissions.has_permission",
	],
	"Knowledge Article": "citizen_relation.permissions.knowledge.knowledge_article_has_permission",
	"Contact": "citizen_relation.permissions.contacts.contact_has_permission",
	"SLA Alert Log": "citizen_relation.permissions.requests.sla_alert_log_has_permission",
	"Request Satisfaction": "citizen_relation.permissions.requests.satisfaction_has_permission",
	"Duplicate Decision": "citizen_relation.permissions.requests.duplicate_decision_has_permission",
}

# Other apps' doctypes
doc_events = {
	"Contact": {
		"before_insert": "citizen_relation.permissions.contacts.flag_new_contact",
	},
	"Communication": {
		"before_insert": "citizen_relation.overrides.communication.thread_by_reference",
		"after_insert": "citizen_relation.overrides.communication.after_insert",
	},
}

scheduler_events = {
	"cron": {
		# Warnings and escalations of deadlines, looked up through an index on the next alert.
		"*/5 * * * *": [
			"citizen_relation.sla.jobs.send_sla_alerts",
			# Open311: traffic counters from Redis to the desk, callbacks whose retry is due
			"citizen_relation.open311.clients.flush_traffic",
			"citizen_relation.open311.callbacks.retry_due",
		],
		# Quality statistics: the days touched by changes since the last run.
		"*/10 * * * *": ["citizen_relation.stats.daily.refresh_dirty"],
		# acknowledgements of receipt that could not be e-mailed at registration
		"*/15 * * * *": ["citizen_relation.crpa.letters.retry_acknowledgements"],
	},
	# Supervisors told of requests still without a complete acknowledgement (L112-6).
	"hourly": ["citizen_relation.crpa.jobs.alert_unacknowledged"],
	"daily_long": [
		# Retention of personal data: archive and anonymise the requests whose day has come.
		"citizen_relation.privacy.jobs.scheduled_run",
		# Safety net of the statistics (writes that bypass the controllers).
		"citizen_relation.stats.daily.refresh_recent",
	],
	"daily": [
		# Requests whose geocoding was pending or failed (a geocoder that was down) are tried again.
		"citizen_relation.duplicates.geocoding.geocode_pending",
		# The monthly quality report, on the day set in Quality Settings.
		"citizen_relation.stats.monthly.send_monthly_reports",
	],
	# A recalibrated duplicate model is proposed from agents' decisions; an administrator adopts it.
	"weekly": ["citizen_relation.duplicates.calibration.weekly_recalibration"],
	"weekly_long": ["citizen_relation.stats.daily.refresh_year"],
}

# Personal data: what a portal account's "download my data" exports (Frappe's Personal Data
# Download Request); its deletion request goes through the app's erasure and legal exceptions.
user_data_fields = [
	{"doctype": "Citizen Request", "filter_by": "reporter_email"},
]
override_doctype_class = {
	"Personal Data Deletion Request": "citizen_relation.privacy.deletion_request.CitizenPersonalDataDeletionRequest",
}

# Open311 paths skip Frappe's dynamic route map, compiled again on every call (other paths:
# Frappe's own resolver, website_route_rules included)
website_path_resolver = ["citizen_relation.open311.renderer.resolve_path"]

# Jinja helper of the print formats of letters to citizens (built by crpa/letters.py)
jinja = {
	"methods": [
		"citizen_relation.crpa.letters.citizen_letter",
		"citizen_relation.stats.monthly.quality_report_context",
	],
}

# The usage log keeps its rows when a request, an article or a template is deleted.
ignore_links_on_delete = ["Knowledge Usage", "Retention Run", "Retention Run Error", "Duplicate Decision"]

override_doctype_dashboards = {
	"Contact": "citizen_relation.overrides.contact.get_dashboard_data",
}

# Roles ship as a filtered fixture; the default workflow, services and request types are seeded
# once by after_install (see setup/install.py) so that administrators' edits survive migrations.
fixtures = [
	{"dt": "Role", "filters": [["name", "in", [
		"Citizen Relation Agent", "Citizen Relation Supervisor", "Citizen Relation Manager",
	]]]},
]
