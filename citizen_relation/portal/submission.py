"""A citizen's report from the portal: checked field by field, then registered whole or not at all.

:func:`check_report` turns the posted form into the values of :func:`requests.intake.create_request`
and collects *every* problem as a translated message tied to its field (:class:`PortalFormError`),
so that the page shows them all at once next to the fields, and nothing is saved. :func:`register`
inserts the request and its photos inside a savepoint: when anything fails, nothing is left.
When the collectivité asks for it, a guest's report waits for the citizen to open a link sent to
their e-mail address (:func:`hold_for_confirmation` / :func:`confirm`).
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlencode

import frappe
from frappe import _
from frappe.utils import escape_html, flt

from citizen_relation import caching
from citizen_relation.core import contacts as core_contacts
from citizen_relation.core import geo
from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.type_fields import clean_values
from citizen_relation.portal import guard, uploads
from citizen_relation.portal.catalogue import needs_location, public_profile
from citizen_relation.portal.settings import setting
from citizen_relation.requests import intake
from citizen_relation.utils import get_settings

CHANNEL = "Web Portal"
SOURCE = "portal"
TYPE_FIELD_PREFIX = "tf_"
MAX_SUBJECT = 140
MAX_DESCRIPTION = 5000
MIN_DESCRIPTION = 5
MAX_ADDRESS = 500
MAX_NAME = 140
PENDING_SECONDS = 24 * 3600
FORM_ERROR = "__form__"


class PortalFormError(frappe.ValidationError):
	"""Bad input on a portal form: ``errors`` maps each field to its translated message."""

	def __init__(self, errors: dict[str, str]):
		super().__init__("; ".join(errors.values()))
		self.errors = errors


@dataclass
class Report:
	values: dict
	type_values: dict
	photos: list = field(default_factory=list)


def _text(form: dict, key: str) -> str:
	value = form.get(key)
	if isinstance(value, list | tuple):
		value = value[0] if value else ""
	return " ".join(str(value).split()) if value not in (None, "") and not isinstance(value, dict) else ""


def _long_text(form: dict, key: str) -> str:
	value = form.get(key)
	if not isinstance(value, str):
		return ""
	return "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").strip().split("\n"))


def type_field_name(fieldname: str) -> str:
	return TYPE_FIELD_PREFIX + fieldname


# --------------------------------------------------------------------------------------------- citizen
def citizen_of_user(user: str | None = None) -> dict:
	"""The logged-in citizen's contact details (their Contact when there is one)."""
	user = user or frappe.session.user
	if user == "Guest":
		return {}
	email = frappe.db.get_value("User", user, "email") or user
	contact = frappe.db.get_value("Contact", {"user": user}, "name") or frappe.db.get_value(
		"Contact Email", {"email_id": email, "parenttype": "Contact"}, "parent"
	)
	return {
		"contact": contact,
		"reporter_email": email.lower(),
		"reporter_name": frappe.utils.get_fullname(user),
	}


def check_contact(form: dict, errors: dict, *, email_required: bool) -> dict:
	"""The reporter's name, e-mail and phone from the form (a guest) or the account."""
	if frappe.session.user != "Guest":
		return citizen_of_user()
	values = {}
	name = _text(form, "reporter_name")
	if len(name) > MAX_NAME:
		errors["reporter_name"] = _("Your name is too long: at most {0} characters").format(MAX_NAME)
	values["reporter_name"] = name or None
	try:
		values["reporter_email"] = core_contacts.normalise_email(_text(form, "reporter_email") or None)
	except CoreValidationError:
		errors["reporter_email"] = _("Please enter a valid e-mail address, e.g. name@example.fr")
	if email_required and not values.get("reporter_email") and "reporter_email" not in errors:
		errors["reporter_email"] = _("Please enter your e-mail address: a confirmation link will be sent to it")
	try:
		values["reporter_phone"] = core_contacts.normalise_phone(
			_text(form, "reporter_phone") or None, get_settings().default_phone_region or "FR"
		)
	except CoreValidationError:
		errors["reporter_phone"] = _("Please enter a valid phone number, e.g. 06 12 34 56 78")
	return values


def check_consent(form: dict, errors: dict) -> None:
	if _text(form, "consent") not in ("1", "on", "yes", "true"):
		errors["consent"] = _("Please tick the box to accept that your data is used to handle your request")


