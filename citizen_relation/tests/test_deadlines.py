"""Deadlines of requests: SLA on service calendars (frozen clocks) and the CRPA's legal rules."""

import os
from datetime import datetime
from unittest.mock import patch

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.sla import jobs
from citizen_relation.sla.agreement import SLA_FIELDS, sla_values
from citizen_relation.sla.jobs import process_alerts, recompute_open_requests, send_sla_alerts
from citizen_relation.sla.policies import core_policies, get_policy_rows
from citizen_relation.tests.factories import (
	make_agent,
	make_calendar,
	make_policy,
	make_request,
	make_request_type,
	make_service,
	move,
)

MONDAY_10 = "2026-03-02 10:00:00"  # Monday 2 March 2026, no holiday


def dt(value: str) -> datetime:
	return frappe.utils.get_datetime(value)


class SLATestCase(FrappeTestCase):
	def setUp(self):
		self.agent = make_agent()
		self.service = make_service(members=[self.agent], supervisor="Administrator")
		self.calendar = make_calendar()
		self.request_type = make_request_type(service=self.service.name)
		self.policy = make_policy(self.request_type.name, self.calendar.name)
		frappe.clear_cache(doctype="SLA Policy")
		frappe.cache.delete_value("citizen_relation:sla_policies")

	def new_request(self, **values):
		return make_request(self.request_type.name, **values)


