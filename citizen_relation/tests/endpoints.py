"""Calling whitelisted endpoints as the HTTP handler does, for the security tests.

``call`` goes through :func:`frappe.handler.execute_cmd`: the ``override_whitelisted_methods``
hook, the whitelist (guest or not), the allowed HTTP methods and Frappe's argument type checks
apply as for a real request; only the transport is skipped, so the test's transaction (and its
rollback) holds. ``outcome`` classifies what a caller gets: data, a refusal (permission, not
found, validation, rate limit: an HTTP status below 500, as Frappe's handler answers) or a
server error — the fuzz and matrix tests count the last.
"""

from __future__ import annotations

from contextlib import contextmanager
from unittest.mock import patch

import frappe
import frappe.handler
from frappe.utils import random_string, set_request


@contextmanager
def as_user(user: str):
	previous = frappe.session.user
	frappe.set_user(user)
	try:
		yield
	finally:
		frappe.set_user(previous)


def call(
	cmd: str, user: str | None = None, http_method: str = "POST", ip: str = "127.0.0.1", headers: dict | None = None, **kwargs
):
	"""Run ``cmd`` as the handler would for ``user`` (default: the current user), from the socket
	peer ``ip`` with the given request ``headers``."""
	previous = frappe.session.user
	if user:
		frappe.set_user(user)
	set_request(method=http_method, path=f"/api/method/{cmd}", headers=headers or {}, environ_base={"REMOTE_ADDR": ip})
	# as frappe.auth.HTTPRequest.set_request_ip does for a real request
	frappe.local.request_ip = ((headers or {}).get("X-Forwarded-For") or ip).split(",", 1)[0].strip()
	frappe.local.form_dict = frappe._dict(kwargs)
	frappe.local.response = frappe._dict()
	try:
		return frappe.handler.execute_cmd(cmd)
	finally:
		frappe.local.form_dict = frappe._dict()
		if user:
			frappe.set_user(previous)


def outcome(cmd: str, user: str | None = None, http_method: str = "POST", *, keep: bool = False, **kwargs) -> tuple[str, object]:
	"""("ok", result) | ("refused", exception) | ("error", exception): a server error.

	What the call wrote is undone unless ``keep`` (calls of a matrix must not change each other's data)."""
	frappe.local.message_log = []
	try:
		# an endpoint that commits (an access log, say) must not commit the test's data
		with savepoint(undo=not keep), patch.object(frappe.db, "commit", lambda *args, **kwargs: None):
			result = call(cmd, user, http_method, **kwargs)
			# a download answers in the response (filecontent), not in the return value
			return "ok", result if result is not None else dict(frappe.local.response)
	except Exception as e:  # noqa: BLE001 - what the tests count
		# the handler answers with the exception's status code, 500 when it has none
		return ("refused" if getattr(e, "http_status_code", 500) < 500 else "error"), e
	finally:
		frappe.local.message_log = []


@contextmanager
def savepoint(undo: bool = False):
	"""Undo what a failed call wrote (a server error may leave the transaction half done), and
	with ``undo`` what a successful one wrote too."""
	name = "sp_" + random_string(8).lower()
	frappe.db.savepoint(name)
	try:
		yield
	except Exception:
		_rollback_to(name)
		raise
	if undo:
		_rollback_to(name)


def _rollback_to(name: str) -> None:
	try:
		frappe.db.rollback(save_point=name)
	except Exception as error:  # the call rolled the whole transaction back itself
		if not (error.args and error.args[0] == 1305):
			raise


def make_citizen(email: str | None = None) -> tuple[str, str]:
	"""A citizen's portal account (Website User) linked to their Contact; returns (user, contact)."""
	email = email or f"citoyen-{random_string(8).lower()}@example.fr"
	frappe.local.conf.throttle_user_limit = 100_000
	if not frappe.db.exists("User", email):
		frappe.get_doc(
			{"doctype": "User", "email": email, "first_name": email.split("@")[0], "send_welcome_email": 0, "user_type": "Website User"}
		).insert(ignore_permissions=True)
	contact = frappe.get_doc(
		{
			"doctype": "Contact",
			"first_name": email.split("@")[0],
			"user": email,
			"email_ids": [{"email_id": email, "is_primary": 1}],
		}
	).insert(ignore_permissions=True)
	return email, contact.name
