import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.tests.factories import make_request, make_request_type, make_service


class TestTypeSpecificFields(FrappeTestCase):
	def setUp(self):
		self.request_type = make_request_type(
			service=make_service().name,
			fields=[
				{"label": "Type d'acte", "fieldtype": "Select", "options": "Naissance\nMariage\nDécès", "reqd": 1},
				{"label": "Date de l'événement", "fieldtype": "Date"},
				{"label": "Immatriculation", "fieldtype": "Data", "public": 0},
			],
		)

	def test_field_names_derive_from_labels(self):
		self.assertEqual(
			[f.fieldname for f in self.request_type.fields], ["type_d_acte", "date_de_l_evenement", "immatriculation"]
		)

	def test_duplicate_field_names_are_refused(self):
		self.request_type.append("fields", {"label": "Autre", "fieldname": "immatriculation"})
		self.assertRaises(frappe.ValidationError, self.request_type.save)

	def test_select_without_options_is_refused(self):
		self.request_type.append("fields", {"label": "Choix", "fieldtype": "Select"})
		self.assertRaises(frappe.ValidationError, self.request_type.save)

	def test_values_are_stored_checked_and_filterable(self):
		doc = make_request(
			self.request_type.name,
			type_values=[
				{"fieldname": "type_d_acte", "value": "Mariage"},
				{"fieldname": "date_de_l_evenement", "value": "14/07/2001"},
			],
		)
		self.assertEqual(
			[(r.fieldname, r.label, r.value) for r in doc.type_values],
			[("type_d_acte", "Type d'acte", "Mariage"), ("date_de_l_evenement", "Date de l'événement", "2001-07-14")],
		)
		found = frappe.get_all(
			"Citizen Request",
			filters=[
				["Citizen Request", "request_type", "=", self.request_type.name],
				["Citizen Request Value", "fieldname", "=", "type_d_acte"],
				["Citizen Request Value", "value", "=", "Mariage"],
			],
			pluck="name",
		)
		self.assertEqual(found, [doc.name])

	def test_change_of_type_drops_values_the_new_type_does_not_define(self):
		doc = make_request(self.request_type.name, type_values=[{"fieldname": "type_d_acte", "value": "Décès"}])
		doc.request_type = make_request_type(service=doc.service).name
		doc.save()
		self.assertEqual(doc.type_values, [])
