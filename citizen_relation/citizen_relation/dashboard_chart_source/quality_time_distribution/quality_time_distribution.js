// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.provide("frappe.dashboards.chart_sources");

frappe.dashboards.chart_sources["Quality Time Distribution"] = {
	method: "citizen_relation.api.stats.time_distribution",
	filters: [
		{ fieldname: "measure", label: __("Measure"), fieldtype: "Select", options: ["Resolution time", "Response time"], default: "Resolution time" },
		{ fieldname: "period", label: __("Period"), fieldtype: "Select", options: ["Last 30 days", "This month", "Last month", "Last 3 months", "Last 12 months", "This year", "Last year", "Date range"], default: "Last 12 months" },
		{ fieldname: "from_date", label: __("From Date"), fieldtype: "Date", depends_on: "eval:doc.period=='Date range'" },
		{ fieldname: "to_date", label: __("To Date"), fieldtype: "Date", depends_on: "eval:doc.period=='Date range'" },
		{ fieldname: "service", label: __("Service"), fieldtype: "Link", options: "Municipal Service" },
		{ fieldname: "request_type", label: __("Request Type"), fieldtype: "Link", options: "Request Type" },
		{ fieldname: "channel", label: __("Channel"), fieldtype: "Select", options: ["", "Web Portal", "E-mail", "Phone", "Counter", "Postal Mail", "Social Media", "Mobile App / API", "Internal"] },
		{ fieldname: "category", label: __("Category"), fieldtype: "Select", options: ["", "Technical Problem", "Complaint", "Information Request", "Administrative Procedure", "Suggestion", "Thanks"] },
	],
};
