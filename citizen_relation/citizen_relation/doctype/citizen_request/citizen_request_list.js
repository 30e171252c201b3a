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
		// a state added by an administrator takes the colour of its category (Citizen Relation Settings)
		const by_category = { open: "orange", paused: "purple", fulfilled: "green", done: "darkgrey", merged: "grey" };
		const category = (frappe.boot.citizen_relation_status_categories || {})[doc.status];
		return [__(doc.status), colours[doc.status] || by_category[category] || "grey", "status,=," + doc.status];
	},
	onload(listview) {
		if (frappe.model.can_create("Citizen Request")) {
			listview.page.add_inner_button(__("Quick entry"), () => citizen_relation.quick_entry());
		}
	},
};
