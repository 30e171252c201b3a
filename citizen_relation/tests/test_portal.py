"""The citizen portal: every page and endpoint, as a guest, as citizens A and B, by tracking link.

Pages are rendered in-process through Frappe's website (``portal_helpers.render``), posting their
forms as a browser without JavaScript would; endpoints are called as the API would call them.
"""

from __future__ import annotations

import io
from urllib.parse import unquote

import frappe
from frappe.tests.utils import FrappeTestCase
from PIL import Image

from citizen_relation.api import duplicates as duplicates_api
from citizen_relation.api import portal as api
from citizen_relation.core import portal as core_portal
from citizen_relation.portal import guard, public, submission, tracking, uploads
from citizen_relation.portal.submission import PortalFormError
from citizen_relation.tests.factories import make_agent, make_article, make_request, move
from citizen_relation.tests.portal_helpers import (
	LAT,
	LON,
	jpeg_with_gps,
	public_type,
	render,
	report_form,
	reset_limits,
	stamp_in_the_past,
	website_user,
)
from citizen_relation.utils import tracking_url

PAGES = ["/portail", "/signaler", "/carte", "/suivi", "/faq"]


def mail_text(raw: str) -> str:
	"""The text of a queued e-mail as a mail client reads it: quoted-printable lines are wrapped and
	escaped, so a long link or a code with "=" may not appear as such in the raw message."""
	import email
	import email.policy

	message = email.message_from_string(raw, policy=email.policy.default)
	return "\n".join(part.get_content() for part in message.walk() if part.get_content_maintype() == "text")


class PortalTestCase(FrappeTestCase):
	def setUp(self):
		frappe.set_user("Administrator")
		reset_limits()
		public.forget_map()
		settings = frappe.get_single("Citizen Portal Settings")
		settings.confirm_anonymous_by_email = 0
		settings.min_fill_seconds = 3
		settings.guest_submissions_per_hour = 1000
		settings.guest_submissions_per_day_per_email = 1000
		settings.max_photos = 3
		settings.max_photo_size_mb = 1
		settings.save()
		self.type = public_type()

	def tearDown(self):
		frappe.set_user("Administrator")
		reset_limits()

	def set_portal(self, **values):
		settings = frappe.get_single("Citizen Portal Settings")
		settings.update(values)
		settings.save()

	def count(self, **filters):
		return frappe.db.count("Citizen Request", {"request_type": self.type.name, **filters})

	def submit(self, **values):
		return render("/signaler", data=report_form(self.type.name, **values))


class TestPages(PortalTestCase):
	def test_every_portal_page_renders_for_a_guest_in_french_with_landmarks_and_a_skip_link(self):
		for path in PAGES + [f"/signaler?type={self.type.name}"]:
			path, _sep, query = path.partition("?")
			page = render(path, query={"type": self.type.name} if query else None)
			self.assertEqual(page.status, 200, path)
			self.assertIn('<html lang="fr">', page.html, path)
			for landmark in ("<header", "<nav", '<main id="contenu"', "<footer", 'href="#contenu"'):
				self.assertIn(landmark, page.html, f"{path}: {landmark}")

	def test_english_is_available_on_request(self):
		page = render("/portail", query={"_lang": "en"})
		self.assertIn('<html lang="en">', page.html)
		self.assertIn("Report a problem", page.html)

	def test_the_type_chooser_finds_a_type_by_the_citizens_words(self):
		page = render("/signaler", query={"q": "lampadaire"})
		self.assertIn(self.type.name, page.html)

	def test_the_report_form_shows_the_types_public_fields_only_and_its_faq_answers(self):
		rt = public_type(
			fields=[
				{"label": "Numéro du candélabre", "fieldtype": "Data", "public": 1},
				{"label": "Code interne", "fieldtype": "Data", "public": 0},
			]
		)
		article = make_article(title="Lampadaire éteint : que faire", audience="Public", request_types=[rt.name])
		page = render("/signaler", query={"type": rt.name})
		self.assertIn("Numéro du candélabre", page.html)
		self.assertNotIn("Code interne", page.html)
		self.assertIn(article.title, page.html)
		self.assertIn(f'href="/{article.route}"', page.html)

	def test_a_type_that_is_not_public_is_not_offered(self):
		hidden = public_type(is_public=0)
		page = render("/signaler", query={"type": hidden.name})
		self.assertNotIn('name="request_type"', page.html)
		self.assertNotIn(hidden.name, render("/signaler").html)

	def test_my_requests_sends_a_guest_to_the_login_page(self):
		page = render("/mes-demandes")
		self.assertEqual(page.status, 303)
		self.assertTrue(page.location.startswith("/login"))


