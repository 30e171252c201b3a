# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe.model.document import Document


class DuplicateDecision(Document):
	"""An agent's decision on a suggested pair (recorded by citizen_relation.duplicates.decisions)."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		candidate: DF.Link
		candidate_type: DF.Link | None
		decided_by: DF.Link | None
		decided_on: DF.Datetime | None
		decision: DF.Literal["Merge", "Not a duplicate"]
		features: DF.Code | None
		features_version: DF.Int
		model: DF.Data | None
		probability: DF.Percent
		request: DF.Link
		request_type: DF.Link | None
		undone: DF.Check
	# end: auto-generated types
	pass


def on_doctype_update():
	"""Dismissed pairs are looked up from either side on every candidate search."""
	frappe.db.add_index("Duplicate Decision", ["request", "decision", "undone"])
	frappe.db.add_index("Duplicate Decision", ["candidate", "decision", "undone"])
