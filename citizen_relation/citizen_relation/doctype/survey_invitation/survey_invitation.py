# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe.model.document import Document


class SurveyInvitation(Document):
	"""One citizen invited to one campaign (their answers are stored apart, anonymously)."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		campaign: DF.Link
		category: DF.Data | None
		channel: DF.Data | None
		contact: DF.Link | None
		email: DF.Data | None
		request: DF.Link | None
		sent_on: DF.Datetime | None
		service: DF.Link | None
		status: DF.Literal["Drawn", "Sent", "Answered", "Failed"]
		token_hash: DF.Data | None
	# end: auto-generated types



def on_doctype_update():
	"""Nobody is invited twice in a campaign (enforced by the database too); the yearly cap counts
	a citizen's invitations."""
	frappe.db.add_unique("Survey Invitation", ["campaign", "contact"], constraint_name="unique_campaign_contact")
	frappe.db.add_index("Survey Invitation", ["contact", "sent_on"])
