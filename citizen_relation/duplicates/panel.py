"""The "Duplicates" panel of the request form: possible duplicates, or what was merged into it."""

from __future__ import annotations

import frappe

from citizen_relation.duplicates.candidates import detection_settings, find_candidates
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
	candidates = find_candidates(doc, limit=MAX_PANEL_CANDIDATES)
	if candidates:
		readable = set(
			frappe.get_list("Citizen Request", filters={"name": ("in", [c["name"] for c in candidates])}, pluck="name")
		)
		out["candidates"] = [c for c in candidates if c["name"] in readable]
	return out
