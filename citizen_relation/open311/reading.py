"""``GET requests``, ``GET requests/{id}`` and ``GET tokens/{token}``: public views of requests.

One indexed query per call: the window on ``received_on`` (index ``received_on``; the type and
status filters use ``request_type, status, received_on``), newest first, at most 1,000 rows.
Only requests of published services are shown, merged duplicates only when asked by id (their
master carries the report), and only public fields (:func:`core.open311.public_request`).
"""

from __future__ import annotations

from datetime import datetime

import frappe
from frappe import _
from frappe.query_builder import DocType, Order

from citizen_relation.core import open311 as core
from citizen_relation.core.i18n import N_
from citizen_relation.core.lifecycle import MERGED_STATUS
from citizen_relation.open311.catalogue import Catalogue, get_catalogue
from citizen_relation.open311.settings import site_timezone
from citizen_relation.requests.lifecycle import get_lifecycle

DOCTYPE = "Citizen Request"
SUBMISSION = "Open311 Submission"
FIELDS = (
	"name",
	"request_type",
	"category",
	"status",
	"public_title",
	"public_note",
	"service",
	"received_on",
	"modified",
	"resolution_by",
	"street",
	"address",
	"latitude",
	"longitude",
	"merged_into",
)


def list_requests(query: core.RequestQuery) -> list[dict]:
	catalogue = get_catalogue()
	lifecycle, tz = get_lifecycle(), site_timezone()
	return [to_public(row, catalogue, lifecycle, tz) for row in build_query(query, catalogue).run(as_dict=True)]


def build_query(query: core.RequestQuery, catalogue: Catalogue | None = None):
	"""The one SQL query of a ``GET requests`` (the benchmark prints its plan)."""
	catalogue = catalogue or get_catalogue()
	cr = DocType(DOCTYPE)
	q = frappe.qb.from_(cr).select(*(cr[f] for f in FIELDS))
	if query.ids:
		q = q.where(cr.name.isin(list(query.ids)))
	else:
		tz = site_timezone()
		q = q.where(cr.received_on[core.to_local(query.start, tz) : core.to_local(query.end, tz)])
		q = q.where(cr.status != MERGED_STATUS)
	types = _types(catalogue, query.service_codes)
	if types is not None:
		q = q.where(cr.request_type.isin(types))
	if query.statuses:
		q = q.where(_status_condition(cr, query.statuses[0]))
	return q.orderby(cr.received_on, order=Order.desc).orderby(cr.name, order=Order.desc).limit(query.limit)


def get_request(name: str) -> list[dict]:
	rows = list_requests(core.RequestQuery(ids=(name,), limit=1))
	if not rows:
		raise core.not_found(N_("Request {0} not found"), name)
	return rows


def _types(catalogue: Catalogue, codes: tuple[str, ...]) -> list[str] | None:
	"""Request types to filter on: the asked services, or every published one (``None``: no filter)."""
	if codes:
		unknown = [c for c in codes if c not in catalogue.type_of]
		if unknown:
			raise core.bad_request(N_("Unknown service_code {0}"), unknown[0])
		return [catalogue.type_of[c] for c in codes]
	if catalogue.all_types_are_services:
		return None
	return list(catalogue.type_of.values()) or ["\0"]


def _status_condition(cr, status: str):
	"""Open311's open/closed as the lifecycle says; a status missing from the mapping is open."""
	lifecycle = get_lifecycle()
	closed = [s for s in lifecycle.known_statuses if not lifecycle.is_active(s)]
	return cr.status.notin(closed) if status == core.OPEN else cr.status.isin(closed)


def to_public(row: dict, catalogue: Catalogue | None = None, lifecycle=None, tz=None) -> dict:
	catalogue = catalogue or get_catalogue()
	lifecycle = lifecycle or get_lifecycle()
	code = catalogue.code_of.get(row.request_type)
	service = catalogue.by_code.get(code) if code else None
	notes = None
	if row.merged_into:
		notes = _("Reported already: follow request {0}").format(row.merged_into)
	return core.public_request(
		row, service, lifecycle.open311_status(row.status), tz or site_timezone(), status_notes=notes
	)


def resolve_token(token: str) -> list[dict]:
	"""The request a token stands for, once known.

	A report that may duplicate another waits for an agent: its token gives no id while the
	request is in the workflow's first status; then it gives the request's id — or its master's,
	when the agent merged it.
	"""
	from citizen_relation.duplicates.merging import resolve_master

	row = frappe.db.get_value(SUBMISSION, {"token": token}, ["request", "outcome"], as_dict=True)
	if not row or not row.request:
		raise core.not_found(N_("Token {0} not found"), token)
	request = frappe.db.get_value(DOCTYPE, row.request, ["name", "status", "merged_into"], as_dict=True)
	if not request:
		raise core.not_found(N_("Token {0} not found"), token)
	if request.merged_into:
		return core.token_response(token, resolve_master(request.name))
	if row.outcome == "Pending triage" and request.status == get_lifecycle().initial:
		return core.token_response(token, None)
	return core.token_response(token, request.name)


def now_aware() -> datetime:
	return datetime.now(site_timezone())
