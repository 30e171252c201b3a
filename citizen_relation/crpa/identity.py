"""Who writes to citizens: the collectivité, read from its ERPNext Company.

The Company chosen in Citizen Relation Settings gives the name, the postal address (Frappe's
Address linked to it through a Dynamic Link, the primary one first), phone, e-mail, logo and
default Letter Head; each value may be overridden in the settings. Nothing falls back to the
software's name: an empty value stays empty, and every letter needing it is refused.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import cint

from citizen_relation.core import crpa
from citizen_relation.core.letters import Identity, Signatory, postal_lines
from citizen_relation.utils import get_settings

REQUIRED, RECOMMENDED, OPTIONAL = "required", "recommended", "optional"
COMPANY_FIELDS = ["company_name", "phone_no", "email", "company_logo", "default_letter_head"]


def company_values(company: str | None) -> frappe._dict:
	if not company or not frappe.db.exists("Company", company):
		return frappe._dict()
	values = frappe.get_cached_value("Company", company, COMPANY_FIELDS, as_dict=True) or frappe._dict()
	values.address = address_text("Company", company)
	return values


def address_text(link_doctype: str, link_name: str) -> str:
	"""The postal address linked to a record through Frappe's Dynamic Link (primary first)."""
	from frappe.contacts.doctype.address.address import get_default_address

	return address_text_of(get_default_address(link_doctype, link_name))


def address_text_of(name: str | None) -> str:
	"""An Address as plain lines, laid out for French mail (the collectivité's country; an
	address abroad ends with its country)."""
	if not name:
		return ""
	row = frappe.db.get_value(
		"Address", name, ["address_line1", "address_line2", "pincode", "city", "country"], as_dict=True
	)
	if not row:
		return ""
	lines = postal_lines(
		row.address_line1, row.address_line2, row.pincode, row.city, row.country, home_country()
	)
	return "\n".join(lines)


def home_country() -> str:
	"""The collectivité's country (its Company's, else the site's): addresses there need none."""
	company = get_settings().get("company")
	country = frappe.get_cached_value("Company", company, "country") if company else None
	return country or frappe.db.get_single_value("System Settings", "country") or "France"


def identity(settings=None) -> Identity:
	"""The collectivité as letters print it (settings' overrides first, then its Company)."""
	settings = settings or get_settings()
	company = company_values(settings.get("company"))
	return Identity(
		name=(settings.get("collectivite_name") or company.company_name or "").strip(),
		address=(settings.get("collectivite_address") or company.address or "").strip(),
		phone=(settings.get("collectivite_phone") or company.phone_no or "").strip(),
		email=(settings.get("collectivite_email") or company.email or "").strip(),
		logo=(settings.get("collectivite_logo") or company.company_logo or "").strip(),
	)


def letter_head_name(settings=None) -> str | None:
	"""The Letter Head of letters: the settings', else the Company's default one."""
	settings = settings or get_settings()
	name = settings.get("letter_head") or company_values(settings.get("company")).default_letter_head
	return name if name and frappe.db.exists("Letter Head", name) else None


def signatory(settings=None) -> Signatory:
	settings = settings or get_settings()
	return Signatory(
		name=(settings.get("signatory_name") or "").strip(),
		title=(settings.get("signatory_title") or "").strip(),
	)


def service_contact(service: str | None, collectivite: Identity | None = None) -> crpa.Service:
	"""The handling service's contact details (R112-5), each completed by the collectivité's."""
	collectivite = collectivite or identity()
	row = (
		frappe.get_cached_value(
			"Municipal Service", service, ["service_name", "address", "email", "phone"], as_dict=True
		)
		if service
		else None
	) or frappe._dict()
	return crpa.Service(
		name=(row.service_name or collectivite.name or "").strip(),
		address=(row.address or collectivite.address or "").strip(),
		email=(row.email or collectivite.email or "").strip(),
		phone=(row.phone or collectivite.phone or "").strip(),
	)


def identity_sources(settings=None) -> list[dict]:
	"""Each identity value with where it comes from, for the settings' checklist."""
	settings = settings or get_settings()
	company_name = settings.get("company")
	company = company_values(company_name)
	rows = []
	# the name is on every letter; address and phone complete the services' own (R112-5)
	for key, label, override, from_company, level in (
		("name", _("Name"), "collectivite_name", company.company_name, REQUIRED),
		("address", _("Postal address"), "collectivite_address", company.address, RECOMMENDED),
		("phone", _("Phone"), "collectivite_phone", company.phone_no, RECOMMENDED),
		("email", _("E-mail"), "collectivite_email", company.email, RECOMMENDED),
		("logo", _("Logo"), "collectivite_logo", company.company_logo, OPTIONAL),
	):
		own = (settings.get(override) or "").strip()
		if own:
			source = _("set in these settings")
		elif from_company:
			source = _("from the Company {0}").format(company_name)
		else:
			source = ""
		rows.append(
			{
				"key": key,
				"label": label,
				"value": own or from_company or "",
				"source": source,
				"level": level,
				"ok": bool(own or from_company),
			}
		)
	return rows


