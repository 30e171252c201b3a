"""What anyone may see of known reports: "already reported nearby?" and the public map.

Both show a request's public face only — its public title (type and street, or the agents'
wording), type, street without number, plain-language status, day of reception and number of
reporters — never a citizen's words, name or contact.

Positions are never exact. Every position is snapped to a grid cell of about
:data:`core.portal.GRID_M` metres (the caller's point too), and whether a report is "nearby",
and how far it is, is decided from the cells alone; so the answers are the same for every point
of a cell and no number of calls from chosen points locates a report better than its cell
(no trilateration). Distances are given as coarse bands.
"""

from __future__ import annotations

from datetime import timedelta

import frappe
from frappe import _
from frappe.utils import cint, getdate, now_datetime

from citizen_relation import caching
from citizen_relation.core import geo
from citizen_relation.core import portal as core_portal
from citizen_relation.portal.catalogue import public_profile
from citizen_relation.requests.lifecycle import get_lifecycle, public_labels

DOCTYPE = "Citizen Request"
MAX_SIMILAR = 5
MAX_MAP_POINTS = 2000
MAP_CACHE_SECONDS = 60
# A report whose cell is within the radius may itself lie this much further (two half-diagonals).
_CELL_SLACK_M = 2 * core_portal.GRID_M


def status_label(status: str | None) -> str:
	"""The plain-language label citizens read for a status."""
	return public_labels().get(status or "") or _(status or "")


def similar_reports(request_type: str, latitude: float, longitude: float) -> list[dict]:
	"""Open reports of the same public type near a point, public fields only (see module doc)."""
	profile = public_profile(request_type)
	if profile is None or not profile.detects_duplicates:
		return []
	detection = profile.detection
	caller = core_portal.coarse_point(latitude, longitude)
	lifecycle = get_lifecycle()
	statuses = lifecycle.candidate_statuses
	if not statuses:
		return []
	south, north, west, east = _box(caller, detection.radius_m + _CELL_SLACK_M)
	rows = frappe.get_all(
		DOCTYPE,
		filters=[
			["request_type", "=", profile.name],
			["status", "in", statuses],
			["latitude", ">=", south],
			["latitude", "<=", north],
			["longitude", ">=", west],
			["longitude", "<=", east],
			["received_on", ">=", now_datetime() - timedelta(days=detection.window_days)],
			["merged_into", "is", "not set"],
		],
		fields=["name", "public_title", "request_type", "street", "status", "received_on", "reporter_count", "latitude", "longitude"],
		order_by="received_on desc",
		limit_page_length=200,
	)
	found = []
	for row in rows:
		if not (row.latitude or row.longitude):
			continue
		distance = geo.haversine_m(*caller, *core_portal.coarse_point(row.latitude, row.longitude))
		if distance <= detection.radius_m:
			found.append((distance, row))
	found.sort(key=lambda item: (item[0], -cint(item[1].reporter_count), str(item[1].received_on)))
	return [_public_row(row, distance) for distance, row in found[:MAX_SIMILAR]]


def _box(point: tuple[float, float], radius_m: float) -> tuple[float, float, float, float]:
	return geo.bounding_box(point[0], point[1], radius_m)


def _public_row(row, distance: float | None = None) -> dict:
	out = {
		"reference": row.name,
		"public_title": row.public_title or row.request_type,
		"request_type": row.request_type,
		"street": row.street or "",
		"status": status_label(row.status),
		"received_on": getdate(row.received_on).isoformat(),
		"reporters": cint(row.reporter_count) or 1,
	}
	if distance is not None:
		band = core_portal.distance_band(distance)
		out["distance"] = _(band) if band else ""
	return out


def can_follow(master: str) -> bool:
	"""A citizen may say "me too" on reports the public may see: an open report (a duplicate
	candidate) of a public type shown on the map or searched for duplicates."""
	values = frappe.db.get_value(DOCTYPE, master, ["request_type", "status", "merged_into"], as_dict=True)
	if not values or values.merged_into:
		return False
	profile = public_profile(values.request_type)
	if profile is None or not (profile.detects_duplicates or profile.on_public_map):
		return False
	return get_lifecycle().is_duplicate_candidate(values.status)


def public_report(name: str) -> dict | None:
	"""One followable report's public face (the "me too" page), else ``None``."""
	if not isinstance(name, str) or len(name) > 40 or not can_follow(name):
		return None
	row = frappe.db.get_value(
		DOCTYPE, name, ["name", "public_title", "request_type", "street", "status", "received_on", "reporter_count"], as_dict=True
	)
	return _public_row(row)


def map_types() -> list[str]:
	"""Public types whose open reports the administrator put on the public map."""
	return frappe.get_all("Request Type", filters={"is_active": 1, "is_public": 1, "show_on_public_map": 1}, pluck="name")


def map_points() -> list[dict]:
	"""Open reports of the map's types, each at the centre of its grid cell (cached a minute)."""
	lang = frappe.local.lang

	def build():
		types = map_types()
		statuses = get_lifecycle().active_statuses
		if not types or not statuses:
			return []
		rows = frappe.get_all(
			DOCTYPE,
			filters={
				"request_type": ("in", types),
				"status": ("in", statuses),
				"merged_into": ("is", "not set"),
				"latitude": ("!=", 0),
			},
			fields=["name", "public_title", "request_type", "street", "status", "received_on", "reporter_count", "latitude", "longitude"],
			order_by="received_on desc",
			limit_page_length=MAX_MAP_POINTS,
		)
		points = []
		for row in rows:
			if row.latitude is None or row.longitude is None:
				continue
			lat, lon = core_portal.coarse_point(row.latitude, row.longitude)
			points.append({**_public_row(row), "lat": lat, "lon": lon})
		return points

	key = f"portal_map:{lang}"
	points = caching.shared_peek(key, expires=True)
	if points is None:
		points = build()
		caching.shared_set(key, points, expires_in_sec=MAP_CACHE_SECONDS)
	return points


def forget_map() -> None:
	for lang in ("fr", "en"):
		caching.shared_delete(f"portal_map:{lang}")
