# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt
"""Deadline compliance by service, request type and month of receipt, with the requests whose
appeal delays cannot be held against the citizen for want of an acknowledgement (L112-6)."""

import frappe
from frappe import _
from frappe.query_builder import Case, CustomFunction
from frappe.query_builder.functions import Avg, Count, DateFormat, Sum
from frappe.utils import now_datetime
from pypika.terms import PseudoColumn

from citizen_relation.permissions.requests import restrict_query
from citizen_relation.utils import report_period

TimestampDiff = CustomFunction("TIMESTAMPDIFF", ["unit", "start", "end"])


def execute(filters: dict | None = None):
	filters = frappe._dict(filters or {})
	frappe.has_permission("Citizen Request", "read", throw=True)
	return columns(), data(filters)


def columns() -> list[dict]:
	return [
		{"fieldname": "service", "label": _("Service"), "fieldtype": "Link", "options": "Municipal Service", "width": 160},
		{"fieldname": "request_type", "label": _("Request Type"), "fieldtype": "Link", "options": "Request Type", "width": 200},
		{"fieldname": "month", "label": _("Month"), "fieldtype": "Data", "width": 90},
		{"fieldname": "requests", "label": _("Requests"), "fieldtype": "Int", "width": 90},
		{"fieldname": "response_on_time", "label": _("Answered on time"), "fieldtype": "Int", "width": 120},
		{"fieldname": "response_late", "label": _("Answered late"), "fieldtype": "Int", "width": 110},
		{"fieldname": "resolution_on_time", "label": _("Resolved on time"), "fieldtype": "Int", "width": 120},
		{"fieldname": "resolution_late", "label": _("Resolved late"), "fieldtype": "Int", "width": 110},
		{"fieldname": "on_time_rate", "label": _("Resolved on time (%)"), "fieldtype": "Percent", "width": 130},
		{"fieldname": "avg_response_hours", "label": _("Average response time (h)"), "fieldtype": "Float", "precision": 1, "width": 160},
		{"fieldname": "avg_resolution_hours", "label": _("Average resolution time (h)"), "fieldtype": "Float", "precision": 1, "width": 170},
		{
			"fieldname": "appeal_delays_unenforceable",
			"label": _("Without acknowledgement (L112-6)"),
			"fieldtype": "Int",
			"width": 170,
		},
	]


def data(filters) -> list[dict]:
	cr = frappe.qb.DocType("Citizen Request")
	now = now_datetime()
	start, end = report_period(filters, default_months=12)
	second = PseudoColumn("SECOND")

	def count_when(condition):
		return Sum(Case().when(condition, 1).else_(0))

	query = (
		frappe.qb.from_(cr)
		.select(
			cr.service,
			cr.request_type,
			DateFormat(cr.received_on, "%Y-%m").as_("month"),
			Count(cr.name).as_("requests"),
			count_when(cr.first_responded_on <= cr.response_by).as_("response_on_time"),
			count_when(
				(cr.first_responded_on > cr.response_by) | (cr.first_responded_on.isnull() & (cr.response_by < now))
			).as_("response_late"),
			count_when(cr.resolved_on <= cr.resolution_by).as_("resolution_on_time"),
			count_when(
				(cr.resolved_on > cr.resolution_by) | (cr.resolved_on.isnull() & (cr.resolution_by < now))
			).as_("resolution_late"),
			(Avg(TimestampDiff(second, cr.received_on, cr.first_responded_on)) / 3600).as_("avg_response_hours"),
			(Avg(TimestampDiff(second, cr.received_on, cr.resolved_on)) / 3600).as_("avg_resolution_hours"),
			# requests that needed an acknowledgement of receipt and got no complete one: appeal
			# delays cannot be held against their authors (CRPA L112-6)
			count_when(cr.appeal_delays_unenforceable == 1).as_("appeal_delays_unenforceable"),
		)
		.where((cr.received_on >= start) & (cr.received_on < end))
		.where(cr.sla_policy.isnotnull() | (cr.appeal_delays_unenforceable == 1))
		.groupby(cr.service, cr.request_type, DateFormat(cr.received_on, "%Y-%m"))
		.orderby(DateFormat(cr.received_on, "%Y-%m"))
		.orderby(cr.service)
		.orderby(cr.request_type)
	)
	for field in ("service", "request_type"):
		if filters.get(field):
			query = query.where(cr[field] == filters.get(field))
	# the same rule as the request list (an agent sees their services' requests)
	rows = restrict_query(query).run(as_dict=True)
	for row in rows:
		judged = (row.resolution_on_time or 0) + (row.resolution_late or 0)
		row.on_time_rate = round(100 * row.resolution_on_time / judged, 1) if judged else None
	return rows
