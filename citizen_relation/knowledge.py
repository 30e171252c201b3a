"""Knowledge base and response assistance: the Frappe adapter around the pure core.

- :func:`get_index` keeps one :class:`~citizen_relation.core.ranking.RankingIndex` of the
  published articles and enabled response templates: its JSON (``to_dict()``) lives in Redis under
  a version key, and every worker keeps the parsed index in memory until the version changes
  (articles and templates bump it from ``on_update``/``on_trash``).
- :func:`suggest_for_request` ranks articles and templates for a request the user may read.
- :func:`render_template_for_request` renders a template in the sandbox of
  :mod:`citizen_relation.core.templating` with the plain context of :func:`template_context`.
- Every insertion and vote is a *Knowledge Usage* row (:func:`record_usage`), for the reports.
"""

from __future__ import annotations

import json
import threading
from datetime import date, datetime

import frappe
from frappe import _
from frappe.utils import cint, escape_html, get_fullname, strip_html_tags
from frappe.utils.html_utils import sanitize_html

from citizen_relation.core import templating
from citizen_relation.core.ranking import Document, Query, RankingIndex
from citizen_relation.core.templating import TemplateError
from citizen_relation.utils import get_settings, tracking_url

INDEX_VERSION_KEY = "citizen_relation:knowledge_index_version"
INDEX_KEY = "citizen_relation:knowledge_index:{0}"
INDEX_TTL = 24 * 60 * 60  # seconds; also bounds staleness after a Request Type is renamed
MAX_SUGGESTIONS = 20

ARTICLE, TEMPLATE = "article", "template"
# Response Template channel (desk option) -> core channel.
CHANNELS = {"E-mail": "email", "Letter": "letter", "SMS": "sms"}

_local = threading.local()


# --- the cached ranking index --------------------------------------------------------------------


def _key(kind: str, name: str) -> str:
	"""Articles and templates share one index: their names are prefixed with their kind."""
	return f"{kind}:{name}"


def _split(key: str) -> tuple[str, str]:
	kind, _sep, name = key.partition(":")
	return kind, name


def _split_keywords(value: str | None) -> tuple[str, ...]:
	return tuple(k.strip() for k in (value or "").replace("\n", ",").replace(";", ",").split(",") if k.strip())


def _request_types(parenttype: str, names: list[str]) -> dict[str, list[str]]:
	types: dict[str, list[str]] = {}
	if not names:
		return types
	for row in frappe.get_all(
		"Knowledge Request Type",
		filters={"parenttype": parenttype, "parent": ("in", names)},
		fields=["parent", "request_type"],
		order_by="idx asc",
	):
		types.setdefault(row.parent, []).append(row.request_type)
	return types


def load_documents() -> list[Document]:
	"""Published articles (every audience) and enabled templates, as core documents."""
	articles = frappe.get_all(
		"Knowledge Article",
		filters={"status": "Published"},
		fields=["name", "title", "content_type", "body", "body_md", "keywords"],
	)
	templates = frappe.get_all(
		"Response Template",
		filters={"enabled": 1},
		fields=["name", "template_name", "subject", "body", "keywords", "channel"],
	)
	article_types = _request_types("Knowledge Article", [a.name for a in articles])
	template_types = _request_types("Response Template", [t.name for t in templates])
	documents = [
		Document(
			name=_key(ARTICLE, a.name),
			title=a.title,
			body=(a.body_md if a.content_type == "Markdown" else a.body) or "",
			keywords=_split_keywords(a.keywords),
			request_types=tuple(article_types.get(a.name, ())),
			kind=ARTICLE,
		)
		for a in articles
	]
	documents += [
		Document(
			name=_key(TEMPLATE, t.name),
			title=t.template_name,
			# Jinja markup is stripped of its variables: only the template's own words are indexed.
			body=_template_words(f"{t.subject or ''}\n{t.body or ''}"),
			keywords=_split_keywords(t.keywords),
			request_types=tuple(template_types.get(t.name, ())),
			kind=TEMPLATE,
		)
		for t in templates
	]
	return documents


