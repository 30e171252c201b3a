"""Quality measurement on an existing site: default Quality Settings, the index of resolutions,
and the statistics of the requests already there (computed in the background, with progress)."""

import frappe


def execute():
	from citizen_relation.setup.install import seed_quality_settings
	from citizen_relation.stats.daily import enqueue_backfill, first_day

	frappe.reload_doc("citizen_relation", "doctype", "quality_settings")
	frappe.reload_doc("citizen_relation", "doctype", "request_statistic")
	seed_quality_settings()
	frappe.db.add_index("Citizen Request", ["resolved_on"])
	if first_day() is not None:
		# a big base takes minutes: the scheduler's long queue does it; or run
		# bench --site SITE execute citizen_relation.stats.daily.backfill
		enqueue_backfill()
