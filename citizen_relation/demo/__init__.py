"""A year in the life of a fictional commune, in one command, so that every screen is alive:

    bench --site SITE execute citizen_relation.demo.load
    bench --site SITE execute citizen_relation.demo.remove

``load`` creates the staff of *Val-Fleuri* (a manager, three supervisors, six agents, each in
their services), about 900 citizens, and replays a year of activity day by day — requests from
every channel in the collectivités' usual proportions, handled through the workflow by the
agents, some waiting for the citizen, some reopened, late or rejected, duplicates merged,
answers written with the knowledge base, first replies by e-mail, ratings (and the follow-up of
the dissatisfied), two expectation-survey campaigns with their answers — then computes the
statistics, a monthly quality report and the open data. Time is replayed with ``freezegun`` so
that every date, history row and deadline is what the application itself would have recorded.

No e-mail leaves: e-mails are muted while loading and the queued ones (all to ``.example``
addresses) are deleted. ``remove`` deletes everything the demo created and puts the settings
back. Both show their progress; ``load`` does nothing when the demo is already there.

Log in as ``claire.fontaine@val-fleuri.example`` (manager) with the password ``Demo-Val-Fleuri-2026``.
"""

from __future__ import annotations

import json
import math
import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import frappe
from frappe import _
from frappe.utils import add_days, getdate, now_datetime

from citizen_relation.demo import data

MARKER = "citizen_relation_demo"
CHUNK_COMMIT = 40


@dataclass(order=True)
class Event:
	at: datetime
	order: int
	kind: str = field(compare=False)
	key: int = field(compare=False, default=0)
	payload: dict = field(compare=False, default_factory=dict)


# ---------------------------------------------------------------------------------------------
# entry points
# ---------------------------------------------------------------------------------------------


def load(requests: int = 1000, days: int = 365, seed: int = 2026) -> None:
	"""Create the demo (``requests`` requests over the last ``days`` days)."""
	if frappe.db.get_global(MARKER):
		_say(_("The Val-Fleuri demo is already loaded: remove it first (citizen_relation.demo.remove)."))
		return
	try:
		from freezegun import freeze_time
	except ImportError:
		frappe.throw(_("The demo replays time with the freezegun package: install it with bench pip install freezegun"))
	started = time.perf_counter()
	previous_mute, frappe.flags.mute_emails = frappe.flags.mute_emails, True
	frappe.db.set_global(MARKER, json.dumps({"state": "loading"}))
	frappe.db.commit()
	demo = Demo(random.Random(seed), int(requests), int(days))
	try:
		demo.prepare()
		with freeze_time(demo.start) as clock:
			demo.replay(clock)
		demo.finish()
	except Exception:  # noqa: BLE001 - shown with its traceback, then the command fails
		# bench execute would hide the error behind its own: say it, and how to clean up
		import traceback

		frappe.db.rollback()
		frappe.db.set_global(MARKER, json.dumps(demo.memory))
		frappe.db.commit()
		traceback.print_exc()
		_say(_("The demo could not be loaded. Remove what was created with citizen_relation.demo.remove, then try again."))
		raise SystemExit(1) from None
	finally:
		frappe.flags.mute_emails = previous_mute
		frappe.set_user("Administrator")
	frappe.db.set_global(MARKER, json.dumps(demo.memory))
	frappe.db.commit()
	_say(
		_("Val-Fleuri is ready ({0} requests, {1} s). Log in as {2} with the password {3}.").format(
			demo.created, round(time.perf_counter() - started), demo.manager, data.PASSWORD
		)
	)


