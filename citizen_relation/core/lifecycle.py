"""The request lifecycle: what each status means, as data.

Every status of the request workflow belongs to one **category**; every rule that depends on
the status (is the SLA clock running? may the request still be a duplicate of a new report?
is its assignment closed? is it "open" for Open311?) asks the category, never a list of
status names. Administrators map the workflow's states to categories in the desk (Citizen
Relation Settings), so that a state they add — "Planned works", say — behaves as they mean.

Categories:

- ``open``: being handled; the SLA clock runs; a candidate master for duplicate reports.
- ``paused``: waiting for someone outside the service (usually the citizen); the clock is
  stopped and resumes when the request leaves the status; not a duplicate candidate unless
  the mapping says so for that status (the default workflow's "Waiting for Citizen" is one).
- ``fulfilled``: answered or resolved, but it may be reopened: the clock is stopped, the
  assignment closed, the request no longer a duplicate candidate.
- ``done``: finished for good (closed, rejected, transferred): as ``fulfilled``, and deadline
  jobs no longer look at it.
- ``merged``: merged into another request (its master), which is handled and timed for it;
  only the duplicates feature moves a request into and out of it.

Whether requests in a status are proposed as masters of new duplicate reports follows the
category (open: yes; every other: no) unless the mapping overrides it for that status.

The **history rule**: a request records a status change (status, instant, user) when it is
created and whenever its status changes; the SLA clock and the citizen's tracking page read
that history.

**System transitions** are the moves that the application makes itself rather than an agent
through the workflow (a merge, an unmerge, a citizen's answer to a paused request):
:func:`check_system_transition` says whether one is allowed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_

OPEN = "open"
PAUSED = "paused"
FULFILLED = "fulfilled"
DONE = "done"
MERGED = "merged"
CATEGORIES = (OPEN, PAUSED, FULFILLED, DONE, MERGED)

# Labels of the categories as the desk shows them (the adapter translates them).
CATEGORY_LABELS = {
	OPEN: N_("Open: being handled, the deadline clock runs"),
	PAUSED: N_("Paused: waiting, the deadline clock is stopped"),
	FULFILLED: N_("Fulfilled: answered or resolved, may be reopened"),
	DONE: N_("Done: finished for good"),
	MERGED: N_("Merged into another request"),
}

# System transitions (see module docstring).
MERGE = "merge"
UNMERGE = "unmerge"
CITIZEN_REPLY = "citizen_reply"
SYSTEM_REASONS = (MERGE, UNMERGE, CITIZEN_REPLY)

MERGED_STATUS = "Merged"

# The default workflow's states (seeded with it; administrators may change the mapping).
DEFAULT_CANDIDATES: dict[str, bool] = {"Waiting for Citizen": True}
DEFAULT_CATEGORIES: dict[str, str] = {
	"New": OPEN,
	"Open": OPEN,
	"In Progress": OPEN,
	"Waiting for Citizen": PAUSED,
	"Resolved": FULFILLED,
	"Closed": DONE,
	"Rejected": DONE,
	"Transferred": DONE,
	MERGED_STATUS: MERGED,
}


@dataclass(frozen=True)
class StatusChange:
	"""One row of a request's status history."""

	status: str
	changed_on: datetime
	changed_by: str | None = None


