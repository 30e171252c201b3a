"""Sites installed before deadlines existed get the default calendar and SLA policies."""

from citizen_relation.setup.install import seed_calendar_and_policies


def execute():
	seed_calendar_and_policies()
