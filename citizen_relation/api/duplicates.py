"""Duplicate reports: the desk panel, merging, and the portal's "has this been reported?" check."""

import math

import frappe
from frappe import _
from frappe.utils import flt, now_datetime

from citizen_relation import ratelimit
from citizen_relation.duplicates import candidates as duplicates
from citizen_relation.duplicates.merging import merge, unmerge
from citizen_relation.duplicates.panel import panel

MAX_PUBLIC_CANDIDATES = 5
MAX_PUBLIC_TEXT = 1000
MAX_PUBLIC_SUBJECT = 140
PUBLIC_RATE_LIMIT = 30  # per minute and IP address


@frappe.whitelist()
def get_duplicate_candidates(name: str) -> dict:
	"""The form's "Duplicates" panel: possible duplicates of a request, or what was merged into it."""
	doc = frappe.get_doc("Citizen Request", name)
	doc.check_permission("read")
	return panel(doc)


@frappe.whitelist(methods=["POST"])
def merge_requests(name: str, master: str) -> dict:
	"""Merge request ``name`` into ``master`` (write permission on both is checked by the service)."""
	used = merge(name, master)
	return {"name": name, "master": used, "reporter_count": frappe.db.get_value("Citizen Request", used, "reporter_count")}


@frappe.whitelist(methods=["POST"])
def unmerge_request(name: str) -> dict:
	"""Undo the merge of request ``name`` (write permission on it and its master is checked by the service)."""
	master = unmerge(name)
	return {"name": name, "master": master, "status": frappe.db.get_value("Citizen Request", name, "status")}


@frappe.whitelist(allow_guest=True, xss_safe=True, methods=["GET", "POST"])
@ratelimit.limit(PUBLIC_RATE_LIMIT, 60)
def find_similar_reports(request_type: str, latitude: float, longitude: float, text: str | None = None) -> list[dict]:
	"""Open reports of the same incident a citizen is about to report, for the portal.

	Public-safe: reference, subject, status, distance and date of reception only (no names,
	contact details, descriptions or exact positions). Only active public types with detection on.
	"""
	request_type = (request_type or "").strip()
	rt = frappe.db.get_value(
		"Request Type", request_type, ["is_active", "is_public", "duplicate_detection"], as_dict=True
	) if request_type and len(request_type) <= 140 else None
	if not rt or not rt.is_active or not rt.is_public:
		frappe.throw(_("Unknown request type"), frappe.ValidationError)
	lat, lon = flt(latitude), flt(longitude)
	if not (math.isfinite(lat) and math.isfinite(lon)) or not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
		frappe.throw(_("Invalid location"), frappe.ValidationError)
	text = (text or "").strip()
	if len(text) > MAX_PUBLIC_TEXT:
		frappe.throw(_("The text is too long: at most {0} characters").format(MAX_PUBLIC_TEXT), frappe.ValidationError)
	if not rt.duplicate_detection:
		return []
	values = frappe._dict(
		request_type=request_type,
		category=frappe.get_cached_value("Request Type", request_type, "category"),
		subject=text,
		latitude=lat,
		longitude=lon,
		received_on=now_datetime(),
	)
	return [
		{
			"reference": c["name"],
			"subject": (c["subject"] or "")[:MAX_PUBLIC_SUBJECT],
			"status": _(c["status"]),
			"distance_m": int(round(c["distance_m"], -1)) if c["distance_m"] is not None else None,
			"received_on": frappe.utils.getdate(c["received_on"]).isoformat(),
			"reporters": c["reporter_count"],
		}
		for c in duplicates.find_candidates(values, limit=MAX_PUBLIC_CANDIDATES)
	]
