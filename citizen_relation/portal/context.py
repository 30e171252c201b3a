"""What every portal page shares: its language, the collectivité's identity, the navigation.

French first: a page is in French unless the citizen chose English (``?_lang=en``, remembered in
Frappe's ``preferred_language`` cookie) or their account says English. The browser's
Accept-Language is not followed: the portal of a French collectivité speaks French to whoever
has not asked otherwise.
"""

from __future__ import annotations

from urllib.parse import urlencode

import frappe
from frappe import _

from citizen_relation.core import portal as core_portal
from citizen_relation.portal.settings import DEFAULT_COLOUR, get_portal_settings
from citizen_relation.utils import get_settings

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
COOKIE = "preferred_language"


def portal_language() -> str:
	"""The language of this request's portal page or call (and make it Frappe's)."""
	asked = (frappe.form_dict.get("_lang") or "").strip().lower()[:5]
	lang = None
	if asked in LANGUAGES:
		lang = asked
		if getattr(frappe.local, "cookie_manager", None):
			frappe.local.cookie_manager.set_cookie(COOKIE, asked)
	if not lang and getattr(frappe, "request", None):
		cookie = (frappe.request.cookies.get(COOKIE) or "").lower()
		lang = cookie if cookie in LANGUAGES else None
	if not lang and frappe.session.user != "Guest":
		user_lang = (frappe.get_cached_value("User", frappe.session.user, "language") or "").lower()
		lang = user_lang if user_lang in LANGUAGES else None
	lang = lang or DEFAULT_LANGUAGE
	frappe.local.lang = lang
	return lang


def navigation(active: str) -> list[dict]:
	items = [
		("home", "/portail", _("Home")),
		("report", "/signaler", _("Report a problem")),
		("map", "/carte", _("Known issues map")),
		("track", "/suivi", _("Follow a request")),
		("faq", "/faq", _("Questions and answers")),
	]
	if frappe.session.user != "Guest":
		items.append(("mine", "/mes-demandes", _("My requests")))
	return [{"key": k, "route": r, "label": label, "active": k == active} for k, r, label in items]


def identity() -> dict:
	settings = get_portal_settings()
	colour = settings.primary_colour or DEFAULT_COLOUR
	try:
		colour = core_portal.check_brand_colour(colour)
	except core_portal.CoreValidationError:
		colour = DEFAULT_COLOUR
	name = get_settings().collectivite_name or ""
	return {
		"title": settings.portal_title or _("Citizen portal"),
		"collectivite": name,
		"logo": settings.logo,
		"colour": colour,
		"colour_dark": core_portal.shade(colour, 0.75),
		"footer_text": settings.footer_text,
		"accessibility_statement": settings.accessibility_statement or _("Accessibility: partially compliant (RGAA 4)"),
		"address": get_settings().collectivite_address,
		"email": get_settings().collectivite_email,
		"phone": get_settings().collectivite_phone,
	}


def switch_language_url(lang: str) -> str:
	"""The current page in the other language (its query kept, except one-time values)."""
	args = {k: v for k, v in (frappe.form_dict or {}).items() if k in ("ref", "token", "type", "q", "category") and isinstance(v, str)}
	args["_lang"] = lang
	path = getattr(frappe.local, "path", None) or (frappe.request.path if getattr(frappe, "request", None) else "/portail")
	return "/" + path.strip("/") + "?" + urlencode(args)


def page_context(context, title: str, active: str = "") -> None:
	"""Fill a www page's context (call first in every portal page's ``get_context``)."""
	lang = portal_language()
	context.no_cache = 1
	context.no_breadcrumbs = 1
	context.lang = lang
	context.title = title
	context.page_title = title
	context.portal = identity()
	context.nav = navigation(active)
	context.is_guest = frappe.session.user == "Guest"
	context.user_name = None if context.is_guest else frappe.utils.get_fullname(frappe.session.user)
	other = "en" if lang == "fr" else "fr"
	context.other_language = {"code": other, "label": "English" if other == "en" else "Français", "url": switch_language_url(other)}
	context.csrf_token = "" if context.is_guest else frappe.sessions.get_csrf_token()
	context.login_url = "/login?" + urlencode({"redirect-to": "/mes-demandes"})
