"""Quality statistics core: histograms, what a request counts for, periods."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.lifecycle import Lifecycle
from citizen_relation.core.stats import (
	DURATION_CLASSES,
	Figures,
	Histogram,
	Period,
	RatingFacts,
	RequestFacts,
	age_class,
	bucket_bounds,
	bucket_of,
	change,
	day_figures,
	grain_steps,
	month_period,
	named_period,
	read_path,
)

LIFECYCLE = Lifecycle()
T0 = datetime(2026, 3, 2, 9, 0)


def at(hours: float) -> datetime:
	return T0 + timedelta(hours=hours)


# ------------------------------------------------------------------------------ histograms
@given(st.floats(min_value=0, max_value=10 * 365 * 86_400, allow_nan=False))
def test_every_duration_falls_inside_its_bucket(seconds):
	low, high = bucket_bounds(bucket_of(seconds))
	assert low <= seconds < high or bucket_of(seconds) == bucket_of(10 * 365 * 86_400)


@given(st.lists(st.floats(min_value=0, max_value=400 * 86_400, allow_nan=False), min_size=1, max_size=300))
def test_median_and_p90_are_within_nine_percent_of_the_exact_values(durations):
	histogram = Histogram.of(durations)
	ordered = sorted(durations)
	for q in (0.5, 0.9):
		estimate = histogram.quantile(q)
		# the exact value lies in the bucket holding the estimate's rank: compare with its bounds
		rank = max(0, min(len(ordered) - 1, int(q * len(ordered) + 0.999999) - 1))
		exact = ordered[rank]
		low, high = bucket_bounds(bucket_of(exact))
		assert low * 0.999 <= estimate <= high * 1.001 or abs(estimate - exact) <= 60


def test_histograms_add_up_and_survive_serialisation():
	a = Histogram.of([30, 3600, 3600, 86_400])
	b = Histogram.of([7200])
	total = a + b
	assert total.total == 5
	assert Histogram.loads(total.dumps()) == total
	assert Histogram.loads("") == Histogram()
	assert a.total == 4, "adding does not change the operands"


def test_a_corrupt_histogram_is_refused():
	with pytest.raises(CoreValidationError):
		Histogram.loads("3:x")


def test_median_of_a_small_known_set():
	histogram = Histogram.of([h * 3600 for h in (1, 2, 3, 4, 5)])
	assert 2.75 * 3600 <= histogram.median <= 3.3 * 3600
	assert histogram.quantile(0) <= 3600
	assert Histogram().median is None


def test_coarse_classes_for_charts():
	histogram = Histogram.of([10 * 60, 2 * 3600, 10 * 3600, 2 * 86_400, 40 * 86_400])
	counts = histogram.coarse(DURATION_CLASSES)
	assert counts == [1, 1, 1, 1, 0, 0, 0, 1]


def test_backlog_age_classes():
	now = datetime(2026, 3, 31, 12, 0)
	assert age_class(now - timedelta(days=1), now) == 0
	assert age_class(now - timedelta(days=3), now) == 1
	assert age_class(now - timedelta(days=100), now) == 5


# ------------------------------------------------------------------------------ paths
def test_a_request_answered_on_the_spot_is_resolved_at_first_contact():
	path = read_path([(at(0), "New"), (at(0.2), "Resolved")], "Resolved", LIFECYCLE, at(0))
	assert path.first_contact and path.resolved_once and not path.reopened
	assert path.first_resolution == at(0.2)


def test_handling_statuses_in_one_go_are_first_contact_but_waiting_for_the_citizen_is_not():
	history = [(at(0), "New"), (at(0.1), "Open"), (at(0.2), "In Progress"), (at(2), "Resolved")]
	assert read_path(history, "Resolved", LIFECYCLE, at(0)).first_contact
	waited = [(at(0), "New"), (at(1), "Waiting for Citizen"), (at(2), "In Progress"), (at(3), "Resolved")]
	assert not read_path(waited, "Resolved", LIFECYCLE, at(0)).first_contact


def test_a_direct_resolution_after_the_window_is_not_first_contact():
	history = [(at(0), "New"), (at(30), "Closed")]
	assert not read_path(history, "Closed", LIFECYCLE, at(0)).first_contact


def test_a_reopened_request_counts_as_reopened_and_not_first_contact():
	history = [(at(0), "New"), (at(1), "Resolved"), (at(5), "Open"), (at(6), "Resolved")]
	path = read_path(history, "Resolved", LIFECYCLE, at(0))
	assert path.reopened and not path.first_contact
	assert path.first_resolution == at(1)


def test_reopening_is_read_through_the_categories_of_added_statuses():
	lifecycle = Lifecycle.from_rows(
		[("New", "open"), ("Done by the contractor", "fulfilled"), ("Checked again", "paused"), ("Closed", "done")]
	)
	history = [(at(0), "New"), (at(1), "Done by the contractor"), (at(2), "Checked again"), (at(3), "Closed")]
	path = read_path(history, "Closed", lifecycle, at(0))
	assert path.reopened


def test_a_merged_report_is_only_counted_as_merged():
	history = [(at(0), "New"), (at(1), "Merged")]
	received = [RequestFacts("R1", at(0), "Merged", "Voirie", "Nid", "Technical Problem", "Phone", history=tuple(history))]
	figures = day_figures(received, [], [], LIFECYCLE)
	f = figures[("Voirie", "Nid", "Technical Problem", "Phone")]
	assert (f.received, f.merged, f.responded, f.resolved_once) == (1, 1, 0, 0)
	assert f.handled == 0


# ------------------------------------------------------------------------------ a known day
def test_figures_of_a_known_day():
	key = ("Voirie", "Nid", "Technical Problem", "Phone")
	common = dict(service="Voirie", request_type="Nid", category="Technical Problem", channel="Phone")
	on_spot = RequestFacts(
		"A", at(0), "Resolved", **common, response_by=at(4), resolved_on=at(0.5), resolution_by=at(48),
		history=((at(0), "New"), (at(0.5), "Resolved")), knowledge_assisted=True,
	)
	answered_late = RequestFacts(
		"B", at(1), "In Progress", **common, first_responded_on=at(10), response_by=at(5),
		history=((at(1), "New"), (at(10), "In Progress")),
	)
	waiting = RequestFacts("C", at(2), "New", **common, response_by=at(6), history=((at(2), "New"),))
	resolved_late = RequestFacts(
		"D", at(-100), "Closed", **common, resolved_on=at(3), resolution_by=at(-10),
		history=((at(-100), "New"), (at(-50), "In Progress"), (at(3), "Closed")),
	)
	ratings = [RatingFacts(5, **common, has_comment=True), RatingFacts(2, **common), RatingFacts(9, **common)]
	f = day_figures([on_spot, answered_late, waiting], [on_spot, resolved_late], ratings, LIFECYCLE)[key]
	assert (f.received, f.merged, f.first_contact, f.resolved_once, f.reopened) == (3, 0, 1, 1, 0)
	assert (f.responded, f.response_on_time, f.response_late) == (2, 1, 1)
	assert f.response_seconds == 0.5 * 3600 + 9 * 3600
	assert (f.resolved, f.resolution_on_time, f.resolution_late, f.knowledge_assisted) == (2, 1, 1, 1)
	assert (f.ratings, f.rating_sum, f.rating_5, f.rating_2, f.rating_comments) == (2, 7, 1, 1, 1)
	assert f.csat == 0.5 and f.average_rating == 3.5 and f.dissatisfied == 1
	assert f.first_contact_rate == 1.0 and f.resolution_on_time_rate == 0.5
	assert f.knowledge_rate == 0.5 and f.rating_response_rate == 1.0


def test_a_resolution_row_of_a_request_reopened_since_is_ignored():
	reopened = RequestFacts("E", at(0), "Open", resolved_on=at(1), history=((at(0), "New"),))
	assert day_figures([], [reopened], [], LIFECYCLE) == {}


def test_figures_add_up_across_days_and_groups_and_round_trip_through_rows():
	a = Figures(received=3, resolved=1, resolution_histogram=Histogram.of([3600]))
	b = Figures(received=2, merged=1, resolution_histogram=Histogram.of([7200]))
	total = Figures.total([a, b.as_row()])
	assert (total.received, total.merged, total.handled, total.resolved) == (5, 1, 4, 1)
	assert total.resolution_histogram.total == 2
	assert a.resolution_histogram.total == 1
	assert Figures().csat is None and Figures().reopen_rate is None


# ------------------------------------------------------------------------------ periods
def test_named_periods():
	today = date(2026, 5, 17)
	assert named_period("This month", today) == Period(date(2026, 5, 1), date(2026, 5, 18))
	assert named_period("Last month", today) == Period(date(2026, 4, 1), date(2026, 5, 1))
	assert named_period("Last 12 months", today) == Period(date(2025, 6, 1), date(2026, 5, 18))
	assert named_period("Last year", today) == Period(date(2025, 1, 1), date(2026, 1, 1))
	assert named_period("Date range", today, date(2026, 1, 1), date(2026, 1, 31)).days == 31
	with pytest.raises(CoreValidationError):
		named_period("Date range", today)
	with pytest.raises(CoreValidationError):
		named_period("Someday", today)
	with pytest.raises(CoreValidationError):
		Period(date(2026, 2, 1), date(2026, 1, 1))


def test_previous_period_and_same_period_last_year():
	march = month_period(date(2026, 3, 15))
	assert march.previous() == Period(date(2026, 2, 1), date(2026, 3, 1))
	assert march.year_before() == Period(date(2025, 3, 1), date(2025, 4, 1))
	ten_days = Period(date(2026, 3, 5), date(2026, 3, 15))
	assert ten_days.previous() == Period(date(2026, 2, 23), date(2026, 3, 5))
	assert Period(date(2024, 2, 29), date(2024, 3, 1)).year_before() == Period(date(2023, 2, 28), date(2023, 3, 1))


def test_grain_steps_cover_the_period():
	period = Period(date(2026, 1, 15), date(2026, 4, 2))
	assert grain_steps(period, "Monthly") == [date(2026, m, 1) for m in (1, 2, 3, 4)]
	assert grain_steps(period, "Quarterly") == [date(2026, 1, 1), date(2026, 4, 1)]
	assert grain_steps(Period(date(2026, 3, 4), date(2026, 3, 12)), "Weekly") == [date(2026, 3, 2), date(2026, 3, 9)]


def test_relative_change():
	assert change(110, 100) == pytest.approx(0.1)
	assert change(None, 100) is None and change(5, 0) is None


def test_comparisons_use_points_for_rates_and_relative_change_for_volumes():
	from citizen_relation.core.stats import INDICATOR_BY_KEY, compare

	now = Figures(received=110, resolved=10, resolution_on_time=8, resolution_late=2, ratings=4, rating_sum=18, rating_5=2, rating_4=2)
	before = Figures(received=100, resolved=10, resolution_on_time=9, resolution_late=1, ratings=2, rating_sum=6, rating_3=2)
	rows = {c.indicator.key: c for c in compare(now, before, Figures())}
	assert rows["received"].change_previous == pytest.approx(0.10)
	assert rows["received"].verdict_previous == "up"
	assert rows["resolution_on_time"].change_previous == pytest.approx(-0.10)
	assert rows["resolution_on_time"].verdict_previous == "worse"
	assert rows["average_rating"].change_previous == pytest.approx(1.5)
	assert rows["csat"].verdict_previous == "better"
	assert rows["received"].change_year is None and rows["received"].verdict_year == "unknown"
	assert INDICATOR_BY_KEY["reopened"].better == -1


def test_reading_segments_use_monthly_rows_for_whole_months():
	from citizen_relation.core.stats import reading_segments

	today = date(2026, 5, 17)
	twelve = named_period("Last 12 months", today)  # 2025-06-01 → 2026-05-18, May still running
	assert reading_segments(twelve, today) == [("Month", date(2025, 6, 1), date(2026, 6, 1))]
	thirty = named_period("Last 30 days", today)  # 2026-04-18 → 2026-05-18
	assert reading_segments(thirty, today) == [("Day", date(2026, 4, 18), date(2026, 5, 1)), ("Month", date(2026, 5, 1), date(2026, 6, 1))]
	past = Period(date(2025, 1, 10), date(2025, 3, 20))
	assert reading_segments(past, today) == [
		("Day", date(2025, 1, 10), date(2025, 2, 1)),
		("Month", date(2025, 2, 1), date(2025, 3, 1)),
		("Day", date(2025, 3, 1), date(2025, 3, 20)),
	]
	assert reading_segments(past, today, daily=True) == [("Day", date(2025, 1, 10), date(2025, 3, 20))]
	inside = Period(date(2025, 3, 5), date(2025, 3, 9))
	assert reading_segments(inside, today) == [("Day", date(2025, 3, 5), date(2025, 3, 9))]


def test_printed_bar_charts_escape_labels_and_skip_unknown_values():
	from citizen_relation.core.svg import bars

	svg = bars([3, None, 6], ["janv.", "<b>févr.</b>", "mars"], highlight=2)
	assert svg.startswith("<svg") and svg.count("<rect") == 2
	assert "&lt;b&gt;févr.&lt;/b&gt;" in svg and "<b>" not in svg
	assert 'fill="#E1000F"' in svg
