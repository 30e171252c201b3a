// Quick entry of a request taken by phone, at the counter or from a letter, with citizen look-up.
frappe.provide("citizen_relation");

citizen_relation.quick_entry = function (defaults = {}) {
	const dialog = new frappe.ui.Dialog({
		title: __("Quick entry of a citizen request"),
		size: "large",
		fields: [
			{
				fieldname: "channel",
				label: __("Channel"),
				fieldtype: "Select",
				reqd: 1,
				options: [
					{ value: "Phone", label: __("Phone") },
					{ value: "Counter", label: __("Counter") },
					{ value: "Postal Mail", label: __("Postal Mail") },
					{ value: "E-mail", label: __("E-mail") },
					{ value: "Social Media", label: __("Social Media") },
					{ value: "Internal", label: __("Internal") },
				],
				default: defaults.channel || "Phone",
			},
			{
				fieldname: "request_type",
				label: __("Request Type"),
				fieldtype: "Link",
				options: "Request Type",
				reqd: 1,
				get_query: () => ({ filters: { is_active: 1 } }),
			},
			{ fieldtype: "Column Break" },
			{
				fieldname: "received_on",
				label: __("Received On"),
				fieldtype: "Datetime",
				default: frappe.datetime.now_datetime(),
				description: __("For a letter: the date it arrived."),
			},
			{ fieldtype: "Section Break", label: __("Citizen") },
			{
				fieldname: "lookup",
				label: __("Find the citizen"),
				fieldtype: "Data",
				description: __("E-mail, phone number or name"),
			},
			{ fieldname: "lookup_results", fieldtype: "HTML" },
			{ fieldname: "contact", label: __("Citizen (Contact)"), fieldtype: "Link", options: "Contact", default: defaults.contact },
			{ fieldtype: "Column Break" },
			{ fieldname: "reporter_name", label: __("Reporter Name"), fieldtype: "Data" },
			{ fieldname: "reporter_email", label: __("Reporter E-mail"), fieldtype: "Data", options: "Email" },
			{ fieldname: "reporter_phone", label: __("Reporter Phone"), fieldtype: "Data", options: "Phone" },
			{ fieldtype: "Section Break", label: __("Request") },
			{ fieldname: "subject", label: __("Subject"), fieldtype: "Data", reqd: 1 },
			{ fieldname: "description", label: __("Description"), fieldtype: "Small Text" },
			{ fieldname: "address", label: __("Address"), fieldtype: "Small Text" },
		],
		primary_action_label: __("Register"),
		primary_action(values) {
			dialog.disable_primary_action();
			frappe
				.call({
					method: "citizen_relation.api.requests.quick_entry",
					args: {
						channel: values.channel,
						request_type: values.request_type,
						subject: values.subject,
						description: values.description,
						contact: values.contact,
						reporter_name: values.reporter_name,
						reporter_email: values.reporter_email,
						reporter_phone: values.reporter_phone,
						address: values.address,
						received_on: values.received_on,
					},
					freeze: true,
				})
				.then((r) => {
					dialog.hide();
					frappe.show_alert({
						message: __("Request {0} registered", [r.message.name]),
						indicator: "green",
					});
					frappe.set_route("Form", "Citizen Request", r.message.name);
				})
				.always(() => dialog.enable_primary_action());
		},
	});

	const results = dialog.get_field("lookup_results").$wrapper;
	const search = frappe.utils.debounce((query) => {
		if (!query || query.length < 2) {
			results.empty();
			return;
		}
		frappe.call("citizen_relation.api.requests.lookup_contacts", { query }).then((r) => {
			const rows = r.message || [];
			if (!rows.length) {
				results.html(`<p class="text-muted small">${__("No citizen found: fill in the fields to create one.")}</p>`);
				return;
			}
			results.html(
				`<div class="list-group">${rows
					.map(
						(c) => `<button type="button" class="list-group-item list-group-item-action small" data-name="${frappe.utils.escape_html(c.name)}">
							<strong>${frappe.utils.escape_html(c.full_name || c.name)}</strong>
							${frappe.utils.escape_html(c.email_id || "")} ${frappe.utils.escape_html(c.mobile_no || c.phone || "")}
							<span class="text-muted">· ${__("{0} request(s)", [c.requests])}</span></button>`
					)
					.join("")}</div>`
			);
			results.find("button").on("click", function () {
				const contact = rows.find((c) => c.name === $(this).attr("data-name"));
				dialog.set_values({
					contact: contact.name,
					reporter_name: contact.full_name,
					reporter_email: contact.email_id,
					reporter_phone: contact.mobile_no || contact.phone,
				});
				results.empty();
			});
		});
	}, 300);
	dialog.fields_dict.lookup.$input.on("input", (e) => search(e.target.value));
	dialog.show();
	return dialog;
};
