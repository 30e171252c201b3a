"""Status callbacks: a client's requests changed, it is told (POST, signed, retried).

When a request changes status or gets a new public note, every client that posted it — or
posted a report merged into it — and has a callback URL gets an *Open311 Callback* row: the
request as Open311 shows it (nothing personal), POSTed as JSON in the background after the
commit, with ``X-Open311-Timestamp`` and ``X-Open311-Signature`` (``sha256=`` HMAC of
``"<timestamp>.<body>"`` with the client's callback secret). A failed delivery is retried after
1, 5, 30 minutes, 2 and 12 hours (:data:`core.open311.RETRY_DELAYS`, job every 5 minutes), then
marked Failed. Callback URLs must resolve to public addresses (as photos), unless the site
config sets ``open311_allow_private_callbacks`` (a test bench).
"""

from __future__ import annotations

import json
import time

import frappe
from frappe import _
from frappe.utils import now_datetime

from citizen_relation import caching
from citizen_relation.core import open311 as core
from citizen_relation.open311.settings import site_timezone

CALLBACK = "Open311 Callback"
CLIENT = "Open311 Client"
SUBMISSION = "Open311 Submission"
_HAS_CALLBACKS = "open311:has_callbacks"
TIMEOUT = 10


def forget() -> None:
	caching.shared_delete(_HAS_CALLBACKS)


def _any_client_has_callback() -> bool:
	return caching.shared_get(
		_HAS_CALLBACKS,
		lambda: bool(frappe.db.exists(CLIENT, {"enabled": 1, "callback_url": ("is", "set")})),
	)


def on_request_update(doc) -> None:
	"""Citizen Request.on_update: queue a callback when the status or the public note changed."""
	if doc.flags.in_insert or not (doc.has_value_changed("status") or doc.has_value_changed("public_note")):
		return
	if not _any_client_has_callback():
		return
	names = [doc.name, *(row.request for row in doc.get("co_reporters") or () if row.request)]
	clients = set(
		frappe.get_all(SUBMISSION, filters={"request": ("in", names)}, pluck="api_client", distinct=True)
	)
	clients.discard(None)
	if not clients:
		return
	targets = frappe.get_all(
		CLIENT,
		filters={"name": ("in", list(clients)), "enabled": 1, "callback_url": ("is", "set")},
		pluck="name",
	)
	if not targets:
		return
	from citizen_relation.open311.reading import to_public

	row = frappe._dict({f: doc.get(f) for f in ("name", "request_type", "category", "status", "public_title",
		"public_note", "service", "received_on", "modified", "resolution_by", "street", "address",
		"latitude", "longitude", "merged_into")})
	event = "status_changed" if doc.has_value_changed("status") else "note_added"
	payload = core.callback_payload(to_public(row), event, now_datetime(), site_timezone())
	for client in targets:
		callback = frappe.get_doc(
			{
				"doctype": CALLBACK,
				"api_client": client,
				"request": doc.name,
				"event": event,
				"status": "Pending",
				"attempts": 0,
				"next_attempt_on": now_datetime(),
				"payload": json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
			}
		).insert(ignore_permissions=True)
		frappe.enqueue(
			"citizen_relation.open311.callbacks.deliver",
			callback=callback.name,
			queue="short",
			enqueue_after_commit=True,
		)


def deliver(callback: str, commit: bool = True) -> None:
	"""Job: one delivery attempt (then the next one is planned, or the delivery given up)."""
	row = frappe.get_doc(CALLBACK, callback, for_update=True)
	if row.status != "Pending":
		return
	client = frappe.get_doc(CLIENT, row.api_client)
	url = client.callback_url
	secret = client.get_password("callback_secret", raise_exception=False) or ""
	body = (row.payload or "{}").encode("utf-8")
	status_code, error = None, None
	try:
		_check_target(url)
		status_code = _post(url, body, secret)
		if not 200 <= status_code < 300:
			error = _("The callback URL answered {0}").format(status_code)
	except Exception as failure:  # noqa: BLE001 — any failure is recorded and retried
		error = f"{type(failure).__name__}: {failure}"[:500]
	row.attempts = (row.attempts or 0) + 1
	row.last_status_code = status_code
	if error is None:
		row.status, row.delivered_on, row.last_error, row.next_attempt_on = "Delivered", now_datetime(), None, None
	else:
		row.last_error = error
		row.next_attempt_on = core.next_attempt(row.attempts, now_datetime())
		if row.next_attempt_on is None:
			row.status = "Failed"
	row.flags.ignore_permissions = True
	row.save()
	if commit:
		frappe.db.commit()


def _check_target(url: str | None) -> None:
	from urllib.parse import urlsplit

	from citizen_relation.open311.media import resolve

	if not url:
		raise ValueError(_("The client has no callback URL"))
	parts = urlsplit(url)
	if parts.scheme not in ("http", "https") or not parts.hostname:
		raise ValueError(_("The callback URL must be an http or https URL"))
	if frappe.conf.get("open311_allow_private_callbacks"):
		return
	addresses = resolve(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
	if not addresses or not all(core.is_public_address(a) for a in addresses):
		raise ValueError(_("The callback URL points to a network that is not public"))


def _post(url: str, body: bytes, secret: str) -> int:
	import requests

	timestamp = int(time.time())
	response = requests.post(
		url,
		data=body,
		headers={
			"Content-Type": "application/json; charset=utf-8",
			"User-Agent": "citizen_relation-open311",
			"X-Open311-Timestamp": str(timestamp),
			"X-Open311-Signature": "sha256=" + core.sign(secret, timestamp, body),
		},
		timeout=TIMEOUT,
		allow_redirects=False,
	)
	return response.status_code


def retry_due() -> None:
	"""Scheduler (every 5 minutes): deliveries whose next attempt is due."""
	for name in frappe.get_all(
		CALLBACK,
		filters={"status": "Pending", "next_attempt_on": ("<=", now_datetime())},
		pluck="name",
		order_by="next_attempt_on asc",
		limit=500,
	):
		deliver(name)