class TestReport(PortalTestCase):
	def test_a_guest_report_is_registered_whole_and_leads_to_its_receipt(self):
		page = self.submit(tf_unknown="ignored")
		self.assertEqual(page.status, 303, page.html[:2000])
		self.assertTrue(page.location.startswith("/signaler/recu?"))
		name, token = page.query["ref"], page.query["token"]
		doc = frappe.get_doc("Citizen Request", name)
		self.assertEqual((doc.channel, doc.source, doc.request_type), ("Web Portal", "portal", self.type.name))
		self.assertEqual(doc.tracking_token, token)
		self.assertTrue(doc.contact)
		self.assertAlmostEqual(doc.latitude, LAT, places=5)
		self.assertEqual(doc.street, "rue de la République")
		receipt = render("/signaler/recu", query={"ref": name, "token": token})
		self.assertEqual(receipt.status, 200)
		self.assertIn(name, receipt.html)
		self.assertIn(f"/suivi?ref={name}&amp;token={token}", receipt.html)

	def test_every_bad_field_is_reported_next_to_it_and_nothing_is_saved(self):
		before = self.count()
		page = self.submit(description="", address="", latitude=None, longitude=None, reporter_email="not-an-address", consent=None)
		self.assertEqual(page.status, 200)
		for field in ("description", "address", "reporter_email", "consent"):
			self.assertTrue(page.field_error(field), field)
			self.assertIn(f'aria-describedby="{field}', page.html.replace("-hint ", "-hint\n").replace(f'{field}-hint {field}-error', f"{field}-error"), field)
		self.assertIn('role="alert"', page.html)
		self.assertIn("Camille Martin", page.html)  # what the citizen typed is kept
		self.assertEqual(self.count(), before)

	def test_a_map_point_without_an_address_is_enough_and_an_address_without_a_point_too(self):
		self.assertEqual(self.submit(address="").status, 303)
		self.assertEqual(self.submit(latitude=None, longitude=None).status, 303)

	def test_an_impossible_position_is_refused(self):
		page = self.submit(latitude="123", longitude="1e400")
		self.assertTrue(page.field_error("address"))

	def test_the_types_own_fields_are_checked_and_stored(self):
		rt = public_type(
			fields=[
				{"label": "Type de bac", "fieldtype": "Select", "options": "Verre\nTri", "reqd": 1},
				{"label": "Nombre", "fieldtype": "Int"},
			]
		)
		page = render("/signaler", data=report_form(rt.name, tf_nombre="beaucoup"))
		self.assertTrue(page.field_error("tf_type_de_bac"))
		self.assertTrue(page.field_error("tf_nombre"))
		page = render("/signaler", data=report_form(rt.name, tf_type_de_bac="Verre", tf_nombre="2"))
		self.assertEqual(page.status, 303)
		values = {r.fieldname: r.value for r in frappe.get_doc("Citizen Request", page.query["ref"]).type_values}
		self.assertEqual(values, {"type_de_bac": "Verre", "nombre": "2"})

	def test_bots_are_stopped_by_the_hidden_field_and_the_fill_time(self):
		before = self.count()
		self.assertIn("form-error", self.submit(website="http://spam.example").html.replace('id="erreurs"', "form-error"))
		page = self.submit(form_stamp=core_portal.form_stamp(int(frappe.utils.now_datetime().timestamp()), guard._secret()))
		self.assertEqual(page.status, 200)
		self.assertEqual(self.submit(form_stamp="123.forged").status, 200)
		self.assertEqual(self.count(), before)

	def test_the_citizens_words_are_escaped_everywhere_they_are_shown(self):
		page = self.submit(description='<script>alert("x")</script> <img src=x onerror=alert(1)>', subject="<b>gras</b>")
		name, token = page.query["ref"], page.query["token"]
		html = render("/suivi", query={"ref": name, "token": token}).html
		self.assertNotIn("<script>alert", html)
		self.assertNotIn("<img src=x", html)
		self.assertNotIn("<b>gras</b>", html)
		# and a bad form shown again escapes what was typed
		html = self.submit(reporter_name='"><script>x()</script>', consent=None).html
		self.assertNotIn("<script>x()", html)

	def test_a_logged_in_citizens_report_is_linked_to_their_account(self):
		user = website_user()
		page = render("/signaler", data=report_form(self.type.name, reporter_email="someone-else@example.fr"), user=user)
		self.assertEqual(page.status, 303, page.html[:1500])
		doc = frappe.get_doc("Citizen Request", page.query["ref"])
		self.assertEqual(doc.reporter_email, user)


