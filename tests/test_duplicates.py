import json
import math
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from citizen_relation.core.duplicates import (
	EARTH_RADIUS_M,
	FEATURES,
	GATE_BEYOND_RADIUS,
	GATE_BEYOND_WINDOW,
	GATE_DISMISSED,
	GATE_IGNORED_STATUS,
	GATE_NO_LOCATION,
	GATE_OTHER_TYPE,
	GATE_SAME_REPORT,
	AddressKey,
	DetectionSettings,
	DuplicateModel,
	Report,
	address_key,
	address_similarity,
	bounding_box,
	describe,
	distance_score,
	fit,
	haversine_m,
	haversine_m_np,
	match_text,
	mentioned_address,
	recalibrate,
	related_types,
	score_candidates,
	score_pair,
	seeded_model,
	street_key,
	text_similarity,
	time_score,
)

DATA = Path(__file__).parent / "data" / "duplicate_pairs.json"
T0 = datetime(2024, 3, 4, 9, 0)
BELLECOUR = (45.7578, 4.8320)


def destination(lat, lon, distance_m, bearing_deg):
	"""Point at distance_m from (lat, lon) along a bearing, on the same sphere as haversine_m."""
	d = distance_m / EARTH_RADIUS_M
	b = math.radians(bearing_deg)
	p1, l1 = math.radians(lat), math.radians(lon)
	p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
	l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
	return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


def make(name="CR-1", text="Lampadaire éteint", lat=BELLECOUR[0], lon=BELLECOUR[1], received_on=T0, **kw):
	kw.setdefault("request_type", "Signalement")
	kw.setdefault("category", "Éclairage public")
	return Report(name=name, text=text, lat=lat, lon=lon, received_on=received_on, **kw)


# --------------------------------------------------------------------------------------------------
# Geometry
# --------------------------------------------------------------------------------------------------


def test_haversine_known_distances():
	assert haversine_m(*BELLECOUR, *BELLECOUR) == 0.0
	# one degree of latitude on the mean sphere
	assert haversine_m(45.0, 4.0, 46.0, 4.0) == pytest.approx(EARTH_RADIUS_M * math.pi / 180, rel=1e-9)
	# Notre-Dame de Paris → place Bellecour, about 392 km
	assert haversine_m(48.8530, 2.3499, *BELLECOUR) == pytest.approx(392_000, rel=0.01)
	# antipodes do not crash (rounding may push the haversine term above 1)
	assert haversine_m(0.0, 0.0, 0.0, 180.0) == pytest.approx(math.pi * EARTH_RADIUS_M)


def test_haversine_vectorised_matches_scalar_and_propagates_nan():
	rng = np.random.default_rng(1)
	lat = rng.uniform(-80, 80, 200)
	lon = rng.uniform(-180, 180, 200)
	got = haversine_m_np(BELLECOUR[0], BELLECOUR[1], lat, lon)
	expected = [haversine_m(*BELLECOUR, a, b) for a, b in zip(lat, lon)]
	np.testing.assert_allclose(got, expected, rtol=1e-12)
	assert np.isnan(haversine_m_np(45.0, 4.0, [np.nan], [4.0]))[0]


@given(
	lat=st.floats(-89.9, 89.9),
	lon=st.floats(-179.9, 179.9),
	radius=st.floats(1, 50_000),
	bearing=st.floats(0, 360),
	fraction=st.floats(0, 1),
)
def test_bounding_box_contains_the_circle(lat, lon, radius, bearing, fraction):
	min_lat, max_lat, min_lon, max_lon = bounding_box(lat, lon, radius)
	assert -90 <= min_lat <= lat <= max_lat <= 90
	assert -180 <= min_lon <= lon <= max_lon <= 180
	p_lat, p_lon = destination(lat, lon, radius * fraction * 0.999, bearing)
	# the antimeridian is not wrapped (documented): skip points that crossed it
	assume(abs(p_lon - lon) < 180)
	eps = 1e-9
	assert min_lat - eps <= p_lat <= max_lat + eps
	assert min_lon - eps <= p_lon <= max_lon + eps


def test_bounding_box_edges_do_not_crash():
	assert bounding_box(90.0, 0.0, 100) == (
		pytest.approx(90 - 100 / EARTH_RADIUS_M * 180 / math.pi),
		90.0,
		-180.0,
		180.0,
	)
	assert bounding_box(-89.9999, 10.0, 1_000)[2:] == (-180.0, 180.0)
	_, _, min_lon, max_lon = bounding_box(0.0, 179.9999, 1_000)
	assert max_lon == 180.0 and min_lon < 179.9999
	# 150 m in Lyon: about 0.00135° of latitude, 0.00193° of longitude
	min_lat, max_lat, min_lon, max_lon = bounding_box(*BELLECOUR, 150)
	assert max_lat - BELLECOUR[0] == pytest.approx(0.001349, abs=1e-6)
	assert BELLECOUR[0] - min_lat == pytest.approx(0.001349, abs=1e-6)
	assert max_lon - BELLECOUR[1] == pytest.approx(0.0019335, abs=1e-6)
	assert BELLECOUR[1] - min_lon == pytest.approx(0.0019335, abs=1e-6)


def test_distance_and_time_scores_fall_linearly_to_zero():
	assert distance_score(0, 150) == 1.0
	assert distance_score(75, 150) == 0.5
	assert distance_score(150, 150) == 0.0
	assert distance_score(400, 150) == 0.0
	assert time_score(0, 30) == 1.0
	assert time_score(15, 30) == 0.5
	assert time_score(45, 30) == 0.0


# --------------------------------------------------------------------------------------------------
# Text and addresses
# --------------------------------------------------------------------------------------------------


def test_match_text_maps_municipal_synonyms():
	assert match_text("Réverbère éteint") == match_text("Lampadaire en panne") == "lampadaire panne"
	assert match_text("L'éclairage public est HS") == "lampadaire panne"
	assert match_text("Nids-de-poules") == match_text("trou dans la chaussée") == "nidpoule"
	assert match_text("Graffitis") == match_text("tags") == "tag"
	assert match_text("Voiture ventouse") == match_text("véhicule abandonné") == "vehiculeabandonne"
	assert match_text("branche cassée") == match_text("branches cassées") == "branche casse"


