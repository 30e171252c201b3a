"""Open311 GeoReport v2: parsing, validation, mapping and serialisation, as plain data.

The adapter (:mod:`citizen_relation.open311`) reads the database and the HTTP request; this
module decides everything else, so that the conformance rules are tested in seconds:

* **paths**: ``/open311/v2/<resource>.<format>`` → a :class:`Route` (resource, argument, format);
* **parameters**: ``GET requests`` filters with the spec's limits (comma lists, W3C datetimes,
  a window of at most 90 days — the last 90 days by default — and at most 1,000 results), and the
  ``POST requests`` form (service code, a location, the reporter, ``attribute[code]`` values
  checked like the desk's own fields by :mod:`citizen_relation.core.type_fields`);
* **mapping**: a request type → ``service`` and ``service_definition``; a request row →
  the public ``request`` (never the citizen's identity or words: see :func:`public_request`);
* **rendering**: JSON and XML (``<services><service>…``, ``<errors><error>…``) in UTF-8 with
  the XML declaration, and ISO 8601 datetimes with the site's offset;
* **keys and signatures**: API keys (only their SHA-256 is stored), HMAC-SHA256 signatures of
  callbacks, and the check that a media URL does not point into the server's own network.

Errors are :class:`Open311Error` (HTTP status, message with ``{0}`` placeholders marked for
translation, arguments): the adapter translates and renders them as the spec's error list.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import math
import re
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.i18n import N_
from citizen_relation.core.text import strip_accents
from citizen_relation.core.type_fields import FieldDef, clean_values

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
FORMATS = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
DISCOVERY_FORMATS = ("text/xml", "application/json")
OPEN, CLOSED = "open", "closed"
STATUSES = (OPEN, CLOSED)
MAX_WINDOW = timedelta(days=90)
MAX_RESULTS = 1000
MAX_IDS = 1000
MAX_CODE = 140
MAX_NAME = 70
MAX_PHONE = 40
MAX_IDENTIFIER = 140
MAX_EMAIL = 140
MAX_ADDRESS = 1000
MAX_URL = 2048
DEFAULT_MAX_DESCRIPTION = 20000
SUBJECT_LENGTH = 140

# ------------------------------------------------------------------------------------------ errors


class Open311Error(Exception):
	"""An error of the spec's list: HTTP ``status`` (also the error ``code``) and a description.

	``message`` is an English template marked with ``N_`` (``{0}`` placeholders) that the
	adapter translates before formatting it with ``args``.
	"""

	def __init__(self, status: int, message: str, *args: object, headers: Mapping[str, str] | None = None):
		super().__init__(message)
		self.status = status
		self.message = message
		self.args_ = args
		self.headers = dict(headers or {})

	def describe(self, translate: Callable[[str], str] = lambda s: s) -> str:
		return translate(self.message).format(*self.args_)


def bad_request(message: str, *args: object) -> Open311Error:
	return Open311Error(400, message, *args)


def not_found(message: str, *args: object) -> Open311Error:
	return Open311Error(404, message, *args)


# ------------------------------------------------------------------------------------------ routes


@dataclass(frozen=True)
class Route:
	"""What a path asks for: ``resource`` (discovery, services, service, requests, request,
	token), its ``argument`` (a service code, request id or token) and the ``fmt``."""

	resource: str
	fmt: str
	argument: str | None = None


_SEGMENT = re.compile(r"^[A-Za-z0-9_.~%\-]{1,140}$")


def parse_route(path: str, prefix: str = "open311") -> Route:
	"""``open311/v2/requests/DEM-2026-000001.json`` → ``Route("request", "json", "DEM-2026-000001")``.

	Raises a 404 for unknown resources or formats (the format is the last extension).
	"""
	parts = [p for p in (path or "").strip("/").split("/") if p]
	if not parts or parts[0] != prefix:
		raise not_found(N_("Unknown Open311 resource"))
	parts = parts[1:]
	version = None
	if parts and parts[0] == "v2":
		version, parts = "v2", parts[1:]
	if not parts or len(parts) > 2:
		raise not_found(N_("Unknown Open311 resource"))
	last = parts[-1]
	stem, dot, fmt = last.rpartition(".")
	if not dot or fmt.lower() not in FORMATS or not stem:
		raise not_found(N_("Unknown format: use .json or .xml"))
	fmt = fmt.lower()
	if len(parts) == 1:
		resource = {"discovery": "discovery", "services": "services", "requests": "requests"}.get(stem)
		if resource is None or (version is None and resource != "discovery"):
			raise not_found(N_("Unknown Open311 resource"))
		return Route(resource, fmt)
	if version is None:
		raise not_found(N_("Unknown Open311 resource"))
	collection, argument = parts[0], stem
	resource = {"services": "service", "requests": "request", "tokens": "token"}.get(collection)
	if resource is None:
		raise not_found(N_("Unknown Open311 resource"))
	if not _SEGMENT.match(argument):
		raise not_found(N_("Unknown identifier {0}"), argument[:40])
	return Route(resource, fmt, argument)


# ------------------------------------------------------------------------------------------ values


def _text(params: Mapping[str, object], key: str, limit: int) -> str | None:
	"""A trimmed text parameter, ``None`` when absent or empty; 400 when too long or not text."""
	value = params.get(key)
	if value is None:
		return None
	if isinstance(value, (list, tuple)):
		raise bad_request(N_("{0} must be given once"), key)
	if isinstance(value, bool) or not isinstance(value, (str, int, float)):
		raise bad_request(N_("{0} must be text"), key)
	text = str(value).strip()
	if "\x00" in text:
		raise bad_request(N_("{0} contains a forbidden character"), key)
	if len(text) > limit:
		raise bad_request(N_("{0} is too long ({1} characters, at most {2})"), key, len(text), limit)
	return text or None


def split_list(value: str | None, key: str, limit: int = MAX_IDS) -> list[str]:
	"""A comma-separated parameter (``a,b,c``) as a list without duplicates or blanks."""
	if not value:
		return []
	items = list(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
	if len(items) > limit:
		raise bad_request(N_("{0}: at most {1} values"), key, limit)
	for item in items:
		if len(item) > MAX_CODE:
			raise bad_request(N_("{0}: value too long"), key)
	return items


_W3C = re.compile(
	r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?"
	r"(Z|[+-]\d{2}:?\d{2})?)?$"
)


def parse_datetime(value: str, key: str, tz: ZoneInfo) -> datetime:
	"""A W3C/ISO 8601 datetime (``2026-01-31T08:00:00+01:00``, ``…Z``, or a date) as an aware
	datetime; a value without offset is read in the site's time zone ``tz``."""
	match = _W3C.match(value.strip()) if isinstance(value, str) else None
	if not match:
		raise bad_request(N_("{0} must be an ISO 8601 date and time, e.g. 2026-01-31T08:00:00+01:00"), key)
	year, month, day, hour, minute, second, fraction, offset = match.groups()
	try:
		moment = datetime(
			int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
			int((fraction or "0").ljust(6, "0")),
		)
	except ValueError:
		raise bad_request(N_("{0} is not a valid date"), key) from None
	if offset is None:
		return moment.replace(tzinfo=tz)
	if offset == "Z":
		return moment.replace(tzinfo=timezone.utc)
	sign = 1 if offset[0] == "+" else -1
	digits = offset[1:].replace(":", "")
	hours, minutes = int(digits[:2]), int(digits[2:])
	if hours > 14 or minutes > 59:
		raise bad_request(N_("{0} has an invalid time zone offset"), key)
	return moment.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes)))


