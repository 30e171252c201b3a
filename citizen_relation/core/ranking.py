"""Rank knowledge-base articles and response templates for the request at hand.

Pure Python (no frappe, no numpy): the adapter loads the published articles and templates as
:class:`Document` objects, builds a :class:`RankingIndex` once (or loads it from its cache with
:meth:`RankingIndex.from_dict`), and asks :meth:`RankingIndex.rank` for a :class:`Query`.

Scoring is Okapi BM25F over the tokens of :func:`citizen_relation.core.text.tokens`:

* every field has a weight and its own length normalisation (title and keywords count more than
  the body), folded into one pseudo term frequency per (term, document) before saturation;
* every token is also indexed under a light French stem (``~stationn`` for "stationnement" and
  "stationner"), at a lower weight, so that verb/noun variants still match;
* a query token unknown to the index is corrected against the vocabulary with rapidfuzz
  ("pubelle" → "poubelle"), at a weight that follows the similarity;
* documents linked to the request type of the query get a boost (and show up even without a
  matching word);
* optionally, the best candidates get a small bonus when the query subject looks like the title;
* a description of several sentences (a long e-mail) is scored sentence by sentence, so that its
  context and greetings do not drown the sentence that asks (``sentence_rest_weight``).

The inverted index stores, for each term, the sorted document numbers that contain it and the
saturated BM25F term weight, so a query only touches the postings of its own terms. Everything
the index holds is plain JSON data (:meth:`RankingIndex.to_dict`).
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process

from citizen_relation.core.sentence_vectors import passage_text, query_text, standardised
from citizen_relation.core.text import (
	ASK,
	is_french_word,
	lemma,
	message_subject,
	sentence_units,
	split_sentences,
	strip_accents,
	strip_markup,
	tokens,
)
from citizen_relation.core.thesaurus import Thesaurus, default_thesaurus, thesaurus_with

KINDS = ("article", "template")
FORMAT = "citizen_relation.ranking/5"  # 3: more stop words, query-term groups; 4: title terms; 5: passages
_STEM_PREFIX = "~"
_LEMMA_PREFIX = "@"
_CONCEPT_PREFIX = "#"  # a concept of the thesaurus ("#pacs"), see citizen_relation.core.thesaurus
_DERIVED = (_STEM_PREFIX, _LEMMA_PREFIX, _CONCEPT_PREFIX)


@dataclass(frozen=True)
class Document:
	"""An article or a response template, as the adapter reads it from the database.

	``body`` may be HTML or Markdown: tags and Markdown markup are stripped here.
	``keywords`` are the editor's synonyms and citizen wordings ("poubelle", "ramassage").
	``request_types`` are the names of the request types the document answers.
	"""

	name: str
	title: str
	body: str = ""
	keywords: tuple[str, ...] | list[str] | str = ()
	request_types: tuple[str, ...] | list[str] = ()
	kind: str = "article"
	learned: Mapping[str, float] = field(default_factory=dict)  # learned vocabulary: word → weight


@dataclass(frozen=True)
class Query:
	"""The request at hand: its type and category (names), subject and description (free text)."""

	request_type: str | None = None
	category: str | None = None
	subject: str | None = None
	description: str | None = None


@dataclass(frozen=True)
class Ranked:
	"""One suggestion: the document name, its score and why it was suggested.

	``reasons`` are short English sentences for the agent (the adapter translates the fixed
	parts); ``matched_terms``, ``corrections`` and ``type_match`` carry the same facts as data.
	"""

	name: str
	score: float
	reasons: tuple[str, ...] = ()
	matched_terms: tuple[str, ...] = ()
	corrections: tuple[tuple[str, str], ...] = ()
	type_match: bool = False
	kind: str = "article"
	concepts: tuple[tuple[str, str], ...] = ()  # (the citizen's words, the concept's label)
	similarity: float | None = None  # cosine of word vectors to the query, when the index has them


@dataclass(frozen=True)
class RankingParams:
	"""Tuning knobs; the defaults are those measured on ``tests/data``."""

	k1: float = 1.2
	title_weight: float = 3.0
	keywords_weight: float = 2.5
	body_weight: float = 1.0
	learned_weight: float = 1.5  # the words citizens used for the document (learned vocabulary)
	learned_b: float = 0.2
	title_b: float = 0.5
	keywords_b: float = 0.3
	body_b: float = 0.75
	stem_weight: float = 0.5  # weight of a match on the stem only, relative to an exact match
	# weight of a match on the lemma only (simplemma), relative to an exact match. Lemmas are indexed
	# for the learned vocabulary only; on the evaluation set they brought nothing over the light stem
	# (benchmarks/bench_quality.py), so they are off by default: raise it to try them.
	lemma_weight: float = 0.0
	subject_weight: float = 1.0  # query term weights by where the citizen wrote the word
	description_weight: float = 0.7
	category_weight: float = 0.0  # the request's category (English values) says nothing of its topic
	address_weight: float = 0.3  # share of the weight kept by "rue", "avenue"... in a query
	type_boost: float = 0.5  # multiplicative boost for a document linked to the request type
	type_floor: float = 1.0  # score of a type-linked document that shares no word with the query
	fuzzy_cutoff: float = 82.0  # rapidfuzz ratio (0-100) for a typo correction
	fuzzy_min_length: int = 5  # four-letter words have too many real neighbours ("loin" → "loi")
	fuzzy_weight: float = 0.8
	title_fuzzy_weight: float = 0.15  # bonus (share of the best score) when the subject looks like a title
	title_fuzzy_candidates: int = 30
	# Title as a field of its own: among the shortlisted candidates, a document whose title states
	# what the citizen said (words, stems, concepts) gets this share of the best score times the
	# share of the query (its groups, weighted by idf) that its title covers, so that of several
	# articles of one type the one titled with the citizen's intent beats the general one.
	title_match_weight: float = 0.2  # cross-validated on the fit split (benchmarks/cv_kb.py)
	# the domain thesaurus (citizen_relation.core.thesaurus): weight of a concept said in other words,
	# relative to an exact word, and of the wider concepts it implies; 0 turns the thesaurus off
	concept_weight: float = 1.5
	broader_weight: float = 0.5
	one_word_concept_weight: float = 1.0  # share kept by a concept said in one word ("toutou")
	phrase_word_weight: float = 0.5  # weight of a word inside a phrase read as a concept ("fin de mois")
	# One thing the citizen said counts once: a word, its stem, its typo corrections and the concepts
	# it says form one group of query terms, and a document gets the best of a group plus this share
	# of the rest. At 1 every term adds up, so that "école" (word + stem + concept) outweighs a
	# paraphrase that only reaches its concept ("seize printemps" → recensement). Fitted on the fit
	# split of benchmarks/data/kb_eval.json with concept_weight (top-1 0.850 → 0.886 seeded).
	group_rest_weight: float = 0.1
	# word vectors (citizen_relation.core.word_vectors), when the index has them: the cosine of a
	# document to the query is added with this weight to the BM25F score divided by the best one
	# (fitted on the fit split of benchmarks/data/kb_eval.json); 0 turns them off
	vector_weight: float = 1.2
	# a description of several sentences is scored sentence by sentence (each with the subject): a
	# document gets its best sentence plus this share of the others (1: the whole text at once)
	sentence_rest_weight: float = 0.3
	# when some sentences ask (a question mark, "je voudrais", "comment", "pouvez-vous"...), the others
	# (context, greetings, signature) count this share
	context_sentence_weight: float = 0.7
	# a sentence that asks counts this share of the sentence before it ("…devant l'immeuble. Quelle
	# démarche ?"), which then is not context of its own (citizen_relation.core.text.sentence_units)
	lead_sentence_weight: float = 0.75
	vector_candidates: int = 10  # documents BM25F did not find that may come up by meaning alone
	# Pseudo-relevance feedback (RM3-style), a second stage over the shortlist only: the ``prf_docs``
	# best documents of the first ranking lend their ``prf_terms`` most distinctive terms (words and
	# concepts the query does not have, weighted by the documents' scores and the terms' idf), the
	# shortlist is re-scored on them and ``prf_weight`` of that score (scaled to the best first-stage
	# score) is added. 0 turns it off. Cross-validated on the fit split (benchmarks/cv_kb.py): few terms
	# from several documents (what the neighbourhood of the first answers agrees on) beat many terms,
	# and 0.3 raised top-3 there (0.967 -> 0.980); on the holdout split it lowered top-1 (0.850 ->
	# 0.837 seeded, 0.858 -> 0.837 with vectors) for little top-3: off by default, a site may try it.
	prf_weight: float = 0.0
	prf_docs: int = 5
	prf_terms: int = 5
	prf_candidates: int = 30  # shortlist re-scored by the feedback terms
	# Sentence vectors (citizen_relation.core.sentence_vectors), when the index has them: the last
	# stage adds this weight × the document's standardised cosine to the whole request (how many
	# standard deviations it stands above the other documents) to its score divided by the best one,
	# and the ``sentence_candidates`` documents closest in meaning join the candidates. Cross-
	# validated on the fit split of benchmarks/data/kb_eval.json (benchmarks/cv_kb.py); 0 turns it off.
	sentence_weight: float = 0.1
	sentence_candidates: int = 10
	# a document no word reached joins by meaning alone when it stands this many standard deviations
	# above the others (a request in nonsense words brings nothing)
	sentence_min_z: float = 1.5

	def to_dict(self) -> dict:
		return dict(self.__dict__)


# --- text preparation ------------------------------------------------------------------------

# Longest first; a stem keeps at least 4 letters.
_SUFFIXES = tuple(
	sorted(
		[
			"issements", "issement", "ements", "ement", "ations", "ation", "ateurs", "ateur", "atrices",
			"atrice", "itions", "ition", "ements", "ments", "ment", "ances", "ance", "ences", "ence", "ables",
			"able", "ibles", "ible", "euses", "euse", "eurs", "eur", "ives", "ive", "ifs", "if", "ages", "age",
			"erais", "erait", "eraient", "erons", "erez", "eront", "ees", "ee", "es", "er", "ez", "ent", "ai",
			"e"
		],
		key=len,
		reverse=True,
	)
)


# Feminine endings folded first: "ancienne" → "ancien", "poussette" → "pousset".
_FEMININE = (("ienne", "ien"), ("onne", "on"), ("ette", "et"), ("euse", "eur"), ("trice", "teur"))


# The suffixes by length, longest first: one set look-up per length instead of one test per suffix
# (two suffixes of one length never both end a word, so the first found is the same).
_SUFFIXES_BY_LENGTH = tuple(
	(length, frozenset(s for s in _SUFFIXES if len(s) == length))
	for length in sorted({len(s) for s in _SUFFIXES}, reverse=True)
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
	"""A light French stem of a normalised token: "stationnement" and "stationner" → "stationn"."""
	if word.isdigit():
		return word
	for ending, replacement in _FEMININE:
		if word.endswith(ending) and len(word) > len(ending) + 2:
			word = word[: -len(ending)] + replacement
			break
	size = len(word)
	for length, suffixes in _SUFFIXES_BY_LENGTH:
		if size - length >= 4 and word[-length:] in suffixes:
			return word[:-length]
	return word


# Words of citizen requests that say nothing about the topic (questions, modal verbs, chat
# abbreviations), on top of the stop words of ``text.tokens``; dropped from documents and queries.
RANKING_STOP_WORDS = frozenset(
	[
		"comment", "combien", "pourquoi", "quand", "quel", "quelle", "quels", "quelles", "quoi", "lequel",
		"laquelle", "peut", "peux", "peuvent", "pouvez", "pourrait", "pourriez", "pourrais", "pouvoir",
		"veux", "veut", "voudrais", "voudrait", "voulons", "voulez", "souhaite", "souhaiterais",
		"souhaiterait", "souhaitons", "faut", "falloir", "dois", "doit", "doivent", "devons", "devez",
		"chez", "alors", "quelqu", "quelque", "chose", "toujours", "jamais", "vraiment", "aujourd", "hui",
		"slt", "bjr", "cdt", "stp", "mr", "mme", "mlle", "ya", "etc", "ok"
	]
) | frozenset(
	# French function words, auxiliaries and light verbs, numbers in letters, vague adverbs: they are
	# in every kind of request and pull towards whatever article happens to use them ("sous", "deux",
	# "sans", "fois", "être"). Listed both as written and as the singular rule of ``text.tokens``
	# leaves them ("sous" → "sou", "deux" → "deu"). The thesaurus still reads them inside its phrases
	# ("sans être mariés", "entre midi et deux"): it matches the raw text, not these tokens.
	[
		"sous", "sou", "sans", "san", "entre", "vers", "chez", "pendant", "apres", "avant", "contre",
		"selon", "malgre", "parmi", "envers", "deux", "deu", "trois", "quatre", "cinq", "six", "sept",
		"huit", "neuf", "dix", "premier", "premiere", "second", "seconde", "fois", "soit", "etre", "avoir",
		"aller", "allons", "allez", "va", "vais", "vont", "venir", "viens", "vient", "venu", "mettre",
		"mis", "dire", "dit", "dis", "voir", "vu", "vois", "savoir", "sais", "sait", "su", "passer",
		"prendre", "pris", "donner", "donne", "ai", "as", "avons", "avez", "ont", "eu", "etais", "etait",
		"sommes", "etes", "sont", "serait", "seraient", "aurait", "auraient", "oui", "non", "peu",
		"beaucoup", "trop", "assez", "tres", "ainsi", "aussi", "autre", "autres", "autrement", "tel",
		"telle", "tels", "telles", "chaque", "plusieurs", "certains", "certaines", "quelques", "quelqu",
		"aucun", "aucune", "rien", "nul", "maintenant", "ensuite", "puis", "depuis", "hier", "demain",
		"bientot", "souvent", "parfois", "deja", "encore", "toujours", "dont", "ou", "laquelle", "lesquels",
		"auquel", "duquel", "ceux", "celles", "cela", "ca", "voici", "voila", "merci", "bonjour", "bonsoir",
		"salut", "cordialement", "madame", "monsieur", "svp"
	]
)
# Street words of an address ("12 rue des Lilas") weigh little in a query: they locate, not describe.
ADDRESS_WORDS = frozenset(["rue", "avenue", "av", "boulevard", "bd", "allee", "impasse", "chemin", "numero", "no", "residence"])


def _tokens(text: str | None) -> list[str]:
	return [t for t in tokens(text) if t not in RANKING_STOP_WORDS]


def _key(value: str | None) -> str:
	"""Comparison key of a request type name: case, accents and spacing ignored."""
	return " ".join(strip_accents((value or "").lower()).split())


def _keyword_text(keywords: Iterable[str] | str | None) -> str:
	if not keywords:
		return ""
	if isinstance(keywords, str):
		return keywords.replace(",", " ").replace(";", " ")
	return " ".join(keywords)


# --- the index -------------------------------------------------------------------------------


class RankingIndex:
	"""An inverted BM25F index over articles and templates. Build with :meth:`build`."""

	def __init__(
		self,
		names: list[str],
		kinds: list[str],
		types: list[list[str]],
		titles: list[str],
		postings: dict[str, tuple[list[int], list[float]]],
		params: RankingParams,
		thesaurus: Thesaurus | None = None,
		title_terms: list[list[str]] | None = None,
		passages: list[str] | None = None,
	):
		self.names = names
		self.kinds = kinds
		self.types = types  # normalised request-type keys per document
		self.titles = titles  # normalised titles, for the fuzzy title bonus
		# index terms of each title (words, stems, concepts), for the title bonus
		self.title_terms = [frozenset(t) for t in (title_terms or [[] for _ in names])]
		self.postings = postings
		self.params = params
		self.thesaurus = thesaurus if thesaurus is not None else default_thesaurus()
		n = len(names)
		self.idf = {
			term: math.log(1.0 + (n - len(ids) + 0.5) / (len(ids) + 0.5))
			for term, (ids, _v) in postings.items()
		}
		self._by_type: dict[str, list[int]] = {}
		for i, keys in enumerate(types):
			for k in keys:
				self._by_type.setdefault(k, []).append(i)
		self._words: dict[str, list[str]] | None = None  # vocabulary by first letter, built on the first typo
		self._fuzzy_cache: dict[str, tuple[tuple[str, float], ...]] = {}
		self._posting_arrays: dict[str, tuple] = {}  # term → (ids, values) as numpy arrays
		self.vectors = None  # DocumentVectors, see use_vectors()
		# what the sentence encoder reads of each document (title and keywords), see use_sentences()
		self.passages = list(passages) if passages is not None else list(titles)
		self.sentences = None  # PassageVectors, see use_sentences()
		self._kind_masks: dict[str, object] = {}
		self._forward: list[dict[str, float]] | None = None  # per document: term → saturated weight (feedback)
		self._distinctive: dict[int, tuple[tuple[str, float], ...]] = {}

	def use_vectors(self, table) -> RankingIndex:
		"""Re-rank with word vectors from ``table`` (``table.get(word)`` → vector or ``None``).

		The documents' vectors are computed from this index (see
		:class:`citizen_relation.core.word_vectors.DocumentVectors`); ``None`` turns them off.
		Returns the index.
		"""
		self._kind_masks = {}
		if table is None:
			self.vectors = None
			return self
		from citizen_relation.core.word_vectors import DocumentVectors

		self.vectors = DocumentVectors.build(self.postings, self.idf, len(self.names), table, _DERIVED)
		return self

	def use_sentences(self, encoder, matrix=None) -> RankingIndex:
		"""Re-rank with a sentence ``encoder`` (:class:`~citizen_relation.core.sentence_vectors.SentenceEncoder`).

		``matrix``: the documents' vectors in index order, when already computed (a cache); else
		every :attr:`passages` is encoded here. ``None`` as encoder turns the stage off. Returns
		the index.
		"""
		if encoder is None:
			self.sentences = None
			return self
		from citizen_relation.core.sentence_vectors import PassageVectors

		if matrix is None:
			self.sentences = PassageVectors.encode(self.passages, encoder)
		else:
			if len(matrix) != len(self.names):
				raise ValueError("one passage vector per document is expected")
			self.sentences = PassageVectors(matrix, encoder)
		return self

	def __len__(self) -> int:
		return len(self.names)

	# building

	@classmethod
	def build(
		cls,
		documents: Iterable[Document],
		params: RankingParams | None = None,
		thesaurus: Thesaurus | None = None,
	) -> RankingIndex:
		"""Index ``documents`` (names must be unique). Linear in the size of the texts.

		``thesaurus``: the concepts read in documents and queries (the built-in French one by
		default; :func:`~citizen_relation.core.thesaurus.thesaurus_with` adds administrators' synonyms).
		"""
		params = params or RankingParams()
		thesaurus = thesaurus if thesaurus is not None else default_thesaurus()
		concepts_on = params.concept_weight > 0
		docs = list(documents)
		seen: set[str] = set()
		for doc in docs:
			if doc.name in seen:
				raise ValueError(f"duplicate document name {doc.name!r}")
			if doc.kind not in KINDS:
				raise ValueError(f"unknown document kind {doc.kind!r} for {doc.name!r}")
			seen.add(doc.name)

		fields = (
			("title", params.title_weight, params.title_b),
			("keywords", params.keywords_weight, params.keywords_b),
			("body", params.body_weight, params.body_b),
			("learned", params.learned_weight, params.learned_b),
		)
		# token counts per field per document, exact terms and stem terms
		counted: list[list[Counter]] = []
		lengths: list[list[int]] = []
		titles: list[str] = []
		title_terms: list[list[str]] = []
		bodies = [strip_markup(doc.body) for doc in docs]
		passages = [passage_text(doc.title, _keyword_list(doc.keywords), body) for doc, body in zip(docs, bodies)]
		if concepts_on:
			# the typos of the words the thesaurus does not know, looked up in one batch
			thesaurus.prime(
				text
				for doc, body in zip(docs, bodies)
				for text in (doc.title, *_keyword_list(doc.keywords), body, *(doc.learned or {}))
			)
		for doc, body in zip(docs, bodies):
			texts = (doc.title, _keyword_text(doc.keywords), body)
			field_tokens = [_tokens(text) for text in texts]
			per_field = []
			for toks in field_tokens:
				c = Counter(toks)
				c.update(_STEM_PREFIX + stem(t) for t in toks)
				per_field.append(c)
			learned = Counter()
			for word, weight in (doc.learned or {}).items():
				if weight > 0:
					learned[word] += weight
					learned[_STEM_PREFIX + stem(word)] += weight
					learned[_LEMMA_PREFIX + lemma(word)] += weight
			per_field.append(learned)
			if concepts_on:
				# keywords one by one: a phrase never spans two keywords
				for f, parts in enumerate(([doc.title], _keyword_list(doc.keywords), [body])):
					for part in parts:
						for concept, count in thesaurus.concept_counts(part, params.broader_weight).items():
							per_field[f][_CONCEPT_PREFIX + concept] += count
				for word, weight in (doc.learned or {}).items():
					if weight > 0:
						for concept, count in thesaurus.concept_counts(word, params.broader_weight).items():
							learned[_CONCEPT_PREFIX + concept] += weight * count
			counted.append(per_field)
			lengths.append([len(toks) for toks in field_tokens] + [round(sum((doc.learned or {}).values()))])
			titles.append(" ".join(field_tokens[0]))
			title_terms.append(sorted(per_field[0]))

		n = len(docs)
		avg = [(sum(lens[f] for lens in lengths) / n) if n else 0.0 for f in range(len(fields))]
		k1 = params.k1
		postings: dict[str, tuple[list[int], list[float]]] = {}
		for i, per_field in enumerate(counted):
			pseudo: dict[str, float] = {}
			for f, (_name, weight, b) in enumerate(fields):
				norm = (1.0 - b + b * lengths[i][f] / avg[f]) if avg[f] else 1.0
				factor = weight / norm
				for term, tf in per_field[f].items():
					pseudo[term] = pseudo.get(term, 0.0) + tf * factor
			for term, tf in pseudo.items():
				value = round(tf * (k1 + 1.0) / (k1 + tf), 5)
				entry = postings.get(term)
				if entry is None:
					postings[term] = ([i], [value])
				else:
					entry[0].append(i)
					entry[1].append(value)

		return cls(
			names=[d.name for d in docs],
			kinds=[d.kind for d in docs],
			types=[sorted({_key(t) for t in (d.request_types or ()) if t}) for d in docs],
			titles=titles,
			postings=postings,
			params=params,
			thesaurus=thesaurus,
			title_terms=title_terms,
			passages=passages,
		)

	# plain-data form, for a cache

	def to_dict(self) -> dict:
		"""JSON-serialisable form (no pickle): ``json.dumps(index.to_dict())`` round-trips."""
		return {
			"format": FORMAT,
			"params": self.params.to_dict(),
			"names": self.names,
			"kinds": self.kinds,
			"types": self.types,
			"titles": self.titles,
			"title_terms": [sorted(t) for t in self.title_terms],
			"thesaurus": self.thesaurus.to_dict(),
			"postings": {term: [ids, values] for term, (ids, values) in self.postings.items()},
			"passages": self.passages,
		}

	@classmethod
	def from_dict(cls, data: dict) -> RankingIndex:
		if data.get("format") != FORMAT:
			raise ValueError(f"unsupported ranking index format {data.get('format')!r}")
		known = RankingParams.__dataclass_fields__
		params = RankingParams(**{k: v for k, v in data.get("params", {}).items() if k in known})
		stored = data.get("thesaurus") or {}
		thesaurus = thesaurus_with([(label, terms) for label, terms in stored.get("synonyms", [])])
		if stored.get("version") != thesaurus.version:
			# the built-in thesaurus changed since this index was built: its concepts are stale
			raise ValueError("the ranking index was built with another thesaurus")
		return cls(
			names=list(data["names"]),
			kinds=list(data["kinds"]),
			types=[list(t) for t in data["types"]],
			titles=list(data["titles"]),
			title_terms=[list(t) for t in data.get("title_terms") or []] or None,
			postings={term: (ids, values) for term, (ids, values) in data["postings"].items()},
			params=params,
			thesaurus=thesaurus,
			passages=list(data["passages"]),
		)

	# querying

	def query_terms(self, query: Query) -> tuple[dict[str, float], dict[str, tuple[tuple[str, float], ...]]]:
		"""Weighted index terms of ``query`` and the typo corrections applied to get them."""
		terms, corrections, _concepts, _weights, _groups = self._query(query)
		return terms, corrections

	def query_concepts(self, query: Query) -> dict[str, tuple[str, float]]:
		"""``{concept: (the words that said it, weight)}`` of ``query`` (thesaurus concepts)."""
		return self._read_query(query)[1]

	def _read_query(self, query: Query) -> tuple[dict[str, float], dict[str, tuple[str, float]]]:
		"""Weight of each query token, and the concepts the query says.

		A token inside a phrase of several words that the thesaurus read as a concept weighs
		``phrase_word_weight`` of its own weight: "fin de mois" says *money trouble*, not "fin".
		"""
		p = self.params
		weights: dict[str, float] = {}
		found: dict[str, tuple[str, float]] = {}
		for text, w in (
			(query.subject, p.subject_weight),
			(query.description, p.description_weight),
			(query.category, p.category_weight),
		):
			if not text or w <= 0:
				continue
			consumed: set[str] = set()
			if p.concept_weight > 0 and text is not query.category:
				for m in self.thesaurus.match(text):
					weight = w * p.concept_weight * (p.broader_weight if m.broader else 1.0)
					if m.end - m.start == 1:
						weight *= p.one_word_concept_weight
					if found.get(m.concept, ("", 0.0))[1] < weight:
						found[m.concept] = (m.words, weight)
					if not m.broader and m.end - m.start > 1:
						consumed.update(_tokens(m.words))
			for tok in _tokens(text):
				tw = w * p.address_weight if tok in ADDRESS_WORDS else w
				if tok in consumed:
					tw *= p.phrase_word_weight
				if weights.get(tok, 0.0) < tw:
					weights[tok] = tw
		return weights, found

	def _query(self, query: Query):
		"""Weighted index terms, typo corrections, concepts, token weights and the group of each
		term (see ``RankingParams.group_rest_weight``)."""
		p = self.params
		weights, concepts = self._read_query(query)

		terms: dict[str, float] = {}
		corrections: dict[str, tuple[tuple[str, float], ...]] = {}
		sources: dict[str, set[str]] = {}  # term → the query tokens (or concepts) it comes from

		source = ""

		def add(term: str, w: float) -> None:
			if w > 0 and term in self.postings:
				sources.setdefault(term, set()).add(source)
				if terms.get(term, 0.0) < w:
					terms[term] = w

		for tok, w in weights.items():
			source = tok
			stemmed = _STEM_PREFIX + stem(tok)
			lemmatised = _LEMMA_PREFIX + lemma(tok) if p.lemma_weight > 0 else ""
			if tok in self.postings:
				add(tok, w)
				add(stemmed, w * p.stem_weight)
				add(lemmatised, w * p.lemma_weight)
			elif stemmed in self.postings or lemmatised in self.postings:
				add(stemmed, w * p.stem_weight)
				add(lemmatised, w * p.lemma_weight)
			elif (
				p.fuzzy_weight > 0
				and len(tok) >= p.fuzzy_min_length
				and not tok.isdigit()
				# tokens have lost their accents: a word that needs them ("ecole") is still corrected, to
				# itself when the index has it
				and not is_french_word(tok)
			):
				found = self._corrections(tok)
				if found:
					corrections[tok] = found
					for word, similarity in found:
						fw = w * p.fuzzy_weight * similarity
						add(word, fw)
						add(_STEM_PREFIX + stem(word), fw * p.stem_weight)
		said_by = {}
		for concept, (words, w) in concepts.items():
			source = _CONCEPT_PREFIX + concept
			said_by[source] = [t for t in _tokens(words) if t in weights]
			add(source, w)
		return terms, corrections, concepts, weights, _groups(terms, sources, said_by)

	def _grouped_scores(self, terms: dict[str, float], groups: list[list[str]], rest: float) -> dict[int, float]:
		"""BM25F scores where each group of query terms counts its best term plus ``rest`` of the others.

		Dense numpy arrays over the documents: a posting list is one vectorised operation, so that the
		per-group maximum costs about what the plain sum costs in Python.
		"""
		return _as_scores(self._dense_scores(terms, groups, rest))

	def _sentence_scores(self, query: Query, rest: float) -> dict[int, float] | None:
		"""Scores of a description of several sentences, each sentence scored on its own (with the
		subject): a document gets its best sentence in full and ``sentence_rest_weight`` of the others.

		A long e-mail says its question in one sentence among greetings, context and signature; summed
		over every sentence, the context ("nous habitons ici avec nos enfants", "j'ai appelé l'accueil")
		outweighs the one sentence that asks. ``None`` when the description has a single sentence.
		"""
		import numpy as np

		p = self.params
		if p.sentence_rest_weight >= 1.0:
			return None
		sentences = split_sentences(query.description)
		units = sentence_units(query.description, words=_tokens, sentences=sentences)
		if sum(1 for s in sentences if _tokens(s)) < 2 or not units:
			return None
		asks = [unit.role == ASK for unit in units]
		if not any(asks):
			asks = [True] * len(units)
		best = None
		summed = None
		for unit, asking in zip(units, asks):
			terms, _c, _k, _w, groups = self._query(
				Query(query.request_type, query.category, query.subject, unit.text)
			)
			x = self._dense_scores(terms, groups, rest)
			if unit.lead and p.lead_sentence_weight:
				# "…devant l'immeuble. Quelle démarche ?": the sentence before says what it asks about
				terms, _c, _k, _w, groups = self._query(Query(None, None, None, unit.lead))
				x = x + p.lead_sentence_weight * self._dense_scores(terms, groups, rest)
			if not asking:
				x *= p.context_sentence_weight
			if best is None:
				best, summed = x, x.copy()
			else:
				np.maximum(best, x, out=best)
				summed += x
		return _as_scores(best + p.sentence_rest_weight * (summed - best))

	def _dense_scores(self, terms: dict[str, float], groups: list[list[str]], rest: float):
		import numpy as np

		n = len(self.names)
		total = np.zeros(n)
		for group in groups:
			if len(group) == 1:
				ids, values = self._arrays(group[0])
				total[ids] += terms[group[0]] * self.idf[group[0]] * values
				continue
			best = np.zeros(n)
			summed = np.zeros(n)
			for term in group:
				ids, values = self._arrays(term)
				x = terms[term] * self.idf[term] * values
				summed[ids] += x  # a document appears once in a posting list
				best[ids] = np.maximum(best[ids], x)
			total += best + rest * (summed - best)
		return total

	def _arrays(self, term: str):
		"""The posting list of ``term`` as numpy arrays (cached)."""
		cached = self._posting_arrays.get(term)
		if cached is None:
			import numpy as np

			ids, values = self.postings[term]
			if len(self._posting_arrays) > 20000:
				self._posting_arrays.clear()
			cached = self._posting_arrays[term] = (
				np.asarray(ids, dtype=np.int64),
				np.asarray(values, dtype=np.float64),
			)
		return cached

	def _corrections(self, tok: str) -> tuple[tuple[str, float], ...]:
		cached = self._fuzzy_cache.get(tok)
		if cached is not None:
			return cached
		if self._words is None:
			# Candidates share the first letter (typos rarely hit it): 1/20 of the vocabulary to scan.
			self._words = {}
			for term in self.postings:
				if not term.startswith(_DERIVED) and not term.isdigit() and len(term) >= 3:
					self._words.setdefault(term[0], []).append(term)
		matches = process.extract(
			tok,
			self._words.get(tok[0], ()),
			scorer=fuzz.ratio,
			score_cutoff=self.params.fuzzy_cutoff,
			limit=2,
		)
		best = matches[0][1] if matches else 0.0
		found = tuple((word, round(score / 100.0, 3)) for word, score, _i in matches if score >= best - 1e-9)
		if len(self._fuzzy_cache) > 4096:
			self._fuzzy_cache.clear()
		self._fuzzy_cache[tok] = found
		return found

	def rank(self, query: Query, limit: int = 5, kind: str | None = None) -> list[Ranked]:
		"""The ``limit`` best documents for ``query``, best first; ``kind`` filters articles/templates."""
		if kind is not None and kind not in KINDS:
			raise ValueError(f"unknown document kind {kind!r}")
		if limit <= 0 or not self.names:
			return []
		p = self.params
		subject = message_subject(query.subject)
		if subject != query.subject:
			query = replace(query, subject=subject)  # "RE: …", "(sans objet)"
		terms, corrections, concepts, weights, groups = self._query(query)

		scores: dict[int, float] = {}
		get = scores.get
		rest = p.group_rest_weight
		if rest >= 1.0:
			for term, w in terms.items():
				ids, values = self.postings[term]
				wi = w * self.idf[term]
				for i, v in zip(ids, values):
					scores[i] = get(i, 0.0) + wi * v
		else:
			scores = self._sentence_scores(query, rest)
			if scores is None:
				scores = self._grouped_scores(terms, groups, rest)

		type_key = _key(query.request_type)
		typed = set(self._by_type.get(type_key, ())) if type_key else set()
		for i in typed:
			s = scores.get(i)
			scores[i] = p.type_floor if s is None else s * (1.0 + p.type_boost) + p.type_floor

		similarities = None
		if self.vectors is not None and p.vector_weight > 0:
			candidates, similarities = self._with_vectors(scores, weights, corrections, kind, limit)
		else:
			candidates = None
		if candidates is None:
			if kind is not None:
				kinds = self.kinds
				candidates = [(s, i) for i, s in scores.items() if kinds[i] == kind]
			else:
				candidates = [(s, i) for i, s in scores.items()]
		sentences_on = self.sentences is not None and p.sentence_weight > 0
		if not candidates and not sentences_on:
			return []

		if candidates and p.title_match_weight > 0:
			candidates = self._title_bonus(candidates, terms, groups, limit)
		if candidates and p.prf_weight > 0:
			candidates = self._feedback(candidates, terms, limit)
		subject = " ".join(_tokens(query.subject))
		if candidates and p.title_fuzzy_weight and subject:
			shortlist = heapq.nlargest(max(limit, p.title_fuzzy_candidates), candidates)
			top = shortlist[0][0]
			bonus = p.title_fuzzy_weight * top
			candidates = [
				(s + bonus * max(0.0, fuzz.token_set_ratio(subject, self.titles[i]) - 50.0) / 50.0, i)
				for s, i in shortlist
			]

		sentence = None
		if sentences_on:
			# the whole request, read last: it may also bring documents no word reached
			candidates, sentence = self._with_sentences(candidates, query, kind)
		if not candidates:
			return []

		best = heapq.nlargest(limit, candidates)
		return [
			self._explain(
				i,
				s,
				terms,
				corrections,
				concepts,
				i in typed,
				query,
				None if similarities is None else float(similarities[i]),
				None if sentence is None else float(sentence[i]),
			)
			for s, i in best
		]

	def _title_bonus(self, candidates, terms: dict[str, float], groups: list[list[str]], limit: int):
		"""The shortlist with the title bonus (see ``RankingParams.title_match_weight``)."""
		p = self.params
		shortlist = heapq.nlargest(max(limit, p.title_fuzzy_candidates), candidates)
		if not shortlist or not groups:
			return shortlist
		idf = self.idf
		mass = [(group, max(terms[t] * idf[t] for t in group)) for group in groups]
		total = sum(m for _g, m in mass)
		if total <= 0:
			return shortlist
		bonus = p.title_match_weight * max(shortlist[0][0], 0.0) / total
		out = []
		for s, i in shortlist:
			title = self.title_terms[i]
			covered = 0.0
			for group, _m in mass:
				best = max((terms[t] * idf[t] for t in group if t in title), default=0.0)
				covered += best
			out.append((s + bonus * covered, i))
		return out

	def _feedback(self, candidates, terms: dict[str, float], limit: int):
		"""The shortlist re-scored by pseudo-relevance feedback (see ``RankingParams.prf_weight``).

		The citizen's words often reach the right article's neighbours first (a request about a
		"carnet" reaches the état-civil articles): what the best of them share, and the query does
		not say, is read as what the citizen meant. Only the shortlist is touched, so the cost is a
		few dictionary look-ups per shortlisted document.
		"""
		p = self.params
		shortlist = heapq.nlargest(max(limit, p.prf_candidates), candidates)
		if len(shortlist) < 2:
			return shortlist
		top = shortlist[0][0]
		if top <= 0:
			return shortlist
		feedback = [(s, i) for s, i in shortlist[: p.prf_docs] if s > 0]
		mass = sum(s for s, _i in feedback)
		expansion: dict[str, float] = {}
		for s, i in feedback:
			for term, share in self._distinctive_terms(i):
				if term not in terms:
					expansion[term] = expansion.get(term, 0.0) + (s / mass) * share
		if not expansion:
			return shortlist
		chosen = heapq.nlargest(p.prf_terms, expansion.items(), key=lambda kv: kv[1])
		forward = self._forward_index()
		idf = self.idf
		rescored = [sum(w * idf[t] * forward[i].get(t, 0.0) for t, w in chosen) for _s, i in shortlist]
		best = max(rescored)
		if best <= 0:
			return shortlist
		scale = p.prf_weight * top / best
		return [(s + scale * r, i) for (s, i), r in zip(shortlist, rescored)]

	def _forward_index(self) -> list[dict[str, float]]:
		"""Per document, its words and concepts with their saturated weights (built once per index)."""
		if self._forward is None:
			forward: list[dict[str, float]] = [{} for _ in self.names]
			for term, (ids, values) in self.postings.items():
				if term.startswith((_STEM_PREFIX, _LEMMA_PREFIX)):
					continue
				for i, v in zip(ids, values):
					forward[i][term] = v
			self._forward = forward
		return self._forward

	def _distinctive_terms(self, i: int) -> tuple[tuple[str, float], ...]:
		"""The 30 terms of document ``i`` with the highest weight × idf, as shares of their sum."""
		cached = self._distinctive.get(i)
		if cached is None:
			idf = self.idf
			weighted = heapq.nlargest(
				30, ((v * idf[t], t) for t, v in self._forward_index()[i].items()), key=lambda x: x[0]
			)
			total = sum(w for w, _t in weighted) or 1.0
			cached = self._distinctive[i] = tuple((t, w / total) for w, t in weighted)
		return cached

	def _with_vectors(self, scores: dict[int, float], weights: dict[str, float], corrections, kind, limit):
		"""Candidates scored ``bm25 / best bm25 + vector_weight * cosine``, and the cosines of every
		document; ``(None, None)`` when no query word has a vector.

		The candidates are the documents of ``kind`` that BM25F scored and the ``vector_candidates``
		closest in meaning, so that one sharing no word with the request can come up without every
		unrelated document filling the list; the BM25F score is divided by the best one so that the
		mix does not depend on its scale.
		"""
		import numpy as np

		vector_weights = dict(weights)
		for typo, found in corrections.items():  # a typo has no vector: its corrections do
			for word, similarity in found:
				vector_weights.setdefault(word, weights.get(typo, 0.0) * similarity)
		query_vector = self.vectors.query_vector(vector_weights)
		if query_vector is None:
			return None, None
		similarities = self.vectors.similarities(query_vector)
		n = len(self.names)
		mask = self._kind_mask(kind)
		if mask is not None and not mask.any():
			return [], similarities
		combined = similarities.astype(np.float64) * self.params.vector_weight
		if scores:
			ids = np.fromiter(scores.keys(), dtype=np.int64, count=len(scores))
			values = np.fromiter(scores.values(), dtype=np.float64, count=len(scores))
			best = (
				float(values[mask[ids]].max())
				if mask is not None and mask[ids].any()
				else float(values.max())
			)
			if best > 0:
				combined[ids] += values / best
		# only the closest in meaning join the documents BM25F found
		outside = np.ones(n, dtype=bool)
		if scores:
			outside[ids] = False
		if mask is not None:
			outside &= mask
		pool = np.flatnonzero(outside)
		near_count = self.params.vector_candidates
		if len(pool) > near_count:
			far = pool[np.argpartition(-similarities[pool], near_count)[near_count:]]
			combined[far] = -np.inf
		if mask is not None:
			combined = np.where(mask, combined, -np.inf)
		keep = min(n, max(limit, self.params.title_fuzzy_candidates))
		top = np.argpartition(-combined, keep - 1)[:keep] if keep < n else np.arange(n)
		return [(float(combined[i]), int(i)) for i in top if combined[i] != -np.inf], similarities

	def _with_sentences(self, candidates, query: Query, kind: str | None):
		"""The candidates re-scored ``score / best score + sentence_weight × standardised cosine``,
		with the ``sentence_candidates`` documents closest in meaning added (from ``sentence_min_z``
		standard deviations above the others); and the documents' standardised cosines (``None`` when the request has no text).

		Runs last, on the shortlist the word stages made: the encoder reads the whole request once
		(a few milliseconds), and one product gives the cosine of every document.
		"""
		import numpy as np

		query_vector = self.sentences.query_vector(query_text(query.subject, query.description))
		if query_vector is None:
			return candidates, None
		mask = self._kind_mask(kind)
		z = standardised(self.sentences.similarities(query_vector), mask)
		p = self.params
		top = max((s for s, _i in candidates), default=0.0)
		scale = 1.0 / top if top > 0 else 0.0
		present = {i for _s, i in candidates}
		rescored = [(s * scale + p.sentence_weight * float(z[i]), i) for s, i in candidates]
		if p.sentence_candidates > 0:
			order = np.argsort(-z, kind="stable")
			added = 0
			for i in order:
				if added >= p.sentence_candidates or z[i] < p.sentence_min_z:
					break
				i = int(i)
				if i in present or (mask is not None and not mask[i]):
					continue
				rescored.append((p.sentence_weight * float(z[i]), i))
				added += 1
		return rescored, z

	def _kind_mask(self, kind: str | None):
		if kind is None:
			return None
		mask = self._kind_masks.get(kind)
		if mask is None:
			import numpy as np

			mask = self._kind_masks[kind] = np.array([k == kind for k in self.kinds], dtype=bool)
		return mask

	def _explain(
		self,
		i: int,
		score: float,
		terms: dict[str, float],
		corrections: dict[str, tuple[tuple[str, float], ...]],
		concepts: dict[str, tuple[str, float]],
		type_match: bool,
		query: Query,
		similarity: float | None = None,
		sentence: float | None = None,
	) -> Ranked:
		matched = []
		for term in terms:
			ids = self.postings[term][0]
			j = bisect_left(ids, i)
			if j < len(ids) and ids[j] == i:
				matched.append(term)
		exact = tuple(sorted(t for t in matched if not t.startswith(_DERIVED)))
		variants = sorted(
			{
				t[1:]
				for t in matched
				if t.startswith((_STEM_PREFIX, _LEMMA_PREFIX))
				and not any(stem(e) == t[1:] or lemma(e) == t[1:] for e in exact)
			}
		)
		used = tuple(
			(typo, word)
			for typo, found in corrections.items()
			for word, _s in found
			if word in exact or _STEM_PREFIX + stem(word) in matched
		)
		# a concept said in other words than the document's (the same words are "matched words")
		said_otherwise = []
		for term in matched:
			if not term.startswith(_CONCEPT_PREFIX):
				continue
			words, weight = concepts[term[1:]]
			said = set(_tokens(words))
			if said and not said <= set(exact):
				said_otherwise.append((-weight, words, self.thesaurus.label(term[1:])))
		meanings = [(words, label) for _w, words, label in sorted(said_otherwise)]
		reasons = []
		if exact:
			reasons.append("matched words: " + ", ".join(exact))
		if meanings:
			reasons.append("same meaning: " + ", ".join(f"{a} → {b}" for a, b in meanings))
		if variants:
			reasons.append("word variants: " + ", ".join(v + "…" for v in variants))
		if used:
			reasons.append("typos corrected: " + ", ".join(f"{a} → {b}" for a, b in used))
		if type_match:
			reasons.append(f"linked to request type: {query.request_type}")
		if similarity is not None and not exact and not meanings and not variants and not used:
			# found by word vectors alone: say so, with how close (cosine, in percent)
			reasons.append(f"close in meaning: {round(max(similarity, 0.0) * 100)} %")
		elif sentence is not None and sentence >= 1.0 and not (exact or meanings or variants or used):
			# found by the sentence encoder: the request as a whole reads like this document
			reasons.append("close in meaning to the request")
		return Ranked(
			name=self.names[i],
			score=round(score, 4),
			reasons=tuple(reasons),
			matched_terms=exact,
			corrections=used,
			type_match=type_match,
			kind=self.kinds[i],
			concepts=tuple(meanings),
			similarity=None if similarity is None else round(similarity, 4),
		)


def _as_scores(total) -> dict[int, float]:
	"""The documents a dense score array touched, as ``{document number: score}``."""
	import numpy as np

	touched = np.flatnonzero(total)
	return dict(zip(touched.tolist(), total[touched].tolist()))


def _groups(
	terms: dict[str, float], sources: dict[str, set[str]], said_by: dict[str, list[str]]
) -> list[list[str]]:
	"""The query terms grouped by what the citizen said: terms that come from one token (the word,
	its stem, its corrections) or from a concept and the tokens that said it form one group; terms
	that share a token (two words of one stem) join their groups."""
	parent: dict[str, str] = {}

	def find(x: str) -> str:
		parent.setdefault(x, x)
		while parent[x] != x:
			parent[x] = parent[parent[x]]
			x = parent[x]
		return x

	def union(a: str, b: str) -> None:
		ra, rb = find(a), find(b)
		if ra != rb:
			parent[rb] = ra

	for concept, words in said_by.items():
		for word in words:
			union(concept, word)
	for term in terms:
		first, *others = sources[term]
		for other in others:
			union(first, other)
	grouped: dict[str, list[str]] = {}
	for term in terms:
		grouped.setdefault(find(next(iter(sources[term]))), []).append(term)
	return list(grouped.values())


def _keyword_list(keywords: Iterable[str] | str | None) -> list[str]:
	if not keywords:
		return []
	if isinstance(keywords, str):
		return [k for k in keywords.replace(";", ",").split(",") if k.strip()]
	return [k for k in keywords if k]


def build_index(
	documents: Iterable[Document], params: RankingParams | None = None, thesaurus: Thesaurus | None = None
) -> RankingIndex:
	"""Shortcut for :meth:`RankingIndex.build`."""
	return RankingIndex.build(documents, params, thesaurus)
