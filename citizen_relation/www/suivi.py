"""/suivi?ref=…&token=… — a request followed by its citizen (tracking link or own account).

Status in plain language with its history, the messages exchanged with the citizen, the public
note of the agents; a reply form when the request waits for the citizen (the clock resumes);
a rating form once it has been handled. Without a valid link: how to find one.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import frappe
from frappe import _

from citizen_relation.portal import guard, pages, tracking, uploads
from citizen_relation.portal.context import page_context
from citizen_relation.portal.guard import TooManySubmissions
from citizen_relation.portal.submission import FORM_ERROR, PortalFormError


def _link_parts(link: str) -> tuple[str | None, str | None]:
	"""Reference and token from a pasted tracking link."""
	try:
		query = parse_qs(urlparse(link.strip()).query)
	except ValueError:
		return None, None
	return (query.get("ref") or [None])[0], (query.get("token") or [None])[0]


def get_context(context):
	page_context(context, _("Follow a request"), "track")
	context.robots = "noindex, nofollow"
	reference, token = frappe.form_dict.get("ref"), frappe.form_dict.get("token")
	link = frappe.form_dict.get("lien")
	if isinstance(link, str) and link and not reference:
		reference, token = _link_parts(link[:500])
		if reference and token:
			pages.redirect("/suivi", ref=reference, token=token)
	context.request = None
	context.notice = frappe.form_dict.get("ok")
	pages.form_state(context)
	if not reference:
		context.link_error = bool(link)
		return
	name = tracking.resolve(reference, token if isinstance(token, str) else None)
	if not name:
		context.invalid = True
		context.http_status_code = 403 if token else (401 if context.is_guest else 403)
		context.title = _("This tracking link is not valid")
		return
	token_arg = token if isinstance(token, str) and tracking.find_by_token(reference, token) else None
	if pages.is_post():
		_handle_action(context, name, token_arg)
	view = tracking.tracking_view(name)
	context.request = view
	context.title = _("Request {0}").format(view["name"])
	context.token_arg = token_arg
	context.max_photos, max_bytes = uploads.limits()
	context.max_photo_mb = max_bytes // (1024 * 1024)
	context.photo_accept = uploads.ACCEPT_ATTRIBUTE


def _handle_action(context, name: str, token: str | None) -> None:
	values = pages.form()
	action = values.get("action")
	errors = {}
	try:
		if action == "reply":
			guard.check_bot_traps(values)
			guard.limit_submission(frappe.db.get_value("Citizen Request", name, "reporter_email"))
			tracking.add_reply(name, values.get("message"), pages.posted_files())
			pages.redirect("/suivi", ref=name, token=token, ok="reply")
		elif action == "rate":
			guard.limit_submission(frappe.db.get_value("Citizen Request", name, "reporter_email"))
			tracking.rate(name, values.get("rating"), values.get("comment"))
			pages.redirect("/suivi", ref=name, token=token, ok="rating")
		else:
			errors = {FORM_ERROR: _("Unknown action")}
	except PortalFormError as error:
		errors = error.errors
	except TooManySubmissions as error:
		errors = {FORM_ERROR: str(error)}
	except frappe.ValidationError as error:  # bot traps
		errors = {FORM_ERROR: str(error)}
	frappe.clear_last_message()
	pages.form_state(context, values, errors)
	context.failed_action = action
