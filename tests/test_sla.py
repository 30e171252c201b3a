import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citizen_relation.core.calendar import (
	WorkingCalendar,
	add_working_time,
	french_holidays,
	working_seconds_between,
)
from citizen_relation.core.sla import (
	CALENDAR_DAYS,
	FAILED,
	FULFILLED,
	PAUSED,
	RESOLUTION_DUE,
	RESPONSE_DUE,
	Alert,
	Policy,
	Target,
	fraction_used,
	match_policy,
	pending_alerts,
	sla_state,
)

PARIS = ZoneInfo("Europe/Paris")
HOUR = 3600
# Mon–Fri 08:30–12:00 and 13:30–17:00 (7 h a day).
CAL = WorkingCalendar(
	slots=[(d, "08:30", "12:00") for d in range(5)] + [(d, "13:30", "17:00") for d in range(5)],
	holidays=french_holidays("metropole", [2024]),
)
POLICY = Policy(
	"Standard",
	response=Target(4 * HOUR),
	resolution=Target(14 * HOUR),
	pausing_statuses={"Awaiting Citizen"},
	fulfilling_statuses={"Resolved", "Closed"},
)
RECEIVED = datetime(2024, 6, 3, 9, tzinfo=PARIS)  # Monday


def paris(*args) -> datetime:
	return datetime(*args, tzinfo=PARIS)


def state(history=(), now=None, policy=POLICY, **kwargs):
	return sla_state(received_on=RECEIVED, history=history, policy=policy, calendar=CAL, now=now, **kwargs)


# --------------------------------------------------------------------------------------
# Policy matching


def test_most_specific_matching_policy_wins():
	default = Policy("Default", resolution=Target(10))
	urgent = Policy("Urgent", resolution=Target(10), priority="Urgent")
	pothole = Policy("Pothole", resolution=Target(10), request_type="Pothole", rank=1)
	urgent_pothole = Policy(
		"Urgent pothole", resolution=Target(10), request_type="Pothole", priority="Urgent"
	)
	vip = Policy("VIP", resolution=Target(10), service="Roads", condition=False)
	policies = [default, urgent, pothole, urgent_pothole, vip]
	assert match_policy(policies, request_type="Pothole", priority="Urgent") is urgent_pothole
	assert match_policy(policies, request_type="Pothole", priority="Low") is pothole
	assert match_policy(policies, request_type="Noise", priority="Urgent") is urgent
	assert match_policy(policies, request_type="Noise", service="Roads") is default  # condition false
	assert match_policy([urgent], priority="Low") is None
	# Equal specificity: higher rank, then first listed.
	assert match_policy([urgent, pothole], request_type="Pothole", priority="Urgent") is pothole
	twin = Policy("Twin", resolution=Target(10), priority="Urgent")
	assert match_policy([urgent, twin], priority="Urgent") is urgent


def test_a_condition_makes_a_policy_more_specific_and_empty_criteria_match_anything():
	plain = Policy("Plain", resolution=Target(10), request_type="")
	conditioned = Policy("Elected official", resolution=Target(10), condition=True)
	assert plain.request_type is None
	assert match_policy([plain, conditioned], request_type="Noise") is conditioned


def test_policies_and_targets_are_validated():
	with pytest.raises(ValueError):
		Policy("Empty")
	with pytest.raises(ValueError):
		Policy("Both", resolution=Target(1), pausing_statuses={"Closed"}, fulfilling_statuses={"Closed"})
	with pytest.raises(ValueError):
		Target(0)
	with pytest.raises(ValueError):
		Target(1.5, CALENDAR_DAYS)


# --------------------------------------------------------------------------------------
# States, hand-computed


def test_new_request_is_response_due_with_both_deadlines():
	s = state(now=paris(2024, 6, 3, 10))
	assert s.agreement_status == RESPONSE_DUE
	assert s.response_by == paris(2024, 6, 3, 14, 30)  # 09:00–12:00 + 13:30–14:30
	assert s.resolution_by == paris(2024, 6, 5, 9)  # 6.5 h Monday, 7 h Tuesday, 0.5 h Wednesday
	assert s.response.used_seconds == HOUR and fraction_used(s.response) == 0.25
	assert s.paused_seconds == 0 and s.first_responded_on is None and s.resolved_on is None


