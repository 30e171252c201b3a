"""Duplicate reports: finding the open requests a report may duplicate (candidates, triage).

The scoring is pure (:mod:`citizen_relation.core.duplicates`); this module reads the database.
Merging lives in :mod:`.merging`, the reporters' e-mails in :mod:`.notifications`.

Candidates: an indexed pre-filter (request type, active statuses, time window, bounding box of
the search radius; index ``request_type, status, latitude, longitude, received_on``) returns at
most a few hundred rows even with millions of requests, which the core scores in one vectorised
pass. Each request stores its normalised text (``match_text``, prefixed with the core's
``MATCH_TEXT_VERSION``), so candidates are not normalised again on every search. Which statuses
are still "active" is the lifecycle's to say (:mod:`citizen_relation.requests.lifecycle`); a
type's detection settings come from its profile.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import frappe
from frappe.query_builder import DocType
from frappe.utils import cint, flt, get_datetime, now_datetime

from citizen_relation.core.duplicates import (
	MATCH_TEXT_VERSION,
	DetectionSettings,
	Report,
	bounding_box,
	match_text,
	score_candidates,
)
from citizen_relation.requests.lifecycle import get_lifecycle
from citizen_relation.requests.profile import get_profile

DOCTYPE = "Citizen Request"
# Pre-filter cap: far more than any real cluster; keeps a pathological query bounded.
MAX_PREFILTER_ROWS = 5000


# --------------------------------------------------------------------------------------------------
# Settings and stored text
# --------------------------------------------------------------------------------------------------


def detection_settings(request_type: str | None) -> DetectionSettings | None:
	"""The request type's settings, or ``None`` when detection is off (or the type unknown)."""
	profile = get_profile(request_type)
	return profile.detection if profile else None


def stored_match_text(subject: str | None, description: str | None, address: str | None) -> str:
	"""Value of the ``match_text`` field: core version, then the normalised text."""
	return f"{MATCH_TEXT_VERSION}:{match_text(subject, description, address=address)}"


def read_match_text(stored: str | None) -> str | None:
	"""Normalised text of a stored value, or ``None`` when missing or of another core version."""
	if not stored:
		return None
	version, _sep, text = stored.partition(":")
	return text if version == str(MATCH_TEXT_VERSION) else None


def set_match_text(doc) -> None:
	"""Controller hook (before_validate): keep the stored normalised text in step."""
	doc.match_text = stored_match_text(doc.subject, doc.description, doc.address)


# --------------------------------------------------------------------------------------------------
# Candidates
# --------------------------------------------------------------------------------------------------


def _coordinates(lat, lon) -> tuple[float, float] | None:
	lat, lon = flt(lat), flt(lon)
	return None if lat == 0.0 and lon == 0.0 else (lat, lon)


def report_of(values, name: str | None = None) -> Report:
	"""Core :class:`Report` of a request (a document, or a dict with the same field names)."""
	get = values.get
	normalised = read_match_text(get("match_text"))
	return Report(
		name=name or get("name") or "__new__",
		received_on=get_datetime(get("received_on")) if get("received_on") else now_datetime(),
		request_type=get("request_type"),
		category=get("category"),
		text=" ".join(p for p in (get("subject"), get("description")) if p),
		lat=flt(get("latitude")),
		lon=flt(get("longitude")),
		address=get("address"),
		status=get("status"),
		normalised_text=normalised,
	)


def prefilter(new: Report, settings: DetectionSettings, exclude: str | None = None) -> list[dict]:
	"""Open requests of the same type, inside the time window and the search box (indexed query).

	Geolocated reports: the bounding box of the radius, plus requests without coordinates whose
	address may match. Reports with an address only: every request of the type in the window
	that has an address (the core compares the addresses). No location at all: nothing.
	"""
	cr = DocType(DOCTYPE)
	window = timedelta(days=settings.window_days)
	query = (
		frappe.qb.from_(cr)
		.select(
			cr.name,
			cr.subject,
			cr.status,
			cr.received_on,
			cr.request_type,
			cr.category,
			cr.latitude,
			cr.longitude,
			cr.address,
			cr.match_text,
			cr.reporter_count,
		)
		.where(cr.request_type == new.request_type)
		.where(cr.status.isin(get_lifecycle().candidate_statuses))
		.where(cr.received_on.between(new.received_on - window, new.received_on + window))
		.limit(MAX_PREFILTER_ROWS)
	)
	origin = new.coordinates
	no_coordinates = (cr.latitude == 0) & (cr.longitude == 0)
	has_address = cr.address.isnotnull() & (cr.address != "")
	if origin:
		min_lat, max_lat, min_lon, max_lon = bounding_box(origin[0], origin[1], settings.radius_m)
		in_box = cr.latitude.between(min_lat, max_lat) & cr.longitude.between(min_lon, max_lon)
		query = query.where(in_box | (no_coordinates & has_address) if new.address else in_box)
	elif new.address:
		query = query.where(has_address)
	else:
		return []
	if exclude:
		query = query.where(cr.name != exclude)
	rows = query.run(as_dict=True)
	_fill_stale_match_texts(rows)
	return rows


