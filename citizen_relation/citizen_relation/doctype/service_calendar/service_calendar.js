// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.ui.form.on("Service Calendar", {
	setup(frm) {
		frappe.call("citizen_relation.api.sla.get_time_zones").then((r) => {
			frm.set_df_property("time_zone", "options", r.message);
		});
	},
});