def test_response_on_time_then_resolution_due_and_late_response_fails():
	on_time = state(now=paris(2024, 6, 3, 16), first_responded_on=paris(2024, 6, 3, 11))
	assert on_time.agreement_status == RESOLUTION_DUE
	assert on_time.response.met_on == paris(2024, 6, 3, 11) and not on_time.response.breached
	exactly = state(now=paris(2024, 6, 3, 16), first_responded_on=paris(2024, 6, 3, 14, 30))
	assert exactly.agreement_status == RESOLUTION_DUE
	late = state(now=paris(2024, 6, 3, 16), first_responded_on=paris(2024, 6, 3, 14, 31))
	assert late.agreement_status == FAILED and late.response.breached
	# A response recorded in the future of ``now`` is not taken into account yet.
	assert (
		state(now=paris(2024, 6, 3, 10), first_responded_on=paris(2024, 6, 3, 11)).agreement_status
		== RESPONSE_DUE
	)


def test_unanswered_request_fails_after_the_deadline_even_when_closed_hours_follow():
	assert state(now=paris(2024, 6, 3, 14, 30)).agreement_status == RESPONSE_DUE
	assert state(now=paris(2024, 6, 3, 14, 31)).agreement_status == FAILED


def test_pause_extends_deadlines_by_paused_working_time():
	history = [
		(RECEIVED, "Open"),
		(paris(2024, 6, 3, 11), "Awaiting Citizen"),
		(paris(2024, 6, 4, 9, 30), "Open"),
	]
	during = state(history, now=paris(2024, 6, 3, 15))
	assert during.agreement_status == PAUSED
	assert during.response_by == paris(2024, 6, 3, 17)  # 2 h used; 2 h left from now
	after = state(history, now=paris(2024, 6, 4, 10))
	# Paused Monday 11:00–12:00, 13:30–17:00 and Tuesday 08:30–09:30: 5.5 working hours.
	assert after.paused_seconds == 5.5 * HOUR
	assert after.agreement_status == RESPONSE_DUE
	assert after.response_by == paris(2024, 6, 4, 11, 30)
	assert after.resolution_by == add_working_time(CAL, RECEIVED, (14 + 5.5) * HOUR) == paris(2024, 6, 5, 16)


def test_resolution_then_reopening_resumes_the_clock():
	history = [(RECEIVED, "Open"), (paris(2024, 6, 3, 16), "Resolved"), (paris(2024, 6, 4, 10), "Open")]
	resolved = state(history, now=paris(2024, 6, 3, 17), first_responded_on=paris(2024, 6, 3, 10))
	assert resolved.agreement_status == FULFILLED
	assert resolved.resolved_on == paris(2024, 6, 3, 16)
	assert resolved.resolution.met_on == paris(2024, 6, 3, 16)
	reopened = state(history, now=paris(2024, 6, 4, 11), first_responded_on=paris(2024, 6, 3, 10))
	assert reopened.agreement_status == RESOLUTION_DUE and reopened.resolved_on is None
	# 5.5 h used on Monday; the 8.5 h left run from Tuesday 10:00: 5.5 h Tuesday, 3 h Wednesday.
	assert reopened.resolution_by == paris(2024, 6, 5, 11, 30)


def test_resolution_counts_as_response_when_none_was_recorded():
	s = state([(paris(2024, 6, 3, 10), "Closed")], now=paris(2024, 6, 3, 11))
	assert s.agreement_status == FULFILLED and s.first_responded_on == paris(2024, 6, 3, 10)


def test_breach_is_permanent_even_if_paused_or_resolved_afterwards():
	history = [(paris(2024, 6, 6, 9), "Awaiting Citizen"), (paris(2024, 6, 7, 9), "Resolved")]
	assert (
		state(history, now=paris(2024, 6, 6, 10), first_responded_on=paris(2024, 6, 3, 10)).agreement_status
		== FAILED
	)
	final = state(history, now=paris(2024, 6, 10), first_responded_on=paris(2024, 6, 3, 10))
	assert final.agreement_status == FAILED and final.resolution.breached
	assert final.resolution_by == paris(2024, 6, 5, 9)


def test_change_of_policy_is_a_recomputation_from_the_history():
	urgent = Policy("Urgent", resolution=Target(2 * HOUR), fulfilling_statuses={"Resolved"})
	history = [(paris(2024, 6, 3, 10), "In Progress")]
	assert state(history, now=paris(2024, 6, 3, 10, 30), policy=urgent).resolution_by == paris(2024, 6, 3, 11)
	assert state(history, now=paris(2024, 6, 3, 10, 30)).resolution_by == paris(2024, 6, 5, 9)


