# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from citizen_relation.core import surveys as core
from citizen_relation.surveys import questions_of
from citizen_relation.utils import core_errors


class CitizenSurvey(Document):
	"""A short questionnaire (scales, choices, free text); campaigns send it to citizens."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.citizen_survey_question.citizen_survey_question import CitizenSurveyQuestion
		from frappe.types import DF

		introduction: DF.SmallText | None
		is_active: DF.Check
		questions: DF.Table[CitizenSurveyQuestion]
		thank_you: DF.SmallText | None
		title: DF.Data
	# end: auto-generated types

	def before_validate(self):
		taken = {row.code for row in self.questions if row.code}
		for row in self.questions:
			if not row.code:
				row.code = core.slug(row.question, taken)
				taken.add(row.code)
			row.options = "\n".join(core.parse_options(row.options)) if row.options else row.options

	def validate(self):
		with core_errors(_("Questions")):
			core.check_questions(questions_of(self))
		self.validate_answered_questions()

	def validate_answered_questions(self):
		"""A question already answered keeps its kind: the campaigns' results stay comparable."""
		if self.is_new():
			return
		answer = frappe.qb.DocType("Survey Answer")
		response = frappe.qb.DocType("Survey Response")
		answered = dict(
			frappe.qb.from_(answer)
			.join(response)
			.on(response.name == answer.parent)
			.select(answer.question_code, answer.kind)
			.distinct()
			.where(response.survey == self.name)
			.run()
		)
		for row in self.questions:
			if row.code in answered and answered[row.code] != row.kind:
				frappe.throw(
					_("Question {0} has already been answered as {1}: add a new question rather than changing its kind").format(
						frappe.bold(row.code), _(answered[row.code])
					)
				)
