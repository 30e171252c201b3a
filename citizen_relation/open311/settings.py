"""Open311 Settings (one per site) and the site's time zone."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import frappe
from frappe import _
from frappe.utils import cint, get_system_timezone

from citizen_relation.core.open311 import MEDIA_TYPES

DOCTYPE = "Open311 Settings"


def get_settings():
	return frappe.get_cached_doc(DOCTYPE)


def forget_settings() -> None:
	frappe.clear_document_cache(DOCTYPE, DOCTYPE)


def site_timezone() -> ZoneInfo:
	return ZoneInfo(get_system_timezone() or "Europe/Paris")


def media_types(settings=None) -> tuple[str, ...]:
	settings = settings or get_settings()
	listed = [t.strip().lower() for t in (settings.media_types or "").splitlines() if t.strip()]
	return tuple(t for t in listed if t in MEDIA_TYPES) or tuple(MEDIA_TYPES)


def validate_settings(doc) -> None:
	"""Open311 Settings.validate: numbers in range, known media types, a plain jurisdiction id."""
	for fieldname, low, high in (
		("guest_requests_per_minute", 1, 100_000),
		("default_requests_per_minute", 1, 100_000),
		("default_posts_per_hour", 1, 1_000_000),
		("media_max_size_mb", 1, 50),
		("media_timeout_seconds", 1, 120),
	):
		value = cint(doc.get(fieldname))
		if not low <= value <= high:
			frappe.throw(
				_("{0} must be between {1} and {2}").format(_(doc.meta.get_label(fieldname)), low, high)
			)
	unknown = [t for t in (doc.media_types or "").split() if t.strip().lower() not in MEDIA_TYPES]
	if unknown:
		frappe.throw(_("Unknown photo types: {0}").format(", ".join(unknown)))
	doc.jurisdiction_id = (doc.jurisdiction_id or "").strip()
	if len(doc.jurisdiction_id) > 140 or any(c.isspace() for c in doc.jurisdiction_id):
		frappe.throw(_("The jurisdiction ID must be a single word of at most 140 characters"))