def test_match_text_drops_location_html_and_numbers():
	assert (
		match_text("Nid de poule devant le 12 rue de la République", address="12 rue de la République")
		== "nidpoule"
	)
	assert match_text("<p>Lampadaire&nbsp;<b>éteint</b></p>") == "lampadaire panne"
	assert match_text("Subject", None, "") == match_text("Subject")
	assert match_text(None) == match_text("") == ""


def test_text_similarity_is_a_percentage_and_zero_for_empty_text():
	assert text_similarity("lampadaire panne", "lampadaire panne") == 100.0
	assert text_similarity("", "") == 0.0
	assert text_similarity("lampadaire", "") == 0.0
	assert 0 < text_similarity("lampadaire panne", "lampadaire penche") < 100


@pytest.mark.parametrize(
	"address, expected",
	[
		("12, Rue de la République, 69002 Lyon", AddressKey(12, "rue republique")),
		("12 rue de la Republique", AddressKey(12, "rue republique")),
		("40 crs Gambetta", AddressKey(40, "cours gambetta")),
		("110 av. Jean-Jaurès", AddressKey(110, "avenue jean jaure")),
		("22 bd des Brotteaux", AddressKey(22, "boulevard brotteau")),
		("5 r. Vendome", AddressKey(5, "rue vendome")),
		("12 bis rue Mercière", AddressKey(12, "rue merciere")),
		("12bis rue Mercière", AddressKey(12, "rue merciere")),
		("7 rue Tronchet, Lyon 6e", AddressKey(7, "rue tronchet")),
		("Place Bellecour, Lyon", AddressKey(None, "place bellecour")),
		("n°50 ave Maréchal de Saxe, 69003 Lyon", AddressKey(50, "avenue marechal saxe")),
		("face au 92 RUE Chevreul", AddressKey(92, "rue chevreul")),
		("en face du 69 r. de Bourgogne 69009 Lyon", AddressKey(69, "rue bourgogne")),
		("angle rue Paul Bert / rue Garibaldi", AddressKey(None, "rue paul bert")),
		("Rue Moncey 69003 LYON", AddressKey(None, "rue moncey")),
		("69002 Lyon", None),
		("", None),
		(None, None),
	],
)
def test_address_key(address, expected):
	assert address_key(address) == expected


def test_address_similarity_needs_the_same_street_then_looks_at_numbers():
	rep = AddressKey(12, "rue republique")
	assert address_similarity(rep, AddressKey(12, "rue republique lyon")) == (100.0, 1.0)
	assert address_similarity(rep, AddressKey(14, "rue republique"))[1] == pytest.approx(0.8)
	assert address_similarity(rep, AddressKey(20, "rue republique"))[1] == pytest.approx(0.5)
	assert address_similarity(rep, AddressKey(150, "rue republique"))[1] == 0.0
	assert address_similarity(rep, AddressKey(None, "rue republique"))[1] == pytest.approx(0.7)
	assert address_similarity(rep, AddressKey(12, "rue victor hugo"))[1] == 0.0
	# a typo in the street name is tolerated
	assert address_similarity(rep, AddressKey(12, "rue republiqe"))[1] > 0.9


# --------------------------------------------------------------------------------------------------
# Addresses in free text, street keys
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
	"text, expected",
	[
		("Attention : le banc Rue Servient, devant le 95 est cassé !", AddressKey(95, "rue servient")),
		("des tags rue dumenge ont fait leur apparition", AddressKey(None, "rue dumenge")),
		("Pavés arrachés rue de Marseille, au pied de mon immeuble", AddressKey(None, "rue marseille")),
		("bruit pl. Maréchal Lyautey côté fontaine", AddressKey(None, "place marechal lyautey")),
		("la place est prise depuis une semaine", None),  # "place" is not a street here
		("une route défoncée", None),
		("le 12 mars il pleuvait", None),
		# written all in lower case: "cours", "place" followed by a name the dictionary does not know
		("y a plus d'eclairage cours gambetta a cote du cinema", AddressKey(None, "cours gambetta")),
		("plus de place de parking devant chez moi", None),
		("cours de danse annulé", None),
		# "chaussee defoncee" typed without accents reads like a street; a "rue" named after it wins
		("voirie en mauvais etat chaussee defoncee rue mncey !!", AddressKey(None, "rue mncey")),
	],
)
def test_mentioned_address_finds_a_street_named_in_the_text(text, expected):
	assert mentioned_address(text) == expected


def test_street_key_is_short_and_shared_by_spellings():
	assert street_key(AddressKey(3, "rue bourbonnais")) == street_key("rue bourbnonais") == "rue bou"
	assert street_key(None) is None
	assert street_key("bellecour") == "bel"


# --------------------------------------------------------------------------------------------------
# Objects and faults
# --------------------------------------------------------------------------------------------------


def test_objects_are_recognised_whatever_the_words():
	assert describe("Réverbère éteint").objects == describe("Le candélabre ne s'allume plus").objects == {"lampadaire"}
	assert describe("Une branche du tilleul est tombée").objects == {"arbre"}
	assert describe("La poubellle déborde").objects == {"poubelle"}  # typo
	assert "panne" in describe("Le lampadaire clignote").faults
	assert "tag" in describe("Graffitis sur le transformateur").faults


def test_a_thing_named_after_a_place_preposition_is_a_landmark():
	m = describe("Lampadaire en panne à côté de l'abribus")
	assert m.objects == {"lampadaire"} and m.landmarks == {"abribus"}


def test_reminders_and_names_are_noticed():
	assert describe("Toujours pas réparé, rien n'a bougé").reminder
	assert not describe("Lampadaire en panne").reminder
	assert "tchin" in describe("Soirée DJ au Le Tchin, nos fenêtres vibrent.").names


# --------------------------------------------------------------------------------------------------
# Reports and settings
# --------------------------------------------------------------------------------------------------


