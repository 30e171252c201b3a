"""Merging duplicate reports into one master request, and undoing it.

The merged request goes to the lifecycle's *Merged* status and points at its master
(``merged_into``); the master lists every reporter in ``co_reporters`` and counts them in
``reporter_count``. The workflow has no transition into or out of *Merged*: only :func:`merge`
and :func:`unmerge` move a request there and back, after checking write permission on both
requests, through the lifecycle's status writer (:func:`~citizen_relation.requests.lifecycle.change_status`),
so that the history, deadlines and notifications follow as for any other status change.
Row locks (``SELECT … FOR UPDATE`` on both requests, in name order) serialise concurrent merges
onto one master, so that no reporter is lost. What the merge changed on the merged request is
kept in ``merge_snapshot`` so that :func:`unmerge` restores it exactly.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.query_builder import DocType
from frappe.utils import cint, now_datetime

from citizen_relation.core import lifecycle as core_lifecycle
from citizen_relation.core import merging
from citizen_relation.duplicates import decisions
from citizen_relation.duplicates.notifications import enqueue_notifications
from citizen_relation.requests.lifecycle import change_status, mark_system_write
from citizen_relation.requests.profile import get_profile
from citizen_relation.utils import core_errors, retry_once_on_deadlock

DOCTYPE = "Citizen Request"
CO_REPORTER = "Citizen Request Co-reporter"
MERGED = core_lifecycle.MERGED_STATUS
# Co-reporter row fields copied when rows move from one master to another.
ROW_FIELDS = ("request", "reporter_name", "contact", "channel", "received_on", "merged_on", "merged_by", "notified_status")


def _lock(*names: str) -> None:
	"""Row locks on the requests, always taken in name order (no deadlock between two merges)."""
	cr = DocType(DOCTYPE)
	frappe.qb.from_(cr).select(cr.name).where(cr.name.isin(sorted(set(names)))).orderby(cr.name).for_update().run()


def _require_requests(*names) -> None:
	for name in names:
		if not isinstance(name, str) or not name or not frappe.db.exists(DOCTYPE, name):
			frappe.throw(
				_("Request {0} does not exist").format(frappe.bold(str(name)[:140])), frappe.DoesNotExistError
			)


def lock_master(master: str) -> str:
	"""Lock the request a report will be merged into (the end of its chain); returns its name."""
	_require_requests(master)
	target = resolve_master(master)
	_lock(target)
	return target


def resolve_master(name: str) -> str:
	"""End of the ``merged_into`` chain from ``name``: merging into a merged request merges into its master."""
	chain: dict[str, str | None] = {}
	current = name
	for _step in range(50):
		parent = frappe.db.get_value(DOCTYPE, current, "merged_into")
		chain[current] = parent
		if not parent:
			break
		current = parent
	with core_errors():
		return merging.follow_chain(name, chain)


@retry_once_on_deadlock
def merge(request: str, master: str, *, as_system: bool = False) -> str:
	"""Merge ``request`` into ``master`` (or into the master ``master`` was merged into).

	Returns the name of the master actually used. Needs write permission on both requests, unless
	``as_system`` (a citizen following a known report, an automatic merge of an Open311 report:
	the caller has checked what the citizen or the client may do).
	"""
	_require_requests(request, master)
	target = resolve_master(master)
	_lock(request, target)
	# locking reads: under REPEATABLE READ a plain read could return the snapshot taken before
	# the lock, without the co-reporters a concurrent merge has just committed
	req = frappe.get_doc(DOCTYPE, request, for_update=True)
	mst = frappe.get_doc(DOCTYPE, target, for_update=True)
	if not as_system:
		req.check_permission("write")
		mst.check_permission("write")
	with core_errors(_("Cannot merge")):
		merging.check_merge(req.name, req.merged_into, mst.name, mst.merged_into)
	if mst.status == MERGED:
		frappe.throw(_("Request {0} is merged: choose its master").format(frappe.bold(mst.name)))

	now, user = now_datetime(), frappe.session.user
	carried = [{f: row.get(f) for f in ROW_FIELDS} for row in req.co_reporters]
	snapshot = merging.Snapshot(
		status=req.status,
		priority=req.priority,
		reporter_count=cint(req.reporter_count) or 1,
		raised_priority_from=req.raised_priority_from,
		co_reporters=tuple(carried),
		moved=tuple(r["request"] for r in carried),
	)

	# the master: one row for the request, and the rows it carried as a master itself
	mst.append(
		"co_reporters",
		{
			"request": req.name,
			"reporter_name": req.reporter_name,
			"contact": req.contact,
			"channel": req.channel,
			"received_on": req.received_on,
			"merged_on": now,
			"merged_by": user,
		},
	)
	for row in carried:
		mst.append("co_reporters", row)
	_update_reporter_count(mst)
	mst.add_comment(
		"Info", _("{0} merged into this request ({1} reporters)").format(req.name, mst.reporter_count)
	)
	mark_system_write(mst)
	mst.flags.ignore_permissions = as_system
	_skip_link_check(mst)
	mst.save()

	# the merged request and the requests it carried
	req.set("co_reporters", [])
	change_status(
		req,
		MERGED,
		reason=core_lifecycle.MERGE,
		values={
			"merged_into": mst.name,
			"merge_snapshot": snapshot.to_json(),
			"reporter_count": 1,
			"raised_priority_from": None,
		},
		comment=_("Merged into {0}").format(mst.name),
		ignore_permissions=as_system,
	)
	if snapshot.moved:
		cr = DocType(DOCTYPE)
		(
			frappe.qb.update(cr)
			.set(cr.merged_into, mst.name)
			.where(cr.name.isin(snapshot.moved) & (cr.merged_into == req.name))
		).run()
	_link_communications([req.name, *snapshot.moved], mst.name)
	enqueue_notifications(mst.name)
	if not as_system:  # an agent's merge is a decision the duplicate model learns from
		decisions.record(req.name, mst.name, decisions.MERGE)
	return mst.name


@retry_once_on_deadlock
def unmerge(request: str) -> str:
	"""Give a merged request back its own life, exactly as before the merge; returns its former master."""
	_require_requests(request)
	master = frappe.db.get_value(DOCTYPE, request, "merged_into")
	if not master:
		frappe.throw(_("Request {0} is not merged into another request").format(frappe.bold(request)))
	_lock(request, master)
	req = frappe.get_doc(DOCTYPE, request, for_update=True)
	mst = frappe.get_doc(DOCTYPE, master, for_update=True)
	req.check_permission("write")
	mst.check_permission("write")
	if req.merged_into != master:  # changed while we waited for the lock
		frappe.throw(_("Request {0} changed in the meantime: reload it and try again").format(req.name))
	with core_errors(_("Cannot unmerge")):
		snapshot = merging.Snapshot.from_json(req.merge_snapshot)

	# requests it carried, unless unmerged (or moved) since
	moved = _still_merged_into(snapshot.moved, master)
	leaving = {req.name, *moved}
	mst.set("co_reporters", [row for row in mst.co_reporters if row.request not in leaving])
	_update_reporter_count(mst)
	mst.add_comment("Info", _("{0} unmerged from this request ({1} reporters)").format(req.name, mst.reporter_count))
	mark_system_write(mst)
	_skip_link_check(mst)
	mst.save()

	restored = [row for row in snapshot.co_reporters if row.get("request") in moved]
	req.set("co_reporters", [{f: row.get(f) for f in ROW_FIELDS} for row in restored])
	change_status(
		req,
		snapshot.status,
		reason=core_lifecycle.UNMERGE,
		values={
			"priority": snapshot.priority,
			"merged_into": None,
			"merge_snapshot": None,
			"reporter_count": merging.reporter_count(len(restored)),
			"raised_priority_from": snapshot.raised_priority_from,
		},
		comment=_("Unmerged from {0}").format(mst.name),
	)
	if moved:
		cr = DocType(DOCTYPE)
		frappe.qb.update(cr).set(cr.merged_into, req.name).where(cr.name.isin(list(moved))).run()
	_unlink_communications(list(leaving), mst.name)
	decisions.undo_merge(req.name, mst.name)
	return mst.name


def _skip_link_check(master) -> None:
	"""The master's save changes only its reporter rows and counts, written here; Frappe's link
	check would read each row's request with a plain read, whose REPEATABLE READ snapshot may
	predate the merge another connection committed while this one waited for the row lock
	(the row then "does not exist" and the merge fails). The locked rows are the truth."""
	master.flags.ignore_links = True


def _still_merged_into(names, master: str) -> set[str]:
	"""Those of ``names`` still merged into ``master`` (locking read: the latest committed rows)."""
	if not names:
		return set()
	cr = DocType(DOCTYPE)
	rows = (
		frappe.qb.from_(cr)
		.select(cr.name)
		.where(cr.name.isin(list(names)) & (cr.merged_into == master))
		.orderby(cr.name)
		.for_update()
	).run(pluck=True)
	return set(rows)


def _update_reporter_count(master) -> None:
	"""Reporter count and the type's priority rule (one level up from N reporters, undone below)."""
	master.reporter_count = merging.reporter_count(len(master.co_reporters))
	profile = get_profile(master.request_type)
	raise_at = profile.priority_raise_at if profile else 0
	priority, raised_from = merging.apply_priority_rule(
		master.priority, master.raised_priority_from or None, master.reporter_count, raise_at
	)
	if priority != master.priority:
		master.add_comment(
			"Info",
			_("Priority changed from {0} to {1}: {2} reporters").format(
				_(master.priority), _(priority), master.reporter_count
			),
		)
	master.priority, master.raised_priority_from = priority, raised_from


