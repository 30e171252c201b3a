"""Duplicate reports: finding the open requests a report may duplicate (candidates, triage).

The scoring is pure (:mod:`citizen_relation.core.duplicates`); this module reads the database.
Merging lives in :mod:`.merging`, the reporters' e-mails in :mod:`.notifications`, agents'
decisions in :mod:`.decisions`, the model in use in :mod:`.calibration`, geocoding in
:mod:`.geocoding` and type families in :mod:`.families`.

Candidates: an indexed pre-filter returns at most a few hundred rows even with millions of
requests, which the core scores in one pass. It is the SQL form of
:func:`citizen_relation.core.duplicates.prefilter.why_not`: requests of the related types (the
type's families, ``request_type IN (…)``), in a candidate status, received within the type's
window (further back when the report says it was reported before), and at the same place — inside the bounding box of the radius around the report's
coordinates (its own or geocoded: ``geo_latitude``/``geo_longitude``), or on a street with the
same key (``geo_street_key``) when either has no coordinates. Indexes: ``request_type, status,
geo_latitude, geo_longitude, received_on`` and ``request_type, status, geo_street_key,
received_on``. Each request stores its normalised text (``match_text``, prefixed with the core's
``MATCH_TEXT_VERSION``), so candidates are not normalised again on every search. Pairs an agent
marked "not a duplicate" are never proposed again.
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
	score_pair,
	street_key,
)
from citizen_relation.duplicates.geocoding import set_location_fields
from citizen_relation.requests.lifecycle import get_lifecycle
from citizen_relation.requests.profile import get_profile

DOCTYPE = "Citizen Request"
# Pre-filter cap: far more than any real cluster; keeps a pathological query bounded.
MAX_PREFILTER_ROWS = 5000
FIELDS = (
	"name", "subject", "status", "received_on", "request_type", "category", "latitude", "longitude",
	"address", "match_text", "reporter_count", "geo_latitude", "geo_longitude", "geo_street",
	"geo_house_number", "description",
)


# --------------------------------------------------------------------------------------------------
# Settings and stored text
# --------------------------------------------------------------------------------------------------


def detection_settings(request_type: str | None) -> DetectionSettings | None:
	"""The type's settings, or ``None`` when detection is off (or the type unknown)."""
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
	"""Controller hook (before_validate): keep the stored normalised text and the place in step."""
	doc.match_text = stored_match_text(doc.subject, doc.description, doc.address)
	set_location_fields(doc)


# --------------------------------------------------------------------------------------------------
# Candidates
# --------------------------------------------------------------------------------------------------


def report_of(values, name: str | None = None) -> Report:
	"""Core :class:`Report` of a request (a document, or a dict with the same field names).

	An unsaved report (the portal's "has this been reported?") has no ``geo_*`` fields yet: its
	street comes from its address or its text, as at intake.
	"""
	get = values.get
	normalised = read_match_text(get("match_text"))
	lat, lon = flt(get("latitude")), flt(get("longitude"))
	geo_lat, geo_lon = flt(get("geo_latitude")), flt(get("geo_longitude"))
	return Report(
		name=name or get("name") or "__new__",
		received_on=get_datetime(get("received_on")) if get("received_on") else now_datetime(),
		request_type=get("request_type"),
		category=get("category"),
		text=" ".join(p for p in (get("subject"), get("description")) if p),
		lat=lat,
		lon=lon,
		address=get("address"),
		status=get("status"),
		normalised_text=normalised,
		geo_lat=None if (lat or lon) else (geo_lat or None),
		geo_lon=None if (lat or lon) else (geo_lon or None),
		geo_street=get("geo_street") or None,
		geo_number=cint(get("geo_house_number")) or None,
	)


def _street_key_of(new: Report) -> str | None:
	return street_key(new.place.street)


