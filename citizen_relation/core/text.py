"""Plain text out of what people type: French normalisation and markup stripping.

The one home of text preparation shared by duplicate detection, knowledge-base ranking and
response templates.

* ``normalise("Les lampadaires de la Rue Émile-Zola sont éteints")``
  → ``"lampadaire rue emile zola eteint"``: lower case, accents removed, punctuation and
  stop words dropped, plural forms reduced to the singular with a few French rules.
* :func:`strip_html` removes HTML tags and decodes entities; :func:`strip_markup` also drops
  ``<script>``/``<style>`` elements and Markdown markup (knowledge-base bodies). Both run in
  linear time whatever the input (a tag cannot contain another ``<``, so the regular
  expressions never backtrack over the text twice).
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

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


class _AccentFree(dict):
	"""``str.translate`` table filled on demand: each character → its NFKD decomposition without
	combining marks ("é" → "e", "ﬁ" → "fi"), "œ" → "oe", "æ" → "ae"; plain ASCII left as is.

	NFKD works character by character (its only cross-character step reorders combining marks,
	which are dropped), so translating per character gives exactly the whole-string result, at a
	fraction of the cost on long texts.
	"""

	def __missing__(self, code: int):
		decomposed = unicodedata.normalize("NFKD", chr(code))
		value = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("œ", "oe").replace("æ", "ae")
		self[code] = value
		return value


_ACCENT_FREE = _AccentFree()


def strip_accents(text: str) -> str:
	"""Remove diacritics: "Émile à l'école" → "Emile a l'ecole"."""
	if text.isascii():
		return text
	return text.translate(_ACCENT_FREE)


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


# Words with their French accents (before normalisation), for the lemmatiser; apostrophes and
# hyphens split words ("l'arbre" → "l", "arbre"; "nid-de-poule" → "nid", "de", "poule").
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

try:  # a declared dependency; the light singular rules stand in when it is missing
	import simplemma as _simplemma
except ImportError:  # pragma: no cover - exercised only on a broken install
	_simplemma = None


# Whether words can be checked against a French dictionary (simplemma's).
HAS_FRENCH_DICTIONARY = _simplemma is not None


@lru_cache(maxsize=65536)
def is_french_word(word: str) -> bool:
	"""Whether simplemma's French dictionary knows ``word`` as written: a real word is never read
	as a typo of another ("courir" is not "courrier"), a dictionary word after a street name is
	not part of it. ``False`` without simplemma (see :data:`HAS_FRENCH_DICTIONARY`)."""
	return _simplemma is not None and bool(_simplemma.is_known(word, lang="fr"))


# Function words the lemmatiser would read as nouns or verbs ("près" → "pré", "plus" → "plaire").
_NOT_LEMMATISED = frozenset(
	"""
	pres apres cote face devant derriere vers sous chez entre contre avant autour hors pendant
	plus moins tres des les ses mes tes aux dont puis jamais toujours rien personne
	""".split()
)


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
	"""Normalised French lemma of one lower-case word: "cassées" → "casse", "débordait" → "deborder".

	simplemma's French dictionary (verbs to the infinitive, nouns and adjectives to the masculine
	singular), then accents removed; unknown words (typos, names) go through :func:`singular`.
	"""
	plain = strip_accents(word)
	if plain in STOP_WORDS or plain in _NOT_LEMMATISED:
		return plain
	if _simplemma is not None and not word.isdigit():
		found = _simplemma.lemmatize(word, lang="fr")
		if found and found != word:
			return singular(strip_accents(found.lower()))
	return singular(strip_accents(word))


def lemmas(text: str | None, *, keep_stop_words: bool = False) -> list[str]:
	"""Normalised lemmas of ``text`` in order (stop words removed unless asked otherwise).

	Like :func:`tokens`, but each word is lemmatised first, so that "déborde", "débordait" and
	"débordement"'s verb share one form and feminine or plural adjectives meet their masculine.
	"""
	if not text:
		return []
	out = []
	for raw in _WORD.findall(text.lower()):
		plain = strip_accents(raw)
		if not keep_stop_words and plain in STOP_WORDS:
			continue
		word = lemma(raw)
		if not keep_stop_words and word in STOP_WORDS:
			continue
		out.append(word)
	return out


def normalise(text: str | None) -> str:
	"""Normalised text as one space-separated string (see module docstring)."""
	return " ".join(tokens(text))


# --- markup ------------------------------------------------------------------------------------

# A tag is "<" up to the next ">" with no other "<" inside: "a < b <i>c</i>" keeps "a < b".
# Linear time: a match attempt never crosses another "<", so no character is scanned twice.
HTML_TAG = re.compile(r"<[^<>]*>")
_SCRIPT_STYLE_OPEN = re.compile(r"<(script|style)\b", re.IGNORECASE)
_SCRIPT_STYLE_CLOSE = {
	"script": re.compile(r"</script\s*>", re.IGNORECASE),
	"style": re.compile(r"</style\s*>", re.IGNORECASE),
}
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*\)")
_MD_MARKUP = re.compile(r"[#*_`>|~]+")


def has_html_tag(text: str | None) -> bool:
	"""Whether ``text`` holds something that :func:`strip_html` would remove as a tag."""
	return bool(text) and HTML_TAG.search(text) is not None


def strip_html(text: str | None) -> str:
	"""``text`` without HTML tags (each replaced by a space) and with entities decoded.

	"<p>Lampadaire&nbsp;<b>éteint</b></p>" → " Lampadaire\xa0 éteint  ": spaces are not
	collapsed (callers tokenise or collapse them their own way). A "<" that opens no tag stays
	("1 < 2"). ``None`` is the empty string.
	"""
	if not text:
		return ""
	if "<" in text:
		text = HTML_TAG.sub(" ", text)
	return html.unescape(text) if "&" in text else text


def strip_markup(text: str | None) -> str:
	"""Plain text of an HTML or Markdown body: ``<script>``/``<style>`` elements, tags,
	entities, link targets and Markdown markup removed."""
	if not text:
		return ""
	text = _drop_script_style(text)
	text = strip_html(text)
	text = _MD_LINK.sub(r"\1", text)
	return _MD_MARKUP.sub(" ", text)


def _drop_script_style(text: str) -> str:
	"""Replace every ``<script ...>...</script>`` (and ``style``) element by a space.

	Same matches as ``re.sub(r"<(script|style)\\b[^>]*>.*?</\\1\\s*>", " ", text, flags=I|S)``,
	in linear time: the end of each opening tag and the closing tag are searched forward only,
	and a search that found nothing is not repeated for later openings.
	"""
	if "<" not in text:
		return text
	parts: list[str] = []
	done = 0  # text[:done] is handled
	next_gt = -2  # position of the first ">" at or after the last searched point (-1: none left)
	closing: dict[str, tuple[int, re.Match | None]] = {}  # tag → (searched from, first match)
	for opening in _SCRIPT_STYLE_OPEN.finditer(text):
		start = opening.start()
		if start < done:
			continue  # inside an element already removed
		# end of the opening tag: the first ">" after "<script" (the original [^>]*>)
		if next_gt != -1 and next_gt < opening.end():
			next_gt = text.find(">", opening.end())
		if next_gt == -1:
			break  # no ">" left: no later opening tag can end either
		body_start = next_gt + 1
		tag = opening.group(1).lower()
		searched_from, found = closing.get(tag, (-1, None))
		if searched_from == -1 or (found is not None and found.start() < body_start):
			found = _SCRIPT_STYLE_CLOSE[tag].search(text, body_start)
			closing[tag] = (body_start, found)
		if found is None:
			continue  # no closing tag after this one; the other kind may still close
		parts.append(text[done:start])
		parts.append(" ")
		done = found.end()
	if not parts:
		return text
	parts.append(text[done:])
	return "".join(parts)


# Where a sentence ends: a question mark, an exclamation mark, a full stop before a space, a line
# break (a full stop inside "3.5" or "M.Dupont" does not end one).
_SENTENCE_END = re.compile(r"([?!;]+|\.(?:\s|$)|\n+)")
# What a sentence that asks says (accents stripped, lower case): questions and requests.
_ASKING = re.compile(
	r"\b(?:comment|combien|pourquoi|quand|quel|quelle|quels|quelles|ou faut|ou puis|est ce que|est-ce que"
	r"|voudrais|voudrions|souhaite|souhaiterais|souhaitons|aimerais|aimerions|pourriez|pouvez|puis je"
	r"|peut on|peut-on|faut il|faut-il|dois je|dois-je|doit on|doit-on|besoin|demande|demander|savoir"
	r"|signaler|signale)\b"
)


# A full stop after an initial or a usual abbreviation ends no sentence ("Appel de M. Da Silva",
# "12 av. Foch", "cf. photo").
_ABBREVIATION_END = re.compile(
	r"(?:^|[\s(])(?:[A-Z]|MM|Mme|Mlle|Mr|Dr|Me|Pr|St|Ste|av|Av|bd|Bd|boul|pl|Pl|r|R|n|No|ch|imp|cf|Cf|ex|env|tél|Tél|tel|Tel)\.\s+$"
)


def split_sentences(text: str | None) -> list[str]:
	"""The sentences of ``text`` as written, each with its final punctuation (blank ones left out)."""
	parts = _SENTENCE_END.split(text or "")
	out: list[str] = []
	glued = False  # the previous sentence ended on an abbreviation: this one continues it
	for i in range(0, len(parts), 2):
		sentence = parts[i] + (parts[i + 1] if i + 1 < len(parts) else "")
		if glued and out:
			out[-1] += sentence
		elif sentence.strip():
			out.append(sentence)
		glued = bool(out) and "\n" not in sentence and bool(_ABBREVIATION_END.search(out[-1]))
	return out


def asks_something(sentence: str) -> bool:
	"""Whether a sentence asks (a question mark, "comment", "je voudrais", "pouvez-vous"…), as
	opposed to context, greetings and signature."""
	return bool(_ASKING.search(strip_accents(sentence.lower())) or sentence.rstrip().endswith("?"))


# Greetings alone on their line ("Bonjour Madame, Monsieur,") and closings ("Cordialement", "je vous
# remercie par avance", "veuillez agréer…"): they say nothing of what the message is about.
_GREETING_WORDS = frozenset(
	"bonjour bonsoir salut hello madame monsieur mesdames messieurs mme mr m cher chere chers cheres "
	"le la les maire service services mairie equipe agent agents a tous toutes".split()
)
# "Merci, Kevin", "Merci !": thanks and a name
_THANKS_AND_NAME = re.compile(r"^\W*merci\b\W*(?:\w+\W*){0,3}$")
_CLOSING = re.compile(
	r"\b(?:cordialement|cdlt|bien a vous|bien a toi|salutations|veuillez agreer|je vous prie d.agreer|"
	r"recevez|merci d.avance|merci par avance|merci beaucoup|merci pour votre|merci de votre|mille mercis|"
	r"je vous remercie|nous vous remercions|en vous remerciant|remerciements|dans l.attente|bonne journee|"
	r"bonne soiree|bonne fin de journee|a bientot|au plaisir)\b"
)
SIGNATURE_WORDS = 6  # after a closing, a short line is the signature (name, phone, address)
ASK = "ask"
CONTEXT = "context"


def _is_greeting(plain: str) -> bool:
	words = re.findall(r"[a-z]+", plain)
	return bool(words) and all(w in _GREETING_WORDS for w in words)


class Unit(NamedTuple):
	"""A sentence of a message (:func:`sentence_units`): its ``text``, its ``role`` (:data:`ASK` or
	:data:`CONTEXT`) and, for one that asks, the sentence before it (``lead``) or ``None``."""

	text: str
	role: str
	lead: str | None = None

	@property
	def read(self) -> str:
		"""The sentence with its lead, as one text."""
		return f"{self.lead} {self.text}" if self.lead else self.text


def sentence_units(text: str | None, words=tokens, *, sentences: list[str] | None = None) -> list[Unit]:
	"""What a message says, sentence by sentence: :data:`ASK` for a sentence that asks
	(:func:`asks_something`), :data:`CONTEXT` for the others.

	Greetings, closings and the signature after them are left out: they say nothing of the topic.
	A sentence that asks carries the one before it as its ``lead`` (no longer a unit of its own),
	which often says what it is about ("Le camion des déménageurs restera devant l'immeuble. Quelle
	démarche ?"; "J'ai perdu ma carte. Comment la refaire ?"). Sentences without ``words``
	(punctuation, numbers) are left out. ``sentences``: ``split_sentences(text)`` when the caller
	has it already.
	"""
	kept: list[Unit] = []
	closed = False
	for sentence in split_sentences(text) if sentences is None else sentences:
		plain = strip_accents(sentence.lower()).strip()
		if (_CLOSING.search(plain) or _THANKS_AND_NAME.match(plain)) and not sentence.rstrip().endswith("?"):
			closed = True
			continue
		if not words(sentence) or _is_greeting(plain):
			continue
		asking = asks_something(sentence)
		if closed and not asking and len(plain.split()) <= SIGNATURE_WORDS:
			continue
		lead = None
		if asking and kept and kept[-1].role == CONTEXT:
			lead = kept.pop().text
		kept.append(Unit(sentence.strip(), ASK if asking else CONTEXT, lead))
	return kept


# What an e-mail client writes as a subject when there is none, and the prefixes of replies and
# forwards: they say nothing of the request ("(sans objet)" is not about lost *objects*).
_NO_SUBJECT = re.compile(
	r"^\W*(?:sans objet|pas d.objet|aucun objet|no subject|pas de sujet|sans sujet|\(?vide\)?|objet|subject|untitled|sans titre)\W*$"
)
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|tr|fw|fwd|ref|réf|aw|wg)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def message_subject(subject: str | None) -> str | None:
	"""A request's subject as it speaks of the request: without "RE:", "TR:", "Fwd:" prefixes,
	and ``None`` for "(sans objet)", "(no subject)" and the like."""
	if not subject:
		return subject
	subject = _REPLY_PREFIX.sub("", subject)
	if _NO_SUBJECT.match(strip_accents(subject.lower())):
		return None
	return subject
