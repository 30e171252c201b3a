"""Response templates rendered for a request, in the sandbox of :mod:`citizen_relation.core.templating`.

:func:`template_context` is the plain data a template sees; :func:`render_source` renders and
sanitises. Request-type facts (the CRPA regime) come from the type's profile.
"""

from __future__ import annotations

from datetime import date, datetime

import frappe
from frappe import _
from frappe.utils import cint, escape_html, get_fullname, strip_html_tags
from frappe.utils.html_utils import sanitize_html

from citizen_relation.core import crpa, templating
from citizen_relation.core.templating import TemplateError
from citizen_relation.crpa.deadlines import missing_pieces_of
from citizen_relation.crpa.identity import identity
from citizen_relation.requests.profile import get_profile
from citizen_relation.utils import tracking_url

# Response Template channel (desk option) -> core channel.
CHANNELS = {"E-mail": "email", "Letter": "letter", "SMS": "sms"}


def _plain_date(value):
	if not value:
		return None
	if isinstance(value, (date, datetime)):
		return value
	return frappe.utils.get_datetime(value) if " " in str(value) else frappe.utils.getdate(value)


# What silence means, in the words of the templates' documented variable.
IMPLICIT_DECISION = {crpa.ACCEPTANCE: "acceptation", crpa.REJECTION: "rejet"}


def template_context(request, lang: str | None = None) -> dict:
	"""The plain data a template sees for ``request`` (see ``templating.VARIABLES``)."""
	citizen = {
		"full_name": request.reporter_name,
		"email": request.reporter_email,
		"phone": request.reporter_phone,
	}
	if request.contact:
		contact = frappe.db.get_value(
			"Contact", request.contact, ["first_name", "last_name", "full_name"], as_dict=True
		)
		if contact:
			citizen.update(first_name=contact.first_name, last_name=contact.last_name)
			citizen["full_name"] = citizen["full_name"] or contact.full_name
	if not citizen.get("first_name") and citizen["full_name"]:
		first, _sep, last = citizen["full_name"].partition(" ")
		citizen.update(first_name=first, last_name=last or None)

	service = {}
	if request.service:
		values = frappe.db.get_value(
			"Municipal Service", request.service, ["service_name", "email", "phone", "address"], as_dict=True
		)
		if values:
			service = {
				"name": values.service_name,
				"email": values.email,
				"phone": values.phone,
				"address": values.address,
			}

	profile = get_profile(request.request_type)
	implicit_on = _plain_date(request.get("implicit_decision_on"))
	deadlines = {
		"response_by": _plain_date(request.get("response_by")),
		"resolution_by": _plain_date(request.get("resolution_by")),
		"implicit_decision_on": implicit_on,
		# the regime of the request's type, when an implicit decision is due
		"implicit_decision": IMPLICIT_DECISION.get(profile.regime.silence) if profile and implicit_on else None,
	}
	return {
		"request": {
			"reference": request.name,
			"subject": request.subject,
			"description": strip_html_tags(request.description or "").strip() or None,
			"status": _(request.status, lang=lang) if request.status else None,
			"received_on": _plain_date(request.received_on),
			"request_type": request.request_type,
			"tracking_url": tracking_url(request.name, request.tracking_token) if request.tracking_token else None,
			"missing_documents": missing_pieces_of(request),
		},
		"citizen": citizen,
		"service": service,
		"deadlines": deadlines,
		"agent": {"full_name": get_fullname(frappe.session.user)},
		# the collectivité's name as letters print it (its Company, or the settings' override)
		"collectivite": {"name": identity().name or None},
	}


def template_error_message(error: TemplateError) -> str:
	"""A core template error in the user's language, with its template line."""
	args = [frappe.bold(escape_html(a)) if isinstance(a, str) else a for a in error.base_args]
	message = _(error.base_message).format(*args)
	if error.lineno:
		message = _("{0} (line {1})").format(message, error.lineno)
	return message


def throw_template_error(error: TemplateError, title: str | None = None):
	frappe.throw(template_error_message(error), frappe.ValidationError, title=title or _("Template error"))


def translate_warning(warning: str) -> str:
	if isinstance(warning, templating.Message):
		return _(warning.message).format(*warning.args_)
	return _(warning)


def core_channel(channel: str | None) -> str:
	return CHANNELS.get(channel or "E-mail", "email")


def render_source(
	body: str,
	channel: str,
	context: dict,
	subject: str | None = None,
	sms_max_segments: int | None = None,
	raise_errors: bool = True,
) -> dict:
	"""Render a template's subject and body; HTML is sanitised for the desk and the mail composer.

	A template error is thrown (translated, with its line), or returned as ``{"error": ...}``.
	"""
	ch = core_channel(channel)
	try:
		rendered = templating.render(
			body or "", context, ch, sms_max_segments=(cint(sms_max_segments) or None) if ch == "sms" else None
		)
		rendered_subject = templating.render(subject, context, "text").text.strip() if subject else ""
	except TemplateError as error:
		if not raise_errors:
			return {"error": template_error_message(error)}
		throw_template_error(error)
	text = rendered.text
	return {
		"channel": channel,
		"subject": " ".join(rendered_subject.split()),
		"message": sanitize_html(text) if rendered.html else text,
		"html": rendered.html,
		"segments": rendered.segments,
		"encoding": rendered.encoding,
		"length": rendered.length,
		"warnings": [translate_warning(w) for w in rendered.warnings],
	}
