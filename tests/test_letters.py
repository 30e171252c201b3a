"""Letters to citizens: mandatory mentions per kind, the check of rendered letters, language."""

from datetime import date

import pytest

from citizen_relation.core import letters
from citizen_relation.core.crpa import ACCEPTANCE, NONE, REJECTION, Filing, Regime, Service
from citizen_relation.core.letters import (
	ACKNOWLEDGEMENT,
	DECISION,
	MERGE_NOTICE,
	MISSING_PIECES,
	TRANSFER,
	Facts,
	Identity,
	Signatory,
	check,
	letter_language,
	paragraphs,
	required_mentions,
	verify_rendered,
)

CITY = Identity(
	"Ville de Villeurbanne", "Place Lazare-Goujon\n69100 Villeurbanne", "04 78 03 67 67", "mairie@example.fr"
)
SERVICE = Service("Urbanisme", "1 rue Michelet\n69100 Villeurbanne", "urba@example.fr", "04 78 03 68 00")
SIGNATORY = Signatory("Camille Martin", "Adjointe au maire")


ACCEPT = Regime(ACCEPTANCE)


def facts(regime=ACCEPT, **values):
	values.setdefault("filing", Filing(date(2026, 1, 5)))
	values.setdefault("implicit_decision_on", date(2026, 3, 5))
	return Facts(reference="DEM-2026-000001", regime=regime, **values)


def codes(missing):
	return [m.code for m in missing]


def test_a_complete_acknowledgement_misses_nothing():
	assert check(ACKNOWLEDGEMENT, facts(), CITY, SERVICE) == ()


@pytest.mark.parametrize(
	("identity", "service", "expected"),
	[
		(Identity(), SERVICE, ["collectivite.name"]),
		(CITY, Service("", SERVICE.address, phone=SERVICE.phone), ["service.name"]),
		(CITY, Service(SERVICE.name, "  ", phone=SERVICE.phone), ["service.address"]),
		(CITY, Service(SERVICE.name, SERVICE.address, email="x@example.fr", phone=""), ["service.phone"]),
	],
)
def test_each_r112_5_mention_left_empty_is_reported(identity, service, expected):
	assert codes(check(ACKNOWLEDGEMENT, facts(), identity, service)) == expected


def test_the_service_e_mail_is_printed_when_known_but_not_mandatory():
	service = Service(SERVICE.name, SERVICE.address, email="", phone=SERVICE.phone)
	assert check(ACKNOWLEDGEMENT, facts(), CITY, service) == ()


def test_an_incomplete_file_needs_the_pieces_and_their_due_date():
	incomplete = facts(
		filing=Filing(date(2026, 1, 5), missing_pieces=("Plan de situation",)), implicit_decision_on=None
	)
	assert codes(check(ACKNOWLEDGEMENT, incomplete, CITY, SERVICE)) == ["missing_pieces_due_on"]
	assert "delay_suspended" in required_mentions(ACKNOWLEDGEMENT, incomplete)
	assert "implicit_decision_on" not in required_mentions(ACKNOWLEDGEMENT, incomplete)


def test_acknowledgement_statements_follow_the_regime():
	assert "attestation" in required_mentions(ACKNOWLEDGEMENT, facts(Regime(ACCEPTANCE)))
	assert "appeals" in required_mentions(ACKNOWLEDGEMENT, facts(Regime(REJECTION)))
	plain = required_mentions(ACKNOWLEDGEMENT, facts(Regime(NONE), implicit_decision_on=None))
	assert not {"appeals", "attestation", "implicit_decision_on"} & set(plain)
	# a demande whose date could not be computed is refused
	assert codes(check(ACKNOWLEDGEMENT, facts(implicit_decision_on=None), CITY, SERVICE)) == [
		"implicit_decision_on"
	]


def test_a_request_for_pieces_says_which_by_when_and_where():
	none_listed = facts()
	assert codes(check(MISSING_PIECES, none_listed, CITY, SERVICE)) == [
		"missing_pieces",
		"missing_pieces_due_on",
	]
	listed = facts(
		filing=Filing(date(2026, 1, 5), missing_pieces=("Plan",), missing_pieces_due_on=date(2026, 2, 5))
	)
	assert check(MISSING_PIECES, listed, CITY, SERVICE) == ()
	assert codes(check(MISSING_PIECES, listed, CITY, Service("Urbanisme", ""))) == [
		"service.address",
		"service.phone",
	]


def test_a_transfer_notice_names_the_competent_authority():
	assert codes(check(TRANSFER, facts(), CITY, SERVICE)) == ["transferred_to"]
	assert check(TRANSFER, facts(transferred_to="Préfecture du Rhône"), CITY, SERVICE) == ()