def test_calendar_day_targets_count_local_days_and_real_paused_time():
	policy = Policy("Days", resolution=Target(15, CALENDAR_DAYS), pausing_statuses={"Awaiting Citizen"})
	assert state(now=paris(2024, 6, 4), policy=policy).resolution_by == paris(2024, 6, 18, 9)
	history = [(paris(2024, 6, 5, 20), "Awaiting Citizen"), (paris(2024, 6, 6, 22), "Open")]
	assert state(history, now=paris(2024, 6, 7), policy=policy).resolution_by == paris(2024, 6, 19, 11)
	spring = sla_state(
		received_on=paris(2024, 3, 20, 10), history=[], policy=policy, calendar=CAL, now=paris(2024, 3, 21)
	)
	assert spring.resolution_by == paris(2024, 4, 4, 10)  # 15 days less the hour lost on 31 March


def test_changes_before_reception_count_from_reception():
	s = state([(paris(2024, 6, 1), "Awaiting Citizen")], now=paris(2024, 6, 3, 12))
	assert s.agreement_status == PAUSED and s.paused_seconds == 3 * HOUR


def test_naive_datetimes_are_rejected():
	with pytest.raises(ValueError):
		sla_state(received_on=datetime(2024, 6, 3), history=[], policy=POLICY, calendar=CAL, now=RECEIVED)


# --------------------------------------------------------------------------------------
# Alerts


def test_each_threshold_warns_once_and_breach_escalates_once():
	thresholds = (0.5, 0.75, 0.9)
	s = state(now=paris(2024, 6, 3, 13, 45))  # 3.25 h of 4 h: 81 %
	alerts = pending_alerts(s, thresholds, sent=set())
	assert [a.key for a in alerts] == ["response:0.5", "response:0.75"]  # resolution: 3.25 / 14 h
	assert pending_alerts(s, thresholds, sent={a.key for a in alerts}) == []
	breached = state(now=paris(2024, 6, 3, 15))
	assert pending_alerts(breached, thresholds, sent={"response:0.5", "response:0.75"}) == [
		Alert("response", None)
	]
	assert pending_alerts(breached, thresholds, sent={"response:breach"}) == []
	answered = state(now=paris(2024, 6, 3, 15), first_responded_on=paris(2024, 6, 3, 10))
	assert pending_alerts(answered, thresholds, sent=set()) == []


# --------------------------------------------------------------------------------------
# Properties over random histories

STATUSES = ["Open", "In Progress", "Awaiting Citizen", "Resolved"]


@st.composite
def histories(draw):
	"""Status changes at distinct minutes within three weeks of reception, and a ``now``."""
	minutes = draw(st.lists(st.integers(0, 21 * 24 * 60), unique=True, max_size=6))
	history = [(RECEIVED + timedelta(minutes=m), draw(st.sampled_from(STATUSES))) for m in minutes]
	now = RECEIVED + timedelta(minutes=draw(st.integers(0, 28 * 24 * 60)))
	return history, now


PROPERTY = settings(max_examples=150, deadline=None)


@PROPERTY
@given(histories())
def test_state_ignores_history_order_and_input_zones(case):
	history, now = case
	shuffled = [(at.astimezone(timezone.utc), status) for at, status in history]
	random.Random(len(history)).shuffle(shuffled)
	assert state(shuffled, now=now.astimezone(timezone.utc)) == state(history, now=now)


@PROPERTY
@given(histories())
def test_used_and_paused_time_add_up_and_deadlines_extend_by_pauses(case):
	history, now = case
	unresolved = [(at, "Open" if status == "Resolved" else status) for at, status in history]
	s = state(unresolved, now=now)
	total = working_seconds_between(CAL, RECEIVED, now)
	assert s.resolution.used_seconds + s.paused_seconds == total
	if not s.resolution.breached:
		assert s.resolution_by == add_working_time(CAL, RECEIVED, 14 * HOUR + s.paused_seconds)
	if not any(status == "Awaiting Citizen" for _, status in unresolved):
		assert s.resolution_by == add_working_time(CAL, RECEIVED, 14 * HOUR)


@PROPERTY
@given(histories(), st.integers(1, 10 * 24 * 60))
def test_failure_is_permanent_and_fractions_never_decrease(case, later):
	history, now = case
	before, after = state(history, now=now), state(history, now=now + timedelta(minutes=later))
	if before.agreement_status == FAILED:
		assert after.agreement_status == FAILED
	assert after.resolution.used_seconds >= before.resolution.used_seconds
	assert after.response.used_seconds >= before.response.used_seconds


