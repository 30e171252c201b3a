# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document


class DuplicateFamily(Document):
	"""Request types searched together for duplicates (see citizen_relation.duplicates.families)."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.duplicate_family_type.duplicate_family_type import DuplicateFamilyType
		from frappe.types import DF

		any_type: DF.Check
		description: DF.SmallText | None
		enabled: DF.Check
		family_name: DF.Data
		types: DF.Table[DuplicateFamilyType]
	# end: auto-generated types

	def before_validate(self):
		self.drop_repeated_types()

	def validate(self):
		self.validate_members()

	def drop_repeated_types(self):
		seen = set()
		rows = []
		for row in self.types:
			if row.request_type and row.request_type not in seen:
				seen.add(row.request_type)
				rows.append(row)
		self.set("types", rows)

	def validate_members(self):
		if not self.types:
			frappe.throw(_("Add at least one request type to the family"), title=_("Missing request types"))
		if len(self.types) < 2 and not self.any_type:
			frappe.throw(
				_("A family groups at least two request types (or one catch-all type compared with every type)"),
				title=_("Too few request types"),
			)
