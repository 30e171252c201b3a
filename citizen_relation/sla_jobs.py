"""Background work on deadlines: warnings and escalation, and recomputing open requests."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.desk.doctype.notification_log.notification_log import enqueue_create_notification
from frappe.query_builder import Case
from frappe.utils import now_datetime

from citizen_relation.core.sla import pending_alerts
from citizen_relation.deadlines import (
	alerts_sent,
	evaluate_sla,
	naive,
	sla_values,
	thresholds,
	values_of,
)

OPEN_AGREEMENTS = ("Response Due", "Resolution Due", "Paused")
SLA_FIELDS = (
	"sla_policy", "agreement_status", "response_by", "resolution_by", "resolved_on", "paused_seconds",
	"sla_alerts_sent", "next_alert_on",
)
BATCH = 500


def commit() -> None:
	"""Commit a batch of a background job (tests keep their own transaction)."""
	if not frappe.flags.in_test:
		frappe.db.commit()


# ---------------------------------------------------------------------------- alerts
def send_sla_alerts() -> None:
	"""Scheduled: warn once per threshold and escalate once on breach, for requests whose
	next alert instant has come (an indexed look-up, not a scan of open requests)."""
	now = now_datetime()
	names = frappe.get_all(
		"Citizen Request",
		filters={"next_alert_on": ("<=", now)},
		pluck="name",
		order_by="next_alert_on asc",
		limit=BATCH,
	)
	for name in names:
		process_alerts(name, now)
		commit()


def process_alerts(name: str, now=None) -> list[str]:
	"""Send the alerts now due for one request; returns the keys of the alerts sent."""
	doc = frappe.get_doc("Citizen Request", name, for_update=True)
	evaluation = evaluate_sla(doc, now or now_datetime())
	sent, sent_keys = set(), []
	if evaluation is not None:
		sent = alerts_sent(doc, evaluation.policy)
		alerts = pending_alerts(evaluation.state, thresholds(evaluation.row), sent)
		by_target: dict[str, list] = {}
		for alert in alerts:
			by_target.setdefault(alert.target, []).append(alert)
		for target, target_alerts in by_target.items():
			# the most severe only
			notify(doc, evaluation.row, target_alerts[-1], getattr(evaluation.state, target).due)
		sent_keys = [a.key for a in alerts]
		sent |= set(sent_keys)
	values = values_of(evaluation, sent)
	doc.db_set({field: values[field] for field in SLA_FIELDS}, update_modified=False)
	return sent_keys


def recipients(doc, row: dict, breach: bool) -> list[str]:
	users = set()
	if row.get("notify_assignee"):
		users.update(frappe.parse_json(doc.get("_assign") or "[]"))
	if row.get("notify_supervisor") and doc.service:
		supervisor = frappe.db.get_value("Municipal Service", doc.service, "supervisor")
		if supervisor:
			users.add(supervisor)
	if breach and row.get("escalation_role"):
		users.update(
			u
			for u in frappe.get_all(
				"Has Role", filters={"role": row["escalation_role"], "parenttype": "User"}, pluck="parent"
			)
			if frappe.db.get_value("User", u, "enabled")
		)
	users.discard("Administrator")
	users.discard("Guest")
	return sorted(users)


def notify(doc, row: dict, alert, due) -> None:
	target_label = _("response") if alert.target == "response" else _("resolution")
	if alert.is_breach:
		subject = _("Deadline missed: the {0} of {1} was due on {2}").format(
			target_label, doc.name, frappe.utils.format_datetime(naive(due))
		)
	else:
		subject = _("{0}% of the {1} time of {2} is used: due on {3}").format(
			round(alert.threshold * 100), target_label, doc.name, frappe.utils.format_datetime(naive(due))
		)
	users = recipients(doc, row, alert.is_breach)
	if users:
		enqueue_create_notification(
			users,
			{
				"type": "Alert",
				"document_type": doc.doctype,
				"document_name": doc.name,
				"subject": subject,
				"email_content": f"<p>{frappe.utils.escape_html(doc.subject)}</p>",
			},
		)
	frappe.get_doc(
		{
			"doctype": "SLA Alert Log",
			"request": doc.name,
			"target": "Response" if alert.target == "response" else "Resolution",
			"kind": "Breach" if alert.is_breach else "Warning",
			"threshold": None if alert.is_breach else alert.threshold * 100,
			"sent_on": now_datetime(),
			"due": naive(due),
			"recipients": "\n".join(users),
		}
	).insert(ignore_permissions=True)


# ---------------------------------------------------------------------------- recompute
def enqueue_recompute(doc=None, method=None) -> None:
	"""After a calendar or policy change: recompute every open request in the background."""
	frappe.enqueue(
		"citizen_relation.sla_jobs.recompute_open_requests",
		queue="long",
		timeout=3600,
		job_id="citizen_relation:recompute_open_requests",
		deduplicate=True,
		enqueue_after_commit=True,
	)


def recompute_open_requests(publish: bool = True) -> int:
	"""Recompute the SLA fields of every open request, in batches, with a progress bar."""
	now = now_datetime()
	names = frappe.get_all(
		"Citizen Request", filters={"agreement_status": ("in", OPEN_AGREEMENTS)}, pluck="name", order_by="name asc"
	)
	# Requests that no policy covered may be covered now.
	names += frappe.get_all(
		"Citizen Request",
		filters={"agreement_status": ("in", ("", None)), "status": ("not in", ("Closed", "Rejected", "Transferred"))},
		pluck="name",
	)
	total = len(names)
	for start in range(0, total, BATCH):
		recompute_batch(names[start : start + BATCH], now)
		commit()
		if publish:
			frappe.publish_progress(
				min(start + BATCH, total) * 100 / total,
				title=_("Recomputing deadlines"),
				description=_("{0} of {1} open requests").format(min(start + BATCH, total), total),
			)
	return total


def recompute_batch(names: list[str], now) -> None:
	"""Recompute a batch from plain rows (two queries), writing only what changed."""
	fields = ["name", "request_type", "category", "priority", "service", "channel", "status", "received_on",
		"first_responded_on", "merged_into", "sla_alerts_sent", *SLA_FIELDS]
	rows = {r.name: r for r in frappe.get_all("Citizen Request", filters={"name": ("in", names)}, fields=list(dict.fromkeys(fields)))}
	for change in frappe.get_all(
		"Citizen Request Status Change",
		filters={"parent": ("in", names), "parenttype": "Citizen Request"},
		fields=["parent", "status", "changed_on"],
		order_by="changed_on asc",
	):
		rows[change.parent].setdefault("status_history", []).append(change)
	changes: dict[str, dict[str, object]] = {}
	for name, row in rows.items():
		for field, value in sla_values(row, now).items():
			if row.get(field) != value:
				changes.setdefault(field, {})[name] = value
	write_changes(changes)


def write_changes(changes: dict[str, dict[str, object]]) -> None:
	"""One UPDATE per changed field for the whole batch (CASE on the name), not one per request."""
	table = frappe.qb.DocType("Citizen Request")
	for field, values in changes.items():
		case = Case()
		for name, value in values.items():
			case = case.when(table.name == name, value)
		frappe.qb.update(table).set(table[field], case).where(table.name.isin(list(values))).run()
