"""Guest rate limits key on the socket peer, or on what a trusted proxy says (issue 8, finding 9)."""

from __future__ import annotations

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import random_string

from citizen_relation import ratelimit
from citizen_relation.tests.endpoints import outcome
from citizen_relation.tests.factories import make_article

ENDPOINT = "citizen_relation.api.knowledge.get_public_articles"  # 120 a minute


class TestRateLimits(FrappeTestCase):
	def setUp(self):
		make_article(audience="Public", title=f"FAQ {random_string(6)}")
		for key in frappe.cache.keys("*citizen_relation:rl:*"):
			frappe.cache.delete(key)
		self.conf = frappe.local.conf.get(ratelimit.CONFIG_KEY)

	def tearDown(self):
		frappe.local.conf[ratelimit.CONFIG_KEY] = self.conf
		for key in frappe.cache.keys("*citizen_relation:rl:*"):
			frappe.cache.delete(key)

	def calls(self, n: int, peer: str, forwarded) -> list[str]:
		return [
			outcome(ENDPOINT, "Guest", http_method="GET", ip=peer, headers={"X-Forwarded-For": forwarded(i)})[0]
			for i in range(n)
		]

	def test_rotating_forwarded_for_does_not_reset_the_limit_without_a_trusted_proxy(self):
		frappe.local.conf[ratelimit.CONFIG_KEY] = []
		results = self.calls(125, "198.51.100.20", lambda i: f"203.0.113.{i % 250}")
		self.assertEqual(results.count("ok"), 120)
		self.assertEqual(results[-1], "refused")

	def test_behind_a_trusted_proxy_each_client_has_its_own_limit(self):
		frappe.local.conf[ratelimit.CONFIG_KEY] = ["10.0.0.0/8"]
		# the proxy appends the address it saw; what the client wrote on the left is ignored
		spoofing = self.calls(125, "10.0.0.2", lambda i: f"192.0.2.{i % 250}, 203.0.113.9")
		self.assertEqual(spoofing.count("ok"), 120)
		other = self.calls(5, "10.0.0.2", lambda i: "203.0.113.10")
		self.assertEqual(other, ["ok"] * 5)

	def test_client_address_reads_the_chain_from_the_right(self):
		from frappe.utils import set_request

		frappe.local.conf[ratelimit.CONFIG_KEY] = ["127.0.0.1", "10.0.0.0/8"]
		set_request(path="/", headers={"X-Forwarded-For": "1.1.1.1, 203.0.113.5, 10.1.2.3"}, environ_base={"REMOTE_ADDR": "127.0.0.1"})
		self.assertEqual(ratelimit.client_address(), "203.0.113.5")
		set_request(path="/", headers={"X-Forwarded-For": "203.0.113.5"}, environ_base={"REMOTE_ADDR": "198.51.100.1"})
		self.assertEqual(ratelimit.client_address(), "198.51.100.1")
		set_request(path="/", headers={"X-Forwarded-For": "garbage, 10.1.2.3"}, environ_base={"REMOTE_ADDR": "127.0.0.1"})
		self.assertEqual(ratelimit.client_address(), "10.1.2.3")