def test_report_coordinates_treat_empty_frappe_floats_as_missing():
	assert make(lat=0.0, lon=0.0).coordinates is None
	assert make(lat=None, lon=4.8).coordinates is None
	assert make(lat=float("nan"), lon=4.8).coordinates is None
	assert make(lat=45.0, lon=0.0).coordinates == (45.0, 0.0)


def test_report_uses_the_stored_normalised_text_when_given():
	assert make(text="Réverbère éteint").text_key == "lampadaire panne"
	assert make(text="ignored", normalised_text="stored").text_key == "stored"


def test_place_prefers_own_coordinates_then_geocoded_ones():
	own = make(geo_lat=1.0, geo_lon=1.0)
	assert own.place.coordinates == BELLECOUR and own.place.coordinates_source == "report"
	geocoded = make(lat=None, lon=None, geo_lat=45.1, geo_lon=4.9, address="3 rue X")
	assert geocoded.place.coordinates == (45.1, 4.9) and geocoded.place.coordinates_source == "geocoded"
	# the geocoder's street wins (typos corrected); the number of the address stays
	spelt = make(lat=None, lon=None, address="3 rue Bourbnonais", geo_street="rue bourbonnais")
	assert spelt.place.street == AddressKey(3, "rue bourbonnais")
	in_text = make(lat=None, lon=None, text="Banc cassé rue Servient devant le 95")
	assert in_text.place.street == AddressKey(95, "rue servient") and in_text.place.street_source == "text"


def test_settings_validate_their_values():
	with pytest.raises(ValueError):
		DetectionSettings(threshold=1.5)
	with pytest.raises(ValueError):
		DetectionSettings(radius_m=0)
	with pytest.raises(ValueError):
		DetectionSettings(window_days=-1)
	assert DetectionSettings(window_days=0.25).window_days == 0.25  # six hours


def test_settings_from_a_document_mapping():
	s = DetectionSettings.from_mapping({"radius_m": 80, "unknown": 1, "threshold": None, "enabled": 1})
	assert s.enabled is True and s.radius_m == 80 and s.threshold is None
	assert DetectionSettings(ignored_statuses=["Closed"]).ignored_statuses == frozenset({"Closed"})


# --------------------------------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------------------------------


def test_breakdown_explains_every_component_and_adds_up_to_the_probability():
	lat, lon = destination(*BELLECOUR, 20, 90)
	new = make("CR-2", "Réverbère en panne", lat=lat, lon=lon, received_on=T0 + timedelta(days=1))
	old = make("CR-1", "Le lampadaire ne fonctionne plus")
	b = score_pair(new, old, DetectionSettings())
	names = [c.name for c in b.components]
	assert names == ["distance", "street", "object", "fault", "text", "time", "type"]
	assert b.component("distance").raw == pytest.approx(20, abs=0.01) and b.component("distance").unit == "m"
	assert b.component("object").raw is True and b.component("object").detail["objects"] == ["lampadaire"]
	assert b.component("time").raw == pytest.approx(1) and b.component("time").unit == "days"
	logit = b.intercept + sum(c.contribution for c in b.components)
	assert 1 / (1 + math.exp(-logit)) == pytest.approx(b.score)
	assert b.gate is None and b.is_duplicate and b.candidate == "CR-1"
	assert json.loads(json.dumps(b.to_dict()))["components"][0]["raw"] == pytest.approx(20, abs=0.01)


def test_the_seeded_model_has_no_free_points():
	"""Same type alone does not make a duplicate; distance, object and time decide."""
	m = seeded_model()
	s = DetectionSettings(radius_m=75, window_days=30)
	here = make("CR-1", "Banc cassé")
	far = destination(*BELLECOUR, 70, 0)
	other_object = score_pair(make("CR-2", "Poubelle qui déborde", received_on=T0 + timedelta(days=3)), here, s, m)
	next_one = score_pair(make("CR-2", "Banc cassé", lat=far[0], lon=far[1]), here, s, m)
	same = score_pair(make("CR-2", "Le banc est cassé", received_on=T0 + timedelta(hours=3)), here, s, m)
	assert same.is_duplicate
	assert other_object.component("object").contribution < 0 and other_object.score < same.score
	assert not other_object.is_duplicate
	assert next_one.score < same.score


def test_probability_falls_with_distance_and_time():
	m = seeded_model()
	s = DetectionSettings(radius_m=75, window_days=30)
	base = make("CR-1")
	near = score_pair(make("CR-2", received_on=T0 + timedelta(days=1)), base, s, m).score
	farther = destination(*BELLECOUR, 50, 45)
	assert score_pair(make("CR-2", lat=farther[0], lon=farther[1], received_on=T0 + timedelta(days=1)), base, s, m).score < near
	assert score_pair(make("CR-2", received_on=T0 + timedelta(days=20)), base, s, m).score < near


def test_coordinates_and_an_address_meet_through_geocoding():
	"""One report on the map, the other by address only: compared once the address is geocoded."""
	s = DetectionSettings(radius_m=75, window_days=30)
	on_map = make("CR-1", "Lampadaire éteint", geo_street="rue de la republique", geo_number=12)
	lat, lon = destination(*BELLECOUR, 10, 0)
	by_address = make("CR-2", "Le réverbère ne marche plus", lat=None, lon=None, address="12 rue de la République", geo_lat=lat, geo_lon=lon)
	b = score_pair(by_address, on_map, s)
	assert b.component("distance").raw == pytest.approx(10, abs=0.5)
	assert b.component("distance").detail["coordinates"] == ["geocoded", "report"]
	assert b.component("street").raw == 100.0 and b.is_duplicate


def test_without_a_geocoder_house_numbers_estimate_the_distance():
	s = DetectionSettings(radius_m=75, window_days=30)
	a = make("CR-1", "Nid de poule", lat=None, lon=None, address="12 rue de la République")
	b = make("CR-2", "Trou dans la chaussée", lat=None, lon=None, address="14, Rue de la Republique Lyon")
	c = make("CR-3", "Trou dans la chaussée", lat=None, lon=None, address="140 rue de la République")
	near, far = score_pair(b, a, s), score_pair(c, a, s)
	assert near.component("distance").detail["source"] == "house numbers"
	assert near.component("distance").raw == pytest.approx(14)
	assert near.score > far.score and far.component("distance").raw == pytest.approx(7 * 128)


