"""Open311 API clients in the desk: generate (once shown) and revoke keys.

The Open311 endpoints themselves are not whitelisted methods: they are served by the website
renderer :mod:`citizen_relation.open311.renderer` at ``/open311/v2/…``.
"""


import frappe

from citizen_relation.open311 import clients

DOCTYPE = "Open311 Client"


@frappe.whitelist(methods=["POST"])
def generate_api_key(client: str) -> dict:
	"""A new key and callback secret for ``client``, shown once: the previous key stops working."""
	frappe.get_doc(DOCTYPE, client).check_permission("write")
	return clients.issue_key(client)


@frappe.whitelist(methods=["POST"])
def revoke_api_key(client: str) -> None:
	"""The client's key stops working at once."""
	frappe.get_doc(DOCTYPE, client).check_permission("write")
	clients.revoke_key(client)
