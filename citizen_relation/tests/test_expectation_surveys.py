"""Expectation surveys: the sample (period, caps, once per campaign), the personal links, the
anonymity of the answers and of the results, the comparison with the previous campaign."""

from __future__ import annotations

import json
from unittest.mock import patch

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.api import surveys as api
from citizen_relation.citizen_relation.report.survey_comments.survey_comments import (
	execute as comments_report,
)
from citizen_relation.citizen_relation.report.survey_results.survey_results import execute as results_report
from citizen_relation.surveys import answers, invitations
from citizen_relation.tests.factories import make_agent, make_request, make_request_type, make_service, move


def make_survey(**values):
	return frappe.get_doc(
		{
			"doctype": "Citizen Survey",
			"title": values.pop("title", f"Baromètre {frappe.generate_hash(length=6)}"),
			"questions": values.pop(
				"questions",
				[
					{"question": "Êtes-vous satisfait de la réponse apportée ?", "kind": "Scale 1 to 5", "required": 1, "code": "satisfaction"},
					{"question": "Par quel moyen préférez-vous nous contacter ?", "kind": "Single choice", "options": "Téléphone\nInternet\nAccueil", "code": "channel"},
					{"question": "Un commentaire ?", "kind": "Text", "code": "comment"},
				],
			),
			**values,
		}
	).insert(ignore_permissions=True)


class SurveyTestCase(FrappeTestCase):
	"""Citizens A (two requests, phone then e-mail), B, C (phone) with requests resolved in March
	2026; D resolved in April; E still open."""

	def setUp(self):
		frappe.set_user("Administrator")
		self.service = make_service()
		self.type = make_request_type(service=self.service.name)
		self.requests = {}
		with self.freeze_time("2026-03-02 09:00:00"):
			for key, channel in (("A1", "Phone"), ("A2", "E-mail"), ("B", "Phone"), ("C", "Phone"), ("D", "Phone"), ("E", "Phone")):
				citizen = key[0].lower()
				self.requests[key] = make_request(
					self.type.name, channel=channel, reporter_name=f"Citoyen {citizen.upper()}",
					reporter_email=f"citoyen.{citizen}.{self.service.name.split()[-1].lower()}@example.org",
				)
		with self.freeze_time("2026-03-10 10:00:00"):
			for key in ("A1", "B", "C"):
				move(self.requests[key], "Open", "In Progress", "Resolved")
		with self.freeze_time("2026-03-20 10:00:00"):
			move(self.requests["A2"], "Open", "In Progress", "Resolved")
		with self.freeze_time("2026-04-05 10:00:00"):
			move(self.requests["D"], "Open", "In Progress", "Resolved")
		self.survey = make_survey()

	def contact(self, key):
		return self.requests[key].contact

	def campaign(self, **values):
		return frappe.get_doc(
			{
				"doctype": "Survey Campaign",
				"title": values.pop("title", "Baromètre de mars"),
				"survey": self.survey.name,
				"period_from": values.pop("period_from", "2026-03-01"),
				"period_to": values.pop("period_to", "2026-03-31"),
				"closes_on": values.pop("closes_on", "2026-05-31"),
				"sample_size": values.pop("sample_size", 100),
				"services": [{"service": self.service.name}],
				"email_subject": "Votre avis",
				**values,
			}
		).insert(ignore_permissions=True)

	def invited(self, campaign):
		return set(frappe.get_all("Survey Invitation", filters={"campaign": campaign.name}, pluck="contact"))

	def send(self, campaign):
		"""Draw and send; returns the personal tokens by contact (the links of the e-mails)."""
		api.draw_sample(campaign.name)
		pending = frappe.get_all("Survey Invitation", filters={"campaign": campaign.name}, fields=["name", "contact"], order_by="name")
		generated = []

		def token(_n=24):
			generated.append(f"test-token-{frappe.generate_hash(length=20)}")
			return generated[-1]

		with patch("citizen_relation.surveys.invitations.secrets.token_urlsafe", side_effect=token), patch(
			"citizen_relation.surveys.invitations.frappe.db.commit"
		):
			invitations.send(campaign.name)
		return {invitation.contact: value for invitation, value in zip(pending, generated)}


