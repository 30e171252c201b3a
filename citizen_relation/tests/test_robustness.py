"""Jobs and policies that keep working when data or configuration is bad (issue 8, findings 3, 8, 11, 13)."""

from __future__ import annotations

from unittest.mock import patch

import frappe
import pymysql
from frappe.utils import now_datetime, random_string

from citizen_relation.sla import jobs
from citizen_relation.tests.endpoints import call
from citizen_relation.tests.factories import make_article, make_duplicate_type, make_report
from citizen_relation.tests.test_deadlines import MONDAY_10, SLATestCase


class TestSLAAlertJob(SLATestCase):
	def test_thousands_of_requests_without_alerts_do_not_hide_a_due_one(self):
		with self.freeze_time(MONDAY_10):
			due = self.new_request(received_on=MONDAY_10)
		# 3,000 closed / merged / policy-less requests, older than the due one (no next alert)
		now = now_datetime()
		rows = [
			(f"DEM-BULK-{random_string(10)}", self.request_type.name, "Ancienne demande", "Closed", "2020-01-01 10:00:00", now, now, "Administrator", "Administrator")
			for _i in range(3000)
		]
		frappe.db.bulk_insert(
			"Citizen Request",
			["name", "request_type", "subject", "status", "received_on", "creation", "modified", "owner", "modified_by"],
			rows,
		)
		with self.freeze_time("2026-03-02 11:31:00"):
			self.assertEqual(jobs.due_alerts(now_datetime(), limit=500), [due.name])
			jobs.send_sla_alerts()
		self.assertTrue(frappe.db.exists("SLA Alert Log", {"request": due.name}))

	def test_one_failing_request_is_logged_and_skipped(self):
		with self.freeze_time(MONDAY_10):
			broken = self.new_request(received_on=MONDAY_10, subject="Cassée")
			fine = self.new_request(received_on=MONDAY_10, subject="Saine")
		real_notify = jobs.notify

		def notify(doc, *args, **kwargs):
			if doc.name == broken.name:
				raise RuntimeError("mail queue unavailable")
			return real_notify(doc, *args, **kwargs)

		errors = frappe.db.count("Error Log")
		with patch.object(jobs, "notify", side_effect=notify), self.freeze_time("2026-03-02 11:31:00"):
			done = jobs.send_sla_alerts()
		self.assertEqual(done, 1)
		self.assertTrue(frappe.db.exists("SLA Alert Log", {"request": fine.name}))
		self.assertGreater(frappe.db.count("Error Log"), errors)
		# the failing request is tried again later, not at every run
		self.assertGreater(frappe.db.get_value("Citizen Request", broken.name, "next_alert_on"), frappe.utils.get_datetime("2026-03-02 12:00:00"))


class TestPolicyConditions(SLATestCase):
	def test_a_condition_that_fails_on_requests_is_refused_at_save(self):
		self.new_request()
		for condition in ("doc.reporter_email.lower() == 'x'", "doc.no_such_field + 1", "1/0", "doc.type_values[3]"):
			self.policy.condition = condition
			with self.assertRaises(frappe.ValidationError, msg=condition):
				self.policy.save()

	def test_a_sound_condition_is_accepted(self):
		self.new_request()
		self.policy.condition = "doc.priority in ('High', 'Urgent') and (doc.reporter_email or '').endswith('.fr')"
		self.policy.save()

	def test_a_condition_broken_at_runtime_is_logged_and_the_request_still_saves(self):
		frappe.db.set_value("SLA Policy", self.policy.name, "condition", "doc.reporter_email.lower() == 'x'")
		frappe.cache.delete_value("citizen_relation:sla_policies")
		errors = frappe.db.count("Error Log")
		doc = self.new_request()  # no reporter e-mail: the condition raises
		self.assertNotEqual(doc.sla_policy, self.policy.name)
		self.assertGreater(frappe.db.count("Error Log"), errors)


class TestMergeDeadlock(SLATestCase):
	def test_a_deadlocked_merge_is_retried_once(self):
		from citizen_relation.duplicates import merging

		request_type = make_duplicate_type().name
		master, other = make_report(request_type), make_report(request_type, offset_m=(5, 0))
		real_lock, calls = merging._lock, []

		def lock(*names):
			calls.append(names)
			if len(calls) == 1:
				raise pymysql.err.OperationalError(1213, "Deadlock found when trying to get lock")
			return real_lock(*names)

		with patch.object(merging, "_lock", side_effect=lock), patch.object(frappe.db, "rollback") as rollback:
			merging.merge(other.name, master.name)
		self.assertEqual(len(calls), 2)
		rollback.assert_called_once()
		self.assertEqual(frappe.db.get_value("Citizen Request", other.name, "merged_into"), master.name)

	def test_a_second_deadlock_is_a_clear_message(self):
		from citizen_relation.duplicates import merging

		request_type = make_duplicate_type().name
		master, other = make_report(request_type), make_report(request_type, offset_m=(5, 0))
		deadlock = pymysql.err.OperationalError(1213, "Deadlock found when trying to get lock")
		with patch.object(merging, "_lock", side_effect=deadlock), patch.object(frappe.db, "rollback"):
			self.assertRaises(frappe.ValidationError, merging.merge, other.name, master.name)


class TestArticleVotes(SLATestCase):
	def test_form_encoded_false_counts_as_unhelpful(self):
		article = make_article(audience="Public")
		for value, field in (("false", "unhelpful_count"), ("0", "unhelpful_count"), ("true", "helpful_count"), ("1", "helpful_count")):
			before = frappe.db.get_value("Knowledge Article", article.name, field)
			call("citizen_relation.api.knowledge.vote_article", "Guest", ip=f"10.9.{random_string(2)}.1", name=article.name, helpful=value)
			self.assertEqual(frappe.db.get_value("Knowledge Article", article.name, field), before + 1, value)
		with self.assertRaises(frappe.ValidationError):
			call("citizen_relation.api.knowledge.vote_article", "Guest", name=article.name, helpful="maybe")
