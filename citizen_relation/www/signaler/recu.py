"""/signaler/recu — the receipt: reference, tracking link, acknowledgement, expected answer date."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.portal import tracking
from citizen_relation.portal.context import page_context
from citizen_relation.requests.profile import get_profile


def get_context(context):
	page_context(context, _("Your request has been registered"), "report")
	context.robots = "noindex, nofollow"
	name = tracking.resolve(frappe.form_dict.get("ref"), frappe.form_dict.get("token"))
	context.request = None
	if not name:
		context.title = _("This tracking link is not valid")
		context.http_status_code = 403
		return
	view = tracking.tracking_view(name)
	profile = get_profile(view["request_type"])
	context.request = view
	context.acknowledgement = bool(profile and profile.requires_acknowledgement)
	context.has_email = bool(frappe.db.get_value("Citizen Request", name, "reporter_email"))
