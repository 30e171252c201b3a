"""The Open311 endpoints: one HTTP call → one answer in JSON or XML, never a bare 500.

:func:`respond` parses the route, checks the site's switch and jurisdiction, the API key (403),
the rate limits (429), dispatches to the resource, and renders the answer or the spec's error
list (``[{"code", "description"}]`` / ``<errors><error>…``) with the HTTP status: 400 for bad
input, 403 for a bad or missing key, 404 for unknown resources, 405 for a wrong method, 429
over a limit. A POST that fails rolls back to its savepoint, so nothing half-registered is
committed. Calls are counted per client and day (:mod:`.clients`).
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import cint, get_datetime, get_url, strip_html_tags
from werkzeug.wrappers import Response

from citizen_relation.core import open311 as core
from citizen_relation.core.i18n import N_
from citizen_relation.open311 import clients, reading
from citizen_relation.open311.catalogue import get_catalogue
from citizen_relation.open311.settings import get_settings, site_timezone

PREFIX = "open311"
SAVEPOINT = "open311_post"
# Keys whose values never belong in a filter or a request (authentication and routing).
RESERVED = ("api_key", "jurisdiction_id")


def respond(path: str) -> Response:
	request = frappe.local.request
	method = (request.method or "GET").upper()
	fmt = _format_of(path)
	client = None
	posting = method == "POST"
	if posting:
		frappe.db.savepoint(SAVEPOINT)
	try:
		route = core.parse_route(path, PREFIX)
		fmt = route.fmt
		settings = get_settings()
		if not cint(settings.enabled):
			raise core.not_found(N_("Open311 is not enabled on this site"))
		params = _params(request)
		_check_jurisdiction(params.get("jurisdiction_id"), settings)
		api_key = params.get("api_key")
		if api_key not in (None, ""):
			try:
				client = clients.authenticate(api_key)
			except core.Open311Error:
				clients.check_rate(None, frappe.local.request_ip, posting)  # guessing keys costs the IP's quota
				raise
		clients.check_rate(client, frappe.local.request_ip, posting and route.resource == "requests")
		if method not in ("GET", "HEAD", "POST") or (posting and route.resource != "requests"):
			raise core.Open311Error(405, N_("Method {0} not allowed here"), method, headers={"Allow": "GET"})
		payload, root = _dispatch(route, method, params, client, request)
	except core.Open311Error as error:
		return _error(error, fmt, client, posting)
	except frappe.ValidationError as error:
		message = strip_html_tags(str(error) or "") or _("Invalid input")
		return _error(core.Open311Error(400, "{0}", message), fmt, client, posting)
	except Exception:  # noqa: BLE001 — logged, and answered in the spec's format
		frappe.log_error(title=_("Open311: unexpected error"))
		return _error(core.Open311Error(500, N_("Internal error: the request was not registered")), fmt, client, posting)
	clients.count(client.name if client else None, "posts" if posting else "read_calls")
	return _response(core.render(payload, fmt, root), fmt, 200, cacheable=route.resource in ("discovery", "services", "service"))


def _dispatch(route: core.Route, method: str, params: dict, client, request):
	if route.resource == "discovery":
		return _discovery(), "discovery"
	if route.resource == "services":
		return [core.service_dict(s) for s in get_catalogue().services], "services"
	if route.resource == "service":
		service = get_catalogue().by_code.get(route.argument)
		if service is None:
			raise core.not_found(N_("Unknown service_code {0}"), route.argument)
		return core.service_definition(service, _), "service"
	if route.resource == "request":
		return reading.get_request(route.argument), "request"
	if route.resource == "token":
		return reading.resolve_token(route.argument), "token"
	if method == "POST":
		if client is None:
			raise core.Open311Error(403, N_("An api_key is required to post a request"))
		from citizen_relation.open311.posting import post_request

		pairs = [(k, v) for k, v in _pairs(request) if k not in RESERVED]
		return post_request(pairs, client), "created"
	query = core.parse_query(params, reading.now_aware(), site_timezone())
	return reading.list_requests(query), "requests"


def _discovery() -> dict:
	settings = get_settings()
	return core.discovery(
		base_url=get_url(f"/{PREFIX}/v2"),
		changeset=max((get_datetime(v) for v in (get_catalogue().changeset, settings.modified) if v), default=None),
		contact=settings.contact or "",
		key_service=settings.key_service or "",
		tz=site_timezone(),
		test=bool(cint(settings.test_endpoint)),
	)


def _check_jurisdiction(value, settings) -> None:
	if value in (None, "") or not settings.jurisdiction_id:
		return
	if str(value).strip() != settings.jurisdiction_id:
		raise core.not_found(N_("Unknown jurisdiction_id {0}"), str(value)[:140])


def _pairs(request) -> list[tuple[str, object]]:
	"""Every (key, value) of the call (query string and form, or a JSON object body)."""
	if request.is_json:
		body = request.get_json(silent=True)
		if not isinstance(body, dict):
			raise core.bad_request(N_("The JSON body must be an object"))
		pairs = []
		for key, value in body.items():
			if key == "attribute" and isinstance(value, dict):
				pairs.extend((f"attribute[{k}]", v) for k, v in value.items())
			else:
				pairs.append((key, value))
		return [*request.args.items(multi=True), *pairs]
	return [*request.args.items(multi=True), *request.form.items(multi=True)]


# Filters the spec lets clients repeat ("can be declared multiple times, comma delimited").
LISTS = ("service_request_id", "service_code", "status")


def _params(request) -> dict:
	params: dict[str, object] = {}
	for key, value in _pairs(request) if request.method == "POST" else request.args.items(multi=True):
		if key in params and key in LISTS and isinstance(value, str):
			params[key] = f"{params[key]},{value}"
		elif key in params and not key.startswith("attribute"):
			raise core.bad_request(N_("{0} must be given once"), key)
		else:
			params[key] = value
	return params


def _format_of(path: str) -> str:
	ext = path.rsplit(".", 1)[-1].lower() if "." in path else ""
	return ext if ext in core.FORMATS else "xml"


def _error(error: core.Open311Error, fmt: str, client, posting: bool) -> Response:
	if posting:
		frappe.db.rollback(save_point=SAVEPOINT)
	description = error.describe(_)
	clients.count(
		client.name if client else None,
		"rate_limited" if error.status == 429 else "errors",
		error=None if error.status == 429 else f"{error.status} {description}",
	)
	body = core.render([{"code": error.status, "description": description}], fmt, "errors")
	return _response(body, fmt, error.status, headers=error.headers)


def _response(body: bytes, fmt: str, status: int, headers: dict | None = None, cacheable: bool = False) -> Response:
	response = Response(body, status=status, content_type=core.FORMATS[fmt])
	response.headers["Cache-Control"] = "public, max-age=300" if cacheable and status == 200 else "no-store"
	response.headers["Access-Control-Allow-Origin"] = "*"
	response.headers["X-Content-Type-Options"] = "nosniff"
	for key, value in (headers or {}).items():
		response.headers[key] = value
	return response
