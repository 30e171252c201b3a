"""Personal data (RGPD): retention phases, the daily run and its log, anonymisation of every copy,
archived requests read-only, a citizen's export and erasure with the legal exceptions, Frappe's
personal-data requests, and the register of processing."""

from __future__ import annotations

import io
import json
import os
import zipfile
from unittest.mock import patch

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import getdate

from citizen_relation import caching
from citizen_relation.duplicates import merging
from citizen_relation.knowledge.usage import record_usage
from citizen_relation.privacy import anonymise, jobs, phases, rights
from citizen_relation.satisfaction.ratings import record_rating
from citizen_relation.tests.factories import (
	make_agent,
	make_article,
	make_duplicate_type,
	make_manager,
	make_report,
	make_request,
	make_request_type,
	make_service,
	make_supervisor,
	make_user,
	move,
)

SETTINGS = "Citizen Relation Settings"
CLOSE_AT = "2026-03-02 10:00:00"
CLOSED = ("Open", "In Progress", "Resolved", "Closed")
SECRET = "Zorglub-7731"  # a word only the citizen wrote: it must vanish from every copy


def set_settings(**values) -> None:
	settings = frappe.get_single(SETTINGS)
	settings.update(values)
	settings.flags.ignore_permissions = True
	settings.save()
	frappe.clear_document_cache(SETTINGS, SETTINGS)


def forget_settings() -> None:
	frappe.clear_document_cache(SETTINGS, SETTINGS)
	frappe.clear_cache(doctype="Citizen Request")
	caching.forget_worker()


def retention_type(active: int = 6, archive: int = 12, **values):
	return make_request_type(
		service=make_service().name,
		retention_own_durations=1,
		retention_active_months=active,
		retention_archive_months=archive,
		**values,
	)


def closed_request(request_type: str, at: str = CLOSE_AT, test=None, **values):
	with test.freeze_time(at):
		doc = make_request(request_type, **values)
		move(doc, *CLOSED)
	doc.reload()
	return doc


class PrivacyTestCase(FrappeTestCase):
	def setUp(self):
		frappe.set_user("Administrator")
		frappe.flags.mute_emails = True

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()  # each test's requests stay out of the next one's run
		forget_settings()

	def authorise(self):
		set_settings(anonymisation_authorised=1, elimination_visa="Bordereau AD69 n° 2026-14 du 5 janvier 2026")


# ---------------------------------------------------------------------------- phase dates
class TestRetentionDates(PrivacyTestCase):
	def test_a_closed_request_takes_its_phase_dates_from_its_types_durations(self):
		request_type = retention_type(6, 12)
		doc = closed_request(request_type.name, test=self)
		self.assertEqual(doc.retention_phase, "Active")
		self.assertEqual(str(doc.retention_from), CLOSE_AT)
		self.assertEqual(getdate(doc.archive_on), getdate("2026-09-02"))
		self.assertEqual(getdate(doc.anonymise_on), getdate("2027-09-02"))
		self.assertEqual(getdate(doc.retention_due_on), getdate("2026-09-02"))

	def test_an_open_request_has_no_dates_and_reopening_clears_them(self):
		request_type = retention_type()
		with self.freeze_time(CLOSE_AT):
			doc = make_request(request_type.name)
		self.assertIsNone(doc.retention_from)
		self.assertIsNone(doc.retention_due_on)
		doc = closed_request(request_type.name, test=self)
		move(doc, "In Progress")  # reopened by a supervisor (Administrator here)
		doc.reload()
		self.assertIsNone(doc.retention_from)
		self.assertIsNone(doc.archive_on)
		self.assertIsNone(doc.retention_due_on)

	def test_a_type_without_own_durations_follows_the_settings(self):
		request_type = make_request_type(service=make_service().name)
		set_settings(retention_active_months=2, retention_archive_months=3)
		doc = closed_request(request_type.name, test=self)
		self.assertEqual(getdate(doc.archive_on), getdate("2026-05-02"))
		self.assertEqual(getdate(doc.anonymise_on), getdate("2026-08-02"))

	def test_a_type_kept_in_the_archive_has_no_anonymisation_date(self):
		request_type = retention_type(6, 12, retention_final_action="Keep in the archive")
		doc = closed_request(request_type.name, test=self)
		self.assertIsNone(doc.anonymise_on)

	def test_a_request_merged_into_another_follows_its_master(self):
		dup_type = make_duplicate_type(retention_own_durations=1, retention_active_months=1, retention_archive_months=1)
		with self.freeze_time("2026-02-02 09:00:00"):
			master = make_report(dup_type.name, subject="Lampadaire éteint devant l'école")
			follower = make_report(dup_type.name, (20, 0), subject="Réverbère éteint devant l'école")
			merging.merge(follower.name, master.name)
		follower.reload()
		self.assertEqual(follower.status, "Merged")
		self.assertIsNone(follower.retention_from, "its reporter is informed while the master is handled")
		with self.freeze_time(CLOSE_AT):
			move(master, *CLOSED)
		follower.reload()
		self.assertEqual(str(follower.retention_from), CLOSE_AT)
		self.assertEqual(getdate(follower.archive_on), getdate("2026-04-02"))

	def test_the_retention_fields_are_written_by_the_application_only(self):
		request_type = retention_type()
		doc = frappe.get_doc(
			{
				"doctype": "Citizen Request",
				"request_type": request_type.name,
				"subject": "Trottoir défoncé",
				"channel": "Phone",
				"retention_phase": "Anonymised",
				"legal_hold": 1,
				"retention_due_on": "2020-01-01",
			}
		).insert()
		self.assertEqual((doc.retention_phase, doc.legal_hold, doc.retention_due_on), ("Active", 0, None))
		doc = closed_request(request_type.name, test=self)
		doc.update({"retention_phase": "Archived", "archive_on": "2099-01-01", "legal_hold": 1, "anonymised_on": "2026-01-01"})
		doc.save()
		doc.reload()
		self.assertEqual(doc.retention_phase, "Active")
		self.assertEqual(getdate(doc.archive_on), getdate("2026-09-02"))
		self.assertFalse(doc.legal_hold)
		self.assertIsNone(doc.anonymised_on)

	def test_new_durations_recompute_the_dates_of_closed_requests(self):
		request_type = retention_type(6, 12)
		doc = closed_request(request_type.name, test=self)
		request_type.reload()
		request_type.retention_active_months = 1
		request_type.save()
		self.assertEqual(jobs.recompute_schedules([request_type.name]), 1)
		doc.reload()
		self.assertEqual(getdate(doc.archive_on), getdate("2026-04-02"))
		self.assertEqual(getdate(doc.retention_due_on), getdate("2026-04-02"))

	def test_unusable_durations_are_refused_with_a_message(self):
		request_type = retention_type()
		request_type.retention_active_months = 5000
		self.assertRaises(frappe.ValidationError, request_type.save)
		settings = frappe.get_single(SETTINGS)
		settings.anonymisation_authorised = 1
		settings.elimination_visa = ""
		self.assertRaises(frappe.ValidationError, settings.save)


