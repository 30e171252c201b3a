"""The one builder of letters and e-mails to citizens.

Acknowledgement of receipt (L112-3, R112-5), request for missing pieces (L114-5), notice of a
transfer to the competent authority (L114-2), decision notice, and the notice a reporter gets
when their report is handled with others (a merge) are all built by :func:`build`, which

1. gathers the request's facts, the collectivité's identity (its ERPNext Company, see
   :mod:`citizen_relation.crpa.identity`) and the handling service's contact details;
2. asks the core (:func:`citizen_relation.core.letters.check`) which mandatory mentions are
   empty — an incomplete letter is **never rendered**;
3. renders the template of the kind (``templates/letters/``) in an HTML-escaping Jinja
   environment, in the request's language when a translation exists;
4. checks that every mandatory mention is really in the rendered letter
   (:func:`~citizen_relation.core.letters.verify_rendered`).

The e-mail path (:func:`send`), the print formats and their PDF (:func:`citizen_letter`, a Jinja
method) and the desk (:func:`letters_panel`) all go through it: a letter the print view
refuses is not e-mailed either, and the desk says why its buttons are disabled.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import babel.dates
import frappe
from frappe import _
from frappe.translate import print_language
from frappe.utils import cint, getdate, now_datetime
from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from citizen_relation.core import crpa
from citizen_relation.core import letters as core
from citizen_relation.crpa import deadlines, identity
from citizen_relation.requests.lifecycle import get_lifecycle
from citizen_relation.requests.printing import ESCAPED_FLAG
from citizen_relation.requests.profile import get_profile
from citizen_relation.utils import tracking_url

DOCTYPE = "Citizen Request"
ACKNOWLEDGEMENT, MISSING_PIECES, TRANSFER, DECISION, MERGE_NOTICE = core.KINDS

# The standard print format of each kind (module JSON), and the request field that records
# when the letter was sent or posted.
PRINT_FORMATS = {
	ACKNOWLEDGEMENT: "Acknowledgement of Receipt",
	MISSING_PIECES: "Request for Missing Pieces",
	TRANSFER: "Transfer Notice",
	DECISION: "Decision Notice",
	MERGE_NOTICE: "Merge Notice",
}
SENT_FIELDS = {
	ACKNOWLEDGEMENT: "acknowledged_on",
	MISSING_PIECES: "pieces_requested_on",
	TRANSFER: "transfer_notified_on",
	DECISION: "decision_notified_on",
}
# Fields only the application writes (when letters were sent; the L112-6 alert).
SYSTEM_FIELDS = (*SENT_FIELDS.values(), "acknowledgement_alert_sent_on")
# Where a request's own mention is filled in (the field of the request, or of its type).
REQUEST_FIELDS = {
	"reference": "naming_series",
	"received_on": "received_on",
	"missing_pieces": "missing_pieces",
	"missing_pieces_due_on": "missing_pieces_due_on",
	"transferred_to": "transferred_to",
	"decision.reasons": "resolution_summary",
	"master.reference": "merged_into",
}
SERVICE_FIELDS = {"service.name": "service_name", "service.address": "address", "service.phone": "phone"}
SETTINGS_FIELDS = {
	"collectivite.name": "collectivite_name",
	"service.address": "collectivite_address",
	"service.phone": "collectivite_phone",
	"signatory.name": "signatory_name",
	"signatory.title": "signatory_title",
}
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True)
class Letter:
	"""A letter as built: ``html`` is empty when mentions are ``missing`` (it is then not produced)."""

	kind: str
	request: str
	language: str
	title: str
	subject: str
	html: str
	missing: tuple[core.Missing, ...]

	@property
	def complete(self) -> bool:
		return not self.missing


# ---------------------------------------------------------------------------- rendering
@lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
	"""Autoescaping, sandboxed: every value a citizen typed is printed as text."""
	env = SandboxedEnvironment(
		loader=FileSystemLoader(str(TEMPLATES)),
		autoescape=True,
		undefined=StrictUndefined,
		trim_blocks=True,
		lstrip_blocks=True,
	)
	env.globals["_"] = frappe._  # reads the language of the moment at each call
	return env


def render(template: str, context: dict) -> str:
	return _environment().get_template(template).render(**context)


def available_languages() -> set[str]:
	"""Languages letters can be written in: English (the source) and the app's catalogues."""
	locale = Path(frappe.get_app_path("citizen_relation", "locale"))
	return {"en"} | {p.stem for p in locale.glob("*.po")}


