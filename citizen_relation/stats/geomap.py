"""The map of requests: counts per grid cell of the visible area (heat), and the requests
themselves when they are few.

The grid follows the zoom (about an eighth of a map tile per cell), so that the browser never
receives more than a few thousand cells whatever the number of requests; the database groups the
located requests of the period inside the visible box (received_on / latitude / longitude index).
Merged duplicates are left out: each incident counts once.
"""

from __future__ import annotations

from datetime import datetime

import frappe
from frappe import _
from frappe.query_builder import CustomFunction
from frappe.query_builder.functions import Avg, Count
from frappe.utils import cint, flt

from citizen_relation.core.lifecycle import MERGED
from citizen_relation.requests.lifecycle import get_lifecycle
from citizen_relation.stats.queries import StatFilters, _request_conditions

Floor = CustomFunction("FLOOR", ["value"])
MAX_POINTS = 300
MIN_ZOOM, MAX_ZOOM = 3, 19
FRANCE = (41.0, -5.5, 51.5, 10.0)  # metropolitan France: the default view


def cell_size(zoom: int) -> float:
	"""Degrees of a cell side at ``zoom`` (an eighth of a tile)."""
	zoom = max(MIN_ZOOM, min(MAX_ZOOM, cint(zoom) or 12))
	return 360.0 / (2**zoom) / 8


def _bbox(bbox) -> tuple[float, float, float, float]:
	south, west, north, east = (flt(v) if v not in (None, "") else None for v in bbox)
	if None in (south, west, north, east):
		south, west, north, east = FRANCE
	if not (-90 <= south < north <= 90 and -180 <= west < east <= 180):
		frappe.throw(_("Invalid map area"))
	return south, west, north, east


def cells(sf: StatFilters, bbox, zoom) -> dict:
	south, west, north, east = _bbox(bbox)
	size = cell_size(zoom)
	request = frappe.qb.DocType("Citizen Request")
	start = datetime.combine(sf.period.start, datetime.min.time())
	end = datetime.combine(sf.period.end, datetime.min.time())
	merged = list(get_lifecycle().statuses(MERGED)) or ["\x00"]
	gy, gx = Floor(request.latitude / size), Floor(request.longitude / size)
	query = (
		frappe.qb.from_(request)
		.select(gy.as_("gy"), gx.as_("gx"), Count("*").as_("n"), Avg(request.latitude).as_("lat"), Avg(request.longitude).as_("lon"))
		.where(request.received_on >= start)
		.where(request.received_on < end)
		.where(request.latitude.between(south, north))
		.where(request.longitude.between(west, east))
		.where(request.latitude != 0)
		.where(request.status.notin(merged))
		.groupby(gy, gx)
	)
	query = _request_conditions(query, request, sf)
	rows = query.run(as_dict=True)
	total = sum(r.n for r in rows)
	result = {
		"cells": [{"lat": round(r.lat, 6), "lon": round(r.lon, 6), "count": r.n} for r in rows],
		"total": total,
		"cell_size": size,
		"max": max((r.n for r in rows), default=0),
		"points": [],
	}
	if 0 < total <= MAX_POINTS:
		result["points"] = points(sf, (south, west, north, east), merged)
	return result


def points(sf: StatFilters, bbox, merged: list[str]) -> list[dict]:
	"""The requests themselves (through the list permission rules)."""
	south, west, north, east = bbox
	filters = [
		["received_on", ">=", sf.period.start.isoformat()],
		["received_on", "<", sf.period.end.isoformat()],
		["latitude", ">=", south],
		["latitude", "<=", north],
		["longitude", ">=", west],
		["longitude", "<=", east],
		["latitude", "!=", 0],
		["status", "not in", merged],
	]
	if sf.services is not None:
		filters.append(["service", "in", list(sf.services) or [""]])
	for field in ("request_type", "channel", "category"):
		if getattr(sf, field):
			filters.append([field, "=", getattr(sf, field)])
	rows = frappe.get_list(
		"Citizen Request",
		filters=filters,
		fields=["name", "public_title", "subject", "request_type", "status", "latitude", "longitude", "received_on"],
		limit_page_length=MAX_POINTS,
		order_by="received_on desc",
	)
	return [
		{
			"name": r.name,
			"title": r.public_title or r.subject,
			"request_type": r.request_type,
			"status": _(r.status),
			"lat": r.latitude,
			"lon": r.longitude,
			"received_on": frappe.utils.format_datetime(r.received_on),
		}
		for r in rows
	]
