"""Duplicate reports in Frappe: candidate retrieval, merging, unmerging, reporters' notifications.

The scoring and the merge rules are pure (:mod:`citizen_relation.core.duplicates`,
:mod:`citizen_relation.core.merging`); this adapter reads and writes the database.

Candidates: an indexed pre-filter (request type, open statuses, time window, bounding box of
the search radius; index ``request_type, status, latitude, longitude, received_on``) returns at
most a few hundred rows even with millions of requests, which the core scores in one vectorised
pass. Each request stores its normalised text (``match_text``, prefixed with the core's
``MATCH_TEXT_VERSION``), so candidates are not normalised again on every search.

Merging: the merged request goes to the terminal workflow state *Merged* and points at its
master (``merged_into``); the master lists every reporter in ``co_reporters`` and counts them in
``reporter_count``. The workflow has no transition into or out of *Merged*: only :func:`merge`
and :func:`unmerge` move a request there and back, after checking write permission on both
requests, and write the merged request's state with ``db_set`` (a workflow transition would need
one row per state and role, and would let anyone pick "Merged" without choosing a master).
Row locks (``SELECT … FOR UPDATE`` on both requests, in name order) serialise concurrent merges
onto one master, so that no reporter is lost. What the merge changed on the merged request is
kept in ``merge_snapshot`` so that :func:`unmerge` restores it exactly.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import frappe
from frappe import _
from frappe.query_builder import DocType
from frappe.utils import cint, flt, get_datetime, now_datetime

from citizen_relation.core import merging
from citizen_relation.core.duplicates import (
	MATCH_TEXT_VERSION,
	DetectionSettings,
	Report,
	bounding_box,
	match_text,
	score_candidates,
)
from citizen_relation.deadlines import record_status_change_in_db
from citizen_relation.utils import core_errors, tracking_url

DOCTYPE = "Citizen Request"
CO_REPORTER = "Citizen Request Co-reporter"
MERGED = merging.MERGED_STATUS
# Statuses in which a request can still be a duplicate of a new report, or a master.
OPEN_STATUSES = ("New", "Open", "In Progress", "Waiting for Citizen")
# Pre-filter cap: far more than any real cluster; keeps a pathological query bounded.
MAX_PREFILTER_ROWS = 5000
# Co-reporter row fields copied when rows move from one master to another.
ROW_FIELDS = ("request", "reporter_name", "contact", "channel", "received_on", "merged_on", "merged_by", "notified_status")
NOTIFY_JOB = "citizen_relation.duplicates.notify_reporters"


# --------------------------------------------------------------------------------------------------
# Settings and stored text
# --------------------------------------------------------------------------------------------------


def detection_settings(request_type: str | None) -> DetectionSettings | None:
	"""The request type's settings, or ``None`` when detection is off (or the type unknown)."""
	if not request_type:
		return None
	try:
		rt = frappe.get_cached_doc("Request Type", request_type)  # no query once cached
	except frappe.DoesNotExistError:
		frappe.clear_last_message()
		return None
	if not rt.get("duplicate_detection"):
		return None
	with core_errors(_("Duplicate detection settings")):
		try:
			return DetectionSettings(
				radius_m=float(rt.duplicate_radius_m or 150),
				window_days=float(rt.duplicate_window_days or 30),
				threshold=min(1.0, max(0.0, flt(rt.duplicate_threshold, 2) / 100.0)),
			)
		except ValueError:
			return DetectionSettings()


def stored_match_text(subject: str | None, description: str | None, address: str | None) -> str:
	"""Value of the ``match_text`` field: core version, then the normalised text."""
	return f"{MATCH_TEXT_VERSION}:{match_text(subject, description, address=address)}"


def read_match_text(stored: str | None) -> str | None:
	"""Normalised text of a stored value, or ``None`` when missing or of another core version."""
	if not stored:
		return None
	version, _sep, text = stored.partition(":")
	return text if version == str(MATCH_TEXT_VERSION) else None


def set_match_text(doc) -> None:
	"""Controller hook (before_validate): keep the stored normalised text in step."""
	doc.match_text = stored_match_text(doc.subject, doc.description, doc.address)


# --------------------------------------------------------------------------------------------------
# Candidates
# --------------------------------------------------------------------------------------------------


def _coordinates(lat, lon) -> tuple[float, float] | None:
	lat, lon = flt(lat), flt(lon)
	return None if lat == 0.0 and lon == 0.0 else (lat, lon)


def report_of(values, name: str | None = None) -> Report:
	"""Core :class:`Report` of a request (a document, or a dict with the same field names)."""
	get = values.get
	normalised = read_match_text(get("match_text"))
	return Report(
		name=name or get("name") or "__new__",
		received_on=get_datetime(get("received_on")) if get("received_on") else now_datetime(),
		request_type=get("request_type"),
		category=get("category"),
		text=" ".join(p for p in (get("subject"), get("description")) if p),
		lat=flt(get("latitude")),
		lon=flt(get("longitude")),
		address=get("address"),
		status=get("status"),
		normalised_text=normalised,
	)


