"""Letters to citizens: in the collectivité's name, never produced incomplete, values escaped.

Every letter goes through ``crpa/letters.py``; these tests drive it the ways users do: the print
view (``frappe.get_print``, as HTML and as PDF), the e-mail path, the desk's form panel and API.
"""

from __future__ import annotations

import email
import io
import re

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.api import crpa as api
from citizen_relation.citizen_relation.report.sla_compliance.sla_compliance import execute as sla_report
from citizen_relation.core import letters as core
from citizen_relation.crpa import letters
from citizen_relation.crpa.identity import identity, setup_checklist
from citizen_relation.crpa.jobs import alert_unacknowledged
from citizen_relation.requests.form import form_panels
from citizen_relation.tests.factories import (
	make_outgoing_email_account,
	make_request,
	make_request_type,
	make_service,
	make_supervisor,
	make_user,
	move,
)

DOCTYPE = "Citizen Request"
SETTINGS = "Citizen Relation Settings"
ACK_FORMAT = "Acknowledgement of Receipt"
PHISHING = '<a href="https://phish.example/login">Cliquez ici</a>'
PIXEL = '<img src="https://track.example/p.gif">'
IDENTITY_FIELDS = (
	"company",
	"collectivite_name",
	"collectivite_address",
	"collectivite_phone",
	"collectivite_email",
	"collectivite_logo",
	"letter_head",
	"signatory_name",
	"signatory_title",
)


def plain(text: str) -> str:
	return " ".join(text.replace("\xa0", " ").split())


def pdf_text_of(print_html: str) -> str:
	"""The text of the PDF Frappe makes of a print view (wkhtmltopdf), read back with pypdf.

	The print view links the site's print stylesheet; no web server runs during tests, so the
	link is dropped (wkhtmltopdf would fail to fetch it); the letter's own styles are inline."""
	from frappe.utils.pdf import get_pdf
	from pypdf import PdfReader

	pdf = get_pdf(re.sub(r"<link [^>]*>", "", print_html))
	return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def unlink_company_addresses(company: str) -> None:
	"""The Company has no postal address any more (inside the test's transaction)."""
	frappe.db.delete(
		"Dynamic Link", {"parenttype": "Address", "link_doctype": "Company", "link_name": company}
	)


class LettersTestCase(FrappeTestCase):
	"""A collectivité whose identity comes from its Company; each test starts from it."""

	def setUp(self):
		self.company = frappe.get_all("Company", pluck="name", order_by="creation asc", limit=1)[0]
		frappe.db.set_value(
			"Company", self.company, {"phone_no": "04 78 03 67 67", "email": "mairie@villeurbanne.test"}
		)
		unlink_company_addresses(self.company)  # the site's own addresses of the Company, if any
		self.address = frappe.get_doc(
			{
				"doctype": "Address",
				"address_title": "Hôtel de ville",
				"address_type": "Billing",
				"address_line1": "Place Lazare-Goujon",
				"city": "Villeurbanne",
				"pincode": "69100",
				"country": "France",
				"is_primary_address": 1,
				"links": [{"link_doctype": "Company", "link_name": self.company}],
			}
		).insert(ignore_permissions=True)
		self.configure(company=self.company, **{f: None for f in IDENTITY_FIELDS if f != "company"})
		self.configure(signatory_name="Camille Martin", signatory_title="Adjointe au maire")
		self.service = make_service(
			service_name=f"Urbanisme {frappe.generate_hash(length=5)}",
			address="1 rue Michelet\n69100 Villeurbanne",
			phone="04 78 03 68 00",
			email="urbanisme@villeurbanne.test",
		)
		self.rejection = make_request_type(
			service=self.service.name,
			category="Administrative Procedure",
			crpa_regime="Silence means rejection",
			crpa_delay_months=2,
			requires_acknowledgement=1,
		)
		make_outgoing_email_account()

	def tearDown(self):
		frappe.db.rollback()
		frappe.clear_document_cache(SETTINGS, SETTINGS)
		frappe.clear_document_cache("Company", self.company)
		frappe.local.role_permissions = {}
		frappe.set_user("Administrator")

	def configure(self, **values):
		settings = frappe.get_single(SETTINGS)
		settings.update(values)
		settings.save(ignore_permissions=True)
		frappe.clear_document_cache(SETTINGS, SETTINGS)

	def request(self, request_type=None, **values):
		values.setdefault("channel", "Postal Mail")
		values.setdefault("reporter_name", "Jean Valjean")
		values.setdefault("received_on", "2026-01-05 10:00:00")
		values.setdefault("language", "fr")
		return make_request((request_type or self.rejection).name, **values)

	def emails(self, name: str) -> list[str]:
		"""HTML bodies of the e-mails queued for a request."""
		bodies = []
		for message in frappe.get_all(
			"Email Queue", filters={"reference_doctype": DOCTYPE, "reference_name": name}, pluck="message"
		):
			for part in email.message_from_string(message).walk():
				if part.get_content_type() == "text/html":
					bodies.append(part.get_payload(decode=True).decode())
		return bodies