# --------------------------------------------------------------------------------------------------
# Communications of merged requests, on the master's timeline
# --------------------------------------------------------------------------------------------------


def _communications_of(requests: list[str]) -> list[str]:
	if not requests:
		return []
	return frappe.get_all(
		"Communication",
		filters={"reference_doctype": DOCTYPE, "reference_name": ("in", requests)},
		pluck="name",
	)


def _link_communications(requests: list[str], master: str) -> None:
	"""Show the merged requests' e-mails on the master's timeline (Communication Link rows)."""
	for name in _communications_of(requests):
		if frappe.db.exists(
			"Communication Link",
			{"parent": name, "link_doctype": DOCTYPE, "link_name": master, "parenttype": "Communication"},
		):
			continue
		link = frappe.new_doc("Communication Link", parent_doc=frappe.get_doc("Communication", name), parentfield="timeline_links")
		link.update({"link_doctype": DOCTYPE, "link_name": master})
		link.idx = 1 + cint(frappe.db.count("Communication Link", {"parent": name, "parenttype": "Communication"}))
		link.db_insert()


def _unlink_communications(requests: list[str], master: str) -> None:
	names = _communications_of(requests)
	if names:
		frappe.db.delete(
			"Communication Link",
			{"parent": ("in", names), "parenttype": "Communication", "link_doctype": DOCTYPE, "link_name": master},
		)