class TestSampling(SurveyTestCase):
	def test_the_sample_takes_each_citizen_with_a_request_resolved_in_the_period_once(self):
		campaign = self.campaign()
		self.assertEqual(api.draw_sample(campaign.name), 3)
		self.assertEqual(self.invited(campaign), {self.contact("A1"), self.contact("B"), self.contact("C")})
		segment = frappe.db.get_value("Survey Invitation", {"campaign": campaign.name, "contact": self.contact("A1")}, "channel")
		self.assertEqual(segment, "E-mail", "the segment of the citizen's latest resolved request")

	def test_a_channel_filter_narrows_the_sample(self):
		campaign = self.campaign(channels=[{"channel": "E-mail"}])
		self.assertEqual(api.draw_sample(campaign.name), 1)
		self.assertEqual(self.invited(campaign), {self.contact("A2")})

	def test_no_one_is_invited_twice_in_a_campaign(self):
		campaign = self.campaign()
		api.draw_sample(campaign.name)
		api.draw_sample(campaign.name)  # drawn again: replaced, not added
		self.assertEqual(frappe.db.count("Survey Invitation", {"campaign": campaign.name}), 3)
		with self.assertRaises(frappe.UniqueValidationError):
			frappe.get_doc(
				{"doctype": "Survey Invitation", "campaign": campaign.name, "contact": self.contact("B"), "email": "x@example.org"}
			).insert(ignore_permissions=True)

	def test_the_yearly_cap_leaves_out_citizens_already_invited(self):
		earlier = self.campaign(title="Baromètre précédent")
		with self.freeze_time("2026-04-01 10:00:00"):
			self.send(earlier)
		with self.freeze_time("2026-04-15 10:00:00"):
			capped = self.campaign(title="Second", cap_per_year=1)
			self.assertEqual(api.draw_sample(capped.name), 0)
			twice = self.campaign(title="Third", cap_per_year=2)
			self.assertEqual(api.draw_sample(twice.name), 3)
		with self.freeze_time("2027-04-15 10:00:00"):
			next_year = self.campaign(title="Next year", cap_per_year=1, closes_on="2027-05-31")
			self.assertEqual(api.draw_sample(next_year.name), 3, "the cap counts the last twelve months")

	def test_citizens_who_opted_out_are_left_out(self):
		frappe.db.set_value("Contact", self.contact("B"), "unsubscribed", 1)
		campaign = self.campaign()
		api.draw_sample(campaign.name)
		self.assertNotIn(self.contact("B"), self.invited(campaign))

	def test_an_agent_may_not_run_a_campaign(self):
		campaign = self.campaign()
		frappe.set_user(make_agent())
		try:
			with self.assertRaises(frappe.PermissionError):
				api.draw_sample(campaign.name)
		finally:
			frappe.set_user("Administrator")

	def test_the_sample_cannot_change_once_sent(self):
		campaign = self.campaign()
		self.send(campaign)
		campaign.reload()
		self.assertEqual(campaign.status, "Open")
		with self.assertRaises(frappe.ValidationError):
			api.draw_sample(campaign.name)
		campaign.sample_size = 5
		with self.assertRaises(frappe.ValidationError):
			campaign.save()