# ---------------------------------------------------------------------------- the daily run
class TestRetentionRun(PrivacyTestCase):
	def test_the_daily_run_archives_then_anonymises_and_logs_counts_per_type(self):
		self.authorise()
		request_type = retention_type(6, 12)
		docs = [closed_request(request_type.name, test=self) for _i in range(3)]
		with self.freeze_time("2026-09-02 03:00:00"):
			run = frappe.get_doc("Retention Run", jobs.run_retention())
		self.assertEqual((run.status, run.anonymised, run.errors_count), ("Completed", 0, 0))
		self.assertEqual([(c.request_type, c.phase, c.count) for c in run.counts], [(request_type.name, "Archived", 3)])
		for doc in docs:
			doc.reload()
			self.assertEqual(doc.retention_phase, "Archived")
			self.assertEqual(getdate(doc.retention_due_on), getdate("2027-09-02"))
		with self.freeze_time("2027-09-02 03:00:00"):
			run = frappe.get_doc("Retention Run", jobs.run_retention())
		self.assertEqual([(c.request_type, c.phase, c.count) for c in run.counts], [(request_type.name, "Anonymised", 3)])
		for doc in docs:
			doc.reload()
			self.assertEqual(doc.retention_phase, "Anonymised")
			self.assertIsNone(doc.retention_due_on)

	def test_a_second_run_the_same_day_finds_nothing_to_do(self):
		self.authorise()
		request_type = retention_type(0, 0)
		closed_request(request_type.name, test=self)
		with self.freeze_time("2026-03-03 03:00:00"):
			first = frappe.get_doc("Retention Run", jobs.run_retention())
			second = frappe.get_doc("Retention Run", jobs.run_retention())
		self.assertEqual(
			[(c.phase, c.count) for c in first.counts if c.request_type == request_type.name], [("Anonymised", 1), ("Archived", 1)]
		)
		self.assertEqual((second.archived, second.anonymised, len(second.counts)), (0, 0, 0))

	def test_without_the_archives_visa_requests_stop_in_the_archive(self):
		set_settings(anonymisation_authorised=0)
		request_type = retention_type(0, 0)
		doc = closed_request(request_type.name, test=self)
		with self.freeze_time("2026-06-01 03:00:00"):
			run = frappe.get_doc("Retention Run", jobs.run_retention())
			self.assertFalse(run.anonymisation_authorised)
			self.assertEqual((run.archived, run.anonymised), (1, 0))
			doc.reload()
			self.assertEqual(doc.retention_phase, "Archived")
			self.assertEqual(jobs.due("archived", getdate("2026-06-01")), [doc.name], "kept its date for later")
			self.authorise()
			run = frappe.get_doc("Retention Run", jobs.run_retention())
		self.assertEqual(run.anonymised, 1)

	def test_a_request_under_legal_hold_stays_in_the_archive(self):
		self.authorise()
		request_type = retention_type(0, 0)
		doc = closed_request(request_type.name, test=self)
		phases.set_legal_hold(doc.name, True, "Recours au tribunal administratif n° 2601234")
		with self.freeze_time("2026-06-01 03:00:00"):
			run = frappe.get_doc("Retention Run", jobs.run_retention())
		doc.reload()
		self.assertEqual((doc.retention_phase, doc.retention_due_on), ("Archived", None))
		self.assertEqual(run.anonymised, 0)
		phases.set_legal_hold(doc.name, False)
		doc.reload()
		self.assertEqual(getdate(doc.retention_due_on), getdate("2026-03-02"))

	def test_a_request_that_fails_is_logged_retried_tomorrow_and_the_run_goes_on(self):
		self.authorise()
		request_type = retention_type(0, 0)
		bad, good = (closed_request(request_type.name, test=self) for _i in range(2))
		real = anonymise.anonymise_request

		def flaky(name, now=None):
			if name == bad.name:
				raise RuntimeError("disk full")
			return real(name, now)

		with self.freeze_time("2026-06-01 03:00:00"), patch.object(anonymise, "anonymise_request", flaky):
			run = frappe.get_doc("Retention Run", jobs.run_retention())
		self.assertEqual(run.status, "Completed with errors")
		self.assertEqual((run.anonymised, run.errors_count), (1, 1))
		self.assertEqual(run.errors[0].request, bad.name)
		self.assertIn("disk full", run.errors[0].error)
		self.assertEqual(frappe.db.get_value("Citizen Request", good.name, "retention_phase"), "Anonymised")
		self.assertEqual(getdate(frappe.db.get_value("Citizen Request", bad.name, "retention_due_on")), getdate("2026-06-02"))

	def test_the_selection_is_an_index_range(self):
		plan = frappe.db.sql(
			"explain select name from `tabCitizen Request` where retention_phase = 'Active' "
			"and retention_due_on is not null and retention_due_on <= '2026-06-01' order by retention_due_on limit 500",
			as_dict=True,
		)
		self.assertEqual(plan[0].key, "retention_phase_retention_due_on_index")
		self.assertEqual(plan[0].type, "range")

	def test_only_managers_run_it_from_the_desk(self):
		from citizen_relation.api.privacy import run_retention_now

		frappe.set_user(make_supervisor())
		self.assertRaises(frappe.PermissionError, run_retention_now)
		frappe.set_user(make_manager())
		with patch.object(jobs, "enqueue_run") as enqueue:
			run_retention_now()
		enqueue.assert_called_once()

	def test_a_run_from_the_desk_shows_its_progress(self):
		request_type = retention_type(0, 12)
		closed_request(request_type.name, test=self)
		with self.freeze_time("2026-06-01 03:00:00"), patch.object(frappe, "publish_progress") as progress:
			jobs.run_retention("From the desk", publish=True)
		self.assertTrue(progress.called)
		self.assertEqual(progress.call_args.args[0], 100)

	def test_copies_of_deleted_requests_are_purged_after_thirty_days(self):
		request_type = retention_type()
		doc = make_request(request_type.name, reporter_name="Copie Supprimée")
		frappe.delete_doc("Citizen Request", doc.name, force=True)
		copy = frappe.db.get_value("Deleted Document", {"deleted_name": doc.name}, "name")
		self.assertTrue(copy)
		frappe.db.set_value("Deleted Document", copy, "creation", "2026-01-01 00:00:00", update_modified=False)
		self.assertEqual(jobs.purge_deleted_copies(getdate("2026-01-20")), 0)
		self.assertEqual(jobs.purge_deleted_copies(getdate("2026-02-15")), 1)
		self.assertFalse(frappe.db.exists("Deleted Document", copy))

	def test_the_scheduler_runs_it_every_day(self):
		self.assertIn("citizen_relation.privacy.jobs.scheduled_run", frappe.get_hooks("scheduler_events")["daily_long"])


