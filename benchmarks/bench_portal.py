"""Citizen portal submissions through a running bench, against a bare Frappe REST insert.

Run from a bench's sites folder with the bench's Python (the app importable, e.g. PYTHONPATH set
to this checkout):

    cd ~/frappe-bench/sites
    PYTHONPATH=/path/to/citizen_relation ../env/bin/python /path/to/citizen_relation/benchmarks/bench_portal.py \\
        --site mysite.localhost --workers 4 --concurrency 1,2,4,8,16 -n 60

It starts gunicorn (``--workers`` sync workers on ``--port``, Frappe's WSGI application, as in
production minus the proxy), then, at each concurrency level, sends ``-n`` requests of each kind
from that many client threads and prints requests per second, median and 95th-percentile latency:

- ``portal form``: what a citizen's browser sends without JavaScript — a multipart POST of the
  report form to ``/signaler`` (public type, description, typed address and map point, name,
  e-mail, consent, the bot stamp), answered by a 303 to the receipt. Everything the portal does
  runs: bot traps, per-IP and per-e-mail counters, field checks, the shared intake (contact
  find-or-create, type fields, workflow, deadlines, acknowledgement), and the page machinery;
- ``REST insert``: the same request (same fields and e-mail) through Frappe's generic
  ``POST /api/resource/Citizen Request`` with an API key, the baseline any client of the site
  pays for the same document;

and the portal's cost as a ratio of the REST insert's. The portal's guest limits are raised for
the run and restored after; every request created is deleted at the end; the API key made for
Administrator is removed. Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LAT, LON = 45.764043, 4.835659


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--site", required=True)
	parser.add_argument("--port", type=int, default=8011)
	parser.add_argument("--workers", type=int, default=4)
	parser.add_argument("--concurrency", default="1,2,4,8,16")
	parser.add_argument("-n", type=int, default=60, help="requests of each kind per concurrency level")
	args = parser.parse_args()

	import frappe

	frappe.init(site=args.site, sites_path=".")
	frappe.connect()
	setup = prepare(frappe)
	server = start_gunicorn(args)
	created: list[str] = []
	try:
		base = f"http://127.0.0.1:{args.port}"
		wait_ready(base, args.site)
		print(f"gunicorn: {args.workers} workers on 127.0.0.1:{args.port}; {os.cpu_count()} CPU; {args.n} requests per kind and level")
		print(f"{'concurrency':>11}  {'kind':<12} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'errors':>6}")
		for level in [int(c) for c in args.concurrency.split(",")]:
			rows = {}
			for kind, send in (("portal form", portal_sender(base, args.site, setup)), ("REST insert", rest_sender(base, args.site, setup))):
				measure(send, 2 * args.workers, args.workers)  # every worker has served this path once
				rows[kind], names = measure(send, args.n, level)
				created += names
				rps, p50, p95, errors = rows[kind]
				print(f"{level:>11}  {kind:<12} {rps:7.1f} {p50:8.0f} {p95:8.0f} {errors:>6}")
			portal, rest = rows["portal form"], rows["REST insert"]
			print(f"{'':>11}  ratio portal/REST: throughput {portal[0] / rest[0]:.2f}×, p95 latency {portal[2] / rest[2]:.2f}×")
		for (kind, message), count in sorted(ERRORS.items()):
			print(f"errors: {kind}: {count} × {message}")
	finally:
		server.terminate()
		server.wait(timeout=30)
		cleanup(frappe, setup, created)
		frappe.destroy()


# ---------------------------------------------------------------------------------------------- setup
def prepare(frappe) -> dict:
	from frappe.core.doctype.user.user import generate_keys

	from citizen_relation.portal import guard

	request_type = frappe.get_all(
		"Request Type", filters={"is_active": 1, "is_public": 1, "category": "Technical Problem"}, pluck="name", limit=1
	)[0]
	settings = frappe.get_single("Citizen Portal Settings")
	saved = {k: settings.get(k) for k in ("guest_submissions_per_hour", "guest_submissions_per_day_per_email", "confirm_anonymous_by_email")}
	settings.update({"guest_submissions_per_hour": 10000, "guest_submissions_per_day_per_email": 10000, "confirm_anonymous_by_email": 0})
	settings.save(ignore_permissions=True)
	had_key = frappe.db.get_value("User", "Administrator", "api_key")
	secret = generate_keys("Administrator")["api_secret"]
	key = frappe.db.get_value("User", "Administrator", "api_key")
	frappe.db.commit()
	guard.reset_counters()
	return {
		"request_type": request_type,
		"saved": saved,
		"token": f"token {key}:{secret}",
		"had_key": had_key,
		"secret": guard._secret(),
	}


def cleanup(frappe, setup, names):
	settings = frappe.get_single("Citizen Portal Settings")
	settings.update(setup["saved"])
	settings.save(ignore_permissions=True)
	if not setup["had_key"]:
		frappe.db.set_value("User", "Administrator", {"api_key": None})
		frappe.db.delete("__Auth", {"doctype": "User", "name": "Administrator", "fieldname": "api_secret"})
	frappe.db.commit()
	names = set(names) | set(frappe.get_all("Citizen Request", filters={"subject": ("like", "BENCH %")}, pluck="name"))
	for i, name in enumerate(sorted(names)):
		frappe.db.delete("Comment", {"reference_name": name})
		frappe.db.delete("Email Queue", {"reference_name": name})
		frappe.db.delete("ToDo", {"reference_name": name})
		frappe.delete_doc("Citizen Request", name, force=True, ignore_permissions=True)
		if i % 100 == 99:
			frappe.db.commit()
	for contact in frappe.get_all("Contact Email", filters={"email_id": ("like", "bench-%@example.fr")}, pluck="parent"):
		frappe.delete_doc("Contact", contact, force=True, ignore_permissions=True)
	frappe.db.commit()
	print(f"cleaned up: {len(names)} benchmark requests and their citizens deleted, settings restored")


def start_gunicorn(args) -> subprocess.Popen:
	env = dict(os.environ)
	env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
	gunicorn = Path(sys.executable).with_name("gunicorn")
	return subprocess.Popen(
		[str(gunicorn), "-w", str(args.workers), "-b", f"127.0.0.1:{args.port}", "-t", "120", "--preload", "frappe.app:application"],
		cwd=os.getcwd(),
		env=env,
		stdout=subprocess.DEVNULL,
		stderr=subprocess.DEVNULL,
	)


def wait_ready(base: str, site: str, timeout: float = 60) -> None:
	deadline = time.time() + timeout
	while time.time() < deadline:
		try:
			request = urllib.request.Request(base + "/api/method/ping", headers={"Host": site})
			with urllib.request.urlopen(request, timeout=5) as response:
				if response.status == 200:
					return
		except (urllib.error.URLError, ConnectionError, OSError):
			time.sleep(0.5)
	raise SystemExit("gunicorn did not answer in time")


# ---------------------------------------------------------------------------------------------- senders
class NoRedirect(urllib.request.HTTPRedirectHandler):
	def redirect_request(self, *args, **kwargs):
		return None


_opener = urllib.request.build_opener(NoRedirect)


def _values(setup, email):
	return {
		"request_type": setup["request_type"],
		"subject": f"BENCH {uuid.uuid4().hex[:8]}",
		"description": "Le lampadaire devant le numéro 12 est éteint depuis trois jours.",
		"address": "12 rue de la République, 69002 Lyon",
		"latitude": LAT,
		"longitude": LON,
		"reporter_name": "Camille Martin",
		"reporter_email": email,
	}


def portal_sender(base, site, setup):
	from citizen_relation.core.portal import form_stamp

	def send(i):
		values = _values(setup, f"bench-{uuid.uuid4().hex[:10]}@example.fr")
		values.update({"consent": "1", "website": "", "form_stamp": form_stamp(int(time.time()) - 30, setup["secret"])})
		body, content_type = _multipart(values)
		request = urllib.request.Request(base + "/signaler", data=body, method="POST", headers={"Host": site, "Content-Type": content_type})
		try:
			with _opener.open(request, timeout=120) as response:
				_note_error("portal form", response.status, response.read())
		except urllib.error.HTTPError as error:
			if error.code != 303:
				_note_error("portal form", error.code, error.read())
				return None
			query = urllib.parse.parse_qs(urllib.parse.urlparse(error.headers.get("Location", "")).query)
			return (query.get("ref") or [None])[0]
		return None

	return send


def rest_sender(base, site, setup):
	def send(i):
		values = _values(setup, f"bench-{uuid.uuid4().hex[:10]}@example.fr")
		values["channel"] = "Web Portal"
		request = urllib.request.Request(
			base + "/api/resource/Citizen%20Request",
			data=json.dumps(values).encode(),
			method="POST",
			headers={"Host": site, "Content-Type": "application/json", "Authorization": setup["token"]},
		)
		try:
			with urllib.request.urlopen(request, timeout=120) as response:
				return json.loads(response.read())["data"]["name"]
		except urllib.error.HTTPError as error:
			_note_error("REST insert", error.code, error.read())
			return None

	return send


ERRORS: dict[tuple[str, str], int] = {}


def _note_error(kind: str, status: int, body: bytes) -> None:
	"""Count failures by kind and by their message (the page's error box or the API's exception)."""
	import re

	text = body.decode(errors="replace")
	match = re.search(r'"exc_type":\s*"(\w+)"', text) or re.search(r'id="erreurs".*?<p>(.*?)</p>', text, re.DOTALL)
	ERRORS[(kind, f"{status} {match.group(1).strip()[:120] if match else text[:120]}")] = ERRORS.get((kind, f"{status} {match.group(1).strip()[:120] if match else text[:120]}"), 0) + 1


def _multipart(values: dict) -> tuple[bytes, str]:
	boundary = uuid.uuid4().hex
	parts = []
	for key, value in values.items():
		parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n')
	parts.append(f"--{boundary}--\r\n")
	return "".join(parts).encode(), f"multipart/form-data; boundary={boundary}"


def measure(send, n: int, concurrency: int):
	latencies, names = [], []

	def one(i):
		start = time.perf_counter()
		name = send(i)
		return time.perf_counter() - start, name

	start = time.perf_counter()
	with ThreadPoolExecutor(max_workers=concurrency) as pool:
		for latency, name in pool.map(one, range(n)):
			latencies.append(latency)
			names.append(name)
	wall = time.perf_counter() - start
	ok = [n for n in names if n]
	latencies.sort()
	p95 = latencies[min(len(latencies) - 1, round(0.95 * len(latencies)) - 1)]
	return (len(ok) / wall, statistics.median(latencies) * 1000, p95 * 1000, len(names) - len(ok)), ok


if __name__ == "__main__":
	main()
