"""A request is never lost to a failing service; its acknowledgement is retried (issue 8).

- the mail server (or anything on the way to it) fails while the acknowledgement of receipt is
  sent: the request is saved, the failure noted on it, and the scheduled job sends it later;
- Redis (cache and queue) is down while a request comes in: it is registered all the same.
"""

from __future__ import annotations

import smtplib
from unittest.mock import patch

import frappe
import redis
from frappe.tests.utils import FrappeTestCase
from frappe.utils.redis_wrapper import RedisWrapper

from citizen_relation.crpa import letters
from citizen_relation.tests.endpoints import call
from citizen_relation.tests.factories import make_agent, make_request_type, make_service
from citizen_relation.tests.test_crpa import outgoing_account

DEAD_REDIS = "redis://127.0.0.1:1"  # nothing listens there: every command fails to connect


class TestFaults(FrappeTestCase):
	def setUp(self):
		outgoing_account()
		self.agent = make_agent()
		service = make_service(members=[self.agent], address="1 place de la Mairie\n69000 Lyon", phone="04 72 10 30 30", email="accueil@mairie.test")
		self.request_type = make_request_type(
			service=service.name, category="Administrative Procedure", crpa_regime="Silence means acceptance", requires_acknowledgement=1
		).name

	def tearDown(self):
		frappe.set_user("Administrator")

	def quick_entry(self, email: str) -> str:
		out = call(
			"citizen_relation.api.requests.quick_entry",
			self.agent,
			channel="Phone",
			request_type=self.request_type,
			subject="Demande d'acte de naissance",
			reporter_name="Jeanne Martin",
			reporter_email=email,
		)
		return out["name"]

	def test_mail_server_down_during_the_acknowledgement(self):
		down = smtplib.SMTPConnectError(421, "Service not available")
		with patch.object(frappe, "sendmail", side_effect=down):
			name = self.quick_entry("jeanne.martin@example.fr")
		self.assertTrue(frappe.db.exists("Citizen Request", name))
		self.assertIsNone(frappe.db.get_value("Citizen Request", name, "acknowledged_on"))
		self.assertIn(name, letters.acknowledgements_due())
		comments = frappe.get_all("Comment", filters={"reference_name": name}, pluck="content")
		self.assertTrue(any("sent again automatically" in (c or "") for c in comments), comments)

		with patch.object(frappe, "sendmail", side_effect=down):  # still down at the first retry
			self.assertEqual(letters.retry_acknowledgements(), 0)
		self.assertEqual(letters.retry_acknowledgements(), 1)  # back up
		self.assertTrue(frappe.db.get_value("Citizen Request", name, "acknowledged_on"))
		self.assertTrue(frappe.db.exists("Email Queue", {"reference_doctype": "Citizen Request", "reference_name": name}))
		self.assertNotIn(name, letters.acknowledgements_due())

	def test_redis_down_during_intake(self):
		dead_cache = RedisWrapper.from_url(DEAD_REDIS)
		dead_queue = redis.Redis.from_url(DEAD_REDIS)
		with (
			patch.object(frappe, "cache", dead_cache),
			patch("frappe.utils.background_jobs.get_redis_conn", return_value=dead_queue),
		):
			self.assertRaises(redis.exceptions.ConnectionError, dead_cache.incrby, "probe", 1)  # really down
			name = self.quick_entry("paul.durand@example.fr")
		doc = frappe.get_doc("Citizen Request", name)
		self.assertEqual(doc.reporter_email, "paul.durand@example.fr")
		self.assertTrue(doc.contact)
		self.assertTrue(doc.tracking_token)
		# the acknowledgement was either sent or is waiting for the retry job
		self.assertTrue(doc.acknowledged_on or name in letters.acknowledgements_due())
