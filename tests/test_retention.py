"""Retention of personal data: phase dates, the daily step, erasure on request, generalisation."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citizen_relation.core import retention as r
from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.lifecycle import DEFAULT_LIFECYCLE as LC
from citizen_relation.core.lifecycle import StatusChange
from citizen_relation.core.request_type import RequestTypeProfile
from citizen_relation.core.type_fields import FieldDef

CLOSED = datetime(2026, 1, 31, 16, 30)


def h(*changes):
	return [StatusChange(status, datetime(2026, 1, day, 9)) for status, day in changes]


# ---------------------------------------------------------------------------- policy and schedule
def test_schedule_counts_calendar_months_from_the_closure_day():
	s = r.RetentionPolicy(6, 60).schedule(CLOSED)
	assert s.archive_on == date(2026, 7, 31)
	assert s.anonymise_on == date(2031, 7, 31)


def test_months_are_clamped_to_the_end_of_shorter_months():
	assert r.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
	assert r.add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)
	assert r.add_months(date(2026, 5, 15), 0) == date(2026, 5, 15)
	assert r.add_months(date(2026, 11, 30), 14) == date(2028, 1, 30)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 1, 1)), st.integers(0, r.MAX_MONTHS))
def test_adding_months_never_goes_back_and_lands_in_the_right_month(day, months):
	later = r.add_months(day, months)
	assert later >= day
	assert (later.year - day.year) * 12 + later.month - day.month == months


def test_an_open_request_has_no_phase_dates():
	assert r.RetentionPolicy(6, 60).schedule(None) == r.Schedule(None, None, None)


def test_zero_months_archive_at_closure_and_anonymise_at_the_end_of_the_active_phase():
	s = r.RetentionPolicy(0, 0).schedule(CLOSED)
	assert s.archive_on == s.anonymise_on == date(2026, 1, 31)
	assert s.phase_on(date(2026, 1, 31)) == r.ANONYMISED


def test_a_type_kept_in_the_archive_is_never_anonymised():
	s = r.RetentionPolicy(6, 12, r.KEEP).schedule(CLOSED)
	assert s.anonymise_on is None
	assert s.phase_on(date(2090, 1, 1)) == r.ARCHIVED


@pytest.mark.parametrize(
	"months", [(-1, 3), (3, -1), (r.MAX_MONTHS + 1, 0), (1.5, 2), (True, 2), ("6", 2)]
)
def test_unusable_durations_are_refused(months):
	with pytest.raises(CoreValidationError):
		r.RetentionPolicy(*months)


def test_unknown_final_action_is_refused():
	with pytest.raises(CoreValidationError):
		r.RetentionPolicy(1, 1, "burn")


def test_every_category_has_a_seeded_policy_with_its_justification():
	for category in ("Technical Problem", "Complaint", "Information Request", "Administrative Procedure", "Suggestion", "Thanks"):
		policy, note = r.category_default(category)
		assert isinstance(policy, r.RetentionPolicy) and len(note) > 40
	assert r.category_default("Unknown") == (r.DEFAULT_POLICY, r.DEFAULT_NOTE)


# ---------------------------------------------------------------------------- profile
def test_the_profile_reads_the_types_own_durations_and_final_action():
	p = RequestTypeProfile.from_values(
		{
			"name": "Urbanisme",
			"retention_own_durations": 1,
			"retention_active_months": 24,
			"retention_archive_months": 120,
			"retention_final_action": "Keep in the archive",
			"retention_justification": "Visa des Archives départementales n° 12",
		}
	)
	assert p.retention_months == (24, 120)
	assert p.retention_policy(r.DEFAULT_POLICY) == r.RetentionPolicy(24, 120, r.KEEP)
	assert p.retention_justification.startswith("Visa")


def test_a_type_without_own_durations_takes_the_site_defaults_but_keeps_its_final_action():
	p = RequestTypeProfile.from_values({"name": "X", "retention_active_months": 3, "retention_final_action": "Anonymise"})
	assert p.retention_months is None
	assert p.retention_policy(r.RetentionPolicy(9, 9)) == r.RetentionPolicy(9, 9, r.ANONYMISE)


def test_unusable_stored_durations_fall_back_on_the_defaults():
	p = RequestTypeProfile.from_values({"name": "X", "retention_own_durations": 1, "retention_active_months": -4})
	assert p.retention_months is None


# ---------------------------------------------------------------------------- closure
def test_an_open_or_paused_request_is_not_closed():
	assert r.closed_since(h(("New", 1), ("Open", 2)), "Open", LC) is None
	assert r.closed_since(h(("New", 1), ("Waiting for Citizen", 2)), "Waiting for Citizen", LC) is None


def test_closure_is_the_last_time_the_request_left_the_active_statuses():
	history = h(("New", 1), ("Resolved", 3), ("Closed", 5), ("Open", 7), ("Resolved", 9), ("Closed", 12))
	assert r.closed_since(history, "Closed", LC) == datetime(2026, 1, 9, 9)


def test_closure_ignores_the_order_rows_were_stored_in():
	history = h(("Closed", 5), ("New", 1), ("Resolved", 3))
	assert r.closed_since(history, "Closed", LC) == datetime(2026, 1, 3, 9)


def test_a_merged_request_follows_its_master():
	history = h(("New", 1), ("Merged", 2))
	assert r.closed_since(history, "Merged", LC) is None
	master_closed = datetime(2026, 3, 1, 10)
	assert r.closed_since(history, "Merged", LC, master_closed) == master_closed


def test_a_closed_request_without_history_is_left_to_the_adapter():
	assert r.closed_since([], "Closed", LC) is None


# ---------------------------------------------------------------------------- the daily step
POLICY = r.RetentionPolicy(6, 12)
SCHEDULE = POLICY.schedule(CLOSED)  # archive 2026-07-31, anonymise 2027-07-31


def test_an_active_request_is_archived_on_its_archive_day_and_waits_for_its_anonymisation_day():
	assert r.advance(r.ACTIVE, SCHEDULE, date(2026, 7, 30)) == r.Step(r.ACTIVE, date(2026, 7, 31))
	assert r.advance(r.ACTIVE, SCHEDULE, date(2026, 7, 31)) == r.Step(r.ARCHIVED, date(2027, 7, 31))


def test_an_archived_request_is_anonymised_on_its_day_and_never_looked_at_again():
	step = r.advance(r.ARCHIVED, SCHEDULE, date(2027, 7, 31))
	assert step == r.Step(r.ANONYMISED, None) and step.anonymise
	assert r.advance(r.ANONYMISED, SCHEDULE, date(2030, 1, 1)) == r.Step(r.ANONYMISED, None)


def test_a_late_run_jumps_straight_to_anonymisation():
	assert r.advance(r.ACTIVE, SCHEDULE, date(2029, 1, 1)) == r.Step(r.ANONYMISED, None)


def test_phases_never_move_backwards_when_durations_grow():
	longer = r.RetentionPolicy(24, 24).schedule(CLOSED)
	assert r.advance(r.ARCHIVED, longer, date(2026, 8, 1)).phase == r.ARCHIVED


def test_a_legal_hold_stops_at_the_archive_and_is_not_looked_at_again():
	step = r.advance(r.ACTIVE, SCHEDULE, date(2029, 1, 1), legal_hold=True)
	assert step == r.Step(r.ARCHIVED, None)


def test_without_the_archives_visa_requests_stop_at_the_archive_but_keep_their_date():
	step = r.advance(r.ACTIVE, SCHEDULE, date(2029, 1, 1), anonymisation_authorised=False)
	assert step == r.Step(r.ARCHIVED, date(2027, 7, 31))


def test_an_unknown_phase_is_refused():
	with pytest.raises(CoreValidationError):
		r.advance("deleted", SCHEDULE, date(2026, 1, 1))


@given(
	st.integers(0, 60),
	st.integers(0, 60),
	st.sampled_from(r.PHASES),
	st.integers(0, 4000),
	st.booleans(),
	st.booleans(),
)
def test_the_step_is_idempotent_and_monotonic(active, archive, phase, days, hold, authorised):
	schedule = r.RetentionPolicy(active, archive).schedule(CLOSED)
	today = CLOSED.date() + timedelta(days=days)
	step = r.advance(phase, schedule, today, legal_hold=hold, anonymisation_authorised=authorised)
	assert r.PHASES.index(step.phase) >= r.PHASES.index(phase)
	again = r.advance(step.phase, schedule, today, legal_hold=hold, anonymisation_authorised=authorised)
	assert again == step
	if step.due_on is not None:
		assert step.due_on > today or (step.phase == r.ARCHIVED and not authorised)
	if step.phase == r.ANONYMISED and phase != r.ANONYMISED:
		assert not hold and authorised


# ---------------------------------------------------------------------------- erasure
def test_an_open_administrative_procedure_cannot_be_erased():
	e = r.erasure("Open", r.ACTIVE, procedure=True, legal_hold=False, lifecycle=LC)
	assert e == r.Erasure(r.KEEP_REQUEST, r.OPEN_PROCEDURE)
	assert "17(3)(b)" in e.message()
	paused = r.erasure("Waiting for Citizen", r.ACTIVE, procedure=True, legal_hold=False, lifecycle=LC)
	assert paused.action == r.KEEP_REQUEST


def test_a_closed_procedure_is_erased():
	closed = r.erasure("Closed", r.ACTIVE, procedure=True, legal_hold=False, lifecycle=LC)
	assert closed == r.Erasure(r.ERASE_ALL, r.CLOSED) and "anonymised now" in closed.message()
	assert r.erasure("Resolved", r.ARCHIVED, procedure=True, legal_hold=False, lifecycle=LC).action == r.ERASE_ALL


def test_a_request_still_handled_loses_the_citizens_identity_only():
	e = r.erasure("In Progress", r.ACTIVE, procedure=False, legal_hold=False, lifecycle=LC)
	assert e == r.Erasure(r.ERASE_IDENTITY, r.STILL_HANDLED)


def test_a_legal_hold_keeps_the_request_whatever_its_status():
	for status in ("Open", "Closed"):
		e = r.erasure(status, r.ARCHIVED, procedure=False, legal_hold=True, lifecycle=LC)
		assert e.action == r.KEEP_REQUEST and "17(3)(e)" in e.message()


def test_an_anonymised_request_has_nothing_left_to_erase():
	assert r.erasure("Closed", r.ANONYMISED, procedure=True, legal_hold=True, lifecycle=LC).action == r.NOTHING


def test_the_contact_is_deleted_only_when_nothing_else_needs_it():
	assert r.contact_reasons(0, [], False) == []
	reasons = r.contact_reasons(2, ["Customer Dupont SARL"], True)
	assert [m for m, _a in reasons] == [r.CONTACT_IN_USE, r.CONTACT_LINKED, r.CONTACT_HAS_ACCOUNT]
	assert reasons[0][1] == (2,)


# ---------------------------------------------------------------------------- generalisation
def test_the_location_is_rounded_to_the_street_or_district_or_dropped():
	assert r.generalise_location(45.757812, 4.832049, 3) == (45.758, 4.832)
	assert r.generalise_location(45.757812, 4.832049, 2) == (45.76, 4.83)
	assert r.generalise_location(45.757812, 4.832049, None) is None
	assert r.generalise_location(None, 4.8, 3) is None
	assert r.generalise_location(0, 0, 3) is None


def test_only_enumerated_type_values_survive_anonymisation():
	defs = [
		FieldDef("Volume", "volume", "Select", ("Petit", "Gros")),
		FieldDef("Immatriculation", "plaque", "Data"),
		FieldDef("Date", "date_evt", "Date"),
		FieldDef("Exemplaires", "n", "Int"),
	]
	values = {"volume": "Gros", "plaque": "AB-123-CD", "date_evt": "2026-01-02", "n": "2", "orphan": "x"}
	assert r.kept_type_values(defs, values) == {"volume": "Gros", "n": "2"}


@pytest.mark.parametrize(
	"address, street",
	[
		("12 bis, rue de la République, 69002 Lyon", "rue de la République"),
		("chez Mme Martin, 3 avenue Jean Jaurès", "avenue Jean Jaurès"),
		("Mme Martin\n3 Place Bellecour\n69002 Lyon", "Place Bellecour"),
		("Appartement 12, Résidence Les Tilleuls", "Résidence Les Tilleuls"),
		("chez Mme Martin", None),
		("06 12 34 56 78", None),
		("", None),
		(None, None),
	],
)
def test_an_anonymised_request_keeps_a_street_never_a_name(address, street):
	assert r.anonymous_street(address) == street
