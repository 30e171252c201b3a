import json
import math
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from benchmarks.evaluation import precision_recall
from citizen_relation.core.duplicates import (
	EARTH_RADIUS_M,
	GATE_BEYOND_RADIUS,
	GATE_BEYOND_WINDOW,
	GATE_DIFFERENT_ADDRESS,
	GATE_IGNORED_STATUS,
	GATE_NO_LOCATION,
	GATE_SAME_REPORT,
	AddressKey,
	DetectionSettings,
	Report,
	address_key,
	address_similarity,
	bounding_box,
	distance_score,
	haversine_m,
	haversine_m_np,
	match_text,
	score_candidates,
	score_pair,
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
		("7 rue Tronchet, Lyon 6e", AddressKey(7, "rue tronchet lyon")),
		("Place Bellecour, Lyon", AddressKey(None, "place bellecour lyon")),
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


def test_settings_validate_their_values():
	with pytest.raises(ValueError):
		DetectionSettings(threshold=1.5)
	with pytest.raises(ValueError):
		DetectionSettings(radius_m=0)
	with pytest.raises(ValueError):
		DetectionSettings(window_days=-1)
	with pytest.raises(ValueError):
		DetectionSettings(weight_text=-0.1)
	with pytest.raises(ValueError):
		DetectionSettings(
			weight_distance=0,
			weight_address=0,
			weight_text=0,
			weight_type=0,
			weight_category=0,
			weight_time=0,
		)


def test_settings_from_a_document_mapping():
	s = DetectionSettings.from_mapping(
		{
			"enabled": 1,
			"radius_m": 80,
			"threshold": None,
			"ignored_statuses": "Closed\nRejected, Duplicate",
			"name": "Signalement",
			"require_location": 0,
		}
	)
	assert s.enabled is True and s.radius_m == 80 and s.threshold == DetectionSettings().threshold
	assert s.ignored_statuses == frozenset({"Closed", "Rejected", "Duplicate"})
	assert s.require_location is False
	assert DetectionSettings(ignored_statuses=["Closed"]).ignored_statuses == frozenset({"Closed"})


# --------------------------------------------------------------------------------------------------
# score_pair
# --------------------------------------------------------------------------------------------------


def test_breakdown_explains_every_component():
	lat, lon = destination(*BELLECOUR, 30, 90)
	new = make("CR-2", "Réverbère en panne", lat=lat, lon=lon, received_on=T0 + timedelta(days=3))
	old = make("CR-1", "Le lampadaire ne fonctionne plus")
	s = DetectionSettings()
	b = score_pair(new, old, s)
	names = [c.name for c in b.components]
	assert names == ["distance", "text", "type", "category", "time"]
	assert b.component("distance").raw == pytest.approx(30, abs=0.01)
	assert b.component("distance").unit == "m"
	assert b.component("distance").score == pytest.approx(0.8, abs=1e-4)
	assert b.component("time").raw == pytest.approx(3) and b.component("time").unit == "days"
	assert b.component("text").raw == 100.0  # "lampadaire panne" both
	assert b.component("type").raw is True and b.component("category").raw is True
	assert sum(c.contribution for c in b.components) == pytest.approx(b.score)
	assert b.gate is None and b.is_duplicate and b.candidate == "CR-1"
	assert json.loads(json.dumps(b.to_dict()))["components"][0]["raw"] == pytest.approx(30, abs=0.01)


def test_different_category_and_type_lower_the_score():
	s = DetectionSettings()
	base = score_pair(make("CR-2"), make("CR-1"), s).score
	other_cat = score_pair(make("CR-2", category="Voirie"), make("CR-1"), s)
	other_type = score_pair(make("CR-2", request_type="Réclamation"), make("CR-1"), s)
	assert base - other_cat.score == pytest.approx(s.weight_category)
	assert base - other_type.score == pytest.approx(s.weight_type)
	# an empty category is not "the same category"
	assert (
		score_pair(make("CR-2", category=""), make("CR-1", category=""), s).component("category").raw is False
	)
	assert (
		score_pair(make("CR-2", category=None), make("CR-1", category=None), s).component("category").raw
		is False
	)


def test_time_component_decays_within_the_window():
	s = DetectionSettings(window_days=30)
	b = score_pair(make("CR-2", received_on=T0 + timedelta(days=15)), make("CR-1"), s)
	assert b.component("time").score == pytest.approx(0.5)
	assert b.gate is None


def test_aware_and_naive_datetimes():
	s = DetectionSettings()
	aware = datetime(2024, 3, 4, 9, 0, tzinfo=timezone(timedelta(hours=1)))
	b = score_pair(make("CR-2", received_on=aware), make("CR-1", received_on=aware - timedelta(hours=12)), s)
	assert b.component("time").raw == pytest.approx(0.5)


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


def test_address_replaces_distance_when_coordinates_are_missing():
	s = DetectionSettings()
	new = make("CR-2", lat=None, lon=None, address="12, Rue de la Republique Lyon")
	old = make("CR-1", address="12 rue de la République, 69002 Lyon")  # geolocated, but new is not
	b = score_pair(new, old, s)
	assert b.components[0].name == "address"
	assert b.component("address").score == 1.0 and b.component("address").weight == s.weight_address
	assert b.component("address").detail["number"] == 12
	assert b.is_duplicate
	other = score_pair(replace(new, address="12 rue Victor Hugo"), old, s)
	assert other.gate == GATE_DIFFERENT_ADDRESS and other.score == 0.0


def test_no_location_at_all_is_gated_unless_settings_allow_it():
	new = make("CR-2", lat=None, lon=None)
	old = make("CR-1", lat=None, lon=None)
	b = score_pair(new, old, DetectionSettings())
	assert b.gate == GATE_NO_LOCATION and b.component("distance").raw is None
	lenient = score_pair(new, old, DetectionSettings(require_location=False))
	assert lenient.gate is None
	assert lenient.component("distance").score == 0.0
	assert 0 < lenient.score < 1 - DetectionSettings().weight_distance + 1e-9


# --------------------------------------------------------------------------------------------------
# score_candidates
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
CATEGORIES = ["Éclairage public", "Voirie", "Propreté", None]
STATUSES = [None, "Open", "Closed"]


def random_reports(n, seed):
	rng = np.random.default_rng(seed)
	out = []
	for i in range(n):
		located = rng.random() < 0.8
		lat, lon = destination(*BELLECOUR, float(rng.uniform(0, 300)), float(rng.uniform(0, 360)))
		out.append(
			Report(
				name=f"CR-{i}",
				received_on=T0 - timedelta(days=float(rng.uniform(0, 40))),
				request_type=str(rng.choice(["Signalement", "Réclamation"])),
				category=CATEGORIES[rng.integers(len(CATEGORIES))],
				text=TEXTS[rng.integers(len(TEXTS))],
				lat=lat if located else None,
				lon=lon if located else None,
				address=str(
					rng.choice(
						["12 rue de la République", "14 rue de la République", "3 place Bellecour", ""]
					)
				),
				status=STATUSES[rng.integers(len(STATUSES))],
			)
		)
	return out


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("new_located", [True, False])
def test_vectorised_scoring_matches_the_pairwise_reference(seed, new_located):
	candidates = random_reports(300, seed)
	new = make(
		"NEW",
		"Lampadaire en panne",
		lat=BELLECOUR[0] if new_located else None,
		lon=BELLECOUR[1] if new_located else None,
		address="12 rue de la République",
	)
	s = DetectionSettings(ignored_statuses=frozenset({"Closed"}))
	for threshold in (0.0, 0.3, s.threshold):
		got = score_candidates(new, candidates, s, threshold=threshold)
		expected = [
			b for b in (score_pair(new, c, s) for c in candidates) if b.gate is None and b.score >= threshold
		]
		expected.sort(key=lambda b: -b.score)
		assert [b.candidate for b in got] == [b.candidate for b in expected]
		assert [b.score for b in got] == pytest.approx([b.score for b in expected], abs=1e-12)
		assert all(b.gate is None for b in got)


def test_vectorised_scoring_with_aware_datetimes():
	paris = timezone(timedelta(hours=2))
	candidates = [replace(c, received_on=c.received_on.replace(tzinfo=paris)) for c in random_reports(100, 3)]
	new = make("NEW", received_on=T0.replace(tzinfo=timezone.utc))
	s = DetectionSettings()
	got = score_candidates(new, candidates, s, threshold=0.0)
	expected = sorted(
		(b for b in (score_pair(new, c, s) for c in candidates) if b.gate is None), key=lambda b: -b.score
	)
	assert [b.candidate for b in got] == [b.candidate for b in expected]
	assert [b.component("time").raw for b in got] == pytest.approx(
		[b.component("time").raw for b in expected]
	)


def test_score_candidates_options():
	candidates = random_reports(200, 7)
	new = make("NEW", "Lampadaire en panne")
	s = DetectionSettings()
	everything = score_candidates(new, candidates, s, threshold=0.0)
	assert len(everything) > 5
	assert score_candidates(new, candidates, s, threshold=0.0, limit=5) == everything[:5]
	assert all(b.score >= s.threshold for b in score_candidates(new, candidates, s))
	assert score_candidates(new, candidates, replace(s, enabled=False)) == []
	assert score_candidates(new, [], s) == []
	assert score_candidates(new, [new], s, threshold=0.0) == []
	# a new report without text still scores on location, type, category and time
	silent = score_candidates(replace(new, text=""), candidates, s, threshold=0.0)
	assert silent and all(b.component("text").raw == 0.0 for b in silent)


# --------------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------------

reports = st.builds(
	Report,
	name=st.sampled_from(["A", "B", "C"]),
	received_on=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2024, 3, 1)),
	request_type=st.sampled_from(["Signalement", "Réclamation", None]),
	category=st.sampled_from(CATEGORIES),
	text=st.sampled_from(TEXTS) | st.text(max_size=40),
	lat=st.none() | st.floats(45.74, 45.78),
	lon=st.none() | st.floats(4.80, 4.87),
	address=st.none()
	| st.sampled_from(["12 rue de la République", "14 rue de la République", "place Bellecour"]),
	status=st.sampled_from(STATUSES),
)
detection_settings = st.builds(
	DetectionSettings,
	radius_m=st.floats(10, 1000),
	window_days=st.floats(1, 90),
	weight_distance=st.floats(0, 1),
	weight_address=st.floats(0, 1),
	weight_text=st.floats(0.01, 1),
	weight_type=st.floats(0, 1),
	weight_category=st.floats(0, 1),
	weight_time=st.floats(0, 1),
	require_location=st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(a=reports, b=reports, s=detection_settings)
def test_score_is_between_0_and_1_and_symmetric(a, b, s):
	ab, ba = score_pair(a, b, s), score_pair(b, a, s)
	for br in (ab, ba):
		assert 0.0 <= br.score <= 1.0 + 1e-12
		assert 0.0 <= br.weighted <= 1.0 + 1e-12
		assert all(0.0 <= c.score <= 1.0 for c in br.components)
		assert sum(c.contribution for c in br.components) == pytest.approx(br.weighted)
	assert ab.components[0].name == ba.components[0].name
	assert ab.components[0].score == pytest.approx(ba.components[0].score)
	assert ab.components[0].raw == pytest.approx(ba.components[0].raw)
	if a.name != b.name and not s.ignored_statuses:
		assert ab.score == pytest.approx(ba.score)


@settings(max_examples=150, deadline=None)
@given(
	a=st.builds(replace, reports, lat=st.floats(45.74, 45.78), lon=st.floats(4.80, 4.87)),
	d1=st.floats(0, 2000),
	d2=st.floats(0, 2000),
	bearing=st.floats(0, 360),
	s=detection_settings,
)
def test_score_decreases_with_distance(a, d1, d2, bearing, s):
	near, far = sorted((d1, d2))
	lat, lon = destination(a.lat, a.lon, near, bearing)
	b_near = replace(a, name="N", lat=lat, lon=lon)
	lat, lon = destination(a.lat, a.lon, far, bearing)
	b_far = replace(a, name="N", lat=lat, lon=lon)
	s_near, s_far = score_pair(a, b_near, s), score_pair(a, b_far, s)
	assert s_near.components[0].score >= s_far.components[0].score - 1e-9
	assert s_near.score >= s_far.score - 1e-9


# --------------------------------------------------------------------------------------------------
# Labelled set
# --------------------------------------------------------------------------------------------------


def load_pairs():
	doc = json.loads(DATA.read_text(encoding="utf-8"))

	def report(d):
		return Report(
			name=d["name"],
			received_on=datetime.fromisoformat(d["received_on"]),
			request_type=d["request_type"],
			category=d["category"],
			text=d["text"],
			lat=d["lat"],
			lon=d["lon"],
			address=d["address"],
		)

	return [(p, report(p["a"]), report(p["b"])) for p in doc["pairs"]]


def test_labelled_set_is_large_and_covers_the_cases():
	pairs = load_pairs()
	assert len(pairs) >= 120
	cases = Counter(p["case"] for p, _, _ in pairs)
	for case in (
		"same_incident_synonyms",
		"same_incident_typos",
		"no_coordinates_same_address",
		"same_street_different_problem",
		"same_problem_elsewhere",
		"far_apart_in_time",
	):
		assert cases[case] >= 8, case
	labels = Counter(p["duplicate"] for p, _, _ in pairs)
	assert labels[True] >= 50 and labels[False] >= 50
	assert len({p["id"] for p, _, _ in pairs}) == len(pairs)


def test_precision_and_recall_on_the_labelled_set():
	s = DetectionSettings()
	pairs = load_pairs()
	expected = [p["duplicate"] for p, _, _ in pairs]
	pairwise = [score_pair(b, a, s).is_duplicate for _, a, b in pairs]
	vectorised = [bool(score_candidates(b, [a], s)) for _, a, b in pairs]
	assert pairwise == vectorised
	precision, recall = precision_recall(pairwise, expected)

	by_case = defaultdict(lambda: [0, 0])
	for (p, _, _), got in zip(pairs, pairwise):
		by_case[p["case"]][0] += got == p["duplicate"]
		by_case[p["case"]][1] += 1
	print(f"\nduplicate detection on {len(pairs)} labelled pairs at threshold {s.threshold}:")
	print(f"  precision {precision:.3f}  recall {recall:.3f}")
	for case, (ok, n) in sorted(by_case.items()):
		print(f"  {case:36s} {ok:3d}/{n:<3d} correct")
	errors = [p["id"] for (p, _, _), got in zip(pairs, pairwise) if got != p["duplicate"]]
	print(f"  misclassified: {', '.join(errors)}")

	# floors just under what the default settings achieve (0.958 / 0.945 when written)
	assert precision >= 0.95
	assert recall >= 0.93


def test_near_misses_on_another_street_or_month_are_never_suggested():
	s = DetectionSettings()
	for p, a, b in load_pairs():
		if p["case"] in ("same_problem_elsewhere", "far_apart_in_time", "no_coordinates_different_address"):
			assert not score_pair(b, a, s).is_duplicate, p["id"]


def test_precision_recall_helper():
	assert precision_recall([True, True, False, False], [True, False, True, False]) == (0.5, 0.5)
	assert precision_recall([], []) == (1.0, 1.0)
