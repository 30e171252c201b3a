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
# Words citizens type to find a type on the portal ("lampadaire" → public lighting).
TYPE_KEYWORDS = {
	"Nid-de-poule ou chaussée dégradée": "trou, route, chaussée, trottoir, bitume, fissure, affaissement",
	"Éclairage public en panne": "lampadaire, réverbère, lumière, ampoule, candélabre, éclairage, lampe",
	"Signalisation endommagée": "panneau, feu rouge, feu tricolore, marquage, passage piéton",
	"Dépôt sauvage": "déchets abandonnés, encombrants, gravats, sacs, dépôt",
	"Propreté de la voie publique": "sale, tag, graffiti, corbeille, crotte, déjection, propreté",
	"Espaces verts et élagage": "arbre, branche, haie, pelouse, parc, jardin, aire de jeux, élagage",
	"Collecte des déchets": "poubelle, bac, ordures, tri, verre, collecte, ramassage",
	"Stationnement gênant": "voiture, véhicule, garé, trottoir, ventouse, stationnement",
	"Nuisances sonores": "bruit, tapage, musique, voisin, chantier, aboiement",
	"Réclamation": "plainte, mécontent, réclamation, problème service",
	"Demande d'acte d'état civil": "acte, naissance, mariage, décès, extrait, copie intégrale, livret",
	"Demande d'urbanisme": "permis de construire, déclaration préalable, PLU, travaux, clôture, cadastre",
	"Demande d'information": "question, renseignement, horaires, information",
	"Suggestion": "idée, proposition, amélioration",
	"Remerciements": "merci, bravo, félicitations",
}

DUPLICATE_DETECTION = {
	"Technical Problem": {
		"duplicate_detection": 1,
		"duplicate_radius_m": 75,
		"duplicate_window_days": 30,
		"reporters_for_priority_raise": 5,
	},
}
# Per type: (search radius in metres, window in days). The radius is how far apart two reports
# of one incident usually are (a phone position, an address, "in front of the school"); the
# window how long an incident stays the same one: hours to days for noise, a week for litter and
# dumps, two weeks for parked cars (a new one then is a new incident), weeks for a pothole or a
# dark street that stay until repaired (a report saying "toujours pas réparé" looks back three
# windows: DetectionSettings.search_window_days). Types not listed keep DUPLICATE_DETECTION's values of their category.
DUPLICATE_SETTINGS = {
	"Nid-de-poule ou chaussée dégradée": (75, 60),
	"Éclairage public en panne": (75, 60),
	"Signalisation endommagée": (75, 30),
	"Dépôt sauvage": (75, 7),
	"Propreté de la voie publique": (75, 7),
	"Collecte des déchets": (75, 7),
	"Espaces verts et élagage": (75, 30),
	"Stationnement gênant": (75, 14),
	"Nuisances sonores": (75, 7),
	"Demande à qualifier": (75, 30),
	"Réclamation": (75, 60),
}
# Types whose reports are searched for duplicates although their category is not technical:
# repeated noise complaints are the textbook duplicates; unqualified e-mails and complaints
# often report an incident someone else filed under its proper type.
DUPLICATE_DETECTION_ON = ("Nuisances sonores", "Demande à qualifier", "Réclamation")

# Duplicate families: request types searched together (besides the types of the same service).
# (name, description, compare with every type, member types)
DUPLICATE_FAMILIES = [
	(
		"Propreté et déchets",
		"Un matelas ou des sacs abandonnés sont signalés en dépôt sauvage, en propreté ou en collecte.",
		0,
		["Dépôt sauvage", "Propreté de la voie publique", "Collecte des déchets"],
	),
	(
		"Chaussée et arbres",
		"Une branche tombée sur la chaussée, des racines qui soulèvent le trottoir.",
		0,
		["Nid-de-poule ou chaussée dégradée", "Espaces verts et élagage"],
	),
	(
		"Chaussée et écoulement des eaux",
		"Un avaloir bouché, une rue inondée : signalés en voirie ou en propreté.",
		0,
		["Nid-de-poule ou chaussée dégradée", "Propreté de la voie publique"],
	),
	(
		"Éclairage et signalisation",
		"Un feu ou un candélabre en panne, un mât renversé sur la voie.",
		0,
		["Éclairage public en panne", "Signalisation endommagée", "Nid-de-poule ou chaussée dégradée"],
	),
	(
		"Demandes à qualifier",
		"Les demandes reçues sans type (e-mails) et les réclamations peuvent signaler n'importe quel incident.",
		1,
		["Demande à qualifier", "Réclamation"],
	),
]

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
	# citizen_relation.duplicates.merging.merge / unmerge (no transition leads to it).
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
TRANSLATED_WORKSPACE = (
	N_("Citizen Requests"), N_("Requests"), N_("Deadlines"), N_("Knowledge Base"), N_("Configuration"),
)