# ---------------------------------------------------------------------------- archived requests
class TestArchivedRequests(PrivacyTestCase):
	def setUp(self):
		super().setUp()
		self.agent = make_agent()
		self.service = make_service(members=[self.agent])
		self.request_type = make_request_type(
			service=self.service.name, retention_own_durations=1, retention_active_months=0, retention_archive_months=12
		)
		self.doc = closed_request(self.request_type.name, test=self)
		with self.freeze_time("2026-03-03 03:00:00"):
			jobs.run_retention()
		self.doc.reload()

	def test_agents_read_an_archived_request_but_cannot_change_it_nor_list_it(self):
		self.assertEqual(self.doc.retention_phase, "Archived")
		frappe.set_user(self.agent)
		doc = frappe.get_doc("Citizen Request", self.doc.name)
		self.assertTrue(doc.has_permission("read"))
		self.assertFalse(doc.has_permission("write"))
		doc.public_note = "Modifié"
		self.assertRaises(frappe.PermissionError, doc.save)
		self.assertNotIn(self.doc.name, frappe.get_list("Citizen Request", pluck="name", limit=0))

	def test_supervisors_find_archived_requests(self):
		frappe.set_user(make_supervisor())
		self.assertIn(
			self.doc.name,
			frappe.get_list("Citizen Request", filters={"retention_phase": "Archived"}, pluck="name", limit=0),
		)

	def test_nobody_changes_an_archived_request_not_even_the_administrator(self):
		doc = frappe.get_doc("Citizen Request", self.doc.name)
		doc.public_note = "Modifié"
		self.assertRaises(frappe.PermissionError, doc.save)

	def test_a_supervisor_restores_an_archived_request_which_counts_again_from_then(self):
		from citizen_relation.api.privacy import restore_from_archive

		frappe.set_user(self.agent)
		self.assertRaises(frappe.PermissionError, restore_from_archive, self.doc.name, "Le citoyen revient")
		frappe.set_user(make_supervisor())
		with self.freeze_time("2026-05-10 10:00:00"):
			restore_from_archive(self.doc.name, "Le citoyen signale que la panne est revenue")
			frappe.set_user("Administrator")
			doc = frappe.get_doc("Citizen Request", self.doc.name)
			doc.public_note = "Nouvelle intervention prévue"
			doc.save()  # an agent's save keeps the restoration date
		doc.reload()
		self.assertEqual(doc.retention_phase, "Active")
		self.assertEqual(str(doc.retention_from), "2026-05-10 10:00:00")
		self.assertEqual(getdate(doc.archive_on), getdate("2026-05-10"))


