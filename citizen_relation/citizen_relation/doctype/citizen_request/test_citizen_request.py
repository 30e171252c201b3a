# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import re

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.tests.factories import make_request, make_request_type, make_service

CHANNELS = ("Web Portal", "E-mail", "Phone", "Counter", "Postal Mail", "Social Media", "Mobile App / API", "Internal")


class TestCitizenRequest(FrappeTestCase):
	def setUp(self):
		self.service = make_service(email="voirie@mairie.test")
		self.request_type = make_request_type(service=self.service.name, default_priority="High", category="Complaint")

	def test_reference_is_human_and_tracking_token_is_separate_and_unguessable(self):
		first = make_request(self.request_type.name)
		second = make_request(self.request_type.name)
		year = frappe.utils.now_datetime().year
		self.assertRegex(first.name, rf"^DEM-{year}-\d{{6}}$")
		self.assertNotEqual(first.tracking_token, second.tracking_token)
		self.assertGreaterEqual(len(first.tracking_token), 32)
		self.assertNotIn(first.name, first.tracking_token)

	def test_type_gives_category_priority_and_service(self):
		doc = make_request(self.request_type.name)
		self.assertEqual((doc.category, doc.priority, doc.service, doc.status), ("Complaint", "High", self.service.name, "New"))

	def test_agent_choices_override_type_defaults(self):
		other = make_service()
		doc = make_request(self.request_type.name, priority="Low", service=other.name)
		self.assertEqual((doc.priority, doc.service), ("Low", other.name))

	def test_every_channel_registers_a_request(self):
		for channel in CHANNELS:
			with self.subTest(channel=channel):
				doc = make_request(self.request_type.name, channel=channel)
				self.assertEqual(doc.channel, channel)

	def test_received_on_may_precede_registration(self):
		doc = make_request(self.request_type.name, channel="Postal Mail", received_on="2026-01-05 09:00:00")
		self.assertEqual(str(doc.received_on), "2026-01-05 09:00:00")

	def test_citizen_contact_is_created_then_reused_by_email_or_phone(self):
		first = make_request(self.request_type.name, reporter_name="Marie Durand", reporter_email="Marie.Durand@Example.fr", reporter_phone="06 12 34 56 78")
		self.assertTrue(first.contact)
		self.assertEqual(first.reporter_email, "marie.durand@example.fr")
		self.assertEqual(first.reporter_phone, "+33612345678")
		contact = frappe.get_doc("Contact", first.contact)
		self.assertEqual((contact.first_name, contact.last_name), ("Marie", "Durand"))
		self.assertEqual(contact.email_id, "marie.durand@example.fr")

		by_phone = make_request(self.request_type.name, reporter_phone="+33 6 12 34 56 78")
		by_email = make_request(self.request_type.name, reporter_email="marie.durand@example.fr")
		self.assertEqual({by_phone.contact, by_email.contact}, {first.contact})

	def test_contact_gives_reporter_details(self):
		first = make_request(self.request_type.name, reporter_name="Paul Martin", reporter_email="paul.martin@example.fr")
		doc = make_request(self.request_type.name, contact=first.contact)
		self.assertEqual((doc.reporter_name, doc.reporter_email), ("Paul Martin", "paul.martin@example.fr"))

	def test_contact_dashboard_lists_the_citizens_requests(self):
		doc = make_request(self.request_type.name, reporter_email="dash@example.fr")
		data = frappe.get_meta("Contact").get_dashboard_data()
		self.assertIn("Citizen Request", [i for group in data.transactions for i in group["items"]])
		self.assertEqual(data.non_standard_fieldnames["Citizen Request"], "contact")
		self.assertEqual(frappe.db.count("Citizen Request", {"contact": doc.contact}), 1)

	def test_geolocation_and_coordinates_stay_in_step(self):
		doc = make_request(self.request_type.name, latitude=45.764043, longitude=4.835659)
		self.assertIn("4.835659", doc.location)
		moved = frappe.get_doc("Citizen Request", doc.name)
		moved.location = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[4.85,45.75]}}]}'
		moved.save()
		self.assertEqual((moved.latitude, moved.longitude), (45.75, 4.85))

	def test_list_indexes_exist(self):
		indexes = {row.Column_name for row in frappe.db.sql("show index from `tabCitizen Request`", as_dict=True)}
		self.assertTrue({"status", "request_type", "service", "received_on", "contact", "channel"} <= indexes)
