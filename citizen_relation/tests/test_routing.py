import frappe
from frappe.desk.form.assign_to import get as get_assignments
from frappe.tests.utils import FrappeTestCase

from citizen_relation.tests.factories import make_agent, make_request, make_request_type, make_service


def assignees(doc) -> set[str]:
	return {row.owner for row in get_assignments({"doctype": doc.doctype, "name": doc.name})}


class TestRouting(FrappeTestCase):
	def setUp(self):
		self.alice, self.bob = make_agent(), make_agent()
		self.service = make_service(members=[self.alice, self.bob])
		self.request_type = make_request_type(service=self.service.name)

	def test_each_service_owns_an_assignment_rule_kept_in_sync(self):
		rule = frappe.get_doc("Assignment Rule", self.service.assignment_rule)
		self.assertEqual(rule.document_type, "Citizen Request")
		self.assertEqual({u.user for u in rule.users}, {self.alice, self.bob})
		self.assertFalse(rule.disabled)
		self.assertEqual(frappe.safe_eval(rule.assign_condition, None, {"service": self.service.name}), True)

		self.service.members = self.service.members[:1]
		self.service.save()
		rule.reload()
		self.assertEqual([u.user for u in rule.users], [self.alice])

	def test_admin_choices_on_the_rule_survive_a_sync(self):
		rule = frappe.get_doc("Assignment Rule", self.service.assignment_rule)
		rule.rule = "Load Balancing"
		rule.save()
		self.service.phone = "04 72 10 30 30"
		self.service.save()
		self.assertEqual(frappe.db.get_value("Assignment Rule", rule.name, "rule"), "Load Balancing")

	def test_service_without_members_has_its_rule_disabled(self):
		service = make_service()
		self.assertEqual(frappe.db.get_value("Assignment Rule", service.assignment_rule, "disabled"), 1)

	def test_requests_are_assigned_round_robin_to_service_members(self):
		first = make_request(self.request_type.name)
		second = make_request(self.request_type.name)
		self.assertEqual(len(assignees(first)), 1)
		self.assertEqual(assignees(first) | assignees(second), {self.alice, self.bob})

	def test_change_of_service_moves_the_assignment(self):
		carol = make_agent()
		other = make_service(members=[carol])
		doc = make_request(self.request_type.name)
		doc.service = other.name
		doc.save()
		self.assertEqual(assignees(doc), {carol})

	def test_deleting_a_service_deletes_its_rule(self):
		service = make_service(members=[self.alice])
		rule = service.assignment_rule
		service.delete()
		self.assertFalse(frappe.db.exists("Assignment Rule", rule))