class TestPhotos(PortalTestCase):
	def test_a_photo_is_stored_privately_without_its_location_and_with_a_thumbnail(self):
		data = report_form(self.type.name)
		data["photos"] = (io.BytesIO(jpeg_with_gps()), "IMG_0001.jpg")
		page = render("/signaler", data=data)
		self.assertEqual(page.status, 303, page.html[:2000])
		files = frappe.get_all(
			"File", filters={"attached_to_name": page.query["ref"]}, fields=["name", "file_name", "is_private", "thumbnail_url"]
		)
		main = [f for f in files if not f.file_name.startswith("thumb-")]
		self.assertEqual(len(main), 1)
		self.assertTrue(all(f.is_private for f in files))
		self.assertTrue(main[0].thumbnail_url)
		content = frappe.get_doc("File", main[0].name).get_content()
		with Image.open(io.BytesIO(content)) as image:
			self.assertEqual(dict(image.getexif()), {})
			self.assertNotIn("exif", image.info)
		self.assertNotIn(b"PhoneMaker", content)
		# the citizen sees it (and its thumbnail) through their link, nobody else
		doc = frappe.get_doc("Citizen Request", page.query["ref"])
		frappe.set_user("Guest")
		api.photo(doc.name, main[0].name, token=doc.tracking_token, full=1)
		self.assertEqual(frappe.local.response.filecontent, content)
		api.photo(doc.name, main[0].name, token=doc.tracking_token)
		self.assertLess(len(frappe.local.response.filecontent), len(content) + 1)
		with self.assertRaises(frappe.PermissionError):
			api.photo(doc.name, main[0].name, token="wrong")
		frappe.set_user("Administrator")
		other = make_request(self.type.name)
		frappe.set_user("Guest")
		with self.assertRaises(frappe.DoesNotExistError):
			api.photo(other.name, main[0].name, token=other.tracking_token)  # not a photo of that request

	def test_oversized_and_wrong_type_uploads_are_refused_and_nothing_is_saved(self):
		before = self.count()
		data = report_form(self.type.name)
		data["photos"] = (io.BytesIO(b"%PDF-1.4 not an image" * 10), "photo.jpg")
		self.assertTrue(render("/signaler", data=data).field_error("photos"))
		data = report_form(self.type.name)
		data["photos"] = (io.BytesIO(b"\xff\xd8" + b"0" * (1024 * 1024 + 10)), "huge.jpg")
		self.assertRegex(render("/signaler", data=data).field_error("photos"), r"\b1 M")  # 1 MB / 1 Mo
		data = report_form(self.type.name)
		data["photos"] = [(io.BytesIO(jpeg_with_gps()), f"p{i}.jpg") for i in range(4)]
		self.assertTrue(render("/signaler", data=data).field_error("photos"))
		self.assertEqual(self.count(), before)

	def test_a_decompression_bomb_is_refused(self):
		out = io.BytesIO()
		Image.new("1", (20000, 20000)).save(out, "PNG")
		with self.assertRaises(uploads.PhotoRefused):
			uploads.clean_photo(out.getvalue())


