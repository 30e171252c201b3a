"""E-mail channel: incoming mail opens or threads into requests; desk replies are Communications."""

from email.utils import make_msgid

import frappe
from frappe.core.doctype.communication.email import make as make_communication
from frappe.email.receive import InboundMail
from frappe.tests.utils import FrappeTestCase

from citizen_relation.tests.factories import make_request, make_request_type, make_service

ACCOUNT = "_Test Citizen Relation Inbox"


def raw_mail(sender: str, subject: str, body: str = "Bonjour,\nle lampadaire est éteint.", in_reply_to: str | None = None) -> str:
	headers = [
		f"From: Citoyen <{sender}>",
		"To: mairie@citizen-relation.test",
		f"Subject: {subject}",
		f"Message-ID: {make_msgid(domain='citizen.test')}",
		"Date: Mon, 23 Nov 2026 10:00:00 +0100",
		"MIME-Version: 1.0",
		"Content-Type: text/plain; charset=utf-8",
	]
	if in_reply_to:
		headers.append(f"In-Reply-To: {in_reply_to}")
	return "\r\n".join(headers) + "\r\n\r\n" + body


class TestEmailChannel(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		if not frappe.db.exists("Email Account", ACCOUNT):
			frappe.get_doc(
				{
					"doctype": "Email Account",
					"email_account_name": ACCOUNT,
					"email_id": "mairie@citizen-relation.test",
					"password": "secret",
					"enable_incoming": 1,
					"use_imap": 0,
					"pop3_server": "pop.citizen-relation.test",
					"append_to": "Citizen Request",
					"enable_outgoing": 1,
					"default_outgoing": 1,
					"smtp_server": "smtp.citizen-relation.test",
				}
			).insert(ignore_permissions=True)

	def setUp(self):
		self.account = frappe.get_doc("Email Account", ACCOUNT)
		frappe.local.flags.pop("citizen_requests_from_email", None)

	def receive(self, content: str):
		frappe.local.flags.pop("citizen_requests_from_email", None)
		return InboundMail(content, self.account).process()

	def test_incoming_mail_creates_a_request_of_the_default_type(self):
		communication = self.receive(raw_mail("jeanne@example.fr", "Lampadaire éteint rue Victor Hugo"))
		self.assertEqual(communication.reference_doctype, "Citizen Request")
		doc = frappe.get_doc("Citizen Request", communication.reference_name)
		self.assertEqual(doc.channel, "E-mail")
		self.assertEqual(doc.subject, "Lampadaire éteint rue Victor Hugo")
		self.assertEqual(doc.reporter_email, "jeanne@example.fr")
		self.assertEqual(doc.request_type, frappe.db.get_single_value("Citizen Relation Settings", "email_default_request_type"))
		self.assertTrue(doc.contact)

	def test_reply_with_the_tagged_reference_threads_into_the_request(self):
		first = self.receive(raw_mail("jeanne@example.fr", "Trottoir défoncé"))
		before = frappe.db.count("Citizen Request")
		reply = self.receive(raw_mail("jeanne@example.fr", f"Re: Votre demande (#{first.reference_name})", "Merci !"))
		self.assertEqual(reply.reference_name, first.reference_name)
		self.assertEqual(frappe.db.count("Citizen Request"), before)

	def test_fresh_mail_quoting_the_reference_threads_into_the_request(self):
		first = self.receive(raw_mail("jeanne@example.fr", "Poubelles non ramassées"))
		before = frappe.db.count("Citizen Request")
		again = self.receive(raw_mail("jeanne@example.fr", f"Toujours rien pour ma demande {first.reference_name}"))
		self.assertEqual(again.reference_name, first.reference_name)
		self.assertEqual(frappe.db.count("Citizen Request"), before)

	def test_someone_else_quoting_a_reference_opens_their_own_request(self):
		first = self.receive(raw_mail("jeanne@example.fr", "Bruit la nuit"))
		other = self.receive(raw_mail("intrus@example.fr", f"Concernant {first.reference_name}"))
		self.assertNotEqual(other.reference_name, first.reference_name)

	def test_desk_reply_goes_out_as_a_communication_on_the_request(self):
		doc = make_request(make_request_type(service=make_service().name).name, reporter_email="paul@example.fr")
		result = make_communication(
			doctype="Citizen Request",
			name=doc.name,
			subject=f"Re: {doc.subject} (#{doc.name})",
			content="Nos équipes interviendront jeudi.",
			recipients="paul@example.fr",
			send_email=True,
			communication_medium="Email",
		)
		communication = frappe.get_doc("Communication", result["name"])
		self.assertEqual((communication.reference_doctype, communication.reference_name), ("Citizen Request", doc.name))
		self.assertEqual(communication.sent_or_received, "Sent")

	# --- threading must not let a stranger write on another citizen's request (issue 8, finding 1)
	def assert_new_request_mentioning(self, communication, victim: str):
		self.assertNotEqual(communication.reference_name, victim)
		comments = frappe.get_all(
			"Comment",
			filters={"reference_doctype": "Citizen Request", "reference_name": communication.reference_name},
			pluck="content",
		)
		self.assertTrue(any(victim in (c or "") for c in comments), comments)
		self.assertEqual(frappe.db.get_value("Citizen Request", communication.reference_name, "reporter_email"), "intrus@example.fr")

	def test_a_stranger_tagging_a_reference_opens_a_new_request_that_mentions_it(self):
		first = self.receive(raw_mail("jeanne@example.fr", "Bruit la nuit"))
		other = self.receive(raw_mail("intrus@example.fr", f"Re: Votre demande (#{first.reference_name})", "Moi aussi"))
		self.assert_new_request_mentioning(other, first.reference_name)

	def test_a_stranger_writing_the_bare_reference_as_subject_opens_a_new_request(self):
		first = self.receive(raw_mail("jeanne@example.fr", "Tags sur le mur"))
		other = self.receive(raw_mail("intrus@example.fr", f"#{first.reference_name}"))
		self.assert_new_request_mentioning(other, first.reference_name)

	def test_a_stranger_repeating_the_subject_does_not_thread(self):
		first = self.receive(raw_mail("jeanne@example.fr", "Fuite d'eau devant le 12 rue Pasteur"))
		other = self.receive(raw_mail("intrus@example.fr", "Re: Fuite d'eau devant le 12 rue Pasteur"))
		self.assertNotEqual(other.reference_name, first.reference_name)

	def test_a_co_reporter_may_write_on_the_master_by_its_reference(self):
		from citizen_relation.duplicates.merging import merge

		first = self.receive(raw_mail("jeanne@example.fr", "Dépôt sauvage"))
		second = self.receive(raw_mail("paul@example.fr", "Dépôt sauvage aussi"))
		merge(second.reference_name, first.reference_name)
		reply = self.receive(raw_mail("paul@example.fr", f"Re: (#{first.reference_name})", "Toujours là"))
		self.assertEqual(reply.reference_name, first.reference_name)

	def test_an_answer_to_a_mail_we_sent_threads_whatever_the_sender(self):
		doc = make_request(make_request_type(service=make_service().name).name, reporter_email="paul@example.fr")
		sent = make_communication(
			doctype="Citizen Request",
			name=doc.name,
			subject=f"Re: {doc.subject} (#{doc.name})",
			content="Pouvez-vous préciser ?",
			recipients="paul@example.fr",
			send_email=True,
			communication_medium="Email",
		)
		message_id = frappe.db.get_value("Communication", sent["name"], "message_id")
		self.assertTrue(message_id)
		reply = self.receive(raw_mail("paul.pro@example.org", "Re: précision", "Au 12.", in_reply_to=f"<{message_id}>"))
		self.assertEqual(reply.reference_name, doc.name)

	def test_in_reply_to_a_citizens_mail_is_no_key(self):
		first = self.receive(raw_mail("jeanne@example.fr", "Arbre tombé"))
		message_id = frappe.db.get_value("Communication", first.name, "message_id")
		other = self.receive(raw_mail("intrus@example.fr", "Re: arbre", in_reply_to=f"<{message_id}>"))
		self.assertNotEqual(other.reference_name, first.reference_name)
