"""/portail — the citizen portal's home page."""

from __future__ import annotations

from frappe import _

from citizen_relation.portal.context import page_context
from citizen_relation.portal.settings import get_portal_settings


def get_context(context):
	page_context(context, _("Citizen portal"), "home")
	settings = get_portal_settings()
	context.intro = settings.home_intro or _(
		"Report a problem in the public space, make a request to the town hall, follow it and find answers to your questions."
	)
	context.rgpd_notice = settings.rgpd_notice
