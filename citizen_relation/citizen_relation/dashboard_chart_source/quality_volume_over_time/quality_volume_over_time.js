// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.provide("frappe.dashboards.chart_sources");

frappe.dashboards.chart_sources["Quality Volume over Time"] = {
	method: "citizen_relation.api.stats.volume_over_time",
	filters: [
		{ fieldname: "group_by", label: __("Group by"), fieldtype: "Select", options: [
			{ value: "Channel", label: __("Channel") },
			{ value: "Category", label: __("Category") },
			{ value: "Request Type", label: __("Request Type") },
			{ value: "Service", label: __("Service") },
			{ value: "Total", label: __("Total") },
		], default: "Channel" },
		{ fieldname: "service", label: __("Service"), fieldtype: "Link", options: "Municipal Service" },
		{ fieldname: "request_type", label: __("Request Type"), fieldtype: "Link", options: "Request Type" },
		{ fieldname: "channel", label: __("Channel"), fieldtype: "Select", options: ["", "Web Portal", "E-mail", "Phone", "Counter", "Postal Mail", "Social Media", "Mobile App / API", "Internal"] },
		{ fieldname: "category", label: __("Category"), fieldtype: "Select", options: ["", "Technical Problem", "Complaint", "Information Request", "Administrative Procedure", "Suggestion", "Thanks"] },
	],
};
