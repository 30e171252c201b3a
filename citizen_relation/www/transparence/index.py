"""/transparence — the collectivité's processing times and its open data, for everyone.

Processing times per public request type over the last 12 months (median and 90th percentile),
from the cached figures of :mod:`citizen_relation.stats.transparency`; links to the open-data
files and their documented schema when they have been published.
"""

from __future__ import annotations

import frappe
from frappe import _
from frappe.utils import format_date, getdate

from citizen_relation.portal.context import page_context
from citizen_relation.stats import transparency
from citizen_relation.stats.charts import format_duration, format_number

no_cache = 1


def get_context(context):
	page_context(context, _("Processing times and open data"), "transparency")
	context.collectivite = frappe.db.get_single_value("Citizen Relation Settings", "collectivite_name") or ""
	context.published = transparency.is_published()
	context.rows, context.period_label, context.minimum = [], "", 0
	if context.published:
		data = transparency.cached_processing_times()
		start, end = data["period"]
		context.period_label = _("from {0} to {1}").format(format_date(getdate(start)), format_date(getdate(end)))
		context.minimum = data["minimum"]
		context.rows = [
			{
				"request_type": row["request_type"],
				"category": _(row["category"]) if row["category"] else "",
				"resolved": format_number(row["resolved"], 0),
				"published": row["published"],
				"median": format_duration(row["median"]),
				"p90": format_duration(row["p90"]),
				"median_response": format_duration(row["median_response"]),
			}
			for row in data["types"]
		]
	settings = frappe.db.get_value(
		"Quality Settings", None, ["opendata_csv", "opendata_geojson", "opendata_schema", "opendata_published_on", "opendata_rows"],
		as_dict=True,
	) or frappe._dict()
	context.opendata = settings if settings.get("opendata_csv") else None
	if context.opendata:
		context.opendata.published_label = format_date(getdate(settings.opendata_published_on))
		context.opendata.rows_label = format_number(settings.opendata_rows or 0, 0)
	context.metatags = {"description": _("Processing times of citizen requests and open data of {0}").format(context.collectivite)}
	return context