# ---------------------------------------------------------------------------- every copy
def rows_containing(doctype: str, needle: str) -> list:
	"""Every row of ``doctype``'s table whose any column contains ``needle`` (column names from the
	table itself, the needle as a parameter)."""
	columns = ", ".join(f"`{c}`" for c in frappe.db.get_table_columns(doctype))
	return frappe.db.sql(
		f"select name from `tab{doctype}` where concat_ws('|', {columns}) like %s", (f"%{needle}%",), pluck=True
	)


COPIES = (
	"Citizen Request", "Citizen Request Co-reporter", "Citizen Request Status Change", "Citizen Request Value",
	"Communication", "Communication Link", "File", "Comment", "Version", "ToDo", "Email Queue", "Email Queue Recipient",
	"Notification Log", "Request Satisfaction", "Knowledge Usage", "Contact", "Contact Email", "Contact Phone",
	"Deleted Document", "Activity Log", "View Log", "DocShare", "Access Log",
)


class TestAnonymisationReachesEveryCopy(PrivacyTestCase):
	def setUp(self):
		super().setUp()
		self.authorise()
		self.request_type = make_duplicate_type(
			retention_own_durations=1,
			retention_active_months=0,
			retention_archive_months=0,
			fields=[
				{"label": "Volume", "fieldname": "volume", "fieldtype": "Select", "options": "Petit\nGros"},
				{"label": "Immatriculation", "fieldname": "plaque", "fieldtype": "Data", "public": 0},
			],
		)
		with self.freeze_time("2026-02-02 09:00:00"):
			self.master = make_report(
				self.request_type.name,
				subject=f"Dépôt sauvage devant chez moi {SECRET}",
				description=f"<p>Je suis Jeanne Quintavalle, mon code {SECRET}</p>",
				reporter_name="Jeanne Quintavalle",
				reporter_email="jeanne.quintavalle@example.org",
				reporter_phone="06 11 22 33 44",
				address=f"chez Mme Quintavalle {SECRET}, 12 rue de la République, 69002 Lyon",
				type_values=[{"fieldname": "volume", "value": "Gros"}, {"fieldname": "plaque", "value": "AB-123-CD"}],
			)
			self.follower = make_report(
				self.request_type.name,
				(20, 0),
				subject="Encombrants abandonnés",
				reporter_name="Paul Voisin",
				reporter_email="paul.voisin@example.org",
			)
			merging.merge(self.follower.name, self.master.name)
		self.master.reload()
		self.add_copies()
		with self.freeze_time(CLOSE_AT):
			move(self.master, *CLOSED)

	def add_copies(self):
		name = self.master.name
		mail = frappe.get_doc(
			{
				"doctype": "Communication",
				"communication_type": "Communication",
				"communication_medium": "Email",
				"sent_or_received": "Received",
				"sender": "jeanne.quintavalle@example.org",
				"sender_full_name": "Jeanne Quintavalle",
				"subject": f"Re: {name}",
				"content": f"<p>Voici la photo, {SECRET}</p>",
				"reference_doctype": "Citizen Request",
				"reference_name": name,
			}
		).insert(ignore_permissions=True)
		self.photo = frappe.get_doc(
			{
				"doctype": "File",
				"file_name": f"photo-{frappe.generate_hash(length=6)}.txt",
				"content": f"image {SECRET}".encode(),
				"attached_to_doctype": "Communication",
				"attached_to_name": mail.name,
				"is_private": 1,
			}
		).insert(ignore_permissions=True)
		self.letter = frappe.get_doc(
			{
				"doctype": "File",
				"file_name": f"courrier-{frappe.generate_hash(length=6)}.txt",
				"content": f"courrier {SECRET}".encode(),
				"attached_to_doctype": "Citizen Request",
				"attached_to_name": name,
				"is_private": 1,
			}
		).insert(ignore_permissions=True)
		frappe.get_doc("Citizen Request", name).add_comment("Comment", f"Rappeler Mme Quintavalle au 06 11 22 33 44 {SECRET}")
		frappe.sendmail(
			recipients=["jeanne.quintavalle@example.org"],
			subject=f"Votre demande {name}",
			message=f"Bonjour Jeanne Quintavalle {SECRET}",
			reference_doctype="Citizen Request",
			reference_name=name,
			now=False,
		)
		agent = make_agent()
		from frappe.desk.form.assign_to import add as assign

		assign({"assign_to": [agent], "doctype": "Citizen Request", "name": name, "description": f"Dépôt {SECRET}"})
		frappe.get_doc(
			{
				"doctype": "Notification Log",
				"for_user": agent,
				"type": "Alert",
				"document_type": "Citizen Request",
				"document_name": name,
				"subject": f"Échéance {SECRET}",
			}
		).insert(ignore_permissions=True)
		article = make_article(request_types=[self.request_type.name])
		self.usage = record_usage(name, "article", article.name)
		portal_user = make_user((), email=f"jeanne-{frappe.generate_hash(length=5)}@example.org")
		frappe.db.set_value("User", portal_user, "user_type", "Website User")
		frappe.db.set_value("Citizen Request Status Change", {"parent": name, "status": "New"}, "changed_by", portal_user)
		self.portal_user = portal_user
		self.contacts = [self.master.contact, self.follower.contact]

	def test_every_copy_of_the_citizens_data_is_gone_and_statistics_remain(self):
		with self.freeze_time(CLOSE_AT):
			record_rating(self.master.name, 2, f"Trop lent {SECRET}", via="Agent")
		photo_path, letter_path = self.photo.get_full_path(), self.letter.get_full_path()
		self.assertTrue(os.path.exists(photo_path))
		with self.freeze_time("2026-03-03 03:00:00"):
			run = frappe.get_doc("Retention Run", jobs.run_retention())
		self.assertEqual((run.anonymised, run.errors_count), (2, 0), run.as_dict().get("errors"))

		# the portal account itself (User) is closed by its own deletion request: only the request's rows are checked
		self.assertEqual(rows_containing("Citizen Request", self.portal_user), [])
		self.assertEqual(rows_containing("Citizen Request Status Change", self.portal_user), [])
		for needle in (SECRET, "Quintavalle", "jeanne.quintavalle@example.org", "+33611223344", "AB-123-CD", "Paul Voisin"):
			for doctype in COPIES:
				found = rows_containing(doctype, needle)
				self.assertEqual(found, [], f"{needle!r} is still in {doctype}: {frappe.get_all(doctype, filters={'name': ('in', found)}, fields=['*'])!s:.1500}")
		self.assertFalse(os.path.exists(photo_path), "the attachment of the e-mail is deleted from disk")
		self.assertFalse(os.path.exists(letter_path), "the request's attachment is deleted from disk")
		for contact in self.contacts:
			self.assertFalse(frappe.db.exists("Contact", contact), "a contact nothing else uses is deleted")
		self.assertFalse(frappe.db.exists("Communication", {"reference_name": self.master.name}))
		self.assertFalse(frappe.db.exists("Version", {"docname": self.master.name}))
		self.assertFalse(frappe.db.exists("ToDo", {"reference_name": self.master.name}))

		master = frappe.get_doc("Citizen Request", self.master.name)
		self.assertEqual(master.retention_phase, "Anonymised")
		self.assertEqual(master.address, "rue de la République")
		self.assertEqual(master.subject, f"{self.request_type.name} – rue de la République")
		self.assertEqual((master.latitude, master.longitude), (round(self.master.latitude, 3), round(self.master.longitude, 3)))
		self.assertEqual([(v.fieldname, v.value) for v in master.type_values], [("volume", "Gros")])
		self.assertEqual(
			(master.request_type, master.category, master.service, master.channel, master.status, str(master.received_on)),
			(self.master.request_type, "Technical Problem", self.master.service, "Phone", "Closed", "2026-02-02 09:00:00"),
		)
		self.assertEqual([row.status for row in master.status_history][:2], ["New", "Open"])
		self.assertEqual(len(master.co_reporters), 1)
		self.assertEqual(frappe.db.get_value("Request Satisfaction", {"request": self.master.name}, "rating"), 2)
		self.assertEqual(frappe.db.get_value("Knowledge Usage", self.usage, "request"), self.master.name)

	def test_statistics_still_count_anonymised_requests(self):
		with self.freeze_time("2026-03-03 03:00:00"):
			jobs.run_retention()
		from citizen_relation.citizen_relation.report.sla_compliance.sla_compliance import execute

		_columns, data, *_rest = execute(
			frappe._dict(from_date="2026-01-01", to_date="2026-12-31", request_type=self.request_type.name)
		)
		self.assertTrue(data)
		counted = frappe.get_all(
			"Citizen Request",
			filters={"request_type": self.request_type.name, "retention_phase": "Anonymised"},
			fields=["status", "channel", "count(name) as n"],
			group_by="status, channel",
		)
		self.assertEqual(sum(r.n for r in counted), 2)

	def test_a_contact_linked_to_another_record_is_kept(self):
		customer = frappe.get_doc(
			{"doctype": "Customer", "customer_name": f"Citoyenne SARL {frappe.generate_hash(length=5)}", "customer_type": "Company"}
		).insert(ignore_permissions=True)
		contact = frappe.get_doc("Contact", self.master.contact)
		contact.append("links", {"link_doctype": "Customer", "link_name": customer.name})
		contact.save(ignore_permissions=True)
		with self.freeze_time("2026-03-03 03:00:00"):
			jobs.run_retention()
		self.assertTrue(frappe.db.exists("Contact", self.master.contact))
		self.assertIsNone(frappe.db.get_value("Citizen Request", self.master.name, "contact"))

	def test_anonymising_twice_changes_nothing(self):
		with self.freeze_time("2026-03-03 03:00:00"):
			jobs.run_retention()
		before = frappe.get_doc("Citizen Request", self.master.name).as_dict()
		anonymise.anonymise_request(self.master.name)
		after = frappe.get_doc("Citizen Request", self.master.name).as_dict()
		for field in ("subject", "address", "latitude", "longitude", "retention_phase", "anonymised_on"):
			self.assertEqual(before[field], after[field])

	def test_the_location_may_be_dropped(self):
		set_settings(anonymised_location="Dropped")
		with self.freeze_time("2026-03-03 03:00:00"):
			jobs.run_retention()
		master = frappe.get_doc("Citizen Request", self.master.name)
		self.assertEqual((master.address, master.street, master.latitude, master.longitude, master.location), (None, None, 0, 0, None))
		self.assertEqual(master.subject, self.request_type.name)