def language_of(doc) -> str:
	"""The request's language when a translation exists, else the site's, else French."""
	available = available_languages()
	site = core.letter_language(frappe.db.get_single_value("System Settings", "language"), available, "fr")
	return core.letter_language(doc.get("language"), available, site)


def long_date(value, lang: str) -> str:
	if not value:
		return ""
	return babel.dates.format_date(getdate(value), format="long", locale=lang.replace("-", "_"))


# ---------------------------------------------------------------------------- facts
def facts_of(doc, master=None) -> core.Facts:
	regime = deadlines.regime_of(doc.request_type)
	return core.Facts(
		reference=doc.name,
		filing=deadlines.filing_of(doc) if doc.received_on else None,
		regime=regime,
		implicit_decision_on=deadlines.implicit_decision_on(doc, regime) if doc.received_on else None,
		transferred_to=(doc.get("transferred_to") or "").strip(),
		reasons=" ".join(core.paragraphs(doc.get("resolution_summary"))),
		master_reference=(master.name if master else doc.get("merged_into")) or "",
	)


def recipient_of(doc) -> dict:
	"""The citizen's name and postal address (their Contact's address), for the envelope window."""
	lines: list[str] = []
	if doc.get("contact"):
		address = frappe.db.get_value("Contact", doc.contact, "address")
		lines = core.address_lines(
			identity.address_text_of(address) if address else identity.address_text("Contact", doc.contact)
		)
	return {"name": (doc.get("reporter_name") or "").strip(), "address_lines": lines}


def letter_head_html(collectivite: core.Identity) -> Markup | None:
	"""The Letter Head chosen for letters (its HTML is the administrator's, like in Frappe's print view)."""
	name = identity.letter_head_name()
	if not name:
		return None
	head = frappe.get_cached_doc("Letter Head", name)
	if head.disabled:
		return None
	if head.source == "Image" and head.image and not head.content:
		image, alt = frappe.utils.escape_html(head.image), frappe.utils.escape_html(collectivite.name)
		content = f'<img src="{image}" alt="{alt}" style="max-height: 90px;">'
	else:
		content = frappe.render_template(head.content or "", {"doc": frappe._dict()})
	return Markup(content)


def subject_of(kind: str, doc, master=None) -> str:
	if kind == ACKNOWLEDGEMENT:
		return _("Acknowledgement of receipt of your request {0}").format(doc.name)
	if kind == MISSING_PIECES:
		return _("Your request {0}: pieces are missing").format(doc.name)
	if kind == TRANSFER:
		return _("Your request {0} was forwarded to {1}").format(doc.name, doc.transferred_to)
	if kind == DECISION:
		return _("Decision on your request {0}").format(doc.name)
	return _("Your request {0}: {1}").format(doc.name, status_label(master.status if master else doc.status))


def status_label(status: str | None) -> str:
	"""A status in the citizens' words (the settings' public label), else its translation."""
	from citizen_relation.requests.lifecycle import public_labels

	label = (public_labels() or {}).get(status) or status
	return _(label) if label else ""