class TestSimilarReports(PortalTestCase):
	"""Issue 8, finding 4: the guest check shows public fields and coarse bands only."""

	def setUp(self):
		super().setUp()
		self.known = make_request(
			self.type.name,
			subject="M. Dupont, 14 rue Victor Hugo : lampadaire éteint",
			address="14 rue Victor Hugo, 69002 Lyon",
			latitude=LAT + 0.0003,
			longitude=LON,
			reporter_email="dupont@example.fr",
			reporter_name="Jean Dupont",
		)

	def test_a_guest_sees_the_public_face_of_a_report_nearby_and_nothing_personal(self):
		frappe.set_user("Guest")
		rows = duplicates_api.find_similar_reports(self.type.name, LAT, LON, text="lampadaire")
		self.assertEqual([r["reference"] for r in rows], [self.known.name])
		row = rows[0]
		self.assertEqual(
			set(row), {"reference", "public_title", "request_type", "street", "status", "received_on", "reporters", "distance"}
		)
		self.assertEqual(row["street"], "rue Victor Hugo")
		flat = repr(rows)
		for secret in ("Dupont", "14 rue", "dupont@example.fr", str(self.known.latitude)):
			self.assertNotIn(secret, flat)
		self.assertIn(row["distance"], {frappe._(label) for _up, label in core_portal.DISTANCE_BANDS} | {frappe._(core_portal.FAR)})

	def test_no_series_of_calls_locates_a_report_better_than_its_cell(self):
		cell = core_portal.coarse_point(self.known.latitude, self.known.longitude)
		# a second report elsewhere in the same cell gets exactly the same answers from every point
		twin = make_request(self.type.name, latitude=cell[0] - 0.0002, longitude=cell[1] + 0.0002, address="rue Victor Hugo")
		frappe.set_user("Guest")
		self.assertEqual(core_portal.coarse_point(twin.latitude, twin.longitude), cell)
		for dlat in (-0.002, -0.0011, -0.0004, 0, 0.0007, 0.0013):
			for dlon in (-0.002, -0.0009, 0, 0.0011):
				rows = {r["reference"]: r["distance"] for r in public.similar_reports(self.type.name, LAT + dlat, LON + dlon)}
				self.assertEqual(rows.get(self.known.name), rows.get(twin.name))

	def test_the_api_endpoint_answers_the_same_and_refuses_bad_input(self):
		frappe.set_user("Guest")
		self.assertEqual(api.similar_reports(self.type.name, LAT, LON)[0]["reference"], self.known.name)
		for lat, lon in (("abc", 1), (91, 0), (0, 0), (float("nan"), 1)):
			with self.assertRaises(frappe.ValidationError):
				api.similar_reports(self.type.name, lat, lon)
		hidden = public_type(is_public=0)
		with self.assertRaises(frappe.ValidationError):
			api.similar_reports(hidden.name, LAT, LON)


class TestFollow(PortalTestCase):
	def setUp(self):
		super().setUp()
		self.master = make_request(self.type.name, address="rue Victor Hugo", latitude=LAT, longitude=LON)

	def test_me_too_makes_the_citizen_a_co_reporter_of_the_master_with_their_own_link(self):
		page = render(
			"/signaler/suivre",
			query={"ref": self.master.name},
			data={"reporter_email": "voisine@example.fr", "consent": "1", "form_stamp": stamp_in_the_past(), "website": ""},
		)
		self.assertEqual(page.status, 303, page.html[:2000])
		own = frappe.get_doc("Citizen Request", page.query["ref"])
		self.assertEqual(own.merged_into, self.master.name)
		self.assertEqual(frappe.db.get_value("Citizen Request", self.master.name, "reporter_count"), 2)
		view = render("/suivi", query=page.query)
		self.assertEqual(view.status, 200)
		self.assertIn(self.master.name, view.html)

	def test_only_open_public_reports_can_be_followed(self):
		private = make_request(public_type(is_public=0, show_on_public_map=0).name, latitude=LAT, longitude=LON)
		closed = make_request(self.type.name, latitude=LAT, longitude=LON)
		move(closed, "Open", "In Progress", "Resolved")
		for name in (private.name, closed.name, "DEM-1900-000001"):
			self.assertFalse(public.can_follow(name), name)
			with self.assertRaises(PortalFormError):
				submission.follow_report(name, {"consent": "1", "form_stamp": stamp_in_the_past()})
		page = render("/signaler/suivre", query={"ref": private.name})
		self.assertNotIn('name="consent"', page.html)
		self.assertNotIn(private.public_title, page.html)

	def test_follow_needs_consent_and_passes_the_bot_traps(self):
		before = frappe.db.get_value("Citizen Request", self.master.name, "reporter_count")
		page = render("/signaler/suivre", query={"ref": self.master.name}, data={"form_stamp": stamp_in_the_past(), "website": ""})
		self.assertTrue(page.field_error("consent"))
		page = render("/signaler/suivre", query={"ref": self.master.name}, data={"consent": "1", "form_stamp": "1.x"})
		self.assertEqual(page.status, 200)
		self.assertEqual(frappe.db.get_value("Citizen Request", self.master.name, "reporter_count"), before)


