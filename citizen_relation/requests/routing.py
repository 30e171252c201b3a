"""Routing of requests to the agents of their service through Frappe's Assignment Rule.

Each Municipal Service owns one Assignment Rule on Citizen Request. The service keeps the
rule's condition and users in step with itself; the rule type (round robin, load balancing),
days and priority stay the administrator's to edit in the Assignment Rule form.
"""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation import caching
from citizen_relation.requests.lifecycle import get_lifecycle

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def rule_name(service_name: str) -> str:
	return _("Citizen requests - {0}").format(service_name)


def sync_assignment_rule(service) -> None:
	"""Create or update the service's Assignment Rule (called from Municipal Service.on_update)."""
	name = service.assignment_rule if service.assignment_rule and frappe.db.exists(
		"Assignment Rule", service.assignment_rule
	) else None
	if name:
		rule = frappe.get_doc("Assignment Rule", name)
	else:
		rule = frappe.new_doc("Assignment Rule")
		rule.name = rule_name(service.name)
		rule.rule = "Round Robin"
		rule.priority = 1
		for day in WEEKDAYS:
			rule.append("assignment_days", {"day": day})

	rule.document_type = "Citizen Request"
	rule.description = _("Citizen request {0}: {1}").format("{{ name }}", "{{ subject }}")
	rule.assign_condition = f"service == {service.name!r}"
	rule.unassign_condition = f"service != {service.name!r}"
	# the lifecycle's fulfilled, done and merged statuses (re-synced when the mapping changes)
	rule.close_condition = f"status in {tuple(get_lifecycle().closing_statuses)!r}"
	users = service.member_users
	rule.set("users", [{"user": user} for user in users])
	rule.disabled = 0 if (service.is_active and users) else 1
	rule.flags.ignore_permissions = True
	rule.save()

	if service.assignment_rule != rule.name:
		service.db_set("assignment_rule", rule.name, update_modified=False)


def delete_assignment_rule(service) -> None:
	if service.assignment_rule and frappe.db.exists("Assignment Rule", service.assignment_rule):
		frappe.delete_doc("Assignment Rule", service.assignment_rule, ignore_permissions=True, force=True)


def services_of_user(user: str) -> list[str]:
	"""Services the user belongs to, as a member or as their supervisor (cached per request)."""

	def load():
		member_of = frappe.get_all(
			"Municipal Service Member", filters={"user": user, "parenttype": "Municipal Service"}, pluck="parent"
		)
		supervised = frappe.get_all("Municipal Service", filters={"supervisor": user}, pluck="name")
		return sorted(set(member_of) | set(supervised))

	return caching.request_memo("services_of_user", user, load)


def resync_assignment_rules() -> None:
	"""Every service's rule again (after the status categories changed)."""
	for name in frappe.get_all("Municipal Service", pluck="name"):
		sync_assignment_rule(frappe.get_doc("Municipal Service", name))
