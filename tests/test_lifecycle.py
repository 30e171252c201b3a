"""The request lifecycle: what each status means, the history rule, system transitions."""

from datetime import datetime

import pytest

from citizen_relation.core import lifecycle as lc
from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.lifecycle import DEFAULT_LIFECYCLE, Lifecycle

AT = datetime(2026, 3, 2, 10, 0)


def test_default_mapping_gives_the_rules_every_feature_used_to_copy():
	life = DEFAULT_LIFECYCLE
	assert life.active_statuses == ("New", "Open", "In Progress", "Waiting for Citizen")
	assert life.pausing_statuses == {"Waiting for Citizen", "Merged"}
	assert life.fulfilling_statuses == {"Resolved", "Closed", "Rejected", "Transferred"}
	assert set(life.closing_statuses) == {"Resolved", "Closed", "Rejected", "Transferred", "Merged"}
	assert life.final_statuses == ("Closed", "Rejected", "Transferred")
	assert life.open311_status("Waiting for Citizen") == "open"
	assert life.open311_status("Resolved") == "closed"
	assert life.open311_status("Merged") == "closed"


def test_an_added_state_takes_the_meaning_the_administrator_gives_it():
	life = Lifecycle.from_rows([*lc.DEFAULT_CATEGORIES.items(), ("Planned works", lc.PAUSED)])
	assert life.pauses_clock("Planned works")
	assert life.is_active("Planned works")  # still a duplicate candidate, "open" for Open311
	assert "Planned works" in life.pausing_statuses
	done = Lifecycle.from_rows([*lc.DEFAULT_CATEGORIES.items(), ("Archived", lc.DONE)])
	assert not done.is_active("Archived") and done.is_final("Archived") and done.fulfils_clock("Archived")


def test_an_unmapped_status_counts_as_open_the_safe_side():
	assert DEFAULT_LIFECYCLE.category_of("Something new") == lc.OPEN
	assert DEFAULT_LIFECYCLE.is_active("Something new")
	assert not DEFAULT_LIFECYCLE.pauses_clock("Something new")


def test_no_rows_means_the_defaults_and_merged_is_always_known():
	assert Lifecycle.from_rows([]).categories == lc.DEFAULT_CATEGORIES
	life = Lifecycle.from_rows([("New", lc.OPEN), ("Open", lc.OPEN), ("Done", lc.DONE)])
	assert life.is_merged("Merged")


@pytest.mark.parametrize(
	"rows, kwargs",
	[
		([("New", "bogus")], {}),
		([("New", lc.OPEN), ("Duplicate", lc.MERGED)], {}),
		([("New", lc.PAUSED)], {}),
		([("New", lc.OPEN), ("Open", lc.DONE)], {"resume_status": "Open"}),
	],
)
def test_inconsistent_mappings_are_refused(rows, kwargs):
	with pytest.raises(CoreValidationError):
		Lifecycle.from_rows(rows, **kwargs)


def test_history_rule_records_creation_and_changes_only():
	life = DEFAULT_LIFECYCLE
	assert life.history_entry(None, "New", AT, "a@x.fr", is_new=True) == lc.StatusChange("New", AT, "a@x.fr")
	assert life.history_entry("New", "New", AT, "a@x.fr", is_new=False) is None
	assert life.history_entry("New", "Open", AT, None, is_new=False).status == "Open"
	with pytest.raises(CoreValidationError):
		life.history_entry("New", "", AT, None, is_new=False)


def test_system_transitions():
	life = DEFAULT_LIFECYCLE
	life.check_system_transition("Open", "Merged", lc.MERGE)
	life.check_system_transition("Merged", "Waiting for Citizen", lc.UNMERGE)
	life.check_system_transition("Waiting for Citizen", "Open", lc.CITIZEN_REPLY)
	for current, target, reason in [
		("Merged", "Merged", lc.MERGE),  # already merged
		("Open", "Closed", lc.MERGE),  # a merge goes to Merged only
		("Open", "New", lc.UNMERGE),  # not merged
		("Merged", "Merged", lc.UNMERGE),
		("Open", "In Progress", lc.CITIZEN_REPLY),  # not paused
		("Waiting for Citizen", "Resolved", lc.CITIZEN_REPLY),  # resumes in an open status
		("Open", "Closed", "because"),  # unknown reason
	]:
		with pytest.raises(CoreValidationError):
			life.check_system_transition(current, target, reason)


def test_duplicate_candidates_follow_the_category_unless_the_mapping_says_otherwise():
	life = DEFAULT_LIFECYCLE
	assert life.candidate_statuses == ("New", "Open", "In Progress", "Waiting for Citizen")
	added = Lifecycle.from_rows([*lc.DEFAULT_CATEGORIES.items(), ("Planned works", lc.PAUSED)])
	assert not added.is_duplicate_candidate("Planned works")  # paused: not proposed by default
	explicit = Lifecycle.from_rows([("New", lc.OPEN), ("Open", lc.OPEN), ("Planned works", lc.PAUSED, True), ("Vetted", lc.OPEN, False)])
	assert explicit.is_duplicate_candidate("Planned works") and not explicit.is_duplicate_candidate("Vetted")
	assert not explicit.is_duplicate_candidate("Merged")
	with pytest.raises(CoreValidationError):
		Lifecycle(candidates={"Merged": True})
