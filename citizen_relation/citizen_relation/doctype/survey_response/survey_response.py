# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

from frappe.model.document import Document


class SurveyResponse(Document):
	"""One citizen's anonymous answers (no link to the invitation or the citizen)."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.survey_answer.survey_answer import SurveyAnswer
		from frappe.types import DF

		answers: DF.Table[SurveyAnswer]
		campaign: DF.Link
		category: DF.Data | None
		channel: DF.Data | None
		service: DF.Link | None
		submitted_on: DF.Date | None
		survey: DF.Link | None
	# end: auto-generated types

	pass
