"""Expectation surveys ("baromètre"): questionnaires, samples of citizens, anonymous results.

- A **survey** is a short list of questions of a few kinds (a 1–5 or 0–10 scale, one choice,
  several choices, free text), checked by :func:`check_questions`.
- A **campaign** sends a survey to a **sample** of citizens who had a request resolved in a
  period (optionally by channel and service): :func:`draw_sample` keeps one invitation per
  citizen, never invites someone twice in a campaign, respects a cap of invitations per citizen
  over the last twelve months, and draws at random (reproducibly, from a seed).
- **Answers are anonymous**: they are stored without any link to the invitation or the citizen,
  with only the segment (channel, service, category) of the request that qualified them;
  :func:`summarise` gives results by question and segment, and hides any group with fewer answers
  than the anonymity threshold (:func:`suppressed`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_

SCALE_5 = "Scale 1 to 5"
SCALE_10 = "Scale 0 to 10"
SINGLE = "Single choice"
MULTIPLE = "Multiple choice"
TEXT = "Text"
KINDS = (SCALE_5, SCALE_10, SINGLE, MULTIPLE, TEXT)
SCALES = {SCALE_5: (1, 5), SCALE_10: (0, 10)}
# "Favourable" answers of a scale: 4–5 out of 5, 8–10 out of 10.
FAVOURABLE_FROM = {SCALE_5: 4, SCALE_10: 8}

MAX_QUESTIONS = 20
MAX_OPTIONS = 12
MAX_TEXT = 2000
MAX_QUESTION_LENGTH = 300
CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
DEFAULT_MIN_GROUP = 5


# ---------------------------------------------------------------------------------------------
# questionnaires
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
	code: str
	text: str
	kind: str
	options: tuple[str, ...] = ()
	required: bool = False

	@property
	def scale(self) -> tuple[int, int] | None:
		return SCALES.get(self.kind)


def slug(text: str, taken: Iterable[str] = ()) -> str:
	"""A question code from its text (``q_…``), unique among ``taken``."""
	from citizen_relation.core.text import strip_accents

	base = re.sub(r"[^a-z0-9]+", "_", strip_accents(text or "").lower()).strip("_")[:30] or "question"
	if not base[0].isalpha():
		base = "q_" + base
	taken = set(taken)
	code, n = base, 2
	while code in taken:
		code, n = f"{base}_{n}", n + 1
	return code


def parse_options(text: str | None) -> tuple[str, ...]:
	"""Options written one per line (blank lines and duplicates dropped)."""
	seen, result = set(), []
	for line in (text or "").splitlines():
		option = " ".join(line.split())
		if option and option.casefold() not in seen:
			seen.add(option.casefold())
			result.append(option)
	return tuple(result)


def check_questions(questions: Sequence[Question]) -> None:
	"""Raise a :class:`CoreValidationError` for a questionnaire citizens could not answer."""
	if not questions:
		raise CoreValidationError(N_("A survey needs at least one question"))
	if len(questions) > MAX_QUESTIONS:
		raise CoreValidationError(N_("A survey has at most {0} questions: keep it short"), MAX_QUESTIONS)
	codes = set()
	for index, question in enumerate(questions, 1):
		if not (question.text or "").strip():
			raise CoreValidationError(N_("Question {0} has no text"), index)
		if len(question.text) > MAX_QUESTION_LENGTH:
			raise CoreValidationError(N_("Question {0} is too long: at most {1} characters"), index, MAX_QUESTION_LENGTH)
		if question.kind not in KINDS:
			raise CoreValidationError(N_("Question {0}: unknown kind {1}"), index, question.kind)
		if not CODE.match(question.code or ""):
			raise CoreValidationError(
				N_("Question {0}: the code {1} must be lower-case letters, digits and underscores"), index, question.code
			)
		if question.code in codes:
			raise CoreValidationError(N_("Two questions have the code {0}"), question.code)
		codes.add(question.code)
		if question.kind in (SINGLE, MULTIPLE):
			if not 2 <= len(question.options) <= MAX_OPTIONS:
				raise CoreValidationError(
					N_("Question {0}: a choice needs 2 to {1} options, one per line"), index, MAX_OPTIONS
				)


def clean_answers(questions: Sequence[Question], given: Mapping[str, object]) -> dict[str, object]:
	"""Check a citizen's answers (``code → value`` as sent by the form) and return them typed:
	an int for a scale, an option for a single choice, a tuple of options for several, a text.
	Unknown codes are ignored; a required question left empty is refused."""
	result: dict[str, object] = {}
	for question in questions:
		raw = given.get(question.code)
		values = [v for v in (raw if isinstance(raw, (list, tuple)) else [raw]) if v not in (None, "")]
		if not values:
			if question.required:
				raise CoreValidationError(N_("Please answer the question: {0}"), question.text)
			continue
		if question.scale:
			low, high = question.scale
			try:
				number = int(str(values[0]).strip())
			except ValueError:
				raise CoreValidationError(N_("Choose a value from {0} to {1}: {2}"), low, high, question.text) from None
			if not low <= number <= high:
				raise CoreValidationError(N_("Choose a value from {0} to {1}: {2}"), low, high, question.text)
			result[question.code] = number
		elif question.kind == SINGLE:
			value = str(values[0])
			if value not in question.options:
				raise CoreValidationError(N_("Choose one of the proposed answers: {0}"), question.text)
			result[question.code] = value
		elif question.kind == MULTIPLE:
			chosen = tuple(dict.fromkeys(str(v) for v in values))
			if any(v not in question.options for v in chosen):
				raise CoreValidationError(N_("Choose among the proposed answers: {0}"), question.text)
			result[question.code] = chosen
		else:
			text = str(values[0]).strip()
			if len(text) > MAX_TEXT:
				raise CoreValidationError(N_("Your answer is too long: at most {0} characters"), MAX_TEXT)
			if text:
				result[question.code] = text
	return result


# ---------------------------------------------------------------------------------------------
# samples
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
	"""A citizen who had a request resolved in the period (the request gives the segment)."""

	contact: str
	email: str
	request: str
	resolved_on: datetime
	channel: str | None = None
	service: str | None = None
	category: str | None = None


def draw_sample(
	candidates: Iterable[Candidate],
	*,
	size: int,
	cap: int,
	invited_last_year: Mapping[str, int],
	in_campaign: Iterable[str] = (),
	excluded_emails: Iterable[str] = (),
	seed: str = "",
) -> list[Candidate]:
	"""At most ``size`` citizens, one invitation each, at random (reproducible for a ``seed``).

	Left out: citizens already in this campaign (``in_campaign``: contacts), those who received
	``cap`` invitations or more over the last twelve months (``invited_last_year``: contact →
	count), addresses that opted out (``excluded_emails``, any case). A citizen with several
	requests counts once, with the segment of their latest resolution."""
	if size < 1:
		raise CoreValidationError(N_("The sample needs at least one citizen"))
	if cap < 1:
		raise CoreValidationError(N_("The cap of invitations per citizen and year is at least 1"))
	in_campaign = set(in_campaign)
	excluded = {e.strip().lower() for e in excluded_emails if e}
	latest: dict[str, Candidate] = {}
	for candidate in candidates:
		if not candidate.contact or not candidate.email:
			continue
		if candidate.contact in in_campaign or candidate.email.strip().lower() in excluded:
			continue
		if invited_last_year.get(candidate.contact, 0) >= cap:
			continue
		known = latest.get(candidate.contact)
		if known is None or (candidate.resolved_on, candidate.request) > (known.resolved_on, known.request):
			latest[candidate.contact] = candidate
	eligible = sorted(latest.values(), key=lambda c: c.contact)
	rng = random.Random(f"citizen_relation-survey:{seed}")
	if len(eligible) <= size:
		return eligible
	return sorted(rng.sample(eligible, size), key=lambda c: c.contact)


# ---------------------------------------------------------------------------------------------
# results
# ---------------------------------------------------------------------------------------------


@dataclass
class Summary:
	"""The answers to one question in one group."""

	question: Question
	answers: int = 0
	total: float = 0.0
	favourable: int = 0
	counts: dict[str, int] = field(default_factory=dict)  # value or option → answers

	@property
	def mean(self) -> float | None:
		return self.total / self.answers if self.question.scale and self.answers else None

	@property
	def favourable_share(self) -> float | None:
		return self.favourable / self.answers if self.question.scale and self.answers else None

	def share(self, option: str) -> float | None:
		return self.counts.get(option, 0) / self.answers if self.answers else None


def summarise(question: Question, values: Iterable[object]) -> Summary:
	"""``values``: one per respondent (an int, an option, options, or a text)."""
	summary = Summary(question)
	for value in values:
		if value in (None, "", ()):
			continue
		summary.answers += 1
		if question.scale:
			number = int(value)
			summary.total += number
			summary.favourable += number >= FAVOURABLE_FROM[question.kind]
			summary.counts[str(number)] = summary.counts.get(str(number), 0) + 1
		elif question.kind in (SINGLE, MULTIPLE):
			for option in value if isinstance(value, (list, tuple)) else (value,):
				summary.counts[option] = summary.counts.get(option, 0) + 1
	return summary


def suppressed(respondents: int, minimum: int = DEFAULT_MIN_GROUP) -> bool:
	"""A group with fewer respondents than ``minimum`` is not shown (it could point at someone)."""
	return respondents < max(1, minimum)
