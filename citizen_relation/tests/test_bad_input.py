"""Every bad input gets a clear, translated error and saves nothing half-way."""

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.tests.factories import make_request, make_request_type, make_service


class TestBadInput(FrappeTestCase):
	def setUp(self):
		self.request_type = make_request_type(
			service=make_service().name,
			fields=[
				{"label": "Type d'acte", "fieldtype": "Select", "options": "Naissance\nMariage", "reqd": 1},
				{"label": "Exemplaires", "fieldtype": "Int"},
			],
		)

	def assert_rejected(self, message_fragment, **values):
		requests, contacts = frappe.db.count("Citizen Request"), frappe.db.count("Contact")
		with self.assertRaises(frappe.ValidationError) as ctx:
			make_request(self.request_type.name, **{"type_values": [{"fieldname": "type_d_acte", "value": "Naissance"}], **values})
		self.assertIn(message_fragment, str(ctx.exception))
		self.assertEqual(frappe.db.count("Citizen Request"), requests)
		self.assertEqual(frappe.db.count("Contact"), contacts)

	def test_missing_type(self):
		requests = frappe.db.count("Citizen Request")
		doc = frappe.get_doc({"doctype": "Citizen Request", "subject": "Sans type", "channel": "Phone"})
		self.assertRaises(frappe.ValidationError, doc.insert)
		self.assertEqual(frappe.db.count("Citizen Request"), requests)

	def test_malformed_email(self):
		self.assert_rejected("not a valid e-mail address", reporter_email="jean.dupont@", reporter_name="Jean")

	def test_malformed_phone(self):
		self.assert_rejected("not a valid phone number", reporter_phone="06 12", reporter_email="ok@example.fr")

	def test_coordinates_out_of_range(self):
		self.assert_rejected("out of range", latitude=123.0, longitude=4.8)

	def test_oversized_text(self):
		self.assert_rejected("too long", description="x" * 20001, reporter_email="long@example.fr")

	def test_mandatory_type_field_missing(self):
		self.assert_rejected("is mandatory", type_values=[{"fieldname": "exemplaires", "value": "2"}], reporter_email="m@example.fr")

	def test_type_field_of_wrong_kind(self):
		self.assert_rejected(
			"whole number",
			type_values=[{"fieldname": "type_d_acte", "value": "Naissance"}, {"fieldname": "exemplaires", "value": "deux"}],
		)

	def test_inactive_type(self):
		frappe.db.set_value("Request Type", self.request_type.name, "is_active", 0)
		frappe.clear_document_cache("Request Type", self.request_type.name)
		self.assert_rejected("no longer in use")

	def test_future_reception_date(self):
		self.assert_rejected("cannot be in the future", received_on="2999-01-01 10:00:00")

	def test_errors_are_translated(self):
		frappe.local.lang = "fr"
		try:
			self.assert_rejected("adresse e-mail valide", reporter_email="jean.dupont@")
		finally:
			frappe.local.lang = "en"


class TestMalformedInputOverRest(FrappeTestCase):
	"""Bad values sent by API clients get a translated validation error, never a server error (issue 8, finding 10)."""

	def setUp(self):
		self.request_type = make_request_type(service=make_service().name).name

	def insert(self, **values):
		return frappe.call(
			"frappe.client.insert",
			doc={"doctype": "Citizen Request", "request_type": self.request_type, "subject": "Test", "channel": "Phone", **values},
		)

	def assert_refused(self, **values):
		requests = frappe.db.count("Citizen Request")
		with self.assertRaises(frappe.ValidationError):
			self.insert(**values)
		self.assertEqual(frappe.db.count("Citizen Request"), requests)

	def test_malformed_geojson(self):
		for location in (
			'{"type":"FeatureCollection","features":"abc"}',
			'{"type":"FeatureCollection","features":[{"geometry":{"coordinates":["a","b"]}}]}',
			'{"type":"FeatureCollection","features":[{"geometry":{"coordinates":[1' + "0" * 400 + ",2]}}]}",
			'{"type":"Point","coordinates":' + "[" * 5000 + "]" * 5000 + "}",
			{"type": "FeatureCollection", "features": 3},
		):
			self.assert_refused(location=location)

	def test_geojson_sent_as_an_object_is_stored_as_text(self):
		point = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [4.83, 45.75]}}]}
		out = self.insert(location=point)
		self.assertAlmostEqual(frappe.db.get_value("Citizen Request", out["name"], "latitude"), 45.75)

	def test_invalid_dates(self):
		for value in ("garbage", "2026-13-45", "99999-01-01 10:00:00"):
			self.assert_refused(received_on=value)
		self.assert_refused(missing_pieces="Justificatif", missing_pieces_due_on="not a date")

	def test_type_values_that_are_not_a_list_of_rows(self):
		for value in ("abc", 12, {"fieldname": "x"}, ["abc"]):
			self.assert_refused(type_values=value)

	def test_unbounded_missing_pieces(self):
		self.assert_refused(missing_pieces="x" * 20001)

	def test_multibyte_text_that_fits_the_characters_but_not_the_column(self):
		self.assert_refused(address="🚧" * 19000)  # 19,000 characters, 76,000 bytes

	def test_quick_entry_with_bad_type_values_json(self):
		from citizen_relation.api.requests import quick_entry

		for value in ("{not json", "[1, 2]", "[" * 3000):
			with self.assertRaises(frappe.ValidationError):
				quick_entry(channel="Phone", request_type=self.request_type, subject="Test", type_values=value)
