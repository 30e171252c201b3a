"""Duplicate reports in the desk: candidates, merge, unmerge, chains, notifications, permissions,
concurrency and the portal's public check."""

import threading
from unittest.mock import patch

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, now_datetime

from citizen_relation.duplicates import candidates, merging, notifications
from citizen_relation.requests.lifecycle import get_lifecycle
from citizen_relation.api import duplicates as api
from citizen_relation.core.duplicates import MATCH_TEXT_VERSION
from citizen_relation.tests.factories import (
	BELLECOUR,
	changed_settings,
	make_agent,
	make_outgoing_email_account,
	make_duplicate_type,
	make_report,
	make_request,
	make_service,
)

DOCTYPE = "Citizen Request"


def fresh(name):
	return frappe.get_doc(DOCTYPE, name)


class DuplicatesTestCase(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_outgoing_email_account()

	def setUp(self):
		self.service = make_service()
		self.type = make_duplicate_type(service=self.service.name)
		frappe.flags.mute_emails = True
		# every test's reports stand at Bellecour under types of its own: with every type compared,
		# the earlier tests' lamp posts would be candidates too (the tests that need it turn it on)
		self.enterContext(changed_settings(duplicate_other_types=0))

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.local.flags.pop("citizen_relation_services_of_user", None)


class TestCandidates(DuplicatesTestCase):
	def test_a_request_stores_its_normalised_text_with_the_core_version(self):
		doc = make_report(self.type.name, subject="Réverbère HS", description="<p>ne marche plus</p>")
		self.assertTrue(doc.match_text.startswith(f"{MATCH_TEXT_VERSION}:"))
		self.assertIn("lampadaire", doc.match_text)

	def test_a_nearby_open_report_of_the_same_incident_is_a_candidate_explained_by_component(self):
		first = make_report(self.type.name, subject="Lampadaire éteint devant l'école")
		new = make_report(self.type.name, (40, 0), subject="Le réverbère ne fonctionne plus")
		found = candidates.find_candidates(new)
		self.assertEqual([c["name"] for c in found], [first.name])
		c = found[0]
		self.assertGreaterEqual(c["score"], c["threshold"])
		self.assertAlmostEqual(c["distance_m"], 40, delta=2)
		self.assertEqual(
			{comp["name"] for comp in c["components"]},
			{"distance", "street", "object", "fault", "text", "time", "type"},
		)
		self.assertEqual(c["request_type"], self.type.name)

	def test_far_closed_merged_other_type_or_old_reports_are_not_candidates(self):
		make_report(self.type.name, (400, 0))  # beyond the 150 m radius
		closed = make_report(self.type.name)
		frappe.db.set_value(DOCTYPE, closed.name, "status", "Closed")
		other_type = make_report(make_duplicate_type(service=make_service().name).name)  # another service, no family
		make_report(self.type.name, received_on=add_days(now_datetime(), -45))  # beyond 30 days
		master, merged = make_report(self.type.name), make_report(self.type.name)
		merging.merge(merged.name, master.name)
		new = make_report(self.type.name, (10, 10))
		self.assertEqual([c["name"] for c in candidates.find_candidates(new)], [master.name])
		# comparing every type: the other type's report names the same object and fault
		with changed_settings(duplicate_other_types=1):
			found = [c["name"] for c in candidates.find_candidates(new)]
		self.assertIn(other_type.name, found)
		self.assertIn(master.name, found)

	def test_a_report_saying_still_unrepaired_finds_an_open_request_older_than_the_window(self):
		"""The type's window is 30 days; "toujours pas réparé" looks back three windows."""
		old = make_report(self.type.name, subject="Lampadaire éteint", received_on=add_days(now_datetime(), -50))
		plain = make_report(self.type.name, (10, 0), subject="Lampadaire éteint")
		self.assertNotIn(old.name, [c["name"] for c in candidates.find_candidates(plain, threshold=0)])
		again = make_report(
			self.type.name, (10, 0), subject="Lampadaire toujours pas réparé", description="Déjà signalé, toujours en panne."
		)
		found = {c["name"]: c for c in candidates.find_candidates(again, threshold=0)}
		self.assertIn(old.name, found)
		time = next(comp for comp in found[old.name]["components"] if comp["name"] == "time")
		self.assertTrue(time["detail"]["reminder"])

	def test_a_report_saying_how_long_its_fault_has_lasted_finds_an_open_request_that_old(self):
		"""The type's window is 30 days; "ça fait deux mois" looks back about three months."""
		old = make_report(self.type.name, subject="Lampadaire éteint", received_on=add_days(now_datetime(), -62))
		week = make_report(self.type.name, (10, 0), subject="Lampadaire éteint depuis une semaine")
		self.assertNotIn(old.name, [c["name"] for c in candidates.find_candidates(week, threshold=0)])
		lasting = make_report(self.type.name, (10, 0), subject="Lampadaire éteint", description="Ça fait deux mois que la rue est noire.")
		found = {c["name"]: c for c in candidates.find_candidates(lasting, threshold=0)}
		self.assertIn(old.name, found)
		time = next(comp for comp in found[old.name]["components"] if comp["name"] == "time")
		self.assertTrue(time["detail"]["reminder"])
		self.assertEqual(time["detail"]["lasting_days"], 60)

	def test_detection_can_be_switched_off_per_request_type(self):
		make_report(self.type.name)
		frappe.db.set_value("Request Type", self.type.name, "duplicate_detection", 0)
		frappe.clear_document_cache("Request Type", self.type.name)
		self.assertEqual(candidates.find_candidates(make_report(self.type.name, (5, 5))), [])

	def test_reports_without_coordinates_match_by_address(self):
		first = make_report(self.type.name, latitude=0, longitude=0, address="12 rue de la République, 69002 Lyon")
		new = make_report(self.type.name, subject="Lampadaire en panne", address="12, r. de la Republique")
		found = candidates.find_candidates(new)
		self.assertEqual([c["name"] for c in found], [first.name])
		distance = found[0]["components"][0]
		self.assertEqual((distance["name"], distance["detail"]["source"]), ("distance", "house numbers"))
		self.assertEqual(found[0]["components"][1]["raw"], 100.0)  # same street

	def test_the_candidate_query_uses_the_duplicate_index(self):
		from frappe.query_builder import DocType

		cr = DocType(DOCTYPE)
		query = (
			frappe.qb.from_(cr)
			.select(cr.name)
			.where(cr.request_type.isin([self.type.name, "Other"]))
			.where(cr.status.isin(get_lifecycle().candidate_statuses))
			.where(cr.geo_latitude.between(45.75, 45.76))
			.where(cr.geo_longitude.between(4.83, 4.84))
		)
		plan = frappe.db.sql("explain " + query.get_sql(), as_dict=True)
		self.assertIn("geo_latitude", " ".join(str(row.get("possible_keys")) for row in plan))
		by_street = (
			frappe.qb.from_(cr)
			.select(cr.name)
			.where(cr.request_type.isin([self.type.name, "Other"]))
			.where(cr.status.isin(get_lifecycle().candidate_statuses))
			.where(cr.geo_street_key == "rue rep")
		)
		plan = frappe.db.sql("explain " + by_street.get_sql(), as_dict=True)
		self.assertIn("geo_street_key", " ".join(str(row.get("possible_keys")) for row in plan))

	def test_the_desk_panel_lists_candidates_and_what_was_merged_here(self):
		first = make_report(self.type.name)
		new = make_report(self.type.name, (20, 0))
		panel = api.get_duplicate_candidates(new.name)
		self.assertEqual([c["name"] for c in panel["candidates"]], [first.name])
		self.assertTrue(panel["can_merge"])
		merging.merge(new.name, first.name)
		panel = api.get_duplicate_candidates(first.name)
		self.assertEqual([r["request"] for r in panel["merged_here"]], [new.name])
		self.assertEqual(api.get_duplicate_candidates(new.name)["merged_into"], first.name)

	def test_the_desk_panel_hides_candidates_the_agent_cannot_read(self):
		agent = make_agent()
		mine = make_duplicate_type(service=make_service(members=[agent]).name)
		other_service_type = self.type
		make_report(other_service_type.name)
		new = make_report(mine.name)
		# same type needed for a candidate: move the agent's request into the other type's service
		frappe.db.set_value(DOCTYPE, new.name, {"request_type": other_service_type.name, "service": mine.service})
		frappe.set_user(agent)
		frappe.local.flags.pop("citizen_relation_services_of_user", None)
		self.assertEqual(api.get_duplicate_candidates(new.name)["candidates"], [])


class TestTriageReport(DuplicatesTestCase):
	def test_the_triage_report_lists_new_requests_with_candidates_above_the_threshold(self):
		from citizen_relation.citizen_relation.report.possible_duplicates.possible_duplicates import execute

		first = make_report(self.type.name)
		new = make_report(self.type.name, (25, 0))
		alone = make_report(self.type.name, (2000, 0))
		columns, rows = execute({"request_type": self.type.name})
		by_request = {r["request"]: r for r in rows}
		self.assertEqual(by_request[new.name]["best_candidate"], first.name)
		self.assertNotIn(alone.name, by_request)
		self.assertIn("best_score", {c["fieldname"] for c in columns})


class TestMerge(DuplicatesTestCase):
	def test_merging_marks_the_request_merged_and_lists_its_reporter_on_the_master(self):
		master = make_report(self.type.name, reporter_name="Alice Martin", channel="Web Portal")
		dup = make_report(self.type.name, (30, 0), reporter_name="Bruno Petit", channel="Phone")
		self.assertEqual(api.merge_requests(dup.name, master.name)["reporter_count"], 2)
		dup, master = fresh(dup.name), fresh(master.name)
		self.assertEqual((dup.status, dup.merged_into), ("Merged", master.name))
		row = master.co_reporters[0]
		self.assertEqual(
			(row.request, row.reporter_name, row.channel, row.received_on),
			(dup.name, "Bruno Petit", "Phone", dup.received_on),
		)
		self.assertIsNotNone(row.merged_on)
		self.assertEqual(master.reporter_count, 2)

	def test_unmerge_restores_the_request_exactly_as_it_was(self):
		master = make_report(self.type.name)
		dup = make_report(self.type.name, (30, 0))
		frappe.db.set_value(DOCTYPE, dup.name, {"status": "In Progress", "priority": "High"})
		before = fresh(dup.name).as_dict()
		merging.merge(dup.name, master.name)
		api.unmerge_request(dup.name)
		after, master = fresh(dup.name).as_dict(), fresh(master.name)
		for field in ("status", "priority", "merged_into", "reporter_count", "co_reporters", "merge_snapshot"):
			self.assertEqual(after[field], before[field], field)
		self.assertEqual((master.reporter_count, master.co_reporters), (1, []))

	def test_merge_chains_are_flattened_and_unmerge_gives_the_chain_back(self):
		a, b, m = make_report(self.type.name), make_report(self.type.name), make_report(self.type.name)
		merging.merge(b.name, a.name)
		merging.merge(a.name, m.name)
		master = fresh(m.name)
		self.assertEqual(sorted(r.request for r in master.co_reporters), sorted([a.name, b.name]))
		self.assertEqual(master.reporter_count, 3)
		self.assertEqual(fresh(b.name).merged_into, m.name)
		self.assertEqual((fresh(a.name).reporter_count, fresh(a.name).co_reporters), (1, []))
		# merging into a merged request merges into its master
		c = make_report(self.type.name)
		self.assertEqual(merging.merge(c.name, b.name), m.name)
		self.assertEqual(fresh(m.name).reporter_count, 4)

		merging.unmerge(a.name)
		a = fresh(a.name)
		self.assertEqual(([r.request for r in a.co_reporters], a.reporter_count), ([b.name], 2))
		self.assertEqual(fresh(b.name).merged_into, a.name)
		self.assertEqual([r.request for r in fresh(m.name).co_reporters], [c.name])

	def test_merging_into_itself_or_twice_is_refused(self):
		a, b, m = make_report(self.type.name), make_report(self.type.name), make_report(self.type.name)
		self.assertRaises(frappe.ValidationError, merging.merge, a.name, a.name)
		merging.merge(a.name, m.name)
		self.assertRaises(frappe.ValidationError, merging.merge, a.name, b.name)
		self.assertRaises(frappe.ValidationError, merging.merge, m.name, a.name)  # a's master is m
		self.assertRaises(frappe.ValidationError, merging.unmerge, b.name)

	def test_the_merged_state_cannot_be_reached_through_the_workflow(self):
		doc = make_report(self.type.name)
		doc.status = "Merged"
		self.assertRaises(frappe.ValidationError, doc.save)

	def test_enough_reporters_raise_the_priority_one_level_and_unmerge_lowers_it(self):
		frappe.db.set_value("Request Type", self.type.name, "reporters_for_priority_raise", 3)
		frappe.clear_document_cache("Request Type", self.type.name)
		master = make_report(self.type.name, priority="Medium")
		dups = [make_report(self.type.name) for _ in range(2)]
		merging.merge(dups[0].name, master.name)
		self.assertEqual(fresh(master.name).priority, "Medium")
		merging.merge(dups[1].name, master.name)
		self.assertEqual(fresh(master.name).priority, "High")
		merging.unmerge(dups[1].name)
		self.assertEqual(fresh(master.name).priority, "Medium")

	def test_e_mails_of_merged_requests_show_on_the_master_timeline_until_unmerged(self):
		master, dup = make_report(self.type.name), make_report(self.type.name)
		comm = frappe.get_doc(
			{
				"doctype": "Communication",
				"communication_type": "Communication",
				"communication_medium": "Email",
				"sent_or_received": "Received",
				"subject": "Photo du lampadaire",
				"content": "Voici une photo.",
				"sender": "bruno@example.org",
				"reference_doctype": DOCTYPE,
				"reference_name": dup.name,
			}
		).insert(ignore_permissions=True)
		linked = {"parent": comm.name, "link_doctype": DOCTYPE, "link_name": master.name}
		merging.merge(dup.name, master.name)
		self.assertTrue(frappe.db.exists("Communication Link", linked))
		self.assertEqual(api.get_duplicate_candidates(master.name)["merged_here"][0]["communications"], 1)
		merging.unmerge(dup.name)
		self.assertFalse(frappe.db.exists("Communication Link", linked))


class TestMergePermissions(DuplicatesTestCase):
	def test_merging_needs_write_permission_on_both_requests(self):
		agent = make_agent()
		mine = make_duplicate_type(service=make_service(members=[agent]).name)
		own = make_report(mine.name)
		other = make_report(self.type.name)
		frappe.set_user(agent)
		frappe.local.flags.pop("citizen_relation_services_of_user", None)
		self.assertRaises(frappe.PermissionError, api.merge_requests, own.name, other.name)
		self.assertRaises(frappe.PermissionError, api.merge_requests, other.name, own.name)
		frappe.set_user("Administrator")
		self.assertEqual(fresh(own.name).status, "New")
		self.assertEqual(fresh(other.name).co_reporters, [])

	def test_unmerging_needs_write_permission_on_both_requests(self):
		agent = make_agent()
		mine = make_duplicate_type(service=make_service(members=[agent]).name)
		own, other = make_report(mine.name), make_report(self.type.name)
		merging.merge(own.name, other.name)
		frappe.set_user(agent)
		frappe.local.flags.pop("citizen_relation_services_of_user", None)
		self.assertRaises(frappe.PermissionError, api.unmerge_request, own.name)

	def test_guests_cannot_merge(self):
		a, b = make_report(self.type.name), make_report(self.type.name)
		frappe.set_user("Guest")
		self.assertRaises(frappe.PermissionError, api.merge_requests, a.name, b.name)


class TestNotifications(DuplicatesTestCase):
	def setUp(self):
		super().setUp()
		frappe.flags.mute_emails = False

	def tearDown(self):
		frappe.flags.mute_emails = True
		super().tearDown()

	def queued(self, recipient) -> list[str]:
		"""HTML bodies of the e-mails queued for a request."""
		import email

		bodies = []
		for message in frappe.get_all(
			"Email Queue",
			filters={"reference_doctype": DOCTYPE, "reference_name": recipient},
			pluck="message",
			order_by="creation asc",
		):
			for part in email.message_from_string(message).walk():
				if part.get_content_type() == "text/html":
					bodies.append(part.get_payload(decode=True).decode())
		return bodies

	def test_a_status_change_of_the_master_enqueues_the_reporters_notification(self):
		master, dup = make_report(self.type.name), make_report(self.type.name)
		merging.merge(dup.name, master.name)
		with patch("frappe.enqueue") as enqueue:
			doc = fresh(master.name)
			doc.save()  # no status change: nothing
			enqueue.assert_not_called()
			doc.status = "Open"
			doc.save()
		enqueue.assert_called_once()
		self.assertEqual(enqueue.call_args.kwargs["master"], master.name)
		self.assertTrue(enqueue.call_args.kwargs["deduplicate"])

	def test_every_reporter_gets_their_own_reference_and_tracking_link_once_per_status(self):
		master = make_report(self.type.name, reporter_email="alice@example.org")
		dups = [
			make_report(self.type.name, reporter_email=f"citoyen{i}@example.org", reporter_name=f"Citoyen {i}")
			for i in range(3)
		]
		phone_only = make_report(self.type.name, reporter_phone="0612345678")
		for d in [*dups, phone_only]:
			merging.merge(d.name, master.name)
		frappe.db.set_value(DOCTYPE, master.name, "status", "Open")
		self.assertEqual(notifications.notify_reporters(master.name), 3)
		for d in dups:
			mails = self.queued(d.name)
			self.assertEqual(len(mails), 1)
			self.assertIn(d.name, mails[0])
			self.assertIn(f"token={d.tracking_token}", mails[0])
		self.assertEqual(notifications.notify_reporters(master.name), 0)  # idempotent
		frappe.db.set_value(DOCTYPE, master.name, {"status": "Resolved", "resolution_summary": "Ampoule changée."})
		self.assertEqual(notifications.notify_reporters(master.name), 3)
		self.assertIn("Ampoule changée.", self.queued(dups[0].name)[-1])


class TestConcurrentMerges(FrappeTestCase):
	"""Two merges onto one master at the same time, in two connections, both committed."""

	def test_concurrent_merges_onto_one_master_lose_no_reporter(self):
		service = make_service()
		rtype = make_duplicate_type(service=service.name)
		master, a, b = (make_report(rtype.name) for _ in range(3))
		frappe.db.commit()
		site, sites_path = frappe.local.site, frappe.local.sites_path
		first_locked, results = threading.Event(), {}

		def worker(name, first):
			frappe.init(site=site, sites_path=sites_path)
			frappe.connect()
			frappe.set_user("Administrator")
			try:
				if first:
					merging.merge(name, master.name)
					first_locked.set()
					threading.Event().wait(1.0)  # hold the locks while the other merge waits
				else:
					fresh(master.name)  # a plain read first: this transaction's snapshot predates the other commit
					first_locked.wait(10)
					merging.merge(name, master.name)
				frappe.db.commit()
				results[name] = "ok"
			except Exception as error:
				frappe.db.rollback()
				results[name] = repr(error)
			finally:
				frappe.destroy()

		try:
			with patch("frappe.enqueue"):
				threads = [threading.Thread(target=worker, args=(a.name, True)), threading.Thread(target=worker, args=(b.name, False))]
				for t in threads:
					t.start()
				for t in threads:
					t.join(30)
			self.assertEqual(results, {a.name: "ok", b.name: "ok"})
			doc = fresh(master.name)
			self.assertEqual(sorted(r.request for r in doc.co_reporters), sorted([a.name, b.name]))
			self.assertEqual(doc.reporter_count, 3)
		finally:
			for name in (a.name, b.name, master.name):
				frappe.db.delete("Comment", {"reference_doctype": DOCTYPE, "reference_name": name})
				frappe.delete_doc(DOCTYPE, name, force=True, ignore_permissions=True)
			frappe.delete_doc("Request Type", rtype.name, force=True, ignore_permissions=True)
			frappe.db.commit()


class TestPublicCheck(DuplicatesTestCase):
	def test_citizens_see_open_reports_nearby_without_personal_data(self):
		existing = make_report(
			self.type.name,
			reporter_name="Alice Martin",
			reporter_email="alice@example.org",
			description="Mon numéro : 06 12 34 56 78",
		)
		frappe.set_user("Guest")
		found = api.find_similar_reports(self.type.name, BELLECOUR[0] + 0.0002, BELLECOUR[1], "réverbère éteint")
		self.assertEqual([f["reference"] for f in found], [existing.name])
		# issue 8, finding 4: public fields only (no citizen's subject), distance as a coarse band
		self.assertEqual(
			set(found[0]),
			{"reference", "public_title", "request_type", "street", "status", "received_on", "reporters", "distance"},
		)
		self.assertNotIn(existing.subject, str(found))
		self.assertNotIn("alice", str(found).lower())
		self.assertNotIn("06 12", str(found))

	def test_bad_input_is_refused(self):
		frappe.set_user("Guest")
		for args in (
			("No such type", 45.7, 4.8, ""),
			(self.type.name, 95.0, 4.8, ""),
			(self.type.name, 0, 0, ""),
			(self.type.name, 45.7, 4.8, "x" * 5000),
		):
			self.assertRaises(frappe.ValidationError, api.find_similar_reports, *args)
		frappe.set_user("Administrator")
		frappe.db.set_value("Request Type", self.type.name, "is_public", 0)
		frappe.set_user("Guest")
		self.assertRaises(frappe.ValidationError, api.find_similar_reports, self.type.name, 45.7, 4.8, "")

	def test_the_public_check_is_rate_limited(self):
		from types import SimpleNamespace

		frappe.set_user("Guest")
		frappe.local.request = SimpleNamespace(method="GET")
		frappe.local.request_ip = f"192.0.2.{frappe.utils.random_string(3).__hash__() % 250}"
		frappe.local.form_dict = frappe._dict(cmd="citizen_relation.api.duplicates.find_similar_reports")
		try:
			frappe.cache.delete_value(f"rl:{frappe.form_dict.cmd}:{frappe.local.request_ip}")
			for _ in range(api.PUBLIC_RATE_LIMIT):
				api.find_similar_reports(self.type.name, BELLECOUR[0], BELLECOUR[1], "lampadaire")
			self.assertRaises(
				frappe.RateLimitExceededError,
				api.find_similar_reports, self.type.name, BELLECOUR[0], BELLECOUR[1], "lampadaire",
			)
		finally:
			frappe.local.request = None
			frappe.cache.delete_value(f"rl:{frappe.form_dict.cmd}:{frappe.local.request_ip}")