def iso(moment: datetime | date | str | None, tz: ZoneInfo) -> str | None:
	"""ISO 8601 with the offset of the site's time zone (naive values are the site's local time)."""
	if moment is None or moment == "":
		return None
	if isinstance(moment, str):
		moment = datetime.fromisoformat(moment)
	if not isinstance(moment, datetime):
		moment = datetime(moment.year, moment.month, moment.day)
	aware = moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)
	return aware.replace(microsecond=0).isoformat()


def to_local(moment: datetime, tz: ZoneInfo) -> datetime:
	"""An aware datetime as the site's naive local time (how Frappe stores datetimes)."""
	return moment.astimezone(tz).replace(tzinfo=None)


# ------------------------------------------------------------------------------------------ GET requests


@dataclass(frozen=True)
class RequestQuery:
	"""The filters of ``GET requests``: either ``ids`` (the others are then ignored, as the spec
	says) or a window ``[start, end]`` (aware datetimes), service codes and statuses."""

	ids: tuple[str, ...] = ()
	service_codes: tuple[str, ...] = ()
	statuses: tuple[str, ...] = ()
	start: datetime | None = None
	end: datetime | None = None
	limit: int = MAX_RESULTS


def parse_query(params: Mapping[str, object], now: datetime, tz: ZoneInfo) -> RequestQuery:
	"""``GET requests`` parameters → :class:`RequestQuery` (``now`` aware).

	Without dates the window is the last 90 days; with one date, 90 days from (or up to) it;
	with both, at most 90 days apart.
	"""
	ids = split_list(_text(params, "service_request_id", 20_000), "service_request_id")
	if ids:
		return RequestQuery(ids=tuple(ids), limit=min(len(ids), MAX_RESULTS))
	codes = split_list(_text(params, "service_code", 20_000), "service_code")
	statuses = split_list(_text(params, "status", 100), "status", limit=len(STATUSES))
	for status in statuses:
		if status not in STATUSES:
			raise bad_request(N_("status must be open or closed, not {0}"), status[:20])
	start_text, end_text = _text(params, "start_date", 40), _text(params, "end_date", 40)
	start = parse_datetime(start_text, "start_date", tz) if start_text else None
	end = parse_datetime(end_text, "end_date", tz) if end_text else None
	if start is None and end is None:
		end = now
		start = end - MAX_WINDOW
	elif start is None:
		start = end - MAX_WINDOW
	elif end is None:
		end = start + MAX_WINDOW
	if start > end:
		raise bad_request(N_("start_date must be before end_date"))
	if end - start > MAX_WINDOW:
		raise bad_request(N_("start_date and end_date may not span more than 90 days"))
	return RequestQuery(
		service_codes=tuple(codes),
		statuses=tuple(s for s in STATUSES if s in statuses) if len(set(statuses)) < len(STATUSES) else (),
		start=start,
		end=end,
	)


