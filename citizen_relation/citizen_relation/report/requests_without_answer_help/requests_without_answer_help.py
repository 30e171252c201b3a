# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

"""Gaps in the knowledge base: resolved or closed requests answered without any article or template."""

import frappe
from frappe import _
from frappe.query_builder import Order
from frappe.query_builder.functions import Count
from pypika.terms import ExistsCriterion

from citizen_relation.permissions.requests import restrict_query
from citizen_relation.requests.lifecycle import get_lifecycle
from citizen_relation.utils import report_period


def execute(filters=None):
	filters = frappe._dict(filters or {})
	total, rows = get_rows(filters)
	return columns(), rows, None, chart(rows), summary(total, len(rows))


def columns():
	return [
		{"fieldname": "name", "label": _("Citizen Request"), "fieldtype": "Link", "options": "Citizen Request", "width": 160},
		{"fieldname": "subject", "label": _("Subject"), "fieldtype": "Data", "width": 300},
		{"fieldname": "request_type", "label": _("Request Type"), "fieldtype": "Link", "options": "Request Type", "width": 200},
		{"fieldname": "service", "label": _("Responsible Service"), "fieldtype": "Link", "options": "Municipal Service", "width": 160},
		{"fieldname": "status", "label": _("Status"), "fieldtype": "Data", "width": 100},
		{"fieldname": "received_on", "label": _("Received On"), "fieldtype": "Datetime", "width": 160},
	]


def _base(filters):
	start, end = report_period(filters)
	request = frappe.qb.DocType("Citizen Request")
	query = frappe.qb.from_(request).where(
		request.status.isin(get_lifecycle().resolved_statuses) & (request.received_on >= start) & (request.received_on < end)
	)
	for field in ("request_type", "service"):
		if filters.get(field):
			query = query.where(request[field] == filters.get(field))
	# the same rule as the request list (an agent sees their services' requests)
	return request, restrict_query(query)


def get_rows(filters):
	request, query = _base(filters)
	total = query.select(Count(request.name)).run()[0][0]
	usage = frappe.qb.DocType("Knowledge Usage")
	# a correlated NOT EXISTS on the usage's request index: the IN (DISTINCT …) form read every usage row
	helped = (
		frappe.qb.from_(usage)
		.select(usage.name)
		.where((usage.request == request.name) & (usage.action == "Inserted"))
	)
	rows = (
		query.select(
			request.name, request.subject, request.request_type, request.service, request.status, request.received_on
		)
		.where(ExistsCriterion(helped).negate())
		.orderby(request.received_on, order=Order.desc)
		.limit(5000)
		.run(as_dict=True)
	)
	for row in rows:
		row.status = _(row.status)
	return total, rows


def chart(rows):
	counts = {}
	for row in rows:
		counts[row.request_type] = counts.get(row.request_type, 0) + 1
	top = sorted(counts.items(), key=lambda kv: -kv[1])[:10]
	if not top:
		return None
	return {
		"data": {
			"labels": [name for name, _n in top],
			"datasets": [{"name": _("Requests without help"), "values": [n for _name, n in top]}],
		},
		"type": "bar",
	}


def summary(total, without):
	share = round(100.0 * without / total, 1) if total else 0
	return [
		{"label": _("Resolved or closed requests"), "value": total, "datatype": "Int", "indicator": "Blue"},
		{"label": _("Answered without help"), "value": without, "datatype": "Int", "indicator": "Orange"},
		{"label": _("Share without help (%)"), "value": share, "datatype": "Float", "indicator": "Red" if share > 50 else "Green"},
	]
