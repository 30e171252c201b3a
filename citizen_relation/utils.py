"""Small adapters between the pure core and Frappe."""

from __future__ import annotations

from contextlib import contextmanager

import frappe
from frappe import _

from citizen_relation.core.errors import CoreValidationError


def throw_core_error(error: CoreValidationError, title: str | None = None):
	"""Raise a core validation error as a translated Frappe ValidationError."""
	args = [frappe.bold(a) if isinstance(a, str) else a for a in error.args_]
	frappe.throw(_(error.message).format(*args), frappe.ValidationError, title=title or _("Invalid input"))


@contextmanager
def core_errors(title: str | None = None):
	"""Turn core validation errors raised inside the block into translated Frappe errors."""
	try:
		yield
	except CoreValidationError as error:
		throw_core_error(error, title)


def get_settings():
	"""Cached Citizen Relation Settings."""
	return frappe.get_cached_doc("Citizen Relation Settings")


def tracking_url(reference: str, token: str) -> str:
	"""The citizen's link to follow a request on the portal (reference plus its secret token)."""
	from urllib.parse import urlencode

	return frappe.utils.get_url("/suivi?" + urlencode({"ref": reference, "token": token}))


def report_period(filters, default_months: int = 1):
	"""``[start, end)`` datetimes of a report's From/To date filters (To date included), checked."""
	from frappe.utils import add_months, add_to_date, getdate, today

	start = getdate(filters.get("from_date") or add_months(today(), -default_months))
	end = getdate(filters.get("to_date") or today())
	if start > end:
		frappe.throw(_("The start date must be before the end date"))
	return start, add_to_date(end, days=1)
