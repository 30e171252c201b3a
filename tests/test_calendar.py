from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citizen_relation.core.calendar import (
	TERRITORIES,
	Closure,
	Slot,
	WorkingCalendar,
	add_calendar_days,
	add_working_days,
	add_working_time,
	french_holidays,
	is_open,
	whit_monday,
	working_seconds_between,
)

PARIS = ZoneInfo("Europe/Paris")
UTC = timezone.utc
HOUR = 3600
QUARTER = timedelta(minutes=15)
US = timedelta(microseconds=1)


def town_hall(**kwargs) -> WorkingCalendar:
	"""Mon–Fri 08:30–12:00 and 13:30–17:00, Thursday until 19:00, Saturday 09:00–12:00: 40 h a week."""
	slots = [(day, "08:30", "12:00") for day in range(5)] + [(day, "13:30", "17:00") for day in range(5)]
	slots += [("Thursday", "17:00", "19:00"), ("Saturday", "09:00", "12:00")]
	return WorkingCalendar(slots=slots, **kwargs)


def paris(*args) -> datetime:
	return datetime(*args, tzinfo=PARIS)


METROPOLE = town_hall(holidays=french_holidays("metropole", [2024, 2025]))


# --------------------------------------------------------------------------------------
# Hand-computed examples


def test_weekly_total_and_slot_edges():
	assert working_seconds_between(METROPOLE, paris(2024, 6, 3), paris(2024, 6, 10)) == 40 * HOUR
	assert add_working_time(METROPOLE, paris(2024, 6, 3, 11), HOUR) == paris(2024, 6, 3, 12)
	assert add_working_time(METROPOLE, paris(2024, 6, 3, 11), HOUR + 1) == paris(2024, 6, 3, 13, 30, 1)
	# Touching slots (Thursday 13:30–17:00 and 17:00–19:00) form one opening.
	assert add_working_time(METROPOLE, paris(2024, 6, 6, 16), 3 * HOUR) == paris(2024, 6, 6, 19)


def test_start_outside_hours_or_on_a_holiday_begins_at_next_opening():
	assert add_working_time(METROPOLE, paris(2024, 6, 3, 7), HOUR) == paris(2024, 6, 3, 9, 30)
	assert add_working_time(METROPOLE, paris(2024, 6, 3, 12, 30), 1800) == paris(2024, 6, 3, 14)
	assert add_working_time(METROPOLE, paris(2024, 6, 9, 10), HOUR) == paris(2024, 6, 10, 9, 30)  # Sunday
	assert add_working_time(METROPOLE, paris(2024, 5, 1, 10), HOUR) == paris(2024, 5, 2, 9, 30)  # 1 May


def test_four_hour_response_over_a_dst_weekend_and_easter_monday():
	# Fri 15:00–17:00 (2 h), Sat 09:00–11:00 (2 h).
	assert add_working_time(METROPOLE, paris(2024, 3, 29, 15), 4 * HOUR) == paris(2024, 3, 30, 11)
	# Sat 11:30–12:00, Sunday 31 March (clocks go forward) closed, Monday 1 April Easter
	# Monday, Tuesday 08:30–10:00 summer time.
	due = add_working_time(METROPOLE, paris(2024, 3, 30, 11, 30), 2 * HOUR)
	assert due == paris(2024, 4, 2, 10) == datetime(2024, 4, 2, 8, tzinfo=UTC)
	assert working_seconds_between(METROPOLE, paris(2024, 3, 30, 11, 30), due) == 2 * HOUR


def test_alsace_moselle_good_friday_is_closed():
	alsace = town_hall(holidays=french_holidays("alsace-moselle", [2024]))
	assert add_working_time(alsace, paris(2024, 3, 28, 18), 2 * HOUR) == paris(2024, 3, 30, 10)


