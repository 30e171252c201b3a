"""The app's duplicate detection replayed on the labelled pairs (shared by the quality scripts).

For each pair, both reports go through what the app does to a request:

1. intake: geocoding in the background (:func:`citizen_relation.core.geocoding.geocoding_query`
   answered by :class:`gazetteer_geocoder.GazetteerGeocoder`, a local stand-in for the BAN), or
   nothing when no geocoder is configured;
2. the indexed pre-filter (:func:`citizen_relation.core.duplicates.prefilter.why_not`, the
   predicate form of the SQL query) with the seeded type families and per-type settings;
3. the model's probability and threshold (:func:`citizen_relation.core.duplicates.score_pair`).

A pair failing the pre-filter or a gate is predicted "not a duplicate".
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_sets import load_duplicate_pairs, received_on, report_text
from gazetteer_geocoder import GazetteerGeocoder

from citizen_relation.core.duplicates import (
	DetectionSettings,
	DuplicateModel,
	Report,
	score_pair,
)
from citizen_relation.core.duplicates.families import TypeFamily, related_types
from citizen_relation.core.duplicates.prefilter import why_not
from citizen_relation.core.geocoding import FORWARD, geocoding_query, located_values
from citizen_relation.setup import seed

_GEOCODER = GazetteerGeocoder()


def seeded_settings() -> dict[str, DetectionSettings]:
	"""Detection settings of every seeded type that detects duplicates."""
	out = {}
	default = seed.DUPLICATE_DETECTION["Technical Problem"]
	for name, category, *_rest in seed.REQUEST_TYPES:
		if category not in seed.DUPLICATE_DETECTION and name not in seed.DUPLICATE_DETECTION_ON:
			continue
		radius, window = seed.DUPLICATE_SETTINGS.get(
			name, (default["duplicate_radius_m"], default["duplicate_window_days"])
		)
		out[name] = DetectionSettings(radius_m=radius, window_days=window)
	return out


def seeded_families() -> list[TypeFamily]:
	return [TypeFamily(name, frozenset(types), bool(any_type)) for name, _d, any_type, types in seed.DUPLICATE_FAMILIES]


def seeded_services() -> dict[str, str]:
	return {name: service for name, _c, service, *_rest in seed.REQUEST_TYPES}


def to_report(d: dict, geocode: bool = True) -> Report:
	"""The core report of an evaluation report, after the app's background geocoding (or none)."""
	values = {}
	if geocode:
		query = geocoding_query(d["lat"], d["lon"], d["address"], report_text(d), city="Lyon")
		if query is not None:
			answer = (
				_GEOCODER.geocode(query.text) if query.kind == FORWARD else _GEOCODER.reverse(query.latitude, query.longitude)
			)
			values = located_values(answer, query)
	return Report(
		name=d["name"],
		received_on=received_on(d),
		request_type=d["request_type"],
		category=d["category"],
		text=report_text(d),
		lat=d["lat"],
		lon=d["lon"],
		address=d["address"],
		geo_lat=values.get("geo_latitude"),
		geo_lon=values.get("geo_longitude"),
		geo_street=values.get("geo_street"),
		geo_number=values.get("geo_house_number"),
	)


class Replay:
	"""Pairs of one split, prepared once (geocoding, pre-filter, features) for any model."""

	def __init__(self, split: str | None, geocode: bool = True, families: bool = True, other_types: bool = True):
		self.pairs = load_duplicate_pairs(split)
		settings = seeded_settings()
		fams = seeded_families() if families else []
		services = seeded_services() if families else {}
		detecting = list(settings)
		self.rows = []
		for p in self.pairs:
			new, cand = to_report(p["b"], geocode), to_report(p["a"], geocode)
			s = settings.get(new.request_type)
			if s is None:
				self.rows.append((p, "detection_off", None))
				continue
			related = related_types(
				new.request_type,
				fams,
				{t: services.get(t) for t in detecting},
				same_service=families,
				all_types=detecting,
			)
			# comparing every type (the seeded setting): an unrelated type must name the same object and fault
			reason = why_not(new, cand, s, detecting if other_types else related)
			breakdown = score_pair(new, cand, s, related=related if other_types else None)
			self.rows.append((p, f"prefilter:{reason}" if reason else None, breakdown))

	@property
	def labels(self) -> list[bool]:
		return [p["duplicate"] for p, _r, _b in self.rows]

	def training_rows(self) -> tuple[list[dict], list[bool]]:
		"""Features and labels of the pairs the app would show an agent (the decisions it can record)."""
		x, y = [], []
		for p, reason, b in self.rows:
			if reason is None and b is not None and b.gate is None:
				x.append(dict(b.features))
				y.append(p["duplicate"])
		return x, y

	def predict(self, model: DuplicateModel) -> list[tuple[bool, str]]:
		out = []
		for _p, reason, b in self.rows:
			if reason is not None:
				out.append((False, reason))
			elif b.gate is not None:
				out.append((False, f"gate:{b.gate}"))
			elif model.probability(b.features) >= model.threshold:
				out.append((True, "suggested"))
			else:
				out.append((False, "below_threshold"))
		return out