class TestSLA(SLATestCase):
	def test_deadlines_are_counted_in_opening_hours_with_a_lunch_break(self):
		with self.freeze_time(MONDAY_10):
			doc = self.new_request(received_on=MONDAY_10)
		self.assertEqual(doc.sla_policy, self.policy.name)
		self.assertEqual(doc.agreement_status, "Response Due")
		self.assertEqual(doc.response_by, dt("2026-03-02 12:00:00"))  # 2 h: 10:00–12:00
		# 10 h: Mon 10–12, 14–17 (5 h), Tue 9–12 (8 h), 14–16
		self.assertEqual(doc.resolution_by, dt("2026-03-03 16:00:00"))

	def test_a_request_received_on_saturday_starts_on_monday_morning(self):
		with self.freeze_time("2026-03-07 11:00:00"):
			doc = self.new_request(received_on="2026-03-07 11:00:00")
		self.assertEqual(doc.response_by, dt("2026-03-09 11:00:00"))

	def test_public_holidays_are_not_counted(self):
		# Friday 1 May 2026 is Labour Day: the clock starts on Monday 4 May.
		with self.freeze_time("2026-04-30 16:00:00"):
			doc = self.new_request(received_on="2026-04-30 16:00:00")
		self.assertEqual(doc.response_by, dt("2026-05-04 10:00:00"))  # 1 h on Thursday, 1 h on Monday

	def test_whit_monday_counts_as_worked_when_the_calendar_says_so(self):
		# Whit Monday 2026 is 25 May: a holiday by default, a working day for a solidarity day.
		with self.freeze_time("2026-05-22 16:00:00"):
			doc = self.new_request(received_on="2026-05-22 16:00:00")
		self.assertEqual(doc.response_by, dt("2026-05-26 10:00:00"))
		self.calendar.whit_monday_worked = 1
		self.calendar.save()
		with self.freeze_time("2026-05-22 16:00:00"):
			doc = self.new_request(received_on="2026-05-22 16:00:00")
		self.assertEqual(doc.response_by, dt("2026-05-25 10:00:00"))

	def test_exceptional_closures_are_not_counted(self):
		self.calendar.append("closures", {"from_datetime": "2026-03-02 14:00:00", "to_datetime": "2026-03-03 00:00:00", "reason": "Élections"})
		self.calendar.save()
		with self.freeze_time("2026-03-02 11:00:00"):
			doc = self.new_request(received_on="2026-03-02 11:00:00")
		self.assertEqual(doc.response_by, dt("2026-03-03 10:00:00"))

	def test_waiting_for_the_citizen_pauses_the_clock_and_resuming_extends_the_deadline(self):
		with self.freeze_time(MONDAY_10):
			doc = self.new_request(received_on=MONDAY_10)
			move(doc, "Open")
		with self.freeze_time("2026-03-02 11:00:00"):
			move(doc, "Waiting for Citizen")
			self.assertEqual(doc.agreement_status, "Paused")
		with self.freeze_time("2026-03-03 09:00:00"):  # paused for Mon 11–12 and 14–17: 4 working hours
			move(doc, "In Progress")
		self.assertEqual(doc.agreement_status, "Response Due")
		self.assertEqual(doc.paused_seconds, 4 * 3600)
		self.assertEqual(doc.response_by, dt("2026-03-03 10:00:00"))
		self.assertEqual(doc.resolution_by, dt("2026-03-04 12:00:00"))  # Tue 16:00 + 4 h: Tue 16–17, Wed 9–12

	def test_resolving_fulfils_and_reopening_resumes_the_clock(self):
		with self.freeze_time(MONDAY_10):
			doc = self.new_request(received_on=MONDAY_10)
			move(doc, "Open", "In Progress")
		with self.freeze_time("2026-03-02 11:00:00"):
			move(doc, "Resolved")
		self.assertEqual(doc.agreement_status, "Fulfilled")
		self.assertEqual(doc.resolved_on, dt("2026-03-02 11:00:00"))
		with self.freeze_time("2026-03-03 09:00:00"):
			move(doc, "In Progress")
		self.assertEqual(doc.agreement_status, "Resolution Due")
		self.assertIsNone(doc.resolved_on)
		# 1 h used before the resolution; 9 h left from Tue 09:00: Tue 9–12, 14–17, Wed 9–12
		self.assertEqual(doc.resolution_by, dt("2026-03-04 12:00:00"))

	def test_first_reply_to_the_citizen_fulfils_the_response_target(self):
		with self.freeze_time(MONDAY_10):
			doc = self.new_request(received_on=MONDAY_10, reporter_email="citoyen@example.fr")
		with self.freeze_time("2026-03-02 11:30:00"):
			frappe.get_doc(
				{
					"doctype": "Communication",
					"communication_type": "Communication",
					"communication_medium": "Email",
					"sent_or_received": "Sent",
					"subject": "Réponse",
					"content": "Nous intervenons demain.",
					"reference_doctype": "Citizen Request",
					"reference_name": doc.name,
				}
			).insert(ignore_permissions=True)
		doc.reload()
		self.assertEqual(doc.first_responded_on, dt("2026-03-02 11:30:00"))
		self.assertEqual(doc.agreement_status, "Resolution Due")

	def test_changing_the_type_applies_the_other_policy(self):
		other_type = make_request_type(service=self.service.name)
		other = make_policy(other_type.name, self.calendar.name, response_time=6 * 3600)
		frappe.cache.delete_value("citizen_relation:sla_policies")
		with self.freeze_time(MONDAY_10):
			doc = self.new_request(received_on=MONDAY_10)
			doc.reload()
			doc.request_type = other_type.name
			doc.save()
		self.assertEqual(doc.sla_policy, other.name)
		self.assertEqual(doc.response_by, dt("2026-03-03 10:00:00"))  # 6 h: Mon 10–12, 14–17, Tue 9–10

	def test_calendar_day_targets_ignore_opening_hours(self):
		self.policy.resolution_target_type = "Calendar days"
		self.policy.resolution_days = 30
		self.policy.save()
		with self.freeze_time(MONDAY_10):
			doc = self.new_request(received_on=MONDAY_10)
		self.assertEqual(doc.resolution_by, dt("2026-04-01 10:00:00"))

	def test_missed_deadline_turns_failed_when_the_job_runs(self):
		with self.freeze_time(MONDAY_10):
			doc = self.new_request(received_on=MONDAY_10)
		with self.freeze_time("2026-03-02 14:30:00"):
			recompute_open_requests(publish=False)
		doc.reload()
		self.assertEqual(doc.agreement_status, "Failed")


