"""Legal deadlines of the CRPA on requests: implicit decisions, incomplete files, transfers, acknowledgements."""

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.crpa import letters
from citizen_relation.crpa.letters import render_acknowledgement
from citizen_relation.tests.factories import make_request, make_request_type, make_service, move


def outgoing_account():
	name = "_Test Citizen Relation Outbox"
	if not frappe.db.exists("Email Account", name):
		frappe.get_doc(
			{
				"doctype": "Email Account",
				"email_account_name": name,
				"email_id": "mairie-sortant@citizen-relation.test",
				"password": "secret",
				"enable_outgoing": 1,
				"default_outgoing": 1,
				"smtp_server": "smtp.citizen-relation.test",
			}
		).insert(ignore_permissions=True)


class TestCRPA(FrappeTestCase):
	@classmethod
	def tearDownClass(cls):
		# the settings and the Company are changed by some tests: their cached copies go before
		# the class's rollback, so that later tests read the rolled-back values
		frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")
		for company in frappe.get_all("Company", pluck="name"):
			frappe.clear_document_cache("Company", company)
		super().tearDownClass()

	def setUp(self):
		self.service = make_service(address="1 place de la Mairie\n69000 Lyon", phone="04 72 10 30 30", email="etat-civil@mairie.test")
		self.acceptance = make_request_type(
			service=self.service.name, category="Administrative Procedure", crpa_regime="Silence means acceptance", crpa_delay_months=2, requires_acknowledgement=1
		)
		self.rejection = make_request_type(
			service=self.service.name, category="Administrative Procedure", crpa_regime="Silence means rejection", crpa_delay_months=4, requires_acknowledgement=1
		)
		outgoing_account()

	def test_implicit_decision_date_is_two_months_after_receipt(self):
		doc = make_request(self.acceptance.name, received_on="2025-12-31 10:00:00")
		self.assertEqual(str(doc.implicit_decision_on), "2026-02-28")
		self.assertEqual(doc.crpa_regime, "Silence means acceptance")

	def test_requests_that_are_not_crpa_demandes_have_no_implicit_decision(self):
		doc = make_request(make_request_type(service=self.service.name).name)
		self.assertIsNone(doc.implicit_decision_on)

	def test_an_incomplete_file_suspends_the_delay_until_the_pieces_arrive(self):
		doc = make_request(self.acceptance.name, received_on="2026-01-10 10:00:00")
		doc.missing_pieces = "Justificatif de domicile\nCopie de la pièce d'identité"
		doc.missing_pieces_due_on = "2026-02-10"
		doc.save()
		self.assertIsNone(doc.implicit_decision_on)
		doc.pieces_received_on = "2026-01-25"
		doc.save()
		self.assertEqual(str(doc.implicit_decision_on), "2026-03-25")

	def test_a_request_forwarded_by_another_authority_runs_from_its_receipt_here(self):
		doc = make_request(self.rejection.name, received_on="2026-01-05 10:00:00", competent_received_on="2026-01-20")
		self.assertEqual(str(doc.implicit_decision_on), "2026-05-20")

	def test_a_transfer_names_the_competent_authority_and_informs_the_citizen(self):
		doc = make_request(self.acceptance.name, reporter_email="camille@example.fr")
		doc.status = "Transferred"
		self.assertRaises(frappe.ValidationError, doc.save)
		doc.reload()
		doc.transferred_to = "Préfecture du Rhône"
		doc.status = "Transferred"
		doc.save()
		doc.reload()
		self.assertTrue(doc.transfer_notified_on)
		self.assertTrue(frappe.db.exists("Email Queue", {"reference_name": doc.name, "message": ("like", "%L114-2%")}))

	def test_pieces_cannot_arrive_when_none_were_missing(self):
		doc = make_request(self.acceptance.name)
		doc.pieces_received_on = frappe.utils.today()
		self.assertRaises(frappe.ValidationError, doc.save)

	def test_electronic_requests_are_acknowledged_at_once_with_every_r112_5_mention(self):
		doc = make_request(self.rejection.name, channel="Web Portal", reporter_email="camille@example.fr", received_on="2026-01-05 10:00:00")
		doc.reload()
		self.assertTrue(doc.acknowledged_on)
		message = frappe.db.get_value("Email Queue", {"reference_name": doc.name}, "message")
		lang = letters.language_of(doc)
		for mention in (doc.name, letters.long_date("2026-01-05", lang), letters.long_date("2026-05-05", lang),
			self.service.name, "1 place de la Mairie", "04 72 10 30 30", "tribunal administratif"):
			self.assertIn(mention, message)

	def test_acceptance_acknowledgement_mentions_the_attestation(self):
		doc = make_request(self.acceptance.name, reporter_email="camille@example.fr")
		self.assertIn("L232-3", render_acknowledgement(doc))

	def test_incomplete_acknowledgement_is_not_sent_and_says_why(self):
		service = make_service()  # no address nor phone, nor has the collectivité
		settings = frappe.get_single("Citizen Relation Settings")
		settings.collectivite_address = ""
		settings.collectivite_phone = ""
		settings.save()
		if settings.company:
			frappe.db.set_value("Company", settings.company, "phone_no", None)
			frappe.db.delete(
				"Dynamic Link", {"parenttype": "Address", "link_doctype": "Company", "link_name": settings.company}
			)
			frappe.clear_document_cache("Company", settings.company)
		request_type = make_request_type(service=service.name, crpa_regime="Silence means acceptance", requires_acknowledgement=1)
		doc = make_request(request_type.name, reporter_email="camille@example.fr")
		doc.reload()
		self.assertFalse(doc.acknowledged_on)
		comments = frappe.get_all("Comment", filters={"reference_name": doc.name, "comment_type": "Info"}, pluck="content")
		self.assertTrue(any("Postal address of the service handling the request" in c for c in comments), comments)

	def test_postal_requests_get_a_printable_letter(self):
		doc = make_request(self.acceptance.name, channel="Postal Mail", reporter_name="Jean Valjean")
		html = frappe.get_print("Citizen Request", doc.name, "Acknowledgement of Receipt")
		self.assertIn(doc.name, html)
		self.assertIn("L232-3", html)
		self.assertFalse(frappe.db.get_value("Citizen Request", doc.name, "acknowledged_on"))
		from citizen_relation.api.crpa import mark_acknowledged

		mark_acknowledged(doc.name)
		self.assertTrue(frappe.db.get_value("Citizen Request", doc.name, "acknowledged_on"))
		self.assertRaises(frappe.ValidationError, mark_acknowledged, doc.name)