def test_a_decision_on_a_demande_is_reasoned_signed_and_states_the_appeals():
	decision = facts(reasons="<p>Permis refusé : zone inondable.</p>")
	assert codes(check(DECISION, decision, CITY, SERVICE)) == ["signatory.name", "signatory.title"]
	assert check(DECISION, decision, CITY, SERVICE, SIGNATORY) == ()
	assert "appeals" in required_mentions(DECISION, decision)
	assert codes(check(DECISION, facts(), CITY, SERVICE, SIGNATORY)) == ["decision.reasons"]
	# a pothole repaired is not a decision on a demande: no signatory nor appeals required
	report = facts(Regime(NONE), implicit_decision_on=None, reasons="Nid-de-poule rebouché.")
	assert check(DECISION, report, CITY, SERVICE) == ()
	assert "appeals" not in required_mentions(DECISION, report)


def test_a_merge_notice_names_the_master():
	assert codes(check(MERGE_NOTICE, facts(), CITY, SERVICE)) == ["master.reference"]
	assert (
		check(MERGE_NOTICE, facts(master_reference="DEM-2026-000002"), Identity("Ville"), Service("", ""))
		== ()
	)


def test_every_letter_needs_the_collectivite():
	for kind in letters.KINDS:
		assert "collectivite.name" in codes(check(kind, facts(), Identity(), SERVICE, SIGNATORY))


def test_missing_mentions_carry_a_label_a_place_and_a_legal_basis():
	(missing,) = check(ACKNOWLEDGEMENT, facts(), CITY, Service("Urbanisme", "", phone="04"))
	assert missing.label == "Postal address of the service handling the request"
	assert missing.source == letters.SERVICE and missing.legal_basis == "R112-5"
	for code in letters.MENTIONS:
		assert letters.Missing(code).label


def test_unknown_kinds_are_refused():
	with pytest.raises(ValueError):
		check("postcard", facts(), CITY, SERVICE)


RENDERED = """
<div><p data-mention="collectivite.name"><strong>Ville de Villeurbanne</strong></p>
<p data-mention="service.address">1 rue Michelet<br>69100&nbsp;Villeurbanne</p>
<p data-mention="received_on">Votre demande a été reçue le <b>5 janvier 2026</b>.</p>
<section data-mention="appeals"><p>Vous pouvez former un recours…</p></section>
<img src="logo.png" alt=""><p>Fin</p></div>
"""


def test_rendered_letters_are_checked_mention_by_mention():
	expected = {
		"collectivite.name": "Ville de Villeurbanne",
		"service.address": ["1 rue Michelet", "69100 Villeurbanne"],
		"received_on": "5 janvier 2026",
		"appeals": None,
	}
	assert verify_rendered(RENDERED, expected) == []
	assert verify_rendered(RENDERED, {**expected, "received_on": "6 janvier 2026"}) == ["received_on"]
	assert verify_rendered(RENDERED, {**expected, "service.phone": "04 78 03 68 00"}) == ["service.phone"]
	assert verify_rendered(RENDERED.replace('data-mention="appeals"', ""), expected) == ["appeals"]
	# a value printed outside its marked element does not count
	assert verify_rendered(RENDERED, {"collectivite.name": "5 janvier 2026"}) == ["collectivite.name"]


def test_escaped_values_are_compared_as_text():
	html = '<p data-mention="reference">DEM-1 « &lt;a href=&quot;x&quot;&gt;clic&lt;/a&gt; »</p>'
	assert verify_rendered(html, {"reference": '<a href="x">clic</a>'}) == []


@pytest.mark.parametrize(
	("requested", "expected"),
	[("fr", "fr"), ("fr-FR", "fr"), ("FR_ca", "fr"), ("en", "en"), ("de", "fr"), (None, "fr"), ("", "fr")],
)
def test_the_letter_language_is_the_request_language_when_translated(requested, expected):
	assert letter_language(requested, {"fr", "en"}, "fr") == expected


def test_rich_text_becomes_plain_paragraphs():
	html = '<p>Bonjour&nbsp;!</p><p>Voir <a href="https://phish.example">ici</a><img src="https://t.example/p.gif"></p><br>Fin'
	assert paragraphs(html) == ["Bonjour !", "Voir ici", "Fin"]
	assert paragraphs(None) == []


def test_postal_addresses_follow_the_french_layout():
	assert letters.postal_lines("14 rue des Tilleuls", "", "69100", "Villeurbanne", "France") == [
		"14 rue des Tilleuls",
		"69100 VILLEURBANNE",
	]
	assert letters.postal_lines("Via Roma 1", None, "10121", "Torino", "Italy") == [
		"Via Roma 1",
		"10121 TORINO",
		"ITALY",
	]
	assert letters.postal_lines(None, None, None, None, None) == []
