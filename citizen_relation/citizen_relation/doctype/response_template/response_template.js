// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt

frappe.ui.form.on("Response Template", {
	refresh(frm) {
		frm.trigger("render_variables");
		frm.trigger("render_preview");
		frm.add_custom_button(__("Preview with a request"), () => {
			frappe.prompt(
				{ fieldname: "request", fieldtype: "Link", options: "Citizen Request", label: __("Citizen Request"), reqd: 1 },
				(values) => render_preview(frm, values.request),
				__("Preview with a request")
			);
		});
	},

	channel(frm) {
		frm.trigger("render_preview");
	},

	body(frm) {
		frm.kb_preview = frm.kb_preview || frappe.utils.debounce(() => render_preview(frm), 800);
		frm.kb_preview();
	},

	async render_variables(frm) {
		const { message } = await frappe.call("citizen_relation.api.knowledge.get_template_variables");
		const rows = message
			.map((v) => `<tr><td><code>{{ ${v.name} }}</code></td><td>${frappe.utils.escape_html(v.description)}</td></tr>`)
			.join("");
		frm.get_field("variables_html").$wrapper.html(`
			<p class="text-muted small">${__("Filters: date_fr, datetime_fr, time_fr, number_fr, amount_fr, phone_fr, upper, lower, default, join, nl2br, truncate.")}</p>
			<table class="table table-sm table-bordered small"><tbody>${rows}</tbody></table>`);
	},

	render_preview(frm) {
		render_preview(frm);
	},
});

async function render_preview(frm, request) {
	const $wrapper = frm.get_field("preview_html").$wrapper;
	if (!frm.doc.body) {
		$wrapper.html(`<p class="text-muted small">${__("Write the body to see a preview.")}</p>`);
		return;
	}
	const { message: out } = await frappe.call({
		method: "citizen_relation.api.knowledge.preview_template",
		args: {
			body: frm.doc.body,
			channel: frm.doc.channel,
			subject: frm.doc.subject,
			request: request || null,
			sms_max_segments: frm.doc.sms_max_segments,
		},
	});
	if (out.error) {
		$wrapper.html(`<p class="text-danger small">${__("This template cannot be rendered:")} ${out.error}</p>`);
		return;
	}
	const source = request ? __("Preview with request {0}", [request]) : __("Preview with sample data");
	const body = out.html
		? `<div class="frappe-card" style="padding: var(--padding-md)">${out.message}</div>`
		: `<pre style="white-space: pre-wrap">${frappe.utils.escape_html(out.message)}</pre>`;
	const sms = out.segments
		? `<p class="small">${__("{0} characters, {1} segment(s), {2}", [out.length, out.segments, out.encoding])}</p>`
		: "";
	const warnings = (out.warnings || [])
		.map((w) => `<p class="small text-warning">${frappe.utils.escape_html(w)}</p>`)
		.join("");
	const subject = out.subject
		? `<p><strong>${__("Subject")}:</strong> ${frappe.utils.escape_html(out.subject)}</p>`
		: "";
	$wrapper.html(`<p class="text-muted small">${source}</p>${subject}${body}${sms}${warnings}`);
}