def _fill_stale_match_texts(rows: list[dict]) -> None:
	"""Rows saved before ``match_text`` existed (or with an older core version): compute it now."""
	stale = [r.name for r in rows if read_match_text(r.match_text) is None]
	if not stale:
		return
	texts = {
		r.name: r
		for r in frappe.get_all(
			DOCTYPE, filters={"name": ("in", stale)}, fields=["name", "subject", "description", "address"]
		)
	}
	for r in rows:
		if r.name in texts:
			t = texts[r.name]
			r.match_text = stored_match_text(t.subject, t.description, t.address)


def find_candidates(values, limit: int | None = 10, threshold: float | None = None) -> list[dict]:
	"""Possible duplicates of a request (document or dict), best first, explained.

	Each item: the core breakdown (``score``, ``components``…) plus the candidate's ``name``,
	``subject``, ``status``, ``received_on``, ``latitude``/``longitude``, ``distance_m`` (or
	``None``) and ``reporter_count``. ``threshold`` overrides the type's threshold.
	"""
	settings = detection_settings(values.get("request_type"))
	if settings is None:
		return []
	new = report_of(values)
	rows = prefilter(new, settings, exclude=values.get("name"))
	if not rows:
		return []
	reports = [report_of(r) for r in rows]
	by_name = {r.name: r for r in rows}
	out = []
	for breakdown in score_candidates(new, reports, settings, threshold=threshold, limit=limit):
		row = by_name[breakdown.candidate]
		distance = breakdown.component("distance")
		item = breakdown.to_dict()
		item.update(
			name=row.name,
			subject=row.subject,
			status=row.status,
			received_on=row.received_on,
			latitude=row.latitude,
			longitude=row.longitude,
			reporter_count=cint(row.reporter_count) or 1,
			distance_m=round(distance.raw) if distance is not None and distance.raw is not None else None,
		)
		out.append(item)
	return out


def readable_candidates(values, limit: int = 10) -> list[dict]:
	"""Candidates the current user may read (the list's rule), best first: what the desk shows."""
	candidates = find_candidates(values, limit=limit * 4)
	if not candidates:
		return []
	readable = set(frappe.get_list(DOCTYPE, filters={"name": ("in", [c["name"] for c in candidates])}, pluck="name"))
	return [c for c in candidates if c["name"] in readable][:limit]


# --------------------------------------------------------------------------------------------------
# Triage
# --------------------------------------------------------------------------------------------------


def triage(request_type: str | None = None, since: datetime | None = None, limit: int = 200) -> list[dict]:
	"""New requests (readable by the user) with candidates above their type's threshold."""
	filters = {"status": "New"}
	if request_type:
		filters["request_type"] = request_type
	if since:
		filters["received_on"] = (">=", since)
	enabled = frappe.get_all("Request Type", filters={"duplicate_detection": 1}, pluck="name")
	if not enabled:
		return []
	filters.setdefault("request_type", ("in", enabled))
	requests = frappe.get_list(
		DOCTYPE,
		filters=filters,
		fields=[
			"name", "subject", "description", "request_type", "category", "status", "received_on",
			"latitude", "longitude", "address", "match_text",
		],
		order_by="received_on desc",
		limit_page_length=limit,
	)
	out = []
	for r in requests:
		candidates = readable_candidates(r, limit=5)
		if candidates:
			best = candidates[0]
			out.append(
				{
					"request": r.name,
					"subject": r.subject,
					"request_type": r.request_type,
					"received_on": r.received_on,
					"candidates": len(candidates),
					"best_candidate": best["name"],
					"best_subject": best["subject"],
					"best_score": round(100 * best["score"], 1),
					"distance_m": best["distance_m"],
				}
			)
	return out
