"""The indexed pre-filter of duplicate candidates, as a predicate (the adapter runs it in SQL).

A candidate is scored only if it passes: one of the related types (:mod:`.families`), received
within the type's window of the new report (further back when the new report says it was
reported before: :meth:`~.scoring.DetectionSettings.search_window_days`), and at the same place — inside the bounding box of
the radius around the new report's coordinates (its own, or geocoded), or, when either has no
coordinates, on a street with the same :func:`~.address.street_key` (a report with coordinates
looks by street only for the requests that have none). The adapter's query
(:func:`citizen_relation.duplicates.candidates.prefilter`) is the SQL form of :func:`may_match`.
"""

from __future__ import annotations

from collections.abc import Collection

from citizen_relation.core.duplicates.address import street_key
from citizen_relation.core.duplicates.scoring import SECONDS_PER_DAY, DetectionSettings, Report
from citizen_relation.core.geo import bounding_box

OTHER_TYPE = "other_type"
BEYOND_WINDOW = "beyond_window"
ELSEWHERE = "elsewhere"
NO_LOCATION = "no_location"


def why_not(new: Report, candidate: Report, settings: DetectionSettings, related: Collection[str]) -> str | None:
	"""Why the pre-filter would not return ``candidate`` for ``new`` (``None``: it would)."""
	if candidate.request_type not in related:
		return OTHER_TYPE
	days = (new.epoch - candidate.epoch) / SECONDS_PER_DAY  # > 0: the candidate is older
	if -days > settings.window_days or days > settings.looks_back_days(new.mention):
		return BEYOND_WINDOW
	here, there = new.place, candidate.place
	if here.coordinates is not None and there.coordinates is not None:
		min_lat, max_lat, min_lon, max_lon = bounding_box(*here.coordinates, settings.radius_m)
		lat, lon = there.coordinates
		if min_lat <= lat <= max_lat and min_lon <= lon <= max_lon:
			return None
	key = street_key(here.street)
	if key is not None and key == street_key(there.street) and (here.coordinates is None or there.coordinates is None):
		return None
	if here.coordinates is None and here.street is None:
		return NO_LOCATION
	return ELSEWHERE


def may_match(new: Report, candidate: Report, settings: DetectionSettings, related: Collection[str]) -> bool:
	return why_not(new, candidate, settings, related) is None
