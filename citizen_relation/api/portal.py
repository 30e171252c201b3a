"""API of the citizen portal: the guest endpoints behind its pages, and the agents' revoke action.

The pages (``www/``) work without JavaScript by posting their forms to themselves; their
progressive enhancement and other clients call these endpoints, which use the same
``citizen_relation.portal`` functions. Guest endpoints are rate-limited per IP address
(Frappe's ``rate_limit``), submissions also per e-mail address (``portal.guard``); every input is
checked, and bad input comes back as a translated error with ``field_errors`` (field → message).
"""

import math
from urllib.parse import urlencode

import frappe
from frappe import _

from citizen_relation import ratelimit
from citizen_relation.knowledge import public as knowledge_public
from citizen_relation.portal import catalogue, public, submission, tracking, uploads
from citizen_relation.portal.context import portal_language
from citizen_relation.portal.submission import PortalFormError
from citizen_relation.utils import tracking_url

MAX_QUERY = 200


def _raise_form_errors(error: PortalFormError):
	frappe.local.response["field_errors"] = error.errors
	frappe.throw("<br>".join(frappe.utils.escape_html(m) for m in error.errors.values()), frappe.ValidationError, title=_("Please check the form"))


def _text(value, label: str, max_length: int = MAX_QUERY) -> str:
	if value is None:
		return ""
	if not isinstance(value, str):
		frappe.throw(_("{0} must be text").format(label))
	value = " ".join(value.split())
	if len(value) > max_length:
		frappe.throw(_("{0} is too long: at most {1} characters").format(label, max_length))
	return value


def _point(latitude, longitude) -> tuple[float, float]:
	try:
		lat, lon = float(latitude), float(longitude)
	except (TypeError, ValueError):
		lat = lon = math.nan
	if not (math.isfinite(lat) and math.isfinite(lon)) or not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
		frappe.throw(_("Invalid location"), frappe.ValidationError)
	return lat, lon


def _receipt(result: dict) -> dict:
	if result["status"] != "registered":
		return {"status": result["status"], "email": result.get("email")}
	return {
		"status": "registered",
		"reference": result["name"],
		"tracking_url": tracking_url(result["name"], result["token"]),
		"receipt_url": frappe.utils.get_url("/signaler/recu?" + urlencode({"ref": result["name"], "token": result["token"]})),
	}


# ------------------------------------------------------------------------------------ reading (guest)
@frappe.whitelist(allow_guest=True, methods=["GET"])
@ratelimit.limit(120, 60)
def search_types(query: str | None = None) -> list[dict]:
	"""Request types matching the citizen's words ("lampadaire" → public lighting), best first."""
	portal_language()
	return catalogue.search_types(_text(query, _("Search text")))


@frappe.whitelist(allow_guest=True, methods=["GET"])
@ratelimit.limit(30, 60)
def similar_reports(request_type: str, latitude: float, longitude: float) -> list[dict]:
	"""Known open reports of the same type near a point: public fields, coarse distance bands."""
	portal_language()
	request_type = _text(request_type, _("Request type"), 140)
	if catalogue.public_profile(request_type) is None:
		frappe.throw(_("Unknown request type"), frappe.ValidationError)
	return public.similar_reports(request_type, *_point(latitude, longitude))


@frappe.whitelist(allow_guest=True, methods=["GET"])
@ratelimit.limit(60, 60)
def map_points() -> list[dict]:
	"""Open reports of the types on the public map, each at the centre of its ~100 m cell."""
	portal_language()
	return public.map_points()


@frappe.whitelist(allow_guest=True, methods=["GET"])
@ratelimit.limit(120, 60)
def articles_for_type(request_type: str) -> list[dict]:
	"""The FAQ articles that answer a request type, shown before a citizen submits."""
	portal_language()
	request_type = _text(request_type, _("Request type"), 140)
	if catalogue.public_profile(request_type) is None:
		frappe.throw(_("Unknown request type"), frappe.ValidationError)
	return knowledge_public.public_articles(request_type=request_type, limit=5)


