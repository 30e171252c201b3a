"""SLA Policy documents as core policies (cached), and the runtime check of their conditions."""

from __future__ import annotations

import frappe
from frappe import _
from frappe.model.document import Document

from citizen_relation import caching
from citizen_relation.core.sla import CALENDAR_DAYS, WORKING_SECONDS, Policy, Target
from citizen_relation.requests.lifecycle import get_lifecycle

POLICY_CACHE_KEY = "sla_policies"
POLICY_FIELDS = [
	"name", "modified", "rank", "request_type", "category", "priority", "service", "condition", "calendar",
	"response_target_type", "response_time", "response_days",
	"resolution_target_type", "resolution_time", "resolution_days",
	"warning_threshold", "notify_assignee", "notify_supervisor", "escalation_role",
]


def get_policy_rows() -> list[dict]:
	"""Enabled SLA policies as plain dicts, with their own pausing/fulfilling statuses (shared cache)."""

	def load():
		rows = frappe.get_all("SLA Policy", filters={"enabled": 1}, fields=POLICY_FIELDS, order_by="name asc")
		statuses = frappe.get_all(
			"SLA Policy Status", filters={"parenttype": "SLA Policy"}, fields=["parent", "status", "effect"]
		)
		for row in rows:
			own = [s for s in statuses if s.parent == row.name]
			row["own_statuses"] = bool(own)
			row["pausing"] = sorted({s.status for s in own if s.effect == "Pause"})
			row["fulfilling"] = sorted({s.status for s in own if s.effect == "Fulfil"})
		return rows

	return caching.shared_get(POLICY_CACHE_KEY, load)


def clear_policy_cache(*args, **kwargs) -> None:
	caching.shared_delete(POLICY_CACHE_KEY)


def _target(kind: str, seconds, days) -> Target | None:
	if kind == "Calendar days":
		return Target(int(days), CALENDAR_DAYS) if days and int(days) > 0 else None
	return Target(float(seconds), WORKING_SECONDS) if seconds and float(seconds) > 0 else None


def core_policy(row: dict) -> Policy | None:
	"""The row as a core Policy (``None`` without targets); policies listing no statuses of their
	own pause and fulfil as the lifecycle says. Built once per version of the row and mapping."""
	lifecycle = get_lifecycle()
	version = (str(row["modified"]), row["own_statuses"], lifecycle.pausing_statuses, lifecycle.fulfilling_statuses)

	def build():
		response = _target(row["response_target_type"], row["response_time"], row["response_days"])
		resolution = _target(row["resolution_target_type"], row["resolution_time"], row["resolution_days"])
		if not (response or resolution):
			return None
		share = (row.get("warning_threshold") or 0) / 100
		return Policy(
			row["name"],
			response=response,
			resolution=resolution,
			request_type=row["request_type"],
			priority=row["priority"],
			service=row["service"],
			category=row["category"],
			rank=row["rank"] or 0,
			pausing_statuses=frozenset(row["pausing"]) if row["own_statuses"] else lifecycle.pausing_statuses,
			fulfilling_statuses=(
				frozenset(row["fulfilling"]) if row["own_statuses"] else lifecycle.fulfilling_statuses
			),
			has_condition=bool(row.get("condition")),
			calendar=row["calendar"],
			warning_thresholds=(share,) if 0 < share < 1 else (),
		)

	return caching.worker_memo("sla_policies", row["name"], version, build, maxsize=1024)


def core_policies() -> tuple[list[Policy], dict[str, dict]]:
	"""Enabled policies as core objects, and their rows by name (notification settings)."""
	rows = get_policy_rows()
	policies, by_name = [], {}
	for row in rows:
		policy = core_policy(row)
		if policy is not None:
			policies.append(policy)
			by_name[policy.name] = row
	return policies, by_name


def condition_checker(doc, rows: dict[str, dict]):
	"""``condition_holds(policy)`` for :func:`core.sla.evaluate`: the policy's Python condition
	on this request. A condition that fails to evaluate does not hold: it is logged (once per
	policy and request) and the next policy applies — a broken policy never blocks a save or a job."""
	values = None

	def holds(policy: Policy) -> bool:
		nonlocal values
		if values is None:
			values = doc.as_dict() if isinstance(doc, Document) else doc
		condition = rows[policy.name].get("condition")
		try:
			return bool(frappe.safe_eval(condition, None, {"doc": values}))
		except Exception:
			frappe.log_error(
				title=_("SLA Policy {0}: its condition failed on {1}").format(policy.name, values.get("name")),
				reference_doctype="SLA Policy",
				reference_name=policy.name,
			)
			return False

	return holds
