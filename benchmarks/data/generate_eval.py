"""Generate the evaluation sets ``duplicate_eval.json`` and ``kb_eval*.json`` (deterministic).

    python3 benchmarks/data/generate_eval.py          # writes the JSON files next to this script
    python3 benchmarks/data/generate_eval.py --check  # regenerates in memory, compares, prints stats

The committed JSON files are the reference: do not regenerate them to "fix" a score. The texts
come from the hand-written phrasings of ``dup_phrases.py`` and ``kb_content.py``; places from
``lyon_gazetteer.py``. Every phrasing list is split in two halves, one per split (fit /
holdout), so that a model tuned on the fit split meets unseen wordings on the holdout split.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dup_phrases as P
import lyon_gazetteer as G

SEED = 20250611
SPLITS = ("fit", "holdout")
DUP_FILE = HERE / "duplicate_eval.json"

# --------------------------------------------------------------------------------------------------
# Deterministic text noise
# --------------------------------------------------------------------------------------------------

SMS_WORDS = [
	(r"\bc'est\b", "c"),
	(r"\bpour\b", "pr"),
	(r"\bdans\b", "ds"),
	(r"\btoujours\b", "tjs"),
	(r"\bbeaucoup\b", "bcp"),
	(r"\bquelqu'un\b", "qqn"),
	(r"\bs'il vous plaît\b", "svp"),
	(r"\baujourd'hui\b", "auj"),
	(r"\bdepuis\b", "dp"),
	(r"\bparce que\b", "pcq"),
	(r"\bvraiment\b", "vrmt"),
	(r"\bmaintenant\b", "mtn"),
	(r"\bquand\b", "qd"),
	(r"\bil y a\b", "ya"),
	(r"\bje ne sais pas\b", "jsp"),
	(r"\bne\s", ""),
	(r"\bn'", ""),
]


def strip_accents(text: str) -> str:
	return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def typo_word(word: str, r: random.Random) -> str:
	if len(word) < 5 or not word.isalpha():
		return word
	i = r.randrange(1, len(word) - 1)
	kind = r.random()
	if kind < 0.3:  # swap
		return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
	if kind < 0.55:  # drop
		return word[:i] + word[i + 1 :]
	if kind < 0.75:  # double
		return word[:i] + word[i] + word[i:]
	if kind < 0.9:  # accent lost or wrong
		return (
			word.replace("é", "e").replace("è", "é").replace("à", "a")
			if any(c in word for c in "éèà")
			else word[:i] + word[i + 1 :]
		)
	# phonetic
	for a, b in (("ss", "s"), ("mm", "m"), ("tt", "t"), ("au", "o"), ("ph", "f"), ("qu", "k"), ("ai", "é")):
		if a in word:
			return word.replace(a, b, 1)
	return word


def add_typos(text: str, r: random.Random, rate: float) -> str:
	out = []
	for tok in re.split(r"(\s+)", text):
		out.append(typo_word(tok, r) if tok.strip() and r.random() < rate else tok)
	return "".join(out)


def sms_style(text: str, r: random.Random) -> str:
	t = text.lower()
	for pattern, repl in SMS_WORDS:
		if r.random() < 0.8:
			t = re.sub(pattern, repl, t)
	if r.random() < 0.7:
		t = strip_accents(t)
	if r.random() < 0.5:
		t = re.sub(r"[.,;:]", "", t)
	return re.sub(r"\s+", " ", t).strip()


def clean(text: str) -> str:
	text = re.sub(r"\s+", " ", text)
	text = re.sub(r"\s+([.,!?:;])", lambda m: m.group(1) if m.group(1) in ".," else " " + m.group(1), text)
	text = re.sub(r",\s*,", ",", text)
	text = re.sub(r"\.\s*\.", ".", text)
	text = re.sub(r"\b([Qq])ue (un|une|il|ils|elle|elles|on|en)\b", r"\1u'\2", text)
	text = re.sub(r"\b([Dd])e le\b", r"\1u", text)
	text = re.sub(r"\b([Àà]) le\b", "au", text)
	return text.strip()


def cap(text: str) -> str:
	return text[:1].upper() + text[1:] if text else text


# --------------------------------------------------------------------------------------------------
# Phrase pools split by evaluation split
# --------------------------------------------------------------------------------------------------


def halves(key: str, items: list, shared_first: bool) -> dict[str, list]:
	r = random.Random(f"{SEED}:{key}")
	idx = list(range(len(items)))
	head = idx[:1] if shared_first else []
	rest = idx[1:] if shared_first else idx
	r.shuffle(rest)
	if len(rest) < 2:
		return {"fit": [items[i] for i in idx], "holdout": [items[i] for i in idx]}
	return {
		"fit": [items[i] for i in head + rest[0::2]],
		"holdout": [items[i] for i in head + rest[1::2]],
	}


FRAMES = [
	"{Obj} {pb} {rep}.",
	"{Obj} {rep} {pb}.",
	"Je vous signale que {obj} {rep} {pb}.",
	"Je me permets de vous informer que {obj} {pb} {rep}.",
	"Depuis quelque temps, {obj} {rep} {pb}.",
	"{Rep}, {obj} {pb}.",
	"Il semblerait que {obj} {rep} {pb}.",
	"Pour info {obj} {pb} {rep}.",
	"Attention : {obj} {rep} {pb} !",
	"Encore une fois, {obj} {rep} {pb}.",
	"Juste pour vous dire que {obj} {pb} {rep}.",
	"Nous constatons que {obj} {rep} {pb}.",
	"Signalement : {obj} {pb} {rep}.",
	"Est-ce normal que {obj} {rep} {pb} ?",
	"En passant ce matin j'ai vu que {obj} {rep} {pb}.",
]

STORY = [
	"Je passe tous les jours par là pour emmener mes enfants à l'école.",
	"J'habite le quartier depuis vingt ans et je n'avais jamais vu ça.",
	"Ma voisine de 80 ans n'ose plus sortir.",
	"J'ai essayé d'appeler le standard mais ça ne répond jamais.",
	"Je ne sais pas si c'est à la mairie ou à la Métropole de s'en occuper.",
	"Plusieurs voisins m'ont dit qu'ils avaient aussi prévenu.",
	"Je vous mets une photo prise ce matin.",
	"Il y a beaucoup de passage à cet endroit, notamment des enfants.",
	"Je rentre tard du travail et c'est vraiment inquiétant.",
	"Ce n'est pas la première fois que ça arrive dans la rue.",
	"Le syndic dit que ce n'est pas de son ressort.",
	"Je suis commerçant dans la rue et mes clients se plaignent.",
]

LONG_RUNNING = [
	"Je l'avais déjà signalé le mois dernier, toujours rien.",
	"Toujours pas réparé depuis plus d'un mois !",
	"C'est exactement la même chose que dans mon message précédent, rien n'a bougé.",
	"Relance : le problème signalé il y a plusieurs semaines est toujours là.",
	"Plus de cinq semaines que ça dure.",
	"Deuxième signalement, la première fois c'était début du mois dernier.",
]

RECURRENCE = {  # (repaired things, hotspots where it happens again)
	"repaired": [
		"Ça avait été réparé mais c'est revenu.",
		"De nouveau le même problème.",
		"La réparation n'a pas tenu longtemps.",
		"",
		"",
		"",
	],
	"hotspot": [
		"Encore !",
		"Ça recommence.",
		"Chaque semaine c'est pareil.",
		"Toujours au même endroit.",
		"",
		"",
		"",
	],
}
HOTSPOTS = ("mattress", "street_bin", "bin_missed", "broken_glass", "bad_parking")


def build_pools():
	pools = {}
	for key, sit in P.SITUATIONS.items():
		pools[key] = {}
		for field in ("obj", "pb", "free", "effects", "subjects", "sms", "phone"):
			pools[key][field] = halves(f"{key}:{field}", sit[field], shared_first=field in ("obj", "pb"))
	common = {
		"landmarks": halves("landmarks", P.LANDMARKS, False),
		"square_landmarks": halves("square_landmarks", P.SQUARE_LANDMARKS, False),
		"frames": halves("frames", FRAMES, False),
		"story": halves("story", STORY, False),
		"bars": halves("bars", P.BARS, False),
		"durations": halves("durations", P.DURATIONS, False),
		"other_problem": {
			k: halves(f"other_problem:{k}", v, False) for k, v in P.OTHER_PROBLEM_SAME_OBJECT.items()
		},
	}
	return pools, common


POOLS, COMMON = build_pools()

# --------------------------------------------------------------------------------------------------
# Places and addresses
# --------------------------------------------------------------------------------------------------

ABBREVIATIONS = {
	"rue": ["r.", "r", "Rue", "RUE"],
	"avenue": ["av.", "av", "Av.", "ave"],
	"boulevard": ["bd", "Bd", "bld", "boul."],
	"cours": ["crs", "Cours"],
	"place": ["pl.", "Pl", "Place"],
	"quai": ["qu.", "Quai"],
	"montée": ["mtée", "Montée"],
	"route": ["rte", "Route"],
	"grande": ["Gde", "Grande"],
}


class Spot:
	"""A point of a place: a street with ``s`` (metres along) and ``side``, or a square with angle."""

	def __init__(self, place, s: float, side: int = 1, fraction: float = 0.6):
		self.place = place
		self.s = s
		self.side = side
		self.fraction = fraction

	def latlon(self):
		if self.place.is_square:
			return self.place.point(self.s, self.fraction)
		return self.place.point(self.s, self.side)

	def number(self):
		if self.place.is_square:
			return self.place.number(self.s)
		return self.place.number(self.s, self.side)

	def moved(self, r: random.Random, sigma: float, other_side: float = 0.3) -> Spot:
		if self.place.is_square:
			return Spot(
				self.place,
				(self.s + r.gauss(0, sigma / self.place.radius * 57.3)) % 360,
				fraction=min(1.0, max(0.0, self.fraction + r.gauss(0, 0.2))),
			)
		s = min(self.place.length - 3, max(3, self.s + r.gauss(0, sigma)))
		side = -self.side if r.random() < other_side else self.side
		return Spot(self.place, s, side)


def street_variant(name: str, r: random.Random, sloppy: float) -> str:
	words = name.split(" ")
	if r.random() < sloppy and words[0].lower() in ABBREVIATIONS:
		words[0] = r.choice(ABBREVIATIONS[words[0].lower()])
	out = " ".join(words)
	if r.random() < sloppy * 0.4:
		out = re.sub(r"\b(de la|du|des|de l'|d')\s?", "", out, count=1)
	if r.random() < sloppy * 0.5:
		out = strip_accents(out)
	if r.random() < sloppy * 0.3:
		out = out.lower()
	if r.random() < sloppy * 0.25:
		parts = out.split(" ")
		j = max(range(len(parts)), key=lambda k: len(parts[k]))
		parts[j] = typo_word(parts[j], r)
		out = " ".join(parts)
	return re.sub(r"\s+", " ", out).strip()


def arrondissement(postcode: str) -> str:
	n = int(postcode[-2:])
	return f"Lyon {n}{'er' if n == 1 else 'e'}"


def format_address(spot: Spot, r: random.Random, style: str = "clean", number: int | None = None) -> str:
	"""An address as a citizen or an agent writes it. ``style``: clean, sloppy, nonumber, angle, face."""
	place = spot.place
	n = spot.number() if number is None else number
	sloppy = 0.0 if style == "clean" else 0.8
	street = street_variant(place.name, r, sloppy) if style != "clean" else place.name
	city = r.choice(
		[
			f", {place.postcode} Lyon",
			f" {place.postcode} Lyon",
			", Lyon",
			f", {arrondissement(place.postcode)}",
			"",
			f" {place.postcode} LYON",
			f", {place.postcode}",
		]
		if style != "clean"
		else [f", {place.postcode} Lyon"]
	)
	if style == "angle" and not place.is_square:
		crossings = G.crossing_streets(place)
		if crossings:
			other, s_here, _ = min(crossings, key=lambda c: abs(c[1] - spot.s))
			if abs(s_here - spot.s) < 60:
				sep = r.choice([" / ", " et ", " angle ", " x ", ", angle "])
				head = r.choice(["angle ", "Angle ", "à l'angle de la ", "", "coin "])
				return clean(f"{head}{street}{sep}{street_variant(other.name, r, 0.5)}{city}")
	if style == "nonumber" or (place.is_square and r.random() < 0.5):
		return clean(f"{street}{city}")
	if style == "face":
		return clean(f"{r.choice(['face au', 'en face du', 'devant le', 'près du'])} {n} {street}{city}")
	num = str(n)
	if style != "clean" and r.random() < 0.12:
		num += r.choice(["bis", " bis", "ter"])
	sep = r.choice([" ", ", ", " "]) if style != "clean" else " "
	if style != "clean" and r.random() < 0.1:
		num = "n°" + num
	return clean(f"{num}{sep}{street}{city}")


def nearby_number(spot: Spot, r: random.Random) -> int:
	"""The number of a building close to the spot (a reporter gives their own door)."""
	return spot.moved(r, 12, other_side=0.4).number()


# --------------------------------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------------------------------

CHANNEL_WEIGHTS = [
	("Web Portal", 38),
	("Mobile App / API", 26),
	("E-mail", 14),
	("Phone", 14),
	("Counter", 4),
	("Social Media", 3),
	("Postal Mail", 1),
]
# channel → [(location mode, weight)]: the portal and the app have a map; agents type the address
# of phone, e-mail and counter requests and place the pin on the map only sometimes.
LOCATION_MODES = {
	"Web Portal": [("both", 80), ("address", 15), ("coords", 5)],
	"Mobile App / API": [("both", 70), ("coords", 30)],
	"E-mail": [("address", 55), ("both", 30), ("text", 15)],
	"Phone": [("address", 55), ("both", 40), ("text", 5)],
	"Counter": [("address", 50), ("both", 50)],
	"Social Media": [("coords", 40), ("text", 35), ("both", 25)],
	"Postal Mail": [("address", 70), ("both", 30)],
}
# channel → [(writing style, weight)]
STYLES = {
	"Web Portal": [("form", 45), ("short", 15), ("long", 15), ("typos", 15), ("sms", 10)],
	"Mobile App / API": [("short", 40), ("sms", 30), ("form", 20), ("typos", 10)],
	"E-mail": [("email", 55), ("long", 30), ("typos", 15)],
	"Phone": [("phone", 100)],
	"Counter": [("phone", 100)],
	"Social Media": [("sms", 70), ("short", 30)],
	"Postal Mail": [("email", 70), ("long", 30)],
}


def pick(r: random.Random, weighted):
	total = sum(w for _, w in weighted)
	x = r.random() * total
	for item, w in weighted:
		x -= w
		if x < 0:
			return item
	return weighted[-1][0]


class Ctx:
	"""What a report's text may mention: landmark, duration, numbers, crossing street, bar."""

	def __init__(self, r: random.Random, split: str, spot: Spot, attrs: dict, with_street: bool):
		self.r = r
		place = spot.place
		if place.is_square:
			lm = r.choice(COMMON["square_landmarks"][split])
		else:
			lm = r.choice(COMMON["landmarks"][split])
		crossings = [] if place.is_square else G.crossing_streets(place)
		if "{cross}" in lm and not crossings:
			lm = r.choice(
				[x for x in COMMON["landmarks"][split] if "{cross}" not in x] or ["devant chez moi"]
			)
		cross = with_article(min(crossings, key=lambda c: abs(c[1] - spot.s))[0].name) if crossings else ""
		num = spot.number()
		self.values = {
			"num": num,
			"num2": num + 2,
			"cross": cross,
			"dur": r.choice(COMMON["durations"][split]),
		}
		for key, value in attrs.items():
			self.values[key] = value
			self.values[key.capitalize()] = cap(value)
		rep = lm if r.random() < 0.8 else ""
		if with_street:
			street = street_variant(place.name, r, 0.4)
			rep = r.choice(
				[
					f"{street}, {rep}" if rep else street,
					f"{rep} ({street})" if rep else street,
					f"{street} {rep}",
				]
			)
		self.rep = self.fill(rep)

	def fill(self, text: str) -> str:
		out = text
		for _ in range(2):
			out = out.replace("{rep}", getattr(self, "rep", "")).format_map(_Default(self.values))
		return out