def _template_words(source: str) -> str:
	import re

	return re.sub(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", " ", source, flags=re.DOTALL)


def build_index() -> RankingIndex:
	return RankingIndex.build(load_documents())


def _current_version() -> str:
	version = frappe.cache.get_value(INDEX_VERSION_KEY)
	if not version:
		version = frappe.generate_hash(length=12)
		frappe.cache.set_value(INDEX_VERSION_KEY, version)
	return version


def get_index() -> RankingIndex:
	"""The ranking index: this worker's copy, else the cached JSON, else built from the database."""
	version = _current_version()
	memo = getattr(_local, "index", None)
	if memo and memo[0] == (frappe.local.site, version):
		return memo[1]
	key = INDEX_KEY.format(version)
	cached = frappe.cache.get_value(key, expires=True)
	index = None
	if cached:
		try:
			index = RankingIndex.from_dict(json.loads(cached))
		except (ValueError, KeyError, TypeError):
			index = None  # an older format: rebuilt below
	if index is None:
		index = build_index()
		frappe.cache.set_value(key, json.dumps(index.to_dict(), separators=(",", ":")), expires_in_sec=INDEX_TTL)
	_local.index = ((frappe.local.site, version), index)
	return index


def invalidate_index(*args, **kwargs) -> None:
	"""Drop the cached index (on article or template changes, and when such a change is rolled back)."""
	old = frappe.cache.get_value(INDEX_VERSION_KEY)
	frappe.cache.set_value(INDEX_VERSION_KEY, frappe.generate_hash(length=12))
	if old:
		frappe.cache.delete_value(INDEX_KEY.format(old))
	_local.index = None


def on_knowledge_change(doc=None, method=None) -> None:
	"""Called by Knowledge Article and Response Template on update and trash."""
	invalidate_index()
	# The change may still be rolled back: the index built meanwhile would then be wrong.
	frappe.db.after_rollback.add(invalidate_index)
	# Rebuild in the background once committed, so that no agent waits for it (seconds for
	# thousands of articles); several changes in a row make one job.
	frappe.db.after_commit.add(_enqueue_rebuild)


def _enqueue_rebuild() -> None:
	frappe.enqueue(
		"citizen_relation.knowledge.rebuild_index",
		queue="short",
		job_id="citizen_relation:rebuild_knowledge_index",
		deduplicate=True,
		enqueue_after_commit=False,
	)


def rebuild_index() -> None:
	"""Background job: build the index of the current version and store it in Redis."""
	_local.index = None
	get_index()


# --- suggestions -----------------------------------------------------------------------------------


def _get_request(name: str, ptype: str = "read"):
	if not name or not isinstance(name, str):
		frappe.throw(_("Please give a citizen request"))
	doc = frappe.get_doc("Citizen Request", name)
	doc.check_permission(ptype)
	return doc


def request_query(request) -> Query:
	return Query(
		request_type=request.request_type,
		category=request.category,
		subject=request.subject,
		description=strip_html_tags(request.description or ""),
	)


_REASONS = {
	"matched words": lambda: _("matched words"),
	"word variants": lambda: _("word variants"),
	"typos corrected": lambda: _("typos corrected"),
	"linked to request type": lambda: _("linked to request type"),
}


def translate_reason(reason: str) -> str:
	"""The core explains in English ("matched words: lampadaire"): its fixed part is translated."""
	label, sep, rest = reason.partition(": ")
	translated = _REASONS.get(label)
	return f"{translated()}{sep}{rest}" if translated else reason


@frappe.whitelist()
def suggest_for_request(name: str, limit: int = 5) -> dict:
	"""The best articles and templates for the request, with why each one is suggested."""
	request = _get_request(name)
	limit = max(1, min(cint(limit) or 5, MAX_SUGGESTIONS))
	index = get_index()
	query = request_query(request)
	result = {"articles": [], "templates": []}
	# A few more than asked: rows deleted since the index was built are skipped below.
	ranked = {
		ARTICLE: index.rank(query, limit + 3, kind=ARTICLE),
		TEMPLATE: index.rank(query, limit + 3, kind=TEMPLATE),
	}
	articles = _rows("Knowledge Article", ranked[ARTICLE], ["title", "audience", "status"])
	templates = _rows("Response Template", ranked[TEMPLATE], ["template_name", "channel", "enabled", "subject"])
	for kind, rows, out in ((ARTICLE, articles, result["articles"]), (TEMPLATE, templates, result["templates"])):
		for item in ranked[kind]:
			row = rows.get(_split(item.name)[1])
			if not row or len(out) >= limit:
				continue
			if kind == ARTICLE and row.status != "Published":
				continue
			if kind == TEMPLATE and not row.enabled:
				continue
			out.append(
				{
					"name": row.name,
					"title": row.title if kind == ARTICLE else row.template_name,
					"kind": kind,
					"score": item.score,
					"rank": len(out) + 1,
					"reasons": [translate_reason(r) for r in item.reasons],
					"type_match": item.type_match,
					**({"audience": row.audience} if kind == ARTICLE else {"channel": row.channel}),
				}
			)
	if len(result["templates"]) < limit:
		result["templates"] += _general_templates(limit - len(result["templates"]), {t["name"] for t in result["templates"]})
	return result


def _general_templates(count: int, exclude: set[str]) -> list[dict]:
	"""Templates for any request (no request type), offered after the ranked ones."""
	typed = frappe.get_all("Knowledge Request Type", filters={"parenttype": "Response Template"}, pluck="parent")
	rows = frappe.get_list(
		"Response Template",
		filters={"enabled": 1, "name": ("not in", list(exclude | set(typed)) or [""])},
		fields=["name", "template_name", "channel"],
		order_by="template_name asc",
		limit_page_length=count,
	)
	return [
		{
			"name": row.name,
			"title": row.template_name,
			"kind": TEMPLATE,
			"score": 0,
			"rank": 0,
			"reasons": [_("general-purpose template")],
			"type_match": False,
			"channel": row.channel,
		}
		for row in rows
	]


def _rows(doctype: str, ranked, fields: list[str]) -> dict:
	names = [_split(r.name)[1] for r in ranked]
	if not names:
		return {}
	return {
		row.name: row
		for row in frappe.get_list(doctype, filters={"name": ("in", names)}, fields=["name", *fields])
	}


# --- rendering -----------------------------------------------------------------------------------


def _plain_date(value):
	if not value:
		return None
	if isinstance(value, (date, datetime)):
		return value
	return frappe.utils.get_datetime(value) if " " in str(value) else frappe.utils.getdate(value)


_IMPLICIT = {"acceptance": "acceptation", "accepted": "acceptation", "rejection": "rejet", "rejected": "rejet"}


def _missing_documents(request) -> tuple[str, ...]:
	value = request.get("missing_documents")
	if not value:
		return ()
	if isinstance(value, list):  # a child table
		return tuple(
			str(row.get("document") or row.get("label") or row.get("description") or "") for row in value
		)
	return tuple(line.strip() for line in str(value).splitlines() if line.strip())


def template_context(request, lang: str | None = None) -> dict:
	"""The plain data a template sees for ``request`` (see ``templating.VARIABLES``)."""
	citizen = {
		"full_name": request.reporter_name,
		"email": request.reporter_email,
		"phone": request.reporter_phone,
	}
	if request.contact:
		contact = frappe.db.get_value(
			"Contact", request.contact, ["first_name", "last_name", "full_name"], as_dict=True
		)
		if contact:
			citizen.update(first_name=contact.first_name, last_name=contact.last_name)
			citizen["full_name"] = citizen["full_name"] or contact.full_name
	if not citizen.get("first_name") and citizen["full_name"]:
		first, _sep, last = citizen["full_name"].partition(" ")
		citizen.update(first_name=first, last_name=last or None)

	service = {}
	if request.service:
		values = frappe.db.get_value(
			"Municipal Service", request.service, ["service_name", "email", "phone", "address"], as_dict=True
		)
		if values:
			service = {
				"name": values.service_name,
				"email": values.email,
				"phone": values.phone,
				"address": values.address,
			}

	# Deadline fields belong to the SLA feature: read defensively, they may not exist.
	implicit = (request.get("implicit_decision") or "").strip().lower()
	deadlines = {
		"response_by": _plain_date(request.get("response_by")),
		"resolution_by": _plain_date(request.get("resolution_by")),
		"implicit_decision_on": _plain_date(request.get("implicit_decision_on")),
		"implicit_decision": _IMPLICIT.get(implicit, implicit or None),
	}
	return {
		"request": {
			"reference": request.name,
			"subject": request.subject,
			"description": strip_html_tags(request.description or "").strip() or None,
			"status": _(request.status, lang=lang) if request.status else None,
			"received_on": _plain_date(request.received_on),
			"request_type": request.request_type,
			"tracking_url": tracking_url(request.name, request.tracking_token) if request.tracking_token else None,
			"missing_documents": _missing_documents(request),
		},
		"citizen": citizen,
		"service": service,
		"deadlines": deadlines,
		"agent": {"full_name": get_fullname(frappe.session.user)},
		"collectivite": {"name": get_settings().collectivite_name},
	}


def template_error_message(error: TemplateError) -> str:
	"""A core template error in the user's language, with its template line."""
	args = [frappe.bold(escape_html(a)) if isinstance(a, str) else a for a in error.base_args]
	message = _(error.base_message).format(*args)
	if error.lineno:
		message = _("{0} (line {1})").format(message, error.lineno)
	return message


def throw_template_error(error: TemplateError, title: str | None = None):
	frappe.throw(template_error_message(error), frappe.ValidationError, title=title or _("Template error"))


def translate_warning(warning: str) -> str:
	if isinstance(warning, templating.Message):
		return _(warning.message).format(*warning.args_)
	return _(warning)


def core_channel(channel: str | None) -> str:
	return CHANNELS.get(channel or "E-mail", "email")


def render_source(
	body: str,
	channel: str,
	context: dict,
	subject: str | None = None,
	sms_max_segments: int | None = None,
	raise_errors: bool = True,
) -> dict:
	"""Render a template's subject and body; HTML is sanitised for the desk and the mail composer.

	A template error is thrown (translated, with its line), or returned as ``{"error": ...}``.
	"""
	ch = core_channel(channel)
	try:
		rendered = templating.render(
			body or "", context, ch, sms_max_segments=(cint(sms_max_segments) or None) if ch == "sms" else None
		)
		rendered_subject = templating.render(subject, context, "text").text.strip() if subject else ""
	except TemplateError as error:
		if not raise_errors:
			return {"error": template_error_message(error)}
		throw_template_error(error)
	text = rendered.text
	return {
		"channel": channel,
		"subject": " ".join(rendered_subject.split()),
		"message": sanitize_html(text) if rendered.html else text,
		"html": rendered.html,
		"segments": rendered.segments,
		"encoding": rendered.encoding,
		"length": rendered.length,
		"warnings": [translate_warning(w) for w in rendered.warnings],
	}


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


# --- usage ---------------------------------------------------------------------------------------

USAGE_ACTIONS = ("Inserted", "Helpful", "Unhelpful")


def record_usage(
	request: str | None, kind: str, name: str, action: str = "Inserted", suggestion_rank: int = 0
) -> str:
	"""One Knowledge Usage row (written by the server: agents may not edit the log)."""
	if kind not in (ARTICLE, TEMPLATE):
		raise ValueError(f"unknown kind {kind!r}")
	if action not in USAGE_ACTIONS:
		raise ValueError(f"unknown action {action!r}")
	usage = frappe.get_doc(
		{
			"doctype": "Knowledge Usage",
			"request": request,
			"kind": "Article" if kind == ARTICLE else "Template",
			"article": name if kind == ARTICLE else None,
			"response_template": name if kind == TEMPLATE else None,
			"action": action,
			"user": frappe.session.user,
			"suggestion_rank": max(0, min(cint(suggestion_rank), MAX_SUGGESTIONS)),
		}
	)
	usage.insert(ignore_permissions=True)
	return usage.name