def prefilter(new: Report, settings: DetectionSettings, exclude: str | None = None) -> list[dict]:
	"""Open requests of the same type, inside the time window and the search box (indexed query).

	Geolocated reports: the bounding box of the radius, plus requests without coordinates whose
	address may match. Reports with an address only: every request of the type in the window
	that has an address (the core compares the addresses). No location at all: nothing.
	"""
	cr = DocType(DOCTYPE)
	window = timedelta(days=settings.window_days)
	query = (
		frappe.qb.from_(cr)
		.select(
			cr.name,
			cr.subject,
			cr.status,
			cr.received_on,
			cr.request_type,
			cr.category,
			cr.latitude,
			cr.longitude,
			cr.address,
			cr.match_text,
			cr.reporter_count,
		)
		.where(cr.request_type == new.request_type)
		.where(cr.status.isin(OPEN_STATUSES))
		.where(cr.received_on.between(new.received_on - window, new.received_on + window))
		.limit(MAX_PREFILTER_ROWS)
	)
	origin = new.coordinates
	no_coordinates = (cr.latitude == 0) & (cr.longitude == 0)
	has_address = cr.address.isnotnull() & (cr.address != "")
	if origin:
		min_lat, max_lat, min_lon, max_lon = bounding_box(origin[0], origin[1], settings.radius_m)
		in_box = cr.latitude.between(min_lat, max_lat) & cr.longitude.between(min_lon, max_lon)
		query = query.where(in_box | (no_coordinates & has_address) if new.address else in_box)
	elif new.address:
		query = query.where(has_address)
	else:
		return []
	if exclude:
		query = query.where(cr.name != exclude)
	rows = query.run(as_dict=True)
	_fill_stale_match_texts(rows)
	return rows


def _fill_stale_match_texts(rows: list[dict]) -> None:
	"""Rows saved before ``match_text`` existed (or with an older core version): compute it now."""
	stale = [r.name for r in rows if read_match_text(r.match_text) is None]
	if not stale:
		return
	texts = {
		r.name: r
		for r in frappe.get_all(
			DOCTYPE, filters={"name": ("in", stale)}, fields=["name", "subject", "description", "address"]
		)
	}
	for r in rows:
		if r.name in texts:
			t = texts[r.name]
			r.match_text = stored_match_text(t.subject, t.description, t.address)


def find_candidates(values, limit: int | None = 10, threshold: float | None = None) -> list[dict]:
	"""Possible duplicates of a request (document or dict), best first, explained.

	Each item: the core breakdown (``score``, ``components``…) plus the candidate's ``name``,
	``subject``, ``status``, ``received_on``, ``latitude``/``longitude``, ``distance_m`` (or
	``None``) and ``reporter_count``. ``threshold`` overrides the type's threshold.
	"""
	settings = detection_settings(values.get("request_type"))
	if settings is None:
		return []
	new = report_of(values)
	rows = prefilter(new, settings, exclude=values.get("name"))
	if not rows:
		return []
	reports = [report_of(r) for r in rows]
	by_name = {r.name: r for r in rows}
	out = []
	for breakdown in score_candidates(new, reports, settings, threshold=threshold, limit=limit):
		row = by_name[breakdown.candidate]
		distance = breakdown.component("distance")
		item = breakdown.to_dict()
		item.update(
			name=row.name,
			subject=row.subject,
			status=row.status,
			received_on=row.received_on,
			latitude=row.latitude,
			longitude=row.longitude,
			reporter_count=cint(row.reporter_count) or 1,
			distance_m=round(distance.raw) if distance is not None and distance.raw is not None else None,
		)
		out.append(item)
	return out


# --------------------------------------------------------------------------------------------------
# Merging
# --------------------------------------------------------------------------------------------------


def _lock(*names: str) -> None:
	"""Row locks on the requests, always taken in name order (no deadlock between two merges)."""
	cr = DocType(DOCTYPE)
	frappe.qb.from_(cr).select(cr.name).where(cr.name.isin(sorted(set(names)))).orderby(cr.name).for_update().run()


def resolve_master(name: str) -> str:
	"""End of the ``merged_into`` chain from ``name``: merging into a merged request merges into its master."""
	chain: dict[str, str | None] = {}
	current = name
	for _ in range(50):
		parent = frappe.db.get_value(DOCTYPE, current, "merged_into")
		chain[current] = parent
		if not parent:
			break
		current = parent
	with core_errors():
		return merging.follow_chain(name, chain)


