"""Sites installed before the knowledge base get its starter articles and response templates once."""

from citizen_relation.setup.install import seed_knowledge


def execute():
	seed_knowledge()