class TestSLAAlerts(SLATestCase):
	def logs(self, doc):
		return frappe.get_all("SLA Alert Log", filters={"request": doc.name}, fields=["target", "kind", "threshold"], order_by="creation asc")

	def test_warnings_go_out_once_per_threshold_and_breaches_once(self):
		with self.freeze_time(MONDAY_10):
			doc = self.new_request(received_on=MONDAY_10)
		# 75 % of the 2 h response target: 11:30
		self.assertEqual(doc.next_alert_on, dt("2026-03-02 11:30:00"))
		with self.freeze_time("2026-03-02 11:00:00"):
			send_sla_alerts()
		self.assertEqual(self.logs(doc), [])
		with self.freeze_time("2026-03-02 11:31:00"):
			send_sla_alerts()
			send_sla_alerts()
		self.assertEqual([(l.target, l.kind) for l in self.logs(doc)], [("Response", "Warning")])
		with self.freeze_time("2026-03-02 14:01:00"):  # past 12:00: breached
			send_sla_alerts()
			send_sla_alerts()
		self.assertEqual(
			[(l.target, l.kind) for l in self.logs(doc)], [("Response", "Warning"), ("Response", "Breach")]
		)
		doc.reload()
		self.assertEqual(doc.agreement_status, "Failed")
		self.assertIn("response:breach", doc.sla_alerts_sent)

	def test_alerts_notify_assignees_and_the_supervisor(self):
		with self.freeze_time(MONDAY_10):
			doc = self.new_request(received_on=MONDAY_10)
		with self.freeze_time("2026-03-02 14:01:00"):
			sent = process_alerts(doc.name)
		self.assertEqual(sent, ["response:breach"])  # a late run skips the stale warning
		log = frappe.get_all("SLA Alert Log", filters={"request": doc.name}, fields=["kind", "recipients"])
		self.assertEqual([l.kind for l in log], ["Breach"])
		self.assertIn(self.agent, log[0].recipients)

	def test_no_alerts_while_waiting_for_the_citizen(self):
		with self.freeze_time(MONDAY_10):
			doc = self.new_request(received_on=MONDAY_10)
			move(doc, "Open", "Waiting for Citizen")
		self.assertIsNone(doc.next_alert_on)
		with self.freeze_time("2026-03-05 10:00:00"):
			send_sla_alerts()
		self.assertEqual(self.logs(doc), [])


class TestRecompute(SLATestCase):
	def test_a_calendar_change_is_applied_to_open_requests_in_the_background_job(self):
		with self.freeze_time(MONDAY_10):
			doc = self.new_request(received_on=MONDAY_10)
		self.calendar.slots = [row for row in self.calendar.slots if row.start_time != "14:00:00"]
		self.calendar.append("slots", {"weekday": "Monday", "start_time": "13:00:00", "end_time": "18:00:00"})
		with self.freeze_time(MONDAY_10):
			self.calendar.save()
			count = recompute_open_requests(publish=False)
		self.assertGreaterEqual(count, 1)
		doc.reload()
		self.assertEqual(doc.response_by, dt("2026-03-02 12:00:00"))
		self.assertEqual(doc.resolution_by, dt("2026-03-03 12:00:00"))  # Mon 10–12, 13–18 (7 h), Tue 9–12

	def test_bad_calendars_are_refused_with_a_clear_error(self):
		for slots in ([("Monday", "12:00:00", "09:00:00")], [("Monday", "09:00:00", "12:00:00"), ("Monday", "11:00:00", "13:00:00")], []):
			with self.subTest(slots=slots), self.assertRaises(frappe.ValidationError):
				make_calendar(slots=slots)
		with self.assertRaises(frappe.ValidationError):
			make_calendar(time_zone="Europe/Lutece")

	def test_policies_need_a_target(self):
		with self.assertRaises(frappe.ValidationError):
			make_policy(self.request_type.name, self.calendar.name, response_time=0, resolution_time=0)


