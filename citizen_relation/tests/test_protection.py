"""System-managed fields of a request are the application's: REST clients cannot write them (issue 8, finding 5)."""

from __future__ import annotations

import json

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.requests.protection import PROTECTED_FIELDS
from citizen_relation.tests.factories import (
	make_agent,
	make_request,
	make_request_type,
	make_service,
	make_supervisor,
)

FORGED = {
	"merged_into": None,  # set per test to a real request
	"merge_snapshot": json.dumps({"status": "Rejected", "priority": "Urgent", "reporter_count": 1, "co_reporters": [], "moved": []}),
	"first_responded_on": "2020-01-01 10:00:00",
	"acknowledged_on": "2020-01-01 10:00:00",
	"transfer_notified_on": "2020-01-01 10:00:00",
	"tracking_token": "forged-token",
	"reporter_count": 99,
	"raised_priority_from": "Low",
	"agreement_status": "Fulfilled",
	"response_by": "2099-01-01 10:00:00",
	"resolution_by": "2099-01-01 10:00:00",
	"resolved_on": "2020-01-01 10:00:00",
	"next_alert_on": "2099-01-01 10:00:00",
	"sla_alerts_sent": "response:breach",
	"implicit_decision_on": "2020-01-01",
	"crpa_regime": "Silence means acceptance",
	"match_text": "forged",
	"street": "forged street",
	"source": "forged source",
	"co_reporters": [{"request": None, "reporter_name": "Forged"}],
	"status_history": [{"status": "Closed", "changed_on": "2020-01-01 10:00:00", "changed_by": "Administrator"}],
	"_assign": None,  # set per test
}


class TestProtectedFields(FrappeTestCase):
	def setUp(self):
		self.agent = make_agent()
		self.service = make_service(members=[self.agent])
		self.request_type = make_request_type(service=self.service.name).name
		self.other = make_request(self.request_type, subject="Autre demande")
		self.forged = dict(FORGED, merged_into=self.other.name, _assign=json.dumps(["someone@else.test"]))
		self.forged["co_reporters"] = [{"request": self.other.name, "reporter_name": "Forged"}]

	def tearDown(self):
		frappe.set_user("Administrator")

	def assert_not_forged(self, name: str):
		doc = frappe.get_doc("Citizen Request", name)
		for field in self.forged:
			if field in ("co_reporters", "status_history"):
				values = [row.get("reporter_name") or row.get("changed_on") for row in doc.get(field)]
				self.assertNotIn("Forged", values, field)
				continue
			value = doc.get(field)
			self.assertNotEqual(str(value or ""), str(self.forged[field] or "x-unset"), field)
		self.assertTrue(all(row.status != "Closed" for row in doc.status_history))
		self.assertNotEqual(doc.tracking_token, "forged-token")
		self.assertTrue(doc.tracking_token)

	def test_every_forged_field_is_protected(self):
		self.assertLessEqual(set(self.forged), set(PROTECTED_FIELDS))

	def test_insert_over_rest_ignores_system_managed_fields_and_starts_new(self):
		frappe.set_user(self.agent)
		out = frappe.call(
			"frappe.client.insert",
			doc={
				"doctype": "Citizen Request",
				"request_type": self.request_type,
				"subject": "Nid-de-poule",
				"channel": "Phone",
				"status": "New",
				**self.forged,
			},
		)
		self.assert_not_forged(out["name"])
		self.assertEqual(frappe.db.get_value("Citizen Request", out["name"], "status"), "New")
		self.assertEqual(frappe.db.get_value("Citizen Request", out["name"], "reporter_count"), 1)

	def test_insert_through_api_resource_cannot_choose_a_status(self):
		frappe.set_user(self.agent)
		frappe.local.form_dict = frappe._dict(
			data=json.dumps({"request_type": self.request_type, "subject": "Tag", "channel": "Phone", "status": "Closed", **self.forged})
		)
		from frappe.api.v1 import create_doc

		doc = create_doc("Citizen Request")
		self.assertEqual(doc.status, "New")
		self.assert_not_forged(doc.name)

	def test_save_over_rest_keeps_the_stored_values(self):
		request = make_request(self.request_type)
		before = frappe.get_doc("Citizen Request", request.name)
		frappe.set_user(self.agent)
		payload = before.as_dict()
		payload.update(self.forged)
		payload["description"] = "Complément de l'agent"
		payload.pop("co_reporters")
		payload["co_reporters"] = self.forged["co_reporters"]
		frappe.call("frappe.client.save", doc=json.dumps(payload, default=str))
		after = frappe.get_doc("Citizen Request", request.name)
		self.assertIn("Complément", after.description)  # the agent's own field was saved
		for field in ("merged_into", "merge_snapshot", "first_responded_on", "acknowledged_on", "tracking_token", "reporter_count", "source", "_assign"):
			self.assertEqual(str(after.get(field) or ""), str(before.get(field) or ""), field)
		self.assertEqual(len(after.co_reporters), 0)
		self.assertEqual([r.status for r in after.status_history], [r.status for r in before.status_history])

	def test_update_through_api_resource_keeps_the_stored_values(self):
		request = make_request(self.request_type)
		token = request.tracking_token
		frappe.set_user(self.agent)
		frappe.local.form_dict = frappe._dict(data=json.dumps({"tracking_token": "forged-token", "merged_into": self.other.name}))
		from frappe.api.v1 import update_doc

		update_doc("Citizen Request", request.name)
		self.assertEqual(frappe.db.get_value("Citizen Request", request.name, "tracking_token"), token)
		self.assertIsNone(frappe.db.get_value("Citizen Request", request.name, "merged_into"))

	def test_a_forged_snapshot_cannot_drive_an_unmerge_to_a_supervisor_status(self):
		from citizen_relation.duplicates.merging import merge, unmerge

		master = make_request(self.request_type, subject="Maître")
		request = make_request(self.request_type)
		merge(request.name, master.name)
		frappe.set_user(self.agent)
		doc = frappe.get_doc("Citizen Request", request.name)
		doc.merge_snapshot = self.forged["merge_snapshot"]
		doc.save()
		unmerge(request.name)
		self.assertEqual(frappe.db.get_value("Citizen Request", request.name, "status"), "New")

	def test_status_moves_only_into_known_states_and_never_into_merged(self):
		request = make_request(self.request_type)
		frappe.set_user(make_supervisor())
		doc = frappe.get_doc("Citizen Request", request.name)
		doc.status = "Merged"
		self.assertRaises(frappe.ValidationError, doc.save)
		doc = frappe.get_doc("Citizen Request", request.name)
		doc.status = "Whatever I like"
		self.assertRaises(frappe.ValidationError, doc.save)

	def test_the_application_still_writes_its_fields(self):
		from citizen_relation.overrides.communication import record_first_response

		request = make_request(self.request_type)
		record_first_response(frappe._dict(reference_name=request.name, communication_date="2026-01-05 10:00:00"))
		self.assertEqual(str(frappe.db.get_value("Citizen Request", request.name, "first_responded_on")), "2026-01-05 10:00:00")

	def test_intake_sets_the_source(self):
		from citizen_relation.requests.intake import create_request

		doc = create_request({"request_type": self.request_type, "subject": "Via le portail", "channel": "Web Portal", "source": "Portail"})
		self.assertEqual(doc.source, "Portail")