def with_article(street: str) -> str:
	first = street.split(" ")[0].lower()
	article = {
		"rue": "la",
		"avenue": "l'",
		"boulevard": "le",
		"cours": "le",
		"quai": "le",
		"place": "la",
		"montée": "la",
		"route": "la",
		"grande": "la",
	}.get(first, "la")
	return f"{article}{'' if article.endswith(chr(39)) else ' '}{street}"


def new_attrs(r: random.Random, split: str) -> dict:
	attrs = {key: r.choice(values) for key, values in P.ATTRIBUTES.items()}
	attrs["bar"] = r.choice(COMMON["bars"][split])
	attrs["item2"] = r.choice([x for x in P.ATTRIBUTES["item"] if x != attrs["item"]])
	attrs["junk2"] = r.choice([x for x in P.ATTRIBUTES["junk"] if x != attrs["junk"]])
	return attrs


class _Default(dict):
	def __missing__(self, key):
		return "{" + key + "}"


def core_sentence(sit_key: str, split: str, r: random.Random, ctx: Ctx, kind: str, reuse: dict | None = None):
	"""One sentence saying what is wrong, and the recipe used (to write another with the same words)."""
	pool = POOLS[sit_key]
	recipe = dict(reuse) if reuse else {}
	if not recipe:
		recipe["kind"] = kind
		if kind == "frame":
			recipe["frame"] = r.choice(COMMON["frames"][split])
			recipe["obj"] = r.choice(pool["obj"][split])
			recipe["pb"] = r.choice(pool["pb"][split])
		elif kind == "free":
			recipe["free"] = r.choice(pool["free"][split])
			recipe["obj"] = r.choice(pool["obj"][split])
			recipe["pb"] = r.choice(pool["pb"][split])
		elif kind == "effect":
			recipe["effect"] = r.choice(pool["effects"][split])
		elif kind == "sms":
			recipe["sms"] = r.choice(pool["sms"][split])
		elif kind == "phone":
			recipe["phone"] = r.choice(pool["phone"][split])
	k = recipe["kind"]
	rep = ctx.rep
	if k == "frame":
		obj, pb = ctx.fill(recipe["obj"]), ctx.fill(recipe["pb"])
		text = recipe["frame"].format(Obj=cap(obj), obj=obj, pb=pb, rep=rep, Rep=cap(rep) if rep else "Ici")
	elif k == "free":
		obj, pb = ctx.fill(recipe["obj"]), ctx.fill(recipe["pb"])
		text = ctx.fill(recipe["free"].replace("{obj}", obj).replace("{pb}", pb))
	elif k == "effect":
		text = ctx.fill(recipe["effect"][1])
	elif k == "sms":
		text = ctx.fill(recipe["sms"])
	else:
		text = ctx.fill(recipe["phone"])
	return clean(text), recipe