def setup_checklist(settings=None) -> dict:
	"""What letters to citizens still lack, for Citizen Relation Settings: the collectivité's
	identity value by value (and where each comes from), the signatory, the services whose
	requests need an acknowledgement but whose address or phone is unknown, the outgoing
	e-mail account. ``complete``: every mandatory item is there."""
	settings = settings or get_settings()
	company = settings.get("company")
	items = [
		{
			"label": _("Company of the collectivité"),
			"ok": bool(company),
			"level": OPTIONAL,
			"value": company or "",
			"source": "",
			"hint": ""
			if company
			else _("Choose the ERPNext Company that is the collectivité (or fill the values below)."),
		}
	]
	hints = {
		"name": _("Give the Company its name, or fill «Name of the collectivité»."),
		"address": _(
			"Link an Address to the Company (Address › Links: Company), or fill «Postal address of the collectivité»."
		),
		"phone": _("Fill the Company's «Phone No», or «Phone of the collectivité»."),
		"email": _("Fill the Company's «Email», or «E-mail of the collectivité» (printed when known)."),
		"logo": _("Optional: the Company's logo, or «Logo of the collectivité»."),
	}
	collectivite = identity(settings)
	for row in identity_sources(settings):
		items.append({**row, "hint": "" if row["ok"] else hints[row["key"]]})
	head = letter_head_name(settings)
	items.append(
		{
			"label": _("Letter Head"),
			"ok": bool(head),
			"level": OPTIONAL,
			"value": head or "",
			"source": "",
			"hint": ""
			if head
			else _("Optional: a Letter Head for printed letters (the settings' or the Company's default)."),
		}
	)
	signer = signatory(settings)
	demandes = frappe.db.exists(
		"Request Type",
		{"is_active": 1, "crpa_regime": ("in", ["Silence means acceptance", "Silence means rejection"])},
	)
	items.append(
		{
			"label": _("Signatory of decisions"),
			"ok": bool(signer.name and signer.title),
			"level": REQUIRED if demandes else OPTIONAL,
			"value": ", ".join(filter(None, [signer.name, signer.title])),
			"source": "",
			"hint": ""
			if signer.name and signer.title
			else _(
				"Fill the signatory's name and title: decisions on demandes are signed (article L212-1 of the CRPA)."
			),
		}
	)
	services = sorted(
		set(
			frappe.get_all(
				"Request Type",
				filters={"requires_acknowledgement": 1, "is_active": 1, "service": ("is", "set")},
				pluck="service",
			)
		)
	)
	for service in services:
		contact = service_contact(service, collectivite)
		lacking = [
			label
			for label, value in ((_("postal address"), contact.address), (_("phone"), contact.phone))
			if not value
		]
		if lacking:
			items.append(
				{
					"label": _("Municipal Service {0}").format(service),
					"ok": False,
					"level": REQUIRED,
					"value": "",
					"source": "",
					"hint": _("Its requests need an acknowledgement of receipt, which needs its {0}.").format(
						_(" and ").join(lacking)
					),
					"route": f"/app/municipal-service/{service}",
				}
			)
	from citizen_relation.crpa.letters import can_email

	outgoing = can_email()
	items.append(
		{
			"label": _("Outgoing e-mail account"),
			"ok": outgoing,
			"level": RECOMMENDED,
			"value": "",
			"source": "",
			"hint": ""
			if outgoing
			else _("Without a default outgoing Email Account, letters can only be printed and posted."),
		}
	)
	footer_off = bool(cint(frappe.db.get_default("disable_standard_email_footer")))
	items.append(
		{
			"label": _("E-mail footer"),
			"ok": footer_off,
			"level": RECOMMENDED,
			"value": "",
			"source": "",
			"hint": ""
			if footer_off
			else _(
				"E-mails to citizens end with the software's « Sent via » footer: tick System Settings › «Disable Standard Email Footer» and give the Email Account a footer in the collectivité's name."
			),
			"route": "/app/system-settings",
		}
	)
	missing = [item for item in items if item["level"] == REQUIRED and not item["ok"]]
	return {"items": items, "complete": not missing, "missing": len(missing)}