# ------------------------------------------------------------------------------------------ POST requests


@dataclass(frozen=True)
class PostedRequest:
	"""A checked ``POST requests`` form."""

	service_code: str
	lat: float | None = None
	long: float | None = None
	address_string: str | None = None
	address_id: str | None = None
	email: str | None = None
	device_id: str | None = None
	account_id: str | None = None
	first_name: str | None = None
	last_name: str | None = None
	phone: str | None = None
	description: str | None = None
	media_url: str | None = None
	attributes: dict[str, object] = field(default_factory=dict)

	@property
	def reporter_name(self) -> str | None:
		name = " ".join(p for p in (self.first_name, self.last_name) if p)
		return name or None

	@property
	def coordinates(self) -> tuple[float, float] | None:
		return None if self.lat is None else (self.lat, self.long)


_ATTRIBUTE_KEY = re.compile(r"^attribute\[([^\[\]]{1,64})\](\[\])?$")
_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")


def parse_post(
	pairs: Iterable[tuple[str, object]],
	max_description: int = DEFAULT_MAX_DESCRIPTION,
) -> PostedRequest:
	"""The form's ``(key, value)`` pairs (repeated keys allowed) → :class:`PostedRequest`.

	Checks presence, lengths, the location and the syntax of each value; attributes are
	collected (``attribute[code]``, ``attribute[code][]`` for multi-valued lists) and checked
	against the service's definition later by :func:`clean_attributes`.
	"""
	single: dict[str, object] = {}
	attributes: dict[str, object] = {}
	for key, value in pairs:
		if not isinstance(key, str):
			continue
		match = _ATTRIBUTE_KEY.match(key)
		if match:
			code, multi = match.group(1), bool(match.group(2))
			if multi:
				values = attributes.setdefault(code, [])
				if not isinstance(values, list):
					raise bad_request(N_("attribute[{0}] is given twice"), code)
				values.append(value)
			elif code in attributes:
				raise bad_request(N_("attribute[{0}] is given twice"), code)
			else:
				attributes[code] = value
			continue
		if key.startswith("attribute"):
			raise bad_request(N_("Malformed attribute parameter {0}: use attribute[code]"), key[:80])
		if key in single:
			single[key] = [single[key], value] if not isinstance(single[key], list) else [*single[key], value]
		else:
			single[key] = value
	if len(attributes) > 100:
		raise bad_request(N_("Too many attributes"))

	service_code = _text(single, "service_code", MAX_CODE)
	if not service_code:
		raise bad_request(N_("service_code is required"))
	lat_text, long_text = _text(single, "lat", 40), _text(single, "long", 40)
	lat = lon = None
	if lat_text is not None or long_text is not None:
		lat, lon = parse_coordinates(lat_text, long_text)
	address_string = _text(single, "address_string", MAX_ADDRESS)
	address_id = _text(single, "address_id", MAX_IDENTIFIER)
	if lat is None and not address_string and not address_id:
		raise bad_request(N_("A location is required: lat and long, address_string or address_id"))
	email = _text(single, "email", MAX_EMAIL)
	if email and not _EMAIL.match(email):
		raise bad_request(N_("email is not a valid e-mail address"))
	phone = _text(single, "phone", MAX_PHONE)
	if phone and not re.fullmatch(r"[0-9+() .\-/]{3,40}", phone):
		raise bad_request(N_("phone is not a valid phone number"))
	media_url = _text(single, "media_url", MAX_URL)
	if media_url:
		check_media_url(media_url)
	return PostedRequest(
		service_code=service_code,
		lat=lat,
		long=lon,
		address_string=address_string,
		address_id=address_id,
		email=email,
		device_id=_text(single, "device_id", MAX_IDENTIFIER),
		account_id=_text(single, "account_id", MAX_IDENTIFIER),
		first_name=_text(single, "first_name", MAX_NAME),
		last_name=_text(single, "last_name", MAX_NAME),
		phone=phone,
		description=_text(single, "description", max_description),
		media_url=media_url,
		attributes=attributes,
	)


