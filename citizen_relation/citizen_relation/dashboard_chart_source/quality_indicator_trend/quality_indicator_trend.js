// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.provide("frappe.dashboards.chart_sources");

frappe.dashboards.chart_sources["Quality Indicator Trend"] = {
	method: "citizen_relation.api.stats.indicator_trend",
	filters: [
		{ fieldname: "indicator", label: __("Indicator"), fieldtype: "Select", options: ["Resolution time", "Response time", "Deadlines met", "First contact and reopening", "Duplicates merged", "Knowledge base", "Satisfaction"], default: "Deadlines met" },
		{ fieldname: "service", label: __("Service"), fieldtype: "Link", options: "Municipal Service" },
		{ fieldname: "request_type", label: __("Request Type"), fieldtype: "Link", options: "Request Type" },
		{ fieldname: "channel", label: __("Channel"), fieldtype: "Select", options: ["", "Web Portal", "E-mail", "Phone", "Counter", "Postal Mail", "Social Media", "Mobile App / API", "Internal"] },
		{ fieldname: "category", label: __("Category"), fieldtype: "Select", options: ["", "Technical Problem", "Complaint", "Information Request", "Administrative Procedure", "Suggestion", "Thanks"] },
	],
};
