"""Keeping every reporter of an incident informed: e-mails to the co-reporters of a master."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.core import lifecycle as core_lifecycle
from citizen_relation.core import merging
from citizen_relation.requests.lifecycle import REASON_FLAG, get_lifecycle
from citizen_relation.utils import tracking_url

DOCTYPE = "Citizen Request"
CO_REPORTER = "Citizen Request Co-reporter"
NOTIFY_JOB = "citizen_relation.duplicates.notifications.notify_reporters"


def on_master_update(doc) -> None:
	"""Controller hook (on_update): a master whose status changed tells every reporter."""
	if (
		doc.co_reporters
		and not get_lifecycle().is_merged(doc.status)
		and doc.has_value_changed("status")
		# an unmerged report gets its reporters back as they were: nothing new to tell them
		and doc.flags.get(REASON_FLAG) != core_lifecycle.UNMERGE
	):
		enqueue_notifications(doc.name)


def enqueue_notifications(master: str) -> None:
	frappe.enqueue(
		NOTIFY_JOB,
		queue="short",
		master=master,
		job_id=f"citizen_relation:notify_reporters:{master}",
		deduplicate=True,
		enqueue_after_commit=True,
	)


def notify_reporters(master: str) -> int:
	"""E-mail each co-reporter the master's status, with their own reference and tracking link.

	Idempotent: a reporter already told about the current status (``notified_status``) is
	skipped. Returns the number of e-mails queued.
	"""
	doc = frappe.get_doc(DOCTYPE, master)
	if get_lifecycle().is_merged(doc.status):
		return 0
	rows = merging.statuses_to_notify([r.as_dict() for r in doc.co_reporters], doc.status)
	if not rows:
		return 0
	own = {
		r.name: r
		for r in frappe.get_all(
			DOCTYPE,
			filters={"name": ("in", [r["request"] for r in rows])},
			fields=["name", "reporter_email", "reporter_name", "tracking_token"],
		)
	}
	sent = 0
	for row in rows:
		reporter = own.get(row["request"])
		if reporter and reporter.reporter_email:
			_send_status_mail(doc, reporter)
			sent += 1
		frappe.db.set_value(CO_REPORTER, row["name"], "notified_status", doc.status, update_modified=False)
	return sent


def _send_status_mail(master, reporter) -> None:
	status = _(master.status)
	url = tracking_url(reporter.name, reporter.tracking_token or "")
	greeting = _("Hello {0},").format(frappe.utils.escape_html(reporter.reporter_name)) if reporter.reporter_name else _("Hello,")
	lines = [
		greeting,
		_("Other citizens reported the same problem as your request {0}. It is handled together with request {1}, whose status is now: {2}.").format(
			reporter.name, master.name, status
		),
	]
	if get_lifecycle().is_resolved(master.status) and master.resolution_summary:
		lines.append(_("Resolution:") + " " + master.resolution_summary)
	lines.append('<a href="{0}">{1}</a>'.format(url, _("Follow your request {0}").format(reporter.name)))
	frappe.sendmail(
		recipients=[reporter.reporter_email],
		subject=_("Your request {0}: {1}").format(reporter.name, status),
		message="".join(f"<p>{line}</p>" for line in lines),
		reference_doctype=DOCTYPE,
		reference_name=reporter.name,
	)