def check_bots(form: dict, errors: dict) -> None:
	try:
		guard.check_bot_traps(form)
	except frappe.ValidationError as error:
		errors[FORM_ERROR] = str(error)


# --------------------------------------------------------------------------------------------- reports
def confirmation_required() -> bool:
	return frappe.session.user == "Guest" and bool(setting("confirm_anonymous_by_email", 0))


def check_report(form: dict, files: list[tuple[str, bytes]] | None = None) -> Report:
	"""The report's values, or :class:`PortalFormError` listing every problem."""
	errors: dict[str, str] = {}
	check_bots(form, errors)
	profile = public_profile(_text(form, "request_type"))
	if profile is None:
		errors["request_type"] = _("Please choose the type of your request")

	subject = _text(form, "subject")
	if len(subject) > MAX_SUBJECT:
		errors["subject"] = _("The title is too long: at most {0} characters").format(MAX_SUBJECT)
	description = _long_text(form, "description")
	if len(description) < MIN_DESCRIPTION:
		errors["description"] = _("Please describe your request in a few words")
	elif len(description) > MAX_DESCRIPTION:
		errors["description"] = _("The description is too long: {0} characters, at most {1}").format(
			len(description), MAX_DESCRIPTION
		)

	address = _long_text(form, "address")
	if len(address) > MAX_ADDRESS:
		errors["address"] = _("The address is too long: at most {0} characters").format(MAX_ADDRESS)
	point = None
	if _text(form, "latitude") or _text(form, "longitude"):
		try:
			point = geo.validate_coordinates(flt(_text(form, "latitude"), 7), flt(_text(form, "longitude"), 7))
		except CoreValidationError:
			point = None
		if not point:
			errors["address"] = _("The position on the map is not valid: please place it again or type the address")
	if profile and needs_location(profile) and not address and not point and "address" not in errors:
		errors["address"] = _("Please give the address of the problem (or place it on the map)")

	type_values = {}
	if profile:
		for definition in profile.public_fields:
			key = type_field_name(definition.fieldname)
			raw = form.get(key)
			try:
				type_values.update(clean_values([definition], {definition.fieldname: raw if isinstance(raw, str) else None}))
			except CoreValidationError as error:
				errors[key] = _(error.message).format(*error.args_)

	contact = check_contact(form, errors, email_required=confirmation_required())
	check_consent(form, errors)

	photos = []
	if files:
		photos, photo_error = uploads.check_photos(files)
		if photo_error:
			errors["photos"] = photo_error

	if errors:
		raise PortalFormError(errors)
	values = {
		"channel": CHANNEL,
		"source": SOURCE,
		"request_type": profile.name,
		"subject": subject or _default_subject(description),
		"description": _as_html(description),
		"address": address or None,
		**contact,
	}
	if point:
		values["latitude"], values["longitude"] = point
	return Report(values=values, type_values=type_values, photos=photos)


def _default_subject(description: str) -> str:
	first = description.split("\n", 1)[0].strip()
	return first if len(first) <= 80 else first[:79].rsplit(" ", 1)[0] + "…"


def _as_html(text: str) -> str:
	"""The citizen's plain text as the request's rich-text description, every character escaped."""
	return "".join(f"<p>{escape_html(p)}</p>".replace("\n", "<br>") for p in text.split("\n\n") if p.strip())


def register(report: Report):
	"""Insert the request and its photos, all or nothing; returns the request."""
	frappe.db.savepoint("portal_report")
	try:
		doc = intake.create_request(report.values, report.type_values, ignore_permissions=True)
		uploads.attach_photos(doc.doctype, doc.name, report.photos)
	except Exception as error:
		frappe.db.rollback(save_point="portal_report")
		if isinstance(error, frappe.ValidationError) and not isinstance(error, PortalFormError):
			frappe.clear_last_message()
			raise PortalFormError({FORM_ERROR: frappe.utils.strip_html_tags(str(error)) or _("Your request could not be registered")}) from error
		raise
	from citizen_relation.portal.public import forget_map

	forget_map()
	return doc