class TestIdentity(LettersTestCase):
	def test_the_collectivite_is_the_company_chosen_in_the_settings(self):
		company_name = frappe.db.get_value("Company", self.company, "company_name")
		found = identity()
		self.assertEqual(found.name, company_name)
		self.assertEqual(core.address_lines(found.address)[0], "Place Lazare-Goujon")
		self.assertIn("69100", found.address)
		self.assertEqual((found.phone, found.email), ("04 78 03 67 67", "mairie@villeurbanne.test"))
		html = frappe.get_print(DOCTYPE, self.request().name, ACK_FORMAT)
		self.assertIn(company_name, html)
		self.assertNotIn("ERPNext", html)

	def test_the_settings_override_the_company_value_by_value(self):
		self.configure(collectivite_name="Ville de Villeurbanne", collectivite_phone="04 00 00 00 00")
		found = identity()
		self.assertEqual((found.name, found.phone), ("Ville de Villeurbanne", "04 00 00 00 00"))
		self.assertEqual(found.email, "mairie@villeurbanne.test")  # still the Company's

	def test_the_services_contact_details_default_to_the_collectivites(self):
		service = make_service()  # no address nor phone of its own
		request_type = make_request_type(service=service.name, requires_acknowledgement=1)
		html = frappe.get_print(DOCTYPE, self.request(request_type).name, ACK_FORMAT)
		self.assertIn("Place Lazare-Goujon", html)
		self.assertIn("04 78 03 67 67", html)

	def test_without_company_nor_name_no_letter_bears_another_name(self):
		self.configure(company=None)
		self.assertEqual(identity().name, "")
		html = frappe.get_print(DOCTYPE, self.request().name, ACK_FORMAT)
		self.assertIn("Name of the collectivité", html)
		self.assertNotIn('data-mention="', html)

	def test_installation_seeds_no_name_and_the_setup_shows_what_is_missing(self):
		from citizen_relation.setup.install import seed_settings

		self.configure(company=None)
		seed_settings()
		settings = frappe.get_single(SETTINGS)
		self.assertFalse(settings.collectivite_name)
		self.assertEqual(settings.company, self.company if frappe.db.count("Company") == 1 else None)
		self.configure(company=None)
		checklist = setup_checklist()
		self.assertFalse(checklist["complete"])
		name_item = next(i for i in checklist["items"] if i["label"] == "Name")
		self.assertFalse(name_item["ok"])
		self.assertTrue(name_item["hint"])
		self.configure(company=self.company)
		self.assertTrue(next(i for i in setup_checklist()["items"] if i["label"] == "Name")["ok"])

	def test_the_patch_removes_a_name_seeded_from_the_software_and_flags_unacknowledged_requests(self):
		from citizen_relation.patches import letters_identity

		doc = self.request()
		frappe.db.set_value(DOCTYPE, doc.name, "appeal_delays_unenforceable", 0)  # as before the field
		for seeded in ("ERPNext", frappe.db.get_single_value("System Settings", "app_name") or "ERPNext"):
			self.configure(collectivite_name=seeded)
			letters_identity.execute()
			frappe.clear_document_cache(SETTINGS, SETTINGS)
			self.assertFalse(frappe.db.get_single_value(SETTINGS, "collectivite_name"))
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "appeal_delays_unenforceable"), 1)
		self.configure(collectivite_name="Ville de Villeurbanne")
		letters_identity.execute()
		self.assertEqual(frappe.db.get_single_value(SETTINGS, "collectivite_name"), "Ville de Villeurbanne")

	def test_the_setup_lists_services_whose_acknowledgements_would_be_refused(self):
		self.configure(collectivite_address=None)
		unlink_company_addresses(self.company)
		service = make_service()
		make_request_type(service=service.name, requires_acknowledgement=1)
		items = setup_checklist()["items"]
		self.assertTrue(any(service.name in i["label"] and not i["ok"] for i in items))
		self.assertNotIn(self.service.name, " ".join(i["label"] for i in items if not i["ok"]))


