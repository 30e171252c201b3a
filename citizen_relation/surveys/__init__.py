"""Expectation surveys ("baromètre"): questionnaires, campaigns, samples, invitations by e-mail,
anonymous answers and results. The rules are in :mod:`citizen_relation.core.surveys`."""

from __future__ import annotations

from citizen_relation.core import surveys as core


def questions_of(survey) -> list[core.Question]:
	"""The survey's questions as the core sees them (``survey``: a Citizen Survey document)."""
	return [
		core.Question(
			code=row.code,
			text=row.question,
			kind=row.kind,
			options=core.parse_options(row.options),
			required=bool(row.required),
		)
		for row in survey.questions
	]
