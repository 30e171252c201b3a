"""Duplicate scoring: settings, the reports compared, gates, and the explained probability.

See :mod:`citizen_relation.core.duplicates` for the model. :func:`score_pair` is the plain-Python
reference; :func:`score_candidates` the path the adapter uses (text and distances vectorised).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from rapidfuzz import process

from citizen_relation.core.duplicates.address import AddressKey, address_key, mentioned_address, with_number_from_text
from citizen_relation.core.duplicates.features import Facts, Place, lasting_reach, pair_features
from citizen_relation.core.duplicates.lexicon import TEXT_SCORER, match_text, text_similarity
from citizen_relation.core.duplicates.model import COMPONENTS, FEATURES, DuplicateModel, seeded_model
from citizen_relation.core.duplicates.objects import Mention, describe
from citizen_relation.core.geo import haversine_m_np

SECONDS_PER_DAY = 86_400.0

GATE_BEYOND_RADIUS = "beyond_radius"
GATE_BEYOND_WINDOW = "beyond_window"
GATE_IGNORED_STATUS = "ignored_status"
GATE_SAME_REPORT = "same_report"
GATE_NO_LOCATION = "no_location"
GATE_DIFFERENT_ADDRESS = "different_address"
GATE_DISMISSED = "dismissed"
# A candidate of a type its families do not relate to the new report's (searched when the
# collectivité compares every type) must name the same object with the same fault.
GATE_OTHER_TYPE = "other_type"

# A report saying "still not repaired" looks back this many windows (and at least this many days).
REMINDER_WINDOW_FACTOR = 3.0
REMINDER_WINDOW_MIN_DAYS = 60.0
# Without coordinates on a side, the gap between house numbers on one street estimates the
# distance (about 7 m a number). The estimate is rough — buildings are wider on some streets, odd
# and even sides do not face each other number for number — so it gates a pair only beyond the
# radius by this factor (75 m radius: beyond about 16 numbers, 112 m): "12 rue X" and "60 rue X"
# are two places even when no geocoder is configured.
HOUSE_NUMBER_SLACK = 1.5

# Component → (unit of its raw value)
UNITS = {
	"distance": "m",
	"street": "%",
	"object": "bool",
	"fault": "bool",
	"text": "%",
	"time": "days",
	"type": "bool",
}


# --------------------------------------------------------------------------------------------------
# Settings and inputs
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class DetectionSettings:
	"""Duplicate-detection settings of one request type (all editable in the desk).

	``radius_m``: how far apart two reports of one incident may be (the type's usual spread; the
	search box and the distance feature are relative to it). ``window_days``: how long after a
	report a new one may still be about the same incident (hours for noise, weeks for potholes;
	a fraction of a day is allowed). ``threshold``: the probability from which a candidate is
	suggested; ``None`` follows the model's. ``ignored_statuses``: candidates in these statuses are
	never suggested. ``require_location``: gate out pairs with no place to compare at all.
	"""

	enabled: bool = True
	radius_m: float = 150.0
	window_days: float = 30.0
	threshold: float | None = None
	require_location: bool = True
	ignored_statuses: frozenset[str] = frozenset()

	def search_window_days(self, reminder: bool = False, lasting_days: float | None = None) -> float:
		"""How far back a report looks for the incident it reports.

		A report saying the incident was reported before and is still there ("toujours pas
		réparé", "je relance") looks further back than the window: :data:`REMINDER_WINDOW_FACTOR`
		times it, and at least :data:`REMINDER_WINDOW_MIN_DAYS`. One saying how long the fault has
		lasted ("ça fait six semaines": ``lasting_days``) looks back that long (:func:`lasting_reach`).
		Only open requests are candidates, so an incident already resolved is never found this way.
		"""
		days = self.window_days
		if reminder:
			days = max(days, self.window_days * REMINDER_WINDOW_FACTOR, REMINDER_WINDOW_MIN_DAYS)
		if lasting_days:
			days = max(days, lasting_reach(lasting_days))
		return days

	def looks_back_days(self, mention: Mention) -> float:
		""":meth:`search_window_days` for a report's text."""
		return self.search_window_days(mention.reminder, mention.lasting_days)

	def __post_init__(self):
		if not (self.radius_m > 0 and math.isfinite(self.radius_m)):
			raise ValueError(f"radius_m must be a positive number, got {self.radius_m!r}")
		if not (self.window_days > 0 and math.isfinite(self.window_days)):
			raise ValueError(f"window_days must be a positive number, got {self.window_days!r}")
		if self.threshold is not None and not 0.0 < self.threshold < 1.0:
			raise ValueError(f"threshold must be strictly between 0 and 1, got {self.threshold!r}")
		if not isinstance(self.ignored_statuses, frozenset):
			object.__setattr__(self, "ignored_statuses", frozenset(self.ignored_statuses))

	@classmethod
	def from_mapping(cls, values: Mapping[str, object]) -> DetectionSettings:
		"""Build from a mapping (e.g. a doc's ``as_dict()``), ignoring unknown keys and ``None``."""
		known = cls.__dataclass_fields__
		kwargs = {k: v for k, v in values.items() if k in known and v is not None}
		for flag in ("enabled", "require_location"):
			if flag in kwargs:
				kwargs[flag] = bool(kwargs[flag])
		if isinstance(kwargs.get("ignored_statuses"), str):
			kwargs["ignored_statuses"] = frozenset(
				s.strip() for s in re.split(r"[\n,]", kwargs["ignored_statuses"]) if s.strip()
			)
		return cls(**kwargs)


@dataclass(frozen=True, kw_only=True)
class Report:
	"""A request as the adapter passes it.

	``text`` is the subject and description (HTML allowed, it is stripped); pass
	``normalised_text`` instead when a stored :func:`match_text` value is available. ``lat``/``lon``
	are the report's own degrees; ``None``, NaN, or exactly (0, 0) (an empty Frappe Float field)
	mean "not geolocated". ``geo_lat``/``geo_lon`` are coordinates found by geocoding its address
	(used only when it has none of its own), ``geo_street``/``geo_number`` the street and number
	found by the geocoder (its address's street correctly spelt, or the street of its coordinates).
	``received_on``: naive datetimes (Frappe's) are compared as they are; do not mix naive and aware.
	"""

	name: str
	received_on: datetime
	request_type: str | None = None
	category: str | None = None
	text: str = ""
	lat: float | None = None
	lon: float | None = None
	address: str | None = None
	status: str | None = None
	normalised_text: str | None = None
	geo_lat: float | None = None
	geo_lon: float | None = None
	geo_street: str | None = None
	geo_number: int | None = None

	@property
	def text_key(self) -> str:
		"""Text compared by the text component (normalised, synonyms mapped)."""
		if self.normalised_text is not None:
			return self.normalised_text
		return match_text(self.text, address=self.address)

	@property
	def coordinates(self) -> tuple[float, float] | None:
		return _coordinates(self.lat, self.lon)

	@property
	def epoch(self) -> float:
		return _epoch(self.received_on)

	@property
	def address_key(self) -> AddressKey | None:
		return address_key(self.address)

	@property
	def place(self) -> Place:
		"""Where the report is: its own coordinates, else geocoded ones; its address's street, else
		the street found for its coordinates, else a street named in its text."""
		own = self.coordinates
		coordinates, c_source = (own, "report") if own else (_coordinates(self.geo_lat, self.geo_lon), "geocoded")
		street, s_source = self.address_key, "address"
		if self.geo_street:  # the geocoder's spelling of the street (typos corrected)
			number = self.geo_number or (street.number if street else None)
			street, s_source = AddressKey(number, self.geo_street), "geocoded"
		if street is None:
			street, s_source = mentioned_address(self.text), "text"
		else:
			street = with_number_from_text(street, self.text)
		return Place(
			coordinates=coordinates,
			coordinates_source=c_source if coordinates else None,
			street=street,
			street_source=s_source if street else None,
		)

	@property
	def mention(self) -> Mention:
		return describe(self.text)


def _coordinates(lat: float | None, lon: float | None) -> tuple[float, float] | None:
	if lat is None or lon is None:
		return None
	lat, lon = float(lat), float(lon)
	if not (math.isfinite(lat) and math.isfinite(lon)) or (lat == 0.0 and lon == 0.0):
		return None
	return lat, lon


# --------------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Component:
	"""One line of the explanation.

	``raw`` is the measured value in ``unit`` ("m" metres, "days", "%" similarity, "bool" same or
	not, ``None`` unknown); ``score`` the main feature in [0, 1] (1 = speaks for a duplicate);
	``weight`` the model's coefficient of that feature; ``contribution`` the logit points the
	component adds to the decision (positive: for a duplicate; negative: against), so that
	``intercept + Σ contributions`` is the logit of the probability.
	"""

	name: str
	raw: float | bool | None
	unit: str
	score: float
	weight: float
	contribution: float
	detail: Mapping[str, object] = field(default_factory=dict)

	def to_dict(self) -> dict:
		raw = round(self.raw, 2) if isinstance(self.raw, float) else self.raw
		return {
			"name": self.name,
			"raw": raw,
			"unit": self.unit,
			"score": round(self.score, 4),
			"weight": round(self.weight, 4),
			"contribution": round(self.contribution, 4),
			"detail": dict(self.detail),
		}


@dataclass(frozen=True)
class ScoreBreakdown:
	"""Probability that a candidate reports the same incident as the new report, explained.

	``score`` is 0 when a ``gate`` applies (a ``GATE_*`` constant); ``weighted`` keeps the
	probability before gates; ``features`` are the model's inputs (stored with agents' decisions
	to recalibrate the model); ``intercept`` the model's constant.
	"""

	candidate: str
	score: float
	weighted: float
	threshold: float
	gate: str | None
	components: tuple[Component, ...]
	features: Mapping[str, float] = field(default_factory=dict)
	intercept: float = 0.0

	@property
	def is_duplicate(self) -> bool:
		"""Whether the desk should suggest this candidate (probability at or above the threshold)."""
		return self.gate is None and self.score >= self.threshold

	def component(self, name: str) -> Component | None:
		return next((c for c in self.components if c.name == name), None)

	def to_dict(self) -> dict:
		"""JSON-friendly form for the desk."""
		return {
			"candidate": self.candidate,
			"score": round(self.score, 4),
			"weighted": round(self.weighted, 4),
			"threshold": self.threshold,
			"is_duplicate": self.is_duplicate,
			"gate": self.gate,
			"intercept": round(self.intercept, 4),
			"features": {k: round(v, 4) for k, v in self.features.items()},
			"components": [c.to_dict() for c in self.components],
		}


# --------------------------------------------------------------------------------------------------
# Kept for callers of the previous linear scores
# --------------------------------------------------------------------------------------------------


def distance_score(distance_m: float, radius_m: float) -> float:
	"""1 at 0 m, falling linearly to 0 at ``radius_m`` and beyond."""
	return max(0.0, 1.0 - distance_m / radius_m)


def time_score(days_apart: float, window_days: float) -> float:
	"""1 for reports received together, falling linearly to 0 at ``window_days`` and beyond."""
	return max(0.0, 1.0 - days_apart / window_days)


_UNIX_EPOCH = datetime(1970, 1, 1)


def _epoch(value: datetime) -> float:
	"""Seconds since 1970; naive datetimes are read as UTC."""
	if value.tzinfo is None:
		return (value - _UNIX_EPOCH).total_seconds()
	return value.timestamp()


# --------------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------------


def _same(a: str | None, b: str | None) -> bool:
	return a is not None and a != "" and a == b


def _components(
	model: DuplicateModel, features: Mapping[str, float], facts: Facts, places, *, outside_families: bool = False
) -> tuple[Component, ...]:
	contributions = model.contributions(features)
	new_place, cand_place = places

	def main(name: str, *candidates: str) -> tuple[float, float]:
		for f in candidates:
			if f in features:
				value = features[f]
				return (value if not f.startswith(("other", "far", "unlocated", "elapsed")) else 0.0), model.coefficient(f)
		return 0.0, model.coefficient(candidates[0])

	distance_score_, distance_weight = main("distance", "near", "unlocated")
	street_score, street_weight = main("street", "same_street", "other_street")
	object_score, object_weight = main("object", "same_object", "other_object")
	fault_score, fault_weight = main("fault", "same_fault", "other_fault")
	objects_known = bool(facts.objects[0] and facts.objects[1])
	faults_known = bool(facts.faults[0] and facts.faults[1])
	rows = {
		"distance": (
			facts.distance_m,
			distance_score_,
			distance_weight,
			{
				"source": facts.distance_source,
				"radius_m": facts.radius_m,
				"coordinates": [new_place.coordinates_source, cand_place.coordinates_source],
			},
		),
		"street": (
			facts.street_similarity,
			street_score,
			street_weight,
			{
				"street": facts.streets[0],
				"candidate_street": facts.streets[1],
				"number": facts.numbers[0],
				"candidate_number": facts.numbers[1],
				"sources": [new_place.street_source, cand_place.street_source],
			},
		),
		"object": (
			(features.get("same_object", 0.0) > 0) if objects_known else None,
			object_score,
			object_weight,
			{"objects": list(facts.objects[0]), "candidate_objects": list(facts.objects[1])},
		),
		"fault": (
			(features.get("same_fault", 0.0) > 0 or "other_fault" not in features) if faults_known else None,
			fault_score,
			fault_weight,
			{
				"faults": list(facts.faults[0]),
				"candidate_faults": list(facts.faults[1]),
				# different faults, one the cause of the other (knocked down / out): not "another fault"
				"related": faults_known and "same_fault" not in features and "other_fault" not in features,
			},
		),
		"text": (facts.text_similarity, features.get("text", 0.0), model.coefficient("text"), {}),
		"time": (
			facts.days_apart,
			1.0 - features.get("elapsed", 0.0),
			model.coefficient("elapsed"),
			{"window_days": facts.window_days, "reminder": "reminder" in features, "lasting_days": facts.lasting_days},
		),
		# a type the families do not relate, compared because both name the same object and fault
		"type": (
			facts.same_type,
			float(facts.same_type),
			model.coefficient("same_type"),
			{"outside_families": outside_families},
		),
	}
	return tuple(
		Component(name, rows[name][0], UNITS[name], rows[name][1], rows[name][2], contributions[name], rows[name][3])
		for name in COMPONENTS
	)


def _explain(
	new: Report,
	candidate: Report,
	s: DetectionSettings,
	model: DuplicateModel,
	*,
	text: float,
	days: float,
	distance_m: float | None = None,
	dismissed: bool = False,
	new_place: Place | None = None,
	new_mention: Mention | None = None,
	cut: float | None = None,
	related: Collection[str] | None = None,
) -> ScoreBreakdown | None:
	"""Features, probability, components and gates of one pair (shared by both paths).

	With ``cut``, a pair gated or below it returns ``None`` before its explanation is built.
	``related``: the types the new report's families relate to it; a candidate of another type
	passes only when both name the same object with the same fault (``None``: no such gate).
	"""
	new_place = new_place or new.place
	cand_place = candidate.place
	features, facts = pair_features(
		new_place,
		cand_place,
		new_mention or new.mention,
		candidate.mention,
		text_similarity=text,
		days_apart=days,
		same_type=_same(new.request_type, candidate.request_type),
		radius_m=s.radius_m,
		window_days=s.window_days,
		distance_m=distance_m,
	)
	probability = model.probability(features)
	threshold = s.threshold if s.threshold is not None else model.threshold
	outside = related is not None and candidate.request_type not in related

	gate = None
	if candidate.name == new.name:
		gate = GATE_SAME_REPORT
	elif dismissed:
		gate = GATE_DISMISSED
	elif candidate.status is not None and candidate.status in s.ignored_statuses:
		gate = GATE_IGNORED_STATUS
	elif facts.distance_m is not None and facts.distance_m > s.radius_m * (
		HOUSE_NUMBER_SLACK if facts.distance_source == "house numbers" else 1.0
	):
		gate = GATE_BEYOND_RADIUS
	elif days > s.window_days and (
		candidate.epoch > new.epoch or days > s.looks_back_days(new_mention or new.mention)
	):
		gate = GATE_BEYOND_WINDOW
	elif s.require_location and facts.distance_m is None and facts.street_similarity is None:
		gate = GATE_NO_LOCATION
	elif outside and not (features.get("same_object") and features.get("same_fault")):
		gate = GATE_OTHER_TYPE
	if cut is not None and (gate is not None or probability < cut):
		return None
	return ScoreBreakdown(
		candidate=candidate.name,
		score=0.0 if gate else probability,
		weighted=probability,
		threshold=threshold,
		gate=gate,
		components=_components(model, features, facts, (new_place, cand_place), outside_families=outside),
		features=features,
		intercept=model.intercept,
	)


def score_pair(
	new: Report,
	candidate: Report,
	settings: DetectionSettings,
	model: DuplicateModel | None = None,
	*,
	related: Collection[str] | None = None,
) -> ScoreBreakdown:
	"""Score one candidate against the new report (the plain-Python reference implementation)."""
	return _explain(
		new,
		candidate,
		settings,
		model or seeded_model(),
		text=text_similarity(new.text_key, candidate.text_key),
		days=abs(new.epoch - candidate.epoch) / SECONDS_PER_DAY,
		related=related,
	)


def score_candidates(
	new: Report,
	candidates: Sequence[Report],
	settings: DetectionSettings,
	*,
	model: DuplicateModel | None = None,
	threshold: float | None = None,
	limit: int | None = None,
	dismissed: frozenset[str] | set[str] = frozenset(),
	related: Collection[str] | None = None,
) -> list[ScoreBreakdown]:
	"""Candidates whose probability reaches the threshold, best first.

	``threshold`` overrides the settings' and the model's (e.g. 0 to list every candidate inside
	the gates); ``limit`` keeps the best ones; ``dismissed`` names candidates an agent marked "not
	a duplicate" of this report (never returned); ``related``: the types related to the new
	report's, when candidates of every type were searched (see ``GATE_OTHER_TYPE``). Returns
	``[]`` when detection is disabled.
	"""
	if not settings.enabled or not candidates:
		return []
	model = model or seeded_model()
	s = settings
	cut = threshold if threshold is not None else (s.threshold if s.threshold is not None else model.threshold)

	keys = [
		c.normalised_text if c.normalised_text is not None else match_text(c.text, address=c.address)
		for c in candidates
	]
	query = new.text_key
	if query:
		text = process.cdist([query], keys, scorer=TEXT_SCORER, dtype=np.float64)[0]
		text[np.array([not k for k in keys], dtype=bool)] = 0.0
	else:
		text = np.zeros(len(candidates))

	# distances of every candidate with coordinates (own or geocoded) in one pass
	new_place, new_mention = new.place, new.mention
	origin = new_place.coordinates
	coords = [c.place.coordinates for c in candidates]
	lat = np.array([p[0] if p else np.nan for p in coords], dtype=np.float64)
	lon = np.array([p[1] if p else np.nan for p in coords], dtype=np.float64)
	distance = haversine_m_np(origin[0], origin[1], lat, lon) if origin else np.full(len(candidates), np.nan)

	received = [c.received_on for c in candidates]
	try:
		epochs = np.array([(d - _UNIX_EPOCH).total_seconds() for d in received], dtype=np.float64)
	except TypeError:
		epochs = np.array([_epoch(d) for d in received], dtype=np.float64)
	days = np.abs(new.epoch - epochs) / SECONDS_PER_DAY

	out = []
	for i, c in enumerate(candidates):
		if c.name == new.name or c.name in dismissed:
			continue
		d = float(distance[i])
		b = _explain(
			new,
			c,
			s,
			model,
			text=float(text[i]),
			days=float(days[i]),
			distance_m=None if math.isnan(d) else d,
			new_place=new_place,
			new_mention=new_mention,
			cut=cut,
			related=related,
		)
		if b is not None:
			out.append(b)
	out.sort(key=lambda b: -b.score)
	return out[:limit] if limit is not None else out


def feature_names() -> tuple[str, ...]:
	return tuple(FEATURES)