class TestMandatoryMentions(LettersTestCase):
	"""Each R112-5 mention missing in turn: print refused with its message, e-mail refused,
	the desk explains, the letter cannot be recorded as posted, appeal delays stay unenforceable."""

	CASES = (
		("collectivite.name", "Name of the collectivité"),
		("service.name", "Name of the service handling the request"),
		("service.address", "Postal address of the service handling the request"),
		("service.phone", "Phone number of the service handling the request"),
		("missing_pieces_due_on", "Date by which the missing pieces must be provided"),
	)

	def break_mention(self, code: str) -> dict:
		"""Empty one mention (and its fallbacks); returns extra values for the request."""
		if code == "collectivite.name":
			self.configure(company=None)
		elif code == "service.name":
			self.configure(
				company=None, collectivite_address="1 place X\n69000 Lyon", collectivite_phone="04 00"
			)
			self.rejection.db_set("service", None)
			frappe.clear_document_cache("Request Type", self.rejection.name)
			return {"service": None}
		elif code in ("service.address", "service.phone"):
			field = "address" if code == "service.address" else "phone"
			frappe.db.set_value("Municipal Service", self.service.name, field, None)
			if field == "address":
				unlink_company_addresses(self.company)
			else:
				frappe.db.set_value("Company", self.company, "phone_no", None)
			frappe.clear_document_cache("Company", self.company)
		elif code == "missing_pieces_due_on":
			return {"missing_pieces": "Plan de situation\nTitre de propriété"}
		return {}

	def test_each_missing_mention_refuses_print_email_and_posting_and_the_desk_explains(self):
		for code, label in self.CASES:
			with self.subTest(code):
				extra = self.break_mention(code)
				doc = self.request(reporter_email="jean.valjean@example.fr", channel="E-mail", **extra)
				doc.reload()
				# print view and PDF: the refusal, not the letter
				html = frappe.get_print(DOCTYPE, doc.name, ACK_FORMAT)
				self.assertIn("this letter cannot be produced", html)
				self.assertIn(label, html)
				self.assertNotIn('data-mention="', html)
				# e-mail: refused at registration (said on the timeline) and from the desk
				self.assertFalse(doc.acknowledged_on)
				self.assertEqual(self.emails(doc.name), [])
				comments = frappe.get_all(
					"Comment", filters={"reference_name": doc.name, "comment_type": "Info"}, pluck="content"
				)
				self.assertTrue(any(label in c for c in comments), comments)
				with self.assertRaises(frappe.ValidationError) as refused:
					api.send_letter(doc.name, "acknowledgement")
				self.assertIn(label, str(refused.exception))
				self.assertEqual(self.emails(doc.name), [])
				# nor recorded as posted
				self.assertRaises(frappe.ValidationError, api.mark_letter_posted, doc.name, "acknowledgement")
				# the desk: the button's letter is incomplete, with what and where
				panel = form_panels(doc)["letters"]
				ack = next(item for item in panel["letters"] if item["kind"] == "acknowledgement")
				self.assertFalse(ack["complete"])
				missing = {m["code"]: m for m in ack["missing"]}
				self.assertIn(code, missing)
				self.assertEqual(missing[code]["label"], label)
				self.assertTrue(missing[code]["where"])
				# L112-6: appeal delays cannot be held against the citizen
				self.assertTrue(panel["appeal_delays_unenforceable"])
				self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "appeal_delays_unenforceable"), 1)
				self.tearDown()
				self.setUp()

	def test_a_letter_whose_template_drops_a_mention_is_refused(self):
		doc = self.request()
		original = letters.render

		def without_appeals(template, context):
			return original(template, context).replace('data-mention="appeals"', "")

		letters.render = without_appeals
		try:
			letter = letters.build(doc, "acknowledgement")
		finally:
			letters.render = original
		self.assertFalse(letter.complete)
		self.assertEqual([m.code for m in letter.missing], ["appeals"])
		self.assertEqual(letter.html, "")


