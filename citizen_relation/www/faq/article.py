"""/faq/<slug> — one published public article, with "was this helpful?" (works without JavaScript).

Routed by the app's ``website_route_rules`` (``/faq/<path:name>``); the route is the article's
own ``route`` field, so the links the app sends and shows resolve here.
"""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.knowledge.public import article_by_route, count_vote, public_article
from citizen_relation.portal import guard, pages
from citizen_relation.portal.context import page_context

VOTES_PER_HOUR = 20


def get_context(context):
	page_context(context, _("Questions and answers"), "faq")
	route = "faq/" + str(frappe.form_dict.get("name") or "").strip("/")
	name = article_by_route(route)
	if not name:
		raise frappe.PageDoesNotExistError
	if pages.is_post():
		helpful = pages.form().get("helpful")
		if helpful in ("yes", "no"):
			try:
				guard.limit_votes()
				count_vote(name, helpful == "yes")
			except guard.TooManySubmissions:
				frappe.clear_last_message()
			pages.redirect("/" + route, merci="1")
	article = public_article(name)
	context.article = article
	context.title = article["title"]
	context.thanks = frappe.form_dict.get("merci") == "1"
	context.route = route
