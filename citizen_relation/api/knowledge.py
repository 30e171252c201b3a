"""API of the knowledge base.

Desk (agents): suggestions for a request, inserting an article or a rendered template into a
reply, the template editor's preview and variables.

Public (guests and citizens): the FAQ and article votes. Guests hold no permission on Knowledge
Article (so ``/api/resource`` shows them nothing, not even the staff's names in standard
fields): these endpoints are their only way in. Every read filters on status Published and
audience Public, and returns a fixed list of public-safe fields.
"""

import frappe
from frappe import _

from citizen_relation import ratelimit
from citizen_relation.core import templating
from citizen_relation.knowledge import public, suggestions
from citizen_relation.knowledge.index import ARTICLE, TEMPLATE
from citizen_relation.knowledge.public import MAX_NAME_LENGTH, _check_text, _public_article
from citizen_relation.knowledge.rendering import CHANNELS, render_source, template_context
from citizen_relation.knowledge.usage import record_usage

# --- desk ------------------------------------------------------------------------------------------


def _get_request(name: str, ptype: str = "read"):
	if not name or not isinstance(name, str):
		frappe.throw(_("Please give a citizen request"))
	doc = frappe.get_doc("Citizen Request", name)
	doc.check_permission(ptype)
	return doc


@frappe.whitelist()
def suggest_for_request(name: str, limit: int = 5) -> dict:
	"""The best articles and templates for the request, with why each one is suggested."""
	return suggestions.suggest_for_request(_get_request(name), limit)


@frappe.whitelist()
def render_template_for_request(template: str, request: str, suggestion_rank: int = 0) -> dict:
	"""Render ``template`` for ``request`` and record the insertion; the agent edits it before sending."""
	doc = _get_request(request)
	tpl = frappe.get_doc("Response Template", template)
	tpl.check_permission("read")
	if not tpl.enabled:
		frappe.throw(_("The response template {0} is disabled").format(frappe.bold(tpl.name)))
	out = render_source(
		tpl.body,
		tpl.channel,
		template_context(doc, lang=tpl.language),
		subject=tpl.subject if tpl.channel == "E-mail" else None,
		sms_max_segments=tpl.sms_max_segments,
	)
	if not out["subject"] and tpl.channel == "E-mail":
		out["subject"] = _("Re: {0}").format(doc.subject) + f" [{doc.name}]"
	record_usage(doc.name, TEMPLATE, tpl.name, "Inserted", suggestion_rank)
	return out


@frappe.whitelist()
def get_article_for_request(article: str, request: str, suggestion_rank: int = 0) -> dict:
	"""An article's text to paste into the reply to ``request``; the insertion is recorded."""
	doc = _get_request(request)
	art = frappe.get_doc("Knowledge Article", article)
	art.check_permission("read")
	if art.status != "Published":
		frappe.throw(_("The article {0} is not published").format(frappe.bold(art.title)))
	record_usage(doc.name, ARTICLE, art.name, "Inserted", suggestion_rank)
	return {
		"title": art.title,
		"audience": art.audience,
		"message": art.html_body(),
		"subject": _("Re: {0}").format(doc.subject) + f" [{doc.name}]",
	}


@frappe.whitelist()
def preview_template(
	body: str,
	channel: str = "E-mail",
	subject: str | None = None,
	request: str | None = None,
	sms_max_segments: int | None = None,
) -> dict:
	"""Preview a template being edited, with sample data or with a request the user may read."""
	frappe.has_permission("Response Template", "read", throw=True)
	if channel not in CHANNELS:
		frappe.throw(_("Unknown channel {0}").format(frappe.bold(channel)))
	if request:
		context = template_context(_get_request(request))
	else:
		context = templating.sample_context()
	return render_source(
		body,
		channel,
		context,
		subject=subject if channel == "E-mail" else None,
		sms_max_segments=sms_max_segments,
		raise_errors=False,
	)


@frappe.whitelist()
def get_template_variables() -> list[dict]:
	"""The documented variables, for the template editor."""
	frappe.has_permission("Response Template", "read", throw=True)
	return [{"name": name, "description": description} for name, description in templating.VARIABLES.items()]



# --- public ------------------------------------------------------------------------------------------


@frappe.whitelist(allow_guest=True, xss_safe=True, methods=["GET"])
@ratelimit.limit(120, 60)
def get_public_articles(query: str | None = None, request_type: str | None = None, limit: int = 20) -> list[dict]:
	"""Published public articles, the most relevant to ``query`` and ``request_type`` first
	(most recent first without a query)."""
	return public.public_articles(query, request_type, limit)


@frappe.whitelist(allow_guest=True, xss_safe=True, methods=["GET"])
@ratelimit.limit(240, 60)
def get_public_article(name: str) -> dict:
	"""One published public article, its body as safe HTML."""
	return public.public_article(name)


def _vote_value(value) -> bool:
	"""A form post sends text: "false"/"0"/"no" are unhelpful votes (a non-empty string is truthy)."""
	if isinstance(value, bool):
		return value
	if isinstance(value, int) and value in (0, 1):
		return bool(value)
	text = value.strip().lower() if isinstance(value, str) else None
	if text in ("1", "true", "yes", "on", "oui"):
		return True
	if text in ("0", "false", "no", "off", "non"):
		return False
	frappe.throw(_("The vote must be helpful (1) or not helpful (0)"), title=_("Invalid input"))


@frappe.whitelist(allow_guest=True, xss_safe=True, methods=["POST"])
@ratelimit.limit(20, 60 * 60)
def vote_article(name: str, helpful: bool | str | int, request: str | None = None) -> dict:
	"""Count a helpful/unhelpful vote on an article the caller may read (guests: public ones).

	Agents may give the request the article was used for; the vote is logged as a Knowledge Usage.
	"""
	helpful = _vote_value(helpful)
	if frappe.session.user == "Guest" or not frappe.has_permission("Knowledge Article", "read"):
		article = _public_article(name)
	else:
		name = _check_text(name, _("Article"), MAX_NAME_LENGTH)
		article = frappe.get_doc("Knowledge Article", name)
		article.check_permission("read")
		if article.status != "Published":
			frappe.throw(_("The article {0} is not published").format(frappe.bold(article.title)))
	if request:
		if frappe.session.user == "Guest":
			frappe.throw(_("Only agents may link a vote to a request"), frappe.PermissionError)
		frappe.get_doc("Citizen Request", request).check_permission("read")

	field = "helpful_count" if helpful else "unhelpful_count"
	# Row lock: concurrent votes must not lose a count.
	current = frappe.db.get_value("Knowledge Article", article.name, field, for_update=True) or 0
	frappe.db.set_value("Knowledge Article", article.name, field, current + 1, update_modified=False)
	record_usage(request, ARTICLE, article.name, "Helpful" if helpful else "Unhelpful")
	counts = frappe.db.get_value(
		"Knowledge Article", article.name, ["helpful_count", "unhelpful_count"], as_dict=True
	)
	return {"name": article.name, "helpful_count": counts.helpful_count, "unhelpful_count": counts.unhelpful_count}
