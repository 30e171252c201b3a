# Copyright (c) 2026, citizen_relation developers
# License: AGPL-3.0-or-later. See license.txt

import frappe
from frappe import _
from frappe.model.base_document import BaseDocument
from frappe.model.document import Document
from frappe.utils import now_datetime

from citizen_relation.core import contacts as core_contacts
from citizen_relation.core import geo, public
from citizen_relation.core.references import new_tracking_token
from citizen_relation.core.type_fields import FieldDef, clean_values
from citizen_relation.crpa import deadlines as crpa
from citizen_relation.crpa import letters
from citizen_relation.duplicates import notifications as duplicate_notifications
from citizen_relation.duplicates.candidates import set_match_text
from citizen_relation.duplicates.geocoding import enqueue_geocoding
from citizen_relation.knowledge import sentence_model
from citizen_relation.open311 import callbacks as open311_callbacks
from citizen_relation.permissions.contacts import mark_citizen
from citizen_relation.privacy import phases as retention
from citizen_relation.requests import lifecycle, protection
from citizen_relation.requests.contacts import find_or_create_contact
from citizen_relation.requests.form import form_panels
from citizen_relation.requests.printing import escape_for_print
from citizen_relation.requests.profile import get_profile
from citizen_relation.sla.agreement import apply_sla
from citizen_relation.stats import daily as quality_statistics
from citizen_relation.utils import core_errors, get_settings

EMAIL_INTAKE_FLAG = "citizen_requests_from_email"
# Fieldtypes stored in a TEXT column (65,535 bytes), see frappe.database.mariadb.database.
TEXT_COLUMN_TYPES = ("Small Text", "Text")
TEXT_COLUMN_BYTES = 65_535