def submit_report(form: dict, files: list[tuple[str, bytes]] | None = None) -> dict:
	"""Check, count against the limits and register (or hold for confirmation) a report.

	Returns ``{"status": "registered", "name", "token"}`` or ``{"status": "confirm", "email"}``.
	"""
	report = check_report(form, files)
	guard.limit_submission(report.values.get("reporter_email"))
	if confirmation_required():
		hold_for_confirmation(report)
		return {"status": "confirm", "email": report.values["reporter_email"]}
	doc = register(report)
	return {"status": "registered", "name": doc.name, "token": doc.tracking_token}


# --------------------------------------------------------------------------------------------- "me too"
def check_follow(form: dict) -> dict:
	"""The values of a citizen's "me too" (contact and consent), or :class:`PortalFormError`."""
	errors: dict[str, str] = {}
	check_bots(form, errors)
	contact = check_contact(form, errors, email_required=False)
	check_consent(form, errors)
	if errors:
		raise PortalFormError(errors)
	return contact


def follow_report(master: str, form: dict) -> dict:
	"""Register the citizen as a co-reporter of an open public report (their own request, merged)."""
	from citizen_relation.portal.public import can_follow, public_report

	report = public_report(master) if isinstance(master, str) else None
	if not report:
		raise PortalFormError({FORM_ERROR: _("This report cannot be followed: it is closed or not public")})
	contact = check_follow(form)
	guard.limit_submission(contact.get("reporter_email"))
	row = frappe.db.get_value("Citizen Request", master, ["request_type", "address", "latitude", "longitude"], as_dict=True)
	values = {
		"channel": CHANNEL,
		"source": SOURCE,
		"request_type": row.request_type,
		"subject": _("Me too: {0}").format(report["public_title"])[:MAX_SUBJECT],
		"description": _as_html(_("I am also affected by report {0}.").format(master)),
		"address": report["street"] or None,
		"latitude": row.latitude,
		"longitude": row.longitude,
		**contact,
	}
	frappe.db.savepoint("portal_follow")
	try:
		if not can_follow(master):
			raise PortalFormError({FORM_ERROR: _("This report cannot be followed: it is closed or not public")})
		doc = intake.follow(master, values)
	except Exception:
		frappe.db.rollback(save_point="portal_follow")
		raise
	return {"status": "registered", "name": doc.name, "token": doc.tracking_token, "master": doc.merged_into}


# --------------------------------------------------------------------------------------------- confirmation
def _pending_key(code: str) -> str:
	return f"portal_pending:{code}"


def hold_for_confirmation(report: Report) -> str:
	"""Keep the checked report for a day and e-mail the citizen the link that registers it."""
	code = secrets.token_urlsafe(24)
	caching.shared_set(
		_pending_key(code),
		{
			"values": report.values,
			"type_values": report.type_values,
			"photos": [
				{"filename": p.filename, "content": base64.b64encode(p.content).decode(), "thumbnail": base64.b64encode(p.thumbnail).decode()}
				for p in report.photos
			],
			"lang": frappe.local.lang,
		},
		expires_in_sec=PENDING_SECONDS,
	)
	url = frappe.utils.get_url("/signaler/confirmer?" + urlencode({"code": code}))
	frappe.sendmail(
		recipients=[report.values["reporter_email"]],
		subject=_("Confirm your report"),
		message="".join(
			f"<p>{line}</p>"
			for line in (
				_("Hello,"),
				_("You reported a problem on the citizen portal. To register it, please confirm it within 24 hours:"),
				'<a href="{}">{}</a>'.format(url, _("Confirm my report")),
				_("If you did not make this report, ignore this message: nothing will be registered."),
			)
		),
		now=False,
	)
	return code


def confirm(code: str) -> dict | None:
	"""Register a held report (once); ``None`` when the link is unknown, used or expired."""
	if not isinstance(code, str) or not 20 <= len(code) <= 64:
		return None
	key = _pending_key(code)
	held = caching.shared_peek(key, expires=True)
	if not held:
		return None
	caching.shared_delete(key)  # a second click finds nothing: registered once
	report = Report(
		values=held["values"],
		type_values=held["type_values"],
		photos=[
			uploads.CleanPhoto(p["filename"], base64.b64decode(p["content"]), base64.b64decode(p["thumbnail"]))
			for p in held["photos"]
		],
	)
	try:
		doc = register(report)
	except Exception:
		caching.shared_set(key, held, expires_in_sec=PENDING_SECONDS)  # nothing lost: the link still works
		raise
	return {"status": "registered", "name": doc.name, "token": doc.tracking_token}
