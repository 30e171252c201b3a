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

# Citizen Relation Settings › "Implicit decision due on a non-working day" → core rule.
NON_WORKING_DAY_RULES = {"Not moved": crpa.NOT_MOVED, "Next working day": crpa.NEXT_WORKING_DAY}


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


def non_working_day_rule() -> str:
	"""What the site does with an implicit-decision date on a non-working day (see
	docs/legal-deadlines.md): not moved unless the settings say otherwise."""
	return NON_WORKING_DAY_RULES.get(get_settings().get("implicit_decision_non_working_day"), crpa.NOT_MOVED)


def holidays_for(service: str | None) -> frozenset:
	"""Public holidays (and the Holiday List's days) of the service's calendar."""
	from citizen_relation.sla.calendars import calendar_for

	return calendar_for(None, service).holidays


def date_rule(service: str | None) -> dict:
	"""Keyword arguments of the core's implicit-decision date for a request of ``service``."""
	rule = non_working_day_rule()
	holidays = holidays_for(service) if rule == crpa.NEXT_WORKING_DAY else frozenset()
	return {"non_working_day": rule, "holidays": holidays}


def implicit_decision_on(doc, regime: crpa.Regime | None = None):
	return crpa.implicit_decision_date(
		regime or regime_of(doc.request_type), filing_of(doc), **date_rule(doc.service)
	)


def apply_crpa(doc) -> None:
	"""The request's legal regime and implicit-decision date (suspended while pieces are
	missing), and whether appeal delays can be held against the citizen (L112-6)."""
	profile = get_profile(doc.request_type)
	doc.crpa_regime = profile.crpa_regime if profile else None
	regime = profile.regime if profile else crpa.Regime(crpa.NONE)
	doc.implicit_decision_on = implicit_decision_on(doc, regime)
	doc.appeal_delays_unenforceable = int(
		crpa.appeal_delays_unenforceable(
			bool(profile and profile.requires_acknowledgement), doc.acknowledged_on
		)
	)


def validate_crpa(doc) -> None:
	if doc.pieces_received_on and not (doc.missing_pieces or "").strip():
		frappe.throw(
			_("Pieces can only be received when missing pieces were listed"), title=_("Legal deadlines")
		)
	if doc.missing_pieces_due_on and not (doc.missing_pieces or "").strip():
		frappe.throw(
			_("List the missing pieces before giving a date to provide them"), title=_("Legal deadlines")
		)
	today = getdate()
	for field in ("pieces_received_on", "competent_received_on"):
		if doc.get(field) and getdate(doc.get(field)) > today:
			frappe.throw(
				_("{0} cannot be in the future").format(_(doc.meta.get_label(field))), title=_("Invalid date")
			)
	if doc.status == "Transferred" and not (doc.transferred_to or "").strip():
		frappe.throw(
			_("Name the competent authority the request is forwarded to before transferring it"),
			title=_("Transfer (L114-2)"),
		)