class TestAnswers(SurveyTestCase):
	def answer(self, token, **values):
		frappe.set_user("Guest")
		try:
			return api.submit_answers(token, answers_json=json.dumps(values))
		finally:
			frappe.set_user("Administrator")

	def test_answers_are_stored_without_any_link_to_the_citizen(self):
		campaign = self.campaign()
		tokens = self.send(campaign)
		invitation = frappe.get_doc("Survey Invitation", {"campaign": campaign.name, "contact": self.contact("B")})
		with self.freeze_time("2026-04-02 15:47:12"):
			self.answer(tokens[self.contact("B")], satisfaction=2, channel="Internet", comment="Trop lent")
		response = frappe.get_last_doc("Survey Response", filters={"campaign": campaign.name})
		values = json.dumps(response.as_dict(), default=str)
		for trace in (self.contact("B"), invitation.name, invitation.email, self.requests["B"].name, "citoyen"):
			self.assertNotIn(trace, values)
		self.assertEqual(str(response.creation), "2026-04-02 00:00:00", "timestamps cut to the day")
		self.assertEqual(response.owner, "Guest")
		self.assertEqual(response.channel, "Phone")
		invitation_after = frappe.get_doc("Survey Invitation", invitation.name)
		self.assertEqual(invitation_after.status, "Answered")
		self.assertEqual(invitation_after.modified, invitation.modified, "the invitation keeps its time")

	def test_a_link_answers_once_and_only_while_the_campaign_is_open(self):
		campaign = self.campaign()
		tokens = self.send(campaign)
		token = tokens[self.contact("C")]
		with self.freeze_time("2026-04-02 10:00:00"):
			self.answer(token, satisfaction=5)
			with self.assertRaises(answers.SurveyClosed):
				self.answer(token, satisfaction=1)
			with self.assertRaises(frappe.DoesNotExistError):
				self.answer("not-a-valid-token-at-all-00000", satisfaction=1)
			with self.assertRaises(frappe.ValidationError):
				self.answer(tokens[self.contact("B")], satisfaction=9)
		with self.freeze_time("2026-06-02 10:00:00"), self.assertRaises(answers.SurveyClosed):
			self.answer(tokens[self.contact("B")], satisfaction=4)
		self.assertEqual(frappe.db.count("Survey Response", {"campaign": campaign.name}), 1)
		self.assertEqual(frappe.db.get_value("Survey Campaign", campaign.name, "answered"), 1)

	def test_results_hide_small_groups_and_show_no_one(self):
		campaign = self.campaign(min_group_size=2)
		tokens = self.send(campaign)
		with self.freeze_time("2026-04-02 10:00:00"):
			self.answer(tokens[self.contact("A1")], satisfaction=4, channel="Internet", comment="Bien")
			self.answer(tokens[self.contact("B")], satisfaction=2, channel="Téléphone", comment="Trop lent")
			self.answer(tokens[self.contact("C")], satisfaction=5, channel="Internet")
		_columns, rows = results_report({"campaign": campaign.name, "segment": "Channel"})
		overall = next(r for r in rows if r["segment"] == "All respondents" and r.get("mean") is not None)
		self.assertEqual((overall["respondents"], overall["mean"], overall["favourable"]), (3, 3.67, 66.7))
		e_mail = [r for r in rows if r["segment"] == "E-mail"]
		self.assertTrue(e_mail and all(r.get("mean") is None and "not shown" in r["detail"] for r in e_mail))
		phone = next(r for r in rows if r["segment"] == "Phone" and r.get("mean") is not None)
		self.assertEqual((phone["respondents"], phone["mean"]), (2, 3.5))
		text = json.dumps(rows, default=str)
		for citizen in "abc":
			self.assertNotIn(f"citoyen.{citizen}", text)
		_columns, comments = comments_report({"campaign": campaign.name})
		self.assertEqual([c["answer"] for c in comments], ["Bien", "Trop lent"])

	def test_managers_read_results_but_never_the_raw_answers(self):
		from citizen_relation.tests.factories import make_manager

		campaign = self.campaign(min_group_size=1)
		tokens = self.send(campaign)
		with self.freeze_time("2026-04-02 10:00:00"):
			self.answer(tokens[self.contact("B")], satisfaction=2)
		manager = make_manager()
		frappe.set_user(manager)
		try:
			self.assertFalse(frappe.has_permission("Survey Response", "read"))
			with self.assertRaises(frappe.PermissionError):
				frappe.get_list("Survey Response", filters={"campaign": campaign.name})
			from frappe.desk.query_report import run

			rows = run("Survey Results", filters={"campaign": campaign.name}, ignore_prepared_report=True)["result"]
			self.assertTrue(any(r.get("mean") == 2.0 for r in rows))
		finally:
			frappe.set_user("Administrator")

	def test_a_campaign_with_too_few_answers_shows_no_free_text(self):
		campaign = self.campaign(min_group_size=5)
		tokens = self.send(campaign)
		with self.freeze_time("2026-04-02 10:00:00"):
			self.answer(tokens[self.contact("B")], satisfaction=2, comment="Trop lent")
		_columns, comments = comments_report({"campaign": campaign.name})
		self.assertEqual(comments, [])

	def test_results_are_compared_with_the_previous_campaign(self):
		first = self.campaign(title="Mars", min_group_size=1)
		tokens = self.send(first)
		with self.freeze_time("2026-04-02 10:00:00"):
			self.answer(tokens[self.contact("B")], satisfaction=2)
		frappe.db.set_value("Survey Campaign", first.name, "status", "Closed")
		with self.freeze_time("2027-04-10 10:00:00"):
			second = self.campaign(title="Avril", period_from="2026-04-01", period_to="2026-04-30", min_group_size=1, closes_on="2027-05-31")
			self.assertEqual(second.previous_campaign, first.name)
			tokens = self.send(second)
			self.answer(tokens[self.contact("D")], satisfaction=5)
			_columns, rows = results_report({"campaign": second.name})
		row = next(r for r in rows if r.get("mean") is not None)
		self.assertEqual((row["mean"], row["previous_mean"], row["change"]), (5.0, 2.0, 3.0))


class TestQuestionnaire(SurveyTestCase):
	def test_codes_are_filled_and_bad_questionnaires_refused(self):
		survey = make_survey(questions=[{"question": "Êtes-vous satisfait ?", "kind": "Scale 1 to 5"}])
		self.assertEqual(survey.questions[0].code, "etes_vous_satisfait")
		with self.assertRaises(frappe.ValidationError):
			make_survey(questions=[{"question": "Choix ?", "kind": "Single choice", "options": "Un seul"}])
		with self.assertRaises(frappe.ValidationError):
			make_survey(questions=[])
