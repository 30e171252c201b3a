"""Frappe's generic read endpoints, made to respect permissions (``override_whitelisted_methods``).

Frappe v15 has generic endpoints that skip the permission rules a list applies:

- ``frappe.client.get_count`` counts any doctype with no permission check at all: with filters
  such as ``reporter_email like 'a%'`` a citizen's portal account extracted another citizen's
  e-mail in a few hundred calls;
- ``frappe.desk.listview.get_group_by_count`` (the list's sidebar "Assigned to" counts) runs its
  sub-query without any permission either;
- ``frappe.desk.search.search_link`` / ``search_widget`` with ``ignore_user_permissions`` skip the
  list's permission rule (``permission_query_conditions``) when the caller may read the doctype
  at all: an agent of one service listed the requests of every service.

The replacements below keep Frappe's behaviour for what the caller may see and apply the same
rule as the list for the rest. Other generic endpoints (``frappe.client.get_list``/``get_value``/
``get``, ``frappe.desk.reportview.*``) go through ``frappe.get_list`` or a document check and
follow the permission hooks; child tables follow their parent through the hooks of
:mod:`citizen_relation.permissions.children`. The permission matrix test calls each of them.
"""

import frappe
from frappe import _


def _has_query_rule(doctype: str) -> bool:
	"""The doctype has a list rule (``permission_query_conditions``) that a bypass would skip."""
	return bool(frappe.get_hooks("permission_query_conditions", {}).get(doctype))


def _check_doctype(doctype) -> str:
	if not isinstance(doctype, str) or not doctype or not frappe.db.exists("DocType", doctype):
		frappe.throw(_("Unknown document type"), frappe.DoesNotExistError)
	return doctype


@frappe.whitelist()
def get_count(doctype: str, filters=None, debug=False, cache=False) -> int:
	"""``frappe.client.get_count`` counting only what the caller may list."""
	from frappe.client import get_safe_filters

	doctype = _check_doctype(doctype)
	if frappe.get_meta(doctype).issingle:
		frappe.throw(_("Cannot count a single document type"))
	ptype = "select" if frappe.only_has_select_perm(doctype) else "read"
	if not frappe.has_permission(doctype, ptype):
		frappe.throw(_("No permission for {0}").format(_(doctype)), frappe.PermissionError)
	filters = get_safe_filters(filters)
	if filters is not None and not isinstance(filters, dict | list):
		frappe.throw(_("Filters must be a list or a mapping"), title=_("Invalid input"))
	rows = frappe.get_list(
		doctype,
		filters=filters,
		fields=[f"count(`tab{doctype}`.`name`) as total"],
		order_by=None,
		limit_page_length=0,
	)
	return rows[0].total if rows else 0


@frappe.whitelist()
def get_group_by_count(doctype: str, current_filters: str, field: str) -> list[dict]:
	"""The list sidebar's group-by counts, only over the documents the caller may list."""
	from frappe.desk.listview import get_group_by_count as frappe_group_by_count

	doctype = _check_doctype(doctype)
	frappe.has_permission(doctype, "select" if frappe.only_has_select_perm(doctype) else "read", throw=True)
	_filters(current_filters)  # refused here rather than as a server error further on
	if field != "assigned_to" or not (_has_query_rule(doctype) or not frappe.has_permission(doctype, "read")):
		return frappe_group_by_count(doctype, current_filters, field)
	# "Assigned to": Frappe's sub-query ignores the list rule; count over what the caller may list
	names = frappe.get_list(doctype, filters=_filters(current_filters), pluck="name", limit_page_length=0)
	if not names:
		return []
	todo = frappe.qb.DocType("ToDo")
	user = frappe.qb.DocType("User")
	from frappe.query_builder.functions import Count

	count = Count("*").as_("count")
	return (
		frappe.qb.from_(todo)
		.from_(user)
		.select(todo.allocated_to.as_("name"), count)
		.where(
			(todo.status != "Cancelled")
			& (todo.allocated_to == user.name)
			& (user.user_type == "System User")
			& (todo.reference_type == doctype)
			& (todo.reference_name.isin(names))
		)
		.groupby(todo.allocated_to)
		.orderby(count, order=frappe.qb.desc)
		.limit(50)
		.run(as_dict=True)
	)


def _filters(value):
	try:
		filters = frappe.parse_json(value) if isinstance(value, str) else value
	except (ValueError, RecursionError):
		filters = False
	if filters is not None and not isinstance(filters, dict | list):
		frappe.throw(_("Filters must be a list or a mapping"), title=_("Invalid input"))
	return filters


@frappe.whitelist()
def search_link(
	doctype: str,
	txt: str,
	query: str | None = None,
	filters: str | dict | list | None = None,
	page_length: int = 10,
	searchfield: str | None = None,
	reference_doctype: str | None = None,
	ignore_user_permissions: bool = False,
) -> list:
	"""Link search that keeps the doctype's list rule (``ignore_user_permissions`` cannot lift it)."""
	from frappe.desk.search import search_link as frappe_search_link

	return frappe_search_link(
		doctype,
		txt,
		query=query,
		filters=filters,
		page_length=page_length,
		searchfield=searchfield,
		reference_doctype=reference_doctype,
		ignore_user_permissions=_keep_rule(doctype, ignore_user_permissions),
	)


@frappe.whitelist()
def search_widget(
	doctype: str,
	txt: str,
	query: str | None = None,
	searchfield: str | None = None,
	start: int = 0,
	page_length: int = 10,
	filters: str | None | dict | list = None,
	filter_fields=None,
	as_dict: bool = False,
	reference_doctype: str | None = None,
	ignore_user_permissions: bool = False,
):
	"""As :func:`search_link`, for the older search endpoint."""
	from frappe.desk.search import search_widget as frappe_search_widget

	return frappe_search_widget(
		doctype,
		txt,
		query=query,
		searchfield=searchfield,
		start=start,
		page_length=page_length,
		filters=filters,
		filter_fields=filter_fields,
		as_dict=as_dict,
		reference_doctype=reference_doctype,
		ignore_user_permissions=_keep_rule(doctype, ignore_user_permissions),
	)


def _keep_rule(doctype, ignore_user_permissions) -> bool:
	"""Frappe turns ``ignore_user_permissions`` into ``ignore_permissions`` (the whole rule)."""
	if isinstance(doctype, str) and _has_query_rule(doctype):
		return False
	return ignore_user_permissions
