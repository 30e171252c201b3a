"""The request-type profile: one object for everything a request type decides."""

from citizen_relation.core import crpa
from citizen_relation.core.request_type import RequestTypeProfile, detection_settings

TYPE = {
	"name": "Dépôt sauvage",
	"category": "Technical Problem",
	"service": "Propreté urbaine",
	"default_priority": "High",
	"is_active": 1,
	"is_public": 0,
	"crpa_regime": "Silence means rejection",
	"crpa_delay_months": 4,
	"requires_acknowledgement": 1,
	"duplicate_detection": 1,
	"duplicate_radius_m": 80,
	"duplicate_window_days": 10,
	"duplicate_threshold": 70,
	"reporters_for_priority_raise": 3,
}
FIELDS = [
	{"label": "Volume", "fieldname": "volume", "fieldtype": "Select", "options": "Petit\nGros", "reqd": 1, "public": 1},
	{"label": "Note interne", "fieldname": "note", "fieldtype": "Data", "public": 0, "description": "agents"},
]


def test_profile_reads_every_decision_of_the_type():
	p = RequestTypeProfile.from_values(TYPE, FIELDS)
	assert (p.name, p.category, p.service, p.default_priority) == (
		"Dépôt sauvage",
		"Technical Problem",
		"Propreté urbaine",
		"High",
	)
	assert p.is_active and not p.is_public
	assert p.regime == crpa.Regime(crpa.REJECTION, 4) and p.has_implicit_decision
	assert p.crpa_regime == "Silence means rejection"
	assert p.requires_acknowledgement and p.priority_raise_at == 3
	assert (p.detection.radius_m, p.detection.window_days, p.detection.threshold) == (80, 10, 0.7)
	assert [f.fieldname for f in p.public_fields] == ["volume"]
	assert p.fields[1].description == "agents"


def test_defaults_keep_what_the_request_already_has():
	p = RequestTypeProfile.from_values(TYPE)
	assert p.defaults() == {"category": "Technical Problem", "priority": "High", "service": "Propreté urbaine"}
	assert p.defaults("Low", "Voirie") == {"category": "Technical Problem", "priority": "Low", "service": "Voirie"}


def test_empty_values_fall_back_to_safe_defaults():
	p = RequestTypeProfile.from_values({"name": "Info"})
	assert p.default_priority == "Medium" and p.is_active and p.is_public
	assert p.regime.silence == crpa.NONE and not p.has_implicit_decision
	assert p.detection is None and not p.detects_duplicates
	assert p.priority_raise_at == 0


def test_detection_settings_tolerate_bad_numbers():
	s = detection_settings({"duplicate_detection": 1, "duplicate_radius_m": "", "duplicate_window_days": "abc"})
	assert (s.radius_m, s.window_days) == (75, 30)
	assert s.threshold is None  # no threshold: the model's
	assert detection_settings({"duplicate_detection": 0, "duplicate_radius_m": 5}) is None
	hours = detection_settings({"duplicate_detection": 1, "duplicate_window_days": 0.5, "duplicate_threshold": 70})
	assert hours.window_days == 0.5 and hours.threshold == 0.7


def test_automatic_merging_needs_detection_and_stays_above_the_suggestion_threshold():
	off = RequestTypeProfile.from_values({"name": "t", "duplicate_detection": 1, "auto_merge": 0})
	assert off.auto_merge_threshold is None
	assert RequestTypeProfile.from_values({"name": "t", "auto_merge": 1, "auto_merge_threshold": 95}).auto_merge_threshold is None
	on = RequestTypeProfile.from_values({"name": "t", "duplicate_detection": 1, "auto_merge": 1, "duplicate_threshold": 65})
	assert on.auto_merge_threshold == 0.90  # the default
	low = {"name": "t", "duplicate_detection": 1, "auto_merge": 1, "duplicate_threshold": 80, "auto_merge_threshold": 40}
	assert RequestTypeProfile.from_values(low).auto_merge_threshold == 0.80


def test_the_profile_carries_the_open311_code():
	profile = RequestTypeProfile.from_values({"name": "t", "open311_code": " eclairage "})
	assert profile.open311_code == "eclairage"
	assert RequestTypeProfile.from_values({"name": "t"}).open311_code is None
