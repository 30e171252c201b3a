"""Sentence vectors as the last stage of knowledge suggestions (core.sentence_vectors + ranking).

A fake encoder stands in for multilingual-e5-small: it maps a text to a direction of meaning by
the phrases it contains (the whole text counts, not its words one by one), and records what it
was asked to read.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from citizen_relation.core.ranking import Document, Query, RankingIndex, RankingParams
from citizen_relation.core.sentence_vectors import (
	PassageVectors,
	passage_text,
	query_text,
	standardised,
)

CIVIL, WASTE, LIGHT, ROADS = np.eye(4, dtype=np.float32)

MEANINGS = [
	# whole phrases of one meaning (longest first)
	("entente", CIVIL),
	("pacs", CIVIL),
	("ordures", WASTE),
	("poubelle", WASTE),
	("lampadaire", LIGHT),
	("lumiere", LIGHT),
	("trou", ROADS),
	("chaussee", ROADS),
]


class FakeEncoder:
	name = "fake"

	def __init__(self):
		self.read: list[tuple[str, bool]] = []

	def encode(self, texts, *, query: bool):
		rows = []
		for text in texts:
			self.read.append((text, query))
			t = text.lower().replace("é", "e").replace("è", "e")
			v = np.full(4, 0.05, dtype=np.float32)
			for phrase, direction in MEANINGS:
				if phrase in t:
					v = v + direction
			rows.append(v / np.linalg.norm(v))
		return np.vstack(rows) if rows else np.zeros((0, 4), dtype=np.float32)


DOCS = [
	Document("pacs", "Conclure un PACS", "Déclaration conjointe en mairie.", ("pacte civil",)),
	Document("collecte", "Collecte des ordures", "Le camion passe le lundi.", ("poubelle",)),
	Document("eclairage", "Lampadaire en panne", "Signalez-le.", ("lumière",)),
	Document("voirie", "Nid de poule", "Signalez un trou dans la chaussée.", ()),
	Document("modele", "Réponse : poubelle", "Votre poubelle sera vidée.", (), (), "template"),
]

# shares no word, stem or thesaurus concept with the PACS article; the encoder reads its meaning
PARAPHRASE = Query(subject="sceller notre entente")


def names(ranked):
	return [r.name for r in ranked]


def test_a_request_read_as_a_whole_reaches_the_article_it_means():
	index = RankingIndex.build(DOCS)
	assert "pacs" not in names(index.rank(PARAPHRASE, 1, kind="article"))

	index.use_sentences(FakeEncoder())
	ranked = index.rank(PARAPHRASE, 3, kind="article")
	assert names(ranked)[0] == "pacs"
	assert "close in meaning to the request" in ranked[0].reasons


def test_the_stage_turned_off_or_absent_leaves_the_ranking_unchanged():
	query = Query(subject="poubelle pas ramassée", description="Les ordures débordent")
	plain = RankingIndex.build(DOCS).rank(query, 5)
	off = (
		RankingIndex.build(DOCS, RankingParams(sentence_weight=0)).use_sentences(FakeEncoder()).rank(query, 5)
	)
	removed = RankingIndex.build(DOCS).use_sentences(FakeEncoder()).use_sentences(None).rank(query, 5)
	assert off == plain
	assert removed == plain


def test_shared_words_still_win_when_the_meaning_is_split():
	# "lampadaire" names the lighting article; the encoder also reads waste in "poubelle": the
	# words decide, the meaning only re-orders what is close
	index = RankingIndex.build(DOCS).use_sentences(FakeEncoder())
	ranked = index.rank(Query(subject="lampadaire en panne près de la poubelle"), 2, kind="article")
	assert names(ranked)[0] == "eclairage"


def test_the_kind_filter_and_the_limit_hold():
	index = RankingIndex.build(DOCS).use_sentences(FakeEncoder())
	ranked = index.rank(Query(subject="poubelle"), 1, kind="template")
	assert names(ranked) == ["modele"]
	ranked = index.rank(Query(subject="poubelle et lampadaire et trou"), 2, kind="article")
	assert len(ranked) == 2 and {r.kind for r in ranked} == {"article"}
	# by meaning alone, only a document that stands out comes up
	assert names(index.rank(PARAPHRASE, 4, kind="article")) == ["pacs"]


def test_articles_are_read_as_their_title_and_keywords_and_requests_as_subject_and_description():
	encoder = FakeEncoder()
	index = RankingIndex.build(DOCS).use_sentences(encoder)
	passages = [text for text, query in encoder.read if not query]
	assert passages[0] == "Conclure un PACS. pacte civil"
	# no keywords: the start of the body
	assert passages[3] == "Nid de poule. Signalez un trou dans la chaussée."
	index.rank(Query(subject="Trou", description="  Dans la   chaussée  "), 3, kind="article")
	index.rank(Query(subject="Trou", description="  Dans la   chaussée  "), 3, kind="template")
	queries = [text for text, query in encoder.read if query]
	# read once, the second ranking (templates) reuses it
	assert queries == ["Trou. Dans la chaussée"]


def test_a_request_without_text_is_ranked_by_its_words_and_type_alone():
	index = RankingIndex.build(DOCS).use_sentences(FakeEncoder())
	plain = RankingIndex.build(DOCS)
	query = Query(request_type="x", subject="   ", description="")
	assert index.rank(query, 3) == plain.rank(query, 3)


def test_precomputed_vectors_are_used_as_given_and_must_match_the_documents():
	index = RankingIndex.build(DOCS)
	encoder = FakeEncoder()
	matrix = encoder.encode(index.passages, query=False)
	encoder.read.clear()
	index.use_sentences(encoder, matrix)
	assert not [t for t, q in encoder.read if not q]  # nothing re-encoded
	assert names(index.rank(PARAPHRASE, 1, kind="article")) == ["pacs"]
	with pytest.raises(ValueError):
		RankingIndex.build(DOCS).use_sentences(encoder, matrix[:2])


def test_a_document_not_encoded_yet_is_neither_boosted_nor_penalised():
	index = RankingIndex.build(DOCS)
	encoder = FakeEncoder()
	matrix = encoder.encode(index.passages, query=False)
	matrix[0] = 0  # the PACS article: not in the cache yet
	index.use_sentences(encoder, matrix)
	assert "pacs" not in names(index.rank(PARAPHRASE, 1, kind="article"))
	sims = index.sentences.similarities(index.sentences.query_vector("notre entente"))
	assert sims[0] == 0
	assert standardised(sims)[0] == 0


def test_an_index_loaded_from_its_json_keeps_what_the_encoder_reads():
	index = RankingIndex.build(DOCS)
	loaded = RankingIndex.from_dict(json.loads(json.dumps(index.to_dict())))
	assert loaded.passages == index.passages
	loaded.use_sentences(FakeEncoder())
	assert names(loaded.rank(PARAPHRASE, 1, kind="article")) == ["pacs"]


def test_standardised_cosines_are_deviations_from_the_other_documents():
	z = standardised(np.array([0.9, 0.8, 0.7, 0.0]))
	assert z[3] == 0  # no vector
	assert z[0] > 0 > z[2]
	assert abs(z[:3].mean()) < 1e-9
	assert not standardised(np.array([0.8, 0.8, 0.8])).any()
	assert not standardised(np.array([0.8])).any()
	masked = standardised(np.array([0.9, 0.1, 0.8]), np.array([True, False, True]))
	assert masked[1] == 0 and masked[0] > 0 > masked[2]


def test_texts_read():
	assert passage_text("Titre", ["a", " ", "b"], "corps") == "Titre. a, b"
	assert passage_text("Titre", [], "  un   corps ") == "Titre. un corps"
	assert passage_text("", [], "") == ""
	assert query_text(None, "  x  ") == "x"
	assert len(query_text("s", "y" * 10_000)) == 2000


def test_a_long_email_is_read_as_the_sentences_that_ask():
	"""Greetings, context and signature blur what an e-mail means: when some of its sentences ask
	and others do not, the encoder reads the subject and those that ask, each with the sentence
	just before it (which often says what it asks about)."""
	email = (
		"Bonjour Madame, Monsieur,\n"
		"Nous venons d'emménager dans le quartier de la gare avec nos enfants. "
		"Nous avons une voiture et pas de garage. "
		"Comment obtenir une carte de stationnement résident ? "
		"Je voudrais aussi savoir le tarif.\nMerci d'avance,\nJean Dupont\n06 12 34 56 78"
	)
	assert query_text("Stationnement", email) == (
		"Stationnement. Nous avons une voiture et pas de garage. Comment obtenir une carte de stationnement"
		" résident ? Je voudrais aussi savoir le tarif."
	)
	assert "emménager" in query_text("Stationnement", email, whole=True)
	# a reply's prefix is not read; the whole reading (kept to forget older vectors) keeps it as written
	assert query_text("RE: Stationnement", "Comment faire ?") == "Stationnement. Comment faire ?"
	assert query_text("RE: Stationnement", "Comment faire ?", whole=True) == "RE: Stationnement. Comment faire ?"
	# every sentence asks, or none does: the whole description is read
	assert query_text(None, "Comment faire ? Pourquoi ?") == "Comment faire ? Pourquoi ?"
	assert query_text(None, "Lampadaire éteint. Rue sombre.") == "Lampadaire éteint. Rue sombre."
	# greetings, closings and the signature never are
	assert query_text(None, "Bonjour,\nLampadaire éteint. Rue sombre.\nCordialement,\nJ. Martin") == (
		"Lampadaire éteint. Rue sombre."
	)


def test_passage_vectors_are_unit_rows_and_zero_rows_stay_zero():
	vectors = PassageVectors(np.array([[3.0, 4.0], [0.0, 0.0]]), FakeEncoder())
	assert np.allclose(np.linalg.norm(vectors.matrix, axis=1), [1.0, 0.0])
	with pytest.raises(ValueError):
		PassageVectors(np.array([1.0, 2.0]), FakeEncoder())
	assert len(PassageVectors.encode([], FakeEncoder())) == 0
