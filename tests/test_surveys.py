"""Expectation surveys core: questionnaires, answers, samples, anonymous results."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.surveys import (
	MULTIPLE,
	SCALE_5,
	SCALE_10,
	SINGLE,
	TEXT,
	Candidate,
	Question,
	check_questions,
	clean_answers,
	draw_sample,
	parse_options,
	slug,
	summarise,
	suppressed,
)

T0 = datetime(2026, 3, 1, 9, 0)
QUESTIONS = [
	Question("satisfaction", "Êtes-vous satisfait ?", SCALE_5, required=True),
	Question("recommend", "Recommanderiez-vous ?", SCALE_10),
	Question("channel", "Comment nous contacter ?", SINGLE, ("Téléphone", "Internet", "Accueil")),
	Question("topics", "Quels sujets ?", MULTIPLE, ("Voirie", "Propreté", "Éclairage")),
	Question("comment", "Un commentaire ?", TEXT),
]


# ------------------------------------------------------------------------------ questionnaires
def test_a_valid_questionnaire_passes():
	check_questions(QUESTIONS)


@pytest.mark.parametrize(
	"questions",
	[
		[],
		[Question("a", "", SCALE_5)],
		[Question("a", "Q", "Stars")],
		[Question("A b", "Q", SCALE_5)],
		[Question("a", "Q", SCALE_5), Question("a", "R", SCALE_5)],
		[Question("a", "Q", SINGLE, ("only one",))],
		[Question(f"q{i}", "Q", SCALE_5) for i in range(21)],
	],
)
def test_questionnaires_citizens_could_not_answer_are_refused(questions):
	with pytest.raises(CoreValidationError):
		check_questions(questions)


def test_codes_and_options_are_derived_from_what_the_administrator_typed():
	assert slug("Êtes-vous satisfait de l'accueil ?") == "etes_vous_satisfait_de_l_accue"
	assert slug("Accueil", taken={"accueil"}) == "accueil_2"
	assert slug("2 questions") == "q_2_questions"
	assert parse_options("Oui\n\n oui \nNon\n") == ("Oui", "Non")


# ------------------------------------------------------------------------------ answers
def test_answers_are_checked_and_typed():
	answers = clean_answers(
		QUESTIONS,
		{"satisfaction": "4", "recommend": 10, "channel": "Internet", "topics": ["Voirie", "Éclairage", "Voirie"],
		 "comment": "  Merci  ", "unknown": "ignored"},
	)
	assert answers == {
		"satisfaction": 4, "recommend": 10, "channel": "Internet", "topics": ("Voirie", "Éclairage"), "comment": "Merci",
	}


@pytest.mark.parametrize(
	"given",
	[
		{},  # the required question left empty
		{"satisfaction": "6"},
		{"satisfaction": "abc"},
		{"satisfaction": 3, "recommend": -1},
		{"satisfaction": 3, "channel": "Pigeon"},
		{"satisfaction": 3, "topics": ["Voirie", "Autre"]},
		{"satisfaction": 3, "comment": "x" * 2001},
	],
)
def test_bad_answers_are_refused_with_a_message(given):
	with pytest.raises(CoreValidationError):
		clean_answers(QUESTIONS, given)


# ------------------------------------------------------------------------------ samples
def candidate(contact, request="R", days=0, email=None, channel="Phone"):
	return Candidate(contact, email or f"{contact}@example.org", request, T0 + timedelta(days=days), channel, "Voirie", "Technical Problem")


def test_one_invitation_per_citizen_with_the_segment_of_their_latest_request():
	sample = draw_sample(
		[candidate("a", "R1", 1, channel="Phone"), candidate("a", "R2", 5, channel="E-mail"), candidate("b", "R3")],
		size=10, cap=1, invited_last_year={},
	)
	assert [(c.contact, c.request, c.channel) for c in sample] == [("a", "R2", "E-mail"), ("b", "R3", "Phone")]


def test_citizens_at_their_yearly_cap_or_already_in_the_campaign_or_opted_out_are_left_out():
	pool = [candidate(x) for x in "abcde"]
	sample = draw_sample(
		pool, size=10, cap=2, invited_last_year={"a": 2, "b": 1}, in_campaign={"c"}, excluded_emails={"D@EXAMPLE.ORG"}
	)
	assert [c.contact for c in sample] == ["b", "e"]


def test_candidates_without_contact_or_e_mail_are_left_out():
	pool = [Candidate("", "x@example.org", "R", T0), Candidate("a", "", "R", T0), candidate("b")]
	assert [c.contact for c in draw_sample(pool, size=5, cap=1, invited_last_year={})] == ["b"]


@given(st.integers(min_value=1, max_value=40), st.integers(min_value=0, max_value=60))
def test_a_sample_never_exceeds_its_size_and_never_repeats_a_citizen(size, people):
	pool = [candidate(f"c{i % max(1, people)}", f"R{i}", i % 7) for i in range(people * 2)]
	sample = draw_sample(pool, size=size, cap=1, invited_last_year={}, seed="x")
	contacts = [c.contact for c in sample]
	assert len(contacts) == len(set(contacts)) <= size


def test_the_draw_is_random_but_reproducible():
	pool = [candidate(f"c{i:03d}") for i in range(200)]
	first = draw_sample(pool, size=20, cap=1, invited_last_year={}, seed="campaign-1")
	again = draw_sample(list(reversed(pool)), size=20, cap=1, invited_last_year={}, seed="campaign-1")
	other = draw_sample(pool, size=20, cap=1, invited_last_year={}, seed="campaign-2")
	assert first == again and first != other


def test_a_sample_needs_a_size_and_a_cap():
	with pytest.raises(CoreValidationError):
		draw_sample([], size=0, cap=1, invited_last_year={})
	with pytest.raises(CoreValidationError):
		draw_sample([], size=5, cap=0, invited_last_year={})


# ------------------------------------------------------------------------------ results
def test_summaries_of_scales_and_choices():
	scale = summarise(QUESTIONS[0], [5, 4, 2, None, 4])
	assert (scale.answers, scale.mean, scale.favourable_share) == (4, 3.75, 0.75)
	assert scale.counts == {"5": 1, "4": 2, "2": 1}
	nps = summarise(QUESTIONS[1], [10, 7, 8])
	assert nps.favourable == 2
	choice = summarise(QUESTIONS[3], [("Voirie",), ("Voirie", "Propreté"), ()])
	assert choice.answers == 2 and choice.share("Voirie") == 1.0 and choice.share("Éclairage") == 0


def test_small_groups_are_suppressed():
	assert suppressed(4, 5) and not suppressed(5, 5) and suppressed(0, 0)
