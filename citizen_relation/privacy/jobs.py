"""The daily retention run: archive and anonymise the requests whose day has come, with a log.

Selection is index-bound: ``(retention_phase, retention_due_on)`` is indexed and the job asks only
for ``phase = P and retention_due_on <= today``, in batches, so a run reads the requests due that
day and nothing else, however many millions are stored. A run is idempotent: a request it handled
is no longer due (its phase moved forward, its next date is later or empty), and running it twice
the same day finds nothing left to do. One request that fails is logged in the run and retried the
next day; the run goes on.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict

import frappe
from frappe import _
from frappe.query_builder.functions import Count
from frappe.utils import add_days, get_datetime, getdate, now_datetime, today

from citizen_relation.core import retention as core
from citizen_relation.privacy import anonymise, phases
from citizen_relation.privacy.policies import PHASE_LABELS, anonymisation_authorised, policy_for
from citizen_relation.sla.jobs import commit, rollback

DOCTYPE = "Citizen Request"
RUN = "Retention Run"
BATCH = 500
RUN_JOB = "citizen_relation.privacy.jobs.run_retention"
RECOMPUTE_JOB = "citizen_relation.privacy.jobs.recompute_schedules"
# Deleted Document rows of requests (e.g. a request dropped when its mail joined another one)
# hold a full copy of the citizen's data: purged after this many days.
DELETED_COPIES_DAYS = 30
OUTCOMES = {core.ARCHIVED: "Archived", core.ANONYMISED: "Anonymised"}


def scheduled_run() -> None:
	"""Scheduler (daily)."""
	run_retention("Scheduled")


def enqueue_run(user: str) -> None:
	"""A run asked from the desk: in the background, with a progress bar for whoever asked."""
	frappe.enqueue(
		RUN_JOB,
		queue="long",
		timeout=6 * 3600,
		job_id=f"{frappe.local.site}:citizen_relation:retention_run",
		deduplicate=True,
		enqueue_after_commit=True,
		run_type="From the desk",
		publish=True,
		user=user,
	)


def run_retention(run_type: str = "Scheduled", publish: bool = False, user: str | None = None, as_of=None) -> str:
	"""Archive and anonymise every request due on ``as_of`` (today). Returns the Retention Run's name."""
	day = getdate(as_of or today())
	authorised = anonymisation_authorised()
	run = frappe.get_doc(
		{
			"doctype": RUN,
			"run_type": run_type,
			"status": "Running",
			"as_of": day,
			"triggered_by": user or frappe.session.user,
			"started_on": now_datetime(),
			"anonymisation_authorised": authorised,
		}
	).insert(ignore_permissions=True)
	commit()
	started = time.monotonic()
	tally: Counter = Counter()
	errors: list[dict] = []
	try:
		selected = [core.ACTIVE] + ([core.ARCHIVED] if authorised else [])
		total = sum(count_due(phase, day) for phase in selected)
		done = 0
		for phase in selected:
			previous: list[str] = []
			while names := due(phase, day):
				if names == previous:  # nothing moved (inconsistent rows): never loop
					errors.append({"request": names[0], "step": _("Selection"), "error": _("The request stays due after its step")})
					break
				previous = names
				process_batch(names, day, authorised, tally, errors)
				commit()
				done += len(names)
				if publish and total:
					frappe.publish_progress(
						min(100, done * 100 / total),
						title=_("Retention of personal data"),
						description=_("{0} of {1} requests").format(done, total),
					)
		purge_deleted_copies(day)
		commit()
		status = "Completed with errors" if errors else "Completed"
	except Exception:  # noqa: BLE001 - the run is logged as failed, never lost
		rollback()
		errors.append({"step": _("Run"), "error": frappe.get_traceback()[-1000:]})
		frappe.log_error(title=_("Retention run {0} failed").format(run.name))
		status = "Failed"
	finish(run.name, status, tally, errors, time.monotonic() - started)
	return run.name