class TestMergedRequestsDeadlines(SLATestCase):
	def test_a_merged_report_leaves_its_deadlines_to_the_master_and_gets_them_back_when_unmerged(self):
		from citizen_relation.duplicates.merging import merge, unmerge

		with self.freeze_time(MONDAY_10):
			master = self.new_request(received_on=MONDAY_10)
			report = self.new_request(received_on=MONDAY_10)
			merge(report.name, master.name)
		report.reload()
		self.assertEqual(report.status, "Merged")
		self.assertIsNone(report.sla_policy)
		self.assertIsNone(report.next_alert_on)
		self.assertEqual(report.status_history[-1].status, "Merged")
		with self.freeze_time("2026-03-05 10:00:00"):
			send_sla_alerts()
		self.assertFalse(frappe.db.exists("SLA Alert Log", {"request": report.name}))
		with self.freeze_time("2026-03-02 11:00:00"):
			unmerge(report.name)
		report.reload()
		self.assertEqual(report.status, "New")
		self.assertEqual(report.sla_policy, self.policy.name)
		# the clock stood still while the report was merged (10:00–11:00): 2 h from 11:00 = 11–12, 14–15
		self.assertEqual(report.response_by, dt("2026-03-02 15:00:00"))


class TestParallelRecompute(FrappeTestCase):
	"""A large recompute is shared between worker processes. They connect to the site on their
	own, so they only see committed rows: this test commits its rows and deletes them after."""

	def setUp(self):
		policy = next((row for row in get_policy_rows() if row.get("request_type") and not row.get("condition")), None)
		if policy is None:
			self.skipTest("no seeded SLA policy for a request type on this site")
		self.request_type = policy["request_type"]
		self.prefix = f"PARALLEL-{frappe.generate_hash(length=6)}-"
		now = frappe.utils.now_datetime()
		fields = ["name", "naming_series", "subject", "request_type", "status", "priority", "channel", "received_on",
			"tracking_token", "creation", "modified", "owner", "modified_by", "docstatus", "idx"]
		rows = [
			(f"{self.prefix}{i}", "DEM-.YYYY.-.######", f"Demande {i}", self.request_type, "In Progress", "Medium", "Phone",
				frappe.utils.add_to_date(now, hours=-7 * i), f"{self.prefix}{i}", now, now, "Administrator", "Administrator", 0, 0)
			for i in range(5)
		]
		frappe.db.bulk_insert("Citizen Request", fields, rows)
		frappe.db.commit()
		self.names = [row[0] for row in rows]
		self.addCleanup(self.delete_rows)

	def delete_rows(self):
		frappe.db.rollback()
		frappe.db.delete("Citizen Request", {"name": ("like", f"{self.prefix}%")})
		frappe.db.commit()

	def test_worker_processes_store_what_one_process_computes_and_report_progress(self):
		now = frappe.utils.now_datetime()
		with patch.object(jobs, "CHUNK", 2), patch.object(frappe, "publish_progress") as progress:
			self.assertEqual(jobs.recompute_requests(self.names, now, publish=True, processes=2), 5)
		self.assertEqual(progress.call_args.args[0], 100)
		rows = frappe.get_all(
			"Citizen Request",
			filters={"name": ("in", self.names)},
			fields=["name", "request_type", "category", "priority", "service", "channel", "status", "received_on",
				"first_responded_on", "merged_into", *SLA_FIELDS],
		)
		policies = core_policies()
		for row in rows:
			with self.subTest(request=row.name):
				self.assertIsNotNone(row.sla_policy)
				expected = sla_values(dict(row, sla_policy=None, sla_alerts_sent=None), now, policies)
				self.assertEqual({field: row.get(field) for field in expected}, expected)

	def test_small_recomputes_and_tests_stay_in_one_process(self):
		self.assertEqual(jobs.recompute_processes(jobs.PARALLEL_FROM - 1), 1)
		self.assertEqual(jobs.recompute_processes(10 * jobs.PARALLEL_FROM), 1)  # inside tests
		with patch.dict(frappe.flags, {"in_test": False}):
			self.assertEqual(jobs.recompute_processes(jobs.PARALLEL_FROM - 1), 1)
			with patch.dict(frappe.local.conf, {"sla_recompute_processes": 1}):
				self.assertEqual(jobs.recompute_processes(10 * jobs.PARALLEL_FROM), 1)
			self.assertEqual(jobs.recompute_processes(10 * jobs.PARALLEL_FROM), min(2, os.cpu_count()))
