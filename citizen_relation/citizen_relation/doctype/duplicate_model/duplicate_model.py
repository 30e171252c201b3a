# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document


class DuplicateModel(Document):
	"""A duplicate model proposed by a recalibration (see citizen_relation.duplicates.calibration).

	Written by the application only: the figures and coefficients are what the administrator
	reads before adopting it, so a REST edit of them is refused.
	"""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		adopted_by: DF.Link | None
		adopted_on: DF.Datetime | None
		current_f1: DF.Percent
		current_precision: DF.Percent
		current_recall: DF.Percent
		decisions: DF.Int
		label: DF.Data
		model_json: DF.Code | None
		negatives: DF.Int
		positives: DF.Int
		proposed_f1: DF.Percent
		proposed_precision: DF.Percent
		proposed_recall: DF.Percent
		status: DF.Literal["Proposed", "Active", "Archived"]
	# end: auto-generated types

	def validate(self):
		if self.is_new():
			return
		before = self.get_doc_before_save()
		locked = ("model_json", "status", "decisions", "positives", "negatives", "adopted_by", "adopted_on")
		if before and any(self.get(f) != before.get(f) for f in locked):
			frappe.throw(
				_("A duplicate model is changed only by a recalibration or by adopting it"), frappe.PermissionError
			)
