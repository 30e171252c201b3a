# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import now_datetime
from frappe.utils.html_utils import sanitize_html
from frappe.website.utils import cleanup_page_name

from citizen_relation.core.text import strip_accents
from citizen_relation.knowledge.index import on_knowledge_change

ROUTE_PREFIX = "faq"


class KnowledgeArticle(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.knowledge_request_type.knowledge_request_type import KnowledgeRequestType
		from frappe.types import DF

		article_owner: DF.Link | None
		audience: DF.Literal["Internal", "Public"]
		body: DF.TextEditor | None
		body_md: DF.MarkdownEditor | None
		content_type: DF.Literal["Rich Text", "Markdown"]
		helpful_count: DF.Int
		keywords: DF.SmallText | None
		published_on: DF.Datetime | None
		request_types: DF.TableMultiSelect[KnowledgeRequestType]
		review_date: DF.Date | None
		route: DF.Data | None
		status: DF.Literal["Draft", "Published", "Archived"]
		title: DF.Data
		unhelpful_count: DF.Int
	# end: auto-generated types

	def before_validate(self):
		self.title = " ".join((self.title or "").split())
		self.keywords = normalise_keywords(self.keywords)
		self.drop_duplicate_request_types()
		self.set_route()
		self.set_published_on()

	def validate(self):
		self.validate_body()

	def on_update(self):
		on_knowledge_change(self)

	def on_trash(self):
		on_knowledge_change(self)

	# ------------------------------------------------------------------ derivations
	def drop_duplicate_request_types(self):
		seen = set()
		rows = []
		for row in self.request_types:
			if row.request_type and row.request_type not in seen:
				seen.add(row.request_type)
				rows.append(row)
		self.request_types = rows

	def set_route(self):
		"""A stable web address for the citizens' FAQ, from the title, unique among articles."""
		if self.route or not self.title:
			return
		base = f"{ROUTE_PREFIX}/{cleanup_page_name(strip_accents(self.title))[:120].strip('-') or 'article'}"
		route, n = base, 1
		while frappe.db.exists("Knowledge Article", {"route": route, "name": ("!=", self.name or "")}):
			n += 1
			route = f"{base}-{n}"
		self.route = route

	def set_published_on(self):
		if self.status == "Published" and not self.published_on:
			self.published_on = now_datetime()

	# ------------------------------------------------------------------ checks
	def validate_body(self):
		if self.status == "Published" and not frappe.utils.strip_html_tags(self.source_body() or "").strip():
			frappe.throw(_("An article needs a body before it is published"), title=_("Empty article"))

	# ------------------------------------------------------------------ reading
	def source_body(self) -> str:
		return (self.body_md if self.content_type == "Markdown" else self.body) or ""

	def html_body(self) -> str:
		"""The article as safe HTML (Markdown converted), for the reply composer and the FAQ."""
		if self.content_type == "Markdown":
			return sanitize_html(frappe.utils.md_to_html(self.body_md or "") or "")
		return sanitize_html(self.body or "")


def normalise_keywords(value: str | None) -> str | None:
	"""Comma-separated keywords, without blanks or repeats."""
	if not value:
		return value
	words = []
	for word in value.replace("\n", ",").replace(";", ",").split(","):
		word = " ".join(word.split())
		if word and word.lower() not in {w.lower() for w in words}:
			words.append(word)
	return ", ".join(words)
