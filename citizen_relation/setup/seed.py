"""Default configuration seeded at installation; sites edit it afterwards in the desk.

Plain data only: ``install.py`` writes it idempotently (existing records are left alone).
"""

from citizen_relation.core.i18n import N_

SERVICES = [
	"Voirie",
	"Éclairage public",
	"Propreté urbaine",
	"Espaces verts",
	"Déchets",
	"Stationnement",
	"Tranquillité publique",
	"État civil",
	"Urbanisme",
	"Accueil",
]

# (type name, category, service, default priority, citizen-facing description, extra fields)
REQUEST_TYPES = [
	(
		"Nid-de-poule ou chaussée dégradée",
		"Technical Problem",
		"Voirie",
		"Medium",
		"Trou, affaissement ou fissure de la chaussée ou du trottoir.",
		[],
	),
	(
		"Éclairage public en panne",
		"Technical Problem",
		"Éclairage public",
		"Medium",
		"Lampadaire éteint, clignotant ou allumé en plein jour.",
		[{"label": "Numéro du candélabre", "fieldtype": "Data", "description": "Inscrit sur le mât, s'il est visible."}],
	),
	(
		"Signalisation endommagée",
		"Technical Problem",
		"Voirie",
		"High",
		"Panneau, feu tricolore ou marquage au sol endommagé ou manquant.",
		[],
	),
	(
		"Dépôt sauvage",
		"Technical Problem",
		"Propreté urbaine",
		"Medium",
		"Déchets, encombrants ou gravats abandonnés sur la voie publique.",
		[{"label": "Volume estimé", "fieldtype": "Select", "options": "Petit (sac)\nMoyen (coffre de voiture)\nImportant (camionnette)"}],
	),
	(
		"Propreté de la voie publique",
		"Technical Problem",
		"Propreté urbaine",
		"Low",
		"Rue sale, tags, corbeille qui déborde, déjections.",
		[],
	),
	(
		"Espaces verts et élagage",
		"Technical Problem",
		"Espaces verts",
		"Low",
		"Arbre dangereux, haie à tailler, aire de jeux abîmée.",
		[],
	),
	(
		"Collecte des déchets",
		"Technical Problem",
		"Déchets",
		"Medium",
		"Bac non collecté, bac cassé, demande de bac ou collecte d'encombrants.",
		[{"label": "Type de bac", "fieldtype": "Select", "options": "Ordures ménagères\nTri sélectif\nVerre\nBiodéchets"}],
	),
	(
		"Stationnement gênant",
		"Technical Problem",
		"Stationnement",
		"Medium",
		"Véhicule ventouse ou stationné sur un trottoir, une place réservée ou une sortie de garage.",
		[{"label": "Immatriculation", "fieldtype": "Data", "public": 0}],
	),
	(
		"Nuisances sonores",
		"Complaint",
		"Tranquillité publique",
		"Medium",
		"Bruit de voisinage, de chantier ou d'établissement.",
		[],
	),
	(
		"Réclamation",
		"Complaint",
		"Accueil",
		"Medium",
		"Mécontentement sur un service de la collectivité.",
		[],
	),
	(
		"Demande d'acte d'état civil",
		"Administrative Procedure",
		"État civil",
		"Medium",
		"Copie ou extrait d'acte de naissance, de mariage ou de décès.",
		[
			{"label": "Type d'acte", "fieldtype": "Select", "options": "Naissance\nMariage\nDécès", "reqd": 1},
			{"label": "Date de l'événement", "fieldtype": "Date", "reqd": 1},
			{"label": "Nombre d'exemplaires", "fieldtype": "Int"},
		],
	),
	(
		"Demande d'urbanisme",
		"Administrative Procedure",
		"Urbanisme",
		"Medium",
		"Question sur un permis de construire, une déclaration préalable ou le PLU.",
		[{"label": "Référence cadastrale", "fieldtype": "Data"}],
	),
	(
		"Demande d'information",
		"Information Request",
		"Accueil",
		"Low",
		"Toute question sur les services de la collectivité.",
		[],
	),
	(
		"Demande à qualifier",
		"Information Request",
		"Accueil",
		"Medium",
		"Demande reçue sans type : un agent la qualifiera.",
		[],
	),
	("Suggestion", "Suggestion", "Accueil", "Low", "Une idée pour améliorer la vie de la commune.", []),
	("Remerciements", "Thanks", "Accueil", "Low", "Un mot pour les agents de la collectivité.", []),
]