def test_house_numbers_far_apart_on_one_street_are_two_places_without_a_geocoder():
	"""The house-number estimate gates only beyond the radius with a margin: it is a rough one."""
	s = DetectionSettings(radius_m=75, window_days=30)
	a = make("CR-1", "Nid de poule", lat=None, lon=None, address="12 rue de la République")
	doubtful = make("CR-2", "Nid de poule", lat=None, lon=None, address="26 rue de la République")  # 98 m
	far = make("CR-3", "Nid de poule", lat=None, lon=None, address="60 rue de la République")  # 336 m
	assert score_pair(doubtful, a, s).gate is None
	gated = score_pair(far, a, s)
	assert gated.gate == GATE_BEYOND_RADIUS and not gated.is_duplicate
	assert gated.component("distance").detail["source"] == "house numbers"
	assert score_candidates(far, [a], s, threshold=0.0) == []


def test_gates():
	s = DetectionSettings(radius_m=100, window_days=30, ignored_statuses=frozenset({"Closed"}))
	far = destination(*BELLECOUR, 101, 0)
	assert score_pair(make("CR-2", lat=far[0], lon=far[1]), make("CR-1"), s).gate == GATE_BEYOND_RADIUS
	late = make("CR-2", received_on=T0 + timedelta(days=31))
	gated = score_pair(late, make("CR-1"), s)
	assert gated.gate == GATE_BEYOND_WINDOW and gated.score == 0.0 and gated.weighted > 0
	assert not gated.is_duplicate
	assert score_pair(make("CR-2"), make("CR-1", status="Closed"), s).gate == GATE_IGNORED_STATUS
	assert score_pair(make("CR-2"), make("CR-1", status="Open"), s).gate is None
	assert score_pair(make("CR-1"), make("CR-1"), s).gate == GATE_SAME_REPORT
	nowhere = score_pair(make("CR-2", lat=None, lon=None), make("CR-1", lat=None, lon=None), s)
	assert nowhere.gate == GATE_NO_LOCATION
	assert GATE_DISMISSED == "dismissed"


def test_a_cross_type_pair_is_scored_like_any_other():
	s = DetectionSettings(radius_m=75, window_days=30)
	dump = make("CR-1", "Un matelas abandonné sur le trottoir", request_type="Dépôt sauvage")
	same = make("CR-2", "Matelas laissé devant la porte", request_type="Collecte des déchets", received_on=T0 + timedelta(hours=5))
	assert score_pair(same, dump, s).is_duplicate


def test_a_type_outside_the_families_must_name_the_same_object_and_fault():
	"""Candidates of every type are searched; one the families do not relate passes only when both
	reports name the same object with the same fault."""
	s = DetectionSettings(radius_m=75, window_days=30)
	related = {"Signalisation endommagée"}
	new = make("CR-9", "Le réverbère ne s'allume plus", request_type="Signalisation endommagée", received_on=T0 + timedelta(hours=2))
	lamp = make("CR-1", "Lampadaire éteint", request_type="Éclairage public en panne")
	tagged = make("CR-2", "Tag sur le lampadaire", request_type="Éclairage public en panne")
	sign = make("CR-4", "Panneau tordu", request_type="Signalisation endommagée")
	assert score_pair(new, tagged, s, related=related).gate == GATE_OTHER_TYPE
	passed = score_pair(new, lamp, s, related=related)
	assert passed.gate is None and passed.component("type").detail == {"outside_families": True}
	assert score_pair(new, sign, s, related=related).gate is None  # a related type: no such gate
	found = {b.candidate for b in score_candidates(new, [lamp, tagged, sign], s, threshold=0.0, related=related)}
	assert found == {"CR-1", "CR-4"}
	# without ``related`` (the families' types only were searched) nothing is gated for its type
	assert score_pair(new, tagged, s).gate is None


def test_dismissed_candidates_are_never_returned():
	s = DetectionSettings(radius_m=75, window_days=30)
	new = make("CR-9", received_on=T0 + timedelta(hours=1))
	candidates = [make("CR-1"), make("CR-2")]
	assert {b.candidate for b in score_candidates(new, candidates, s)} == {"CR-1", "CR-2"}
	assert {b.candidate for b in score_candidates(new, candidates, s, dismissed={"CR-1"})} == {"CR-2"}


# --------------------------------------------------------------------------------------------------
# score_candidates against the reference
# --------------------------------------------------------------------------------------------------

TEXTS = [
	"Lampadaire éteint",
	"Réverbère en panne devant l'école",
	"Nid de poule dangereux",
	"Trou dans la chaussée",
	"Dépôt sauvage de cartons",
	"Tags sur la façade",
	"Banc cassé",
	"",
	"Fuite d'eau sur le trottoir",
]
STATUSES = [None, "Open", "Closed"]


def random_reports(n, seed):
	rng = np.random.default_rng(seed)
	out = []
	for i in range(n):
		located = rng.random() < 0.8
		lat, lon = destination(*BELLECOUR, float(rng.uniform(0, 200)), float(rng.uniform(0, 360)))
		out.append(
			make(
				f"CR-{i}",
				TEXTS[int(rng.integers(len(TEXTS)))],
				lat=lat if located else None,
				lon=lon if located else None,
				address=None if located else f"{int(rng.integers(1, 40))} rue de la République",
				received_on=T0 + timedelta(hours=float(rng.uniform(-24 * 40, 24 * 40))),
				request_type=["Signalement", "Voirie"][int(rng.integers(2))],
				status=STATUSES[int(rng.integers(len(STATUSES)))],
			)
		)
	return out


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), new_located=st.booleans())
def test_vectorised_scoring_matches_the_pairwise_reference(seed, new_located):
	candidates = random_reports(40, seed)
	new = make("NEW", "Lampadaire éteint", lat=BELLECOUR[0] if new_located else None, lon=BELLECOUR[1] if new_located else None, address="10 rue de la République")
	s = DetectionSettings(ignored_statuses=frozenset({"Closed"}))
	for threshold in (0.0, 0.3, None):
		got = score_candidates(new, candidates, s, threshold=threshold)
		cut = s.threshold if threshold is None and s.threshold is not None else threshold
		cut = seeded_model().threshold if cut is None else cut
		expected = sorted(
			(b for b in (score_pair(new, c, s) for c in candidates) if b.gate is None and b.score >= cut),
			key=lambda b: -b.score,
		)
		assert [b.candidate for b in got] == [b.candidate for b in expected]
		assert [b.score for b in got] == pytest.approx([b.score for b in expected])