def subject_for(sit_key: str, split: str, r: random.Random, recipe: dict, style: str) -> str:
	if recipe.get("kind") == "effect" and r.random() < 0.7:
		s = recipe["effect"][0]
	else:
		s = r.choice(POOLS[sit_key]["subjects"][split])
	if style == "sms":
		s = sms_style(s, r)
	elif style == "typos":
		s = add_typos(s, r, 0.3)
	elif style == "short" and r.random() < 0.2:
		s = s.upper()
	return s


def write_text(sit_key, split, r, ctx, style, *, reuse=None, kind=None, extra=None):
	"""(subject, description, recipe) of a report written in ``style``."""
	if kind is None:
		kind = {
			"sms": "sms" if r.random() < 0.6 else "frame",
			"phone": "phone" if r.random() < 0.7 else "frame",
		}.get(style) or pick(r, [("frame", 45), ("free", 40), ("effect", 15)])
	core, recipe = core_sentence(sit_key, split, r, ctx, kind, reuse)
	subject = subject_for(sit_key, split, r, recipe, style)
	parts = []
	if style == "form":
		parts = [core]
		if r.random() < 0.35:
			parts.append(core_sentence(sit_key, split, r, ctx, "effect")[0])
		if r.random() < 0.4:
			parts.append(r.choice(P.CLOSERS))
	elif style == "short":
		parts = (
			[core] if r.random() < 0.6 else [r.choice(["", "Voir photo.", "idem", "cf photo", "Urgent", ""])]
		)
	elif style == "long":
		second_kind = "free" if recipe["kind"] != "free" else "frame"
		parts = [
			r.choice(P.OPENERS),
			core,
			r.choice(STORY if False else COMMON["story"][split]),
			core_sentence(sit_key, split, r, ctx, second_kind)[0] if r.random() < 0.6 else "",
			core_sentence(sit_key, split, r, ctx, "effect")[0] if r.random() < 0.5 else "",
			r.choice(P.ANNOYED) if r.random() < 0.4 else "",
			r.choice(P.CLOSERS),
		]
	elif style == "email":
		parts = [
			r.choice(P.OPENERS),
			core,
			core_sentence(sit_key, split, r, ctx, "effect")[0] if r.random() < 0.4 else "",
			r.choice(COMMON["story"][split]) if r.random() < 0.4 else "",
			r.choice(P.CLOSERS),
		]
	elif style == "typos":
		parts = [core, r.choice(P.CLOSERS) if r.random() < 0.3 else ""]
	elif style == "sms" or style == "phone":
		parts = [core]
	if extra:
		parts.append(extra)
	seen = set()
	parts = [p for p in parts if p and not (p in seen or seen.add(p))]
	description = clean(" ".join(parts))
	if style == "typos":
		description = add_typos(description, r, 0.18)
	elif style == "sms":
		description = sms_style(description, r)
		if r.random() < 0.5:
			description = add_typos(description, r, 0.1)
	elif style in ("long", "email") and r.random() < 0.3:
		description = add_typos(description, r, 0.05)
	return subject, description, recipe


