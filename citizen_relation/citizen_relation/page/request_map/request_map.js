// Copyright (c) 2026, citizen_relation developers
// License: AGPL-3.0-or-later. See license.txt
//
// Map of requests: the requests of a period counted per grid cell of the visible area (the
// server groups them, so the page stays light with a million requests), drawn as circles whose
// size and colour grow with the count; the requests themselves when few are visible.

frappe.pages["request-map"].on_page_load = function (wrapper) {
	const page = frappe.ui.make_app_page({
		parent: wrapper,
		title: __("Map of Requests"),
		single_column: true,
	});
	frappe.require("/assets/frappe/js/lib/leaflet/leaflet.css", () => {
		wrapper.request_map = new RequestMap(page);
	});
};

frappe.pages["request-map"].on_page_show = function (wrapper) {
	wrapper.request_map && wrapper.request_map.map.invalidateSize();
};

const HEAT = ["#fee5d9", "#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15"];

class RequestMap {
	constructor(page) {
		this.page = page;
		this.fitted = false;
		this.make_filters();
		this.make_map();
		this.refresh();
	}

	make_filters() {
		const on_change = () => this.refresh(true);
		this.filters = {
			period: this.page.add_field({
				fieldname: "period",
				label: __("Period"),
				fieldtype: "Select",
				options: [
					{ value: "Last 30 days", label: __("Last 30 days") },
					{ value: "Last 3 months", label: __("Last 3 months") },
					{ value: "Last 12 months", label: __("Last 12 months") },
					{ value: "This year", label: __("This year") },
					{ value: "Last year", label: __("Last year") },
				],
				default: "Last 3 months",
				change: on_change,
			}),
			request_type: this.page.add_field({
				fieldname: "request_type",
				label: __("Request Type"),
				fieldtype: "Link",
				options: "Request Type",
				change: on_change,
			}),
			service: this.page.add_field({
				fieldname: "service",
				label: __("Service"),
				fieldtype: "Link",
				options: "Municipal Service",
				change: on_change,
			}),
		};
		this.page.set_secondary_action(__("Refresh"), () => this.refresh(), "refresh");
	}

	make_map() {
		this.$summary = $(`<div class="text-muted small" style="margin: 8px 0"></div>`).appendTo(
			this.page.main
		);
		const $map = $(`<div class="request-map" style="height: calc(100vh - 230px); min-height: 420px;
			border-radius: var(--border-radius-md); border: 1px solid var(--border-color)"></div>`).appendTo(
			this.page.main
		);
		this.map = L.map($map[0], { preferCanvas: true }).setView([46.6, 2.4], 6);
		L.tileLayer(frappe.utils.map_defaults.tiles, frappe.utils.map_defaults.options).addTo(this.map);
		this.layer = L.layerGroup().addTo(this.map);
		this.legend = L.control({ position: "bottomright" });
		this.legend.onAdd = () => {
			this.$legend = $(`<div class="request-map-legend" style="background: var(--card-bg);
				padding: 6px 10px; border-radius: 6px; box-shadow: var(--shadow-sm)"></div>`);
			return this.$legend[0];
		};
		this.legend.addTo(this.map);
		this.map.on("moveend", frappe.utils.debounce(() => this.refresh(), 300));
	}

	values() {
		const values = {};
		for (const [key, field] of Object.entries(this.filters)) {
			const value = field.get_value();
			if (value) values[key] = value;
		}
		return values;
	}

	refresh(refit = false) {
		if (refit) this.fitted = false;
		const bounds = this.map.getBounds();
		const args = this.fitted
			? {
					south: Math.max(-90, bounds.getSouth()),
					west: Math.max(-180, bounds.getWest()),
					north: Math.min(90, bounds.getNorth()),
					east: Math.min(180, bounds.getEast()),
					zoom: this.map.getZoom(),
			  }
			: { zoom: 6 };
		frappe
			.xcall("citizen_relation.api.stats.map_cells", { filters: this.values(), ...args })
			.then((data) => this.render(data));
	}

	render(data) {
		if (!this.fitted && data.cells.length) {
			this.fitted = true;
			const bounds = L.latLngBounds(data.cells.map((c) => [c.lat, c.lon]));
			this.map.fitBounds(bounds.pad(0.1), { maxZoom: 16 });
			return; // moveend asks again at the new zoom
		}
		this.layer.clearLayers();
		const max = Math.max(1, data.max);
		for (const cell of data.cells) {
			const level = Math.min(HEAT.length - 1, Math.floor((HEAT.length * Math.log(1 + cell.count)) / Math.log(1 + max)));
			L.circleMarker([cell.lat, cell.lon], {
				radius: 6 + 18 * Math.sqrt(cell.count / max),
				color: HEAT[HEAT.length - 1],
				weight: 1,
				fillColor: HEAT[level],
				fillOpacity: 0.75,
			})
				.bindTooltip(__("{0} requests", [cell.count]))
				.addTo(this.layer);
		}
		for (const point of data.points) {
			L.circleMarker([point.lat, point.lon], { radius: 5, color: "#000091", weight: 2, fillOpacity: 0.9 })
				.bindPopup(
					`<a href="/app/citizen-request/${encodeURIComponent(point.name)}"><b>${frappe.utils.escape_html(
						point.name
					)}</b></a><br>${frappe.utils.escape_html(point.title || "")}<br>
					<span class="text-muted">${frappe.utils.escape_html(point.request_type || "")} · ${frappe.utils.escape_html(
						point.status
					)} · ${frappe.utils.escape_html(point.received_on)}</span>`
				)
				.addTo(this.layer);
		}
		this.$summary.text(
			data.total
				? __("{0} requests located in the visible area", [format_number(data.total, null, 0)])
				: __("No located request in the visible area for this period")
		);
		this.$legend.html(
			`<div class="small" style="margin-bottom: 4px">${__("Requests per area")}</div>` +
				HEAT.map((c) => `<span style="display:inline-block;width:18px;height:10px;background:${c}"></span>`).join("") +
				`<div class="small text-muted" style="display:flex;justify-content:space-between"><span>1</span><span>${max}</span></div>`
		);
	}
}
