"""The SLA façade: from a request's facts to what the adapter stores, in one call."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from citizen_relation.core.calendar import WorkingCalendar
from citizen_relation.core.sla import NO_AGREEMENT, Facts, Policy, Target, evaluate

PARIS = ZoneInfo("Europe/Paris")
HOUR = 3600
CAL = WorkingCalendar(slots=[(d, "09:00", "17:00") for d in range(5)], time_zone="Europe/Paris")
RECEIVED = datetime(2026, 6, 1, 9, tzinfo=PARIS)  # a Monday
GENERAL = Policy("General", resolution=Target(16 * HOUR), warning_thresholds=(0.75,), fulfilling_statuses={"Resolved"})
VOIRIE = Policy("Voirie", response=Target(4 * HOUR), service="Voirie", pausing_statuses={"Waiting"})
SPECIAL = Policy("Special", response=Target(HOUR), has_condition=True)


def facts(**values):
	return Facts(received_on=RECEIVED, **values)


def calendar_for(policy):
	return CAL


def test_most_specific_policy_state_and_next_alert():
	out = evaluate(facts(service="Voirie"), [GENERAL, VOIRIE], calendar_for, RECEIVED + timedelta(hours=1))
	assert out.policy.name == "Voirie"
	assert out.fields()["response_by"] == RECEIVED + timedelta(hours=4)
	assert out.fields()["agreement_status"] == "Response Due"
	assert out.next_alert_on == RECEIVED + timedelta(hours=4, seconds=1)  # the breach, just after the deadline


def test_warnings_are_pending_once_and_recorded_after_sending():
	now = RECEIVED + timedelta(days=1, hours=5)  # 13 of 16 working hours used
	out = evaluate(facts(), [GENERAL], calendar_for, now)
	assert [a.key for a in out.pending] == ["resolution:0.75"]
	sent = out.after_sending(out.pending)
	assert sent.pending == () and sent.fields()["sla_alerts_sent"] == "resolution:0.75"
	again = evaluate(facts(policy="General", alerts_sent=frozenset({"resolution:0.75"})), [GENERAL], calendar_for, now)
	assert again.pending == ()
	# another agreement starts afresh
	other = evaluate(facts(policy="Old", alerts_sent=frozenset({"resolution:0.75"})), [GENERAL], calendar_for, now)
	assert [a.key for a in other.pending] == ["resolution:0.75"]


def test_conditions_are_asked_only_for_policies_that_otherwise_match():
	asked = []

	def holds(policy):
		asked.append(policy.name)
		return True

	out = evaluate(facts(service="Voirie"), [VOIRIE, SPECIAL], calendar_for, RECEIVED, holds)
	assert out.policy.name == "Voirie" and asked == ["Special"]  # equally specific: the first listed wins
	assert evaluate(facts(), [SPECIAL], calendar_for, RECEIVED, lambda p: False) is NO_AGREEMENT
	assert evaluate(facts(), [SPECIAL], calendar_for, RECEIVED) is NO_AGREEMENT  # undecidable: not applied


def test_merged_reports_and_uncovered_requests_have_no_agreement():
	assert evaluate(facts(merged=True), [GENERAL], calendar_for, RECEIVED) is NO_AGREEMENT
	fields = evaluate(facts(service="Urbanisme"), [VOIRIE], calendar_for, RECEIVED).fields()
	assert fields["sla_policy"] is None and fields["paused_seconds"] == 0 and fields["sla_alerts_sent"] == ""