START = datetime(2024, 1, 8)
END_DAYS = 540


def received_time(
	r: random.Random, channel: str, base: datetime | None = None, night: bool = False, early: bool = False
) -> datetime:
	day = base or START + timedelta(days=r.randrange(END_DAYS))
	day = day.replace(hour=0, minute=0, second=0, microsecond=0)
	if night:
		minutes = (22 * 60 + r.randrange(5 * 60)) % (24 * 60)
		if minutes < 12 * 60:
			day += timedelta(days=1)
	elif early:
		minutes = 6 * 60 + r.randrange(150)
	elif channel in ("Phone", "Counter"):
		while day.weekday() >= 5:
			day += timedelta(days=1)
		minutes = 8 * 60 + 30 + r.randrange(8 * 60 + 30)
	else:
		minutes = int(min(23.9, max(0.0, r.gauss(14, 4.5))) * 60)
	return day + timedelta(minutes=minutes, seconds=r.randrange(60))


class Builder:
	def __init__(self, seed: int):
		self.r = random.Random(seed)
		self.n = 0

	def name(self) -> str:
		self.n += 1
		return f"R-{self.n:05d}"

	def report(
		self,
		sit_key: str,
		split: str,
		spot: Spot,
		when: datetime,
		*,
		channel: str | None = None,
		mode: str | None = None,
		style: str | None = None,
		rtype: str | None = None,
		reuse: dict | None = None,
		kind: str | None = None,
		text: tuple[str, str] | None = None,
		attrs: dict | None = None,
		address_style: str | None = None,
		extra: str | None = None,
		gps_sigma: float = 9.0,
		explicit: bool = False,
	):
		r = self.r
		sit = P.SITUATIONS[sit_key]
		channel = channel or pick(r, CHANNEL_WEIGHTS)
		if channel in ("Phone", "Counter") and not 8 <= when.hour < 18 and not sit_key.startswith("noise"):
			channel = "Web Portal"
		mode = mode or pick(r, LOCATION_MODES[channel])
		style = style or pick(r, STYLES[channel])
		if style == "short" and (explicit or mode == "text"):
			style = "form"
		if explicit and kind is None and reuse is None:
			kind = {"sms": "sms", "phone": "phone"}.get(style) or r.choice(["frame", "free"])
		ctx = Ctx(
			r,
			split,
			spot,
			attrs if attrs is not None else new_attrs(r, split),
			with_street=(mode == "text") or r.random() < 0.25,
		)
		if text is not None:
			subject, description = ctx.fill(text[0]), ctx.fill(text[1])
			if extra:
				description = clean(f"{description} {extra}")
			if style == "sms":
				subject, description = sms_style(subject, r), sms_style(description, r)
			elif style == "typos":
				description = add_typos(description, r, 0.15)
			recipe = {"kind": "given"}
		else:
			subject, description, recipe = write_text(
				sit_key, split, r, ctx, style, reuse=reuse, kind=kind, extra=extra
			)
		lat = lon = address = None
		if mode in ("coords", "both"):
			lat, lon = spot.latlon()
			sigma = gps_sigma if channel == "Mobile App / API" else gps_sigma * 0.6
			lat, lon = G.offset(lat, lon, r.gauss(0, sigma), r.gauss(0, sigma))
			lat, lon = round(lat, 6), round(lon, 6)
		if mode in ("address", "both"):
			if address_style is None:
				address_style = (
					"clean"
					if channel in ("Web Portal", "Mobile App / API") and mode == "both"
					else pick(r, [("clean", 30), ("sloppy", 45), ("nonumber", 8), ("angle", 8), ("face", 9)])
				)
			address = format_address(spot, r, address_style)
		rtype = rtype or sit["type"]
		rep = {
			"name": self.name(),
			"request_type": rtype,
			"category": P.CATEGORY[rtype],
			"subject": subject,
			"description": description,
			"lat": lat,
			"lon": lon,
			"address": address,
			"received_on": when.isoformat(timespec="minutes"),
			"channel": channel,
		}
		true = spot.latlon()
		return rep, recipe, true


def random_spot(r: random.Random, squares: bool = True, need=None) -> Spot:
	while True:
		place = r.choice(G.PLACES if squares else G.STREETS)
		if need and not need(place):
			continue
		if place.is_square:
			return Spot(place, r.uniform(0, 360), fraction=r.uniform(0.2, 1.0))
		return Spot(place, r.uniform(15, place.length - 15), r.choice((1, -1)))


def spot_far_from(r: random.Random, spot: Spot, min_m: float, max_m: float) -> Spot:
	a = spot.latlon()
	for _ in range(2000):
		s = random_spot(r)
		if s.place is spot.place:
			continue
		d = haversine(*a, *s.latlon())
		if min_m <= d <= max_m:
			return s
	raise RuntimeError("no far spot")


def haversine(lat1, lon1, lat2, lon2) -> float:
	p1, p2 = math.radians(lat1), math.radians(lat2)
	dp, dl = p2 - p1, math.radians(lon2 - lon1)
	h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
	return 2 * G.EARTH_RADIUS_M * math.asin(math.sqrt(min(1.0, h)))


# --------------------------------------------------------------------------------------------------
# Scenes: each produces pairs for one case; a scene's reports belong to one split only
# --------------------------------------------------------------------------------------------------

DUP_WEIGHTS = {  # situations of ordinary duplicates, by how often a triage queue sees them
	"lamp_out": 14,
	"pothole": 12,
	"mattress": 11,
	"street_bin": 6,
	"graffiti": 6,
	"branch": 6,
	"drain": 5,
	"sidewalk": 5,
	"abandoned_car": 6,
	"bad_parking": 3,
	"sign": 4,
	"traffic_light": 4,
	"rubble": 4,
	"bin_missed": 4,
	"broken_glass": 3,
	"bench": 2,
	"playground": 2,
	"water_leak": 3,
	"lamp_down": 3,
}
NON_NOISE = list(DUP_WEIGHTS)


def gap(r: random.Random, sit_key: str) -> timedelta:
	sit = P.SITUATIONS[sit_key]
	if "gap_hours" in sit:
		lo, hi = sit["gap_hours"]
		return timedelta(hours=r.uniform(lo, hi))
	lo, hi = sit["gap_days"]
	# most duplicates come within days; a tail up to the maximum
	d = min(hi, lo + r.expovariate(1 / max(1.0, (hi - lo) / 4)))
	return timedelta(days=d)


def time_for(r, sit_key, channel, base=None):
	night = sit_key in ("noise_bar", "noise_party")
	early = sit_key == "noise_works"
	return received_time(r, channel, base, night=night, early=early)