def merged_here(master) -> list[dict]:
	"""The reports merged into a master, each with its e-mails and attachments (for the desk panel)."""
	names = [row.request for row in master.co_reporters]
	if not names:
		return []
	files: dict[str, list] = {}
	for f in frappe.get_all(
		"File",
		filters={"attached_to_doctype": DOCTYPE, "attached_to_name": ("in", names)},
		fields=["name", "file_name", "file_url", "attached_to_name", "is_private"],
	):
		files.setdefault(f.attached_to_name, []).append(f)
	mails: dict[str, int] = {}
	for c in frappe.get_all(
		"Communication",
		filters={"reference_doctype": DOCTYPE, "reference_name": ("in", names)},
		fields=["reference_name", "count(name) as count"],
		group_by="reference_name",
	):
		mails[c.reference_name] = c.count
	subjects = dict(frappe.get_all(DOCTYPE, filters={"name": ("in", names)}, fields=["name", "subject"], as_list=True))
	return [
		{
			"request": row.request,
			"subject": subjects.get(row.request),
			"reporter_name": row.reporter_name,
			"channel": row.channel,
			"received_on": row.received_on,
			"merged_on": row.merged_on,
			"communications": mails.get(row.request, 0),
			"attachments": files.get(row.request, []),
		}
		for row in master.co_reporters
	]


