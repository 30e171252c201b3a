"""/signaler — report a problem or make a request.

Without a type: the types grouped by category, with a search by the citizen's own words. With
``?type=…``: the type's form (its own public fields, description, photos, location by typed
address or on the map, contact details, consent), the FAQ articles that answer this type, and —
with JavaScript — the known reports nearby to follow instead. The form posts to this page.
"""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.knowledge.public import public_articles
from citizen_relation.portal import catalogue, pages, submission, uploads
from citizen_relation.portal.context import page_context
from citizen_relation.portal.guard import TooManySubmissions
from citizen_relation.portal.settings import get_portal_settings
from citizen_relation.portal.submission import PortalFormError


def get_context(context):
	page_context(context, _("Report a problem or make a request"), "report")
	values, errors = {}, {}
	if pages.is_post():
		values = pages.form()
		try:
			result = submission.submit_report(values, pages.posted_files())
		except PortalFormError as error:
			errors = error.errors
		except TooManySubmissions as error:
			errors = {submission.FORM_ERROR: str(error)}
			frappe.clear_last_message()
		else:
			if result["status"] == "confirm":
				pages.redirect("/signaler/confirmer", envoye="1")
			pages.redirect("/signaler/recu", ref=result["name"], token=result["token"])
	pages.form_state(context, values, errors)

	type_name = values.get("request_type") or frappe.form_dict.get("type")
	profile = catalogue.public_profile(type_name) if isinstance(type_name, str) else None
	context.profile = profile
	if profile is None:
		query = frappe.form_dict.get("q")
		context.query = query if isinstance(query, str) else ""
		context.matches = catalogue.search_types(context.query[:200]) if context.query else []
		context.groups = catalogue.grouped_types()
		context.unknown_type = bool(type_name)
		context.form_error = context.form_error or errors.get("request_type")
		return

	settings = get_portal_settings()
	context.title = _("Report: {0}").format(profile.name)
	context.type_fields = [
		{"def": d, "name": submission.type_field_name(d.fieldname)} for d in profile.public_fields
	]
	context.needs_location = catalogue.needs_location(profile)
	context.articles = public_articles(request_type=profile.name, limit=3)
	context.report_intro = settings.report_intro
	context.consent_text = settings.consent_text or _("I agree that this information is used to handle my request.")
	context.rgpd_notice = settings.rgpd_notice
	context.email_required = submission.confirmation_required()
	context.max_photos, max_bytes = uploads.limits()
	context.max_photo_mb = max_bytes // (1024 * 1024)
	context.photo_accept = uploads.ACCEPT_ATTRIBUTE
	context.map = {
		"lat": settings.map_latitude,
		"lon": settings.map_longitude,
		"zoom": settings.map_zoom or 13,
		"tiles": settings.tile_url,
		"attribution": settings.tile_attribution,
	}
	context.detects_duplicates = profile.detects_duplicates
