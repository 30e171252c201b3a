# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe.model.document import Document

from citizen_relation.core.type_fields import FieldDef, check_definitions, make_fieldname
from citizen_relation.utils import core_errors


class RequestType(Document):
	# begin: auto-generated types
	# end: auto-generated types

	def before_validate(self):
		self.derive_fieldnames()

	def validate(self):
		with core_errors():
			check_definitions([FieldDef.from_row(row.as_dict()) for row in self.fields])

	def on_update(self):
		frappe.clear_document_cache("Request Type", self.name)

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