def test_whit_monday_worked_removes_only_whit_monday():
	for territory in ("metropole", "alsace-moselle", "guadeloupe"):
		years = range(2024, 2028)
		off = french_holidays(territory, years)
		worked = french_holidays(territory, iter(years), whit_monday_worked=True)
		assert off - worked == {date(2024, 5, 20), date(2025, 6, 9), date(2026, 5, 25), date(2027, 5, 17)}
		assert worked < off
	assert whit_monday(2024) == date(2024, 5, 20)
	cal = town_hall(holidays=french_holidays("metropole", [2024], whit_monday_worked=True))
	assert add_working_time(cal, paris(2024, 5, 20, 9), HOUR) == paris(2024, 5, 20, 10)


def test_desk_territory_labels_map_to_territory_codes():
	assert TERRITORIES["Metropolitan France"] == "metropole"
	assert TERRITORIES["French Guiana"] == "guyane"
	for label, code in TERRITORIES.items():
		assert french_holidays(label, [2025]) == french_holidays(code, [2025])
		assert french_holidays(label.upper(), [2025]) == french_holidays(code, [2025])
	assert date(2025, 12, 26) in french_holidays(TERRITORIES["Alsace-Moselle"], [2025])
	assert date(2025, 6, 10) in french_holidays(TERRITORIES["French Guiana"], [2025])  # abolition of slavery
	with pytest.raises(ValueError):
		french_holidays("Corsica", [2025])


def test_two_month_resolution_target_with_holidays():
	# 44 days' worth of 7 h from Monday 6 May 2024, 08:30. Weeks of 40 h (Mon–Wed and Fri 7 h,
	# Thu 9 h, Sat 3 h) minus 8 May (7 h), Ascension 9 May (9 h) and Whit Monday 20 May (7 h):
	# 6 May – 30 June = 8 weeks = 320 − 23 = 297 h; the 11 h left are Monday 1 July (7 h),
	# Tuesday 08:30–12:00 (3.5 h) and 13:30–14:00.
	start = paris(2024, 5, 6, 8, 30)
	due = add_working_time(METROPOLE, start, 44 * 7 * HOUR)
	assert due == paris(2024, 7, 2, 14)
	assert working_seconds_between(METROPOLE, start, due) == 44 * 7 * HOUR


def test_partial_closure_and_multi_week_closure():
	cal = town_hall(
		holidays=french_holidays("metropole", [2024]),
		closures=[
			Closure(datetime(2024, 5, 2, 8, 30), datetime(2024, 5, 2, 10)),
			(datetime(2024, 8, 3), datetime(2024, 8, 18)),  # includes 15 August
		],
	)
	assert add_working_time(cal, paris(2024, 5, 1, 10), HOUR) == paris(2024, 5, 2, 11)
	assert add_working_time(cal, paris(2024, 8, 2, 16), 2 * HOUR) == paris(2024, 8, 19, 9, 30)
	# A deadline running out when a closure starts is that instant.
	assert add_working_time(cal, paris(2024, 8, 2, 16), HOUR) == paris(2024, 8, 2, 17)
	assert not is_open(cal, paris(2024, 5, 2, 9))
	assert is_open(cal, paris(2024, 5, 2, 10))


