"""Desk API of deadlines."""

import frappe


@frappe.whitelist()
def get_time_zones() -> list[str]:
	"""Time zones offered in the calendar form."""
	from zoneinfo import available_timezones

	frappe.has_permission("Service Calendar", "read", throw=True)
	return sorted(available_timezones())
