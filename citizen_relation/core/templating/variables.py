"""The variables a response template may use: the catalogue, sample values, and the context.

:data:`VARIABLES` lists the catalogue (``request.reference``...) with a French description for
the editor; :func:`sample_context` gives realistic values for previews; :func:`prepare_context`
turns the adapter's context into the read-only plain data a template sees, every catalogue
variable present (``None`` when unknown).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from decimal import Decimal

VARIABLES: dict[str, str] = {
	"request.reference": "Référence de la demande (ex. DEM-2026-000123)",
	"request.subject": "Objet de la demande",
	"request.description": "Description de la demande, telle que saisie par l'usager",
	"request.status": "Statut de la demande",
	"request.received_on": "Date de réception de la demande",
	"request.request_type": "Type de demande",
	"request.tracking_url": "Lien de suivi de la demande pour l'usager",
	"request.missing_documents": "Pièces manquantes au dossier (liste), à fournir pour le compléter",
	"citizen.full_name": "Nom complet de l'usager",
	"citizen.first_name": "Prénom de l'usager",
	"citizen.last_name": "Nom de famille de l'usager",
	"citizen.email": "Adresse e-mail de l'usager",
	"citizen.phone": "Téléphone de l'usager",
	"service.name": "Service chargé de la demande",
	"service.email": "Adresse e-mail du service",
	"service.phone": "Téléphone du service",
	"service.address": "Adresse postale du service",
	"deadlines.response_by": "Date limite de réponse à l'usager",
	"deadlines.resolution_by": "Date limite de résolution de la demande",
	"deadlines.implicit_decision_on": "Date à laquelle, faute de réponse, une décision implicite naît",
	"deadlines.implicit_decision": "Sens de la décision implicite : « acceptation » ou « rejet » (vide si sans objet)",
	"agent.full_name": "Nom de l'agent qui répond",
	"collectivite.name": "Nom de la collectivité",
}
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(name.split(".")[0] for name in VARIABLES))
_LIST_VARIABLES = frozenset({"request.missing_documents"})

SAMPLE_CONTEXT: dict[str, dict] = {
	"request": {
		"reference": "DEM-2026-000123",
		"subject": "Lampadaire éteint rue des Lilas",
		"description": "Le lampadaire devant le 12 rue des Lilas ne s'allume plus.",
		"status": "En cours",
		"received_on": date(2026, 11, 28),
		"request_type": "Éclairage public",
		"tracking_url": "https://www.example.fr/suivi/abc123",
		"missing_documents": ("Justificatif de domicile",),
	},
	"citizen": {
		"full_name": "Léa Martin",
		"first_name": "Léa",
		"last_name": "Martin",
		"email": "lea.martin@example.fr",
		"phone": "0612345678",
	},
	"service": {
		"name": "Services techniques",
		"email": "services.techniques@example.fr",
		"phone": "0123456789",
		"address": "Place de la République, 75000 Exemple",
	},
	"deadlines": {
		"response_by": date(2026, 12, 5),
		"resolution_by": date(2026, 12, 12),
		"implicit_decision_on": date(2027, 1, 28),
		"implicit_decision": "acceptation",
	},
	"agent": {"full_name": "Paul Durand"},
	"collectivite": {"name": "Ville d'Exemple"},
}


class _Record(Mapping):
	"""A read-only group of context values that knows its path, for clear error messages."""

	__slots__ = ("_data", "_path")

	def __init__(self, path: str, data: dict):
		self._path = path
		self._data = data

	def __getitem__(self, key):
		return self._data[key]

	def __iter__(self):
		return iter(self._data)

	def __len__(self) -> int:
		return len(self._data)

	def __repr__(self) -> str:
		return f"<{self._path}>"


# --- context ---------------------------------------------------------------------------------


def _plain(value: object, path: str, depth: int = 0) -> object:
	if depth > 6:
		raise TypeError(f"template context too deep at {path}")
	if value is None or isinstance(value, (bool, int, float, Decimal, date, time)):
		return value
	if isinstance(value, str):
		return str(value)  # a Markup from the adapter is escaped like any text
	if isinstance(value, Mapping):
		data = {}
		for key, item in value.items():
			if not isinstance(key, str) or key.startswith("_"):
				raise TypeError(f"template context key {key!r} at {path} must be text not starting with _")
			data[key] = _plain(item, f"{path}.{key}", depth + 1)
		return _Record(path, data)
	if isinstance(value, (list, tuple)):
		return tuple(_plain(item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))
	raise TypeError(f"template context value at {path} must be plain data, not {type(value).__name__}")


def prepare_context(context: Mapping | None) -> dict[str, object]:
	"""The context a template sees: every catalogue variable present (``None`` when unknown),
	extra keys kept, everything converted to read-only plain data (anything else is a TypeError)."""
	skeleton: dict[str, dict] = {group: {} for group in GROUPS}
	for name in VARIABLES:
		group, key = name.split(".", 1)
		skeleton[group][key] = () if name in _LIST_VARIABLES else None
	merged: dict[str, object] = dict(skeleton)
	for key, value in (context or {}).items():
		if not isinstance(key, str) or key.startswith("_") or not key.isidentifier():
			raise TypeError(f"template context key {key!r} must be an identifier not starting with _")
		if key in skeleton and isinstance(value, Mapping):
			merged[key] = {**skeleton[key], **value}
		else:
			merged[key] = value
	return {key: _plain(value, key) for key, value in merged.items()}


def sample_context() -> dict[str, dict]:
	"""Realistic values for every catalogue variable, for previews and save-time checks."""
	return {group: dict(values) for group, values in SAMPLE_CONTEXT.items()}