def test_dst_nights_are_exact():
	# A slot across the changing hour: its real duration differs from the wall clock's.
	night = WorkingCalendar(slots=[(6, "01:00", "04:00"), (0, "08:00", "09:00")])
	for sunday, hours in [((2024, 3, 31), 2), ((2024, 10, 27), 4), ((2024, 10, 20), 3)]:
		midnight = paris(*sunday)
		assert working_seconds_between(night, midnight, midnight + timedelta(hours=6)) == hours * HOUR

	# 01:00–02:30 on the night clocks go back: open 01:00–02:30 summer time and again
	# 02:00–02:30 winter time.
	half = WorkingCalendar(slots=[(6, "01:00", "02:30"), (0, "08:00", "09:00")])
	sunday = paris(2024, 10, 27)
	assert working_seconds_between(half, sunday, sunday + timedelta(hours=6)) == 2 * HOUR
	assert add_working_time(half, sunday, 1.5 * HOUR) == datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
	assert add_working_time(half, sunday, 1.75 * HOUR) == datetime(2024, 10, 27, 1, 15, tzinfo=UTC)

	# On the night clocks go forward 02:00–03:00 never exists: 01:00–02:30 closes at 03:00 summer
	# time (the jump) and 02:30–04:00 opens then.
	spring = paris(2024, 3, 31)
	assert add_working_time(half, spring, HOUR) == datetime(2024, 3, 31, 1, tzinfo=UTC)
	late = WorkingCalendar(slots=[(6, "02:30", "04:00"), (0, "08:00", "09:00")])
	assert add_working_time(late, spring, 60) == paris(2024, 3, 31, 3, 1)
	assert working_seconds_between(late, spring, spring + timedelta(hours=6)) == HOUR


def test_ordinary_slots_on_dst_weekends_keep_their_length():
	# Friday 7 h + Saturday 3 h (+ Monday 7 h, except Easter Monday 1 April 2024).
	assert working_seconds_between(METROPOLE, paris(2024, 3, 29, 8), paris(2024, 4, 2, 8)) == 10 * HOUR
	assert working_seconds_between(METROPOLE, paris(2024, 10, 25, 8), paris(2024, 10, 29, 8)) == 17 * HOUR


def test_microsecond_exactness_and_float_amounts():
	start = paris(2024, 6, 3, 11, 59, 59, 999_999)
	assert add_working_time(METROPOLE, start, 0.000001) == paris(2024, 6, 3, 12)
	assert add_working_time(METROPOLE, start, 0.000002) == paris(2024, 6, 3, 13, 30, 0, 1)
	assert working_seconds_between(METROPOLE, start, paris(2024, 6, 3, 13, 30, 0, 1)) == 0.000002


def test_zero_and_negative_amounts_and_direction():
	closed = paris(2024, 6, 9, 10)
	assert add_working_time(METROPOLE, closed, 0) == closed
	with pytest.raises(ValueError):
		add_working_time(METROPOLE, closed, -1)
	a, b = paris(2024, 6, 3, 9), paris(2024, 6, 4, 9)
	assert working_seconds_between(METROPOLE, b, a) == -working_seconds_between(METROPOLE, a, b) == -7 * HOUR


def test_results_are_in_utc_whatever_the_input_zone():
	due = add_working_time(METROPOLE, datetime(2024, 6, 3, 8, tzinfo=ZoneInfo("Asia/Tokyo")), HOUR)
	assert due == paris(2024, 6, 3, 9, 30) and due.tzinfo == UTC


def test_naive_datetimes_are_rejected():
	with pytest.raises(ValueError, match="naive"):
		add_working_time(METROPOLE, datetime(2024, 6, 3, 9), 60)


def test_add_calendar_days_keeps_the_wall_clock():
	assert add_calendar_days(METROPOLE, paris(2024, 3, 30, 10), 1) == paris(2024, 3, 31, 10)
	assert add_calendar_days(METROPOLE, paris(2024, 3, 30, 10), 1) - paris(2024, 3, 30, 10) == timedelta(
		hours=23
	)
	assert add_calendar_days(METROPOLE, paris(2024, 3, 30, 2, 30), 1) == paris(2024, 3, 31, 3, 30)  # gap
	assert add_calendar_days(METROPOLE, paris(2023, 12, 31, 9), 60) == paris(2024, 2, 29, 9)


