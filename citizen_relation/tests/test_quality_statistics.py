"""Quality statistics on a small known data set: the daily aggregate, the dashboard's cards and
charts, the reports, and the follow-up of dissatisfied citizens."""

from __future__ import annotations

from datetime import date

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.core import stats as core
from citizen_relation.duplicates import merging
from citizen_relation.knowledge.usage import record_usage
from citizen_relation.satisfaction.ratings import record_rating
from citizen_relation.stats import charts, daily, queries
from citizen_relation.tests.factories import (
	make_article,
	make_calendar,
	make_policy,
	make_request,
	make_request_type,
	make_service,
	make_supervisor,
	make_user,
	move,
)

MARCH = core.Period(date(2026, 3, 1), date(2026, 4, 1))
DAYS = [date(2026, 3, d) for d in range(1, 8)]


class QualityDataSet(FrappeTestCase):
	"""Four requests of one service in the first week of March 2026 (Monday 2 March):

	- A (phone) received Monday 10:00, resolved 11:00 the same morning with an article's help,
	  rated 5 with a comment;
	- B (e-mail) received Monday 10:00, resolved Wednesday 11:00 (late), reopened Thursday 9:30,
	  resolved again Thursday 10:00, rated 2 with a comment;
	- C (phone) received Monday 10:00, merged into A;
	- D (counter) received Tuesday 09:00, still new (overdue).
	Deadlines: answer within 2 working hours, resolve within 3 (Mon–Fri 9–12, 14–17).
	"""

	def setUp(self):
		self.supervisor = make_supervisor()
		self.service = make_service(supervisor=self.supervisor)
		self.type = make_request_type(service=self.service.name)
		make_policy(self.type.name, make_calendar().name, response_time=2 * 3600, resolution_time=3 * 3600)
		frappe.cache.delete_value("citizen_relation:sla_policies")
		article = make_article(request_types=[self.type.name])
		with self.freeze_time("2026-03-02 10:00:00"):
			self.a = make_request(self.type.name, channel="Phone", received_on="2026-03-02 10:00:00")
			self.b = make_request(self.type.name, channel="E-mail", received_on="2026-03-02 10:00:00")
			self.c = make_request(self.type.name, channel="Phone", received_on="2026-03-02 10:00:00")
			move(self.a, "Open", "In Progress")
			record_usage(self.a.name, "article", article.name)
			merging.merge(self.c.name, self.a.name, as_system=True)
		with self.freeze_time("2026-03-02 11:00:00"):
			move(self.a, "Resolved")
		with self.freeze_time("2026-03-02 12:00:00"):
			record_rating(self.a.name, 5, "Très rapide, merci !")
		with self.freeze_time("2026-03-03 09:00:00"):
			self.d = make_request(self.type.name, channel="Counter", received_on="2026-03-03 09:00:00")
		with self.freeze_time("2026-03-04 11:00:00"):
			move(self.b, "Open", "In Progress", "Resolved")
		with self.freeze_time("2026-03-05 09:30:00"):
			move(self.b, "In Progress")
		with self.freeze_time("2026-03-05 10:00:00"):
			move(self.b, "Resolved")
		with self.freeze_time("2026-03-05 12:00:00"):
			self.rating_b = record_rating(self.b.name, 2, "Trois jours pour <b>rien</b>")
		daily.recompute_days(DAYS, commit=False)

	def filters(self, **values):
		return queries.parse_filters({"service": self.service.name, **values}, period=MARCH)


class TestDailyAggregate(QualityDataSet):
	def test_changes_mark_the_days_they_count_for_as_dirty(self):
		self.assertTrue({"2026-03-02", "2026-03-03", "2026-03-05"} <= set(daily.dirty_days()))

	def test_figures_of_the_month(self):
		f = queries.figures(self.filters())
		self.assertEqual((f.received, f.merged, f.handled), (4, 1, 3))
		self.assertEqual((f.resolved_once, f.first_contact, f.reopened), (2, 1, 1))
		self.assertEqual((f.responded, f.response_on_time, f.response_late), (2, 1, 1))
		self.assertEqual((f.resolved, f.resolution_on_time, f.resolution_late), (2, 1, 1))
		self.assertEqual(f.knowledge_assisted, 1)
		self.assertEqual((f.ratings, f.rating_sum, f.rating_5, f.rating_2, f.rating_comments), (2, 7, 1, 1, 2))
		self.assertEqual((f.csat, f.first_contact_rate, f.reopen_rate, f.rating_response_rate), (0.5, 0.5, 0.5, 1.0))
		# response times: A 1 h (its resolution), B 49 h; resolution times: A 1 h, B 72 h (current resolution)
		self.assertEqual(f.response_seconds, (1 + 49) * 3600)
		self.assertEqual(f.resolution_seconds, (1 + 72) * 3600)
		self.assertEqual(f.resolution_histogram.total, 2)

	def test_days_and_groups(self):
		by_day = queries.figures_by(self.filters(), None, "Daily", histograms=False)
		self.assertEqual(by_day[(date(2026, 3, 2), None)].received, 3)
		self.assertEqual(by_day[(date(2026, 3, 3), None)].received, 1)
		self.assertEqual(by_day[(date(2026, 3, 5), None)].resolved, 1)
		by_channel = queries.figures_by(self.filters(), "channel", histograms=False)
		self.assertEqual(by_channel[(None, "Phone")].received, 2)
		self.assertEqual(by_channel[(None, "Phone")].merged, 1)
		self.assertEqual(by_channel[(None, "E-mail")].reopened, 1)

	def test_recomputing_a_day_replaces_its_rows(self):
		before = frappe.db.count(daily.DOCTYPE, {"service": self.service.name})
		daily.recompute_days(DAYS, commit=False)
		self.assertEqual(frappe.db.count(daily.DOCTYPE, {"service": self.service.name}), before)
		frappe.delete_doc("Citizen Request", self.d.name, force=True, ignore_permissions=True)
		daily.recompute_days([date(2026, 3, 3)], commit=False)
		self.assertEqual(queries.figures(self.filters()).received, 3)

	def test_backlog_by_age_is_live(self):
		with self.freeze_time("2026-03-06 12:00:00"):
			backlog = queries.backlog(self.filters())
		self.assertEqual((backlog.total, backlog.overdue, backlog.paused), (1, 1, 0))
		self.assertEqual(backlog.by_age[1]["overdue"], 1, "received 3 days before: the 3–7 days class")

	def test_a_filter_on_another_service_sees_nothing(self):
		other = make_service()
		f = queries.figures(queries.parse_filters({"service": other.name}, period=MARCH))
		self.assertTrue(f.is_empty())


