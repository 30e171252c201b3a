"""The fictional commune of the demo: Val-Fleuri (about 9,000 inhabitants), its agents, its
streets and what its citizens write. Every name, address and e-mail here is invented; the e-mail
domains end in ``.example`` (reserved: nothing is ever delivered there)."""

from __future__ import annotations

COMMUNE = "Commune de Val-Fleuri"
POSTCODE_CITY = "18250 Val-Fleuri"
CENTRE = (46.8125, 2.6310)
STAFF_DOMAIN = "val-fleuri.example"
CITIZEN_DOMAIN = "courriel.example"
TAG = "Démo Val-Fleuri"
PASSWORD = "Demo-Val-Fleuri-2026"

# (first name, last name, roles, services) — the manager and the supervisors log in with PASSWORD
STAFF = [
	("Claire", "Fontaine", ("Citizen Relation Manager", "Citizen Relation Supervisor", "Citizen Relation Agent"), ()),
	("Marc", "Delorme", ("Citizen Relation Supervisor", "Citizen Relation Agent"), ("Voirie", "Éclairage public", "Stationnement")),
	("Nadia", "Benali", ("Citizen Relation Supervisor", "Citizen Relation Agent"), ("Propreté urbaine", "Déchets", "Espaces verts")),
	("Sophie", "Arnaud", ("Citizen Relation Supervisor", "Citizen Relation Agent"), ("Accueil", "État civil", "Urbanisme", "Tranquillité publique")),
	("Julien", "Perrin", ("Citizen Relation Agent",), ("Voirie", "Stationnement")),
	("Léa", "Marchand", ("Citizen Relation Agent",), ("Éclairage public", "Voirie")),
	("Karim", "Haddad", ("Citizen Relation Agent",), ("Propreté urbaine", "Déchets")),
	("Émilie", "Roussel", ("Citizen Relation Agent",), ("Espaces verts", "Propreté urbaine")),
	("Thomas", "Giraud", ("Citizen Relation Agent",), ("Accueil", "État civil")),
	("Inès", "Lefort", ("Citizen Relation Agent",), ("Accueil", "Urbanisme", "Tranquillité publique")),
]
# which staff member supervises each service (index in STAFF)
SUPERVISORS = {
	"Voirie": 1, "Éclairage public": 1, "Stationnement": 1,
	"Propreté urbaine": 2, "Déchets": 2, "Espaces verts": 2,
	"Accueil": 3, "État civil": 3, "Urbanisme": 3, "Tranquillité publique": 3,
}

FIRST_NAMES = ["Jean", "Marie", "Pierre", "Nathalie", "Michel", "Isabelle", "Philippe", "Catherine", "Alain", "Sylvie", "Nicolas", "Valérie", "Laurent", "Christine", "Stéphane", "Sandrine", "Patrick", "Céline", "Olivier", "Aurélie", "David", "Camille", "Sébastien", "Julie", "Frédéric", "Sarah", "Antoine", "Manon", "Hugo", "Chloé", "Lucas", "Emma", "Louis", "Jade", "Gabriel", "Louise", "Arthur", "Alice", "Paul", "Lina", "Yasmine", "Mehdi", "Fatima", "Ousmane", "Awa"]
LAST_NAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire"]

# (street, offset north in metres, offset east in metres, length in metres, bearing: "ns" or "ew")
STREETS = [
	("rue de la République", 0, 0, 900, "ew"),
	("avenue du Général de Gaulle", -400, 200, 1500, "ns"),
	("rue Victor Hugo", 250, -300, 700, "ew"),
	("place de la Mairie", 40, 60, 120, "ew"),
	("rue des Tilleuls", 600, 400, 500, "ns"),
	("chemin des Vignes", 1100, -700, 1200, "ew"),
	("rue Jean Jaurès", -250, -500, 800, "ns"),
	("boulevard Pasteur", -700, 100, 1300, "ew"),
	("rue du Moulin", 900, 800, 600, "ns"),
	("impasse des Lilas", 450, 900, 150, "ew"),
	("rue de l'École", 150, 450, 400, "ns"),
	("allée des Peupliers", -950, -900, 500, "ew"),
	("rue du Stade", -550, 1100, 600, "ns"),
	("place du Marché", -80, -120, 150, "ew"),
	("rue Émile Zola", 350, -900, 700, "ns"),
	("route de Bourges", -1300, 0, 2000, "ns"),
	("rue des Acacias", 750, -200, 450, "ew"),
	("rue de la Gare", -300, 700, 650, "ew"),
	("quai de l'Yèvre", -150, -1000, 900, "ns"),
	("rue Pierre et Marie Curie", 1200, 300, 500, "ew"),
]

CHANNEL_WEIGHTS = {
	"Web Portal": 30, "E-mail": 19, "Phone": 22, "Counter": 13, "Postal Mail": 4, "Social Media": 3,
	"Mobile App / API": 6, "Internal": 3,
}
CATEGORY_WEIGHTS = {
	"Technical Problem": 46, "Complaint": 19, "Information Request": 15, "Administrative Procedure": 12,
	"Suggestion": 5, "Thanks": 3,
}
# Seasonal activity by month (1 = January): leaves, storms and summer noise.
SEASON = {1: 0.9, 2: 0.9, 3: 1.0, 4: 1.05, 5: 1.1, 6: 1.2, 7: 1.15, 8: 0.8, 9: 1.05, 10: 1.15, 11: 1.1, 12: 0.85}

