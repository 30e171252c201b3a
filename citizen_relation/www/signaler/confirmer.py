"""/signaler/confirmer — a guest's report held until they open the link e-mailed to them."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.portal import pages, submission
from citizen_relation.portal.context import page_context


def get_context(context):
	page_context(context, _("Confirm your report"), "report")
	context.robots = "noindex, nofollow"
	context.sent = frappe.form_dict.get("envoye") == "1"
	context.invalid = False
	code = frappe.form_dict.get("code")
	if context.sent or not code:
		context.title = _("Check your mailbox")
		return
	try:
		result = submission.confirm(code)
	except submission.PortalFormError as error:
		context.invalid = True
		context.form_error = "; ".join(error.errors.values())
		return
	if not result:
		context.invalid = True
		context.title = _("This confirmation link is not valid")
		return
	pages.redirect("/signaler/recu", ref=result["name"], token=result["token"])
