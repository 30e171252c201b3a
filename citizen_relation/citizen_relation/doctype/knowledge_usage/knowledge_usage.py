# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe.model.document import Document


class KnowledgeUsage(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		action: DF.Literal["Inserted", "Helpful", "Unhelpful"]
		article: DF.Link | None
		kind: DF.Literal["Article", "Template"]
		request: DF.Link | None
		response_template: DF.Link | None
		suggestion_rank: DF.Int
		user: DF.Link | None
	# end: auto-generated types
	pass


def on_doctype_update():
	"""The usage report filters by period and action."""
	frappe.db.add_index("Knowledge Usage", ["action", "creation"])