class CitizenRequest(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from citizen_relation.citizen_relation.doctype.citizen_request_co_reporter.citizen_request_co_reporter import CitizenRequestCoreporter
		from citizen_relation.citizen_relation.doctype.citizen_request_status_change.citizen_request_status_change import CitizenRequestStatusChange
		from citizen_relation.citizen_relation.doctype.citizen_request_value.citizen_request_value import CitizenRequestValue
		from frappe.types import DF

		acknowledged_on: DF.Datetime | None
		address: DF.SmallText | None
		agreement_status: DF.Literal["", "Response Due", "Resolution Due", "Paused", "Fulfilled", "Failed"]
		anonymise_on: DF.Date | None
		anonymised_on: DF.Datetime | None
		archive_on: DF.Date | None
		archived_on: DF.Datetime | None
		category: DF.Literal["Technical Problem", "Complaint", "Information Request", "Administrative Procedure", "Suggestion", "Thanks"]
		channel: DF.Literal["", "Web Portal", "E-mail", "Phone", "Counter", "Postal Mail", "Social Media", "Mobile App / API", "Internal"]
		co_reporters: DF.Table[CitizenRequestCoreporter]
		competent_received_on: DF.Date | None
		contact: DF.Link | None
		crpa_regime: DF.Literal["", "No implicit decision", "Silence means acceptance", "Silence means rejection"]
		description: DF.TextEditor | None
		first_responded_on: DF.Datetime | None
		identity_erased_on: DF.Datetime | None
		geo_house_number: DF.Int
		geo_latitude: DF.Float
		geo_longitude: DF.Float
		geo_status: DF.Literal["", "Pending", "Done", "Failed", "Not needed"]
		geo_street: DF.Data | None
		geo_street_key: DF.Data | None
		implicit_decision_on: DF.Date | None
		latitude: DF.Float
		legal_hold: DF.Check
		legal_hold_reason: DF.SmallText | None
		longitude: DF.Float
		match_text: DF.SmallText | None
		merge_snapshot: DF.LongText | None
		merged_into: DF.Link | None
		missing_pieces: DF.SmallText | None
		missing_pieces_due_on: DF.Date | None
		naming_series: DF.Literal["DEM-.YYYY.-.######"]
		next_alert_on: DF.Datetime | None
		paused_seconds: DF.Duration | None
		pieces_received_on: DF.Date | None
		priority: DF.Literal["", "Low", "Medium", "High", "Urgent"]
		public_note: DF.SmallText | None
		public_title: DF.Data | None
		raised_priority_from: DF.Data | None
		received_on: DF.Datetime
		reporter_count: DF.Int
		reporter_email: DF.Data | None
		reporter_name: DF.Data | None
		reporter_phone: DF.Data | None
		request_type: DF.Link
		resolution_by: DF.Datetime | None
		resolution_summary: DF.TextEditor | None
		resolved_on: DF.Datetime | None
		response_by: DF.Datetime | None
		retention_due_on: DF.Date | None
		retention_from: DF.Datetime | None
		retention_phase: DF.Literal["Active", "Archived", "Anonymised"]
		service: DF.Link | None
		sla_alerts_sent: DF.SmallText | None
		sla_policy: DF.Link | None
		source: DF.Data | None
		status: DF.Literal["New", "Open", "In Progress", "Waiting for Citizen", "Resolved", "Closed", "Rejected", "Transferred", "Merged"]
		status_history: DF.Table[CitizenRequestStatusChange]
		street: DF.Data | None
		subject: DF.Data
		tracking_token: DF.Data | None
		transfer_notified_on: DF.Datetime | None
		transferred_to: DF.Data | None
		type_values: DF.Table[CitizenRequestValue]
	# end: auto-generated types

	def onload(self):
		# the form's panels (type fields, deadlines, suggested answers, duplicates) in one round-trip
		if not self.is_new():
			self.set_onload("panels", form_panels(self))

	def before_print(self, settings=None):
		# Frappe's print formats print values as HTML: what citizens typed is escaped first
		escape_for_print(self)

	def before_validate(self):
		if not self.is_new():  # a new request was checked in before_insert, which runs first
			protection.enforce(self)
		self.set_channel_of_email_intake()
		self.keep_letter_records()
		self.set_defaults_from_request_type()
		self.fill_reporter_from_contact()
		self.normalise_reporter()
		self.sync_location()
		self.derive_public_fields()
		self.clean_type_values()
		set_match_text(self)
		retention.protect(self)

	def validate(self):
		self.validate_request_type()
		self.validate_text_lengths()
		self.validate_dates()
		self.validate_received_on()
		crpa.validate_crpa(self)
		retention.check_writable(self)

	def validate_workflow(self):
		"""A system transition (merge, unmerge, a citizen's answer) was checked by the lifecycle:
		it does not go through the workflow's role check; every other change does."""
		if self.flags.get(lifecycle.REASON_FLAG):
			return
		return super().validate_workflow()

	def before_insert(self):
		protection.enforce(self)
		self.tracking_token = new_tracking_token()

	def before_save(self):
		self.link_citizen_contact()
		lifecycle.record_history(self)
		apply_sla(self)
		crpa.apply_crpa(self)
		retention.apply(self)

	def after_insert(self):
		if self.flags.from_email_intake:
			frappe.local.flags.setdefault(EMAIL_INTAKE_FLAG, set()).add(self.name)
		letters.send_acknowledgement(self)

	def on_update(self):
		enqueue_geocoding(self)
		sentence_model.enqueue_request(self)
		if self.has_value_changed("contact"):
			mark_citizen(self.contact)
		if self.has_value_changed("status") and self.status == "Transferred":
			letters.notify_transfer(self)
		duplicate_notifications.on_master_update(self)
		retention.on_update(self)
		open311_callbacks.on_request_update(self)
		quality_statistics.note_request_change(self)

	def on_trash(self):
		quality_statistics.note_request_deleted(self)

	# ------------------------------------------------------------------ derivations
	def set_channel_of_email_intake(self):
		"""Frappe's e-mail intake inserts with only subject and sender, ignoring mandatory fields."""
		if self.is_new() and self.flags.ignore_mandatory and not self.channel and self.reporter_email:
			self.channel = "E-mail"
			self.flags.from_email_intake = True

	def keep_letter_records(self):
		"""When letters were sent or posted is recorded by the application only: a client that
		writes these fields (REST) cannot make appeal delays enforceable (L112-6)."""
		if self.flags.get(lifecycle.SYSTEM_WRITE_FLAG):
			return
		before = None if self.is_new() else self.get_doc_before_save()
		for field in letters.SYSTEM_FIELDS:
			self.set(field, before.get(field) if before else None)

	def set_defaults_from_request_type(self):
		if not self.request_type and self.channel == "E-mail":
			self.request_type = get_settings().email_default_request_type
		if not self.status:
			self.status = lifecycle.get_lifecycle().initial
		if not self.received_on:
			self.received_on = now_datetime()
		if not self.language:
			self.language = frappe.db.get_single_value("System Settings", "language") or "fr"
		profile = get_profile(self.request_type)
		if profile:
			self.update(profile.defaults(self.priority, self.service))

	def fill_reporter_from_contact(self):
		if not self.contact or (self.reporter_email or self.reporter_phone or self.reporter_name):
			return
		contact = frappe.db.get_value(
			"Contact", self.contact, ["full_name", "email_id", "phone", "mobile_no"], as_dict=True
		)
		if contact:
			self.reporter_name = contact.full_name
			self.reporter_email = contact.email_id
			self.reporter_phone = contact.mobile_no or contact.phone

	def normalise_reporter(self):
		region = get_settings().default_phone_region or "FR"
		with core_errors():
			self.reporter_email = core_contacts.normalise_email(self.reporter_email)
			self.reporter_phone = core_contacts.normalise_phone(self.reporter_phone, region)
		if self.reporter_name:
			self.reporter_name = " ".join(self.reporter_name.split())

	def extend(self, key, value):
		"""Rows of a table must be a list of rows: REST clients sending a string, a number or a
		mapping get a validation error, not a server error."""
		if key in self._table_fieldnames and (
			not isinstance(value, list | tuple) or not all(isinstance(row, dict | BaseDocument) for row in value)
		):
			frappe.throw(
				_("{0} must be a list of rows").format(_(self.meta.get_label(key))), frappe.ValidationError, title=_("Invalid input")
			)
		return super().extend(key, value)

	def sync_location(self):
		"""Keep the map (GeoJSON) and the latitude/longitude fields in step; the map wins when it moved."""
		if self.location is not None and not isinstance(self.location, str):
			# a REST client sent the GeoJSON as an object: checked below, stored as text
			with core_errors():
				geo.point_from_geojson(self.location if isinstance(self.location, dict) else str(self.location))
			self.location = frappe.as_json(self.location, indent=None)
		with core_errors():
			map_moved = self.is_new() or self.has_value_changed("location")
			point = geo.point_from_geojson(self.location) if map_moved else None
			if point:
				self.latitude, self.longitude = point
				return
			coords = geo.validate_coordinates(self.latitude, self.longitude)
			if coords and (self.is_new() or self.has_value_changed("latitude") or self.has_value_changed("longitude")):
				self.location = geo.geojson_point(*coords)

	def derive_public_fields(self):
		"""The street (no house number) and the public title, unless an agent wrote their own title."""
		before = None if self.is_new() else self.get_doc_before_save()
		self.street = public.public_street(self.address)
		generated_before = public.public_title(before.request_type, before.street) if before else None
		if not (self.public_title or "").strip() or self.public_title == generated_before:
			self.public_title = public.public_title(self.request_type, self.street)

	def clean_type_values(self):
		"""Check the values of the request type's own fields and store them as rows."""
		definitions = self.type_field_definitions()
		given = {row.fieldname: row.value for row in self.type_values}
		with core_errors():
			cleaned = clean_values(definitions, given)
		labels = {d.fieldname: d.label for d in definitions}
		self.set("type_values", [])
		for fieldname, value in cleaned.items():
			self.append("type_values", {"fieldname": fieldname, "label": labels[fieldname], "value": value})

	def type_field_definitions(self) -> list[FieldDef]:
		profile = get_profile(self.request_type)
		return list(profile.fields) if profile else []

	# ------------------------------------------------------------------ checks
	def validate_request_type(self):
		if not self.request_type:
			frappe.throw(_("Please choose the type of request"), frappe.MandatoryError, title=_("Missing type"))
		profile = get_profile(self.request_type)
		if profile is None:
			frappe.throw(_("Request type {0} does not exist").format(frappe.bold(self.request_type)))
		if self.is_new() or self.has_value_changed("request_type"):
			if not profile.is_active:
				frappe.throw(_("Request type {0} is no longer in use").format(frappe.bold(self.request_type)))

	def validate_text_lengths(self):
		"""The settings' limit on long texts, and what the column holds: a Small Text column
		(TEXT) keeps 65,535 bytes, which multi-byte text reaches before the character limit."""
		limit = get_settings().max_text_length or 20000
		for fieldname in ("description", "resolution_summary", "address", "missing_pieces", "public_note"):
			value = self.get(fieldname) or ""
			if not isinstance(value, str):
				frappe.throw(_("{0} must be text").format(_(self.meta.get_label(fieldname))), title=_("Invalid input"))
			if len(value) > limit:
				frappe.throw(
					_("{0} is too long: {1} characters, at most {2}").format(
						_(self.meta.get_label(fieldname)), len(value), limit
					),
					title=_("Text too long"),
				)
		for df in self.meta.fields:
			value = self.get(df.fieldname)
			if df.fieldtype in TEXT_COLUMN_TYPES and isinstance(value, str) and len(value.encode()) > TEXT_COLUMN_BYTES:
				frappe.throw(
					_("{0} is too long: at most {1} bytes (accented letters and symbols take several)").format(
						_(df.label), TEXT_COLUMN_BYTES
					),
					title=_("Text too long"),
				)

	def validate_dates(self):
		"""Dates given as text by API clients: anything that is not a date is refused clearly."""
		for df in self.meta.fields:
			value = self.get(df.fieldname)
			if df.fieldtype not in ("Date", "Datetime") or value in (None, ""):
				continue
			parsed = _parse_date(value)
			if parsed is None or not (1900 <= parsed.year <= 9999):
				frappe.throw(
					_("{0}: {1} is not a valid date").format(_(df.label), frappe.bold(str(value)[:40])),
					title=_("Invalid date"),
				)

	def validate_received_on(self):
		if self.received_on and frappe.utils.get_datetime(self.received_on) > frappe.utils.add_to_date(
			now_datetime(), minutes=5
		):
			frappe.throw(_("The reception date cannot be in the future"), title=_("Invalid date"))

	# ------------------------------------------------------------------ policies
	def link_citizen_contact(self):
		if self.contact or not (self.reporter_email or self.reporter_phone):
			return
		self.contact = find_or_create_contact(self.reporter_name, self.reporter_email, self.reporter_phone)


def _parse_date(value):
	"""A date or datetime from a value, or ``None`` (parsed here: Frappe's helpers log a message)."""
	import datetime

	from dateutil import parser

	if isinstance(value, datetime.date):
		return value
	if not isinstance(value, str) or len(value) > 64:
		return None
	try:
		return parser.parse(value)
	except (ValueError, OverflowError):
		return None


def on_doctype_update():
	"""Composite indexes for the desk's usual lists (filters by status/service/type and date)."""
	frappe.db.add_index("Citizen Request", ["status", "service", "received_on"])
	frappe.db.add_index("Citizen Request", ["request_type", "status", "received_on"])
	# duplicate candidates: related types, candidate statuses, then the bounding box of the place
	# (own or geocoded coordinates) or the street key, and the time window
	frappe.db.add_index("Citizen Request", ["request_type", "status", "geo_latitude", "geo_longitude", "received_on"])
	frappe.db.add_index("Citizen Request", ["request_type", "status", "geo_street_key", "received_on"])
	frappe.db.add_index("Citizen Request", ["geo_status"])
	# the hourly L112-6 alert: flagged requests not yet reported, in an active status
	frappe.db.add_index(
		"Citizen Request",
		["appeal_delays_unenforceable", "acknowledgement_alert_sent_on", "status", "received_on"],
		index_name="appeal_delays_alert_index",
	)
	# the daily retention run: phase, then the date of the next step
	frappe.db.add_index("Citizen Request", ["retention_phase", "retention_due_on"])
	# Open311's GET requests of one service: newest first without sorting the whole window
	frappe.db.add_index("Citizen Request", ["request_type", "received_on"])
	# the quality dashboard, read from the index alone: the backlog by status, age and deadline,
	# and the map's cells of a period
	frappe.db.add_index("Citizen Request", ["status", "received_on", "resolution_by"], index_name="backlog_index")
	frappe.db.add_index("Citizen Request", ["received_on", "latitude", "longitude", "status"], index_name="map_cells_index")
