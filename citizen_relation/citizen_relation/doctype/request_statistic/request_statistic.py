# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe.model.document import Document


class RequestStatistic(Document):
	"""The figures of one day (or one month) for one service, request type, category and channel,
	written only by ``citizen_relation.stats.daily`` (recomputed from the requests whenever they
	change)."""

	pass


def on_doctype_update():
	"""The dashboard reads ranges of days or months, often for one service or request type."""
	frappe.db.add_index("Request Statistic", ["grain", "day"])
	frappe.db.add_index("Request Statistic", ["grain", "service", "day"])
	frappe.db.add_index("Request Statistic", ["grain", "request_type", "day"])
