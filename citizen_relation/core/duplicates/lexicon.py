"""The text component of duplicate detection: what a report says is wrong, not where.

:func:`match_text` strips HTML, French-normalises (:mod:`citizen_relation.core.text`), maps a
small lexicon of municipal synonyms to one concept word ("réverbère" / "éclairage public" →
"lampadaire", "trou dans la chaussée" → "nid de poule"...) and drops location words;
:func:`text_similarity` compares two such texts with rapidfuzz.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from citizen_relation.core.text import strip_html, tokens

# Chosen by measuring on tests/data/duplicate_pairs.json: with the gates and the lexicon,
# token_set_ratio separated duplicates best (then partial_token_set_ratio, token_sort_ratio, WRatio,
# ratio); partial_token_set_ratio scores 100 as soon as one word is shared, too coarse.
TEXT_SCORER = fuzz.token_set_ratio

# Bump when the lexicon or match_text() change, so that stored normalised texts get recomputed.
MATCH_TEXT_VERSION = 2

# Municipal vocabulary: each phrase (normalised like any text) is replaced by its concept word.
# Keep it general: it is the vocabulary of any French town's requests, not of one data set.
# Negations are stop words, so "ne marche plus" reads "marche": hence "marche" → "panne".
# Location words (see _LOCATION_WORDS, e.g. "route") are dropped before this mapping.
SYNONYMS: dict[str, tuple[str, ...]] = {
	"lampadaire": (
		"lampadaire",
		"réverbère",
		"candélabre",
		"luminaire",
		"éclairage public",
		"éclairage urbain",
		"éclairage",
		"lumière",
		"lampe",
		"ampoule",
		"lampadère",
		"lampadair",
		"mât d'éclairage",
		"point lumineux",
		"lanterne",
		"poteau d'éclairage",
		"foyer lumineux",
		"lampadaire solaire",
	),
	"nidpoule": (
		"nid de poule",
		"trou dans la chaussée",
		"trou",
		"ornière",
		"cratère",
		"fondrière",
		"trou béant",
		"gros trou",
		"trou dans le bitume",
		"trou dans le goudron",
		"trou dans l'enrobé",
	),
	"chaussee": (
		"chaussée",
		"voirie",
		"bitume",
		"enrobé",
		"goudron",
		"asphalte",
		"macadam",
		"revêtement de la chaussée",
	),
	"depotsauvage": (
		"dépôt sauvage",
		"dépôt d'ordures",
		"dépôt de déchets",
		"encombrants",
		"décharge sauvage",
		"gravats",
		"dépôt illégal",
		"dépôt illicite",
		"dépôt d'encombrants",
		"déchets abandonnés",
		"déchets sauvages",
		"monstres",
		"meubles abandonnés",
		"matelas abandonné",
		"tas d'ordures",
		"déchets de chantier",
	),
	"dechet": (
		"déchets",
		"ordures",
		"détritus",
		"immondices",
		"saletés",
		"papiers gras",
		"canettes",
		"mégots",
		"emballages",
		"sacs poubelle",
		"cochonneries",
		"crasses",
	),
	"poubelle": (
		"poubelle",
		"corbeille",
		"bac à ordures",
		"conteneur",
		"container",
		"poubel",
		"poubele",
		"containeur",
		"bac roulant",
		"bac jaune",
		"bac gris",
		"bac vert",
		"bac marron",
		"bac à déchets",
		"corbeille à papiers",
		"poubelle publique",
	),
	"tag": (
		"tag",
		"graffiti",
		"graff",
		"inscription",
		"tagué",
		"taggé",
		"graffé",
		"graffité",
		"grafitti",
		"graffitti",
		"grafiti",
		"bombage",
		"affichage sauvage",
	),
	"avaloir": (
		"avaloir",
		"bouche d'égout",
		"grille d'égout",
		"caniveau bouché",
		"grille",
		"bouche d'engouffrement",
		"grille avaloir",
		"caniveau",
		"égout",
		"puisard",
		"grille de caniveau",
	),
	"tampon": (
		"tampon",
		"plaque d'égout",
		"regard",
		"plaque de regard",
		"couvercle de regard",
		"trappe de visite",
		"plaque en fonte",
		"tampon d'assainissement",
	),
	"feutricolore": (
		"feu tricolore",
		"feu rouge",
		"feux rouges",
		"feu de signalisation",
		"feu de circulation",
		"feu piéton",
		"feu orange",
		"feu vert",
		"bonhomme vert",
		"signal tricolore",
		"signalisation lumineuse",
		"feu tricolor",
	),
	"borneincendie": (
		"bouche à incendie",
		"borne incendie",
		"borne à incendie",
		"poteau incendie",
		"hydrant",
	),
	"vehiculeabandonne": (
		"voiture ventouse",
		"véhicule ventouse",
		"véhicule abandonné",
		"voiture abandonnée",
		"épave",
		"carcasse de voiture",
		"véhicule épave",
		"voiture épave",
		"épave de voiture",
		"véhicule hors d'usage",
		"vhu",
		"voiture brûlée",
		"voiture calcinée",
		"véhicule calciné",
	),
	"vehicule": (
		"voiture",
		"véhicule",
		"automobile",
		"camionnette",
		"utilitaire",
		"fourgon",
		"camion",
		"bagnole",
	),
	"dejection": (
		"crotte de chien",
		"crottes",
		"déjection canine",
		"déjection",
		"caca",
		"excrément",
		"fiente",
		"urine",
		"pipi",
	),
	"abribus": (
		"abribus",
		"abri bus",
		"abri de bus",
		"aubette",
		"abri voyageur",
		"abri de tram",
	),
	"arbre": (
		"arbre",
		"platane",
		"tilleul",
		"marronnier",
		"peuplier",
		"érable",
		"chêne",
		"acacia",
		"bouleau",
		"frêne",
		"saule",
		"cèdre",
		"micocoulier",
		"sophora",
		"robinier",
		"palmier",
		"magnolia",
		"cerisier",
		"arbre d'alignement",
	),
	"vegetation": (
		"herbes hautes",
		"mauvaises herbes",
		"ronces",
		"broussailles",
		"végétation",
		"haie",
		"herbes folles",
		"orties",
		"chiendent",
		"ambroisie",
		"friche",
	),
	"panne": (
		"panne",
		"hs",
		"hors service",
		"défectueux",
		"défaillant",
		"éteint",
		"fonctionne",
		"marche",
		"allume",
		"clignote",
		"clignotant",
		"grésille",
		"en rade",
		"déconne",
		"dysfonctionnement",
		"hors d'usage",
		"inopérant",
		"en dérangement",
		"disjoncté",
	),
	"casse": (
		"cassé",
		"brisé",
		"abîmé",
		"endommagé",
		"détruit",
		"arraché",
		"tordu",
		"plié",
		"vandalisé",
		"dégradé",
		"défoncé",
		"descellé",
		"fendu",
		"fissuré",
		"détérioré",
		"pété",
		"explosé",
		"renversé",
		"brûlé",
	),
	"inondation": (
		"inondation",
		"inondé",
		"flaque",
		"eau stagnante",
		"mare",
		"flaque d'eau",
	),
	"fuite": (
		"fuite d'eau",
		"fuite",
		"fuit",
		"fuite de canalisation",
	),
	"colonnetri": (
		"colonne à verre",
		"colonne de tri",
		"borne à verre",
		"borne de tri",
		"borne d'apport",
		"point d'apport volontaire",
		"conteneur à verre",
		"container à verre",
		"silo à verre",
		"colonne enterrée",
		"conteneur enterré",
		"récup verre",
		"molok",
		"igloo à verre",
	),
	"deborde": (
		"déborde",
		"déborder",
		"débordant",
		"débordement",
		"débordent",
		"pleine à craquer",
		"plein à craquer",
		"trop plein",
	),
	"bouche": (
		"bouché",
		"obstrué",
		"engorgé",
		"colmaté",
	),
	"tombe": (
		"tombé",
		"chute",
		"couché",
		"déraciné",
	),
	"penche": (
		"penché",
		"incliné",
	),
	"bruit": (
		"bruit",
		"bruyant",
		"tapage",
		"tapage nocturne",
		"vacarme",
		"boucan",
		"raffut",
		"barouf",
		"tintamarre",
		"nuisance sonore",
	),
	"sale": (
		"sale",
		"crasseux",
		"dégueulasse",
		"dégueu",
		"crade",
		"insalubre",
		"puant",
		"puanteur",
		"odeur",
		"mauvaise odeur",
		"nauséabond",
		"malodorant",
	),
	"jeu": (
		"aire de jeux",
		"jeux pour enfants",
		"structure de jeu",
	),
	"banc": (
		"banc public",
		"banquette",
	),
	"potelet": (
		"potelet",
		"plot",
		"borne anti-stationnement",
		"poteau anti-stationnement",
	),
	"horodateur": (
		"horodateur",
		"parcmètre",
		"parcomètre",
	),
	"toilettes": (
		"sanisette",
		"toilettes publiques",
		"wc publics",
		"urinoir",
		"vespasienne",
	),
	"panneau": (
		"panneau de signalisation",
		"pancarte",
		"panonceau",
	),
	"marquage": (
		"marquage au sol",
		"peinture au sol",
		"bande blanche",
		"ligne blanche",
		"zébra",
		"marquage routier",
	),
	"camera": (
		"caméra de surveillance",
		"vidéosurveillance",
		"vidéoprotection",
	),
	"signaler": ("signaler", "signale", "signalement", "problème", "urgent", "devant", "niveau", "endroit"),
}
# Concepts that carry no meaning for matching, dropped after mapping.
_DROPPED_CONCEPTS = frozenset({"signaler"})
# Where-words: the location is compared by the distance or address component, not by the text.
_LOCATION_WORDS = frozenset(
	{
		"rue",
		"avenue",
		"boulevard",
		"place",
		"quai",
		"cours",
		"impasse",
		"allee",
		"chemin",
		"route",
		"montee",
		"passage",
		"esplanade",
		"promenade",
		"faubourg",
		"angle",
		"coin",
		"carrefour",
		"croisement",
		"intersection",
		"face",
		"pres",
		"cote",
		"hauteur",
		"entre",
		"numero",
		"no",
	}
)


def _feminine_to_masculine(word: str) -> str:
	# "cassee" → "casse", "abandonnee" → "abandonne": past participles used as adjectives.
	if len(word) > 4 and word.endswith("ee"):
		return word[:-1]
	return word


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
	return tuple(_feminine_to_masculine(t) for t in tokens(phrase))


def _build_lexicon() -> tuple[dict[tuple[str, ...], str], int]:
	lexicon: dict[tuple[str, ...], str] = {}
	for concept, phrases in SYNONYMS.items():
		for phrase in phrases:
			key = _phrase_tokens(phrase)
			if key:
				lexicon.setdefault(key, concept)
	return lexicon, max(len(k) for k in lexicon)


_LEXICON, _LONGEST_PHRASE = _build_lexicon()


@lru_cache(maxsize=16384)
def match_text(*parts: str | None, address: str | None = None) -> str:
	"""Text compared by the text component: what the report says is wrong, not where.

	HTML is stripped, the text French-normalised, municipal synonyms mapped to one word, and
	location words dropped (numbers, street types, the words of the report's own ``address``),
	since the location is scored by the distance or address component.
	``match_text(subject, description, address=address)``; store it (with
	:data:`MATCH_TEXT_VERSION`) to pass ``Report.normalised_text`` later.
	"""
	raw = " ".join(p for p in parts if p)
	raw = strip_html(raw)
	where = _LOCATION_WORDS.union(tokens(address.replace("-", " "))) if address else _LOCATION_WORDS
	words = [
		_feminine_to_masculine(t) for t in tokens(raw.replace("-", " ")) if t not in where and not t.isdigit()
	]
	out: list[str] = []
	i = 0
	while i < len(words):
		for size in range(min(_LONGEST_PHRASE, len(words) - i), 0, -1):
			concept = _LEXICON.get(tuple(words[i : i + size]))
			if concept is not None:
				if concept not in _DROPPED_CONCEPTS:
					out.append(concept)
				i += size
				break
		else:
			out.append(words[i])
			i += 1
	return " ".join(out)


def text_similarity(a: str, b: str) -> float:
	"""Similarity in [0, 100] of two :func:`match_text` values (0 if either is empty)."""
	if not a or not b:
		return 0.0
	return float(TEXT_SCORER(a, b))
