"""The application's caches, in three named tiers. Every adapter caches through here.

- **request**: for the duration of one web request or background job (``frappe.local``); for
  values read several times while handling one thing (a user's services, calendars resolved
  for a batch). Gone when the request ends, so never stale for long.
- **worker**: in this Python process, across requests, for values that are costly to build
  from documents that rarely change (working calendars, SLA policies as core objects,
  request-type profiles, the knowledge ranking index). Entries are keyed by a **version** —
  the documents' ``modified`` stamps or a version number kept in Redis — so that a change
  made by another worker is seen at the next look-up; each namespace is bounded.
- **shared**: in Redis (``frappe.cache``), shared by every worker of the site; for plain data
  that every worker needs and that is expensive to load (policy rows, the serialised index).
  Callers delete the key when the data changes.

Keys always include the site, so that several sites served by one process never share entries.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

import frappe

T = TypeVar("T")

_REQUEST_ATTR = "citizen_relation_cache"
_worker: dict[str, OrderedDict] = {}
_worker_lock = threading.Lock()
DEFAULT_WORKER_SIZE = 256


# ---------------------------------------------------------------------------- request tier
def request_cache(namespace: str) -> dict:
	"""This request's (or job's) dict for ``namespace``."""
	store = getattr(frappe.local, _REQUEST_ATTR, None)
	if store is None:
		store = {}
		setattr(frappe.local, _REQUEST_ATTR, store)
	return store.setdefault(namespace, {})


def request_memo(namespace: str, key: Hashable, build: Callable[[], T]) -> T:
	cache = request_cache(namespace)
	if key not in cache:
		cache[key] = build()
	return cache[key]


def forget_request(namespace: str | None = None) -> None:
	"""Drop this request's entries (one namespace, or all of them)."""
	store = getattr(frappe.local, _REQUEST_ATTR, None)
	if store is None:
		return
	if namespace is None:
		store.clear()
	else:
		store.pop(namespace, None)


# ---------------------------------------------------------------------------- worker tier
def worker_memo(
	namespace: str, key: Hashable, version: Hashable, build: Callable[[], T], maxsize: int = DEFAULT_WORKER_SIZE
) -> T:
	"""The value built for ``key`` at ``version`` in this process (rebuilt when the version changes)."""
	full_key = (frappe.local.site, key)
	with _worker_lock:
		entries = _worker.setdefault(namespace, OrderedDict())
		hit = entries.get(full_key)
		if hit is not None and hit[0] == version:
			entries.move_to_end(full_key)
			return hit[1]
	value = build()
	with _worker_lock:
		entries[full_key] = (version, value)
		entries.move_to_end(full_key)
		while len(entries) > maxsize:
			entries.popitem(last=False)
	return value


def forget_worker(namespace: str | None = None) -> None:
	"""Drop this process's entries (tests, or after a change that has no version stamp)."""
	with _worker_lock:
		if namespace is None:
			_worker.clear()
		else:
			_worker.pop(namespace, None)


# ---------------------------------------------------------------------------- shared tier
def shared_get(key: str, build: Callable[[], T]) -> T:
	"""The value under ``key`` in Redis, built and stored when missing."""
	return frappe.cache.get_value(_shared_key(key), build)


def shared_set(key: str, value, expires_in_sec: int | None = None) -> None:
	frappe.cache.set_value(_shared_key(key), value, expires_in_sec=expires_in_sec)


def shared_peek(key: str, expires: bool = False):
	return frappe.cache.get_value(_shared_key(key), expires=expires)


def shared_delete(key: str) -> None:
	frappe.cache.delete_value(_shared_key(key))


# Shared hashes: many small values under one key (one vector per article text), read at once.
def shared_hash_all(key: str) -> dict[str, object]:
	"""Every field of the hash ``key`` and its value (fields as text)."""
	stored = frappe.cache.hgetall(_shared_key(key)) or {}
	return {_field(field): value for field, value in stored.items()}


def shared_hash_fields(key: str) -> list[str]:
	return [_field(field) for field in frappe.cache.hkeys(_shared_key(key)) or []]


def shared_hash_set(key: str, values: dict[str, object]) -> None:
	name = _shared_key(key)
	for field, value in values.items():
		frappe.cache.hset(name, field, value)


def shared_hash_delete(key: str, fields) -> None:
	name = _shared_key(key)
	for field in fields:
		frappe.cache.hdel(name, field)


def _field(field) -> str:
	return field.decode() if isinstance(field, bytes) else str(field)


def _shared_key(key: str) -> str:
	# frappe.cache already prefixes keys with the site's database name
	return f"citizen_relation:{key}"
