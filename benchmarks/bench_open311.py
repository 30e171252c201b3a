"""Open311 on a running bench: POST requests.json under load, and GET requests.json on a million requests.

Run from a bench's sites folder with the bench's Python, against a site served by gunicorn with
several workers (the benchmark talks HTTP to it and reads the database for set-up and plans):

    cd ~/frappe-bench/sites
    ../env/bin/gunicorn -b 127.0.0.1:8020 -w 4 -t 120 --preload frappe.app:application &
    ../env/bin/python ~/citizen_relation/benchmarks/bench_open311.py --site mysite.localhost \\
        --url http://mysite.localhost:8020 --levels 1,2,4,8,16 -n 160 --million 1000000

**POST**: at each concurrency level, ``-n`` reports POSTed to ``/open311/v2/requests.json`` with
an API key (random places in a 12 km city, a type with duplicate detection), against, in the same
run and at the same level, ``-n`` bare Frappe REST inserts (``POST /api/resource/ToDo``, token
auth: the cheapest write Frappe offers) and ``-n`` REST inserts of the same Citizen Request
(``POST /api/resource/Citizen Request``: the same controller without Open311). Prints requests/s,
p50 and p95 (ms) and the ratios.

**GET**: with ``--million`` synthetic requests in the base (bulk-inserted, names ``BENCH-…``, as
:mod:`benchmarks.bench_duplicates` does; ``--reuse`` keeps earlier ones), ``--get-queries`` calls
of each kind of ``GET requests.json`` (default 90-day window, status, service, an old window,
ids), p50/p95 end to end, with each query's plan (``EXPLAIN``) and the rows it read
(``Handler_read_*``): index-bound means a few thousand rows read, not a million.

Everything the benchmark created is deleted at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CLIENT = "Benchmark client"
TODO_PREFIX = "bench-open311 "
CENTRE = (45.7578, 4.8320)
HALF_SIDE_M = 6_000


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("--url", required=True, help="base URL of the running bench, e.g. http://site:8020")
	parser.add_argument("--levels", default="1,2,4,8,16")
	parser.add_argument("-n", type=int, default=160, help="POSTs per level and kind")
	parser.add_argument("--million", type=int, default=0, help="synthetic requests for the GET part (0: skip)")
	parser.add_argument("--get-queries", type=int, default=60)
	parser.add_argument("--reuse", action="store_true", help="use synthetic rows kept by an earlier run")
	parser.add_argument("--keep", action="store_true")
	parser.add_argument("--skip-post", action="store_true", help="only the GET part")
	parser.add_argument("--seed", type=int, default=7)
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	rng = random.Random(args.seed)
	try:
		key, token = set_up(frappe)
		service_code, request_type = pick_service(frappe)
		levels = [int(x) for x in args.levels.split(",") if x.strip()]
		if not args.skip_post:
			post_benchmark(args.url.rstrip("/"), key, token, service_code, request_type, levels, args.n, rng)
		if args.million:
			get_benchmark(frappe, args, rng, key)
	finally:
		if not args.keep:
			clean_up(frappe, args.million and not args.reuse)
		frappe.destroy()


# ------------------------------------------------------------------------------------------ set-up
def set_up(frappe):
	"""An Open311 client without limits (key shown once) and an API token for Administrator."""
	from frappe.core.doctype.user.user import generate_keys

	from citizen_relation.open311.clients import issue_key

	if not frappe.db.exists("Open311 Client", CLIENT):
		frappe.get_doc(
			{"doctype": "Open311 Client", "client_name": CLIENT, "requests_per_minute": 1_000_000, "posts_per_hour": 1_000_000}
		).insert(ignore_permissions=True)
	key = issue_key(CLIENT)["api_key"]
	frappe.set_user("Administrator")
	secret = generate_keys("Administrator")["api_secret"]
	api_key = frappe.db.get_value("User", "Administrator", "api_key")
	frappe.db.commit()
	return key, f"token {api_key}:{secret}"


def pick_service(frappe):
	from citizen_relation.open311.catalogue import get_catalogue

	catalogue = get_catalogue()
	for service in catalogue.services:
		rt = catalogue.type_of[service.code]
		if frappe.db.get_value("Request Type", rt, "duplicate_detection") and not any(f.reqd for f in service.fields):
			return service.code, rt
	service = catalogue.services[0]
	return service.code, catalogue.type_of[service.code]


def clean_up(frappe, synthetic: bool):
	frappe.db.rollback()  # a fresh snapshot: see what the workers committed
	names = frappe.get_all("Citizen Request", filters={"source": CLIENT}, pluck="name")
	names += frappe.get_all("Citizen Request", filters={"subject": ("like", TODO_PREFIX + "%")}, pluck="name")
	for chunk in range(0, len(names), 500):
		part = names[chunk : chunk + 500]
		for child in ("Citizen Request Status Change", "Citizen Request Value", "Citizen Request Co-reporter"):
			frappe.db.delete(child, {"parent": ("in", part)})
		frappe.db.delete("Open311 Submission", {"request": ("in", part)})
		frappe.db.delete("Citizen Request", {"name": ("in", part)})
	frappe.db.delete("ToDo", {"description": ("like", TODO_PREFIX + "%")})
	if synthetic:
		from benchmarks.bench_duplicates import delete_rows

		delete_rows(frappe)
	frappe.db.commit()
	print(f"\ncleaned up {len(names)} requests created over HTTP")


# ------------------------------------------------------------------------------------------ load
def percentile(values, p):
	values = sorted(values)
	k = (len(values) - 1) * p
	lo, hi = math.floor(k), math.ceil(k)
	return values[lo] + (values[hi] - values[lo]) * (k - lo)


def run_load(send, n: int, concurrency: int):
	"""``n`` calls of ``send(session, i)`` over ``concurrency`` threads: (req/s, p50 ms, p95 ms, errors)."""
	import requests

	local = threading.local()
	latencies, errors = [], []

	def one(i):
		session = getattr(local, "session", None)
		if session is None:
			session = local.session = requests.Session()
		start = time.perf_counter()
		status = send(session, i)
		latencies.append((time.perf_counter() - start) * 1000)
		if status != 200:
			errors.append(status)

	start = time.perf_counter()
	with ThreadPoolExecutor(max_workers=concurrency) as pool:
		list(pool.map(one, range(n)))
	wall = time.perf_counter() - start
	return n / wall, percentile(latencies, 0.5), percentile(latencies, 0.95), errors


def random_point(rng):
	north, east = rng.uniform(-HALF_SIDE_M, HALF_SIDE_M), rng.uniform(-HALF_SIDE_M, HALF_SIDE_M)
	lat = CENTRE[0] + north / 111_195.0
	return lat, CENTRE[1] + east / (111_195.0 * math.cos(math.radians(CENTRE[0])))


def post_benchmark(url, key, token, service_code, request_type, levels, n, rng):
	words = ["devant l'école", "près du marché", "au carrefour", "derrière la mairie", "sur le trottoir", "face au parc"]
	points = [random_point(rng) for _ in range(n * len(levels) * 3)]
	counter = iter(range(10**9))
	lock = threading.Lock()

	def nxt():
		with lock:
			return next(counter)

	def open311(session, i):
		lat, lon = points[nxt() % len(points)]
		r = session.post(
			f"{url}/open311/v2/requests.json",
			data={
				"api_key": key,
				"service_code": service_code,
				"lat": f"{lat:.6f}",
				"long": f"{lon:.6f}",
				"description": f"Signalement {i} {rng.choice(words)}",
				"email": f"bench{i % 50}@example.org",
			},
			timeout=60,
		)
		return r.status_code

	def rest_request(session, i):
		lat, lon = points[nxt() % len(points)]
		r = session.post(
			f"{url}/api/resource/Citizen Request",
			json={
				"request_type": request_type,
				"subject": f"{TODO_PREFIX}{i}",
				"channel": "Mobile App / API",
				"latitude": lat,
				"longitude": lon,
				"reporter_email": f"bench{i % 50}@example.org",
			},
			headers={"Authorization": token},
			timeout=60,
		)
		return r.status_code

	def rest_todo(session, i):
		r = session.post(
			f"{url}/api/resource/ToDo", json={"description": f"{TODO_PREFIX}{i}"}, headers={"Authorization": token}, timeout=60
		)
		return r.status_code

	# warm every worker (imports, caches)
	for fn in (open311, rest_request, rest_todo):
		run_load(fn, 8, 4)
	print(f"\nPOST, {n} calls per level and kind (service {service_code})")
	print(f"{'conc.':>5} | {'kind':<28} | {'req/s':>7} | {'p50 ms':>7} | {'p95 ms':>7} | {'errors':>6}")
	print("-" * 76)
	for level in levels:
		results = {}
		for label, fn in (
			("Open311 POST requests.json", open311),
			("REST insert Citizen Request", rest_request),
			("REST insert ToDo (bare)", rest_todo),
		):
			rps, p50, p95, errors = run_load(fn, n, level)
			results[label] = (rps, p95)
			print(f"{level:>5} | {label:<28} | {rps:7.1f} | {p50:7.1f} | {p95:7.1f} | {len(errors):>6}")
		o, c, t = (results[k] for k in results)
		print(
			f"{'':>5} | ratios: Open311/ToDo {o[0] / t[0]:.2f}× req/s, {o[1] / t[1]:.2f}× p95;"
			f" Open311/REST request {o[0] / c[0]:.2f}× req/s, {o[1] / c[1]:.2f}× p95"
		)


# ------------------------------------------------------------------------------------------ GET
def get_benchmark(frappe, args, rng, key):
	import requests

	from benchmarks.bench_duplicates import PREFIX, insert_rows
	from citizen_relation.core import open311 as core
	from citizen_relation.open311 import reading
	from citizen_relation.open311.catalogue import get_catalogue
	from citizen_relation.open311.settings import site_timezone

	frappe.db.rollback()
	existing = frappe.db.count("Citizen Request", {"name": ("like", PREFIX + "%")})
	if args.reuse and existing:
		print(f"\nreusing {existing:,} synthetic requests")
	else:
		types = frappe.get_all(
			"Request Type", filters={"duplicate_detection": 1, "is_active": 1}, fields=["name", "category"]
		)
		print(f"\ninserting {args.million:,} synthetic requests")
		insert_rows(frappe, rng, types, args.million)
	total = frappe.db.count("Citizen Request")
	catalogue = get_catalogue()
	tz = site_timezone()
	now = reading.now_aware()
	code = catalogue.code_of[frappe.db.get_value("Citizen Request", {"name": ("like", PREFIX + "%")}, "request_type")]
	sample = frappe.get_all(
		"Citizen Request", filters={"name": ("like", PREFIX + "%")}, pluck="name", limit=2000, order_by="received_on desc"
	)
	old_start = (now - timedelta(days=400)).isoformat(timespec="seconds")
	old_end = (now - timedelta(days=320)).isoformat(timespec="seconds")
	kinds = [
		("default (last 90 days)", {}),
		("status=open", {"status": "open"}),
		("status=closed", {"status": "closed"}),
		("service_code", {"service_code": code}),
		("service_code + status=open", {"service_code": code, "status": "open"}),
		("window a year ago", {"start_date": old_start, "end_date": old_end}),
		("10 service_request_id", None),
	]
	print(f"\nGET requests.json with {total:,} requests in the base ({args.get_queries} calls each, one at a time)")
	print(f"{'query':<28} | {'rows':>5} | {'p50 ms':>7} | {'p95 ms':>7} | {'rows read':>9} | plan")
	print("-" * 110)
	session = requests.Session()
	url = args.url.rstrip("/") + "/open311/v2/requests.json"
	for label, params in kinds:
		latencies, count = [], 0
		for _i in range(args.get_queries):
			p = params if params is not None else {"service_request_id": ",".join(rng.sample(sample, 10))}
			start = time.perf_counter()
			# with the benchmark client's key: its limits, not the per-IP limit of anonymous callers
			response = session.get(url, params={**p, "api_key": key}, timeout=120)
			latencies.append((time.perf_counter() - start) * 1000)
			if response.status_code != 200:
				raise SystemExit(f"{label}: HTTP {response.status_code} {response.text[:300]}")
			count = len(response.json())
		p = params if params is not None else {"service_request_id": ",".join(sample[:10])}
		query = core.parse_query(p, now, tz)
		sql = reading.build_query(query, catalogue).get_sql()
		plan = frappe.db.sql("explain " + sql, as_dict=True)
		read = rows_read(frappe, sql)
		plan_text = "; ".join(f"{r['table']}: {r['type']} key={r['key']} rows≈{r['rows']} {r.get('Extra') or ''}".strip() for r in plan)
		print(
			f"{label:<28} | {count:>5} | {statistics.median(latencies):7.1f} | {percentile(latencies, 0.95):7.1f} |"
			f" {read:>9,} | {plan_text}"
		)
	# where the time of the default answer (1,000 rows) goes, measured in this process
	from citizen_relation.requests.lifecycle import get_lifecycle

	query = core.parse_query({}, now, tz)
	timings = {"SQL": [], "mapping": [], "JSON": []}
	for _i in range(10):
		t0 = time.perf_counter()
		rows = reading.build_query(query, catalogue).run(as_dict=True)
		t1 = time.perf_counter()
		lifecycle = get_lifecycle()
		items = [reading.to_public(r, catalogue, lifecycle, tz) for r in rows]
		t2 = time.perf_counter()
		core.render(items, "json", "requests")
		t3 = time.perf_counter()
		for part, value in zip(timings, (t1 - t0, t2 - t1, t3 - t2)):
			timings[part].append(value * 1000)
	print("default answer in process (median of 10): " + ", ".join(f"{k} {statistics.median(v):.1f} ms" for k, v in timings.items()))


def rows_read(frappe, sql: str) -> int:
	"""Rows the storage engine handed over for ``sql`` (index and table reads)."""

	def handler():
		rows = frappe.db.sql("show session status like 'Handler_read%%'")
		return sum(int(v) for k, v in rows if k != "Handler_read_key")

	before = handler()
	frappe.db.sql(sql)
	return handler() - before - 0


if __name__ == "__main__":
	main()