def overlap(a: str, b: str) -> float:
	def words(t):
		return {w for w in re.findall(r"[a-z]{4,}", strip_accents(t.lower()))}

	wa, wb = words(a), words(b)
	return len(wa & wb) / max(1, min(len(wa), len(wb)))


class Scenes:
	def __init__(self, seed: int):
		self.b = Builder(seed)
		self.r = self.b.r

	# -- helpers

	def pair(self, case, dup, a, b, note=""):
		return {"case": case, "duplicate": dup, "a": a, "b": b, "note": note}

	def dup_pair(
		self,
		split,
		case,
		sit,
		*,
		same_words=False,
		paraphrase=False,
		rtype_b=None,
		modes=None,
		channel_b=None,
		bgap=None,
		spot_sigma=14.0,
		extra_b=None,
		kind_a=None,
		kind_b=None,
		bar=None,
		text_b=None,
		sit_b=None,
		rtype_a=None,
		channels=None,
		address_style_b=None,
	):
		r = self.r
		spot = random_spot(
			r,
			squares=sit
			in (
				"bench",
				"playground",
				"street_bin",
				"broken_glass",
				"graffiti",
				"noise_bar",
				"branch",
				"mattress",
			)
			or r.random() < 0.1,
		)
		ch_a = (channels or (None, None))[0] or pick(r, CHANNEL_WEIGHTS)
		t_a = time_for(r, sit, ch_a)
		mode_a, mode_b = modes or (None, None)
		attrs = new_attrs(r, split)
		if bar:
			attrs["bar"] = bar
		a, recipe_a, _ = self.b.report(
			sit, split, spot, t_a, channel=ch_a, mode=mode_a, kind=kind_a, attrs=attrs, rtype=rtype_a
		)
		spot_b = spot.moved(r, spot_sigma)
		t_b = t_a + (bgap if bgap is not None else gap(r, sit))
		ch_b = channel_b or (channels or (None, None))[1] or pick(r, CHANNEL_WEIGHTS)
		sb = sit_b or sit
		if same_words:
			best = None
			for _ in range(4):
				cand = self.b.report(
					sb,
					split,
					spot_b,
					t_b,
					channel=ch_b,
					mode=mode_b,
					reuse=recipe_a,
					style="form" if r.random() < 0.6 else None,
					rtype=rtype_b,
					attrs=attrs,
					extra=extra_b,
					address_style=address_style_b,
				)
				score = overlap(
					a["subject"] + " " + a["description"], cand[0]["subject"] + " " + cand[0]["description"]
				)
				if best is None or score > best[0]:
					best = (score, cand)
				self.b.n -= 1
			self.b.n += 1
			b = best[1][0]
			b["name"] = f"R-{self.b.n:05d}"
		elif paraphrase:
			best = None
			for _ in range(6):
				cand = self.b.report(
					sb,
					split,
					spot_b,
					t_b,
					channel=ch_b,
					mode=mode_b,
					rtype=rtype_b,
					attrs=attrs,
					extra=extra_b,
					kind=kind_b,
					text=text_b,
					address_style=address_style_b,
				)
				score = overlap(
					a["subject"] + " " + a["description"], cand[0]["subject"] + " " + cand[0]["description"]
				)
				if best is None or score < best[0]:
					best = (score, cand)
				self.b.n -= 1
			self.b.n += 1
			b = best[1][0]
			b["name"] = f"R-{self.b.n:05d}"
		else:
			b = self.b.report(
				sb,
				split,
				spot_b,
				t_b,
				channel=ch_b,
				mode=mode_b,
				rtype=rtype_b,
				attrs=attrs,
				extra=extra_b,
				kind=kind_b,
				text=text_b,
				address_style=address_style_b,
			)[0]
		return self.pair(case, True, a, b)

	def sit(self, weights=None):
		return pick(self.r, list((weights or DUP_WEIGHTS).items()))

	# -- duplicates

	def dup_same_wording(self, split):
		s = self.sit()
		return [self.dup_pair(split, "dup_same_wording", s, same_words=True)]

	def dup_paraphrase(self, split):
		s = self.sit()
		r = self.r
		kind_b = pick(r, [("effect", 30), ("free", 35), ("frame", 20), ("sms", 15)])
		return [self.dup_pair(split, "dup_paraphrase", s, paraphrase=True, kind_b=kind_b)]

	def dup_cross_type(self, split):
		r = self.r
		s = self.sit({k: v for k, v in DUP_WEIGHTS.items()} | {"mattress": 20, "branch": 12, "drain": 10})
		alt = r.choice(P.SITUATIONS[s]["alt_types"])
		if r.random() < 0.5:
			return [self.dup_pair(split, "dup_cross_type", s, rtype_b=alt, paraphrase=r.random() < 0.6)]
		return [self.dup_pair(split, "dup_cross_type", s, rtype_a=alt, paraphrase=r.random() < 0.6)]

	def dup_coords_vs_address(self, split):
		r = self.r
		s = self.sit()
		flip = r.random() < 0.5
		modes = ("coords", "address") if flip else ("address", "coords")
		channels = (
			("Mobile App / API", r.choice(["Phone", "E-mail", "Counter", "Web Portal"]))
			if flip
			else (r.choice(["Phone", "E-mail", "Counter"]), "Mobile App / API")
		)
		astyle = pick(r, [("sloppy", 40), ("nonumber", 15), ("angle", 20), ("face", 15), ("clean", 10)])
		p = self.dup_pair(
			split,
			"dup_coords_vs_address",
			s,
			modes=modes,
			channels=channels,
			paraphrase=r.random() < 0.5,
			same_words=False,
			address_style_b=astyle if flip else None,
		)
		return [p]

	def dup_location_in_text(self, split):
		r = self.r
		s = self.sit()
		return [
			self.dup_pair(
				split,
				"dup_location_in_text",
				s,
				modes=(pick(r, [("both", 50), ("coords", 25), ("address", 25)]), "text"),
				channels=(None, r.choice(["Social Media", "E-mail", "Phone"])),
				paraphrase=r.random() < 0.5,
			)
		]

	def dup_symptom_vs_cause(self, split):
		r = self.r
		choice = r.random()
		if choice < 0.35:
			# lamp post knocked down, then "the lamp is out" at the same place (one intervention)
			return [
				self.dup_pair(
					split,
					"dup_symptom_vs_cause",
					"lamp_down",
					sit_b="lamp_out",
					bgap=timedelta(hours=r.uniform(2, 72)),
					kind_a=r.choice(["free", "frame"]),
					kind_b=r.choice(["effect", "frame", "free"]),
					paraphrase=True,
				)
			]
		s = r.choice(["drain", "traffic_light", "water_leak", "branch", "pothole", "lamp_out"])
		return [
			self.dup_pair(
				split,
				"dup_symptom_vs_cause",
				s,
				kind_a=r.choice(["free", "frame"]),
				kind_b="effect",
				paraphrase=True,
				bgap=timedelta(hours=r.uniform(1, 96)),
			)
		]

	def dup_long_running(self, split):
		r = self.r
		s = r.choice(
			[
				"lamp_out",
				"pothole",
				"abandoned_car",
				"graffiti",
				"sidewalk",
				"drain",
				"sign",
				"lamp_out",
				"pothole",
			]
		)
		return [
			self.dup_pair(
				split,
				"dup_long_running",
				s,
				bgap=timedelta(days=r.uniform(31, 62)),
				extra_b=r.choice(LONG_RUNNING),
				paraphrase=r.random() < 0.5,
			)
		]

	def dup_noise_repeat(self, split):
		r = self.r
		s = pick(r, [("noise_bar", 60), ("noise_works", 22), ("noise_party", 18)])
		bar = r.choice(COMMON["bars"][split]) if s == "noise_bar" else None
		channels = (
			pick(r, [("Web Portal", 40), ("Mobile App / API", 30), ("E-mail", 20), ("Phone", 10)]),
			None,
		)
		return [
			self.dup_pair(
				split,
				"dup_noise_repeat",
				s,
				bar=bar,
				paraphrase=r.random() < 0.6,
				channels=channels,
				spot_sigma=20,
			)
		]

	# -- negatives

	def two_reports(
		self,
		split,
		sit_a,
		spot_a,
		sit_b,
		spot_b,
		dt,
		*,
		same_words=False,
		rtype_a=None,
		rtype_b=None,
		modes=(None, None),
		bar_a=None,
		bar_b=None,
		text_b=None,
		extra_b=None,
		channels=(None, None),
		explicit=False,
	):
		r = self.r
		ch_a = channels[0] or pick(r, CHANNEL_WEIGHTS)
		t_a = time_for(r, sit_a, ch_a)
		attrs_a, attrs_b = new_attrs(r, split), new_attrs(r, split)
		if bar_a:
			attrs_a["bar"] = bar_a
		if bar_b:
			attrs_b["bar"] = bar_b
		a, recipe, _ = self.b.report(
			sit_a,
			split,
			spot_a,
			t_a,
			channel=ch_a,
			mode=modes[0],
			rtype=rtype_a,
			attrs=attrs_a,
			explicit=explicit,
		)
		t_b = t_a + dt
		ch_b = channels[1] or pick(r, CHANNEL_WEIGHTS)
		if sit_b.startswith("noise") and dt >= timedelta(days=1):
			t_b = time_for(r, sit_b, ch_b, base=t_b)  # a complaint about another evening comes at night
		b = self.b.report(
			sit_b,
			split,
			spot_b,
			t_b,
			channel=ch_b,
			mode=modes[1],
			rtype=rtype_b,
			attrs=attrs_b,
			reuse=recipe if same_words and sit_a == sit_b and recipe.get("kind") != "given" else None,
			style="form" if same_words else None,
			text=text_b,
			extra=extra_b,
			explicit=explicit,
		)[0]
		return a, b

	def window_gap(self, lo=0.0, hi=30.0):
		return timedelta(days=self.r.uniform(lo, hi))

	def neg_easy_elsewhere(self, split):
		r = self.r
		s = self.sit()
		spot = random_spot(r)
		other = spot_far_from(r, spot, 300, 4000)
		s_b = s if r.random() < 0.6 else self.sit_same_type(s)
		a, b = self.two_reports(
			split, s, spot, s_b, other, self.window_gap(0, 29), same_words=r.random() < 0.3
		)
		return [self.pair("neg_easy_elsewhere", False, a, b)]

	def sit_same_type(self, s):
		t = P.SITUATIONS[s]["type"]
		options = [k for k in NON_NOISE if P.SITUATIONS[k]["type"] == t and k != s]
		return self.r.choice(options) if options else s

	def neg_easy_other_problem(self, split):
		r = self.r
		s = self.sit()
		others = [k for k in NON_NOISE if P.SITUATIONS[k]["type"] != P.SITUATIONS[s]["type"]]
		s_b = r.choice(others)
		spot = random_spot(r)
		spot_b = spot.moved(r, 60) if r.random() < 0.6 else spot_far_from(r, spot, 150, 1500)
		a, b = self.two_reports(split, s, spot, s_b, spot_b, self.window_gap(0, 25))
		return [self.pair("neg_easy_other_problem", False, a, b)]

	def neg_neighbour_object(self, split):
		"""The next lamp post (or bin, tree, sign...) 90-200 m further on the same street, same words."""
		r = self.r
		s = pick(
			r,
			[
				("lamp_out", 45),
				("pothole", 12),
				("street_bin", 10),
				("sign", 8),
				("graffiti", 8),
				("abandoned_car", 7),
				("drain", 5),
				("branch", 5),
			],
		)
		spot = random_spot(r, squares=False, need=lambda p: p.length > 320)
		delta = r.uniform(90, 200) * r.choice((1, -1))
		s2 = spot.s + delta
		if not 5 < s2 < spot.place.length - 5:
			s2 = spot.s - delta
		spot_b = Spot(spot.place, s2, spot.side if r.random() < 0.6 else -spot.side)
		a, b = self.two_reports(
			split, s, spot, s, spot_b, self.window_gap(0, 20), same_words=r.random() < 0.75
		)
		return [self.pair("neg_neighbour_object", False, a, b)]

	def neg_parallel_street(self, split):
		r = self.r
		s = pick(
			r,
			[
				("lamp_out", 25),
				("pothole", 15),
				("mattress", 12),
				("graffiti", 8),
				("abandoned_car", 8),
				("street_bin", 8),
				("drain", 6),
				("sidewalk", 6),
				("noise_bar", 6),
				("branch", 6),
			],
		)
		while True:
			spot = random_spot(r, squares=False, need=lambda p: bool(G.parallel_neighbours(p)))
			other, _lateral = r.choice(G.parallel_neighbours(spot.place))
			s2 = spot.s + spot.place.along - other.along + r.uniform(-25, 25)
			if 5 < s2 < other.length - 5:
				break
		spot_b = Spot(other, s2, r.choice((1, -1)))
		bar_a = r.choice(COMMON["bars"][split]) if s == "noise_bar" else None
		bar_b = r.choice([x for x in COMMON["bars"][split] if x != bar_a]) if s == "noise_bar" else None
		dt = timedelta(hours=r.uniform(0, 6)) if s == "noise_bar" else self.window_gap(0, 20)
		a, b = self.two_reports(
			split, s, spot, s, spot_b, dt, same_words=r.random() < 0.75, bar_a=bar_a, bar_b=bar_b
		)
		return [self.pair("neg_parallel_street", False, a, b)]

	def neg_same_place_other_object(self, split):
		r = self.r
		s_a, s_b, forced = r.choice(P.OTHER_OBJECT_SAME_PLACE)
		if r.random() < 0.5:
			s_a, s_b = s_b, s_a
		spot = random_spot(r, squares=s_a in ("bench", "playground", "street_bin") or r.random() < 0.3)
		spot_b = spot.moved(r, 15)
		a, b = self.two_reports(
			split,
			s_a,
			spot,
			s_b,
			spot_b,
			self.window_gap(0, 20),
			rtype_a=forced,
			rtype_b=forced,
			explicit=True,
		)
		return [self.pair("neg_same_place_other_object", False, a, b)]

	def neg_same_object_other_problem(self, split):
		r = self.r
		s = r.choice(list(COMMON["other_problem"]))
		subject, description, rtype = r.choice(COMMON["other_problem"][s][split])
		spot = random_spot(r)
		a, b = self.two_reports(
			split,
			s,
			spot,
			s,
			spot.moved(r, 10),
			self.window_gap(0, 20),
			rtype_b=rtype,
			text_b=(subject, description),
			explicit=True,
		)
		return [self.pair("neg_same_object_other_problem", False, a, b)]

	def neg_same_street_far_numbers(self, split):
		r = self.r
		s = self.sit()
		spot = random_spot(r, squares=False, need=lambda p: p.length > 700)
		gap_m = r.uniform(250, spot.place.length - 30)
		s2 = spot.s + gap_m if spot.s + gap_m < spot.place.length - 10 else spot.s - gap_m
		if s2 < 10:
			s2 = min(spot.place.length - 10, spot.s + 250)
		spot_b = Spot(spot.place, s2, r.choice((1, -1)))
		modes = pick(
			r,
			[
				(("address", "address"), 45),
				(("both", "both"), 25),
				(("coords", "address"), 15),
				(("address", "both"), 15),
			],
		)
		a, b = self.two_reports(
			split,
			s,
			spot,
			s,
			spot_b,
			self.window_gap(0, 25),
			same_words=r.random() < 0.6,
			modes=modes,
			channels=("Phone" if modes[0] == "address" else None, None),
		)
		return [self.pair("neg_same_street_far_numbers", False, a, b)]

	def neg_recurrence(self, split):
		r = self.r
		s = pick(
			r,
			[
				("pothole", 18),
				("lamp_out", 16),
				("graffiti", 10),
				("drain", 6),
				("mattress", 16),
				("street_bin", 12),
				("bin_missed", 10),
				("bad_parking", 6),
				("broken_glass", 6),
			],
		)
		spot = random_spot(r)
		if s in HOTSPOTS:
			# a new dump / a new overflow / next week's collection at the same hotspot, after the first was handled
			dt = timedelta(days=r.uniform(6, 29)) if s != "bad_parking" else timedelta(days=r.uniform(2, 25))
		else:
			dt = timedelta(days=r.uniform(45, 240)) if r.random() < 0.8 else timedelta(days=r.uniform(31, 44))
		a, b = self.two_reports(
			split,
			s,
			spot,
			s,
			spot.moved(r, 8),
			dt,
			same_words=r.random() < 0.5,
			extra_b=r.choice(RECURRENCE["hotspot" if s in HOTSPOTS else "repaired"]),
		)
		return [self.pair("neg_recurrence", False, a, b)]

	def neg_noise_later(self, split):
		r = self.r
		s = pick(r, [("noise_bar", 65), ("noise_party", 20), ("noise_works", 15)])
		bar = r.choice(COMMON["bars"][split]) if s == "noise_bar" else None
		spot = random_spot(r)
		dt = timedelta(days=r.uniform(12, 29))
		a, b = self.two_reports(
			split, s, spot, s, spot.moved(r, 15), dt, same_words=r.random() < 0.4, bar_a=bar, bar_b=bar
		)
		return [self.pair("neg_noise_later", False, a, b)]

	def neg_noise_other_place(self, split):
		r = self.r
		s = pick(r, [("noise_bar", 65), ("noise_party", 15), ("noise_works", 20)])
		bars = COMMON["bars"][split]
		bar_a = r.choice(bars) if s == "noise_bar" else None
		bar_b = r.choice([x for x in bars if x != bar_a]) if s == "noise_bar" else None
		spot = random_spot(r, squares=False)
		if r.random() < 0.5 and G.parallel_neighbours(spot.place):
			other, _ = r.choice(G.parallel_neighbours(spot.place))
			s2 = min(other.length - 5, max(5, spot.s + spot.place.along - other.along + r.uniform(-40, 40)))
			spot_b = Spot(other, s2, r.choice((1, -1)))
		else:
			d = r.uniform(70, 220) * r.choice((1, -1))
			s2 = spot.s + d if 5 < spot.s + d < spot.place.length - 5 else spot.s - d
			spot_b = Spot(spot.place, min(spot.place.length - 5, max(5, s2)), r.choice((1, -1)))
		dt = timedelta(hours=r.uniform(0, 5)) if s != "noise_works" else timedelta(hours=r.uniform(0, 48))
		a, b = self.two_reports(
			split, s, spot, s, spot_b, dt, same_words=r.random() < 0.5, bar_a=bar_a, bar_b=bar_b
		)
		return [self.pair("neg_noise_other_place", False, a, b)]


