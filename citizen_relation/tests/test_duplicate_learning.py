"""Duplicate detection that holds on real reports and learns: type families, geocoding in the
background, agents' decisions (merge, not a duplicate) and recalibration that never adopts itself."""

import json

import frappe
from frappe.tests.utils import FrappeTestCase

from citizen_relation.api import duplicates as api
from citizen_relation.core.geocoding import GeocodeResult
from citizen_relation.duplicates import calibration, candidates, decisions, geocoding, merging
from citizen_relation.setup import seed
from citizen_relation.tests.factories import (
	BELLECOUR,
	changed_settings,
	make_agent,
	make_duplicate_type,
	make_outgoing_email_account,
	make_report,
	make_service,
)

DOCTYPE = "Citizen Request"


class FakeGeocoder:
	"""A local stand-in for the BAN: one street, house numbers every 7 m northwards from Bellecour."""

	street = "Rue de la République"

	def __init__(self, fail: bool = False):
		self.fail = fail
		self.calls = []

	def geocode(self, text):
		self.calls.append(("geocode", text))
		if self.fail:
			raise ConnectionError("geocoder down")
		if "republique" not in frappe.scrub(text).replace("_", " ") and "république" not in text.lower():
			return None
		number = int("".join(ch for ch in text.split()[0] if ch.isdigit()) or 0) or None
		if number is None:
			return GeocodeResult(BELLECOUR[0], BELLECOUR[1], "street", self.street)
		lat = BELLECOUR[0] + 7 * number / 111_195.0
		return GeocodeResult(lat, BELLECOUR[1], "housenumber", self.street, str(number))

	def reverse(self, lat, lon):
		self.calls.append(("reverse", lat, lon))
		if self.fail:
			raise ConnectionError("geocoder down")
		number = max(1, round((lat - BELLECOUR[0]) * 111_195.0 / 7))
		return GeocodeResult(lat, lon, "housenumber", self.street, str(number))