# ------------------------------------------------------------------------------------ writing (guest)
@frappe.whitelist(allow_guest=True, methods=["POST"])
@ratelimit.limit(20, 60 * 60)
def submit_report() -> dict:
	"""Register a report from the form's fields (``request_type``, ``description``, ``address``,
	``latitude``/``longitude``, ``tf_<field>``, contact, ``consent``, ``form_stamp``; photos as
	multipart ``photos``). Returns the reference and the tracking link, or ``status: confirm``
	when the citizen must first open the link e-mailed to them."""
	portal_language()
	try:
		result = submission.submit_report(dict(frappe.form_dict), uploads.read_files(uploads.uploaded_files()))
	except PortalFormError as error:
		_raise_form_errors(error)
	return _receipt(result)


@frappe.whitelist(allow_guest=True, methods=["POST"])
@ratelimit.limit(20, 60 * 60)
def follow_report(master: str) -> dict:
	""""Me too": become a co-reporter of an open public report (contact fields and ``consent``)."""
	portal_language()
	try:
		result = submission.follow_report(_text(master, _("Reference"), 40), dict(frappe.form_dict))
	except PortalFormError as error:
		_raise_form_errors(error)
	return _receipt(result)


def _tracked(reference: str | None, token: str | None) -> str:
	name = tracking.resolve(reference, token)
	if not name:
		frappe.throw(_("This tracking link is not valid (it may have been replaced)"), frappe.PermissionError)
	return name


@frappe.whitelist(allow_guest=True, methods=["GET"])
@ratelimit.limit(60, 60)
def get_request(reference: str, token: str | None = None) -> dict:
	"""A request as its citizen sees it (tracking link, or the logged-in citizen's own)."""
	portal_language()
	view = tracking.tracking_view(_tracked(reference, token))
	view.pop("token", None)
	return view


@frappe.whitelist(allow_guest=True, methods=["POST"])
@ratelimit.limit(20, 60 * 60)
def reply(reference: str, message: str, token: str | None = None) -> dict:
	"""The citizen's answer to a request that waits for them (photos as multipart ``photos``)."""
	portal_language()
	name = _tracked(reference, token)
	from citizen_relation.portal import guard

	guard.limit_submission(frappe.db.get_value("Citizen Request", name, "reporter_email"))
	try:
		resumed = tracking.add_reply(name, message, uploads.read_files(uploads.uploaded_files()))
	except PortalFormError as error:
		_raise_form_errors(error)
	return {"reference": name, "resumed": resumed}


@frappe.whitelist(allow_guest=True, methods=["POST"])
@ratelimit.limit(20, 60 * 60)
def rate_request(reference: str, rating: int, comment: str | None = None, token: str | None = None) -> dict:
	"""Rate a handled request, once (1 to 5 and an optional comment)."""
	portal_language()
	name = _tracked(reference, token)
	try:
		tracking.rate(name, rating, comment)
	except PortalFormError as error:
		_raise_form_errors(error)
	return {"reference": name, "rated": True}


@frappe.whitelist(allow_guest=True, methods=["GET"])
@ratelimit.limit(120, 60)
def photo(reference: str, file: str, token: str | None = None, full: int = 0) -> None:
	"""A photo of the citizen's request (its thumbnail unless ``full``), for the tracking page."""
	name = _tracked(reference, token)
	found = tracking.photo_content(name, _text(file, _("File"), 140), thumbnail=not frappe.utils.cint(full))
	if not found:
		raise frappe.DoesNotExistError(_("This photo does not exist"))
	filename, content = found
	frappe.local.response.filename = filename
	frappe.local.response.filecontent = content
	frappe.local.response.type = "download"
	frappe.local.response.display_content_as = "inline"


# ------------------------------------------------------------------------------------ agents
@frappe.whitelist(methods=["POST"])
def revoke_tracking_link(name: str) -> dict:
	"""Replace a request's tracking link (the old one stops working) and tell the citizen."""
	doc = frappe.get_doc("Citizen Request", name)
	doc.check_permission("write")
	url = tracking.revoke_tracking_link(doc.name)
	return {"name": doc.name, "emailed": bool(doc.reporter_email), "tracking_url": url}