CASES = {
	# case: (count, description)
	"dup_same_wording": (60, "Same incident, same request type, close by, similar words (easy positive)."),
	"dup_paraphrase": (
		95,
		"Same incident, same type, reworded: synonyms, typos, SMS, short vs long, consequence instead of object ('il fait tout noir' vs 'lampadaire en panne').",
	),
	"dup_cross_type": (
		88,
		"Same incident filed under two different request types (mattress as Dépôt sauvage vs Collecte des déchets, branch as Espaces verts vs chaussée, drain as chaussée vs propreté, e-mail reports left as 'Demande à qualifier'...).",
	),
	"dup_coords_vs_address": (
		52,
		"Same incident, coordinates only on one side and an address only on the other (abbreviations, no number, 'angle X / Y', 'face au 12', postcode or not).",
	),
	"dup_location_in_text": (
		12,
		"Same incident, one report has neither coordinates nor address: the place is only in its text.",
	),
	"dup_symptom_vs_cause": (
		16,
		"Same incident described by its cause on one side and its consequence on the other (lamp post knocked down vs lamp out; blocked drain vs flooded street).",
	),
	"dup_long_running": (
		14,
		"Same unrepaired incident reported again 31-62 days later ('toujours pas réparé').",
	),
	"dup_noise_repeat": (
		36,
		"Noise from the same bar / building site / flat reported again within hours or a few days.",
	),
	"neg_easy_elsewhere": (225, "Same or similar problem 300 m-4 km away (easy negative)."),
	"neg_easy_other_problem": (
		55,
		"Different problem of another request type, nearby or not (easy negative).",
	),
	"neg_neighbour_object": (
		46,
		"The next object of the same kind 90-200 m further on the same street (neighbouring street lights), often the same words.",
	),
	"neg_parallel_street": (46, "The same wording on the next (parallel) street 80-135 m away."),
	"neg_same_place_other_object": (
		46,
		"A different object at the same place (bench vs bin on a square, tree vs lamp post, sign vs traffic light).",
	),
	"neg_same_object_other_problem": (
		34,
		"Same object and place, a different fault needing another intervention (tag on a lamp post vs lamp out).",
	),
	"neg_same_street_far_numbers": (
		46,
		"Same problem on the same street but far apart (e.g. no 12 vs no 140), often located by address only.",
	),
	"neg_recurrence": (
		40,
		"Same place and object, a new occurrence after the first was handled: pothole back months later, a new dump or a new overflowing bin at the same hotspot 1-4 weeks later.",
	),
	"neg_noise_later": (26, "The same bar / site / flat, a new noise complaint 12-29 days later."),
	"neg_noise_other_place": (
		26,
		"Another bar / site / flat on the next street or 70-220 m away, the same night.",
	),
}