class TestDashboard(QualityDataSet):
	def test_number_cards(self):
		sf = self.filters()
		self.assertEqual(charts.card("received", sf)["value"], 4)
		self.assertEqual(charts.card("merged", sf)["value"], 1)
		self.assertEqual(charts.card("csat", sf)["value"], 50.0)
		self.assertEqual(charts.card("first_contact", sf)["value"], 50.0)
		self.assertEqual(charts.card("reopened", sf)["value"], 50.0)
		self.assertEqual(charts.card("knowledge", sf)["value"], 50.0)
		self.assertEqual(charts.card("resolution_on_time", sf)["value"], 50.0)
		self.assertEqual(charts.card("received", sf)["route"], ["query-report", "Quality Statistics"])
		self.assertRegex(charts.card("median_resolution", sf), r"\d")

	def test_charts(self):
		sf = self.filters()
		volume = charts.volume_over_time(sf, "Weekly", "Channel")
		totals = {d["name"]: sum(d["values"]) for d in volume["datasets"]}
		self.assertEqual(totals, {"Phone": 2, "E-mail": 1, "Counter": 1})
		split = charts.breakdown(sf, "Category")
		self.assertEqual(split["datasets"][0]["values"], [4])
		distribution = charts.time_distribution(sf, "Resolution time")
		self.assertEqual(distribution["datasets"][0]["values"], [0, 1, 0, 1, 0, 0, 0, 0])
		trend = charts.indicator_trend(sf, "Monthly", "First contact and reopening")
		self.assertEqual([d["values"] for d in trend["datasets"]], [[50.0], [50.0]])
		ratings = charts.rating_distribution(sf)
		self.assertEqual(ratings["datasets"][0]["values"], [0, 1, 0, 0, 1])
		with self.freeze_time("2026-03-06 12:00:00"):
			backlog = charts.backlog_by_age(sf)
		self.assertEqual(sum(sum(d["values"]) for d in backlog["datasets"]), 1)

	def test_bad_filters_are_refused_with_a_message(self):
		with self.assertRaises(frappe.DoesNotExistError):
			queries.parse_filters({"service": "No such service"})
		with self.assertRaises(frappe.ValidationError):
			queries.parse_filters({"period": "Date range", "from_date": "2026-03-10", "to_date": "2026-03-01"})
		with self.assertRaises(frappe.ValidationError):
			queries.parse_filters({"channel": "Carrier pigeon"})
		with self.assertRaises(frappe.ValidationError):
			charts.volume_over_time(self.filters(), "Hourly", "Channel")

	def test_an_agent_restricted_to_their_services_sees_only_their_figures(self):
		frappe.db.set_single_value("Citizen Relation Settings", "restrict_agents_to_their_services", 1)
		frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")
		agent = make_user()
		make_service(members=[agent])
		frappe.set_user(agent)
		try:
			self.assertTrue(queries.figures(queries.parse_filters({}, period=MARCH)).is_empty())
			with self.assertRaises(frappe.PermissionError):
				queries.parse_filters({"service": self.service.name}, period=MARCH)
		finally:
			frappe.set_user("Administrator")
			frappe.local.flags.pop("citizen_relation_services_of_user", None)
			frappe.db.set_single_value("Citizen Relation Settings", "restrict_agents_to_their_services", 0)
			frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")


class TestDissatisfactionFollowUp(QualityDataSet):
	def test_a_rating_of_two_opens_a_task_for_the_supervisor_with_the_comment(self):
		rating = frappe.get_doc("Request Satisfaction", self.rating_b)
		self.assertTrue(rating.follow_up_todo)
		todo = frappe.get_doc("ToDo", rating.follow_up_todo)
		self.assertEqual(todo.allocated_to, self.supervisor)
		self.assertEqual((todo.reference_type, todo.reference_name), ("Request Satisfaction", rating.name))
		self.assertIn("Trois jours pour &lt;b&gt;rien&lt;/b&gt;", todo.description, "the comment, escaped")
		self.assertIn(self.b.name, todo.description)
		self.assertEqual(rating.follow_up_status, "Open")

	def test_a_good_rating_opens_no_task(self):
		rating = frappe.get_doc("Request Satisfaction", {"request": self.a.name})
		self.assertFalse(rating.follow_up_todo)
		self.assertFalse(frappe.db.exists("ToDo", {"reference_name": rating.name}))

	def test_without_a_supervisor_the_managers_follow_up(self):
		from citizen_relation.satisfaction.followup import follow_up_users

		manager = make_user(("Citizen Relation Manager",))
		self.assertEqual(follow_up_users(self.service.name), [self.supervisor])
		self.assertIn(manager, follow_up_users(make_service().name))
