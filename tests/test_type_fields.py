import pytest

from citizen_relation.core.errors import CoreValidationError
from citizen_relation.core.type_fields import FieldDef, check_definitions, clean_values, make_fieldname

ACTE = [
	FieldDef("Type d'acte", "type_d_acte", "Select", ("Naissance", "Mariage", "Décès"), reqd=True),
	FieldDef("Date de l'événement", "date_de_l_evenement", "Date", reqd=True),
	FieldDef("Nombre d'exemplaires", "nombre_d_exemplaires", "Int"),
	FieldDef("Urgent", "urgent", "Check"),
	FieldDef("Surface", "surface", "Float"),
]


def test_make_fieldname():
	assert make_fieldname("N° de plaque") == "n_de_plaque"
	assert make_fieldname("Date de l'événement") == "date_de_l_evenement"
	assert make_fieldname("2e adresse") == "f_2e_adresse"
	assert make_fieldname("!!!") == "field"


def test_values_are_checked_and_stored_as_text():
	cleaned = clean_values(
		ACTE,
		{"type_d_acte": "Naissance", "date_de_l_evenement": "03/02/1990", "nombre_d_exemplaires": " 2 ", "urgent": "oui", "surface": "12,5", "unknown": "x"},
	)
	assert cleaned == {
		"type_d_acte": "Naissance",
		"date_de_l_evenement": "1990-02-03",
		"nombre_d_exemplaires": "2",
		"urgent": "1",
		"surface": "12.5",
	}


def test_missing_mandatory_field_names_its_label():
	with pytest.raises(CoreValidationError) as err:
		clean_values(ACTE, {"type_d_acte": "Mariage"})
	assert err.value.args_ == ("Date de l'événement",)
	assert err.value.field == "date_de_l_evenement"


@pytest.mark.parametrize(
	"values",
	[
		{"type_d_acte": "Baptême", "date_de_l_evenement": "2020-01-01"},
		{"type_d_acte": "Naissance", "date_de_l_evenement": "31/02/2020"},
		{"type_d_acte": "Naissance", "date_de_l_evenement": "2020-01-01", "nombre_d_exemplaires": "deux"},
		{"type_d_acte": "Naissance", "date_de_l_evenement": "2020-01-01", "urgent": "peut-être"},
		{"type_d_acte": "Naissance", "date_de_l_evenement": "2020-01-01", "surface": "grand"},
	],
)
def test_wrong_kinds_of_value_raise(values):
	with pytest.raises(CoreValidationError):
		clean_values(ACTE, values)


def test_too_long_text_raises():
	with pytest.raises(CoreValidationError):
		clean_values([FieldDef("Plaque", "plaque")], {"plaque": "x" * 141})


def test_definitions_checks():
	check_definitions(ACTE)
	with pytest.raises(CoreValidationError):
		check_definitions([FieldDef("A", "a"), FieldDef("B", "a")])
	with pytest.raises(CoreValidationError):
		check_definitions([FieldDef("Choix", "choix", "Select")])
	with pytest.raises(CoreValidationError):
		check_definitions([FieldDef("Fichier", "fichier", "Attach")])
	with pytest.raises(CoreValidationError):
		check_definitions([FieldDef("Bad", "Bad Name")])


def test_from_row():
	d = FieldDef.from_row({"label": " Type ", "fieldname": "type", "fieldtype": "Select", "options": "A\n\nB\n", "reqd": 1, "public": 0})
	assert d == FieldDef("Type", "type", "Select", ("A", "B"), True, False)