class TestTracking(PortalTestCase):
	def setUp(self):
		super().setUp()
		self.user_a = website_user()
		self.user_b = website_user()
		self.request = make_request(
			self.type.name, subject="Mon lampadaire", reporter_email=self.user_a, channel="Web Portal", latitude=LAT, longitude=LON
		)

	def test_the_tracking_link_shows_the_request_and_a_wrong_token_shows_nothing(self):
		page = render("/suivi", query={"ref": self.request.name, "token": self.request.tracking_token})
		self.assertEqual(page.status, 200)
		self.assertIn("Mon lampadaire", page.html)
		for token in ("x" * 32, self.request.tracking_token[:-1], ""):
			page = render("/suivi", query={"ref": self.request.name, "token": token})
			self.assertIn(page.status, (401, 403))
			self.assertNotIn("Mon lampadaire", page.html)
		with self.assertRaises(frappe.PermissionError):
			frappe.set_user("Guest")
			api.get_request(self.request.name, "wrong")

	def test_citizen_a_sees_their_request_without_a_token_and_citizen_b_does_not(self):
		self.assertEqual(render("/suivi", query={"ref": self.request.name}, user=self.user_a).status, 200)
		page = render("/suivi", query={"ref": self.request.name}, user=self.user_b)
		self.assertEqual(page.status, 403)
		self.assertNotIn("Mon lampadaire", page.html)
		mine = render("/mes-demandes", user=self.user_a)
		self.assertIn(self.request.name, mine.html)
		self.assertNotIn(self.request.name, render("/mes-demandes", user=self.user_b).html)
		frappe.set_user(self.user_b)
		with self.assertRaises(frappe.PermissionError):
			api.get_request(self.request.name)
		frappe.set_user(self.user_a)
		self.assertEqual(api.get_request(self.request.name)["name"], self.request.name)

	def test_a_pasted_tracking_link_leads_to_the_request(self):
		page = render("/suivi", query={"lien": tracking_url(self.request.name, self.request.tracking_token)})
		self.assertEqual(page.status, 303)
		self.assertEqual(page.query["ref"], self.request.name)

	def test_only_messages_meant_for_the_citizen_are_shown(self):
		for sent, who, content in (
			("Sent", self.user_a, "Réponse au citoyen"),
			("Sent", "autre-service@mairie.test", "Note à un autre service"),
			("Received", "inconnu@example.fr", "Courriel d'un inconnu"),
		):
			frappe.get_doc(
				{
					"doctype": "Communication",
					"communication_type": "Communication",
					"communication_medium": "Email",
					"sent_or_received": sent,
					"sender": who if sent == "Received" else "agent@mairie.test",
					"recipients": who if sent == "Sent" else "mairie@mairie.test",
					"subject": "Votre demande",
					"content": content,
					"reference_doctype": "Citizen Request",
					"reference_name": self.request.name,
				}
			).insert(ignore_permissions=True)
		html = render("/suivi", query={"ref": self.request.name, "token": self.request.tracking_token}).html
		self.assertIn("Réponse au citoyen", html)
		self.assertNotIn("Note à un autre service", html)
		self.assertNotIn("Courriel d'un inconnu", html)

	def test_a_reply_adds_a_communication_and_resumes_the_clock(self):
		move(self.request, "Open", "Waiting for Citizen")
		query = {"ref": self.request.name, "token": self.request.tracking_token}
		self.assertIn('value="reply"', render("/suivi", query=query).html)
		data = {"action": "reply", "message": "Le candélabre porte le numéro 42.", "form_stamp": stamp_in_the_past(), "website": ""}
		data["photos"] = (io.BytesIO(jpeg_with_gps()), "candelabre.jpg")
		page = render("/suivi", query=query, data=data)
		self.assertEqual(page.status, 303, page.html[:2000])
		status = frappe.db.get_value("Citizen Request", self.request.name, "status")
		self.assertEqual(status, frappe.get_single("Citizen Relation Settings").resume_status)
		comm = frappe.get_all(
			"Communication",
			filters={"reference_name": self.request.name, "sent_or_received": "Received"},
			fields=["name", "content", "sender"],
		)
		self.assertEqual(len(comm), 1)
		self.assertIn("numéro 42", comm[0].content)
		self.assertEqual(comm[0].sender, self.user_a)
		self.assertTrue(frappe.db.exists("File", {"attached_to_doctype": "Communication", "attached_to_name": comm[0].name}))
		self.assertIn("numéro 42", render("/suivi", query=query).html)

	def test_no_reply_when_the_request_does_not_wait_for_the_citizen(self):
		with self.assertRaises(PortalFormError):
			tracking.add_reply(self.request.name, "Bonjour")
		self.assertFalse(frappe.db.exists("Communication", {"reference_name": self.request.name, "sent_or_received": "Received"}))

	def test_a_handled_request_is_rated_once_only(self):
		query = {"ref": self.request.name, "token": self.request.tracking_token}
		page = render("/suivi", query=query, data={"action": "rate", "rating": "4"})
		self.assertEqual(page.status, 200)  # not handled yet: refused, and said so
		self.assertIn('role="alert"', page.html)
		self.assertFalse(frappe.db.exists("Request Satisfaction", {"request": self.request.name}))
		move(self.request, "Open", "In Progress", "Resolved")
		self.assertTrue(render("/suivi", query=query, data={"action": "rate", "rating": "9"}).field_error("rating"))
		page = render("/suivi", query=query, data={"action": "rate", "rating": "4", "comment": "Rapide, merci"})
		self.assertEqual(page.status, 303, page.html[:2000])
		self.assertEqual(frappe.db.get_value("Request Satisfaction", {"request": self.request.name}, "rating"), 4)
		page = render("/suivi", query=query, data={"action": "rate", "rating": "1"})
		self.assertEqual(page.status, 200)
		self.assertEqual(frappe.db.count("Request Satisfaction", {"request": self.request.name}), 1)
		frappe.set_user("Guest")
		with self.assertRaises(frappe.ValidationError):
			api.rate_request(self.request.name, 5, token=self.request.tracking_token)

	def test_an_agent_revokes_a_tracking_link_and_the_citizen_gets_the_new_one(self):
		old = self.request.tracking_token
		agent = make_agent()
		frappe.set_user("Guest")
		with self.assertRaises(frappe.PermissionError):
			api.revoke_tracking_link(self.request.name)
		frappe.set_user(self.user_a)  # the citizen themselves cannot
		with self.assertRaises(frappe.PermissionError):
			api.revoke_tracking_link(self.request.name)
		frappe.set_user("Administrator")
		frappe.db.set_single_value("Citizen Relation Settings", "restrict_agents_to_their_services", 0)
		frappe.set_user(agent)
		result = api.revoke_tracking_link(self.request.name)
		frappe.set_user("Administrator")
		new = frappe.db.get_value("Citizen Request", self.request.name, "tracking_token")
		self.assertNotEqual(new, old)
		self.assertTrue(result["emailed"])
		self.assertIsNone(tracking.find_by_token(self.request.name, old))
		self.assertEqual(tracking.find_by_token(self.request.name, new), self.request.name)
		self.assertEqual(render("/suivi", query={"ref": self.request.name, "token": old}).status, 403)
		queued = frappe.get_all("Email Queue", filters={"reference_name": self.request.name}, fields=["name", "message"], order_by="creation desc", limit=1)
		self.assertIn(new, mail_text(queued[0].message))


