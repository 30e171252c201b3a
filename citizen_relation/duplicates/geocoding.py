"""Geocoding of requests for duplicate detection, in the background.

At intake every request gets its **place for duplicates** (``geo_*`` fields) from what it says:
its own coordinates, the street and number of its address, or a street named in its text
(:func:`set_location_fields`, called by the controller). When a geocoder is configured
(Citizen Relation Settings › Geocoder), what is missing is then asked in a background job
(:func:`enqueue_geocoding` → :func:`geocode_request`): an address without coordinates is
geocoded, coordinates without an address are reverse-geocoded. Intake never waits for it and a
failure never blocks anything: the request keeps what it said, marked "Failed", and the daily
:func:`geocode_pending` tries the pending and failed ones again.

Geocoders are pluggable. The default is the French national address base (BAN) through geopy's
``BANFrance``; its domain is configurable, so a collectivité can point it at its own ``addok``
server. Another app may provide one with the hook ``citizen_relation_geocoder`` (dotted path to
a callable returning an object with ``geocode(text)`` and ``reverse(lat, lon)`` that return
:class:`~citizen_relation.core.geocoding.GeocodeResult` or ``None``); tests set
``frappe.flags.citizen_relation_geocoder`` to a local fake. Answers are cached in Redis (a month).
"""

from __future__ import annotations

import frappe
from frappe.query_builder import DocType

from citizen_relation import caching
from citizen_relation.core.duplicates import address_key, mentioned_address
from citizen_relation.core.duplicates.address import street_key
from citizen_relation.core.geocoding import (
	FORWARD,
	GeocodeResult,
	GeocodingQuery,
	geocoding_query,
	located_values,
)
from citizen_relation.utils import get_settings

DOCTYPE = "Citizen Request"
NONE = "None"
BAN = "BAN (Base Adresse Nationale)"
ADDOK = "Addok server"
DEFAULT_DOMAIN = "api-adresse.data.gouv.fr"
CACHE_SECONDS = 30 * 24 * 3600
FAILED_CACHE_SECONDS = 3600
PENDING = "Pending"
DONE = "Done"
FAILED = "Failed"
NOT_NEEDED = "Not needed"
RETRY_BATCH = 500
_MISS = {"none": True}


class GeopyGeocoder:
	"""An addok API (the BAN by default) through geopy's ``BANFrance``."""

	def __init__(self, domain: str = DEFAULT_DOMAIN, timeout: int = 5):
		from geopy.geocoders import BANFrance

		domain = (domain or DEFAULT_DOMAIN).strip().removeprefix("https://").removeprefix("http://").rstrip("/")
		self.client = BANFrance(domain=domain, timeout=timeout or 5, user_agent="citizen_relation")

	def geocode(self, text: str) -> GeocodeResult | None:
		return _result(self.client.geocode(text, exactly_one=True))

	def reverse(self, latitude: float, longitude: float) -> GeocodeResult | None:
		return _result(self.client.reverse((latitude, longitude), exactly_one=True))


def _result(location) -> GeocodeResult | None:
	"""A geopy Location of the addok API (GeoJSON feature in ``raw``) as a core answer."""
	if location is None:
		return None
	props = (location.raw or {}).get("properties", {})
	return GeocodeResult(
		latitude=float(location.latitude),
		longitude=float(location.longitude),
		precision=props.get("type") or "street",
		street=props.get("street") or (props.get("name") if props.get("type") == "street" else None),
		house_number=props.get("housenumber"),
		postcode=props.get("postcode"),
		city=props.get("city"),
		label=props.get("label"),
		score=props.get("score"),
	)


def get_geocoder():
	"""The configured geocoder, or ``None`` (no geocoder: streets and numbers are compared as written)."""
	override = frappe.flags.get("citizen_relation_geocoder")
	if override is not None:
		return override or None
	hooks = frappe.get_hooks("citizen_relation_geocoder")
	if hooks:
		return frappe.get_attr(hooks[-1])()
	settings = get_settings()
	kind = settings.get("geocoder") or NONE
	if kind == NONE:
		return None
	return GeopyGeocoder(settings.get("geocoder_domain") or DEFAULT_DOMAIN, settings.get("geocoder_timeout") or 5)


def geocoding_enabled() -> bool:
	if frappe.flags.get("citizen_relation_geocoder") is not None:
		return bool(frappe.flags.citizen_relation_geocoder)
	return bool(frappe.get_hooks("citizen_relation_geocoder")) or (get_settings().get("geocoder") or NONE) != NONE


def ask(query: GeocodingQuery, geocoder=None) -> GeocodeResult | None:
	"""The geocoder's answer to ``query``, through the shared cache (misses are cached too)."""
	key = "geocode:" + query.cache_key
	cached = caching.shared_peek(key, expires=True)
	if cached is not None:
		return None if cached == _MISS else GeocodeResult.from_dict(cached)
	geocoder = geocoder or get_geocoder()
	if geocoder is None:
		return None
	if query.kind == FORWARD:
		answer = geocoder.geocode(query.text)
	else:
		answer = geocoder.reverse(query.latitude, query.longitude)
	caching.shared_set(key, answer.to_dict() if answer else _MISS, expires_in_sec=CACHE_SECONDS)
	return answer


