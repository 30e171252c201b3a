"""Background work on deadlines: warnings and escalation, and recomputing open requests."""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.util
import os
from datetime import datetime

import frappe
from frappe import _
from frappe.database.schema import get_definition
from frappe.desk.doctype.notification_log.notification_log import enqueue_create_notification
from frappe.utils import cint, now_datetime

from citizen_relation import caching
from citizen_relation.requests.lifecycle import get_lifecycle
from citizen_relation.sla.agreement import SLA_FIELDS, evaluate, sla_values, stored_values
from citizen_relation.sla.calendars import naive
from citizen_relation.sla.policies import core_policies

OPEN_AGREEMENTS = ("Response Due", "Resolution Due", "Paused")
BATCH = 500
DOCTYPE = "Citizen Request"


def commit() -> None:
	"""Commit a batch of a background job (tests keep their own transaction)."""
	if not frappe.flags.in_test:
		frappe.db.commit()


def rollback() -> None:
	if not frappe.flags.in_test:
		frappe.db.rollback()


# ---------------------------------------------------------------------------- alerts
def due_alerts(now, limit: int = BATCH) -> list[str]:
	"""Requests whose next alert instant has come, oldest first. Only rows that have one: the
	index on ``next_alert_on`` is a range scan, and requests without alerts (closed, merged,
	without a policy) never fill the batch."""
	cr = frappe.qb.DocType(DOCTYPE)
	return (
		frappe.qb.from_(cr)
		.select(cr.name)
		.where(cr.next_alert_on.isnotnull() & (cr.next_alert_on <= now))
		.orderby(cr.next_alert_on)
		.limit(limit)
	).run(pluck=True)


def send_sla_alerts() -> int:
	"""Scheduled: warn once per threshold and escalate once on breach, for requests whose
	next alert instant has come. A request that fails is logged and skipped; the run goes on.
	Returns the number of requests processed."""
	now = now_datetime()
	done = 0
	for name in due_alerts(now):
		try:
			process_alerts(name, now)
			commit()
			done += 1
		except Exception:
			rollback()
			frappe.log_error(title=_("Deadline alerts failed for {0}").format(name), reference_doctype=DOCTYPE, reference_name=name)
			_postpone(name, now)
	return done


def _postpone(name: str, now) -> None:
	"""A request whose alerts failed is tried again in an hour, not at every run."""
	try:
		frappe.db.set_value(DOCTYPE, name, "next_alert_on", frappe.utils.add_to_date(now, hours=1), update_modified=False)
		commit()
	except Exception:
		rollback()


def process_alerts(name: str, now=None) -> list[str]:
	"""Send the alerts now due for one request; returns the keys of the alerts sent."""
	doc = frappe.get_doc(DOCTYPE, name, for_update=True)
	outcome, row = evaluate(doc, now or now_datetime())
	pending = list(outcome.pending)
	by_target: dict[str, list] = {}
	for alert in pending:
		by_target.setdefault(alert.target, []).append(alert)
	for target, target_alerts in by_target.items():
		# the most severe only
		notify(doc, row, target_alerts[-1], getattr(outcome.state, target).due)
	values = stored_values(outcome.after_sending(pending))
	doc.db_set({field: values[field] for field in SLA_FIELDS}, update_modified=False)
	return [a.key for a in pending]


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
		"citizen_relation.sla.jobs.recompute_open_requests",
		queue="long",
		timeout=3600,
		job_id="citizen_relation:recompute_open_requests",
		deduplicate=True,
		enqueue_after_commit=True,
	)


def recompute_open_requests(publish: bool = True) -> int:
	"""Recompute the SLA fields of every open request, in batches, with a progress bar."""
	names = frappe.get_all(
		DOCTYPE, filters={"agreement_status": ("in", OPEN_AGREEMENTS)}, pluck="name", order_by="name asc"
	)
	# Requests that no policy covered may be covered now (unless finished for good).
	final = get_lifecycle().final_statuses
	names += frappe.get_all(
		DOCTYPE,
		filters={"agreement_status": ("in", ("", None)), **({"status": ("not in", final)} if final else {})},
		pluck="name",
	)
	return recompute_requests(names, now_datetime(), publish)


def recompute_requests(names: list[str], now, publish: bool = True, processes: int | None = None) -> int:
	"""Recompute the requests ``names`` at ``now`` batch by batch, committing each batch (a
	job that stops half-way leaves consistent requests) and publishing progress.

	A large recompute (``PARALLEL_FROM`` requests or more) is shared between worker processes
	(``recompute_processes``): the work is CPU-bound in Python (calendar arithmetic) and on
	the database server (index maintenance), so two processes keep both busy."""
	total = len(names)
	processes = recompute_processes(total) if processes is None else processes
	if processes > 1:
		try:
			return _recompute_in_processes(names, now, publish, processes)
		except _CannotFork:
			pass
	for start in range(0, total, BATCH):
		recompute_batch(names[start : start + BATCH], now)
		commit()
		if publish:
			_publish_recompute_progress(min(start + BATCH, total), total)
	return total