class TestLimitsAndConfirmation(PortalTestCase):
	def test_guests_are_limited_per_email_and_per_ip(self):
		settings = frappe.get_single("Citizen Portal Settings")
		settings.guest_submissions_per_day_per_email = 2
		settings.guest_submissions_per_hour = 4
		settings.save()
		for _i in range(2):
			self.assertEqual(self.submit(reporter_email="meme@example.fr").status, 303)
		page = self.submit(reporter_email="meme@example.fr")  # 3rd with this address
		self.assertEqual(page.status, 200)
		self.assertIn('role="alert"', page.html)
		self.assertEqual(self.submit(reporter_email="autre@example.fr").status, 303)  # 4th from this IP
		self.assertEqual(self.submit(reporter_email="encore@example.fr").status, 200)  # 5th from this IP
		self.assertEqual(render("/signaler", data=report_form(self.type.name), ip="198.51.100.7").status, 303)

	def test_an_anonymous_report_waits_for_the_email_confirmation_when_asked(self):
		self.set_portal(confirm_anonymous_by_email=1)
		before = self.count()
		page = self.submit(reporter_email="")
		self.assertTrue(page.field_error("reporter_email"))
		page = self.submit(reporter_email="confirme@example.fr")
		self.assertEqual(page.status, 303)
		self.assertTrue(page.location.startswith("/signaler/confirmer"))
		self.assertEqual(self.count(), before)
		import re

		mail = frappe.get_all("Email Queue", fields=["message"], order_by="creation desc", limit=1)[0].message
		code = re.search(r"/signaler/confirmer\?code=([\w-]+)", mail_text(mail)).group(1)
		page = render("/signaler/confirmer", query={"code": code})
		self.assertEqual(page.status, 303)
		self.assertEqual(self.count(), before + 1)
		self.assertEqual(render("/signaler/confirmer", query={"code": code}).status, 200)  # used: not twice
		self.assertEqual(self.count(), before + 1)

	def test_a_logged_in_citizen_needs_no_confirmation(self):
		self.set_portal(confirm_anonymous_by_email=1)
		page = render("/signaler", data=report_form(self.type.name), user=website_user())
		self.assertTrue(page.location.startswith("/signaler/recu"))


