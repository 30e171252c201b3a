// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.query_reports["Quality Statistics"] = {
	filters: [
		{
			fieldname: "from_date",
			label: __("From Date"),
			fieldtype: "Date",
			default: frappe.datetime.add_months(frappe.datetime.month_start(), -11),
			reqd: 1,
		},
		{ fieldname: "to_date", label: __("To Date"), fieldtype: "Date", default: frappe.datetime.get_today(), reqd: 1 },
		{
			fieldname: "time_interval",
			label: __("Time interval"),
			fieldtype: "Select",
			options: [
				{ value: "Monthly", label: __("Monthly") },
				{ value: "Weekly", label: __("Weekly") },
				{ value: "Quarterly", label: __("Quarterly") },
				{ value: "Yearly", label: __("Yearly") },
				{ value: "Whole period", label: __("Whole period") },
			],
			default: "Monthly",
		},
		{
			fieldname: "group_by",
			label: __("Group by"),
			fieldtype: "Select",
			options: [
				{ value: "", label: "" },
				{ value: "Service", label: __("Service") },
				{ value: "Request Type", label: __("Request Type") },
				{ value: "Channel", label: __("Channel") },
				{ value: "Category", label: __("Category") },
			],
		},
		{ fieldname: "service", label: __("Service"), fieldtype: "Link", options: "Municipal Service" },
		{ fieldname: "request_type", label: __("Request Type"), fieldtype: "Link", options: "Request Type" },
		{
			fieldname: "channel",
			label: __("Channel"),
			fieldtype: "Select",
			options: ["", "Web Portal", "E-mail", "Phone", "Counter", "Postal Mail", "Social Media", "Mobile App / API", "Internal"],
		},
		{
			fieldname: "category",
			label: __("Category"),
			fieldtype: "Select",
			options: ["", "Technical Problem", "Complaint", "Information Request", "Administrative Procedure", "Suggestion", "Thanks"],
		},
	],
};