def test_score_candidates_options():
	candidates = random_reports(60, 3)
	new = make("NEW")
	s = DetectionSettings()
	everything = score_candidates(new, candidates, s, threshold=0.0)
	assert everything == sorted(everything, key=lambda b: -b.score)
	assert score_candidates(new, candidates, s, threshold=0.0, limit=5) == everything[:5]
	assert all(b.score >= seeded_model().threshold for b in score_candidates(new, candidates, s))
	assert score_candidates(new, candidates, replace(s, enabled=False)) == []
	assert score_candidates(new, [], s) == []
	assert score_candidates(new, [new], s, threshold=0.0) == []


@settings(max_examples=60, deadline=None)
@given(
	d1=st.floats(0, 70),
	d2=st.floats(0, 70),
	bearing=st.floats(0, 360),
)
def test_score_never_increases_with_distance(d1, d2, bearing):
	assume(abs(d1 - d2) > 1e-6)
	a = make("CR-1")
	p1, p2 = destination(*BELLECOUR, d1, bearing), destination(*BELLECOUR, d2, bearing)
	s = DetectionSettings(radius_m=75)
	s1 = score_pair(make("CR-2", lat=p1[0], lon=p1[1]), a, s).weighted
	s2 = score_pair(make("CR-2", lat=p2[0], lon=p2[1]), a, s).weighted
	assert (s1 >= s2 - 1e-12) if d1 < d2 else (s2 >= s1 - 1e-12)


# --------------------------------------------------------------------------------------------------
# Learning
# --------------------------------------------------------------------------------------------------


def _decisions(n, seed=0):
	rng = np.random.default_rng(seed)
	rows, labels = [], []
	for _ in range(n):
		dup = bool(rng.random() < 0.5)
		rows.append(
			{
				"near": float(rng.uniform(0.5, 1) if dup else rng.uniform(0, 0.6)),
				"far": float(rng.uniform(0, 0.3) if dup else rng.uniform(0.2, 1)),
				"same_object": float(dup or rng.random() < 0.3),
				"elapsed": float(rng.uniform(0, 0.3) if dup else rng.uniform(0, 1)),
			}
		)
		labels.append(dup)
	return rows, labels


def test_fit_learns_the_direction_of_each_feature_and_keeps_signs():
	rows, labels = _decisions(300)
	m = fit(rows, labels)
	assert m.coefficient("near") > 0 and m.coefficient("far") < 0 and m.coefficient("elapsed") < 0
	assert m.coefficient("same_object") >= 0
	assert all(m.coefficient(f) >= 0 for f in ("same_street", "text", "same_type"))


def test_fit_with_one_class_keeps_the_prior():
	prior = seeded_model()
	m = fit([{"near": 1.0}] * 5, [True] * 5, prior=prior)
	assert dict(m.coefficients) == dict(prior.coefficients) and m.threshold == prior.threshold


def test_model_round_trips_through_json_and_ignores_unknown_features():
	m = seeded_model()
	data = json.loads(json.dumps(m.to_dict()))
	data["coefficients"]["not_a_feature"] = 3.0
	assert DuplicateModel.from_dict(data).coefficients == m.coefficients
	with pytest.raises(ValueError):
		DuplicateModel(threshold=1.0)


def test_recalibration_needs_enough_decisions_then_proposes_without_adopting():
	seeded = seeded_model()
	few = recalibrate(*_decisions(10), seeded, floor=seeded)
	assert few.proposed is None and "too few decisions" in few.reason
	rows, labels = _decisions(200, seed=2)
	result = recalibrate(rows, labels, seeded, floor=seeded)
	assert result.proposed is not None and result.proposed.label == "recalibrated"
	assert result.proposed_metrics.n == 200 and result.current_metrics.n == 200
	# the current model is untouched: recalibrating returns a proposal, nothing else
	assert seeded_model().to_dict() == seeded.to_dict()


# --------------------------------------------------------------------------------------------------
# Type families
# --------------------------------------------------------------------------------------------------


def test_related_types_follow_services_families_and_catch_all_types():
	from citizen_relation.core.duplicates.families import TypeFamily

	services = {"Dépôt": "Propreté", "Propreté": "Propreté", "Collecte": "Déchets", "Voirie": "Voirie", "À qualifier": "Accueil", "Bruit": "Tranquillité"}
	families = [TypeFamily("Déchets", frozenset({"Dépôt", "Collecte"})), TypeFamily("Tri", frozenset({"À qualifier"}), any_type=True)]
	assert related_types("Dépôt", families, services) == {"Dépôt", "Propreté", "Collecte", "À qualifier"}
	assert related_types("Dépôt", families, services, same_service=False) == {"Dépôt", "Collecte", "À qualifier"}
	assert related_types("À qualifier", families, services) == set(services)
	assert related_types("Bruit", [], services) == {"Bruit"}
	assert related_types(None, families, services) == frozenset()
	assert set(FEATURES) >= {"near", "same_object", "elapsed"}


# --------------------------------------------------------------------------------------------------
# The problem named, and reports of an incident still there
# --------------------------------------------------------------------------------------------------


