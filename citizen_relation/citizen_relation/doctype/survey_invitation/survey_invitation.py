# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe.model.document import Document


class SurveyInvitation(Document):
	"""One citizen invited to one campaign (their answers are stored apart, anonymously)."""

	pass


def on_doctype_update():
	"""Nobody is invited twice in a campaign (enforced by the database too); the yearly cap counts
	a citizen's invitations."""
	frappe.db.add_unique("Survey Invitation", ["campaign", "contact"], constraint_name="unique_campaign_contact")
	frappe.db.add_index("Survey Invitation", ["contact", "sent_on"])