# ---------------------------------------------------------------------------- rights
class TestCitizensRights(PrivacyTestCase):
	def setUp(self):
		super().setUp()
		self.supervisor = make_supervisor()
		self.pothole = make_request_type(service=make_service().name, category="Technical Problem")
		self.procedure = make_request_type(
			service=make_service().name, category="Administrative Procedure", crpa_regime="Silence means acceptance", crpa_delay_months=2
		)
		citizen = {"reporter_name": "Marc Usager", "reporter_email": "marc.usager@example.org"}
		with self.freeze_time(CLOSE_AT):
			self.closed = make_request(self.pothole.name, description=f"<p>{SECRET}</p>", **citizen)
			move(self.closed, *CLOSED)
			self.open = make_request(self.pothole.name, description="<p>Trou profond au 4 rue Neuve</p>", **citizen)
			self.file = make_request(self.procedure.name, **citizen)
		self.contact = self.closed.contact
		frappe.get_doc(
			{
				"doctype": "Communication",
				"communication_type": "Communication",
				"sent_or_received": "Received",
				"sender": "marc.usager@example.org",
				"subject": "Photo",
				"content": f"<p>Ma photo {SECRET}</p>",
				"reference_doctype": "Citizen Request",
				"reference_name": self.open.name,
			}
		).insert(ignore_permissions=True)
		frappe.get_doc(
			{
				"doctype": "File",
				"file_name": f"photo-{frappe.generate_hash(length=6)}.txt",
				"content": b"PHOTO BYTES",
				"attached_to_doctype": "Citizen Request",
				"attached_to_name": self.closed.name,
				"is_private": 1,
			}
		).insert(ignore_permissions=True)

	def test_the_export_holds_every_request_message_and_file_of_the_citizen(self):
		from citizen_relation.api.privacy import download_personal_data

		frappe.set_user(self.supervisor)
		download_personal_data(contact=self.contact)
		self.assertEqual(frappe.local.response.type, "download")
		archive = zipfile.ZipFile(io.BytesIO(frappe.local.response.filecontent))
		data = json.loads(archive.read("donnees.json"))
		self.assertEqual(data["contact"]["emails"], ["marc.usager@example.org"])
		self.assertEqual({r["reference"] for r in data["requests"]}, {self.closed.name, self.open.name, self.file.name})
		opened = next(r for r in data["requests"] if r["reference"] == self.open.name)
		self.assertIn(SECRET, opened["messages"][0]["content"])
		self.assertIn(b"PHOTO BYTES", [archive.read(n) for n in archive.namelist() if "photo-" in n])
		self.assertIn("LISEZMOI.txt", archive.namelist())
		self.assertTrue(frappe.db.exists("Access Log", {"reference_document": self.contact, "file_type": "ZIP"}))

	def test_the_export_from_a_request_registered_by_phone_without_contact(self):
		with self.freeze_time(CLOSE_AT):
			lone = make_request(self.pothole.name, reporter_name="Anonyme au guichet", channel="Counter")
		self.assertIsNone(lone.contact)
		_filename, content = rights.export(request=lone.name)
		data = json.loads(zipfile.ZipFile(io.BytesIO(content)).read("donnees.json"))
		self.assertEqual([r["reference"] for r in data["requests"]], [lone.name])

	def test_a_request_registered_without_contact_is_erased_on_its_own(self):
		with self.freeze_time(CLOSE_AT):
			lone = make_request(self.pothole.name, reporter_name="Usager au guichet", channel="Counter", description=f"<p>{SECRET}</p>")
			move(lone, *CLOSED)
		plan = rights.erasure_plan(request=lone.name)
		self.assertEqual([(r["name"], r["action"]) for r in plan["requests"]], [(lone.name, "erase")])
		self.assertIsNone(plan["contact"])
		rights.erase(request=lone.name, reference="Guichet, 2 mars")
		self.assertEqual(rows_containing("Citizen Request", "Usager au guichet"), [])
		self.assertEqual(frappe.db.get_value("Citizen Request", self.closed.name, "retention_phase"), "Active", "others untouched")

	def test_erasure_keeps_an_open_procedure_and_says_why(self):
		from citizen_relation.api.privacy import erase_personal_data, get_erasure_plan

		frappe.set_user(self.supervisor)
		plan = get_erasure_plan(contact=self.contact)
		actions = {r["name"]: (r["action"], r["reason"]) for r in plan["requests"]}
		self.assertEqual(actions[self.closed.name][0], "erase")
		self.assertEqual(actions[self.open.name][0], "identity")
		self.assertEqual(actions[self.file.name][0], "keep")
		self.assertIn("17(3)(b)", actions[self.file.name][1])
		self.assertIn(self.file.name, actions[self.file.name][1])
		self.assertFalse(plan["contact"]["deleted"])

		result = erase_personal_data("Courrier du 2 mars 2026", contact=self.contact)
		closed = frappe.get_doc("Citizen Request", self.closed.name)
		self.assertEqual((closed.retention_phase, closed.reporter_email), ("Anonymised", None))
		opened = frappe.get_doc("Citizen Request", self.open.name)
		self.assertEqual(opened.retention_phase, "Active", "still handled by the service")
		self.assertIsNone(opened.reporter_name)
		self.assertIsNotNone(opened.identity_erased_on)
		self.assertIn("Trou profond", opened.description, "what the service needs to act stays")
		self.assertFalse(frappe.db.exists("Communication", {"reference_name": self.open.name}))
		kept = frappe.get_doc("Citizen Request", self.file.name)
		self.assertEqual(kept.reporter_email, "marc.usager@example.org")
		self.assertTrue(frappe.db.exists("Contact", self.contact))
		run = frappe.get_doc("Retention Run", result["run"])
		self.assertEqual((run.run_type, run.reference, run.kept), ("Erasure on request", "Courrier du 2 mars 2026", 1))
		self.assertEqual(rows_containing("Retention Run", "Marc"), [])

	def test_erasure_of_a_citizen_whose_requests_are_all_closed_deletes_the_contact(self):
		with self.freeze_time(CLOSE_AT):
			move(frappe.get_doc("Citizen Request", self.open.name), "Open", "In Progress", "Resolved")
			move(frappe.get_doc("Citizen Request", self.file.name), "Open", "In Progress", "Resolved")
		result = rights.erase(contact=self.contact, reference="Mail du 3 mars")
		self.assertTrue(result["contact"]["deleted"])
		self.assertEqual(result["kept"], 0)
		self.assertFalse(frappe.db.exists("Contact", self.contact))
		self.assertEqual(rows_containing("Citizen Request", SECRET), [])
		self.assertEqual(rows_containing("Citizen Request", "marc.usager"), [])

	def test_a_legal_hold_keeps_a_closed_request_from_erasure(self):
		phases.set_legal_hold(self.closed.name, True, "Contentieux en cours")
		plan = rights.erasure_plan(contact=self.contact)
		held = next(r for r in plan["requests"] if r["name"] == self.closed.name)
		self.assertEqual(held["action"], "keep")
		self.assertIn("17(3)(e)", held["reason"])

	def test_only_supervisors_and_managers_export_or_erase_and_guests_get_nothing(self):
		from citizen_relation.api.privacy import download_personal_data, erase_personal_data, get_erasure_plan

		for user in (make_agent(), "Guest"):
			frappe.set_user(user)
			self.assertRaises(frappe.PermissionError, download_personal_data, contact=self.contact)
			self.assertRaises(frappe.PermissionError, get_erasure_plan, contact=self.contact)
			self.assertRaises(frappe.PermissionError, erase_personal_data, "x", contact=self.contact)
		frappe.set_user(self.supervisor)
		self.assertRaises(frappe.ValidationError, erase_personal_data, "  ", contact=self.contact)
		self.assertRaises(frappe.ValidationError, get_erasure_plan)
		self.assertRaises(frappe.ValidationError, get_erasure_plan, contact=self.contact, request=self.open.name)
		self.assertRaises(frappe.DoesNotExistError, get_erasure_plan, contact="Nobody at all")

	def test_a_portal_account_downloads_its_requests_through_frappes_hook(self):
		from frappe.website.doctype.personal_data_download_request.personal_data_download_request import (
			get_user_data,
		)

		data = json.loads(get_user_data("marc.usager@example.org"))
		self.assertEqual(
			{r["name"] for r in data["Citizen Request"]}, {self.closed.name, self.open.name, self.file.name}
		)

	def test_a_portal_accounts_deletion_waits_for_the_open_procedure(self):
		frappe.get_doc(
			{"doctype": "User", "email": "marc.usager@example.org", "first_name": "Marc", "user_type": "Website User", "send_welcome_email": 0}
		).insert(ignore_permissions=True)
		request = frappe.get_doc({"doctype": "Personal Data Deletion Request", "email": "marc.usager@example.org"})
		request.insert(ignore_permissions=True)
		request.db_set("status", "Pending Approval")
		request.trigger_data_deletion()
		request.reload()
		self.assertEqual(request.status, "On Hold")
		self.assertEqual(frappe.db.get_value("Citizen Request", self.closed.name, "retention_phase"), "Active")
		self.assertTrue(frappe.db.get_value("User", "marc.usager@example.org", "enabled"))

		# the procedure is decided: the deletion goes through, with every request of the citizen
		with self.freeze_time(CLOSE_AT):
			move(frappe.get_doc("Citizen Request", self.file.name), *CLOSED)
		request.trigger_data_deletion()
		request.reload()
		self.assertEqual(request.status, "Deleted")
		self.assertEqual(frappe.db.get_value("Citizen Request", self.file.name, "retention_phase"), "Anonymised")
		self.assertIsNone(frappe.db.get_value("Citizen Request", self.open.name, "reporter_email"))
		self.assertFalse(frappe.db.exists("Contact", self.contact))


