# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

from citizen_relation.permissions.children import ParentOwnedRow


class RequestTypeField(ParentOwnedRow):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		description: DF.Data | None
		fieldname: DF.Data | None
		fieldtype: DF.Literal["Data", "Small Text", "Int", "Float", "Check", "Date", "Select"]
		label: DF.Data
		options: DF.SmallText | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		public: DF.Check
		reqd: DF.Check
	# end: auto-generated types

	pass