def parse_coordinates(lat_text: str | None, long_text: str | None) -> tuple[float, float]:
	"""WGS84 ``lat``/``long`` (both required together, decimal degrees, in range, not 0,0)."""
	if lat_text is None or long_text is None:
		raise bad_request(N_("lat and long must be given together"))
	try:
		lat, lon = float(lat_text), float(long_text)
	except ValueError:
		raise bad_request(N_("lat and long must be decimal degrees (WGS84)")) from None
	if not (math.isfinite(lat) and math.isfinite(lon)):
		raise bad_request(N_("lat and long must be decimal degrees (WGS84)"))
	if not (-90.0 <= lat <= 90.0) or not (-180.0 <= lon <= 180.0):
		raise bad_request(N_("lat must be between -90 and 90 and long between -180 and 180"))
	if lat == 0.0 and lon == 0.0:
		raise bad_request(N_("lat and long 0,0 is not a location"))
	return lat, lon


def clean_attributes(fields: Sequence[FieldDef], attributes: Mapping[str, object]) -> dict[str, str]:
	"""Attribute values checked against the service's fields, as the desk checks them.

	Only the fields citizens see (``public``) are attributes; an unknown code, a list for a
	single value, or a value the desk would refuse (mandatory, type, length, option) is a 400.
	"""
	by_code = {f.fieldname: f for f in fields if f.public}
	values: dict[str, object] = {}
	for code, value in attributes.items():
		definition = by_code.get(code)
		if definition is None:
			raise bad_request(N_("attribute[{0}] is not an attribute of this service"), code)
		if isinstance(value, list):
			if len(value) != 1:
				raise bad_request(N_("attribute[{0}] takes a single value"), code)
			value = value[0]
		if definition.fieldtype == "Check" and isinstance(value, str):
			value = {"true": "1", "false": "0"}.get(value.strip().lower(), value)
		if definition.fieldtype == "Date" and isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}[T ]", value.strip()):
			value = value.strip()[:10]  # a datetime attribute: its date
		values[code] = value
	try:
		return clean_values(list(by_code.values()), values)
	except CoreValidationError as error:
		raise Open311Error(400, error.message, *error.args_) from None


