"""The request lifecycle on a site: status categories mapped in the settings, one writer of status,
and the request-type profile read by every feature (template variables)."""

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation import caching
from citizen_relation.duplicates import candidates, merging
from citizen_relation.knowledge.rendering import render_source, template_context
from citizen_relation.requests.lifecycle import get_lifecycle, resume_on_citizen_reply
from citizen_relation.setup import seed
from citizen_relation.tests.factories import (
	make_calendar,
	make_duplicate_type,
	make_policy,
	make_report,
	make_request,
	make_request_type,
	make_service,
	move,
)
from citizen_relation.tests.test_email_channel import ACCOUNT, raw_mail

PLANNED = "_Test Planned works"
MONDAY_10 = "2026-03-02 10:00:00"


def history(doc) -> list[str]:
	doc.reload()
	return [row.status for row in sorted(doc.status_history, key=lambda r: (r.changed_on, r.idx))]


class TestAddedWorkflowState(FrappeTestCase):
	"""An administrator adds "Planned works" to the workflow and maps it to Paused."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		if not frappe.db.exists("Workflow State", PLANNED):
			frappe.get_doc({"doctype": "Workflow State", "workflow_state_name": PLANNED, "style": "Warning"}).insert()
		workflow = frappe.get_doc("Workflow", seed.WORKFLOW_NAME)
		for role in seed.ROLES:
			workflow.append("states", {"state": PLANNED, "doc_status": "0", "allow_edit": role, "is_optional_state": 1})
		workflow.append(
			"transitions",
			{"state": "Open", "action": "Review", "next_state": PLANNED, "allowed": "System Manager", "allow_self_approval": 1},
		)
		workflow.save()
		settings = frappe.get_single("Citizen Relation Settings")
		settings.append("status_categories", {"status": PLANNED, "category": "Paused"})
		settings.save()

	@classmethod
	def tearDownClass(cls):
		super().tearDownClass()  # rolls back the workflow and the settings
		frappe.clear_cache(doctype="Citizen Request")
		frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")
		frappe.clear_document_cache("Workflow", seed.WORKFLOW_NAME)
		caching.forget_worker()

	def test_the_added_state_is_a_value_of_the_status_and_pauses_the_clock(self):
		self.assertIn(PLANNED, frappe.get_meta("Citizen Request").get_field("status").options.split("\n"))
		self.assertTrue(get_lifecycle().pauses_clock(PLANNED))
		request_type = make_request_type(service=make_service().name)
		make_policy(request_type.name, make_calendar().name)
		frappe.cache.delete_value("citizen_relation:sla_policies")
		with self.freeze_time(MONDAY_10):
			doc = make_request(request_type.name, received_on=MONDAY_10)
			move(doc, "Open", PLANNED)
		doc.reload()
		self.assertEqual(doc.agreement_status, "Paused")
		self.assertIsNone(doc.next_alert_on)
		self.assertEqual(history(doc), ["New", "Open", PLANNED])

	def test_a_request_in_the_added_paused_state_is_not_a_duplicate_candidate(self):
		dup_type = make_duplicate_type()
		first = make_report(dup_type.name, subject="Lampadaire éteint devant l'école")
		new = make_report(dup_type.name, (30, 0), subject="Le réverbère ne fonctionne plus")
		self.assertEqual([c["name"] for c in candidates.find_candidates(new)], [first.name])
		move(first, "Open", PLANNED)
		self.assertEqual(candidates.find_candidates(new), [])
		# the default workflow's paused state stays a candidate, as the mapping says
		self.assertTrue(get_lifecycle().is_duplicate_candidate("Waiting for Citizen"))

	def test_assignments_close_on_the_lifecycle_statuses(self):
		service = make_service(members=["Administrator"])
		rule = frappe.get_doc("Assignment Rule", service.assignment_rule)
		for status in get_lifecycle().closing_statuses:
			self.assertIn(repr(status), rule.close_condition)
		self.assertNotIn(PLANNED, rule.close_condition)


class TestOneStatusWriter(FrappeTestCase):
	"""Every entry point records the history row, recomputes deadlines and tells the reporters."""

	def setUp(self):
		self.type = make_duplicate_type()

	def test_desk_save_records_history(self):
		doc = make_report(self.type.name)
		move(doc, "Open", "In Progress")
		self.assertEqual(history(doc), ["New", "Open", "In Progress"])

	def test_merge_and_unmerge_go_through_the_writer(self):
		master = make_report(self.type.name, subject="Lampadaire éteint")
		dup = make_report(self.type.name, (20, 0), subject="Réverbère HS")
		move(dup, "Open")
		merging.merge(dup.name, master.name)
		dup.reload()
		self.assertEqual((dup.status, dup.merged_into, dup.agreement_status), ("Merged", master.name, None))
		self.assertEqual(history(dup)[-1], "Merged")
		merging.unmerge(dup.name)
		dup.reload()
		self.assertEqual((dup.status, dup.merged_into), ("Open", None))
		self.assertEqual(history(dup)[-2:], ["Merged", "Open"])

	def test_a_status_outside_the_workflow_is_refused_to_a_user_but_not_to_the_lifecycle(self):
		doc = make_report(self.type.name)
		doc.status = "Merged"
		self.assertRaises(frappe.ValidationError, doc.save)

	def test_a_citizens_answer_by_email_resumes_a_request_waiting_for_them(self):
		frappe.get_doc("Email Account", ACCOUNT) if frappe.db.exists("Email Account", ACCOUNT) else None
		from citizen_relation.tests.test_email_channel import TestEmailChannel

		TestEmailChannel.setUpClass.__func__(TestEmailChannel)  # the inbox, created once
		from frappe.email.receive import InboundMail

		doc = make_report(self.type.name, reporter_email="jeanne@example.fr")
		move(doc, "Open", "Waiting for Citizen")
		frappe.local.flags.pop("citizen_requests_from_email", None)
		InboundMail(
			raw_mail("jeanne@example.fr", f"Re: Votre demande (#{doc.name})", "Voici la photo."),
			frappe.get_doc("Email Account", ACCOUNT),
		).process()
		doc.reload()
		self.assertEqual(doc.status, "Open")
		self.assertEqual(history(doc)[-2:], ["Waiting for Citizen", "Open"])
		self.assertFalse(resume_on_citizen_reply(doc.name))  # already open: nothing to do

	def test_co_reporters_are_told_when_the_master_changes_status_from_any_entry_point(self):
		master = make_report(self.type.name, reporter_email="a@example.fr")
		dup = make_report(self.type.name, (10, 0), reporter_email="b@example.fr")
		merging.merge(dup.name, master.name)
		frappe.db.delete("Email Queue", {"reference_name": dup.name})
		move(master, "Open")
		from citizen_relation.duplicates.notifications import notify_reporters

		self.assertEqual(notify_reporters(master.name), 1)


class TestTemplatesSeeTheRequestTypeProfile(FrappeTestCase):
	def test_every_seeded_template_shows_the_implicit_decision_and_the_missing_pieces(self):
		request_type = make_request_type(
			service=make_service(address="1 place de la Mairie", phone="04 00 00 00 00").name,
			crpa_regime="Silence means acceptance",
			crpa_delay_months=2,
		)
		doc = make_request(
			request_type.name,
			channel="Postal Mail",
			missing_pieces="Justificatif de domicile\nPlan de situation",
			missing_pieces_due_on=frappe.utils.add_days(frappe.utils.today(), 15),
		)
		doc.pieces_received_on = frappe.utils.today()
		doc.missing_pieces_due_on = None
		doc.save()  # pieces received: the delay runs again, an implicit decision is due
		context = template_context(doc)
		self.assertEqual(context["deadlines"]["implicit_decision"], "acceptation")
		self.assertEqual(
			context["request"]["missing_documents"], ("Justificatif de domicile", "Plan de situation")
		)
		checked = 0
		for name, channel, _types, _keywords, subject, body in seed.RESPONSE_TEMPLATES:
			out = render_source(body, channel, context, subject=subject if channel == "E-mail" else None)
			text = out["message"]
			if "implicit_decision" in body:
				self.assertIn("acceptée", text, name)
				checked += 1
			if "missing_documents" in body:
				self.assertIn("Justificatif de domicile", text, name)
				self.assertIn("Plan de situation", text, name)
				checked += 1
		self.assertGreaterEqual(checked, 2)
