# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from citizen_relation.citizen_relation.doctype.knowledge_article.knowledge_article import normalise_keywords
from citizen_relation.core import templating
from citizen_relation.knowledge.index import on_knowledge_change
from citizen_relation.knowledge.rendering import core_channel, throw_template_error

MAX_SMS_SEGMENTS = 10


class ResponseTemplate(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.knowledge_request_type.knowledge_request_type import KnowledgeRequestType
		from frappe.types import DF

		body: DF.Code
		channel: DF.Literal["E-mail", "Letter", "SMS"]
		enabled: DF.Check
		keywords: DF.SmallText | None
		language: DF.Link | None
		request_types: DF.TableMultiSelect[KnowledgeRequestType]
		sms_max_segments: DF.Int
		subject: DF.Data | None
		template_name: DF.Data
	# end: auto-generated types

	def before_validate(self):
		self.template_name = " ".join((self.template_name or "").split())
		self.keywords = normalise_keywords(self.keywords)
		if not self.language:
			self.language = "fr"
		if self.channel == "SMS" and not self.sms_max_segments:
			self.sms_max_segments = 3
		if self.channel != "E-mail":
			self.subject = None

	def validate(self):
		self.validate_sms_limit()
		self.validate_template()

	def on_update(self):
		on_knowledge_change(self)

	def on_trash(self):
		on_knowledge_change(self)

	def validate_sms_limit(self):
		if self.channel == "SMS" and not 1 <= (self.sms_max_segments or 0) <= MAX_SMS_SEGMENTS:
			frappe.throw(
				_("The maximum number of SMS segments must be between 1 and {0}").format(MAX_SMS_SEGMENTS)
			)

	def validate_template(self):
		"""The template must compile in the sandbox, use known variables and render with sample data."""
		channel = core_channel(self.channel)
		try:
			if self.subject:
				templating.validate(self.subject, channel="text")
			validation = templating.validate(self.body or "", channel=channel)
		except templating.TemplateError as error:
			label = _("Subject") if self.subject and _failed_on_subject(self.subject) else _("Body")
			throw_template_error(error, title=_("This template cannot be used ({0})").format(label))
		preview = validation.preview
		if channel == "sms" and preview and preview.segments > self.sms_max_segments:
			frappe.throw(
				_("With sample data the SMS needs {0} segments, more than the maximum of {1}").format(
					preview.segments, self.sms_max_segments
				),
				title=_("SMS too long"),
			)


def _failed_on_subject(subject: str) -> bool:
	try:
		templating.validate(subject, channel="text")
	except templating.TemplateError:
		return True
	return False
