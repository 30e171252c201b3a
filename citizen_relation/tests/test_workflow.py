import frappe
from frappe.model.workflow import WorkflowPermissionError, WorkflowTransitionError, apply_workflow

REFUSED = (WorkflowPermissionError, WorkflowTransitionError)
from frappe.tests.utils import FrappeTestCase

from citizen_relation.tests.factories import make_agent, make_request, make_request_type, make_service, make_supervisor


class TestWorkflow(FrappeTestCase):
	def setUp(self):
		self.agent = make_agent()
		self.supervisor = make_supervisor()
		self.service = make_service(members=[self.agent])
		self.request_type = make_request_type(service=self.service.name)

	def tearDown(self):
		frappe.set_user("Administrator")

	def act(self, doc, action, user):
		frappe.set_user(user)
		try:
			return apply_workflow(frappe.get_doc("Citizen Request", doc.name), action)
		finally:
			frappe.set_user("Administrator")

	def test_agent_takes_a_request_from_new_to_closed(self):
		doc = make_request(self.request_type.name)
		for action, state in (("Take Charge", "Open"), ("Start", "In Progress"), ("Ask Citizen", "Waiting for Citizen"), ("Resume", "In Progress")):
			doc = self.act(doc, action, self.agent)
			self.assertEqual(doc.status, state)
		frappe.db.set_value("Citizen Request", doc.name, "resolution_summary", "Lampe remplacée le 3 mars.")
		doc = self.act(doc, "Resolve", self.agent)
		self.assertEqual(doc.status, "Resolved")
		doc = self.act(doc, "Close", self.agent)
		self.assertEqual(doc.status, "Closed")

	def test_resolving_needs_a_resolution_summary(self):
		doc = self.act(self.act(make_request(self.request_type.name), "Take Charge", self.agent), "Start", self.agent)
		self.assertRaises(REFUSED, self.act, doc, "Resolve", self.agent)

	def test_only_supervisors_reject_or_reopen_closed_requests(self):
		doc = make_request(self.request_type.name)
		self.assertRaises(REFUSED, self.act, doc, "Reject", self.agent)
		doc = self.act(doc, "Reject", self.supervisor)
		self.assertEqual(doc.status, "Rejected")
		self.assertRaises(REFUSED, self.act, doc, "Reopen", self.agent)
		self.assertEqual(self.act(doc, "Reopen", self.supervisor).status, "In Progress")

	def test_skipping_states_is_refused(self):
		doc = make_request(self.request_type.name)
		doc.status = "Closed"
		self.assertRaises(WorkflowPermissionError, doc.save)

	def test_workflow_is_an_editable_frappe_workflow(self):
		workflow = frappe.get_doc("Workflow", "Citizen Request")
		self.assertEqual(workflow.workflow_state_field, "status")
		self.assertTrue(workflow.is_active)
		self.assertEqual(
			{s.state for s in workflow.states},
			{"New", "Open", "In Progress", "Waiting for Citizen", "Resolved", "Closed", "Rejected", "Transferred", "Merged"},
		)
