"""French text normalisation shared by duplicate detection and knowledge-base ranking.

``normalise("Les lampadaires de la Rue Émile-Zola sont éteints")``
→ ``"lampadaire rue emile zola eteint"``: lower case, accents removed, punctuation and
stop words dropped, plural forms reduced to the singular with a few French rules.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Common French function words and request boilerplate that carry no meaning for matching.
STOP_WORDS = frozenset(
	"""
	a au aux avec ce ces cet cette c ca dans de des du d elle elles en et eux il ils je j l la le les
	leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se
	ses son sur ta te tes toi ton tu un une vos votre vous y s m n t est sont ete etait etaient
	suis sommes etes a ai as avons avez ont avait avaient sera seront fait faire tres plus moins
	bien aussi depuis encore deja tout tous toute toutes cela ceci celui celle ici la-bas comme
	si car donc or ni bonjour merci madame monsieur cordialement svp sil plait
	""".split()
)

_TOKEN = re.compile(r"[a-z0-9]+")

# Irregular plurals common in municipal requests; everything else goes through the rules below.
_IRREGULAR = {
	"yeux": "oeil",
	"travaux": "travail",
	"animaux": "animal",
	"canaux": "canal",
	"journaux": "journal",
	"chevaux": "cheval",
	"signaux": "signal",
	"locaux": "local",
	"egouts": "egout",
}
# Words ending in -s/-x/-z in the singular that the plural rule must leave alone.
_INVARIABLE = frozenset(
	"""
	bus gaz pas bois prix voix croix nez fois mois corps temps poids bras dos fils
	tapis avis repas velos lycee os puits cours discours concours jus remous rebus
	""".split()
)


def strip_accents(text: str) -> str:
	"""Remove diacritics: "Émile à l'école" → "Emile a l'ecole"."""
	decomposed = unicodedata.normalize("NFKD", text)
	return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("œ", "oe").replace(
		"æ", "ae"
	)


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
	"""Reduce a normalised (lower-case, accent-free) French word to its singular form."""
	if word in _IRREGULAR:
		return _IRREGULAR[word]
	if len(word) <= 3 or word in _INVARIABLE or word.isdigit():
		return word
	if word.endswith(("eaux", "eux", "oux")):
		return word[:-1]
	if word.endswith("aux") and len(word) > 4:
		return word[:-3] + "al"
	if word.endswith("s") and not word.endswith("ss"):
		return word[:-1]
	return word


def tokens(text: str | None, *, keep_stop_words: bool = False) -> list[str]:
	"""Normalised tokens of ``text``, in order, stop words removed unless asked otherwise."""
	if not text:
		return []
	lowered = strip_accents(text.lower())
	out = []
	for raw in _TOKEN.findall(lowered):
		if not keep_stop_words and raw in STOP_WORDS:
			continue
		out.append(singular(raw))
	return out


def normalise(text: str | None) -> str:
	"""Normalised text as one space-separated string (see module docstring)."""
	return " ".join(tokens(text))