def test_add_working_days():
	assert add_working_days(METROPOLE, date(2024, 3, 29), 1) == date(2024, 3, 30)  # Saturday opens
	assert add_working_days(METROPOLE, date(2024, 3, 30), 1) == date(2024, 4, 2)  # Sunday, Easter Monday
	assert add_working_days(METROPOLE, date(2024, 12, 24), 2) == date(2024, 12, 27)
	assert add_working_days(METROPOLE, paris(2024, 12, 24, 23, 30), 0) == date(2024, 12, 24)
	weekdays = WorkingCalendar(slots=[(d, "09:00", "17:00") for d in range(5)])
	assert add_working_days(weekdays, date(2024, 6, 3), 10) == date(2024, 6, 17)
	closed_morning = WorkingCalendar(
		slots=[(d, "09:00", "17:00") for d in range(5)],
		closures=[
			(datetime(2024, 6, 4, 9), datetime(2024, 6, 4, 12)),
			(datetime(2024, 6, 5, 8), datetime(2024, 6, 5, 18)),
		],
	)
	assert add_working_days(closed_morning, date(2024, 6, 3), 2) == date(2024, 6, 6)


def test_french_holidays_by_territory():
	years = [2024, 2025]
	metropole = french_holidays("metropole", years)
	assert {date(2024, 5, 8), date(2024, 11, 11), date(2025, 6, 9)} <= metropole
	assert date(2024, 3, 29) not in metropole and date(2024, 12, 26) not in metropole
	for code in ("alsace-moselle", "57", "67", "68"):
		assert {date(2024, 3, 29), date(2024, 12, 26), date(2025, 4, 18)} <= french_holidays(code, years)
	slavery = {
		"guadeloupe": date(2024, 5, 27),
		"martinique": date(2024, 5, 22),
		"guyane": date(2024, 6, 10),
		"la-reunion": date(2024, 12, 20),
		"mayotte": date(2024, 4, 27),
	}
	for territory, day in slavery.items():
		assert day in french_holidays(territory, years) and day not in metropole
	assert date(2024, 5, 27) in french_holidays("GP", years)
	assert date(2024, 12, 20) in french_holidays("974", years)
	with pytest.raises(ValueError):
		french_holidays("atlantis", years)


def test_slot_parsing_and_validation():
	assert Slot.parse("Monday", timedelta(hours=8, minutes=30), "12:00:00") == Slot(0, time(8, 30), time(12))
	assert Slot.parse(6, "22:00", "24:00").end_us == 86_400 * 1_000_000
	with pytest.raises(ValueError):
		Slot.parse("Funday", "08:00", "09:00")
	with pytest.raises(ValueError):
		Slot(0, time(12), time(8))
	with pytest.raises(ValueError, match="overlap"):
		WorkingCalendar(slots=[(0, "08:00", "12:00"), (0, "11:00", "13:00")])
	with pytest.raises(ValueError):
		WorkingCalendar(slots=[])
	with pytest.raises(ValueError):
		Closure(paris(2024, 1, 1), paris(2024, 1, 2))


def test_calendar_is_hashable_plain_data():
	assert METROPOLE == town_hall(holidays=french_holidays("metropole", [2025, 2024]))
	assert hash(METROPOLE) == hash(town_hall(holidays=french_holidays("metropole", [2024, 2025])))


# --------------------------------------------------------------------------------------
# Brute-force reference: a walk in quarter-hours of real time. Every boundary used below
# (slot edges, closures, midnight, DST changes of these zones) is on the quarter-hour.


def brute_open(cal: WorkingCalendar, instant: datetime) -> bool:
	return brute_open_wall(cal, instant.astimezone(ZoneInfo(cal.time_zone)).replace(tzinfo=None))


def brute_open_wall(cal: WorkingCalendar, local: datetime) -> bool:
	if local.date() in cal.holidays or any(c.start <= local < c.end for c in cal.closures):
		return False
	clock = local.time()
	return any(
		s.weekday == local.weekday() and s.start <= clock and (clock < s.end or s.end == time(0))
		for s in cal.slots
	)


def brute_add(cal: WorkingCalendar, start: datetime, quarters: int) -> datetime:
	instant, done = start.astimezone(UTC), 0
	while done < quarters:
		done += brute_open(cal, instant)
		instant += QUARTER
	return instant


