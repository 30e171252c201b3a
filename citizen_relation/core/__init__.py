"""Pure domain core of citizen_relation.

Nothing in this package imports frappe: it works on plain Python data so that it can be
tested with pytest in seconds, anywhere. Doctype controllers, APIs and jobs are thin
adapters that load documents, call these functions and persist the results.
"""
