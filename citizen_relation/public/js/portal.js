/* Citizen portal: progressive enhancement only. Every page works without this file; with it,
   the report form gets a map (click or "use my position") and the known reports nearby, the
   public map shows the listed reports, and tracking links can be copied. Texts come translated
   from the page (data-i18n-* attributes). No third-party code but Leaflet as shipped with Frappe. */
(function () {
	"use strict";

	function ready(fn) {
		if (document.readyState !== "loading") fn();
		else document.addEventListener("DOMContentLoaded", fn);
	}

	function text(el, key) {
		return el.getAttribute("data-i18n-" + key) || "";
	}

	function api(method, params) {
		var query = new URLSearchParams(params || {}).toString();
		return fetch("/api/method/citizen_relation.api.portal." + method + (query ? "?" + query : ""), {
			headers: { Accept: "application/json" },
			credentials: "same-origin",
		}).then(function (r) {
			if (!r.ok) throw new Error(String(r.status));
			return r.json();
		}).then(function (data) { return data.message; });
	}

	function el(tag, attrs, children) {
		var node = document.createElement(tag);
		Object.keys(attrs || {}).forEach(function (k) {
			if (k === "text") node.textContent = attrs[k];
			else node.setAttribute(k, attrs[k]);
		});
		(children || []).forEach(function (c) { if (c) node.appendChild(c); });
		return node;
	}

	function baseMap(container, config) {
		var map = L.map(container, { scrollWheelZoom: false }).setView([config.lat, config.lon], config.zoom || 13);
		if (config.tiles) {
			L.tileLayer(config.tiles, { maxZoom: 19, attribution: config.attribution || "" }).addTo(map);
		}
		return map;
	}

	// ------------------------------------------------------------------ report form
	function reportForm(block) {
		var container = document.getElementById("carte-signalement");
		var status = document.getElementById("map-status");
		var similar = document.getElementById("similaires");
		var lat = document.getElementById("latitude");
		var lon = document.getElementById("longitude");
		var tools = block.querySelector(".cr-map-tools");
		if (!container || typeof L === "undefined") return;
		var config = JSON.parse(block.getAttribute("data-map"));
		container.hidden = false;
		tools.hidden = false;
		container.setAttribute("role", "application");
		container.setAttribute("aria-label", text(block, "map"));
		var map = baseMap(container, config);
		var marker = null;

		function place(latlng, message) {
			if (marker) marker.setLatLng(latlng);
			else marker = L.marker(latlng, { keyboard: false, alt: "", title: "" }).addTo(map);
			lat.value = latlng.lat.toFixed(6);
			lon.value = latlng.lng.toFixed(6);
			status.textContent = message || text(block, "placed");
			lookForSimilar();
		}

		function clear() {
			if (marker) { map.removeLayer(marker); marker = null; }
			lat.value = ""; lon.value = "";
			status.textContent = "";
			similar.innerHTML = "";
		}

		function lookForSimilar() {
			if (block.getAttribute("data-detects") !== "1" || !lat.value) return;
			api("similar_reports", { request_type: block.getAttribute("data-type"), latitude: lat.value, longitude: lon.value })
				.then(function (rows) {
					similar.innerHTML = "";
					if (!rows || !rows.length) {
						similar.appendChild(el("p", { text: text(block, "none") }));
						return;
					}
					var list = el("ul", { class: "cr-list" });
					rows.forEach(function (r) {
						list.appendChild(el("li", {}, [
							el("strong", { text: r.public_title }),
							el("p", { class: "cr-meta", text: [r.status, r.distance, r.received_on, r.reporters + " " + text(block, "reporters")].join(" · ") }),
							el("a", { href: "/signaler/suivre?ref=" + encodeURIComponent(r.reference), text: text(block, "follow") }),
						]));
					});
					similar.appendChild(el("div", { class: "cr-alert cr-alert--info" }, [
						el("h2", { class: "cr-alert__title", text: text(block, "similar") }),
						el("p", { text: text(block, "similar-intro") }),
						list,
					]));
				})
				.catch(function () { similar.innerHTML = ""; });
		}

		if (lat.value && lon.value) {
			var start = L.latLng(parseFloat(lat.value), parseFloat(lon.value));
			map.setView(start, 17);
			place(start);
		}
		map.on("click", function (e) { place(e.latlng); });
		tools.querySelector('[data-action="clear"]').addEventListener("click", clear);
		var locate = tools.querySelector('[data-action="locate"]');
		if (!navigator.geolocation) locate.hidden = true;
		locate.addEventListener("click", function () {
			status.textContent = text(block, "locating");
			navigator.geolocation.getCurrentPosition(function (pos) {
				var here = L.latLng(pos.coords.latitude, pos.coords.longitude);
				map.setView(here, 17);
				place(here, text(block, "located"));
			}, function () {
				status.textContent = text(block, "unlocated");
				document.getElementById("address").focus();
			}, { enableHighAccuracy: true, timeout: 10000 });
		});
	}

	// ------------------------------------------------------------------ public map
	function publicMap(block) {
		var container = document.getElementById("carte-publique");
		if (!container || typeof L === "undefined") return;
		var config = JSON.parse(block.getAttribute("data-map"));
		var only = block.getAttribute("data-type");
		container.hidden = false;
		container.setAttribute("role", "region");
		container.setAttribute("aria-label", text(block, "map"));
		var map = baseMap(container, config);
		var layer = L.layerGroup().addTo(map);
		var points = [];

		function popup(p) {
			var box = el("div", {}, [
				el("strong", { text: p.public_title }),
				el("p", { text: [p.status, p.received_on, p.reporters + " " + text(block, "reporters")].join(" · ") }),
				el("a", { href: "/signaler/suivre?ref=" + encodeURIComponent(p.reference), text: text(block, "follow") }),
			]);
			return box;
		}

		// Grid clustering in screen space: reports closer than 48 px share one numbered marker.
		function draw() {
			layer.clearLayers();
			var cells = {};
			points.forEach(function (p) {
				var px = map.project([p.lat, p.lon], map.getZoom());
				var key = Math.floor(px.x / 48) + ":" + Math.floor(px.y / 48);
				(cells[key] = cells[key] || []).push(p);
			});
			Object.keys(cells).forEach(function (key) {
				var group = cells[key];
				var latSum = 0, lonSum = 0;
				group.forEach(function (p) { latSum += p.lat; lonSum += p.lon; });
				var centre = [latSum / group.length, lonSum / group.length];
				if (group.length === 1) {
					L.marker(centre, { alt: group[0].public_title, title: group[0].public_title })
						.bindPopup(popup(group[0])).addTo(layer);
				} else {
					var size = 28 + Math.min(24, group.length);
					L.marker(centre, {
						title: group.length + " " + text(block, "reports"),
						icon: L.divIcon({ html: "<span>" + group.length + "</span>", className: "cr-cluster", iconSize: [size, size] }),
					}).on("click", function () { map.setView(centre, Math.min(map.getZoom() + 2, 19)); }).addTo(layer);
				}
			});
		}

		api("map_points").then(function (rows) {
			points = (rows || []).filter(function (p) { return !only || p.request_type === only; });
			if (points.length) {
				map.fitBounds(points.map(function (p) { return [p.lat, p.lon]; }), { maxZoom: 16, padding: [30, 30] });
			}
			draw();
			map.on("zoomend", draw);
		}).catch(function () {});
	}

	// ------------------------------------------------------------------ copy a link
	function copyButtons() {
		document.querySelectorAll("[data-copy]").forEach(function (button) {
			if (!navigator.clipboard) return;
			button.hidden = false;
			button.addEventListener("click", function () {
				var input = document.querySelector(button.getAttribute("data-copy"));
				navigator.clipboard.writeText(input.value).then(function () {
					var status = document.getElementById("copie-statut");
					if (status) status.textContent = text(button, "copied");
				});
			});
		});
	}

	ready(function () {
		var errors = document.getElementById("erreurs");
		if (errors) errors.focus();
		var block = document.querySelector(".cr-map-block");
		if (block) reportForm(block);
		var pub = document.querySelector(".cr-public-map");
		if (pub) publicMap(pub);
		copyButtons();
	});
})();
