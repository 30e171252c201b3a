"""The anonymised open-data export of requests: what is published, and how.

Published for each request of a type offered to citizens (merged duplicates are counted in their
master's ``signalements``): its reference, kind, category, channel, handling service, dates
(day only), state and public status, processing time, **street** (no house number) and
coordinates **rounded to 3 decimals** (about 100 m: the street, not the door).

Never published: names, e-mail addresses, phone numbers, contacts, the address as typed, the
subject, the description and every other free text a citizen or an agent wrote, attachments,
assignees. The columns are a fixed list (:data:`COLUMNS`): a field added to requests later is not
exported until it is added here, with its description in the schema.

The schema follows Frictionless *Table Schema* (the format of schema.data.gouv.fr).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

COORDINATE_DECIMALS = 3


@dataclass(frozen=True)
class Column:
	name: str
	type: str  # Table Schema type
	description: str
	example: str


COLUMNS = (
	Column("reference", "string", "Référence de la demande (identifiant stable)", "DEM-2026-000123"),
	Column("type", "string", "Type de demande (catalogue de la collectivité)", "Éclairage public en panne"),
	Column("categorie", "string", "Catégorie de la demande", "Problème technique"),
	Column("canal", "string", "Canal par lequel la demande est arrivée", "Portail web"),
	Column("service", "string", "Service municipal chargé de la demande", "Éclairage public"),
	Column("date_reception", "date", "Jour de réception de la demande (AAAA-MM-JJ)", "2026-03-02"),
	Column("date_resolution", "date", "Jour de la résolution en cours, vide si la demande n'est pas résolue", "2026-03-05"),
	Column("etat", "string", "« ouverte » tant que la demande est traitée ou en attente, « close » sinon", "close"),
	Column("statut", "string", "Statut de la demande, tel qu'affiché aux citoyens", "Résolue"),
	Column("delai_jours", "number", "Délai de résolution en jours calendaires (réception → résolution), vide si non résolue", "3.2"),
	Column("signalements", "integer", "Nombre de signalements du même problème regroupés dans cette demande", "3"),
	Column("rue", "string", "Voie (sans numéro) où se situe le problème, vide si non localisé", "rue de la République"),
	Column("latitude", "number", "Latitude arrondie à 3 décimales (environ 100 m), vide si non localisé", "45.758"),
	Column("longitude", "number", "Longitude arrondie à 3 décimales (environ 100 m), vide si non localisé", "4.832"),
)
COLUMN_NAMES = tuple(c.name for c in COLUMNS)


def round_coordinate(value, decimals: int = COORDINATE_DECIMALS) -> float | None:
	"""A coordinate rounded to ``decimals`` places; ``None`` for an unset one (0 or empty)."""
	try:
		number = float(value)
	except (TypeError, ValueError):
		return None
	if number == 0 or math.isnan(number):  # unset (Frappe stores 0) or not a number
		return None
	return round(number, decimals)


def _day(value) -> str:
	if isinstance(value, datetime):
		return value.date().isoformat()
	if isinstance(value, date):
		return value.isoformat()
	return str(value)[:10] if value else ""


def export_row(request: Mapping, *, state: str, status_label: str, labels: Mapping[str, str] | None = None) -> dict:
	"""The published values of one request (a mapping of its fields). ``state``: "ouverte" or
	"close"; ``status_label``: the public label; ``labels``: translations of categories and
	channels. Only the columns of :data:`COLUMNS` come out."""
	labels = labels or {}
	received, resolved = request.get("received_on"), request.get("resolved_on")
	days = None
	if received and resolved and isinstance(received, datetime) and isinstance(resolved, datetime):
		days = round(max(0.0, (resolved - received).total_seconds()) / 86_400, 1)
	lat, lon = round_coordinate(request.get("latitude")), round_coordinate(request.get("longitude"))
	if lat is None or lon is None:
		lat = lon = None
	return {
		"reference": request.get("name") or "",
		"type": request.get("request_type") or "",
		"categorie": labels.get(request.get("category") or "", request.get("category") or ""),
		"canal": labels.get(request.get("channel") or "", request.get("channel") or ""),
		"service": request.get("service") or "",
		"date_reception": _day(received),
		"date_resolution": _day(resolved) if resolved else "",
		"etat": state,
		"statut": status_label,
		"delai_jours": days,
		"signalements": int(request.get("reporter_count") or 1),
		"rue": request.get("street") or "",
		"latitude": lat,
		"longitude": lon,
	}


def csv_header() -> str:
	buffer = io.StringIO()
	csv.writer(buffer, lineterminator="\n").writerow(COLUMN_NAMES)
	return buffer.getvalue()


def csv_lines(rows: Iterable[Mapping]) -> str:
	buffer = io.StringIO()
	writer = csv.writer(buffer, lineterminator="\n")
	for row in rows:
		writer.writerow(["" if row[c] is None else row[c] for c in COLUMN_NAMES])
	return buffer.getvalue()


def geojson_feature(row: Mapping) -> dict:
	geometry = None
	if row.get("latitude") is not None and row.get("longitude") is not None:
		geometry = {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
	return {
		"type": "Feature",
		"geometry": geometry,
		"properties": {c: row[c] for c in COLUMN_NAMES if c not in ("latitude", "longitude")},
	}


GEOJSON_START = '{"type": "FeatureCollection", "features": [\n'
GEOJSON_END = "\n]}\n"


def geojson_lines(rows: Iterable[Mapping], first: bool) -> str:
	"""Features of a chunk, comma-separated (``first``: no comma before the first one)."""
	parts = [json.dumps(geojson_feature(row), ensure_ascii=False, separators=(",", ":")) for row in rows]
	if not parts:
		return ""
	return ("" if first else ",\n") + ",\n".join(parts)


def table_schema(title: str, publisher: str, csv_path: str) -> dict:
	"""The Table Schema of the CSV file, with a description of each column."""
	return {
		"$schema": "https://frictionlessdata.io/schemas/table-schema.json",
		"name": "demandes-citoyennes",
		"title": title,
		"description": (
			"Demandes des citoyens reçues par la collectivité (signalements, réclamations, demandes "
			"d'information et démarches), anonymisées : ni nom, ni coordonnées, ni texte libre ; la "
			"localisation est arrondie à la voie (environ 100 m)."
		),
		"publisher": publisher,
		"path": csv_path,
		"licenses": [{"name": "etalab-2.0", "title": "Licence Ouverte / Open Licence 2.0",
		              "path": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"}],
		"missingValues": [""],
		"primaryKey": "reference",
		"fields": [
			{"name": c.name, "type": c.type, "description": c.description, "example": c.example}
			for c in COLUMNS
		],
	}
