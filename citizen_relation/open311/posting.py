"""``POST requests``: an Open311 report becomes a Citizen Request through the shared intake.

The form is checked by the core (:func:`core.open311.parse_post`, attributes against the
service's fields); the request is registered by :func:`~citizen_relation.requests.intake.create_request`
with the channel "Mobile App / API" and the client's name as ``source``; the citizen's Contact is
found or created by the request's controller from the e-mail and phone.

Duplicates: the report goes through the portal's detection
(:func:`~citizen_relation.duplicates.candidates.find_candidates`). When the best candidate
scores at least the type's *automatic merge threshold*, the report is registered and merged
into it at once (:func:`~citizen_relation.requests.intake.follow`) and the answer carries the
master's id; when there are candidates below it, the answer carries a token (an agent decides:
``tokens/{token}`` then gives the id); otherwise the new request's id.

A ``media_url`` is fetched in the background after the commit (:mod:`.media`).
"""

from __future__ import annotations

import html

import frappe
from frappe import _
from frappe.utils import cint, now_datetime

from citizen_relation.core import open311 as core
from citizen_relation.core.i18n import N_
from citizen_relation.duplicates.candidates import find_candidates, stored_match_text
from citizen_relation.open311.catalogue import get_catalogue
from citizen_relation.open311.clients import Client
from citizen_relation.open311.settings import get_settings
from citizen_relation.requests.intake import create_request, follow
from citizen_relation.requests.profile import get_profile
from citizen_relation.utils import get_settings as get_relation_settings

CHANNEL = "Mobile App / API"
SUBMISSION = "Open311 Submission"
REGISTERED, PENDING, MERGED = "Registered", "Pending triage", "Merged automatically"


def post_request(pairs: list[tuple[str, object]], client: Client) -> list[dict]:
	max_description = cint(get_relation_settings().max_text_length) or core.DEFAULT_MAX_DESCRIPTION
	posted = core.parse_post(pairs, max_description=max_description)
	catalogue = get_catalogue()
	service = catalogue.by_code.get(posted.service_code)
	if service is None:
		raise core.bad_request(N_("Unknown service_code {0}"), posted.service_code)
	request_type = catalogue.type_of[service.code]
	if not client.may_post(request_type):
		raise core.Open311Error(403, N_("This api_key may not post requests of the service {0}"), service.code)
	attributes = core.clean_attributes(service.fields, posted.attributes)

	values = {
		"channel": CHANNEL,
		"request_type": request_type,
		"subject": core.subject_of(posted.description, service.name),
		"description": _as_html(posted.description),
		"reporter_name": posted.reporter_name,
		"reporter_email": posted.email,
		"reporter_phone": posted.phone,
		"address": posted.address_string or _address_of(posted.address_id),
		"latitude": posted.lat,
		"longitude": posted.long,
		"received_on": now_datetime(),
		"source": client.name,
	}
	outcome, best = _duplicate_outcome(values)
	if outcome == MERGED:
		doc = follow(best["name"], values, attributes)
		request_id = doc.merged_into
		notice = _("This problem was already reported: your report was added to request {0}, you will be informed of its progress.").format(request_id)
	else:
		doc = create_request(values, attributes, ignore_permissions=True)
		request_id = doc.name
		notice = (
			_("Your report may concern a problem already reported: an agent will check it. Its number will be given for this token.")
			if outcome == PENDING
			else None
		)
	submission = _record(doc.name, client, posted, outcome, best, request_id)
	if outcome == PENDING:
		return core.created_response(token=submission.token, service_notice=notice, account_id=posted.account_id)
	return core.created_response(service_request_id=request_id, service_notice=notice, account_id=posted.account_id)


def _as_html(text: str | None) -> str | None:
	"""The citizen's plain text as the request's rich-text description (escaped, lines kept)."""
	if not text:
		return None
	return "<p>" + "<br>".join(html.escape(line) for line in text.splitlines()) + "</p>"


def _address_of(address_id: str | None) -> str | None:
	"""An ``address_id`` names an Address of the site (e.g. one imported from the BAN)."""
	if not address_id:
		return None
	address = frappe.db.get_value(
		"Address", address_id, ["address_line1", "address_line2", "pincode", "city"], as_dict=True
	)
	if not address:
		raise core.bad_request(N_("Unknown address_id {0}"), address_id)
	line = ", ".join(p for p in (address.address_line1, address.address_line2) if p)
	return ", ".join(p for p in (line, " ".join(p for p in (address.pincode, address.city) if p)) if p)


def _duplicate_outcome(values: dict) -> tuple[str, dict | None]:
	profile = get_profile(values["request_type"])
	if profile is None or not profile.detects_duplicates:
		return REGISTERED, None
	probe = {
		**values,
		"category": profile.category,
		"status": None,
		"match_text": stored_match_text(values["subject"], values["description"], values["address"]),
	}
	candidates = find_candidates(probe, limit=1)
	if not candidates:
		return REGISTERED, None
	best = candidates[0]
	if profile.auto_merge_threshold is not None and best["score"] >= profile.auto_merge_threshold:
		return MERGED, best
	return PENDING, best


def _record(request: str, client: Client, posted: core.PostedRequest, outcome: str, best: dict | None, request_id: str):
	fetch = bool(posted.media_url) and cint(get_settings().fetch_media)
	submission = frappe.get_doc(
		{
			"doctype": SUBMISSION,
			"request": request,
			"api_client": client.name,
			"outcome": outcome,
			"master": request_id if outcome == MERGED else None,
			"duplicate_score": round(100 * best["score"], 1) if best else None,
			"token": core.new_token(),
			"device_id": posted.device_id,
			"account_id": posted.account_id,
			"address_id": posted.address_id,
			"media_url": posted.media_url,
			"media_status": "Pending" if fetch else ("Refused" if posted.media_url else ""),
			"media_error": None if fetch or not posted.media_url else _("Fetching photos is disabled in Open311 Settings"),
		}
	).insert(ignore_permissions=True)
	if fetch:
		frappe.enqueue(
			"citizen_relation.open311.media.fetch_media",
			submission=submission.name,
			queue="short",
			enqueue_after_commit=True,
		)
	return submission
