"""Open311 API clients: keys, rate limits and traffic counters.

**Keys**: a client's key is shown once when generated (:func:`issue_key`); only its SHA-256 is
stored (``api_key_hash``, indexed), so a stolen database gives no usable key. A key is looked up
by its hash (cached in Redis for a few minutes, dropped when the client changes).

**Rate limits**: fixed one-minute (reads) and one-hour (new requests) windows counted in Redis,
per key for clients, per IP address for calls without a valid key. The IP address is Frappe's
``request_ip``, taken from ``X-Forwarded-For``: production must sit behind a proxy that
overwrites that header, or a caller could pick a new address for every call.

**Traffic**: every call increments a counter in Redis (no database write on reads);
:func:`flush_traffic` (every five minutes) adds them to the *Open311 Traffic* rows, one per
client and day, that the desk lists.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import frappe
from frappe import _
from frappe.utils import cint, get_datetime, getdate, now_datetime, nowdate

from citizen_relation import caching
from citizen_relation.core import open311 as core
from citizen_relation.core.i18n import N_
from citizen_relation.open311.settings import get_settings

CLIENT = "Open311 Client"
TRAFFIC = "Open311 Traffic"
_CACHE_SECONDS = 300
_TRAFFIC_DAYS = "open311:traffic:days"
KINDS = ("read_calls", "posts", "errors", "rate_limited")


@dataclass(frozen=True)
class Client:
	name: str
	requests_per_minute: int
	posts_per_hour: int
	allowed_types: frozenset[str]  # empty: every service

	def may_post(self, request_type: str) -> bool:
		return not self.allowed_types or request_type in self.allowed_types


# ---------------------------------------------------------------------------- keys
def issue_key(client_name: str) -> dict:
	"""A new key (and callback secret) for the client: returned once, only the hash is kept."""
	key = core.new_api_key()
	secret = core.new_api_key().removeprefix(core.KEY_PREFIX)
	doc = frappe.get_doc(CLIENT, client_name, for_update=True)
	old_hash = doc.api_key_hash
	doc.api_key_hash = core.hash_api_key(key)
	doc.key_hint = core.key_hint(key)
	doc.key_issued_on = now_datetime()
	doc.key_revoked_on = None
	doc.callback_secret = secret
	doc.flags.open311_key_change = True
	doc.save(ignore_permissions=True)
	forget_client(old_hash)
	doc.add_comment("Info", _("New API key generated"))
	return {"api_key": key, "callback_secret": secret, "key_hint": doc.key_hint}


def revoke_key(client_name: str) -> None:
	doc = frappe.get_doc(CLIENT, client_name, for_update=True)
	old_hash = doc.api_key_hash
	doc.api_key_hash = None
	doc.key_revoked_on = now_datetime()
	doc.flags.open311_key_change = True
	doc.save(ignore_permissions=True)
	forget_client(old_hash)
	doc.add_comment("Info", _("API key revoked"))


def forget_client(key_hash: str | None) -> None:
	if key_hash:
		caching.shared_delete(f"open311:client:{key_hash}")


def authenticate(api_key: object) -> Client:
	"""The enabled client holding ``api_key``, or a 403."""
	if not core.looks_like_key(api_key):
		raise core.Open311Error(403, N_("Invalid api_key"))
	key_hash = core.hash_api_key(api_key)
	values = caching.shared_peek(f"open311:client:{key_hash}")
	if values is None:
		values = _load(key_hash) or {}
		caching.shared_set(f"open311:client:{key_hash}", values, expires_in_sec=_CACHE_SECONDS)
	if not values or not values.get("enabled"):
		raise core.Open311Error(403, N_("Invalid api_key"))
	settings = get_settings()
	return Client(
		name=values["name"],
		requests_per_minute=cint(values.get("requests_per_minute")) or cint(settings.default_requests_per_minute) or 120,
		posts_per_hour=cint(values.get("posts_per_hour")) or cint(settings.default_posts_per_hour) or 600,
		allowed_types=frozenset(values.get("allowed_types") or ()),
	)


def _load(key_hash: str) -> dict | None:
	row = frappe.db.get_value(
		CLIENT, {"api_key_hash": key_hash}, ["name", "enabled", "requests_per_minute", "posts_per_hour"], as_dict=True
	)
	if not row:
		return None
	row["allowed_types"] = frappe.get_all(
		"Open311 Client Service", filters={"parent": row.name, "parenttype": CLIENT}, pluck="request_type"
	)
	return dict(row)


# ---------------------------------------------------------------------------- rate limits
def _hit(bucket: str, limit: int, window: int) -> int | None:
	"""Count a call in the current window; the seconds to wait when over ``limit``, else ``None``."""
	now = time.time()
	slot = int(now // window)
	key = frappe.cache.make_key(f"open311:rl:{bucket}:{window}:{slot}")
	pipe = frappe.cache.pipeline()
	pipe.incr(key)
	pipe.expire(key, window + 5)
	count = pipe.execute()[0]
	if count > limit:
		return max(1, int(window - now % window) + 1)
	return None


def check_rate(client: Client | None, ip: str | None, posting: bool) -> None:
	"""Raise a 429 (with ``Retry-After``) when the caller is over its limit."""
	if client is None:
		wait = _hit(f"ip:{ip or 'unknown'}", cint(get_settings().guest_requests_per_minute) or 60, 60)
	else:
		wait = _hit(f"key:{client.name}", client.requests_per_minute, 60)
		if wait is None and posting:
			wait = _hit(f"post:{client.name}", client.posts_per_hour, 3600)
	if wait is not None:
		raise core.Open311Error(
			429, N_("Too many requests: try again in {0} seconds"), wait, headers={"Retry-After": str(wait)}
		)


# ---------------------------------------------------------------------------- traffic
def count(client: str | None, kind: str, error: str | None = None) -> None:
	"""Count one call of ``client`` (``None``: without a key) in today's counters (Redis)."""
	day = nowdate()
	key = frappe.cache.make_key(f"open311:traffic:{day}")
	field = f"{client or ''}|{kind}"
	pipe = frappe.cache.pipeline()
	pipe.hincrby(key, field, 1)
	pipe.hset(key, f"{client or ''}|last_seen", now_datetime().isoformat(sep=" ", timespec="seconds"))
	if error:
		pipe.hset(key, f"{client or ''}|last_error", error[:500])
	pipe.expire(key, 8 * 86400)
	pipe.sadd(frappe.cache.make_key(_TRAFFIC_DAYS), day)
	pipe.execute()