def _context(
	kind, doc, facts, collectivite, service, signatory, lang, *, master, for_email, no_letterhead
) -> dict:
	regime = facts.regime
	mentions = crpa.acknowledgement_mentions(regime, facts.filing, service) if facts.filing else {}
	greeting = (
		_("Hello {0},").format(doc.reporter_name)
		if for_email and doc.get("reporter_name")
		else _("Dear Sir or Madam,")
	)
	context = {
		"kind": kind,
		"language": lang,
		"for_email": for_email,
		"title": _(core.TITLES[kind]),
		"greeting": greeting,
		"letter_head": None if (for_email or no_letterhead) else letter_head_html(collectivite),
		"logo": "" if for_email else collectivite.logo,
		"collectivite": {
			"name": collectivite.name,
			"address_lines": core.address_lines(collectivite.address),
		},
		"service": {
			"name": service.name,
			"address_lines": core.address_lines(service.address),
			"phone": service.phone,
			"email": service.email,
		},
		"recipient": recipient_of(doc),
		"date": long_date(now_datetime(), lang),
		"reference": doc.name,
		"subject": doc.subject or "",
		"demande": regime.silence != crpa.NONE,
		"regime": regime.silence,
		"delay_months": regime.delay_months,
		"received_on": long_date(facts.filing.authority_received_on if facts.filing else None, lang),
		"implicit_decision_on": long_date(facts.implicit_decision_on, lang),
		"awaiting_pieces": facts.awaiting_pieces,
		"missing_pieces": list(facts.missing_pieces),
		"missing_pieces_due_on": long_date(mentions.get("missing_pieces_due_on"), lang),
		"transferred_to": facts.transferred_to,
		"reasons": core.paragraphs(doc.get("resolution_summary")),
		"signatory": {"name": signatory.name, "title": signatory.title},
		"appeals_intro": _("You may appeal against this decision within two months of its notification:")
		if kind == DECISION
		else _("You may appeal against this implicit rejection within two months of it:"),
		"master_reference": facts.master_reference,
		"status": status_label(master.status) if master else "",
		"resolution": core.paragraphs(master.resolution_summary)
		if master and get_lifecycle().is_resolved(master.status)
		else [],
		"tracking_url": tracking_url(doc.name, doc.tracking_token)
		if for_email and doc.get("tracking_token")
		else "",
	}
	return context


def _expected(kind, facts, collectivite, service, signatory, context) -> dict:
	"""What each mandatory mention must print, for :func:`core.verify_rendered`."""
	values = core.mention_values(facts, collectivite, service, signatory)
	printed = {
		"received_on": context["received_on"],
		"implicit_decision_on": context["implicit_decision_on"],
		"missing_pieces_due_on": context["missing_pieces_due_on"],
		"service.address": context["service"]["address_lines"],
		"decision.reasons": context["reasons"],
	}
	expected = {}
	for code in core.required_mentions(kind, facts):
		if code in core.STATEMENTS:
			expected[code] = None
		else:
			expected[code] = printed.get(code, values.get(code))
	return expected


def build(
	doc,
	kind: str,
	*,
	master=None,
	for_email: bool = False,
	no_letterhead: bool = False,
	collectivite: core.Identity | None = None,
) -> Letter:
	"""The letter ``kind`` about the request ``doc``; its ``html`` is empty when incomplete.

	``master``: for a merge notice, the request the report is handled with.
	"""
	if kind not in core.KINDS:
		frappe.throw(_("Unknown kind of letter: {0}").format(frappe.utils.escape_html(str(kind))))
	if kind == MERGE_NOTICE and master is None and doc.get("merged_into"):
		master = frappe.get_doc(DOCTYPE, doc.merged_into)
	collectivite = collectivite or identity.identity()
	service = identity.service_contact(doc.service, collectivite)
	signatory = identity.signatory()
	facts = facts_of(doc, master)
	missing = core.check(kind, facts, collectivite, service, signatory)
	lang = language_of(doc)
	html = ""
	with print_language(lang):
		title = _(core.TITLES[kind])
		subject = subject_of(kind, doc, master)
		if not missing:
			context = _context(
				kind,
				doc,
				facts,
				collectivite,
				service,
				signatory,
				lang,
				master=master,
				for_email=for_email,
				no_letterhead=no_letterhead,
			)
			html = render(f"letters/{kind}.html", context)
			absent = core.verify_rendered(
				html, _expected(kind, facts, collectivite, service, signatory, context)
			)
			if absent:
				# a template that drops a mention is a defect: refuse, and tell the developers
				frappe.log_error(
					title=_("Letter template without a mandatory mention"),
					message=f"{kind}: {', '.join(absent)}",
					reference_doctype=DOCTYPE,
					reference_name=doc.name,
				)
				missing, html = tuple(core.Missing(code) for code in absent), ""
	return Letter(
		kind=kind, request=doc.name, language=lang, title=title, subject=subject, html=html, missing=missing
	)


