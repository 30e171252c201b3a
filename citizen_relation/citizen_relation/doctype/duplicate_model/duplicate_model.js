// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

// A duplicate model: its coefficients in plain words, and the administrator's "Adopt" button.
// A recalibration only proposes; adopting is an explicit act (nothing changes silently).

frappe.ui.form.on("Duplicate Model", {
	refresh(frm) {
		frm.disable_save();
		const admin = frappe.user.has_role("System Manager") || frappe.user.has_role("Citizen Relation Manager");
		if (admin && frm.doc.status !== "Active") {
			frm.add_custom_button(__("Adopt this model"), () =>
				frappe.confirm(
					__("Use this model to suggest duplicates from now on? The model in use is archived (you can adopt it again later)."),
					async () => {
						await frappe.call({
							method: "citizen_relation.api.duplicates.adopt_model",
							args: { name: frm.doc.name },
							freeze: true,
						});
						frappe.show_alert({ message: __("This model is now in use"), indicator: "green" });
						frm.reload_doc();
					}
				)
			).addClass("btn-primary");
		}
		if (admin) {
			frm.add_custom_button(__("Recalibrate now"), async () => {
				await frappe.call({ method: "citizen_relation.api.duplicates.recalibrate_model" });
				frappe.show_alert({ message: __("Recalibration started: a new proposal will appear in this list"), indicator: "blue" });
			});
		}
		citizen_relation_render_coefficients(frm);
	},
});

const CR_FEATURE_LABELS = {
	near: __("Close together (relative to the type's usual spread)"),
	far: __("Far apart"),
	unlocated: __("Place unknown"),
	same_street: __("Same street"),
	other_street: __("Other street"),
	same_object: __("Same object named"),
	other_object: __("Different objects named"),
	same_fault: __("Same fault named"),
	other_fault: __("Different faults named"),
	object_other_fault: __("Same object, another fault"),
	text: __("Similar words"),
	same_name: __("Same business or place name"),
	elapsed: __("Time apart (relative to the type's window)"),
	same_day: __("Same day"),
	reminder: __("Said to be still unrepaired"),
	same_type: __("Same request type"),
};

function citizen_relation_render_coefficients(frm) {
	const field = frm.get_field("coefficients_html");
	if (!field) return;
	let model = {};
	try {
		model = JSON.parse(frm.doc.model_json || "{}");
	} catch (e) {
		field.$wrapper.html("");
		return;
	}
	const rows = Object.entries(model.coefficients || {})
		.map(([name, value]) => {
			const colour = value > 0 ? "green" : value < 0 ? "red" : "gray";
			return `<tr><td>${frappe.utils.escape_html(CR_FEATURE_LABELS[name] || name)}</td>
				<td><span class="indicator-pill ${colour}">${value > 0 ? "+" : ""}${Number(value).toFixed(2)}</span></td></tr>`;
		})
		.join("");
	field.$wrapper.html(`
		<p class="text-muted small">${__(
			"Points each fact adds to (green) or removes from (red) the case for a duplicate. Suggested from a probability of {0} %.",
			[Math.round((model.threshold || 0) * 100)]
		)}</p>
		<table class="table table-sm table-bordered" style="max-width: 600px">${rows}</table>`);
}
