# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
import phonenumbers
from frappe import _, throw
from frappe.model.document import Document

from citizen_relation.crpa.identity import setup_checklist
from citizen_relation.crpa.jobs import enqueue_implicit_dates
from citizen_relation.privacy import policies as retention
from citizen_relation.requests import lifecycle, routing


class CitizenRelationSettings(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.citizen_request_status_category.citizen_request_status_category import CitizenRequestStatusCategory
		from frappe.types import DF

		anonymisation_authorised: DF.Check
		anonymised_location: DF.Literal["Rounded to the street (about 100 m)", "Rounded to the district (about 1 km)", "Dropped"]
		collectivite_address: DF.SmallText | None
		collectivite_email: DF.Data | None
		collectivite_name: DF.Data | None
		collectivite_phone: DF.Data | None
		default_phone_region: DF.Data | None
		dpo_email: DF.Data | None
		dpo_name: DF.Data | None
		elimination_visa: DF.Data | None
		email_default_request_type: DF.Link | None
		max_text_length: DF.Int
		restrict_agents_to_their_services: DF.Check
		resume_status: DF.Link | None
		retention_active_months: DF.Int
		retention_archive_months: DF.Int
		status_categories: DF.Table[CitizenRequestStatusCategory]
	# end: auto-generated types

	def onload(self):
		# what letters to citizens still lack (the form's checklist)
		self.set_onload("letters_setup", setup_checklist(self))

	def before_validate(self):
		self.default_phone_region = (self.default_phone_region or "FR").strip().upper()
		for field in ("collectivite_name", "collectivite_phone", "collectivite_email", "signatory_name", "signatory_title"):
			self.set(field, (self.get(field) or "").strip())
		self.implicit_decision_non_working_day = self.implicit_decision_non_working_day or "Not moved"

	def validate(self):
		if self.default_phone_region not in phonenumbers.SUPPORTED_REGIONS:
			throw(_("{0} is not a country code known for phone numbers (e.g. FR)").format(self.default_phone_region))
		if (self.max_text_length or 0) < 100:
			throw(_("The maximum description length must be at least 100 characters"))
		lifecycle.validate_mapping(self)
		retention.validate_settings(self)

	def on_update(self):
		if self.status_mapping_changed():
			self.apply_status_categories()
		if self.has_value_changed("implicit_decision_non_working_day"):
			enqueue_implicit_dates()
		retention.on_settings_update(self)

	def status_mapping_changed(self) -> bool:
		"""Whether the status categories (or the resume status) changed: re-applying them rewrites
		the request's status options and every service's assignment rule, seconds of work that a
		save of the letters' settings must not pay. (``has_value_changed`` holds every table as
		changed.)"""
		before = self.get_doc_before_save()
		if before is None:
			return True

		def mapping(doc):
			rows = tuple(
				(row.status, row.category, row.get("duplicate_candidate"), row.get("public_label"))
				for row in doc.get("status_categories") or ()
			)
			return rows, doc.get("resume_status")

		return mapping(before) != mapping(self)

	def apply_status_categories(self):
		"""Mapped statuses become values of the request's status; assignment rules close on the new list."""
		frappe.clear_document_cache(self.doctype, self.name)  # readers see the new mapping at once
		mapping = lifecycle.validate_mapping(self)
		lifecycle.sync_status_options(mapping)
		routing.resync_assignment_rules()
