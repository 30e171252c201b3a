"""Legal deadlines of the Code des relations entre le public et l'administration (CRPA).

Rules implemented (dates are local dates of the administration; the adapter converts):

* **Regimes** (L231-1, L231-4 and decrees): each request type says what the
  administration's silence means — ``"acceptance"`` (silence vaut acceptation, the rule),
  ``"rejection"`` (silence vaut rejet) or ``"none"`` (not a *demande* in the CRPA sense,
  e.g. a pothole report: no implicit decision) — and after how many months (2 by default).
* **Months**: a delay of *n* months from day *D* expires on the day of the *n*-th month
  with the same number as *D*, or on that month's last day when it has none (received
  31 December → 28 or 29 February; 30 November → 30 January). The implicit decision is
  born at the end of that day (24:00): the applicant can rely on it from the next day.
* **A last day that is not worked** (Saturday, Sunday, public holiday): by default the
  date is **not moved** (:data:`NOT_MOVED`); a collectivité whose lawyers read the CRPA
  with article 642 of the code de procédure civile may choose :data:`NEXT_WORKING_DAY`.
  Sources and what is uncertain: ``docs/legal-deadlines.md``.
* **Starting day**: receipt of the request; after a transfer to the competent authority
  (L114-2), receipt by that authority; when the file was incomplete and missing pieces
  were requested (L114-5), receipt of those pieces — while they are awaited the delay does
  not run and there is no implicit-decision date.
* **Acknowledgement** (L112-3, R112-5): :func:`acknowledgement_mentions` gathers its
  mentions as plain data for the letter (:mod:`citizen_relation.core.letters` says which
  are mandatory); without a complete acknowledgement appeal delays cannot be held against
  the applicant (L112-6, :func:`appeal_delays_unenforceable`).
* **Electronic submissions** (L112-11 and its implementing decree):
  :func:`electronic_acknowledgement` — acknowledge at once; the legal fallbacks are an
  *accusé d'enregistrement* within one working day and the *accusé de réception* within
  seven days, both counted from receipt by the competent authority.
"""

from __future__ import annotations

import calendar as month_calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from citizen_relation.core.calendar import WorkingCalendar, add_working_days

NONE = "none"
ACCEPTANCE = "acceptance"
REJECTION = "rejection"

# What happens when the implicit-decision delay ends on a Saturday, a Sunday or a public
# holiday (see docs/legal-deadlines.md): the date computed month to month stands (default), or
# it moves to the next working day as article 642 of the code de procédure civile does for
# procedural delays.
NOT_MOVED = "not_moved"
NEXT_WORKING_DAY = "next_working_day"
NON_WORKING_DAY_RULES = (NOT_MOVED, NEXT_WORKING_DAY)

DEFAULT_DELAY_MONTHS = 2
APPEAL_DELAY_MONTHS = 2
ELECTRONIC_REGISTRATION_WORKING_DAYS = 1
ELECTRONIC_RECEIPT_DAYS = 7

# Appeals against an implicit rejection, each within two months of the decision: an
# administrative appeal to the author (gracieux) or to its superior (hiérarchique), or a
# judicial one before the administrative court (CJA R421-1, R421-2).
APPEALS = (
	{"means": "recours_gracieux", "addressee": "author", "delay_months": APPEAL_DELAY_MONTHS},
	{"means": "recours_hierarchique", "addressee": "superior", "delay_months": APPEAL_DELAY_MONTHS},
	{
		"means": "recours_contentieux",
		"addressee": "tribunal_administratif",
		"delay_months": APPEAL_DELAY_MONTHS,
	},
)


@dataclass(frozen=True)
class Regime:
	"""What the administration's silence on a request type means, and after how long."""

	silence: str = ACCEPTANCE
	delay_months: int = DEFAULT_DELAY_MONTHS

	def __post_init__(self):
		if self.silence not in (NONE, ACCEPTANCE, REJECTION):
			raise ValueError(f"unknown CRPA regime {self.silence!r}")
		if self.delay_months < 1:
			raise ValueError("the implicit-decision delay is at least one month")


@dataclass(frozen=True)
class Filing:
	"""The dates that start a request's legal delays.

	``received_on``: receipt by the administration first addressed. ``competent_received_on``:
	receipt by the competent authority after a transfer (L114-2). ``missing_pieces``: the
	pieces requested because the file was incomplete (L114-5), ``missing_pieces_due_on``
	the date given to provide them, ``pieces_received_on`` when they all arrived.
	"""

	received_on: date
	competent_received_on: date | None = None
	missing_pieces: tuple[str, ...] = ()
	missing_pieces_due_on: date | None = None
	pieces_received_on: date | None = None

	def __post_init__(self):
		object.__setattr__(self, "missing_pieces", tuple(self.missing_pieces))
		for later in (self.competent_received_on, self.pieces_received_on):
			if later is not None and later < self.received_on:
				raise ValueError("a transfer or the missing pieces cannot precede the request")

	@property
	def authority_received_on(self) -> date:
		"""Receipt by the authority that decides (and acknowledges)."""
		return self.competent_received_on or self.received_on


@dataclass(frozen=True)
class Service:
	"""The service handling the request, as R112-5 requires it on the acknowledgement."""

	name: str
	address: str
	email: str = ""
	phone: str = ""


@dataclass(frozen=True)
class ElectronicAcknowledgement:
	"""Acknowledgement of a request sent electronically (L112-11).

	``acknowledge_at``: when to send the electronic acknowledgement of receipt — at once,
	at receipt (UTC). Had it not been instantaneous, the law would require an acknowledgement of
	registration by the end of ``registration_latest_on`` (one working day) and the
	acknowledgement of receipt by the end of ``receipt_latest_on`` (seven days).
	"""

	acknowledge_at: datetime
	registration_latest_on: date
	receipt_latest_on: date


