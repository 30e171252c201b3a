import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.tests.factories import (
	make_agent,
	make_manager,
	make_request,
	make_request_type,
	make_service,
	make_supervisor,
)


class TestPermissions(FrappeTestCase):
	def setUp(self):
		frappe.db.set_single_value("Citizen Relation Settings", "restrict_agents_to_their_services", 1)
		frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")
		self.agent_a, self.agent_b = make_agent(), make_agent()
		self.service_a = make_service(members=[self.agent_a])
		self.service_b = make_service(members=[self.agent_b])
		self.request_a = make_request(make_request_type(service=self.service_a.name).name)
		self.request_b = make_request(make_request_type(service=self.service_b.name).name)

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.local.flags.pop("citizen_relation_services_of_user", None)

	def visible(self, user) -> set[str]:
		frappe.set_user(user)
		frappe.local.flags.pop("citizen_relation_services_of_user", None)
		names = set(frappe.get_list("Citizen Request", pluck="name", limit_page_length=0))
		return names & {self.request_a.name, self.request_b.name}

	def test_agents_see_the_requests_of_their_services(self):
		self.assertEqual(self.visible(self.agent_a), {self.request_a.name})
		self.assertTrue(frappe.has_permission("Citizen Request", "read", self.request_a.name, user=self.agent_a))
		self.assertFalse(frappe.has_permission("Citizen Request", "read", self.request_b.name, user=self.agent_a))
		frappe.set_user(self.agent_a)
		self.assertRaises(frappe.PermissionError, frappe.get_doc("Citizen Request", self.request_b.name).check_permission, "read")

	def test_agents_see_requests_assigned_to_them(self):
		frappe.desk.form.assign_to.add(
			{"assign_to": [self.agent_a], "doctype": "Citizen Request", "name": self.request_b.name}, ignore_permissions=True
		)
		self.assertEqual(self.visible(self.agent_a), {self.request_a.name, self.request_b.name})

	def test_supervisors_and_managers_see_everything(self):
		both = {self.request_a.name, self.request_b.name}
		self.assertEqual(self.visible(make_supervisor()), both)
		self.assertEqual(self.visible(make_manager()), both)

	def test_restriction_can_be_lifted_in_settings(self):
		settings = frappe.get_single("Citizen Relation Settings")
		settings.restrict_agents_to_their_services = 0
		settings.save()
		self.assertEqual(self.visible(self.agent_a), {self.request_a.name, self.request_b.name})

	def test_agents_cannot_configure_types_or_services(self):
		frappe.set_user(self.agent_a)
		self.assertFalse(frappe.has_permission("Request Type", "write"))
		self.assertFalse(frappe.has_permission("Municipal Service", "create"))
		self.assertTrue(frappe.has_permission("Request Type", "read"))

	def test_agents_may_look_up_and_complete_contacts(self):
		frappe.set_user(self.agent_a)
		self.assertTrue(frappe.has_permission("Contact", "read"))
		self.assertTrue(frappe.has_permission("Contact", "create"))

	def test_guests_see_nothing(self):
		frappe.set_user("Guest")
		self.assertFalse(frappe.has_permission("Citizen Request", "read"))