@dataclass(frozen=True)
class Lifecycle:
	"""The status → category mapping of a site, and the rules derived from it.

	``initial``: the status of a new request. ``resume_status``: where a paused request goes
	when the citizen answers. A status missing from the mapping (e.g. a workflow state added
	but not mapped yet) counts as ``open``: its clock runs and it stays visible to
	duplicate detection, the safe side for a public service.
	"""

	categories: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_CATEGORIES))
	initial: str = "New"
	resume_status: str = "Open"
	candidates: Mapping[str, bool] = field(default_factory=lambda: dict(DEFAULT_CANDIDATES))

	def __post_init__(self):
		categories = dict(self.categories)
		for status, category in categories.items():
			if not status or not isinstance(status, str):
				raise CoreValidationError(N_("A status needs a name"))
			if category not in CATEGORIES:
				raise CoreValidationError(N_("Unknown status category {0}"), category)
		merged = [s for s, c in categories.items() if c == MERGED]
		if merged and merged != [MERGED_STATUS]:
			raise CoreValidationError(
				N_("Only the status {0} may be in the category \"merged\""), MERGED_STATUS
			)
		categories.setdefault(MERGED_STATUS, MERGED)
		if self.category(self.initial, categories) != OPEN:
			raise CoreValidationError(N_("The first status {0} must be an open status"), self.initial)
		if self.category(self.resume_status, categories) != OPEN:
			raise CoreValidationError(
				N_("The status given to a request when the citizen answers ({0}) must be an open status"),
				self.resume_status,
			)
		candidates = {s: bool(v) for s, v in dict(self.candidates).items() if v is not None}
		if candidates.get(MERGED_STATUS):
			raise CoreValidationError(N_("A merged request is never a candidate for duplicates"))
		object.__setattr__(self, "categories", categories)
		object.__setattr__(self, "candidates", candidates)

	@staticmethod
	def category(status: str | None, categories: Mapping[str, str]) -> str:
		return categories.get(status or "", OPEN)

	@classmethod
	def from_rows(
		cls, rows: Iterable[tuple], initial: str | None = None, resume_status: str | None = None
	) -> Lifecycle:
		"""From ``(status, category)`` or ``(status, category, candidate)`` rows, e.g. the settings'
		table (``candidate``: ``None`` to follow the category); no rows → the defaults."""
		categories, candidates = {}, {}
		for row in rows:
			status, category = row[0], row[1]
			if not status:
				continue
			categories[status] = category
			if len(row) > 2 and row[2] is not None:
				candidates[status] = bool(row[2])
		if not categories:
			categories, candidates = dict(DEFAULT_CATEGORIES), dict(DEFAULT_CANDIDATES)
		return cls(
			categories=categories,
			initial=initial or "New",
			resume_status=resume_status or "Open",
			candidates=candidates,
		)

	# ------------------------------------------------------------------ categories
	def category_of(self, status: str | None) -> str:
		return self.category(status, self.categories)

	def statuses(self, *categories: str) -> tuple[str, ...]:
		"""The known statuses in the given categories, in mapping order."""
		return tuple(s for s, c in self.categories.items() if c in categories)

	@property
	def known_statuses(self) -> tuple[str, ...]:
		return tuple(self.categories)

	# ------------------------------------------------------------------ what a status means
	def is_active(self, status: str | None) -> bool:
		"""Still being handled (open or paused): "open" for Open311 and the portal's map."""
		return self.category_of(status) in (OPEN, PAUSED)

	def is_duplicate_candidate(self, status: str | None) -> bool:
		"""Requests in this status are proposed as masters of new duplicate reports."""
		category = self.category_of(status)
		if category == MERGED:
			return False
		return self.candidates.get(status or "", category == OPEN)

	def pauses_clock(self, status: str | None) -> bool:
		return self.category_of(status) in (PAUSED, MERGED)

	def fulfils_clock(self, status: str | None) -> bool:
		return self.category_of(status) in (FULFILLED, DONE)

	def closes_assignment(self, status: str | None) -> bool:
		return self.category_of(status) in (FULFILLED, DONE, MERGED)

	def is_final(self, status: str | None) -> bool:
		"""Finished for good: deadline jobs skip it."""
		return self.category_of(status) == DONE

	def is_merged(self, status: str | None) -> bool:
		return self.category_of(status) == MERGED

	def is_resolved(self, status: str | None) -> bool:
		"""Answered or finished (fulfilled or done), e.g. to show the resolution to reporters."""
		return self.category_of(status) in (FULFILLED, DONE)

	def open311_status(self, status: str | None) -> str:
		"""GeoReport v2's two statuses."""
		return "open" if self.is_active(status) else "closed"

	@property
	def active_statuses(self) -> tuple[str, ...]:
		return self.statuses(OPEN, PAUSED)

	@property
	def candidate_statuses(self) -> tuple[str, ...]:
		"""Statuses whose requests duplicate detection searches (an indexed ``IN`` list)."""
		return tuple(s for s in self.categories if self.is_duplicate_candidate(s))

	@property
	def pausing_statuses(self) -> frozenset[str]:
		"""Default pausing statuses of an SLA policy that lists none of its own."""
		return frozenset(self.statuses(PAUSED, MERGED))

	@property
	def fulfilling_statuses(self) -> frozenset[str]:
		"""Default fulfilling statuses of an SLA policy that lists none of its own."""
		return frozenset(self.statuses(FULFILLED, DONE))

	@property
	def resolved_statuses(self) -> tuple[str, ...]:
		return self.statuses(FULFILLED, DONE)

	@property
	def final_statuses(self) -> tuple[str, ...]:
		return self.statuses(DONE)

	@property
	def closing_statuses(self) -> tuple[str, ...]:
		return self.statuses(FULFILLED, DONE, MERGED)

	# ------------------------------------------------------------------ history
	def history_entry(
		self, previous: str | None, current: str, at: datetime, by: str | None, *, is_new: bool
	) -> StatusChange | None:
		"""The history row to record for a save, or ``None`` when the status did not change."""
		if not current:
			raise CoreValidationError(N_("A request needs a status"))
		if is_new or previous != current:
			return StatusChange(current, at, by)
		return None

	# ------------------------------------------------------------------ system transitions
	def check_system_transition(self, current: str | None, target: str, reason: str) -> None:
		"""Raise unless the application may move a request from ``current`` to ``target`` for ``reason``."""
		if reason not in SYSTEM_REASONS:
			raise CoreValidationError(N_("Unknown reason for a status change: {0}"), reason)
		source = self.category_of(current)
		if reason == MERGE:
			if target != MERGED_STATUS:
				raise CoreValidationError(N_("A merged request takes the status {0}"), MERGED_STATUS)
			if source == MERGED:
				raise CoreValidationError(N_("The request is already merged"))
		elif reason == UNMERGE:
			if source != MERGED:
				raise CoreValidationError(N_("The request is not merged"))
			if self.category_of(target) == MERGED:
				raise CoreValidationError(N_("An unmerged request cannot stay merged"))
		elif reason == CITIZEN_REPLY:
			if source != PAUSED:
				raise CoreValidationError(N_("Only a paused request resumes when the citizen answers"))
			if self.category_of(target) != OPEN:
				raise CoreValidationError(N_("A request resumes in an open status"))


DEFAULT_LIFECYCLE = Lifecycle()