class TestPublicMapAndApi(PortalTestCase):
	def test_the_map_shows_open_reports_of_opted_in_types_only_at_coarse_positions(self):
		shown = make_request(self.type.name, latitude=LAT, longitude=LON, reporter_email="x@example.fr", subject="Secret")
		hidden_type = public_type(show_on_public_map=0)
		hidden = make_request(hidden_type.name, latitude=LAT, longitude=LON)
		closed = make_request(self.type.name, latitude=LAT, longitude=LON)
		move(closed, "Open", "In Progress", "Resolved")
		public.forget_map()
		frappe.set_user("Guest")
		points = {p["reference"]: p for p in api.map_points()}
		self.assertIn(shown.name, points)
		self.assertNotIn(hidden.name, points)
		self.assertNotIn(closed.name, points)
		point = points[shown.name]
		self.assertEqual((point["lat"], point["lon"]), core_portal.coarse_point(LAT, LON))
		self.assertNotIn("Secret", repr(point))
		self.assertNotIn("x@example.fr", repr(point))
		page = render("/carte")
		self.assertIn(shown.public_title, page.html)
		self.assertIn(f"/signaler/suivre?ref={shown.name}", page.html)

	def test_intent_search_and_faq_answers_for_a_type(self):
		frappe.set_user("Guest")
		self.assertIn(self.type.name, [t["name"] for t in api.search_types("lampadaires")])
		frappe.set_user("Administrator")
		article = make_article(title="Panne d'éclairage", audience="Public", request_types=[self.type.name])
		internal = make_article(title="Procédure interne", audience="Internal", request_types=[self.type.name])
		frappe.set_user("Guest")
		names = [a["name"] for a in api.articles_for_type(self.type.name)]
		self.assertIn(article.name, names)
		self.assertNotIn(internal.name, names)

	def test_the_json_submission_returns_field_errors_and_a_receipt(self):
		frappe.set_user("Guest")
		frappe.local.form_dict = frappe._dict(report_form(self.type.name, description=""))
		with self.assertRaises(frappe.ValidationError):
			api.submit_report()
		self.assertIn("description", frappe.local.response.get("field_errors", {}))
		frappe.local.form_dict = frappe._dict(report_form(self.type.name))
		receipt = api.submit_report()
		self.assertEqual(receipt["status"], "registered")
		self.assertIn("/suivi?ref=", receipt["tracking_url"])

	def test_a_pale_brand_colour_is_refused(self):
		settings = frappe.get_single("Citizen Portal Settings")
		settings.primary_colour = "#ffcc00"
		with self.assertRaises(frappe.ValidationError):
			settings.save()


class TestLinksTheAppSends(PortalTestCase):
	"""Issue 8, finding 14: every public link the app sends resolves to a page."""

	def test_the_tracking_link_of_every_sending_resolves(self):
		doc = make_request(self.type.name, reporter_email="lien@example.fr")
		url = tracking_url(doc.name, doc.tracking_token)
		path, _sep, query = url.partition("?")
		path = "/" + path.split("://", 1)[-1].split("/", 1)[1]
		self.assertEqual(path, "/suivi")
		params = dict(p.split("=", 1) for p in query.split("&"))
		self.assertEqual(render(path, query={"ref": params["ref"], "token": unquote(params["token"])}).status, 200)

	def test_every_published_public_article_resolves_at_its_route_and_others_do_not(self):
		article = make_article(title="Horaires de la mairie", audience="Public")
		internal = make_article(title="Note interne", audience="Internal")
		draft = make_article(title="Brouillon public", audience="Public", status="Draft")
		from citizen_relation.knowledge.public import public_articles

		for row in public_articles(limit=50):
			self.assertEqual(render("/" + row["route"]).status, 200, row["route"])
		self.assertEqual(render("/" + article.route).status, 200)
		self.assertIn("Horaires de la mairie", render("/" + article.route).html)
		self.assertEqual(render("/" + internal.route).status, 404)
		self.assertEqual(render("/" + draft.route).status, 404)

	def test_a_vote_on_an_article_is_counted_without_javascript(self):
		article = make_article(title="Collecte des encombrants", audience="Public")
		page = render("/" + article.route, data={"helpful": "yes"})
		self.assertEqual(page.status, 303)
		render("/" + article.route, data={"helpful": "no"})
		counts = frappe.db.get_value("Knowledge Article", article.name, ["helpful_count", "unhelpful_count"])
		self.assertEqual(tuple(counts), (1, 1))

	def test_links_in_the_portal_pages_resolve(self):
		import re

		seen = set()
		for path in PAGES:
			for href in re.findall(r'href="(/[^"#?]*)', render(path).html):
				if href.startswith(("/assets", "/api/", "/login")) or href in seen:
					continue
				seen.add(href)
				self.assertIn(render(href).status, (200, 303), href)
		self.assertTrue({"/signaler", "/carte", "/faq", "/suivi"} <= seen)


