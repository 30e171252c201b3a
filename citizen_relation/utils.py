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


_RETRYING = "citizen_relation_deadlock_retry"


def is_deadlock(error: Exception) -> bool:
	"""A database deadlock (Frappe's check reads the error code: only database errors carry one)."""
	return (
		isinstance(error, frappe.db.OperationalError | frappe.db.InternalError)
		and bool(error.args)
		and frappe.db.is_deadlocked(error)
	)


def retry_once_on_deadlock(fn):
	"""Run ``fn`` again once when the database chose its transaction as a deadlock victim.

	Merges lock their requests in name order, but also write child rows, comments and versions
	whose index gaps other merges lock too: under load InnoDB may still pick a victim. It has
	then rolled the *whole* transaction back, so the outermost decorated call (a follow, which
	registers a request and merges it, or a merge) starts again from the beginning; nested
	decorated calls leave the retry to it. A second deadlock is a clear "try again", never a
	server error.
	"""
	import functools

	@functools.wraps(fn)
	def wrapper(*args, **kwargs):
		if frappe.local.flags.get(_RETRYING):
			return fn(*args, **kwargs)
		frappe.local.flags[_RETRYING] = True
		try:
			try:
				return fn(*args, **kwargs)
			except Exception as error:
				if not is_deadlock(error):
					raise
			frappe.db.rollback()
			frappe.local.flags.pop("citizen_relation_services_of_user", None)
			try:
				return fn(*args, **kwargs)
			except Exception as error:
				if not is_deadlock(error):
					raise
				frappe.db.rollback()
				frappe.throw(
					_("Other changes to these requests are in progress: please try again in a moment"),
					frappe.ValidationError,
					title=_("Busy"),
				)
		finally:
			frappe.local.flags.pop(_RETRYING, None)

	return wrapper


def parse_json_object(
	value,
	invalid: str,
	not_an_object: str | None = None,
	*,
	max_length: int | None = None,
	title: str | None = None,
) -> dict:
	"""A JSON object sent by a client (a mapping, or its JSON text; nothing → ``{}``), else a
	translated validation error: ``invalid`` for text that is not JSON (or longer than
	``max_length``), ``not_an_object`` (default ``invalid``) for JSON that is not an object."""
	if value is None or value == "":
		return {}
	if isinstance(value, str):
		if max_length is not None and len(value) > max_length:
			frappe.throw(_("{0}: too long").format(invalid), title=title)
		try:
			value = frappe.parse_json(value)
		except (ValueError, RecursionError):
			frappe.throw(invalid, title=title)
	if not isinstance(value, dict):
		frappe.throw(not_an_object or invalid, title=title)
	return value


def text_values(values: dict, keys) -> dict:
	"""``values`` limited to ``keys`` whose values are plain texts (a client may send anything)."""
	out = {}
	for key in keys:
		value = values.get(key)
		if value in (None, ""):
			continue
		if not isinstance(value, str | int | float) or isinstance(value, bool):
			frappe.throw(_("Invalid value for {0}").format(frappe.bold(key)))
		out[key] = str(value)
	return out

