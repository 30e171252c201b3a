frappe.listview_settings["Citizen Request"] = {
	add_fields: ["status", "priority", "channel"],
	get_indicator(doc) {
		const colours = {
			New: "blue",
			Open: "cyan",
			"In Progress": "orange",
			"Waiting for Citizen": "purple",
			Resolved: "green",
			Closed: "darkgrey",
			Rejected: "red",
			Transferred: "grey",
		};
		return [__(doc.status), colours[doc.status] || "grey", "status,=," + doc.status];
	},
	onload(listview) {
		if (frappe.model.can_create("Citizen Request")) {
			listview.page.add_inner_button(__("Quick entry"), () => citizen_relation.quick_entry());
		}
	},
};
