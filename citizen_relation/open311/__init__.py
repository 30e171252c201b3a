"""Open311 GeoReport v2 server: the Frappe adapter of :mod:`citizen_relation.core.open311`.

- :mod:`.renderer` — the website page renderer serving ``/open311/v2/…`` (hook ``page_renderer``);
- :mod:`.endpoints` — one function per resource, and the error handling;
- :mod:`.settings`, :mod:`.catalogue` — site settings, request types as services;
- :mod:`.clients` — API keys, rate limits, traffic counters;
- :mod:`.reading` — ``GET requests``, ``requests/{id}``, ``tokens/{token}``;
- :mod:`.posting` — ``POST requests`` through the shared intake and duplicate detection;
- :mod:`.media`, :mod:`.callbacks` — background work: photos and status callbacks.
"""