# ---------------------------------------------------------------------------- what is missing
def legal_reference(basis: str) -> str:
	if not basis:
		return ""
	if "," not in basis and basis[0] in "LR":
		return _("article {0} of the CRPA").format(basis)
	return basis


def where_to_fill(missing: core.Missing, doc) -> dict:
	"""Where an agent or administrator fills a missing mention: a sentence and a desk route."""
	code, settings_route = missing.code, "/app/citizen-relation-settings"
	if missing.source == core.COLLECTIVITE or missing.source == core.SIGNATORY:
		field = frappe.get_meta("Citizen Relation Settings").get_label(SETTINGS_FIELDS[code])
		if code == "collectivite.name":
			where = _("Citizen Relation Settings: choose the collectivité's Company, or fill «{0}»").format(
				_(field)
			)
		else:
			where = _("Citizen Relation Settings: «{0}»").format(_(field))
		return {"where": where, "route": settings_route}
	if missing.source == core.SERVICE:
		collectivite_label = frappe.get_meta("Citizen Relation Settings").get_label(
			SETTINGS_FIELDS.get(code) or "name"
		)
		collectivite_field = _(collectivite_label)
		if doc.service:
			field = _(frappe.get_meta("Municipal Service").get_label(SERVICE_FIELDS[code]))
			if code == "service.name":
				where = _("Municipal Service {0}: «{1}»").format(doc.service, field)
			else:
				where = _(
					"Municipal Service {0}: «{1}», or the collectivité's in Citizen Relation Settings (its Company or «{2}»)"
				).format(doc.service, field, collectivite_field)
			return {"where": where, "route": f"/app/municipal-service/{doc.service}"}
		return {
			"where": _(
				"This request: choose its «Responsible Service», or complete the collectivité's details in Citizen Relation Settings"
			),
			"route": f"/app/citizen-request/{doc.name}",
		}
	if code == "implicit_decision_on":
		return {
			"where": _("Request Type {0}: legal deadlines").format(doc.request_type),
			"route": f"/app/request-type/{doc.request_type}",
		}
	if code in core.STATEMENTS:
		return {"where": _("The letter template omits this mention: tell your administrator."), "route": ""}
	fieldname = REQUEST_FIELDS.get(code, "name")
	field = _(frappe.get_meta(DOCTYPE).get_label(fieldname))
	return {
		"where": _("This request: «{0}»").format(field),
		"route": f"/app/citizen-request/{doc.name}",
		"fieldname": fieldname,
	}


def explain(missing: tuple[core.Missing, ...], doc) -> list[dict]:
	"""The missing mentions in the user's language, each with where to fill it."""
	return [
		{
			"code": m.code,
			"label": _(m.label),
			"legal": legal_reference(m.legal_basis),
			**where_to_fill(m, doc),
		}
		for m in missing
	]


def refusal_html(doc, letter: Letter) -> str:
	"""What the print view (and its PDF) shows instead of an incomplete letter."""
	return render(
		"letters/refused.html",
		{
			"kind": letter.kind,
			"title": _(core.TITLES[letter.kind]),
			"missing": explain(letter.missing, doc),
			"reference": doc.name,
		},
	)


def reasons_text(letter: Letter) -> str:
	return ", ".join(_(m.label) for m in letter.missing)


