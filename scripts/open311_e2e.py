"""End-to-end run of a real Open311 client library against a running bench.

The client is ``georeport`` from PyPI (Open311 GeoReport v2 wrapper, version 0.3.x): it reads
services, service definitions, requests and a request, in JSON and in XML (``xmltodict``). It
has no method to post a request, so posting is done as every Open311 app does it — an
``application/x-www-form-urlencoded`` POST to ``requests.{format}`` with ``api_key`` — and the
library then reads the new request back. (PyPI's ``open311`` 1.1 and ``three`` 0.8 are
Python 2 only: their imports fail on Python 3.)

    python3 -m venv /tmp/open311-client && /tmp/open311-client/bin/pip install georeport
    bench --site mysite.localhost execute citizen_relation.devtools.open311_client --kwargs '{"name": "E2E"}'
    /tmp/open311-client/bin/python scripts/open311_e2e.py --url http://mysite.localhost:8000/open311/v2 --api-key o311_…

Exits non-zero at the first check that fails; prints each check.
"""

from __future__ import annotations

import argparse
import random
import sys

import requests
import xmltodict
from georeport import GeoReport

CHECKS = []


def check(label: str, condition: bool, detail: object = "") -> None:
	CHECKS.append(label)
	print(f"{'ok ' if condition else 'FAIL'} {label}" + (f" — {detail}" if detail and not condition else ""))
	if not condition:
		sys.exit(1)


def as_list(value):
	"""xmltodict gives a dict for a single element, a list for several."""
	if value is None:
		return []
	return value if isinstance(value, list) else [value]


def post(url: str, fmt: str, data: dict) -> requests.Response:
	return requests.post(f"{url}/requests.{fmt}", data=data, timeout=60)


def parse(response: requests.Response, fmt: str) -> list[dict]:
	if fmt == "json":
		return response.json()
	parsed = xmltodict.parse(response.content)
	root = parsed.get("service_requests") or parsed.get("errors") or {}
	return as_list(root.get("request") or root.get("error"))


def main():
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--url", required=True, help="e.g. http://mysite.localhost:8000/open311/v2")
	parser.add_argument("--api-key", required=True)
	parser.add_argument("--jurisdiction", default=None)
	args = parser.parse_args()
	url = args.url.rstrip("/")
	rng = random.Random()

	for fmt in ("json", "xml"):
		client = GeoReport(url, jurisdiction=args.jurisdiction, api_key=args.api_key, output_format=fmt)
		print(f"\n== georeport, {fmt}")
		services = as_list(client.get_service_list())
		check(f"{fmt}: GET services lists services", len(services) > 0, services)
		with_fields = [s for s in services if str(s["metadata"]).lower() == "true"]
		simple = [s for s in services if str(s["metadata"]).lower() == "false"]
		check(f"{fmt}: every service has the spec's keys", all({"service_code", "service_name", "type"} <= set(s) for s in services))
		if with_fields:
			definition = client.get_service_definition(with_fields[0]["service_code"])
			attributes = definition.get("attributes")
			if fmt == "xml":
				attributes = as_list((attributes or {}).get("attribute"))
			check(f"{fmt}: GET services/{{code}} gives the attributes", len(attributes) > 0 and "datatype" in attributes[0], definition)
		try:
			client.get_service_definition("no-such-service")
			check(f"{fmt}: unknown service is refused", False)
		except requests.HTTPError as error:
			check(f"{fmt}: unknown service is a 404", error.response.status_code == 404)

		service = simple[0] if simple else services[0]
		lat, lon = 45.70 + rng.random() / 10, 4.80 + rng.random() / 10
		created = post(
			url,
			fmt,
			{
				"api_key": args.api_key,
				"jurisdiction_id": args.jurisdiction or "",
				"service_code": service["service_code"],
				"lat": f"{lat:.6f}",
				"long": f"{lon:.6f}",
				"description": f"Essai Open311 de bout en bout ({fmt})",
				"email": "e2e@example.org",
				"first_name": "Essai",
				"last_name": "Open311",
			},
		)
		check(f"{fmt}: POST requests answers 200", created.status_code == 200, created.text[:300])
		answer = parse(created, fmt)[0]
		request_id = answer.get("service_request_id")
		token = answer.get("token")
		check(f"{fmt}: POST gives an id or a token", bool(request_id or token), answer)
		if token and not request_id:
			resolved = requests.get(f"{url}/tokens/{token}.{fmt}", timeout=30)
			check(f"{fmt}: GET tokens/{{token}} answers", resolved.status_code == 200, resolved.text[:300])
			print(f"   (token {token}: waiting for an agent, as the spec allows)")
			continue
		one = client.get_service_request(request_id)
		check(f"{fmt}: GET requests/{{id}} reads it back", one["service_request_id"] == request_id, one)
		check(f"{fmt}: it is open", one["status"] == "open", one)
		check(f"{fmt}: its dates carry an offset", one["requested_datetime"][-6] in "+-", one["requested_datetime"])
		check(f"{fmt}: no personal data", "e2e@example.org" not in str(one) and "Essai Open311" not in str(one), one)
		listed = as_list(client.get_service_requests(service_code=service["service_code"], status="open"))
		check(f"{fmt}: GET requests filters by service and status", request_id in [r["service_request_id"] for r in listed])
		by_id = as_list(client.get_service_requests(service_request_id=request_id))
		check(f"{fmt}: GET requests by service_request_id", [r["service_request_id"] for r in by_id] == [request_id])

		bad = post(url, fmt, {"api_key": args.api_key, "service_code": service["service_code"], "lat": "95", "long": "4"})
		errors = parse(bad, fmt)
		check(f"{fmt}: bad coordinates are a 400 with the spec's error list", bad.status_code == 400 and str(errors[0]["code"]) == "400")
		forbidden = post(url, fmt, {"api_key": "o311_wrong-key-wrong-key-wrong-key", "service_code": service["service_code"]})
		check(f"{fmt}: a wrong api_key is a 403", forbidden.status_code == 403)
		try:
			client.get_service_requests(start_date="2020-01-01T00:00:00Z", end_date="2021-01-01T00:00:00Z")
			check(f"{fmt}: a window over 90 days is refused", False)
		except requests.HTTPError as error:
			check(f"{fmt}: a window over 90 days is a 400", error.response.status_code == 400)

	print(f"\n{len(CHECKS)} passed, 0 failed")


if __name__ == "__main__":
	main()
