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
	make_agent,
	make_article,
	make_calendar,
	make_manager,
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
			self.a = make_request(
				self.type.name, channel="Phone", received_on="2026-03-02 10:00:00", address="12 rue de la Paix, 69002 Lyon",
				latitude=45.7578123, longitude=4.8320456, reporter_name="Jeanne Martin", reporter_email="jeanne.martin@example.org",
			)
			self.b = make_request(
				self.type.name, channel="E-mail", received_on="2026-03-02 10:00:00", address="3 bis rue de la Paix",
				reporter_email="paul.durand@example.org",
			)
			self.c = make_request(self.type.name, channel="Phone", received_on="2026-03-02 10:00:00", address="rue de la Paix")
			move(self.a, "Open", "In Progress")
			record_usage(self.a.name, "article", article.name)
			merging.merge(self.c.name, self.a.name, as_system=True)
		with self.freeze_time("2026-03-02 11:00:00"):
			move(self.a, "Resolved")
		with self.freeze_time("2026-03-02 12:00:00"):
			record_rating(self.a.name, 5, "Très rapide, merci !")
		with self.freeze_time("2026-03-03 09:00:00"):
			self.d = make_request(
				self.type.name, channel="Counter", received_on="2026-03-03 09:00:00", address="1 place Bellecour, 69002 Lyon"
			)
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
		total = charts.volume_over_time(sf, "Weekly", "Total")
		self.assertEqual(len(total["datasets"]), 1)
		self.assertEqual(total["datasets"][0]["values"], [sum(v) for v in zip(*(d["values"] for d in volume["datasets"]), strict=True)])
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


class TestReports(QualityDataSet):
	def run_report(self, name, filters):
		from frappe.desk.query_report import run

		result = run(name, filters=filters, ignore_prepared_report=True)
		return result["columns"], result["result"]

	def test_quality_statistics_report(self):
		_columns, rows = self.run_report(
			"Quality Statistics", {"from_date": "2026-03-01", "to_date": "2026-03-31", "service": self.service.name}
		)
		self.assertEqual(len(rows), 1)
		row = rows[0]
		self.assertEqual((row["received"], row["merged"], row["handled"], row["resolved"]), (4, 1, 3, 2))
		self.assertEqual((row["first_contact"], row["reopened"], row["csat"], row["resolution_on_time"]), (50.0, 50.0, 50.0, 50.0))
		self.assertEqual((row["ratings"], row["average_rating"]), (2, 3.5))
		_columns, by_channel = self.run_report(
			"Quality Statistics",
			{"from_date": "2026-03-01", "to_date": "2026-03-31", "service": self.service.name, "group_by": "Channel", "time_interval": "Whole period"},
		)
		self.assertEqual({r["group"]: r["received"] for r in by_channel}, {"Phone": 2, "E-mail": 1, "Counter": 1})

	def test_monthly_quality_figures_report(self):
		_columns, rows = self.run_report("Monthly Quality Figures", {"month": "2026-03-15", "service": self.service.name})
		by_label = {r["indicator"]: r for r in rows}
		self.assertEqual(by_label["Requests received"]["current"], 4)
		self.assertEqual(by_label["Requests received"]["previous"], 0)
		self.assertEqual(by_label["Satisfied citizens (rated 4 or 5)"]["current"], 50.0)
		self.assertEqual(by_label["Average rating (out of 5)"]["current"], 3.5)

	def test_citizen_satisfaction_report(self):
		_columns, rows = self.run_report(
			"Citizen Satisfaction",
			{"from_date": "2026-03-01", "to_date": "2026-03-31", "service": self.service.name, "group_by": "Channel", "time_interval": "Whole period"},
		)
		by_channel = {r["group"]: r for r in rows}
		self.assertEqual((by_channel["Phone"]["ratings"], by_channel["Phone"]["csat"]), (1, 100.0))
		self.assertEqual((by_channel["E-mail"]["ratings"], by_channel["E-mail"]["dissatisfied"]), (1, 1))

	def test_recurring_issues_by_street(self):
		_columns, rows = self.run_report(
			"Recurring Issues by Street", {"from_date": "2026-03-01", "to_date": "2026-03-31", "service": self.service.name}
		)
		top = rows[0]
		self.assertEqual((top["street"], top["reports"], top["requests"], top["open"]), ("rue de la Paix", 3, 2, 0))
		self.assertEqual(rows[1]["street"], "place Bellecour")
		with self.assertRaises(frappe.ValidationError):
			self.run_report("Recurring Issues by Street", {"from_date": "2024-01-01", "to_date": "2026-03-31"})


