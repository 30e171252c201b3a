"""The CRPA's legal rules on a request: regime, implicit-decision date, the acknowledgement's mentions.

Adapter around :mod:`citizen_relation.core.crpa`; the regime comes from the request type's profile.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import getdate

from citizen_relation.core import crpa
from citizen_relation.requests.profile import get_profile
from citizen_relation.utils import get_settings


def regime_of(request_type: str | None) -> crpa.Regime:
	profile = get_profile(request_type)
	return profile.regime if profile else crpa.Regime(crpa.NONE)


def missing_pieces_of(doc) -> tuple[str, ...]:
	return tuple(p.strip() for p in (doc.get("missing_pieces") or "").splitlines() if p.strip())


def filing_of(doc) -> crpa.Filing:
	return crpa.Filing(
		received_on=getdate(doc.received_on),
		competent_received_on=getdate(doc.competent_received_on) if doc.competent_received_on else None,
		missing_pieces=missing_pieces_of(doc),
		missing_pieces_due_on=getdate(doc.missing_pieces_due_on) if doc.missing_pieces_due_on else None,
		pieces_received_on=getdate(doc.pieces_received_on) if doc.pieces_received_on else None,
	)


def apply_crpa(doc) -> None:
	"""The request's legal regime and implicit-decision date (suspended while pieces are missing)."""
	profile = get_profile(doc.request_type)
	doc.crpa_regime = profile.crpa_regime if profile else None
	regime = profile.regime if profile else crpa.Regime(crpa.NONE)
	doc.implicit_decision_on = crpa.implicit_decision_date(regime, filing_of(doc))


def validate_crpa(doc) -> None:
	if doc.pieces_received_on and not (doc.missing_pieces or "").strip():
		frappe.throw(_("Pieces can only be received when missing pieces were listed"), title=_("Legal deadlines"))
	if doc.missing_pieces_due_on and not (doc.missing_pieces or "").strip():
		frappe.throw(_("List the missing pieces before giving a date to provide them"), title=_("Legal deadlines"))
	today = getdate()
	for field in ("pieces_received_on", "competent_received_on"):
		if doc.get(field) and getdate(doc.get(field)) > today:
			frappe.throw(_("{0} cannot be in the future").format(_(doc.meta.get_label(field))), title=_("Invalid date"))
	if doc.status == "Transferred" and not (doc.transferred_to or "").strip():
		frappe.throw(
			_("Name the competent authority the request is forwarded to before transferring it"),
			title=_("Transfer (L114-2)"),
		)


def service_contact(service: str | None) -> crpa.Service:
	"""The handling service's contact details, completed by the collectivité's own."""
	settings = get_settings()
	row = frappe.get_cached_doc("Municipal Service", service) if service else None
	return crpa.Service(
		name=(row.service_name if row else "") or settings.collectivite_name or "",
		address=(row.address if row else "") or settings.collectivite_address or "",
		email=(row.email if row else "") or settings.collectivite_email or "",
		phone=(row.phone if row else "") or settings.collectivite_phone or "",
	)


def acknowledgement_context(doc) -> dict:
	"""Everything the acknowledgement (e-mail or letter) shows, R112-5 mentions included.

	Also a Jinja method of the print format: given a name, it checks read permission."""
	if isinstance(doc, str):
		doc = frappe.get_doc("Citizen Request", doc)
		doc.check_permission("read")
	mentions = crpa.acknowledgement_mentions(regime_of(doc.request_type), filing_of(doc), service_contact(doc.service))
	return {
		"doc": doc,
		"mentions": mentions,
		"collectivite": get_settings().collectivite_name or "",
		"request_type": doc.request_type,
	}