def test_the_same_object_with_another_problem_scores_below_the_same_problem():
	"""A lamp post leaning and a lamp post out are two interventions; out and dark are one."""
	s = DetectionSettings(radius_m=75, window_days=60)
	old = make("CR-1", "Lampadaire éteint")
	same_problem = make("CR-2", "Le réverbère ne s'allume plus, c'est tout noir", received_on=T0 + timedelta(days=1))
	other_problem = make("CR-3", "Lampadaire penché", received_on=T0 + timedelta(days=1))
	tagged = make("CR-4", "Le lampadaire est couvert de tags", received_on=T0 + timedelta(days=1))
	same = score_pair(same_problem, old, s)
	assert same.component("fault").raw is True
	for other in (score_pair(other_problem, old, s), score_pair(tagged, old, s)):
		assert other.component("fault").raw is False and other.component("fault").contribution < 0
		assert other.score < same.score


def test_a_cause_and_its_consequence_are_not_another_problem():
	"""A lamp post knocked down and the lamp post out at the same place are one incident."""
	s = DetectionSettings(radius_m=75, window_days=60)
	old = make("CR-1", "Un camion a renversé le lampadaire")
	out = make("CR-2", "Le lampadaire ne s'allume plus", received_on=T0 + timedelta(hours=6))
	tagged = make("CR-3", "Des tags sur le lampadaire", received_on=T0 + timedelta(hours=6))
	consequence = score_pair(out, old, s)
	assert consequence.component("fault").detail["related"] is True
	assert "other_fault" not in consequence.features
	assert consequence.score > score_pair(tagged, old, s).score


def test_full_means_overflowing_only_when_said_of_a_container():
	assert "deborde" in describe("La poubelle est pleine").faults
	assert "deborde" in describe("poubelle pleine depuis lundi").faults
	assert "deborde" not in describe("Livraisons de béton en pleine nuit").faults
	assert "deborde" not in describe("Plein de verre cassé sur le trottoir").faults


def test_typos_are_corrected_but_dictionary_words_are_not_read_as_typos():
	assert describe("lampadiare en panne").objects == {"lampadaire"}
	assert describe("Tags sur la façade de l'immeuble").objects == {"mur"}  # "immeuble" is not "meuble"
	assert describe("Banc brûlé au niveau du 100").objects == {"banc"}  # "niveau" is not "caniveau"


def test_a_street_name_names_no_object():
	assert describe("Branche tombée avenue des Frères Lumière").objects == {"arbre"}
	assert describe("Un trou rue de la Fontaine").objects == {"chaussee"}
	assert describe("Le lampadaire ne marche plus rue Pierre Corneille").objects == {"lampadaire"}
	assert describe("La fontaine de la place ne coule plus").objects == {"fontaine"}


def test_words_with_another_sense_do_not_name_a_problem():
	assert "panne" not in describe("Un SUV noir stationne sur le trottoir").faults
	assert "panne" in describe("Il fait tout noir le soir").faults
	assert "pousse" not in describe("Lampadaire en panne à hauteur du 12").faults
	assert "sale" not in describe("Je ne me sens pas en sécurité").faults


def test_a_problem_denied_is_not_named():
	assert "bouche" not in describe("Odeur d'égout, sans eau qui stagne").faults
	assert "bouche" in describe("L'eau stagne devant la grille").faults
	assert "panne" in describe("Le lampadaire clignote sans arrêt").faults  # "sans arrêt" insists


def test_a_report_saying_still_unrepaired_finds_an_older_open_request_beyond_the_window():
	from citizen_relation.core.duplicates.prefilter import BEYOND_WINDOW, why_not

	s = DetectionSettings(radius_m=75, window_days=14)
	old = make("CR-1", "Corbeille arrachée devant l'école")
	later = T0 + timedelta(days=40)
	again = make("CR-2", "Corbeille arrachée, toujours pas réparé depuis mon signalement", received_on=later)
	new_one = make("CR-3", "Corbeille arrachée devant l'école", received_on=later)
	assert s.search_window_days(reminder=True) > s.search_window_days() == 14
	assert why_not(again, old, s, {"Signalement"}) is None
	assert score_pair(again, old, s).gate is None
	assert why_not(new_one, old, s, {"Signalement"}) == BEYOND_WINDOW
	assert score_pair(new_one, old, s).gate == GATE_BEYOND_WINDOW
	# the reminder looks back, not forward: an older report does not reach a later request
	assert score_pair(old, again, s).gate == GATE_BEYOND_WINDOW
	too_old = make("CR-4", "Corbeille arrachée, toujours pas réparé", received_on=T0 + timedelta(days=s.search_window_days(True) + 1))
	assert why_not(too_old, old, s, {"Signalement"}) == BEYOND_WINDOW


def test_a_text_says_how_long_its_fault_has_lasted():
	from citizen_relation.core.duplicates.objects import lasting_days

	assert lasting_days("Trou toujours là, ça fait 6 semaines") == 42
	assert lasting_days("Plus de cinq semaines que ça dure.") == 35
	assert lasting_days("Lampadaire éteint depuis deux mois et demi") == 75
	assert lasting_days("je l'ai signalé il y a trois semaines") == 21
	assert lasting_days("ça fait un bon mois") == 30
	assert lasting_days("depuis des semaines, personne ne vient") == 21
	# the longest of several durations; a date or a short "since" is no duration in days
	assert lasting_days("depuis 15 jours, et signalé il y a 2 mois") == 60
	assert lasting_days("Il y a un trou devant l'école") is None
	assert lasting_days("en panne depuis hier soir") is None
	assert lasting_days("depuis le 12 mai") is None
	assert lasting_days("J'habite le quartier depuis dix ans et je n'ai jamais vu ça") is None
	assert describe("Chaussée défoncée depuis six semaines").lasting_days == 42


