"""Rate limits of the app's endpoints, keyed on what the deployment guarantees.

Frappe's ``@rate_limit`` keys guests on ``frappe.local.request_ip``, which Frappe takes from the
``X-Forwarded-For`` header whenever there is one: a client that sends a new header value with
each call is a new client each time (40 of 40 rotated calls passed a 30-a-minute limit).

Here the client's address is the **socket peer** (``REMOTE_ADDR``) unless that peer is one of
the site's trusted reverse proxies (site config ``citizen_relation_trusted_proxies``: a list of
addresses or networks, e.g. ``["127.0.0.1", "10.0.0.0/8"]``). Behind a trusted proxy, the
``X-Forwarded-For`` chain is read from the right — each proxy appends the address it received
the request from — skipping trusted proxies: the first address that is not one is the client,
and whatever the client itself wrote to the left of it is ignored. Logged-in users are keyed on
their user name (many agents share one town-hall address).

Every endpoint of the app that limits calls uses :func:`limit` (the guest endpoints must).
"""

from __future__ import annotations

import functools
import ipaddress

import frappe
import redis
from frappe import _

CONFIG_KEY = "citizen_relation_trusted_proxies"


def trusted_networks() -> list:
	"""The site's trusted proxies as networks (invalid entries are ignored and logged)."""
	entries = frappe.conf.get(CONFIG_KEY) or []
	if isinstance(entries, str):
		entries = [e for e in entries.replace(",", " ").split() if e]
	networks = []
	for entry in entries:
		try:
			networks.append(ipaddress.ip_network(str(entry).strip(), strict=False))
		except ValueError:
			frappe.log_error(title=_("Invalid trusted proxy in site config: {0}").format(entry))
	return networks


def _address(value: str | None):
	try:
		return ipaddress.ip_address((value or "").strip())
	except ValueError:
		return None


def _is_trusted(address, networks) -> bool:
	return address is not None and any(address in network for network in networks)


def client_address() -> str:
	"""The caller's address as the deployment guarantees it (see the module docstring)."""
	request = getattr(frappe.local, "request", None)
	environ = getattr(request, "environ", None) or {}
	peer_text = environ.get("REMOTE_ADDR") or getattr(frappe.local, "request_ip", None) or ""
	peer = _address(peer_text)
	networks = trusted_networks()
	if not _is_trusted(peer, networks):
		return str(peer) if peer is not None else (peer_text or "unknown")
	headers = getattr(request, "headers", None)
	forwarded = (headers.get("X-Forwarded-For") if headers is not None else None) or ""
	nearest = peer
	for hop in reversed([h for h in forwarded.split(",") if h.strip()]):
		address = _address(hop)
		if address is None:
			break  # garbage written by the client itself: the last proxy we trust stands for it
		if not _is_trusted(address, networks):
			return str(address)
		nearest = address
	return str(nearest)


def caller_key() -> str:
	user = frappe.session.user if getattr(frappe.local, "session", None) else "Guest"
	return f"user:{user}" if user and user != "Guest" else f"ip:{client_address()}"


def limit(limit: int, seconds: int, methods: tuple[str, ...] | str = "ALL"):
	"""Allow ``limit`` calls per ``seconds`` to the decorated endpoint for each caller."""

	def decorator(fn):
		endpoint = f"{fn.__module__}.{fn.__name__}"

		@functools.wraps(fn)
		def wrapper(*args, **kwargs):
			request = getattr(frappe.local, "request", None)
			if request is None or (methods != "ALL" and (request.method or "").upper() not in methods):
				return fn(*args, **kwargs)
			key = frappe.cache.make_key(f"citizen_relation:rl:{endpoint}:{caller_key()}")
			try:
				count = frappe.cache.incrby(key, 1)
				if count == 1:
					frappe.cache.expire(key, seconds)
			except redis.exceptions.ConnectionError:
				count = 0  # Redis down: serve rather than refuse every citizen (the cache logs it)
			if count > limit:
				frappe.throw(
					_("Too many requests: please try again in a few minutes."),
					frappe.RateLimitExceededError,
					title=_("Too many requests"),
				)
			return fn(*args, **kwargs)

		return wrapper

	return decorator
