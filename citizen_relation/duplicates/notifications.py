"""Keeping every reporter of an incident informed: e-mails to the co-reporters of a master."""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.core import lifecycle as core_lifecycle
from citizen_relation.core import merging
from citizen_relation.crpa import letters
from citizen_relation.crpa.identity import identity
from citizen_relation.requests.lifecycle import REASON_FLAG, get_lifecycle

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
	"""E-mail each co-reporter the master's status, with their own reference and tracking link
	(the merge notice, built and checked like every letter to citizens; values escaped).

	Idempotent: a reporter already told about the current status (``notified_status``) is
	skipped; one whose notice cannot be produced (a mandatory mention is missing) stays pending.
	Returns the number of e-mails queued.
	"""
	doc = frappe.get_doc(DOCTYPE, master)
	if get_lifecycle().is_merged(doc.status):
		return 0
	rows = merging.statuses_to_notify([r.as_dict() for r in doc.co_reporters], doc.status)
	if not rows:
		return 0
	own = set(frappe.get_all(DOCTYPE, filters={"name": ("in", [r["request"] for r in rows])}, pluck="name"))
	collectivite = identity()
	sent, refused = 0, []
	for row in rows:
		if row["request"] in own:
			reporter = frappe.get_doc(DOCTYPE, row["request"])
			if reporter.reporter_email:
				ok, why = letters.send(
					reporter, letters.MERGE_NOTICE, master=doc, record=False, collectivite=collectivite
				)
				if not ok:
					refused.append(why)
					continue  # told once the letter can be produced (the row stays pending)
				sent += 1
		frappe.db.set_value(CO_REPORTER, row["name"], "notified_status", doc.status, update_modified=False)
	if refused:
		doc.add_comment(
			"Info",
			_("Status e-mails to the reporters merged here not sent: {0}.").format(refused[0]),
		)
	return sent
