"""Service-level agreement (SLA) state of a citizen request, from plain data.

Design: the state is a pure function of ``(received_on, status history, policy, calendar,
now)`` plus the first-response instant. Nothing is accumulated between saves, so a change
of request type, priority or service is handled by picking the new policy
(:func:`match_policy`) and recomputing from the history; the periodic job recomputes with
the current ``now``. Adapters store the result fields (``response_by``, ``resolution_by``,
``agreement_status``…) on the request.

Clock: the SLA clock runs while the request is in an *open* status, stops while it is in
one of the policy's pausing statuses, and stops while it is in a fulfilling status
(resolved, closed…). Reopening a resolved request resumes the clock where it stopped.
Pausing extends the deadlines by the paused time; a target that was already breached
stays breached. A resolution also counts as the response when none was recorded.

All datetimes must be timezone-aware; returned datetimes are in UTC (see
:mod:`citizen_relation.core.calendar` for the adapter conversions).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import NamedTuple

from citizen_relation.core.calendar import (
	WorkingCalendar,
	add_calendar_days,
	add_working_time,
	working_seconds_between,
)

WORKING_SECONDS = "working_seconds"
CALENDAR_DAYS = "calendar_days"

RESPONSE_DUE = "Response Due"
RESOLUTION_DUE = "Resolution Due"
PAUSED = "Paused"
FULFILLED = "Fulfilled"
FAILED = "Failed"

RESPONSE = "response"
RESOLUTION = "resolution"

_RUNNING, _PAUSED, _STOPPED = "running", "paused", "stopped"
_SECOND = timedelta(seconds=1)


@dataclass(frozen=True)
class Target:
	"""A response or resolution target.

	``amount`` working seconds on the calendar (``unit=WORKING_SECONDS``, e.g. 4 h =
	14 400), or ``amount`` calendar days (``unit=CALENDAR_DAYS``: the same local time that
	many days after reception, extended by the real time spent paused).
	"""

	amount: float
	unit: str = WORKING_SECONDS

	def __post_init__(self):
		if self.unit not in (WORKING_SECONDS, CALENDAR_DAYS):
			raise ValueError(f"unknown target unit {self.unit!r}")
		if self.amount <= 0:
			raise ValueError("a target must be positive")
		if self.unit == CALENDAR_DAYS and self.amount != int(self.amount):
			raise ValueError("a calendar-day target is a whole number of days")


@dataclass(frozen=True)
class Policy:
	"""An SLA policy: what it applies to, its targets and how statuses drive its clock.

	Criteria left to ``None`` (or "") match anything. ``condition`` is the adapter's
	evaluation of the policy's extra condition for this request (``None``: no condition).
	``rank`` breaks ties between equally specific policies (higher wins).
	"""

	name: str
	response: Target | None = None
	resolution: Target | None = None
	request_type: str | None = None
	priority: str | None = None
	service: str | None = None
	condition: bool | None = None
	category: str | None = None
	rank: int = 0
	pausing_statuses: frozenset[str] = frozenset()
	fulfilling_statuses: frozenset[str] = frozenset()
	# For :func:`evaluate`: the policy has an extra condition the adapter decides per request
	# (``condition`` stays ``None`` until then), the calendar it names (``None``: the service's
	# or the default one) and its warning thresholds (shares of the time, e.g. 0.75).
	has_condition: bool = False
	calendar: str | None = None
	warning_thresholds: tuple[float, ...] = ()

	def __post_init__(self):
		for criterion in ("request_type", "priority", "service", "category", "calendar"):
			if getattr(self, criterion) == "":
				object.__setattr__(self, criterion, None)
		object.__setattr__(self, "pausing_statuses", frozenset(self.pausing_statuses))
		object.__setattr__(self, "fulfilling_statuses", frozenset(self.fulfilling_statuses))
		object.__setattr__(
			self, "warning_thresholds", tuple(sorted({float(t) for t in self.warning_thresholds if 0 < t < 1}))
		)
		if self.response is None and self.resolution is None:
			raise ValueError(f"policy {self.name!r} has no target")
		if self.pausing_statuses & self.fulfilling_statuses:
			raise ValueError(f"policy {self.name!r}: a status cannot both pause and fulfil")

	@property
	def specificity(self) -> int:
		"""Number of criteria the policy sets (the condition counts as one)."""
		return sum(
			value is not None
			for value in (self.request_type, self.priority, self.service, self.category, self.condition)
		)

	def matches(
		self, request_type: str | None, priority: str | None, service: str | None, category: str | None = None
	) -> bool:
		"""Whether every criterion the policy sets holds for the request."""
		return (
			self.condition is not False
			and self.request_type in (None, request_type)
			and self.priority in (None, priority)
			and self.service in (None, service)
			and self.category in (None, category)
		)


@dataclass(frozen=True)
class TargetState:
	"""Where a request stands against one target at ``now``.

	``due``: the deadline, extended by paused time (while the clock is stopped, the deadline
	if it resumed now; once met, the deadline that stood then). ``met_on``: when the target
	was fulfilled, if it is. ``used_seconds`` / ``target_seconds``: clock time consumed up to
	``now`` (or ``met_on``) and allowed, in working seconds or, for calendar-day targets,
	real seconds. ``breached``: the deadline passed before the target was met (a deadline
	met exactly on time is not breached); once true it stays true.
	"""

	due: datetime
	met_on: datetime | None
	used_seconds: float
	target_seconds: float
	breached: bool


@dataclass(frozen=True)
class SlaState:
	"""The SLA of a request at ``now``.

	``agreement_status``: "Failed" once a target is breached; else "Fulfilled" once every
	target is met; else "Paused" in a pausing status; else "Response Due" until the first
	response; else "Resolution Due". ``first_responded_on``: the response instant used (the
	recorded first response, or the first resolution when earlier or none was recorded).
	``resolved_on``: when the current resolution started (``None`` unless the request is in a
	fulfilling status now). ``paused_seconds``: working seconds of the calendar spent in
	pausing statuses.
	"""

	agreement_status: str
	response: TargetState | None
	resolution: TargetState | None
	first_responded_on: datetime | None
	resolved_on: datetime | None
	paused_seconds: float

	@property
	def response_by(self) -> datetime | None:
		return self.response.due if self.response else None

	@property
	def resolution_by(self) -> datetime | None:
		return self.resolution.due if self.resolution else None


@dataclass(frozen=True)
class Alert:
	"""A warning that a target's used fraction reached ``threshold``, or (``threshold is
	None``) that it was breached. ``key`` is what the adapter records as sent."""

	target: str
	threshold: float | None

	@property
	def is_breach(self) -> bool:
		return self.threshold is None

	@property
	def key(self) -> str:
		return f"{self.target}:breach" if self.threshold is None else f"{self.target}:{self.threshold:g}"


class _Segment(NamedTuple):
	start: datetime
	end: datetime
	mode: str


def match_policy(
	policies: Iterable[Policy],
	*,
	request_type: str | None = None,
	priority: str | None = None,
	service: str | None = None,
	category: str | None = None,
) -> Policy | None:
	"""The most specific policy matching the request, or ``None`` if none matches.

	Most specific: most criteria set; then one that names the request type (narrower than a
	category); then highest ``rank``; then the first in the list.
	"""
	best, best_key = None, None
	for policy in policies:
		if policy.matches(request_type, priority, service, category):
			# a request type is narrower than a category: it wins a tie of specificity
			key = (policy.specificity, policy.request_type is not None, policy.rank)
			if best_key is None or key > best_key:
				best, best_key = policy, key
	return best


def sla_state(
	*,
	received_on: datetime,
	history: Iterable[tuple[datetime, str]],
	policy: Policy,
	calendar: WorkingCalendar,
	now: datetime,
	first_responded_on: datetime | None = None,
) -> SlaState:
	"""Compute the SLA state of a request at ``now``.

	``history``: ``(timestamp, status)`` changes, in any order; the request is open from
	``received_on`` until the first change; changes before reception count from reception,
	changes after ``now`` are ignored. ``first_responded_on``: the first reply to the
	citizen, if any (ignored when after ``now``). Deterministic: the same inputs always give
	the same state.
	"""
	received_on, now = _utc(received_on), _utc(now)
	segments = _segments(received_on, history, policy, now)
	current = segments[-1]
	resolved_on = current.start if current.mode == _STOPPED else None
	first_resolution = next((s.start for s in segments if s.mode == _STOPPED), None)
	responded = first_resolution
	if first_responded_on is not None and _utc(first_responded_on) <= now:
		recorded = max(_utc(first_responded_on), received_on)
		responded = recorded if responded is None else min(recorded, responded)
	running = [(s.start, s.end) for s in segments if s.mode == _RUNNING]

	response = resolution = None
	if policy.response:
		response = _target_state(policy.response, calendar, received_on, running, responded, now)
	if policy.resolution:
		resolution = _target_state(policy.resolution, calendar, received_on, running, resolved_on, now)
	tracked = [t for t in (response, resolution) if t is not None]
	if any(t.breached for t in tracked):
		status = FAILED
	elif all(t.met_on is not None for t in tracked):
		status = FULFILLED
	elif current.mode == _PAUSED:
		status = PAUSED
	elif response is not None and response.met_on is None:
		status = RESPONSE_DUE
	else:
		status = RESOLUTION_DUE
	paused = sum(working_seconds_between(calendar, s.start, s.end) for s in segments if s.mode == _PAUSED)
	return SlaState(status, response, resolution, responded, resolved_on, paused)


def fraction_used(target: TargetState) -> float:
	"""Share of the target's clock time consumed: 0 at reception, 1 at the deadline, above
	1 after it."""
	return target.used_seconds / target.target_seconds


def pending_alerts(state: SlaState, thresholds: Iterable[float], sent: Collection[str]) -> list[Alert]:
	"""Alerts due now that are not in ``sent`` (their keys), mildest first.

	Per target: a warning for each threshold (e.g. 0.75) the used fraction has reached,
	while the target is neither met nor breached; a breach alert once it is breached (even
	if met late). A job that finds several at once (e.g. after downtime) should notify the
	last, most severe one, and record every returned key so that each alert goes out once.
	"""
	alerts = []
	for name, target in ((RESPONSE, state.response), (RESOLUTION, state.resolution)):
		if target is None:
			continue
		if target.breached:
			candidates = [Alert(name, None)]
		elif target.met_on is None:
			used = fraction_used(target)
			candidates = [Alert(name, t) for t in sorted(set(thresholds)) if used >= t]
		else:
			candidates = []
		alerts.extend(alert for alert in candidates if alert.key not in sent)
	return alerts


def next_alert_due(
	state: SlaState,
	policy: Policy,
	calendar: WorkingCalendar,
	now: datetime,
	thresholds: Iterable[float],
	sent: Collection[str],
	pending: Sequence[Alert] | None = None,
) -> datetime | None:
	"""When :func:`pending_alerts` will next have something to say if nothing changes.

	``now`` when an alert is already pending; ``None`` while the clock is stopped (paused or
	fulfilled: the next save recomputes it) or when every alert has gone out. Lets a job
	look only at the requests whose instant has come instead of recomputing all of them.
	``pending``: the result of :func:`pending_alerts` when the caller has it already.
	"""
	now = _utc(now)
	if pending_alerts(state, thresholds, sent) if pending is None else pending:
		return now
	if state.agreement_status in (PAUSED, FULFILLED):
		return None
	instants = []
	for name, target, spec in (
		(RESPONSE, state.response, policy.response),
		(RESOLUTION, state.resolution, policy.resolution),
	):
		if target is None or target.met_on is not None or target.breached:
			continue
		for level in sorted(set(thresholds)) + [1.0]:
			alert = Alert(name, None if level == 1.0 else level)
			if alert.key in sent:
				continue
			remaining = level * target.target_seconds - target.used_seconds
			if spec.unit == WORKING_SECONDS:
				instant = add_working_time(calendar, now, remaining)
			else:
				instant = now + timedelta(seconds=remaining)
			# A breach is due strictly after the deadline.
			instants.append(instant + _SECOND if alert.is_breach else instant)
			break
	return min(instants) if instants else None


def _target_state(
	target: Target,
	calendar: WorkingCalendar,
	received_on: datetime,
	running: Sequence[tuple[datetime, datetime]],
	met_on: datetime | None,
	now: datetime,
) -> TargetState:
	"""Consume the target over the running periods before ``met_on`` (or ``now``)."""
	if target.unit == WORKING_SECONDS:
		amount = target.amount

		def measure(a, b):
			return working_seconds_between(calendar, a, b)

		def advance(a, seconds):
			return add_working_time(calendar, a, seconds)
	else:
		amount = (add_calendar_days(calendar, received_on, int(target.amount)) - received_on) / _SECOND

		def measure(a, b):
			return (b - a) / _SECOND

		def advance(a, seconds):
			return a + timedelta(seconds=seconds)

	stop = met_on or now
	used, due = 0, None
	for start, end in running:
		if start >= stop:
			break
		span = measure(start, min(end, stop))
		if due is None and used + span >= amount:
			due = advance(start, amount - used)
		used += span
	if due is None:
		due = advance(stop, amount - used)
	return TargetState(due, met_on, used, amount, due < stop)


def _segments(
	received_on: datetime, history: Iterable[tuple[datetime, str]], policy: Policy, now: datetime
) -> list[_Segment]:
	"""Consecutive periods from reception to ``now``, each with its clock mode; the last one
	is the current mode (possibly empty)."""
	segments, mode, start = [], _RUNNING, received_on
	for at, status in sorted(((_utc(at), status) for at, status in history), key=lambda change: change[0]):
		if at > now:
			break
		at = max(at, received_on)
		new_mode = _mode(policy, status)
		if new_mode != mode:
			if at > start:
				segments.append(_Segment(start, at, mode))
			mode, start = new_mode, at
	segments.append(_Segment(start, max(start, now), mode))
	return segments


def _mode(policy: Policy, status: str) -> str:
	if status in policy.fulfilling_statuses:
		return _STOPPED
	if status in policy.pausing_statuses:
		return _PAUSED
	return _RUNNING


def _utc(value: datetime) -> datetime:
	if value.tzinfo is None or value.utcoffset() is None:
		raise ValueError("naive datetime: attach the site time zone in the adapter")
	return value.astimezone(timezone.utc)


# ---------------------------------------------------------------------------------------------
# Façade: one call from a request's facts to what the adapter stores
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
	"""What the SLA depends on, read from a request (aware datetimes).

	``policy`` and ``alerts_sent``: the agreement stored on the request and the alert keys
	already sent for it (a new agreement — type, priority or service changed — starts afresh).
	``merged``: a merged report is timed by its master and has no agreement of its own.
	"""

	received_on: datetime
	history: tuple[tuple[datetime, str], ...] = ()
	first_responded_on: datetime | None = None
	request_type: str | None = None
	priority: str | None = None
	service: str | None = None
	category: str | None = None
	merged: bool = False
	policy: str | None = None
	alerts_sent: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Outcome:
	"""The agreement of a request at ``now`` (``policy is None``: no deadline applies).

	``alerts_sent``: keys of the alerts already sent for this agreement; ``pending``: alerts due
	now and not sent yet, mildest first (a job notifies the last of each target and then calls
	:meth:`after_sending`); ``next_alert_on``: when the next alert falls due if nothing changes.
	"""

	policy: Policy | None = None
	state: SlaState | None = None
	calendar: WorkingCalendar | None = None
	now: datetime | None = None
	alerts_sent: frozenset[str] = frozenset()
	pending: tuple[Alert, ...] = ()
	next_alert_on: datetime | None = None

	def after_sending(self, alerts: Iterable[Alert]) -> Outcome:
		"""The outcome once ``alerts`` have gone out (recorded, next alert moved on)."""
		if self.policy is None:
			return self
		sent = self.alerts_sent | {a.key for a in alerts}
		return replace(
			self,
			alerts_sent=frozenset(sent),
			pending=tuple(a for a in self.pending if a.key not in sent),
			next_alert_on=next_alert_due(
				self.state, self.policy, self.calendar, self.now, self.policy.warning_thresholds, sent
			),
		)

	def fields(self) -> dict[str, object]:
		"""The values a request stores (aware datetimes; the adapter converts them)."""
		if self.policy is None:
			return {
				"sla_policy": None,
				"agreement_status": None,
				"response_by": None,
				"resolution_by": None,
				"resolved_on": None,
				"next_alert_on": None,
				"paused_seconds": 0,
				"sla_alerts_sent": "",
			}
		state = self.state
		return {
			"sla_policy": self.policy.name,
			"agreement_status": state.agreement_status,
			"response_by": state.response_by,
			"resolution_by": state.resolution_by,
			"resolved_on": state.resolved_on,
			"paused_seconds": int(state.paused_seconds),
			"sla_alerts_sent": " ".join(sorted(self.alerts_sent)),
			"next_alert_on": self.next_alert_on,
		}


NO_AGREEMENT = Outcome()


def evaluate(
	facts: Facts,
	policies: Iterable[Policy],
	calendar_for: Callable[[Policy], WorkingCalendar],
	now: datetime,
	condition_holds: Callable[[Policy], bool] | None = None,
) -> Outcome:
	"""The request's agreement at ``now``: the policy that applies, its state and its alerts.

	``calendar_for(policy)`` gives the working calendar of the matched policy (the adapter
	resolves the policy's, the service's or the default calendar). ``condition_holds(policy)``
	decides a policy's extra condition; it is only asked for policies whose other criteria
	match, and a policy with a condition and no way to decide it does not apply.
	"""
	if facts.merged:
		return NO_AGREEMENT
	candidates = []
	for policy in policies:
		if not policy.matches(facts.request_type, facts.priority, facts.service, facts.category):
			continue
		if policy.has_condition and policy.condition is None:
			holds = bool(condition_holds(policy)) if condition_holds is not None else False
			policy = replace(policy, condition=holds)
			if not holds:
				continue
		candidates.append(policy)
	policy = match_policy(
		candidates,
		request_type=facts.request_type,
		priority=facts.priority,
		service=facts.service,
		category=facts.category,
	)
	if policy is None:
		return NO_AGREEMENT
	calendar = calendar_for(policy)
	state = sla_state(
		received_on=facts.received_on,
		history=facts.history,
		policy=policy,
		calendar=calendar,
		now=now,
		first_responded_on=facts.first_responded_on,
	)
	sent = frozenset(facts.alerts_sent) if facts.policy == policy.name else frozenset()
	thresholds = policy.warning_thresholds
	pending = tuple(pending_alerts(state, thresholds, sent))
	return Outcome(
		policy=policy,
		state=state,
		calendar=calendar,
		now=now,
		alerts_sent=sent,
		pending=pending,
		next_alert_on=next_alert_due(state, policy, calendar, now, thresholds, sent, pending),
	)