def finish(name: str, status: str, tally: Counter, errors: list[dict], seconds: float) -> None:
	run = frappe.get_doc(RUN, name)
	run.status = status
	run.finished_on = now_datetime()
	run.duration = max(round(seconds, 3), (run.finished_on - get_datetime(run.started_on)).total_seconds())
	for (request_type, outcome), count in sorted(tally.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
		run.append("counts", {"request_type": request_type, "phase": outcome, "count": count})
	run.archived = sum(c for (_t, o), c in tally.items() if o == "Archived")
	run.anonymised = sum(c for (_t, o), c in tally.items() if o == "Anonymised")
	run.kept = sum(c for (_t, o), c in tally.items() if o == "Kept")
	for error in errors[:200]:
		run.append("errors", error)
	run.errors_count = len(errors)
	run.flags.ignore_permissions = True
	run.save()
	commit()


# ---------------------------------------------------------------------------- selection
def _due_query(phase: str, day):
	cr = frappe.qb.DocType(DOCTYPE)
	return frappe.qb.from_(cr).where(
		(cr.retention_phase == PHASE_LABELS[phase]) & cr.retention_due_on.isnotnull() & (cr.retention_due_on <= day)
	)


def due(phase: str, day, limit: int = BATCH) -> list[str]:
	"""Names of the requests in ``phase`` whose next step has come (an index range)."""
	cr = frappe.qb.DocType(DOCTYPE)
	return _due_query(phase, day).select(cr.name).orderby(cr.retention_due_on).orderby(cr.name).limit(limit).run(pluck=True)


def count_due(phase: str, day) -> int:
	cr = frappe.qb.DocType(DOCTYPE)
	return _due_query(phase, day).select(Count(cr.name)).run()[0][0]


# ---------------------------------------------------------------------------- processing
def process_batch(names: list[str], day, authorised: bool, tally: Counter, errors: list[dict]) -> None:
	"""Apply the core's step to each request of a batch: archive them together, anonymise one by one."""
	rows = frappe.get_all(
		DOCTYPE,
		filters={"name": ("in", names)},
		fields=["name", "request_type", "retention_phase", "retention_from", "archive_on", "anonymise_on", "legal_hold", "contact"],
	)
	now = now_datetime()
	archive: dict = defaultdict(list)  # next due date → names moved to the archive
	reschedule: dict = defaultdict(list)  # next due date → names that stay in their phase
	for row in rows:
		current = phases.PHASES.get(row.retention_phase, core.ACTIVE)
		step = core.advance(
			current, phases.stored_schedule(row), day, legal_hold=bool(row.legal_hold), anonymisation_authorised=authorised
		)
		if step.phase == core.ANONYMISED:
			if current == core.ACTIVE:
				tally[(row.request_type, "Archived")] += 1
			_anonymise(row, tally, errors, day)
		elif step.phase == core.ARCHIVED and current == core.ACTIVE:
			archive[step.due_on].append(row.name)
			tally[(row.request_type, "Archived")] += 1
		else:
			if row.legal_hold and current == core.ARCHIVED:
				tally[(row.request_type, "Kept")] += 1
			reschedule[step.due_on].append(row.name)
	cr = frappe.qb.DocType(DOCTYPE)
	for due_on, group in archive.items():
		(
			frappe.qb.update(cr)
			.set(cr.retention_phase, phases.ARCHIVED)
			.set(cr.archived_on, now)
			.set(cr.retention_due_on, due_on)
			.where(cr.name.isin(group))
		).run()
	for due_on, group in reschedule.items():
		frappe.qb.update(cr).set(cr.retention_due_on, due_on).where(cr.name.isin(group)).run()


def _anonymise(row, tally: Counter, errors: list[dict], day) -> None:
	savepoint = "retention_anonymise"
	frappe.db.savepoint(savepoint)
	try:
		anonymise.anonymise_request(row.name)
		tally[(row.request_type, "Anonymised")] += 1
	except Exception:  # noqa: BLE001 - one request's failure is logged; the run goes on
		frappe.db.rollback(save_point=savepoint)
		log = frappe.log_error(
			title=_("Anonymisation of {0} failed").format(row.name), reference_doctype=DOCTYPE, reference_name=row.name
		)
		errors.append(
			{"request": row.name, "step": _("Anonymisation"), "error": frappe.get_traceback()[-1000:], "error_log": log.name}
		)
		# retried tomorrow: not selected again by this run, never blocking the requests behind it
		frappe.db.set_value(DOCTYPE, row.name, "retention_due_on", add_days(day, 1), update_modified=False)


def purge_deleted_copies(day) -> int:
	"""Deleted requests' copies (Deleted Document) older than ``DELETED_COPIES_DAYS``."""
	dd = frappe.qb.DocType("Deleted Document")
	limit = add_days(day, -DELETED_COPIES_DAYS)
	names = (
		frappe.qb.from_(dd)
		.select(dd.name)
		.where((dd.deleted_doctype == DOCTYPE) & (dd.creation < limit))
		.limit(10_000)
	).run(pluck=True)
	if names:
		frappe.qb.from_(dd).delete().where(dd.name.isin(names)).run()
	return len(names)


# ---------------------------------------------------------------------------- recompute
def enqueue_recompute(request_types: list[str] | None = None) -> None:
	"""Durations changed (a type's, or the defaults): recompute the dates of the requests concerned."""
	frappe.enqueue(
		RECOMPUTE_JOB,
		queue="long",
		timeout=6 * 3600,
		enqueue_after_commit=True,
		request_types=request_types,
		publish=True,
	)


def recompute_schedules(request_types: list[str] | None = None, publish: bool = False) -> int:
	"""Recompute the phase dates of closed, not yet anonymised requests of ``request_types``
	(``None``: the types that follow the site's defaults). Phases do not move here; the next
	daily run applies dates that are now past. Returns the number of requests updated."""
	if request_types is None:
		request_types = frappe.get_all("Request Type", filters={"retention_own_durations": 0}, pluck="name")
	cr = frappe.qb.DocType(DOCTYPE)
	updated = 0
	for position, request_type in enumerate(request_types, 1):
		policy = policy_for(request_type)
		last = ""
		while True:
			rows = (
				frappe.qb.from_(cr)
				.select(cr.name, cr.retention_phase, cr.retention_from, cr.legal_hold)
				.where(
					(cr.request_type == request_type)
					& cr.retention_phase.isin([phases.ACTIVE, phases.ARCHIVED])
					& cr.retention_from.isnotnull()
					& (cr.name > last)
				)
				.orderby(cr.name)
				.limit(2000)
			).run(as_dict=True)
			if not rows:
				break
			for row in rows:
				schedule = policy.schedule(row.retention_from)
				phase = phases.PHASES.get(row.retention_phase, core.ACTIVE)
				frappe.qb.update(cr).set(cr.archive_on, schedule.archive_on).set(cr.anonymise_on, schedule.anonymise_on).set(
					cr.retention_due_on, core.next_due(phase, schedule, bool(row.legal_hold))
				).where(cr.name == row.name).run()
			updated += len(rows)
			last = rows[-1].name
			commit()
		if publish:
			frappe.publish_progress(
				position * 100 / len(request_types),
				title=_("Recomputing retention dates"),
				description=_("{0} of {1} request types").format(position, len(request_types)),
			)
	return updated
