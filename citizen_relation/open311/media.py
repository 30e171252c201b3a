"""Photos given as ``media_url``: fetched in the background, never while the client waits.

Guards (a URL is the client's choice, so the server must not become a proxy into its own
network — SSRF): http(s) only, standard ports, no credentials (checked at POST by the core);
the host name is resolved here and **every** address must be public; the connection is made
to that checked address (no second resolution a DNS rebinding could change), redirects are not
followed; the answer must be an accepted image type (declared *and* recognised from its bytes),
within the size limit, downloaded within the time limit. The photo is attached to the request
as a private file. The outcome is kept on the *Open311 Submission* (Attached / Refused / Failed).
"""

from __future__ import annotations

import socket
import time
from urllib.parse import urlsplit

import frappe
from frappe import _
from frappe.utils import cint

from citizen_relation.core import open311 as core
from citizen_relation.open311.settings import get_settings, media_types

SUBMISSION = "Open311 Submission"


class MediaRefused(Exception):
	"""The URL or its answer breaks a rule: not retried."""


def resolve(host: str, port: int) -> list[str]:
	return sorted({info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})


def _allowed_address(address: str) -> bool:
	return core.is_public_address(address)


def _check_url(url: str) -> None:
	core.check_media_url(url)


def fetch_media(submission: str) -> None:
	"""Job: fetch the submission's photo and attach it to its request."""
	row = frappe.db.get_value(SUBMISSION, submission, ["request", "media_url", "media_status"], as_dict=True)
	if not row or not row.media_url or row.media_status != "Pending":
		return
	settings = get_settings()
	try:
		content, extension = download(
			row.media_url,
			max_bytes=max(1, cint(settings.media_max_size_mb)) * 1024 * 1024,
			timeout=max(1, cint(settings.media_timeout_seconds)),
			allowed_types=media_types(settings),
		)
	except MediaRefused as refusal:
		_set(submission, "Refused", str(refusal))
		return
	except Exception as error:  # noqa: BLE001 — network errors: the photo is lost, the request is not
		_set(submission, "Failed", f"{type(error).__name__}: {error}"[:500])
		return
	file = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": f"open311-{submission[:10]}.{extension}",
			"attached_to_doctype": "Citizen Request",
			"attached_to_name": row.request,
			"is_private": 1,
			"content": content,
		}
	)
	file.flags.ignore_permissions = True
	file.insert()
	_set(submission, "Attached", None)


def _set(submission: str, status: str, error: str | None) -> None:
	frappe.db.set_value(SUBMISSION, submission, {"media_status": status, "media_error": error}, update_modified=False)


def download(url: str, *, max_bytes: int, timeout: float, allowed_types) -> tuple[bytes, str]:
	"""The image at ``url`` and its extension, under every guard of the module docstring."""
	import urllib3

	try:
		_check_url(url)
	except core.Open311Error as error:
		raise MediaRefused(error.describe(_)) from None
	parts = urlsplit(url)
	https = parts.scheme == "https"
	port = parts.port or (443 if https else 80)
	addresses = resolve(parts.hostname, port)
	if not addresses or not all(_allowed_address(a) for a in addresses):
		raise MediaRefused(_("The photo's address points to a network that is not public"))
	address = addresses[0]
	deadline = time.monotonic() + timeout
	kwargs = {"timeout": urllib3.Timeout(connect=min(timeout, 5), read=timeout), "retries": False, "maxsize": 1}
	if https:
		pool = urllib3.HTTPSConnectionPool(
			address, port, server_hostname=parts.hostname, assert_hostname=parts.hostname, cert_reqs="CERT_REQUIRED", **kwargs
		)
	else:
		pool = urllib3.HTTPConnectionPool(address, port, **kwargs)
	path = parts.path or "/"
	if parts.query:
		path += "?" + parts.query
	response = pool.urlopen(
		"GET",
		path,
		headers={"Host": parts.netloc.rsplit("@", 1)[-1], "User-Agent": "citizen_relation-open311", "Accept": "image/*"},
		redirect=False,
		preload_content=False,
	)
	try:
		if response.status != 200:
			raise MediaRefused(_("The photo's server answered {0}").format(response.status))
		declared = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
		if declared not in allowed_types:
			raise MediaRefused(_("The photo's type {0} is not accepted").format(declared or "?"))
		length = cint(response.headers.get("Content-Length"))
		if length > max_bytes:
			raise MediaRefused(_("The photo is larger than {0} MB").format(max_bytes // (1024 * 1024)))
		chunks, size = [], 0
		for chunk in response.stream(64 * 1024):
			size += len(chunk)
			if size > max_bytes:
				raise MediaRefused(_("The photo is larger than {0} MB").format(max_bytes // (1024 * 1024)))
			if time.monotonic() > deadline:
				raise MediaRefused(_("The photo took too long to download"))
			chunks.append(chunk)
	finally:
		response.release_conn()
		pool.close()
	content = b"".join(chunks)
	actual = core.sniff_image(content[:16])
	if actual is None or actual not in allowed_types:
		raise MediaRefused(_("The file is not an accepted image"))
	return content, core.MEDIA_TYPES[actual]
