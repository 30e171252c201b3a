"""Request locations: coordinates and the GeoJSON that Frappe's Geolocation field stores."""

from __future__ import annotations

import json
import math

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_


def is_missing(value) -> bool:
	return value is None or value == ""


def validate_coordinates(latitude: float | None, longitude: float | None) -> tuple[float, float] | None:
	"""Checked ``(lat, lon)``, ``None`` when both are missing; raises when only one is given or out of range.

	Frappe stores an empty Float field as 0, so (0, 0) — a point in the Gulf of Guinea that no
	collectivité serves — also means "no location".
	"""
	if (is_missing(latitude) and is_missing(longitude)) or (latitude == 0 and longitude == 0):
		return None
	if is_missing(latitude) or is_missing(longitude):
		raise CoreValidationError(N_("Latitude and longitude must be given together"), field="latitude")
	lat, lon = float(latitude), float(longitude)
	if not math.isfinite(lat) or not -90 <= lat <= 90:
		raise CoreValidationError(N_("Latitude {0} is out of range (-90 to 90)"), latitude, field="latitude")
	if not math.isfinite(lon) or not -180 <= lon <= 180:
		raise CoreValidationError(N_("Longitude {0} is out of range (-180 to 180)"), longitude, field="longitude")
	return lat, lon


def point_from_geojson(geojson: str | dict | None) -> tuple[float, float] | None:
	"""(lat, lon) of the first point of a Geolocation value (a GeoJSON FeatureCollection).

	Polygons and lines give the mean of their vertices. Returns ``None`` for an empty map and
	raises on text that is not GeoJSON.
	"""
	if not geojson:
		return None
	try:
		data = json.loads(geojson) if isinstance(geojson, str) else geojson
	except ValueError:
		raise CoreValidationError(N_("The map location is not valid GeoJSON"), field="location") from None
	features = data.get("features") if isinstance(data, dict) else None
	if features is None and isinstance(data, dict) and data.get("type") == "Feature":
		features = [data]
	for feature in features or []:
		geometry = (feature or {}).get("geometry") or {}
		coords = list(_flatten(geometry.get("coordinates")))
		if coords:
			lon = sum(c[0] for c in coords) / len(coords)
			lat = sum(c[1] for c in coords) / len(coords)
			return validate_coordinates(lat, lon)
	return None


def geojson_point(latitude: float, longitude: float) -> str:
	"""A Geolocation field value holding one point, serialised as the desk's map control does."""
	return json.dumps(
		{
			"type": "FeatureCollection",
			"features": [
				{
					"type": "Feature",
					"properties": {},
					"geometry": {"type": "Point", "coordinates": [longitude, latitude]},
				}
			],
		},
		separators=(",", ":"),
	)


def _flatten(coords):
	if not isinstance(coords, list | tuple) or not coords:
		return
	if all(isinstance(c, int | float) for c in coords):
		if len(coords) >= 2:
			yield (float(coords[0]), float(coords[1]))
		return
	for item in coords:
		yield from _flatten(item)
