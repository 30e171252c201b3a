from frappe.tests.utils import FrappeTestCase

from citizen_relation.citizen_relation.report.sla_compliance.sla_compliance import execute
from citizen_relation.tests.factories import make_calendar, make_policy, make_request, make_request_type, make_service, move


class TestSLAComplianceReport(FrappeTestCase):
	def test_counts_requests_answered_and_resolved_on_time_or_late_by_service_type_and_month(self):
		service = make_service()
		request_type = make_request_type(service=service.name)
		make_policy(request_type.name, make_calendar().name, response_time=2 * 3600, resolution_time=3 * 3600)
		import frappe

		frappe.cache.delete_value("citizen_relation:sla_policies")
		with self.freeze_time("2026-03-02 10:00:00"):
			on_time = make_request(request_type.name, received_on="2026-03-02 10:00:00")
			late = make_request(request_type.name, received_on="2026-03-02 10:00:00")
			move(on_time, "Open", "In Progress")
		with self.freeze_time("2026-03-02 11:00:00"):
			move(on_time, "Resolved")
		with self.freeze_time("2026-03-04 11:00:00"):
			move(late, "Open", "In Progress", "Resolved")
			_columns, rows = execute({"from_date": "2026-03-01", "to_date": "2026-03-31", "service": service.name})
		self.assertEqual(len(rows), 1)
		row = rows[0]
		self.assertEqual((row.month, row.requests, row.resolution_on_time, row.resolution_late), ("2026-03", 2, 1, 1))
		self.assertEqual(row.on_time_rate, 50.0)
		self.assertAlmostEqual(row.avg_resolution_hours, (1 + 49) / 2, places=1)
