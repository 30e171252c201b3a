"""The request-type profile of :mod:`citizen_relation.core.request_type`, read from the desk.

``get_profile(name)`` is the one way the application reads a Request Type: controllers,
deadlines, the CRPA, duplicate detection, knowledge templates, the portal and Open311 all ask
it. Built once per version (``modified``) of the type in each worker.
"""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation import caching
from citizen_relation.core.request_type import RequestTypeProfile

DOCTYPE = "Request Type"


def get_profile(name: str | None) -> RequestTypeProfile | None:
	"""The profile of the request type ``name``; ``None`` when empty or unknown."""
	if not name or not isinstance(name, str) or len(name) > 140:
		return None
	if not frappe.db.exists(DOCTYPE, name, cache=True):
		return None
	doc = frappe.get_cached_doc(DOCTYPE, name)
	return caching.worker_memo(
		"request_type_profiles",
		name,
		str(doc.modified),
		lambda: RequestTypeProfile.from_values(doc.as_dict(), [row.as_dict() for row in doc.fields]),
	)


def require_profile(name: str | None) -> RequestTypeProfile:
	"""The profile, or a translated error naming the unknown type."""
	profile = get_profile(name)
	if profile is None:
		frappe.throw(
			_("Request type {0} does not exist").format(frappe.bold(name or "")), frappe.DoesNotExistError
		)
	return profile
