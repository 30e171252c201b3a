"""Timings of the deadline core: ``python benchmarks/bench_calendar.py`` (about 30 s).

Measures, as the median of several repeats:

* ``add_working_time`` for a 4-hour response target and a two-month resolution target
  (44 working days of 7 hours) on a town-hall calendar with French holidays;
* recomputing 100,000 SLA states (random histories) in pure Python;

and compares each with a *naive day walk baseline* written here: the same computations
walking day by day through the slots (the approach the core avoids), checked to give the
same results.
"""

from __future__ import annotations

import random
import statistics
import sys
import time as clock
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from citizen_relation.core import sla
from citizen_relation.core.calendar import (
	WorkingCalendar,
	add_working_time,
	french_holidays,
)

PARIS = ZoneInfo("Europe/Paris")
UTC = timezone.utc
HOUR = 3600
CAL = WorkingCalendar(
	slots=[(d, "08:30", "12:00") for d in range(5)]
	+ [(d, "13:30", "17:00") for d in range(5)]
	+ [("Thursday", "17:00", "19:00"), ("Saturday", "09:00", "12:00")],
	holidays=french_holidays("metropole", range(2023, 2027)),
)
RESPONSE = 4 * HOUR
RESOLUTION = 44 * 7 * HOUR
SLA_STATES = 100_000


# --------------------------------------------------------------------------------------
# Naive day walk baseline: visit each day, each slot of the day, until the time is spent.


def _day_openings(cal: WorkingCalendar, day: date):
	"""Opening intervals of a local date as UTC datetimes (holidays only; no closures here)."""
	if day in cal.holidays:
		return []
	zone = ZoneInfo(cal.time_zone)
	return [
		(
			datetime.combine(day, slot.start, zone).astimezone(UTC),
			(
				datetime.combine(day, slot.end, zone)
				if slot.end != time(0)
				else datetime.combine(day + timedelta(days=1), time(), zone)
			).astimezone(UTC),
		)
		for slot in cal.slots
		if slot.weekday == day.weekday()
	]


def naive_add(cal: WorkingCalendar, start: datetime, seconds: float) -> datetime:
	left = timedelta(seconds=seconds)
	start = start.astimezone(UTC)
	if not left:
		return start
	day = start.astimezone(ZoneInfo(cal.time_zone)).date()
	while True:
		for opens, closes in _day_openings(cal, day):
			opens = max(opens, start)
			if closes <= opens:
				continue
			if closes - opens >= left:
				return opens + left
			left -= closes - opens
		day += timedelta(days=1)


def naive_between(cal: WorkingCalendar, a: datetime, b: datetime) -> float:
	if b < a:
		return -naive_between(cal, b, a)
	total, day = timedelta(), a.astimezone(ZoneInfo(cal.time_zone)).date()
	while datetime.combine(day, time(), ZoneInfo(cal.time_zone)) < b:
		for opens, closes in _day_openings(cal, day):
			opens, closes = max(opens, a), min(closes, b)
			if closes > opens:
				total += closes - opens
		day += timedelta(days=1)
	return total / timedelta(seconds=1)


# --------------------------------------------------------------------------------------


def median_per_call(function, calls: int, repeats: int) -> float:
	"""Median over ``repeats`` of the mean time per call, in seconds."""
	samples = []
	for _ in range(repeats):
		begin = clock.perf_counter()
		for _ in range(calls):
			function()
		samples.append((clock.perf_counter() - begin) / calls)
	return statistics.median(samples)


def sla_inputs(count: int, seed: int = 20240603):
	rng = random.Random(seed)
	policy = sla.Policy(
		"Standard",
		response=sla.Target(RESPONSE),
		resolution=sla.Target(RESOLUTION),
		pausing_statuses={"Awaiting Citizen"},
		fulfilling_statuses={"Resolved", "Closed"},
	)
	statuses = ["In Progress", "Awaiting Citizen", "Open", "Resolved", "Closed"]
	inputs = []
	for _ in range(count):
		received = datetime(2024, 1, 1, tzinfo=PARIS) + timedelta(minutes=rng.randrange(365 * 24 * 60))
		minutes = sorted(rng.sample(range(1, 60 * 24 * 60), rng.randint(0, 4)))
		history = [(received + timedelta(minutes=m), rng.choice(statuses)) for m in minutes]
		now = received + timedelta(minutes=rng.randrange(1, 75 * 24 * 60))
		responded = (
			received + timedelta(minutes=rng.randrange(1, 3 * 24 * 60)) if rng.random() < 0.7 else None
		)
		inputs.append(
			{
				"received_on": received,
				"history": history,
				"policy": policy,
				"calendar": CAL,
				"now": now,
				"first_responded_on": responded,
			}
		)
	return inputs


def recompute(inputs):
	for kwargs in inputs:
		sla.sla_state(**kwargs)


def main():
	begin_all = clock.perf_counter()
	starts = [
		datetime(2024, 3, 29, 15, tzinfo=PARIS),
		datetime(2024, 5, 6, 8, 30, tzinfo=PARIS),
		datetime(2024, 12, 20, 16, tzinfo=PARIS),
	]
	for start in starts:  # same answers, DST weekend and holidays included
		for seconds in (RESPONSE, RESOLUTION):
			assert add_working_time(CAL, start, seconds) == naive_add(CAL, start, seconds)

	print(f"{'operation':58} {'core':>10} {'naive day walk baseline':>24} {'speed-up':>9}")
	targets = [
		("add_working_time, 4 h response target", RESPONSE),
		("add_working_time, 44 working days (2 months) resolution", RESOLUTION),
	]
	for label, seconds in targets:
		fast = median_per_call(lambda s=seconds: add_working_time(CAL, starts[0], s), 20_000, 7)
		naive = median_per_call(lambda s=seconds: naive_add(CAL, starts[0], s), 100, 5)
		print(f"{label:58} {fast * 1e6:8.1f} µs {naive * 1e6:21.1f} µs {naive / fast:8.0f}×")

	inputs = sla_inputs(SLA_STATES)
	fast_total = statistics.median(_timed(lambda: recompute(inputs)) for _ in range(3))
	# Baseline: the same SLA code on the naive calendar functions, on a sample, per state.
	sample = inputs[:1_000]
	expected = [sla.sla_state(**kwargs) for kwargs in sample]
	originals = sla.add_working_time, sla.working_seconds_between
	sla.add_working_time, sla.working_seconds_between = naive_add, naive_between
	try:
		assert [sla.sla_state(**kwargs) for kwargs in sample] == expected
		naive_per_state = _timed(lambda: recompute(sample)) / len(sample)
	finally:
		sla.add_working_time, sla.working_seconds_between = originals
	per_state = fast_total / SLA_STATES
	print(
		f"{f'sla_state x {SLA_STATES:,} (total {fast_total:.2f} s)':58} {per_state * 1e6:8.1f} µs "
		f"{naive_per_state * 1e6:21.1f} µs {naive_per_state / per_state:8.0f}×"
	)
	print(
		f"(per call / per state; medians of repeats; baseline SLA measured on {len(sample):,} states; total run {clock.perf_counter() - begin_all:.0f} s)"
	)


def _timed(function) -> float:
	begin = clock.perf_counter()
	function()
	return clock.perf_counter() - begin


if __name__ == "__main__":
	main()
