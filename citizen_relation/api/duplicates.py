"""Duplicate reports: the desk panel, merging, and the portal's "has this been reported?" check."""

import math

import frappe
from frappe import _

from citizen_relation import ratelimit
from citizen_relation.duplicates import calibration, decisions
from citizen_relation.duplicates import candidates as duplicates
from citizen_relation.duplicates.merging import merge, unmerge
from citizen_relation.duplicates.panel import panel

MAX_PUBLIC_TEXT = 1000
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


@frappe.whitelist(methods=["POST"])
def mark_not_duplicate(name: str, candidate: str) -> dict:
	"""An agent's "Not a duplicate": the pair is recorded (the model learns from it) and no longer proposed."""
	decisions.check_can_decide(name, candidate)
	decision = decisions.dismiss(name, candidate)
	return {"name": name, "candidate": candidate, "decision": decision}


@frappe.whitelist(methods=["POST"])
def undo_not_duplicate(name: str, candidate: str) -> dict:
	"""Take back "Not a duplicate": the pair may be proposed again."""
	decisions.check_can_decide(name, candidate)
	return {"name": name, "candidate": candidate, "undone": decisions.undo_dismissal(name, candidate)}


@frappe.whitelist(methods=["POST"])
def recalibrate_model() -> dict:
	"""An administrator asks for a proposal now (in the background, with a progress bar)."""
	calibration.check_admin()
	frappe.enqueue(
		"citizen_relation.duplicates.calibration.recalibrate",
		publish=True,
		queue="long",
		job_id="citizen_relation:recalibrate_duplicates",
		deduplicate=True,
	)
	return {"queued": True}


@frappe.whitelist(methods=["POST"])
def adopt_model(name: str) -> dict:
	"""An administrator adopts a proposed duplicate model: it becomes the one in use."""
	calibration.check_admin()
	if not frappe.db.exists("Duplicate Model", name):
		frappe.throw(_("Duplicate model {0} does not exist").format(frappe.bold(name)), frappe.DoesNotExistError)
	calibration.adopt(name)
	return {"name": name, "status": frappe.db.get_value("Duplicate Model", name, "status")}


@frappe.whitelist(methods=["POST"])
def use_seeded_model() -> dict:
	"""An administrator goes back to the seeded model."""
	calibration.check_admin()
	calibration.back_to_seeded()
	return {"model": None}


@frappe.whitelist(allow_guest=True, xss_safe=True, methods=["GET", "POST"])
@ratelimit.limit(PUBLIC_RATE_LIMIT, 60)
def find_similar_reports(request_type: str, latitude: float, longitude: float, text: str | None = None) -> list[dict]:
	"""Open reports of the same incident a citizen is about to report, for the portal.

	Public fields only: reference, public title (type and street, or the agents' wording), type,
	street without number, plain-language status, day of reception, number of reporters, and the
	distance as a coarse band measured between ~100 m grid cells — never the citizens' words,
	names or exact positions, so that no series of calls from chosen points locates a report
	better than its cell (see ``portal.public``). ``text`` is accepted for older clients and
	checked, but no longer used: a citizen's words must not decide what a guest learns.
	"""
	from citizen_relation.portal.catalogue import public_profile
	from citizen_relation.portal.public import similar_reports

	request_type = (request_type or "").strip() if isinstance(request_type, str) else ""
	if not request_type or len(request_type) > 140 or public_profile(request_type) is None:
		frappe.throw(_("Unknown request type"), frappe.ValidationError)
	try:
		lat, lon = float(latitude), float(longitude)
	except (TypeError, ValueError):
		lat = lon = math.nan
	if not (math.isfinite(lat) and math.isfinite(lon)) or not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
		frappe.throw(_("Invalid location"), frappe.ValidationError)
	if text is not None and (not isinstance(text, str) or len(text) > MAX_PUBLIC_TEXT):
		frappe.throw(_("The text is too long: at most {0} characters").format(MAX_PUBLIC_TEXT), frappe.ValidationError)
	return similar_reports(request_type, lat, lon)
