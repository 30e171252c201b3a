"""Check the blind sets: they load with benchmarks/eval_sets.py, counts and cases, coordinates.

    python3 benchmarks/data/blind/validate_blind.py

No scoring is run here.
"""

import collections
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import lyon_gazetteer as G
from make_blind import haversine

from benchmarks import eval_sets as E

tmp = Path(tempfile.mkdtemp())
(tmp / "duplicate_eval.json").symlink_to(HERE.parent / "duplicate_blind.json")
(tmp / "kb_eval.json").symlink_to(HERE.parent / "kb_blind.json")
(tmp / "kb_eval_articles.json").symlink_to(E.DATA / "kb_eval_articles.json")
E.DATA = tmp
E._read.cache_clear()

# ------------------------------------------------------------------ knowledge
articles, questions = E.load_kb()
names = {a["name"] for a in articles}
print(f"kb: {len(articles)} articles, {len(questions)} questions")
ref_q = json.loads((HERE.parent / "kb_eval.json").read_text())["questions"][0]
for q in questions:
	assert set(q) == set(ref_q), set(q) ^ set(ref_q)
	assert q["split"] == "blind"
	assert q["expected"] and all(e in names for e in q["expected"])
	assert (q["request_type"] is None) == (q["category"] is None)
per_art = collections.Counter(q["expected"][0] for q in questions)
print("  questions per article:", sorted(collections.Counter(per_art.values()).items()), "articles covered:", len(per_art))
print("  with request_type:", sum(q["request_type"] is not None for q in questions))
print("  types:", collections.Counter(q["request_type"] for q in questions).most_common())
cases = collections.Counter(c for q in questions for c in q["cases"])
for c, n in sorted(cases.items(), key=lambda x: -x[1]):
	print(f"  {c:26s} {n:4d}  {n / len(questions):5.1%}")
doc = E.kb_document()
assert set(doc) >= {"description", "label_rule", "articles_file", "cases", "totals", "questions"}

# ------------------------------------------------------------------ duplicates
pairs = E.load_duplicate_pairs()
ref_p = json.loads((HERE.parent / "duplicate_eval.json").read_text())["pairs"][0]
print(f"\ndup: {len(pairs)} pairs, {sum(p['duplicate'] for p in pairs)} duplicates ({sum(p['duplicate'] for p in pairs) / len(pairs):.1%})")
for p in pairs:
	assert set(p) == set(ref_p), set(p) ^ set(ref_p)
	assert set(p["a"]) == set(ref_p["a"]) and set(p["b"]) == set(ref_p["b"])
	assert p["split"] == "blind"
	assert E.received_on(p["b"]) >= E.received_on(p["a"])
	assert p["same_request_type"] == (p["a"]["request_type"] == p["b"]["request_type"])
	assert p["a"]["description"] != p["b"]["description"], p["id"]
	if p["distance_m"] is not None:
		d = haversine(p["a"]["lat"], p["a"]["lon"], p["b"]["lat"], p["b"]["lon"])
		assert abs(d - p["distance_m"]) < 0.2
by_case = collections.defaultdict(list)
for p in pairs:
	by_case[p["case"]].append(p)
dups = [p for p in pairs if p["duplicate"]]
print(f"  {'case':32s} {'n':>4s} dup  dist(min-max, both coords)  days(min-max)")
for c, ps in by_case.items():
	ds = [p["distance_m"] for p in ps if p["distance_m"] is not None]
	dd = [p["days_apart"] for p in ps]
	rng_d = f"{min(ds):7.1f}-{max(ds):7.1f} ({len(ds)})" if ds else "      -"
	print(f"  {c:32s} {len(ps):4d} {str(ps[0]['duplicate'])[0]}    {rng_d:26s} {min(dd):7.2f}-{max(dd):7.2f}")
cross = sum(not p["same_request_type"] for p in dups)
def only(r, what):
	return (r["lat"] is not None and r["address"] is None) if what == "coords" else (r["lat"] is None and r["address"] is not None)


cva = sum((only(p["a"], "coords") and only(p["b"], "address")) or (only(p["a"], "address") and only(p["b"], "coords")) for p in dups)
print(f"  duplicates with different request types: {cross} ({cross / len(dups):.0%})")
print(f"  duplicates with coords only on one side / address only on the other: {cva} ({cva / len(dups):.0%})")
ch = collections.Counter((r["channel"], r["lat"] is not None, r["address"] is not None) for p in pairs for r in (p["a"], p["b"]))
print("  channel, coords, address:", ch.most_common())

# coordinates lie along the street of the address
PLACES = {}
for pl in G.PLACES:
	PLACES[pl.name.lower()] = pl


def norm(s):
	return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


NORM = sorted(((norm(n), pl) for n, pl in PLACES.items()), key=lambda x: -len(x[0]))
worst = 0.0
checked = 0
for p in pairs:
	for r in (p["a"], p["b"]):
		if r["lat"] is None or r["address"] is None:
			continue
		addr = norm(r["address"])
		hit = next((pl for n, pl in NORM if n in addr), None)
		if hit is None:
			continue
		checked += 1
		if hit.is_square:
			off = haversine(hit.lat, hit.lon, r["lat"], r["lon"]) - hit.radius
		else:
			along, across = G.project(hit, r["lat"], r["lon"])
			off = max(abs(across), -along, along - hit.length)
			m = re.match(r"(\d+)", r["address"])
			if m:  # house number consistent with the position
				s_num, _side = hit.position_of_number(int(m.group(1)))
				assert abs(s_num - along) < 40, (p["id"], r["address"], s_num, along)
		worst = max(worst, off)
print(f"  reverse-geocoded addresses checked against coordinates: {checked}, worst offset from the street axis / square: {worst:.1f} m")

# text reuse
uses = collections.Counter(r["subject"] + "|" + r["description"][:60] for p in pairs for r in (p["a"], p["b"]))
print("  distinct report texts:", len(uses), "max uses of one text:", max(uses.values()), "uses histogram:", sorted(collections.Counter(uses.values()).items()))
print("\nOK")