class TestCompleteLetter(LettersTestCase):
	def expected_texts(self, doc) -> list[str]:
		return [
			frappe.db.get_value("Company", self.company, "company_name"),
			doc.name,
			"5 janvier 2026",  # received
			"5 mars 2026",  # implicit rejection
			self.service.name,
			"1 rue Michelet",
			"69100 Villeurbanne",
			"04 78 03 68 00",
			"urbanisme@villeurbanne.test",
			"Télérecours",
			"Jean Valjean",
		]

	def test_a_complete_setup_prints_every_mention_in_the_html_and_the_pdf(self):
		doc = self.request()
		html = frappe.get_print(DOCTYPE, doc.name, ACK_FORMAT)
		marked = core.marked_mentions(html)
		for code in core.required_mentions("acknowledgement", letters.facts_of(doc)):
			self.assertIn(code, marked)
			self.assertTrue(marked[code], code)
		text = plain(re.sub(r"<[^>]+>", " ", html))
		for value in self.expected_texts(doc):
			self.assertIn(value, text)
		self.assertIn('lang="fr"', html)

		pdf_text = plain(pdf_text_of(html))
		for value in self.expected_texts(doc):
			self.assertIn(value, pdf_text)  # real text, not an image of it
		# reading order: sender, recipient, title, received, implicit decision, appeals
		positions = [
			pdf_text.index(v)
			for v in (self.service.name, "Jean Valjean", "5 janvier 2026", "5 mars 2026", "Télérecours")
		]
		self.assertEqual(positions, sorted(positions))

	def test_the_e_mail_is_the_same_complete_letter(self):
		doc = self.request(channel="Web Portal", reporter_email="jean.valjean@example.fr")
		doc.reload()
		self.assertTrue(doc.acknowledged_on)
		self.assertEqual(doc.appeal_delays_unenforceable, 0)
		(body,) = self.emails(doc.name)
		marked = core.marked_mentions(body)
		for code in core.required_mentions("acknowledgement", letters.facts_of(doc)):
			self.assertIn(code, marked)

	def test_the_letter_is_in_the_request_language_when_a_translation_exists(self):
		french = letters.build(self.request(language="fr"), "acknowledgement")
		english = letters.build(self.request(language="en"), "acknowledgement")
		german = letters.build(self.request(language="de"), "acknowledgement")
		self.assertEqual((french.language, english.language), ("fr", "en"))
		self.assertIn("janvier 2026", french.html)
		self.assertIn("January 5, 2026", english.html)
		site = frappe.db.get_single_value("System Settings", "language")
		self.assertEqual(german.language, site if site in letters.available_languages() else "fr")

	def test_every_letter_kind_prints_when_complete(self):
		doc = self.request(missing_pieces="Plan de situation", missing_pieces_due_on="2026-02-05")
		for fmt in ("Request for Missing Pieces",):
			self.assertIn("Plan de situation", frappe.get_print(DOCTYPE, doc.name, fmt))
		doc.reload()
		doc.update(
			{"missing_pieces": "", "missing_pieces_due_on": None, "transferred_to": "Préfecture du Rhône"}
		)
		doc.status = "Transferred"
		doc.save()
		self.assertIn("Préfecture du Rhône", frappe.get_print(DOCTYPE, doc.name, "Transfer Notice"))
		other = self.request()
		move(other, "Open", "In Progress", "Resolved", summary="<p>Permis accordé sous réserve.</p>")
		decision = frappe.get_print(DOCTYPE, other.name, "Decision Notice")
		for value in ("Permis accordé sous réserve.", "Camille Martin", "Adjointe au maire", "Télérecours"):
			self.assertIn(value, decision)
		self.configure(signatory_title=None)
		refused = frappe.get_print(DOCTYPE, other.name, "Decision Notice")
		self.assertIn("Title of the signatory", refused)

	def test_a_merged_report_prints_its_merge_notice_with_the_masters_status(self):
		from citizen_relation.duplicates import merging

		report_type = make_request_type(service=self.service.name)
		master = make_request(report_type.name)
		dup = make_request(report_type.name, reporter_name="Cosette F.")
		merging.merge(dup.name, master.name)
		move(frappe.get_doc(DOCTYPE, master.name), "Open")
		html = frappe.get_print(DOCTYPE, dup.name, "Merge Notice")
		self.assertIn(master.name, html)
		self.assertIn(letters.status_label("Open"), html)


