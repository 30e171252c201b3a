"""Personal data (RGPD): retention of requests, anonymisation of every copy, citizens' rights and
the register of processing. Frappe adapters around :mod:`citizen_relation.core.retention`.

- ``policies``: the retention of a request type (its own durations or the site's defaults);
- ``phases``: each request's phase dates, kept by the controller; archived requests read-only;
- ``jobs``: the daily retention run (archive, anonymise) with its log, and date recomputes;
- ``anonymise``: removing a citizen's data from a request and from every copy of it;
- ``rights``: a citizen's data exported, erased on request (with the legal exceptions);
- ``deletion_request``: Frappe's Personal Data Deletion Request, aware of those exceptions;
- ``register``: the register of processing activities (RGPD art. 30) from the configuration;
- ``permissions``: archived requests are read-only and found only by supervisors.
"""