def subject_of(description: str | None, service_name: str) -> str:
	"""The request's subject: the first line of the citizen's text, or the service's name."""
	first = next((line.strip() for line in (description or "").splitlines() if line.strip()), "")
	subject = " ".join(first.split()) or service_name
	return subject if len(subject) <= SUBJECT_LENGTH else subject[: SUBJECT_LENGTH - 1].rstrip() + "…"


# ------------------------------------------------------------------------------------------ media


def check_media_url(url: str) -> None:
	"""``media_url`` syntax: an absolute http(s) URL with a host name, no credentials.

	Where the host resolves is checked by :func:`is_public_address` when it is fetched.
	"""
	try:
		parts = urlsplit(url)
		port = parts.port
	except ValueError:
		raise bad_request(N_("media_url is not a valid URL")) from None
	if parts.scheme not in ("http", "https") or not parts.hostname:
		raise bad_request(N_("media_url must be an http or https URL"))
	if parts.username or parts.password:
		raise bad_request(N_("media_url must not carry credentials"))
	if port is not None and port not in (80, 443, 8080, 8443):
		raise bad_request(N_("media_url uses a port that is not allowed"))
	host = parts.hostname.rstrip(".").lower()
	if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
		raise bad_request(N_("media_url must point to a public address"))
	try:
		address = ipaddress.ip_address(host)
	except ValueError:
		return
	if not is_public_address(address):
		raise bad_request(N_("media_url must point to a public address"))


def is_public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address | str) -> bool:
	"""Whether a media fetch may connect to this address (no loopback, private, link-local,
	multicast, reserved or unspecified address; IPv4-mapped IPv6 checked as IPv4)."""
	if isinstance(address, str):
		try:
			address = ipaddress.ip_address(address)
		except ValueError:
			return False
	if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
		address = address.ipv4_mapped
	return address.is_global and not (
		address.is_private
		or address.is_loopback
		or address.is_link_local
		or address.is_multicast
		or address.is_reserved
		or address.is_unspecified
	)


MEDIA_TYPES = {
	"image/jpeg": "jpg",
	"image/png": "png",
	"image/gif": "gif",
	"image/webp": "webp",
}


def media_extension(content_type: str | None, allowed: Iterable[str] = MEDIA_TYPES) -> str | None:
	"""File extension for an allowed ``Content-Type`` (parameters ignored), else ``None``."""
	kind = (content_type or "").split(";")[0].strip().lower()
	return MEDIA_TYPES.get(kind) if kind in set(allowed) else None


def sniff_image(head: bytes) -> str | None:
	"""The image type the first bytes really are (a server may lie in its Content-Type)."""
	if head.startswith(b"\xff\xd8\xff"):
		return "image/jpeg"
	if head.startswith(b"\x89PNG\r\n\x1a\n"):
		return "image/png"
	if head[:6] in (b"GIF87a", b"GIF89a"):
		return "image/gif"
	if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
		return "image/webp"
	return None


# ------------------------------------------------------------------------------------------ services

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,139}$")


def keywords_of(words: str | None) -> str:
	"""The type's words (one per line or comma-separated) as Open311's comma-separated list."""
	items = [w.strip() for w in re.split(r"[\n,;]", words or "") if w.strip()]
	return ", ".join(dict.fromkeys(items))


def service_code_from(name: str, taken: Iterable[str] = ()) -> str:
	"""A service code from a type's name ("Éclairage public en panne" → "eclairage-public-en-panne"),
	made unique among ``taken``."""
	base = re.sub(r"[^a-z0-9]+", "-", strip_accents(name or "").lower()).strip("-")[:120] or "service"
	taken = set(taken)
	code, n = base, 2
	while code in taken:
		code, n = f"{base}-{n}", n + 1
	return code


def check_service_code(code: str) -> None:
	if not _CODE.match(code or ""):
		raise CoreValidationError(
			N_("The service code {0} may only hold letters, digits, - and _ (at most 140)"), code
		)



@dataclass(frozen=True)
class Service:
	"""A request type as an Open311 service."""

	code: str
	name: str
	description: str = ""
	group: str = ""
	keywords: str = ""
	fields: tuple[FieldDef, ...] = ()
	# whether the location of its requests is public (the type's "Show on the public map")
	public_location: bool = False

	@property
	def attributes(self) -> tuple[FieldDef, ...]:
		return tuple(f for f in self.fields if f.public)

	@property
	def metadata(self) -> bool:
		return bool(self.attributes)


