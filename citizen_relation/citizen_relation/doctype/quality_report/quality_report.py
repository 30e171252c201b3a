# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import json

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, now_datetime, today

from citizen_relation.stats import monthly


class QualityReport(Document):
	"""The quality report of one month (the collectivité's or one service's). Its figures are
	computed once, when it is created (or on *Recompute the figures*), and kept as a snapshot:
	the PDF sent stays the same when later changes touch the month."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		figures: DF.LongText | None
		generated_on: DF.Datetime | None
		month: DF.Date
		sent_on: DF.Datetime | None
		sent_to: DF.SmallText | None
		service: DF.Link | None
		title: DF.Data | None
	# end: auto-generated types

	def before_validate(self):
		if self.month:
			self.month = getdate(self.month).replace(day=1)
			self.title = monthly.title(self.month, self.service)

	def validate(self):
		if getdate(self.month) > getdate(today()):
			frappe.throw(_("The month of a quality report cannot be in the future"), title=_("Invalid month"))
		if self.figures:
			try:
				json.loads(self.figures)
			except ValueError:
				frappe.throw(_("The figures of this report are damaged: recompute them"))

	def before_insert(self):
		self.compute_figures()

	def before_save(self):
		"""The figures and the sending record are the application's: written over REST, they are
		put back (sending) or recomputed (figures)."""
		before = self.get_doc_before_save()
		if not before:
			return
		self.sent_on, self.sent_to = before.sent_on, before.sent_to
		if before.figures != self.figures or before.month != self.month or before.service != self.service:
			self.compute_figures()

	def compute_figures(self):
		self.figures = json.dumps(monthly.snapshot(self.month, self.service), default=str)
		self.generated_on = now_datetime()
