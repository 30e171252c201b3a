"""Helpers of the portal tests: render a www page in-process as a browser would ask for it, and
build what the portal needs (public types with detection and map, photos, citizens)."""

from __future__ import annotations

import io
import re
from urllib.parse import parse_qs, urlencode, urlparse

import frappe
from frappe.utils import random_string

from citizen_relation.portal import guard
from citizen_relation.tests.factories import make_request_type, make_service

LAT, LON = 45.764043, 4.835659  # Lyon, place Bellecour


class Page:
	def __init__(self, response):
		self.status = response.status_code
		self.html = frappe.safe_decode(response.get_data())
		self.location = response.headers.get("Location")

	@property
	def query(self) -> dict:
		return {k: v[0] for k, v in parse_qs(urlparse(self.location or "").query).items()}

	def field_error(self, field: str) -> str | None:
		match = re.search(rf'id="{re.escape(field)}-error">(.*?)</p>', self.html, re.DOTALL)
		return re.sub(r"<[^>]+>", "", match.group(1)).strip() if match else None


def render(path: str, query: dict | None = None, data: dict | None = None, user: str = "Guest", ip: str = "192.0.2.10") -> Page:
	"""GET (or POST ``data``, multipart when it holds files) ``path`` through Frappe's website."""
	from frappe.app import make_form_dict
	from frappe.auth import CookieManager
	from frappe.utils import set_request
	from frappe.website.serve import get_response

	frappe.set_user(user)
	kwargs = {"method": "POST" if data is not None else "GET", "path": path}
	if query:
		kwargs["query_string"] = urlencode(query)
	if data is not None:
		kwargs["data"] = data
	set_request(**kwargs)
	frappe.local.request_ip = ip
	frappe.local.cookie_manager = CookieManager()
	frappe.local.response = frappe._dict()
	frappe.flags.redirect_location = None
	frappe.local.path = path.strip("/")
	make_form_dict(frappe.local.request)
	frappe.local.lang = "fr"
	try:
		return Page(get_response())
	finally:
		frappe.local.request = None
		frappe.set_user("Administrator")


def stamp_in_the_past(seconds: int = 60) -> str:
	import time

	from citizen_relation.core.portal import form_stamp

	return form_stamp(int(time.time()) - seconds, guard._secret())


def public_type(**values):
	"""An active public technical-problem type with duplicate detection and the public map on."""
	values.setdefault("is_public", 1)
	values.setdefault("duplicate_detection", 1)
	values.setdefault("duplicate_radius_m", 150)
	values.setdefault("duplicate_window_days", 30)
	values.setdefault("show_on_public_map", 1)
	values.setdefault("keywords", "lampadaire, réverbère")
	return make_request_type(service=make_service().name, **values)


def report_form(request_type: str, **values) -> dict:
	form = {
		"request_type": request_type,
		"description": "Le lampadaire devant l'école est éteint depuis trois jours.",
		"address": "12 rue de la République, 69002 Lyon",
		"latitude": str(LAT),
		"longitude": str(LON),
		"reporter_name": "Camille Martin",
		"reporter_email": f"camille-{random_string(6).lower()}@example.fr",
		"consent": "1",
		"form_stamp": stamp_in_the_past(),
		"website": "",
	}
	form.update(values)
	return {k: v for k, v in form.items() if v is not None}


def jpeg_with_gps(size=(64, 48), colour=(200, 30, 30)) -> bytes:
	"""A JPEG carrying an EXIF block with a GPS position (as phones write it)."""
	from PIL import Image

	image = Image.new("RGB", size, colour)
	exif = Image.Exif()
	exif[0x010F] = "PhoneMaker"  # Make
	gps = exif.get_ifd(0x8825)
	gps[1] = "N"
	gps[2] = (45.0, 45.0, 50.0)
	gps[3] = "E"
	gps[4] = (4.0, 50.0, 8.0)
	out = io.BytesIO()
	image.save(out, "JPEG", exif=exif)
	return out.getvalue()


def website_user(email: str | None = None) -> str:
	email = email or f"citoyen-{random_string(8).lower()}@example.fr"
	if not frappe.db.exists("User", email):
		frappe.local.conf.throttle_user_limit = 100_000
		frappe.get_doc(
			{"doctype": "User", "email": email, "first_name": email.split("@")[0], "user_type": "Website User", "send_welcome_email": 0}
		).insert(ignore_permissions=True)
	return email


def reset_limits():
	guard.reset_counters()
	frappe.cache.delete_keys("rl:")
