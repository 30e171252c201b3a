"""Open-data export: fixed columns, no personal data, coordinates rounded, valid CSV/GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

from citizen_relation.core import opendata

REQUEST = {
	"name": "DEM-2026-000123",
	"request_type": "Éclairage public en panne",
	"category": "Technical Problem",
	"channel": "Phone",
	"service": "Éclairage public",
	"received_on": datetime(2026, 3, 2, 10, 17),
	"resolved_on": datetime(2026, 3, 5, 16, 5),
	"status": "Closed",
	"reporter_count": 3,
	"street": "rue de la République",
	"latitude": 45.757814,
	"longitude": 4.832011,
	# personal data and free texts a request also holds: never exported
	"reporter_name": "Jeanne Martin",
	"reporter_email": "jeanne@example.org",
	"reporter_phone": "+33612345678",
	"contact": "Jeanne Martin",
	"address": "12 rue de la République, 69002 Lyon",
	"subject": "Lampadaire éteint devant chez Mme Martin",
	"description": "Mon voisin M. Dupont…",
}
LABELS = {"Technical Problem": "Problème technique", "Phone": "Téléphone"}


def row():
	return opendata.export_row(REQUEST, state="close", status_label="Clôturée", labels=LABELS)


def test_only_the_documented_columns_come_out_without_any_personal_value():
	exported = row()
	assert tuple(exported) == opendata.COLUMN_NAMES
	text = json.dumps(exported, ensure_ascii=False)
	for personal in ("Jeanne", "Martin", "jeanne@example.org", "+33612345678", "12 rue", "Dupont", "Lampadaire"):
		assert personal not in text


def test_coordinates_are_rounded_to_about_a_hundred_metres_and_dates_to_the_day():
	exported = row()
	assert (exported["latitude"], exported["longitude"]) == (45.758, 4.832)
	assert (exported["date_reception"], exported["date_resolution"]) == ("2026-03-02", "2026-03-05")
	assert exported["delai_jours"] == 3.2
	assert (exported["categorie"], exported["canal"], exported["signalements"]) == ("Problème technique", "Téléphone", 3)


def test_an_unlocated_or_unresolved_request_has_empty_values():
	exported = opendata.export_row(
		{**REQUEST, "latitude": 0, "longitude": 0, "resolved_on": None}, state="ouverte", status_label="En cours"
	)
	assert exported["latitude"] is None and exported["longitude"] is None
	assert exported["date_resolution"] == "" and exported["delai_jours"] is None
	assert opendata.round_coordinate("n/a") is None


def test_csv_and_geojson_are_well_formed():
	rows = [row(), opendata.export_row({**REQUEST, "latitude": None}, state="ouverte", status_label="En cours")]
	parsed = list(csv.DictReader(io.StringIO(opendata.csv_header() + opendata.csv_lines(rows))))
	assert parsed[0]["rue"] == "rue de la République" and parsed[1]["latitude"] == ""
	collection = json.loads(
		opendata.GEOJSON_START + opendata.geojson_lines(rows[:1], first=True) + opendata.geojson_lines(rows[1:], first=False)
		+ opendata.GEOJSON_END
	)
	assert collection["features"][0]["geometry"] == {"type": "Point", "coordinates": [4.832, 45.758]}
	assert collection["features"][1]["geometry"] is None
	assert "latitude" not in collection["features"][0]["properties"]


def test_the_schema_documents_every_column():
	schema = opendata.table_schema("Demandes", "Commune", "/files/donnees-ouvertes/demandes.csv")
	assert [f["name"] for f in schema["fields"]] == list(opendata.COLUMN_NAMES)
	assert all(f["description"] and f["type"] for f in schema["fields"])
