"""The "Duplicates" panel of the request form: possible duplicates, or what was merged into it."""

from __future__ import annotations

from citizen_relation.duplicates.candidates import detection_settings, readable_candidates
from citizen_relation.duplicates.decisions import dismissed_list
from citizen_relation.duplicates.merging import merged_here
from citizen_relation.requests.lifecycle import get_lifecycle

MAX_PANEL_CANDIDATES = 10


def panel(doc) -> dict:
	"""For a request the user may read: candidates they may read too, best first, explained."""
	can_write = bool(doc.has_permission("write"))
	out = {
		"name": doc.name,
		"merged_into": doc.merged_into,
		"reporter_count": doc.reporter_count or 1,
		"can_merge": can_write and not doc.merged_into,
		"can_unmerge": can_write and bool(doc.merged_into),
		"latitude": doc.latitude,
		"longitude": doc.longitude,
		"enabled": detection_settings(doc.request_type) is not None,
		"candidates": [],
		"merged_here": merged_here(doc),
		"can_dismiss": can_write and not doc.merged_into,
		"dismissed": dismissed_list(doc.name),
	}
	if doc.merged_into or not get_lifecycle().is_active(doc.status):
		return out
	out["candidates"] = readable_candidates(doc, limit=MAX_PANEL_CANDIDATES)
	return out
