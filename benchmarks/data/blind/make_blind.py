"""Build the blind evaluation sets kb_blind.json and duplicate_blind.json (deterministic).

    python3 benchmarks/data/blind/make_blind.py

Texts: blind_kb_texts.py and blind_dup_texts.py (hand-written). Places: the gazetteer of
benchmarks/data/lyon_gazetteer.py (street axes); distances checked with the haversine
below. Nothing of the app is imported.
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import blind_dup_texts as T
import lyon_gazetteer as G
from blind_kb_texts import TYPES, Q

SEED = 20251129
ARTICLES_FILE = HERE.parent / "kb_eval_articles.json"

# the seeded types' categories, as the app stores them (one copy, shared with the other sets)
from kb_content import CATEGORY_OF_TYPE as TYPE_CATEGORY


def haversine(lat1, lon1, lat2, lon2) -> float:
	r = 6_371_008.8
	p1, p2 = math.radians(lat1), math.radians(lat2)
	dp, dl = p2 - p1, math.radians(lon2 - lon1)
	h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
	return 2 * r * math.asin(math.sqrt(h))


def strip_accents(s: str) -> str:
	return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ==================================================================================================
# Knowledge questions
# ==================================================================================================

STOP = {"le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "ou", "a", "au", "aux", "en", "dans", "sur", "sous", "pour", "par", "avec", "sans", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "m", "te", "t", "se", "s", "lui", "y", "ne", "n", "pas", "plus", "que", "qu", "qui", "quoi", "quel", "quelle", "quels", "quelles", "est", "sont", "suis", "es", "ai", "as", "avons", "avez", "ont", "etre", "avoir", "fait", "faire", "faut", "peut", "peux", "pouvez", "puis", "comment", "quand", "depuis", "tres", "tout", "tous", "toute", "toutes", "ca", "cela", "c", "ici", "si", "oui", "non", "bien", "mais", "donc", "car", "chez", "moi", "toi", "eux", "celle", "celui", "ceux", "bonjour", "merci", "svp", "cordialement", "madame", "monsieur", "apres", "avant", "encore", "deja", "aussi", "alors", "comme", "dont", "ete", "etait", "sera", "the", "and", "of"}
SUFFIXES = sorted(
	["issements", "issement", "ements", "ement", "ations", "ation", "ateurs", "ateur", "atrices", "atrice", "euses", "euse", "eurs", "eur", "ites", "ite", "ances", "ance", "ences", "ence", "ables", "able", "iques", "ique", "ismes", "isme", "istes", "iste", "ives", "ive", "ifs", "if", "ees", "ee", "es", "er", "ez", "e", "s", "ants", "ant", "eries", "erie", "x"],
	key=len,
	reverse=True,
)


def words(text: str) -> list[str]:
	return re.findall(r"[a-z0-9]+", strip_accents(text.lower()))


def stem(w: str) -> str:
	for suf in SUFFIXES:
		if w.endswith(suf) and len(w) - len(suf) >= 3:
			w = w[: -len(suf)]
			break
	return w[:5]


def stems(text: str) -> set[str]:
	return {stem(w) for w in words(text) if w not in STOP and len(w) > 2}


def build_kb(rng: random.Random) -> dict:
	articles = json.loads(ARTICLES_FILE.read_text(encoding="utf-8"))["articles"]
	by_name = {a["name"]: a for a in articles}
	title_kw = {a["name"]: stems(a["title"] + " " + " ".join(a["keywords"])) for a in articles}
	body = {a["name"]: stems(re.sub(r"<[^>]+>", " ", a["body"])) for a in articles}
	questions = []
	for i, (art, code, subject, desc, tags, also) in enumerate(Q, 1):
		assert art in by_name, art
		rtype = TYPES[code] if code else None
		expected = [art, *(also or [])]
		for e in expected:
			assert e in by_name, e
		manual = tags.split()
		cases = []
		qs = stems(subject + " " + desc)
		if not qs & title_kw[art]:
			cases.append("no_shared_word")
			if not qs & body[art]:
				cases.append("no_shared_word_even_body")
		if "sib" in manual:
			cases.append("sibling")
		if len(expected) > 1:
			cases.append("two_acceptable")
		category = TYPE_CATEGORY[rtype] if rtype else None
		if category:
			cat = stems(category)
			if any(cat & title_kw[a["name"]] for a in articles if a["name"] not in expected):
				cases.append("category_confusion")
		if rtype and rtype not in by_name[art]["request_types"]:
			cases.append("type_not_linked")
		nwords = len(re.findall(r"\w+", desc))
		if nwords <= 7:
			cases.append("very_short")
		if nwords >= 22:
			cases.append("long")
		if "sms" in manual:
			cases.append("sms")
		if "noacc" in manual:
			cases.append("noised_no_accents")
		if "typo" in manual:
			cases.append("noised_typos")
		questions.append(
			{
				"id": f"QB{i:04d}",
				"split": "blind",
				"subject": subject,
				"description": desc,
				"request_type": rtype,
				"category": category,
				"expected": expected,
				"cases": cases,
			}
		)
	rng.shuffle(questions)
	for i, q in enumerate(questions, 1):
		q["id"] = f"QB{i:04d}"
	descriptions = {
		"no_shared_word": "No word stem in common with the expected article's title and keywords (computed with a crude French stemmer of make_blind.py: accents removed, suffixes cut, first 5 letters).",
		"no_shared_word_even_body": "Not even with its body (same stemmer).",
		"sibling": "Another article (often of the same request type) looks closer than the expected, more specific one (hand-marked).",
		"two_acceptable": "Two articles are acceptable.",
		"category_confusion": "The English category the app passes shares a stem with another article's title or keywords.",
		"type_not_linked": "The request type given is not linked to the expected article (catch-all 'Demande d'information', 'Demande à qualifier' of e-mails, 'Réclamation', another technical type).",
		"very_short": "Description of seven words or fewer.",
		"long": "Description of 22 words or more (rambling e-mails among them).",
		"sms": "SMS / chat abbreviations (typed that way, not generated).",
		"noised_no_accents": "Accents missing (typed that way, not generated).",
		"noised_typos": "Typos (typed that way, not generated).",
	}
	counts = {k: sum(k in q["cases"] for q in questions) for k in descriptions}
	return {
		"description": (
			"Blind knowledge-suggestion set for citizen_relation: citizen questions written without reading the app's "
			"ranking code, vocabularies or the existing question lists (blind_kb_texts.py), over the 78 articles of "
			"benchmarks/data/kb_eval_articles.json. Same record format as kb_eval.json; split 'blind' on every record. "
			"request_type: the seeded type the citizen or the agent chose (null for about half); category: that type's "
			"category as the app fills it. Noise (typos, missing accents, SMS) is hand-typed, tagged by hand; "
			"no_shared_word, very_short, long, type_not_linked, category_confusion are computed by make_blind.py."
		),
		"label_rule": (
			"expected[0] is the article whose title answers the question; a second name is given only when another "
			"article answers it as well. A general article that merely mentions the topic is not acceptable when a "
			"specific one exists (sibling case)."
		),
		"articles_file": "kb_eval_articles.json",
		"seed": SEED,
		"cases": {k: {"count": counts[k], "description": d} for k, d in descriptions.items()},
		"totals": {
			"questions": len(questions),
			"articles": len(articles),
			"articles_with_questions": len({q["expected"][0] for q in questions}),
			"with_request_type": sum(q["request_type"] is not None for q in questions),
			"blind": len(questions),
		},
		"questions": questions,
	}


# ==================================================================================================
# Duplicate pairs
# ==================================================================================================

STREETS = list(G.STREETS)
SQUARES = list(G.SQUARES_)
CROSSINGS = {s.name: G.crossing_streets(s) for s in STREETS}

ABBR = [
	("rue ", "r. "), ("avenue ", "av. "), ("boulevard ", "bd "), ("place ", "pl. "), ("cours ", "crs "),
	("quai ", "qu. "), ("montée ", "mtée "), ("Grande Rue ", "Gde Rue "), ("route ", "rte "),
]


def arr(postcode: str) -> str:
	n = int(postcode[-2:])
	return "1er" if n == 1 else f"{n}e"


class Spot:
	"""A place on a street (s metres along, side) or on a square (angle, fraction)."""

	def __init__(self, place, s: float, side: int):
		self.place, self.s, self.side = place, s, side

	@property
	def is_square(self):
		return self.place.is_square

	def latlon(self):
		if self.is_square:
			return self.place.point(self.s, self.side / 10)
		return self.place.point(self.s, self.side)

	def number(self):
		if self.is_square:
			return self.place.number(self.s)
		return self.place.number(self.s, self.side)


def random_spot(rng, where="street", min_len=0):
	if where == "square" or (where == "both" and rng.random() < 0.3):
		sq = rng.choice(SQUARES)
		return Spot(sq, rng.uniform(0, 360), rng.randint(2, 8))  # side = fraction*10
	st = rng.choice([s for s in STREETS if s.length >= min_len])
	return Spot(st, rng.uniform(20, st.length - 20), rng.choice((-1, 1)))


def near_spot(rng, spot: Spot, max_m=15.0) -> Spot:
	"""The same object seen from a few metres (same side for a street)."""
	if spot.is_square:
		return Spot(spot.place, (spot.s + rng.uniform(-8, 8)) % 360, max(1, min(9, spot.side + rng.choice((-1, 0, 1)))))
	s = min(max(spot.s + rng.uniform(-max_m, max_m), 5), spot.place.length - 5)
	return Spot(spot.place, s, spot.side)


def jitter(rng, lat, lon, max_m):
	d, b = rng.uniform(0, max_m), rng.uniform(0, 360)
	return G.move(lat, lon, d, b)


def typo_name(rng, name):
	words_ = name.split(" ")
	idx = [i for i, w in enumerate(words_) if len(w) > 4]
	if not idx:
		return strip_accents(name).lower()
	i = rng.choice(idx)
	w = words_[i]
	j = rng.randrange(1, len(w) - 2)
	op = rng.random()
	if op < 0.4:
		w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
	elif op < 0.7:
		w = w[:j] + w[j + 1 :]
	else:
		w = w[:j] + w[j] + w[j:]
	words_[i] = w
	out = " ".join(words_)
	return strip_accents(out) if rng.random() < 0.5 else out


def abbreviate(name):
	for full, short in ABBR:
		if name.startswith((full, full.capitalize())):
			return short + name[len(full) :]
	return name


def format_address(rng, spot: Spot, typed: bool) -> str:
	"""A reverse-geocoded address (typed=False) or one typed by a citizen or an agent."""
	p = spot.place
	n = spot.number()
	name, pc = p.name, p.postcode
	if not typed:
		if spot.is_square:
			return f"{n} {name}, {pc} Lyon" if rng.random() < 0.5 else f"{name}, {pc} Lyon"
		return f"{n} {name}, {pc} Lyon"
	r = rng.random()
	if spot.is_square:
		forms = [
			f"{name}, Lyon {arr(pc)}", f"{abbreviate(name)} {pc}", f"{n} {name}", f"{name.lower()} lyon",
			f"{typo_name(rng, name)}, {pc} Lyon", f"{name} côté n°{n}",
		]
		return rng.choice(forms)
	cross = [c for c in CROSSINGS[p.name] if abs(c[1] - spot.s) < 30]
	if cross and r < 0.5:
		other = cross[0][0].name
		return rng.choice([f"angle {name} / {other}", f"angle {abbreviate(name)} et {abbreviate(other)}", f"{name} x {other.lower()}"])
	forms = [
		f"{n} {name}, {pc} Lyon",
		f"{n}, {name.lower()}, {pc}",
		f"{n} {abbreviate(name)}, Lyon {arr(pc)}",
		f"{name}, Lyon",
		f"face au {n} {name}",
		f"n°{n} {name}",
		f"{n} {typo_name(rng, name)}, Lyon",
		f"{n} {strip_accents(name).upper()} {pc} LYON",
		f"{abbreviate(name)} (vers le {n})",
		f"{n}{rng.choice(['', ' bis'])} {name} {pc}",
	]
	return rng.choice(forms)


CHANNELS = {
	"a": [("Mobile App / API", 0.85), ("Social Media", 0.15)],
	"w": [("Web Portal", 1.0)],
	"p": [("Phone", 0.8), ("Counter", 0.2)],
	"m": [("E-mail", 0.9), ("Postal Mail", 0.1)],
}


def pick_channel(rng, style):
	r, acc = rng.random(), 0.0
	for ch, w in CHANNELS[style]:
		acc += w
		if r <= acc:
			return ch
	return CHANNELS[style][-1][0]


def vary(rng, style, text):
	"""Light variation of short app texts (how people type on a phone)."""
	if style == "a":
		r = rng.random()
		if r < 0.2:
			text = strip_accents(text)
		elif r < 0.35:
			text = text.lower()
		elif r < 0.42:
			text = text + rng.choice([" svp", " merci", " !!", " (photo)", " merci d'avance"])
	return text


ELISIONS = [
	(r"\bdu Le ", "du "), (r"\bau Le ", "au "), (r"\ble Le ", "le "),
	(r"\bdu La ", "de La "), (r"\bau La ", "à La "), (r"\ble La ", "La "),
	(r"\bdu L'", "de L'"), (r"\bau L'", "à L'"), (r"\ble L'", "L'"),
]


class Builder:
	def __init__(self, rng):
		self.rng = rng
		self.n = 0
		self.used: dict[tuple, int] = {}
		self.pairs: list[dict] = []
		self.clusters: dict[str, int] = {}

	# ---------------------------------------------------------------- texts
	def text(self, kind, styles=None, exclude=()):
		pool = [t for t in T.KINDS[kind][3] if (styles is None or t[0] in styles) and t not in exclude]
		if not pool:
			pool = [t for t in T.KINDS[kind][3] if t not in exclude]
		low = min(self.used.get(t, 0) for t in pool)
		t = self.rng.choice([t for t in pool if self.used.get(t, 0) == low])
		self.used[t] = self.used.get(t, 0) + 1
		return t

	# ---------------------------------------------------------------- reports
	def report(self, style, rtype, subject, desc, spot: Spot | None, when, loc="auto", fill=None, channel=None):
		rng = self.rng
		channel = channel or pick_channel(rng, style)
		if channel == "Counter" and re.search(r"Appel|appelle|Tél\.|Rappel|Chauffeur", desc):
			channel = "Phone"
		if fill:
			subject, desc = subject.format(**fill), desc.format(**fill)
			for wrong, right in ELISIONS:
				desc = re.sub(wrong, right, desc, flags=re.IGNORECASE)
			if desc and desc[0].islower() and style != "a":
				desc = desc[0].upper() + desc[1:]
		desc = vary(rng, style, desc)
		lat = lon = address = None
		if loc == "auto":
			loc = {
				"Mobile App / API": "coords+rev" if rng.random() < 0.6 else "coords",
				"Social Media": "coords" if rng.random() < 0.6 else "text",
				"Web Portal": "coords+rev" if rng.random() < 0.85 else "typed",
				"Phone": "typed",
				"Counter": "typed",
				"E-mail": "typed",
				"Postal Mail": "typed",
			}[channel]
		if spot is not None:
			if loc in ("coords", "coords+rev"):
				plat, plon = spot.latlon()
				lat, lon = jitter(rng, plat, plon, 18 if channel != "Web Portal" else 8)
				lat, lon = round(lat, 6), round(lon, 6)
				if loc == "coords+rev":
					address = format_address(rng, spot, typed=False)
			elif loc == "typed":
				address = format_address(rng, spot, typed=True)
			elif loc == "rev":
				address = format_address(rng, spot, typed=False)
			elif loc == "text":
				frame = rng.choice(T.LOCATION_FRAMES)
				desc = desc.rstrip() + " " + frame.format(n=spot.number(), street=spot.place.name, arr=f"Lyon {arr(spot.place.postcode)}")
		self.n += 1
		return {
			"name": f"RB-{self.n:05d}",
			"request_type": rtype,
			"category": TYPE_CATEGORY[rtype],
			"subject": subject,
			"description": desc,
			"lat": lat,
			"lon": lon,
			"address": address,
			"received_on": when.strftime("%Y-%m-%dT%H:%M"),
			"channel": channel,
		}

	def when(self, night=False):
		rng = self.rng
		d = datetime(2024, 1, 8) + timedelta(days=rng.uniform(0, 620))
		if night:
			h = rng.choice([22, 23, 0, 1, 2])
		else:
			h = rng.choice(list(range(7, 21)))
		return d.replace(hour=h, minute=rng.randrange(60), second=0, microsecond=0)

	def add(self, case, dup, a, b):
		ta, tb = datetime.fromisoformat(a["received_on"]), datetime.fromisoformat(b["received_on"])
		assert tb >= ta, (case, ta, tb)
		dist = None
		if a["lat"] is not None and b["lat"] is not None:
			dist = round(haversine(a["lat"], a["lon"], b["lat"], b["lon"]), 1)
		self.clusters[case] = self.clusters.get(case, 0) + 1
		self.pairs.append(
			{
				"id": None,
				"split": "blind",
				"cluster": f"{case}-{self.clusters[case]:03d}",
				"case": case,
				"duplicate": dup,
				"distance_m": dist,
				"days_apart": round((tb - ta).total_seconds() / 86400, 3),
				"same_request_type": a["request_type"] == b["request_type"],
				"a": a,
				"b": b,
			}
		)
		return self.pairs[-1]


# location of the reports of the duplicates whose case is not about the location
LOC = {"a": "coords+rev", "w": "coords+rev", "p": "typed", "m": "typed"}
NOISE_KINDS = ("noise_bar", "noise_site", "noise_flat")
OBJECT_KINDS = [k for k in T.KINDS if k not in NOISE_KINDS]
MAIN_KINDS = [k for k in OBJECT_KINDS if len(T.KINDS[k][3]) >= 5]


# kinds whose incidents an agent could confuse when they sit side by side
FAMILY = {
	"dump_furniture": "waste", "dump_bags": "waste", "dump_rubble": "waste", "bins_missed": "waste",
	"glass_full": "waste", "street_bin": "waste", "drain": "water", "leak": "water", "pothole": "road",
	"roots": "road", "lamp_out": "light", "lamp_blink": "light", "traffic_light": "signal", "ped_light": "signal",
	"sign": "signal", "branch_down": "tree", "branch_hang": "tree",
}
# a car on the pavement is a new incident each day: not used for duplicates
DUP_KINDS = [k for k in MAIN_KINDS if k != "car_pavement"]


def pick_kind(rng, kinds=None):
	kinds = kinds or MAIN_KINDS
	return rng.choices(kinds, weights=[len(T.KINDS[k][3]) for k in kinds])[0]


def noise_fill(rng, kind, used_names):
	if kind == "noise_bar":
		pool, key = T.BARS, "bar"
	elif kind == "noise_site":
		pool, key = T.SITES, "site"
	else:
		pool, key = T.FLATS, "flat"
	free = [x for x in pool if x not in used_names] or pool
	name = rng.choice(free)
	used_names.add(name)
	return key, name


def name_variant(rng, name):
	r = rng.random()
	if r < 0.2:
		return name.lower()
	if r < 0.3 and name.startswith("bar "):
		return name[4:]
	return name


def build_dup(rng: random.Random) -> dict:
	B = Builder(rng)
	H = timedelta(hours=1)
	D = timedelta(days=1)
	used_names: set[str] = set()

	def styles_pair(kind, first=None, second=None):
		ta = B.text(kind, first)
		tb = B.text(kind, second, exclude=(ta,))
		return ta, tb

	# ------------------------------------------------------------------ duplicates
	for _ in range(15):  # dup_same_wording
		kind = pick_kind(rng, DUP_KINDS)
		rtype, _alt, where, _ = T.KINDS[kind]
		spot = random_spot(rng, where)
		ta, tb = styles_pair(kind, "aw", "aw")
		t0 = B.when()
		a = B.report(ta[0], rtype, ta[1], ta[2], spot, t0, loc="coords+rev")
		b = B.report(tb[0], rtype, tb[1], tb[2], near_spot(rng, spot), t0 + D * rng.uniform(0.03, 5), loc=rng.choice(["coords", "coords+rev"]))
		B.add("dup_same_wording", True, a, b)

	for _ in range(39):  # dup_paraphrase
		kind = pick_kind(rng, DUP_KINDS)
		rtype, _alt, where, _ = T.KINDS[kind]
		spot = random_spot(rng, where)
		short_first = rng.random() < 0.5
		ta, tb = styles_pair(kind, "aw" if short_first else "pm", "pm" if short_first else "aw")
		t0 = B.when()
		a = B.report(ta[0], rtype, ta[1], ta[2], spot, t0, loc="coords+rev" if ta[0] in "aw" else "typed")
		b = B.report(tb[0], rtype, tb[1], tb[2], near_spot(rng, spot), t0 + D * rng.uniform(0.05, 9), loc="coords+rev" if tb[0] in "aw" else "typed")
		B.add("dup_paraphrase", True, a, b)

	for _ in range(21):  # dup_cross_type
		kind = pick_kind(rng, DUP_KINDS)
		rtype, alt, where, _ = T.KINDS[kind]
		spot = random_spot(rng, where)
		ta, tb = styles_pair(kind, None, None)
		other = "Demande à qualifier" if tb[0] == "m" and rng.random() < 0.6 else rng.choice(alt)
		if rng.random() < 0.5:
			types = (rtype, other)
		else:
			types = (other, rtype)
		t0 = B.when()
		a = B.report(ta[0], types[0], ta[1], ta[2], spot, t0, loc="coords+rev" if ta[0] in "aw" else "typed")
		b = B.report(tb[0], types[1], tb[1], tb[2], near_spot(rng, spot), t0 + D * rng.uniform(0.05, 8), loc="coords+rev" if tb[0] in "aw" else "typed")
		assert a["request_type"] != b["request_type"]
		B.add("dup_cross_type", True, a, b)

	for i in range(22):  # dup_coords_vs_address
		kind = pick_kind(rng, DUP_KINDS)
		rtype, alt, where, _ = T.KINDS[kind]
		spot = random_spot(rng, where)
		if not spot.is_square and rng.random() < 0.35:  # put the incident at a crossing
			st = rng.choice([s for s in STREETS if CROSSINGS[s.name]])
			c = rng.choice(CROSSINGS[st.name])
			spot = Spot(st, c[1] + rng.uniform(-12, 12), rng.choice((-1, 1)))
		coords_first = i % 2 == 0
		ta, tb = styles_pair(kind, "a" if coords_first else "pm", "pm" if coords_first else "a")
		t0 = B.when()
		a = B.report(ta[0], rtype, ta[1], ta[2], spot, t0, loc="coords" if coords_first else "typed", channel="Mobile App / API" if coords_first else None)
		b = B.report(tb[0], rtype, tb[1], tb[2], near_spot(rng, spot), t0 + D * rng.uniform(0.05, 7), loc="typed" if coords_first else "coords", channel=None if coords_first else "Mobile App / API")
		B.add("dup_coords_vs_address", True, a, b)

	for i in range(5):  # dup_location_in_text
		kind = pick_kind(rng, DUP_KINDS)
		rtype, alt, where, _ = T.KINDS[kind]
		spot = random_spot(rng, "street")
		ta, tb = styles_pair(kind, "aw", "pm")
		t0 = B.when()
		a = B.report(ta[0], rtype, ta[1], ta[2], spot, t0, loc="coords+rev")
		ch = rng.choice(["E-mail", "Phone", "Social Media"])
		b = B.report(tb[0], "Demande à qualifier" if ch == "E-mail" and rng.random() < 0.5 else rtype, tb[1], tb[2], near_spot(rng, spot), t0 + D * rng.uniform(0.1, 6), loc="text", channel=ch)
		B.add("dup_location_in_text", True, a, b)

	for cause, effect in T.CAUSE_EFFECT:  # dup_symptom_vs_cause
		spot = random_spot(rng, "street")
		t0 = B.when()
		first, second = (cause, effect) if rng.random() < 0.7 else (effect, cause)
		a = B.report(first[0], first[1], first[2], first[3], spot, t0, loc=LOC[first[0]])
		b = B.report(second[0], second[1], second[2], second[3], near_spot(rng, spot, 25), t0 + D * rng.uniform(0.05, 2.5), loc=LOC[second[0]])
		B.add("dup_symptom_vs_cause", True, a, b)

	for kind, later in T.LONG_RUNNING:  # dup_long_running
		rtype, alt, where, _ = T.KINDS[kind]
		spot = random_spot(rng, "street")
		ta = B.text(kind)
		t0 = B.when()
		a = B.report(ta[0], rtype, ta[1], ta[2], spot, t0, loc=LOC[ta[0]])
		b = B.report(later[0], rtype, later[1], later[2], near_spot(rng, spot), t0 + D * rng.uniform(31, 62), loc=LOC[later[0]])
		B.add("dup_long_running", True, a, b)

	for i in range(12):  # dup_noise_repeat
		kind = NOISE_KINDS[0] if i < 7 else NOISE_KINDS[1 + i % 2]
		rtype, alt, where, _ = T.KINDS[kind]
		spot = random_spot(rng, "street")
		key, name = noise_fill(rng, kind, used_names)
		ta, tb = styles_pair(kind)
		t0 = B.when(night=kind != "noise_site")
		other_type = rng.choice(alt) if rng.random() < 0.25 else rtype
		a = B.report(ta[0], rtype, ta[1], ta[2], spot, t0, loc=LOC[ta[0]], fill={key: name_variant(rng, name)})
		b = B.report(tb[0], other_type, tb[1], tb[2], near_spot(rng, spot, 20), t0 + H * rng.uniform(0.5, 70), loc=LOC[tb[0]], fill={key: name_variant(rng, name)})
		B.add("dup_noise_repeat", True, a, b)

	# ------------------------------------------------------------------ negatives
	for _ in range(60):  # neg_easy_elsewhere
		kind = pick_kind(rng)
		rtype, alt, where, _ = T.KINDS[kind]
		while True:
			s1, s2 = random_spot(rng, where), random_spot(rng, where)
			d = haversine(*s1.latlon(), *s2.latlon())
			if 300 <= d <= 4000:
				break
		ta, tb = styles_pair(kind)
		t0 = B.when()
		a = B.report(ta[0], rtype, ta[1], ta[2], s1, t0)
		b = B.report(tb[0], rtype, tb[1], tb[2], s2, t0 + D * rng.uniform(0.05, 25))
		B.add("neg_easy_elsewhere", False, a, b)

	for _ in range(18):  # neg_easy_other_problem
		k1 = pick_kind(rng)
		k2 = pick_kind(rng, [k for k in MAIN_KINDS if T.KINDS[k][0] != T.KINDS[k1][0]])
		s1 = random_spot(rng, "street")
		near = rng.random() < 0.5 and FAMILY.get(k1, k1) != FAMILY.get(k2, k2)
		s2 = near_spot(rng, s1, 60) if near else random_spot(rng, "street")
		ta, tb = B.text(k1), B.text(k2)
		t0 = B.when()
		a = B.report(ta[0], T.KINDS[k1][0], ta[1], ta[2], s1, t0)
		b = B.report(tb[0], T.KINDS[k2][0], tb[1], tb[2], s2, t0 + D * rng.uniform(0.05, 15))
		B.add("neg_easy_other_problem", False, a, b)

	neighbour_kinds = ["lamp_out"] * 6 + ["lamp_blink"] * 2 + ["branch_hang", "tag", "car_abandoned", "car_pavement", "bins_missed", "pothole"]
	for i in range(16):  # neg_neighbour_object
		kind = neighbour_kinds[i % len(neighbour_kinds)]
		rtype = T.KINDS[kind][0]
		while True:
			st = rng.choice([s for s in STREETS if s.length >= 350])
			s = rng.uniform(20, st.length - 220)
			gap = rng.uniform(90, 200)
			s1, s2 = Spot(st, s, rng.choice((-1, 1))), Spot(st, s + gap, rng.choice((-1, 1)))
			d = haversine(*s1.latlon(), *s2.latlon())
			if 90 <= d <= 205:
				break
		if rng.random() < 0.5:
			s1, s2 = s2, s1
		ta, tb = styles_pair(kind, "aw", "aw")
		t0 = B.when()
		a = B.report(ta[0], rtype, ta[1], ta[2], s1, t0, loc="coords+rev")
		b = B.report(tb[0], rtype, tb[1], tb[2], s2, t0 + D * rng.uniform(0.05, 10), loc=rng.choice(["coords", "coords+rev"]))
		B.add("neg_neighbour_object", False, a, b)

	grouped = [s for s in STREETS if G.parallel_neighbours(s)]
	for _ in range(16):  # neg_parallel_street
		kind = pick_kind(rng, [k for k in MAIN_KINDS if T.KINDS[k][2] != "square"])
		rtype = T.KINDS[kind][0]
		while True:
			st = rng.choice(grouped)
			other, _lat = rng.choice(G.parallel_neighbours(st))
			s = rng.uniform(20, st.length - 20)
			s_other = s + st.along - other.along
			if not 20 <= s_other <= other.length - 20:
				continue
			s1, s2 = Spot(st, s, rng.choice((-1, 1))), Spot(other, s_other + rng.uniform(-15, 15), rng.choice((-1, 1)))
			d = haversine(*s1.latlon(), *s2.latlon())
			if 80 <= d <= 140:
				break
		ta, tb = styles_pair(kind, "aw", "aw" if rng.random() < 0.7 else None)
		t0 = B.when()
		a = B.report(ta[0], rtype, ta[1], ta[2], s1, t0, loc=LOC[ta[0]])
		b = B.report(tb[0], rtype, tb[1], tb[2], s2, t0 + D * rng.uniform(0.05, 10), loc=LOC[tb[0]])
		B.add("neg_parallel_street", False, a, b)

	other_object_pairs = [
		("lamp_out", "traffic_light"), ("bench", "street_bin"), ("branch_down", "lamp_out"), ("sign", "traffic_light"),
		("bench", "playground"), ("pothole", "drain"), ("street_bin", "tag"), ("sign", "pothole"),
		("glass_full", "bench"), ("car_pavement", "pothole"), ("roots", "lamp_out"), ("playground", "street_bin"),
		("tag", "lamp_out"), ("leak", "sign"), ("branch_hang", "bench"), ("ped_light", "sign"),
	]
	for k1, k2 in other_object_pairs:  # neg_same_place_other_object
		w1, w2 = T.KINDS[k1][2], T.KINDS[k2][2]
		where = "square" if "square" in (w1, w2) else "street"
		spot = random_spot(rng, where)
		if rng.random() < 0.5:
			k1, k2 = k2, k1
		ta, tb = B.text(k1), B.text(k2)
		t0 = B.when()
		a = B.report(ta[0], T.KINDS[k1][0], ta[1], ta[2], spot, t0)
		b = B.report(tb[0], T.KINDS[k2][0], tb[1], tb[2], near_spot(rng, spot, 12), t0 + D * rng.uniform(0.05, 10))
		B.add("neg_same_place_other_object", False, a, b)

	for ta, tb in T.OTHER_FAULT:  # neg_same_object_other_problem
		square_words = ("banc", "corbeille", "balançoire", "verre", "colonne", "Banc", "Balançoire")
		where = "square" if any(w in ta[2] + ta[3] for w in square_words) else "street"
		spot = random_spot(rng, where)
		if rng.random() < 0.4:
			ta, tb = tb, ta
		t0 = B.when()
		a = B.report(ta[0], ta[1], ta[2], ta[3], spot, t0)
		b = B.report(tb[0], tb[1], tb[2], tb[3], near_spot(rng, spot, 6), t0 + D * rng.uniform(0.05, 20))
		B.add("neg_same_object_other_problem", False, a, b)

	for _ in range(15):  # neg_same_street_far_numbers
		kind = pick_kind(rng, [k for k in MAIN_KINDS if T.KINDS[k][2] != "square"])
		rtype = T.KINDS[kind][0]
		st = rng.choice([s for s in STREETS if s.length >= 700])
		while True:
			x1, x2 = rng.uniform(10, st.length - 10), rng.uniform(10, st.length - 10)
			if abs(x1 - x2) >= 300:
				break
		s1, s2 = Spot(st, x1, rng.choice((-1, 1))), Spot(st, x2, rng.choice((-1, 1)))
		ta, tb = styles_pair(kind)
		t0 = B.when()
		a = B.report(ta[0], rtype, ta[1], ta[2], s1, t0, loc="typed" if rng.random() < 0.7 else "auto")
		b = B.report(tb[0], rtype, tb[1], tb[2], s2, t0 + D * rng.uniform(0.05, 20), loc="typed" if rng.random() < 0.7 else "auto")
		B.add("neg_same_street_far_numbers", False, a, b)

	recurrence_plan = ["pothole"] * 4 + ["dump_furniture"] * 4 + ["dump_bags"] * 2 + ["bins_missed"] * 2 + ["glass_full"] * 2
	for kind in recurrence_plan:  # neg_recurrence
		rtype, _alt, where, _ = T.KINDS[kind]
		spot = random_spot(rng, "street" if where != "both" else "both")
		ta = B.text(kind)
		if rng.random() < 0.5:
			tb = rng.choice(T.RECURRENCE[kind])
		else:
			tb = B.text(kind, exclude=(ta,))
		gap = rng.uniform(90, 300) if kind == "pothole" else rng.uniform(8, 28) if kind.startswith("dump") else rng.uniform(7, 28)
		t0 = B.when()
		a = B.report(ta[0], rtype, ta[1], ta[2], spot, t0)
		b = B.report(tb[0], rtype, tb[1], tb[2], near_spot(rng, spot), t0 + D * gap)
		B.add("neg_recurrence", False, a, b)

	for i in range(10):  # neg_noise_later
		kind = NOISE_KINDS[0] if i < 6 else NOISE_KINDS[1 + i % 2]
		rtype = T.KINDS[kind][0]
		spot = random_spot(rng, "street")
		key, name = noise_fill(rng, kind, used_names)
		ta, tb = styles_pair(kind)
		t0 = B.when(night=kind != "noise_site")
		a = B.report(ta[0], rtype, ta[1], ta[2], spot, t0, fill={key: name_variant(rng, name)})
		b = B.report(tb[0], rtype, tb[1], tb[2], near_spot(rng, spot, 20), t0 + D * rng.uniform(12, 29), fill={key: name_variant(rng, name)})
		B.add("neg_noise_later", False, a, b)

	for i in range(10):  # neg_noise_other_place
		kind = NOISE_KINDS[0] if i < 7 else NOISE_KINDS[1 + i % 2]
		rtype = T.KINDS[kind][0]
		while True:
			st = rng.choice([s for s in STREETS if s.length >= 300])
			s = rng.uniform(20, st.length - 20)
			s1 = Spot(st, s, rng.choice((-1, 1)))
			if rng.random() < 0.6:
				x = s + rng.choice((-1, 1)) * rng.uniform(70, 220)
				if not 10 <= x <= st.length - 10:
					continue
				s2 = Spot(st, x, rng.choice((-1, 1)))
			else:
				nb = G.parallel_neighbours(st)
				if not nb:
					continue
				other, _l = rng.choice(nb)
				x = s + st.along - other.along + rng.uniform(-60, 60)
				if not 10 <= x <= other.length - 10:
					continue
				s2 = Spot(other, x, rng.choice((-1, 1)))
			d = haversine(*s1.latlon(), *s2.latlon())
			if 70 <= d <= 220:
				break
		k1, n1 = noise_fill(rng, kind, used_names)
		k2, n2 = noise_fill(rng, kind, used_names)
		ta, tb = styles_pair(kind, "aw" if rng.random() < 0.6 else None, "aw" if rng.random() < 0.6 else None)
		t0 = B.when(night=kind != "noise_site")
		a = B.report(ta[0], rtype, ta[1], ta[2], s1, t0, loc=LOC[ta[0]], fill={k1: name_variant(rng, n1)})
		b = B.report(tb[0], rtype, tb[1], tb[2], s2, t0 + H * rng.uniform(0.2, 4), loc=LOC[tb[0]], fill={k2: name_variant(rng, n2)})
		B.add("neg_noise_other_place", False, a, b)

	pairs = B.pairs
	rng.shuffle(pairs)
	for i, p in enumerate(pairs, 1):
		p["id"] = f"DB{i:04d}"
	descriptions = {
		"dup_same_wording": (True, "Same incident, same request type, a few metres apart, short similar texts (app / web)."),
		"dup_paraphrase": (True, "Same incident, same type, reworded: a short app or web text against an agent's note or a long e-mail."),
		"dup_cross_type": (True, "Same incident filed under two different request types (other technical type, 'Demande à qualifier', 'Réclamation')."),
		"dup_coords_vs_address": (True, "Same incident, coordinates only on one side (app) and a typed address only on the other (abbreviations, no number, 'angle X / Y', 'face au 12', typos)."),
		"dup_location_in_text": (True, "Same incident, one report has neither coordinates nor address: the place is only in its text."),
		"dup_symptom_vs_cause": (True, "Same incident, cause on one side and consequence on the other (lamp post knocked down vs dark street; blocked drain vs flooded street; traffic light out vs near accident)."),
		"dup_long_running": (True, "Same unrepaired incident reported again 31-62 days later."),
		"dup_noise_repeat": (True, "Noise from the same bar / building site / flat reported again within 0.5-70 hours (sometimes under another type)."),
		"neg_easy_elsewhere": (False, "Same kind of problem 300 m-4 km away."),
		"neg_easy_other_problem": (False, "Different problem of another request type, nearby or not."),
		"neg_neighbour_object": (False, "The next object of the same kind 90-200 m further on the same street (mostly street lights), short similar texts."),
		"neg_parallel_street": (False, "The same kind of problem on the parallel street of the gazetteer group, 70-150 m away."),
		"neg_same_place_other_object": (False, "A different object at the same place (bench vs bin, tree vs lamp post, sign vs traffic light...)."),
		"neg_same_object_other_problem": (False, "Same object and place, a different fault needing another intervention (tag on a lamp post vs lamp out...)."),
		"neg_same_street_far_numbers": (False, "Same kind of problem on the same street at least 300 m apart, often typed addresses only."),
		"neg_recurrence": (False, "Same place, a new occurrence after the first was handled: pothole back 3-10 months later, new dump 8-28 days later, bins overflowing again 1-4 weeks later."),
		"neg_noise_later": (False, "The same bar / site / flat, a new noise complaint 12-29 days later."),
		"neg_noise_other_place": (False, "Another bar / site / flat 70-220 m away (same street or parallel street), the same night."),
	}
	cases = {}
	for c, (dup, desc) in descriptions.items():
		n = sum(p["case"] == c for p in pairs)
		cases[c] = {"duplicate": dup, "count": n, "blind": n, "description": desc}
	ndup = sum(p["duplicate"] for p in pairs)
	return {
		"description": (
			"Blind evaluation pairs of citizen reports in Lyon for duplicate detection (citizen_relation), written without "
			"reading the app's scoring code, vocabularies or the existing phrase lists. Built by benchmarks/data/blind/make_blind.py "
			"from hand-written French texts (blind_dup_texts.py) and the street axes of benchmarks/data/lyon_gazetteer.py: "
			"coordinates lie along the street of the address (Street.point), house numbers follow the position "
			"(Street.number), app/web coordinates carry 0-18 m of GPS jitter; distances by haversine. b is the new report, "
			"a the candidate. Request types and categories are those seeded by citizen_relation/setup/seed.py. "
			"split: 'blind' on every pair."
		),
		"city": "Lyon",
		"seed": SEED,
		"label_rule": (
			"duplicate = true when an agent would merge b into a because it is the same incident to handle once: the same "
			"physical object or spot and the same fault, whatever the words, the request type chosen or the way the place "
			"is given. Cause and consequence of one fault are one incident; a fault still unrepaired weeks later is the "
			"same incident; noise about the same source within hours or a few days is one ongoing incident. Not "
			"duplicates: the next object of the same kind (next lamp post 90-200 m on, parallel street, another bar), "
			"another object at the same place, another fault on the same object, a new occurrence after the first was "
			"handled (pothole back months later, new dump, same bar 12+ days later)."
		),
		"settings_assumed": {"radius_m": 150, "window_days": 30, "threshold": 0.65},
		"cases": cases,
		"totals": {"pairs": len(pairs), "duplicates": ndup, "blind": len(pairs)},
		"pairs": pairs,
	}


def main():
	kb = build_kb(random.Random(SEED))
	dup = build_dup(random.Random(SEED + 1))
	(HERE.parent / "kb_blind.json").write_text(json.dumps(kb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
	(HERE.parent / "duplicate_blind.json").write_text(json.dumps(dup, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
	print("kb:", kb["totals"], {k: v["count"] for k, v in kb["cases"].items()})
	print("dup:", dup["totals"], {k: v["count"] for k, v in dup["cases"].items()})


if __name__ == "__main__":
	main()
