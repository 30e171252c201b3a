"""Deterministic generator of the blind6 evaluation sets (stdlib only).

    python3 benchmarks/data/blind6/make_blind6.py          # writes duplicate_blind6.json, kb_blind6.json
    python3 benchmarks/data/blind6/make_blind6.py --check  # regenerates in memory, compares with the files

Texts: blind6_dup_texts.py, blind6_kb_texts.py (hand-written, new for this split). Places:
benchmarks/data/lyon_gazetteer.py. Machinery (geometry, typed addresses, record writing, tags) copied from
blind5/make_blind5.py (itself copied from blind4's, blind3's and blind2's); changed: seed, split, names R6-, the
incident kinds and their recurrence delays, the case counts (about 260 pairs) and descriptions.
Request types and categories: read (not imported) from citizen_relation/setup/seed.py.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import math
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
ROOT = DATA.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(DATA))

import blind6_dup_texts as T  # noqa: E402
import blind6_kb_texts as K  # noqa: E402
import lyon_gazetteer as G  # noqa: E402

SEED = 20261202
SPLIT = "blind6"
DUP_FILE = HERE / "duplicate_blind6.json"
KB_FILE = HERE / "kb_blind6.json"
ARTICLES_FILE = DATA / "kb_eval_articles.json"
SEED_FILE = ROOT / "citizen_relation" / "setup" / "seed.py"

LABEL_RULE_DUP = (
    "duplicate = true when an agent would merge b into a because it is the same incident to handle once: "
    "the same physical object or spot and the same fault, whatever the words, the request type chosen or the "
    "way the place is given. Cause and consequence of one fault are one incident; a fault still unrepaired "
    "weeks later is the same incident; noise about the same source within hours or a few days is one ongoing "
    "incident. Not duplicates: the next object of the same kind (next lamp post 90-200 m on, parallel street, "
    "another bar), another object at the same place, another fault on the same object, a new occurrence after "
    "the first was handled (pothole back months later, new dump, same bar 12+ days later)."
)
LABEL_RULE_KB = (
    "expected[0] is the article whose title answers the question; a second name is given only when another "
    "article answers it as well. A general article that merely mentions the topic is not acceptable when a "
    "specific one exists (sibling case)."
)

APP, WEB, PHONE, COUNTER, MAIL, POST, SOCIAL = (
    "Mobile App / API", "Web Portal", "Phone", "Counter", "E-mail", "Postal Mail", "Social Media",
)


# ----------------------------------------------------------------------------- seed
def seeded_types() -> dict[str, str]:
    """{type name: category} from seed.py's REQUEST_TYPES, parsed without importing the app."""
    tree = ast.parse(SEED_FILE.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "REQUEST_TYPES" for t in node.targets):
            rows = ast.literal_eval(node.value)
            return {row[0]: row[1] for row in rows}
    raise SystemExit("REQUEST_TYPES not found in seed.py")


TYPES = seeded_types()


