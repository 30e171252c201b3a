"""Publishing the anonymised open data: ``demandes.csv``, ``demandes.geojson`` and ``schema.json``
in the site's public files (``/files/donnees-ouvertes/…``), written by a background job on demand
(Quality Settings › Publish the open data now) with a progress bar.

What a row holds is decided by :mod:`citizen_relation.core.opendata` (a fixed list of columns,
no personal data, coordinates rounded); this module reads the requests in chunks along the
``received_on`` index, so that a million requests are written in a few minutes with little memory,
and replaces the published files atomically when done.
"""

from __future__ import annotations

import json
import os
from datetime import datetime

import frappe
from frappe import _
from frappe.utils import add_years, cint, get_datetime, now_datetime

from citizen_relation.core import opendata as core
from citizen_relation.requests.lifecycle import get_lifecycle, public_labels
from citizen_relation.requests.profile import get_profile

FOLDER = "donnees-ouvertes"
CSV, GEOJSON, SCHEMA = "demandes.csv", "demandes.geojson", "schema.json"
CHUNK = 5000
FIELDS = (
	"name", "request_type", "category", "channel", "service", "received_on", "resolved_on", "status",
	"reporter_count", "street", "latitude", "longitude",
)


def public_types() -> list[str]:
	names = frappe.get_all("Request Type", pluck="name")
	return [n for n in names if (get_profile(n) and get_profile(n).is_public)]


def rows(since: datetime, chunk: int = CHUNK):
	"""Chunks of published rows, oldest first (keyset pagination on received_on, name)."""
	lifecycle = get_lifecycle()
	labels = public_labels()
	translations = {}
	for fieldname in ("category", "channel"):
		options = (frappe.get_meta("Citizen Request").get_field(fieldname).options or "").split("\n")
		translations.update({o: _(o) for o in options if o})
	types = public_types()
	merged = list(lifecycle.statuses("merged")) or ["\x00"]
	if not types:
		return
	request = frappe.qb.DocType("Citizen Request")
	last = (since, "")
	while True:
		query = (
			frappe.qb.from_(request)
			.select(*(request[f] for f in FIELDS))
			.where(request.received_on >= since)
			.where((request.received_on > last[0]) | ((request.received_on == last[0]) & (request.name > last[1])))
			.where(request.request_type.isin(types))
			.where(request.status.notin(merged))
			.orderby(request.received_on)
			.orderby(request.name)
			.limit(chunk)
		)
		batch = query.run(as_dict=True)
		if not batch:
			return
		yield [
			core.export_row(
				r,
				state="ouverte" if lifecycle.is_active(r.status) else "close",
				status_label=labels.get(r.status) or _(r.status),
				labels=translations,
			)
			for r in batch
		]
		last = (batch[-1].received_on, batch[-1].name)


def folder_path() -> str:
	path = frappe.get_site_path("public", "files", FOLDER)
	os.makedirs(path, exist_ok=True)
	return path


def publish(years: int | None = None) -> dict:
	"""Write the three files; returns ``{"rows", "csv", "geojson", "schema"}`` (URLs)."""
	settings = frappe.get_single("Quality Settings")
	years = max(1, min(20, cint(years or settings.opendata_years or 3)))
	language = settings.report_language or "fr"
	previous_language, frappe.local.lang = frappe.local.lang, language
	try:
		since = get_datetime(add_years(now_datetime(), -years).date())
		total = _count(since)
		folder = folder_path()
		csv_tmp, geo_tmp = os.path.join(folder, CSV + ".tmp"), os.path.join(folder, GEOJSON + ".tmp")
		written = 0
		with open(csv_tmp, "w", encoding="utf-8", newline="") as csv_file, open(geo_tmp, "w", encoding="utf-8") as geo_file:
			csv_file.write(core.csv_header())
			geo_file.write(core.GEOJSON_START)
			for batch in rows(since):
				csv_file.write(core.csv_lines(batch))
				geo_file.write(core.geojson_lines(batch, first=written == 0))
				written += len(batch)
				frappe.publish_progress(
					100 * written / max(total, 1),
					title=_("Publishing the open data"),
					description=_("{0} of {1} requests").format(written, total),
				)
			geo_file.write(core.GEOJSON_END)
		os.replace(csv_tmp, os.path.join(folder, CSV))
		os.replace(geo_tmp, os.path.join(folder, GEOJSON))
		collectivite = frappe.db.get_single_value("Citizen Relation Settings", "collectivite_name") or ""
		schema = core.table_schema(
			title=_("Citizen requests of {0}").format(collectivite) if collectivite else _("Citizen requests"),
			publisher=collectivite,
			csv_path=url(CSV),
		)
		with open(os.path.join(folder, SCHEMA), "w", encoding="utf-8") as f:
			json.dump(schema, f, ensure_ascii=False, indent=1)
	finally:
		frappe.local.lang = previous_language
	result = {"rows": written, "csv": url(CSV), "geojson": url(GEOJSON), "schema": url(SCHEMA)}
	for field, value in (
		("opendata_published_on", now_datetime()),
		("opendata_rows", written),
		("opendata_csv", result["csv"]),
		("opendata_geojson", result["geojson"]),
		("opendata_schema", result["schema"]),
	):
		frappe.db.set_single_value("Quality Settings", field, value)
	return result


def _count(since: datetime) -> int:
	types = public_types()
	if not types:
		return 0
	return frappe.db.count("Citizen Request", {"received_on": (">=", since), "request_type": ("in", types)})


def url(filename: str) -> str:
	return f"/files/{FOLDER}/{filename}"


def enqueue_publication() -> None:
	frappe.enqueue(
		"citizen_relation.stats.opendata.publish",
		queue="long",
		timeout=3 * 3600,
		job_id="citizen_relation:open_data",
		deduplicate=True,
	)
