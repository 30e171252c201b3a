"""Background work on the CRPA's deadlines.

* :func:`alert_unacknowledged` (hourly): an open request that needed an acknowledgement of receipt
  and still has no complete one after the settings' delay is reported, once, to its service's
  supervisor (else to every Citizen Relation Supervisor): until one is sent, appeal delays
  cannot be held against the citizen (L112-6).
* :func:`recompute_implicit_dates`: after the rule for a delay ending on a non-working day
  changed, every open request's implicit-decision date, with a progress bar.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.desk.doctype.notification_log.notification_log import enqueue_create_notification
from frappe.utils import add_to_date, cint, getdate, now_datetime

from citizen_relation.crpa import deadlines
from citizen_relation.requests.lifecycle import get_lifecycle
from citizen_relation.setup.seed import SUPERVISOR
from citizen_relation.utils import get_settings

DOCTYPE = "Citizen Request"
BATCH = 500
DEFAULT_ALERT_DAYS = 7


def _commit() -> None:
	if not frappe.flags.in_test:
		frappe.db.commit()


def _rollback() -> None:
	if not frappe.flags.in_test:
		frappe.db.rollback()


# ---------------------------------------------------------------------------- L112-6
def unacknowledged_due(now=None, limit: int = BATCH) -> list[frappe._dict]:
	"""Open requests without a complete acknowledgement past the alert delay, not yet reported
	(finished ones are counted by the SLA Compliance report, not alerted)."""
	days = cint(get_settings().get("acknowledgement_alert_days") or DEFAULT_ALERT_DAYS)
	limit_date = add_to_date(now or now_datetime(), days=-days)
	cr = frappe.qb.DocType(DOCTYPE)
	return (
		frappe.qb.from_(cr)
		.select(cr.name, cr.service, cr.subject, cr.received_on)
		.where(
			(cr.appeal_delays_unenforceable == 1)
			& cr.acknowledgement_alert_sent_on.isnull()
			& (cr.received_on <= limit_date)
			& cr.status.isin(get_lifecycle().active_statuses or ("",))
		)
		.orderby(cr.received_on)
		.limit(limit)
	).run(as_dict=True)


def supervisors_of(service: str | None) -> list[str]:
	supervisor = frappe.db.get_value("Municipal Service", service, "supervisor") if service else None
	if supervisor and frappe.db.get_value("User", supervisor, "enabled"):
		return [supervisor]
	users = frappe.get_all("Has Role", filters={"role": SUPERVISOR, "parenttype": "User"}, pluck="parent")
	return sorted(
		u
		for u in set(users)
		if u not in ("Administrator", "Guest") and frappe.db.get_value("User", u, "enabled")
	)


def alert_unacknowledged(now=None) -> int:
	"""Scheduled: tell supervisors, once per request. Returns the number of requests reported.
	A request that fails is logged and skipped; the run goes on."""
	now = now or now_datetime()
	done = 0
	for row in unacknowledged_due(now):
		try:
			users = supervisors_of(row.service)
			if users:
				enqueue_create_notification(
					users,
					{
						"type": "Alert",
						"document_type": DOCTYPE,
						"document_name": row.name,
						"subject": _(
							"No acknowledgement of receipt was sent for {0} (received on {1}): appeal delays cannot be held against the citizen (article L112-6 of the CRPA)."
						).format(row.name, frappe.utils.format_date(row.received_on)),
						"email_content": f"<p>{frappe.utils.escape_html(row.subject or '')}</p>",
					},
				)
			frappe.db.set_value(
				DOCTYPE, row.name, "acknowledgement_alert_sent_on", now, update_modified=False
			)
			_commit()
			done += 1
		except Exception:  # noqa: BLE001 - one failing request is logged and skipped; the run goes on
			_rollback()
			frappe.log_error(
				title=_("Acknowledgement alert failed for {0}").format(row.name),
				reference_doctype=DOCTYPE,
				reference_name=row.name,
			)
	return done


# ---------------------------------------------------------------------------- implicit dates
def enqueue_implicit_dates() -> None:
	frappe.enqueue(
		"citizen_relation.crpa.jobs.recompute_implicit_dates",
		queue="long",
		job_id="citizen_relation:recompute_implicit_dates",
		deduplicate=True,
		enqueue_after_commit=True,
	)


FILING_FIELDS = [
	"name",
	"request_type",
	"service",
	"received_on",
	"competent_received_on",
	"missing_pieces",
	"missing_pieces_due_on",
	"pieces_received_on",
	"implicit_decision_on",
]


def recompute_implicit_dates() -> int:
	"""Every open demande's implicit-decision date under the site's current rule (progress
	shown to whoever changed the setting). Returns the number of dates that changed."""
	filters = {
		"status": ("in", get_lifecycle().active_statuses),
		"crpa_regime": ("in", ["Silence means acceptance", "Silence means rejection"]),
	}
	total = frappe.db.count(DOCTYPE, filters)
	changed = done = 0
	start = 0
	while True:
		rows = frappe.get_all(
			DOCTYPE,
			filters=filters,
			fields=FILING_FIELDS,
			order_by="name",
			limit_start=start,
			limit_page_length=BATCH,
		)
		if not rows:
			break
		for row in rows:
			new = deadlines.implicit_decision_on(row)
			old = getdate(row.implicit_decision_on) if row.implicit_decision_on else None
			if new != old:
				frappe.db.set_value(DOCTYPE, row.name, "implicit_decision_on", new, update_modified=False)
				changed += 1
		done += len(rows)
		start += BATCH
		_commit()
		frappe.publish_progress(
			done * 100 / max(total, 1),
			title=_("Implicit-decision dates"),
			description=_("{0} of {1} requests").format(done, total),
		)
	return changed