def brute_between(cal: WorkingCalendar, a: datetime, b: datetime) -> int:
	instant, total = a.astimezone(UTC), 0
	while instant < b:
		total += brute_open(cal, instant) * 900
		instant += QUARTER
	return total


ZONES = {
	"Europe/Paris": [date(2024, 3, 31), date(2024, 10, 27), date(2025, 3, 30)],
	"America/New_York": [date(2024, 3, 10), date(2024, 11, 3)],
	"Australia/Lord_Howe": [date(2024, 4, 7), date(2024, 10, 6)],  # changes by 30 minutes
}


@st.composite
def calendars(draw, grid: int = 15):
	"""Random calendars on a ``grid``-minute grid, and a reference date near a DST change."""
	zone = draw(st.sampled_from(sorted(ZONES)))
	pivot = draw(st.sampled_from(ZONES[zone])) + timedelta(days=draw(st.integers(-4, 4)))
	slots = []
	for weekday in range(7):
		edges = sorted(draw(st.sets(st.integers(0, 1440 // grid), max_size=6)))
		for start, end in zip(edges[::2], edges[1::2]):
			slots.append(Slot(weekday, _clock(start * grid), _clock(end * grid)))
	if not slots:
		slots.append(Slot(draw(st.integers(0, 6)), time(1), time(4)))  # a slot across the change hour
	holidays = draw(st.sets(st.integers(-8, 12).map(lambda n: pivot + timedelta(days=n)), max_size=4))
	closures = []
	for _ in range(draw(st.integers(0, 2))):
		start = datetime.combine(pivot, time()) + timedelta(minutes=grid * draw(st.integers(-600, 800)))
		closures.append(Closure(start, start + timedelta(minutes=grid * draw(st.integers(0, 300)))))
	cal = WorkingCalendar(slots=slots, time_zone=zone, holidays=holidays, closures=closures)
	start = datetime.combine(pivot, time(), ZoneInfo(zone)) + timedelta(
		minutes=grid * draw(st.integers(-200, 200))
	)
	return cal, start.astimezone(UTC)


def _clock(minutes: int) -> time:
	return time(0) if minutes == 1440 else time(minutes // 60, minutes % 60)


def weekly_quarters(cal: WorkingCalendar) -> int:
	return sum((s.end_us - s.start_us) // 900_000_000 for s in cal.slots)


SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(calendars(), st.data())
def test_matches_brute_force_walk(case, data):
	cal, start = case
	quarters = data.draw(st.integers(1, min(weekly_quarters(cal), 160)))
	expected = brute_add(cal, start, quarters)
	assert add_working_time(cal, start, quarters * 900) == expected
	assert working_seconds_between(cal, start, expected) == quarters * 900
	later = start + QUARTER * data.draw(st.integers(0, 700))
	assert working_seconds_between(cal, start, later) == brute_between(cal, start, later)
	assert is_open(cal, later) == brute_open(cal, later)


@SETTINGS
@given(calendars(grid=1), st.integers(0, 10**6), st.floats(0.000001, 300_000), st.floats(0, 300_000))
def test_add_then_measure_back_and_monotonic(case, jitter, seconds, extra):
	cal, start = case
	start += timedelta(microseconds=jitter * 997)
	due = add_working_time(cal, start, seconds)
	assert working_seconds_between(cal, start, due) == pytest.approx(seconds, abs=1e-6)
	# Earliest: one microsecond earlier is not enough.
	assert working_seconds_between(cal, start, due - US) < seconds
	# Open, or exactly the end of an opening.
	assert is_open(cal, due - US)
	assert due >= start
	# More time: later or equal; later start: later or equal.
	assert add_working_time(cal, start, seconds + extra) >= due
	assert add_working_time(cal, start + timedelta(seconds=extra), seconds) >= due


@SETTINGS
@given(calendars(), st.integers(0, 12))
def test_working_days_match_a_day_walk(case, days):
	# A working day has some wall-clock opening left after holidays and closures.
	cal, start = case
	expected, found = start.astimezone(ZoneInfo(cal.time_zone)).date(), 0
	while found < days:
		expected += timedelta(days=1)
		midnight = datetime.combine(expected, time())
		found += any(brute_open_wall(cal, midnight + QUARTER * q) for q in range(96))
	assert add_working_days(cal, start, days) == expected


# --------------------------------------------------------------------------------------
# check_calendar: what the desk lets an administrator type wrong


def test_check_calendar_accepts_a_town_hall_week():
	from citizen_relation.core.calendar import check_calendar

	check_calendar("Europe/Paris", [("Monday", "08:30", "12:00"), ("Monday", "13:30", "17:00"), ("Thursday", "17:00", "19:00")])


@pytest.mark.parametrize(
	"zone, slots, closures",
	[
		("Europe/Lutece", [("Monday", "08:30", "12:00")], []),
		("Europe/Paris", [], []),
		("Europe/Paris", [("Monday", "12:00", "08:30")], []),
		("Europe/Paris", [("Monday", "08:30", "12:00"), ("Monday", "11:00", "17:00")], []),
		("Europe/Paris", [("Monday", "08:30", "12:00")], [(datetime(2026, 5, 2, 12), datetime(2026, 5, 2, 8))]),
	],
)
def test_check_calendar_refuses_bad_input_with_a_translatable_message(zone, slots, closures):
	from citizen_relation.core.calendar import check_calendar
	from citizen_relation.core.errors import CoreValidationError

	with pytest.raises(CoreValidationError) as err:
		check_calendar(zone, slots, closures)
	assert err.value.message


# --------------------------------------------------------------------------------------
# add_working_time_local: the naive fast path agrees with the general algorithm


_NIGHT_AND_DAY = WorkingCalendar(
	slots=[(d, "01:00", "04:00") for d in range(7)] + [(d, "08:30", "12:00") for d in range(5)] + [(d, "13:30", "17:00") for d in range(5)],
	time_zone="Europe/Paris",
	holidays=frozenset({date(2026, 3, 30), date(2026, 11, 11)}),
)
_OFFICE = WorkingCalendar(
	slots=[(d, "08:30", "12:00") for d in range(5)] + [(d, "13:30", "17:00") for d in range(5)],
	time_zone="Europe/Paris",
	holidays=frozenset({date(2026, 3, 30), date(2026, 11, 11)}),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
	cal=st.sampled_from([_OFFICE, _NIGHT_AND_DAY]),
	start=st.datetimes(min_value=datetime(2026, 3, 20), max_value=datetime(2026, 11, 10)),
	seconds=st.integers(min_value=0, max_value=60 * 24 * 3600),
)
def test_local_fast_path_equals_the_general_algorithm(cal, start, seconds):
	from citizen_relation.core.calendar import add_working_time_local

	zone = ZoneInfo("Europe/Paris")
	expected = add_working_time(cal, start.replace(tzinfo=zone), seconds).astimezone(zone).replace(tzinfo=None)
	assert add_working_time_local(cal, start, seconds) == expected


def test_local_fast_path_across_the_spring_clock_change():
	from citizen_relation.core.calendar import add_working_time_local

	# Friday 27 March 2026 16:00 + 2 h of office time → Monday 30 is a holiday here → Tuesday 31 09:30
	assert add_working_time_local(_OFFICE, datetime(2026, 3, 27, 16, 0), 2 * 3600) == datetime(2026, 3, 31, 9, 30)
	# open at night: the skipped hour 02:00–03:00 on Sunday 29 March is not working time
	assert add_working_time_local(_NIGHT_AND_DAY, datetime(2026, 3, 29, 1, 0), 2 * 3600) == datetime(2026, 3, 29, 4, 0)
