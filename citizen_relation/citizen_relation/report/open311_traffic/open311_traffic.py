# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt
"""Open311 API clients and their traffic over a period: calls, new requests, errors, refusals.

Reads the daily *Open311 Traffic* rows (filled from the Redis counters every five minutes) and
the clients, through ``frappe.get_list`` (the reader's permissions apply).
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import flt

from citizen_relation.utils import report_period


def execute(filters=None):
	filters = frappe._dict(filters or {})
	start, end = report_period(filters)
	traffic_filters = [["day", ">=", start], ["day", "<", end]]
	if filters.api_client:
		traffic_filters.append(["api_client", "=", filters.api_client])
	rows = frappe.get_list(
		"Open311 Traffic",
		filters=traffic_filters,
		fields=[
			"api_client",
			"count(name) as days",
			"sum(read_calls) as read_calls",
			"sum(posts) as posts",
			"sum(errors) as errors",
			"sum(rate_limited) as rate_limited",
		],
		group_by="api_client",
		order_by="api_client asc",
	)
	by_client = {r.api_client or "": r for r in rows}
	client_filters = {"name": filters.api_client} if filters.api_client else {}
	clients = frappe.get_list("Open311 Client", filters=client_filters, fields=["name", "enabled", "key_hint"], order_by="name asc")
	data = []
	for client in clients:
		data.append(_row(client.name, client.enabled, client.key_hint, by_client.pop(client.name, None), traffic_filters))
	if "" in by_client and not filters.api_client:
		data.append(_row(None, None, None, by_client.pop(""), traffic_filters))
	return _columns(), data, None, _chart(data)


def _row(client, enabled, key_hint, traffic, traffic_filters):
	traffic = traffic or frappe._dict()
	calls = int(traffic.read_calls or 0) + int(traffic.posts or 0) + int(traffic.errors or 0) + int(traffic.rate_limited or 0)
	last_seen = last_error = None
	if traffic:
		mine = [f for f in traffic_filters if f[0] != "api_client"]
		mine.append(["api_client", "=", client] if client else ["api_client", "is", "not set"])
		last_seen = frappe.db.get_value("Open311 Traffic", mine, "last_seen", order_by="last_seen desc")
		last_error = frappe.db.get_value(
			"Open311 Traffic", [*mine, ["last_error", "is", "set"]], "last_error", order_by="day desc"
		)
	return {
		"api_client": client,
		"label": client or _("Without API key"),
		"enabled": enabled,
		"key_hint": key_hint,
		"days": traffic.days or 0,
		"read_calls": traffic.read_calls or 0,
		"posts": traffic.posts or 0,
		"errors": traffic.errors or 0,
		"rate_limited": traffic.rate_limited or 0,
		"error_rate": flt(100.0 * int(traffic.errors or 0) / calls, 1) if calls else 0,
		"last_seen": last_seen,
		"last_error": last_error,
	}


def _columns():
	return [
		{"fieldname": "api_client", "label": _("API client"), "fieldtype": "Link", "options": "Open311 Client", "width": 180},
		{"fieldname": "label", "label": _("Caller"), "fieldtype": "Data", "width": 150},
		{"fieldname": "enabled", "label": _("Enabled"), "fieldtype": "Check", "width": 80},
		{"fieldname": "key_hint", "label": _("API key"), "fieldtype": "Data", "width": 110},
		{"fieldname": "days", "label": _("Active days"), "fieldtype": "Int", "width": 100},
		{"fieldname": "read_calls", "label": _("Reads"), "fieldtype": "Int", "width": 90},
		{"fieldname": "posts", "label": _("Requests posted"), "fieldtype": "Int", "width": 120},
		{"fieldname": "errors", "label": _("Errors"), "fieldtype": "Int", "width": 80},
		{"fieldname": "error_rate", "label": _("Error rate (%)"), "fieldtype": "Float", "precision": 1, "width": 110},
		{"fieldname": "rate_limited", "label": _("Refused (rate limit)"), "fieldtype": "Int", "width": 140},
		{"fieldname": "last_seen", "label": _("Last call"), "fieldtype": "Datetime", "width": 160},
		{"fieldname": "last_error", "label": _("Last error"), "fieldtype": "Data", "width": 300},
	]


def _chart(data):
	shown = [d for d in data if d["read_calls"] or d["posts"] or d["errors"]]
	if not shown:
		return None
	return {
		"data": {
			"labels": [d["label"] for d in shown],
			"datasets": [
				{"name": _("Reads"), "values": [d["read_calls"] for d in shown]},
				{"name": _("Requests posted"), "values": [d["posts"] for d in shown]},
				{"name": _("Errors"), "values": [d["errors"] for d in shown]},
			],
		},
		"type": "bar",
		"barOptions": {"stacked": 1},
	}
