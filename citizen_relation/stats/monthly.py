"""The monthly quality report for the people who decide: the month's key figures against the
previous month and the same month last year, the trend over 13 months, volumes by channel,
category and service, the streets where the same problem keeps coming back, and what citizens
said (anonymous comments).

A :class:`Quality Report` document keeps a **snapshot** of the figures (JSON), so that its PDF
(print format *Monthly Quality Report*) stays the same once sent; :func:`render` turns the
snapshot into text in the reader's language. :func:`send_monthly_reports` (daily job) creates
and e-mails the reports of the previous month to the recipients of Quality Settings.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import frappe
from frappe import _
from frappe.utils import cint, format_date, getdate, now_datetime, today

from citizen_relation.core import stats as core
from citizen_relation.core import svg
from citizen_relation.stats import queries
from citizen_relation.stats.charts import format_duration, format_number, format_percent, group_label

SETTINGS = "Quality Settings"
REPORT = "Quality Report"
PRINT_FORMAT = "Monthly Quality Report"
TEMPLATE = "citizen_relation/templates/quality/monthly_report.html"
TREND_MONTHS = 13
COMMENTS = 3  # of each kind (satisfied, dissatisfied)


# ---------------------------------------------------------------------------- snapshot
def _figures(period: core.Period, services) -> core.Figures:
	return queries.figures(queries.StatFilters(period=period, services=services))


def snapshot(month, service: str | None = None) -> dict:
	"""The figures of ``month`` (any day of it) for the collectivité or one service, as plain data.

	No permission check: the callers (the report document, the scheduled sending) check theirs.
	"""
	period = core.month_period(getdate(month))
	services = (service,) if service else None
	sf = queries.StatFilters(period=period, services=services)
	current = queries.figures(sf)
	comparisons = core.compare(current, _figures(period.previous(), services), _figures(period.year_before(), services))

	trend_period = core.Period(core.add_months(period.start, -(TREND_MONTHS - 1)), period.end)
	by_month = queries.figures_by(sf.with_period(trend_period), None, "Monthly")
	trend = []
	for month_start in trend_period.months():
		f = by_month.get((month_start, None), core.Figures())
		trend.append(
			{
				"month": month_start.isoformat(),
				"received": f.received,
				"resolution_on_time": f.resolution_on_time_rate,
				"median_resolution": f.median_resolution,
				"csat": f.csat,
			}
		)

	def by(dimension: str) -> list[dict]:
		data = queries.figures_by(sf, dimension)
		rows = [
			{
				"value": value,
				"received": f.received,
				"resolved": f.resolved,
				"resolution_on_time": f.resolution_on_time_rate,
				"median_resolution": f.median_resolution,
				"csat": f.csat,
				"ratings": f.ratings,
			}
			for (_step, value), f in data.items()
			if f.received or f.resolved
		]
		return sorted(rows, key=lambda r: (-r["received"], r["value"] or ""))

	return {
		"month": period.start.isoformat(),
		"service": service,
		"collectivite": frappe.db.get_single_value("Citizen Relation Settings", "collectivite_name") or "",
		"comparisons": [
			{"key": c.indicator.key, "current": c.current, "previous": c.previous, "year_ago": c.year_ago}
			for c in comparisons
		],
		"trend": trend,
		"by_channel": by("channel"),
		"by_category": by("category"),
		"by_service": [] if service else by("service"),
		"recurring": [
			{k: r.get(k) for k in ("street", "request_type", "reports", "requests", "open")}
			for r in queries.recurring_places(sf, limit=10)
		],
		"ratings": {"counts": current.rating_counts, "comments": comments(period, services)},
		"follow_ups": follow_ups(period, services),
	}


def comments(period: core.Period, services) -> list[dict]:
	"""A few of the month's comments, anonymous (the text, the rating, the type and service only):
	the latest satisfied and dissatisfied ones."""
	include = frappe.db.get_single_value(SETTINGS, "include_comments")
	if include is not None and not cint(include):
		return []
	rating = frappe.qb.DocType("Request Satisfaction")
	result = []
	for condition in (rating.rating >= 4, rating.rating <= 2):
		query = (
			frappe.qb.from_(rating)
			.select(rating.rating, rating.comment, rating.request_type, rating.service)
			.where(rating.submitted_on >= datetime.combine(period.start, datetime.min.time()))
			.where(rating.submitted_on < datetime.combine(period.end, datetime.min.time()))
			.where(rating.comment.isnotnull())
			.where(rating.comment != "")
			.where(condition)
			.orderby(rating.submitted_on, order=frappe.qb.desc)
			.limit(COMMENTS)
		)
		if services:
			query = query.where(rating.service.isin(services))
		result.extend(query.run(as_dict=True))
	return [{k: r[k] for k in ("rating", "comment", "request_type", "service")} for r in result]


def follow_ups(period: core.Period, services) -> dict:
	"""Dissatisfied ratings of the month and how many of their follow-up tasks are still open."""
	rating = frappe.qb.DocType("Request Satisfaction")
	todo = frappe.qb.DocType("ToDo")
	query = (
		frappe.qb.from_(rating)
		.left_join(todo)
		.on(todo.name == rating.follow_up_todo)
		.select(rating.name, todo.status)
		.where(rating.submitted_on >= datetime.combine(period.start, datetime.min.time()))
		.where(rating.submitted_on < datetime.combine(period.end, datetime.min.time()))
		.where(rating.rating <= 2)
	)
	if services:
		query = query.where(rating.service.isin(services))
	rows = query.run(as_dict=True)
	return {"dissatisfied": len(rows), "open": sum(1 for r in rows if r.status == "Open")}


# ---------------------------------------------------------------------------- rendering
def _format(unit: str, value) -> str:
	if value is None:
		return "–"
	if unit == core.COUNT:
		return format_number(value, 0)
	if unit == core.PERCENT:
		return format_percent(value)
	if unit == core.DURATION:
		return format_duration(value)
	return _("{0} / 5").format(format_number(value))


def _format_change(unit: str, difference) -> str:
	if difference is None:
		return "–"
	sign = "+" if difference > 0 else "−" if difference < 0 else "±"
	if unit == core.PERCENT:
		return _("{0}{1} pts").format(sign, format_number(abs(difference) * 100))
	if unit == core.RATING:
		return f"{sign}{format_number(abs(difference))}"
	return _("{0}{1} %").format(sign, format_number(abs(difference) * 100, 0))


def month_label(day) -> str:
	return format_date(getdate(day), "LLLL yyyy")


def render(data: dict) -> dict:
	"""The snapshot as the print format shows it (translated, formatted, with SVG charts)."""
	month = getdate(data["month"])
	period = core.month_period(month)
	previous_label, year_label = month_label(period.previous().start), month_label(period.year_before().start)
	rows = []
	for item in data["comparisons"]:
		indicator = core.INDICATOR_BY_KEY.get(item["key"])
		if not indicator:
			continue
		comparison = core.Comparison(indicator, item["current"], item["previous"], item["year_ago"])
		rows.append(
			{
				"label": _(indicator.label),
				"current": _format(indicator.unit, comparison.current),
				"previous": _format(indicator.unit, comparison.previous),
				"change_previous": _format_change(indicator.unit, comparison.change_previous),
				"verdict_previous": comparison.verdict_previous,
				"year_ago": _format(indicator.unit, comparison.year_ago),
				"change_year": _format_change(indicator.unit, comparison.change_year),
				"verdict_year": comparison.verdict_year,
			}
		)
	trend = data.get("trend") or []
	labels = [format_date(getdate(t["month"]), "MMM") for t in trend]
	last = len(trend) - 1
	charts = {
		"received": svg.bars([t["received"] for t in trend], labels, highlight=last),
		"on_time": svg.bars(
			[round(100 * t["resolution_on_time"]) if t["resolution_on_time"] is not None else None for t in trend],
			labels, color="#009081", highlight=last, value_format="{:g} %",
		),
		"median_resolution": svg.bars(
			[round(t["median_resolution"] / core.DAY, 1) if t["median_resolution"] is not None else None for t in trend],
			labels, color="#6A6AF4", highlight=last, value_format="{:g}",
		),
	}

	def table(items: list[dict], dimension: str) -> list[dict]:
		total = sum(i["received"] for i in items) or 1
		return [
			{
				"label": group_label(dimension, i["value"]),
				"received": format_number(i["received"], 0),
				"share": format_percent(i["received"] / total, 0),
				"resolved": format_number(i["resolved"], 0),
				"on_time": format_percent(i["resolution_on_time"], 0),
				"median_resolution": format_duration(i["median_resolution"]),
				"csat": format_percent(i["csat"], 0),
			}
			for i in items
		]

	return {
		"title": title(month, data.get("service")),
		"collectivite": data.get("collectivite") or "",
		"service": data.get("service"),
		"month_label": month_label(month),
		"previous_label": previous_label,
		"year_label": year_label,
		"highlights": highlights(data, previous_label, year_label),
		"rows": rows,
		"charts": charts,
		"by_channel": table(data.get("by_channel") or [], "channel"),
		"by_category": table(data.get("by_category") or [], "category"),
		"by_service": table(data.get("by_service") or [], "service"),
		"recurring": [
			{**r, "requests": format_number(r["requests"], 0), "reports": format_number(r["reports"], 0)}
			for r in data.get("recurring") or []
		],
		"rating_counts": (data.get("ratings") or {}).get("counts") or [0] * 5,
		"comments": (data.get("ratings") or {}).get("comments") or [],
		"follow_ups": data.get("follow_ups") or {"dissatisfied": 0, "open": 0},
	}


def highlights(data: dict, previous_label: str, year_label: str) -> list[str]:
	"""The key figures in sentences."""
	values = {c["key"]: c for c in data["comparisons"]}

	def get(key, which="current"):
		return (values.get(key) or {}).get(which)

	def trend_of(key) -> str:
		item = values.get(key) or {}
		indicator = core.INDICATOR_BY_KEY[key]
		parts = []
		for which, label in (("previous", previous_label), ("year_ago", year_label)):
			difference = core.delta(indicator, item.get("current"), item.get(which))
			if difference is not None:
				parts.append(_("{0} compared with {1}").format(_format_change(indicator.unit, difference), label))
		return " (" + ", ".join(parts) + ")" if parts else ""

	lines = []
	if get("received") is not None:
		lines.append(
			_("{0} requests were received{1}.").format(format_number(get("received"), 0), trend_of("received"))
		)
	if get("merged"):
		lines.append(
			_("{0} reports concerned a problem already reported and were merged: the services had {1} requests to handle.").format(
				format_number(get("merged"), 0), format_number(get("handled"), 0)
			)
		)
	if get("median_resolution") is not None:
		lines.append(
			_("Half of the requests were resolved within {0}, and 90 % within {1}{2}.").format(
				format_duration(get("median_resolution")), format_duration(get("p90_resolution")), trend_of("median_resolution")
			)
		)
	if get("resolution_on_time") is not None:
		lines.append(
			_("{0} of the requests were resolved within their deadline{1}.").format(
				format_percent(get("resolution_on_time"), 0), trend_of("resolution_on_time")
			)
		)
	if get("first_contact") is not None:
		lines.append(
			_("{0} were resolved at first contact; {1} had to be reopened.").format(
				format_percent(get("first_contact"), 0), format_percent(get("reopened"), 0)
			)
		)
	if get("ratings"):
		lines.append(
			_("Citizens rated {0} requests: {1} on average, {2} satisfied{3}.").format(
				format_number(get("ratings"), 0), _format(core.RATING, get("average_rating")),
				format_percent(get("csat"), 0), trend_of("csat"),
			)
		)
	follow = data.get("follow_ups") or {}
	if follow.get("dissatisfied"):
		lines.append(
			_("Dissatisfied citizens to call back: {0}; follow-ups still open: {1}.").format(
				follow["dissatisfied"], follow.get("open", 0)
			)
		)
	recurring = data.get("recurring") or []
	if recurring:
		top = recurring[0]
		lines.append(
			_("The most frequent problem: {0}, {1} ({2} reports).").format(top["request_type"], top["street"], top["reports"])
		)
	return lines


def title(month, service: str | None) -> str:
	label = month_label(month)
	return _("Quality report {0} – {1}").format(label, service) if service else _("Quality report {0}").format(label)


def quality_report_context(doc) -> dict:
	"""Jinja helper of the print format: the rendered snapshot of a Quality Report."""
	data = json.loads(doc.figures) if doc.get("figures") else snapshot(doc.month, doc.service)
	return render(data)


# ---------------------------------------------------------------------------- sending
def create_report(month, service: str | None = None) -> frappe.model.document.Document:
	doc = frappe.get_doc({"doctype": REPORT, "month": getdate(month), "service": service})
	doc.insert(ignore_permissions=True)
	return doc


def send_report(doc, recipients: list[str]) -> None:
	"""E-mail the report's PDF through Frappe's e-mail queue (the report itself in the message
	when the PDF cannot be made, e.g. wkhtmltopdf unable to reach the site)."""
	if not recipients:
		return
	highlights = render(json.loads(doc.figures))["highlights"]
	message = (
		_("Please find attached the quality report of {0}.").format(month_label(doc.month))
		+ "<ul>"
		+ "".join(f"<li>{frappe.utils.escape_html(line)}</li>" for line in highlights)
		+ "</ul>"
	)
	attachments = []
	try:
		pdf = frappe.get_print(REPORT, doc.name, PRINT_FORMAT, as_pdf=True, doc=doc)
		attachments.append({"fname": f"{frappe.scrub(doc.title)}.pdf", "fcontent": pdf})
	except OSError:
		frappe.log_error(title=_("Quality report: the PDF could not be made, the report is sent in the message"))
		message = frappe.render_template(TEMPLATE, {"r": render(json.loads(doc.figures))})
	frappe.sendmail(
		recipients=recipients,
		subject=doc.title,
		message=message,
		attachments=attachments,
		reference_doctype=REPORT,
		reference_name=doc.name,
	)
	doc.db_set({"sent_on": now_datetime(), "sent_to": ", ".join(recipients)})


def previous_month(day: date | None = None) -> date:
	first = getdate(day or today()).replace(day=1)
	return core.add_months(first, -1)


def send_monthly_reports(force: bool = False) -> list[str]:
	"""Daily job: on the configured day, create and send the previous month's reports (once)."""
	settings = frappe.get_single(SETTINGS)
	if not (settings.monthly_report_enabled or force):
		return []
	month = previous_month()
	day = min(28, max(1, cint(settings.send_on_day) or 2))
	if not force and (getdate(today()).day < day or (settings.last_sent_month and getdate(settings.last_sent_month) >= month)):
		return []
	by_service: dict[str | None, list[str]] = {}
	for row in settings.recipients:
		if row.email:
			by_service.setdefault(row.service or None, []).append(row.email)
	language = settings.report_language or frappe.db.get_default("lang") or "fr"
	previous_language = frappe.local.lang
	sent = []
	try:
		frappe.local.lang = language
		for service, emails in by_service.items():
			doc = create_report(month, service)
			send_report(doc, sorted(set(emails)))
			sent.append(doc.name)
	finally:
		frappe.local.lang = previous_language
	frappe.db.set_single_value(SETTINGS, "last_sent_month", month)
	return sent