def test_a_report_saying_how_long_its_fault_has_lasted_looks_back_that_long():
	""""Ça fait six semaines" finds the request filed six weeks ago (beyond a 14-day window), not a
	report made four months ago; "depuis une semaine" looks back about a week and a half."""
	from citizen_relation.core.duplicates.prefilter import BEYOND_WINDOW, why_not

	s = DetectionSettings(radius_m=75, window_days=14)
	old = make("CR-1", "Corbeille arrachée devant l'école")
	six_weeks = T0 + timedelta(days=42)
	lasting = make("CR-2", "Corbeille arrachée devant l'école, ça fait six semaines", received_on=six_weeks)
	recent = make("CR-3", "Corbeille arrachée devant l'école depuis une semaine", received_on=six_weeks)
	assert s.looks_back_days(lasting.mention) > 42 > s.looks_back_days(recent.mention) == 7 * 1.5 + 7
	assert why_not(lasting, old, s, {"Signalement"}) is None
	assert score_pair(lasting, old, s).gate is None
	breakdown = score_pair(lasting, old, s)
	assert "reminder" in breakdown.features  # the claim covers the gap
	time = next(c for c in breakdown.components if c.name == "time")
	assert time.detail["reminder"] and time.detail["lasting_days"] == 42  # the panel says so
	assert why_not(recent, old, s, {"Signalement"}) == BEYOND_WINDOW
	assert score_pair(recent, old, s).gate == GATE_BEYOND_WINDOW
	much_later = make("CR-4", "Corbeille arrachée devant l'école, ça fait six semaines", received_on=T0 + timedelta(days=120))
	assert score_pair(much_later, old, s).gate == GATE_BEYOND_WINDOW
	# a year at most, whatever the text says
	assert s.search_window_days(lasting_days=3650) == 365


def test_an_address_without_number_takes_the_number_its_text_gives():
	""""Rue Marietton" as address, "r. Marietton vers le 86" in the text: number 86, fifty numbers
	from "137 rue Marietton" — two places, even with no geocoder."""
	s = DetectionSettings(radius_m=75, window_days=60)
	far = make("CR-1", "Armoire d'éclairage forcée, la porte ne ferme plus", lat=None, lon=None, address="137 rue Marietton")
	here = make(
		"CR-2", "Le coffret des lampadaires est ouvert, r. Marietton vers le 86.", lat=None, lon=None,
		address="Rue Marietton, 69009 Lyon", received_on=T0 + timedelta(days=3),
	)
	assert here.place.street.number == 86
	assert score_pair(here, far, s).gate == GATE_BEYOND_RADIUS
	# a number of another street named in the text is not this address's
	other = make("CR-3", "Comme devant le 12 rue Garibaldi", lat=None, lon=None, address="Rue Marietton")
	assert other.place.street.number is None


def test_a_part_of_an_object_is_another_object_than_the_whole():
	"""A tree grate, a playground's soft floor, a lamp post's hatch: another job than the tree, the
	swing, the lamp — named by a part word before the whole, words between."""
	assert describe("La grille métallique posée autour d'un arbre est désolidarisée").objects == {"grille_arbre"}
	assert describe("Grille de pied d'arbre descellée").objects == {"grille_arbre"}
	assert describe("Arbre mort, branches sèches").objects == {"arbre"}
	assert describe("Revêtement souple de l'aire de jeux arraché").objects == {"sol_jeux"}
	assert describe("La balançoire est cassée").objects == {"jeu"}
	assert describe("La petite porte du lampadaire est ouverte").objects == {"trappe_lampadaire"}
	assert describe("La petite porte du lampadaire est ouverte").faults == {"casse"}
	# the whole before the part is no part: a branch fallen on a drain grate
	assert "grille_arbre" not in describe("Une branche d'arbre est tombée sur la grille de l'avaloir").objects
	# a gate that no longer shuts is broken, not an overflowing bin
	assert describe("Le portillon de l'aire de jeux ne ferme plus").faults == {"casse"}
	s = DetectionSettings(radius_m=75, window_days=30)
	grate = make("CR-1", "Grille d'arbre soulevée, un coin dépasse")
	dead = make("CR-2", "Arbre mort, des branches sèches menacent", received_on=T0 + timedelta(days=2))
	grate_again = make("CR-3", "La grille au pied de l'arbre bouge, on trébuche", received_on=T0 + timedelta(days=2))
	assert "other_object" in score_pair(dead, grate, s).features
	assert "same_object" in score_pair(grate_again, grate, s).features
	assert score_pair(grate_again, grate, s).score > score_pair(dead, grate, s).score


def test_a_bike_wreck_and_dumped_scooters_are_objects_not_passers_by():
	assert describe("Vélo sans roues attaché au poteau depuis des mois").objects & {"epave_velo"}
	assert "trottinette" in describe("Quatre trottinettes couchées en travers du trottoir").objects
	assert "velo" in describe("Je suis tombé de mon vélo dans le trou").objects  # a passer-by's bike
	assert describe("L'aire de jeux est dégradée").objects == set()  # a place, no object named


def test_a_report_naming_only_a_victim_does_not_name_another_object():
	""""My car was damaged" next to "a branch fell": the car is the victim, not another object."""
	s = DetectionSettings(radius_m=75, window_days=30)
	branch = make("CR-1", "Une grosse branche du platane est tombée")
	car = make("CR-2", "Ma voiture a été abîmée cette nuit", received_on=T0 + timedelta(hours=8))
	bench = make("CR-3", "Le banc est cassé", received_on=T0 + timedelta(hours=8))
	assert "other_object" not in score_pair(car, branch, s).features
	assert "other_object" in score_pair(bench, branch, s).features
	# a tyre burst in a pothole is the victim's, not a dumped tyre
	assert "depot" not in describe("Trou sur la voie, j'ai crevé un pneu").objects
	assert "depot" in describe("Des pneus abandonnés sur le trottoir").objects
	# a container named by its use is no missed collection; a pothole is a fault of the roadway
	assert describe("Bac de collecte cassé, couvercle arraché").faults == {"casse"}
	assert "casse" in describe("Nid-de-poule dans la chaussée").faults
	assert "deborde" in describe("Borne à verre pleine, bouteilles par terre").faults
	assert score_pair(car, branch, s).score > score_pair(bench, branch, s).score


def test_words_typed_without_accents_name_what_their_accented_forms_name():
	assert describe("lampadaire casse").faults == describe("Lampadaire cassé").faults == {"casse"}
	assert describe("chaussee degradee").faults == describe("Chaussée dégradée").faults == {"casse"}
	assert describe("branche tombee sur le trottoir").faults == {"tombe"}
	assert "deborde" in describe("les poubelles debordent").faults
	assert "bouche" in describe("avaloir bouchee").faults
	# a form two lexicon words share is left alone: the grid of a drain is not a burnt-out bulb
	assert "panne" not in describe("la grille ne draine plus rien").faults
	assert "panne" in describe("ampoule grillee").faults