# ----------------------------------------------------------------------------- geometry
def haversine(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * G.EARTH_RADIUS_M * math.asin(math.sqrt(h))


CROSSINGS = {st.name: G.crossing_streets(st) for st in G.STREETS}
STREETS_WITH_CROSSING = [st for st in G.STREETS if CROSSINGS[st.name]]
PARALLEL = {st.name: G.parallel_neighbours(st, 80, 140) for st in G.STREETS}
STREETS_WITH_PARALLEL = [st for st in G.STREETS if PARALLEL[st.name]]


class Spot:
    """One place on the ground: a point along a street (maybe at a crossing) or on a square."""

    def __init__(self, place, s=0.0, side=1, cross=None, angle=0.0, fraction=0.5, lm=None):
        self.place, self.s, self.side, self.cross = place, s, side, cross
        self.angle, self.fraction, self.lm = angle, fraction, lm

    @property
    def is_square(self):
        return self.place.is_square

    def latlon(self):
        if self.is_square:
            return self.place.point(self.angle, self.fraction)
        return self.place.point(self.s, self.side)

    def number(self):
        if self.is_square:
            return self.place.number(self.angle)
        return self.place.number(self.s, self.side)

    def opposite_number(self):
        return self.place.number(self.s, -self.side)


def street_spot(rng, street=None, s=None, side=None, crossing_p=0.25):
    if street is None:
        street = rng.choice(G.STREETS)
    cross = None
    if s is None:
        if CROSSINGS[street.name] and rng.random() < crossing_p:
            other, s_here, _ = rng.choice(CROSSINGS[street.name])
            s, cross = max(5.0, min(street.length - 5, s_here + rng.uniform(-12, 12))), other
        else:
            s = rng.uniform(15, street.length - 15)
    if side is None:
        side = rng.choice((1, -1))
    return Spot(street, s, side, cross, lm=rng.choice(T.LANDMARKS))


def square_spot(rng, square=None):
    square = square or rng.choice(G.SQUARES_)
    return Spot(square, angle=rng.uniform(0, 360), fraction=rng.uniform(0.2, 0.9), lm=rng.choice(T.LANDMARKS))


def spot_for(kind, rng):
    where = T.KINDS[kind]["where"] if kind in T.KINDS else "street"
    if where == "square" and rng.random() < 0.8:
        return square_spot(rng)
    if where == "crossing":
        street = rng.choice(STREETS_WITH_CROSSING)
        return street_spot(rng, street, crossing_p=1.0)
    return street_spot(rng)


def near(spot, rng, max_m):
    """The same spot seen by another person: a few metres around."""
    if spot.is_square:
        ang = (spot.angle + rng.uniform(-15, 15)) % 360
        return Spot(spot.place, angle=ang, fraction=max(0.05, min(1.0, spot.fraction + rng.uniform(-0.15, 0.15))), lm=spot.lm)
    s = max(3.0, min(spot.place.length - 3, spot.s + rng.uniform(-max_m, max_m)))
    return Spot(spot.place, s, spot.side, spot.cross, lm=spot.lm)


def jitter(lat, lon, rng, max_m):
    r, a = rng.uniform(0, max_m), rng.uniform(0, 360)
    return G.move(lat, lon, r, a)


# ----------------------------------------------------------------------------- typed places
ABBREV = {
    "rue": ["r.", "rue", "Rue"], "avenue": ["av.", "av", "avenue", "Av."], "boulevard": ["bd", "Bd", "boulevard", "bld"],
    "cours": ["crs", "cours", "Cours"], "place": ["pl.", "place", "Pl"], "quai": ["quai", "qu.", "Quai"],
    "montée": ["montée", "montee", "mtée"], "route": ["rte", "route"], "grande": ["Grande", "gde", "grande"],
}


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def typo(word: str, rng) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.random()
    if op < 0.4:
        return word[:i] + word[i + 1:]  # dropped letter
    if op < 0.7:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # swapped letters
    return word[:i] + word[i] + word[i:]  # doubled letter


def typed_name(name: str, rng, sloppy: float) -> str:
    """A street/square name as a person types it: abbreviations, lost accents, dropped articles, typos."""
    words = name.split()
    first = words[0].lower()
    if first in ABBREV and rng.random() < 0.5:
        words[0] = rng.choice(ABBREV[first])
    out = " ".join(words)
    if rng.random() < sloppy * 0.5:
        out = re.sub(r"\b(de la|de l'|du|des|de) ", "", out, count=1)
    if rng.random() < sloppy:
        out = strip_accents(out)
    if rng.random() < sloppy * 0.6:
        out = out.lower()
    if rng.random() < sloppy * 0.4:
        ws = out.split()
        j = max(range(len(ws)), key=lambda k: len(ws[k]))
        ws[j] = typo(ws[j], rng)
        out = " ".join(ws)
    return out


def postcode_suffix(place, rng, p=0.5):
    r = rng.random()
    if r < p * 0.6:
        return f", {place.postcode} Lyon"
    if r < p:
        return ", Lyon " + place.postcode[-1] + ("e" if place.postcode[-1] != "1" else "er")
    return ""


def typed_address(spot, rng, sloppy=0.3, auto=False) -> str:
    """The address field of a report: reverse-geocoded (auto, app) or typed (agent, web form, e-mail)."""
    place = spot.place
    if auto:
        return f"{spot.number()} {place.name}, {place.postcode} Lyon"
    name = typed_name(place.name, rng, sloppy)
    if spot.is_square:
        r = rng.random()
        if r < 0.5:
            return name + postcode_suffix(place, rng)
        if r < 0.8:
            return f"{spot.number()} {name}" + postcode_suffix(place, rng)
        return f"{name} (côté {spot.lm})".replace("côté le ", "côté du ").replace("côté la ", "côté de la ").replace("côté l'", "côté de l'")
    r = rng.random()
    if spot.cross is not None and r < 0.6:
        other = typed_name(spot.cross.name, rng, sloppy)
        return rng.choice([f"angle {name} / {other}", f"{name} angle {other}", f"carrefour {name} - {other}",
                           f"{name} x {other}"]) + postcode_suffix(place, rng, 0.3)
    if r < 0.45:
        return f"{spot.number()} {name}" + postcode_suffix(place, rng)
    if r < 0.6:
        return f"face au {spot.opposite_number()} {name}" + postcode_suffix(place, rng, 0.3)
    if r < 0.75:
        return f"{spot.number()}, {name}"
    if r < 0.88:
        return name + postcode_suffix(place, rng, 0.4)
    return f"{name}, devant {spot.lm}"


def loc_phrase(spot, rng, sloppy=0.2) -> str:
    """Where it is, inside a sentence."""
    place = spot.place
    name = typed_name(place.name, rng, sloppy)
    if spot.is_square:
        return rng.choice([f"place {name.split(' ', 1)[1] if ' ' in name else name}", f"sur la {name}",
                           f"{name}, côté {spot.lm}", f"sur la {name} près de {spot.lm}",
                           f"au {spot.number()} {name}"])
    if spot.cross is not None and rng.random() < 0.6:
        other = typed_name(spot.cross.name, rng, sloppy)
        return rng.choice([f"à l'angle {name} / {other}", f"au croisement de la {name} et de la {other}"
                           if name.lower().startswith("rue") and other.lower().startswith("rue")
                           else f"au carrefour {name} / {other}", f"angle {name} et {other}"])
    n = spot.number()
    return rng.choice([f"devant le {n} {name}", f"au {n} {name}", f"{name} à hauteur du n°{n}",
                       f"face au {spot.opposite_number()} {name}", f"{name}, devant {spot.lm}",
                       f"{name} vers le {n}", f"au niveau du {n} {name}"])


# ----------------------------------------------------------------------------- reports
class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.n_reports = 0

    def name(self):
        self.n_reports += 1
        return f"R6-{self.n_reports:05d}"


def style_of(text: str) -> str:
    head = text.split(" | ", 1)[1] if " | " in text else text
    if head.startswith(("Appel", "Tél", "Guichet", "Usager", "Riverain", "Signalé", "Signalement", "Mme", "M.", "Rappel de")):
        return "note"
    if head.startswith(("Bonjour", "Bonsoir", "Madame", "Monsieur")):
        return "mail"
    if head.startswith("@") or text.startswith("@") or " #" in head:
        return "social"
    if head[:1].islower() or not any(c in head for c in "éèàêç"):
        return "app"
    return "web"


def pick(kind_pools, pools, rng):
    """A text of one of the given pools of a kind (first non-empty in a shuffled order)."""
    order = list(pools)
    rng.shuffle(order)
    for p in order:
        lst = kind_pools.get(p) or []
        if lst:
            return p, rng.choice(lst)
    raise KeyError(pools)


def channel_for(pool, text, rng):
    style = pool if pool in ("app", "web", "note", "mail", "social") else style_of(text)
    if style == "app":
        return APP, style
    if style == "web":
        return WEB, style
    if style == "note":
        head = text.split(" | ", 1)[-1]
        if "uichet" in head:
            return COUNTER, style
        if head.startswith(("Appel", "Tél", "Riverain au téléphone", "Signalement par téléphone", "Rappel")):
            return PHONE, style
        return (COUNTER if rng.random() < 0.3 else PHONE), style
    if style == "mail":
        return (POST if rng.random() < 0.1 else MAIL), style
    return SOCIAL, style


def default_mode(channel, rng):
    if channel == APP:
        return "coords+auto" if rng.random() < 0.4 else "coords"
    if channel == WEB:
        r = rng.random()
        return "coords+addr" if r < 0.5 else "addr" if r < 0.85 else "coords"
    if channel in (PHONE, COUNTER, POST):
        return "addr"
    if channel == MAIL:
        return "addr" if rng.random() < 0.9 else "text"
    # social media: the agent who turns the post into a request often types the place into the address field
    return "addr" if rng.random() < 0.75 else "text"


def fill(text, spot, rng, src=None):
    loc = loc_phrase(spot, rng)
    rue = typed_name(spot.place.name, rng, 0.4)
    out = text.format_map({"loc": loc, "rue": rue, "lm": spot.lm or "l'arrêt de bus", "src": src or "bar"})
    for a, b in ((" de le ", " du "), (" à le ", " au "), (" a le ", " au "), (" de les ", " des "),
                 ("côté le ", "côté du "), ("côté la ", "côté de la "), ("côté l'", "côté de l'"),
                 (" au Le ", " au "), (" au La ", " à La "), (" au L'", " à L'"), (" au O'", " à l'O'"),
                 ("bar Le Bar ", "bar ")):
        out = out.replace(a, b)
    return out


def make_report(ctx, text, pool, spot, rtype, when, mode=None, channel=None, src=None, gps=15.0):
    rng = ctx.rng
    if channel is None:
        channel, _ = channel_for(pool, text, rng)
    if mode is None:
        mode = default_mode(channel, rng)
    if mode == "text" and "{loc}" not in text:
        subj, desc = text.split(" | ", 1)
        desc = desc.rstrip(".") + rng.choice([" ({loc}).", ". C'est {loc}.", ", {loc}.", " — {loc}"])
        text = f"{subj} | {desc}"
    filled = fill(text, spot, rng, src)
    subject, description = filled.split(" | ", 1)
    lat = lon = address = None
    if mode.startswith("coords"):
        la, lo = spot.latlon()
        la, lo = jitter(la, lo, rng, gps if channel == APP else 25.0)
        lat, lon = round(la, 6), round(lo, 6)
        if mode == "coords+auto":
            address = typed_address(spot, rng, auto=True)
        elif mode == "coords+addr":
            address = typed_address(spot, rng, sloppy=0.2)
    elif mode == "addr":
        address = typed_address(spot, rng, sloppy=0.45 if channel in (WEB, MAIL, SOCIAL) else 0.25)
    return {
        "_auto": typed_address(spot, rng, auto=True),
        "name": ctx.name(), "request_type": rtype, "category": TYPES[rtype], "subject": subject.strip(),
        "description": description.strip(), "lat": lat, "lon": lon, "address": address,
        "received_on": when.strftime("%Y-%m-%dT%H:%M"), "channel": channel,
    }


# ----------------------------------------------------------------------------- time
START = dt.datetime(2025, 1, 6)


def hour_for(channel, rng, night=False):
    if night:
        return rng.choice([22, 23, 23, 0, 0, 1, 1, 2, 3, 5, 6])
    if channel in (PHONE, COUNTER):
        return rng.choice([8, 9, 9, 10, 10, 11, 14, 14, 15, 16])
    return rng.choice([7, 8, 9, 11, 12, 13, 17, 18, 19, 20, 21, 22])


def first_time(rng, channel, night=False):
    d = START + dt.timedelta(days=rng.randrange(0, 300))
    return d.replace(hour=hour_for(channel, rng, night), minute=rng.randrange(60))


def later(t0, days, rng):
    t = t0 + dt.timedelta(days=days)
    return t.replace(second=0, microsecond=0)


# ----------------------------------------------------------------------------- pair building
OFFICE_HOURS = [8, 9, 9, 10, 10, 11, 11, 13, 14, 14, 15, 15, 16]


def snap(rep, rng, night_ok):
    """Received times that fit the channel: phone and counter in office hours, no app/web report at 1-6 h
    (except noise, which is reported at night)."""
    t = dt.datetime.strptime(rep["received_on"], "%Y-%m-%dT%H:%M")
    if rep["channel"] == COUNTER or (rep["channel"] == PHONE and not night_ok):
        if not 8 <= t.hour < 17 or t.hour == 12:
            t = t.replace(hour=rng.choice(OFFICE_HOURS))
    elif rep["channel"] in (APP, WEB, SOCIAL, MAIL) and not night_ok and 1 <= t.hour <= 6:
        t = t.replace(hour=rng.choice([7, 8, 12, 13, 18, 19, 20, 21, 22]))
    if t.weekday() == 6 and rep["channel"] == COUNTER:
        t += dt.timedelta(days=1)
    rep["received_on"] = t.strftime("%Y-%m-%dT%H:%M")
    return t


def pair_record(case, dup, a, b, cluster, rng):
    night_ok = "noise" in case
    ta, tb = snap(a, rng, night_ok), snap(b, rng, night_ok)
    while tb <= ta:
        tb += dt.timedelta(days=1)
        b["received_on"] = tb.strftime("%Y-%m-%dT%H:%M")
    if a["lat"] is not None and b["lat"] is not None:
        dist = round(haversine(a["lat"], a["lon"], b["lat"], b["lon"]), 1)
    else:
        dist = None
    assert tb > ta, (case, a["received_on"], b["received_on"])
    return {
        "id": None, "split": SPLIT, "cluster": cluster, "case": case, "duplicate": dup, "distance_m": dist,
        "days_apart": round((tb - ta).total_seconds() / 86400, 3), "same_request_type": a["request_type"] == b["request_type"],
        "a": a, "b": b,
    }


PLAIN_KINDS = [k for k in T.KINDS]
LASTING = [k for k, v in T.KINDS.items() if v["lasting"]]
STREET_KINDS = [k for k, v in T.KINDS.items() if v["where"] in ("street", "crossing")]
# kinds of which there is another one further on the same street (lamp posts, potholes, street bins...)
STREET_MULTI = [k for k, v in T.KINDS.items() if v["where"] == "street" and v["multi"]]
# kinds that can occur again far away on the same street (not at a crossing, not the one underpass)
STREET_FAR = [k for k, v in T.KINDS.items() if v["where"] == "street"]
CAUSE_KINDS = [k for k, v in T.KINDS.items() if v.get("cause")]
CAUSE_WORDS: dict[str, tuple[str, ...]] = {}  # every cause text of blind6_dup_texts.py does lead to its effect
RECUR = {
    "corset_arbre": (20, 90), "barriere_pieton": (30, 140), "miroir": (25, 120), "boite_livres": (15, 60),
    "pingpong": (10, 45),
}


def gap_days(kind, rng):
    if T.KINDS[kind]["lasting"]:
        return rng.choice([rng.uniform(0.05, 3), rng.uniform(1, 12), rng.uniform(3, 24)])
    return rng.choice([rng.uniform(0.02, 1), rng.uniform(0.2, 3), rng.uniform(0.5, 5)])


def two_texts(kind, rng, pools_a, pools_b):
    k = T.KINDS[kind]
    for _ in range(20):
        pa, ta = pick(k, pools_a, rng)
        pb, tb = pick(k, pools_b, rng)
        if ta != tb:
            return (pa, ta), (pb, tb)
    return (pa, ta), (pb, tb)


def build_dup(ctx, case):
    rng = ctx.rng
    if case == "dup_same_wording":
        kind = rng.choice(PLAIN_KINDS)
        spot = spot_for(kind, rng)
        k = T.KINDS[kind]
        pool = "app" if rng.random() < 0.7 and len(k["app"]) > 1 else "web" if len(k["web"]) > 1 else "app"
        if len(k[pool]) < 2:
            kind = rng.choice([x for x in PLAIN_KINDS if len(T.KINDS[x]["app"]) > 2])
            k, pool = T.KINDS[kind], "app"
            spot = spot_for(kind, rng)
        (pa, ta), (pb, tb) = two_texts(kind, rng, [pool], [pool])
        tb = ta.split(" | ")[0] + " | " + tb.split(" | ", 1)[1]  # same subject, the app's default wording
        rtype = k["type"]
        a = make_report(ctx, ta, pa, spot, rtype, t0 := first_time(rng, APP), mode="coords")
        b = make_report(ctx, tb, pb, near(spot, rng, 8), rtype, later(t0, gap_days(kind, rng), rng), mode="coords")
        return kind, a, b
    if case == "dup_paraphrase":
        kind = rng.choice(PLAIN_KINDS)
        spot = spot_for(kind, rng)
        k = T.KINDS[kind]
        (pa, ta), (pb, tb) = two_texts(kind, rng, ["app", "app", "web", "web", "social"], ["note", "note", "mail", "web", "app", "app"])
        if rng.random() < 0.5:
            (pa, ta), (pb, tb) = (pb, tb), (pa, ta)
        ca, _ = channel_for(pa, ta, rng)
        cb, _ = channel_for(pb, tb, rng)
        ma, mb = default_mode(ca, rng), default_mode(cb, rng)
        # keep coords-only vs address-only for its own case: the app side then carries its auto address
        if ma == "coords" and mb == "addr":
            ma = "coords+auto"
        if mb == "coords" and ma == "addr":
            mb = "coords+auto"
        t0 = first_time(rng, ca)
        a = make_report(ctx, ta, pa, spot, k["type"], t0, mode=ma, channel=ca)
        b = make_report(ctx, tb, pb, near(spot, rng, 10), k["type"], later(t0, gap_days(kind, rng), rng), mode=mb, channel=cb)
        return kind, a, b
    if case == "dup_cross_type":
        kind = rng.choice([k for k in PLAIN_KINDS if T.KINDS[k]["alt"]])
        k = T.KINDS[kind]
        spot = spot_for(kind, rng)
        alt = rng.choice(k["alt"])
        if alt in ("Demande à qualifier", "Réclamation"):
            pools_alt = (["mail"] if k["mail"] else ["web", "note"]) if alt == "Demande à qualifier" else ["mail", "web", "note"]
        else:
            pools_alt = ["app", "web", "note"]
        (pa, ta), (pb, tb) = two_texts(kind, rng, ["app", "app", "web", "note", "note", "social"], pools_alt)
        types = (k["type"], alt)
        if rng.random() < 0.4:
            (pa, ta), (pb, tb), types = (pb, tb), (pa, ta), (alt, k["type"])
        ca, _ = channel_for(pa, ta, rng)
        cb, _ = channel_for(pb, tb, rng)
        t0 = first_time(rng, ca)
        a = make_report(ctx, ta, pa, spot, types[0], t0, channel=ca)
        b = make_report(ctx, tb, pb, near(spot, rng, 12), types[1], later(t0, gap_days(kind, rng), rng), channel=cb)
        return kind, a, b
    if case == "dup_coords_vs_address":
        kind = rng.choice(PLAIN_KINDS)
        k = T.KINDS[kind]
        spot = spot_for(kind, rng)
        (pa, ta), (pb, tb) = two_texts(kind, rng, ["app"], ["note", "web", "mail"])
        if rng.random() < 0.5:
            (pa, ta), (pb, tb) = (pb, tb), (pa, ta)
        ca, _ = channel_for(pa, ta, rng)
        cb, _ = channel_for(pb, tb, rng)
        t0 = first_time(rng, ca)
        a = make_report(ctx, ta, pa, spot, k["type"], t0, mode="coords" if pa == "app" else "addr", channel=ca)
        b = make_report(ctx, tb, pb, near(spot, rng, 10), k["type"], later(t0, gap_days(kind, rng), rng),
                        mode="coords" if pb == "app" else "addr", channel=cb)
        return kind, a, b
    if case == "dup_location_in_text":
        kind = rng.choice(PLAIN_KINDS)
        k = T.KINDS[kind]
        spot = spot_for(kind, rng)
        (pa, ta), (pb, tb) = two_texts(kind, rng, ["app", "web", "note"], ["mail", "social", "note"])
        ca, _ = channel_for(pa, ta, rng)
        cb, _ = channel_for(pb, tb, rng)
        rtype_b = k["type"] if rng.random() < 0.75 else "Demande à qualifier"
        swap = rng.random() < 0.35
        t0 = first_time(rng, ca)
        r1 = make_report(ctx, ta, pa, spot, k["type"], t0, channel=ca,
                         mode=None if ca != APP else "coords")
        r2 = make_report(ctx, tb, pb, spot, rtype_b, later(t0, gap_days(kind, rng), rng), mode="text", channel=cb)
        if swap:  # the text-only report came first
            r1["received_on"], r2["received_on"] = r2["received_on"], r1["received_on"]
            return kind, r2, r1
        return kind, r1, r2
    if case == "dup_symptom_vs_cause":
        kind = rng.choice(CAUSE_KINDS)
        k = T.KINDS[kind]
        spot = spot_for(kind, rng)
        for _ in range(50):  # a cause text that does lead to the consequence (a fallen branch, not a hanging one)
            pc, tc = pick(k, ["app", "web", "note", "mail"], rng)
            if not CAUSE_WORDS.get(kind) or any(w in tc for w in CAUSE_WORDS[kind]):
                break
        te = rng.choice(k["effect"])
        cc, _ = channel_for(pc, tc, rng)
        ce, _ = channel_for("effect", te, rng)
        t0 = first_time(rng, cc)
        cause = make_report(ctx, tc, pc, spot, k["type"], t0, channel=cc)
        eff = make_report(ctx, te, "effect", near(spot, rng, 30), k["effect_type"] if rng.random() < 0.6 else k["type"],
                          later(t0, rng.uniform(0.05, 4), rng), channel=ce)
        if rng.random() < 0.35:  # the symptom came first
            cause["received_on"], eff["received_on"] = eff["received_on"], cause["received_on"]
            return kind, eff, cause
        return kind, cause, eff
    if case == "dup_long_running":
        kind = rng.choice([k for k in LASTING if T.KINDS[k]["again"]])
        k = T.KINDS[kind]
        spot = spot_for(kind, rng)
        pa, ta = pick(k, ["app", "web", "note", "mail"], rng)
        if rng.random() < 0.6:  # a reminder ("toujours pas", "je relance")
            pb, tb = "again", rng.choice(k["again"])
        else:  # or the fault simply reported again, by someone else, in new words
            for _ in range(20):
                pb, tb = pick(k, ["app", "web", "note", "mail", "social"], rng)
                if tb != ta:
                    break
        ca, _ = channel_for(pa, ta, rng)
        cb, _ = channel_for(pb, tb, rng)
        t0 = first_time(rng, ca)
        rtype_b = k["type"] if rng.random() < 0.75 else ("Demande à qualifier" if cb in (MAIL, POST) else "Réclamation")
        a = make_report(ctx, ta, pa, spot, k["type"], t0, channel=ca)
        b = make_report(ctx, tb, pb, near(spot, rng, 10), rtype_b, later(t0, rng.uniform(31, 70), rng), channel=cb)
        return kind, a, b
    if case == "dup_noise_repeat":
        return build_noise(ctx, "same", rng)
    raise KeyError(case)


NOISE_KINDS = list(T.NOISE)


def noise_type(channel, rng):
    if channel in (MAIL, POST) and rng.random() < 0.45:
        return "Demande à qualifier"
    if rng.random() < 0.1:
        return "Réclamation"
    return "Nuisances sonores"


def build_noise(ctx, how, rng):
    nk = rng.choice(NOISE_KINDS if how != "other" else ["bar", "bar", "bar", "bar", "voisin"])
    pools = T.NOISE[nk]
    spot = street_spot(rng, crossing_p=0.1)
    src = rng.choice(T.BARS)
    night = nk in T.NOISE_NIGHT
    pa, ta = pick(pools, ["app", "web", "note", "mail", "social"], rng)
    ca, _ = channel_for(pa, ta, rng)
    t0 = first_time(rng, ca, night=night or nk == "livraison")
    a = make_report(ctx, ta, pa, spot, noise_type(ca, rng), t0, channel=ca, src=src)
    if how == "same":
        for _ in range(20):
            if rng.random() < 0.5 and pools["again"]:
                pb, tb = "again", rng.choice(pools["again"])
            else:
                pb, tb = pick(pools, ["app", "web", "note", "mail"], rng)
            if tb != ta:
                break
        cb, _ = channel_for(pb, tb, rng)
        days = rng.choice([rng.uniform(0.02, 0.2), rng.uniform(0.5, 1.2), rng.uniform(1, 3)])
        b = make_report(ctx, tb, pb, near(spot, rng, 8), noise_type(cb, rng), later(t0, days, rng), channel=cb, src=src)
        return nk, a, b
    if how == "later":
        for _ in range(20):
            pb, tb = pick(pools, ["app", "web", "note", "mail"], rng)
            if tb != ta:
                break
        cb, _ = channel_for(pb, tb, rng)
        b = make_report(ctx, tb, pb, near(spot, rng, 8), noise_type(cb, rng), later(t0, rng.uniform(12, 29), rng),
                        channel=cb, src=src)
        return nk, a, b
    # another source nearby, the same night
    other_src = rng.choice([x for x in T.BARS if x != src])
    spot_b = neighbour_spot(spot, rng, 70, 220) if rng.random() < 0.6 else parallel_spot(spot, rng) or neighbour_spot(spot, rng, 70, 220)
    for _ in range(20):
        pb, tb = pick(pools, ["app", "web", "note", "mail"], rng)
        if tb != ta:
            break
    cb, _ = channel_for(pb, tb, rng)
    b = make_report(ctx, tb, pb, spot_b, noise_type(cb, rng), later(t0, rng.uniform(0.01, 0.25), rng),
                    channel=cb, src=other_src)
    return nk, a, b


def neighbour_spot(spot, rng, lo=90, hi=200):
    st = spot.place
    for _ in range(50):
        d = rng.uniform(lo, hi) * rng.choice((1, -1))
        s = spot.s + d
        if 10 <= s <= st.length - 10:
            return Spot(st, s, rng.choice((spot.side, -spot.side)), None, lm=rng.choice(T.LANDMARKS))
    s = spot.s + hi if spot.s + hi < st.length else spot.s - hi
    return Spot(st, max(5, min(st.length - 5, s)), spot.side, None, lm=rng.choice(T.LANDMARKS))


def parallel_spot(spot, rng):
    if spot.is_square or not PARALLEL[spot.place.name]:
        return None
    la, lo = spot.latlon()
    opts = PARALLEL[spot.place.name][:]
    rng.shuffle(opts)
    for other, _gap in opts:
        along, _ = G.project(other, la, lo)
        along += rng.uniform(-20, 20)
        if 10 <= along <= other.length - 10:
            return Spot(other, along, rng.choice((1, -1)), None, lm=rng.choice(T.LANDMARKS))
    return None


def far_spot(spot, rng):
    st = spot.place
    for _ in range(60):
        s = rng.uniform(10, st.length - 10)
        if abs(s - spot.s) >= 320:
            return Spot(st, s, rng.choice((1, -1)), None, lm=rng.choice(T.LANDMARKS))
    return None


def elsewhere_spot(kind, spot, rng):
    la, lo = spot.latlon()
    for _ in range(200):
        cand = spot_for(kind, rng)
        cl, co = cand.latlon()
        if 300 <= haversine(la, lo, cl, co) <= 4000:
            return cand
    raise RuntimeError("no elsewhere spot")


def simple_pair(ctx, kind_a, kind_b, spot_a, spot_b, days, pools_a=None, pools_b=None, type_b=None, src=None, texts_b=None):
    rng = ctx.rng
    ka, kb = T.KINDS[kind_a], T.KINDS[kind_b]
    pa, ta = pick(ka, pools_a or ["app", "app", "web", "note", "mail"], rng)
    if texts_b:
        pb, tb = texts_b
    else:
        for i in range(20):  # two citizens do not type the same text: widen the pools if needed
            pb, tb = pick(kb, (pools_b or ["app", "app", "web", "note", "mail"]) if i < 10 else ["app", "web", "note", "mail"], rng)
            if tb != ta:
                break
    ca, _ = channel_for(pa, ta, rng)
    cb, _ = channel_for(pb, tb, rng)
    t0 = first_time(rng, ca)
    a = make_report(ctx, ta, pa, spot_a, ka["type"], t0, channel=ca, src=src)
    b = make_report(ctx, tb, pb, spot_b, type_b or kb["type"], later(t0, days, rng), channel=cb, src=src)
    return a, b


def build_neg(ctx, case):
    rng = ctx.rng
    if case == "neg_neighbour_object":
        kind = rng.choice(STREET_MULTI)
        spot = street_spot(rng, crossing_p=0.0)
        if spot.place.length < 260:
            spot = street_spot(rng, rng.choice([s for s in G.STREETS if s.length > 500]), crossing_p=0.0)
        other = neighbour_spot(spot, rng)
        pool = rng.choice([["app"], ["app"], ["app"], ["web"], ["app", "note"]])
        a, b = simple_pair(ctx, kind, kind, spot, other, rng.uniform(0.05, 20), pool, pool)
        return kind, a, b
    if case == "neg_parallel_street":
        kind = rng.choice(STREET_MULTI)
        for _ in range(50):
            spot = street_spot(rng, rng.choice(STREETS_WITH_PARALLEL), crossing_p=0.0)
            other = parallel_spot(spot, rng)
            if other:
                break
        pool = rng.choice([["app"], ["app"], ["app", "web"], ["note"], ["app", "note", "mail"]])
        a, b = simple_pair(ctx, kind, kind, spot, other, rng.uniform(0.05, 15), pool, pool)
        return kind, a, b
    if case == "neg_same_place_other_object":
        ka, kb = rng.choice(T.SAME_PLACE_OTHER_OBJECT)
        if rng.random() < 0.5:
            ka, kb = kb, ka
        spot = spot_for(ka, rng) if T.KINDS[ka]["where"] == T.KINDS[kb]["where"] else street_spot(rng)
        if T.KINDS[ka]["where"] == "crossing" or T.KINDS[kb]["where"] == "crossing":
            spot = street_spot(rng, rng.choice(STREETS_WITH_CROSSING), crossing_p=1.0)
        a, b = simple_pair(ctx, ka, kb, spot, near(spot, rng, 20), rng.uniform(0.05, 10))
        return ka + "+" + kb, a, b
    if case == "neg_same_object_other_problem":
        ka, kb = rng.choice(T.SAME_OBJECT_OTHER_FAULT)
        if rng.random() < 0.5:
            ka, kb = kb, ka
        spot = spot_for(ka, rng)
        a, b = simple_pair(ctx, ka, kb, spot, near(spot, rng, 5), rng.uniform(0.05, 20))
        return ka + "+" + kb, a, b
    if case == "neg_same_street_far_numbers":
        kind = rng.choice(STREET_FAR)
        for _ in range(50):
            st = rng.choice([s for s in G.STREETS if s.length >= 700])
            spot = street_spot(rng, st, crossing_p=0.0)
            other = far_spot(spot, rng)
            if other:
                break
        pool = rng.choice([["note"], ["note", "mail"], ["web"], ["app", "note"], ["app"]])
        a, b = simple_pair(ctx, kind, kind, spot, other, rng.uniform(0.05, 20), pool, pool)
        return kind, a, b
    if case == "neg_recurrence":
        kind = rng.choice(list(RECUR))
        k = T.KINDS[kind]
        spot = spot_for(kind, rng)
        lo, hi = RECUR[kind]
        texts_b = ("new", rng.choice(k["new"])) if k["new"] and rng.random() < 0.55 else None
        a, b = simple_pair(ctx, kind, kind, spot, near(spot, rng, 10), rng.uniform(lo, hi), texts_b=texts_b)
        return kind, a, b
    if case == "neg_noise_later":
        return build_noise(ctx, "later", rng)
    if case == "neg_noise_other_place":
        return build_noise(ctx, "other", rng)
    if case == "neg_easy_elsewhere":
        kind = rng.choice(PLAIN_KINDS)
        spot = spot_for(kind, rng)
        a, b = simple_pair(ctx, kind, kind, spot, elsewhere_spot(kind, spot, rng), rng.uniform(0.05, 25))
        return kind, a, b
    if case == "neg_easy_other_problem":
        ka = rng.choice(PLAIN_KINDS)
        kb = rng.choice([k for k in PLAIN_KINDS if T.KINDS[k]["type"] != T.KINDS[ka]["type"]])
        spot = spot_for(ka, rng)
        other = near(spot, rng, 60) if rng.random() < 0.4 else elsewhere_spot(kb, spot, rng)
        a, b = simple_pair(ctx, ka, kb, spot, other, rng.uniform(0.05, 20))
        return ka + "+" + kb, a, b
    raise KeyError(case)


DUP_CASES = {
    "dup_same_wording": (10, "Same incident, same request type, a few metres apart, the app's subject and short similar texts."),
    "dup_paraphrase": (30, "Same incident, same type, reworded: app / web / social text against an agent's note or an e-mail; few shared words."),
    "dup_cross_type": (16, "Same incident filed under two request types chosen by the two citizens (stopped public clock as Réclamation vs Signalisation or Éclairage; tree guard as espaces verts vs chaussée; leaking public toilet as Propreté vs chaussée; faded disabled-parking marking as Signalisation vs Stationnement gênant; dead school flashing sign as Signalisation vs Éclairage; collapsed low wall as chaussée vs espaces verts; e-mail left as 'Demande à qualifier'; 'Réclamation')."),
    "dup_coords_vs_address": (18, "Same incident, coordinates only on one side (app) and a typed address only on the other ('av.', 'bd', no number, 'angle X / Y', 'face au 12', postcode or not, typos)."),
    "dup_location_in_text": (6, "Same incident, one report (e-mail, social media, agent's note) has neither coordinates nor address: the place is only in its text."),
    "dup_symptom_vs_cause": (9, "Same incident, cause on one side and consequence on the other (leaking public toilet vs ice, a fall or water under a shop door; faded disabled-parking marking vs cars without a card parked on it; broken exit mirror vs a fender-bender or a near accident), often under two types."),
    "dup_long_running": (9, "Same unrepaired incident reported again 31-70 days later: a reminder ('je relance', 'toujours pas', '3e fois', 'depuis des semaines') or, 4 times in 10, simply a new report of the same fault in other words."),
    "dup_noise_repeat": (8, "Noise from the same karaoke bar / rooftop party / car alarm / leaf blower reported again within 0.5 h - 3 days (sometimes as 'Réclamation' or 'Demande à qualifier')."),
}
NEG_CASES = {
    "neg_neighbour_object": (19, "The next object of the same kind 90-200 m further on the same street (tree guard, young street tree, disabled-parking space, school flashing sign), same kind of wording."),
    "neg_parallel_street": (16, "The same kind of problem on a parallel street of the gazetteer group, about 80-140 m away."),
    "neg_same_place_other_object": (18, "A different object at the same place (clock vs book box, leaking toilet vs ping-pong table, tree guard vs disabled-parking marking, defibrillator vs school sign, guard rail vs exit mirror, low wall vs tree guard...)."),
    "neg_same_object_other_problem": (15, "Same object and place, another fault needing another intervention (tree guard bent vs the young tree snapped; public toilet leaking vs its door jammed; defibrillator box smashed vs its red fault light; school sign dead vs flashing all night)."),
    "neg_same_street_far_numbers": (13, "Same kind of problem on the same street at least 320 m apart."),
    "neg_recurrence": (16, "Same place, a new occurrence after the first was handled: tree guard hit again, guard rail hit again, mirror broken again, book box vandalised again, ping-pong net torn off again."),
    "neg_noise_later": (9, "The same karaoke bar / rooftop / car alarm / leaf blower, a new noise complaint 12-29 days later."),
    "neg_noise_other_place": (9, "Another karaoke bar / rooftop party 70-220 m away (same street or parallel street), the same night."),
    "neg_easy_elsewhere": (26, "Same kind of problem 300 m-4 km away."),
    "neg_easy_other_problem": (13, "Different problem of another request type, nearby or not."),
}


def build_duplicates():
    rng = random.Random(SEED)
    ctx = Ctx(rng)
    pairs = []
    for case, (n, _) in DUP_CASES.items():
        for i in range(n):
            kind, a, b = build_dup(ctx, case)
            if case != "dup_coords_vs_address":
                for x, y in ((a, b), (b, a)):  # that mix is the case of its own: the app side keeps its auto address
                    if x["lat"] is not None and not x["address"] and y["lat"] is None and y["address"]:
                        x["address"] = x["_auto"]
            pairs.append(pair_record(case, True, a, b, f"{case}-{i + 1:03d}", rng))
    for case, (n, _) in NEG_CASES.items():
        for i in range(n):
            kind, a, b = build_neg(ctx, case)
            pairs.append(pair_record(case, False, a, b, f"{case}-{i + 1:03d}", rng))
    rng.shuffle(pairs)
    for i, p in enumerate(pairs, 1):
        p["id"] = f"DD{i:04d}"
        p["a"].pop("_auto")
        p["b"].pop("_auto")
    cases = {}
    for case, (n, desc) in {**DUP_CASES, **NEG_CASES}.items():
        cases[case] = {"duplicate": case.startswith("dup_"), "count": n, SPLIT: n, "description": desc}
    dups = [p for p in pairs if p["duplicate"]]
    totals = {
        "pairs": len(pairs), "duplicates": len(dups), SPLIT: len(pairs),
        "duplicates_with_different_types": sum(not p["same_request_type"] for p in dups),
        "duplicates_coords_one_side_address_other": sum(coords_vs_addr(p) for p in dups),
    }
    return {
        "description": (
            "Sixth blind evaluation set (blind6) of pairs of citizen reports in Lyon for duplicate detection "
            "(citizen_relation), written without reading the app's scoring code, vocabularies, thesaurus, the other "
            "sets' phrasings or the first five blind sets' texts. Built by benchmarks/data/blind6/make_blind6.py from "
            f"new hand-written French texts (blind6_dup_texts.py, {len(T.KINDS)} incident kinds and {len(T.NOISE)} noise sources) and the street "
            "axes of benchmarks/data/lyon_gazetteer.py: coordinates lie along the street of the address (Street.point), "
            "house numbers follow the position (Street.number), app coordinates carry 0-15 m of GPS jitter and web-map "
            "clicks 0-25 m; distances by haversine (null when a side has no coordinates); days_apart from received_on. "
            "b is the new report, a the candidate. Request types and categories are those seeded by "
            "citizen_relation/setup/seed.py. split: 'blind6' on every pair."
        ),
        "city": "Lyon",
        "seed": SEED,
        "label_rule": LABEL_RULE_DUP,
        "settings_assumed": {"radius_m": 150, "window_days": 30, "threshold": 0.65},
        "cases": cases,
        "totals": totals,
        "pairs": pairs,
    }


def coords_vs_addr(p):
    a, b = p["a"], p["b"]
    ha, hb = a["lat"] is not None, b["lat"] is not None
    return bool((ha and not a["address"] and not hb and b["address"]) or (hb and not b["address"] and not ha and a["address"]))


# ----------------------------------------------------------------------------- knowledge
STOP = set(
    "le la les l un une des du de d au aux et ou a à en dans sur sous pour par avec sans ce cet cette ces mon ma mes "
    "ton ta tes son sa ses notre nos votre vos leur leurs je j tu il elle on nous vous ils elles me m te t se s qui "
    "que qu quoi dont y ne n pas plus est sont suis es etre être ai as avons avez ont fait faire peut peux puis "
    "comment quand combien quel quelle quels quelles si bonjour merci svp stp cordialement madame monsieur "
    "c ca ça cela ceci tout tous toute toutes tres très bien aussi alors mais donc car or ni encore deja déjà "
    "faut il-y-a ya chez moi toi lui eux vers depuis entre avant apres après jusqu jusqu'à etc oui non".split()
)


def stem(word: str) -> str:
    w = strip_accents(word.lower())
    for suf in ("ements", "ement", "ations", "ation", "ments", "ment", "euses", "euse", "eurs", "eur", "ees", "ee",
                "es", "s", "x", "e"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    return w[:5]


def stems(text: str) -> set[str]:
    words = re.findall(r"[a-zA-Zà-ÿÀ-ß0-9]+", text.replace("’", "'"))
    return {stem(w) for w in words if strip_accents(w.lower()) not in {strip_accents(s) for s in STOP} and len(w) >= 3}


CATEGORY_WORDS = {
    "Technical Problem": "technical problem", "Complaint": "complaint", "Administrative Procedure": "administrative procedure",
    "Information Request": "information request", "Suggestion": "suggestion", "Thanks": "thanks",
}


def build_kb():
    arts = {a["name"]: a for a in json.loads(ARTICLES_FILE.read_text(encoding="utf-8"))["articles"]}
    art_stems = {n: stems(a["title"] + " " + " ".join(a["keywords"])) for n, a in arts.items()}
    body_stems = {n: stems(re.sub("<[^>]+>", " ", a["body"])) for n, a in arts.items()}
    rng = random.Random(SEED + 1)
    questions = []
    hand = {"sib": "sibling", "sms": "sms", "noacc": "noised_no_accents", "typo": "noised_typos"}
    for row in K.QUESTIONS:
        expected, subject, description, rtype, tags = row
        expected = [expected] if isinstance(expected, str) else list(expected)
        cases = [hand[t] for t in tags.split()]
        q_stems = stems(subject + " " + description)
        if not q_stems & art_stems[expected[0]]:
            cases.append("no_shared_word")
            if not q_stems & body_stems[expected[0]]:
                cases.append("no_shared_word_even_body")
        nwords = len(description.split())
        if nwords <= 7:
            cases.append("very_short")
        if nwords >= 22:
            cases.append("long")
        if len(expected) == 2:
            cases.append("two_acceptable")
        category = TYPES[rtype] if rtype else None
        if rtype and rtype not in arts[expected[0]]["request_types"]:
            cases.append("type_not_linked")
        if category:
            cw = stems(CATEGORY_WORDS[category])
            if any(cw & art_stems[n] for n in arts if n not in expected):
                cases.append("category_confusion")
        questions.append({
            "id": None, "split": SPLIT, "subject": subject, "description": description, "request_type": rtype,
            "category": category, "expected": expected, "cases": sorted(set(cases)),
        })
    rng.shuffle(questions)
    for i, q in enumerate(questions, 1):
        q["id"] = f"QD{i:04d}"
    descr = {
        "no_shared_word": "No word stem in common with the expected article's title and keywords (crude stemmer of make_blind6.py, copied from make_blind5.py: stop words dropped, accents removed, one suffix cut, first 5 letters).",
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
    counts = {k: sum(k in q["cases"] for q in questions) for k in descr}
    covered = {q["expected"][0] for q in questions} | {n for q in questions for n in q["expected"]}
    return {
        "description": (
            "Sixth blind knowledge-suggestion set (blind6) for citizen_relation: citizen questions written without "
            "reading the app's ranking code, vocabularies or any existing question list (blind6_kb_texts.py), over "
            "the 78 articles of benchmarks/data/kb_eval_articles.json. Same record format as kb_eval.json; split "
            "'blind6' on every record. request_type: the seeded type the citizen or the agent chose (null for about "
            "42 %); category: that type's category as the app fills it. Noise (typos, missing accents, SMS) is "
            "hand-typed and tagged by hand, as is 'sibling'; the other tags are computed by make_blind6.py."
        ),
        "label_rule": LABEL_RULE_KB,
        "articles_file": "kb_eval_articles.json",
        "seed": SEED,
        "cases": {k: {"count": counts[k], "description": d} for k, d in descr.items()},
        "totals": {
            "questions": len(questions), "articles": len(arts), "articles_with_questions": len(covered & set(arts)),
            "with_request_type": sum(q["request_type"] is not None for q in questions), SPLIT: len(questions),
        },
        "questions": questions,
    }


def dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    dup, kb = build_duplicates(), build_kb()
    if "--check" in argv:
        ok = DUP_FILE.read_text(encoding="utf-8") == dump(dup) and KB_FILE.read_text(encoding="utf-8") == dump(kb)
        print("identical" if ok else "DIFFERENT")
        return 0 if ok else 1
    DUP_FILE.write_text(dump(dup), encoding="utf-8")
    KB_FILE.write_text(dump(kb), encoding="utf-8")
    print(f"{DUP_FILE.name}: {dup['totals']}")
    print(f"{KB_FILE.name}: {kb['totals']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
