// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.query_reports["Duplicate Model Review"] = {
	filters: [],
	formatter(value, row, column, data, default_formatter) {
		if (column.fieldname === "model" && data?.model && data.model !== "seeded") {
			return `<a href="/app/duplicate-model/${encodeURIComponent(data.model)}">${frappe.utils.escape_html(data.model)}</a>`;
		}
		return default_formatter(value, row, column, data);
	},
};