def remove() -> None:
	"""Delete everything the demo created and restore the settings it changed."""
	memory = json.loads(frappe.db.get_global(MARKER) or "{}")
	started = time.perf_counter()
	staff = frappe.get_all("User", filters={"name": ("like", f"%@{data.STAFF_DOMAIN}")}, pluck="name")
	requests = frappe.get_all("Citizen Request", filters={"owner": ("in", staff or ["-"])}, pluck="name", order_by="creation desc")
	requests += frappe.get_all(
		"Citizen Request", filters={"reporter_email": ("like", f"%@{data.CITIZEN_DOMAIN}"), "name": ("not in", requests or ["-"])}, pluck="name"
	)
	total = len(requests)
	first = _first_received(requests)
	_delete_surveys()
	ratings = frappe.get_all("Request Satisfaction", filters={"request": ("in", requests or ["-"])}, pluck="name")
	for doctype, field_name, values in (
		("ToDo", "reference_name", ratings),
		("Request Satisfaction", "name", ratings),
		("Knowledge Usage", "request", requests),
		("SLA Alert Log", "request", requests),
		("ToDo", "reference_name", requests),
		("Communication", "reference_name", requests),
		("Comment", "reference_name", requests),
		("Version", "docname", requests),
	):
		for start in range(0, len(values), 500):
			frappe.db.delete(doctype, {field_name: ("in", values[start : start + 500])})
	for index, name in enumerate(requests, 1):
		frappe.delete_doc("Citizen Request", name, force=True, ignore_permissions=True, delete_permanently=True)
		if index % 100 == 0 or index == total:
			frappe.db.commit()
			_progress(_("Removing the Val-Fleuri demo"), index, total)
	for report in memory.get("quality_reports") or []:
		if frappe.db.exists("Quality Report", report):
			frappe.delete_doc("Quality Report", report, force=True, ignore_permissions=True)
	for contact in frappe.get_all("Contact", filters={"email_id": ("like", f"%@{data.CITIZEN_DOMAIN}")}, pluck="name"):
		frappe.delete_doc("Contact", contact, force=True, ignore_permissions=True, delete_permanently=True)
	_restore_services(staff, memory.get("services") or {})
	for user in staff:
		frappe.db.delete("ToDo", {"allocated_to": user})
		frappe.db.delete("Notification Log", {"for_user": user})
		frappe.delete_doc("User", user, force=True, ignore_permissions=True, delete_permanently=True)
	_delete_queued_emails()
	settings = memory.get("settings") or {}
	if "collectivite_name" in settings:
		frappe.db.set_single_value("Citizen Relation Settings", "collectivite_name", settings["collectivite_name"])
	if memory.get("opendata"):
		from citizen_relation.stats import opendata

		opendata.publish()
	frappe.db.set_global(MARKER, None)
	frappe.db.commit()
	if first:
		from citizen_relation.stats import daily

		daily.backfill(getdate(first).isoformat())
	frappe.clear_cache()
	_say(_("The Val-Fleuri demo is removed ({0} requests, {1} s).").format(total, round(time.perf_counter() - started)))


# ---------------------------------------------------------------------------------------------
# the replay
# ---------------------------------------------------------------------------------------------


