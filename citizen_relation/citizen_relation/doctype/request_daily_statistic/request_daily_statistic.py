# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe.model.document import Document


class RequestDailyStatistic(Document):
	"""One day's figures for one service, request type, category and channel, written only by
	``citizen_relation.stats.daily`` (recomputed from the requests whenever they change)."""

	pass


def on_doctype_update():
	"""The dashboard filters the days by period, and often by service or request type."""
	frappe.db.add_index("Request Daily Statistic", ["service", "day"])
	frappe.db.add_index("Request Daily Statistic", ["request_type", "day"])
