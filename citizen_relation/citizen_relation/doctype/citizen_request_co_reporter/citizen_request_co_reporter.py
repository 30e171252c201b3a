# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

from frappe.model.document import Document


class CitizenRequestCoreporter(Document):
	"""A citizen whose own request was merged into this (master) request; rows are written by
	``citizen_relation.duplicates`` only."""

	pass
