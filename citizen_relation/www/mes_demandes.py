"""/mes-demandes — the logged-in citizen's requests (Website User linked to their Contact)."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.portal import pages, tracking
from citizen_relation.portal.context import page_context


def get_context(context):
	page_context(context, _("My requests"), "mine")
	context.robots = "noindex, nofollow"
	if frappe.session.user == "Guest":
		pages.redirect("/login", **{"redirect-to": "/mes-demandes"})
	context.requests = tracking.my_requests()
