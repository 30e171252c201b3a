"""Duplicate-report detection: score how likely a new request reports the same incident as another.

Pure Python (no frappe). The adapter loads candidate requests with a cheap database pre-filter
(same request type, inside :func:`bounding_box`, received within ``window_days``), builds
:class:`Report` objects and calls :func:`score_candidates`; the desk shows each
:class:`ScoreBreakdown` component by component ("why is this a suggested duplicate?").

The score is a weighted mean of components, each in [0, 1]:

- ``distance``: 1 at 0 m, falling linearly to 0 at ``radius_m`` (both reports geolocated);
- ``address``: same normalised street and house number, used instead when either report has no
  coordinates;
- ``text``: rapidfuzz similarity of the subjects and descriptions after French normalisation
  (:mod:`citizen_relation.core.text`) and a small lexicon of municipal synonyms
  ("réverbère" / "éclairage public" → "lampadaire", "trou dans la chaussée" → "nid de poule"...);
- ``type`` and ``category``: 1 when equal;
- ``time``: 1 when received at the same moment, falling linearly to 0 at ``window_days``.

Hard gates set the score to 0 whatever the components say: farther than ``radius_m``, received
more than ``window_days`` apart, a candidate whose status is in ``ignored_statuses``, and (unless
``require_location`` is off) no location to compare or addresses on different streets.

The package is split by concern: :mod:`.lexicon` (the text component, :func:`match_text`),
:mod:`.address` (address keys), :mod:`.scoring` (settings, reports, gates, :func:`score_candidates`);
distances and the bounding box come from :mod:`citizen_relation.core.geo`. Everything public is
re-exported here, so ``from citizen_relation.core.duplicates import ...`` is the import to use.

Default weights and threshold were chosen on the hand-labelled pairs of
``tests/data/duplicate_pairs.json`` (precision and recall printed by its tests); inside the gates
the text and the category do most of the discriminating, hence their weights.
"""

from __future__ import annotations

from citizen_relation.core.duplicates.address import (
	AddressKey,
	address_key,
	address_similarity,
	mentioned_address,
	same_street,
	street_key,
	streets_similarity,
)
from citizen_relation.core.duplicates.families import related_types
from citizen_relation.core.duplicates.features import Facts, Place, pair_features
from citizen_relation.core.duplicates.lexicon import (
	MATCH_TEXT_VERSION,
	SYNONYMS,
	TEXT_SCORER,
	match_text,
	text_similarity,
)
from citizen_relation.core.duplicates.model import (
	COMPONENTS,
	FEATURES,
	FEATURES_VERSION,
	DuplicateModel,
	Metrics,
	Recalibration,
	best_threshold,
	evaluate,
	fit,
	recalibrate,
	seeded_model,
)
from citizen_relation.core.duplicates.objects import OBJECTS_VERSION, URBAN_OBJECTS, Mention, describe
from citizen_relation.core.duplicates.scoring import (
	GATE_BEYOND_RADIUS,
	GATE_BEYOND_WINDOW,
	GATE_DIFFERENT_ADDRESS,
	GATE_DISMISSED,
	GATE_IGNORED_STATUS,
	GATE_NO_LOCATION,
	GATE_OTHER_TYPE,
	GATE_SAME_REPORT,
	SECONDS_PER_DAY,
	Component,
	DetectionSettings,
	Report,
	ScoreBreakdown,
	distance_score,
	score_candidates,
	score_pair,
	time_score,
)
from citizen_relation.core.geo import EARTH_RADIUS_M, bounding_box, haversine_m, haversine_m_np

__all__ = [
	"COMPONENTS",
	"EARTH_RADIUS_M",
	"FEATURES",
	"FEATURES_VERSION",
	"GATE_BEYOND_RADIUS",
	"GATE_BEYOND_WINDOW",
	"GATE_DIFFERENT_ADDRESS",
	"GATE_DISMISSED",
	"GATE_IGNORED_STATUS",
	"GATE_NO_LOCATION",
	"GATE_OTHER_TYPE",
	"GATE_SAME_REPORT",
	"MATCH_TEXT_VERSION",
	"OBJECTS_VERSION",
	"SECONDS_PER_DAY",
	"SYNONYMS",
	"TEXT_SCORER",
	"URBAN_OBJECTS",
	"AddressKey",
	"Component",
	"DetectionSettings",
	"DuplicateModel",
	"Facts",
	"Mention",
	"Metrics",
	"Place",
	"Recalibration",
	"Report",
	"ScoreBreakdown",
	"address_key",
	"address_similarity",
	"best_threshold",
	"bounding_box",
	"describe",
	"distance_score",
	"evaluate",
	"fit",
	"haversine_m",
	"haversine_m_np",
	"match_text",
	"mentioned_address",
	"pair_features",
	"recalibrate",
	"related_types",
	"same_street",
	"score_candidates",
	"score_pair",
	"seeded_model",
	"street_key",
	"streets_similarity",
	"text_similarity",
	"time_score",
]