# What citizens write, per request type (subjects; a street is added for located types).
SUBJECTS = {
	"Nid-de-poule ou chaussée dégradée": ["Nid-de-poule dangereux", "Trou dans la chaussée", "Chaussée affaissée", "Trottoir défoncé"],
	"Éclairage public en panne": ["Lampadaire éteint", "Réverbère qui clignote", "Rue plongée dans le noir", "Éclairage allumé en plein jour"],
	"Signalisation endommagée": ["Panneau stop arraché", "Feu tricolore en panne", "Marquage au sol effacé", "Panneau tordu"],
	"Dépôt sauvage": ["Encombrants abandonnés", "Gravats sur le trottoir", "Sacs poubelles déposés", "Matelas abandonné"],
	"Propreté de la voie publique": ["Tags sur un mur", "Corbeille qui déborde", "Trottoir très sale", "Déjections canines"],
	"Espaces verts et élagage": ["Arbre menaçant de tomber", "Haie à tailler", "Jeux d'enfants abîmés", "Branches sur la chaussée"],
	"Collecte des déchets": ["Bac non collecté", "Bac cassé par le camion", "Demande de bac de tri", "Collecte oubliée"],
	"Stationnement gênant": ["Voiture ventouse", "Stationnement sur le trottoir", "Véhicule sur place handicapé", "Sortie de garage bloquée"],
	"Nuisances sonores": ["Bruit de chantier tôt le matin", "Musique forte la nuit", "Aboiements incessants", "Bar bruyant"],
	"Réclamation": ["Attente trop longue à l'accueil", "Pas de réponse à mon courrier", "Facture de cantine erronée", "Agent peu aimable"],
	"Demande d'acte d'état civil": ["Copie d'acte de naissance", "Extrait d'acte de mariage", "Acte de décès", "Copie intégrale de naissance"],
	"Demande d'urbanisme": ["Question sur une déclaration préalable", "Permis de construire d'une véranda", "Consultation du PLU", "Clôture en limite de propriété"],
	"Demande d'information": ["Horaires de la mairie", "Inscription à la cantine", "Location de la salle des fêtes", "Recensement citoyen"],
	"Demande à qualifier": ["Question diverse", "Demande sans objet précis"],
	"Suggestion": ["Installer un banc au square", "Plus de pistes cyclables", "Un marché le dimanche", "Des toilettes publiques au parc"],
	"Remerciements": ["Merci pour la réparation rapide", "Bravo aux agents des espaces verts", "Merci pour l'accueil"],
}
DETAILS = [
	"Cela dure depuis plusieurs jours.", "C'est dangereux pour les enfants qui vont à l'école.",
	"Merci d'intervenir rapidement.", "J'ai déjà appelé la semaine dernière.", "Devant le numéro indiqué.",
	"Photo prise ce matin.", "Plusieurs voisins s'en plaignent.", "",
]
GOOD_COMMENTS = [
	"Intervention très rapide, merci !", "Agent très aimable au téléphone.", "Problème réglé en deux jours, bravo.",
	"Réponse claire et précise.", "Très satisfait du suivi par courriel.", "Merci pour votre réactivité.",
]
BAD_COMMENTS = [
	"Trois semaines pour une simple réparation…", "Personne ne m'a tenu informé.", "La demande a été close sans intervention.",
	"J'ai dû relancer deux fois.", "Réponse hors sujet.", "Le problème est revenu le lendemain.",
]

SURVEY = {
	"title": "Baromètre de la relation citoyenne – Val-Fleuri",
	"introduction": "La commune mesure deux fois par an la qualité de ses réponses. Ce questionnaire prend deux minutes.",
	"thank_you": "Merci ! Vos réponses nous aident à améliorer le service rendu aux habitants.",
	"questions": [
		{"code": "satisfaction", "question": "Globalement, êtes-vous satisfait de la réponse apportée à votre demande ?",
		 "kind": "Scale 1 to 5", "required": 1, "low_label": "Pas du tout satisfait", "high_label": "Très satisfait"},
		{"code": "delai", "question": "Le délai de traitement vous a-t-il paru raisonnable ?", "kind": "Scale 1 to 5",
		 "required": 1, "low_label": "Pas du tout", "high_label": "Tout à fait"},
		{"code": "recommandation", "question": "Recommanderiez-vous nos services à un proche ?", "kind": "Scale 0 to 10"},
		{"code": "canal_prefere", "question": "Comment préférez-vous contacter la mairie ?", "kind": "Single choice",
		 "options": "Portail internet\nTéléphone\nCourriel\nAccueil en mairie\nApplication mobile"},
		{"code": "attentes", "question": "Qu'attendez-vous en priorité de la mairie ?", "kind": "Multiple choice",
		 "options": "Des réponses plus rapides\nÊtre informé de l'avancement\nDes horaires plus larges\nPlus de démarches en ligne\nUn interlocuteur unique"},
		{"code": "commentaire", "question": "Un commentaire, une suggestion ?", "kind": "Text"},
	],
}
SURVEY_COMMENTS = [
	"Continuez comme ça.", "Le suivi en ligne est très pratique.", "J'aimerais être prévenu quand l'intervention est programmée.",
	"Les horaires d'ouverture ne sont pas adaptés aux actifs.", "Très bon accueil au guichet.", "Plus de réactivité pour la voirie svp.",
]
