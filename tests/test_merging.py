import pytest
from hypothesis import given
from hypothesis import strategies as st

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.merging import (
	PRIORITY_LEVELS,
	Snapshot,
	apply_priority_rule,
	check_merge,
	follow_chain,
	reporter_count,
	statuses_to_notify,
)


def test_a_request_merges_into_another_unmerged_one():
	check_merge("DEM-2", None, "DEM-1", None)


@pytest.mark.parametrize(
	"args",
	[
		("DEM-1", None, "DEM-1", None),  # itself
		("DEM-2", "DEM-9", "DEM-1", None),  # already merged
		("DEM-2", None, "DEM-1", "DEM-9"),  # master not flattened
		("", None, "DEM-1", None),
	],
)
def test_merges_that_make_no_sense_are_refused(args):
	with pytest.raises(CoreValidationError):
		check_merge(*args)


def test_following_a_chain_reaches_its_end():
	chain = {"C": "B", "B": "A", "A": None}
	assert follow_chain("C", chain) == "A"
	assert follow_chain("A", chain) == "A"
	assert follow_chain("Z", chain) == "Z"


def test_a_cycle_is_reported_instead_of_looping():
	with pytest.raises(CoreValidationError):
		follow_chain("A", {"A": "B", "B": "A"})


def test_reporter_count_counts_the_request_itself():
	assert reporter_count(0) == 1
	assert reporter_count(4) == 5


def test_priority_rises_one_level_once_at_the_configured_count():
	assert apply_priority_rule("Medium", None, 4, 5) == ("Medium", None)
	assert apply_priority_rule("Medium", None, 5, 5) == ("High", "Medium")
	assert apply_priority_rule("High", "Medium", 9, 5) == ("High", "Medium")  # once only


def test_priority_rule_zero_never_raises_and_urgent_stays_urgent():
	assert apply_priority_rule("Low", None, 100, 0) == ("Low", None)
	assert apply_priority_rule("Urgent", None, 100, 2) == ("Urgent", None)
	assert apply_priority_rule(None, None, 100, 2) == (None, None)


def test_priority_raise_is_undone_below_the_count_unless_someone_changed_it():
	assert apply_priority_rule("High", "Medium", 4, 5) == ("Medium", None)
	assert apply_priority_rule("Urgent", "Medium", 4, 5) == ("Urgent", None)


@given(
	st.sampled_from(PRIORITY_LEVELS),
	st.integers(min_value=1, max_value=20),
	st.integers(min_value=0, max_value=10),
	st.integers(min_value=1, max_value=10),
)
def test_raising_then_falling_back_restores_the_priority(priority, before, added, raise_at):
	p, raised = apply_priority_rule(priority, None, before, raise_at)
	p, raised = apply_priority_rule(p, raised, before + added, raise_at)
	p, raised = apply_priority_rule(p, raised, 1, raise_at)
	if raise_at > 1:
		assert (p, raised) == (priority, None)


def test_snapshot_round_trips_through_json():
	snap = Snapshot(
		status="In Progress",
		priority="High",
		reporter_count=3,
		raised_priority_from="Medium",
		co_reporters=({"request": "DEM-3", "reporter_name": "Zoé Ébrard", "channel": "Phone"},),
		moved=("DEM-3",),
	)
	assert Snapshot.from_json(snap.to_json()) == snap


@pytest.mark.parametrize("text", [None, "", "{", "[]", '{"version": 99, "status": "New"}', '{"version": 1}'])
def test_a_missing_or_damaged_snapshot_is_refused(text):
	with pytest.raises(CoreValidationError):
		Snapshot.from_json(text)


def test_only_reporters_not_yet_told_of_the_status_are_notified():
	rows = [{"request": "A", "notified_status": "In Progress"}, {"request": "B", "notified_status": None}]
	assert [r["request"] for r in statuses_to_notify(rows, "In Progress")] == ["B"]
	assert [r["request"] for r in statuses_to_notify(rows, "Resolved")] == ["A", "B"]
