frappe.ui.form.on("Contact", {
	refresh(frm) {
		if (frm.is_new() || !frappe.model.can_create("Citizen Request")) return;
		frm.add_custom_button(
			__("Citizen Request"),
			() => citizen_relation.quick_entry({ contact: frm.doc.name }),
			__("Create")
		);
	},
});
