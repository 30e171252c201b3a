"""Retention of citizens' personal data: each request is active, then archived, then anonymised.

The CNIL describes the life of personal data in three phases (« base active », « archivage
intermédiaire », then deletion or final archiving) and, for public bodies, maps them onto the
archival ages of the Code du patrimoine: current use (DUC), administrative usefulness (DUA), then
the final fate (« sort final »: elimination with the archives' visa, or definitive archiving).
For a citizen request:

- **active** while it is handled (open or paused) and for ``active_months`` after it was closed:
  agents find it, the citizen may come back to it, it may be reopened;
- **archived** (intermediate archive) for ``archive_months`` more: kept for disputes and legal
  obligations, read-only, found only by supervisors;
- then its **final action**: *anonymised* (every copy of the citizen's data removed; what
  statistics need stays) or *kept* in the archive for its historical interest.

Durations are counted in calendar months from the instant the request was closed (the last time
it left the active statuses). A request merged into another follows its master: its reporter is
kept informed while the master is handled. Phases only move forward; a request under *legal
hold* (a dispute) is never anonymised while the hold lasts.

This module also decides what a citizen's **request for erasure** may reach (RGPD art. 17 and its
exceptions) and how the location of an anonymised request is generalised.

Pure Python: the adapters in ``citizen_relation.privacy`` read the documents and apply the
decisions.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_
from citizen_relation.core.lifecycle import Lifecycle, StatusChange
from citizen_relation.core.public import public_street
from citizen_relation.core.text import strip_accents

ACTIVE = "active"
ARCHIVED = "archived"
ANONYMISED = "anonymised"
PHASES = (ACTIVE, ARCHIVED, ANONYMISED)
_ORDER = {phase: i for i, phase in enumerate(PHASES)}

# Final action at the end of the intermediate archive.
ANONYMISE = "anonymise"
KEEP = "keep"
FINAL_ACTIONS = (ANONYMISE, KEEP)

MAX_MONTHS = 1200  # a hundred years: beyond that a duration is a typing error


@dataclass(frozen=True)
class RetentionPolicy:
	"""How long a request of a type stays active after closure, then in the intermediate archive."""

	active_months: int
	archive_months: int
	final_action: str = ANONYMISE

	def __post_init__(self):
		for label, value in ((N_("active"), self.active_months), (N_("archive"), self.archive_months)):
			if isinstance(value, bool) or not isinstance(value, int):
				raise CoreValidationError(N_("The {0} retention duration must be a whole number of months"), label)
			if not 0 <= value <= MAX_MONTHS:
				raise CoreValidationError(
					N_("The {0} retention duration must be between 0 and {1} months"), label, MAX_MONTHS
				)
		if self.final_action not in FINAL_ACTIONS:
			raise CoreValidationError(N_("Unknown final action {0}"), self.final_action)

	@property
	def anonymises(self) -> bool:
		return self.final_action == ANONYMISE

	def schedule(self, retention_from: datetime | date | None) -> Schedule:
		"""The phase dates of a request closed at ``retention_from`` (``None``: still handled)."""
		if retention_from is None:
			return Schedule(None, None, None)
		start = retention_from.date() if isinstance(retention_from, datetime) else retention_from
		archive_on = add_months(start, self.active_months)
		anonymise_on = add_months(archive_on, self.archive_months) if self.anonymises else None
		return Schedule(retention_from, archive_on, anonymise_on)


# The site's default policy (Citizen Relation Settings) and the durations seeded per category of
# request type. These are choices, explained in the README and in each type's justification:
# no CNIL référentiel covers citizen-request management as such.
DEFAULT_POLICY = RetentionPolicy(active_months=12, archive_months=60)
CATEGORY_DEFAULTS: dict[str, tuple[RetentionPolicy, str]] = {
	"Technical Problem": (
		RetentionPolicy(6, 60),
		N_(
			"Active 6 months after closure (the problem may come back and the request be reopened). "
			"Intermediate archive 5 years: a report proves that the collectivité knew of a defect of a "
			"public work, which matters in a claim for damage; such claims are time-barred after four "
			"years counted from 1 January after the facts (prescription quadriennale, loi n° 68-1250 du "
			"31 décembre 1968). Then anonymised."
		),
	),
	"Complaint": (
		RetentionPolicy(12, 60),
		N_(
			"Active 12 months after closure (a complaint is often followed by another). Intermediate "
			"archive 5 years for claims against the collectivité (prescription quadriennale). Then "
			"anonymised."
		),
	),
	"Administrative Procedure": (
		RetentionPolicy(12, 60),
		N_(
			"Active 12 months after closure, which covers the appeal delays against the decision "
			"(two months, or a reasonable time of one year when they were not notified). Intermediate "
			"archive 5 years for claims. The decision itself belongs to the business file (civil "
			"status, planning…) and follows that file's own retention. Then anonymised."
		),
	),
	"Information Request": (
		RetentionPolicy(6, 12),
		N_(
			"Active 6 months after the answer (follow-up questions). Intermediate archive 1 year in "
			"case the information given is disputed. Then anonymised."
		),
	),
	"Suggestion": (
		RetentionPolicy(6, 0),
		N_("Active 6 months after closure; no legal need to archive it. Then anonymised."),
	),
	"Thanks": (
		RetentionPolicy(3, 0),
		N_("Active 3 months; no legal need to archive it. Then anonymised."),
	),
}
DEFAULT_NOTE = N_(
	"Active 12 months after closure, then intermediate archive 5 years (claims against the "
	"collectivité are time-barred after four years counted from 1 January after the facts), then "
	"anonymised."
)


def category_default(category: str | None) -> tuple[RetentionPolicy, str]:
	"""The seeded policy and its justification for a category of request type."""
	return CATEGORY_DEFAULTS.get(category or "", (DEFAULT_POLICY, DEFAULT_NOTE))


@dataclass(frozen=True)
class Schedule:
	"""The dates of a request's phases (all ``None`` while it is handled)."""

	retention_from: datetime | date | None
	archive_on: date | None
	anonymise_on: date | None

	def phase_on(self, day: date) -> str:
		"""The phase the schedule gives on ``day`` (ignoring holds and authorisations)."""
		if self.archive_on is None or day < self.archive_on:
			return ACTIVE
		if self.anonymise_on is None or day < self.anonymise_on:
			return ARCHIVED
		return ANONYMISED