# ---------------------------------------------------------------------------- print formats
def citizen_letter(doc, kind: str, no_letterhead=0) -> str:
	"""Jinja method of the letters' print formats: the letter, or why it cannot be produced.

	Given a name rather than a document, it checks read permission."""
	if isinstance(doc, str):
		doc = frappe.get_doc(DOCTYPE, doc)
		doc.check_permission("read")
	elif doc.flags.get(ESCAPED_FLAG):
		# the print view escaped the values for Frappe's formats; letters escape on their own
		doc = frappe.get_doc(DOCTYPE, doc.name)
	letter = build(doc, kind, no_letterhead=bool(cint(no_letterhead)))
	return letter.html if letter.complete else refusal_html(doc, letter)


# ---------------------------------------------------------------------------- e-mail
def can_email() -> bool:
	return bool(frappe.db.exists("Email Account", {"default_outgoing": 1, "enable_outgoing": 1}))


def send(
	doc,
	kind: str,
	*,
	master=None,
	recipient: str | None = None,
	record: bool = True,
	collectivite: core.Identity | None = None,
) -> tuple[bool, str]:
	"""E-mail a letter; an incomplete one is not sent. Returns (sent, why not)."""
	recipient = recipient or doc.get("reporter_email")
	letter = build(doc, kind, master=master, for_email=True, collectivite=collectivite)
	if not letter.complete:
		return False, _("mandatory mentions are missing ({0})").format(reasons_text(letter))
	if not recipient:
		return False, _("the citizen has no e-mail address")
	if not can_email():
		return False, _("no outgoing e-mail account is set up")
	frappe.sendmail(
		recipients=[recipient],
		subject=letter.subject,
		message=letter.html,
		reference_doctype=DOCTYPE,
		reference_name=doc.name,
	)
	if record:
		record_sent(doc, kind)
	return True, ""


def record_sent(doc, kind: str) -> None:
	"""Remember when a letter was sent or posted; a complete acknowledgement makes appeal
	delays enforceable again (L112-6)."""
	field = SENT_FIELDS.get(kind)
	if not field:
		return
	values = {field: now_datetime()}
	if kind == ACKNOWLEDGEMENT:
		values["appeal_delays_unenforceable"] = 0
	doc.db_set(values, update_modified=False)


def requires_acknowledgement(doc) -> bool:
	profile = get_profile(doc.request_type)
	return bool(profile and profile.requires_acknowledgement)


def send_acknowledgement(doc, *, retry: bool = False) -> bool:
	"""E-mail the acknowledgement at once (electronic submissions are acknowledged immediately);
	a request without e-mail gets it as a printed letter (print format « Acknowledgement of
	Receipt »). Records when it was sent; explains on the request why it was not. ``retry``:
	called by :func:`retry_acknowledgements` (quiet about what it already said)."""
	if doc.acknowledged_on or not requires_acknowledgement(doc):
		return False
	if not doc.get("reporter_email"):
		if retry:
			return False
		letter = build(doc, ACKNOWLEDGEMENT)
		if letter.complete:
			doc.add_comment("Info", _("No e-mail address: print the acknowledgement of receipt and post it."))
		else:
			doc.add_comment(
				"Info",
				_("Acknowledgement of receipt not sent: {0}.").format(
					_("mandatory mentions are missing ({0})").format(reasons_text(letter))
				),
			)
		return False
	savepoint = "citizen_relation_acknowledgement"
	frappe.db.savepoint(savepoint)
	try:
		sent, why = send(doc, ACKNOWLEDGEMENT)
	except Exception:
		# the outgoing server, the database or Redis failing must not lose the request: the
		# failure is noted and :func:`retry_acknowledgements` sends it later
		frappe.db.rollback(save_point=savepoint)
		if not retry:
			frappe.log_error(
				title=_("Acknowledgement of {0} not sent").format(doc.name), reference_doctype=doc.doctype, reference_name=doc.name
			)
			doc.add_comment(
				"Info", _("The acknowledgement of receipt could not be e-mailed now: it will be sent again automatically.")
			)
		return False
	if sent:
		doc.add_comment("Info", _("Acknowledgement of receipt e-mailed to {0}.").format(doc.reporter_email))
	elif not retry:
		doc.add_comment("Info", _("Acknowledgement of receipt not sent: {0}.").format(why))
	return sent


