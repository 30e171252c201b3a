"""The permission matrix: every caller × every doctype, report, app endpoint and generic endpoint (issue 8).

Callers: a guest, citizens A and B (portal accounts linked to their Contacts), an agent of
service A and one of service B (agents restricted to their services), a supervisor and a
manager. Each side has a request carrying unique markers (a token in its subject and
description, its reference); the other side's callers must never receive them, nor write on
that request, nor get a server error.

Nothing here is listed by hand but what must be declared: the app's doctypes and reports are
read from the database, its endpoints from the modules of ``citizen_relation.api``. An endpoint
added later (portal, Open311…) fails :meth:`test_every_app_endpoint_is_declared` until it gets a
line in :data:`ENDPOINTS` saying how to call it — then it is attacked like the others.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil

import frappe
from frappe.tests.utils import FrappeTestCase
from frappe.utils import now_datetime, random_string

import citizen_relation.api
from citizen_relation.permissions.children import CHILD_PARENTS
from citizen_relation.tests.endpoints import make_citizen, outcome
from citizen_relation.tests.factories import (
	BELLECOUR,
	make_agent,
	make_article,
	make_duplicate_type,
	make_manager,
	make_service,
	make_supervisor,
	make_template,
)

MODULE = "Citizen Relation"

# How to call each whitelisted function of citizen_relation.api.  Values are literals or keys of
# the caller's context: "victim" (the other side's request), "own" (the caller's side's request),
# "victim_type", "template", "internal_article", "victim_email".
# ``writes``: an "ok" on the victim is a leak. ``guest``: guests may call it (public endpoint).
# ``public``: a public output, where references are public: the citizen's words and identity are checked.
ENDPOINTS: dict[str, dict] = {
	"citizen_relation.api.crpa.get_acknowledgement": {"args": {"name": "victim"}, "method": "GET"},
	"citizen_relation.api.crpa.mark_acknowledged": {"args": {"name": "victim"}, "writes": True},
	"citizen_relation.api.crpa.resend_acknowledgement": {"args": {"name": "victim"}, "writes": True},
	"citizen_relation.api.duplicates.get_duplicate_candidates": {"args": {"name": "own"}, "method": "GET"},
	"citizen_relation.api.duplicates.merge_requests": {"args": {"name": "own", "master": "victim"}, "writes": True},
	"citizen_relation.api.duplicates.unmerge_request": {"args": {"name": "victim"}, "writes": True},
	# an agent's "Not a duplicate" and its undo: both requests must be writable
	"citizen_relation.api.duplicates.mark_not_duplicate": {"args": {"name": "own", "candidate": "victim"}, "writes": True},
	"citizen_relation.api.duplicates.undo_not_duplicate": {"args": {"name": "own", "candidate": "victim"}, "writes": True},
	# the duplicate model: administrators only
	"citizen_relation.api.duplicates.recalibrate_model": {"args": {}},
	"citizen_relation.api.duplicates.adopt_model": {"args": {"name": "no such model"}},
	"citizen_relation.api.duplicates.use_seeded_model": {"args": {}},
	# Open311 API keys: whoever may write the client (the endpoints themselves are not whitelisted)
	"citizen_relation.api.open311.generate_api_key": {"args": {"client": "no such client"}, "writes": True},
	"citizen_relation.api.open311.revoke_api_key": {"args": {"client": "no such client"}, "writes": True},
	# public output: the reference is public, the citizen's words and identity are not
	"citizen_relation.api.duplicates.find_similar_reports": {
		"args": {"request_type": "victim_type", "latitude": BELLECOUR[0], "longitude": BELLECOUR[1], "text": "lampadaire"},
		"guest": True,
		"public": True,
	},
	"citizen_relation.api.crpa.get_letter": {"args": {"name": "victim", "kind": "Acknowledgement"}},
	"citizen_relation.api.crpa.send_letter": {"args": {"name": "victim", "kind": "Acknowledgement"}, "writes": True},
	"citizen_relation.api.crpa.mark_letter_posted": {"args": {"name": "victim", "kind": "Acknowledgement"}, "writes": True},
	"citizen_relation.api.portal.search_types": {"args": {"query": "lampadaire"}, "guest": True, "public": True, "method": "GET"},
	"citizen_relation.api.portal.similar_reports": {
		"args": {"request_type": "victim_type", "latitude": BELLECOUR[0], "longitude": BELLECOUR[1]},
		"guest": True,
		"public": True,
		"method": "GET",
	},
	"citizen_relation.api.portal.map_points": {"args": {}, "guest": True, "public": True, "method": "GET"},
	"citizen_relation.api.portal.articles_for_type": {"args": {"request_type": "victim_type"}, "guest": True, "public": True, "method": "GET"},
	"citizen_relation.api.portal.submit_report": {"args": {}, "guest": True, "public": True},
	# a citizen's "me too" on a public report: a write on purpose, its answer must stay public
	"citizen_relation.api.portal.follow_report": {"args": {"master": "victim"}, "guest": True, "public": True},
	"citizen_relation.api.portal.get_request": {"args": {"reference": "victim"}, "guest": True, "method": "GET"},
	"citizen_relation.api.portal.reply": {"args": {"reference": "victim", "message": "Bonjour"}, "guest": True, "writes": True},
	"citizen_relation.api.portal.rate_request": {"args": {"reference": "victim", "rating": 5}, "guest": True, "writes": True},
	"citizen_relation.api.portal.photo": {"args": {"reference": "victim", "file": "x.jpg"}, "guest": True, "method": "GET"},
	"citizen_relation.api.portal.revoke_tracking_link": {"args": {"name": "victim"}, "writes": True},
	"citizen_relation.api.privacy.run_retention_now": {"args": {}},
	"citizen_relation.api.privacy.get_erasure_plan": {"args": {"request": "victim"}},
	"citizen_relation.api.privacy.erase_personal_data": {"args": {"reference": "victim", "request": "victim"}, "writes": True},
	"citizen_relation.api.privacy.download_personal_data": {"args": {"request": "victim"}, "method": "GET"},
	"citizen_relation.api.privacy.set_legal_hold": {"args": {"name": "victim", "hold": 1, "reason": "Contentieux"}, "writes": True},
	"citizen_relation.api.privacy.restore_from_archive": {"args": {"name": "victim", "reason": "Erreur"}, "writes": True},
	"citizen_relation.api.knowledge.suggest_for_request": {"args": {"name": "victim"}, "method": "GET"},
	"citizen_relation.api.knowledge.render_template_for_request": {"args": {"template": "template", "request": "victim"}},
	"citizen_relation.api.knowledge.get_article_for_request": {"args": {"article": "internal_article", "request": "victim"}},
	"citizen_relation.api.knowledge.preview_template": {
		"args": {"body": "{{ request.reference }} {{ request.subject }} {{ citizen.email }}", "request": "victim"}
	},
	"citizen_relation.api.knowledge.get_template_variables": {"args": {}, "method": "GET"},
	"citizen_relation.api.knowledge.get_public_articles": {"args": {"query": "interne"}, "guest": True, "method": "GET"},
	"citizen_relation.api.knowledge.get_public_article": {"args": {"name": "internal_article"}, "guest": True, "method": "GET"},
	"citizen_relation.api.knowledge.vote_article": {"args": {"name": "internal_article", "helpful": 1}, "guest": True},
	"citizen_relation.api.requests.quick_entry": {
		"args": {"channel": "Phone", "request_type": "victim_type", "subject": "Appel", "reporter_email": "victim_email"},
		"creates": True,
	},
	"citizen_relation.api.requests.get_type_fields": {"args": {"request_type": "victim_type"}, "method": "GET"},
	"citizen_relation.api.requests.lookup_contacts": {"args": {"query": "victim_email"}, "method": "GET"},
	"citizen_relation.api.sla.get_time_zones": {"args": {}, "method": "GET"},
	"citizen_relation.api.generic.get_count": {"args": {"doctype": "Citizen Request"}},
	"citizen_relation.api.generic.get_group_by_count": {
		"args": {"doctype": "Citizen Request", "current_filters": "{}", "field": "assigned_to"}
	},
	"citizen_relation.api.generic.search_link": {"args": {"doctype": "Citizen Request", "txt": "", "ignore_user_permissions": 1}},
	"citizen_relation.api.generic.search_widget": {"args": {"doctype": "Citizen Request", "txt": "", "ignore_user_permissions": 1}},
	# quality statistics: aggregates for the desk (an agent restricted to services sees theirs only);
	# the map lists individual requests when few: they must be readable
	**{
		f"citizen_relation.api.stats.{name}": {"args": {"filters": "{}"}, "method": "GET"}
		for name in (
			"card_backlog", "card_csat", "card_first_contact", "card_knowledge", "card_median_resolution",
			"card_median_response", "card_merged", "card_overdue", "card_rating_response", "card_received",
			"card_reopened", "card_resolution_on_time", "card_resolved",
		)
	},
	**{
		f"citizen_relation.api.stats.{name}": {"args": {"filters": "{}"}, "method": "GET"}
		for name in ("backlog_by_age", "breakdown", "indicator_trend", "rating_distribution", "time_distribution", "volume_over_time")
	},
	"citizen_relation.api.stats.map_cells": {
		"args": {"filters": "{}", "south": 45.70, "west": 4.78, "north": 45.80, "east": 4.90, "zoom": 16},
		"method": "GET",
	},
	"citizen_relation.api.stats.rebuild_statistics": {"args": {}},
	# the monthly quality report and the open data: supervisors and managers
	"citizen_relation.api.quality.recompute_report": {"args": {"name": "no such report"}},
	"citizen_relation.api.quality.send_report": {"args": {"name": "no such report", "recipients": "elu@example.org"}},
	"citizen_relation.api.quality.send_monthly_reports_now": {"args": {}},
	"citizen_relation.api.quality.publish_open_data": {"args": {}},
	# expectation surveys: managers run campaigns; a citizen answers with their personal link
	"citizen_relation.api.surveys.draw_sample": {"args": {"campaign": "no such campaign"}},
	"citizen_relation.api.surveys.send_invitations": {"args": {"campaign": "no such campaign"}},
	"citizen_relation.api.surveys.close_campaign": {"args": {"campaign": "no such campaign"}},
	"citizen_relation.api.surveys.submit_answers": {"args": {"token": "no such token", "answers_json": "{}"}, "guest": True},
}

# Frappe's generic read endpoints, called for every doctype of the app.
GENERIC = (
	"frappe.client.get_list",
	"frappe.client.get_count",
	"frappe.client.get_value",
	"frappe.client.get",
	"frappe.desk.reportview.get",
	"frappe.desk.reportview.get_count",
	"frappe.desk.search.search_link",
	"frappe.desk.listview.get_group_by_count",
)


def app_endpoints() -> dict[str, object]:
	"""Every whitelisted function defined in a module of citizen_relation.api."""
	found = {}
	for info in pkgutil.iter_modules(citizen_relation.api.__path__):
		module = importlib.import_module(f"citizen_relation.api.{info.name}")
		for name, fn in inspect.getmembers(module, inspect.isfunction):
			if fn.__module__ == module.__name__ and fn in frappe.whitelisted:
				found[f"{module.__name__}.{name}"] = fn
	return found


class TestPermissionMatrix(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		frappe.db.set_single_value("Citizen Relation Settings", "restrict_agents_to_their_services", 1)
		frappe.clear_document_cache("Citizen Relation Settings", "Citizen Relation Settings")
		cls.agent_a, cls.agent_b = make_agent(), make_agent()
		cls.supervisor, cls.manager = make_supervisor(), make_manager()
		cls.citizen_a, contact_a = make_citizen()
		cls.citizen_b, contact_b = make_citizen()
		service_a, service_b = make_service(members=[cls.agent_a]), make_service(members=[cls.agent_b])
		cls.type_a = make_duplicate_type(service=service_a.name).name
		cls.type_b = make_duplicate_type(service=service_b.name).name
		cls.side = {}
		for key, citizen, contact, request_type in (("a", cls.citizen_a, contact_a, cls.type_a), ("b", cls.citizen_b, contact_b, cls.type_b)):
			token = f"MARK{key.upper()}{random_string(8)}"
			private = f"PRIV{key.upper()}{random_string(8)}"
			request = frappe.get_doc(
				{
					"doctype": "Citizen Request",
					"request_type": request_type,
					"channel": "Web Portal",
					"subject": f"Lampadaire éteint {token}",
					"description": f"<p>Détail {token} {private}</p>",
					"contact": contact,
					"reporter_name": f"Nom{private}",
					"reporter_email": citizen,
					"latitude": BELLECOUR[0],
					"longitude": BELLECOUR[1],
				}
			).insert(ignore_permissions=True)
			frappe.get_doc(
				{"doctype": "SLA Alert Log", "request": request.name, "target": "Response", "kind": "Warning", "sent_on": now_datetime(), "recipients": token}
			).insert(ignore_permissions=True)
			cls.side[key] = frappe._dict(request=request.name, type=request_type, token=token, private=private, email=citizen)
		cls.internal_token = f"INTERNE{random_string(8)}"
		cls.internal_article = make_article(title=f"Procédure interne {cls.internal_token}", body=f"<p>{cls.internal_token}</p>").name
		make_article(audience="Public", title="Horaires de la mairie")
		cls.template = make_template().name


	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		super().tearDownClass()

	def setUp(self):
		frappe.local.flags.pop("citizen_relation_services_of_user", None)
		frappe.local.flags.pop("citizen_relation_contact_restricted", None)
		for key in frappe.cache.keys("*citizen_relation:rl:*"):
			frappe.cache.delete(key)

	# --- who may see what ----------------------------------------------------------------------
	def callers(self) -> dict[str, dict]:
		a, b = self.side["a"], self.side["b"]
		request_markers = lambda s: [s.token, s.private, s.request]
		personal = lambda s: [s.private, s.email]
		return {
			"Guest": {"victim": b, "own": a, "forbidden": request_markers(a) + request_markers(b) + [a.email, b.email, self.internal_token], "public": personal(a) + personal(b)},
			self.citizen_a: {"victim": b, "own": a, "forbidden": request_markers(b) + [b.email, self.internal_token], "public": personal(b)},
			self.citizen_b: {"victim": a, "own": b, "forbidden": request_markers(a) + [a.email, self.internal_token], "public": personal(a)},
			# citizens' contacts are one directory for every service: their e-mail is not forbidden
			self.agent_a: {"victim": b, "own": a, "forbidden": request_markers(b), "public": [b.token, b.private]},
			self.agent_b: {"victim": a, "own": b, "forbidden": request_markers(a), "public": [a.token, a.private]},
			self.supervisor: {"victim": b, "own": a, "forbidden": [], "public": []},
			self.manager: {"victim": b, "own": a, "forbidden": [], "public": []},
		}

	def context_value(self, value, caller: dict):
		victim, own = caller["victim"], caller["own"]
		return {
			"victim": victim.request,
			"own": own.request,
			"victim_type": victim.type,
			"victim_email": victim.email,
			"template": self.template,
			"internal_article": self.internal_article,
		}.get(value, value) if isinstance(value, str) else value

	def check(self, problems: list, label: str, status: str, result, markers: list[str]):
		if status == "error":
			problems.append(f"{label}: server error {type(result).__name__}: {str(result)[:200]}")
			return
		if status != "ok":
			return
		text = json.dumps(result, default=str)
		leaked = [m for m in markers if m and m in text]
		if leaked:
			problems.append(f"{label}: leaks {leaked}")

	# --- the matrix ---------------------------------------------------------------------------
	def test_every_app_endpoint_is_declared(self):
		undeclared = sorted(set(app_endpoints()) - set(ENDPOINTS))
		self.assertEqual(undeclared, [], "declare how to call these endpoints in ENDPOINTS of test_permission_matrix.py")
		gone = sorted(set(ENDPOINTS) - set(app_endpoints()))
		self.assertEqual(gone, [], "these declared endpoints no longer exist")

	def test_app_endpoints_leak_nothing(self):
		problems: list[str] = []
		endpoints = app_endpoints()
		answered = 0
		for user, caller in self.callers().items():
			for cmd, spec in ENDPOINTS.items():
				if cmd not in endpoints:
					continue
				args = {k: self.context_value(v, caller) for k, v in spec["args"].items()}
				status, result = outcome(cmd, user, spec.get("method", "POST"), **args)
				label = f"{user} → {cmd}"
				if user == "Guest" and not spec.get("guest") and status == "ok":
					problems.append(f"{label}: a guest may call it")
				if spec.get("creates") and user in ("Guest", self.citizen_a, self.citizen_b) and status == "ok":
					problems.append(f"{label}: created a request")
				if spec.get("writes") and caller["forbidden"] and status == "ok":
					problems.append(f"{label}: wrote on {caller['victim'].request}")
				markers = caller["public"] if spec.get("public") else caller["forbidden"]
				self.check(problems, label, status, result, markers)
				answered += status == "ok"
		self.assertEqual(problems, [], "\n".join(problems))
		# not a matrix of refusals: supervisors and managers get answers from most endpoints
		self.assertGreater(answered, len(ENDPOINTS))

	def test_doctypes_through_generic_endpoints_leak_nothing(self):
		problems: list[str] = []
		doctypes = frappe.get_all("DocType", filters={"module": MODULE}, fields=["name", "istable", "issingle"])
		self.assertGreater(len(doctypes), 15)
		for user, caller in self.callers().items():
			victim = caller["victim"]
			for dt in doctypes:
				for cmd in GENERIC:
					for args in self.generic_args(cmd, dt, victim):
						status, result = outcome(cmd, user, "GET" if "get" in cmd else "POST", **args)
						label = f"{user} → {cmd}({dt.name})"
						probing = _probe_filters(dt.name, victim) is not None
						if cmd.endswith("count") and status == "ok" and caller["forbidden"] and probing and _count(result) > 0:
							problems.append(f"{label}: counts {victim.request}")
						self.check(problems, label, status, result, caller["forbidden"])
		self.assertEqual(problems, [], "\n".join(problems))

	def generic_args(self, cmd: str, dt, victim) -> list[dict]:
		"""Arguments for a generic endpoint on doctype ``dt``, aimed at the victim's records."""
		if dt.issingle:
			return [{"doctype": dt.name, "name": dt.name}] if cmd == "frappe.client.get" else []
		parent = CHILD_PARENTS.get(dt.name) or _parent_of(dt.name) if dt.istable else None
		probe = _probe_filters(dt.name, victim)
		extra = {"parent": parent} if parent and cmd.startswith("frappe.client") else {}
		if cmd == "frappe.client.get_list":
			return [{"doctype": dt.name, "fields": json.dumps(["*"]), "limit_page_length": 500, **extra}]
		if cmd == "frappe.client.get_count":
			return [{"doctype": dt.name, "filters": json.dumps(probe)}] if probe else [{"doctype": dt.name}]
		if cmd == "frappe.client.get_value":
			return [{"doctype": dt.name, "fieldname": json.dumps(["*"]), "filters": json.dumps(probe), **extra}] if probe else []
		if cmd == "frappe.client.get":
			names = frappe.get_all(dt.name, filters=probe, pluck="name", limit=3) if probe else []
			return [{"doctype": dt.name, "name": n, **extra} for n in names]
		if cmd == "frappe.desk.reportview.get":
			return [{"doctype": dt.name, "fields": json.dumps([f"`tab{dt.name}`.*"]), "filters": "[]", "page_length": 500, **({"parent_doctype": parent} if parent else {})}]
		if cmd == "frappe.desk.reportview.get_count":
			return [{"doctype": dt.name, "filters": json.dumps(probe or [])}] if not dt.istable else []
		if cmd == "frappe.desk.search.search_link":
			return [{"doctype": dt.name, "txt": "", "ignore_user_permissions": 1, "page_length": 500}]
		if cmd == "frappe.desk.listview.get_group_by_count":
			return [{"doctype": dt.name, "current_filters": json.dumps(probe or {}), "field": "assigned_to"}] if not dt.istable else []
		return []

	def test_reports_leak_nothing(self):
		problems: list[str] = []
		reports = frappe.get_all("Report", filters={"module": MODULE}, pluck="name")
		self.assertGreater(len(reports), 3)
		for user, caller in self.callers().items():
			for report in reports:
				status, result = outcome(
					"frappe.desk.query_report.run", user, report_name=report, filters=json.dumps({"from_date": "2020-01-01"})
				)
				self.check(problems, f"{user} → report {report}", status, result, caller["forbidden"])
		self.assertEqual(problems, [], "\n".join(problems))


def _count(result) -> int:
	return result if isinstance(result, int) else 0


def _parent_of(child: str) -> str | None:
	return frappe.db.get_value("DocField", {"options": child, "fieldtype": ("in", ("Table", "Table MultiSelect"))}, "parent")


def _probe_filters(doctype: str, victim) -> list | None:
	"""Filters selecting the victim's records in ``doctype`` (None: no such records)."""
	if doctype == "Citizen Request":
		return [["name", "=", victim.request]]
	if CHILD_PARENTS.get(doctype) == "Citizen Request":
		return [["parent", "=", victim.request]]
	meta = frappe.get_meta(doctype)
	for df in meta.get_link_fields():
		if df.options == "Citizen Request":
			return [[df.fieldname, "=", victim.request]]
	return None