class TestMonthlyReport(QualityDataSet):
	def test_the_report_keeps_a_snapshot_and_prints_real_text(self):
		from citizen_relation.stats import monthly

		with self.freeze_time("2026-04-03 08:00:00"):
			report = monthly.create_report("2026-03-10", self.service.name)
		self.assertEqual(str(report.month), "2026-03-01")
		self.assertIn("March 2026", report.title)
		html = frappe.get_print("Quality Report", report.name, monthly.PRINT_FORMAT, doc=report)
		self.assertIn("4 requests were received", html)
		self.assertIn("rue de la Paix", html)
		self.assertIn("Trois jours pour &lt;b&gt;rien&lt;/b&gt;", html, "comments escaped")
		self.assertNotIn("Jeanne", html)
		self.assertIn("<svg", html)
		report.reload()
		report.figures = "{}"
		report.save()
		self.assertIn("comparisons", frappe.db.get_value("Quality Report", report.name, "figures"), "figures written over REST are recomputed")

	def test_without_a_pdf_the_report_goes_in_the_message(self):
		from unittest.mock import patch

		from citizen_relation.stats import monthly

		report = monthly.create_report("2026-03-10", self.service.name)
		real_get_print = frappe.get_print

		def get_print(*args, as_pdf=False, **kwargs):
			if as_pdf:
				raise OSError("wkhtmltopdf reported an error")
			return real_get_print(*args, **kwargs)

		with patch("frappe.get_print", side_effect=get_print):
			monthly.send_report(report, ["maire@example.org"])
		queued = frappe.get_last_doc("Email Queue", filters={"reference_name": report.name})
		self.assertIn("rue de la Paix", queued.message)

	def test_the_monthly_sending_creates_and_mails_each_report_once(self):
		from citizen_relation.stats import monthly

		settings = frappe.get_single("Quality Settings")
		settings.monthly_report_enabled = 1
		settings.send_on_day = 2
		settings.set("recipients", [{"email": "maire@example.org"}, {"email": "chef.voirie@example.org", "service": self.service.name}])
		settings.save()
		with self.freeze_time("2026-04-01 06:00:00"):
			self.assertEqual(monthly.send_monthly_reports(), [], "not before the day set")
		from unittest.mock import patch

		real_get_print = frappe.get_print

		def get_print(*args, as_pdf=False, **kwargs):
			# wkhtmltopdf needs the site served to fetch its styles: the PDF itself is stubbed here
			return b"%PDF-1.4 quality report" if as_pdf else real_get_print(*args, **kwargs)

		with self.freeze_time("2026-04-02 06:00:00"), patch("frappe.get_print", side_effect=get_print):
			sent = monthly.send_monthly_reports()
			self.assertEqual(len(sent), 2)
			self.assertEqual(monthly.send_monthly_reports(), [], "once a month")
		services = {frappe.db.get_value("Quality Report", name, "service") for name in sent}
		self.assertEqual(services, {None, self.service.name})
		queued = frappe.get_all(
			"Email Queue", filters={"reference_doctype": "Quality Report", "reference_name": ("in", sent)}, pluck="name"
		)
		self.assertEqual(len(queued), 2)
		self.assertEqual(str(frappe.db.get_single_value("Quality Settings", "last_sent_month")), "2026-03-01")


class TestTransparency(QualityDataSet):
	def test_processing_times_are_published_per_public_type_above_the_threshold(self):
		from citizen_relation.stats import transparency

		frappe.db.set_single_value("Quality Settings", "min_requests_to_publish", 3)
		with self.freeze_time("2026-03-20 12:00:00"):
			row = next(t for t in transparency.processing_times()["types"] if t["request_type"] == self.type.name)
			self.assertEqual((row["resolved"], row["published"], row["median"]), (2, False, None))
			frappe.db.set_single_value("Quality Settings", "min_requests_to_publish", 2)
			row = next(t for t in transparency.processing_times()["types"] if t["request_type"] == self.type.name)
		self.assertTrue(row["published"])
		self.assertTrue(3600 * 0.9 < row["median"] < 72 * 3600)
		frappe.db.set_value("Request Type", self.type.name, "is_public", 0)
		frappe.clear_document_cache("Request Type", self.type.name)
		with self.freeze_time("2026-03-20 12:00:00"):
			names = [t["request_type"] for t in transparency.processing_times()["types"]]
		self.assertNotIn(self.type.name, names)

	def test_the_public_page_renders_for_guests(self):
		from frappe.website.serve import get_response

		frappe.set_user("Guest")
		try:
			response = get_response("transparence")
		finally:
			frappe.set_user("Administrator")
		self.assertEqual(response.status_code, 200)
		self.assertIn("Processing times", response.get_data(as_text=True))


