# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from citizen_relation.satisfaction import followup
from citizen_relation.stats import daily


class RequestSatisfaction(Document):
	"""Written by the application only (the portal's rating form, a link in an e-mail): see
	``citizen_relation.satisfaction``. Nobody creates or edits one in the desk."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		category: DF.Data | None
		channel: DF.Data | None
		comment: DF.SmallText | None
		contact: DF.Link | None
		follow_up_todo: DF.Link | None
		master: DF.Link | None
		rating: DF.Int
		request: DF.Link
		request_type: DF.Link | None
		service: DF.Link | None
		submitted_on: DF.Datetime | None
		submitted_via: DF.Literal["Portal", "E-mail link", "Agent"]
	# end: auto-generated types

	def validate(self):
		if not 1 <= (self.rating or 0) <= 5:
			frappe.throw(_("A rating is a whole number from 1 to 5"), title=_("Invalid rating"))

	def after_insert(self):
		followup.open_follow_up(self)
		daily.note_rating(self)

	@property
	def follow_up_status(self) -> str | None:
		"""The follow-up task's status, read live (virtual field)."""
		return frappe.db.get_value("ToDo", self.follow_up_todo, "status") if self.follow_up_todo else None