def test_short_misspelt_words_are_read_from_the_word_as_written():
	assert describe("Plus de luière dans la rue").objects == {"lampadaire"}
	assert describe("lampadère éteint").objects == {"lampadaire"}


def test_the_lexicon_knows_sms_regional_and_trade_words():
	assert describe("lampadr hs").objects == {"lampadaire"}
	assert describe("Les monstres sont toujours sur le trottoir").objects >= {"depot"}  # Paris: bulky waste
	assert describe("Un clic-clac et un frigidaire abandonnés").objects == {"depot"}
	assert describe("Le silo à verre est plein").objects == {"colonne_tri"}
	assert describe("Le Vélo'v est couché en travers").objects == {"velo"}
	assert describe("Ambroisie en fleur sur le talus").objects == {"vegetation"}
	assert describe("Tampon de regard descellé").objects == {"tampon"}
	assert "tag" in describe("Quelqu'un a peinturluré le mur").faults
	assert "bruit" in describe("Ça braille et ça claque toute la nuit").faults
	assert "panne" in describe("La rue est plongée dans le noir").faults
	assert describe("tjrs pas réparé").reminder
	assert describe("2e signalement pour ce trou").reminder


def test_generic_words_of_the_new_lexicon_name_nothing_by_themselves():
	# "plus", "la gare", "dommage", "vider son appartement", "une poussette" say nothing about the fault
	assert "manque" not in describe("On ne dort plus depuis des semaines").faults
	assert "gene" not in describe("Éclats de verre près de la gare").faults
	assert "gene" in describe("Une voiture garée sur le trottoir").faults
	assert "casse" not in describe("C'est dommage, le quartier était propre").faults
	assert "deborde" not in describe("Des gens ont vidé leur appartement sur le trottoir").faults
	assert "depot" not in describe("Avec une poussette on ne peut plus passer").objects


def test_related_faults_of_one_incident_are_not_another_fault():
	from citizen_relation.core.duplicates.objects import related_faults

	assert related_faults(frozenset({"casse"}), frozenset({"manque"}))  # a sign torn off, a sign missing
	assert related_faults(frozenset({"bouche"}), frozenset({"deborde"}))  # a drain overflowing
	assert related_faults(frozenset({"pousse"}), frozenset({"gene"}))  # a hedge blocking the pavement
	assert not related_faults(frozenset({"tag"}), frozenset({"panne"}))


def test_a_flooded_roadway_and_the_blocked_drain_are_not_two_objects():
	s = DetectionSettings(radius_m=75, window_days=30)
	drain = make("CR-1", "Avaloir bouché")
	road = make("CR-2", "Chaussée inondée, impossible de traverser", received_on=T0 + timedelta(hours=3))
	bench = make("CR-3", "Banc cassé", received_on=T0 + timedelta(hours=3))
	assert "other_object" not in score_pair(road, drain, s).features
	assert "other_object" in score_pair(bench, drain, s).features


def test_a_fault_said_negatively_of_a_device_is_it_being_out_of_order():
	assert describe("La fontaine ne coule plus").faults == {"panne"}  # not a leak
	assert describe("Le lampadaire n'éclaire plus").faults == {"panne"}
	assert describe("Les feux sont désynchronisés au carrefour").faults == {"reglage"}


def test_a_slippery_roadway_and_a_dead_tree_are_faults_of_their_own():
	assert describe("Huile sur la chaussée, ça glisse").faults == {"glissant"}
	assert "glissant" not in describe("Nid de poule profond").faults
	assert "malade" in describe("Le platane est mort sur pied").faults
	from citizen_relation.core.duplicates.objects import related_faults

	assert related_faults(frozenset({"malade"}), frozenset({"tombe"}))  # a dead tree falls
	assert not related_faults(frozenset({"glissant"}), frozenset({"casse"}))


def test_two_kinds_of_street_furniture_at_one_place_are_two_objects():
	"""A bollard knocked down and a bike rack torn off at one square are two interventions; a report
	saying only "mobilier urbain" (or "le poteau") names no kind in particular."""
	s = DetectionSettings(radius_m=75, window_days=30)
	bollard = make("CR-1", "Potelet arraché devant la boulangerie")
	rack = make("CR-2", "Arceau vélo arraché devant la boulangerie", received_on=T0 + timedelta(hours=3))
	vague = make("CR-3", "Mobilier urbain arraché devant la boulangerie", received_on=T0 + timedelta(hours=3))
	again = make("CR-4", "Plot tordu devant la boulangerie", received_on=T0 + timedelta(hours=3))
	other = score_pair(rack, bollard, s)
	assert "other_object" in other.features and other.score < score_pair(again, bollard, s).score
	assert "other_object" not in score_pair(vague, bollard, s).features
	assert "other_object" not in score_pair(vague, rack, s).features
	assert describe("Les bornes anti-stationnement sont tordues").objects == {"potelet"}
	assert describe("La jardinière est renversée").objects == {"jardiniere"}


def test_a_street_bin_and_the_bottle_bank_at_one_square_are_two_objects():
	"""Two interventions (cleansing, collection); "la poubelle" may be either, so it is neither."""
	s = DetectionSettings(radius_m=75, window_days=30)
	bin_ = make("CR-1", "La corbeille déborde sur la place")
	bank = make("CR-2", "La colonne à verre déborde sur la place", received_on=T0 + timedelta(hours=3))
	vague = make("CR-3", "La poubelle déborde sur la place", received_on=T0 + timedelta(hours=3))
	assert "other_object" in score_pair(bank, bin_, s).features
	assert "other_object" not in score_pair(vague, bin_, s).features
	assert "other_object" not in score_pair(vague, bank, s).features
	assert "other_object" not in score_pair(make("CR-4", "Des bouteilles cassées au pied"), bank, s).features
