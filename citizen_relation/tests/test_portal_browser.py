"""The portal in a real browser: headless Chromium against the site served by this test.

* the main path: choose a type, describe, click on the map, send → receipt → tracking page;
* axe-core (vendored in ``tests/data/axe.min.js``, so it runs offline) on every portal page,
  desktop (1280 px) and phone (375 px): no serious or critical violation (RGAA 4 AA checks
  that a machine can make: labels, contrast, landmarks, names, ARIA);
* the keyboard path of the report form, and errors announced.

The site is served by Werkzeug in a thread of this process (Frappe's WSGI application, a free
port); the data the pages show is committed, then deleted at the end. Skipped, saying why, when
Playwright or Chromium is missing. With ``CITIZEN_RELATION_SCREENSHOTS=<folder>`` set, every page
is also saved there as ``portal_<page>_<desktop|phone>.png`` (the README's screenshots).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import unittest
from pathlib import Path

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import random_string

from citizen_relation.tests.factories import make_article, make_request, move
from citizen_relation.tests.portal_helpers import LAT, LON, public_type, reset_limits

CHROMIUM = os.environ.get("CITIZEN_RELATION_CHROMIUM", "/usr/bin/chromium")
AXE = Path(__file__).parent / "data" / "axe.min.js"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}
BLOCKING = ("serious", "critical")
# The elements that stick out of the viewport (what makes a page scroll sideways), for the report.
WIDEST = """(limit) => [...document.querySelectorAll("body *")]
	.filter(e => e.getBoundingClientRect().right > limit + 1 && !e.closest(".leaflet-container"))
	.slice(0, 8).map(e => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right))"""
CHROMIUM_ARGS = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
]


def _why_not() -> str | None:
	try:
		import playwright.sync_api  # noqa: F401
	except ImportError:
		return "the Python package playwright is not installed (pip install playwright; no browser download needed)"
	if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
		return f"Chromium is not installed at {CHROMIUM} (set CITIZEN_RELATION_CHROMIUM)"
	if not AXE.exists():
		return f"{AXE} is missing"
	return None


def _free_port() -> int:
	with socket.socket() as s:
		s.bind(("127.0.0.1", 0))
		return s.getsockname()[1]


class PortalServer:
	"""Frappe's WSGI application served by Werkzeug in a daemon thread of this process, with the
	static files as ``bench serve`` serves them (this app's own from its checkout, so that the
	test needs no ``bench build``)."""

	def __init__(self, site: str, sites_path: str):
		import frappe.app
		from werkzeug.middleware.shared_data import SharedDataMiddleware
		from werkzeug.serving import WSGIRequestHandler, make_server

		class QuietHandler(WSGIRequestHandler):
			def log_request(self, *args, **kwargs):  # the test output stays readable
				pass

		frappe.app._site = site
		frappe.app._sites_path = sites_path
		app = SharedDataMiddleware(
			frappe.app.application,
			{
				"/assets/citizen_relation": frappe.get_app_path("citizen_relation", "public"),
				"/assets": os.path.join(sites_path, "assets"),
			},
		)
		self.port = _free_port()
		self.server = make_server("127.0.0.1", self.port, app, threaded=True, request_handler=QuietHandler)
		self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
		self.thread.start()
		self.url = f"http://127.0.0.1:{self.port}"

	def stop(self):
		import frappe.app

		self.server.shutdown()
		frappe.app._site = None
		frappe.app._sites_path = os.environ.get("SITES_PATH", ".")


@unittest.skipIf(_why_not(), f"browser tests skipped: {_why_not()}")
class TestPortalInBrowser(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		from playwright.sync_api import sync_playwright

		frappe.set_user("Administrator")
		reset_limits()
		cls.created = []
		cls.make_data()
		frappe.db.commit()
		cls.server = PortalServer(frappe.local.site, frappe.local.sites_path)
		cls.playwright = sync_playwright().start()
		cls.browser = cls.playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
		cls.shots = os.environ.get("CITIZEN_RELATION_SCREENSHOTS")

	@classmethod
	def tearDownClass(cls):
		try:
			cls.browser.close()
			cls.playwright.stop()
			cls.server.stop()
		finally:
			cls.delete_data()
			super().tearDownClass()

	# ------------------------------------------------------------------ data the pages show
	@classmethod
	def make_data(cls):
		settings = frappe.get_single("Citizen Portal Settings")
		cls.saved_settings = {k: settings.get(k) for k in ("map_latitude", "map_longitude", "map_zoom", "min_fill_seconds")}
		settings.update({"map_latitude": LAT, "map_longitude": LON, "map_zoom": 16, "min_fill_seconds": 2})
		settings.save()
		cls.type = public_type(type_name=f"Lampadaire éteint (test {random_string(4)})", description="Lampadaire éteint ou qui clignote.")
		cls.created.append(("Municipal Service", cls.type.service))
		cls.created.append(("Request Type", cls.type.name))
		cls.article = make_article(
			title=f"Que faire quand un lampadaire est éteint ? {random_string(4)}",
			audience="Public",
			body="<p>Relevez le numéro inscrit sur le mât et signalez-le.</p>",
			request_types=[cls.type.name],
		)
		cls.created.append(("Knowledge Article", cls.article.name))
		cls.known = cls.request(address="8 rue de la Charité, 69002 Lyon", latitude=LAT + 0.0004, longitude=LON + 0.0003)
		for i in range(4):
			cls.request(address="quai Saint-Antoine, 69002 Lyon", latitude=LAT + 0.003 + i * 0.0004, longitude=LON - 0.002)
		cls.waiting = cls.request(address="rue Victor Hugo, 69002 Lyon", reporter_email="attente@example.fr")
		move(cls.waiting, "Open", "Waiting for Citizen")
		cls.resolved = cls.request(address="rue Sala, 69002 Lyon", reporter_email="resolue@example.fr")
		move(cls.resolved, "Open", "In Progress", "Resolved", summary="Ampoule remplacée le jour même.")
		cls.citizen = f"citoyen-{random_string(6).lower()}@example.fr"
		user = frappe.get_doc(
			{"doctype": "User", "email": cls.citizen, "first_name": "Camille", "last_name": "Martin", "user_type": "Website User", "send_welcome_email": 0}
		).insert(ignore_permissions=True)
		from frappe.utils.password import update_password

		update_password(user.name, "Portail-2026!")
		cls.created.append(("User", user.name))
		cls.mine = cls.request(address="place Bellecour, 69002 Lyon", reporter_email=cls.citizen)

	@classmethod
	def request(cls, **values):
		values.setdefault("latitude", LAT)
		values.setdefault("longitude", LON)
		values.setdefault("channel", "Web Portal")
		doc = make_request(cls.type.name, **values)
		cls.created.append(("Citizen Request", doc.name))
		return doc

	@classmethod
	def delete_data(cls):
		frappe.set_user("Administrator")
		names = [n for d, n in cls.created if d == "Citizen Request"]
		names += frappe.get_all("Citizen Request", filters={"request_type": cls.type.name}, pluck="name")
		for name in set(names):
			for comm in frappe.get_all("Communication", filters={"reference_name": name}, pluck="name"):
				frappe.delete_doc("Communication", comm, force=True, ignore_permissions=True)
			frappe.db.delete("Request Satisfaction", {"request": name})
			for file in frappe.get_all("File", filters={"attached_to_name": name}, pluck="name"):
				frappe.delete_doc("File", file, force=True, ignore_permissions=True)
		# merged reports first, then their masters
		for name in sorted(set(names), key=lambda n: not frappe.db.get_value("Citizen Request", n, "merged_into")):
			if frappe.db.exists("Citizen Request", name):
				frappe.db.delete("Comment", {"reference_name": name})
				frappe.delete_doc("Citizen Request", name, force=True, ignore_permissions=True)
		for doctype, name in reversed(cls.created):
			if doctype != "Citizen Request" and frappe.db.exists(doctype, name):
				frappe.delete_doc(doctype, name, force=True, ignore_permissions=True)
		settings = frappe.get_single("Citizen Portal Settings")
		settings.update(cls.saved_settings)
		settings.save()
		frappe.db.commit()

	# ------------------------------------------------------------------ browser helpers
	def open(self, viewport="desktop"):
		context = self.browser.new_context(viewport=VIEWPORTS[viewport], locale="fr-FR")
		# offline: only the site under test is reachable (map tiles and anything else are refused)
		context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(self.server.url) else route.abort())
		return context, context.new_page()

	def axe(self, page) -> list[dict]:
		page.add_script_tag(path=str(AXE))
		result = page.evaluate(
			"""async () => {
				const r = await axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}});
				return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(" ")).slice(0, 5)}));
			}"""
		)
		return [v for v in result if v["impact"] in BLOCKING]

	def shot(self, page, name, viewport):
		if self.shots:
			Path(self.shots).mkdir(parents=True, exist_ok=True)
			page.screenshot(path=str(Path(self.shots) / f"portal_{name}_{viewport}.png"), full_page=True)

	def tracking(self, doc):
		token = frappe.db.get_value("Citizen Request", doc.name, "tracking_token")
		return f"/suivi?ref={doc.name}&token={token}"

	def pages(self):
		"""(name, path or callable preparing the page) of every portal page to check."""
		return [
			("home", "/portail"),
			("report_types", "/signaler?q=lampadaire"),
			("report_form", f"/signaler?type={self.type.name}"),
			("report_errors", self.show_errors),
			("receipt", lambda page: page.goto(self.server.url + self.tracking(self.known).replace("/suivi", "/signaler/recu"))),
			("follow", f"/signaler/suivre?ref={self.known.name}"),
			("confirm", "/signaler/confirmer?envoye=1"),
			("track_lookup", "/suivi"),
			("track_waiting", lambda page: page.goto(self.server.url + self.tracking(self.waiting))),
			("track_resolved", lambda page: page.goto(self.server.url + self.tracking(self.resolved))),
			("map", "/carte"),
			("faq", "/faq"),
			("faq_article", f"/{self.article.route}"),
			("my_requests", self.my_requests),
			("transparency", "/transparence"),
			("survey_link_unknown", "/barometre?t=unknown"),
		]

	def show_errors(self, page):
		page.goto(f"{self.server.url}/signaler?type={self.type.name}")
		page.click("button[type=submit]")
		page.wait_for_selector("#erreurs")

	def my_requests(self, page):
		page.goto(f"{self.server.url}/login?redirect-to=/mes-demandes")
		page.fill("#login_email", self.citizen)
		page.fill("#login_password", "Portail-2026!")
		page.click(".btn-login")
		page.wait_for_url("**/mes-demandes", timeout=15000)

	# ------------------------------------------------------------------ tests
	def test_every_portal_page_has_no_serious_or_critical_axe_violation_on_desktop_and_phone(self):
		failures = {}
		for viewport in VIEWPORTS:
			for name, target in self.pages():
				context, page = self.open(viewport)
				try:
					if callable(target):
						target(page)
					else:
						page.goto(self.server.url + target)
					page.wait_for_load_state("load")
					if name == "map":
						page.wait_for_selector(".leaflet-marker-icon", timeout=10000)
					width = page.evaluate("document.documentElement.scrollWidth")
					if width > VIEWPORTS[viewport]["width"] + 1:
						failures[f"{name} ({viewport}) scrolls sideways"] = page.evaluate(WIDEST, VIEWPORTS[viewport]["width"])
					violations = self.axe(page)
					if violations:
						failures[f"{name} ({viewport})"] = violations
					self.shot(page, name, viewport)
				finally:
					context.close()
		self.assertEqual(failures, {}, "axe-core found serious or critical violations")

	def test_main_path_report_with_a_map_click_then_receipt_then_tracking_page(self):
		context, page = self.open("desktop")
		try:
			page.goto(f"{self.server.url}/signaler")
			page.fill("#q", "lampadaire")
			page.click("form[role=search] button[type=submit]")
			page.click(f"text={self.type.name}")
			self.assertIn("/signaler?type=", page.url)
			page.fill("#description", "Le lampadaire au coin de la place ne s'allume plus.")
			page.wait_for_selector("#carte-signalement:not([hidden])")
			box = page.locator("#carte-signalement").bounding_box()
			page.click("#carte-signalement", position={"x": box["width"] / 2, "y": box["height"] / 2})  # the map's centre
			self.assertTrue(page.input_value("#latitude"))
			page.wait_for_selector("#similaires a[href*='/signaler/suivre']", timeout=10000)  # already reported nearby
			page.fill("#reporter_email", "parcours@example.fr")
			page.check("#consent")
			page.wait_for_timeout(2100)  # a person takes time to fill a form (the bot trap)
			page.click("#formulaire-signalement button[type=submit]")
			page.wait_for_url("**/signaler/recu?**")
			reference = page.text_content(".cr-alert--success strong")
			self.assertTrue(reference.startswith("DEM-"))
			self.shot(page, "main_path_receipt", "desktop")
			page.click(".cr-actions a[href^='/suivi?ref=']")
			page.wait_for_url("**/suivi?**")
			self.assertIn(reference, page.text_content("h1"))
			frappe.db.rollback()  # see what the server committed
			doc = frappe.get_doc("Citizen Request", reference)
			self.assertEqual((doc.channel, doc.source, doc.reporter_email), ("Web Portal", "portal", "parcours@example.fr"))
			self.assertTrue(doc.latitude and doc.longitude)
			self.assertIsNone(doc.address)
		finally:
			context.close()

	def test_the_report_form_is_usable_with_the_keyboard_and_announces_its_errors(self):
		context, page = self.open("phone")
		try:
			page.goto(f"{self.server.url}/signaler?type={self.type.name}")
			page.keyboard.press("Tab")
			self.assertEqual(page.evaluate("document.activeElement.getAttribute('href')"), "#contenu")
			page.keyboard.press("Enter")
			order = []
			for _i in range(40):
				page.keyboard.press("Tab")
				order.append(page.evaluate("document.activeElement.id || document.activeElement.name || document.activeElement.textContent.trim()"))
			for field in ("subject", "description", "address", "photos", "reporter_email", "consent"):
				self.assertIn(field, order)
			self.assertLess(order.index("description"), order.index("address"))
			outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
			self.assertNotEqual(outline, "none", "the focused control shows no focus")
			page.click("#formulaire-signalement button[type=submit]")
			page.wait_for_selector("#erreurs[role=alert]")
			self.assertEqual(page.evaluate("document.activeElement.id"), "erreurs")
			self.assertEqual(page.get_attribute("#description", "aria-invalid"), "true")
			self.assertIn("description-error", page.get_attribute("#description", "aria-describedby"))
		finally:
			context.close()
