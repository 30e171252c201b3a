"""Desk API of the quality reports and the publications (monthly report, open data)."""

import re

import frappe
from frappe import _
from frappe.utils import validate_email_address

MAX_RECIPIENTS = 50


@frappe.whitelist(methods=["POST"])
def recompute_report(name: str) -> None:
	"""Recompute a quality report's figures from today's data."""
	doc = frappe.get_doc("Quality Report", name)
	doc.check_permission("write")
	doc.compute_figures()
	doc.save()


@frappe.whitelist(methods=["POST"])
def send_report(name: str, recipients: str) -> None:
	"""E-mail a quality report's PDF to the given addresses (one per line, or separated by commas)."""
	from citizen_relation.stats import monthly

	doc = frappe.get_doc("Quality Report", name)
	doc.check_permission("email")
	emails = [e.strip() for e in re.split(r"[\s,;]+", recipients or "") if e.strip()]
	if not emails:
		frappe.throw(_("Give at least one e-mail address"))
	if len(emails) > MAX_RECIPIENTS:
		frappe.throw(_("At most {0} recipients at once").format(MAX_RECIPIENTS))
	invalid = [e for e in emails if not validate_email_address(e)]
	if invalid:
		frappe.throw(_("Not valid e-mail addresses: {0}").format(", ".join(frappe.bold(frappe.utils.escape_html(e)) for e in invalid)))
	monthly.send_report(doc, sorted(set(emails)))


@frappe.whitelist(methods=["POST"])
def send_monthly_reports_now() -> list[str]:
	"""Create and send the previous month's reports to the recipients of Quality Settings."""
	frappe.has_permission("Quality Settings", "write", throw=True)
	from citizen_relation.stats import monthly

	return monthly.send_monthly_reports(force=True)


@frappe.whitelist(methods=["POST"])
def publish_open_data() -> str:
	"""Write the open-data files (CSV, GeoJSON, schema) in the background, with progress."""
	frappe.has_permission("Quality Settings", "write", throw=True)
	from citizen_relation.stats import opendata

	opendata.enqueue_publication()
	return _("The open-data files are being written in the background.")