LABEL_RULE = (
	"duplicate = true when an agent would merge b into a because it is the same incident to handle once: "
	"the same physical object or spot and the same fault, whatever the words, the request type chosen or "
	"the way the place is given (coordinates, address, text). Cause and consequence of one fault are the "
	"same incident (a lamp post knocked down and 'the lamp post is out' at the same place within days; a "
	"blocked drain and 'the street is flooded'). A fault still unrepaired and reported again weeks later is "
	"the same incident. Not duplicates: another object of the same kind (the next lamp post, the next bar, "
	"a parallel street); another object at the same place (bench vs bin); another fault on the same object "
	"calling for another intervention (tag on a lamp post vs lamp out); a new occurrence after the first was "
	"handled (a pothole back months after repair, a new dump or overflow at the same hotspot, a new noise "
	"complaint about the same bar 12+ days later). Noise complaints about the same source within hours or a "
	"few days are the same ongoing incident."
)


def build_duplicates():
	scenes = Scenes(SEED)
	pairs = []
	for case, (count, _desc) in CASES.items():
		r = random.Random(f"{SEED}:split:{case}")
		splits = [SPLITS[i % 2] for i in range(count)]
		r.shuffle(splits)
		for i in range(count):
			split = splits[i]
			for p in getattr(scenes, case)(split):
				p["split"] = split
				p["cluster"] = f"{case}-{i:03d}"
				pairs.append(p)
	# shuffle the order deterministically (a triage queue is not sorted by case)
	random.Random(f"{SEED}:order").shuffle(pairs)
	out = []
	for i, p in enumerate(pairs, 1):
		a, b = p["a"], p["b"]
		dist = None
		if a["lat"] is not None and b["lat"] is not None:
			dist = round(haversine(a["lat"], a["lon"], b["lat"], b["lon"]), 1)
		days = (
			abs(
				(
					datetime.fromisoformat(b["received_on"]) - datetime.fromisoformat(a["received_on"])
				).total_seconds()
			)
			/ 86400
		)
		out.append(
			{
				"id": f"D{i:04d}",
				"split": p["split"],
				"cluster": p["cluster"],
				"case": p["case"],
				"duplicate": p["duplicate"],
				"distance_m": dist,
				"days_apart": round(days, 3),
				"same_request_type": a["request_type"] == b["request_type"],
				"a": a,
				"b": b,
			}
		)
	return out