# Duplicate detection of the seeded request types, by category (the other categories: off).
DUPLICATE_DETECTION = {
	"Technical Problem": {
		"duplicate_detection": 1,
		"duplicate_radius_m": 150,
		"duplicate_window_days": 30,
		"duplicate_threshold": 65,
		"reporters_for_priority_raise": 5,
	},
}

# Type of requests created from incoming e-mail until an agent qualifies them.
EMAIL_DEFAULT_REQUEST_TYPE = "Demande à qualifier"

AGENT, SUPERVISOR, MANAGER = "Citizen Relation Agent", "Citizen Relation Supervisor", "Citizen Relation Manager"
ROLES = (AGENT, SUPERVISOR, MANAGER)

WORKFLOW_NAME = "Citizen Request"
WORKFLOW_STATES = [
	("New", "Primary"),
	("Open", "Info"),
	("In Progress", "Warning"),
	("Waiting for Citizen", "Inverse"),
	("Resolved", "Success"),
	("Closed", "Success"),
	("Rejected", "Danger"),
	("Transferred", "Inverse"),
	# Terminal state of a duplicate merged into a master request; reached and left only through
	# citizen_relation.duplicates.merge / unmerge (no transition leads to it).
	("Merged", "Inverse"),
]
# (from, action, to, roles, condition). Frappe checks one role per transition row and walks
# every row on each save, so rows stay few: whoever handles requests holds the Agent role
# (supervisors hold both), and only the supervisor's own decisions get a row of their own.
_ALL = (AGENT,)
_SUP = (SUPERVISOR,)
WORKFLOW_TRANSITIONS = [
	("New", "Take Charge", "Open", _ALL, None),
	("New", "Transfer", "Transferred", _ALL, None),
	("New", "Reject", "Rejected", _SUP, None),
	("Open", "Start", "In Progress", _ALL, None),
	("Open", "Ask Citizen", "Waiting for Citizen", _ALL, None),
	("Open", "Transfer", "Transferred", _ALL, None),
	("Open", "Reject", "Rejected", _SUP, None),
	("In Progress", "Ask Citizen", "Waiting for Citizen", _ALL, None),
	("In Progress", "Resolve", "Resolved", _ALL, "doc.resolution_summary"),
	("In Progress", "Transfer", "Transferred", _ALL, None),
	("In Progress", "Reject", "Rejected", _SUP, None),
	("Waiting for Citizen", "Resume", "In Progress", _ALL, None),
	("Resolved", "Close", "Closed", _ALL, None),
	("Resolved", "Reopen", "In Progress", _ALL, None),
	("Closed", "Reopen", "In Progress", _SUP, None),
	("Rejected", "Reopen", "In Progress", _SUP, None),
]
WORKFLOW_ACTIONS = sorted({t[1] for t in WORKFLOW_TRANSITIONS})

# Workflow actions are data, shown translated by the desk: listed here for the catalogue.
TRANSLATED_ACTIONS = (
	N_("Take Charge"), N_("Start"), N_("Ask Citizen"), N_("Resume"), N_("Resolve"), N_("Close"), N_("Reopen"),
	N_("Reject"), N_("Transfer"),
)
# Workspace headings and card titles, translated by the desk from their plain text.
TRANSLATED_WORKSPACE = (N_("Citizen Requests"), N_("Requests"), N_("Configuration"))
