# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

from frappe.model.document import Document


class SLAAlertLog(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		due: DF.Datetime | None
		kind: DF.Literal["Warning", "Breach"]
		recipients: DF.SmallText | None
		request: DF.Link
		sent_on: DF.Datetime | None
		target: DF.Literal["Response", "Resolution"]
		threshold: DF.Percent
	# end: auto-generated types

	pass
