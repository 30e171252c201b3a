# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe.model.document import Document


class RequestStatistic(Document):
	"""The figures of one day (or one month) for one service, request type, category and channel,
	written only by ``citizen_relation.stats.daily`` (recomputed from the requests whenever they
	change)."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		category: DF.Data | None
		channel: DF.Data | None
		day: DF.Date
		first_contact: DF.Int
		grain: DF.Literal["Day", "Month"]
		knowledge_assisted: DF.Int
		merged: DF.Int
		rating_1: DF.Int
		rating_2: DF.Int
		rating_3: DF.Int
		rating_4: DF.Int
		rating_5: DF.Int
		rating_comments: DF.Int
		rating_sum: DF.Int
		ratings: DF.Int
		received: DF.Int
		reopened: DF.Int
		request_type: DF.Link | None
		resolution_histogram: DF.SmallText | None
		resolution_late: DF.Int
		resolution_on_time: DF.Int
		resolution_seconds: DF.Float
		resolved: DF.Int
		resolved_once: DF.Int
		responded: DF.Int
		response_histogram: DF.SmallText | None
		response_late: DF.Int
		response_on_time: DF.Int
		response_seconds: DF.Float
		service: DF.Link | None
	# end: auto-generated types



def on_doctype_update():
	"""The dashboard reads ranges of days or months, often for one service or request type."""
	frappe.db.add_index("Request Statistic", ["grain", "day"])
	frappe.db.add_index("Request Statistic", ["grain", "service", "day"])
	frappe.db.add_index("Request Statistic", ["grain", "request_type", "day"])
