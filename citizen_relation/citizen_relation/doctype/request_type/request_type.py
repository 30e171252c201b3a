# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe.model.document import Document

from citizen_relation.core.type_fields import FieldDef, check_definitions, make_fieldname
from citizen_relation.privacy import policies as retention
from citizen_relation.utils import core_errors


class RequestType(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.request_type_field.request_type_field import RequestTypeField
		from frappe.types import DF

		category: DF.Literal["Technical Problem", "Complaint", "Information Request", "Administrative Procedure", "Suggestion", "Thanks"]
		crpa_delay_months: DF.Int
		crpa_regime: DF.Literal["No implicit decision", "Silence means acceptance", "Silence means rejection"]
		default_priority: DF.Literal["Low", "Medium", "High", "Urgent"]
		description: DF.SmallText | None
		duplicate_detection: DF.Check
		duplicate_radius_m: DF.Int
		duplicate_threshold: DF.Percent
		duplicate_window_days: DF.Int
		fields: DF.Table[RequestTypeField]
		is_active: DF.Check
		is_public: DF.Check
		keywords: DF.SmallText | None
		reporters_for_priority_raise: DF.Int
		requires_acknowledgement: DF.Check
		retention_active_months: DF.Int
		retention_archive_months: DF.Int
		retention_final_action: DF.Literal["Anonymise", "Keep in the archive"]
		retention_justification: DF.SmallText | None
		retention_own_durations: DF.Check
		service: DF.Link | None
		show_on_public_map: DF.Check
		type_name: DF.Data
	# end: auto-generated types

	def before_validate(self):
		self.derive_fieldnames()

	def validate(self):
		with core_errors():
			check_definitions([FieldDef.from_row(row.as_dict()) for row in self.fields])
		retention.validate_request_type(self)

	def on_update(self):
		frappe.clear_document_cache("Request Type", self.name)
		if self.has_value_changed("requires_acknowledgement"):
			update_acknowledgement_flags(self.name, bool(self.requires_acknowledgement))
		retention.on_request_type_update(self)

	def derive_fieldnames(self):
		"""Give each new field a name from its label, unique within the type."""
		taken = {row.fieldname for row in self.fields if row.fieldname}
		for row in self.fields:
			if row.fieldname:
				row.fieldname = row.fieldname.strip()
				continue
			base = make_fieldname(row.label)
			name, n = base, 2
			while name in taken:
				name, n = f"{base}_{n}", n + 1
			row.fieldname = name
			taken.add(name)


def update_acknowledgement_flags(request_type: str, required: bool) -> None:
	"""A type that starts (or stops) requiring an acknowledgement changes whether its requests
	without one have enforceable appeal delays (L112-6): one indexed update."""
	cr = frappe.qb.DocType("Citizen Request")
	(
		frappe.qb.update(cr)
		.set(cr.appeal_delays_unenforceable, 1 if required else 0)
		.where((cr.request_type == request_type) & cr.acknowledged_on.isnull())
	).run()
