"""The portal's pure rules: coarse locations (no trilateration), bot traps, intent search, colours."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citizen_relation.core import geo
from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.portal import (
	DISTANCE_BANDS,
	FAR,
	GRID_M,
	check_brand_colour,
	check_timing,
	coarse_point,
	contrast_ratio,
	distance_band,
	form_stamp,
	rank_types,
)

SECRET = "s3cret"


@given(
	st.floats(min_value=-60, max_value=60, allow_nan=False),
	st.floats(min_value=-170, max_value=170, allow_nan=False),
)
@settings(max_examples=300)
def test_a_coarse_point_stays_within_one_grid_cell_of_the_point(lat, lon):
	clat, clon = coarse_point(lat, lon)
	assert geo.haversine_m(lat, lon, clat, clon) <= GRID_M


def test_every_point_of_a_cell_gives_the_same_coarse_point():
	base = coarse_point(45.7640, 4.8357)
	# points a few metres apart inside the same cell
	assert {coarse_point(base[0] + d, base[1] + d) for d in (0.0, 0.00001, -0.00001)} == {base}


def test_moving_the_question_point_reveals_no_more_than_the_cell_of_a_report():
	"""The answer depends only on the cells of both points: two reports in the same cell are
	indistinguishable from any point a caller may choose."""
	report_a = (45.76400, 4.83570)
	cell = coarse_point(*report_a)
	report_b = (cell[0] + 0.0001, cell[1] - 0.0001)  # another point of the same cell
	assert coarse_point(*report_b) == cell
	for dlat in range(-10, 11):
		for dlon in range(-10, 11):
			caller = coarse_point(45.7640 + dlat * 0.0003, 4.8357 + dlon * 0.0004)
			a = distance_band(geo.haversine_m(*caller, *coarse_point(*report_a)))
			b = distance_band(geo.haversine_m(*caller, *coarse_point(*report_b)))
			assert a == b


def test_distances_are_given_as_coarse_bands():
	assert distance_band(0) == DISTANCE_BANDS[0][1]
	assert distance_band(99.9) == DISTANCE_BANDS[0][1]
	assert distance_band(150) == DISTANCE_BANDS[1][1]
	assert distance_band(999) == DISTANCE_BANDS[2][1]
	assert distance_band(5000) == FAR
	assert distance_band(None) is None
	assert distance_band(math.nan) is None


def test_a_form_filled_by_a_person_passes_the_bot_traps():
	check_timing(form_stamp(1000, SECRET), "", now=1010, secret=SECRET, min_seconds=3)


@pytest.mark.parametrize(
	"stamp, honeypot, now",
	[
		(form_stamp(1000, SECRET), "http://spam.example", 1010),  # hidden field filled
		(form_stamp(1000, SECRET), "", 1001),  # faster than a person
		("1000.forged", "", 1010),  # signature forged
		(form_stamp(1000, "other"), "", 1010),  # signed by another site
		("", "", 1010),  # no stamp
		("abc", "", 1010),
		(form_stamp(1000, SECRET), "", 1000 + 2 * 24 * 3600),  # stale
	],
)
def test_automated_submissions_are_refused(stamp, honeypot, now):
	with pytest.raises(CoreValidationError):
		check_timing(stamp, honeypot, now=now, secret=SECRET, min_seconds=3)


TYPES = [
	{"name": "Éclairage public en panne", "description": "Lampe éteinte", "keywords": "lampadaire, réverbère, lumière", "category_label": "Problème technique"},
	{"name": "Collecte des déchets", "description": "Bac non collecté", "keywords": "poubelle, ordures, encombrants", "category_label": "Problème technique"},
	{"name": "Propreté", "description": "Rue sale, corbeille qui déborde", "keywords": "", "category_label": "Problème technique"},
	{"name": "Demande d'acte d'état civil", "description": "Copie d'acte de naissance", "keywords": "", "category_label": "Démarche"},
]


def test_intent_search_finds_a_type_by_the_words_citizens_use():
	assert rank_types("lampadaire", TYPES)[0] == "Éclairage public en panne"
	assert rank_types("Les lampadaires", TYPES)[0] == "Éclairage public en panne"
	assert rank_types("poubelle", TYPES)[0] == "Collecte des déchets"
	assert rank_types("acte de naissance", TYPES)[0] == "Demande d'acte d'état civil"
	assert rank_types("corbeille", TYPES) == ["Propreté"]


def test_intent_search_without_meaningful_words_finds_nothing():
	assert rank_types("", TYPES) == []
	assert rank_types("le la", TYPES) == []
	assert rank_types("zzzz", TYPES) == []


def test_the_default_blue_is_readable_and_a_pale_colour_is_refused():
	assert contrast_ratio("#000091", "#ffffff") > 14
	assert check_brand_colour("#000091") == "#000091"
	assert check_brand_colour("#036") == "#003366"
	with pytest.raises(CoreValidationError):
		check_brand_colour("#ffcc00")
	with pytest.raises(CoreValidationError):
		check_brand_colour("blue")