# L112-11: an electronic acknowledgement within 7 days when it is not immediate.
RETRY_DAYS = 7
RETRY_BATCH = 200


def acknowledgements_due(limit: int = RETRY_BATCH) -> list[str]:
	"""Requests of the last days whose type requires an acknowledgement by e-mail not yet sent."""
	types = frappe.get_all("Request Type", filters={"requires_acknowledgement": 1}, pluck="name")
	if not types:
		return []
	cr = frappe.qb.DocType(DOCTYPE)
	since = frappe.utils.add_to_date(now_datetime(), days=-RETRY_DAYS)
	return (
		frappe.qb.from_(cr)
		.select(cr.name)
		.where(
			cr.acknowledged_on.isnull()
			& (cr.creation >= since)
			& cr.request_type.isin(types)
			& cr.reporter_email.isnotnull()
			& (cr.reporter_email != "")
			& cr.merged_into.isnull()
		)
		.orderby(cr.creation)
		.limit(limit)
	).run(pluck=True)


def retry_acknowledgements() -> int:
	"""Scheduled: send the acknowledgements that could not be sent at registration. Returns how
	many were sent; a request that still fails is tried again at the next run."""
	if not can_email():
		return 0
	sent = 0
	for name in acknowledgements_due():
		try:
			if send_acknowledgement(frappe.get_doc(DOCTYPE, name), retry=True):
				sent += 1
			if not frappe.flags.in_test:
				frappe.db.commit()
		except Exception:
			if not frappe.flags.in_test:
				frappe.db.rollback()
			frappe.log_error(title=_("Acknowledgement of {0} not sent").format(name), reference_doctype=DOCTYPE, reference_name=name)
	return sent


def notify_transfer(doc) -> None:
	"""L114-2: tell the citizen that the request went to the competent authority."""
	if doc.transfer_notified_on:
		return
	sent, why = send(doc, TRANSFER)
	if not sent:
		if not doc.get("reporter_email"):
			doc.add_comment("Info", _("Inform the citizen of the transfer by letter: no e-mail address."))
		else:
			doc.add_comment("Info", _("Transfer notice not sent: {0}.").format(why))


# ---------------------------------------------------------------------------- desk
def applicable_kinds(doc) -> list[str]:
	"""The letters that make sense for the request as it is now."""
	kinds = []
	if requires_acknowledgement(doc):
		kinds.append(ACKNOWLEDGEMENT)
	if (doc.get("missing_pieces") or "").strip() and not doc.get("pieces_received_on"):
		kinds.append(MISSING_PIECES)
	if (doc.get("transferred_to") or "").strip():
		kinds.append(TRANSFER)
	lifecycle = get_lifecycle()
	if lifecycle.is_merged(doc.status) or doc.get("merged_into"):
		kinds.append(MERGE_NOTICE)
	elif lifecycle.is_resolved(doc.status) and not (doc.get("transferred_to") or "").strip():
		kinds.append(DECISION)
	return kinds