class Demo:
	def __init__(self, rng: random.Random, requests: int, days: int):
		self.rng = rng
		self.wanted = max(50, requests)
		self.days = max(30, days)
		self.end = now_datetime().replace(microsecond=0) - timedelta(minutes=5)
		self.start = self.end - timedelta(days=self.days)
		self.memory: dict = {"settings": {}, "quality_reports": []}
		self.created = 0
		self.names: dict[int, str] = {}
		self.order = 0

	# ------------------------------------------------------------------ people and places
	def prepare(self) -> None:
		_say(_("Preparing Val-Fleuri: staff, services, citizens…"))
		settings = frappe.get_single("Citizen Relation Settings")
		self.memory["settings"]["collectivite_name"] = settings.collectivite_name
		frappe.db.set_single_value("Citizen Relation Settings", "collectivite_name", data.COMMUNE)
		self.staff = [self._user(first, last, roles) for first, last, roles, _services in data.STAFF]
		self.manager = self.staff[0]
		self.members: dict[str, list[str]] = {}
		for (first, last, roles, services), user in zip(data.STAFF, self.staff):
			for service in services:
				self.members.setdefault(service, []).append(user)
		self.memory["services"] = {}
		for service, members in self.members.items():
			if not frappe.db.exists("Municipal Service", service):
				continue
			doc = frappe.get_doc("Municipal Service", service)
			self.memory["services"][service] = {"supervisor": doc.supervisor, "members": [m.user for m in doc.members]}
			doc.supervisor = self.staff[data.SUPERVISORS[service]]
			for user in members:
				if user not in [m.user for m in doc.members]:
					doc.append("members", {"user": user})
			doc.flags.ignore_permissions = True
			doc.save()
		self.types = self._types()
		self.articles = frappe.get_all("Knowledge Article", filters={"status": "Published"}, pluck="name") or []
		self.citizens = [self._citizen(i) for i in range(max(120, int(self.wanted * 0.75)))]
		self.outbox = self._outbox()
		self.streets = self._streets()
		frappe.db.commit()

	def _outbox(self) -> str | None:
		"""Frappe queues e-mails (muted here, then deleted) only with an outgoing account: a
		temporary one when the site has none, removed at the end of the load."""
		if frappe.db.exists("Email Account", {"enable_outgoing": 1, "default_outgoing": 1}):
			return None
		account = frappe.get_doc(
			{
				"doctype": "Email Account", "email_account_name": "Val-Fleuri (demo)", "email_id": f"mairie@{data.STAFF_DOMAIN}",
				"enable_incoming": 0, "enable_outgoing": 1, "default_outgoing": 1, "awaiting_password": 1,
				"smtp_server": f"smtp.{data.STAFF_DOMAIN}",
			}
		).insert(ignore_permissions=True)
		return account.name

	def _user(self, first: str, last: str, roles) -> str:
		email = f"{_ascii(first)}.{_ascii(last)}@{data.STAFF_DOMAIN}"
		if not frappe.db.exists("User", email):
			frappe.local.conf.throttle_user_limit = 100_000
			user = frappe.get_doc(
				{
					"doctype": "User", "email": email, "first_name": first, "last_name": last, "send_welcome_email": 0,
					"user_type": "System User", "language": "fr", "new_password": data.PASSWORD,
				}
			)
			user.flags.ignore_password_policy = True
			user.insert(ignore_permissions=True)
			user.add_roles(*roles)
		return email

	def _types(self) -> dict[str, list[dict]]:
		from citizen_relation.requests.profile import get_profile

		by_category: dict[str, list[dict]] = {}
		for name in frappe.get_all("Request Type", filters={"is_active": 1}, pluck="name"):
			profile = get_profile(name)
			if not profile or name not in data.SUBJECTS:
				continue
			by_category.setdefault(profile.category, []).append({"name": name, "profile": profile})
		if not by_category:
			frappe.throw(_("The demo needs the request types seeded at installation"))
		return by_category

	def _citizen(self, index: int) -> dict:
		first, last = self.rng.choice(data.FIRST_NAMES), self.rng.choice(data.LAST_NAMES)
		return {
			"name": f"{first} {last}",
			"email": f"{_ascii(first)}.{_ascii(last)}.{index}@{data.CITIZEN_DOMAIN}",
			"phone": f"+33 6 {self.rng.randint(10, 59)} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}",
		}

	def _streets(self) -> list[dict]:
		streets = []
		for rank, (name, north, east, length, bearing) in enumerate(data.STREETS):
			streets.append({"name": name, "north": north, "east": east, "length": length, "bearing": bearing, "weight": 1 / (rank + 1) ** 0.8})
		return streets

	def _place(self) -> dict:
		street = self.rng.choices(self.streets, weights=[s["weight"] for s in self.streets])[0]
		along = self.rng.uniform(-street["length"] / 2, street["length"] / 2)
		north = street["north"] + (along if street["bearing"] == "ns" else self.rng.gauss(0, 8))
		east = street["east"] + (along if street["bearing"] == "ew" else self.rng.gauss(0, 8))
		lat = data.CENTRE[0] + north / 111_195.0
		lon = data.CENTRE[1] + east / (111_195.0 * math.cos(math.radians(data.CENTRE[0])))
		number = self.rng.randint(1, 80)
		return {"street": street["name"], "address": f"{number} {street['name']}, {data.POSTCODE_CITY}", "lat": round(lat, 6), "lon": round(lon, 6)}

	# ------------------------------------------------------------------ the plan
	def _when(self, day_offset: int, channel: str) -> datetime:
		day = self.start + timedelta(days=day_offset)
		office = channel in ("Phone", "Counter", "Postal Mail", "Internal")
		if office:
			while day.weekday() >= 5:
				day += timedelta(days=1)
			hour = self.rng.uniform(8.5, 17.5)
		else:
			hour = min(23.9, max(6.0, self.rng.gauss(13, 4)))
		return day.replace(hour=int(hour), minute=int((hour % 1) * 60), second=self.rng.randint(0, 59))

	def plan(self) -> list[Event]:
		events: list[Event] = []
		weights = [data.SEASON[(self.start + timedelta(days=d)).month] * (1 + 0.25 * d / self.days) for d in range(self.days)]
		open_masters: list[tuple[datetime, datetime, str, str, int]] = []  # (from, until, type, street, key)
		for key in range(self.wanted):
			day_offset = self.rng.choices(range(self.days), weights=weights)[0]
			category = _weighted(self.rng, {c: w for c, w in data.CATEGORY_WEIGHTS.items() if c in self.types})
			rtype = self.rng.choice(self.types[category])
			channel = _weighted(self.rng, data.CHANNEL_WEIGHTS)
			received = self._when(day_offset, channel)
			if received >= self.end:
				continue
			located = category in ("Technical Problem", "Complaint") and rtype["name"] not in ("Réclamation",)
			place = self._place() if located else None
			citizen = self.rng.choice(self.citizens)
			values = {
				"channel": channel, "request_type": rtype["name"], "received_on": received,
				"subject": self.rng.choice(data.SUBJECTS[rtype["name"]]) + (f" – {place['street']}" if place else ""),
				"description": self.rng.choice(data.DETAILS),
				"reporter_name": citizen["name"],
				"reporter_email": citizen["email"] if channel not in ("Phone", "Counter") or self.rng.random() < 0.6 else None,
				"reporter_phone": citizen["phone"] if channel in ("Phone", "Counter") else None,
			}
			if place:
				values.update({"address": place["address"], "latitude": place["lat"], "longitude": place["lon"]})
			events.append(self._event(received, "create", key, {"values": values, "type": rtype}))
			# a duplicate of an incident still being handled on the same street
			if place and self.rng.random() < 0.12:
				master = next(
					(m for m in open_masters if m[2] == rtype["name"] and m[3] == place["street"] and m[0] < received < m[1] - timedelta(hours=2)),
					None,
				)
				if master:
					events.append(self._event(received + timedelta(minutes=self.rng.randint(20, 240)), "merge", key, {"master": master[4]}))
					continue
			until = self._outcome(events, key, received, rtype, channel, category, values)
			if place:
				open_masters.append((received, until, rtype["name"], place["street"], key))
				open_masters = [m for m in open_masters if m[1] > received - timedelta(days=1)][-300:]
		self._survey_events(events)
		return sorted(events)

	def _event(self, at: datetime, kind: str, key: int, payload: dict | None = None) -> Event:
		self.order += 1
		return Event(at, self.order, kind, key, payload or {})

	def _outcome(self, events, key, received, rtype, channel, category, values) -> datetime:
		"""The handling of one request (events), until it is resolved or now."""
		rng = self.rng
		if rng.random() < 0.025 and category in ("Complaint", "Suggestion", "Information Request"):
			events.append(self._event(received + timedelta(hours=rng.uniform(2, 60)), "reject", key))
			return received + timedelta(days=3)
		median_days = {"Technical Problem": 3.5, "Complaint": 9, "Information Request": 1.2, "Administrative Procedure": 6,
		               "Suggestion": 14, "Thanks": 0.5}[category]
		quick = channel in ("Phone", "Counter") and category in ("Information Request", "Thanks", "Administrative Procedure") and rng.random() < 0.55
		duration = timedelta(minutes=rng.uniform(3, 40)) if quick else timedelta(days=rng.lognormvariate(math.log(median_days), 0.9))
		take = received + (duration * 0.1 if quick else timedelta(hours=min(duration.total_seconds() / 3600 * 0.3, rng.lognormvariate(math.log(5), 0.8))))
		events.append(self._event(take, "move", key, {"status": "Open"}))
		events.append(self._event(take + (duration * 0.1 if quick else timedelta(minutes=rng.randint(5, 240))), "move", key, {"status": "In Progress"}))
		resolved = received + duration
		if values.get("reporter_email") and channel in ("E-mail", "Web Portal", "Mobile App / API") and not quick:
			events.append(self._event(take + timedelta(minutes=rng.randint(2, 90)), "reply", key))
		if self.articles and rng.random() < 0.32:
			events.append(self._event(take + timedelta(minutes=rng.randint(6, 200)), "knowledge", key))
		if not quick and rng.random() < 0.08:
			wait = take + (resolved - take) * 0.4
			events.append(self._event(wait, "move", key, {"status": "Waiting for Citizen"}))
			resolved += timedelta(days=rng.uniform(1, 6))
			events.append(self._event(wait + timedelta(days=rng.uniform(0.5, 3)), "move", key, {"status": "In Progress"}))
		events.append(self._event(resolved, "resolve", key))
		final = resolved
		if rng.random() < 0.05:
			reopened = resolved + timedelta(days=rng.uniform(0.5, 4))
			events.append(self._event(reopened, "move", key, {"status": "In Progress"}))
			final = reopened + timedelta(days=rng.uniform(1, 6))
			events.append(self._event(final, "resolve", key))
		if values.get("reporter_email") and rng.random() < 0.28:
			late = (final - received).days > median_days * 2
			rating = rng.choices((1, 2, 3, 4, 5), weights=(18, 22, 20, 25, 15) if late else (2, 4, 12, 40, 42))[0]
			comment = rng.choice(data.GOOD_COMMENTS if rating >= 4 else data.BAD_COMMENTS) if rng.random() < 0.5 else None
			events.append(self._event(final + timedelta(hours=rng.uniform(2, 96)), "rate", key, {"rating": rating, "comment": comment}))
		if rng.random() < 0.55:
			events.append(self._event(final + timedelta(days=rng.uniform(3, 10)), "move", key, {"status": "Closed"}))
		return final

	def _survey_events(self, events: list[Event]) -> None:
		half = self.start + timedelta(days=self.days // 2)
		events.append(self._event(self.start + timedelta(days=1), "survey", 0, {"step": "create"}))
		events.append(self._event(half, "survey", 1, {"step": "send", "from": self.start, "to": half - timedelta(days=7), "closes": half + timedelta(days=28)}))
		events.append(self._event(half + timedelta(days=30), "survey", 1, {"step": "close"}))
		recent = self.end - timedelta(days=18)
		events.append(self._event(recent, "survey", 2, {"step": "send", "from": half, "to": recent - timedelta(days=3), "closes": self.end + timedelta(days=20)}))
		for step in range(14):
			events.append(self._event(half + timedelta(days=1 + step * 2, hours=3), "survey", 1, {"step": "answer"}))
		for step in range(8):
			events.append(self._event(recent + timedelta(days=1 + step * 2, hours=5), "survey", 2, {"step": "answer"}))

	# ------------------------------------------------------------------ replaying
	def replay(self, clock) -> None:
		events = [e for e in self.plan() if e.at < self.end]
		total = len(events)
		_say(_("Replaying a year of activity: {0} events…").format(total))
		for index, event in enumerate(events, 1):
			clock.move_to(event.at)
			frappe.db.savepoint("demo_event")
			try:
				getattr(self, f"_on_{event.kind}")(event)
			except frappe.ValidationError as error:  # a step the application refuses is skipped, as an agent would
				frappe.db.rollback(save_point="demo_event")
				frappe.clear_messages()
				self.memory.setdefault("skipped", 0)
				self.memory["skipped"] += 1
				if self.memory["skipped"] <= 5:
					_say(_("Skipped: {0} ({1})").format(event.kind, str(error)[:120]))
			if index % CHUNK_COMMIT == 0 or index == total:
				frappe.db.commit()
				_progress(_("Loading the Val-Fleuri demo"), index, total)
		frappe.set_user("Administrator")

	def _as(self, service: str | None, supervisor: bool = False) -> str:
		if supervisor:
			user = self.staff[data.SUPERVISORS.get(service, 3)] if service else self.manager
		else:
			user = self.rng.choice(self.members.get(service) or [self.manager])
		frappe.set_user(user)
		return user

	def _doc(self, key: int):
		name = self.names.get(key)
		return frappe.get_doc("Citizen Request", name) if name else None

	def _on_create(self, event: Event) -> None:
		from citizen_relation.requests.intake import create_request

		values = dict(event.payload["values"])
		profile = event.payload["type"]["profile"]
		self._as(profile.service)
		values["received_on"] = event.at
		doc = create_request(values, self._type_values(profile), ignore_permissions=True)
		self.names[event.key] = doc.name
		self.created += 1

	def _type_values(self, profile) -> dict:
		values = {}
		for definition in profile.fields:
			if not definition.reqd:
				continue
			kind = definition.fieldtype
			if kind == "Select":
				values[definition.fieldname] = (definition.options or ("",))[0]
			elif kind == "Date":
				values[definition.fieldname] = str(add_days(getdate(), -self.rng.randint(400, 20000)))
			elif kind == "Int":
				values[definition.fieldname] = 1
			else:
				values[definition.fieldname] = "N/A"
		return values

	def _on_move(self, event: Event) -> None:
		doc = self._doc(event.key)
		if not doc or doc.status == event.payload["status"] or doc.merged_into:
			return
		supervisor = doc.status in ("Closed", "Rejected") and event.payload["status"] == "In Progress"
		self._as(doc.service, supervisor=supervisor)
		doc.status = event.payload["status"]
		doc.save()

	def _on_resolve(self, event: Event) -> None:
		doc = self._doc(event.key)
		if not doc or doc.merged_into or doc.status != "In Progress":
			return
		self._as(doc.service)
		if not doc.resolution_summary:
			# the workflow's Resolve transition asks for a saved resolution summary
			doc.resolution_summary = "<p>" + self.rng.choice(
				["Intervention réalisée par les services techniques.", "Réponse apportée au demandeur.",
				 "Dossier traité et clos.", "Le nécessaire a été fait sur place."]
			) + "</p>"
			doc.save()
		doc.status = "Resolved"
		doc.save()

	def _on_reject(self, event: Event) -> None:
		doc = self._doc(event.key)
		if not doc or doc.status != "New":
			return
		self._as(doc.service, supervisor=True)
		doc.status = "Rejected"
		doc.resolution_summary = "<p>Demande hors du champ de compétence de la commune.</p>"
		doc.save()

	def _on_reply(self, event: Event) -> None:
		from citizen_relation.requests.lifecycle import mark_system_write

		doc = self._doc(event.key)
		if not doc or doc.first_responded_on or doc.merged_into:
			return
		self._as(doc.service)
		doc.first_responded_on = event.at
		mark_system_write(doc)
		doc.save()

	def _on_knowledge(self, event: Event) -> None:
		from citizen_relation.knowledge.usage import record_usage

		doc = self._doc(event.key)
		if not doc or doc.merged_into:
			return
		self._as(doc.service)
		record_usage(doc.name, "article", self.rng.choice(self.articles), suggestion_rank=self.rng.randint(1, 3))

	def _on_merge(self, event: Event) -> None:
		from citizen_relation.duplicates.merging import merge
		from citizen_relation.requests.lifecycle import get_lifecycle

		doc, master = self._doc(event.key), self.names.get(event.payload["master"])
		if not doc or not master:
			return
		status = frappe.db.get_value("Citizen Request", master, "status")
		if not get_lifecycle().is_active(status):
			return
		self._as(doc.service)
		merge(doc.name, master, as_system=True)

	def _on_rate(self, event: Event) -> None:
		from citizen_relation.satisfaction.ratings import can_rate, record_rating

		name = self.names.get(event.key)
		if not name or not can_rate(name):
			return
		frappe.set_user("Guest")
		record_rating(name, event.payload["rating"], event.payload["comment"], via="Portal")

	def _on_survey(self, event: Event) -> None:
		from citizen_relation.surveys import answers, invitations, sampling

		frappe.set_user(self.manager)
		step = event.payload["step"]
		if step == "create":
			if not frappe.db.exists("Citizen Survey", data.SURVEY["title"]):
				frappe.get_doc({"doctype": "Citizen Survey", **data.SURVEY}).insert(ignore_permissions=True)
			return
		campaigns = self.memory.setdefault("campaigns", {})
		if step == "send":
			campaign = frappe.get_doc(
				{
					"doctype": "Survey Campaign",
					"title": f"Baromètre de {frappe.utils.format_date(event.at, 'MMMM yyyy')}",
					"survey": data.SURVEY["title"],
					"period_from": getdate(event.payload["from"]),
					"period_to": getdate(event.payload["to"]),
					"closes_on": getdate(event.payload["closes"]),
					"sample_size": 150,
					"email_subject": "Votre avis sur les services de la mairie de Val-Fleuri",
				}
			).insert(ignore_permissions=True)
			campaigns[str(event.key)] = campaign.name
			count = sampling.draw(campaign)
			frappe.db.set_value("Survey Campaign", campaign.name, {"status": "Sampled", "invited": count, "sampled_on": event.at}, update_modified=False)
			invitations.send(campaign.name)
			return
		name = campaigns.get(str(event.key))
		if not name:
			return
		campaign = frappe.get_doc("Survey Campaign", name)
		if step == "close":
			frappe.db.set_value("Survey Campaign", name, "status", "Closed", update_modified=False)
			return
		pending = frappe.get_all("Survey Invitation", filters={"campaign": name, "status": "Sent"}, fields=["name", "channel", "service", "category"])
		for invitation in self.rng.sample(pending, min(len(pending), self.rng.randint(2, 5))):
			answers.record(frappe._dict(invitation), campaign, self._survey_answers(event.key))

	def _survey_answers(self, wave: int) -> dict:
		better = 0.4 if wave == 2 else 0
		rng = self.rng
		scale = lambda: max(1, min(5, round(rng.gauss(3.6 + better, 1.0))))
		questions = {q["code"]: q for q in data.SURVEY["questions"]}
		return {
			"satisfaction": scale(),
			"delai": max(1, min(5, round(rng.gauss(3.1 + better, 1.1)))),
			"recommandation": max(0, min(10, round(rng.gauss(7 + better, 2)))),
			"canal_prefere": rng.choice(questions["canal_prefere"]["options"].split("\n")),
			"attentes": rng.sample(questions["attentes"]["options"].split("\n"), rng.randint(1, 2)),
			"commentaire": rng.choice(data.SURVEY_COMMENTS) if rng.random() < 0.3 else "",
		}

	# ------------------------------------------------------------------ afterwards
	def finish(self) -> None:
		from citizen_relation.sla.jobs import send_sla_alerts
		from citizen_relation.stats import daily, monthly, opendata

		frappe.set_user("Administrator")
		_say(_("Deadline alerts of the requests still open…"))
		send_sla_alerts()
		frappe.db.commit()
		_say(_("Computing the statistics…"))
		frappe.cache.delete_value(daily.DIRTY_KEY)
		daily.backfill(getdate(self.start).isoformat())
		frappe.set_user(self.manager)
		report = monthly.create_report(monthly.previous_month())
		self.memory["quality_reports"].append(report.name)
		frappe.set_user("Administrator")
		_say(_("Publishing the open data…"))
		opendata.publish()
		self.memory["opendata"] = True
		_delete_queued_emails()
		if self.outbox:
			frappe.delete_doc("Email Account", self.outbox, force=True, ignore_permissions=True)
		frappe.db.commit()


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def _weighted(rng: random.Random, weights: dict):
	return rng.choices(list(weights), weights=list(weights.values()))[0]


def _ascii(text: str) -> str:
	from citizen_relation.core.text import strip_accents

	return "".join(c for c in strip_accents(text).lower() if c.isalnum())


def _say(message: str) -> None:
	print(message, flush=True)


def _progress(title: str, index: int, total: int) -> None:
	frappe.publish_progress(100 * index / max(total, 1), title=title, description=f"{index} / {total}")
	print(f"\r{title}: {index} / {total}", end="\n" if index == total else "", flush=True)


def _delete_queued_emails() -> None:
	"""E-mails queued to the demo's ``.example`` addresses are never sent."""
	recipient = frappe.qb.DocType("Email Queue Recipient")
	queues = (
		frappe.qb.from_(recipient)
		.select(recipient.parent)
		.distinct()
		.where(recipient.recipient.like(f"%@{data.CITIZEN_DOMAIN}") | recipient.recipient.like(f"%@{data.STAFF_DOMAIN}"))
		.run(pluck=True)
	)
	for start in range(0, len(queues), 500):
		frappe.db.delete("Email Queue Recipient", {"parent": ("in", queues[start : start + 500])})
		frappe.db.delete("Email Queue", {"name": ("in", queues[start : start + 500])})


def _delete_surveys() -> None:
	if not frappe.db.exists("Citizen Survey", data.SURVEY["title"]):
		return
	for campaign in frappe.get_all("Survey Campaign", filters={"survey": data.SURVEY["title"]}, pluck="name"):
		for response in frappe.get_all("Survey Response", filters={"campaign": campaign}, pluck="name"):
			frappe.db.delete("Survey Answer", {"parent": response})
			frappe.db.delete("Survey Response", {"name": response})
		frappe.db.delete("Survey Invitation", {"campaign": campaign})
		frappe.db.delete("Survey Campaign Service", {"parent": campaign})
		frappe.db.delete("Survey Campaign Channel", {"parent": campaign})
		frappe.db.delete("Survey Campaign", {"name": campaign})
	frappe.delete_doc("Citizen Survey", data.SURVEY["title"], force=True, ignore_permissions=True)


def _first_received(requests: list[str]):
	if not requests:
		return None
	from frappe.query_builder.functions import Min

	request = frappe.qb.DocType("Citizen Request")
	first = None
	for start in range(0, len(requests), 1000):
		value = frappe.qb.from_(request).select(Min(request.received_on)).where(request.name.isin(requests[start : start + 1000])).run()
		if value and value[0][0] and (first is None or value[0][0] < first):
			first = value[0][0]
	return first


def _restore_services(staff: list[str], memory: dict) -> None:
	for service in frappe.get_all("Municipal Service", pluck="name"):
		doc = frappe.get_doc("Municipal Service", service)
		before = memory.get(service)
		changed = False
		if doc.supervisor in staff:
			doc.supervisor = (before or {}).get("supervisor")
			changed = True
		kept = [m for m in doc.members if m.user not in staff]
		if len(kept) != len(doc.members):
			doc.set("members", kept)
			changed = True
		if changed:
			doc.flags.ignore_permissions = True
			doc.save()