def prefilter(new: Report, settings: DetectionSettings, exclude: str | None = None, types=None) -> list[dict]:
	"""Candidate rows of the types searched (see ``families.search_scope``), inside the time window,
	at the same place (indexed)."""
	from citizen_relation.duplicates.families import search_scope

	types = sorted(types if types is not None else search_scope(new.request_type)[0])
	if not types:
		return []
	cr = DocType(DOCTYPE)
	window = timedelta(days=settings.window_days)
	back = timedelta(days=settings.looks_back_days(new.mention))  # "toujours pas réparé", "ça fait six semaines"
	statuses = list(get_lifecycle().candidate_statuses)
	if not statuses:
		return []

	def base():
		q = (
			frappe.qb.from_(cr)
			.select(*(getattr(cr, f) for f in FIELDS))
			.where(cr.request_type.isin(types))
			.where(cr.status.isin(statuses))
			.where(cr.received_on.between(new.received_on - back, new.received_on + window))
			.limit(MAX_PREFILTER_ROWS)
		)
		return q.where(cr.name != exclude) if exclude else q

	rows: dict[str, dict] = {}
	origin = new.place.coordinates
	if origin:
		min_lat, max_lat, min_lon, max_lon = bounding_box(origin[0], origin[1], settings.radius_m)
		query = base().where(cr.geo_latitude.between(min_lat, max_lat)).where(cr.geo_longitude.between(min_lon, max_lon))
		rows.update((r.name, r) for r in query.run(as_dict=True))
	key = _street_key_of(new)
	if key:
		query = base().where(cr.geo_street_key == key)
		if origin:  # requests with coordinates were found by the box
			query = query.where((cr.geo_latitude == 0) & (cr.geo_longitude == 0))
		rows.update((r.name, r) for r in query.run(as_dict=True))
	out = list(rows.values())
	_fill_stale_match_texts(out)
	return out


def _fill_stale_match_texts(rows: list[dict]) -> None:
	"""Rows saved before ``match_text`` existed (or with an older core version): compute it now."""
	for r in rows:
		if read_match_text(r.match_text) is None:
			r.match_text = stored_match_text(r.subject, r.description, r.address)


def find_candidates(
	values, limit: int | None = 10, threshold: float | None = None, *, include_dismissed: bool = False
) -> list[dict]:
	"""Possible duplicates of a request (document or dict), best first, explained.

	Each item: the core breakdown (``score`` — the probability —, ``threshold``, ``components``,
	``features``…) plus the candidate's ``name``, ``subject``, ``status``, ``received_on``,
	``request_type``, ``latitude``/``longitude``, ``distance_m`` (or ``None``) and
	``reporter_count``. ``threshold`` overrides the type's and the model's. Pairs an agent marked
	"not a duplicate" are left out.
	"""
	from citizen_relation.duplicates.calibration import active_model
	from citizen_relation.duplicates.decisions import dismissed_for
	from citizen_relation.duplicates.families import search_scope

	settings = detection_settings(values.get("request_type"))
	if settings is None:
		return []
	new = report_of(values)
	searched, related = search_scope(new.request_type)
	rows = prefilter(new, settings, exclude=values.get("name"), types=searched)
	if not rows:
		return []
	reports = [report_of(r) for r in rows]
	by_name = {r.name: r for r in rows}
	dismissed = set() if include_dismissed else dismissed_for(values.get("name"))
	out = []
	for breakdown in score_candidates(
		new, reports, settings, model=active_model(), threshold=threshold, limit=limit, dismissed=dismissed, related=related
	):
		row = by_name[breakdown.candidate]
		distance = breakdown.component("distance")
		item = breakdown.to_dict()
		item.update(
			name=row.name,
			subject=row.subject,
			status=row.status,
			received_on=row.received_on,
			request_type=row.request_type,
			latitude=row.latitude or row.geo_latitude,
			longitude=row.longitude or row.geo_longitude,
			reporter_count=cint(row.reporter_count) or 1,
			distance_m=round(distance.raw) if distance is not None and distance.raw is not None else None,
		)
		out.append(item)
	return out


def explain_pair(request: str, candidate: str):
	"""The core breakdown of ``candidate`` against ``request`` (for the decisions' records)."""
	fields = list(FIELDS)
	new = frappe.db.get_value(DOCTYPE, request, fields, as_dict=True)
	cand = frappe.db.get_value(DOCTYPE, candidate, fields, as_dict=True)
	if new is None or cand is None:
		return None
	from citizen_relation.duplicates.calibration import active_model
	from citizen_relation.duplicates.families import search_scope

	settings = detection_settings(new.request_type) or detection_settings(cand.request_type) or DetectionSettings()
	_fill_stale_match_texts([new, cand])
	return score_pair(report_of(new), report_of(cand), settings, active_model(), related=search_scope(new.request_type)[1])


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
			"latitude", "longitude", "address", "match_text", "geo_latitude", "geo_longitude",
			"geo_street", "geo_house_number",
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
