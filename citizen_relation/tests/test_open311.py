"""Open311 GeoReport v2 conformance, through Frappe's website router as a real call takes it:
every endpoint in JSON and XML, the filters and limits of GET requests, POST with its errors,
duplicates (token, automatic merge), API keys and rate limits, traffic, callbacks and photos."""

from __future__ import annotations

import http.server
import json
import threading
import xml.etree.ElementTree as ET
from datetime import timedelta
from unittest.mock import patch

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, now_datetime, random_string
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request

from citizen_relation.core import open311 as core
from citizen_relation.open311 import callbacks, clients, media
from citizen_relation.requests.profile import get_profile
from citizen_relation.setup.seed import AGENT, MANAGER
from citizen_relation.tests.factories import (
	BELLECOUR,
	make_duplicate_type,
	make_outgoing_email_account,
	make_report,
	make_request,
	make_request_type,
	make_service,
	make_user,
)

DOCTYPE = "Citizen Request"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def call(method: str, path: str, data=None, query=None, ip: str = "198.51.100.7", json_body=None):
	"""One HTTP call through frappe.website.serve.get_response (page renderers included)."""
	from frappe.app import make_form_dict
	from frappe.website.serve import get_response

	if isinstance(query, list):
		from urllib.parse import urlencode

		query = urlencode(query)
	builder = EnvironBuilder(
		path="/" + path.lstrip("/"),
		method=method,
		query_string=query,
		data=data,
		json=json_body,
		base_url=f"http://{frappe.local.site}",
	)
	request = Request(builder.get_environ())
	frappe.local.request = request
	frappe.local.request_ip = ip
	make_form_dict(request)
	try:
		return get_response()
	finally:
		del frappe.local.request


def body(response):
	if response.content_type.startswith("application/json"):
		return json.loads(response.get_data())
	return ET.fromstring(response.get_data())