class TestEscaping(LettersTestCase):
	"""Issue 8, finding 12: what a citizen typed never becomes markup in a letter or an e-mail."""

	def assertInert(self, html: str):
		self.assertNotIn('<a href="https://phish.example', html)
		self.assertNotIn('<img src="https://track.example', html)
		self.assertNotRegex(html, r"<b>(Valjean|F\.|V\.)")

	def test_the_acknowledgement_prints_and_mails_the_subject_as_text(self):
		doc = self.request(
			subject=f"Permis {PHISHING}{PIXEL}",
			reporter_name='Jean "Valjean" & fils',
			reporter_email="jean.valjean@example.fr",
			channel="E-mail",
		)
		html = frappe.get_print(DOCTYPE, doc.name, ACK_FORMAT)
		self.assertInert(html)
		self.assertIn("&lt;a href=", html)
		(body,) = self.emails(doc.name)
		self.assertInert(body)
		self.assertIn('Jean "Valjean" &amp; fils', body)
		# a citizen writing by post (no contact created): the name is printed as text too
		posted = self.request(subject=f"Permis {PIXEL}", reporter_name="Jean <b>Valjean</b>")
		html = frappe.get_print(DOCTYPE, posted.name, ACK_FORMAT)
		self.assertInert(html)
		self.assertIn("Jean &lt;b&gt;Valjean&lt;/b&gt;", html)
		self.assertInert(frappe.get_print(DOCTYPE, posted.name, "Standard"))

	def test_transfer_pieces_and_decision_letters_escape_every_value(self):
		doc = self.request(
			subject=PHISHING,
			reporter_email="jean.valjean@example.fr",
			channel="E-mail",
			missing_pieces=f"Plan {PIXEL}",
			missing_pieces_due_on="2026-02-05",
		)
		self.assertInert(frappe.get_print(DOCTYPE, doc.name, "Request for Missing Pieces"))
		api.send_letter(doc.name, "missing_pieces")
		doc.reload()
		doc.update(
			{"missing_pieces": "", "missing_pieces_due_on": None, "transferred_to": f"Préfecture {PHISHING}"}
		)
		doc.status = "Transferred"
		doc.save()
		self.assertInert(frappe.get_print(DOCTYPE, doc.name, "Transfer Notice"))
		other = self.request(subject=PHISHING)
		move(other, "Open", "In Progress", "Resolved", summary=f"<p>Accordé. {PHISHING} {PIXEL}</p>")
		decision = frappe.get_print(DOCTYPE, other.name, "Decision Notice")
		self.assertInert(decision)
		self.assertIn("Accordé. Cliquez ici", plain(decision))
		for body in self.emails(doc.name):
			self.assertInert(body)

	def test_co_reporters_status_mails_escape_names_and_resolution(self):
		from citizen_relation.duplicates import merging, notifications

		report_type = make_request_type(service=self.service.name)
		master = make_request(report_type.name, subject=PHISHING)
		dup = make_request(
			report_type.name,
			subject=f"Lampadaire {PIXEL}",
			reporter_email="cosette@example.fr",
			reporter_name="Cosette F.",
		)
		merging.merge(dup.name, master.name)
		frappe.db.set_value(
			DOCTYPE,
			master.name,
			{"status": "Resolved", "resolution_summary": f"<p>Réparé {PHISHING}{PIXEL}</p>"},
		)
		self.assertEqual(notifications.notify_reporters(master.name), 1)
		(body,) = self.emails(dup.name)
		self.assertInert(body)
		self.assertIn("Réparé Cliquez ici", plain(re.sub(r"<[^>]+>", " ", body)))

	def test_response_templates_print_citizen_values_as_text(self):
		from citizen_relation.knowledge.rendering import render_source, template_context

		doc = self.request(subject=f"{PHISHING}{PIXEL}", reporter_name="Jean <b>V.</b>")
		for channel in ("E-mail", "Letter"):
			out = render_source(
				"<p>{{ request.subject }} {{ citizen.full_name }}</p>", channel, template_context(doc)
			)
			self.assertInert(out["message"])


