# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

from citizen_relation.permissions.children import ParentOwnedRow


class CitizenRequestCoreporter(ParentOwnedRow):
	"""A reporter whose own request was merged into a master; written by citizen_relation.duplicates only.

	The type block below is written by hand: Frappe's TypeExporter looks the class up by the doctype
	name without spaces, and the hyphen of "Co-reporter" is not a valid class name character.
	"""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		channel: DF.Literal["", "Web Portal", "E-mail", "Phone", "Counter", "Postal Mail", "Social Media", "Mobile App / API", "Internal"]
		contact: DF.Link | None
		merged_by: DF.Link | None
		merged_on: DF.Datetime | None
		notified_status: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		received_on: DF.Datetime | None
		reporter_name: DF.Data | None
		request: DF.Link
	# end: auto-generated types

	pass
