"""Word vectors as a second-stage re-ranker of knowledge suggestions (core.word_vectors + ranking).

A tiny fake vector table stands in for spaCy's model: three directions of meaning (civil status,
waste, lighting) and the words of each near their direction.
"""

from __future__ import annotations

import json

import numpy as np

from citizen_relation.core.ranking import Document, Query, RankingIndex, RankingParams
from citizen_relation.core.word_vectors import DocumentVectors

CIVIL, WASTE, LIGHT = np.eye(3, dtype=np.float32)

TABLE = {
	# civil status
	"pacs": CIVIL,
	"union": CIVIL * 0.9 + WASTE * 0.1,
	"sceller": CIVIL * 0.8 + LIGHT * 0.2,
	"entente": CIVIL * 0.9 + LIGHT * 0.1,
	"mairie": CIVIL * 0.5 + WASTE * 0.5 + LIGHT * 0.5,
	# waste
	"poubelle": WASTE,
	"collecte": WASTE * 0.9 + CIVIL * 0.1,
	"ordure": WASTE,
	"immondice": WASTE * 0.9 + LIGHT * 0.1,
	# lighting
	"lampadaire": LIGHT,
	"eclairage": LIGHT * 0.9 + WASTE * 0.1,
	"obscurite": LIGHT * 0.8 + CIVIL * 0.2,
}

DOCS = [
	Document("pacs", "Conclure un PACS", "Le pacs se conclut à la mairie.", ("union",)),
	Document("collecte", "Collecte des ordures", "La collecte des poubelles a lieu le lundi.", ("poubelle",)),
	Document("eclairage", "Lampadaire en panne", "Signalez un lampadaire éteint.", ("éclairage",)),
	Document("modele", "Modèle de réponse : poubelle", "Votre poubelle sera vidée.", (), (), "template"),
]

# shares no word, stem, lemma or thesaurus concept with the PACS article
PARAPHRASE = Query(subject="sceller notre entente")


def names(ranked):
	return [r.name for r in ranked]


def test_a_paraphrase_sharing_no_word_reaches_its_article_through_vectors():
	index = RankingIndex.build(DOCS)
	assert "pacs" not in names(index.rank(PARAPHRASE, 3, kind="article"))

	index.use_vectors(TABLE)
	ranked = index.rank(PARAPHRASE, 3, kind="article")
	assert names(ranked)[0] == "pacs"
	assert ranked[0].similarity > 0.9
	assert any(reason.startswith("close in meaning: ") for reason in ranked[0].reasons)


def test_vectors_turned_off_or_absent_leave_the_ranking_unchanged():
	plain = RankingIndex.build(DOCS)
	queries = [PARAPHRASE, Query(subject="poubelle pas collectée"), Query(subject="lampadaire éteint rue")]
	before = [[(r.name, r.score, r.reasons) for r in plain.rank(q, 4)] for q in queries]
	assert all(r.similarity is None for q in queries for r in plain.rank(q, 4))

	switched = RankingIndex.build(DOCS, RankingParams(vector_weight=0.0)).use_vectors(TABLE)
	removed = RankingIndex.build(DOCS).use_vectors(TABLE).use_vectors(None)
	for index in (switched, removed):
		assert [[(r.name, r.score, r.reasons) for r in index.rank(q, 4)] for q in queries] == before


def test_a_query_with_no_known_word_falls_back_on_bm25f():
	plain = RankingIndex.build(DOCS)
	with_vectors = RankingIndex.build(DOCS).use_vectors(TABLE)
	query = Query(subject="signalez panne")
	assert [(r.name, r.score) for r in with_vectors.rank(query, 3)] == [
		(r.name, r.score) for r in plain.rank(query, 3)
	]


def test_vectors_keep_the_kind_filter_and_the_limit():
	index = RankingIndex.build(DOCS).use_vectors(TABLE)
	query = Query(subject="immondices")  # no document says it: only its vector points at waste
	templates = index.rank(query, 5, kind="template")
	assert names(templates) == ["modele"]
	articles = index.rank(query, 2, kind="article")
	assert len(articles) == 2 and names(articles)[0] == "collecte"


def test_a_shared_word_still_outweighs_a_vague_closeness():
	index = RankingIndex.build(DOCS).use_vectors(TABLE)
	# "mairie" is in the PACS article; its vector is equally close to every topic
	assert names(index.rank(Query(subject="mairie"), 1, kind="article")) == ["pacs"]


def test_an_index_loaded_from_its_json_gets_the_same_vectors():
	built = RankingIndex.build(DOCS).use_vectors(TABLE)
	loaded = RankingIndex.from_dict(json.loads(json.dumps(built.to_dict()))).use_vectors(TABLE)
	assert np.allclose(built.vectors.matrix, loaded.vectors.matrix)
	assert [(r.name, r.score) for r in loaded.rank(PARAPHRASE, 4)] == [
		(r.name, r.score) for r in built.rank(PARAPHRASE, 4)
	]


def test_document_vectors_are_unit_rows_and_zero_for_documents_without_known_words():
	index = RankingIndex.build([*DOCS, Document("autre", "Xyz abc", "qwerty")]).use_vectors(TABLE)
	norms = np.linalg.norm(index.vectors.matrix, axis=1)
	assert np.allclose(norms[:4], 1.0, atol=1e-5)
	assert norms[4] == 0.0
	assert index.vectors.query_vector({"inconnu": 1.0}) is None


def test_title_and_rare_words_weigh_more_in_a_document_vector():
	table = {"lampadaire": LIGHT, "poubelle": WASTE}
	vectors = DocumentVectors.build(
		{"lampadaire": ([0], [2.0]), "poubelle": ([0], [0.5])}, {"lampadaire": 1.0, "poubelle": 1.0}, 1, table
	)
	row = vectors.matrix[0]
	assert row[2] > row[1] > 0


def test_only_the_closest_in_meaning_join_the_documents_bm25f_found():
	index = RankingIndex.build(DOCS, RankingParams(vector_candidates=1)).use_vectors(TABLE)
	assert names(index.rank(Query(subject="immondices"), 5, kind="article")) == ["collecte"]
	# a word BM25F finds keeps its documents, plus the closest one by meaning
	found = names(index.rank(Query(subject="lampadaire immondices"), 5, kind="article"))
	assert set(found) == {"eclairage", "collecte"}
