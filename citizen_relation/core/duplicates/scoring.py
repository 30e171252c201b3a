"""Duplicate scoring: settings, the reports compared, gates, and the explained score.

See :mod:`citizen_relation.core.duplicates` for the model. :func:`score_pair` is the
plain-Python reference; :func:`score_candidates` the vectorised path the adapter uses.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
from rapidfuzz import process

from citizen_relation.core.duplicates.address import AddressKey, address_key, address_similarity
from citizen_relation.core.duplicates.lexicon import TEXT_SCORER, match_text, text_similarity
from citizen_relation.core.geo import haversine_m, haversine_m_np

SECONDS_PER_DAY = 86_400.0

GATE_BEYOND_RADIUS = "beyond_radius"
GATE_BEYOND_WINDOW = "beyond_window"
GATE_IGNORED_STATUS = "ignored_status"
GATE_SAME_REPORT = "same_report"
GATE_NO_LOCATION = "no_location"
GATE_DIFFERENT_ADDRESS = "different_address"


# --------------------------------------------------------------------------------------------------
# Settings and inputs
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class DetectionSettings:
	"""Duplicate-detection settings of one request type (all editable in the desk).

	Weights need not sum to 1: the score is the weighted mean of the components.
	``weight_address`` replaces ``weight_distance`` for pairs located by address only.
	``ignored_statuses``: candidates in these statuses are never suggested (e.g. closed ones).
	``require_location``: gate out pairs with no location to compare or on different streets.
	"""

	enabled: bool = True
	radius_m: float = 150.0
	window_days: float = 30.0
	threshold: float = 0.65
	weight_distance: float = 0.2
	weight_address: float = 0.2
	weight_text: float = 0.5
	weight_type: float = 0.05
	weight_category: float = 0.2
	weight_time: float = 0.05
	require_location: bool = True
	ignored_statuses: frozenset[str] = frozenset()

	def __post_init__(self):
		if not (self.radius_m > 0 and math.isfinite(self.radius_m)):
			raise ValueError(f"radius_m must be a positive number, got {self.radius_m!r}")
		if not (self.window_days > 0 and math.isfinite(self.window_days)):
			raise ValueError(f"window_days must be a positive number, got {self.window_days!r}")
		if not 0.0 <= self.threshold <= 1.0:
			raise ValueError(f"threshold must be between 0 and 1, got {self.threshold!r}")
		weights = (
			self.weight_distance,
			self.weight_address,
			self.weight_text,
			self.weight_type,
			self.weight_category,
			self.weight_time,
		)
		if any(not (w >= 0 and math.isfinite(w)) for w in weights):
			raise ValueError("weights must be finite and non-negative")
		rest = self.weight_text + self.weight_type + self.weight_category + self.weight_time
		if rest + self.weight_distance <= 0 or rest + self.weight_address <= 0:
			raise ValueError("the weights must not all be zero")
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
	``normalised_text`` instead when a stored :func:`match_text` value is available, to skip the
	normalisation. ``lat``/``lon`` are degrees; ``None``, NaN, or exactly (0, 0) (an empty Frappe
	Float field) mean "not geolocated". ``received_on``: naive datetimes (Frappe's, in the site's
	time zone) are compared as they are; aware ones work too, but do not mix the two kinds.
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

	``raw`` is the measured value in ``unit`` ("m" metres, "days", "%" similarity, "bool");
	``score`` its value in [0, 1]; ``contribution`` = weight × score / Σ weights, so that the
	contributions of a breakdown add up to its score (before gates).
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
			"weight": self.weight,
			"contribution": round(self.contribution, 4),
			"detail": dict(self.detail),
		}


@dataclass(frozen=True)
class ScoreBreakdown:
	"""Score of one candidate against the new report, explained component by component.

	``score`` is 0 when a ``gate`` applies (one of the ``GATE_*`` constants: ``beyond_radius``,
	``beyond_window``, ``ignored_status``, ``no_location``, ``different_address``,
	``same_report``); ``weighted`` keeps the weighted mean before gates.
	"""

	candidate: str
	score: float
	weighted: float
	threshold: float
	gate: str | None
	components: tuple[Component, ...]

	@property
	def is_duplicate(self) -> bool:
		"""Whether the desk should suggest this candidate (score at or above the threshold)."""
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
			"components": [c.to_dict() for c in self.components],
		}


# --------------------------------------------------------------------------------------------------
# Distance and time scores (the geometry is in citizen_relation.core.geo)
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


# (name, raw, unit, score, weight, detail) of the location component
_Location = tuple[str, "float | None", str, float, float, Mapping[str, object]]


def _location(new: Report, candidate: Report, s: DetectionSettings) -> _Location:
	"""Distance when both are geolocated, otherwise the addresses, otherwise unknown."""
	a, b = new.coordinates, candidate.coordinates
	if a is not None and b is not None:
		distance = haversine_m(a[0], a[1], b[0], b[1])
		return "distance", distance, "m", distance_score(distance, s.radius_m), s.weight_distance, {}
	return _address_location(new.address_key, candidate.address_key, s)


def _address_location(a: AddressKey | None, b: AddressKey | None, s: DetectionSettings) -> _Location:
	if a is None or b is None:
		return "distance", None, "m", 0.0, s.weight_distance, {"unknown": True}
	street, score = address_similarity(a, b)
	detail = {
		"street": a.street,
		"candidate_street": b.street,
		"number": a.number,
		"candidate_number": b.number,
	}
	return "address", street, "%", score, s.weight_address, detail


def _explain(
	new: Report,
	candidate: Report,
	s: DetectionSettings,
	location: _Location,
	text: float,
	same_type: bool,
	same_category: bool,
	days: float,
) -> ScoreBreakdown:
	"""Assemble the breakdown from the raw measures (shared by the pairwise and vectorised paths)."""
	loc_name, loc_raw, loc_unit, loc_score, loc_weight, loc_detail = location
	parts = (
		(loc_name, loc_raw, loc_unit, loc_score, loc_weight, loc_detail),
		("text", text, "%", text / 100.0, s.weight_text, {}),
		("type", same_type, "bool", float(same_type), s.weight_type, {}),
		("category", same_category, "bool", float(same_category), s.weight_category, {}),
		("time", days, "days", time_score(days, s.window_days), s.weight_time, {}),
	)
	total_weight = loc_weight + s.weight_text + s.weight_type + s.weight_category + s.weight_time
	components = tuple(
		Component(name, raw, unit, score, weight, weight * score / total_weight, detail)
		for name, raw, unit, score, weight, detail in parts
	)
	weighted = sum(weight * score for _, _, _, score, weight, _ in parts) / total_weight

	gate = None
	if candidate.name == new.name:
		gate = GATE_SAME_REPORT
	elif candidate.status is not None and candidate.status in s.ignored_statuses:
		gate = GATE_IGNORED_STATUS
	elif loc_name == "distance" and loc_raw is not None and loc_raw > s.radius_m:
		gate = GATE_BEYOND_RADIUS
	elif days > s.window_days:
		gate = GATE_BEYOND_WINDOW
	elif s.require_location and loc_name == "address" and loc_score == 0.0:
		gate = GATE_DIFFERENT_ADDRESS
	elif s.require_location and loc_raw is None:
		gate = GATE_NO_LOCATION
	return ScoreBreakdown(
		candidate=candidate.name,
		score=0.0 if gate else weighted,
		weighted=weighted,
		threshold=s.threshold,
		gate=gate,
		components=components,
	)


def score_pair(new: Report, candidate: Report, settings: DetectionSettings) -> ScoreBreakdown:
	"""Score one candidate against the new report (the plain-Python reference implementation)."""
	return _explain(
		new,
		candidate,
		settings,
		_location(new, candidate, settings),
		text_similarity(new.text_key, candidate.text_key),
		_same(new.request_type, candidate.request_type),
		_same(new.category, candidate.category),
		abs(new.epoch - candidate.epoch) / SECONDS_PER_DAY,
	)


def score_candidates(
	new: Report,
	candidates: Sequence[Report],
	settings: DetectionSettings,
	*,
	threshold: float | None = None,
	limit: int | None = None,
) -> list[ScoreBreakdown]:
	"""Candidates scoring at or above the threshold, best first (vectorised :func:`score_pair`).

	``threshold`` overrides ``settings.threshold`` (e.g. 0 to list every candidate inside the
	gates); ``limit`` keeps the best ones. Returns ``[]`` when detection is disabled. Gated
	candidates (beyond radius or window, ignored status, no or different location, the new report
	itself) are never returned.
	"""
	if not settings.enabled or not candidates:
		return []
	s = settings
	cut = s.threshold if threshold is None else threshold
	n = len(candidates)

	# text: one rapidfuzz call for all candidates
	keys = [
		c.normalised_text if c.normalised_text is not None else match_text(c.text, address=c.address)
		for c in candidates
	]
	query = new.text_key
	if query:
		text = process.cdist([query], keys, scorer=TEXT_SCORER, dtype=np.float64)[0]
		text[np.array([not k for k in keys], dtype=bool)] = 0.0
	else:
		text = np.zeros(n)

	# location: distances where both are geolocated (None → NaN), addresses for the others
	lat = np.array([c.lat for c in candidates], dtype=np.float64)
	lon = np.array([c.lon for c in candidates], dtype=np.float64)
	origin = new.coordinates
	if origin is not None:
		has_coords = np.isfinite(lat) & np.isfinite(lon) & ((lat != 0.0) | (lon != 0.0))
		distance = haversine_m_np(origin[0], origin[1], lat, lon)
	else:
		has_coords = np.zeros(n, dtype=bool)
		distance = np.full(n, np.nan)
	loc_score = np.where(has_coords, np.maximum(0.0, 1.0 - distance / s.radius_m), 0.0)
	loc_weight = np.full(n, s.weight_distance)
	located = has_coords.copy()
	origin_address = new.address_key
	if origin_address is not None:
		for i in np.flatnonzero(~has_coords):
			other = address_key(candidates[i].address)
			if other is not None:
				loc_score[i] = address_similarity(origin_address, other)[1]
				loc_weight[i] = s.weight_address
				located[i] = loc_score[i] > 0.0

	# type, category, time
	same_type = np.array([c.request_type for c in candidates], dtype=object) == new.request_type
	same_type &= bool(new.request_type)
	same_cat = np.array([c.category for c in candidates], dtype=object) == new.category
	same_cat &= bool(new.category)
	received = [c.received_on for c in candidates]
	try:  # all naive: the fast path of _epoch, inlined
		epochs = np.array([(d - _UNIX_EPOCH).total_seconds() for d in received], dtype=np.float64)
	except TypeError:  # aware datetimes
		epochs = np.array([_epoch(d) for d in received], dtype=np.float64)
	days = np.abs(new.epoch - epochs) / SECONDS_PER_DAY
	t_score = np.maximum(0.0, 1.0 - days / s.window_days)

	total_weight = loc_weight + s.weight_text + s.weight_type + s.weight_category + s.weight_time
	weighted = (
		loc_weight * loc_score
		+ s.weight_text * (text / 100.0)
		+ s.weight_type * same_type
		+ s.weight_category * same_cat
		+ s.weight_time * t_score
	) / total_weight

	# gates (see _explain)
	keep = (weighted >= cut) & (days <= s.window_days) & ~(has_coords & (distance > s.radius_m))
	if s.require_location:
		keep &= located
	keep &= np.array([c.name for c in candidates], dtype=object) != new.name
	if s.ignored_statuses:
		keep &= np.array([c.status not in s.ignored_statuses for c in candidates], dtype=bool)

	order = np.flatnonzero(keep)
	order = order[np.argsort(-weighted[order], kind="stable")]
	if limit is not None:
		order = order[:limit]
	out = []
	for i in order:
		c = candidates[i]
		if has_coords[i]:
			d = float(distance[i])
			location = ("distance", d, "m", distance_score(d, s.radius_m), s.weight_distance, {})
		else:
			location = _address_location(origin_address, address_key(c.address), s)
		out.append(
			_explain(
				new, c, s, location, float(text[i]), bool(same_type[i]), bool(same_cat[i]), float(days[i])
			)
		)
	return out
