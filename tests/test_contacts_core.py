import pytest

from citizen_relation.core.contacts import display_phone, normalise_email, normalise_phone, split_name
from citizen_relation.core.errors import CoreValidationError


@pytest.mark.parametrize(
	"raw, expected",
	[
		("06 12 34 56 78", "+33612345678"),
		("06.12.34.56.78", "+33612345678"),
		("+33 6 12 34 56 78", "+33612345678"),
		("0033612345678", "+33612345678"),
		("01 42 76 40 40", "+33142764040"),
		("0590 12 34 56", "+590590123456"),  # Guadeloupe landline, read in region FR
	],
)
def test_french_numbers_are_normalised_to_e164(raw, expected):
	assert normalise_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12", "06 12 34", "abcdef", "+33 1 23", "0612345678901234"])
def test_impossible_phone_numbers_raise(raw):
	with pytest.raises(CoreValidationError) as err:
		normalise_phone(raw)
	assert err.value.field == "phone"
	assert "{0}" in err.value.message


def test_empty_phone_is_none():
	assert normalise_phone("  ") is None
	assert normalise_phone(None) is None


def test_other_region_prefix():
	assert normalise_phone("+49 30 901820") == "+4930901820"
	assert normalise_phone("030 901820", region="DE") == "+4930901820"


@pytest.mark.parametrize("raw", ["Jean.Dupont@Example.FR ", "a+b@mairie-exemple.fr"])
def test_valid_emails_are_lowercased(raw):
	assert normalise_email(raw) == raw.strip().lower()


@pytest.mark.parametrize("raw", ["jean", "jean@", "@x.fr", "jean@localhost", "a..b@x.fr", "a b@x.fr", "x@" + "a" * 250 + ".fr"])
def test_malformed_emails_raise(raw):
	with pytest.raises(CoreValidationError):
		normalise_email(raw)


def test_display_phone():
	assert display_phone("+33612345678") == "06 12 34 56 78"
	assert display_phone("") == ""


def test_split_name():
	assert split_name("Marie Claire Durand") == ("Marie Claire", "Durand")
	assert split_name("Durand") == ("Durand", "")
	assert split_name(None) == ("", "")
