"""Frappe's generic endpoints, reports and child tables follow the request list's rule (issue 8, findings 2 and 6)."""

from __future__ import annotations

import json

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.tests.endpoints import call, make_citizen, outcome
from citizen_relation.tests.factories import (
	make_agent,
	make_duplicate_type,
	make_report,
	make_request,
	make_request_type,
	make_service,
	make_user,
)

SECRET = "victime.secrete@example.fr"


class RestrictedAgentsCase(FrappeTestCase):
	def setUp(self):
		frappe.db.set_single_value("Citizen Relation Settings", "restrict_agents_to_their_services", 1)
		frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")
		frappe.local.flags.pop("citizen_relation_services_of_user", None)
		self.agent_a, self.agent_b = make_agent(), make_agent()
		self.service_a = make_service(members=[self.agent_a])
		self.service_b = make_service(members=[self.agent_b])
		self.type_a = make_request_type(service=self.service_a.name).name
		self.type_b = make_request_type(service=self.service_b.name).name
		self.request_a = make_request(self.type_a, subject="Demande du service A")
		self.request_b = make_request(self.type_b, subject="Demande confidentielle B", reporter_email=SECRET)
		self.citizen, _contact = make_citizen()

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.local.flags.pop("citizen_relation_services_of_user", None)


class TestGenericEndpoints(RestrictedAgentsCase):
	def leaks(self, result) -> bool:
		return SECRET in json.dumps(result, default=str) or self.request_b.name in json.dumps(result, default=str)

	def test_get_count_counts_only_what_the_caller_may_list(self):
		filters = json.dumps({"reporter_email": ["like", "victime%"]})
		self.assertEqual(call("frappe.client.get_count", self.agent_a, doctype="Citizen Request", filters=filters), 0)
		self.assertEqual(call("frappe.client.get_count", self.agent_b, doctype="Citizen Request", filters=filters), 1)
		status, _e = outcome("frappe.client.get_count", self.citizen, doctype="Citizen Request", filters=filters)
		self.assertEqual(status, "refused")
		status, _e = outcome("frappe.client.get_count", "Guest", doctype="Citizen Request", filters=filters)
		self.assertEqual(status, "refused")

	def test_get_count_of_child_rows_is_refused(self):
		status, _e = outcome("frappe.client.get_count", self.citizen, doctype="Citizen Request Status Change")
		self.assertEqual(status, "refused")

	def test_get_list_and_get_value_apply_the_rule(self):
		rows = call("frappe.client.get_list", self.agent_a, http_method="GET", doctype="Citizen Request", fields=["name", "reporter_email"], limit_page_length=0)
		self.assertFalse(self.leaks(rows))
		value = call("frappe.client.get_value", self.agent_a, http_method="GET", doctype="Citizen Request", fieldname="reporter_email", filters=json.dumps({"name": self.request_b.name}))
		self.assertFalse(self.leaks(value))
		for cmd in ("frappe.client.get_list", "frappe.client.get_value"):
			status, _e = outcome(cmd, self.citizen, http_method="GET", doctype="Citizen Request", fieldname="name")
			self.assertEqual(status, "refused", cmd)

	def test_reportview_applies_the_rule(self):
		args = dict(doctype="Citizen Request", fields=json.dumps(["`tabCitizen Request`.`name`", "`tabCitizen Request`.`reporter_email`"]), filters="[]")
		result = call("frappe.desk.reportview.get", self.agent_a, **args)
		self.assertFalse(self.leaks(result))
		self.assertEqual(call("frappe.desk.reportview.get_count", self.agent_a, doctype="Citizen Request", filters=json.dumps([["reporter_email", "=", SECRET]])), 0)
		status, _e = outcome("frappe.desk.reportview.get", self.citizen, **args)
		self.assertEqual(status, "refused")

	def test_group_by_counts_apply_the_rule(self):
		frappe.desk.form.assign_to.add({"assign_to": [self.agent_b], "doctype": "Citizen Request", "name": self.request_b.name}, ignore_permissions=True)
		filters = json.dumps({"reporter_email": SECRET})
		counts = call("frappe.desk.listview.get_group_by_count", self.agent_a, doctype="Citizen Request", current_filters=filters, field="assigned_to")
		self.assertEqual(counts, [])
		counts = call("frappe.desk.listview.get_group_by_count", self.agent_b, doctype="Citizen Request", current_filters=filters, field="assigned_to")
		self.assertEqual([c["name"] for c in counts], [self.agent_b])
		status, _e = outcome("frappe.desk.listview.get_group_by_count", self.citizen, doctype="Citizen Request", current_filters=filters, field="assigned_to")
		self.assertEqual(status, "refused")

	def test_link_search_keeps_the_rule_even_when_asked_to_ignore_user_permissions(self):
		for cmd in ("frappe.desk.search.search_link", "frappe.desk.search.search_widget"):
			result = call(cmd, self.agent_a, doctype="Citizen Request", txt="", ignore_user_permissions=1, page_length=100)
			self.assertFalse(self.leaks(result), cmd)
			status, _e = outcome(cmd, self.citizen, doctype="Citizen Request", txt="", ignore_user_permissions=1)
			self.assertNotEqual(status, "error")
			self.assertFalse(status == "ok" and self.leaks(_e), cmd)

	def test_child_rows_listed_with_parent_follow_their_request(self):
		for child in ("Citizen Request Status Change", "Citizen Request Value", "Citizen Request Co-reporter"):
			rows = call("frappe.client.get_list", self.agent_a, http_method="GET", doctype=child, parent="Citizen Request", fields=["parent"], limit_page_length=0)
			self.assertNotIn(self.request_b.name, {r["parent"] for r in rows}, child)
		rows = call("frappe.client.get_list", self.agent_b, http_method="GET", doctype="Citizen Request Status Change", parent="Citizen Request", fields=["parent"], limit_page_length=0)
		self.assertIn(self.request_b.name, {r["parent"] for r in rows})
		value = call("frappe.client.get_value", self.agent_a, http_method="GET", doctype="Citizen Request Status Change", parent="Citizen Request", fieldname="parent", filters=json.dumps({"parent": self.request_b.name}))
		self.assertFalse(value)
		row = self.request_b.status_history[0].name
		status, _e = outcome("frappe.client.get", self.agent_a, http_method="GET", doctype="Citizen Request Status Change", name=row, parent="Citizen Request")
		self.assertEqual(status, "refused")

	def test_child_rows_cannot_be_written_on_their_own(self):
		from frappe.api.v1 import create_doc

		frappe.set_user(self.agent_b)
		frappe.local.form_dict = frappe._dict(
			data=json.dumps({"parent": self.request_b.name, "parenttype": "Citizen Request", "parentfield": "status_history", "status": "Closed"})
		)
		self.assertRaises(frappe.PermissionError, create_doc, "Citizen Request Status Change")
		row = frappe.get_doc("Citizen Request Status Change", self.request_b.status_history[0].name)
		row.status = "Closed"
		self.assertRaises(frappe.PermissionError, row.save)
		self.assertRaises(frappe.PermissionError, row.delete)


