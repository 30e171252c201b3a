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