# ---------------------------------------------------------------------------- the register
class TestRegisterOfProcessing(PrivacyTestCase):
	def test_the_register_lists_each_type_with_its_data_recipients_and_retention(self):
		from citizen_relation.citizen_relation.report.register_of_processing_activities.register_of_processing_activities import (
			execute,
		)

		set_settings(dpo_name="Claire <b>DPO</b>", dpo_email="dpo@mairie.test")
		service = make_service(members=[make_agent(), make_agent()])
		request_type = make_request_type(
			service=service.name,
			crpa_regime="Silence means rejection",
			retention_own_durations=1,
			retention_active_months=24,
			retention_archive_months=120,
			retention_final_action="Keep in the archive",
			retention_justification="Tableau de gestion des Archives, ligne 12",
			fields=[{"label": "N° de parcelle <script>", "fieldname": "parcelle", "fieldtype": "Data", "public": 0}],
		)
		frappe.set_user(make_manager())
		_columns, data, message = execute({})
		row = next(r for r in data if r["request_type"] == request_type.name)
		self.assertEqual((row["active_months"], row["archive_months"]), (24, 120))
		self.assertEqual(row["final_action"], "Kept in the archive")
		self.assertIn("6(1)(c)", row["legal_basis"])
		self.assertIn(f"{service.name} (2 agents)", row["recipients"])
		self.assertIn("N° de parcelle", row["type_fields"])
		self.assertEqual(row["justification"], "Tableau de gestion des Archives, ligne 12")
		self.assertIn("Claire &lt;b&gt;DPO&lt;/b&gt;", message)
		self.assertIn("dpo@mairie.test", message)
		self.assertNotIn("<b>DPO</b>", message)
		seeded = next(r for r in data if r["request_type"] == "Nid-de-poule ou chaussée dégradée")
		self.assertEqual((seeded["active_months"], seeded["archive_months"]), (6, 60))
		self.assertIn("prescription quadriennale", seeded["justification"])

	def test_agents_cannot_read_the_register(self):
		from frappe.desk.query_report import run

		frappe.set_user(make_agent())
		self.assertRaises(frappe.PermissionError, run, "Register of Processing Activities")


# ---------------------------------------------------------------------------- patch
class TestPatch(PrivacyTestCase):
	def test_the_patch_dates_requests_closed_before_the_feature(self):
		from citizen_relation.patches import retention_of_personal_data as patch_module

		request_type = retention_type(6, 12)
		doc = closed_request(request_type.name, test=self)
		frappe.db.set_value(
			"Citizen Request", doc.name, {"retention_from": None, "archive_on": None, "anonymise_on": None, "retention_due_on": None}
		)
		patch_module.backfill(["Closed"], with_master=False, commit=lambda: None)
		doc.reload()
		self.assertEqual(str(doc.retention_from), CLOSE_AT)
		self.assertEqual(getdate(doc.retention_due_on), getdate("2026-09-02"))
