"""The register of processing activities (RGPD art. 30), generated from the configuration.

The collectivité's DPO keeps one entry for the handling of citizens' requests. What the
application knows is filled in from the configuration, so the register follows it: the
controller and DPO (Citizen Relation Settings), one purpose per request type with its category,
its legal basis (a CRPA procedure is also a legal obligation), the categories of data (with each
type's own fields), the people concerned, the recipients (the responsible service and its
members, supervisors, the authority a request is forwarded to), the retention of each type, and
the security measures as configured (service restriction, archive access, anonymisation, password
policy, two-factor authentication). What only the DPO knows (hosting, processors, backups) is
listed as to complete.
"""

from __future__ import annotations

import frappe
from frappe import _

from citizen_relation.core import retention as core
from citizen_relation.privacy.policies import anonymisation_authorised, default_policy
from citizen_relation.requests.profile import get_profile
from citizen_relation.utils import get_settings

NO_IMPLICIT_DECISION = "No implicit decision"


def rows() -> list[dict]:
	"""One row per request type in use: purpose, basis, data, recipients, retention."""
	default = default_policy()
	services = {
		s.name: s
		for s in frappe.get_all("Municipal Service", fields=["name", "email"])
	}
	members = {
		r.parent: r.count
		for r in frappe.get_all(
			"Municipal Service Member", fields=["parent", "count(name) as count"], group_by="parent"
		)
	}
	out = []
	for name in frappe.get_all("Request Type", filters={"is_active": 1}, pluck="name", order_by="category asc, name asc"):
		profile = get_profile(name)
		if profile is None:
			continue
		policy = profile.retention_policy(default)
		procedure = profile.crpa_regime != NO_IMPLICIT_DECISION
		out.append(
			{
				"request_type": name,
				"category": _(profile.category) if profile.category else "",
				"purpose": _("Handling of citizens' requests: {0}").format(name),
				"legal_basis": _("Task in the public interest (RGPD art. 6(1)(e))")
				+ ("; " + _("legal obligation: CRPA procedure, {0} (art. 6(1)(c))").format(_(profile.crpa_regime)) if procedure else ""),
				"type_fields": ", ".join(
					f.label + ("" if f.public else " (" + _("not shown to the citizen") + ")") for f in profile.fields
				),
				"recipients": _recipients(profile.service, services, members),
				"active_months": policy.active_months,
				"archive_months": policy.archive_months,
				"final_action": _("Anonymised") if policy.anonymises else _("Kept in the archive"),
				"own_durations": int(profile.retention_months is not None),
				# seeded justifications are the core's English notes: shown translated
				"justification": _(profile.retention_justification)
				if profile.retention_justification
				else (_(core.DEFAULT_NOTE) if profile.retention_months is None else ""),
			}
		)
	return out


def _recipients(service: str | None, services: dict, members: dict) -> str:
	if not service:
		return _("Agents who receive the request, supervisors")
	count = members.get(service, 0)
	return _("Service {0} ({1} agents), supervisors").format(service, count)


def header() -> dict:
	"""The register's entry besides the per-type table (art. 30(1) a, b, c, d, e, g)."""
	settings = get_settings()
	restrict = bool(settings.restrict_agents_to_their_services)
	system = frappe.get_cached_doc("System Settings")
	authorised = anonymisation_authorised()
	portal = bool(frappe.db.count("User", {"user_type": "Website User", "enabled": 1}))
	default = default_policy()
	return {
		"controller": settings.collectivite_name or "",
		"address": settings.collectivite_address or "",
		"email": settings.collectivite_email or "",
		"phone": settings.collectivite_phone or "",
		"dpo": settings.get("dpo_name") or "",
		"dpo_email": settings.get("dpo_email") or "",
		"purpose": _(
			"Receiving, handling and answering citizens' requests whatever the channel (reports of problems, "
			"complaints, questions, administrative procedures, suggestions); following their deadlines, "
			"including the legal ones of the CRPA; informing every citizen who reported the same incident; "
			"measuring the quality of the service (anonymous statistics)."
		),
		"data_subjects": [
			_("Citizens and users of the public services who make a request (and those who report the same incident)"),
			_("Third parties a citizen names in a request"),
			_("Agents of the collectivité who handle the requests"),
		],
		"data_categories": [
			_("Identity: name, title"),
			_("Contact details: e-mail address, phone number, postal address"),
			_("Place of the problem: address, coordinates on the map"),
			_("Content of the request: subject, description, messages exchanged, attachments, agents' notes"),
			_("Each request type's own fields (see the table)"),
			_("Satisfaction: rating and comment"),
		]
		+ ([_("Portal account: login e-mail address")] if portal else [])
		+ [_("Traces: history of statuses and changes (who, when)")],
		"sensitive": _(
			"No sensitive data is asked for. Free text may contain some (health, opinions): agents are told "
			"not to copy it beyond what the request needs; it is removed at anonymisation."
		),
		"recipients": [
			_("Agents of the service responsible for the request type"),
			_("Supervisors and managers of the citizen relation"),
			_("The competent authority when a request is forwarded to it (CRPA art. L114-2)"),
			_("Citizens and API clients see only public information (type, street, status, public title), never personal data"),
		],
		"transfers": _("None by the application. To complete: hosting provider and its location."),
		"retention": _(
			"Per request type (table below). Default: active {0} months after closure, then intermediate archive "
			"{1} months, then anonymised."
		).format(default.active_months, default.archive_months),
		"security": [
			_("Access by role (agent, supervisor, manager); every access needs an account"),
			_("Agents see only their services' requests: {0}").format(_("yes") if restrict else _("no")),
			_("Archived requests are read-only and found only by supervisors"),
			_("Anonymisation at the end of the archive: {0}").format(
				_("authorised (visa {0})").format(settings.elimination_visa) if authorised else _("awaiting the archives' visa")
			),
			_("Password policy: {0}").format(_("yes") if system.get("enable_password_policy") else _("no")),
			_("Two-factor authentication: {0}").format(_("yes") if system.get("enable_two_factor_auth") else _("no")),
			_("History of changes kept with each request until its anonymisation; exports and erasures logged"),
			_("Public endpoints rate-limited and without personal data"),
			_("To complete: encryption in transit (HTTPS), backups, hosting"),
		],
	}


def message_html() -> str:
	return frappe.render_template("citizen_relation/templates/privacy/register.html", {"h": header()})
