"""Learned vocabulary of knowledge articles and templates: the words citizens use for them.

When an agent inserts an article or a template for a request (or votes it helpful), the words of
that request are added to the document's learned vocabulary, so that the next citizen who says
"petit carnet" gets the *livret de famille*. An unhelpful vote lowers them. The vocabulary is:

- **per language** (a document's French and English wordings do not mix);
- **decayed**: a word's weight halves every ``half_life_days`` without new use, so that yesterday's
  wordings count more than last year's;
- **capped**: at most ``max_words`` words per document and language, the heaviest kept, each
  at most ``max_weight``, so that one busy document cannot swamp the index.

Plain data (``to_dict``/``from_dict``), no frappe: the adapter stores it and the ranking index
(:mod:`citizen_relation.core.ranking`) reads :meth:`LearnedVocabulary.weights`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from citizen_relation.core.text import lemma, tokens

HALF_LIFE_DAYS = 180.0
MAX_WORDS = 80
MAX_WEIGHT = 5.0
MIN_WEIGHT = 0.05  # below this a word is forgotten

# Words of requests that say nothing about the topic (greetings, request boilerplate).
_NOT_LEARNT = frozenset(
	["bonjour", "bonsoir", "madame", "monsieur", "merci", "cordialement", "svp", "demande", "demander", "savoir", "voudrais", "souhaite", "souhaiterais", "comment", "quand", "pourquoi", "quel", "quelle", "quels", "quelles", "faut", "faire", "peut", "pouvoir", "vouloir", "avoir", "etre", "aller", "besoin", "question", "renseignement", "information", "informer", "possible", "aide", "aider", "mairie", "service", "hello", "slt", "bjr", "cdt", "stp", "mr", "mme"]
)


def words_of(*texts: str | None) -> list[str]:
	"""The words of a request worth learning (normalised like the index's words: "carnets" →
	"carnet"): stop words and request boilerplate dropped."""
	out: list[str] = []
	for text in texts:
		for t in tokens(text):
			if len(t) < 3 or t.isdigit() or t in _NOT_LEARNT or lemma(t) in _NOT_LEARNT:
				continue
			out.append(t)
	return out


@dataclass
class LearnedVocabulary:
	"""``{language: {word: (weight, day)}}``; ``day`` is when the weight was last set (days since 1970)."""

	entries: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)
	half_life_days: float = HALF_LIFE_DAYS
	max_words: int = MAX_WORDS
	max_weight: float = MAX_WEIGHT

	def _decayed(self, weight: float, since: float, today: float) -> float:
		age = max(0.0, today - since)
		return weight * 0.5 ** (age / self.half_life_days)

	def weights(self, language: str, today: float) -> dict[str, float]:
		"""Current (decayed) weight of each word of ``language``."""
		out = {}
		for word, (weight, day) in self.entries.get(language, {}).items():
			w = self._decayed(weight, day, today)
			if w >= MIN_WEIGHT:
				out[word] = round(w, 4)
		return out

	def learn(self, words: Iterable[str], language: str, today: float, amount: float = 1.0) -> None:
		"""Add ``amount`` to each word (once per word), or remove it when negative; then cap."""
		table = self.entries.setdefault(language, {})
		for word in dict.fromkeys(words):
			weight, day = table.get(word, (0.0, today))
			value = self._decayed(weight, day, today) + amount
			if value < MIN_WEIGHT:
				table.pop(word, None)
			else:
				table[word] = (min(self.max_weight, round(value, 4)), today)
		if len(table) > self.max_words:
			kept = sorted(table.items(), key=lambda kv: -self._decayed(kv[1][0], kv[1][1], today))[: self.max_words]
			self.entries[language] = dict(kept)
		if not self.entries[language]:
			del self.entries[language]

	def to_dict(self) -> dict:
		return {lang: {w: [round(v, 4), round(d, 3)] for w, (v, d) in table.items()} for lang, table in self.entries.items()}

	@classmethod
	def from_dict(cls, data: Mapping | None) -> LearnedVocabulary:
		entries: dict[str, dict[str, tuple[float, float]]] = {}
		for lang, table in dict(data or {}).items():
			if not isinstance(table, Mapping):
				continue
			clean = {}
			for word, value in table.items():
				try:
					weight, day = float(value[0]), float(value[1])
				except (TypeError, ValueError, IndexError):
					continue
				clean[str(word)] = (weight, day)
			if clean:
				entries[str(lang)] = clean
		return cls(entries)
