"""Helpers of the ``www/`` pages: their forms post to themselves and redirect when done
(post/redirect/get), so that the core path works without JavaScript and a reload never sends
a form twice."""

from __future__ import annotations

from urllib.parse import urlencode

import frappe
from frappe import _

from citizen_relation.portal import guard, uploads
from citizen_relation.portal.submission import FORM_ERROR


def is_post() -> bool:
	return bool(getattr(frappe, "request", None)) and frappe.request.method == "POST"


def form() -> dict:
	"""The posted fields, as plain strings (lists keep their first value)."""
	out = {}
	for key, value in (frappe.form_dict or {}).items():
		if isinstance(value, list | tuple):
			value = value[0] if value else ""
		if isinstance(value, str | int | float):
			out[key] = str(value)
	return out


def posted_files(field: str = "photos") -> list[tuple[str, bytes]]:
	return uploads.read_files(uploads.uploaded_files(field))


def redirect(path: str, **query) -> None:
	"""Send the browser to ``path`` (303: the next request is a GET)."""
	query = {k: v for k, v in query.items() if v not in (None, "")}
	frappe.flags.redirect_location = path + ("?" + urlencode(query) if query else "")
	raise frappe.Redirect(303)


def tracking_path(name: str, token: str | None) -> dict:
	return {"ref": name, "token": token}


def form_state(context, values: dict | None = None, errors: dict | None = None) -> None:
	"""What a form needs to be shown (again): values typed, errors by field, a new bot stamp."""
	errors = errors or {}
	context.values = values or {}
	context.errors = errors
	context.form_error = errors.get(FORM_ERROR)
	context.error_count = len(errors)
	context.error_summary = [
		{"field": field, "message": message} for field, message in errors.items() if field != FORM_ERROR
	]
	context.stamp = guard.new_stamp()
	context.honeypot = guard.HONEYPOT


def too_many(context, error: Exception) -> None:
	frappe.clear_last_message()
	context.form_error = str(error) or _("Too many requests. Please try again later.")
