"""The citizen portal on existing sites: its settings with their defaults, and the words citizens
use for the seeded request types (their intent search)."""

from citizen_relation.setup.install import seed_portal_settings, seed_type_keywords


def execute():
	seed_portal_settings()
	seed_type_keywords()