# --------------------------------------------------------------------------------------------------
# Intake
# --------------------------------------------------------------------------------------------------

LOCATION_FIELDS = ("latitude", "longitude", "address")
GEO_FIELDS = ("geo_latitude", "geo_longitude", "geo_street", "geo_street_key", "geo_house_number", "geo_status")


def _query_of(doc) -> GeocodingQuery | None:
	text = " ".join(p for p in (doc.get("subject"), doc.get("description")) if p)
	return geocoding_query(doc.get("latitude"), doc.get("longitude"), doc.get("address"), text, city=_city())


def _city() -> str | None:
	return (get_settings().get("geocoder_city") or "").strip() or None


def set_location_fields(doc) -> None:
	"""Controller hook (before_validate): the place for duplicates, from what the request says.

	Kept as they are while the location and the text do not change (the geocoder's answers are
	written by the background job); a REST write of these fields is overwritten either way.
	"""
	before = None if doc.is_new() else doc.get_doc_before_save()
	watched = (*LOCATION_FIELDS, "subject", "description")
	if before is not None and all(doc.get(f) == before.get(f) for f in watched):
		for f in GEO_FIELDS:
			doc.set(f, before.get(f))
		return
	doc.update(place_values(doc))


def place_values(values) -> dict:
	"""The place for duplicates (``GEO_FIELDS``) of a request (a document or a row with its
	subject, description, address and coordinates), before the geocoder answers: its own point,
	the street of its address or, without an address, the street its text names; "Pending" when a
	configured geocoder has something to find."""
	lat, lon = values.get("latitude") or 0, values.get("longitude") or 0
	address = values.get("address")
	street = address_key(address)
	if street is None and not address:
		street = mentioned_address(" ".join(p for p in (values.get("subject"), values.get("description")) if p))
	return {
		"geo_latitude": lat if (lat or lon) else 0,
		"geo_longitude": lon if (lat or lon) else 0,
		"geo_street": street.street if street else None,
		"geo_street_key": street_key(street),
		"geo_house_number": street.number if street and street.number else 0,
		"geo_status": PENDING if (_query_of(values) is not None and geocoding_enabled()) else NOT_NEEDED,
	}


def enqueue_geocoding(doc) -> None:
	"""Controller hook (after_insert / on_update): geocode in the background when something is missing."""
	if doc.get("geo_status") != PENDING:
		return
	if frappe.flags.in_test and frappe.flags.get("citizen_relation_geocode_now"):
		geocode_request(doc.name)
		return
	frappe.enqueue(
		"citizen_relation.duplicates.geocoding.geocode_request",
		name=doc.name,
		queue="short",
		enqueue_after_commit=True,
		job_id=f"citizen_relation:geocode:{doc.name}",
		deduplicate=True,
	)


def geocode_request(name: str) -> str:
	"""Background job: ask the geocoder what the request misses; returns the new geocoding status.

	Never raises: a geocoder that is down leaves the request "Failed" (retried daily).
	"""
	row = frappe.db.get_value(
		DOCTYPE, name, ["name", "subject", "description", "latitude", "longitude", "address", "geo_status"], as_dict=True
	)
	if row is None:
		return NOT_NEEDED
	query = _query_of(row)
	if query is None:
		frappe.db.set_value(DOCTYPE, name, "geo_status", NOT_NEEDED, update_modified=False)
		return NOT_NEEDED
	try:
		answer = ask(query)
	except Exception:  # noqa: BLE001 - the geocoder's failure must never reach intake nor stop the queue
		frappe.log_error(title="Geocoding failed", message=frappe.get_traceback(), reference_doctype=DOCTYPE, reference_name=name)
		frappe.db.set_value(DOCTYPE, name, "geo_status", FAILED, update_modified=False)
		return FAILED
	values = located_values(answer, query)
	if values.get("geo_street"):
		values["geo_street_key"] = street_key(values["geo_street"])
	if query.kind != FORWARD:  # a reverse answer's point is the request's own
		values.pop("geo_latitude", None)
		values.pop("geo_longitude", None)
	values["geo_status"] = DONE
	frappe.db.set_value(DOCTYPE, name, values, update_modified=False)
	return DONE


def geocode_pending(limit: int = RETRY_BATCH) -> int:
	"""Daily job: geocode again the requests left pending or failed (a geocoder that was down)."""
	if not geocoding_enabled():
		return 0
	cr = DocType(DOCTYPE)
	names = (
		frappe.qb.from_(cr)
		.select(cr.name)
		.where(cr.geo_status.isin([PENDING, FAILED]))
		.orderby(cr.modified, order=frappe.qb.desc)
		.limit(limit)
	).run(pluck=True)
	for name in names:
		geocode_request(name)
		frappe.db.commit()
	return len(names)
