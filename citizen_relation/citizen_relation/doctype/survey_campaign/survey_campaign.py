# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint, getdate

# Written by the application only (sampling, sending, answers), never over REST.
SYSTEM_FIELDS = ("status", "invited", "answered", "response_rate", "sampled_on", "sent_on")
MAX_SAMPLE = 20000



def default_message() -> str:
	return _(
		"<p>Hello,</p><p>You recently contacted the town hall. To help us improve our services, would you answer a few questions? It takes two minutes.</p>"
	)


class SurveyCampaign(Document):
	"""A wave of a survey: sample, invitations, anonymous answers, results."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.survey_campaign_channel.survey_campaign_channel import SurveyCampaignChannel
		from citizen_relation.citizen_relation.doctype.survey_campaign_service.survey_campaign_service import SurveyCampaignService
		from frappe.types import DF

		answered: DF.Int
		cap_per_year: DF.Int
		channels: DF.Table[SurveyCampaignChannel]
		closes_on: DF.Date
		email_message: DF.TextEditor
		email_subject: DF.Data
		invited: DF.Int
		min_group_size: DF.Int
		period_from: DF.Date
		period_to: DF.Date
		previous_campaign: DF.Link | None
		response_rate: DF.Percent
		sample_size: DF.Int
		sampled_on: DF.Datetime | None
		sent_on: DF.Datetime | None
		services: DF.TableMultiSelect[SurveyCampaignService]
		status: DF.Literal["Draft", "Sampled", "Sending", "Open", "Closed"]
		survey: DF.Link
		title: DF.Data
	# end: auto-generated types

	def before_validate(self):
		settings = frappe.get_cached_doc("Quality Settings")
		if self.is_new():
			self.cap_per_year = self.cap_per_year or cint(settings.survey_cap_per_year) or 1
			self.min_group_size = self.min_group_size or cint(settings.survey_min_group_size) or 5
			self.email_message = self.email_message or default_message()
		if not self.previous_campaign and self.survey and self.period_from:
			from citizen_relation.surveys.results import previous_campaign

			self.previous_campaign = previous_campaign(self)

	def validate(self):
		if getdate(self.period_from) > getdate(self.period_to):
			frappe.throw(_("The period must start before it ends"), title=_("Invalid period"))
		if not 1 <= cint(self.sample_size) <= MAX_SAMPLE:
			frappe.throw(_("The sample is between 1 and {0} citizens").format(MAX_SAMPLE))
		for field in ("cap_per_year", "min_group_size"):
			if cint(self.get(field)) < 1:
				frappe.throw(_("{0} must be at least 1").format(_(self.meta.get_label(field))))
		if self.previous_campaign == self.name:
			frappe.throw(_("A campaign cannot be compared with itself"))
		if self.survey and not frappe.db.get_value("Citizen Survey", self.survey, "is_active"):
			if self.is_new() or self.has_value_changed("survey"):
				frappe.throw(_("The survey {0} is not active").format(frappe.bold(self.survey)))

	def before_save(self):
		"""The state and the counters are the application's; the sample's criteria are frozen once
		invitations are sent."""
		before = self.get_doc_before_save()
		if not before:
			for field in SYSTEM_FIELDS:
				self.set(field, "Draft" if field == "status" else None)
			return
		if not self.flags.get("system_write"):
			for field in SYSTEM_FIELDS:
				self.set(field, before.get(field))
		if before.status not in ("Draft", "Sampled"):
			for field in ("survey", "period_from", "period_to", "sample_size", "cap_per_year"):
				if str(before.get(field) or "") != str(self.get(field) or ""):
					frappe.throw(_("The invitations have been sent: {0} can no longer change").format(_(self.meta.get_label(field))))

	def on_trash(self):
		if frappe.db.exists("Survey Invitation", {"campaign": self.name, "status": ("in", ("Sent", "Answered"))}):
			frappe.throw(_("Invitations of this campaign have been sent: close it rather than delete it"))
		frappe.db.delete("Survey Invitation", {"campaign": self.name})
