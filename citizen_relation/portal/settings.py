"""The portal's configuration (Citizen Portal Settings), read once per request."""

from __future__ import annotations

import frappe

from citizen_relation import caching

DOCTYPE = "Citizen Portal Settings"
DEFAULT_COLOUR = "#000091"


def get_portal_settings():
	"""The single document, from Frappe's document cache (cleared when it is saved)."""
	return caching.request_memo("portal", "settings", lambda: frappe.get_cached_doc(DOCTYPE))


def forget_settings() -> None:
	caching.forget_request("portal")


def setting(fieldname: str, default=None):
	value = get_portal_settings().get(fieldname)
	return default if value in (None, "") else value
