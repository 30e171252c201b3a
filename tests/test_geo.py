import json

import pytest

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.geo import geojson_point, point_from_geojson, validate_coordinates


def test_point_round_trip():
	assert point_from_geojson(geojson_point(45.764, 4.8357)) == (45.764, 4.8357)


def test_polygon_gives_its_centre():
	geo = {
		"type": "FeatureCollection",
		"features": [{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[4.0, 45.0], [4.2, 45.0], [4.2, 45.2], [4.0, 45.2]]]}}],
	}
	lat, lon = point_from_geojson(json.dumps(geo))
	assert lat == pytest.approx(45.1) and lon == pytest.approx(4.1)


@pytest.mark.parametrize("lat, lon", [(91, 0), (-90.5, 0), (0, 180.01), (0, -181), (float("nan"), 0)])
def test_out_of_range_coordinates_raise(lat, lon):
	with pytest.raises(CoreValidationError):
		validate_coordinates(lat, lon)


def test_one_coordinate_alone_raises():
	with pytest.raises(CoreValidationError):
		validate_coordinates(45.0, None)


def test_no_coordinates():
	assert validate_coordinates(None, "") is None
	assert validate_coordinates(0.0, 0.0) is None  # Frappe's empty Float fields
	assert point_from_geojson(None) is None
	assert point_from_geojson('{"type":"FeatureCollection","features":[]}') is None


def test_not_geojson_raises():
	with pytest.raises(CoreValidationError):
		point_from_geojson("not json")


def test_duplicate_detection_uses_the_geo_helpers():
	from citizen_relation.core import duplicates, geo

	assert duplicates.haversine_m is geo.haversine_m
	assert duplicates.bounding_box is geo.bounding_box
	assert duplicates.EARTH_RADIUS_M == geo.EARTH_RADIUS_M
	assert round(geo.haversine_m(45.7578, 4.8320, 45.7640, 4.8357)) == round(
		float(geo.haversine_m_np(45.7578, 4.8320, 45.7640, 4.8357))
	)


# --- malformed GeoJSON is a validation error, never a crash (issue 8, finding 10)
import pytest

from citizen_relation.core.geo import point_from_geojson as _point

_BAD_GEOJSON = [
	'{"type":"FeatureCollection","features":"abc"}',
	'{"type":"FeatureCollection","features":[1,2]}',
	'{"type":"FeatureCollection","features":[{"geometry":"x"}]}',
	'{"type":"FeatureCollection","features":[{"geometry":{"coordinates":["a","b"]}}]}',
	'{"type":"FeatureCollection","features":[{"geometry":{"coordinates":[1]}}]}',
	'{"type":"FeatureCollection","features":[{"geometry":{"coordinates":{"x":1}}}]}',
	'{"type":"FeatureCollection","features":[{"geometry":{"coordinates":[1' + "0" * 400 + ',2]}}]}',
	'{"type":"FeatureCollection","features":[{"geometry":{"coordinates":[1e999,2]}}]}',
	'{"type":"Point","coordinates":' + "[" * 100_000 + "]" * 100_000 + "}",
	'{"type":"Point","coordinates":' + "[" * 50 + "1,2" + "]" * 50 + "}",
	"[1, 2]",
	"not json",
	'"a string"',
	"x" * 200_000,
]


@pytest.mark.parametrize("value", _BAD_GEOJSON, ids=range(len(_BAD_GEOJSON)))
def test_malformed_geojson_is_refused_with_a_validation_error(value):
	with pytest.raises(CoreValidationError):
		_point(value)


def test_a_plain_geometry_and_a_polygon_still_give_their_point():
	assert _point('{"type":"Point","coordinates":[4.83,45.75]}') == (45.75, 4.83)
	square = '{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[4,45],[5,45],[5,46],[4,46]]]}}'
	assert _point(square) == (45.5, 4.5)