class TestL1126(LettersTestCase):
	def test_a_request_without_a_complete_acknowledgement_says_appeal_delays_are_not_enforceable(self):
		doc = self.request()  # posted: no e-mail
		doc.reload()
		self.assertEqual(doc.appeal_delays_unenforceable, 1)
		self.assertTrue(form_panels(doc)["letters"]["appeal_delays_unenforceable"])
		api.mark_letter_posted(doc.name, "acknowledgement")
		doc.reload()
		self.assertTrue(doc.acknowledged_on)
		self.assertEqual(doc.appeal_delays_unenforceable, 0)
		self.assertRaises(frappe.ValidationError, api.mark_letter_posted, doc.name, "acknowledgement")

	def test_requests_that_need_no_acknowledgement_are_not_flagged(self):
		doc = self.request(make_request_type(service=self.service.name))
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "appeal_delays_unenforceable"), 0)

	def test_a_client_cannot_forge_the_acknowledgement_date(self):
		doc = self.request()
		doc.reload()
		doc.acknowledged_on = "2026-01-06 10:00:00"
		doc.save()
		doc.reload()
		self.assertFalse(doc.acknowledged_on)
		self.assertEqual(doc.appeal_delays_unenforceable, 1)
		forged = self.request(acknowledged_on="2026-01-06 10:00:00")
		self.assertFalse(frappe.db.get_value(DOCTYPE, forged.name, "acknowledged_on"))

	def test_the_sla_compliance_report_counts_requests_without_acknowledgement(self):
		flagged = [self.request(), self.request()]
		acknowledged = self.request()
		api.mark_letter_posted(acknowledged.name, "acknowledgement")
		_columns, rows = sla_report(
			{"from_date": "2026-01-01", "to_date": "2026-01-31", "service": self.service.name}
		)
		self.assertEqual(sum(r.appeal_delays_unenforceable for r in rows), len(flagged))
		self.assertIn("appeal_delays_unenforceable", [c["fieldname"] for c in _columns])

	def test_supervisors_are_told_once_of_requests_still_unacknowledged(self):
		supervisor = make_supervisor()
		frappe.db.set_value("Municipal Service", self.service.name, "supervisor", supervisor)
		old = self.request(received_on=frappe.utils.add_days(frappe.utils.now_datetime(), -10))
		recent = self.request(received_on=frappe.utils.add_days(frappe.utils.now_datetime(), -1))
		self.assertGreaterEqual(alert_unacknowledged(), 1)
		self.assertTrue(frappe.db.get_value(DOCTYPE, old.name, "acknowledgement_alert_sent_on"))
		self.assertFalse(frappe.db.get_value(DOCTYPE, recent.name, "acknowledgement_alert_sent_on"))
		told = frappe.get_all(
			"Notification Log", filters={"for_user": supervisor, "document_name": old.name}, pluck="subject"
		)
		self.assertEqual(len(told), 1)
		self.assertIn("L112-6", told[0])
		self.assertEqual(alert_unacknowledged(), 0)  # once
		self.assertEqual(
			frappe.db.count("Notification Log", {"for_user": supervisor, "document_name": old.name}), 1
		)

	def test_a_type_that_starts_requiring_an_acknowledgement_flags_its_requests(self):
		request_type = make_request_type(service=self.service.name)
		doc = self.request(request_type)
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "appeal_delays_unenforceable"), 0)
		request_type.reload()
		request_type.requires_acknowledgement = 1
		request_type.save()
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "appeal_delays_unenforceable"), 1)


class TestNonWorkingDay(LettersTestCase):
	def test_the_implicit_decision_date_follows_the_settings_rule(self):
		# received on 1 March 2022: two months end on Sunday 1 May 2022 (Labour Day)
		doc = self.request(received_on="2022-03-01 10:00:00")
		self.assertEqual(str(frappe.db.get_value(DOCTYPE, doc.name, "implicit_decision_on")), "2022-05-01")
		self.configure(implicit_decision_non_working_day="Next working day")
		from citizen_relation.crpa.jobs import recompute_implicit_dates

		move(doc, "Open")
		self.assertEqual(str(frappe.db.get_value(DOCTYPE, doc.name, "implicit_decision_on")), "2022-05-02")
		self.configure(implicit_decision_non_working_day="Not moved")
		self.assertGreaterEqual(recompute_implicit_dates(), 1)
		self.assertEqual(str(frappe.db.get_value(DOCTYPE, doc.name, "implicit_decision_on")), "2022-05-01")


class TestPermissions(LettersTestCase):
	def test_guests_and_agents_of_other_services_cannot_print_or_send_letters(self):
		doc = self.request()
		frappe.set_user("Guest")
		self.assertRaises(frappe.PermissionError, api.get_letter, doc.name, "acknowledgement")
		self.assertRaises(frappe.PermissionError, api.send_letter, doc.name, "acknowledgement")
		frappe.set_user(make_user())
		self.assertRaises(frappe.PermissionError, api.mark_letter_posted, doc.name, "acknowledgement")

	def test_unknown_or_inapplicable_letters_are_refused_with_a_message(self):
		doc = self.request()
		self.assertRaises(frappe.ValidationError, api.get_letter, doc.name, "postcard")
		self.assertRaises(frappe.ValidationError, api.send_letter, doc.name, "transfer")