class Open311TestCase(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_outgoing_email_account()
		frappe.flags.mute_emails = True

	def setUp(self):
		self.ip = f"198.51.100.{frappe.utils.cint(random_string(3), 0) % 250 + 1}"
		self.service = make_service()
		self.type = make_request_type(
			service=self.service.name,
			type_name=f"Dépôt {random_string(6)}",
			show_on_public_map=1,
			fields=[
				{"label": "Volume", "fieldname": "volume", "fieldtype": "Select", "options": "Petit\nGros", "reqd": 1},
				{"label": "Nombre de sacs", "fieldname": "sacs", "fieldtype": "Int"},
				{"label": "Date constatée", "fieldname": "jour", "fieldtype": "Date"},
				{"label": "Dangereux", "fieldname": "dangereux", "fieldtype": "Check"},
				{"label": "Immatriculation", "fieldname": "plaque", "fieldtype": "Data", "public": 0},
			],
		)
		self.code = self.type.open311_code
		self.client_name, self.key = self.make_client()

	def tearDown(self):
		frappe.set_user("Administrator")

	def make_client(self, **values):
		name = f"App {random_string(8)}"
		frappe.get_doc({"doctype": "Open311 Client", "client_name": name, **values}).insert(ignore_permissions=True)
		return name, clients.issue_key(name)["api_key"]

	def get(self, path, query=None, **kwargs):
		return call("GET", f"open311/v2/{path}", query=query, ip=kwargs.pop("ip", self.ip), **kwargs)

	def post(self, fmt="json", key=None, ip=None, **data):
		data.setdefault("service_code", self.code)
		data.setdefault("attribute[volume]", "Petit")
		if "address_string" not in data and "lat" not in data:
			data["lat"], data["long"] = str(BELLECOUR[0]), str(BELLECOUR[1])
		data["api_key"] = self.key if key is None else key
		data = {k: v for k, v in data.items() if v is not None}
		return call("POST", f"open311/v2/requests.{fmt}", data=data, ip=ip or self.ip)

	def assertError(self, response, status, fmt="json"):
		self.assertEqual(response.status_code, status, response.get_data(as_text=True))
		out = body(response)
		if fmt == "json":
			self.assertEqual(out[0]["code"], status)
			self.assertTrue(out[0]["description"])
		else:
			self.assertEqual(out.tag, "errors")
			self.assertEqual(out.find("error/code").text, str(status))
			self.assertTrue(out.find("error/description").text)
		return out


class TestDiscoveryAndServices(Open311TestCase):
	def test_discovery_names_the_v2_endpoint_and_both_formats(self):
		for fmt in ("json", "xml"):
			response = self.get(f"discovery.{fmt}")
			self.assertEqual(response.status_code, 200)
			self.assertEqual(response.content_type, core.FORMATS[fmt])
		data = body(self.get("discovery.json"))
		endpoint = data["endpoints"][0]
		self.assertEqual(endpoint["specification"], core.SPECIFICATION)
		self.assertTrue(endpoint["url"].endswith("/open311/v2"))
		self.assertEqual(set(endpoint["formats"]), {"text/xml", "application/json"})
		xml = body(self.get("discovery.xml"))
		self.assertEqual(xml.tag, "discovery")
		self.assertEqual([f.text for f in xml.findall("endpoints/endpoint/formats/format")], ["text/xml", "application/json"])

	def test_services_list_active_public_types_with_their_code_in_both_formats(self):
		hidden = make_request_type(service=self.service.name, is_public=0)
		retired = make_request_type(service=self.service.name, is_active=0)
		codes = [s["service_code"] for s in body(self.get("services.json"))]
		self.assertIn(self.code, codes)
		self.assertNotIn(hidden.open311_code, codes)
		self.assertNotIn(retired.open311_code, codes)
		ours = next(s for s in body(self.get("services.json")) if s["service_code"] == self.code)
		self.assertEqual(ours["service_name"], self.type.name)
		self.assertIs(ours["metadata"], True)
		self.assertEqual(ours["type"], "realtime")
		xml = body(self.get("services.xml"))
		self.assertEqual(xml.tag, "services")
		service = next(s for s in xml.findall("service") if s.find("service_code").text == self.code)
		self.assertEqual(service.find("metadata").text, "true")

	def test_a_service_definition_gives_the_citizen_fields_with_spec_datatypes(self):
		data = body(self.get(f"services/{self.code}.json"))
		self.assertEqual(data["service_code"], self.code)
		attrs = {a["code"]: a for a in data["attributes"]}
		self.assertEqual(list(attrs), ["volume", "sacs", "jour", "dangereux"])  # not the agents' field
		self.assertEqual(attrs["volume"]["datatype"], "singlevaluelist")
		self.assertIs(attrs["volume"]["required"], True)
		self.assertEqual([v["key"] for v in attrs["volume"]["values"]], ["Petit", "Gros"])
		self.assertEqual(attrs["sacs"]["datatype"], "number")
		self.assertEqual(attrs["jour"]["datatype"], "datetime")
		self.assertEqual([a["order"] for a in data["attributes"]], [1, 2, 3, 4])
		xml = body(self.get(f"services/{self.code}.xml"))
		self.assertEqual(xml.tag, "service_definition")
		self.assertEqual(xml.find("attributes/attribute/code").text, "volume")

	def test_unknown_services_paths_and_formats_are_404_in_the_spec_format(self):
		self.assertError(self.get("services/no-such-service.json"), 404)
		self.assertError(self.get("services/no-such-service.xml"), 404, fmt="xml")
		self.assertError(self.get("nothing.json"), 404)
		self.assertError(self.get("services.html"), 404, fmt="xml")

	def test_a_wrong_jurisdiction_is_404_and_the_right_one_is_served(self):
		frappe.db.set_single_value("Open311 Settings", "jurisdiction_id", "ville.example")
		frappe.clear_document_cache("Open311 Settings", "Open311 Settings")
		try:
			self.assertError(self.get("services.json", query={"jurisdiction_id": "autre.example"}), 404)
			self.assertEqual(self.get("services.json", query={"jurisdiction_id": "ville.example"}).status_code, 200)
		finally:
			frappe.db.set_single_value("Open311 Settings", "jurisdiction_id", None)
			frappe.clear_document_cache("Open311 Settings", "Open311 Settings")

	def test_request_types_get_a_unique_service_code_from_their_name(self):
		first = make_request_type(type_name=f"Éclairage public {random_string(4)}")
		self.assertTrue(first.open311_code.startswith("eclairage-public-"))
		self.assertRaises(
			frappe.UniqueValidationError, make_request_type, type_name=f"Autre {random_string(4)}", open311_code=first.open311_code
		)
		self.assertRaises(frappe.ValidationError, make_request_type, open311_code="a code with spaces")


class TestPost(Open311TestCase):
	def test_a_post_registers_the_request_with_channel_source_reporter_location_and_fields(self):
		response = self.post(
			description="Dépôt de gravats\ndevant le n°3",
			email="Jeanne.Martin@Example.org",
			first_name="Jeanne",
			last_name="Martin",
			phone="06 12 34 56 78",
			address_string="3 rue Victor Hugo, 69002 Lyon",
			lat=str(BELLECOUR[0]),
			long=str(BELLECOUR[1]),
			device_id="device-1",
			account_id="acc-9",
			**{"attribute[sacs]": "3", "attribute[jour]": "2026-01-31T00:00:00Z", "attribute[dangereux]": "true"},
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		answer = body(response)[0]
		self.assertEqual(answer["account_id"], "acc-9")
		doc = frappe.get_doc(DOCTYPE, answer["service_request_id"])
		self.assertEqual(doc.channel, "Mobile App / API")
		self.assertEqual(doc.source, self.client_name)
		self.assertEqual(doc.request_type, self.type.name)
		self.assertEqual(doc.subject, "Dépôt de gravats")
		self.assertEqual(doc.reporter_name, "Jeanne Martin")
		self.assertEqual(doc.reporter_email, "jeanne.martin@example.org")
		self.assertTrue(doc.contact)
		self.assertAlmostEqual(doc.latitude, BELLECOUR[0])
		self.assertEqual(doc.street, "rue Victor Hugo")
		values = {row.fieldname: row.value for row in doc.type_values}
		self.assertEqual(values, {"volume": "Petit", "sacs": "3", "jour": "2026-01-31", "dangereux": "1"})
		submission = frappe.get_doc("Open311 Submission", {"request": doc.name})
		self.assertEqual((submission.api_client, submission.device_id, submission.outcome), (self.client_name, "device-1", "Registered"))

	def test_the_xml_answer_carries_the_new_id(self):
		xml = body(self.post(fmt="xml"))
		self.assertEqual(xml.tag, "service_requests")
		self.assertTrue(frappe.db.exists(DOCTYPE, xml.find("request/service_request_id").text))

	def test_a_json_body_is_accepted_too(self):
		response = call(
			"POST",
			"open311/v2/requests.json",
			json_body={"api_key": self.key, "service_code": self.code, "address_string": "Place Bellecour", "attribute": {"volume": "Gros"}},
			ip=self.ip,
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))

	def test_every_malformed_post_is_a_spec_error_and_registers_nothing(self):
		before = frappe.db.count(DOCTYPE)
		_other, other_key = self.make_client(enabled=0)
		cases = [
			(403, {"key": ""}),
			(403, {"key": "o311_not-a-real-key-at-all-0000"}),
			(403, {"key": other_key}),
			(400, {"service_code": ""}),
			(400, {"service_code": "no-such-service"}),
			(400, {"lat": "95", "long": "4.8"}),
			(400, {"lat": "abc", "long": "4.8"}),
			(400, {"lat": "45.7", "long": None, "address_string": None}),
			(400, {"lat": None, "long": None, "address_string": None}),
			(400, {"address_id": "no-such-address", "lat": None}),
			(400, {"attribute[volume]": "Énorme"}),
			(400, {"attribute[sacs]": "trois"}),
			(400, {"attribute[volume]": None}),
			(400, {"attribute[plaque]": "AB-123-CD"}),
			(400, {"attribute[inconnu]": "x"}),
			(400, {"description": "x" * 30000}),
			(400, {"email": "jeanne@"}),
			(400, {"media_url": "http://127.0.0.1/secret"}),
			(400, {"media_url": "file:///etc/passwd"}),
			(400, {"first_name": "n" * 500}),
		]
		for status, values in cases:
			with self.subTest(values=values):
				self.assertError(self.post(**values), status)
		self.assertError(self.post(fmt="xml", service_code="no-such-service"), 400, fmt="xml")
		self.assertEqual(frappe.db.count(DOCTYPE), before)

	def test_a_client_posts_only_the_services_it_is_allowed(self):
		other = make_request_type(service=self.service.name)
		_name, key = self.make_client(allowed_services=[{"request_type": other.name}])
		self.assertError(self.post(key=key), 403)
		self.assertEqual(self.post(key=key, service_code=other.open311_code, **{"attribute[volume]": None}).status_code, 200)

	def test_a_revoked_or_regenerated_key_stops_working_at_once(self):
		self.assertEqual(self.post().status_code, 200)
		new_key = clients.issue_key(self.client_name)["api_key"]
		self.assertError(self.post(), 403)
		self.assertEqual(self.post(key=new_key).status_code, 200)
		clients.revoke_key(self.client_name)
		self.assertError(self.post(key=new_key), 403)

	def test_posting_elsewhere_than_requests_is_405(self):
		response = call("POST", "open311/v2/services.json", data={"api_key": self.key}, ip=self.ip)
		self.assertError(response, 405)


class TestDuplicates(Open311TestCase):
	def setUp(self):
		super().setUp()
		self.type = make_duplicate_type(service=self.service.name)
		self.code = self.type.open311_code

	def post_near(self, **data):
		return self.post(**{"attribute[volume]": None, "lat": str(BELLECOUR[0] + 0.0001), "long": str(BELLECOUR[1]), **data})

	def test_a_report_near_an_open_one_gets_a_token_that_resolves_once_an_agent_decides(self):
		first = make_report(self.type.name, subject="Lampadaire éteint", description="Le lampadaire est éteint")
		answer = body(self.post_near(description="Lampadaire éteint depuis hier soir"))[0]
		self.assertNotIn("service_request_id", answer)
		self.assertTrue(answer["service_notice"])
		token = answer["token"]
		self.assertEqual(body(self.get(f"tokens/{token}.json")), [{"service_request_id": None, "token": token}])
		own = frappe.db.get_value("Open311 Submission", {"token": token}, "request")
		frappe.db.set_value(DOCTYPE, own, "status", "Open")
		self.assertEqual(body(self.get(f"tokens/{token}.json"))[0]["service_request_id"], own)
		frappe.db.set_value(DOCTYPE, own, {"status": "Merged", "merged_into": first.name})
		xml = body(self.get(f"tokens/{token}.xml"))
		self.assertEqual(xml.find("request/service_request_id").text, first.name)
		self.assertError(self.get("tokens/0000.json"), 404)

	def test_above_the_automatic_threshold_the_report_is_merged_and_the_master_id_returned(self):
		frappe.db.set_value("Request Type", self.type.name, {"auto_merge": 1, "auto_merge_threshold": 70})
		self.assertAlmostEqual(get_profile(self.type.name).auto_merge_threshold, 0.70)
		first = make_report(self.type.name, subject="Lampadaire éteint", description="Le lampadaire est éteint")
		answer = body(self.post_near(description="Lampadaire éteint", email="paul@example.org"))[0]
		self.assertEqual(answer["service_request_id"], first.name)
		self.assertTrue(answer["service_notice"])
		own = frappe.get_doc(DOCTYPE, frappe.db.get_value("Open311 Submission", {"master": first.name}, "request"))
		self.assertEqual((own.status, own.merged_into, own.source), ("Merged", first.name, self.client_name))
		self.assertIn(own.name, [r.request for r in frappe.get_doc(DOCTYPE, first.name).co_reporters])

	def test_without_candidates_the_id_is_returned_at_once(self):
		answer = body(self.post_near(lat="48.85", long="2.35", description="Lampadaire éteint"))[0]
		self.assertTrue(frappe.db.exists(DOCTYPE, answer["service_request_id"]))


class TestGetRequests(Open311TestCase):
	def make(self, **values):
		values.setdefault("subject", "Mon voisin Dupont a déposé un frigo")
		values.setdefault("description", "Le frigo de M. Dupont")
		values.setdefault("reporter_name", "Jeanne Martin")
		values.setdefault("reporter_email", "jeanne.secret@example.org")
		values.setdefault("address", "12 rue Victor Hugo, 69002 Lyon")
		values.setdefault("latitude", BELLECOUR[0])
		values.setdefault("longitude", BELLECOUR[1])
		values.setdefault("type_values", [{"fieldname": "volume", "value": "Petit"}])
		return make_request(self.type.name, **values)

	def test_a_request_shows_public_fields_only_in_both_formats(self):
		doc = self.make(public_note="Enlèvement prévu jeudi")
		doc.add_comment("Comment", "Note interne : le voisin est connu des services")
		data = body(self.get(f"requests/{doc.name}.json"))
		self.assertEqual(len(data), 1)
		item = data[0]
		text = json.dumps(item, ensure_ascii=False)
		for private in ("Dupont", "Jeanne", "jeanne.secret", "12 rue", "frigo", "Note interne"):
			self.assertNotIn(private, text)
		self.assertEqual(item["service_request_id"], doc.name)
		self.assertEqual(item["status"], "open")
		self.assertEqual(item["status_notes"], "Enlèvement prévu jeudi")
		self.assertEqual(item["description"], doc.public_title)
		self.assertEqual(item["service_code"], self.code)
		self.assertEqual(item["agency_responsible"], self.service.name)
		self.assertEqual(item["address"], "rue Victor Hugo")
		self.assertEqual(item["zipcode"], "69002")
		self.assertRegex(item["requested_datetime"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
		if doc.resolution_by:
			self.assertEqual(item["expected_datetime"][:16], str(doc.resolution_by).replace(" ", "T")[:16])
		xml = body(self.get(f"requests/{doc.name}.xml"))
		self.assertEqual(xml.tag, "service_requests")
		self.assertEqual(xml.find("request/service_request_id").text, doc.name)
		self.assertEqual(xml.find("request/status").text, "open")

	def test_unknown_ids_and_requests_of_unpublished_types_are_404(self):
		hidden = make_request_type(service=self.service.name, is_public=0)
		doc = make_request(hidden.name)
		self.assertError(self.get(f"requests/{doc.name}.json"), 404)
		self.assertError(self.get("requests/DEM-1999-000001.xml"), 404, fmt="xml")

	def test_filters_ids_service_status_and_dates(self):
		a, b = self.make(), self.make()
		other_type = make_request_type(service=self.service.name)
		c = make_request(other_type.name)
		old = self.make(received_on=add_days(now_datetime(), -100))
		closed = self.make()
		frappe.db.set_value(DOCTYPE, closed.name, "status", "Closed")

		def ids(query):
			response = self.get("requests.json", query=query)
			self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
			return [r["service_request_id"] for r in body(response)]

		self.assertEqual(sorted(ids({"service_request_id": f"{a.name},{c.name}"})), sorted([a.name, c.name]))
		self.assertEqual(sorted(ids([("service_request_id", a.name), ("service_request_id", c.name)])), sorted([a.name, c.name]))
		mine = ids({"service_code": self.code})
		self.assertTrue({a.name, b.name, closed.name} <= set(mine))
		self.assertNotIn(c.name, mine)
		self.assertNotIn(old.name, mine)  # outside the default 90 days
		self.assertNotIn(closed.name, ids({"service_code": self.code, "status": "open"}))
		self.assertEqual(ids({"service_code": self.code, "status": "closed"}), [closed.name])
		window = {
			"service_code": self.code,
			"start_date": (now_datetime() - timedelta(days=110)).strftime("%Y-%m-%dT%H:%M:%S+01:00"),
			"end_date": (now_datetime() - timedelta(days=50)).strftime("%Y-%m-%d"),
		}
		self.assertEqual(ids(window), [old.name])
		self.assertEqual(mine[:2], [closed.name, b.name])  # newest first

	def test_bad_filters_are_400(self):
		for query in (
			{"start_date": "2026-01-01", "end_date": "2026-06-01"},
			{"start_date": "31/01/2026"},
			{"status": "pending"},
			{"service_code": "no-such-service"},
			[("start_date", "2026-01-01"), ("start_date", "2026-01-02")],
		):
			with self.subTest(query=query):
				self.assertError(self.get("requests.json", query=query), 400)
		self.assertError(self.get("requests.xml", query={"status": "pending"}), 400, fmt="xml")

	def test_lists_stop_at_their_limit_newest_first_and_skip_merged_reports(self):
		from citizen_relation.open311.reading import list_requests

		docs = [self.make() for _i in range(4)]
		frappe.db.set_value(DOCTYPE, docs[0].name, {"status": "Merged", "merged_into": docs[1].name})
		query = core.parse_query({"service_code": self.code}, frappe.utils.get_datetime().astimezone(), core.ZoneInfo("Europe/Paris"))
		rows = list_requests(core.RequestQuery(service_codes=query.service_codes, start=query.start, end=query.end, limit=2))
		self.assertEqual([r["service_request_id"] for r in rows], [docs[3].name, docs[2].name])
		all_rows = list_requests(query)
		self.assertNotIn(docs[0].name, [r["service_request_id"] for r in all_rows])
		merged = body(self.get(f"requests/{docs[0].name}.json"))[0]
		self.assertEqual(merged["status"], "closed")
		self.assertIn(docs[1].name, merged["status_notes"])

	def test_types_off_the_public_map_publish_no_location(self):
		complaint = make_request_type(service=self.service.name, category="Complaint", show_on_public_map=0)
		doc = make_request(complaint.name, address="5 rue des Lilas, 69003 Lyon", latitude=45.75, longitude=4.85)
		item = body(self.get(f"requests/{doc.name}.json"))[0]
		self.assertEqual((item["address"], item["lat"], item["zipcode"]), (None, None, None))


class TestClientsAndLimits(Open311TestCase):
	def test_a_client_over_its_rate_is_refused_with_429_and_retry_after(self):
		_name, key = self.make_client(requests_per_minute=2)
		for _i in range(2):
			self.assertEqual(self.get("services.json", query={"api_key": key}).status_code, 200)
		response = self.get("services.json", query={"api_key": key})
		self.assertError(response, 429)
		self.assertGreater(int(response.headers["Retry-After"]), 0)
		# another caller is not affected
		self.assertEqual(self.get("services.json", ip="203.0.113.99").status_code, 200)

	def test_callers_without_key_are_limited_per_ip_and_bad_keys_count_against_it(self):
		ip = f"203.0.113.{frappe.utils.cint(random_string(2), 0) % 200 + 20}"
		with patch.object(clients, "get_settings", return_value=frappe._dict(guest_requests_per_minute=3)):
			statuses = [self.get("services.json", ip=ip).status_code for _i in range(2)]
			statuses.append(self.get("services.json", query={"api_key": "o311_wrong-key-wrong-key-wrong"}, ip=ip).status_code)
			statuses.append(self.get("services.json", ip=ip).status_code)
		self.assertEqual(statuses, [200, 200, 403, 429])

	def test_traffic_is_counted_per_client_and_day_then_flushed_to_the_desk(self):
		self.get("services.json", query={"api_key": self.key})
		self.post()
		self.post(service_code="no-such-service")
		clients.flush_traffic(commit=False)
		row = frappe.get_doc("Open311 Traffic", {"api_client": self.client_name, "day": frappe.utils.nowdate()})
		self.assertEqual((row.read_calls, row.posts, row.errors), (1, 1, 1))
		self.assertIn("no-such-service", row.last_error)
		self.assertTrue(frappe.db.get_value("Open311 Client", self.client_name, "last_used_on"))
		self.post()
		clients.flush_traffic(commit=False)
		row.reload()
		self.assertEqual(row.posts, 2)  # added, never counted twice
		from citizen_relation.citizen_relation.report.open311_traffic.open311_traffic import execute

		today = frappe.utils.nowdate()
		_columns, data, *_rest = execute({"from_date": today, "to_date": today, "api_client": self.client_name})
		self.assertEqual((data[0]["api_client"], data[0]["posts"], data[0]["errors"]), (self.client_name, 2, 1))
		self.assertIn("no-such-service", data[0]["last_error"])

	def test_keys_are_shown_once_stored_hashed_and_managed_by_managers_only(self):
		from citizen_relation.api import open311 as api

		doc = frappe.get_doc("Open311 Client", self.client_name)
		self.assertEqual(doc.api_key_hash, core.hash_api_key(self.key))
		self.assertNotIn(self.key, json.dumps(doc.as_dict(), default=str))
		self.assertTrue(self.key.startswith(doc.key_hint.rstrip("…")))
		# the hash and hint cannot be written through the form or REST
		doc.api_key_hash = core.hash_api_key("o311_chosen-by-an-attacker-000000")
		doc.key_hint = "x"
		doc.save()
		self.assertEqual(frappe.db.get_value("Open311 Client", self.client_name, "api_key_hash"), core.hash_api_key(self.key))
		frappe.set_user(make_user((AGENT,)))
		self.assertRaises(frappe.PermissionError, api.generate_api_key, self.client_name)
		frappe.set_user(make_user((MANAGER,)))
		keys = api.generate_api_key(self.client_name)
		self.assertTrue(keys["api_key"].startswith(core.KEY_PREFIX) and keys["callback_secret"])


class LocalServer:
	"""A one-shot HTTP server on 127.0.0.1 answering with a given status, type and body."""

	def __init__(self, status=200, content_type="image/png", payload=PNG):
		self.received = []
		outer = self

		class Handler(http.server.BaseHTTPRequestHandler):
			def _answer(self):
				length = int(self.headers.get("Content-Length") or 0)
				outer.received.append((self.command, dict(self.headers), self.rfile.read(length) if length else b""))
				self.send_response(status)
				self.send_header("Content-Type", content_type)
				self.send_header("Content-Length", str(len(payload)))
				self.end_headers()
				self.wfile.write(payload)

			do_GET = do_POST = _answer

			def log_message(self, *args):
				pass

		self.server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
		self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
		self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

	def __enter__(self):
		self.thread.start()
		return self

	def __exit__(self, *exc):
		self.server.shutdown()
		self.server.server_close()


class TestBackgroundWork(Open311TestCase):
	def submission_with_media(self, url):
		with patch.object(core, "check_media_url"):
			answer = body(self.post(media_url=url))[0]
		return frappe.db.get_value("Open311 Submission", {"request": answer["service_request_id"]}, ["name", "request"], as_dict=True)

	def test_a_photo_is_fetched_in_the_background_and_attached_privately(self):
		with LocalServer() as server:
			row = self.submission_with_media(server.url + "/photo.png")
			self.assertEqual(frappe.db.get_value("Open311 Submission", row.name, "media_status"), "Pending")
			with patch.object(media, "_allowed_address", return_value=True), patch.object(media, "_check_url"):
				media.fetch_media(row.name)
		self.assertEqual(frappe.db.get_value("Open311 Submission", row.name, "media_status"), "Attached")
		file = frappe.get_doc("File", {"attached_to_doctype": DOCTYPE, "attached_to_name": row.request})
		self.assertTrue(file.is_private)
		self.assertTrue(file.file_name.endswith(".png"))

	def test_photos_on_the_servers_network_wrong_types_or_too_large_are_refused(self):
		with LocalServer() as server:
			row = self.submission_with_media(server.url + "/photo.png")
			with patch.object(media, "_check_url"):
				media.fetch_media(row.name)  # 127.0.0.1 is not a public address
			self.assertEqual(frappe.db.get_value("Open311 Submission", row.name, "media_status"), "Refused")
			self.assertFalse(server.received)  # never connected
		for server, limit in (
			(LocalServer(content_type="text/html", payload=b"<html>"), 10_000),  # not an image type
			(LocalServer(payload=PNG * 100), 1000),  # too large
			(LocalServer(content_type="image/png", payload=b"<?php echo 1;"), 10_000),  # lies about its type
		):
			with server, patch.object(media, "_allowed_address", return_value=True), patch.object(media, "_check_url"):
				self.assertRaises(
					media.MediaRefused, media.download, server.url, max_bytes=limit, timeout=5, allowed_types=("image/png",)
				)

	def test_status_changes_are_called_back_signed_and_retried(self):
		frappe.local.conf.open311_allow_private_callbacks = 1
		try:
			with LocalServer(status=204, payload=b"") as server:
				name, key = self.make_client(callback_url=server.url + "/hook")
				secret = frappe.get_doc("Open311 Client", name).get_password("callback_secret")
				answer = body(self.post(key=key, email="jeanne.secret@example.org"))[0]
				doc = frappe.get_doc(DOCTYPE, answer["service_request_id"])
				doc.status = "Open"
				doc.save()
				callback = frappe.get_doc("Open311 Callback", {"request": doc.name, "api_client": name})
				self.assertEqual(callback.status, "Pending")
				self.assertNotIn("jeanne.secret", callback.payload)
				callbacks.deliver(callback.name, commit=False)
				callback.reload()
				self.assertEqual((callback.status, callback.attempts), ("Delivered", 1))
				_method, headers, sent = server.received[0]
				self.assertTrue(
					core.verify(secret, int(headers["X-Open311-Timestamp"]), sent, headers["X-Open311-Signature"].removeprefix("sha256="))
				)
				self.assertEqual(json.loads(sent)["service_request"]["status"], "open")
			with LocalServer(status=500, payload=b"") as server:
				frappe.db.set_value("Open311 Client", name, "callback_url", server.url + "/hook")
				doc.reload()
				doc.public_note = "Intervention planifiée"
				doc.save()
				failing = frappe.get_doc("Open311 Callback", {"request": doc.name, "event": "note_added"})
				callbacks.deliver(failing.name, commit=False)
				failing.reload()
				self.assertEqual((failing.status, failing.attempts, failing.last_status_code), ("Pending", 1, 500))
				self.assertGreater(failing.next_attempt_on, now_datetime())
		finally:
			frappe.local.conf.pop("open311_allow_private_callbacks", None)

	def test_callbacks_to_the_servers_own_network_are_refused(self):
		self.assertRaises(ValueError, callbacks._check_target, "http://127.0.0.1:8000/hook")
		self.assertRaises(ValueError, callbacks._check_target, "gopher://example.org/")
