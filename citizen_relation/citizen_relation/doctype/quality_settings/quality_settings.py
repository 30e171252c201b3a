# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import cint, validate_email_address

OPENDATA_FIELDS = ("opendata_published_on", "opendata_rows", "opendata_csv", "opendata_geojson", "opendata_schema")


class QualitySettings(Document):
	"""Settings of quality measurement: who receives the monthly report, what is published."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.quality_report_recipient.quality_report_recipient import QualityReportRecipient
		from frappe.types import DF

		include_comments: DF.Check
		last_sent_month: DF.Date | None
		min_requests_to_publish: DF.Int
		monthly_report_enabled: DF.Check
		opendata_csv: DF.Data | None
		opendata_geojson: DF.Data | None
		opendata_published_on: DF.Datetime | None
		opendata_rows: DF.Int
		opendata_schema: DF.Data | None
		opendata_years: DF.Int
		publish_processing_times: DF.Check
		recipients: DF.Table[QualityReportRecipient]
		report_language: DF.Link | None
		send_on_day: DF.Int
		survey_cap_per_year: DF.Int
		survey_min_group_size: DF.Int
	# end: auto-generated types

	def validate(self):
		if not 1 <= cint(self.send_on_day) <= 28:
			frappe.throw(_("The day of sending is between 1 and 28"), title=_("Invalid day"))
		for row in self.recipients:
			if not validate_email_address((row.email or "").strip()):
				frappe.throw(_("Row {0}: {1} is not a valid e-mail address").format(row.idx, frappe.bold(row.email)))
		if cint(self.opendata_years) < 1 or cint(self.opendata_years) > 20:
			frappe.throw(_("The open-data export covers 1 to 20 years"))
		for field in ("min_requests_to_publish", "survey_cap_per_year", "survey_min_group_size"):
			if cint(self.get(field)) < 1:
				frappe.throw(_("{0} must be at least 1").format(_(self.meta.get_label(field))))

	def before_save(self):
		"""What the publication job records (links, counts, dates) is not written by hand."""
		if self.flags.get("system_write"):
			return
		before = self.get_doc_before_save()
		for field in (*OPENDATA_FIELDS, "last_sent_month"):
			self.set(field, before.get(field) if before else None)
