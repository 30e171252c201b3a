"""Follow-up of dissatisfied citizens: a rating of 2 or less opens a task for the supervisor of
the service that handled the request, with the citizen's comment, so that someone calls back.

The task is a Frappe ToDo on the rating (not on the request, whose assignments the service's
Assignment Rule opens and closes with its status): it appears in the supervisor's to-do list and
notifications, and the rating shows its status.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import add_days, escape_html, get_link_to_form, today

DISSATISFIED_AT_MOST = 2
MANAGER_ROLE = "Citizen Relation Manager"
DUE_IN_DAYS = 3


def needs_follow_up(rating: int | None) -> bool:
	return bool(rating) and int(rating) <= DISSATISFIED_AT_MOST


def follow_up_users(service: str | None) -> list[str]:
	"""The service's supervisor; without one, the collectivité's Citizen Relation managers."""
	supervisor = frappe.db.get_value("Municipal Service", service, "supervisor") if service else None
	if supervisor and frappe.db.get_value("User", supervisor, "enabled"):
		return [supervisor]
	has_role = frappe.qb.DocType("Has Role")
	user = frappe.qb.DocType("User")
	managers = (
		frappe.qb.from_(has_role)
		.join(user)
		.on(user.name == has_role.parent)
		.select(user.name)
		.distinct()
		.where(has_role.role == MANAGER_ROLE)
		.where(has_role.parenttype == "User")
		.where(user.enabled == 1)
		.where(user.name.notin(["Administrator", "Guest"]))
		.orderby(user.name)
		.run(pluck=True)
	)
	return managers


def description(rating) -> str:
	"""The task's text: the rating, the request (a link) and the comment (escaped)."""
	request = get_link_to_form("Citizen Request", rating.request)
	lines = [
		_("A citizen gave the rating {0}/5 to the handling of request {1}. Please contact them.").format(
			rating.rating, request
		)
	]
	if rating.master and rating.master != rating.request:
		lines.append(_("Handled as part of request {0}.").format(get_link_to_form("Citizen Request", rating.master)))
	if (rating.comment or "").strip():
		lines.append(_("Their comment: «{0}»").format(escape_html(rating.comment.strip())))
	else:
		lines.append(_("They left no comment."))
	return "<p>" + "</p><p>".join(lines) + "</p>"


def open_follow_up(rating) -> str | None:
	"""Request Satisfaction ``after_insert``: the ToDo for a rating of 2 or less (its name)."""
	from frappe.desk.form.assign_to import add as assign

	if not needs_follow_up(rating.rating):
		return None
	users = follow_up_users(rating.service)
	if not users:
		frappe.log_error(
			title=_("Dissatisfied citizen without anyone to follow up"),
			message=_("Rating {0}: the service {1} has no supervisor and there is no Citizen Relation Manager.").format(
				rating.name, rating.service or "-"
			),
		)
		return None
	assign(
		{
			"assign_to": users,
			"doctype": rating.doctype,
			"name": rating.name,
			"description": description(rating),
			"priority": "High" if int(rating.rating) <= 1 else "Medium",
			"date": add_days(today(), DUE_IN_DAYS),
		},
		ignore_permissions=True,
	)
	todo = frappe.db.get_value(
		"ToDo", {"reference_type": rating.doctype, "reference_name": rating.name, "status": "Open"}, "name"
	)
	if todo:
		rating.db_set("follow_up_todo", todo, update_modified=False)
	return todo
