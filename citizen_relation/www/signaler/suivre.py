"""/signaler/suivre?ref=… — "me too": follow a known open report instead of reporting it again.

Reached from the public map's list or the "already reported?" check; works without JavaScript.
"""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.portal import pages, submission
from citizen_relation.portal.context import page_context
from citizen_relation.portal.guard import TooManySubmissions
from citizen_relation.portal.public import public_report
from citizen_relation.portal.settings import get_portal_settings
from citizen_relation.portal.submission import PortalFormError


def get_context(context):
	page_context(context, _("Follow a known report"), "report")
	reference = frappe.form_dict.get("ref")
	report = public_report(reference.strip().upper()) if isinstance(reference, str) else None
	context.report = report
	values, errors = {}, {}
	if report and pages.is_post():
		values = pages.form()
		try:
			result = submission.follow_report(report["reference"], values)
		except PortalFormError as error:
			errors = error.errors
		except TooManySubmissions as error:
			errors = {submission.FORM_ERROR: str(error)}
			frappe.clear_last_message()
		else:
			pages.redirect("/signaler/recu", ref=result["name"], token=result["token"])
	pages.form_state(context, values, errors)
	settings = get_portal_settings()
	context.consent_text = settings.consent_text or _("I agree that this information is used to handle my request.")
	context.rgpd_notice = settings.rgpd_notice
