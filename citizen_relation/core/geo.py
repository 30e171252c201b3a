"""Geographic maths and request locations.

* distances on the sphere (:func:`haversine_m`, vectorised :func:`haversine_m_np`) and the
  :func:`bounding_box` of a circle, for the SQL pre-filter of duplicate detection;
* request locations: checked coordinates and the GeoJSON that Frappe's Geolocation field
  stores (:func:`validate_coordinates`, :func:`point_from_geojson`, :func:`geojson_point`).
"""

from __future__ import annotations

import json
import math

import numpy as np

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_

EARTH_RADIUS_M = 6_371_008.8  # mean Earth radius (IUGG)


# --- distances ---------------------------------------------------------------------------------


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
	"""Great-circle distance in metres between two points given in degrees."""
	p1, p2 = math.radians(lat1), math.radians(lat2)
	dp = p2 - p1
	dl = math.radians(lon2 - lon1)
	h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
	return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(min(1.0, h)))


def haversine_m_np(lat1, lon1, lat2, lon2) -> np.ndarray:
	"""Vectorised :func:`haversine_m` (numpy broadcasting; NaN in, NaN out)."""
	p1 = np.radians(np.asarray(lat1, dtype=np.float64))
	p2 = np.radians(np.asarray(lat2, dtype=np.float64))
	dp = p2 - p1
	dl = np.radians(np.asarray(lon2, dtype=np.float64) - np.asarray(lon1, dtype=np.float64))
	h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
	return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.minimum(1.0, h)))


def bounding_box(lat: float, lon: float, radius_m: float) -> tuple[float, float, float, float]:
	"""``(min_lat, max_lat, min_lon, max_lon)`` of a box containing the circle, for a SQL pre-filter.

	Latitudes are clamped to [-90, 90]; longitudes to [-180, 180], and the full longitude range is
	returned near the poles. A circle crossing the antimeridian is not wrapped (not needed in France).
	"""
	angular = radius_m / EARTH_RADIUS_M
	dlat = math.degrees(angular)
	min_lat, max_lat = max(-90.0, lat - dlat), min(90.0, lat + dlat)
	cos_lat = math.cos(math.radians(lat))
	ratio = math.sin(angular) / cos_lat if cos_lat > 1e-12 else 2.0
	if ratio >= 1.0 or min_lat <= -90.0 or max_lat >= 90.0:
		return min_lat, max_lat, -180.0, 180.0
	dlon = math.degrees(math.asin(ratio))
	return min_lat, max_lat, max(-180.0, lon - dlon), min(180.0, lon + dlon)


# --- request locations -------------------------------------------------------------------------


def is_missing(value) -> bool:
	"""Whether a form value is empty (``None`` or ``""``; 0 is a value)."""
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


# A map value is a handful of points; anything far larger is not a location.
MAX_GEOJSON_CHARS = 100_000
MAX_GEOJSON_DEPTH = 12
MAX_GEOJSON_POINTS = 10_000


def point_from_geojson(geojson: str | dict | None) -> tuple[float, float] | None:
	"""(lat, lon) of the first point of a Geolocation value (a GeoJSON FeatureCollection).

	Polygons and lines give the mean of their vertices. Returns ``None`` for an empty map and
	raises :class:`CoreValidationError` on anything that is not a reasonable GeoJSON location:
	text that is not JSON, features or geometries of the wrong shape, non-numeric or non-finite
	coordinates, too deep nesting (a crafted ``[[[[…]]]]``), too many points or too much text.
	"""
	if not geojson:
		return None
	invalid = CoreValidationError(N_("The map location is not valid GeoJSON"), field="location")
	if isinstance(geojson, str):
		if len(geojson) > MAX_GEOJSON_CHARS:
			raise CoreValidationError(N_("The map location is too large"), field="location")
		try:
			data = json.loads(geojson)
		except (ValueError, RecursionError):
			raise invalid from None
	elif isinstance(geojson, dict):
		data = geojson
	else:
		raise invalid
	if not isinstance(data, dict):
		raise invalid
	features = data.get("features")
	if features is None and data.get("type") == "Feature":
		features = [data]
	if features is None and "coordinates" in data:
		features = [{"geometry": data}]
	if not isinstance(features, list):
		raise invalid
	for feature in features:
		if not isinstance(feature, dict):
			raise invalid
		geometry = feature.get("geometry") or {}
		if not isinstance(geometry, dict):
			raise invalid
		coords = _points(geometry.get("coordinates"), invalid)
		if coords:
			lon = math.fsum(c[0] for c in coords) / len(coords)
			lat = math.fsum(c[1] for c in coords) / len(coords)
			return validate_coordinates(lat, lon)
	return None


def _points(coords, invalid: CoreValidationError) -> list[tuple[float, float]]:
	"""The (lon, lat) positions of a GeoJSON ``coordinates`` value (iteratively, depth-limited)."""
	if coords is None:
		return []
	points: list[tuple[float, float]] = []
	stack = [(coords, 0)]
	while stack:
		item, depth = stack.pop()
		if depth > MAX_GEOJSON_DEPTH or not isinstance(item, list):
			raise invalid
		if item and all(_is_number(c) for c in item):
			if len(item) < 2:
				raise invalid
			try:
				position = (float(item[0]), float(item[1]))
			except OverflowError:
				raise invalid from None
			if not all(math.isfinite(c) for c in position):
				raise invalid
			points.append(position)
			if len(points) > MAX_GEOJSON_POINTS:
				raise CoreValidationError(N_("The map location is too large"), field="location")
			continue
		stack.extend((child, depth + 1) for child in reversed(item))
	return points


def _is_number(value) -> bool:
	return isinstance(value, int | float) and not isinstance(value, bool)


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


