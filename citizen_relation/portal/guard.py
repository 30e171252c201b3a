"""Protection of the portal's guest forms, without third-party services.

* rate limits per IP address and per e-mail address, counted in Redis (one counter per window,
  expiring with it). Frappe's ``rate_limit`` decorator keys on the IP address only; a citizen's
  e-mail address is a second key, so that rotating addresses does not multiply a spammer's quota.
  The IP address is :func:`citizen_relation.ratelimit.client_address`: the socket peer, or what
  a trusted reverse proxy says (see the README's *Security* section), never a header a client
  chose.
* bot traps: a hidden field (:data:`HONEYPOT`) people never fill, and a signed stamp of the time
  the form was shown, refused when it comes back too fast, forged or a day old.
"""

from __future__ import annotations

import hashlib
import time

import frappe
from frappe import _

from citizen_relation.core import portal as core_portal
from citizen_relation.core.errors import CoreValidationError
from citizen_relation.portal.settings import setting

HONEYPOT = "website"  # a plausible name bots fill in; hidden from people and assistive technologies
STAMP = "form_stamp"


class TooManySubmissions(frappe.TooManyRequestsError):
	pass


def _secret() -> str:
	return frappe.local.conf.get("encryption_key") or frappe.local.conf.get("db_password") or frappe.local.site


def new_stamp() -> str:
	return core_portal.form_stamp(int(time.time()), _secret())


def check_bot_traps(form: dict) -> None:
	"""Raise a translated error when the form looks automated."""
	try:
		core_portal.check_timing(
			form.get(STAMP), form.get(HONEYPOT), time.time(), _secret(), float(setting("min_fill_seconds", 3) or 0)
		)
	except CoreValidationError as error:
		frappe.throw(_(error.message), frappe.ValidationError, title=_("Form refused"))


def _count(bucket: str, identity: str, window_s: int) -> int:
	digest = hashlib.sha256(identity.strip().lower().encode()).hexdigest()[:24]
	key = frappe.cache.make_key(f"citizen_relation:portal_rate:{bucket}:{digest}:{int(time.time() // window_s)}")
	count = frappe.cache.incr(key)
	if count == 1:
		frappe.cache.expire(key, window_s)
	return count


def client_ip() -> str:
	from citizen_relation.ratelimit import client_address

	return client_address() or "unknown"


def limit_submission(email: str | None) -> None:
	"""Count one guest submission (report, reply, rating, "me too") against both limits."""
	if frappe.session.user != "Guest":
		return
	if _count("ip", client_ip(), 3600) > int(setting("guest_submissions_per_hour", 10)):
		frappe.throw(
			_("Too many requests were sent from your connection. Please try again in an hour."), TooManySubmissions
		)
	if email and _count("email", email, 86400) > int(setting("guest_submissions_per_day_per_email", 10)):
		frappe.throw(
			_("Too many requests were sent with this e-mail address today. Please try again tomorrow."),
			TooManySubmissions,
		)


def reset_counters() -> None:
	"""Forget every portal counter (tests; an administrator after a false alarm)."""
	frappe.cache.delete_keys("citizen_relation:portal_rate:")


def limit_votes() -> None:
	"""Article votes: at most 20 an hour from one IP address."""
	if _count("vote", client_ip(), 3600) > 20:
		frappe.throw(_("Too many votes from your connection. Please try again later."), TooManySubmissions)