class TestAssignmentAndReports(RestrictedAgentsCase):
	def visible(self, user) -> set[str]:
		frappe.set_user(user)
		frappe.local.flags.pop("citizen_relation_services_of_user", None)
		return set(frappe.get_list("Citizen Request", pluck="name", limit_page_length=0)) & {self.request_a.name, self.request_b.name}

	def test_assignment_matches_the_whole_address(self):
		# "jo_n" would match "john" with a LIKE wildcard; "n@x" is inside "jon@x"
		wildcard = make_user(email="jo_n@services.test", roles=("Citizen Relation Agent",))
		contained = make_user(email="n@services.test", roles=("Citizen Relation Agent",))
		john = make_user(email="john@services.test", roles=("Citizen Relation Agent",))
		frappe.db.set_value("Citizen Request", self.request_b.name, "_assign", json.dumps([john]))
		self.assertEqual(self.visible(john), {self.request_b.name})
		self.assertEqual(self.visible(wildcard), set())
		frappe.db.set_value("Citizen Request", self.request_b.name, "_assign", json.dumps(["jon@services.test"]))
		self.assertEqual(self.visible(contained), set())

	def test_possible_duplicates_report_shows_only_readable_candidates(self):
		from citizen_relation.citizen_relation.report.possible_duplicates.possible_duplicates import execute

		shared_type = make_duplicate_type(service=self.service_a.name).name
		master = make_report(shared_type, subject="Lampadaire éteint place Bellecour", reporter_email=SECRET)
		# handled by service B, assigned to nobody of service A
		frappe.db.set_value("Citizen Request", master.name, {"service": self.service_b.name, "_assign": None})
		new = make_report(shared_type, offset_m=(10, 0), subject="Lampadaire éteint place Bellecour")
		frappe.set_user(self.agent_a)
		_columns, rows = execute({})
		mine = [r for r in rows if r["request"] == new.name]
		self.assertFalse(any(r["best_candidate"] == master.name for r in mine))
		frappe.set_user("Administrator")
		_columns, rows = execute({})
		self.assertTrue(any(r["request"] == new.name and r["best_candidate"] == master.name for r in rows))

	def test_sla_compliance_and_answer_help_reports_count_only_readable_requests(self):
		from citizen_relation.citizen_relation.report.requests_without_answer_help import (
			requests_without_answer_help,
		)
		from citizen_relation.citizen_relation.report.sla_compliance.sla_compliance import (
			execute as sla_execute,
		)

		frappe.set_user(self.agent_a)
		_columns, rows = sla_execute({})
		self.assertFalse({r.service for r in rows} & {self.service_b.name})
		_total, rows = requests_without_answer_help.get_rows(frappe._dict())
		self.assertFalse({r.name for r in rows} & {self.request_b.name})
