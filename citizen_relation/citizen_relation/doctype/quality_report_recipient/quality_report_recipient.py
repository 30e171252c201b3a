# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

from frappe.model.document import Document


class QualityReportRecipient(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		email: DF.Data
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		recipient_name: DF.Data | None
		service: DF.Link | None
	# end: auto-generated types
	pass