# The town hall's opening hours, the default calendar of every deadline.
DEFAULT_CALENDAR = {
	"calendar_name": "Horaires de la mairie",
	"time_zone": "Europe/Paris",
	"territory": "Metropolitan France",
	"is_default": 1,
	"slots": [
		*[{"weekday": day, "start_time": "08:30:00", "end_time": "12:00:00"} for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")],
		*[{"weekday": day, "start_time": "13:30:00", "end_time": "17:00:00"} for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")],
		{"weekday": "Thursday", "start_time": "17:00:00", "end_time": "19:00:00"},
		{"weekday": "Saturday", "start_time": "09:00:00", "end_time": "12:00:00"},
	],
}

_HOUR = 3600
_CLOCK = [
	{"status": "Waiting for Citizen", "effect": "Pause"},
	{"status": "Merged", "effect": "Pause"},
	*[{"status": s, "effect": "Fulfil"} for s in ("Resolved", "Closed", "Rejected", "Transferred")],
]
# Default SLA policies; the most specific matching policy applies to a request.
SLA_POLICIES = [
	{
		"policy_name": "Délais standard",
		"response_target_type": "Working time", "response_time": 7 * _HOUR,
		"resolution_target_type": "Calendar days", "resolution_days": 30,
		"statuses": _CLOCK,
	},
	{
		"policy_name": "Urgences",
		"priority": "Urgent",
		"response_target_type": "Working time", "response_time": 2 * _HOUR,
		"resolution_target_type": "Working time", "resolution_time": 7 * _HOUR,
		"statuses": _CLOCK,
	},
	{
		"policy_name": "Problèmes techniques",
		"category": "Technical Problem",
		"response_target_type": "Working time", "response_time": 7 * _HOUR,
		"resolution_target_type": "Working time", "resolution_time": 10 * 7 * _HOUR,
		"statuses": _CLOCK,
	},
	{
		"policy_name": "Démarches administratives",
		"category": "Administrative Procedure",
		"response_target_type": "Working time", "response_time": 2 * 7 * _HOUR,
		"resolution_target_type": "Calendar days", "resolution_days": 60,
		"statuses": _CLOCK,
	},
]

# Legal regime of the seeded request types: (type, silence, delay in months, acknowledgement)
CRPA_REGIMES = [
	("Demande d'acte d'état civil", "Silence means acceptance", 2, 1),
	("Demande d'urbanisme", "Silence means acceptance", 2, 1),
	("Réclamation", "No implicit decision", 2, 1),
]

# Knowledge base: a few articles and response templates to start from (French, editable).
# (title, audience, request types, keywords, body HTML)
KNOWLEDGE_ARTICLES = [
	(
		"Signaler un nid-de-poule ou une chaussée dégradée",
		"Public",
		["Nid-de-poule ou chaussée dégradée"],
		"trou, route abîmée, trottoir cassé, affaissement, fissure, bitume",
		"<p>Indiquez l'adresse précise (numéro, rue) et, si possible, joignez une photo. Les services de la "
		"voirie mettent le site en sécurité sous 48 heures lorsque le trou présente un danger, puis "
		"programment la réparation.</p><p>Sur une route départementale ou nationale, la commune transmet "
		"votre signalement au gestionnaire de la voie et vous en informe.</p>",
	),
	(
		"Lampadaire éteint ou qui clignote : que faire ?",
		"Public",
		["Éclairage public en panne"],
		"lampadaire, candélabre, réverbère, lumière, ampoule, éclairage, panne, nuit",
		"<p>Relevez le numéro inscrit sur le mât du candélabre (une plaque à hauteur d'yeux) et l'adresse "
		"la plus proche. Une panne isolée est réparée en général sous 10 jours ouvrés ; une rue entière "
		"dans le noir est traitée en priorité.</p>",
	),
	(
		"Jours de collecte, bacs et encombrants",
		"Public",
		["Collecte des déchets", "Dépôt sauvage"],
		"poubelle, ramassage, bac, ordures, tri, encombrants, déchetterie, collecte",
		"<p>Les bacs sont à sortir la veille au soir du jour de collecte et à rentrer après le passage. "
		"Un bac cassé ou volé est remplacé gratuitement sur demande. Les encombrants sont collectés sur "
		"rendez-vous ; ne les déposez jamais sur le trottoir sans rendez-vous (dépôt sauvage "
		"verbalisable).</p>",
	),
	(
		"Obtenir un acte de naissance, de mariage ou de décès",
		"Public",
		["Demande d'acte d'état civil"],
		"acte de naissance, extrait, copie intégrale, livret de famille, mariage, décès, état civil",
		"<p>La demande est gratuite. Précisez le nom, les prénoms et la date de l'événement, ainsi que la "
		"filiation pour une copie intégrale. L'acte est envoyé par courrier sous 8 jours environ. Les "
		"personnes nées à l'étranger s'adressent au Service central d'état civil de Nantes.</p>",
	),
	(
		"Véhicule ventouse ou stationnement gênant",
		"Public",
		["Stationnement gênant"],
		"voiture, véhicule, garé, stationnement, trottoir, fourrière, ventouse, épave",
		"<p>Un véhicule stationné plus de 7 jours au même endroit est considéré comme ventouse. Indiquez "
		"la marque, la couleur et l'adresse ; la police municipale constate l'infraction et peut "
		"demander la mise en fourrière. En cas d'urgence (sortie de secours bloquée), appelez le 17.</p>",
	),
	(
		"Qualifier une demande reçue par e-mail",
		"Internal",
		["Demande à qualifier"],
		"qualification, tri, type de demande, service, e-mail, courriel",
		"<p>Choisissez le type de demande qui correspond le mieux au besoin de l'usager : le service "
		"responsable et la priorité en découlent. Si la demande relève d'une autre administration, "
		"transférez-la et informez l'usager (article L114-2 du CRPA).</p>",
	),
]

# (name, channel, request types, keywords, subject, body)
RESPONSE_TEMPLATES = [
	(
		"Accusé de réception",
		"E-mail",
		[],
		"accusé de réception, demande reçue, enregistrement",
		"Votre demande {{ request.reference }} a bien été reçue",
		"""<p>Bonjour {{ citizen.full_name or "Madame, Monsieur" }},</p>
<p>Votre demande « {{ request.subject }} » a été enregistrée le {{ request.received_on }} sous la référence
<strong>{{ request.reference }}</strong>.</p>
<p>Elle est traitée par {{ service.name or collectivite.name }}{% if service.address %}, {{ service.address }}{% endif %}
{% if service.phone %} (téléphone : {{ service.phone|phone_fr }}){% endif %}{% if service.email %}, {{ service.email }}{% endif %}.</p>
{% if deadlines.response_by %}
<p>Une réponse vous sera apportée au plus tard le {{ deadlines.response_by }}.</p>
{% endif %}
{% if deadlines.implicit_decision_on and deadlines.implicit_decision %}
<p>À défaut de réponse au {{ deadlines.implicit_decision_on }}, votre demande sera réputée
{% if deadlines.implicit_decision == "acceptation" %}acceptée ; vous pourrez alors demander une attestation{% else %}rejetée ; vous pourrez
alors former un recours gracieux auprès de la collectivité ou un recours contentieux devant le tribunal administratif dans un délai
de deux mois{% endif %}.</p>
{% endif %}
{% if request.tracking_url %}
<p>Vous pouvez suivre son avancement à l'adresse : <a href="{{ request.tracking_url }}">{{ request.tracking_url }}</a></p>
{% endif %}
<p>Cordialement,<br>{{ agent.full_name }}<br>{{ collectivite.name }}</p>
""",
	),
	(
		"Demande de pièces complémentaires",
		"E-mail",
		["Demande d'acte d'état civil", "Demande d'urbanisme"],
		"pièces manquantes, dossier incomplet, justificatif, compléter",
		"Votre demande {{ request.reference }} : pièces à fournir",
		"""<p>Bonjour {{ citizen.full_name or "Madame, Monsieur" }},</p>
<p>Pour traiter votre demande {{ request.reference }} (« {{ request.subject }} »), il nous manque :</p>
<ul>
{% for piece in request.missing_documents %}
<li>{{ piece }}</li>
{% else %}
<li>[précisez les pièces manquantes]</li>
{% endfor %}
</ul>
<p>Merci de nous les transmettre en répondant à ce message. Le délai de traitement de votre demande ne court
qu'à compter de la réception du dossier complet.</p>
<p>Cordialement,<br>{{ agent.full_name }}<br>{{ collectivite.name }}</p>
""",
	),
	(
		"Demande résolue",
		"E-mail",
		[],
		"résolu, réparé, intervention terminée, clôture, réponse",
		"Votre demande {{ request.reference }} est traitée",
		"""<p>Bonjour {{ citizen.full_name or "Madame, Monsieur" }},</p>
<p>Nous avons le plaisir de vous informer que votre demande {{ request.reference }} (« {{ request.subject }} »)
a été traitée par {{ service.name or collectivite.name }}.</p>
<p>[Décrivez ici la solution apportée.]</p>
<p>Merci d'avoir pris le temps de nous la signaler.</p>
<p>Cordialement,<br>{{ agent.full_name }}<br>{{ collectivite.name }}</p>
""",
	),
	(
		"SMS : demande prise en compte",
		"SMS",
		[],
		"sms, accusé de réception, prise en compte",
		None,
		"{{ collectivite.name }} : votre demande {{ request.reference }} est prise en compte."
		"{% if request.tracking_url %} Suivi : {{ request.tracking_url }}{% endif %}",
	),
]
