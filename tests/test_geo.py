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