def add_months(day: date, months: int) -> date:
	"""``day`` plus ``months`` calendar months: same day number, or the month's last day
	when it is shorter (31 December + 2 → 28/29 February)."""
	index = day.year * 12 + day.month - 1 + months
	year, month = divmod(index, 12)
	last = month_calendar.monthrange(year, month + 1)[1]
	return date(year, month + 1, min(day.day, last))


def next_working_day(day: date, holidays: frozenset[date] | set[date] = frozenset()) -> date:
	"""``day`` itself when it is a working day, else the first following day that is neither a
	Saturday, a Sunday nor one of ``holidays`` (the wording of article 642 CPC: « samedi,
	dimanche ou jour férié ou chômé »)."""
	while day.weekday() >= 5 or day in holidays:
		day += timedelta(days=1)
	return day


def delay_start(filing: Filing) -> date | None:
	"""The day the implicit-decision delay runs from, or ``None`` while missing pieces are
	awaited."""
	start = filing.authority_received_on
	if filing.missing_pieces:
		if filing.pieces_received_on is None:
			return None
		start = max(start, filing.pieces_received_on)
	return start


def implicit_decision_date(
	regime: Regime,
	filing: Filing,
	*,
	non_working_day: str = NOT_MOVED,
	holidays: frozenset[date] | set[date] = frozenset(),
) -> date | None:
	"""The day at whose end silence is worth ``regime.silence``; ``None`` for regime "none"
	or while missing pieces are awaited.

	``non_working_day``: :data:`NOT_MOVED` (the date computed month to month, whatever the
	day) or :data:`NEXT_WORKING_DAY` (a Saturday, Sunday or one of ``holidays`` moves it to
	the next working day)."""
	if non_working_day not in NON_WORKING_DAY_RULES:
		raise ValueError(f"unknown rule for a delay ending on a non-working day: {non_working_day!r}")
	start = delay_start(filing)
	if regime.silence == NONE or start is None:
		return None
	day = add_months(start, regime.delay_months)
	return next_working_day(day, holidays) if non_working_day == NEXT_WORKING_DAY else day


def acknowledgement_mentions(
	regime: Regime,
	filing: Filing,
	service: Service,
	*,
	non_working_day: str = NOT_MOVED,
	holidays: frozenset[date] | set[date] = frozenset(),
) -> dict:
	"""The R112-5 mentions of the acknowledgement of receipt, as plain data.

	Keys: ``received_on`` (receipt by the deciding authority); ``regime``;
	``implicit_decision_on`` (date or ``None``), ``delay_months``, ``delay_runs_from``,
	``awaiting_pieces`` (the delay is suspended until the missing pieces arrive); ``service``
	(``name``, ``address``, ``email``, ``phone``); ``missing_pieces`` (list) and
	``missing_pieces_due_on``; ``appeals``: for a rejection regime, the means and delays of
	appeal (see :data:`APPEALS`), else empty; ``attestation_available``: for an acceptance
	regime, the right to an attestation of the implicit decision (L232-3).

	Which of them are mandatory, and whether a letter may be produced, is decided by
	:func:`citizen_relation.core.letters.check` (one rule for every letter to citizens).
	"""
	decision_on = implicit_decision_date(regime, filing, non_working_day=non_working_day, holidays=holidays)
	awaiting = bool(filing.missing_pieces) and filing.pieces_received_on is None
	mentions = {
		"received_on": filing.authority_received_on,
		"regime": regime.silence,
		"implicit_decision_on": decision_on,
		"delay_months": None if regime.silence == NONE else regime.delay_months,
		"delay_runs_from": None if regime.silence == NONE else delay_start(filing),
		"awaiting_pieces": awaiting,
		"service": {
			"name": service.name,
			"address": service.address,
			"email": service.email,
			"phone": service.phone,
		},
		"missing_pieces": list(filing.missing_pieces),
		"missing_pieces_due_on": filing.missing_pieces_due_on if filing.missing_pieces else None,
		"appeals": [dict(appeal) for appeal in APPEALS] if regime.silence == REJECTION else [],
		"attestation_available": regime.silence == ACCEPTANCE,
	}
	return mentions


def appeal_delays_unenforceable(requires_acknowledgement: bool, acknowledged_on: object) -> bool:
	"""L112-6: appeal delays cannot be held against the author of a request that needed an
	acknowledgement of receipt when none complete with the R112-5 mentions was sent.

	``acknowledged_on`` is when a complete acknowledgement was sent or posted (``None``: never).
	"""
	return bool(requires_acknowledgement) and not acknowledged_on


def electronic_acknowledgement(received_at: datetime, calendar: WorkingCalendar) -> ElectronicAcknowledgement:
	"""Deadlines for a request received electronically at ``received_at`` (aware) by the
	competent authority, whose working days are those of ``calendar``."""
	if received_at.tzinfo is None or received_at.utcoffset() is None:
		raise ValueError("naive datetime: attach the site time zone in the adapter")
	local_day = received_at.astimezone(ZoneInfo(calendar.time_zone)).date()
	return ElectronicAcknowledgement(
		acknowledge_at=received_at.astimezone(timezone.utc),
		registration_latest_on=add_working_days(calendar, local_day, ELECTRONIC_REGISTRATION_WORKING_DAYS),
		receipt_latest_on=local_day + timedelta(days=ELECTRONIC_RECEIPT_DAYS),
	)