# A process pool costs about a second to start: below this many requests one process is faster.
PARALLEL_FROM = 20_000
# Requests handed to a worker process at a time (progress is published per chunk).
CHUNK = 10 * BATCH


def recompute_processes(total: int) -> int:
	"""How many processes recompute ``total`` requests: one for a small recompute and inside
	tests (other processes cannot see the test's uncommitted rows), else the site's
	``sla_recompute_processes`` (default: two, at most the machine's CPUs; 1 disables)."""
	if total < PARALLEL_FROM or frappe.flags.in_test:
		return 1
	configured = cint(frappe.conf.get("sla_recompute_processes") or 2)
	return max(1, min(configured, os.cpu_count() or 1, -(-total // CHUNK)))


class _CannotFork(Exception):
	"""This process may not start others (e.g. it is itself a daemonic pool worker)."""


def _recompute_in_processes(names: list[str], now, publish: bool, processes: int) -> int:
	"""Share ``names`` between ``processes`` fresh interpreters (``spawn``: nothing of this
	process — its database connection, its Redis sockets — is inherited), chunk by chunk; each
	worker connects to the site, recomputes and commits its chunks batch by batch."""
	commit()  # the workers read what this job has written so far
	total = len(names)
	chunks = [names[i : i + CHUNK] for i in range(0, total, CHUNK)]
	context = multiprocessing.get_context("spawn")
	try:
		pool = context.Pool(processes, initializer=_worker_start, initargs=(frappe.local.site, os.path.abspath(frappe.local.sites_path)))
	except AssertionError as error:  # "daemonic processes are not allowed to have children"
		raise _CannotFork from error
	done = 0
	with pool:
		for count in pool.imap_unordered(_worker_recompute, [(chunk, now) for chunk in chunks]):
			done += count
			if publish:
				_publish_recompute_progress(done, total)
		pool.close()
		pool.join()
	return total


def _worker_start(site: str, sites_path: str) -> None:
	frappe.init(site=site, sites_path=sites_path)
	frappe.connect()
	multiprocessing.util.Finalize(None, frappe.destroy, exitpriority=10)


def _worker_recompute(task) -> int:
	names, now = task
	return recompute_requests(names, now, publish=False, processes=1)


def _publish_recompute_progress(done: int, total: int) -> None:
	frappe.publish_progress(
		done * 100 / total,
		title=_("Recomputing deadlines"),
		description=_("{0} of {1} open requests").format(done, total),
	)


def recompute_batch(names: list[str], now) -> None:
	"""Recompute a batch from plain rows (two queries), writing only the requests that changed
	(one statement for the batch). The policies are converted once for the batch."""
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
	policies = core_policies()
	changed: dict[str, dict[str, object]] = {}
	for name, row in rows.items():
		values = sla_values(row, now, policies)
		if any(row.get(field) != value for field, value in values.items()):
			changed[name] = values
	write_changes(changed)


def write_changes(changed: dict[str, dict[str, object]]) -> None:
	"""Write the SLA fields of the changed requests in one statement: an UPDATE … JOIN on the
	primary key with a ``JSON_TABLE`` of their new values, sent as one JSON parameter.

	Linear in the batch and cheap on both sides: the client escapes one string instead of
	nine values per request, the server parses JSON instead of a 500-branch ``UNION ALL``
	(measured in ``benchmarks/bench_deadlines.py``). ``STRAIGHT_JOIN`` keeps the JSON rows as
	the driving table: with stale table statistics (rows just inserted) the optimiser would
	otherwise scan the requests for every row. Column types come from the doctype."""
	if not changed:
		return
	columns = list(SLA_FIELDS)
	payload = json.dumps([[name, *(_json_value(row.get(c)) for c in columns)] for name, row in changed.items()])
	frappe.db.sql(
		f"update json_table(%s, '$[*]' columns({_json_columns()})) v"  # nosemgrep
		f" straight_join `tabCitizen Request` t on t.`name` = v.`name`"
		f" set {', '.join(f't.`{c}` = v.`{c}`' for c in columns)}",
		(payload,),
	)


def _json_value(value):
	if isinstance(value, datetime):
		return value.isoformat(sep=" ")
	return value


def _json_columns() -> str:
	"""``JSON_TABLE`` columns of the SLA fields, typed as the table stores them."""

	def build() -> str:
		meta = frappe.get_meta(DOCTYPE)
		columns = [f"`name` {get_definition('Data')} path '$[0]'"]
		for i, field in enumerate(SLA_FIELDS, start=1):
			df = meta.get_field(field)
			columns.append(f"`{field}` {get_definition(df.fieldtype, df.precision, df.length)} path '$[{i}]'")
		return ", ".join(columns)

	return caching.request_memo("sla", "json_columns", build)
