"""/carte — the public map of known issues, with the same reports as a list (the map is never
the only way: the list works without JavaScript and with a screen reader)."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.portal import public
from citizen_relation.portal.context import page_context
from citizen_relation.portal.settings import get_portal_settings

PAGE_SIZE = 50


def get_context(context):
	page_context(context, _("Known issues map"), "map")
	points = public.map_points()
	types = sorted({p["request_type"] for p in points})
	chosen = frappe.form_dict.get("type")
	chosen = chosen if isinstance(chosen, str) and chosen in types else ""
	listed = [p for p in points if not chosen or p["request_type"] == chosen]
	try:
		page = max(1, int(frappe.form_dict.get("page") or 1))
	except (TypeError, ValueError):
		page = 1
	context.types = types
	context.chosen = chosen
	context.total = len(listed)
	context.page = page
	context.pages = max(1, (len(listed) + PAGE_SIZE - 1) // PAGE_SIZE)
	context.reports = listed[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
	settings = get_portal_settings()
	context.map = {
		"lat": settings.map_latitude,
		"lon": settings.map_longitude,
		"zoom": settings.map_zoom or 13,
		"tiles": settings.tile_url,
		"attribution": settings.tile_attribution,
	}
