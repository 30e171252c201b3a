"""Sites installed before the lifecycle: the default workflow's states get their categories
(Citizen Relation Settings › Status categories) and the services' assignment rules close on
the lifecycle's statuses (now including Merged).

The adapters moved into feature packages in the same release: hooks name the new paths
(scheduled jobs are re-synced by ``migrate`` from hooks.py; the old job is removed with it)."""

import frappe

from citizen_relation.requests import routing
from citizen_relation.setup.install import seed_settings


def execute():
	frappe.reload_doc("citizen_relation", "doctype", "citizen_request_status_category")
	frappe.reload_doc("citizen_relation", "doctype", "citizen_relation_settings")
	seed_settings()
	routing.resync_assignment_rules()