def flush_traffic(commit: bool = True) -> None:
	"""Add the counters kept in Redis to the Open311 Traffic rows (scheduler, every 5 minutes).

	Counters are read and decremented by what was read, atomically per day, so that calls
	counted meanwhile are kept for the next run and nothing is counted twice.
	"""
	days_key = frappe.cache.make_key(_TRAFFIC_DAYS)
	# raw commands: the wrapper's set helpers would prefix the key a second time
	for raw_day in sorted(frappe.cache.execute_command("SMEMBERS", days_key)):
		day = raw_day.decode() if isinstance(raw_day, bytes) else raw_day
		key = frappe.cache.make_key(f"open311:traffic:{day}")
		values = {
			(k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
			for k, v in frappe.cache.execute_command("HGETALL", key).items()
		}
		pipe = frappe.cache.pipeline()
		per_client: dict[str, dict] = {}
		for field, value in values.items():
			client, _sep, kind = field.rpartition("|")
			entry = per_client.setdefault(client, {})
			if kind in KINDS:
				entry[kind] = cint(value)
				pipe.hincrby(key, field, -cint(value))
			else:
				entry[kind] = value
		pipe.execute()
		for client, entry in per_client.items():
			if client and not frappe.db.exists(CLIENT, client):
				continue  # a client deleted meanwhile
			if any(entry.get(k) for k in KINDS):
				_add_to_row(getdate(day), client or None, entry)
		if day < nowdate():
			# an earlier day: nothing more is counted there
			frappe.cache.execute_command("DEL", key)
			frappe.cache.execute_command("SREM", days_key, raw_day)
	if commit:
		frappe.db.commit()


def _add_to_row(day, client: str | None, entry: dict) -> None:
	filters = {"day": day, "api_client": client or ("is", "not set")}
	name = frappe.db.get_value(TRAFFIC, filters, "name", for_update=True)
	doc = frappe.get_doc(TRAFFIC, name) if name else frappe.new_doc(TRAFFIC)
	if not name:
		doc.day, doc.api_client = day, client
	for kind in KINDS:
		doc.set(kind, cint(doc.get(kind)) + cint(entry.get(kind)))
	if entry.get("last_error"):
		doc.last_error = entry["last_error"]
	if entry.get("last_seen"):
		doc.last_seen = max(get_datetime(entry["last_seen"]), get_datetime(doc.last_seen or entry["last_seen"]))
	doc.flags.ignore_permissions = True
	doc.save() if name else doc.insert()
	if client and doc.last_seen and frappe.db.exists(CLIENT, client):
		frappe.db.set_value(CLIENT, client, "last_used_on", doc.last_seen, update_modified=False)
