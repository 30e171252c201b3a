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
after_install = "citizen_relation.setup.install.after_install"
after_migrate = "citizen_relation.setup.install.after_migrate"
before_uninstall = "citizen_relation.setup.install.before_uninstall"
before_tests = "citizen_relation.setup.install.before_tests"

# Desk assets
doctype_js = {"Contact": "public/js/contact.js"}
app_include_js = "citizen_relation.bundle.js"

boot_session = "citizen_relation.requests.lifecycle.boot_session"

# Permissions
permission_query_conditions = {
	"Citizen Request": "citizen_relation.permissions.requests.citizen_request_query_conditions",
	"Knowledge Article": "citizen_relation.permissions.knowledge.knowledge_article_query_conditions",
}
has_permission = {
	"Citizen Request": "citizen_relation.permissions.requests.citizen_request_has_permission",
	"Knowledge Article": "citizen_relation.permissions.knowledge.knowledge_article_has_permission",
}

# Other apps' doctypes
doc_events = {
	"Communication": {
		"before_insert": "citizen_relation.overrides.communication.thread_by_reference",
		"after_insert": "citizen_relation.overrides.communication.after_insert",
	},
}

scheduler_events = {
	"cron": {
		# Warnings and escalations of deadlines, looked up through an index on the next alert.
		"*/5 * * * *": ["citizen_relation.sla.jobs.send_sla_alerts"],
		# Quality statistics: the days touched by changes since the last run.
		"*/10 * * * *": ["citizen_relation.stats.daily.refresh_dirty"],
	},
	# Safety nets of the statistics (writes that bypass the controllers).
	"daily_long": ["citizen_relation.stats.daily.refresh_recent"],
	# The monthly quality report, on the day set in Quality Settings.
	"daily": ["citizen_relation.stats.monthly.send_monthly_reports"],
	"weekly_long": ["citizen_relation.stats.daily.refresh_year"],
}

# Jinja helpers for print formats (the acknowledgement letter)
jinja = {
	"methods": [
		"citizen_relation.crpa.deadlines.acknowledgement_context",
		"citizen_relation.stats.monthly.quality_report_context",
	],
}

# The usage log keeps its rows when a request, an article or a template is deleted.
ignore_links_on_delete = ["Knowledge Usage"]

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