def add_months(day: date, months: int) -> date:
	"""``day`` plus ``months`` calendar months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
	index = day.month - 1 + months
	year, month = day.year + index // 12, index % 12 + 1
	return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# ---------------------------------------------------------------------------- closure
def closed_since(
	history: Iterable[StatusChange],
	status: str | None,
	lifecycle: Lifecycle,
	master_closed_since: datetime | None = None,
) -> datetime | None:
	"""The instant the request was closed for retention, ``None`` while it is handled.

	The last time the status history left the active (open or paused) statuses, when the current
	status is not active. A request merged into a master follows the master
	(``master_closed_since``): its reporter is informed while the master is handled. A closed
	request without history row (older data) returns ``None``; the adapter then falls back on the
	request's last modification. Rows recorded at the same instant are read in the order given
	(the history's row order).
	"""
	if lifecycle.is_merged(status):
		return master_closed_since
	if lifecycle.is_active(status):
		return None
	since = None
	for change in sorted(history, key=lambda c: c.changed_on):
		if lifecycle.is_active(change.status):
			since = None
		elif since is None:
			since = change.changed_on
	return since


# ---------------------------------------------------------------------------- the daily step
@dataclass(frozen=True)
class Step:
	"""What the retention job does with one request: the phase it must be in, the next date to look."""

	phase: str
	due_on: date | None

	@property
	def anonymise(self) -> bool:
		return self.phase == ANONYMISED


def next_due(phase: str, schedule: Schedule, legal_hold: bool = False) -> date | None:
	"""The next date the job must look at a request in ``phase`` (``None``: nothing to do).

	Archived requests keep their anonymisation date even while anonymisation awaits the
	archives' visa: the job simply does not select archived requests then.
	"""
	if phase == ACTIVE:
		return schedule.archive_on
	if phase == ARCHIVED and not legal_hold:
		return schedule.anonymise_on
	return None


def advance(
	phase: str,
	schedule: Schedule,
	today: date,
	*,
	legal_hold: bool = False,
	anonymisation_authorised: bool = True,
) -> Step:
	"""The step for a request in ``phase`` on ``today``. Phases never move backwards; a request
	under legal hold, or any request while anonymisation is not authorised, stops at the archive."""
	if phase not in _ORDER:
		raise CoreValidationError(N_("Unknown retention phase {0}"), phase)
	if phase == ANONYMISED:
		return Step(ANONYMISED, None)
	target = max(phase, schedule.phase_on(today), key=_ORDER.__getitem__)
	if target == ANONYMISED and (legal_hold or not anonymisation_authorised):
		target = ARCHIVED
	return Step(target, next_due(target, schedule, legal_hold))


# ---------------------------------------------------------------------------- erasure on request
ERASE_ALL = "erase"  # anonymise the request now
ERASE_IDENTITY = "identity"  # still handled: erase who asked, keep what the service needs
KEEP_REQUEST = "keep"  # a legal exception applies
NOTHING = "nothing"  # already anonymised

OPEN_PROCEDURE = "open_procedure"
LEGAL_HOLD = "legal_hold"
STILL_HANDLED = "still_handled"
CLOSED = "closed"

REASONS = {
	CLOSED: N_(
		"{0} is closed: it is anonymised now, with every copy of the citizen's data (messages, attachments, "
		"history of changes); what statistics need is kept."
	),
	OPEN_PROCEDURE: N_(
		"{0} is an administrative procedure still under way (the administration's silence has a legal "
		"meaning under the CRPA): the collectivité must decide on it and keeps the file to do so "
		"(RGPD art. 17(3)(b): legal obligation and task in the public interest). It can be erased once "
		"the procedure is closed."
	),
	LEGAL_HOLD: N_(
		"{0} is under legal hold: it is kept for the establishment, exercise or defence of legal claims "
		"(RGPD art. 17(3)(e)). It can be erased once the hold is lifted."
	),
	STILL_HANDLED: N_(
		"{0} is still being handled: the citizen's name, contact details, messages and attachments are "
		"erased now; the description of the problem and the agents' notes are kept so that the service "
		"can act, and are anonymised at the end of the request's retention."
	),
}


@dataclass(frozen=True)
class Erasure:
	action: str
	reason: str | None = None

	def message(self) -> str | None:
		"""The translatable explanation (``{0}``: the request's reference)."""
		return REASONS.get(self.reason or "")


def erasure(
	handling_status: str | None,
	phase: str,
	*,
	procedure: bool,
	legal_hold: bool,
	lifecycle: Lifecycle,
) -> Erasure:
	"""What a citizen's request for erasure does to one of their requests.

	``handling_status``: the status of the request, or of its master when it was merged (the master
	handles it). ``procedure``: the request is a CRPA procedure (its silence means acceptance or
	rejection). An open procedure and a legal hold are the legal exceptions (RGPD art. 17(3));
	a request still handled loses its citizen's identity but keeps what the service needs.
	"""
	if phase == ANONYMISED:
		return Erasure(NOTHING)
	if legal_hold:
		return Erasure(KEEP_REQUEST, LEGAL_HOLD)
	if lifecycle.is_active(handling_status):
		if procedure:
			return Erasure(KEEP_REQUEST, OPEN_PROCEDURE)
		return Erasure(ERASE_IDENTITY, STILL_HANDLED)
	return Erasure(ERASE_ALL, CLOSED)


CONTACT_IN_USE = N_("The contact is kept: requests that are kept still need it ({0}, see above).")
CONTACT_LINKED = N_("The contact is kept: it is also linked to {0}, another processing of the collectivité.")
CONTACT_HAS_ACCOUNT = N_(
	"The contact is kept: it belongs to a portal account, which the citizen closes through a personal data "
	"deletion request (Frappe's Personal Data Deletion Request)."
)


def contact_reasons(kept_requests: int, links: Sequence[str], has_account: bool) -> list[tuple[str, tuple]]:
	"""Why a citizen's Contact must be kept (empty: it may be deleted), as (message, args) pairs."""
	reasons: list[tuple[str, tuple]] = []
	if kept_requests:
		reasons.append((CONTACT_IN_USE, (kept_requests,)))
	if links:
		reasons.append((CONTACT_LINKED, (", ".join(links),)))
	if has_account:
		reasons.append((CONTACT_HAS_ACCOUNT, ()))
	return reasons


# ---------------------------------------------------------------------------- generalisation
# Settings' choices for the location of an anonymised request → decimals kept (None: dropped).
LOCATION_PRECISION = {"street": 3, "district": 2, "dropped": None}


def generalise_location(
	latitude: float | None, longitude: float | None, decimals: int | None
) -> tuple[float, float] | None:
	"""The point rounded to ``decimals`` (3 ≈ 100 m, 2 ≈ 1 km), ``None`` when dropped or absent.

	Enough for maps of incidents by street or district, too coarse to point at a house.
	"""
	if decimals is None or latitude is None or longitude is None:
		return None
	if not latitude and not longitude:
		return None
	return round(float(latitude), decimals), round(float(longitude), decimals)


# Type-specific values an anonymised request keeps: choices from a list, ticks and counts say
# nothing of a person; free text, dates and identifiers (plates, land registry references) may.
KEPT_FIELD_TYPES = ("Select", "Check", "Int")


def kept_type_values(definitions: Iterable, values: Mapping[str, object]) -> dict[str, object]:
	"""The type-specific values that survive anonymisation (``definitions``: ``FieldDef``-like)."""
	kept = {d.fieldname for d in definitions if d.fieldtype in KEPT_FIELD_TYPES}
	return {name: value for name, value in values.items() if name in kept}


# Words that open a French street name: what is left of an address once anonymised must be a
# street, never "chez Mme Martin" typed on the first line.
STREET_WORDS = frozenset(
	["rue", "avenue", "av", "boulevard", "bd", "place", "pl", "chemin", "allee", "impasse", "route", "rte", "quai", "cours", "square", "voie", "esplanade", "passage", "promenade", "sentier", "rond-point", "lotissement", "hameau", "lieu-dit", "faubourg", "fg", "montee", "parvis", "cite", "residence", "chaussee", "ruelle", "traverse", "parc", "pont", "port", "carrefour", "mail", "venelle", "zone", "za", "zi", "clos", "domaine"]
)
_SEGMENTS = re.compile(r"[,;\n]")


def anonymous_street(address: str | None) -> str | None:
	"""The street of an address, without house number, kept by an anonymised request — only when a
	part of the address reads as a street ("rue …", "place …"); ``None`` otherwise."""
	for segment in _SEGMENTS.split(address or ""):
		street = public_street(segment)
		if street and strip_accents(street.split()[0]).lower().rstrip(".") in STREET_WORDS:
			return street
	return None
