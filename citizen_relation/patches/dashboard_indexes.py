"""Indexes of the quality dashboard on an existing site (the backlog by age and the map's cells
read from the index alone at a million requests)."""

from citizen_relation.citizen_relation.doctype.citizen_request.citizen_request import on_doctype_update


def execute():
	on_doctype_update()
