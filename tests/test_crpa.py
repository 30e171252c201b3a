import calendar as month_calendar
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citizen_relation.core.calendar import WorkingCalendar, french_holidays
from citizen_relation.core.crpa import (
	ACCEPTANCE,
	NONE,
	REJECTION,
	Filing,
	Regime,
	Service,
	acknowledgement_mentions,
	add_months,
	delay_start,
	electronic_acknowledgement,
	implicit_decision_date,
)

SERVICE = Service("Service voirie", "1 place de la Mairie, 57000 Metz", "voirie@example.fr", "03 87 00 00 00")


@pytest.mark.parametrize(
	("start", "months", "expected"),
	[
		(date(2024, 3, 15), 2, date(2024, 5, 15)),
		(date(2023, 12, 31), 2, date(2024, 2, 29)),  # leap year
		(date(2024, 12, 31), 2, date(2025, 2, 28)),
		(date(2024, 11, 30), 2, date(2025, 1, 30)),
		(date(2024, 8, 31), 1, date(2024, 9, 30)),
		(date(2024, 2, 29), 12, date(2025, 2, 28)),
		(date(2024, 11, 15), 2, date(2025, 1, 15)),
	],
)
def test_add_months_keeps_the_day_number_or_takes_the_last_day(start, months, expected):
	assert add_months(start, months) == expected


@settings(max_examples=200, deadline=None)
@given(
	st.dates(date(1990, 1, 1), date(2100, 12, 31)),
	st.dates(date(1990, 1, 1), date(2100, 12, 31)),
	st.integers(1, 24),
)
def test_add_months_properties(a, b, months):
	result = add_months(a, months)
	assert (result.year * 12 + result.month) - (a.year * 12 + a.month) == months
	assert result.day == min(a.day, month_calendar.monthrange(result.year, result.month)[1])
	if a <= b:
		assert result <= add_months(b, months)


def test_implicit_decision_dates_by_regime():
	filing = Filing(date(2024, 2, 1))
	assert implicit_decision_date(Regime(), filing) == date(2024, 4, 1)
	assert implicit_decision_date(Regime(REJECTION, 4), filing) == date(2024, 6, 1)
	assert implicit_decision_date(Regime(NONE), filing) is None
	assert implicit_decision_date(Regime(), Filing(date(2023, 12, 31))) == date(2024, 2, 29)


def test_transfer_runs_from_receipt_by_the_competent_authority():
	filing = Filing(date(2024, 2, 1), competent_received_on=date(2024, 2, 12))
	assert delay_start(filing) == date(2024, 2, 12)
	assert implicit_decision_date(Regime(), filing) == date(2024, 4, 12)


def test_incomplete_file_suspends_the_delay_until_the_pieces_arrive():
	awaiting = Filing(
		date(2024, 2, 1), missing_pieces=("Plan de situation",), missing_pieces_due_on=date(2024, 3, 1)
	)
	assert delay_start(awaiting) is None
	assert implicit_decision_date(Regime(), awaiting) is None
	complete = Filing(
		date(2024, 2, 1), missing_pieces=("Plan de situation",), pieces_received_on=date(2024, 2, 20)
	)
	assert implicit_decision_date(Regime(), complete) == date(2024, 4, 20)
	both = Filing(
		date(2024, 2, 1),
		competent_received_on=date(2024, 2, 25),
		missing_pieces=("Plan",),
		pieces_received_on=date(2024, 2, 20),
	)
	assert delay_start(both) == date(2024, 2, 25)


def test_filing_and_regime_validation():
	with pytest.raises(ValueError):
		Filing(date(2024, 2, 1), competent_received_on=date(2024, 1, 31))
	with pytest.raises(ValueError):
		Regime("maybe")
	with pytest.raises(ValueError):
		Regime(ACCEPTANCE, 0)


def test_acknowledgement_for_silence_worth_acceptance():
	mentions = acknowledgement_mentions(Regime(), Filing(date(2024, 2, 1)), SERVICE)
	assert mentions == {
		"received_on": date(2024, 2, 1),
		"regime": ACCEPTANCE,
		"implicit_decision_on": date(2024, 4, 1),
		"delay_months": 2,
		"delay_runs_from": date(2024, 2, 1),
		"awaiting_pieces": False,
		"service": {
			"name": "Service voirie",
			"address": "1 place de la Mairie, 57000 Metz",
			"email": "voirie@example.fr",
			"phone": "03 87 00 00 00",
		},
		"missing_pieces": [],
		"missing_pieces_due_on": None,
		"appeals": [],
		"attestation_available": True,
	}


def test_acknowledgement_for_silence_worth_rejection_lists_appeals():
	mentions = acknowledgement_mentions(Regime(REJECTION), Filing(date(2024, 2, 1)), SERVICE)
	assert mentions["attestation_available"] is False
	assert [a["means"] for a in mentions["appeals"]] == [
		"recours_gracieux",
		"recours_hierarchique",
		"recours_contentieux",
	]
	assert mentions["appeals"][2]["addressee"] == "tribunal_administratif"
	assert {a["delay_months"] for a in mentions["appeals"]} == {2}


