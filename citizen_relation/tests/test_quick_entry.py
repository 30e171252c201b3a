import random

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.api.requests import lookup_contacts, quick_entry
from citizen_relation.tests.factories import make_agent, make_request_type, make_service


class TestQuickEntry(FrappeTestCase):
	def setUp(self):
		self.agent = make_agent()
		self.service = make_service(members=[self.agent])
		self.request_type = make_request_type(
			service=self.service.name, fields=[{"label": "Numéro du candélabre", "fieldtype": "Data"}]
		)

	def tearDown(self):
		frappe.set_user("Administrator")

	def test_phone_call_is_registered_in_a_few_fields_and_the_citizen_found_again(self):
		phone = f"06 98 {random.randint(10, 99)} {random.randint(10, 99)} {random.randint(10, 99)}"
		frappe.set_user(self.agent)
		first = quick_entry(
			channel="Phone",
			request_type=self.request_type.name,
			subject="Lampadaire clignotant",
			reporter_name="Lucie Bernard",
			reporter_phone=phone,
			type_values={"numero_du_candelabre": "L-204"},
		)
		self.assertEqual(first["service"], self.service.name)
		doc = frappe.get_doc("Citizen Request", first["name"])
		e164 = "+33" + phone.replace(" ", "")[1:]
		self.assertEqual((doc.channel, doc.reporter_phone), ("Phone", e164))
		self.assertEqual(doc.type_values[0].value, "L-204")

		found = lookup_contacts(phone.replace(" ", "."))
		self.assertEqual([c["name"] for c in found], [first["contact"]])
		self.assertEqual(found[0]["requests"], 1)

		second = quick_entry(channel="Counter", request_type=self.request_type.name, subject="Suite", contact=first["contact"])
		self.assertEqual(frappe.db.get_value("Citizen Request", second["name"], "reporter_phone"), e164)

	def test_lookup_by_name_and_email(self):
		quick_entry(channel="Phone", request_type=self.request_type.name, subject="X", reporter_name="Hélène Roux", reporter_email="helene.roux@example.fr")
		frappe.set_user(self.agent)
		self.assertEqual(lookup_contacts("helene.roux@example.fr")[0]["full_name"], "Hélène Roux")
		self.assertTrue(any(c["full_name"] == "Hélène Roux" for c in lookup_contacts("Roux")))
		self.assertEqual(lookup_contacts("x"), [])

	def test_quick_entry_refuses_portal_channel_and_users_without_rights(self):
		self.assertRaises(
			frappe.ValidationError, quick_entry, channel="Web Portal", request_type=self.request_type.name, subject="X"
		)
		frappe.set_user("Guest")
		self.assertRaises(frappe.PermissionError, quick_entry, channel="Phone", request_type=self.request_type.name, subject="X")