DATATYPES = {
	"Data": "string",
	"Small Text": "text",
	"Int": "number",
	"Float": "number",
	"Date": "datetime",
	"Select": "singlevaluelist",
	"Check": "singlevaluelist",
}
DATATYPE_HINTS = {"Int": N_("A whole number"), "Float": N_("A number"), "Date": N_("A date, YYYY-MM-DD")}


def service_dict(service: Service) -> dict:
	return {
		"service_code": service.code,
		"service_name": service.name,
		"description": service.description,
		"metadata": service.metadata,
		"type": "realtime",
		"keywords": service.keywords,
		"group": service.group,
	}


def service_definition(service: Service, translate: Callable[[str], str] = lambda s: s) -> dict:
	"""``GET services/{code}``: the service's citizen-visible fields as attributes."""
	attributes = []
	for order, f in enumerate(service.attributes, start=1):
		if f.fieldtype == "Select":
			values = [{"key": o, "name": o} for o in f.options]
		elif f.fieldtype == "Check":
			values = [{"key": "true", "name": translate("Yes")}, {"key": "false", "name": translate("No")}]
		else:
			values = []
		hint = DATATYPE_HINTS.get(f.fieldtype)
		attributes.append(
			{
				"variable": True,
				"code": f.fieldname,
				"datatype": DATATYPES.get(f.fieldtype, "string"),
				"required": bool(f.reqd) and f.fieldtype != "Check",
				"datatype_description": f.description or (translate(hint) if hint else ""),
				"order": order,
				"description": f.label,
				"values": values,
			}
		)
	return {"service_code": service.code, "attributes": attributes}


# ------------------------------------------------------------------------------------------ requests


_POSTCODE = re.compile(r"\b(\d{5})\b")


def zipcode(address: str | None) -> str | None:
	"""The French postcode of an address, if it has one."""
	match = _POSTCODE.search(address or "")
	return match.group(1) if match else None


def public_request(
	row: Mapping[str, object],
	service: Service | None,
	status: str,
	tz: ZoneInfo,
	status_notes: str | None = None,
) -> dict:
	"""A request as Open311 shows it to anyone.

	Nothing personal: no reporter, no contact, and not the citizen's own words — the
	``description`` is the request's *public title* (type and street, editable by agents), as on
	the portal, and ``status_notes`` the agents' public note. The location (street without
	house number, postcode, coordinates) is published only for the services whose requests the
	portal's public map shows (``Service.public_location``: reports about the public space;
	a complaint or a procedure often concerns a home).
	"""
	located = bool(service and service.public_location)
	lat, lon = row.get("latitude"), row.get("longitude")
	has_point = located and lat not in (None, "") and lon not in (None, "") and not (float(lat) == 0 and float(lon) == 0)
	return {
		"service_request_id": row.get("name"),
		"status": status,
		"status_notes": status_notes or row.get("public_note") or None,
		"service_name": service.name if service else row.get("request_type"),
		"service_code": service.code if service else None,
		"description": row.get("public_title") or (service.name if service else None),
		"agency_responsible": row.get("service") or None,
		"service_notice": None,
		"requested_datetime": iso(row.get("received_on"), tz),
		"updated_datetime": iso(row.get("modified"), tz),
		"expected_datetime": iso(row.get("resolution_by"), tz),
		"address": (row.get("street") or None) if located else None,
		"address_id": None,
		"zipcode": zipcode(row.get("address")) if located else None,
		"lat": round(float(lat), 6) if has_point else None,
		"long": round(float(lon), 6) if has_point else None,
		"media_url": None,
	}


def created_response(
	*,
	service_request_id: str | None = None,
	token: str | None = None,
	service_notice: str | None = None,
	account_id: str | None = None,
) -> list[dict]:
	"""``POST requests`` answer: the request's id, or a token when it is not known yet."""
	item: dict[str, object] = {"service_request_id": service_request_id} if service_request_id else {"token": token}
	item["service_notice"] = service_notice
	item["account_id"] = account_id
	return [item]


def token_response(token: str, service_request_id: str | None) -> list[dict]:
	return [{"service_request_id": service_request_id, "token": token}]