def duplicates_document(pairs):
	counts = Counter(p["case"] for p in pairs)
	by_split = {s: Counter(p["case"] for p in pairs if p["split"] == s) for s in SPLITS}
	return {
		"description": (
			"Evaluation pairs of citizen reports in Lyon for duplicate detection (citizen_relation). "
			"Built by benchmarks/data/generate_eval.py from hand-written French phrasings "
			"(benchmarks/data/dup_phrases.py) and a gazetteer of real Lyon streets "
			"(benchmarks/data/lyon_gazetteer.py): coordinates lie along the street given in the address, "
			"house numbers follow the position along the street. Each pair: b is the new report, a the "
			"candidate. 'split' separates fit and holdout by cluster (one cluster = the incidents of one "
			"scene; no incident appears in both splits) and the phrasings are split too: holdout texts use "
			"wordings, landmarks and bar names the fit split never shows. Request types and categories are "
			"those seeded by citizen_relation/setup/seed.py. distance_m: between the two reports' "
			"coordinates (null when either has none); days_apart: between received_on values."
		),
		"city": "Lyon",
		"seed": SEED,
		"label_rule": LABEL_RULE,
		"settings_assumed": {"radius_m": 150, "window_days": 30, "threshold": 0.65},
		"cases": {
			case: {
				"duplicate": case.startswith("dup_"),
				"count": counts[case],
				"fit": by_split["fit"][case],
				"holdout": by_split["holdout"][case],
				"description": desc,
			}
			for case, (_n, desc) in CASES.items()
		},
		"totals": {
			"pairs": len(pairs),
			"duplicates": sum(p["duplicate"] for p in pairs),
			"fit": sum(p["split"] == "fit" for p in pairs),
			"holdout": sum(p["split"] == "holdout" for p in pairs),
		},
		"pairs": pairs,
	}


# --------------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------------


def dumps(doc) -> str:
	return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def check_duplicates(doc):
	pairs = doc["pairs"]
	keys = Counter(
		(p["a"]["subject"], p["a"]["description"], p["b"]["subject"], p["b"]["description"]) for p in pairs
	)
	same = [k for k, n in keys.items() if n > 1]
	assert not same, f"{len(same)} identical pairs"
	texts = Counter(r["subject"] + "|" + r["description"] for p in pairs for r in (p["a"], p["b"]))
	for split in SPLITS:
		cases = {p["case"] for p in pairs if p["split"] == split}
		assert cases == set(CASES), (split, set(CASES) - cases)
	clusters = defaultdict(set)
	for p in pairs:
		clusters[p["cluster"]].add(p["split"])
	assert all(len(v) == 1 for v in clusters.values())
	for p in pairs:
		for side in ("a", "b"):
			rep = p[side]
			if rep["lat"] is not None:
				assert 45.72 <= rep["lat"] <= 45.80 and 4.79 <= rep["lon"] <= 4.90, rep
	n = len(pairs)
	dups = sum(p["duplicate"] for p in pairs)
	print(
		f"duplicate_eval: {n} pairs, {dups} duplicates ({dups / n:.1%}), {len(texts)} distinct report texts of {2 * n}"
	)
	dup_pairs = [p for p in pairs if p["duplicate"]]
	cross = sum(not p["same_request_type"] for p in dup_pairs)
	mixed = sum(
		(p["a"]["lat"] is None) != (p["b"]["lat"] is None)
		and (p["a"]["address"] is None) != (p["b"]["address"] is None)
		and (
			(p["a"]["lat"] is None and p["b"]["address"] is None)
			or (p["b"]["lat"] is None and p["a"]["address"] is None)
		)
		for p in dup_pairs
	)
	print(
		f"  duplicates with different request types: {cross} ({cross / dups:.1%}); coordinates-only vs address-only: {mixed} ({mixed / dups:.1%})"
	)
	for split in SPLITS:
		sp = [p for p in pairs if p["split"] == split]
		d = sum(p["duplicate"] for p in sp)
		print(f"  {split:8s} {len(sp)} pairs, {d} duplicates ({d / len(sp):.1%})")
	print(f"  {'case':32s} {'n':>4s} {'fit':>4s} {'hold':>4s}  share")
	for case, info in doc["cases"].items():
		print(
			f"  {case:32s} {info['count']:4d} {info['fit']:4d} {info['holdout']:4d}  {info['count'] / n:.1%}"
		)


def main(argv=None):
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument(
		"--check", action="store_true", help="compare with the committed files instead of writing"
	)
	args = parser.parse_args(argv)
	import kb_content

	outputs = {DUP_FILE: duplicates_document(build_duplicates())}
	outputs.update(kb_content.build_documents(SEED, SPLITS))
	check_duplicates(outputs[DUP_FILE])
	kb_content.check(outputs)
	for path, doc in outputs.items():
		text = dumps(doc)
		if args.check:
			same = path.exists() and path.read_text(encoding="utf-8") == text
			print(f"{path.name}: {'identical' if same else 'DIFFERS from the committed file'}")
		else:
			path.write_text(text, encoding="utf-8")
			print(
				f"wrote {path.relative_to(HERE.parent.parent)} ({hashlib.sha256(text.encode()).hexdigest()[:12]})"
			)


if __name__ == "__main__":
	main()