def merge(request: str, master: str) -> str:
	"""Merge ``request`` into ``master`` (or into the master ``master`` was merged into).

	Returns the name of the master actually used. Needs write permission on both requests.
	"""
	target = resolve_master(master)
	_lock(request, target)
	# locking reads: under REPEATABLE READ a plain read could return the snapshot taken before
	# the lock, without the co-reporters a concurrent merge has just committed
	req = frappe.get_doc(DOCTYPE, request, for_update=True)
	mst = frappe.get_doc(DOCTYPE, target, for_update=True)
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
	mst.save()

	# the merged request and the requests it carried
	frappe.db.delete(CO_REPORTER, {"parent": req.name, "parenttype": DOCTYPE, "parentfield": "co_reporters"})
	req.db_set(
		{
			"status": MERGED,
			"merged_into": mst.name,
			"merge_snapshot": snapshot.to_json(),
			"reporter_count": 1,
			"raised_priority_from": None,
		},
		notify=True,
	)
	if snapshot.moved:
		cr = DocType(DOCTYPE)
		(
			frappe.qb.update(cr)
			.set(cr.merged_into, mst.name)
			.where(cr.name.isin(snapshot.moved) & (cr.merged_into == req.name))
		).run()
	record_status_change_in_db(req.name, MERGED)
	req.add_comment("Info", _("Merged into {0}").format(mst.name))
	_link_communications([req.name, *snapshot.moved], mst.name)
	enqueue_notifications(mst.name)
	return mst.name


def unmerge(request: str) -> str:
	"""Give a merged request back its own life, exactly as before the merge; returns its former master."""
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
	mst.save()

	restored = [row for row in snapshot.co_reporters if row.get("request") in moved]
	for idx, row in enumerate(restored, start=1):
		child = frappe.new_doc(CO_REPORTER, parent_doc=req, parentfield="co_reporters")
		child.update({f: row.get(f) for f in ROW_FIELDS})
		child.idx = idx
		child.db_insert()
	req.db_set(
		{
			"status": snapshot.status,
			"priority": snapshot.priority,
			"merged_into": None,
			"merge_snapshot": None,
			"reporter_count": merging.reporter_count(len(restored)),
			"raised_priority_from": snapshot.raised_priority_from,
		},
		notify=True,
	)
	if moved:
		cr = DocType(DOCTYPE)
		frappe.qb.update(cr).set(cr.merged_into, req.name).where(cr.name.isin(list(moved))).run()
	record_status_change_in_db(req.name, snapshot.status)
	req.add_comment("Info", _("Unmerged from {0}").format(mst.name))
	_unlink_communications(list(leaving), mst.name)
	return mst.name


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
	raise_at = cint(frappe.get_cached_value("Request Type", master.request_type, "reporters_for_priority_raise"))
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


# --------------------------------------------------------------------------------------------------
# Notifications
# --------------------------------------------------------------------------------------------------


def on_master_update(doc) -> None:
	"""Controller hook (on_update): a master whose status changed tells every reporter."""
	if doc.co_reporters and doc.status != MERGED and doc.has_value_changed("status"):
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
	if doc.status == MERGED:
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
	if master.status in ("Resolved", "Closed") and master.resolution_summary:
		lines.append(_("Resolution:") + " " + master.resolution_summary)
	lines.append('<a href="{0}">{1}</a>'.format(url, _("Follow your request {0}").format(reporter.name)))
	frappe.sendmail(
		recipients=[reporter.reporter_email],
		subject=_("Your request {0}: {1}").format(reporter.name, status),
		message="".join(f"<p>{line}</p>" for line in lines),
		reference_doctype=DOCTYPE,
		reference_name=reporter.name,
	)


# --------------------------------------------------------------------------------------------------
# Triage
# --------------------------------------------------------------------------------------------------


def triage(request_type: str | None = None, since: datetime | None = None, limit: int = 200) -> list[dict]:
	"""New requests (readable by the user) with candidates above their type's threshold."""
	filters = {"status": "New"}
	if request_type:
		filters["request_type"] = request_type
	if since:
		filters["received_on"] = (">=", since)
	enabled = frappe.get_all("Request Type", filters={"duplicate_detection": 1}, pluck="name")
	if not enabled:
		return []
	filters.setdefault("request_type", ("in", enabled))
	requests = frappe.get_list(
		DOCTYPE,
		filters=filters,
		fields=[
			"name", "subject", "description", "request_type", "category", "status", "received_on",
			"latitude", "longitude", "address", "match_text",
		],
		order_by="received_on desc",
		limit_page_length=limit,
	)
	out = []
	for r in requests:
		candidates = find_candidates(r, limit=5)
		if candidates:
			best = candidates[0]
			out.append(
				{
					"request": r.name,
					"subject": r.subject,
					"request_type": r.request_type,
					"received_on": r.received_on,
					"candidates": len(candidates),
					"best_candidate": best["name"],
					"best_subject": best["subject"],
					"best_score": round(100 * best["score"], 1),
					"distance_m": best["distance_m"],
				}
			)
	return out