def discovery(
	base_url: str, changeset: datetime | None, contact: str, key_service: str, tz: ZoneInfo, test: bool = False
) -> dict:
	stamp = iso(changeset, tz)
	return {
		"changeset": stamp,
		"contact": contact,
		"key_service": key_service,
		"endpoints": [
			{
				"specification": SPECIFICATION,
				"url": base_url,
				"changeset": stamp,
				"type": "test" if test else "production",
				"formats": list(DISCOVERY_FORMATS),
			}
		],
	}


def errors(error: Open311Error, translate: Callable[[str], str] = lambda s: s) -> list[dict]:
	return [{"code": error.status, "description": error.describe(translate)}]


# ------------------------------------------------------------------------------------------ rendering

# Element name of a list's items in XML, by the list's own element name.
XML_ITEMS = {
	"services": "service",
	"service_requests": "request",
	"errors": "error",
	"attributes": "attribute",
	"values": "value",
	"endpoints": "endpoint",
	"formats": "format",
}
# Root element of each answer in XML (JSON answers have no root).
XML_ROOTS = {
	"services": "services",
	"service": "service_definition",
	"requests": "service_requests",
	"request": "service_requests",
	"token": "service_requests",
	"created": "service_requests",
	"discovery": "discovery",
	"errors": "errors",
}


def render(payload: object, fmt: str, root: str) -> bytes:
	"""The answer in ``fmt`` (``json`` or ``xml``); ``root`` is a key of :data:`XML_ROOTS`."""
	if fmt == "json":
		return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
	element = XML_ROOTS[root]
	return ('<?xml version="1.0" encoding="utf-8"?>' + _xml(element, payload)).encode("utf-8")


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(name: str, value: object) -> str:
	if isinstance(value, list):
		item = XML_ITEMS.get(name, "item")
		return f"<{name}>" + "".join(_xml(item, v) for v in value) + f"</{name}>"
	if isinstance(value, dict):
		return f"<{name}>" + "".join(_xml(k, v) for k, v in value.items()) + f"</{name}>"
	if value is None or value == "":
		return f"<{name}/>"
	if isinstance(value, bool):
		text = "true" if value else "false"
	else:
		text = _XML_FORBIDDEN.sub("", str(value))
	return f"<{name}>{escape(text)}</{name}>"


# ------------------------------------------------------------------------------------------ keys


KEY_PREFIX = "o311_"


def new_api_key() -> str:
	"""A fresh API key (256 bits of randomness); shown once, only its hash is stored."""
	return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_api_key(key: str) -> str:
	"""The stored form of a key. Keys are random, so a plain SHA-256 cannot be brute-forced."""
	return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_hint(key: str) -> str:
	"""What the desk shows of a key to tell keys apart (its first characters)."""
	return key[: len(KEY_PREFIX) + 4] + "…"


def looks_like_key(value: object) -> bool:
	return isinstance(value, str) and 20 <= len(value) <= 200 and value.isascii() and value.isprintable()


def new_token() -> str:
	return secrets.token_hex(16)


def sign(secret: str, timestamp: int, body: bytes) -> str:
	"""HMAC-SHA256 of ``"<timestamp>.<body>"`` (hex), the ``X-Open311-Signature`` of a callback.

	Receivers recompute it with their secret and reject old timestamps (replays).
	"""
	message = str(int(timestamp)).encode("ascii") + b"." + body
	return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def verify(secret: str, timestamp: int, body: bytes, signature: str) -> bool:
	return hmac.compare_digest(sign(secret, timestamp, body), signature or "")


# Delays between callback attempts (then the delivery is given up).
RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2), timedelta(hours=12))


def next_attempt(attempts: int, now: datetime) -> datetime | None:
	"""When to try a delivery again after ``attempts`` failed ones (``None``: give up)."""
	if attempts < 1 or attempts > len(RETRY_DELAYS):
		return None
	return now + RETRY_DELAYS[attempts - 1]


def callback_payload(request: Mapping[str, object], event: str, sent_at: datetime, tz: ZoneInfo) -> dict:
	"""What a client's callback receives when one of its requests changes."""
	return {"event": event, "sent_at": iso(sent_at, tz), "service_request": request}
