import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.setup import install, seed


class TestInstall(FrappeTestCase):
	def test_seeds_french_services_and_request_types(self):
		for service in ("Voirie", "Éclairage public", "Propreté urbaine", "Espaces verts", "État civil", "Urbanisme"):
			self.assertTrue(frappe.db.exists("Municipal Service", service), service)
		self.assertEqual(frappe.db.get_value("Request Type", "Éclairage public en panne", "service"), "Éclairage public")
		self.assertEqual(
			frappe.db.get_single_value("Citizen Relation Settings", "email_default_request_type"),
			seed.EMAIL_DEFAULT_REQUEST_TYPE,
		)
		for role in seed.ROLES:
			self.assertTrue(frappe.db.exists("Role", role))

	def test_seeding_again_keeps_what_administrators_edited(self):
		frappe.db.set_value("Request Type", "Suggestion", "default_priority", "High")
		services, types = frappe.db.count("Municipal Service"), frappe.db.count("Request Type")
		install.seed_all()
		self.assertEqual(frappe.db.get_value("Request Type", "Suggestion", "default_priority"), "High")
		self.assertEqual((frappe.db.count("Municipal Service"), frappe.db.count("Request Type")), (services, types))

	def test_contact_lookups_are_indexed(self):
		for table, column in (("Contact Phone", "phone"), ("Contact Email", "email_id")):
			columns = {r.Column_name for r in frappe.db.sql(f"show index from `tab{table}`", as_dict=True)}
			self.assertIn(column, columns)
