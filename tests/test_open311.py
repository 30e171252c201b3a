"""Open311 GeoReport v2 core: routes, parameters, mapping, rendering, keys and media URLs."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citizen_relation.core import open311 as o
from citizen_relation.core.type_fields import FieldDef

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=PARIS)


def error_of(call, *args, **kwargs) -> o.Open311Error:
	with pytest.raises(o.Open311Error) as info:
		call(*args, **kwargs)
	return info.value


# ------------------------------------------------------------------ routes
@pytest.mark.parametrize(
	"path, route",
	[
		("open311/v2/discovery.json", o.Route("discovery", "json")),
		("/open311/discovery.xml", o.Route("discovery", "xml")),
		("open311/v2/services.xml", o.Route("services", "xml")),
		("open311/v2/services/eclairage-public.json", o.Route("service", "json", "eclairage-public")),
		("open311/v2/requests.json", o.Route("requests", "json")),
		("open311/v2/requests/DEM-2026-000012.xml", o.Route("request", "xml", "DEM-2026-000012")),
		("open311/v2/tokens/ab12.JSON", o.Route("token", "json", "ab12")),
	],
)
def test_routes_name_the_resource_its_argument_and_the_format(path, route):
	assert o.parse_route(path) == route


@pytest.mark.parametrize(
	"path",
	[
		"open311/v2/services.html",
		"open311/v2/services",
		"open311/v2/unknown.json",
		"open311/v2/requests/a/b.json",
		"open311/services.json",
		"open311/v2/tokens/.json",
		"open311/v2/requests/<script>.json",
	],
)
def test_unknown_paths_and_formats_are_404(path):
	assert error_of(o.parse_route, path).status == 404


# ------------------------------------------------------------------ GET requests
def test_requests_default_to_the_last_90_days():
	query = o.parse_query({}, NOW, PARIS)
	assert query.end == NOW and query.start == NOW - timedelta(days=90) and query.limit == 1000


def test_one_date_gives_a_90_day_window_from_or_up_to_it():
	start = o.parse_query({"start_date": "2026-01-01T00:00:00Z"}, NOW, PARIS)
	assert start.end - start.start == timedelta(days=90)
	end = o.parse_query({"end_date": "2026-03-01"}, NOW, PARIS)
	assert end.end == datetime(2026, 3, 1, tzinfo=PARIS) and end.start == end.end - timedelta(days=90)


def test_windows_longer_than_90_days_or_reversed_are_refused():
	assert error_of(o.parse_query, {"start_date": "2026-01-01", "end_date": "2026-05-01"}, NOW, PARIS).status == 400
	assert error_of(o.parse_query, {"start_date": "2026-02-01", "end_date": "2026-01-01"}, NOW, PARIS).status == 400


def test_ids_override_every_other_filter():
	query = o.parse_query({"service_request_id": "A, B,A", "status": "bogus"}, NOW, PARIS)
	assert query.ids == ("A", "B") and query.start is None


def test_status_and_codes_are_comma_lists():
	query = o.parse_query({"status": "open", "service_code": "a,b"}, NOW, PARIS)
	assert query.statuses == ("open",) and query.service_codes == ("a", "b")
	assert o.parse_query({"status": "closed,open"}, NOW, PARIS).statuses == ()
	assert error_of(o.parse_query, {"status": "pending"}, NOW, PARIS).status == 400


@pytest.mark.parametrize(
	"value, expected",
	[
		("2026-01-31T08:00:00+01:00", datetime(2026, 1, 31, 7, 0, tzinfo=timezone.utc)),
		("2026-01-31T07:00:00Z", datetime(2026, 1, 31, 7, 0, tzinfo=timezone.utc)),
		("2026-01-31T08:00:00.123+0100", datetime(2026, 1, 31, 7, 0, 0, 123000, tzinfo=timezone.utc)),
		("2026-01-31", datetime(2026, 1, 31, tzinfo=PARIS)),
		("2026-01-31T08:00", datetime(2026, 1, 31, 8, 0, tzinfo=PARIS)),
	],
)
def test_w3c_datetimes_are_read_with_their_offset(value, expected):
	assert o.parse_datetime(value, "start_date", PARIS) == expected


@pytest.mark.parametrize("value", ["yesterday", "2026-02-30", "2026-01-31T25:00:00Z", "2026-01-31T08:00:00+15:00", "31/01/2026"])
def test_bad_datetimes_are_400(value):
	assert error_of(o.parse_datetime, value, "start_date", PARIS).status == 400


def test_iso_output_carries_the_site_offset_in_winter_and_summer():
	assert o.iso(datetime(2026, 1, 15, 9, 30), PARIS) == "2026-01-15T09:30:00+01:00"
	assert o.iso(datetime(2026, 7, 15, 9, 30, 12, 999), PARIS) == "2026-07-15T09:30:12+02:00"
	assert o.iso(None, PARIS) is None


# ------------------------------------------------------------------ POST requests
def post(**values):
	return o.parse_post(list(values.items()))


def test_a_post_needs_a_service_code_and_a_location():
	assert "service_code" in error_of(post, lat="45.1", long="4.8").message
	assert error_of(post, service_code="x").status == 400
	assert post(service_code="x", address_string="1 rue de la Paix").address_string == "1 rue de la Paix"
	assert post(service_code="x", address_id="A-1").address_id == "A-1"
	assert post(service_code="x", lat="45.75", long="4.85").coordinates == (45.75, 4.85)


@pytest.mark.parametrize(
	"lat, lon",
	[("91", "4"), ("45", "181"), ("nan", "4"), ("inf", "4"), ("abc", "4"), ("45", None), ("0", "0"), ("45,7", "4")],
)
def test_bad_coordinates_are_400(lat, lon):
	values = {"service_code": "x", "lat": lat}
	if lon is not None:
		values["long"] = lon
	assert error_of(post, **values).status == 400


def test_oversized_text_and_bad_reporter_values_are_400():
	assert error_of(o.parse_post, [("service_code", "x"), ("address_string", "a"), ("description", "d" * 21)], 20).status == 400
	assert error_of(post, service_code="x", address_string="a", email="not-an-email").status == 400
	assert error_of(post, service_code="x", address_string="a", phone="call me").status == 400
	assert error_of(post, service_code="x", address_string="a", first_name="n" * 71).status == 400
	assert error_of(post, service_code="x", address_string="a\x00b").status == 400
	assert error_of(o.parse_post, [("service_code", "x"), ("service_code", "y"), ("address_string", "a")]).status == 400


def test_attributes_are_collected_single_and_multi_valued():
	posted = o.parse_post(
		[("service_code", "x"), ("address_string", "a"), ("attribute[volume]", "Petit"), ("attribute[tags][]", "a"), ("attribute[tags][]", "b")]
	)
	assert posted.attributes == {"volume": "Petit", "tags": ["a", "b"]}
	assert error_of(o.parse_post, [("service_code", "x"), ("address_string", "a"), ("attribute[v]", "1"), ("attribute[v]", "2")]).status == 400
	assert error_of(o.parse_post, [("service_code", "x"), ("address_string", "a"), ("attribute", "1")]).status == 400


FIELDS = (
	FieldDef("Volume", "volume", "Select", ("Petit", "Gros"), reqd=True),
	FieldDef("Nombre", "nombre", "Int"),
	FieldDef("Date", "jour", "Date"),
	FieldDef("Urgent", "urgent", "Check"),
	FieldDef("Plaque", "plaque", "Data", public=False),
)


def test_attributes_are_checked_like_the_desk_fields():
	cleaned = o.clean_attributes(FIELDS, {"volume": "Petit", "nombre": "3", "jour": "2026-01-31T00:00:00Z", "urgent": "true"})
	assert cleaned == {"volume": "Petit", "nombre": "3", "jour": "2026-01-31", "urgent": "1"}
	for bad in ({"volume": "Énorme"}, {"volume": "Petit", "nombre": "trois"}, {}, {"volume": ["Petit", "Gros"]}):
		assert error_of(o.clean_attributes, FIELDS, bad).status == 400
	# agents' own fields are not attributes
	assert error_of(o.clean_attributes, FIELDS, {"volume": "Petit", "plaque": "AB-123-CD"}).status == 400


def test_subject_is_the_first_line_of_the_text_or_the_service():
	assert o.subject_of("\n  Lampadaire   éteint \nDepuis hier", "Éclairage") == "Lampadaire éteint"
	assert o.subject_of(None, "Éclairage") == "Éclairage"
	assert len(o.subject_of("x" * 500, "s")) == o.SUBJECT_LENGTH


# ------------------------------------------------------------------ media
@pytest.mark.parametrize(
	"url",
	[
		"ftp://example.org/a.jpg",
		"file:///etc/passwd",
		"http://127.0.0.1/a.jpg",
		"http://localhost/a.jpg",
		"http://10.0.0.2/a.jpg",
		"http://[::1]/a.jpg",
		"http://169.254.169.254/latest/meta-data",
		"http://user:pw@example.org/a.jpg",
		"http://example.org:22/a.jpg",
		"http://[::ffff:127.0.0.1]/a.jpg",
		"http://printer.local/a.jpg",
	],
)
def test_media_urls_into_the_servers_network_are_refused(url):
	assert error_of(o.check_media_url, url).status == 400


def test_public_media_urls_are_accepted():
	o.check_media_url("https://images.example.org/photos/1.jpg?size=large")
	assert o.is_public_address("93.184.216.34") and not o.is_public_address("192.168.1.10")
	assert not o.is_public_address("::ffff:10.0.0.1") and not o.is_public_address("not an ip")


def test_images_are_recognised_by_their_bytes():
	assert o.sniff_image(b"\x89PNG\r\n\x1a\n....") == "image/png"
	assert o.sniff_image(b"<html>") is None
	assert o.media_extension("image/jpeg; charset=binary") == "jpg" and o.media_extension("text/html") is None


# ------------------------------------------------------------------ mapping
SERVICE = o.Service(
	code="depot-sauvage", name="Dépôt sauvage", description="Déchets", group="Technical Problem", fields=FIELDS, public_location=True
)


def test_service_definition_lists_the_citizen_fields_with_spec_datatypes():
	definition = o.service_definition(SERVICE)
	assert [a["code"] for a in definition["attributes"]] == ["volume", "nombre", "jour", "urgent"]
	volume, nombre, jour, urgent = definition["attributes"]
	assert volume["datatype"] == "singlevaluelist" and volume["required"] and volume["values"][0] == {"key": "Petit", "name": "Petit"}
	assert nombre["datatype"] == "number" and jour["datatype"] == "datetime" and not urgent["required"]
	assert [v["key"] for v in urgent["values"]] == ["true", "false"]
	assert o.service_dict(SERVICE)["metadata"] is True
	assert o.service_dict(o.Service(code="a", name="b"))["metadata"] is False


ROW = {
	"name": "DEM-2026-000001",
	"category": "Technical Problem",
	"public_title": "Dépôt sauvage – rue Victor Hugo",
	"subject": "Mon voisin M. Dupont a jeté un frigo",
	"description": "Le frigo de M. Dupont, 12 rue Victor Hugo",
	"reporter_name": "Jeanne Martin",
	"reporter_email": "jeanne@example.org",
	"public_note": "Enlèvement prévu jeudi",
	"service": "Propreté urbaine",
	"received_on": datetime(2026, 1, 15, 9, 30),
	"modified": datetime(2026, 1, 16, 10, 0),
	"resolution_by": datetime(2026, 1, 20, 17, 0),
	"street": "rue Victor Hugo",
	"address": "12 rue Victor Hugo, 69002 Lyon",
	"latitude": 45.7578,
	"longitude": 4.832,
}


def test_public_requests_show_nothing_personal_nor_the_citizens_words():
	out = o.public_request(ROW, SERVICE, "open", PARIS)
	text = json.dumps(out, ensure_ascii=False)
	for secret in ("Dupont", "Jeanne", "jeanne@example.org", "12 rue", "frigo"):
		assert secret not in text
	assert out["description"] == ROW["public_title"] and out["status_notes"] == "Enlèvement prévu jeudi"
	assert out["address"] == "rue Victor Hugo" and out["zipcode"] == "69002" and out["lat"] == 45.7578
	assert out["requested_datetime"] == "2026-01-15T09:30:00+01:00" and out["expected_datetime"] == "2026-01-20T17:00:00+01:00"


def test_services_off_the_public_map_publish_no_location():
	private = o.Service(code="bruit", name="Nuisances sonores", public_location=False)
	out = o.public_request(ROW, private, "closed", PARIS)
	assert out["address"] is None and out["lat"] is None and out["zipcode"] is None
	assert o.public_request(ROW, None, "closed", PARIS)["lat"] is None


def test_keywords_become_a_comma_separated_list():
	assert o.keywords_of("lampadaire\nréverbère, candélabre;lampadaire") == "lampadaire, réverbère, candélabre"
	assert o.keywords_of(None) == ""


def test_created_answers_carry_an_id_or_a_token():
	assert o.created_response(service_request_id="DEM-1")[0]["service_request_id"] == "DEM-1"
	token = o.created_response(token="abc", service_notice="n")[0]
	assert token["token"] == "abc" and "service_request_id" not in token


# ------------------------------------------------------------------ rendering
def test_xml_follows_the_spec_elements_and_escapes_text():
	body = o.render([o.service_dict(o.Service(code="a&b", name="<Nom>"))], "xml", "services")
	assert body.startswith(b'<?xml version="1.0" encoding="utf-8"?><services><service>')
	root = ET.fromstring(body)
	assert root.find("service/service_code").text == "a&b" and root.find("service/metadata").text == "false"
	errors = ET.fromstring(o.render(o.errors(o.bad_request("service_code is required")), "xml", "errors"))
	assert errors.tag == "errors" and errors.find("error/code").text == "400"
	definition = ET.fromstring(o.render(o.service_definition(SERVICE), "xml", "service"))
	assert definition.tag == "service_definition"
	assert [v.text for v in definition.findall("attributes/attribute/values/value/key")][:2] == ["Petit", "Gros"]


def test_json_is_utf8_without_escapes():
	assert o.render([{"service_name": "Éclairage"}], "json", "services") == '[{"service_name":"Éclairage"}]'.encode()


@given(st.text())
def test_any_text_renders_as_well_formed_xml(text):
	root = ET.fromstring(o.render([{"description": text}], "xml", "requests"))
	assert root.tag == "service_requests"


# ------------------------------------------------------------------ keys and signatures
def test_keys_are_random_and_only_their_hash_is_kept():
	key = o.new_api_key()
	assert key.startswith(o.KEY_PREFIX) and key != o.new_api_key() and o.looks_like_key(key)
	assert o.hash_api_key(key) == o.hash_api_key(key) and key not in o.hash_api_key(key)
	assert o.key_hint(key).startswith(key[:9]) and len(o.key_hint(key)) < 15


def test_callback_signatures_verify_and_bind_the_timestamp():
	body = b'{"event":"status"}'
	signature = o.sign("s3cret", 1_700_000_000, body)
	assert o.verify("s3cret", 1_700_000_000, body, signature)
	assert not o.verify("s3cret", 1_700_000_001, body, signature)
	assert not o.verify("other", 1_700_000_000, body, signature)


def test_callbacks_back_off_then_give_up():
	start = datetime(2026, 1, 1)
	delays = [o.next_attempt(n, start) - start for n in range(1, len(o.RETRY_DELAYS) + 1)]
	assert delays == sorted(delays)
	assert o.next_attempt(len(o.RETRY_DELAYS) + 1, start) is None