class LearningTestCase(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_outgoing_email_account()

	def setUp(self):
		self.service = make_service()
		self.type = make_duplicate_type(service=self.service.name)
		frappe.flags.mute_emails = True
		frappe.flags.citizen_relation_geocoder = False
		# every test's reports stand at Bellecour under types of its own: with every type compared,
		# the earlier tests' lamp posts would be candidates too (the tests that need it turn it on)
		self.enterContext(changed_settings(duplicate_other_types=0))

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.flags.citizen_relation_geocoder = False
		frappe.flags.citizen_relation_geocode_now = False


class TestTypeFamilies(LearningTestCase):
	def test_a_cross_type_pair_of_one_family_is_proposed(self):
		other_service = make_service()
		dump = make_duplicate_type(service=self.service.name)
		waste = make_duplicate_type(service=other_service.name)
		unrelated = make_duplicate_type(service=make_service().name)
		first = make_report(dump.name, subject="Un matelas abandonné sur le trottoir")
		new = make_report(waste.name, (10, 0), subject="Matelas laissé devant l'immeuble")
		make_report(unrelated.name, (5, 0), subject="Matelas abandonné")
		with changed_settings(duplicate_other_types=0):
			self.assertEqual(candidates.find_candidates(new), [])  # different services, no family yet
		frappe.get_doc(
			{
				"doctype": "Duplicate Family",
				"family_name": f"Déchets {dump.name}",
				"types": [{"request_type": dump.name}, {"request_type": waste.name}],
			}
		).insert()
		with changed_settings(duplicate_other_types=0):
			found = candidates.find_candidates(new)
		self.assertEqual([c["name"] for c in found], [first.name])
		self.assertEqual(found[0]["request_type"], dump.name)

	def test_another_type_is_proposed_when_both_name_the_same_object_and_fault(self):
		self.enterContext(changed_settings(duplicate_other_types=1))
		lighting = make_duplicate_type(service=make_service().name)
		signs = make_duplicate_type(service=make_service().name)  # no service, no family in common
		first = make_report(lighting.name, subject="Lampadaire éteint")
		make_report(lighting.name, (5, 0), subject="Banc cassé")  # another object at the same place
		make_report(lighting.name, (8, 0), subject="Tag sur le lampadaire")  # the same object, another fault
		new = make_report(signs.name, (10, 0), subject="Le réverbère ne s'allume plus")
		found = candidates.find_candidates(new)
		self.assertEqual([c["name"] for c in found], [first.name])
		self.assertEqual(found[0]["request_type"], lighting.name)
		kind = next(c for c in found[0]["components"] if c["name"] == "type")
		self.assertEqual(kind["detail"], {"outside_families": True})  # the panel says why it is there
		self.assertIsNone(candidates.explain_pair(new.name, first.name).gate)
		self.assertEqual(
			candidates.find_candidates(new, threshold=0) and [c["name"] for c in candidates.find_candidates(new, threshold=0)],
			[first.name],
		)
		with changed_settings(duplicate_other_types=0):
			self.assertEqual(candidates.find_candidates(new, threshold=0), [])

	def test_types_of_the_same_service_are_searched_together_by_default(self):
		sibling = make_duplicate_type(service=self.service.name)
		first = make_report(sibling.name, subject="Lampadaire éteint")
		new = make_report(self.type.name, (5, 0), subject="Réverbère en panne")
		self.assertEqual([c["name"] for c in candidates.find_candidates(new)], [first.name])
		with changed_settings(duplicate_same_service=0, duplicate_other_types=0):
			self.assertEqual(candidates.find_candidates(new), [])

	def test_a_family_needs_two_types_unless_it_is_a_catch_all(self):
		with self.assertRaises(frappe.ValidationError):
			frappe.get_doc(
				{"doctype": "Duplicate Family", "family_name": "Seule", "types": [{"request_type": self.type.name}]}
			).insert()

	def test_noise_complaints_and_the_seeded_families_detect_duplicates(self):
		for name in seed.DUPLICATE_DETECTION_ON:
			if frappe.db.exists("Request Type", name):
				self.assertTrue(frappe.db.get_value("Request Type", name, "duplicate_detection"), name)
		self.assertEqual(frappe.db.get_value("Request Type", "Nuisances sonores", "duplicate_window_days"), 7)
		self.assertTrue(frappe.db.exists("Duplicate Family", "Propreté et déchets"))


class TestDecisions(LearningTestCase):
	def test_a_dismissed_pair_is_not_proposed_again_until_undone(self):
		first = make_report(self.type.name)
		new = make_report(self.type.name, (10, 0))
		self.assertEqual([c["name"] for c in candidates.find_candidates(new)], [first.name])
		api.mark_not_duplicate(new.name, first.name)
		self.assertEqual(candidates.find_candidates(new), [])
		self.assertEqual(candidates.find_candidates(first), [])  # either direction
		decision = frappe.get_last_doc("Duplicate Decision", filters={"request": new.name})
		self.assertEqual(decision.decision, decisions.NOT_DUPLICATE)
		self.assertIn("near", json.loads(decision.features))
		panel = api.get_duplicate_candidates(new.name)
		self.assertEqual([d["other"] for d in panel["dismissed"]], [first.name])
		api.undo_not_duplicate(new.name, first.name)
		self.assertEqual([c["name"] for c in candidates.find_candidates(new)], [first.name])
		self.assertTrue(frappe.db.get_value("Duplicate Decision", decision.name, "undone"))

	def test_dismissing_needs_write_permission_on_both_requests(self):
		agent = make_agent()
		first = make_report(self.type.name)
		new = make_report(self.type.name, (10, 0))
		frappe.set_user(agent)
		with self.assertRaises(frappe.PermissionError):
			api.mark_not_duplicate(new.name, first.name)

	def test_a_merge_is_a_positive_decision_and_unmerging_takes_it_back(self):
		first = make_report(self.type.name)
		new = make_report(self.type.name, (10, 0))
		merging.merge(new.name, first.name)
		name = decisions.active_decision(new.name, first.name, decisions.MERGE)
		self.assertTrue(name)
		self.assertGreater(frappe.db.get_value("Duplicate Decision", name, "probability"), 0)
		merging.unmerge(new.name)
		self.assertIsNone(decisions.active_decision(new.name, first.name, decisions.MERGE))

	def test_a_citizen_following_a_report_is_not_an_agents_decision(self):
		first = make_report(self.type.name)
		new = make_report(self.type.name, (10, 0))
		merging.merge(new.name, first.name, as_system=True)
		self.assertIsNone(decisions.active_decision(new.name, first.name, decisions.MERGE))


class TestRecalibration(LearningTestCase):
	def _decide(self, merges: int, dismissals: int):
		for i in range(merges):
			a = make_report(self.type.name, (3 * i, 0), subject="Lampadaire éteint")
			b = make_report(self.type.name, (3 * i + 5, 0), subject="Le réverbère ne marche plus")
			decisions.record(b.name, a.name, decisions.MERGE)
		for i in range(dismissals):
			a = make_report(self.type.name, (3 * i, 500), subject="Banc cassé")
			b = make_report(self.type.name, (3 * i + 60, 500), subject="Poubelle qui déborde")
			decisions.record(b.name, a.name, decisions.NOT_DUPLICATE)

	def setUp(self):
		super().setUp()
		frappe.db.delete("Duplicate Decision")
		frappe.db.delete("Duplicate Model")
		frappe.db.set_single_value("Citizen Relation Settings", "duplicate_model", None)
		frappe.db.set_single_value("Citizen Relation Settings", "duplicate_min_decisions", 20)
		frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")

	def test_too_few_decisions_propose_nothing(self):
		self._decide(3, 3)
		self.assertIsNone(calibration.recalibrate())
		self.assertEqual(frappe.db.count("Duplicate Model"), 0)

	def test_a_recalibration_proposes_and_never_adopts_itself(self):
		self._decide(12, 12)
		before = calibration.active_model().to_dict()
		name = calibration.recalibrate()
		self.assertTrue(name)
		proposal = frappe.get_doc("Duplicate Model", name)
		self.assertEqual(proposal.status, calibration.PROPOSED)
		self.assertEqual(proposal.decisions, 24)
		self.assertIsNotNone(proposal.current_recall)
		self.assertIsNotNone(proposal.proposed_precision)
		self.assertFalse(frappe.db.get_single_value("Citizen Relation Settings", "duplicate_model"))
		self.assertEqual(calibration.active_model().to_dict(), before)
		# a second recalibration archives the first proposal, and still adopts nothing
		second = calibration.recalibrate()
		self.assertEqual(frappe.db.get_value("Duplicate Model", name, "status"), calibration.ARCHIVED)
		self.assertEqual(frappe.db.get_value("Duplicate Model", second, "status"), calibration.PROPOSED)
		self.assertEqual(calibration.active_model().to_dict(), before)

	def test_an_administrator_adopts_a_proposal_and_an_agent_cannot(self):
		self._decide(12, 12)
		name = calibration.recalibrate()
		frappe.set_user(make_agent())
		with self.assertRaises(frappe.PermissionError):
			api.adopt_model(name)
		frappe.set_user("Administrator")
		api.adopt_model(name)
		self.assertEqual(frappe.db.get_value("Duplicate Model", name, "status"), calibration.ACTIVE)
		self.assertEqual(frappe.db.get_single_value("Citizen Relation Settings", "duplicate_model"), name)
		stored = json.loads(frappe.db.get_value("Duplicate Model", name, "model_json"))
		self.assertEqual(calibration.active_model().to_dict()["coefficients"], stored["coefficients"])
		api.use_seeded_model()
		self.assertEqual(calibration.active_model_label(), "seeded")

	def test_the_review_report_compares_the_model_in_use_with_the_proposals(self):
		from citizen_relation.citizen_relation.report.duplicate_model_review.duplicate_model_review import execute

		self._decide(12, 12)
		name = calibration.recalibrate()
		_columns, rows = execute({})
		self.assertEqual(rows[0]["model"], "seeded")
		self.assertEqual(rows[0]["decisions"], 24)
		self.assertIsNotNone(rows[0]["recall"])
		self.assertEqual(rows[1]["model"], name)
		frappe.set_user(make_agent())
		with self.assertRaises(frappe.PermissionError):
			execute({})

	def test_a_proposal_cannot_be_edited_over_rest(self):
		self._decide(12, 12)
		doc = frappe.get_doc("Duplicate Model", calibration.recalibrate())
		doc.model_json = json.dumps({"coefficients": {"near": 100}})
		with self.assertRaises(frappe.PermissionError):
			doc.save()


class TestGeocoding(LearningTestCase):
	def test_an_address_only_report_is_geocoded_in_the_background_and_meets_a_map_report(self):
		fake = FakeGeocoder()
		frappe.flags.citizen_relation_geocoder = fake
		on_map = make_report(self.type.name, (7 * 12, 0), subject="Lampadaire éteint", address=None)
		self.assertEqual(on_map.geo_status, geocoding.PENDING)
		self.assertEqual(geocoding.geocode_request(on_map.name), geocoding.DONE)
		self.assertEqual(frappe.db.get_value(DOCTYPE, on_map.name, "geo_house_number"), 12)
		by_address = make_report(
			self.type.name, latitude=0, longitude=0, subject="Le réverbère ne marche plus", address="12 rue de la République"
		)
		self.assertEqual(geocoding.geocode_request(by_address.name), geocoding.DONE)
		lat = frappe.db.get_value(DOCTYPE, by_address.name, "geo_latitude")
		self.assertAlmostEqual(lat, BELLECOUR[0] + 84 / 111_195.0, places=6)
		found = candidates.find_candidates(frappe.get_doc(DOCTYPE, by_address.name))
		self.assertEqual([c["name"] for c in found], [on_map.name])
		self.assertEqual(found[0]["components"][0]["detail"]["coordinates"], ["geocoded", "report"])
		# answers are cached: the same address is not asked twice
		calls = len(fake.calls)
		geocoding.geocode_request(by_address.name)
		self.assertEqual(len(fake.calls), calls)

	def test_a_failing_geocoder_never_blocks_intake(self):
		frappe.flags.citizen_relation_geocoder = FakeGeocoder(fail=True)
		frappe.flags.citizen_relation_geocode_now = True
		doc = make_report(self.type.name, latitude=0, longitude=0, address="3 rue de la République perdue")
		self.assertTrue(frappe.db.exists(DOCTYPE, doc.name))
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "geo_status"), geocoding.FAILED)
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, "geo_street"), "rue republique perdue")

	def test_without_a_geocoder_nothing_is_asked_and_streets_are_compared_as_written(self):
		doc = make_report(self.type.name, latitude=0, longitude=0, address="14 rue de la République")
		self.assertEqual(doc.geo_status, geocoding.NOT_NEEDED)
		self.assertEqual((doc.geo_street, doc.geo_street_key, doc.geo_house_number), ("rue republique", "rue rep", 14))
		first = make_report(self.type.name, latitude=0, longitude=0, address="12, r. de la Republique")
		self.assertEqual([c["name"] for c in candidates.find_candidates(doc)], [first.name])

	def test_a_street_named_in_the_text_is_read_again_by_the_migration(self):
		from citizen_relation.patches import text_streets

		doc = make_report(
			self.type.name, latitude=0, longitude=0, address=None, subject="voirie", description="chaussee defoncee rue mncey !!"
		)
		self.assertEqual((doc.geo_street, doc.geo_street_key), ("rue mncey", "rue mnc"))
		# as the former reading stored it ("chaussée Défoncée"), and a request placed by its address
		frappe.db.set_value(DOCTYPE, doc.name, {"geo_street": "chaussee defoncee", "geo_street_key": "chaussee def"})
		other = make_report(self.type.name, latitude=0, longitude=0, address="14 rue de la République")
		text_streets.read_again(commit=lambda: None)
		self.assertEqual(frappe.db.get_value(DOCTYPE, doc.name, ["geo_street", "geo_street_key"]), ("rue mncey", "rue mnc"))
		self.assertEqual(frappe.db.get_value(DOCTYPE, other.name, "geo_street"), "rue republique")

	def test_the_place_for_duplicates_cannot_be_written_over_rest(self):
		doc = make_report(self.type.name, latitude=0, longitude=0, address="14 rue de la République")
		doc.geo_latitude, doc.geo_street_key, doc.geo_status = 1.0, "rue xyz", "Done"
		doc.save()
		doc.reload()
		self.assertEqual((doc.geo_latitude, doc.geo_street_key, doc.geo_status), (0.0, "rue rep", geocoding.NOT_NEEDED))