def test_acknowledgement_with_missing_pieces():
	filing = Filing(date(2024, 2, 1), missing_pieces=("Justificatif de domicile",))
	mentions = acknowledgement_mentions(Regime(), filing, Service("Accueil", "", phone=""))
	assert mentions["awaiting_pieces"] is True
	assert mentions["implicit_decision_on"] is None and mentions["delay_runs_from"] is None
	assert mentions["missing_pieces"] == ["Justificatif de domicile"]


def test_acknowledgement_for_requests_without_implicit_decision():
	mentions = acknowledgement_mentions(Regime(NONE), Filing(date(2024, 2, 1)), SERVICE)
	assert mentions["implicit_decision_on"] is None and mentions["delay_months"] is None
	assert mentions["appeals"] == [] and mentions["attestation_available"] is False


def test_electronic_submissions_are_acknowledged_at_once_with_legal_fallbacks():
	weekdays = WorkingCalendar(
		slots=[(d, "08:30", "17:00") for d in range(5)], holidays=french_holidays("metropole", [2024])
	)
	received = datetime(2024, 3, 29, 18, tzinfo=ZoneInfo("Europe/Paris"))  # Friday evening
	ack = electronic_acknowledgement(received, weekdays)
	assert ack.acknowledge_at == received and ack.acknowledge_at.tzinfo == timezone.utc
	assert ack.registration_latest_on == date(2024, 4, 2)  # Easter Monday is not a working day
	assert ack.receipt_latest_on == date(2024, 4, 5)
	late_utc = datetime(2024, 3, 29, 23, 30, tzinfo=timezone.utc)  # already Saturday in Paris
	assert electronic_acknowledgement(late_utc, weekdays).receipt_latest_on == date(2024, 3, 30) + timedelta(
		days=7
	)
	with pytest.raises(ValueError):
		electronic_acknowledgement(datetime(2024, 3, 29, 18), weekdays)


# --- a delay ending on a non-working day (docs/legal-deadlines.md) ---------------------------

from citizen_relation.core.crpa import NEXT_WORKING_DAY, NOT_MOVED, appeal_delays_unenforceable, next_working_day  # noqa: E402

HOLIDAYS_2022 = french_holidays("metropole", [2022])


def test_by_default_an_implicit_decision_due_on_a_sunday_holiday_is_not_moved():
	# Service-public.fr's own example: received 1 March 2022 → decision on 1 May 2022 (a Sunday, Labour Day)
	filing = Filing(date(2022, 3, 1))
	assert implicit_decision_date(Regime(), filing) == date(2022, 5, 1)
	assert implicit_decision_date(Regime(), filing, non_working_day=NOT_MOVED, holidays=HOLIDAYS_2022) == date(2022, 5, 1)


def test_the_next_working_day_rule_skips_the_weekend_and_holidays():
	filing = Filing(date(2022, 3, 1))
	assert implicit_decision_date(
		Regime(), filing, non_working_day=NEXT_WORKING_DAY, holidays=HOLIDAYS_2022
	) == date(2022, 5, 2)
	# Saturday 14 May 2022 → Monday 16 May
	assert implicit_decision_date(
		Regime(), Filing(date(2022, 3, 14)), non_working_day=NEXT_WORKING_DAY, holidays=HOLIDAYS_2022
	) == date(2022, 5, 16)
	# a working day stays
	assert implicit_decision_date(
		Regime(), Filing(date(2022, 3, 15)), non_working_day=NEXT_WORKING_DAY, holidays=HOLIDAYS_2022
	) == date(2022, 5, 16)


def test_the_next_working_day_follows_the_territory_holidays():
	# 26 December 2025 is a Friday, a holiday in Alsace-Moselle only
	alsace = french_holidays("alsace-moselle", [2025])
	filing = Filing(date(2025, 10, 26))
	assert implicit_decision_date(Regime(), filing, non_working_day=NEXT_WORKING_DAY, holidays=alsace) == date(2025, 12, 29)
	metropole = french_holidays("metropole", [2025])
	assert implicit_decision_date(Regime(), filing, non_working_day=NEXT_WORKING_DAY, holidays=metropole) == date(2025, 12, 26)


def test_a_rule_for_non_working_days_must_be_known():
	with pytest.raises(ValueError):
		implicit_decision_date(Regime(), Filing(date(2022, 3, 1)), non_working_day="whatever")


@settings(max_examples=200, deadline=None)
@given(st.dates(date(2000, 1, 1), date(2090, 12, 31)), st.sets(st.dates(date(2000, 1, 1), date(2091, 1, 31)), max_size=30))
def test_next_working_day_properties(day, holidays):
	result = next_working_day(day, frozenset(holidays))
	assert result >= day
	assert result.weekday() < 5 and result not in holidays
	# every day skipped was a non-working day
	skipped = day
	while skipped < result:
		assert skipped.weekday() >= 5 or skipped in holidays
		skipped += timedelta(days=1)


def test_appeal_delays_are_unenforceable_without_a_complete_acknowledgement():
	assert appeal_delays_unenforceable(True, None) is True
	assert appeal_delays_unenforceable(True, datetime(2024, 1, 2, 10)) is False
	assert appeal_delays_unenforceable(False, None) is False
