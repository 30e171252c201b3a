"""Letters and e-mails to citizens: which mentions each one must carry, and whether it does.

Every outgoing letter or e-mail about a request (acknowledgement of receipt, request for
missing pieces, notice of a transfer, decision notice, notice to the reporters of a merged
report) is built by one adapter (``crpa/letters.py``) that asks this module, before anything
is printed or sent:

* :func:`check` — the mandatory mentions of a letter ``kind`` left empty, as
  :class:`Missing` items (a code, where it is filled, its legal basis). A letter with a
  missing mention is **not produced**: the print view shows what is missing instead, the
  e-mail is not sent, the desk button says why.
* :func:`verify_rendered` — after rendering, that every mandatory mention really is in the
  letter: each one is an element marked ``data-mention="<code>"`` whose text holds the value.
  A template that drops a mention is refused like an incomplete letter.
* :func:`letter_language` — the letter's language: the request's when a translation exists.

Plain data in, plain data out; no Frappe.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

from citizen_relation.core import crpa
from citizen_relation.core.i18n import N_

# --- kinds of letters ------------------------------------------------------------------------

ACKNOWLEDGEMENT = "acknowledgement"
MISSING_PIECES = "missing_pieces"
TRANSFER = "transfer"
DECISION = "decision"
MERGE_NOTICE = "merge_notice"
KINDS = (ACKNOWLEDGEMENT, MISSING_PIECES, TRANSFER, DECISION, MERGE_NOTICE)

TITLES = {
	ACKNOWLEDGEMENT: N_("Acknowledgement of receipt"),
	MISSING_PIECES: N_("Request for missing pieces"),
	TRANSFER: N_("Notice of transfer to the competent authority"),
	DECISION: N_("Decision on your request"),
	MERGE_NOTICE: N_("Your report is handled with others"),
}

# Where a missing mention is filled in.
COLLECTIVITE = "collectivite"  # the ERPNext Company chosen in the settings, or the settings' overrides
SERVICE = "service"  # the Municipal Service handling the request (else the collectivité's details)
REQUEST = "request"  # the request itself
SIGNATORY = "signatory"  # Citizen Relation Settings › signatory

# code → (label, where it is filled, legal basis)
MENTIONS: dict[str, tuple[str, str, str]] = {
	"collectivite.name": (N_("Name of the collectivité"), COLLECTIVITE, ""),
	"reference": (N_("Reference of the request"), REQUEST, ""),
	"service.name": (N_("Name of the service handling the request"), SERVICE, "R112-5"),
	"service.address": (N_("Postal address of the service handling the request"), SERVICE, "R112-5"),
	"service.phone": (N_("Phone number of the service handling the request"), SERVICE, "R112-5"),
	"received_on": (N_("Date the request was received"), REQUEST, "R112-5"),
	"implicit_decision_on": (N_("Date of the implicit decision"), REQUEST, "R112-5"),
	"missing_pieces": (N_("List of the missing pieces"), REQUEST, "L114-5"),
	"missing_pieces_due_on": (N_("Date by which the missing pieces must be provided"), REQUEST, "L114-5"),
	"transferred_to": (N_("Competent authority the request was forwarded to"), REQUEST, "L114-2"),
	"decision.reasons": (N_("Resolution summary (the decision and its reasons)"), REQUEST, "L211-2"),
	"signatory.name": (N_("First name and name of the signatory"), SIGNATORY, "L212-1"),
	"signatory.title": (N_("Title of the signatory"), SIGNATORY, "L212-1"),
	"master.reference": (N_("Reference of the request it was merged into"), REQUEST, ""),
	# fixed texts, printed whenever their condition holds (no value of their own)
	"appeals": (N_("Delays and means of appeal"), REQUEST, "R112-5, CJA R421-5"),
	"attestation": (N_("Right to an attestation of the implicit acceptance"), REQUEST, "R112-5, L232-3"),
	"delay_suspended": (N_("The delay runs only from receipt of the missing pieces"), REQUEST, "L114-5"),
}
STATEMENTS = frozenset({"appeals", "attestation", "delay_suspended"})


@dataclass(frozen=True)
class Identity:
	"""Who writes: the collectivité (from its ERPNext Company, the settings overriding)."""

	name: str = ""
	address: str = ""
	phone: str = ""
	email: str = ""
	logo: str = ""


@dataclass(frozen=True)
class Signatory:
	"""Who signs a decision (L212-1: first name, name and title, legibly)."""

	name: str = ""
	title: str = ""


@dataclass(frozen=True)
class Facts:
	"""What a letter says about its request, as plain values.

	``filing``: the dates of the legal delays (see :class:`crpa.Filing`); ``implicit_decision_on``
	the date computed by the site's rule; ``reasons`` the text of a decision; ``master_reference``
	the request a merged report is handled with.
	"""

	reference: str
	filing: crpa.Filing | None = None
	regime: crpa.Regime = field(default_factory=lambda: crpa.Regime(crpa.NONE))
	implicit_decision_on: date | None = None
	transferred_to: str = ""
	reasons: str = ""
	master_reference: str = ""

	@property
	def awaiting_pieces(self) -> bool:
		return bool(self.filing and self.filing.missing_pieces and self.filing.pieces_received_on is None)

	@property
	def missing_pieces(self) -> tuple[str, ...]:
		return self.filing.missing_pieces if self.filing else ()


@dataclass(frozen=True)
class Missing:
	"""A mandatory mention left empty or absent: ``code`` (see :data:`MENTIONS`)."""

	code: str

	@property
	def label(self) -> str:
		return MENTIONS[self.code][0]

	@property
	def source(self) -> str:
		return MENTIONS[self.code][1]

	@property
	def legal_basis(self) -> str:
		return MENTIONS[self.code][2]


def required_mentions(kind: str, facts: Facts) -> tuple[str, ...]:
	"""The mentions a letter ``kind`` about ``facts`` must carry, in reading order."""
	if kind not in KINDS:
		raise ValueError(f"unknown kind of letter {kind!r}")
	demande = facts.regime.silence != crpa.NONE  # a demande in the CRPA's sense
	service = ["service.name", "service.address", "service.phone"]
	codes = ["collectivite.name", "reference"]
	if kind == ACKNOWLEDGEMENT:
		codes += ["received_on", *service]
		if facts.awaiting_pieces:
			codes += ["missing_pieces", "missing_pieces_due_on"]
		if demande:
			if facts.awaiting_pieces:
				codes.append("delay_suspended")
			else:
				codes.append("implicit_decision_on")
				codes.append("appeals" if facts.regime.silence == crpa.REJECTION else "attestation")
	elif kind == MISSING_PIECES:
		# the citizen must know which pieces, by when, and where to send them
		codes += ["missing_pieces", "missing_pieces_due_on", *service]
		if demande:
			codes.append("delay_suspended")
	elif kind == TRANSFER:
		codes.append("transferred_to")
	elif kind == DECISION:
		codes.append("decision.reasons")
		if demande:
			# a decision on a demande is signed (L212-1) and states the means of appeal (CJA R421-5)
			codes += ["signatory.name", "signatory.title", "appeals"]
	elif kind == MERGE_NOTICE:
		codes.append("master.reference")
	return tuple(codes)


def mention_values(
	facts: Facts, identity: Identity, service: crpa.Service, signatory: Signatory | None = None
) -> dict[str, object]:
	"""The raw value of every mention (dates as dates, lists as lists)."""
	signatory = signatory or Signatory()
	filing = facts.filing
	return {
		"collectivite.name": identity.name,
		"reference": facts.reference,
		"service.name": service.name,
		"service.address": service.address,
		"service.phone": service.phone,
		"received_on": filing.authority_received_on if filing else None,
		"implicit_decision_on": facts.implicit_decision_on,
		"missing_pieces": list(facts.missing_pieces),
		"missing_pieces_due_on": filing.missing_pieces_due_on if filing else None,
		"transferred_to": facts.transferred_to,
		"decision.reasons": facts.reasons,
		"signatory.name": signatory.name,
		"signatory.title": signatory.title,
		"master.reference": facts.master_reference,
	}


def _blank(value: object) -> bool:
	if value is None:
		return True
	if isinstance(value, str):
		return not value.strip()
	if isinstance(value, (list, tuple)):
		return not any(not _blank(v) for v in value)
	return False


def check(
	kind: str, facts: Facts, identity: Identity, service: crpa.Service, signatory: Signatory | None = None
) -> tuple[Missing, ...]:
	"""The mandatory mentions of a letter ``kind`` about ``facts`` that are empty, in reading
	order. Empty tuple: the letter may be produced."""
	values = mention_values(facts, identity, service, signatory)
	return tuple(
		Missing(code)
		for code in required_mentions(kind, facts)
		if code not in STATEMENTS and _blank(values.get(code))
	)


# --- checking the rendered letter ------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def normalise_text(text: str) -> str:
	"""Text as compared: entities decoded, runs of white space (and no-break spaces) as one space."""
	return _SPACES.sub(" ", html.unescape(text).replace("\xa0", " ")).strip().casefold()


class _MentionParser(HTMLParser):
	"""Collects the text inside each element marked ``data-mention``."""

	VOID = frozenset(
		{"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
	)

	def __init__(self):
		super().__init__(convert_charrefs=True)
		self.open: list[tuple[str, str | None]] = []
		self.found: dict[str, list[str]] = {}

	def handle_starttag(self, tag, attrs):
		if tag in self.VOID:
			return
		code = dict(attrs).get("data-mention")
		self.open.append((tag, code))
		if code:
			self.found.setdefault(code, []).append("")

	def handle_endtag(self, tag):
		for index in range(len(self.open) - 1, -1, -1):
			if self.open[index][0] == tag:
				del self.open[index:]
				return

	def handle_data(self, data):
		for _tag, code in self.open:
			if code:
				self.found[code][-1] += data


def marked_mentions(rendered_html: str) -> dict[str, str]:
	"""The normalised text of each element marked ``data-mention`` (all of them joined)."""
	parser = _MentionParser()
	parser.feed(rendered_html or "")
	parser.close()
	return {code: normalise_text(" ".join(texts)) for code, texts in parser.found.items()}


def verify_rendered(rendered_html: str, expected: Mapping[str, str | Iterable[str] | None]) -> list[str]:
	"""Codes of the mentions missing from a rendered letter.

	``expected`` maps a code to the printed value(s) its marked element must contain (each
	line of a multi-line address, for instance), or to ``None`` when only the element must be
	there (a fixed text such as the means of appeal).
	"""
	found = marked_mentions(rendered_html)
	missing = []
	for code, values in expected.items():
		text = found.get(code)
		if text is None:
			missing.append(code)
			continue
		if values is None:
			if not text:
				missing.append(code)
			continue
		if isinstance(values, str):
			values = [values]
		wanted = [normalise_text(v) for v in values if v and str(v).strip()]
		if not wanted or any(v not in text for v in wanted):
			missing.append(code)
	return missing


def postal_lines(
	line1: str | None,
	line2: str | None,
	pincode: str | None,
	city: str | None,
	country: str | None,
	home_country: str | None = "France",
) -> list[str]:
	"""A postal address laid out the French way (NF Z10-011): street lines, then
	"postcode TOWN"; the country only for mail abroad (in capitals, last)."""
	lines = [" ".join((v or "").split()) for v in (line1, line2)]
	town = " ".join(filter(None, [(pincode or "").strip(), (city or "").strip().upper()]))
	lines.append(town)
	if country and home_country and country.strip().casefold() != home_country.strip().casefold():
		lines.append(country.strip().upper())
	return [line for line in lines if line]


def address_lines(address: str | None) -> list[str]:
	"""The non-empty lines of a postal address."""
	return [line.strip() for line in (address or "").splitlines() if line.strip()]


# --- language --------------------------------------------------------------------------------


def letter_language(requested: str | None, available: Iterable[str], fallback: str) -> str:
	"""The language a letter is written in: ``requested`` when a translation exists (its base
	language too: "fr-CA" → "fr"), else ``fallback``."""
	known = {code.lower().replace("_", "-") for code in available if code}
	code = (requested or "").strip().lower().replace("_", "-")
	for candidate in (code, code.split("-")[0]):
		if candidate and candidate in known:
			return candidate
	return fallback


# --- text of agents' rich text ---------------------------------------------------------------

_BLOCK_END = re.compile(r"<\s*(?:br\s*/?|/p|/div|/li|/h[1-6]|/tr)\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")


def paragraphs(rich_text: str | None) -> list[str]:
	"""The paragraphs of a rich text (Text Editor HTML) as plain strings: letters print them
	escaped, so no link, image or script of the source reaches the citizen."""
	if not rich_text:
		return []
	text = _BLOCK_END.sub("\n", rich_text)
	text = _TAG.sub(" ", text)
	text = html.unescape(text).replace("\xa0", " ")
	return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
