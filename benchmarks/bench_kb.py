"""Response assistance through the Frappe stack: 5,000 articles, suggestions for real requests.

Run from a bench's sites folder with the bench's Python:

    cd ~/frappe-bench/sites
    ../env/bin/python ~/citizen_relation/benchmarks/bench_kb.py --site mysite.localhost

Loads the 5,000 articles of ``bench_ranking.py`` (the labelled French ones and their
variations) as Knowledge Articles, one Citizen Request per labelled citizen query, then prints:

- ``build``: reading the published articles and templates from the database, building the BM25F
  index and storing its JSON in Redis (what the first suggestion after a change pays);
- ``load from Redis``: a worker that has no copy yet parses the cached JSON;
- ``suggest_for_request``: the whitelisted call the request form makes (permission check, request
  read, ranking of articles and templates, titles read back), cache hit, p50/p95/max;
- ``naive scan``: the obvious alternative: read every published article for each request and
  score it with rapidfuzz ``token_set_ratio``;

with the ratio between the two and the top-3 hit rate of each on the labelled queries. Target:
under 30 ms per request. Every write is rolled back at the end.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("-n", type=int, default=5000, help="articles")
	parser.add_argument("--repeat", type=int, default=3, help="passes over the requests")
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	frappe.flags.mute_emails = True
	frappe.set_user("Administrator")
	try:
		run(frappe, args.n, args.repeat)
	finally:
		frappe.db.rollback()
		from citizen_relation.knowledge.index import invalidate_index

		invalidate_index()
		frappe.destroy()


def percentile(values, q):
	ordered = sorted(values)
	return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def load_articles(frappe, articles):
	"""Knowledge Articles written with db_insert (controllers are not what is measured here)."""
	from frappe.utils import now_datetime

	now = now_datetime()
	request_types = set(frappe.get_all("Request Type", pluck="name"))
	for i, a in enumerate(articles):
		doc = frappe.get_doc(
			{
				"doctype": "Knowledge Article",
				"name": f"BENCH-{i:05d}",
				"title": a["title"][:140],
				"status": "Published",
				"audience": "Public" if i % 2 else "Internal",
				"content_type": "Rich Text",
				"body": a["body"],
				"keywords": ", ".join(a["keywords"]),
				"route": f"bench/{i:05d}",
				"published_on": now,
				"request_types": [{"request_type": t} for t in a["request_types"] if t in request_types],
			}
		)
		doc.db_insert()
		for row in doc.request_types:
			row.db_insert()


def make_requests(frappe, queries):
	request_type = frappe.get_all("Request Type", filters={"is_active": 1}, pluck="name", limit=1)[0]
	names = []
	for q in queries:
		doc = frappe.get_doc(
			{
				"doctype": "Citizen Request",
				"request_type": request_type,
				"subject": q["subject"][:140],
				"description": q["description"],
				"channel": "Phone",
			}
		)
		doc.insert(ignore_permissions=True)
		names.append((doc.name, q["expected"]))
	return names


def naive_suggest(frappe, name, limit=5):
	from rapidfuzz import fuzz, process

	from citizen_relation.core.text import normalise, strip_markup

	request = frappe.get_doc("Citizen Request", name)
	request.check_permission("read")
	rows = frappe.get_all("Knowledge Article", filters={"status": "Published"}, fields=["name", "title", "body", "keywords"])
	texts = [normalise(" ".join([r.title, r.keywords or "", strip_markup(r.body)])) for r in rows]
	query = normalise(" ".join(filter(None, [request.subject, strip_markup(request.description)])))
	found = process.extract(query, texts, scorer=fuzz.token_set_ratio, limit=limit)
	return [rows[i].name for _t, _s, i in found]


def run(frappe, n, repeat):
	from bench_ranking import load_labelled, synthetic_articles

	from citizen_relation import caching
	from citizen_relation.knowledge import index as knowledge
	from citizen_relation.knowledge import suggestions

	articles = synthetic_articles(n)
	labelled, queries = load_labelled()
	base_of = {f"BENCH-{i:05d}": a["name"].split("~")[0] for i, a in enumerate(articles)}

	t0 = time.perf_counter()
	load_articles(frappe, articles)
	requests = make_requests(frappe, queries)
	print(f"setup                   {time.perf_counter() - t0:>8.1f} s   ({n:,} articles, {len(requests)} requests)")

	knowledge.invalidate_index()
	t0 = time.perf_counter()
	index = knowledge.get_index()
	build_ms = (time.perf_counter() - t0) * 1000
	blob = frappe.cache.get_value("citizen_relation:" + knowledge.INDEX_KEY.format(knowledge._current_version()), expires=True)
	print(f"build (DB + index + Redis) {build_ms:>6.0f} ms   {len(index):,} documents, JSON {len(blob) / 1e6:.1f} MB")

	caching.forget_worker("knowledge_index")
	t0 = time.perf_counter()
	knowledge.get_index()
	print(f"load from Redis         {(time.perf_counter() - t0) * 1000:>8.0f} ms   (a worker without its copy)")

	def hits(names, expected):
		return any(base_of.get(x, x) in expected for x in names[:3])

	suggestions.suggest_for_request(frappe.get_doc("Citizen Request", requests[0][0]))  # warm-up
	latencies, top3 = [], 0
	for r in range(repeat):
		for name, expected in requests:
			t0 = time.perf_counter()
			result = suggestions.suggest_for_request(frappe.get_doc("Citizen Request", name), limit=5)
			latencies.append((time.perf_counter() - t0) * 1000)
			if r == 0:
				top3 += hits([a["name"] for a in result["articles"]], expected)

	naive, naive_top3, same_top3 = [], 0, 0
	subset = requests[:: max(1, len(requests) // 32)]  # the naive scan is slow: a spread sample
	for name, expected in subset:
		t0 = time.perf_counter()
		found = naive_suggest(frappe, name)
		naive.append((time.perf_counter() - t0) * 1000)
		naive_top3 += hits(found, expected)
		same_top3 += hits([a["name"] for a in suggestions.suggest_for_request(frappe.get_doc("Citizen Request", name))["articles"]], expected)
	n_naive = len(naive)

	p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
	print(f"suggest_for_request     p50 {p50:>7.2f} ms   p95 {p95:.2f} ms   max {max(latencies):.2f} ms   "
		f"({len(latencies)} calls, cache hit)   target < 30 ms: {'met' if p95 < 30 else 'NOT met'}")
	print(f"naive scan              p50 {statistics.median(naive):>7.2f} ms   p95 {percentile(naive, 0.95):.2f} ms   ({n_naive} calls)")
	print(f"ratio naive / suggest   {statistics.median(naive) / p50:>8.1f} x (p50)")
	print(f"top-3 hit rate          suggest {top3 / len(requests):.0%} (all {len(requests)} requests); "
		f"on the naive scan's {n_naive}: suggest {same_top3 / n_naive:.0%}, naive {naive_top3 / n_naive:.0%}")


if __name__ == "__main__":
	main()
