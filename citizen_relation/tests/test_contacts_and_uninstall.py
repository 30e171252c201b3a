"""Agents see citizens' contacts only; logs follow their request; uninstall leaves no citizen data (issue 8, findings 15, 16)."""

from __future__ import annotations

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import now_datetime, random_string

from citizen_relation.setup import install
from citizen_relation.tests.factories import (
	make_agent,
	make_request,
	make_request_type,
	make_service,
	make_user,
)


def make_plain_contact(**values) -> str:
	"""A contact of the ERPNext kind (a customer's, a supplier's): not a citizen's."""
	return (
		frappe.get_doc({"doctype": "Contact", "first_name": f"Client {random_string(5)}", **values})
		.insert(ignore_permissions=True)
		.name
	)


class TestCitizenContacts(FrappeTestCase):
	def setUp(self):
		frappe.local.flags.pop("citizen_relation_contact_restricted", None)
		self.agent = make_agent()
		self.request_type = make_request_type(service=make_service(members=[self.agent]).name).name
		self.request = make_request(self.request_type, reporter_email=f"c-{random_string(6)}@example.fr", reporter_name="Jeanne Citoyenne")
		self.citizen_contact = self.request.contact
		self.customer_contact = make_plain_contact()

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.local.flags.pop("citizen_relation_contact_restricted", None)

	def test_agents_read_citizens_contacts_only(self):
		frappe.set_user(self.agent)
		self.assertTrue(frappe.has_permission("Contact", "read", self.citizen_contact))
		self.assertFalse(frappe.has_permission("Contact", "read", self.customer_contact))
		self.assertFalse(frappe.has_permission("Contact", "write", self.customer_contact))
		names = set(frappe.get_list("Contact", pluck="name", limit_page_length=0))
		self.assertIn(self.citizen_contact, names)
		self.assertNotIn(self.customer_contact, names)

	def test_contacts_created_by_agents_are_citizens(self):
		frappe.set_user(self.agent)
		contact = frappe.get_doc({"doctype": "Contact", "first_name": "Nouveau"}).insert()
		self.assertEqual(contact.is_citizen, 1)
		self.assertTrue(frappe.has_permission("Contact", "read", contact.name))

	def test_a_contact_chosen_for_a_request_becomes_a_citizens(self):
		make_request(self.request_type, contact=self.customer_contact)
		self.assertEqual(frappe.db.get_value("Contact", self.customer_contact, "is_citizen"), 1)

	def test_a_role_that_grants_contacts_keeps_its_access(self):
		sales_agent = make_user(("Citizen Relation Agent", "Sales User"))
		frappe.set_user(sales_agent)
		self.assertTrue(frappe.has_permission("Contact", "read", self.customer_contact))


class TestSLAAlertLogPermission(FrappeTestCase):
	def test_agents_read_only_the_logs_of_requests_they_may_read(self):
		frappe.db.set_single_value("Citizen Relation Settings", "restrict_agents_to_their_services", 1)
		frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")
		agent_a, agent_b = make_agent(), make_agent()
		request_b = make_request(make_request_type(service=make_service(members=[agent_b]).name).name)
		make_service(members=[agent_a])
		log = frappe.get_doc(
			{"doctype": "SLA Alert Log", "request": request_b.name, "target": "Response", "kind": "Breach", "sent_on": now_datetime(), "recipients": agent_b}
		).insert(ignore_permissions=True)
		try:
			frappe.local.flags.pop("citizen_relation_services_of_user", None)
			frappe.set_user(agent_a)
			self.assertNotIn(log.name, frappe.get_list("SLA Alert Log", pluck="name", limit_page_length=0))
			self.assertFalse(frappe.has_permission("SLA Alert Log", "read", log.name))
			frappe.set_user(agent_b)
			frappe.local.flags.pop("citizen_relation_services_of_user", None)
			self.assertIn(log.name, frappe.get_list("SLA Alert Log", pluck="name", limit_page_length=0))
		finally:
			frappe.set_user("Administrator")
			frappe.local.flags.pop("citizen_relation_services_of_user", None)


class TestUninstallCleanup(FrappeTestCase):
	def test_records_about_requests_and_unused_citizen_contacts_are_deleted(self):
		request = make_request(make_request_type(service=make_service().name).name, reporter_email=f"u-{random_string(6)}@example.fr")
		request.add_comment("Comment", "Le citoyen a rappelé")
		frappe.get_doc(
			{"doctype": "Communication", "communication_type": "Communication", "subject": "Re", "content": "Données", "reference_doctype": "Citizen Request", "reference_name": request.name, "sent_or_received": "Received"}
		).insert(ignore_permissions=True)
		customer = make_plain_contact(is_citizen=1, links=[{"link_doctype": "Company", "link_name": frappe.get_all("Company", pluck="name")[0]}])
		install.delete_records_about_app_documents()
		install.delete_citizen_contacts()
		self.assertFalse(frappe.db.exists("Communication", {"reference_doctype": "Citizen Request"}))
		self.assertFalse(frappe.db.exists("Comment", {"reference_doctype": "Citizen Request"}))
		self.assertFalse(frappe.db.exists("Contact", request.contact))
		self.assertTrue(frappe.db.exists("Contact", customer))  # used by something else

	def test_frozen_copies_of_contact_permissions_are_reset(self):
		frappe.db.delete("Custom DocPerm", {"parent": "Contact"})
		install.grant_contact_permissions()  # Frappe copies Contact's standard permissions first
		self.assertTrue(frappe.db.exists("Custom DocPerm", {"parent": "Contact", "role": "Sales User"}))
		frappe.db.delete("Custom DocPerm", {"parent": "Contact", "role": ("in", install.seed.ROLES)})
		install.reset_frozen_contact_permissions()
		self.assertFalse(frappe.db.exists("Custom DocPerm", {"parent": "Contact"}))

	def test_customised_contact_permissions_are_kept(self):
		install.grant_contact_permissions()
		frappe.db.delete("Custom DocPerm", {"parent": "Contact", "role": ("in", install.seed.ROLES)})
		frappe.db.set_value("Custom DocPerm", {"parent": "Contact", "role": "Sales User"}, "write", 0)
		install.reset_frozen_contact_permissions()
		self.assertTrue(frappe.db.exists("Custom DocPerm", {"parent": "Contact"}))
