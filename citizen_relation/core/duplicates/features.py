"""The measured facts of a pair of reports, as the features of the duplicate model.

Each feature is a number an agent can read back (see :data:`.model.FEATURES`):

- **distance**: metres between the two places — the reports' own coordinates, or those geocoded
  from an address (or from a street named in the text) — relative to the type's search radius
  ("its usual spread"). On one street without coordinates, the gap of house numbers gives an
  estimate (about 7 m per number). ``near`` is 1 on the spot and fades at a third of the radius;
  ``far`` grows with the distance; ``unlocated`` says nothing could be measured.
- **street**: the two streets (the address given, the street found by reverse geocoding the
  coordinates, or a street named in the text) are the same, or different.
- **object**: both name the same urban object (lamp post, bench, bin, tree…), or different ones.
- **fault**: both name the same fault (out, broken, tagged, overflowing…), or different ones —
  unless one is the cause of the other (knocked down / out, fallen / blocking the street).
- **text**: how alike the words are (synonyms mapped), 0..1.
- **time**: days apart relative to the type's window; and "the same day".
- **type**: the same request type (related types of one family are searched together).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from citizen_relation.core.duplicates.address import AddressKey, streets_similarity
from citizen_relation.core.duplicates.objects import (
	BYSTANDERS,
	Mention,
	main_objects,
	related_faults,
	related_objects,
)

METRES_PER_HOUSE_NUMBER = 7.0  # French numbering: odd and even sides, a building about every 14 m
SAME_STREET = 85.0  # street similarity (%) from which two streets are the same
NEAR_FRACTION = 1 / 3  # "near" fades over a third of the radius
FAR_CAP = 2.0

# A report saying how long its fault has lasted ("ça fait six semaines") looks back that long,
# with this slack for a rounded figure ("deux mois" may be ten weeks), and at most a year.
LASTING_SLACK = 1.5
LASTING_MARGIN_DAYS = 7.0
LASTING_MAX_DAYS = 365.0


@dataclass(frozen=True)
class Place:
	"""Where a report is, as far as known: coordinates (own or geocoded) and street (and number)."""

	coordinates: tuple[float, float] | None = None
	coordinates_source: str | None = None  # "report", "geocoded"
	street: AddressKey | None = None
	street_source: str | None = None  # "address", "geocoded", "text"


@dataclass(frozen=True)
class Facts:
	"""The raw measures behind the features (shown in the explanation)."""

	distance_m: float | None
	distance_source: str | None  # "coordinates", "house numbers"
	street_similarity: float | None
	streets: tuple[str | None, str | None]
	numbers: tuple[int | None, int | None]
	objects: tuple[tuple[str, ...], tuple[str, ...]]
	faults: tuple[tuple[str, ...], tuple[str, ...]]
	text_similarity: float
	days_apart: float
	same_type: bool
	radius_m: float
	window_days: float
	lasting_days: float | None = None  # how long a report says its fault has lasted ("ça fait six semaines")


def pair_features(
	a: Place,
	b: Place,
	mention_a: Mention,
	mention_b: Mention,
	*,
	text_similarity: float,
	days_apart: float,
	same_type: bool,
	radius_m: float,
	window_days: float,
	distance_m: float | None = None,
) -> tuple[dict[str, float], Facts]:
	"""Features of a pair and the facts behind them.

	``distance_m`` may be passed when already computed (vectorised path); otherwise it is the
	haversine distance of the two places' coordinates, or the house-number estimate.
	"""
	from citizen_relation.core.geo import haversine_m

	street_sim = None
	if a.street is not None and b.street is not None:
		street_sim = streets_similarity(a.street.street, b.street.street)
	same_street = street_sim is not None and street_sim >= SAME_STREET

	source = None
	if distance_m is None and a.coordinates is not None and b.coordinates is not None:
		distance_m = haversine_m(*a.coordinates, *b.coordinates)
	if distance_m is not None:
		source = "coordinates"
	elif same_street and a.street.number is not None and b.street.number is not None:
		distance_m = METRES_PER_HOUSE_NUMBER * abs(a.street.number - b.street.number)
		source = "house numbers"

	f: dict[str, float] = {}
	if distance_m is None:
		f["unlocated"] = 1.0
	else:
		relative = distance_m / radius_m
		f["near"] = math.exp(-((relative / NEAR_FRACTION) ** 2))
		f["far"] = min(FAR_CAP, relative)
	if street_sim is not None:
		f["same_street" if same_street else "other_street"] = 1.0
	objects_a, objects_b = main_objects(mention_a.objects), main_objects(mention_b.objects)
	shared_objects = objects_a & objects_b
	if shared_objects:
		f["same_object"] = 1.0
	elif (
		objects_a
		and objects_b
		and not related_objects(objects_a, objects_b)
		and not (objects_a <= BYSTANDERS or objects_b <= BYSTANDERS)
	):
		# a report naming only a victim ("ma voiture a été abîmée") does not name another object
		f["other_object"] = 1.0
	if mention_a.faults & mention_b.faults:
		f["same_fault"] = 1.0
	elif mention_a.faults and mention_b.faults and not related_faults(mention_a.faults, mention_b.faults):
		f["other_fault"] = 1.0
		if shared_objects:
			f["object_other_fault"] = 1.0
	f["text"] = max(0.0, min(1.0, text_similarity / 100.0))
	if mention_a.names & mention_b.names:
		f["same_name"] = 1.0
	f["elapsed"] = min(1.0, days_apart / window_days)
	f["same_day"] = math.exp(-days_apart)
	if recalls(mention_a, days_apart) or recalls(mention_b, days_apart):
		f["reminder"] = f["elapsed"]
	if same_type:
		f["same_type"] = 1.0
	facts = Facts(
		distance_m=distance_m,
		distance_source=source,
		street_similarity=street_sim,
		streets=(a.street.street if a.street else None, b.street.street if b.street else None),
		numbers=(a.street.number if a.street else None, b.street.number if b.street else None),
		objects=(tuple(sorted(mention_a.objects)), tuple(sorted(mention_b.objects))),
		faults=(tuple(sorted(mention_a.faults)), tuple(sorted(mention_b.faults))),
		text_similarity=text_similarity,
		days_apart=days_apart,
		same_type=same_type,
		radius_m=radius_m,
		window_days=window_days,
		lasting_days=max((m.lasting_days for m in (mention_a, mention_b) if m.lasting_days), default=None),
	)
	return f, facts


def lasting_reach(lasting_days: float) -> float:
	"""How far back a report saying its fault has lasted ``lasting_days`` looks (see :data:`LASTING_SLACK`)."""
	return min(LASTING_MAX_DAYS, lasting_days * LASTING_SLACK + LASTING_MARGIN_DAYS)


def recalls(mention: Mention, days_apart: float) -> bool:
	"""Whether a report's text reaches back to a report ``days_apart`` earlier: it says the fault
	was reported before ("toujours pas réparé"), or that it has lasted that long ("ça fait six
	semaines", within :func:`lasting_reach`)."""
	return mention.reminder or (mention.lasting_days is not None and lasting_reach(mention.lasting_days) >= days_apart)


def as_floats(features: Mapping[str, float]) -> dict[str, float]:
	return {k: float(v) for k, v in features.items()}
