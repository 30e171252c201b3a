from citizen_relation.core.references import find_reference, new_tracking_token


def test_reference_found_in_subjects():
	assert find_reference("Re: ma demande DEM-2026-000123") == "DEM-2026-000123"
	assert find_reference("Suite dem-2026-000042 et DEM-2026-000043") == "DEM-2026-000043"
	assert find_reference("Nid de poule (#DEM-2025-001000)") == "DEM-2025-001000"
	assert find_reference("Pas de référence") is None
	assert find_reference("XDEM-2026-000123") is None


def test_tracking_tokens_are_long_and_distinct():
	tokens = {new_tracking_token() for _ in range(1000)}
	assert len(tokens) == 1000
	assert all(len(t) >= 32 for t in tokens)