def letters_panel(doc) -> dict:
	"""For the form: each applicable letter, whether it can be produced, what is missing and
	where to fill it, and when it was sent (checks only; nothing is rendered)."""
	kinds = applicable_kinds(doc)
	flag = bool(doc.get("appeal_delays_unenforceable"))
	if not kinds:
		return {"letters": [], "appeal_delays_unenforceable": flag}
	collectivite = identity.identity()
	service = identity.service_contact(doc.service, collectivite)
	signatory = identity.signatory()
	master = frappe._dict(name=doc.merged_into) if doc.get("merged_into") else None
	facts = facts_of(doc, master)
	out = []
	for kind in kinds:
		missing = core.check(kind, facts, collectivite, service, signatory)
		field = SENT_FIELDS.get(kind)
		out.append(
			{
				"kind": kind,
				"title": _(core.TITLES[kind]),
				"print_format": PRINT_FORMATS[kind],
				"complete": not missing,
				"missing": explain(missing, doc),
				"sent_on": str(doc.get(field)) if field and doc.get(field) else None,
				"can_email": bool(doc.get("reporter_email")) and can_email() and kind != MERGE_NOTICE,
				"can_mark_posted": bool(field),
			}
		)
	return {"letters": out, "appeal_delays_unenforceable": flag}


def require_letter(name: str, kind: str, ptype: str = "write"):
	"""The request, for a user allowed to ``ptype`` it, when letter ``kind`` applies to it."""
	if kind not in core.KINDS:
		frappe.throw(_("Unknown kind of letter: {0}").format(frappe.utils.escape_html(str(kind))))
	doc = frappe.get_doc(DOCTYPE, name)
	doc.check_permission(ptype)
	if kind not in applicable_kinds(doc):
		frappe.throw(
			_("{0} does not apply to request {1} as it is now").format(_(core.TITLES[kind]), name),
			title=_("Letters to citizens"),
		)
	return doc


def send_from_desk(doc, kind: str) -> str:
	"""An agent e-mails a letter; a refusal is thrown with its reason."""
	if kind == ACKNOWLEDGEMENT and doc.acknowledged_on:
		frappe.throw(
			_("The acknowledgement of {0} was already sent on {1}").format(
				doc.name, frappe.utils.format_datetime(doc.acknowledged_on)
			)
		)
	master = frappe.get_doc(DOCTYPE, doc.merged_into) if kind == MERGE_NOTICE and doc.merged_into else None
	sent, why = send(doc, kind, master=master)
	if not sent:
		frappe.throw(_("The letter was not e-mailed: {0}.").format(why), title=_(core.TITLES[kind]))
	doc.add_comment("Info", _("{0} e-mailed to {1}.").format(_(core.TITLES[kind]), doc.reporter_email))
	return doc.get(SENT_FIELDS.get(kind, "modified"))


def mark_posted(doc, kind: str = ACKNOWLEDGEMENT) -> str:
	"""Record that the printed letter was posted; an incomplete letter cannot have been."""
	field = SENT_FIELDS.get(kind)
	if not field:
		frappe.throw(_("{0} is not recorded as posted").format(_(core.TITLES[kind])))
	if kind == ACKNOWLEDGEMENT and doc.acknowledged_on:
		frappe.throw(
			_("The acknowledgement of {0} was already sent on {1}").format(
				doc.name, frappe.utils.format_datetime(doc.acknowledged_on)
			)
		)
	letter = build(doc, kind)
	if not letter.complete:
		frappe.throw(
			_("This letter cannot have been posted: mandatory mentions are missing ({0}).").format(
				reasons_text(letter)
			),
			title=_(core.TITLES[kind]),
		)
	record_sent(doc, kind)
	doc.add_comment("Info", _("{0} posted.").format(_(core.TITLES[kind])))
	return str(doc.get(field))


# Backward-compatible names (desk API of the acknowledgement)
def not_yet_acknowledged(name: str):
	doc = require_letter(name, ACKNOWLEDGEMENT)
	if doc.acknowledged_on:
		frappe.throw(
			_("The acknowledgement of {0} was already sent on {1}").format(
				name, frappe.utils.format_datetime(doc.acknowledged_on)
			)
		)
	return doc


def render_acknowledgement(doc) -> str:
	"""The acknowledgement as it is (or would be) e-mailed, or why it cannot be."""
	letter = build(doc, ACKNOWLEDGEMENT, for_email=True)
	return letter.html if letter.complete else refusal_html(doc, letter)