class TestOpenData(QualityDataSet):
	def test_the_export_holds_no_personal_data_and_rounds_coordinates(self):
		import csv
		import json
		import os

		from citizen_relation.stats import opendata

		with self.freeze_time("2026-04-02 10:00:00"):
			result = opendata.publish(years=1)
		folder = opendata.folder_path()
		with open(os.path.join(folder, opendata.CSV), encoding="utf-8") as f:
			rows = [r for r in csv.DictReader(f) if r["type"] == self.type.name]
		self.assertEqual({r["reference"] for r in rows}, {self.a.name, self.b.name, self.d.name}, "merged reports are counted in their master")
		a = next(r for r in rows if r["reference"] == self.a.name)
		self.assertEqual((a["latitude"], a["longitude"], a["rue"], a["signalements"]), ("45.758", "4.832", "rue de la Paix", "2"))
		with open(os.path.join(folder, opendata.CSV), encoding="utf-8") as f:
			content = f.read()
		with open(os.path.join(folder, opendata.GEOJSON), encoding="utf-8") as f:
			geojson = json.load(f)
		for personal in ("Jeanne", "Martin", "jeanne.martin@example.org", "paul.durand", "12 rue", "3 bis", "Lampadaire"):
			self.assertNotIn(personal, content)
			self.assertNotIn(personal, json.dumps(geojson, ensure_ascii=False))
		feature = next(f for f in geojson["features"] if f["properties"]["reference"] == self.a.name)
		self.assertEqual(feature["geometry"]["coordinates"], [4.832, 45.758])
		with open(os.path.join(folder, opendata.SCHEMA), encoding="utf-8") as f:
			schema = json.load(f)
		self.assertEqual([c["name"] for c in schema["fields"]], list(__import__("citizen_relation.core.opendata", fromlist=["x"]).COLUMN_NAMES))
		self.assertGreaterEqual(result["rows"], 3)
		self.assertEqual(frappe.db.get_single_value("Quality Settings", "opendata_csv"), "/files/donnees-ouvertes/demandes.csv")

	def test_only_managers_publish(self):
		from citizen_relation.api import quality

		frappe.set_user(make_supervisor())
		try:
			with self.assertRaises(frappe.PermissionError):
				quality.publish_open_data()
		finally:
			frappe.set_user("Administrator")


class TestEndpoints(QualityDataSet):
	def test_guests_get_no_figures(self):
		from citizen_relation.api import stats as api

		frappe.set_user("Guest")
		try:
			for call in (api.card_received, api.card_backlog, lambda: api.breakdown(filters={}), lambda: api.map_cells()):
				with self.assertRaises(frappe.PermissionError):
					call()
		finally:
			frappe.set_user("Administrator")

	def test_cards_and_sources_answer_as_the_workspace_calls_them(self):
		import json

		from citizen_relation.api import stats as api

		filters = json.dumps({"period": "Date range", "from_date": "2026-03-01", "to_date": "2026-03-31", "service": self.service.name})
		self.assertEqual(api.card_received(filters=filters)["value"], 4)
		self.assertEqual(api.card_merged(filters=filters)["value"], 1)
		chart = api.volume_over_time(
			chart_name="Requests by Channel over Time", filters=json.dumps({"group_by": "Channel", "service": self.service.name}),
			timespan="Select Date Range", from_date="2026-03-01", to_date="2026-03-31", time_interval="Monthly",
		)
		self.assertEqual(chart["labels"], ["Mar 2026"])
		cells = api.map_cells(filters=filters, south=45.7, west=4.8, north=45.8, east=4.9, zoom=14)
		self.assertEqual(cells["total"], 1, "one located request, merged ones left out")
		self.assertEqual(cells["points"][0]["name"], self.a.name)


class TestWorkspace(FrappeTestCase):
	def test_every_card_and_chart_of_the_workspace_shows_for_each_citizen_relation_role(self):
		"""Frappe shows a Custom card or chart to users who are not System Managers only when its
		document type is readable: without one, supervisors and agents saw an empty dashboard."""
		import json

		from frappe.desk.desktop import get_desktop_page

		workspace = frappe.get_doc("Workspace", "Citizen Relation")
		expected_cards = {row.number_card_name for row in workspace.number_cards}
		expected_charts = {row.chart_name for row in workspace.charts}
		self.assertGreater(len(expected_cards), 10)
		for user in (make_agent(), make_supervisor(), make_manager()):
			frappe.set_user(user)
			try:
				page = get_desktop_page(json.dumps({"name": workspace.name, "title": workspace.title, "public": 1}))
			finally:
				frappe.set_user("Administrator")
			charts = {c.chart_name for c in page["charts"]["items"]}
			self.assertEqual(len(page["number_cards"]["items"]), len(expected_cards), user)
			self.assertEqual(charts, expected_charts, user)
