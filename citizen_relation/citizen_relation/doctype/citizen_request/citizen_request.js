// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.ui.form.on("Citizen Request", {
	setup(frm) {
		frm.set_query("request_type", () => ({ filters: { is_active: 1 } }));
		frm.set_query("service", () => ({ filters: { is_active: 1 } }));
	},

	refresh(frm) {
		frm.trigger("render_type_fields");
		if (!frm.is_new() && frm.doc.contact) {
			frm.add_custom_button(__("Citizen's requests"), () =>
				frappe.set_route("List", "Citizen Request", { contact: frm.doc.contact })
			);
		}
	},

	request_type(frm) {
		frm.trigger("render_type_fields");
	},

	// The request type's own fields, rendered as real inputs and stored in `type_values`.
	async render_type_fields(frm) {
		const wrapper = frm.get_field("type_fields_html").$wrapper;
		wrapper.empty();
		frm.set_df_property("type_values", "hidden", 1);
		if (!frm.doc.request_type) return;

		const request_type = await frappe.db.get_doc("Request Type", frm.doc.request_type);
		const definitions = request_type.fields || [];
		if (!definitions.length) {
			wrapper.html(`<p class="text-muted small">${__("This type of request has no specific fields.")}</p>`);
			return;
		}
		const current = Object.fromEntries((frm.doc.type_values || []).map((row) => [row.fieldname, row.value]));
		const read_only = !frm.perm[0]?.write || frm.doc.docstatus > 0;
		const group = new frappe.ui.FieldGroup({
			parent: wrapper,
			fields: definitions.map((d) => ({
				fieldname: d.fieldname,
				label: __(d.label),
				fieldtype: d.fieldtype,
				options: d.fieldtype === "Select" ? ["", ...(d.options || "").split("\n")].join("\n") : undefined,
				reqd: d.reqd,
				description: [d.description, d.public ? "" : __("Not shown to the citizen")]
					.filter(Boolean)
					.join(" · "),
				read_only,
				change() {
					set_type_value(frm, d, group.get_value(d.fieldname));
				},
			})),
			body: wrapper,
		});
		group.make();
		group.set_values(current);
	},
});

// Keep the `type_values` row of a field in step with its input; a value that did not change
// (e.g. when the inputs are first filled) leaves the form clean.
function set_type_value(frm, definition, value) {
	const empty = value === undefined || value === null || value === "";
	let row = (frm.doc.type_values || []).find((r) => r.fieldname === definition.fieldname);
	if ((empty && !row) || (row && !empty && String(row.value) === String(value))) return;
	if (empty && row) {
		frm.get_field("type_values").grid.grid_rows_by_docname[row.name]?.remove();
		frm.doc.type_values = frm.doc.type_values.filter((r) => r !== row);
	} else if (!empty) {
		if (!row) {
			row = frm.add_child("type_values", { fieldname: definition.fieldname, label: definition.label });
		}
		row.value = String(value);
	}
	frm.dirty();
}

{% include "citizen_relation/public/js/duplicates_panel.js" %}
