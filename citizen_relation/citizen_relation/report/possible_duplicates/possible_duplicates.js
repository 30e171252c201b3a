// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.query_reports["Possible Duplicates"] = {
	filters: [
		{
			fieldname: "request_type",
			label: __("Request Type"),
			fieldtype: "Link",
			options: "Request Type",
			get_query: () => ({ filters: { duplicate_detection: 1 } }),
		},
		{
			fieldname: "from_date",
			label: __("Received Since"),
			fieldtype: "Date",
			default: frappe.datetime.add_days(frappe.datetime.get_today(), -30),
		},
	],
	// "Merge" and "Not a duplicate" on each row: the agent decides from the queue, and the duplicate
	// model learns from the decision (see Duplicate Decision).
	formatter(value, row, column, data, default_formatter) {
		if (column.fieldname !== "actions" || !data?.request || !data?.best_candidate) {
			return default_formatter(value, row, column, data);
		}
		const esc = frappe.utils.escape_html;
		const attrs = `data-request="${esc(data.request)}" data-candidate="${esc(data.best_candidate)}"`;
		return `<button class="btn btn-xs btn-default cr-triage-merge" ${attrs}>${__("Merge")}</button>
			<button class="btn btn-xs btn-default cr-triage-dismiss" ${attrs}>${__("Not a duplicate")}</button>`;
	},
	onload(report) {
		const act = async (el, method, message) => {
			const request = el.getAttribute("data-request");
			const candidate = el.getAttribute("data-candidate");
			const args = method.endsWith("merge_requests") ? { name: request, master: candidate } : { name: request, candidate };
			await frappe.call({ method, args, freeze: true });
			frappe.show_alert({ message: message(request, candidate), indicator: "green" });
			report.refresh();
		};
		$(report.page.wrapper).on("click", ".cr-triage-merge", (e) =>
			frappe.confirm(__("Merge {0} into {1}?", [e.currentTarget.dataset.request, e.currentTarget.dataset.candidate]), () =>
				act(e.currentTarget, "citizen_relation.api.duplicates.merge_requests", (r, c) => __("Merged into {0}", [c]))
			)
		);
		$(report.page.wrapper).on("click", ".cr-triage-dismiss", (e) =>
			act(e.currentTarget, "citizen_relation.api.duplicates.mark_not_duplicate", (r, c) =>
				__("{0} will no longer be proposed as a duplicate", [c])
			)
		);
	},
};