@PROPERTY
@given(histories())
def test_status_is_consistent_with_target_states(case):
	history, now = case
	s = state(history, now=now)
	breached = s.response.breached or s.resolution.breached
	assert (s.agreement_status == FAILED) == breached
	if s.agreement_status == FULFILLED:
		assert s.resolved_on is not None and s.resolution.met_on == s.resolved_on
	if s.agreement_status in (RESPONSE_DUE, RESOLUTION_DUE):
		due = s.response_by if s.agreement_status == RESPONSE_DUE else s.resolution_by
		assert due >= now
	for alert in pending_alerts(s, (0.5, 0.75, 0.9), sent=set()):
		assert alert.is_breach == getattr(s, alert.target).breached


# --------------------------------------------------------------------------------------
# next_alert_due: when the periodic job must look at a request again


def _next_alert_case():
	from citizen_relation.core.calendar import WorkingCalendar
	from citizen_relation.core.sla import Policy, Target, next_alert_due, pending_alerts, sla_state

	cal = WorkingCalendar(slots=[(d, "09:00", "17:00") for d in range(5)], time_zone="UTC")
	policy = Policy("p", resolution=Target(8 * 3600), pausing_statuses={"Waiting"}, fulfilling_statuses={"Resolved"})
	return cal, policy, next_alert_due, pending_alerts, sla_state


def test_next_alert_is_the_warning_then_the_breach():
	from datetime import datetime, timedelta, timezone

	cal, policy, next_alert_due, pending_alerts, sla_state = _next_alert_case()
	received = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)  # Monday
	now = received + timedelta(hours=1)
	state = sla_state(received_on=received, history=[], policy=policy, calendar=cal, now=now)
	due = next_alert_due(state, policy, cal, now, [0.75], set())
	assert due == datetime(2026, 3, 2, 15, 0, tzinfo=timezone.utc)  # 6 of 8 working hours
	at_warning = sla_state(received_on=received, history=[], policy=policy, calendar=cal, now=due)
	assert [a.key for a in pending_alerts(at_warning, [0.75], set())] == ["resolution:0.75"]
	after = next_alert_due(at_warning, policy, cal, due, [0.75], {"resolution:0.75"})
	assert after == datetime(2026, 3, 2, 17, 0, 1, tzinfo=timezone.utc)  # just past the deadline
	at_breach = sla_state(received_on=received, history=[], policy=policy, calendar=cal, now=after)
	assert [a.key for a in pending_alerts(at_breach, [0.75], {"resolution:0.75"})] == ["resolution:breach"]
	assert next_alert_due(at_breach, policy, cal, after, [0.75], {"resolution:0.75", "resolution:breach"}) is None


def test_no_alert_is_due_while_paused_or_fulfilled():
	from datetime import datetime, timedelta, timezone

	cal, policy, next_alert_due, _pending, sla_state = _next_alert_case()
	received = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
	now = received + timedelta(hours=2)
	for status in ("Waiting", "Resolved"):
		state = sla_state(received_on=received, history=[(received + timedelta(hours=1), status)], policy=policy, calendar=cal, now=now)
		assert next_alert_due(state, policy, cal, now, [0.75], set()) is None


def test_a_pending_alert_is_due_now():
	from datetime import datetime, timedelta, timezone

	cal, policy, next_alert_due, _pending, sla_state = _next_alert_case()
	received = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
	now = received + timedelta(hours=7)
	state = sla_state(received_on=received, history=[], policy=policy, calendar=cal, now=now)
	assert next_alert_due(state, policy, cal, now, [0.75], set()) == now


def test_policies_can_target_a_category_of_request():
	from citizen_relation.core.sla import Policy, Target, match_policy

	general = Policy("general", resolution=Target(30, "calendar_days"))
	technical = Policy("technical", resolution=Target(10, "calendar_days"), category="Technical Problem")
	pothole = Policy("pothole", resolution=Target(5, "calendar_days"), request_type="Nid-de-poule")
	policies = [general, technical, pothole]
	assert match_policy(policies, category="Technical Problem", request_type="Lampadaire").name == "technical"
	assert match_policy(policies, category="Complaint").name == "general"
	assert match_policy(policies, category="Technical Problem", request_type="Nid-de-poule").name == "pothole"
	both = Policy("both", resolution=Target(3, "calendar_days"), category="Technical Problem", request_type="Nid-de-poule")
	assert match_policy([*policies, both], category="Technical Problem", request_type="Nid-de-poule").name == "both"