class TestConcurrentCitizens(FrappeTestCase):
	"""Found by bench_portal.py: two citizens of the same name registered at the same instant
	computed the same Contact name and one request failed (409)."""

	def test_a_contact_name_taken_meanwhile_is_retried_with_the_next_free_name(self):
		from unittest.mock import patch

		from citizen_relation.requests.contacts import find_or_create_contact

		frappe.get_doc({"doctype": "Contact", "first_name": "Alex", "last_name": "Térieur"}).insert(ignore_permissions=True)
		taken = frappe.get_doc({"doctype": "Contact", "first_name": "Alex", "last_name": "Térieur"}).insert(ignore_permissions=True)
		calls = []

		def stale(doctype, value, *args, **kwargs):
			calls.append(value)
			return taken.name  # as a concurrent request computed it: already taken when inserted

		with patch("frappe.contacts.doctype.contact.contact.append_number_if_name_exists", stale):
			name = find_or_create_contact("Alex Térieur", "alex.terieur@example.fr", None)
		self.assertNotEqual(name, taken.name)
		self.assertTrue(name.startswith("Alex Térieur-"))
		self.assertEqual(frappe.db.get_value("Contact Email", {"parent": name}, "email_id"), "alex.terieur@example.fr")


class TestMalformedInput(PortalTestCase):
	"""Attack what we build: random and hostile values in every portal input give a translated
	refusal (a ValidationError or PermissionError), never a server error, and save nothing."""

	def test_random_forms_are_refused_cleanly(self):
		from hypothesis import HealthCheck, given, settings
		from hypothesis import strategies as st

		junk = st.one_of(
			st.none(),
			st.text(max_size=300),
			st.text(alphabet="0123456789.-e+", max_size=30),
			st.sampled_from(["nan", "inf", "-1e400", "1e308", "<script>", "' OR 1=1 --", "\x00", "😀" * 200, self.type.name]),
			st.lists(st.text(max_size=5), max_size=3),
			st.integers(),
			st.floats(allow_nan=True, allow_infinity=True),
		)
		fields = ["request_type", "description", "subject", "address", "latitude", "longitude", "reporter_email",
			"reporter_phone", "reporter_name", "consent", "form_stamp", "website", "tf_x"]
		before = self.count()
		frappe.set_user("Guest")

		@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)
		@given(st.dictionaries(st.sampled_from(fields), junk, max_size=len(fields)))
		def check(form):
			try:
				submission.check_report(form)
			except PortalFormError as error:
				self.assertTrue(error.errors)
			except frappe.ValidationError:
				pass

		try:
			check()
		finally:
			frappe.set_user("Administrator")
		self.assertEqual(self.count(), before)

	def test_hostile_values_on_the_guest_endpoints(self):
		frappe.set_user("Guest")
		hostile = [None, "", "x" * 5000, "DEM-2026-000001' OR '1'='1", ["a"], {"a": 1}, 1e308, "nan", "../../etc/passwd"]
		for value in hostile:
			for call in (
				lambda v: api.similar_reports(v, v, v),
				lambda v: api.similar_reports(self.type.name, v, 4.8),
				lambda v: api.search_types(v),
				lambda v: api.articles_for_type(v),
				lambda v: api.get_request(v, v),
				lambda v: api.rate_request(v, v, v, v),
				lambda v: api.reply(v, v, v),
				lambda v: api.photo(v, v, v),
				lambda v: tracking.resolve(v, v),
				lambda v: public.public_report(v),
			):
				try:
					call(value)
				except (frappe.ValidationError, frappe.PermissionError, frappe.DoesNotExistError):
					pass
		frappe.set_user("Administrator")
