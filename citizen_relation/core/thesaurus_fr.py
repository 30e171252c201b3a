"""A French thesaurus of municipal and administrative requests: concepts and the ways citizens say them.

Data only (read by :mod:`citizen_relation.core.thesaurus`). Each concept has a label (shown to
agents: "same meaning: vie commune → PACS") and its phrases: the official term, synonyms, everyday
and colloquial wordings, euphemisms, abbreviations and frequent misspellings. Phrases are matched
on lemmas and light stems, accents and case ignored, French stop words skipped ("se marier à la
mairie" is "marier mairie"), so plurals, feminines and conjugations need no entry of their own;
a word may be inserted between two words of a phrase ("carnet bleu de famille").

``BROADER`` links a concept to the wider ones it implies (a *CNI* is a *titre d'identité*): a
query naming the narrow concept also reaches documents about the wide one, at a lower weight.

Keep it general: it is how any French commune's citizens write, not the wording of one data set.
A concept is a unit of meaning shared by requests and articles (birth, death, proof, couple,
waste container…), so that an article about "acte de naissance" meets "prouver où je suis venu au
monde" through *naissance* and *justificatif*. Avoid bare words that mean something else in
another context ("papiers" are identity papers and litter): write the longer phrase instead.
Administrators add the words of their own commune to each article (*Keywords*); site-wide groups
can be merged into this lexicon with :func:`citizen_relation.core.thesaurus.thesaurus_with`.
"""

from __future__ import annotations

# concept id → (label, "phrase | phrase | ..."). Order does not matter.
CONCEPTS: dict[str, tuple[str, str]] = {
	# --- État civil ------------------------------------------------------------------------------
	"naissance": (
		"naissance",
		"naissance | naître | né | née | nés | venir au monde | venu au monde | venue au monde"
		" | mettre au monde | mis au monde | donner naissance | donner la vie | accoucher | accouchement"
		" | accouché | nouveau-né | nouveau né | nourrisson | nouveau bébé | nouvelle née | heureux événement"
		" | bébé est arrivé | bébé vient d'arriver | enfant vient de naître | venir de naître"
		" | arrivée de bébé | arrivée du bébé | naissence | naisance | lieu de naissance | date de naissance"
		" | maternité | à la maternité",
	),
	"declaration_naissance": (
		"déclaration de naissance",
		"déclaration de naissance | déclarer la naissance | déclarer une naissance | déclarer mon bébé"
		" | déclarer notre bébé | déclarer mon enfant | déclarer notre enfant | déclarer notre fils"
		" | déclarer notre fille | enregistrer la naissance | enregistrer notre bébé | enregistrer l'enfant"
		" | enregistrer notre fils | enregistrer notre fille | inscrire la naissance | déclarer le nouveau-né"
		" | déclaration à l'état civil | choix du nom | choisir le nom de l'enfant | cinq jours | 5 jours",
	),
	"deces": (
		"décès",
		"décès | décéder | décédé | décédée | mort | morte | mourir | défunt | défunte"
		" | disparition d'un proche | perte d'un proche | perdre mon père | perdre ma mère | perdre mon mari"
		" | perdre ma femme | perdre mon épouse | perdre mon conjoint | perdre un proche | perdu mon père"
		" | perdu ma mère | nous a quittés | nous a quitté | rendu l'âme | départ de papa | départ de maman"
		" | départ de mon père | départ de ma mère | feu mon père | trépas | veuf | veuve | veuvage"
		" | certificat de décès | constat de décès | deces | déces | dècès | orphelin",
	),
	"obseques": (
		"obsèques",
		"obsèques | funérailles | enterrement | enterrer | inhumation | inhumer | crémation | incinération"
		" | incinérer | cérémonie funéraire | pompes funèbres | croque-morts | croque-mort | corbillard"
		" | cercueil | mise en bière | urne funéraire | cendres | dispersion des cendres"
		" | disperser les cendres | chambre funéraire | funérarium | soins funéraires | transport de corps"
		" | permis d'inhumer",
	),
	"cimetiere": (
		"cimetière",
		"cimetière | cimetierre | cimetiere | tombe | tombeau | sépulture | caveau | caveau familial"
		" | concession | concession funéraire | concesion | columbarium | case de columbarium | cavurne"
		" | jardin du souvenir | pierre tombale | monument funéraire | stèle | dalle funéraire"
		" | place au cimetière | emplacement au cimetière | dernière demeure | reposer | reposerai"
		" | être enterré | être inhumé | où je reposerai | reposer en paix | fossoyeur | ossuaire"
		" | reprise de concession | concession abandonnée | renouveler la concession | carré",
	),
	"fleurissement_tombe": (
		"entretien des tombes",
		"fleurir la tombe | fleurir | fleurissement | fleurs sur la tombe | chrysanthèmes | toussaint"
		" | entretien de la tombe | entretenir la tombe | nettoyer la tombe | arrosoir | arroser les fleurs"
		" | allées du cimetière | portail du cimetière | horaires du cimetière | ouverture du cimetière",
	),
	"mariage": (
		"mariage",
		"mariage | marier | se marier | marié | mariée | mariés | épouser | épouse | époux | futurs époux"
		" | futurs mariés | noces | noce | célébration du mariage | célébrer notre mariage | dire oui"
		" | se dire oui | passer devant le maire | passer devant monsieur le maire | s'unir | nous unir"
		" | unir | convoler | convoler en justes noces | fiancé | fiancée | fiançailles | fiancés"
		" | publication des bans | bans | témoin de mariage | témoins | alliance | cérémonie civile"
		" | mariage civil | mairage | mariag | dossier de mariage | audition des futurs époux",
	),
	"pacs": (
		"PACS",
		"pacs | pacser | se pacser | pacsé | pacsée | pacsés | pacte civil | pacte civil de solidarité"
		" | pacte de solidarité | partenaire de pacs | partenaires | convention de pacs | vie commune"
		" | notre vie commune | vivre ensemble | vit ensemble | vivons ensemble | on vit ensemble"
		" | union libre | concubinage | concubin | concubine | concubins | vie maritale | vie de couple"
		" | officialiser notre couple | officialiser notre union | officialiser notre relation"
		" | officialiser notre vie commune | officialiser | reconnu officiellement | sans être mariés"
		" | pas mariés | non mariés | couple non marié | pax | paxer | pacse",
	),
	"couple": (
		"couple",
		"couple | conjoint | conjointe | compagnon | compagne | concubin | concubine | partenaire | mon ami"
		" | ma copine | mon copain | copine | copain | chéri | chérie | amoureux | amoureuse | ma moitié",
	),
	"divorce": (
		"divorce",
		"divorce | divorcer | divorcé | divorcée | séparation | séparer | se séparer | séparé | séparée"
		" | rupture | rompre | dissolution | dissoudre | dissolution du pacs | rompre le pacs"
		" | mettre fin au pacs | ex-mari | ex-femme | ex-conjoint | ex-compagnon | ex | jugement de divorce"
		" | garde alternée",
	),
	"reconnaissance_enfant": (
		"reconnaissance d'un enfant",
		"reconnaissance | reconnaître | reconnaissance anticipée | reconnaissance de paternité"
		" | reconnaissance prénatale | reconnaître un enfant | reconnaître mon enfant | reconnaître le bébé"
		" | reconnaître notre enfant | reconnaître avant la naissance | paternité | maternité légale"
		" | filiation | lien de filiation | père légal | être le père | donner mon nom | porter mon nom"
		" | père non marié | parents non mariés | pas mariés avec la mère | reconaissance",
	),
	"livret_famille": (
		"livret de famille",
		"livret de famille | livret | carnet de famille | petit carnet | carnet | petit livret | livret bleu"
		" | carnet bleu | livret famille | carnet de la famille | livret de famile | livret de familles"
		" | duplicata du livret | second livret | deuxième livret | mise à jour du livret",
	),
	"acte_etat_civil": (
		"acte d'état civil",
		"acte | actes | acte d'état civil | état civil | etat civil | extrait d'acte | extrait"
		" | copie intégrale | copie d'acte | extrait avec filiation | extrait sans filiation | registre"
		" | registres | officier d'état civil | service état civil | plurilingue | acte plurilingue"
		" | mention marginale",
	),
	"justificatif": (
		"justificatif",
		"justificatif | justifier | preuve | prouver | prouve | attester | attestation | certificat"
		" | certifier | document officiel | papier officiel | pièce justificative | pièces justificatives"
		" | pièce officielle | preuve officielle | document demandé | fournir un document",
	),
	"succession": (
		"succession",
		"succession | héritage | hériter | héritier | héritière | héritiers | notaire | régler la succession"
		" | régler l'héritage | partage | testament | legs | biens du défunt",
	),
	"changement_nom": (
		"changement de nom ou de prénom",
		"changement de prénom | changer de prénom | changer mon prénom | changement de nom | changer de nom"
		" | changer mon nom | changer le nom | nom d'usage | nom de famille | prénom | prenom | porter le nom"
		" | s'appeler autrement | appeler autrement | appelle autrement | m'appelle autrement | surnom"
		" | nom de naissance | ajouter un prénom | modifier mon prénom | nom de jeune fille"
		" | reprendre mon nom | accoler les noms | double nom",
	),
	"bapteme_civil": (
		"parrainage civil",
		"baptême républicain | baptême civil | parrainage civil | parrainage républicain | parrainage"
		" | parrain | marraine | filleul | filleule | baptême laïque | bapteme republicain",
	),
	# --- Titres d'identité, documents --------------------------------------------------------------
	"identite": (
		"titre d'identité",
		"identité | pièce d'identité | pièces d'identité | papiers d'identité | titre d'identité"
		" | prouver mon identité | justifier de mon identité | mes papiers | plus de papiers"
		" | document d'identité | documents d'identité | identite | identitée",
	),
	"cni": (
		"carte d'identité",
		"carte d'identité | carte nationale d'identité | cni | carte d'id | carte identité"
		" | carte d'identitée | carte d'identiter | nouvelle carte d'identité | carte d'identité biométrique"
		" | carte identite",
	),
	"passeport": (
		"passeport",
		"passeport | passeports | passport | pasport | passe-port | passeport biométrique"
		" | passeport d'urgence | passeport temporaire",
	),
	"titre_renouvellement": (
		"renouvellement",
		"renouvellement | renouveler | renouvelé | expiré | expirée | périmé | périmée | plus valable"
		" | plus valide | date de validité | arrive à expiration | expire | refaire faire | nouvelle demande"
		" | fin de validité | refaire carte | refaire passeport | refaire papiers | refaire livret"
		" | refaire permis | refaire ma carte d'identité",
	),
	"perte_vol": (
		"perte ou vol",
		"perte | perdu | perdue | égaré | égarée | égarer | égarés | vol | volé | volée | volés | dérobé"
		" | dérober | cambriolage | cambriolé | disparu | disparue | plus retrouver | introuvable"
		" | on m'a volé | on m'a pris | pickpocket | déclaration de perte | déclaration de vol"
		" | porter plainte | déposer plainte | récépissé | plus rien pour prouver",
	),
	"rendez_vous": (
		"rendez-vous",
		"rendez-vous | rendez vous | rdv | rdz-vous | prendre rendez-vous | prise de rendez-vous | créneau"
		" | réserver un créneau | prise de rdv | sur rendez-vous | agenda | disponibilité | délai d'attente",
	),
	"demarche_en_ligne": (
		"démarche en ligne",
		"en ligne | internet | sur internet | site internet | ants | pré-demande | predemande | téléprocédure"
		" | téléservice | formulaire en ligne | franceconnect | france connect | service-public"
		" | service public | site officiel | dématérialisé | point numérique | borne numérique"
		" | espace numérique",
	),
	"vehicule_papiers": (
		"carte grise et permis de conduire",
		"carte grise | certificat d'immatriculation | immatriculation | immatriculer"
		" | changement de titulaire | cession | certificat de cession | vendre ma voiture"
		" | acheter une voiture d'occasion | voiture d'occasion | auto d'occasion | mettre à mon nom"
		" | papiers de la voiture | papiers de mon auto | papiers du véhicule | permis de conduire"
		" | permis de conduite | mon permis | permis perdu | code de la route | carte grise perdue",
	),
	"etranger": (
		"étranger",
		"étranger | étrangère | étrangers | de nationalité | nationalité | visa | titre de séjour"
		" | carte de séjour | consulat | ambassade | préfecture | naturalisation | naturaliser | binational"
		" | double nationalité | certificat de nationalité",
	),
	"hebergement_visiteur": (
		"accueil d'un visiteur étranger",
		"attestation d'accueil | certificat d'hébergement | héberger | hébergement | accueillir chez moi"
		" | recevoir chez moi | loger chez moi | inviter | invitation | faire venir | visiteur | visite de"
		" | venir me rendre visite | rendre visite | venir en vacances chez moi | famille de l'étranger",
	),
	"voyage_mineur": (
		"sortie du territoire d'un mineur",
		"sortie du territoire | sortie de territoire | autorisation de sortie | ast | passer la frontière"
		" | frontière | voyager seul | voyage scolaire | voyage de classe | sortie scolaire à l'étranger"
		" | part à l'étranger | partir à l'étranger | séjour linguistique | colonie à l'étranger"
		" | sans ses parents | sans ses parents | voyage | voyager",
	),
	"legalisation": (
		"légalisation de signature",
		"légalisation | légaliser | légalisation de signature | authentifier | authentification"
		" | certifier conforme | copie conforme | certification conforme | faire certifier"
		" | certifier ma signature | signature | paraphe | tamponner | tampon de la mairie"
		" | cachet de la mairie | apostille",
	),
	"mineur": (
		"enfant mineur",
		"mineur | mineure | mineurs | adolescent | adolescente | ado | ados | jeune | jeunes | lycéen"
		" | collégien | moins de 18 ans",
	),
	"enfant": (
		"enfant",
		"enfant | enfants | fils | fille | garçon | gamin | gamine | gosse | gosses | bambin | loulou"
		" | bout de chou | petit dernier | ma puce | mon petit | ma petite | progéniture | môme | mioche",
	),
	"parent_age": (
		"personne âgée",
		"personne âgée | personnes âgées | senior | seniors | retraité | retraitée | aîné | aînés"
		" | troisième âge | mamie | papi | papy | grand-mère | grand-père | grands-parents | ma mère âgée"
		" | mon père âgé | vieille dame | vieux monsieur | âgé | âgée | dépendance | dépendant",
	),
	# --- Élections -------------------------------------------------------------------------------
	"vote": (
		"élections",
		"voter | vote | votes | élection | élections | electeur | électeur | électrice | électeurs"
		" | électoral | électorale | scrutin | urne | bulletin | bulletin de vote | isoloir"
		" | glisser mon bulletin | déposer mon bulletin | mettre mon bulletin | aller voter | voter dimanche"
		" | municipales | présidentielle | législatives | européennes | régionales | départementales"
		" | référendum | jour du vote | jour du scrutin | éléction | elections",
	),
	"liste_electorale": (
		"inscription sur les listes électorales",
		"liste électorale | listes électorales | inscription électorale | inscrire sur les listes"
		" | inscrit sur les listes | m'inscrire pour voter | s'inscrire pour voter | inscription pour voter"
		" | pouvoir voter | radié | radiation | radier | situation électorale | liste electorale"
		" | changement d'adresse électoral | voter dans ma nouvelle commune",
	),
	"bureau_vote": (
		"bureau de vote",
		"bureau de vote | bureaux de vote | lieu de vote | où voter | où aller voter | dans quel bureau"
		" | bureau électoral | salle de vote | école où voter | gymnase où voter",
	),
	"carte_electeur": (
		"carte électorale",
		"carte d'électeur | carte électorale | carte d'électrice | carte de vote | carte d'electeur"
		" | carte électeur | carte electorale",
	),
	"procuration": (
		"procuration",
		"procuration | procurations | procurration | voter à ma place | votera pour moi | vote pour moi"
		" | voter pour moi | donner procuration | faire une procuration | mandataire | mandant"
		" | maprocuration | absent le jour du vote | absent le jour du scrutin | pas là pour voter"
		" | empêché de voter | quelqu'un vote à ma place",
	),
	"recensement_citoyen": (
		"recensement citoyen",
		"recensement citoyen | recensement militaire | se faire recenser | recenser | recensement à 16 ans"
		" | 16 ans | seize ans | 16 printemps | seize printemps | 16 bougies | seize bougies | ses 16 ans"
		" | jdc | journée défense | journée défense et citoyenneté | journée d'appel | japd"
		" | service national | attestation de recensement | certificat de recensement | snu"
		" | service national universel",
	),
	"recensement_population": (
		"recensement de la population",
		"recensement de la population | insee | agent recenseur | recenseur | recenseuse"
		" | enquête de recensement | questionnaire de recensement | compter les habitants"
		" | compte les habitants | dénombrer les habitants | le-recensement-et-moi | recensement et moi"
		" | formulaire insee | agent de l'insee | frappe aux portes | porte à porte",
	),
	# --- Famille, école, petite enfance -----------------------------------------------------------
	"petite_enfance": (
		"petite enfance",
		"crèche | creche | crèches | micro-crèche | halte-garderie | halte garderie | multi-accueil"
		" | assistante maternelle | assistantes maternelles | ass mat | nounou | nourrice | garde d'enfant"
		" | garde d'enfants | mode de garde | faire garder | garder mon bébé | garder mon nourrisson"
		" | garder mon enfant | baby-sitter | relais petite enfance | rpe | ram"
		" | relais assistantes maternelles | petite enfance | reprise du travail | reprendre le travail"
		" | congé maternité | bébé | bébés | nourrisson | nourrissons",
	),
	"ecole": (
		"école",
		"école | ecole | écoles | école maternelle | maternelle | école élémentaire | élémentaire | primaire"
		" | école primaire | groupe scolaire | établissement scolaire | petite section | moyenne section"
		" | grande section | cp | ce1 | ce2 | cm1 | cm2 | classe | première classe | maîtresse | maître"
		" | instituteur | institutrice | professeur des écoles | directeur d'école | directrice | scolaire"
		" | scolarité | scolariser | scolarisation | élève | élèves | rentrée | rentrée scolaire"
		" | première rentrée | entrer à l'école | aller à l'école",
	),
	"inscription": (
		"inscription",
		"inscription | inscrire | inscrit | inscrite | s'inscrire | m'inscrire | l'inscrire | inscripsion"
		" | enregistrer | enregistrement | dossier d'inscription | pré-inscription | préinscription",
	),
	"derogation_scolaire": (
		"dérogation scolaire",
		"dérogation | dérogations | dérogation scolaire | carte scolaire | secteur scolaire | sectorisation"
		" | hors secteur | hors-secteur | changer d'école | autre école | une autre école"
		" | école de notre choix | choisir l'école | choisir l'établissement | choisir son école"
		" | école de secteur | école du quartier | école près de chez | école près du travail | derogation",
	),
	"cantine": (
		"restauration scolaire",
		"cantine | cantines | cantinne | cantoche | restauration scolaire | restaurant scolaire | repas"
		" | repas du midi | déjeuner | déjeuner sur place | manger à l'école | manger sur place | midi"
		" | pause méridienne | entre midi et deux | menu | menus | self | réfectoire | demi-pension"
		" | demi-pensionnaire | prix du repas | tarif cantine | facture cantine",
	),
	"allergie_regime": (
		"allergie et régime alimentaire",
		"allergie | allergies | allergique | intolérance | intolérant | pai | projet d'accueil individualisé"
		" | régime | régime alimentaire | végétarien | végétarienne | vegan | végétalien | sans porc"
		" | sans viande | halal | casher | sans gluten | gluten | cœliaque | diabète | diabétique | arachide"
		" | cacahuète | panier repas | lactose | œuf | fruits à coque",
	),
	"periscolaire": (
		"périscolaire",
		"périscolaire | periscolaire | perisco | garderie | garderie du matin | garderie du soir"
		" | accueil du matin | accueil du soir | accueil périscolaire | étude | études surveillées"
		" | aide aux devoirs | après l'école | avant l'école | après la classe | après 16h30 | 16h30"
		" | 16 h 30 | sortie des classes | venir les chercher | récupérer les enfants | centre de loisirs"
		" | accueil de loisirs | alsh | centre aéré | mercredi | mercredis | vacances scolaires | colonie"
		" | colo | stage pendant les vacances | s'occupe des enfants | garde après l'école | animateur"
		" | animatrice",  # not "tap" / "nap": "je tape", "nappe"
	),
	"portail_famille": (
		"portail famille",
		"portail famille | espace famille | portail familles | compte famille | quotient familial | qf | caf"
		" | allocations familiales | facture de cantine | facture de garderie | payer la cantine | payer la garderie"
		" | paiement en ligne | prélèvement automatique | impayé de cantine"
		" | tarif dégressif",
	),
	# --- Social, logement ------------------------------------------------------------------------
	"aide_sociale": (
		"aide sociale (CCAS)",
		"ccas | centre communal d'action sociale | action sociale | aide sociale | aides sociales"
		" | aide financière | aide alimentaire | colis alimentaire | banque alimentaire | épicerie sociale"
		" | épicerie solidaire | restos du cœur | resto du coeur | secours populaire | secours catholique"
		" | précarité | précaire | pauvreté | difficultés financières | sans ressources | sans ressource"
		" | plus de ressources | fin de mois | fins de mois | plus rien pour manger | pas de quoi manger"
		" | rien à manger | nourrir mes enfants | nourrir ma famille | m'aider pour manger | aider à manger"
		" | manger à ma faim | faim | dettes | endetté | surendettement | rsa | chômage | chômeur"
		" | allocation | minima sociaux | assistante sociale | assistant social | travailleur social"
		" | secours | aide d'urgence | coup de main financier | démuni | démunis | sdf | sans abri"
		" | sans-abri | sans domicile | hébergement d'urgence | maraude | difficultés pour payer",
	),
	"maintien_domicile": (
		"aide aux personnes âgées",
		"apa | allocation personnalisée d'autonomie | portage de repas | portage des repas | repas à domicile"
		" | aide à domicile | aide ménagère | auxiliaire de vie | maintien à domicile | téléassistance"
		" | ehpad | maison de retraite | résidence autonomie | foyer logement | perte d'autonomie",
	),
	"handicap": (
		"handicap",
		"handicap | handicapé | handicapée | handicapés | personne handicapée | pmr"
		" | personne à mobilité réduite | mobilité réduite | fauteuil roulant | fauteuil | déambulateur"
		" | canne | béquilles | invalidité | invalide | mdph | aah | cmi | carte mobilité inclusion"
		" | carte d'invalidité | carte européenne | gig | gic | malvoyant | aveugle | sourd | malentendant"
		" | se déplace difficilement | marche difficilement | a du mal à marcher",
	),
	"logement_social": (
		"logement social",
		"logement social | logements sociaux | hlm | habitation à loyer modéré | loyer modéré | bailleur"
		" | bailleur social | office hlm | oph | demande de logement | numéro unique"
		" | numéro d'enregistrement | logement | logements | appartement | appart | logis | se loger"
		" | me loger | nous loger | trouver un logement | trouver un appartement | suroccupation | surpeuplé"
		" | relogement | reloger | mutation de logement | logement moins cher | plus grand logement"
		" | loyer trop cher | loyer | logement trop petit | appartement trop petit",
	),
	"insalubrite": (
		"logement insalubre",
		"insalubre | insalubrité | logement indigne | logement dégradé | moisissure | moisissures | humidité"
		" | champignons | marchand de sommeil | propriétaire ne fait rien | péril | immeuble en péril"
		" | punaises de lit | infiltration | infiltrations | dégât des eaux",
	),
	# --- Déchets ---------------------------------------------------------------------------------
	"collecte_ordures": (
		"collecte des ordures ménagères",
		"collecte | collecte des ordures | collecte des déchets | ramassage | ramassage des ordures"
		" | ramassage des poubelles | ordures ménagères | om | ordures | éboueur | éboueurs | rippeur"
		" | camion poubelle | camion-poubelle | camion benne | benne à ordures | bom | camion des éboueurs"
		" | véhicule des éboueurs | passage des éboueurs | passage du camion | camion des poubelles"
		" | jour de collecte | jours de collecte | jour de ramassage | calendrier de collecte"
		" | sortir les poubelles | sortir le bac | rentrer les poubelles | vider les poubelles"
		" | vident les poubelles | vider les conteneurs | vident les conteneurs | vide les bacs | vidage"
		" | pas été ramassé | pas ramassé | pas vidé | pas été vidé | oubli de collecte | oublié notre rue"
		" | ramassage des ordures | camion pas passé | éboueurs pas passés | camion n'est pas passé"
		" | sac noir | sacs noirs | sac poubelle | sacs poubelle | sacs d'ordures",
	),
	"bac_poubelle": (
		"bac à déchets",
		"poubelle | poubelles | poubel | poubele | bac | bacs | bac à ordures | bac gris | bac vert"
		" | bac marron | bac roulant | conteneur | conteneurs | container | containers | récipient à ordures"
		" | récipient à déchets | récipient | poubelle à roulettes | poubelle de la maison | couvercle | roue"
		" | roulette | dotation de bac | nouveau bac | bac cassé | bac volé | bac fendu",
	),
	"tri": (
		"tri sélectif",
		"tri | trier | tri sélectif | tri selectif | recyclage | recycler | recyclable | recyclables"
		" | emballage | emballages | bac jaune | sac jaune | couvercle jaune | poubelle jaune | plastique"
		" | plastiques | carton | cartons | vieux journaux | bouteille en plastique | verre | bocal | bocaux"
		" | bouteille | bouteilles | canette | conserve | consignes de tri | consigne de tri | erreur de tri"
		" | refus de tri | où jeter | quelle poubelle | dans quelle poubelle | dans quel bac"
		" | colonne à verre | colonnes à verre | borne à verre | conteneur à verre"
		" | point d'apport volontaire | pav | point de collecte | vieux papiers | papiers et cartons"
		" | papier journal",
	),
	"encombrants": (
		"encombrants",
		"encombrants | encombrant | encombrents | monstres | objets volumineux | gros objets | gros déchets"
		" | vieux meubles | vieux meuble | meuble | meubles | matelas | sommier | canapé | clic-clac"
		" | armoire | buffet | table | chaise | frigo | frigidaire | réfrigérateur | congélateur"
		" | machine à laver | lave-linge | lave-vaisselle | sèche-linge | cuisinière | four | télé"
		" | télévision | électroménager | gros électroménager | deee | se débarrasser | débarrasser"
		" | débarras | jeter un canapé | jeter un matelas | jeter mon vieux | enlèvement des encombrants"
		" | ramassage des encombrants | collecte des encombrants | rendez-vous encombrants | lit | vieux lit"
		" | literie | bibliothèque en bois | commode | vieux canapé | vieux frigo | gros carton",
	),
	"decheterie": (
		"déchèterie",
		"déchèterie | déchetterie | decheterie | dechetterie | déchéterie | déchetrie | dechetrie"
		" | déchèteries | recyclerie | ressourcerie | point propre | centre de tri | gravats | gravat"
		" | déchets dangereux | produits dangereux | peinture | pot de peinture | solvant | solvants"
		" | huile de vidange | batterie | batteries | piles | ampoules usagées | néons | amiante | badge"
		" | carte d'accès | badge d'accès | apporter à la déchèterie | benne à déchets",
	),
	"dechets_verts": (
		"déchets verts",
		"déchets verts | dechets verts | végétaux | déchets végétaux | tonte | tontes | gazon coupé"
		" | herbe coupée | feuilles mortes | branchages | branches coupées | résidus de taille"
		" | résidu de taille | taille de haie | tailles de haies | brûler | brûlage | brûle | brûlent"
		" | feu de jardin | feu de déchets | faire du feu | fait du feu | flamber | fait flamber | fumée"
		" | fumées | enfume | enfumer | écobuage | incinérer | feu de broussailles",
	),
	"compost": (
		"compostage",
		"compost | composteur | composteurs | compostage | composter | lombricomposteur | lombricompostage"
		" | lombricomposte | vermicompostage | biodéchets | biodéchet | déchets alimentaires"
		" | déchets de cuisine | épluchures | épluchure | restes de cuisine | restes de repas"
		" | restes alimentaires | marc de café | terreau | engrais naturel | vers de terre | bac à compost"
		" | composteur partagé | compost collectif",
	),
	"sapin": (
		"sapins de Noël",
		"sapin | sapins | sapin de noël | arbre de noël | sapin naturel | après les fêtes"
		" | fêtes de fin d'année | fin des fêtes | après noël | collecte des sapins",
	),
	"depot_sauvage": (
		"dépôt sauvage",
		"dépôt sauvage | dépôts sauvages | depot sauvage | décharge sauvage | dépôt d'ordures"
		" | dépôt de déchets | ordures abandonnées | déchets abandonnés | sacs abandonnés | sac abandonné"
		" | abandonné sur le trottoir | abandonnés sur le trottoir | jeté sur le trottoir | jetés dans la rue"
		" | balancé | balancés | déversé | déversés | vidé au bord | coffre vidé | tas de déchets"
		" | tas d'ordures | amas de déchets | amoncellement | montagne de déchets | détritus"
		" | pneus abandonnés | gravats abandonnés | décharge | incivilité | incivilités | pollueur"
		" | pollueurs | vider son coffre | vidé son coffre | matelas abandonné | meubles abandonnés"
		" | frigo abandonné | canapé abandonné | encombrants abandonnés | déchets jetés | jetés devant"
		" | jeté devant | déposé sur le trottoir | déposés sur le trottoir | laissé sur le trottoir"
		" | laissés sur le trottoir",
	),
	"proprete": (
		"propreté",
		"propreté | proprete | sale | sales | saleté | saletés | salir | sali | dégoûtant | dégoûtants"
		" | dégueulasse | crade | cracra | crasseux | immonde | insalubre | papiers gras | papier gras"
		" | canettes | mégots | mégot | détritus | jonché | jonchée | jonchés | plein de déchets | nettoyage"
		" | nettoyer | nettoie | nettoyé | pas nettoyé | balayage | balayer | balayeuse | laveuse"
		" | agent de propreté | personne ne passe | personne ne nettoie | déchets partout",
	),
	"dejections": (
		"déjections canines",
		"crotte | crottes | crotte de chien | crottes de chien | déjection | déjections | déjections canines"
		" | excrément | excréments | caca | cacas | merde | merdes | urine | pipi | canisite | canisette"
		" | sac à crottes | ramasser les crottes",
	),
	"verre_casse": (
		"verre cassé",
		"verre cassé | verres cassés | éclats de verre | éclat de verre | débris de verre | bouteille cassée"
		" | bouteilles cassées | tessons | tesson | bris de verre | éclats de bouteilles | morceaux de verre"
		" | verre brisé",
	),
	"corbeille": (
		"corbeille de rue",
		"corbeille | corbeilles | corbeille à papiers | poubelle de rue | poubelle publique"
		" | poubelles publiques | poubelle du parc | poubelle de la place | corbeille de rue"
		" | poubelle pleine | corbeille pleine",
	),
	"tags": (
		"tags et graffitis",
		"tag | tags | tagué | taguée | tagués | taguer | tagueur | tagueurs | graffiti | graffitis | graff"
		" | graffs | grafiti | inscription sur un mur | dessins sur le mur | peinture sur le mur"
		" | bombe de peinture | bombé | barbouillé | barbouillage | insultes sur le mur | affichage sauvage"
		" | affiches sauvages | autocollants | stickers | façade taguée | mur tagué | effacement | effacer",
	),
	"nuisibles": (
		"nuisibles",
		"nuisible | nuisibles | rat | rats | raton | souris | rongeur | rongeurs | dératisation | dératiser"
		" | cafard | cafards | blatte | blattes | punaise | punaises | pigeon | pigeons | fientes | frelon"
		" | frelons | frelon asiatique | guêpe | guêpes | nid de guêpes | nid de frelons | nid | moustique"
		" | moustiques | moustique tigre | chenille processionnaire | chenilles | bestiole | bestioles"
		" | vermine | bêtes | grouillent | grouille | infestation | infesté | désinsectisation",
	),
	# --- Animaux ---------------------------------------------------------------------------------
	"animal": (
		"animaux",
		"animal | animaux | chien | chiens | chienne | chiot | chat | chats | chatte | chaton | chatons"
		" | toutou | clébard | cabot | minou | matou | félin | bête | animal de compagnie | nac",
	),
	"animal_errant": (
		"animal errant ou perdu",
		"errant | errante | errants | divagation | divague | erre | errer | sans collier | sans maître"
		" | chien perdu | chat perdu | animal perdu | chien trouvé | chat trouvé | fourrière animale"
		" | spa | puce électronique | tatouage | icad | animal mort | chat mort | chien mort | cadavre"
		" | cadavre d'animal | affamé",
	),
	"chien_dangereux": (
		"chien dangereux",
		"chien dangereux | chiens dangereux | chien de catégorie | chiens de catégorie | catégorie 1"
		" | catégorie 2 | première catégorie | deuxième catégorie | pitbull | pit-bull | pit bull"
		" | rottweiler | amstaff | staffordshire | molosse | permis de détention | muselière"
		" | chien d'attaque | chien de garde | évaluation comportementale | morsure | mordu",
	),
	# --- Bruit, voisinage ------------------------------------------------------------------------
	"bruit": (
		"bruit",
		"bruit | bruits | bruyant | bruyante | bruyants | tapage | tapage nocturne | vacarme | boucan"
		" | raffut | tintamarre | chahut | nuisance sonore | nuisances sonores | nuisance | nuisances"
		" | musique forte | musique à fond | son à fond | sono | basses | décibels | fête | font la fête"
		" | faire la fête | java | font la java | faire la java | bringue | nouba | soirée | soirées"
		" | aboiement | aboiements | aboie | aboyer | cris | crient | crier | hurle | hurlent | hurlements"
		" | talons | claquent | claquer | je n'en dors plus | empêche de dormir | pas dormir | impossible de dormir"
		" | réveillé | réveille | insomnie | tondeuse | souffleur | bruit de voisinage",
	),
	"bruit_chantier": (
		"bruit de chantier",
		"chantier | chantiers | travaux bruyants | bruit de travaux | bruit des travaux | marteau-piqueur"
		" | marteau piqueur | perceuse | disqueuse | tronçonneuse | engins | engins de chantier"
		" | horaires de chantier | dès 7h | avant 7h | dès 6h | horaires de bricolage | bricolage"
		" | bétonnière | grue",
	),
	"voisin": (
		"voisinage",
		"voisin | voisine | voisins | voisines | voisinage | monsieur d'à côté | dame d'à côté"
		" | gens du dessus | ceux du dessus | voisin du dessus | voisin du dessous | mon voisin | nos voisins"
		" | la maison d'à côté | propriétaire voisin | voisin d'à côté | maison d'à côté | voisins du dessus"
		" | voisins du dessous | appartement du dessus",
	),
	"conciliation": (
		"litige et conciliation",
		"conciliateur | conciliateur de justice | conciliation | médiation | médiateur | litige | litiges"
		" | conflit | conflit de voisinage | différend | désaccord | trancher | qui peut trancher"
		" | refuse de couper | refuse de tailler | arrangement à l'amiable | amiable | tribunal"
		" | mise en demeure | recours",
	),
	"bar_commerce": (
		"bar ou commerce",
		"bar | bars | café | cafés | brasserie | restaurant | restaurants | resto | boîte de nuit"
		" | discothèque | pub | épicerie de nuit | commerce | commerces | commerçant | commerçants | boutique"
		" | magasin | snack | kebab | terrasse du bar | établissement de nuit | gérant",
	),
	# --- Voirie, espace public -------------------------------------------------------------------
	"eclairage": (
		"éclairage public",
		"éclairage | éclairage public | eclairage | lampadaire | lampadaires | lampadère | réverbère"
		" | réverbères | reverbere | candélabre | candélabres | luminaire | luminaires | lumière | lumières"
		" | ampoule | lampe | poteau électrique | mât | rue sombre | rue dans le noir | dans le noir"
		" | noir complet | on n'y voit rien | on y voit rien | plus de lumière | éteint | éteints"
		" | ne s'allume plus | allume plus | clignote | clignotent | grésille | panne d'éclairage"
		" | extinction | extinction nocturne | éclairé | éclairée | pas éclairé",
	),
	"chaussee": (
		"chaussée",
		"nid de poule | nid-de-poule | nids de poule | nids-de-poule | nid de poul | trou | trous"
		" | trou dans la route | trou dans la chaussée | creux | crevasse | ornière | ornières | fissure"
		" | fissures | affaissement | affaissé | bosse | bosses | chaussée | chaussee | chaussée défoncée"
		" | route défoncée | rue défoncée | route abîmée | route dégradée | chaussée dégradée | bitume"
		" | goudron | enrobé | revêtement | route | voirie | tranchée | tranchée mal rebouchée | rebouché"
		" | reboucher | rustine | écarts | font des écarts | éviter le trou | plaque d'égout | défoncé"
		" | défoncée | défoncés",
	),
	"trottoir": (
		"trottoir",
		"trottoir | trottoirs | trotoir | trotoirs | dalle | dalles | dalle descellée | pavé | pavés | pavage"
		" | bordure | bordures | bordure de trottoir | bateau | trébucher | trébuché | trébuche"
		" | se tordre la cheville | tordu la cheville | racines qui soulèvent | soulevé | soulèvent"
		" | passage piétonnier | cheminement | piéton | piétons | poussette | poussettes | longer les façades"
		" | le long des façades | trottoir défoncé | trottoir abîmé | trottoir cassé",
	),
	"accessibilite": (
		"accessibilité",
		"accessibilité | accessible | inaccessible | accès pmr | rampe | rampe d'accès | abaissé de trottoir"
		" | bateau de trottoir | passer avec un fauteuil | passer avec une poussette | encombré | encombrés",
	),
	"neige_verglas": (
		"neige et verglas",
		"neige | neiges | verglas | vergla | gel | gelé | gelée | gelées | gelés | glace | glacé | glacée"
		" | glissant | glissante | glissants | ça glisse | patinoire | patiner | déneigement | déneiger"
		" | déneigé | salage | sel | sable | chasse-neige | saleuse | plaque de verglas | plaques de verglas"
		" | hiver | froid | grand froid | marches gelées",
	),
	"eau_fuite": (
		"fuite d'eau",
		"fuite | fuites | fuite d'eau | fuir | fuit | eau qui coule | coule | coule sans arrêt | ruisseau"
		" | ruisselle | geyser | jaillit | jaillir | conduite | conduite d'eau | canalisation | canalisations"
		" | tuyau | tuyaux | compteur d'eau | vanne | bouche à clé | eau potable | réseau d'eau"
		" | coupure d'eau | plus d'eau | robinet | borne fontaine",
	),
	"assainissement": (
		"égouts et assainissement",
		"égout | égouts | egout | bouche d'égout | avaloir | avaloirs | grille | grilles | grille d'égout"
		" | grille bouchée | caniveau | caniveaux | caniveau bouché | regard | tampon | plaque d'égout"
		" | odeur d'égout | odeurs d'égout | mauvaise odeur | mauvaises odeurs | ça pue | pue | puanteur"
		" | assainissement | fosse septique | tout-à-l'égout | raccordement | eaux usées | eaux pluviales"
		" | eau pluviale | refoule | refoulement | bouché | bouchée | obstrué | obstruée",
	),
	"inondation": (
		"inondation",
		"inondation | inondations | inondé | inondée | inonde | innondation | flaque | flaques | mare"
		" | eau stagnante | stagne | stagnante | orage | pluie | eau dans la cave | cave inondée"
		" | caves inondées | montée des eaux | crue",
	),
	"signalisation": (
		"signalisation routière",
		"panneau | panneaux | panneau de signalisation | panneaux de signalisation | signalisation"
		" | signalétique | feu | feux | feu rouge | feux rouges | feu tricolore | feux tricolores"
		" | feu de circulation | feu piéton | bonhomme vert | stop | cédez le passage | sens interdit"
		" | sens unique | marquage | marquage au sol | marquages | bande blanche | bandes blanches"
		" | ligne blanche | lignes blanches | passage piéton | passage piétons | passage clouté | clous"
		" | zébra | pour traverser | traverser | traversée | miroir | panneau tordu | panneau tombé"
		" | panneau arraché | feu en panne | feu bloqué",
	),
	"vitesse": (
		"vitesse et sécurité routière",
		"vitesse | excès de vitesse | roulent trop vite | rouler vite | roulent vite | trop vite | à fond"
		" | chauffard | chauffards | ralentisseur | ralentisseurs | dos d'âne | coussin berlinois | radar"
		" | zone 30 | zone de rencontre | sécurité routière | accident | accidents | rodéo | rodéos"
		" | sécuriser",
	),
	"circulation": (
		"circulation",
		"circulation | bouchon | bouchons | embouteillage | embouteillages | trafic | sens de circulation"
		" | rue barrée | route barrée | déviation | fermeture de rue | rue fermée | plan de circulation",
	),
	"velo": (
		"vélo",
		"vélo | vélos | velo | bicyclette | cycliste | cyclistes | piste cyclable | pistes cyclables"
		" | bande cyclable | voie cyclable | voie vélo | arceau | arceaux | arceau vélo | stationnement vélo"
		" | trottinette | trottinettes",
	),
	"transport": (
		"transports en commun",
		"bus | autobus | tram | tramway | métro | arrêt de bus | abribus | ligne de bus | car scolaire"
		" | transport scolaire | navette | transports en commun | tcl | ratp",
	),
	"vehicule": (
		"véhicule",
		"voiture | voitures | véhicule | véhicules | auto | automobile | bagnole | camionnette | utilitaire"
		" | camion | fourgon | moto | scooter | scooters | deux-roues | kangoo | clio | twingo | berline"
		" | 4x4 | suv | camping-car | caravane | remorque",
	),
	"stationnement": (
		"stationnement",
		"stationnement | stationnements | stationement | stationner | se garer | garer | garé | garée"
		" | me garer | parking | parkings | place de parking | places de parking | place de stationnement"
		" | laisser ma voiture | laisser la voiture | parquer | zone bleue | disque | disque bleu"
		" | stationnement payant | zone payante",
	),
	"stationnement_residentiel": (
		"stationnement résidentiel",
		"stationnement résidentiel | carte résident | carte de résident | vignette résident | vignette"
		" | macaron | macaron résident | abonnement résident | abonnement | tarif résident"
		" | tarif résidentiel | tarif pour les habitants | habitants du quartier | riverain | riverains"
		" | payer le stationnement | horodateur | horodateurs | parcmètre | parcmètres"
		" | ticket de stationnement | paybyphone | application de stationnement",
	),
	"fps_amende": (
		"forfait post-stationnement",
		"forfait post-stationnement | forfait post stationnement | fps | amende | amendes | pv"
		" | procès-verbal | proces verbal | contravention | contraventions | prune | papillon"
		" | avis de paiement | majoration | majoré | payer l'amende | amende de stationnement"
		" | ticket sur le pare-brise",
	),
	"contestation": (
		"contestation",
		"contester | contestation | contesté | recours | rapo | recours administratif | réclamer"
		" | faire appel | pas d'accord | injuste | injustifié | injustifiée | erreur | à tort | abusif"
		" | abusive | commission du contentieux | ccsp | exonération",
	),
	"vehicule_ventouse": (
		"véhicule ventouse ou épave",
		"épave | épaves | ventouse | voiture ventouse | véhicule ventouse | voiture abandonnée"
		" | véhicule abandonné | voiture qui ne bouge pas | ne bouge pas | ne bouge plus | n'a pas bougé"
		" | jamais bougé | toujours au même endroit | au même endroit depuis | même place depuis"
		" | dort au même endroit | voiture dort | véhicule dort | immobile depuis | pneus dégonflés | pneu dégonflé | pneus à plat"
		" | pneus crevés | carcasse | plaques arrachées | sans plaque | couverte de feuilles"
		" | couvert de feuilles | couverte de poussière",
	),
	"stationnement_genant": (
		"stationnement gênant",
		"stationnement gênant | stationnement genant | stationnement sauvage | mal garé | mal garée"
		" | mal garés | garé sur le trottoir | garée sur le trottoir | garés sur le trottoir | double file"
		" | en double file | devant mon garage | devant le garage | sortie de garage | bateau de garage"
		" | bloque mon garage | bloque la sortie | bloque le passage | bloquer le passage | empêche de sortir"
		" | impossible de sortir | garé devant chez moi | place livraison | place handicapé occupée"
		" | sur le passage piéton | gêne la circulation",
	),
	"fourriere": (
		"fourrière",
		"fourrière | fourriere | fourière | mise en fourrière | mis en fourrière | enlèvement de véhicule"
		" | dépanneuse | dépanneur | camion-grue | camion grue | camion plateau | embarqué | embarquée"
		" | voiture disparue | voiture a disparu | auto a disparu | véhicule disparu"
		" | plus là où je l'ai garée | plus ma voiture | récupérer ma voiture | récupérer mon véhicule"
		" | récupérer ma moto | frais de fourrière | voiture enlevée | véhicule enlevé"
		" | voiture a été enlevée | enlevée par la fourrière",
	),
	# --- Urbanisme -------------------------------------------------------------------------------
	"permis_construire": (
		"permis de construire",
		"permis de construire | permis de construction | pc | construire | construction | constructions"
		" | bâtir | batir | faire construire | faire bâtir | élever une maison | maison neuve"
		" | maison individuelle | pavillon | pavillon neuf | nouvelle maison | extension | agrandir"
		" | agrandissement | surélévation | surélever | ajouter une pièce | ajouter un étage"
		" | agrandir la maison | garage | construire un garage | architecte | permis d'aménager"
		" | délai d'instruction | instruction | instruction du dossier",
	),
	"declaration_prealable": (
		"déclaration préalable de travaux",
		"déclaration préalable | déclaration préalable de travaux | dp | déclaration de travaux"
		" | petits travaux | véranda | veranda | verrière | clôture | clôtures | cloture | portail | velux"
		" | volets | volet | ravalement | ravalement de façade | façade | toiture | toit | refaire le toit"
		" | refaire ma toiture | refais ma toiture | tuiles | panneaux solaires | panneau solaire"
		" | photovoltaïque | pompe à chaleur | climatiseur | climatisation | muret | mur de clôture | carport"
		" | pergola | auvent | terrasse surélevée | changer les fenêtres | changement de fenêtres"
		" | modifier la façade | couleur de la façade | division de terrain | changement de destination"
		" | remplacer les fenêtres | nouvelles fenêtres",
	),
	"piscine_abri": (
		"piscine et abri de jardin",
		"piscine | piscines | bassin | jacuzzi | spa | piscine hors sol | piscine enterrée | abri de jardin"
		" | abri | cabane | cabanon | chalet de jardin | serre | pool house | local de jardin"
		" | abri de jardin en bois",
	),
	"regles_urbanisme": (
		"règles d'urbanisme (PLU)",
		"plu | plan local d'urbanisme | plu intercommunal | plui | pos | zonage | règlement d'urbanisme"
		" | règles d'urbanisme | règles de construction | constructible | constructibilité | inconstructible"
		" | cadastre | cadastral | parcelle | parcelles | terrain | terrains | lopin | lopin de terre"
		" | terrain à bâtir | terrain constructible | hauteur maximale | emprise au sol | servitude"
		" | servitudes | alignement | urbanisme | service urbanisme | savoir si constructible",
	),
	"certificat_urbanisme": (
		"certificat d'urbanisme",
		"certificat d'urbanisme | cu | cua | cub | certificat d'urbanisme opérationnel | achat de terrain"
		" | acheter un terrain | achète un terrain | avant d'acheter | avant de signer | compromis de vente"
		" | compromis | promesse de vente | signer chez le notaire | vendre un terrain | vente de terrain",
	),
	"travaux": (
		"travaux",
		"travaux | rénovation | rénover | tout refaire | aménagement | aménager | bricolage | ouvriers | ouvrier"
		" | artisan | artisans | maçon | entreprise de travaux | chantier",
	),
	"taxe_amenagement": (
		"taxes locales",
		"taxe d'aménagement | taxe foncière | taxe d'habitation | impôts locaux | impôt | impôts | taxe",
	),
	"occupation_voie_publique": (
		"occupation de la voie publique",
		"occupation du domaine public | occupation de la voie publique | occupation du trottoir"
		" | autorisation de voirie | permission de voirie | permis de stationnement | arrêté de voirie"
		" | arrêté | arrêté municipal | benne | bennes | benne à gravats | échafaudage | échafaudages"
		" | echafaudage | structure métallique | nacelle | monte-meuble | camion de déménagement"
		" | réserver des places | réserver une place | bloquer la rue | neutraliser des places | emprise"
		" | installer sur le trottoir | poser sur le trottoir | palissade | palissade de chantier | base vie",
	),
	"demenagement": (
		"déménagement",
		"déménagement | déménagements | déménager | déménagé | déménage | demenagement | emménager"
		" | emménagement | emménagé | nouvel arrivant | nouveaux arrivants | nouvel habitant"
		" | changement d'adresse | changé d'adresse | nouvelle adresse | changé de quartier | autre quartier"
		" | arriver dans la commune | arrivé dans la commune | installé depuis peu",
	),
	"terrasse_commerce": (
		"terrasse et étalage",
		"terrasse | terrasses | étalage | étalages | étal | chevalet | chevalets | présentoir | tables dehors"
		" | mettre des tables dehors | poser des tables | tables en terrasse | chaises dehors | aot"
		" | autorisation d'occupation temporaire | droit de terrasse | redevance",
	),
	"marche": (
		"marché",
		"marché | marchés | marche alimentaire | marché alimentaire | marché couvert | halles | forain"
		" | forains | commerçant ambulant | commerçants ambulants | camelot | placier | producteur"
		" | producteurs | maraîcher | stand au marché | emplacement au marché | jour de marché",
	),
	"buvette": (
		"buvette",
		"buvette | buvettes | débit de boissons | débit de boisson | débit de boissons temporaire | licence"
		" | licence de débit | vente d'alcool | vendre de l'alcool | vendre de la bière | vendre des boissons"
		" | vente de boissons | bar éphémère | bière | alcool | petite restauration",
	),
	"manifestation": (
		"manifestation et fête",
		"manifestation | manifestations | événement | évènement | fête | fêtes | fête de quartier"
		" | fête des voisins | repas de quartier | kermesse | fête de l'école | brocante | vide-grenier"
		" | vide grenier | braderie | concert | festival | animation | animations | loto | tombola"
		" | spectacle | bal",
	),
	"salle": (
		"location de salle",
		"salle | salles | salle municipale | salle des fêtes | salle polyvalente | salle communale"
		" | location de salle | louer une salle | réserver une salle | salle de réunion | local"
		" | espace municipal | salle pour un anniversaire | salle gratuite | mise à disposition"
		" | assemblée générale | réunion",
	),
	"reception_famille": (
		"fête de famille",
		"anniversaire | anniversaires | réception | repas de famille | fête de famille | baptême | communion"
		" | soirée dansante | cousinade | départ en retraite | pot | apéritif | vin d'honneur",
	),
	"pret_materiel": (
		"prêt de matériel",
		"prêt de matériel | prêt | prêter | emprunter | emprunt | matériel | tables | chaises | barnum"
		" | barnums | tente | tentes | chapiteau | sono | podium | estrade | grilles d'exposition | bancs"
		" | vaisselle",
	),
	"association": (
		"association",
		"association | associations | asso | assos | club | clubs | amicale | comité des fêtes | loi 1901"
		" | bénévole | bénévoles | collectif d'habitants | notre club | siège social | domiciliation"
		" | maison des associations | forum des associations | président de l'association",
	),
	"subvention": (
		"subvention",
		"subvention | subventions | aide financière | financement | financer | coup de pouce financier"
		" | coup de pouce | soutien financier | dotation | budget | aide de la ville | demande de subvention"
		" | dossier de subvention | argent",
	),
	"sport": (
		"équipements sportifs",
		"gymnase | gymnases | stade | stades | terrain de sport | city stade | city-stade | salle de sport"
		" | complexe sportif | piscine municipale | patinoire municipale | skatepark | terrain de foot",
	),
	# --- Mairie, services ------------------------------------------------------------------------
	"mairie": (
		"mairie",
		"mairie | mairies | mairi | hôtel de ville | hotel de ville | maison commune | mairie annexe"
		" | mairie de quartier | guichet | guichets | accueil | accueil de la mairie | services municipaux"
		" | service municipal | municipalité | administration | standard",
	),
	"horaires": (
		"horaires d'ouverture",
		"horaires | horaire | heures d'ouverture | heure d'ouverture | ouverture | ouvert | ouverte | fermé"
		" | fermée | fermeture | jusqu'à quand | jusqu'à quelle heure | à quelle heure | quelle heure"
		" | entre midi et deux | ouvert le samedi | samedi | samedi matin | nocturne | permanence"
		" | permanences | heures de bureau | après le travail | en semaine | jours d'ouverture"
		" | après le boulot | sortie du travail",
	),
	"contact": (
		"contact",
		"téléphone | numéro de téléphone | joindre | contacter | appeler | adresse mail | e-mail | courriel"
		" | écrire | écrire à | à qui écrire | à qui m'adresser | à qui demander | interlocuteur",
	),
	"objets_trouves": (
		"objets trouvés",
		# not "trouvé" or "oublié" alone: "je n'ai pas trouvé l'information", "j'ai oublié de préciser"
		"objets trouvés | objet trouvé | objets perdus | objet perdu | clés | clefs | clé | trousseau | portefeuille"
		" | porte-monnaie | porte monnaie | sac à main | sacoche | cartable | téléphone perdu | portable perdu"
		" | portable oublié | portable retrouvé | téléphone oublié | téléphone retrouvé | affaires oubliées"
		" | oublié mes affaires | affaires perdues | retrouver mes affaires | objet retrouvé | objets retrouvés"
		" | smartphone | lunettes | doudou | parapluie | manteau | veste | vélo trouvé | dans le bus"
		" | dans le tram | sur un banc | quelqu'un l'a rapporté | rapporté | sac oublié | sac perdu"
		" | sac retrouvé",
	),
	"reclamation": (
		"réclamation",
		"réclamation | réclamations | reclamation | plainte | plaintes | se plaindre | plaindre | mécontent"
		" | mécontente | mecontent | mécontentement | insatisfait | insatisfaite | pas satisfait"
		" | pas content | pas contente | scandaleux | scandale | inadmissible | inacceptable | honteux"
		" | honte | lamentable | mal traité | mal traitée | mal reçu | mauvais accueil | manque de respect"
		" | protester | râler | ras-le-bol | ras le bol | marre | j'en ai marre | rien ne change"
		" | malgré mes plaintes | aucune réponse | sans réponse | jamais de réponse | traité mon dossier"
		" | dossier a été traité | médiateur | défenseur des droits",
	),
	"suggestion": (
		"suggestion",
		"suggestion | suggestions | proposition | propositions | idée | idées | proposer | suggérer"
		" | on aimerait | j'aimerais | pourquoi ne pas | boîte à idées | budget participatif | améliorer"
		" | amélioration",
	),
	"tranquillite_vacances": (
		"opération tranquillité vacances",
		"opération tranquillité vacances | tranquillité vacances | otv | surveiller ma maison"
		" | surveiller mon logement | surveillance de mon logement | surveillance | surveiller"
		" | partir en vacances | pars en vacances | part en vacances | absent | absente | absence"
		" | pendant mon absence | pendant nos vacances | pendant mes congés | maison vide | logement vide"
		" | cambrioleur | cambrioleurs | cambriolage | passage de la police | patrouille",
	),
	"police": (
		"police municipale",
		"police municipale | police | policier | policiers | agent de police | asvp | gendarmerie | gendarme"
		" | gendarmes | commissariat | garde champêtre | appeler la police",
	),
	"insecurite": (
		"tranquillité publique",
		"insécurité | délinquance | trafic | dealer | dealers | deal | drogue | squat | squatteur"
		" | squatteurs | rassemblement | rassemblements | attroupement | jeunes qui traînent | bande | bandes"
		" | agression | agressé | menace | menaces | violence | violences | harcèlement | vandalisme"
		" | vandale | vandales | dégradation | dégradations | dégradé | rodéo urbain | incivilité",
	),
	"gens_voyage": (
		"gens du voyage",
		"gens du voyage | caravanes | caravane | campement | campements | installation illicite"
		" | aire d'accueil | aire de grand passage | camp",
	),
	# --- Espaces verts ---------------------------------------------------------------------------
	"arbre": (
		"arbre",
		"arbre | arbres | arbuste | arbustes | branche | branches | branchage | tronc | souche | racine"
		" | racines | feuillage | platane | platanes | tilleul | marronnier | peuplier | chêne | érable"
		" | acacia | cèdre | pin | bouleau | frêne | saule | cerisier | pommier | noyer | thuya | thuyas"
		" | laurier | bambou | bambous",
	),
	"elagage": (
		"élagage",
		"élagage | elagage | ellagage | élaguer | elaguer | élagué | taille | tailler | taillé | couper"
		" | couper les branches | coupe | abattage | abattre | abattre un arbre | arbre dangereux"
		" | arbre mort | branche cassée | branche morte | branche tombée | branches qui dépassent"
		" | gêne la visibilité | masque le panneau | touche les fils | végétation | haie | haies | ronces"
		" | broussailles | débroussaillage | débroussailler | haie qui dépasse | haie qui déborde"
		" | végétation qui déborde | branches qui débordent",
	),
	"haie_voisin": (
		"plantations d'un voisin",
		"haie du voisin | arbre du voisin | branches du voisin | arbre d'à côté | dépasse chez moi"
		" | déborde chez moi | déborde sur ma terrasse | déborde sur mon terrain | déborde dans mon jardin"
		" | dépasse dans mon jardin | tombe dans mon jardin | limite de propriété | limite séparative"
		" | mitoyen | mitoyenne | haie mitoyenne | mur mitoyen | distance de plantation"
		" | ombre sur mon jardin | feuilles dans ma piscine | racines chez moi",
	),
	"espaces_verts": (
		"parcs et espaces verts",
		"parc | parcs | jardin public | jardins publics | square | squares | espace vert | espaces verts"
		" | pelouse | pelouses | gazon | massif | massifs | parterre | fleurs | fleurissement | plantation"
		" | plantations | planter | plante | plantes | verdure | végétaliser | végétalisation | arrosage"
		" | arroser | tonte | tondre | désherbage | désherber | mauvaises herbes | herbes hautes"
		" | herbe haute | jardin partagé | jardins familiaux | coin de verdure | plus de vert"
		" | nature en ville | îlot de chaleur",
	),
	"aire_jeux": (
		"aire de jeux",
		"aire de jeux | aires de jeux | jeux pour enfants | jeux d'enfants | jeu pour enfants | toboggan"
		" | balançoire | balançoires | bac à sable | tourniquet | tyrolienne | structure de jeux"
		" | parc pour enfants | jeux du square | sol souple",
	),
	"mobilier_urbain": (
		"mobilier urbain",
		"banc | bancs | banc public | mobilier urbain | fontaine | fontaines | potelet | potelets | barrière"
		" | barrières | plot | plots | borne | bornes | jardinière | jardinières | toilettes publiques"
		" | sanisette | wc publics | abribus | bac à fleurs | rambarde | garde-corps",
	),
	# --- Divers services -------------------------------------------------------------------------
	"emploi": (
		"emploi",
		"emploi | emplois | chercher du travail | trouver du travail | recherche de travail | job | jobs | job d'été | stage | stages | stagiaire | candidature"
		" | candidater | postuler | recrutement | recrute | offre d'emploi | offres d'emploi | cv"
		" | saisonnier | alternance | apprentissage",
	),
	"culture": (
		"culture",
		"médiathèque | bibliothèque | livres | emprunter des livres | conservatoire | école de musique"
		" | musée | théâtre | cinéma | spectacle | exposition | cours de danse | club de lecture",
	),
	"sante": (
		"santé",
		"santé | vaccin | vaccins | vaccination | centre de santé | médecin | médecins | pmi"
		" | carnet de santé | centre médico-social | infirmière | pharmacie | hôpital | clinique"
		" | défibrillateur",
	),
	"jeunesse": (
		"jeunesse",
		"maison des jeunes | mjc | centre social | espace jeunes | point jeunes"
		" | conseil municipal des jeunes | activités pour ados | bafa | permis citoyen",
	),
	"demarche": (
		"démarche administrative",
		"démarche | démarches | formalité | formalités | dossier | dossiers | formulaire | formulaires"
		" | cerfa | pièces à fournir | papiers à fournir | documents à fournir | quoi apporter"
		" | que faut-il apporter | procédure | marche à suivre | comment faire | quel document"
		" | quelles démarches | quel dossier",
	),
	"delai": (
		"délai",
		"délai | délais | combien de temps | durée | à l'avance | au plus tard | date limite | dans les temps"
		" | en retard | trop tard | avant quand | combien de jours | dans les 5 jours | dans les 24 heures"
		" | instruction | attente",
	),
	"tarif": (
		"tarif",
		"tarif | tarifs | prix | coût | coûte | coûter | combien ça coûte | combien coûte | payant | payante"
		" | gratuit | gratuite | gratuitement | frais | montant | timbre fiscal | timbre | redevance | cher"
		" | fortune | combien pour",
	),
}


def _add_wordings(wordings: dict[str, str]) -> None:
	"""Append a pass of citizen wordings to their concepts (a concept id that does not exist is a
	mistake in the pass: it fails at import rather than being dropped silently)."""
	for cid, phrases in wordings.items():
		label, known = CONCEPTS[cid]
		CONCEPTS[cid] = (label, known + " | " + phrases)


# Everyday wordings, a second pass domain by domain (how people say each procedure at a counter, on
# the phone or in a text message), appended to the phrases above.
EVERYDAY: dict[str, str] = {
	# état civil
	"naissance": "accouché hier | vient de naître | est né | est née | bébé est né | premier enfant"
	" | deuxième enfant | on a eu un bébé | nous avons eu un bébé | nouvelle naissance | jumeaux | jumelles",
	"acte_etat_civil": "extrait d'acte de naissance | copie d'acte de naissance | papier d'état civil"
	" | document d'état civil | généalogie | arbre généalogique | ancêtres | aïeul | aïeux | archives"
	" | registres anciens | acte ancien",
	"deces": "s'est éteint | s'est éteinte | est parti | est partie | disparu récemment | vient de mourir"
	" | vient de décéder | fin de vie | deuil | endeuillé | endeuillée",
	"mariage": "se passer la bague au doigt | bague au doigt | demande en mariage | on va se marier"
	" | nous allons nous marier | cérémonie de mariage | salle des mariages | mariage à la mairie"
	" | marier notre fille | marier notre fils",
	"divorce": "séparation | séparés | séparée | séparé | rupture | ex-mari | ex-femme | ex-conjoint",
	"changement_nom": "rectifier mon nom | erreur sur mon nom | faute dans mon nom | orthographe de mon nom"
	" | franciser mon prénom | prénom ridicule | prénom difficile à porter",
	"livret_famille": "livret de famille perdu | refaire le livret | ajouter un enfant au livret",
	"legalisation": "faire tamponner | tamponné par la mairie | signature certifiée | certification de signature"
	" | faire valider ma signature",
	# titres
	"cni": "carte d'identité périmée | carte d'identité expirée | carte plastique | nouvelle carte"
	" | carte au format carte bancaire | récupérer ma carte d'identité | retirer ma carte",
	"passeport": "partir à l'étranger | voyager à l'étranger | voyage hors d'europe | pays hors union européenne"
	" | visa | aller aux états-unis | partir en vacances à l'étranger | voyage à l'étranger",
	"perte_vol": "plus de papiers | sac volé | sac arraché | portefeuille volé | on m'a tout volé"
	" | je ne retrouve plus | je ne trouve plus | impossible de retrouver",
	"vehicule_papiers": "changer l'adresse de ma carte grise | acheté une voiture | vendu ma voiture"
	" | certificat de situation administrative | non-gage | plaque d'immatriculation",
	# élections
	"vote": "aller aux urnes | passer aux urnes | accomplir mon devoir de citoyen | devoir civique"
	" | droit de vote | pouvoir voter | élire | élu | élus | candidat | candidats | dimanche des élections",
	"liste_electorale": "jamais voté | jamais votée | première fois que je vote | premier vote"
	" | voter pour la première fois | nouvel électeur | nouvelle électrice",
	"bureau_vote": "où se trouve mon bureau de vote | adresse du bureau de vote | quel bureau de vote | mon lieu de vote",
	"procuration": "je serai absent | je serai en vacances | en déplacement le jour | voter à distance"
	" | quelqu'un vote à ma place | confier mon vote",
	# enfance, école
	"ecole": "rentrée scolaire | rentrée des classes | entrer à l'école | entrée à l'école | entrée en maternelle"
	" | entrée au cp | première rentrée | scolariser | scolarisation | scolarisé | scolarisée | aller à l'école",
	"cantine": "manger le midi | mange le midi | manger à midi | repas de midi | plateau repas | tarif des repas"
	" | prix des repas | réserver les repas | inscrire à la cantine",
	"periscolaire": "garde après l'école | garde le soir | garde le mercredi | mercredis | accueil le mercredi"
	" | vacances scolaires | centre aéré | colonie de vacances | stage vacances | activités du soir",
	"petite_enfance": "faire garder mon enfant | garde de mon bébé | place en crèche | reprendre le travail"
	" | reprise du travail | congé maternité | fin du congé maternité | congé parental",
	"derogation_scolaire": "changer d'école | autre école | école d'un autre quartier | école hors secteur"
	" | école de mon choix | choisir l'école | école plus proche du travail | école de la grande sœur",
	# social, logement
	"aide_sociale": "fins de mois difficiles | fin de mois difficile | joindre les deux bouts | dans le besoin"
	" | en difficulté | galère | galérer | je galère | payer mes factures | impayés | dettes | surendettement"
	" | rsa | minima sociaux | chômage | perdu mon emploi | perte d'emploi | aide d'urgence | repas chauds",
	"logement_social": "trop petit pour nous | à l'étroit | vivre à l'étroit | vivons à l'étroit | expulsion"
	" | expulsé | sans logement | sans domicile | hébergement d'urgence | être à la rue | suis à la rue | sommes à la rue | se retrouver à la rue | dormir dans la rue | vivre dans la rue | mal logé | mal logés"
	" | loyer abordable | louer moins cher",
	"maintien_domicile": "rester chez soi | rester à la maison | aide à domicile | auxiliaire de vie"
	" | téléassistance | portage de repas | repas à domicile | livraison de repas",
	# déchets, propreté
	"collecte_ordures": "poubelles pas ramassées | poubelle pas vidée | poubelles non collectées | oubli de collecte"
	" | collecte oubliée | passage des poubelles | jour des poubelles | jour de sortie des poubelles",
	"encombrants": "se débarrasser d'un meuble | me débarrasser | débarrasser | vieux canapé | vieux frigo"
	" | vieux lit | gros électroménager | ramasser un meuble | enlèvement d'encombrants",
	"depot_sauvage": "jeté dans la nature | abandonné dans la nature | déchets dans le bois | détritus dans le bois"
	" | quelqu'un a jeté | ont jeté | ont déposé | sacs poubelle par terre | sacs par terre | gravats abandonnés"
	" | pneus abandonnés | dépôt illégal | décharge",
	"proprete": "rue sale | rue crasseuse | trottoir sale | cochonneries | ordures par terre | déchets par terre"
	" | personne ne nettoie | jamais nettoyé | jamais balayé | laver la rue",
	"tags": "dessins sur la façade | écrit sur le mur | peinture sur la façade | bombes de peinture"
	" | mur barbouillé | mur sali",
	"nuisibles": "infesté de rats | rats dans la cour | souris dans l'immeuble | guêpier | ruche | essaim"
	" | essaim d'abeilles | abeilles | termites",
	# voirie, espace public
	"eclairage": "lampe cassée | lampe grillée | ampoule grillée | lumière clignote | clignote | grésille"
	" | reste allumé | allumé en plein jour | éclairage de nuit | coupure de l'éclairage",
	"chaussee": "route en mauvais état | rue en mauvais état | chaussée en mauvais état | trou sur la route"
	" | trou dans la rue | roue crevée | pneu crevé | jante abîmée | abîmé ma voiture",
	"trottoir": "trottoir défoncé | trottoir abîmé | marcher sur la route | passer avec la poussette"
	" | passer en fauteuil | tomber sur le trottoir | chute sur le trottoir | fait une chute",
	"signalisation": "panneau tombé | panneau tordu | panneau couché | panneau arraché | feu en panne"
	" | feu cassé | feu ne marche plus | passage pour piétons effacé | peinture au sol effacée",
	"neige_verglas": "trottoir glissant | rue glissante | routes glissantes | pas déneigé | pas salé"
	" | chute de neige | tempête de neige | grand froid",
	"eau_fuite": "eau qui jaillit | inondation de la rue | eau qui sort du sol | eau partout sur la chaussée",
	"assainissement": "égout qui déborde | égout bouché | odeur nauséabonde | odeurs nauséabondes | sent mauvais"
	" | ça sent mauvais | remontée d'égout",
	# stationnement
	"stationnement_genant": "garé n'importe comment | garée n'importe comment | garé devant chez moi"
	" | voiture gênante | véhicule gênant | impossible de passer | bloque la rue | gare sur la piste cyclable",
	"vehicule_ventouse": "voiture abandonnée depuis des mois | voiture brûlée | carcasse | voiture sans plaque"
	" | pneus à plat | garée depuis des semaines | garée depuis des mois",
	"fourriere": "ma voiture a été enlevée | on a enlevé ma voiture | ma voiture n'est plus là"
	" | voiture enlevée | véhicule enlevé | emmenée à la fourrière",
	"fps_amende": "avis de contravention | contravention de stationnement | pas payé le stationnement"
	" | oublié de payer | ticket de stationnement",
	# urbanisme
	"permis_construire": "construire une maison | faire construire une maison | agrandir ma maison"
	" | agrandir notre maison | pièce en plus | étage en plus | transformer le garage | aménager les combles"
	" | combles | surface de plancher",
	"declaration_prealable": "changer les fenêtres | changer mes fenêtres | changer la porte | repeindre la façade"
	" | repeindre les volets | poser une clôture | mettre une clôture | mur de clôture | isolation extérieure"
	" | pergola | carport | auvent",
	"regles_urbanisme": "qu'ai-je le droit de construire | ce que j'ai le droit de construire | droit de construire"
	" | règles du quartier | hauteur autorisée | distance des limites",
	# vie locale
	"salle": "lieu pour une fête | lieu pour faire la fête | louer un local | local pour une réunion"
	" | salle pour un mariage | salle pour une fête | réserver un lieu",
	"association": "créer une association | monter une association | fonder une association | club sportif"
	" | club de foot | club de lecture | clubs de sport | bénévolat",
	"subvention": "aide de la mairie | argent de la mairie | soutien de la mairie | financer notre projet"
	" | financer un projet | besoin de fonds",
	"manifestation": "organiser une fête | organiser un événement | organiser un concert | fête dans la rue"
	" | fête des voisins | repas de rue",
	"marche": "vendre au marché | vendre sur le marché | vendre mes légumes | vendre mes produits",
	"objets_trouves": "j'ai perdu mes clés | perdu mes clés | perdu mon sac | perdu mon portefeuille"
	" | oublié mon sac | oublié ma veste | quelqu'un a trouvé | rapporter un objet | objet oublié",
	"tranquillite_vacances": "pendant les vacances | surveiller la maison | maison surveillée | partir un mois"
	" | partir deux semaines | peur des cambriolages | peur d'être cambriolé",
	"horaires": "encore ouvert | ouvert à midi | fermé à midi | ouvert entre midi et deux | ouvert le soir"
	" | ouvert tard | pause déjeuner | heures de bureau",
	"mairie": "services de la ville | services de la commune",
	"espaces_verts": "plus d'arbres | planter des arbres | planter des fleurs | mettre des fleurs | fleurir la place"
	" | verdir | coin de verdure | herbe trop haute | pelouse pas tondue",
	"elagage": "arbre qui penche | arbre qui menace de tomber | branches sur la route | branches sur le trottoir"
	" | arbre tombé | branche sur la chaussée | après la tempête | après l'orage | coup de vent",
	"bruit": "on ne peut pas dormir | impossible de dormir | empêche de dormir | réveillé la nuit"
	" | toute la nuit | jusqu'au petit matin | cris | hurlements | musique la nuit",
	"animal_errant": "chien qui traîne | chat qui traîne | chien sans maître | chien abandonné | chat abandonné"
	" | chatons abandonnés | portée de chatons | colonie de chats | chats sauvages",
}
_add_wordings(EVERYDAY)

# A third pass, concept by concept over what a mairie, an intercommunalité or a département handles:
# what citizens *want to do*, said as they say it (familiar, periphrastic, SMS), written from the
# domain (not from any evaluation question). Multi-word phrases: a bare word here would read the
# concept into unrelated requests.
INTENTS: dict[str, str] = {
	# état civil
	"declaration_naissance": "faire les papiers du bébé | papiers pour le bébé | papiers de naissance"
	" | déclarer le petit | déclarer la petite | donner un nom au bébé | nom du bébé | prénom du bébé"
	" | enregistrer le petit | inscrire le bébé à la mairie | bébé né à la maternité",
	"naissance": "on attend un bébé | nous attendons un enfant | future maman"
	" | futur papa | va être papa | va être maman | terme prévu | accouchement prévu",
	"reconnaissance_enfant": "reconnaître le bébé avant qu'il naisse | reconnaître mon futur enfant"
	" | mon nom sur l'acte | être reconnu comme le père | que le père soit reconnu | lui donner mon nom"
	" | papa pas marié | pas mariés avec ma compagne | on n'est pas mariés et on attend un bébé",
	"mariage": "officialiser devant le maire | passer à la mairie pour se marier | date pour se marier"
	" | réserver une date de mariage | mariage en mairie | nous marier en mairie | se marier en été"
	" | liste des papiers pour se marier | dossier pour se marier | épouser ma compagne"
	" | épouser mon compagnon",
	"pacs": "se pacser en mairie | faire un pacs | signer un pacs | enregistrer notre pacs | pacs en mairie"
	" | on veut se pacser | se lier officiellement"
	" | protéger mon compagnon | protéger ma compagne | statut de notre couple",
	"deces": "mon père est parti | ma mère est partie | mon mari est parti | ma femme est partie"
	" | papa est décédé | maman est décédée | on a perdu | proche décédé | un proche est mort"
	" | décédé à domicile | décédé à l'hôpital | formalités après un décès | que faire après un décès",
	"obseques": "organiser les obsèques | organiser l'enterrement | préparer l'enterrement | faire enterrer"
	" | faire incinérer | mettre en terre | porter le cercueil",
	"cimetiere": "acheter une tombe | acheter une place au cimetière | réserver une place au cimetière"
	" | tombe de famille | caveau de famille | être enterré près de | reposer près de | à côté de ma femme"
	" | à côté de mon mari | durée de la concession | concession arrive à échéance | concession expirée"
	" | concession perpétuelle | concession trentenaire | concession cinquantenaire",
	"livret_famille": "carnet de mariage | livret de mariage | livret abîmé | livret déchiré | livret brûlé"
	" | livret égaré | deuxième exemplaire du livret | après la séparation le livret | livret pour chacun",
	"acte_etat_civil": "acte pour le notaire | acte pour un dossier"
	" | copie de mon acte"
	" | commander un acte | recevoir un acte par courrier | je suis né ici | je suis née ici",
	"changement_nom": "changer mon prénom | prénom ridicule | prénom difficile à porter | porter un autre prénom"
	" | prénom d'usage | je n'aime pas mon prénom | prendre le nom de ma mère | prendre le nom de mon père"
	" | porter le nom de ma mère | ajouter le nom de ma mère | garder mon nom | reprendre mon nom de jeune fille"
	" | changer le nom de mon enfant | changer le prénom de mon enfant | modifier l'état civil",
	"bapteme_civil": "baptême à la mairie | baptiser à la mairie | baptême sans église | baptême non religieux"
	" | choisir un parrain | parrain et marraine à la mairie",
	# identité
	"cni": "refaire ma carte d'identité | refaire ma cni | ma carte est périmée | carte d'identité pour mon fils"
	" | carte d'identité pour ma fille | carte d'identité pour mon enfant | première carte d'identité"
	" | carte d'identité des enfants | faire une carte d'identité | faire faire ma carte | carte d'id périmée",
	"passeport": "faire un passeport | faire faire un passeport | passeport pour les vacances"
	" | passeport pour mon enfant | passeport pour un bébé | premier passeport | partir au canada"
	" | partir aux usa | partir en thaïlande | voyage au maroc | voyage en tunisie | partir en algérie"
	" | billet d'avion | partir à l'étranger cet été",
	"rendez_vous": "pas de créneau | plus de créneau | aucun créneau | créneaux complets | tout est complet"
	" | premier rendez-vous disponible | attendre des mois | délai de plusieurs mois | rendez-vous plus tôt"
	" | annuler mon rendez-vous | déplacer mon rendez-vous | décaler mon rendez-vous",
	"demarche_en_ligne": "numéro de pré-demande | pré-demande en ligne | remplir en ligne | faire en ligne"
	" | faire sur internet | site de l'ants | formulaire sur internet | code de pré-demande | qr code",
	"perte_vol": "j'ai perdu ma carte | perdu mes papiers | perdu mon passeport | on m'a volé mes papiers"
	" | volé mon sac | volé mon portefeuille | plus de carte d'identité | je ne retrouve plus | impossible de retrouver",
	# étrangers, attestations
	"hebergement_visiteur": "faire venir ma mère | faire venir mon père | faire venir mes parents"
	" | faire venir ma famille | faire venir de l'étranger | inviter ma famille | inviter mes parents"
	" | recevoir ma famille | famille du maroc | famille d'algérie | famille de tunisie | famille du sénégal"
	" | venir pour un mois | papier pour le visa | document pour le visa | demande de visa de ma mère"
	" | héberger ma belle-mère | loger mes parents | vient me voir cet été",
	"legalisation": "faire certifier ma signature | certifier ma signature | signature légalisée"
	" | faire tamponner un document | signature à faire authentifier | faire authentifier ma signature"
	" | document à faire signer à la mairie | authentifier un document | certifier une copie"
	" | copie certifiée conforme | signer devant un agent",
	"voyage_mineur": "mon fils part sans moi | ma fille part sans moi | enfant part avec ses grands-parents"
	" | voyage avec l'école | voyage avec le club | partir avec un autre adulte | part en colonie"
	" | voyager sans ses parents | autorisation pour voyager | enfant voyage seul",
	# élections
	"liste_electorale": "m'inscrire pour voter | pas inscrit pour voter | vérifier mon inscription"
	" | suis-je inscrit | je viens d'emménager et voter | voter ici | voter dans la commune"
	" | inscrire mon fils sur les listes | j'ai eu 18 ans | vient d'avoir 18 ans | 18 ans cette année"
	" | date limite pour s'inscrire",
	"procuration": "faire voter quelqu'un à ma place | quelqu'un peut voter pour moi | voter pour ma mère"
	" | voter pour mon père | pas là dimanche | absent ce dimanche | je ne serai pas là pour voter"
	" | en vacances le jour des élections | hospitalisé le jour du vote | faire voter ma femme",
	"bureau_vote": "où est-ce que je vote | où je vote | où dois-je voter | où aller voter dimanche"
	" | changé de bureau | nouveau bureau de vote | école où on vote",
	"carte_electeur": "pas reçu ma carte | pas reçu de carte | carte électorale perdue | carte d'électeur perdue"
	" | nouvelle carte électorale | carte électorale pas arrivée",
	"recensement_citoyen": "mon fils a 16 ans | ma fille a 16 ans | vient d'avoir 16 ans | fête ses 16 ans"
	" | papier pour le permis | attestation pour le code | attestation pour le bac | pour passer le permis"
	" | inscription au permis | s'inscrire au bac | attestation de recensement perdue",
	"recensement_population": "une personne est passée pour le recensement | agent est venu chez moi"
	" | questionnaire dans ma boîte aux lettres | répondre au recensement | remplir le recensement",
	# école, périscolaire, petite enfance
	"ecole": "rentre en cp | entre en cp | rentre en maternelle | entre en maternelle | rentrée scolaire"
	" | rentrée de septembre | première rentrée | petite section à la rentrée | aller à l'école"
	" | commencer l'école | mettre à l'école | mettre mon fils à l'école | mettre ma fille à l'école",
	"inscription": "inscrire mon fils | inscrire ma fille | inscrire mon enfant | inscrire les enfants"
	" | inscrire mes enfants | faire l'inscription | dossier à remplir",
	"derogation_scolaire": "pas l'école que je veux | école trop loin | école près de mon travail"
	" | école près de chez ma mère | garder son école | rester dans son école | même école que son frère"
	" | même école que sa sœur | après le déménagement garder l'école",
	"cantine": "manger à la cantine | manger le midi à l'école | reste manger le midi | déjeuner à l'école"
	" | inscrire à la cantine | inscription cantine | prix de la cantine | repas de la cantine"
	" | menu de la semaine | ce qu'ils mangent",
	"allergie_regime": "allergique aux arachides | allergique au gluten | ne mange pas de porc | pas de porc"
	" | ne mange pas de viande | repas sans porc | repas végétarien | protocole médical | trousse d'urgence",
	"periscolaire": "faire garder après l'école | garder le soir | garde le mercredi | mercredi après-midi"
	" | centre aéré | centre de loisirs | accueil de loisirs | alsh | vacances scolaires activités"
	" | je finis tard | je travaille tard | sortie à 16h30 | accueil du matin avant l'école | stage pendant les vacances"
	" | colonie de vacances",
	"portail_famille": "calcul du quotient | calculer mon quotient | tarif selon les revenus"
	" | facture famille | mon compte famille | réinitialiser mon mot de passe"
	" | identifiant du portail",
	"transport": "bus pour l'école | car pour le collège | ramassage scolaire | transport des élèves"
	" | inscription au car scolaire | carte de bus scolaire | arrêt du car",
	"petite_enfance": "faire garder mon bébé | garder mon bébé quand je reprends | place en crèche | trouver une nounou"
	" | trouver une assistante maternelle | liste des assistantes maternelles | reprendre le travail après le congé"
	" | fin du congé maternité | fin du congé parental | garde pour mon bébé",
	# social
	"aide_sociale": "du mal à payer | dur de payer | fins de mois difficiles | plus un sou | n'arrive plus à payer"
	" | je m'en sors pas | je m'en sors plus | pas de quoi manger | besoin d'aide financière | aide pour payer"
	" | aide pour la facture | aide pour l'électricité | impayé de loyer | factures impayées | rsa | au chômage"
	" | perdu mon travail | assistante sociale | rendez-vous avec une assistante sociale | sans domicile"
	" | sans adresse | adresse pour recevoir mon courrier | domiciliation administrative | sdf | dormir dehors",
	"maintien_domicile": "ma mère vit seule | mon père vit seul | ne peut plus faire ses courses"
	" | ne peut plus cuisiner | repas livrés | livrer des repas | quelqu'un pour l'aider à la maison"
	" | bracelet d'alerte | chute à la maison | aide pour ma mère | aide pour mon père | vieillir chez soi",
	"handicap": "mon fils est handicapé | ma fille est handicapée | enfant handicapé | carte handicapé"
	" | dossier mdph | reconnaissance handicap | en fauteuil",
	"logement_social": "cherche un logement | chercher un logement | besoin d'un logement | trouver un appartement"
	" | logement trop petit | appartement trop petit | logement plus grand | un appart moins cher"
	" | loyer trop cher | demande de hlm | renouveler ma demande de logement | toujours pas de logement"
	" | attente d'un logement | être relogé | mutation de logement",
	"insalubrite": "propriétaire ne répond pas | logement pourri | murs moisis | il pleut dans l'appartement"
	" | chauffage en panne depuis | pas de chauffage | fenêtres cassées | logement dangereux",
	# déchets
	"collecte_ordures": "le camion n'est pas passé | camion pas passé | poubelle pas ramassée | poubelles pas ramassées"
	" | pas été vidée | pas été vidées | bac pas vidé | oubli de collecte | collecte oubliée | oublié notre rue"
	" | sortir la poubelle | sortir les poubelles | quel jour sortir | jour de passage | jours de passage"
	" | passent quel jour | passe quel jour",
	"bac_poubelle": "poubelle cassée | poubelle volée | poubelle disparue | plus de poubelle | couvercle cassé"
	" | roue cassée | bac trop petit | bac plus grand | poubelle plus grande | changer de bac | changer ma poubelle"
	" | nouvelle poubelle | commander une poubelle | nouvel arrivant poubelle",
	"tri": "où jeter | ça va où | ça se jette où | dans quelle poubelle | quelle poubelle | bac jaune pas vidé"
	" | poubelle jaune pas ramassée | les pots de yaourt | les barquettes | les bouteilles en verre"
	" | conteneur à verre | borne à verre | colonne à verre",
	"encombrants": "se débarrasser d'un canapé | se débarrasser d'un matelas | jeter un frigo | jeter un canapé"
	" | jeter un matelas | jeter une machine à laver | vieux meubles à jeter | faire enlever | venir chercher"
	" | enlèvement à domicile | prendre rendez-vous pour les encombrants | grosses affaires",
	"decheterie": "aller à la déchetterie | horaires de la déchetterie | carte de déchetterie | badge de déchetterie"
	" | jeter des gravats | jeter de la peinture | jeter des pots de peinture | déposer des gravats",
	"dechets_verts": "tonte de pelouse | herbe de la tonte | sacs de feuilles | branches coupées"
	" | brûler les feuilles | brûler des branches | voisin brûle | voisin fait brûler",
	"compost": "avoir un composteur | obtenir un composteur | composteur gratuit | réduire mes déchets"
	" | faire du compost | épluchures de légumes",
	"depot_sauvage": "quelqu'un a jeté | quelqu'un a déposé | quelqu'un a laissé | on a laissé un matelas"
	" | matelas sur le trottoir | canapé sur le trottoir | frigo dans la rue | sacs poubelle dans la rue"
	" | sacs devant l'immeuble | déchets au bord de la route | déchets dans le bois | déchets dans le fossé",
	# voirie, éclairage, propreté
	"eclairage": "lampadaire ne marche plus | lampadaire ne s'allume plus | lampadaire qui clignote"
	" | lumière qui clignote | rue pas éclairée | la rue est dans le noir | plus d'éclairage | éclairage en panne"
	" | lampadaire allumé en plein jour | reste allumé la journée",
	"chaussee": "trou dans la rue | trou énorme | gros trou | route pleine de trous | route en mauvais état"
	" | rue en mauvais état | abîmé ma voiture | crevé dans un trou | pneu crevé | jante abîmée | goudron",
	"trottoir": "trottoir défoncé | trottoir cassé | trottoir en mauvais état | dalle qui bouge | pavé qui bouge"
	" | je suis tombée sur le trottoir | je suis tombé sur le trottoir | chute sur le trottoir",
	"proprete": "rue pas nettoyée | rue jamais nettoyée | balayeuse pas passée | feuilles sur le trottoir"
	" | trottoir sale | la rue est sale | quartier sale",
	"neige_verglas": "trottoir gelé | rue gelée | route glissante | pas salé | pas déneigé | déneiger mon trottoir"
	" | déneiger devant chez moi | tombé sur la glace",
	"signalisation": "panneau tombé | panneau arraché | panneau tordu | panneau couché | feu en panne"
	" | feu qui ne marche plus | feu bloqué au rouge | feu toujours rouge | passage piéton effacé",
	"eau_fuite": "de l'eau coule dans la rue | eau qui sort de la route | eau qui sort du trottoir"
	" | plus d'eau au robinet | eau marron | eau trouble | pression d'eau",
	"assainissement": "égout qui déborde | égout bouché | odeur d'égout | ça sent mauvais dans la rue"
	" | raccorder ma maison | raccordement à l'égout | raccordement au réseau | branchement à l'égout"
	" | fosse septique | spanc",
	# stationnement
	"stationnement_genant": "garé devant chez moi | on ne peut plus sortir"
	" | impossible de sortir ma voiture | voiture sur le passage piéton"
	" | voiture qui bloque",
	"vehicule_ventouse": "voiture abandonnée depuis des semaines | voiture qui n'a pas bougé depuis"
	" | voiture garée depuis des mois | voiture brûlée | carcasse de voiture | voiture sans plaques",
	"fourriere": "ma voiture n'est plus là | on a enlevé ma voiture | ma voiture a été enlevée"
	" | où est ma voiture | retrouver ma voiture | voiture embarquée | la dépanneuse a pris",
	"fps_amende": "reçu une amende | amende injuste | pv injuste | contester l'amende | contester un pv"
	" | contester le fps | papillon sur le pare-brise | avis de fps",
	"stationnement_residentiel": "se garer dans mon quartier | abonnement pour me garer | tarif pour se garer"
	" | macaron pour ma rue | carte pour me garer",
	# urbanisme
	"permis_construire": "construire une maison | faire construire une maison | agrandir ma maison"
	" | ajouter une pièce | construire une extension | aménager les combles | transformer le garage"
	" | construire un garage | faire une extension | déposer un permis",
	"declaration_prealable": "changer mes fenêtres | changer les fenêtres | changer la porte | repeindre la façade"
	" | refaire la façade | poser une clôture | mettre une clôture | construire un mur | monter un mur"
	" | poser des panneaux solaires | installer une pergola | faire une véranda | changer les volets"
	" | couleur des volets | isoler par l'extérieur",
	"piscine_abri": "mettre une piscine | installer une piscine | creuser une piscine | construire une piscine"
	" | poser un abri de jardin | mettre un cabanon | monter un abri",
	"regles_urbanisme": "ce que j'ai le droit de construire | ai-je le droit de construire | a-t-on le droit"
	" | est-ce constructible | hauteur autorisée | distance avec le voisin | limite du terrain"
	" | plan du terrain | numéro de parcelle | consulter le cadastre | voir le plan cadastral",
	"certificat_urbanisme": "avant d'acheter un terrain | acheter une parcelle | terrain à vendre"
	" | savoir si le terrain est constructible | vendre ma maison | vente de ma maison | pour le notaire",
	"occupation_voie_publique": "mettre une benne dans la rue | poser une benne | poser un échafaudage"
	" | installer un échafaudage | garer le camion de déménagement | réserver la rue pour déménager"
	" | bloquer des places pour le déménagement | camion devant chez moi pour déménager | occuper le trottoir",
	"demenagement": "je déménage | on déménage | nous déménageons | je viens d'emménager | nous venons d'emménager"
	" | nouvelle adresse dans la commune | nouveaux dans la commune",
	"terrasse_commerce": "mettre une terrasse | installer une terrasse | agrandir la terrasse | tables sur le trottoir"
	" | terrasse de mon café | terrasse de mon restaurant | panneau devant ma boutique",
	"marche": "avoir un stand | vendre sur le marché | place sur le marché | emplacement pour vendre"
	" | devenir commerçant ambulant | food truck | camion pizza",
	"buvette": "vendre des boissons à la fête | tenir une buvette | bar à la fête | autorisation pour vendre de la bière",
	# vie associative, salles, matériel
	"salle": "louer la salle des fêtes | réserver la salle des fêtes | salle pour un anniversaire"
	" | salle pour un mariage | salle pour 100 personnes | salle pour une réunion | lieu pour notre réunion"
	" | une salle pour notre association | prix de la salle | tarif de la salle",
	"pret_materiel": "prêter des tables | prêter des chaises | emprunter des tables | emprunter des chaises"
	" | emprunter des barrières | prêt de barrières | tables et chaises pour la fête | tentes pour la fête",
	"subvention": "aide pour notre association | argent pour notre association | financer notre association"
	" | demander de l'argent à la mairie | aide financière pour le club | subvention pour le club",
	"association": "créer mon association | monter une asso | déclarer une association | adresse de l'association"
	" | siège à la mairie",
	"manifestation": "organiser un vide-grenier | organiser une brocante | organiser une fête de quartier"
	" | fermer la rue pour une fête | autorisation pour une fête",
	# tranquillité, animaux
	"bruit": "voisin fait du bruit | voisins font du bruit | musique trop forte | la musique à fond"
	" | chien qui aboie | aboie toute la journée | aboie toute la nuit | fêtes toutes les nuits",
	"bruit_chantier": "travaux le dimanche | travaux tôt le matin | perceuse le dimanche | tondeuse le dimanche"
	" | travaux à 7h",
	"nuisibles": "des rats dans la rue | rats dans le jardin | rats dans la cour | nid de frelons"
	" | nid de guêpes | invasion de pigeons | pigeons sur le balcon | chenilles processionnaires",
	"animal_errant": "chien perdu dans la rue | chat blessé | chien qui se promène seul | chat sans collier"
	" | j'ai perdu mon chien | j'ai perdu mon chat | mon chat a disparu | mon chien a fugué",
	"chien_dangereux": "chien de catégorie | avoir un pitbull | adopter un rottweiler | permis pour mon chien",
	"tranquillite_vacances": "surveiller la maison pendant les vacances | on part en vacances | partir un mois"
	" | maison vide cet été | police passe devant chez moi",
	"police": "appeler la police municipale | numéro de la police municipale | agent de la police municipale",
	"objets_trouves": "j'ai perdu mes clés | perdu mon téléphone | perdu mon portefeuille | oublié mon sac"
	" | quelqu'un a trouvé | j'ai trouvé un portefeuille | j'ai trouvé des clés | rapporter un objet",
	# espaces verts
	"elagage": "couper l'arbre | couper les arbres | tailler l'arbre | tailler les arbres | arbre trop grand"
	" | branches qui touchent | branches dans les fils",
	"haie_voisin": "le voisin ne taille pas | voisin ne coupe pas sa haie | arbre du voisin chez moi"
	" | feuilles du voisin | racines du voisin",
	"espaces_verts": "entretien du parc | parc mal entretenu | tondre le parc | heures d'ouverture du parc"
	" | parc fermé",
	# mairie, emploi, culture
	"emploi": "travailler à la mairie | travailler pour la mairie | poste à la mairie | la mairie recrute"
	" | envoyer mon cv | candidature spontanée | job pour l'été | travail pour l'été",
	"culture": "emprunter un livre | carte de la bibliothèque | inscription à la médiathèque"
	" | horaires de la médiathèque | cours de musique",
	"reclamation": "pas contente du service | pas content du service | personne ne répond | aucune réponse"
	" | toujours pas de réponse | sans réponse | je n'ai jamais eu de réponse",
	"horaires": "la mairie est ouverte | mairie ouverte samedi | quand est-ce ouvert",
}
_add_wordings(INTENTS)

# A fourth pass, from the article side: for each concept that an article's title or keywords name
# and that had few citizen-side wordings (listed concept by concept over the seeded articles), the
# everyday ways a mairie's counter, phone line and inbox hear it, written from the domain (not from
# any evaluation question). Multi-word phrases, as above.
COVERAGE: dict[str, str] = {
	"sapin": "jeter mon sapin | jeter le sapin | se débarrasser du sapin | déposer le sapin | déposer mon sapin"
	" | que faire du sapin | que faire de mon sapin | ramassage des sapins | recyclage des sapins"
	" | point de collecte des sapins | sapin sec | sapin floqué | épicéa | nordmann | arbre de noël usagé",
	"corbeille": "poubelle dans la rue | poubelles dans la rue | poubelle du square | poubelle au parc"
	" | poubelle de l'arrêt de bus | poubelle municipale | poubelles municipales | installer une poubelle publique"
	" | ajouter une poubelle dans la rue | poubelle de rue pleine | corbeille de propreté | poubelle publique renversée",
	"carte_electeur": "carte pour voter | ma carte pour voter | carte de votant | carte d'électeur pas reçue"
	" | carte électorale pas reçue | je n'ai pas ma carte électorale | oublié ma carte d'électeur"
	" | numéro d'électeur | carte électorale abîmée | erreur sur ma carte électorale",
	"bapteme_civil": "baptême en mairie | baptiser mon enfant à la mairie | baptiser notre fils à la mairie"
	" | baptiser notre fille à la mairie | cérémonie de parrainage | parrainer un enfant | baptême laïc"
	" | certificat de parrainage | être parrain à la mairie | être marraine à la mairie | baptême pas à l'église",
	"fleurissement_tombe": "déposer des fleurs | fleurs au cimetière | mettre des fleurs sur la tombe"
	" | pot de fleurs sur la tombe | entretien des sépultures | robinet du cimetière | point d'eau du cimetière"
	" | nettoyer la sépulture | plantes sur la tombe",
	"buvette": "buvette de la kermesse | buvette du club | buvette du tournoi | buvette pour la fête"
	" | licence temporaire | autorisation de buvette | autorisation de débit de boissons | servir de l'alcool"
	" | servir des boissons | vendre des boissons à la kermesse | tenir la buvette | vendre des crêpes et des boissons",
	"bureau_vote": "lieu où je vote | endroit pour voter | adresse pour voter | mon bureau a changé"
	" | je vote où | on vote où | dans quelle école voter | numéro de bureau de vote | bureau indiqué sur la carte",
	"recensement_population": "enquête de l'insee | l'insee me demande | recensement en ligne"
	" | codes du recensement | identifiants du recensement | notice du recensement | feuille de logement"
	" | bulletin individuel | vrai agent recenseur | carte d'agent recenseur | obligé de répondre au recensement",
	"certificat_urbanisme": "terrain constructible | est-ce constructible | constructibilité | droits à construire"
	" | ce que je peux construire sur mon terrain | règles pour mon terrain | note de renseignements d'urbanisme"
	" | renseignements d'urbanisme | terrain est-il constructible | faisabilité du projet sur le terrain",
	"piscine_abri": "piscine gonflable | piscine autoportée | piscine démontable | bassin de jardin"
	" | abri à vélos | abri à bois | appentis | cabane de jardin | cabane pour les enfants"
	" | local à outils | remise de jardin",
	"terrasse_commerce": "terrasse de bar | terrasse du restaurant | tables devant mon restaurant"
	" | tables devant le café | autorisation de terrasse | extension de terrasse | terrasse estivale"
	" | terrasse d'été | exposer ma marchandise dehors | portant devant la boutique | occuper le trottoir avec des tables",
	"bruit_chantier": "bruit de chantier | chantier le samedi | chantier le dimanche | ouvriers dès 7h"
	" | travaux du voisin | voisin qui perce | voisin qui bricole | bricoler le dimanche | tondre le dimanche"
	" | heures autorisées pour bricoler | horaires pour tondre | quand peut-on tondre | jours autorisés pour les travaux"
	" | tondeuse le dimanche | travaux bruyants le week-end",
	"taxe_amenagement": "taxe sur l'abri de jardin | taxe sur la piscine | taxe pour la véranda | taxe sur les travaux"
	" | impôts sur la construction | payer une taxe pour mon abri | taxe après le permis",
	"dejections": "chien fait ses besoins | fait ses besoins sur le trottoir | besoins de son chien"
	" | ramasser derrière son chien | ramasser derrière leur chien | sacs pour chiens | distributeur de sacs"
	" | trottoir plein de crottes | marcher dans une crotte",
	"aire_jeux": "jeux cassés | jeu cassé | toboggan cassé | balançoire cassée | parc à jeux | square pour enfants"
	" | module de jeux | jeux du parc | aire de jeux fermée | jeux dangereux pour les enfants",
	"chien_dangereux": "chien de catégorie 1 | chien de catégorie 2 | american staff | tosa | boerbull | mastiff"
	" | détenir un chien de catégorie | déclarer mon chien | permis de chien | attestation d'aptitude"
	" | formation pour mon chien | chien classé dangereux",
	"legalisation": "faire légaliser | légaliser un document | légaliser ma signature | signature pour l'étranger"
	" | tampon officiel | certifier un document",
	"stationnement_residentiel": "vignette de résident | abonnement de stationnement | carte de stationnement du quartier"
	" | tarif riverain | stationnement pour les riverains",
	"livret_famille": "deuxième livret de famille | livret de famille en double"
	" | perdu le livret de famille | perdu notre livret",
	"salle": "caution de la salle | caution pour la salle | rendre les clés de la salle | état des lieux de la salle"
	" | salle disponible | salle libre le samedi",
	"pret_materiel": "caution pour le matériel | matériel pour la fête de quartier"
	" | fête des voisins | sonorisation | barrières pour la fête",
	"cimetiere": "emplacement au cimetière | emplacement de tombe | place au cimetière | acheter une tombe"
	" | caveau familial | renouveler la concession | concession arrivée à échéance | tombe abandonnée"
	" | reprise de concession | columbarium | case au columbarium | jardin du souvenir",
	"marche": "emplacement sur le marché | abonnement au marché | droit de place | droits de place | passager du marché",
	"animal_errant": "chien perdu | chat perdu | chien trouvé | chat trouvé | chien qui traîne | chat qui traîne"
	" | puce électronique | lire la puce | identification de l'animal | tatouage du chien | chat sans collier"
	" | chien sans collier | fourrière animale",
	"eau_fuite": "odeur d'égout | odeurs d'égout | mauvaises odeurs de la bouche | eau qui coule dans la rue"
	" | eau qui jaillit | geyser | bouche d'égout qui déborde",
	"eclairage": "poteau d'éclairage | poteau de lampadaire | quartier dans le noir | rue toute noire",
	"periscolaire": "centre de loisirs | centre aéré | accueil de loisirs | alsh"
	" | garde pendant les vacances | accueil pendant les vacances",
	"objets_trouves": "perdu mon sac | sac oublié | sac perdu | oublié dans le bus | oublié sur un banc"
	" | trouvé un portefeuille | trouvé des clés | rapporter un objet",
	"reclamation": "donner mon avis | pas satisfait du service | mécontent du service"
	" | déposer une réclamation",
	"derogation_scolaire": "commission de dérogation | changer d'école | autre école que celle du secteur"
	" | école hors secteur | hors secteur | école de secteur",
	"passeport": "passeport biométrique | faire un passeport | refaire mon passeport | passeport pour les vacances",
	"mariage": "célébration du mariage | cérémonie de mariage | se marier civilement | mariage civil | bans",
	"pacs": "nous unir | pacte civil de solidarité | enregistrer notre pacs",
}
_add_wordings(COVERAGE)

# Parking for disabled people: a concept of its own (the CMI card and the reserved places), so that
# "place handicapé" reaches its article rather than every parking or disability one.
CONCEPTS["stationnement_pmr"] = (
	"stationnement des personnes handicapées",
	"carte de stationnement pour personnes handicapées | carte européenne de stationnement | cmi stationnement"
	" | carte mobilité inclusion stationnement | place handicapé | places handicapés | place pour handicapé"
	" | place pmr | places pmr | stationnement pmr | stationnement handicapé | place réservée aux handicapés"
	" | place réservée handicapé | place bleue | macaron handicapé | macaron gic | macaron gig"
	" | créer une place handicapé | place handicapé devant chez moi | se garer avec la carte handicapé",
)

# New concepts that the articles' topics need and citizens describe without naming: a deposit to get
# back (a hall, lent equipment), a fall or an injury (pavement, ice, playground), something out of
# order (street light, traffic light, parking meter), cancelling a booking (canteen, appointment,
# hall) and a floor area (shed, extension, swimming pool).
CONCEPTS["caution"] = (
	"caution",
	"caution | cautions | chèque de caution | chèque de garantie | dépôt de garantie | rendre la caution"
	" | rendu la caution | récupérer la caution | récupérer ma caution | restitution de la caution"
	" | caution pas rendue | caution non rendue | caution encaissée | caution retenue | retenue sur la caution"
	" | montant de la caution",
)
CONCEPTS["chute_blessure"] = (
	"chute ou blessure",
	"je suis tombé | je suis tombée | suis tombé | suis tombée | il est tombé | elle est tombée | ma mère est tombée"
	" | mon père est tombé | mon fils est tombé | ma fille est tombée | une dame est tombée | un monsieur est tombé"
	" | une personne est tombée | quelqu'un est tombé"
	" | tombé par terre | tombée par terre | fait une chute | faire une chute | lourde chute | chuté | chuter"
	" | chute d'un piéton | glissé et tombé | glissade | me suis blessé | me suis blessée"
	" | s'est blessé | s'est blessée | se blesser | se faire mal | me suis fait mal | s'est fait mal"
	" | blessé | blessée | blessés | blessure | blessures | entorse | foulure | fracture | fracturé"
	" | cassé le poignet | cassé la jambe | cassé le bras | cassé la cheville | foulé la cheville"
	" | tordu le pied | aux urgences après une chute | hospitalisé après une chute | arrêt de travail après la chute",
)
CONCEPTS["panne"] = (
	"panne",
	"en panne | panne | pannes | tombé en panne | tombée en panne | est tombé en panne | il est tombé en panne"
	" | elle est tombée en panne | hors service"
	" | hors d'usage | hs | ne fonctionne plus | fonctionne plus | ne fonctionne pas"
	" | défectueux | défectueuse | défaillant | dysfonctionnement"
	" | dysfonctionne | déréglé | déréglée | bloqué en position",
)
CONCEPTS["annulation"] = (
	"annulation",
	"annuler | annulation | annulé | annulée | décommander | décommandé | désinscrire | désinscription"
	" | me désinscrire | se désinscrire | résilier | résiliation | modifier la date | changer la date"
	" | déplacer la date | j'ai un empêchement | un empêchement | imprévu | ne pourrai pas venir"
	" | ne pourrons pas venir | ne viendra pas",
)

# A fifth pass, domain by domain: the wordings of people who describe their situation rather than
# name the procedure, colloquial and SMS forms, short misspellings the typo reader cannot mend (under
# six letters, or real French words), and Belgian, Swiss and Québec variants where common. Written
# from the domain, not from any evaluation question. Multi-word phrases unless the word says one
# thing only.
CITIZEN: dict[str, str] = {
	# --- état civil ---
	"naissance": "je suis enceinte | est enceinte | grossesse | mois de grossesse | enceinte de huit mois"
	" | ma femme a accouché | ma compagne a accouché | elle a accouché | accouchée | notre fille est née"
	" | notre fils est né | bébé est né | bébé doit naître | naître en | la famille s'agrandit | famille s'agrandit"
	" | agrandir la famille | naissance à domicile | né à la maison | né à l'étranger"
	" | née à l'étranger | naissance à l'étranger | prématuré | prématurée | naissanse | naisssance | naisance"
	" | nouveau-nés | naissance de jumeaux | naissance de notre fils | naissance de notre fille",
	"declaration_naissance": "déclarer bébé | déclarer la naissance de ma fille | déclarer la naissance de mon fils"
	" | faire la déclaration de naissance | déclarer la naissance à la mairie | déclaration du bébé"
	" | délai pour déclarer | délai pour déclarer une naissance | déclarer en retard | déclaration tardive"
	" | naissance déclarée | naissance pas déclarée | oublié de déclarer | la maternité nous a dit de déclarer"
	" | officier d'état civil à la maternité | déclarer les jumeaux | nom de famille du bébé | quel nom pour le bébé"
	" | déclaration conjointe de choix de nom | choix de nom | prénoms du bébé | prénom de notre fille"
	" | prénom de notre fils | le papa va déclarer | le père va déclarer | déclarer la naissance en ligne",
	"deces": "dcd | décèdé | décedé | décés | déceder | mon papa est parti | ma maman est partie | perte de mon papa"
	" | perte de ma maman | s'est endormi pour toujours | nous a laissés"
	" | rendu son dernier souffle | dernier souffle | mort subite | retrouvé mort | retrouvée morte"
	" | mort à l'hôpital | morte à l'hôpital | mort cette nuit | mort ce matin | disparition brutale"
	" | déclarer un décès | déclarer le décès | déclaration de décès | faire-part de décès | avis de décès"
	" | nécrologie | condoléances | en deuil | devenu veuf | devenue veuve | je suis veuve | je suis veuf"
	" | mon conjoint est mort | ma conjointe est morte | mon mari nous a quittés | ma femme nous a quittés"
	" | décès de ma mère | décès de mon père | décès de mon mari | décès de ma femme | décès de mon épouse"
	" | décès en ehpad | décès à la maison de retraite | suite au décès",
	"obseques": "enterrement de mon père | enterrement de ma mère | cérémonie d'adieu | dernier hommage"
	" | messe d'enterrement | obsèques civiles | cérémonie laïque au cimetière | incinéré | incinérée"
	" | crématorium | crematorium | récupérer l'urne funéraire | garder l'urne | rapatriement du corps"
	" | rapatrier le corps | rapatriement au pays | enterrer au pays | transport du corps | thanatopracteur"
	" | convoi funéraire | cortège funèbre | maison funéraire | agence funéraire | entreprise de pompes funèbres"
	" | frais d'obsèques | payer l'enterrement | obsèques d'une personne sans ressources | personne dépourvue de ressources"
	" | corps au funérarium | veillée funèbre | mise en bière | fermeture du cercueil",
	"cimetiere": "achat de concession | acheter une concession | prix d'une concession | tarif des concessions"
	" | renouvellement de concession | concession échue | fin de concession | caveau provisoire | dépositoire"
	" | exhumation | exhumer | réduction de corps | plaque funéraire | gravure sur la tombe | graver la pierre tombale"
	" | poser un monument | marbrier | tombe en mauvais état | tombe qui s'effondre | tombe de mes parents"
	" | tombe de ma mère | tombe de mon père | tombe de mes grands-parents | retrouver une tombe | chercher une tombe"
	" | où est enterré | où est enterrée | plan du cimetière | cimetière communal | cimetière paysager"
	" | cimetière ancien | nouveau cimetière | déposer les cendres | mettre l'urne au columbarium | case columbarium"
	" | cimetiére | cimetère | cimtière | simetière | columbarium plein | cavurne | concession de 15 ans"
	" | concession de 30 ans | concession de 50 ans",
	"fleurissement_tombe": "mettre des chrysanthèmes | fleurir la sépulture | jardinière sur la tombe"
	" | fleurs volées sur la tombe | fleurs volées au cimetière | vol de fleurs au cimetière | vase volé sur la tombe"
	" | vase de la tombe | jour des morts | pour la toussaint | avant la toussaint | eau au cimetière"
	" | cimetière ouvert le dimanche | heure de fermeture du cimetière | fermeture du cimetière"
	" | entrer en voiture au cimetière | accès en voiture au cimetière | désherbage du cimetière"
	" | allées mal entretenues | mauvaises herbes au cimetière | cimetière mal entretenu | cimetière sale"
	" | déchets du cimetière | poubelle du cimetière",
	"mariage": "on se marie | on veut se marier | nous souhaitons nous marier | nous voulons nous marier"
	" | se marier l'été prochain | date de mariage | réserver la salle des mariages | publication de bans"
	" | publier les bans | bans affichés | témoins de mariage | combien de témoins | futur mari | future femme"
	" | future épouse | futur époux | mon fiancé | ma fiancée | notre mariage | mariage avec un étranger"
	" | épouser un étranger | épouser une étrangère | mariage à l'étranger | transcription de mariage"
	" | certificat de capacité à mariage | contrat de mariage | régime matrimonial | noces d'or | noces d'argent"
	" | noces de diamant | renouveler nos vœux | 50 ans de mariage | anniversaire de mariage | mariage pour tous"
	" | mariage entre deux hommes | mariage entre deux femmes | mariage homosexuel | maryage"
	" | mariage religieux après la mairie | se marier dans une autre commune | se marier dans la commune de mes parents",
	"pacs": "faire notre pacs | signer notre pacs | se pacser chez le notaire | pacs chez le notaire"
	" | déclaration de pacs | convention type de pacs | rendez-vous pour le pacs | pacsage | pacsées | pacsage en mairie"
	" | partenariat enregistré | contrat de vie commune | lier nos vies | cohabitation légale | déclaration de cohabitation légale"
	" | certificat de vie commune | attestation de vie commune | certificat de concubinage | attestation de concubinage"
	" | preuve de vie commune | on vit ensemble sans être mariés | vivre ensemble sans se marier",
	"couple": "petit ami | petite amie | vivre en couple | en couple depuis | mon fiancé | ma fiancée | mon homme"
	" | ma chérie | mon chéri | mon concubin | ma concubine | ma conjointe | mon conjoint",
	"divorce": "on se sépare | nous nous séparons | en instance de divorce | procédure de divorce | après mon divorce"
	" | depuis mon divorce | divorce prononcé | mention de divorce | transcription du divorce"
	" | divorce par consentement mutuel | divorce à l'amiable | fin de notre pacs | annuler le pacs | rompre notre pacs"
	" | séparation de corps | quitté mon mari | quitté ma femme"
	" | parents séparés | parents divorcés | garde des enfants | résidence alternée | pension alimentaire"
	" | mon ex-mari | mon ex-femme | mon ex-compagnon | mon ex-compagne | divorcer | divorse | divorçé",
	"reconnaissance_enfant": "reconnaître le bébé avant la naissance | reconnaître l'enfant de ma compagne"
	" | faire reconnaître mon enfant | père biologique | le papa n'est pas marié"
	" | déclaration de reconnaissance | acte de reconnaissance | reconnaissance conjointe"
	" | reconnaissance tardive | reconnaître après la naissance | donner son nom au bébé | reconnaissance de maternité"
	" | reconnaître mon fils | reconnaître ma fille | reconnaître l'enfant | le père n'a pas reconnu",
	"livret_famille": "nouveau livret de famille | livret familial | livert de famille | livret de famillle"
	" | ajouter mon enfant sur le livret | inscrire le bébé sur le livret | livret après divorce | livret pour le père"
	" | livret pour la mère | chacun un livret | livret de famille abîmé | livret de famille brûlé | livret de famille volé"
	" | livret de famille déchiré | demander un duplicata du livret | mettre à jour le livret de famille"
	" | livret de famille pas à jour | livret de famille incomplet",
	"acte_etat_civil": "extrait d'acte | extrait intégral | copie intégrale d'acte | acte intégral | acte de moins de trois mois"
	" | acte de moins de 3 mois | demande d'acte | demander un acte | obtenir un acte | commander un acte en ligne"
	" | extrait de mariage | fiche d'état civil | fiche familiale d'état civil | erreur dans mon acte | erreur sur l'acte"
	" | rectification d'acte | rectifier un acte | rectifier mon acte | faute d'orthographe sur l'acte"
	" | transcription d'un acte | acte étranger | service central d'état civil | jugement supplétif"
	" | actes anciens | recherche généalogique | recherches généalogiques | registres d'état civil",
	"justificatif": "justificatif de domicile | justificatifs de domicile | attestation de domicile | preuve d'adresse"
	" | justificatif d'adresse | attestation sur l'honneur | certificat de résidence | attestation de résidence"
	" | certificat de vie | facture de moins de 3 mois | facture de moins de trois mois | document prouvant"
	" | papier qui prouve | quel papier fournir | quelle pièce fournir | pas de justificatif | certif | certificats"
	" | hébergé chez mes parents | hébergée chez mes parents | hébergé chez un ami | hébergée chez une amie",
	"succession": "régler les affaires de | dévolution successorale | acte de notoriété | certificat d'hérédité"
	" | attestation d'hérédité | débloquer le compte du défunt | banque du défunt | maison de mes parents décédés"
	" | héritage de mes parents | renoncer à la succession | renonciation à succession | biens de mon père"
	" | biens de ma mère | dettes du défunt | dossier de succession",
	"changement_nom": "changement d'état civil | changement de sexe à l'état civil | modification de la mention du sexe"
	" | changer la mention du sexe | ajouter un nom | ajout du nom | nom composé"
	" | porter le nom de mon beau-père | nom d'épouse | nom de mariage | nom marital | reprendre mon nom de naissance"
	" | utiliser mon nom de jeune fille | garder mon nom d'épouse | mon prénom ne me plaît pas"
	" | prénom que je ne supporte pas | prénom moqué | franciser mon nom | francisation | orthographe du prénom"
	" | changer l'ordre des prénoms | inverser mes prénoms | supprimer un prénom | enlever un prénom | rajouter un prénom"
	" | nom de famille de mon enfant | changer de nom de famille",
	"bapteme_civil": "bapteme civil | batême républicain | baptème républicain | baptême civique | cérémonie républicaine"
	" | parrains républicains | baptiser sans religion | parrain civil | marraine civile | certificat de baptême républicain"
	" | livret de parrainage | baptême laïque à la mairie",
	# --- titres, documents ---
	"identite": "papiers perdus | papiers volés | mes papiers d'identité | pièce d'identité valide | pas de pièce d'identité"
	" | sans papiers d'identité | plus aucun papier | refaire mes papiers | papiers à jour | pièce d'identité périmée"
	" | pièce d'id | identité numérique | france identité",
	"cni": "carte didentité | carte d identité | cart d'identité | carte d'identitée | carte identitée | ma carte d'id"
	" | refaire ma carte | nouvelle cni | cni périmée | cni expirée | cni perdue | cni volée | renouveler ma cni"
	" | première cni | cni pour mon fils | cni pour ma fille | cni mineur | carte d'identité mineur"
	" | carte d'identité au format carte bancaire | carte d'identité électronique | nouvelle carte d'identité"
	" | ancienne carte cartonnée | carte cartonnée | carte d'identité prolongée | validité de 15 ans"
	" | carte valable 15 ans | prolongation de 5 ans | carte d'identité de mon fils | carte d'identité de ma fille"
	" | carte d'identité pour un bébé | carte eid",
	"passeport": "passeport périmé | passeport expiré | passeport perdu | passeport volé | renouveler mon passeport"
	" | renouvellement du passeport | passeport pour bébé | passeport enfant | passeport mineur | passeport pour partir"
	" | aller en angleterre | partir au royaume-uni | partir aux états-unis | voyage aux états-unis"
	" | demande couplée | passeport et carte d'identité en même temps | passe port | passeprt | passport perdu"
	" | passeport en urgence | passeport urgent | départ imminent | je pars dans 15 jours | voyage dans deux semaines"
	" | passeport pour mon bébé | passeport de mon fils | passeport de ma fille",
	"titre_renouvellement": "n'est plus valable | arrive à échéance | expire bientôt | expire le mois prochain"
	" | date d'expiration | date de fin de validité | renouvelement | renouvèlement | renouveller | renouvler"
	" | validité prolongée | prolongation de validité | périmée depuis | périmé depuis | expirée depuis | expiré depuis",
	"perte_vol": "j'ai perdu mes papiers | perdu ma cni | perdu ma carte d'identité | vol de papiers | vol de sac"
	" | vol à l'arraché | vol à la tire | on m'a piqué | piqué mon sac | piqué mon portefeuille | je me suis fait voler"
	" | fait voler mon sac | fait voler mes papiers | égaré mes papiers | égaré ma carte | déclarer la perte"
	" | déclarer le vol | récépissé de déclaration | plainte pour vol | porté plainte | on m'a dérobé",
	"rendez_vous": "prendre un rdv | avoir un rdv | rdv en mairie | rendez vous en mairie | rv | rendez-vou | rendevous"
	" | rendezvous | rendez-vous annulé | raté mon rendez-vous | manqué mon rendez-vous | en retard au rendez-vous"
	" | sans rendez-vous | venir sans rendez-vous | passer sans rendez-vous | désistement"
	" | créneau libéré | créneau qui se libère | prochaine disponibilité | agenda complet | tout est pris"
	" | mairies voisines | une autre mairie | n'importe quelle mairie | mairie équipée | dispositif de recueil",
	"demarche_en_ligne": "site de l'ants | site ants | france titres | démarche sur internet | faire la démarche en ligne"
	" | je n'ai pas internet | pas d'ordinateur | pas d'ordinateur chez moi | je ne sais pas utiliser internet"
	" | pas à l'aise avec internet | pas à l'aise avec l'informatique | aide pour internet | aide pour remplir en ligne"
	" | aide aux démarches en ligne | conseiller numérique | maison france services | france services"
	" | espace france services | mon compte ants | créer un compte ants | mot de passe ants | site ne marche pas"
	" | site qui bug | impossible de me connecter | connexion franceconnect | service-public.fr | téléprocédures"
	" | dématérialisation | démarches dématérialisées | fracture numérique | illectronisme",
	"vehicule_papiers": "certificat d'immat | immat | changement d'adresse carte grise | carte grise à mon nom"
	" | mettre la voiture à mon nom | refaire la carte grise | duplicata de carte grise | barrer la carte grise"
	" | vendre mon véhicule | vente de véhicule | déclaration de cession | code de cession | acheter une moto"
	" | véhicule d'occasion | permis volé | permis de conduire périmé | renouveler mon permis | permis international"
	" | échanger mon permis | permis étranger | échange de permis | points sur mon permis | solde de points"
	" | permis suspendu | permis moto | numéro neph | cartes grises | carte grise volée",
	"etranger": "carte de résident de dix ans | carte de résident 10 ans | récépissé de titre de séjour"
	" | renouveler mon titre de séjour | sans-papiers | régularisation | régulariser ma situation | demande d'asile"
	" | réfugié | réfugiée | réfugiés | demandeur d'asile | titre de voyage | ofii | nationalité française"
	" | devenir français | devenir française | obtenir la nationalité | acquisition de la nationalité"
	" | déclaration de nationalité | ressortissant | ressortissants | citoyen européen | carte de séjour expirée"
	" | étudiant étranger | regroupement familial | prise d'empreintes pour le titre de séjour",
	"hebergement_visiteur": "lettre d'invitation | lettre d'hébergement | certificat d'accueil | faire venir mon frère"
	" | faire venir ma sœur | faire venir ma fiancée | faire venir un ami | inviter un ami étranger"
	" | ma belle-famille vient | mes beaux-parents viennent | visa touristique | visa de court séjour | visa schengen"
	" | visa visiteur | famille vient en vacances | séjour chez moi | assurance voyage | assurance rapatriement"
	" | visite familiale | visite privée | héberger un étranger | recevoir un étranger | hébergement d'un étranger"
	" | accueillir ma famille | accueillir mes parents | attestation d'hébergement pour le visa",
	"voyage_mineur": "autorisation de sortie de territoire | autorisation de sortie du territoire"
	" | autorisation parentale de sortie | mot des parents pour voyager | papier pour que mon fils voyage"
	" | papier pour que ma fille voyage | voyage scolaire en angleterre | voyage avec le collège | voyage avec le lycée"
	" | part avec son père | part avec sa mère | part avec son oncle | part avec sa tante | part avec ses grands-parents"
	" | enfant qui voyage sans ses parents | formulaire de sortie du territoire | cerfa 15646 | sortie territoire"
	" | opposition à la sortie du territoire | interdiction de sortie du territoire | mineur non accompagné"
	" | échange scolaire | séjour à l'étranger avec l'école",
	"legalisation": "légaliser une signature | legaliser | légalisé | légalisée | faire légaliser ma signature"
	" | légalisation pour l'étranger | document pour l'étranger | procuration pour l'étranger | certifier une signature"
	" | copie certifiée | certification de copie | apostiller | cachet officiel | signature devant le maire"
	" | faire authentifier | attestation à faire signer | legalisation | légalisation de document",
	"mineur": "mon ado | notre ado | ma fille de 15 ans | mon fils de 17 ans | moins de dix-huit ans | pas encore majeur"
	" | pas encore majeure | mineur non émancipé",
	"enfant": "marmot | marmots | minot | minots | moutard | mouflet | mouflets | petiot | petiote | pitchoun | pitchoune"
	" | mes petits | mes petits-enfants | petit-fils | petite-fille | mon neveu | ma nièce | fiston | ma gamine",
	"parent_age": "mes parents âgés | parents âgés | mémère | pépé | papé | mamé | mamy | grand-maman"
	" | grand-papa | vieillard | vieillards | personnes du troisième âge | quatrième âge | octogénaire | nonagénaire"
	" | plus de 65 ans | plus de 70 ans | plus de 80 ans | maman âgée | papa âgé | mon vieux père | ma vieille mère"
	" | vieux parents | personne isolée | personnes isolées | vit seule | vit seul | isolement",
	# --- élections ---
	"vote": "élections municipales | élection municipale | présidentielles | les présidentielles | les européennes"
	" | voter aux municipales | voter aux européennes | voter aux présidentielles | vote blanc | vote nul | voter blanc"
	" | s'abstenir | abstention | dépouillement | assesseur | assesseurs | tenir un bureau de vote | être assesseur"
	" | scrutateur | scrutateurs | élection partielle | second tour | premier tour | 1er tour | 2ème tour | 2nd tour"
	" | élections européennes | élection présidentielle | élections législatives | élections régionales"
	" | élections départementales | eléctions | éllections | élèctions | elextions | votation | votations",
	"liste_electorale": "inscription sur liste électorale | inscription liste électorale | inscrire sur la liste électorale"
	" | s'inscrire sur les listes | me réinscrire | réinscription sur les listes | inscription d'office | inscrit d'office"
	" | inscrit automatiquement | suis-je bien inscrit | vérifier que je suis inscrit | interroger ma situation électorale"
	" | radié des listes | rayé des listes | plus sur les listes | voter dans mon nouveau domicile"
	" | voter là où j'habite | électeur européen | liste complémentaire | mes 18 ans | 18 ans avant les élections"
	" | listes électorale | liste éléctorale | liste électoral | listes électoral | inscription électoral"
	" | inscrit sur les listes de mon ancienne commune | inscrire sur les listes",
	"bureau_vote": "où se vote | bureau de vote a changé | bureau de vote déplacé | bureau de vote accessible"
	" | horaires du bureau de vote | heure de fermeture des bureaux de vote | jusqu'à quelle heure voter"
	" | jusqu'à quelle heure on peut voter | ouverture des bureaux de vote | bureaux ouverts jusqu'à"
	" | bureau centralisateur | adresse de mon bureau de vote",
	"carte_electeur": "carte électeur perdue | pas reçu ma carte d'électeur | jamais reçu ma carte électorale"
	" | carte électorale jamais reçue | carte électorale retournée en mairie | carte d'électeur à retirer"
	" | retirer ma carte électorale | récupérer ma carte d'électeur | voter sans carte | voter sans ma carte électorale"
	" | carte électorale dématérialisée | carte électorale numérique | qr code de la carte électorale"
	" | carte électorale avec une erreur | mauvaise adresse sur la carte électorale | carte d'électeur périmée",
	"procuration": "faire une procu | procu | procuraton | procuration en ligne | ma procuration | donner ma voix"
	" | mon mandataire | donner procuration à ma femme | donner procuration à mon mari | voter pour quelqu'un d'autre"
	" | voter pour ma grand-mère | voter au nom de | en vacances pour les élections | je travaille le jour des élections"
	" | à l'étranger pendant les élections | hospitalisé pour voter | résilier une procuration | annuler une procuration"
	" | procuration annulée | procuration pas arrivée | vérifier ma procuration | procuration enregistrée"
	" | commissariat pour la procuration | gendarmerie pour la procuration | procuration à domicile"
	" | vote par correspondance | voter par correspondance | voter par courrier | vote par internet"
	" | voter par internet | pas disponible le jour du vote",
	"recensement_citoyen": "recensement obligatoire à 16 ans | recensement des jeunes | recensement des 16 ans"
	" | recencement | recensemment | certificat de participation | certificat de participation à la jdc"
	" | convocation jdc | convocation à la jdc | majdc | journee defense et citoyennete | papier pour le bac"
	" | papier du recensement | perdu l'attestation de recensement | recensement en retard | recensement tardif"
	" | pas recensé | oublié de se faire recenser | mon fils a eu 16 ans | ma fille a eu 16 ans | a eu seize ans"
	" | attestation pour un examen | attestation pour un concours | recensement pour l'armée | recensement militaire",
	"recensement_population": "recensement insee | enquête insee | quelqu'un sonne pour le recensement"
	" | femme du recensement | monsieur du recensement | répondre en ligne au recensement | code d'accès du recensement"
	" | notice de recensement | questionnaire papier du recensement | obligatoire de répondre au recensement"
	" | vrai recensement | arnaque au recensement | faux agent recenseur | recensement dans ma commune"
	" | recensement cette année | recrutement d'agents recenseurs | devenir agent recenseur | population légale"
	" | nombre d'habitants | combien d'habitants | recensement des habitants",
	# --- famille, école, petite enfance ---
	"petite_enfance": "crèche municipale | crèche familiale | crèche parentale | demande de crèche | inscription en crèche"
	" | inscription crèche | liste d'attente crèche | commission d'attribution des places | garde de bébé"
	" | faire garder le petit | nounou agréée | nourrice agréée | assmat | ass'mat | assistante mat"
	" | maison d'assistantes maternelles | jardin d'enfants | mode d'accueil | accueil du jeune enfant | moins de 3 ans"
	" | bébé de 3 mois | bébé de 6 mois | je reprends le travail | reprise du boulot | fin de congé mat | congé mat"
	" | garde à domicile | garde partagée | micro crèche | lieu d'accueil enfants parents | bb"
	" | centre de la petite enfance | halte garderie | place en creche",
	"ecole": "entrée en petite section | rentrée en petite section | passage en cp | passe au cp | école du village"
	" | école communale | école publique | école du secteur | regroupement pédagogique | rpi | atsem"
	" | directrice de l'école | directeur de l'école | maîtresse de ma fille | maîtresse de mon fils | fermeture de classe"
	" | ouverture de classe | classe surchargée | toute petite section | deux ans et demi | 2 ans et demi"
	" | certificat de scolarité | certificat d'inscription scolaire | fiche d'inscription scolaire | radiation scolaire"
	" | certificat de radiation | changer d'école en cours d'année | instruction en famille | école à la maison"
	" | ecol | écolle | inscrire à l'école | inscription à l'école | inscription scolaire",
	"inscription": "inscrir | inscripton | incription | s'incrire | inscrire en ligne | se réinscrire | réinscription"
	" | renouveler l'inscription | fiche d'inscription | formulaire d'inscription | date limite d'inscription"
	" | période d'inscription | inscriptions ouvertes | pré inscription",
	"derogation_scolaire": "demande de dérogation | dérogation pour l'école | école hors commune"
	" | scolariser dans une autre commune | scolariser hors commune | école d'une autre commune"
	" | école de la commune voisine | inscrire dans une autre école | pas dans notre secteur | périmètre scolaire"
	" | école de rattachement | affectation scolaire | affecté dans une école | refus de dérogation | dérogation refusée"
	" | contester la dérogation | assistante maternelle dans un autre secteur | frère déjà scolarisé"
	" | sœur déjà scolarisée | même école que son frère | même école que sa sœur | dérogations scolaires",
	"cantine": "cantine scolaire | désinscrire de la cantine | désinscription cantine | annuler la cantine | annuler un repas"
	" | annuler les repas | décommander un repas | absent à la cantine | repas pas pris | repas facturé"
	" | repas facturés | réserver la cantine | réservation des repas | menus de la cantine | menu de la cantine"
	" | qu'est-ce qu'ils mangent | ce que mange mon enfant | qualité des repas | repas froids | produits bio à la cantine"
	" | trop cher la cantine | tarif de la cantine | cantine gratuite | cantine à 1 euro | demi pension | ticket de cantine"
	" | rentre manger le midi | mange à la maison le midi | cantinne | cantiine",
	"allergie_regime": "allergie alimentaire | allergies alimentaires | allergique aux œufs | allergique au lait"
	" | allergie aux fruits à coque | allergique aux noix | allergie à l'arachide | allergique aux cacahuètes"
	" | intolérant au lactose | intolérance au gluten | maladie cœliaque | il ne mange pas de porc | raisons religieuses"
	" | menu sans porc | menu végétarien | menu de substitution | repas de substitution | plat de substitution"
	" | repas adapté | menu adapté | alternative sans viande | régime sans sel | régime spécial | épipen"
	" | stylo d'adrénaline | anaphylaxie | choc anaphylactique | certificat de l'allergologue | allergologue"
	" | pai alimentaire | apporter son repas | repas fourni par les parents | sans lactose | sans œuf",
	"periscolaire": "garderie le matin | garderie du midi | garderie le soir | péri | perisco | gardé jusqu'à 18h"
	" | garder jusqu'à 18h30 | je finis à 18h | je travaille jusqu'à 18h | horaires de garderie | tarif de la garderie"
	" | inscription garderie | inscrire à la garderie | inscription au centre de loisirs | inscrire au centre aéré"
	" | centre aéré cet été | activités du mercredi | accueil du mercredi | centre de loisirs du mercredi"
	" | séjour de vacances | mini-camp | mini camp | étude du soir | étude surveillée | clae"
	" | accueil de loisirs sans hébergement | ateliers périscolaires | temps d'activités périscolaires"
	" | garderi | garderie scolaire",
	"portail_famille": "espace parents | portail parents | compte sur le portail | mon espace famille"
	" | se connecter au portail | connexion au portail famille | mot de passe du portail | identifiant portail famille"
	" | code famille | facture du périscolaire | facturation cantine | payer en ligne la cantine"
	" | régler la facture de cantine | impayés cantine | relance facture cantine | erreur de facturation cantine"
	" | attestation de frais de garde | attestation pour les impôts garde | attestation fiscale de garde"
	" | calcul du qf | quotient caf | attestation caf | numéro allocataire | prélèvement mensuel | mandat sepa",
	# --- social, logement ---
	"aide_sociale": "aide du ccas | ccas de la ville | bons alimentaires | bon alimentaire | chèque service"
	" | chèques services | aide pour les courses | aide pour manger | colis de noël | colis des aînés"
	" | aide au chauffage | aide pour le chauffage | facture d'électricité impayée | facture d'énergie | chèque énergie"
	" | coupure d'électricité | coupure de gaz | on m'a coupé l'électricité | huissier | expulsion locative"
	" | aide juridique | accès aux droits | rendez-vous assistante sociale | travailleuse sociale | pôle social"
	" | maison des solidarités | frigo solidaire | aide pour la cantine | aide pour les fournitures | aide pour la rentrée"
	" | secours exceptionnel | prêt sans intérêt | microcrédit | micro-crédit | dans la misère | sans le sou"
	" | sans un sou | je n'ai plus rien | plus rien sur mon compte"
	" | compte à découvert | interdit bancaire | fin de droits | plus de revenus | sans revenus | revenus faibles | petits revenus"
	" | petite retraite | minimum vieillesse | aspa | prime d'activité | demande de rsa | violences conjugales"
	" | violence conjugale | femme battue | mon mari me frappe | quitter le domicile conjugal | samu social"
	" | je dors dans ma voiture | dormir dans ma voiture | vivre dans ma voiture | sans toit | personne en détresse",
	"maintien_domicile": "portage à domicile | repas livrés à domicile | plateaux repas à domicile"
	" | aide pour faire le ménage | aide à la toilette | soins à domicile | infirmière à domicile | ssiad"
	" | aide-soignante | allocation apa | dossier apa | demande d'apa | gir | grille aggir | plus autonome"
	" | n'est plus autonome | ne peut plus rester seul | ne peut plus rester seule | ne peut plus vivre seule"
	" | tombe souvent | chute à domicile | bip d'alarme | médaillon d'alerte | téléalarme | bouton d'alarme"
	" | collier d'alerte | place en ehpad | entrer en ehpad | foyer-logement | résidence senior | résidence seniors"
	" | accueil de jour | alzheimer | perte de mémoire | aidant familial | je m'occupe de ma mère"
	" | je m'occupe de mon père | plan canicule | registre canicule | inscrire ma mère sur le registre"
	" | registre des personnes vulnérables | personnes vulnérables | navette seniors | accompagner aux courses",
	"handicap": "en situation de handicap | situation de handicap | porteur de handicap | enfant autiste | autisme"
	" | autiste | trisomie | trisomique | paralysé | paraplégique | tétraplégique | amputé | non-voyant"
	" | non voyant | sourde | surdité | déficient visuel | déficient auditif | mal entendant | rqth"
	" | reconnaissance de travailleur handicapé | carte de priorité | carte cmi | aeeh | pch"
	" | prestation de compensation | aesh | accompagnant d'élève | auxiliaire de vie scolaire | ulis | esat"
	" | chien guide | chien d'assistance | maladie invalidante | handicapée moteur | handicap moteur",
	"logement_social": "demande hlm | dossier hlm | logement hlm | appartement hlm | appart hlm | logement sociale"
	" | logemant | demande de logement social | numéro de demande de logement | renouvellement de la demande de logement"
	" | demande de logement en attente | attends un logement depuis | toujours pas de proposition"
	" | proposition de logement | refusé un logement | commission d'attribution des logements | attribution de logement"
	" | dalo | droit au logement opposable | action logement | logement d'urgence | logement passerelle"
	" | hébergement temporaire | office public de l'habitat | opac | appartement plus grand | logement adapté"
	" | logement accessible | échange de logement | échanger mon appartement | hébergée chez ma mère"
	" | hébergé chez des amis | chez ma mère avec mes enfants | une seule chambre | dans une seule pièce"
	" | pas de logement | cherche appartement | cherche appart | louer un appartement | cherche un logement social"
	" | logement social pour ma fille | logement social pour mon fils | logement pour ma mère",
	"insalubrite": "logement insalubre | appartement insalubre | moisi | champignons sur les murs | murs humides"
	" | salpêtre | condensation | fuite du toit | toit qui fuit | plafond qui s'effondre | plafond effondré"
	" | installation électrique dangereuse | fils électriques à nu | pas d'eau chaude | chauffage ne marche pas"
	" | chaudière en panne | propriétaire refuse | bailleur ne fait rien | mon proprio ne fait rien | proprio ne répond pas"
	" | cafards dans l'appartement | saturnisme | peinture au plomb | logement non décent | logement indécent"
	" | indécence | mise en sécurité | arrêté de péril | immeuble qui s'effondre | fissures dans l'immeuble"
	" | balcon dangereux | service d'hygiène | service communal d'hygiène | schs | logement pourri",
	# --- déchets ---
	"collecte_ordures": "poubelles non ramassées | poubelles pas prises | ils ont pas pris ma poubelle | poubelle oubliée"
	" | bac oublié | collecte pas faite | pas de collecte | pas eu de collecte | collecte non effectuée"
	" | collecte en retard | éboueurs en retard | grève des éboueurs | grève de la collecte | collecte les jours fériés"
	" | collecte décalée | changement de jour de collecte | jours de ramassage | planning de collecte"
	" | calendrier des collectes | calendrier des poubelles | quand passe le camion | à quelle heure passe le camion"
	" | heure de passage du camion | heure de collecte | sortir les poubelles la veille | poubelles qui restent sur le trottoir"
	" | ordure ménagère | déchets ménagers | poubelle grise | poubelle noire | bac noir | bac bordeaux | ripeurs"
	" | redevance incitative | nombre de levées | teom | taxe d'enlèvement des ordures ménagères | taxe ordures ménagères"
	" | taxe au sac | sac taxé | sacs taxés | sacs officiels | cornet à poubelle | ramassage des sacs",
	"bac_poubelle": "bac ordures ménagères | poubelle marron | poubelle verte | demander un bac | demande de bac"
	" | obtenir une poubelle | commander un bac | livraison de bac | livraison d'un bac | bac trop grand | bac plus petit"
	" | taille du bac | volume du bac | bac de 120 litres | bac de 240 litres | 120 litres | 240 litres | bac abîmé"
	" | bac endommagé | poubelle abîmée | poubelle fendue | poubelle percée | poubelle brûlée | bac brûlé"
	" | on m'a volé ma poubelle | plus de bac | pas de bac | pas encore de poubelle | poubelle de l'ancien locataire"
	" | puce du bac | bac pucé | étiquette du bac | numéro du bac | roue du bac | couvercle du bac | poignée cassée"
	" | poubelle sans couvercle | conteneur enterré | conteneurs enterrés | borne enterrée | poubelle à couvercle",
	"tri": "tri des déchets | trie | trie sélectif | poubelle de tri | bac de tri | sacs de tri | sacs jaunes"
	" | poubelle bleue | bac bleu | barquettes en plastique | films plastiques | pots de yaourt | briques de lait"
	" | brique de lait | cartons à pizza | boîte à pizza | boîtes de conserve | aérosols | capsules de café"
	" | bouteilles en verre | pots en verre | bac à verre | container à verre | conteneur verre | borne textile"
	" | vêtements usagés | vieux vêtements | chaussures usagées | extension des consignes de tri | tous les emballages"
	" | ça se recycle | est-ce recyclable | peut-on recycler | guide du tri | mémo tri | collecte sélective"
	" | bac de recyclage | poubelle de recyclage | sac de recyclage | colonne de tri | borne de tri | point tri"
	" | conteneur à papier | colonne papier | sac pmc | sacs pmc | pmc | écopoint | écopoints | bac de récupération"
	" | récupération du verre",
	"encombrants": "objets encombrants | déchets encombrants | enlever un canapé | faire enlever un meuble"
	" | ramassage de meubles | collecte des monstres | jour des encombrants | passage des encombrants"
	" | date des encombrants | quand passent les encombrants | inscription encombrants | rdv encombrants"
	" | rendez vous encombrants | vieux matelas | vieux sommier | vieille armoire | vieille table"
	" | vieille machine à laver | vieux lave-linge | vieil électroménager | télé cassée | gros meuble | meuble cassé"
	" | mobilier usagé | jeter une armoire | jeter un lit | jeter un sommier | jeter une table | jeter des meubles"
	" | vieux vélo | vider une maison | vider la maison | vider l'appartement | vider la cave | vider le grenier"
	" | débarrasser la cave | débarrasser le grenier | trop gros pour la poubelle | ne rentre pas dans la poubelle"
	" | ne rentre pas dans le bac | gros rebuts | collecte des gros rebuts | objets lourds | encombrents",
	"decheterie": "dechèterie | déchèterie intercommunale | déchetterie intercommunale | décharge municipale"
	" | décharge publique | aller à la décharge | emmener à la décharge | porter à la décharge | apport en déchèterie"
	" | accès à la déchèterie | badge perdu | carte de déchetterie perdue | nouvelle carte de déchèterie"
	" | passages à la déchèterie | nombre de passages | remorque à la déchetterie | camionnette à la déchetterie"
	" | utilitaire à la déchetterie | professionnel à la déchetterie | artisans à la déchetterie | déchèterie ouverte"
	" | déchetterie fermée | déblais | plâtre | placo | plaques de plâtre | ferraille | ferrailles | métaux"
	" | vieux métaux | déchets toxiques | produits chimiques | bidons d'huile | pneus usagés | vieux pneus | fibrociment"
	" | tôles en fibrociment | bouteilles de gaz | extincteur | cartouches d'encre | déchets électriques"
	" | petits appareils électriques | parc à conteneurs | parcs à conteneurs | recyparc | écocentre | écocentres"
	" | déchetterie mobile | déchèterie des professionnels",
	"dechets_verts": "déchet vert | déchets de jardin | déchets du jardin | tontes de gazon | tonte de gazon | herbe tondue"
	" | coupes de haies | branches d'arbres | broyage | broyat | broyeur | broyer les branches | prêt de broyeur"
	" | paillage | paillis | collecte des déchets verts | ramassage des déchets verts | sacs de déchets verts"
	" | sac à végétaux | bac à déchets verts | bac végétaux | feu dans le jardin | feu de feuilles | voisin brûle ses déchets"
	" | brûle ses feuilles | brûlage des déchets verts | fumée du voisin | odeur de fumée | brûler dans le jardin"
	" | feux de jardin | interdiction de brûler | incinérateur de jardin | brasero | déchets de taille",
	"compost": "composteur individuel | composteur collectif | composteur de quartier | composteur en bois"
	" | composteur en plastique | lombricompost | compostière | faire son compost | déchets organiques"
	" | déchets de table | restes de nourriture | bio-déchets | tri des biodéchets | collecte des biodéchets | bioseau"
	" | bio-seau | seau à compost | tri à la source des biodéchets | distribution de composteurs | formation compostage"
	" | guide composteur | maître composteur | déchets de cuisine | composteurs gratuits | composteur pas cher",
	"sapin": "sapin de noel | sapins de noël | vieux sapin | sapin mort | sapin qui perd ses aiguilles | aiguilles de sapin"
	" | jeter le sapin après noël | collecte de sapins | dépôt de sapins | enclos à sapins | point de dépôt des sapins"
	" | broyage des sapins | sapin en pot | jeter l'arbre de noël | arbre de noel | sapin en janvier"
	" | sapin sur le trottoir | sapins abandonnés",
	"depot_sauvage": "décharge à ciel ouvert | dépotoir | déchets jetés dans la nature | déchets sauvages"
	" | déchets au bord du chemin | déchets au coin de la rue | sacs éventrés | sacs poubelle éventrés"
	" | quelqu'un a vidé sa camionnette | vidé sa remorque | déversement | dépose ses déchets | déposent leurs déchets"
	" | déchets de chantier abandonnés | gravats dans le fossé | gravats jetés | meubles sur le trottoir"
	" | encombrants sur le trottoir | encombrants déposés | carcasse de frigo | amiante abandonné | bidons abandonnés"
	" | ordures dans le fossé | fossé plein de déchets | déchets dans le parc | déchets dans la forêt"
	" | jettent leurs ordures | jette ses poubelles | verbaliser les pollueurs | caméra pour les dépôts"
	" | dépôt d'encombrants | dépose sauvage | dépôts illégaux",
	"proprete": "c'est sale | c'est dégueulasse | dégueu | degueulasse | crasse | porcherie | poubelle à ciel ouvert"
	" | rue dégoûtante | trottoirs sales | papiers par terre | détritus partout | mégots partout | mégots par terre"
	" | feuilles mortes sur le trottoir | feuilles pas ramassées | ramassage des feuilles | balayage des rues"
	" | passage de la balayeuse | balayeuse ne passe pas | nettoyage des rues | nettoyage de la rue"
	" | nettoyer le trottoir | lavage des trottoirs | vomi | chewing-gum | chewing-gums | chewing gum | crachats"
	" | quartier crade | rue crade | plein de saletés | la voirie ne passe pas | poutzer | chenit",
	"dejections": "crottes de chiens | crotte de chat | crottes de chat | déjection canine | chiens qui font leurs besoins"
	" | font leurs besoins partout | propriétaires de chiens qui ne ramassent pas | pas ramassé les crottes"
	" | crottes sur le trottoir | crottes partout | marché dans une crotte | caca de chien | cacas de chiens"
	" | merde de chien | crottin | sacs à déjections | distributeur de sachets | toutounet | espace canin | caninette"
	" | pipi de chien | odeur d'urine | pipi contre le mur | urine sur les murs | urinent contre",
	"verre_casse": "bouts de verre | verre par terre | verre sur la chaussée | verre sur le trottoir | verre dans le parc"
	" | verre dans l'aire de jeux | tessons de bouteille | bouteilles brisées | bouteille explosée | verre pilé"
	" | risque de se couper | éclats de verre partout",
	"corbeille": "poubelle de ville | poubelles de ville | poubelle dans le parc | poubelle publique pleine"
	" | corbeille qui déborde | corbeilles qui débordent | poubelle de rue qui déborde | pas assez de poubelles dans la rue"
	" | manque de poubelles | rajouter des poubelles | pas de poubelle dans le quartier | corbeille cassée"
	" | corbeille arrachée | poubelle arrachée | poubelle publique cassée | vidage des corbeilles"
	" | corbeilles pas vidées | poubelle de l'abribus",
	"tags": "tags sur la façade | tags sur mon mur | tags sur le mur | tag sur ma maison | tague | tagé | tagger | taggé"
	" | graffitis sur le mur | grafitti | graffitti | grafitis | graphiti | graphitis | graffiti sur la porte"
	" | peinture sur mon portail | inscriptions injurieuses | inscriptions racistes | croix gammée | insultes écrites"
	" | dessin obscène | dessins obscènes | écrit à la bombe | affiches collées | enlever les tags | effacer les tags"
	" | nettoyer les tags | effacer un graffiti | détagage | dégraffitage | anti-graffiti | vernis anti-tag",
	"nuisibles": "rats dans les poubelles | rat mort | rats dans le parc | souris dans la maison | mulots | taupes"
	" | taupe | fouines | fouine | ragondin | ragondins | pigeons qui salissent | fientes de pigeons | nourrir les pigeons"
	" | nourrit les pigeons | goélands | mouettes | étourneaux | frelons asiatiques | nid de frelons asiatiques"
	" | nid de frelon | nid de guêpe | nid dans le toit | moustiques tigres | moustique-tigre | larves de moustiques"
	" | nids de chenilles | processionnaires | tiques | fourmis | dératiseur | démoustication"
	" | lutte contre les nuisibles | punaises de lit | rat crevé | gros rats",
	# --- animaux ---
	"animal": "chienchien | mon toutou | animal domestique | animaux domestiques | lapin | furet | poules | poule"
	" | coq | poulailler | chèvre | chèvres | cheval | âne | mouton | moutons | oiseau | oiseaux | perroquet | tortue",
	"animal_errant": "chien errant | chiens errants | chat errant | chats errants | chien en liberté | chiens en liberté"
	" | chien en divagation | chien qui divague | chien sans laisse | chien pas tenu en laisse | chien lâché"
	" | chiens lâchés | chien échappé | mon chien s'est échappé | mon chat ne rentre plus | chat pas rentré"
	" | chat disparu | chien disparu | avis de recherche chien | j'ai trouvé un chien | trouvé un chat"
	" | chat coincé | chat dans un arbre | animal blessé | chien blessé | animal écrasé | chat écrasé | chien écrasé"
	" | renard mort | hérisson mort | animal mort sur la route | animal en détresse | chien maltraité"
	" | maltraitance animale | chien enfermé | chien attaché | chats harets | stérilisation des chats"
	" | stériliser les chats | campagne de stérilisation | chat libre | chats libres | nourrit les chats"
	" | fourrière pour animaux | chien pucé | chat pucé | chien tatoué",
	"chien_dangereux": "chien méchant | chien agressif | chien qui mord | chien m'a mordu | mordu par un chien"
	" | morsure de chien | chien a mordu | chien a attaqué | attaqué par un chien | chien sans muselière"
	" | pitbul | pitbulls | american staffordshire | rottweilers | dogue | boerboel | chien de 1ère catégorie"
	" | chien de 2ème catégorie | chien de 2e catégorie | chien de 1re catégorie | catégorie 1 ou 2 | permis chien"
	" | permis de détenir | vétérinaire comportementaliste | formation de maître | assurance chien | chien mordeur"
	" | déclaration de morsure",
	# --- bruit, voisinage ---
	"bruit": "tapage diurne | voisin bruyant | voisins bruyants | voisin qui fait du bruit | bruits de pas"
	" | claquements de porte | portes qui claquent | enfants qui crient | enfants qui hurlent | télé trop forte"
	" | télé à fond | musique toute la nuit | musique jusqu'au matin | fête toute la nuit | font la fête tous les soirs"
	" | soirées tous les week-ends | fêtes tous les week-ends | bruit la nuit | bruit le soir | bruit après 22h"
	" | musique après 22h | fête après 22h | on ne dort plus | je ne dors plus | pas fermé l'œil"
	" | réveillés en pleine nuit | c'est l'enfer | vivre un enfer | bruit insupportable | aboie sans arrêt"
	" | jappe | jappements | chien qui hurle | hurle à la mort | coq qui chante | chant du coq | coq du voisin"
	" | cloches de l'église | climatiseur bruyant | pompe à chaleur bruyante | bruit de la pompe à chaleur"
	" | bruit du climatiseur | alarme qui sonne | alarme de voiture | alarme qui se déclenche | motos bruyantes"
	" | scooters bruyants | pot d'échappement | pots d'échappement | bar bruyant | bruit du bar | sortie de boîte"
	" | bruit du restaurant | livraisons bruyantes | karaoké | boum boum | ça résonne | bruit dans la cage d'escalier"
	" | souffleur de feuilles | débroussailleuse | ballon contre le mur | tapage nocturne répété | pétards la nuit",
	"bruit_chantier": "voisin fait des travaux | voisin qui fait des travaux | travaux de rénovation bruyants"
	" | travaux le samedi après-midi | travaux les jours fériés | travaux un jour férié | travaux le soir"
	" | travaux la nuit | chantier de nuit | travaux de nuit | chantier qui commence à 6h | camions du chantier"
	" | poussière du chantier | poussière des travaux | vibrations | vibrations du chantier | pelleteuse"
	" | tractopelle | engins dès 7h | bruit de perceuse | ponceuse | meuleuse | scie circulaire | coups de marteau"
	" | heures de bricolage | horaires pour bricoler | jardiner le dimanche | arrêté sur le bruit",
	"voisin": "le voisin d'en face | voisins d'en face | voisin de palier | voisins de palier | voisine du dessous"
	" | voisine du dessus | voisin mitoyen | les gens d'à côté | ceux d'à côté | gens d'en face | locataires du dessus"
	" | locataire du dessous | maison voisine",
	"conciliation": "médiateur de justice | médiation de voisinage | trouver un accord | règlement amiable"
	" | régler à l'amiable | régler le conflit | problème avec mon voisin | problèmes de voisinage | trouble de voisinage"
	" | troubles anormaux de voisinage | différend avec le voisin | dispute avec le voisin | on se dispute"
	" | conflit avec le propriétaire | litige avec mon propriétaire | litige avec le voisin | litige de voisinage"
	" | lettre recommandée au voisin | permanence du conciliateur | saisir le conciliateur | aller au tribunal"
	" | porter l'affaire en justice | point justice | maison de la justice et du droit | aide juridictionnelle"
	" | accès au droit",
	"bar_commerce": "bar-tabac | bar tabac | pmu | supérette | bar de nuit | bar à chicha | chicha | débit de tabac"
	" | boulangerie | commerce de proximité | commerces de proximité | petit commerce | petits commerces"
	" | fast-food | fast food | pizzeria | licence iv | licence 4 | ouvrir un bar | ouvrir un restaurant"
	" | local commercial",
	# --- voirie ---
	"eclairage": "lampadaire en panne | lampadaire cassé | lampadaire hs | lampadaire hors service | réverbère en panne"
	" | réverbère éteint | lampadaire éteint | lampadaires éteints | éclairage public en panne | lumière de la rue"
	" | lumières de la rue | éclairage de la rue | rue mal éclairée | rue pas assez éclairée | chemin pas éclairé"
	" | parking pas éclairé | trop sombre | il fait tout noir | tout noir | noir total | dans l'obscurité"
	" | obscurité | plongé dans le noir | plongée dans le noir | on ne voit rien | lampadaire abîmé"
	" | lampadaire tordu | lampadaire couché | lampadaire tombé | candélabre accidenté | lampadaire percuté"
	" | allumé toute la journée | lumière allumée en journée | éteint la nuit | éteint à minuit | extinction à minuit"
	" | extinction de l'éclairage | éclairage coupé | horaires d'éclairage | éclairage trop fort | lumière trop forte"
	" | lampadaire devant ma fenêtre | reverbère | réverbére | lampadair | lampe de rue | ampoule du lampadaire"
	" | tombée de la nuit | tombée du jour | lampadaire tombé en panne | lumière qui s'éteint",
	"chaussee": "nids de poules | nid-de-poules | nit de poule | trous dans la chaussée | trous dans la route"
	" | route trouée | chaussée trouée | route pourrie | rue pourrie | goudron arraché | enrobé arraché"
	" | bitume arraché | bitume fissuré | chaussée fissurée | fissure dans la route | chaussée affaissée"
	" | route effondrée | gravillons | graviers sur la route | gravillons sur la chaussée | boue sur la route"
	" | terre sur la chaussée | reboucher le trou | reboucher les trous | réfection de la route | réfection de la chaussée"
	" | refaire la route | refaire la rue | goudronner | goudronnage | rue à refaire | route cabossée"
	" | chemin communal | chemin rural | chemin de terre | chemin défoncé | voie communale | route communale"
	" | état des routes | pneu éclaté | jante tordue | crevaison | endommagé mon véhicule | abîmé mon véhicule"
	" | dégâts sur ma voiture | rembourser mon pneu | nid de poules",
	"trottoir": "trottoir dangereux | trottoir impraticable | trottoir étroit | trottoir trop étroit | pas de trottoir"
	" | absence de trottoir | trottoir inexistant | dalles cassées | dalles descellées | pavés descellés | pavé manquant"
	" | pavés déchaussés | bordure cassée | bordure abîmée | trottoir soulevé | racines soulèvent le trottoir"
	" | trou dans le trottoir | trou sur le trottoir | trébuché sur une dalle | tombée sur une dalle"
	" | chute à cause du trottoir | je me suis tordu la cheville | poussette ne passe pas | fauteuil ne passe pas"
	" | impossible de passer avec la poussette | obligé de marcher sur la route | marcher sur la chaussée"
	" | trottoir encombré | trottinettes sur le trottoir | allée piétonne | chemin piéton | tombé sur le trottoir"
	" | glissé sur le trottoir",
	"accessibilite": "accès handicapé | accès fauteuil | accès pour fauteuil roulant | pas accessible | non accessible"
	" | inaccessible en fauteuil | marche trop haute | bateau pour fauteuil | abaissement de trottoir"
	" | rampe pour poussette | bandes podotactiles | podotactile | feu sonore | boîtier sonore"
	" | mise en accessibilité | fauteuil roulant ne passe pas | bloque le fauteuil",
	"neige_verglas": "neige non déblayée | trottoir enneigé | rue enneigée | route enneigée | routes enneigées"
	" | chaussée enneigée | neige tassée | neige verglacée | verglas sur le trottoir | verglas devant l'école"
	" | très glissant | chute sur le verglas | glissé sur le verglas | glissé sur la glace | saler la rue"
	" | saler le trottoir | sel de déneigement | bac à sel | bacs à sel | sel pour les trottoirs | pelle à neige"
	" | déneigement des trottoirs | obligation de déneiger | qui doit déneiger | déneiger devant sa porte"
	" | passage du chasse-neige | chasse-neige pas passé | saleuse pas passée | rue pas déneigée | route pas salée"
	" | bloqué par la neige | coincé par la neige | épisode neigeux | congères",
	"eau_fuite": "fuite sur la voie publique | fuite dans la rue | fuite sur le trottoir | fuite au compteur"
	" | fuite avant compteur | fuite après compteur | compteur qui fuit | compteur d'eau gelé | compteur gelé"
	" | eau qui coule en permanence | ruissellement | eau qui remonte du sol | canalisation cassée"
	" | canalisation percée | conduite cassée | rupture de canalisation | tuyau cassé | tuyau percé"
	" | bouche d'incendie | borne incendie | poteau incendie | bouche d'incendie ouverte | manque d'eau"
	" | baisse de pression | pression faible | eau jaune | eau calcaire | qualité de l'eau | eau du robinet"
	" | goût de l'eau | eau qui sent le chlore | facture d'eau | facture d'eau trop élevée | consommation d'eau anormale"
	" | relevé du compteur | abonnement eau | ouverture de compteur | service des eaux | régie des eaux"
	" | syndicat des eaux | distributeur d'eau",
	"assainissement": "égouts bouchés | égout qui refoule | refoulement d'égout | remontée des eaux usées"
	" | eaux usées dans la rue | eaux usées dans ma cave | toilettes qui refoulent | wc qui refoulent"
	" | canalisation bouchée | évacuation bouchée | grille d'égout bouchée | avaloir bouché | caniveau plein de feuilles"
	" | bouche d'égout bouchée | tampon d'égout | tampon cassé | plaque d'égout cassée | plaque d'égout qui bouge"
	" | plaque d'égout qui claque | tampon qui claque | regard cassé | regard sans couvercle | trou d'égout"
	" | ça pue les égouts | odeur de fosse | vidange de fosse septique | vidanger la fosse"
	" | contrôle de l'assainissement | diagnostic assainissement | assainissement non collectif | assainissement individuel"
	" | micro-station | tout à l'égout | branchement au réseau d'assainissement | station d'épuration"
	" | redevance assainissement | eaux de pluie | eau de pluie | gouttière | descente de gouttière | fossé bouché"
	" | fossé plein | curage des fossés | curer le fossé | entretien des fossés | busage du fossé",
	"inondation": "rue inondée | route inondée | chaussée inondée | sous-sol inondé | garage inondé | maison inondée"
	" | jardin inondé | terrain inondé | eau dans la maison | eau dans mon garage | eau qui monte | rivière qui déborde"
	" | ruisseau qui déborde | coulée de boue | coulées de boue | orages violents | fortes pluies"
	" | pluies torrentielles | pluie diluvienne | à chaque orage | chaque fois qu'il pleut | quand il pleut fort"
	" | grosse flaque | flaque d'eau énorme | mare devant chez moi | lac devant chez moi | catastrophe naturelle"
	" | état de catastrophe naturelle | sacs de sable | zone inondable | risque d'inondation | ppri",
	"signalisation": "feu rouge en panne | feu rouge cassé | feux en panne | feux tricolores en panne"
	" | feux qui clignotent orange | feu orange clignotant | feu qui reste au rouge | feu toujours au vert"
	" | feu piéton en panne | bouton du feu piéton | bouton pour traverser | feu trop court | pas le temps de traverser"
	" | panneau stop arraché | panneau stop | panneau caché | panneau masqué | panneau illisible | panneau effacé"
	" | panneau manquant | panneau disparu | panneau volé | panneau renversé | panneau à terre | panneau mal placé"
	" | panneau de limitation | plaque de rue | plaque de nom de rue | marquage effacé | lignes effacées"
	" | repeindre le passage piéton | créer un passage piéton | demander un passage piéton | passage protégé"
	" | miroir de sécurité | miroir cassé | miroir de circulation | glissière de sécurité | balise | balises"
	" | céder le passage | panneau sens interdit | feu tombé en panne",
	"vitesse": "voitures roulent trop vite | vont trop vite | roulent comme des fous | roulent à fond | à toute vitesse"
	" | à toute allure | course de voitures | rodéos urbains | rodéo de motos | motos qui font des rodéos | quads"
	" | voitures qui foncent | limitation de vitesse | limiter la vitesse | réduire la vitesse | passer en zone 30"
	" | 30 km/h | 50 km/h | dos-d'âne | dos d'ane | gendarme couché | gendarmes couchés | chicane | chicanes"
	" | plateau surélevé | radar pédagogique | contrôle de vitesse | contrôles de vitesse | sécuriser la route"
	" | sécuriser la sortie de l'école | sortie d'école dangereuse | carrefour dangereux | croisement dangereux"
	" | virage dangereux | intersection dangereuse | rue dangereuse | route dangereuse | enfant renversé"
	" | piéton renversé | failli se faire renverser | manqué de se faire écraser | accident grave | accrochage"
	" | ça va finir par un accident | un jour il y aura un accident",
	"circulation": "bouchons tous les matins | trafic intense | trop de circulation | circulation dense | poids lourds"
	" | camions qui passent | camions dans le village | camions dans la rue | rue fermée à la circulation"
	" | route fermée | route coupée | itinéraire de déviation | travaux sur la route | fermeture de route"
	" | mettre en sens unique | passer en sens unique | changer le sens de circulation | rue piétonne | zone piétonne"
	" | piétonnisation | piétonniser | accès à ma rue | accès riverains | sauf riverains | interdit aux poids lourds"
	" | circulation alternée | alternat | feux de chantier",
	"velo": "bicyclettes | vélo électrique | vae | vélo cargo | voie verte | couloir vélo | double sens cyclable"
	" | contresens cyclable | garage à vélo | garage à vélos | parking vélo | parking à vélos | abri vélo | box vélo"
	" | arceaux vélos | attacher mon vélo | accrocher mon vélo | vélo volé | vol de vélo | marquage vélo | bicycode"
	" | aide à l'achat d'un vélo | prime vélo | vélo en libre-service | vélos en libre service"
	" | trottinettes électriques | trottinette électrique | gyropode | monoroue | vélo",
	"transport": "bus scolaire | transports scolaires | navette gratuite | navette municipale | transport à la demande"
	" | bus à la demande | ligne de bus supprimée | horaires de bus | horaire du bus | bus en retard | bus pas passé"
	" | arrêt de bus déplacé | arrêt de bus supprimé | abribus cassé | abri bus | abri-bus | arrêt de car"
	" | carte de transport | abonnement de bus | pass navigo | navigo | titre de transport | ticket de bus"
	" | transport en commun | transports publics | sncf | rer | covoiturage | aire de covoiturage | autopartage"
	" | transport adapté | transport pour personnes handicapées",
	"vehicule": "voiture électrique | véhicule électrique | borne de recharge | bornes de recharge | recharger ma voiture"
	" | camping car | fourgon aménagé | van aménagé | motocyclette | cyclomoteur | mobylette | quad | poids lourd",
	"stationnement": "stationner ma voiture | se garer dans la rue | place pour se garer | trouver une place"
	" | pas de place pour se garer | impossible de se garer | manque de places de stationnement | manque de parking"
	" | parking saturé | parking complet | parking gratuit | parking public | parking municipal | parking relais"
	" | parking-relais | parc relais | parking souterrain | disque de stationnement | disque européen"
	" | durée de stationnement | stationnement limité | stationnement alterné | stationnement unilatéral"
	" | stationnement interdit | interdit de stationner | se garer gratuitement | payer le parking | tarif du parking"
	" | heures payantes | stationnement gratuit | ticket de parking | garer sa voiture | créer des places"
	" | places de livraison | arrêt minute | dépose minute | dépose-minute | aire de camping-car | parquer ma voiture",
	"stationnement_residentiel": "carte de stationnement résident | carte résidentielle | abonnement résidentiel"
	" | abonnement riverain | carte riverain | vignette riverain | vignette de stationnement | macaron de stationnement"
	" | macaron riverain | badge résident | stationnement résident | tarif réduit pour les habitants"
	" | se garer près de chez moi | payer pour se garer devant chez moi | stationnement payant devant chez moi"
	" | zone résidentielle | secteur résidentiel | renouveler ma carte résident | renouveler mon abonnement de stationnement"
	" | carte pour ma deuxième voiture | deuxième voiture | seconde voiture | carte professionnelle de stationnement"
	" | stationnement professionnel | carte soignant | stationnement visiteurs",
	"fps_amende": "avis de fps | forfait de post-stationnement | forfait stationnement | post stationnement"
	" | post-stationnement | amende de parking | amende parking | pv de stationnement | prune sur le pare-brise"
	" | pv sur mon pare-brise | reçu un pv | amende reçue | amende par courrier | amende majorée | fps majoré"
	" | payer le fps | payer mon fps | régler le fps | régler mon amende | ticket expiré | horodateur en panne"
	" | horodateur cassé | parcmètre en panne | ticket pas visible | ticket tombé | ticket mal posé | j'avais payé"
	" | j'avais pris un ticket | payé avec l'appli | payé par l'application | antai | amende forfaitaire | flashé",
	"contestation": "recours gracieux | recours contentieux | recours administratif préalable obligatoire"
	" | faire un recours | déposer un recours | demande d'annulation | annuler l'amende | annulation de l'amende"
	" | faire annuler | je conteste | je ne suis pas d'accord | c'est une erreur | il y a une erreur | injustice"
	" | c'est injuste | je refuse de payer | remboursement | me faire rembourser | demande de remboursement"
	" | dégrèvement | remise gracieuse | demande de remise | tribunal administratif | contestation du fps"
	" | contester le forfait",
	"vehicule_ventouse": "véhicule épave | voiture épave | voiture-épave | épave de voiture | épave de scooter"
	" | scooter abandonné | moto abandonnée | camion abandonné | caravane abandonnée | remorque abandonnée"
	" | camping-car abandonné | véhicule qui ne bouge plus | voiture pas bougée depuis | garée là depuis des mois"
	" | stationnée depuis des semaines | stationnée depuis des mois | plus de 7 jours | plus de sept jours"
	" | voiture sans assurance | voiture vandalisée | voiture désossée | voiture dépouillée | voiture cramée"
	" | voiture incendiée | véhicule incendié | véhicule brûlé | quelqu'un dort dans la voiture",
	"stationnement_genant": "mal stationné | mal stationnée | mal stationnés | voiture mal garée | voitures mal garées"
	" | se garent n'importe où | se gare n'importe où | garé n'importe où | garent sur le trottoir | voitures sur le trottoir"
	" | stationnement sur le trottoir | stationne sur le trottoir | stationnement abusif | stationnement illicite"
	" | garé sur une place handicapé | place pmr occupée | garé sur la place handicapé | garé devant mon portail"
	" | garé devant ma sortie | garé devant mon entrée | voiture devant mon portail | voiture bloque mon portail"
	" | bloque mon entrée | bloqué dans mon garage | je ne peux pas sortir de chez moi | double-file"
	" | gare en double file | livraisons en double file | garé sur le passage piéton | stationne sur le passage piéton"
	" | garé sur la piste cyclable | garé sur l'arrêt de bus | garé dans le virage | garé devant l'école"
	" | stationnement devant l'école | parents garés devant l'école | garés devant l'école | faire verbaliser"
	" | venir verbaliser | bateau bloqué",
	"fourriere": "enlevée par la dépanneuse | embarquée par la dépanneuse | la fourrière a pris ma voiture"
	" | ma voiture est à la fourrière | voiture en fourrière | véhicule en fourrière | récupérer mon auto"
	" | récupérer mon scooter | récupérer mon camion | adresse de la fourrière | horaires de la fourrière"
	" | téléphone de la fourrière | sortir ma voiture de la fourrière | mainlevée"
	" | autorisation de sortie de fourrière | prix de la fourrière | tarif fourrière | frais d'enlèvement"
	" | payer la fourrière | fourrière municipale | préfourrière | pré-fourrière | fourriére | fouriere"
	" | appeler la fourrière | faire enlever la voiture | faire enlever le véhicule",
	# --- urbanisme ---
	"permis_construire": "demande de permis de construire | dépôt de permis | dossier de permis"
	" | permis de construire refusé | refus de permis | permis accordé | permis modificatif | modifier mon permis"
	" | transfert de permis | affichage du permis | panneau de permis | panneau de chantier | recours contre le permis"
	" | contester le permis du voisin | le voisin construit | construction illégale | construction sans permis"
	" | travaux sans autorisation | permis de démolir | démolir | démolition | déclaration d'ouverture de chantier"
	" | daact | déclaration d'achèvement | achèvement des travaux | conformité des travaux | certificat de conformité"
	" | construire sur mon terrain | faire bâtir une maison | maison en bois | maison ossature bois | construire un hangar"
	" | hangar | transformer une grange | rénover une grange | changer la destination | garage en pièce"
	" | cerfa 13406 | pcmi | permi de construire | permis de construre | permis de construite | permis de rénovation",
	"declaration_prealable": "autorisation de travaux | autorisation pour des travaux | faut-il une autorisation"
	" | ai-je besoin d'une autorisation | besoin d'un permis | faut-il un permis | faut-il déclarer | déclarer des travaux"
	" | déclarer mes travaux | travaux à déclarer | travaux extérieurs | modifier l'aspect extérieur | aspect extérieur"
	" | changer la couleur | nuancier | repeindre ma maison | crépi | crépir | refaire le crépi | enduit | bardage"
	" | isolation par l'extérieur | changer la toiture | réfection de toiture | réfection de la toiture"
	" | changer les tuiles | fenêtre de toit | chien assis | lucarne | percer une fenêtre"
	" | créer une ouverture | agrandir une fenêtre | porte-fenêtre | baie vitrée | changer le portail | poser un portail"
	" | installer un portail | portillon | mettre un grillage | clôturer | clôturer mon terrain"
	" | mur de séparation | brise-vue | claustra | panneaux photovoltaïques | installer des panneaux solaires"
	" | unité extérieure | antenne parabolique | parabole | conduit de cheminée | terrasse en bois"
	" | construire une terrasse | abri voiture | division parcellaire | diviser mon terrain | détacher une parcelle"
	" | cerfa 13703 | cerfa 13404 | declaration prealable | déclaration préalabe",
	"piscine_abri": "piscine hors-sol | piscine semi-enterrée | piscine coque | piscine en kit | piscine tubulaire"
	" | faire une piscine | bassin de baignade | abri de piscine | couverture de piscine | pool-house"
	" | abri en bois | abri en métal | chalet en bois | abri bûches | serre de jardin | gloriette"
	" | studio de jardin | bureau de jardin | abri jardin | cabane en bois | mettre un abri de jardin",
	"regles_urbanisme": "plu de la commune | consulter le plu | règlement du plu | zone du plu | zone agricole"
	" | zone naturelle | terrain en zone agricole | terrain agricole | terrain non constructible | rendre constructible"
	" | changer la zone | modification du plu | révision du plu | enquête publique | géoportail | geoportail"
	" | géoportail de l'urbanisme | plan du cadastre | numéro cadastral | référence cadastrale | références cadastrales"
	" | section cadastrale | extrait cadastral | extrait de plan cadastral | matrice cadastrale | relevé de propriété"
	" | bornage | borner mon terrain | géomètre | retrait par rapport à la limite | hauteur des constructions"
	" | hauteur de clôture | architecte des bâtiments de france | bâtiments de france | abf | périmètre protégé"
	" | monument historique | secteur protégé | site classé | droit de préemption | préemption | servitude de passage"
	" | droit de passage | viabilisation | viabiliser | terrain viabilisé | raccordement aux réseaux | tiny house"
	" | mobil-home | mobil home | caravane sur mon terrain | habitat léger | yourte | résidence démontable",
	"certificat_urbanisme": "certificat d'urbanisme d'information | cu d'information | cu opérationnel | cerfa 13410"
	" | demander un cu | demande de cu | faire un certificat d'urbanisme | certificat pour le notaire"
	" | achat immobilier | vendre mon terrain | vente d'un terrain | projet sur le terrain"
	" | savoir ce qu'on peut construire | ce qu'on peut faire sur le terrain | acheter un terrain à bâtir"
	" | note de renseignement | certificat d'alignement | certificat de numérotage",
	"travaux": "faire des travaux | entreprendre des travaux | gros travaux | travaux chez moi | travaux dans ma maison"
	" | rénover ma maison | rénovation énergétique | isolation | isoler ma maison | maprimerénov | ma prime rénov"
	" | aides à la rénovation | travaux d'isolation | réhabilitation",
	"taxe_amenagement": "impôts fonciers | taxe d'habitation résidence secondaire | résidence secondaire"
	" | taxe sur les logements vacants | taxe de séjour | taxe abri de jardin | taxe piscine | taxe sur les piscines"
	" | déclarer mon abri aux impôts | gérer mes biens immobiliers | avis d'imposition | centre des impôts"
	" | trésor public | trésorerie | dgfip | impots locaux | taxe fonciere",
	"occupation_voie_publique": "demande d'occupation du domaine public | occupation temporaire du domaine public"
	" | autorisation d'occupation du domaine public | aodp | arrêté de stationnement | arrêté pour déménagement"
	" | arrêté de circulation | interdiction de stationner pour déménagement | panneaux de déménagement"
	" | panneaux d'interdiction de stationner | réserver des places pour un déménagement"
	" | réserver une place pour le camion | place pour le camion de déménagement | stationner le camion de déménagement"
	" | déménagement dans la rue | jour du déménagement | monte-meubles | camion de livraison béton | toupie"
	" | grue mobile | grue de chantier | benne sur la chaussée | benne sur le trottoir | container de chantier"
	" | big bag | échafaudage sur le trottoir | pose d'échafaudage | fermer la rue pour des travaux"
	" | travaux sur la voie publique | déposer des matériaux sur le trottoir | stocker des matériaux"
	" | dépôt de matériaux | bungalow de chantier | tournage | tournage de film | déménageurs",
	"demenagement": "déménager dans la commune | quitter la commune | je quitte la commune | nous quittons la commune"
	" | départ de la commune | arriver dans la ville | nouveaux habitants | nouvelle habitante | accueil des nouveaux arrivants"
	" | on vient d'arriver | nous venons d'arriver | récemment installé | récemment installés | installés depuis peu"
	" | on vient de s'installer | s'installer dans la commune | changer d'adresse | signaler mon changement d'adresse"
	" | déclarer mon déménagement | emménager dans | nouveau logement | nous avons acheté une maison"
	" | on a acheté une maison | contrôle des habitants | office de la population | service population"
	" | demenager | déménagent",
	"terrasse_commerce": "terrasse de café | terrasse du café | terrasse sur le trottoir | terrasse sur la place"
	" | agrandir ma terrasse | terrasse éphémère | terrasse d'hiver | terrasse fermée | terrasse couverte | parasols"
	" | jardinières devant le restaurant | mettre des tables sur le trottoir | mettre des chaises sur le trottoir"
	" | étal de fruits | étalage de fruits | présentoir devant le magasin | chevalet publicitaire"
	" | panneau publicitaire devant | occupation commerciale | commerçant sédentaire | redevance de terrasse",
	"marche": "marché hebdomadaire | marché du dimanche | marché du samedi | marché du mercredi | marché de noël"
	" | marché nocturne | marché de producteurs | marché bio | marché paysan | marché aux puces | foire"
	" | jour du marché | horaires du marché | marché annulé | marché déplacé | abonné du marché"
	" | commerçant non sédentaire | camion ambulant | camion-pizza | food-truck | foodtruck | vendeur ambulant"
	" | vente ambulante | vente au déballage | déballage | étal au marché | carte de commerçant ambulant"
	" | carte de commerçant non sédentaire | vendre ma production | producteur local | produits locaux | circuit court",
	"buvette": "ouvrir une buvette | buvette associative | buvette pour le match | buvette du loto | buvette de la brocante"
	" | vendre à boire | vendre des bières | vendre du vin | vente de bière | boissons alcoolisées"
	" | autorisation de vente d'alcool | boissons du 3e groupe | troisième groupe | 3ème groupe | buvete",
	"manifestation": "organiser une manifestation | déclarer une manifestation | déclaration de manifestation"
	" | autorisation de manifestation | demande d'autorisation pour un événement | organiser un loto"
	" | organiser un marché de noël | organiser une kermesse | fête de village | fête patronale | fête votive"
	" | fête foraine | fête de la musique | 14 juillet | feu d'artifice | feux d'artifice | bal populaire | carnaval"
	" | défilé | course à pied | course cycliste | randonnée | tournoi | événement sportif | événement associatif"
	" | guinguette | marché artisanal | vide-maison | vide maison | vide dressing | bourse aux jouets"
	" | bourse aux vêtements | dossier de sécurité | fermer une rue pour | arrêté pour la fête",
	"salle": "louer la salle | location de la salle des fêtes | location salle des fêtes | réservation de salle"
	" | réservation de la salle | salle dispo | salle de la mairie | salle du village | foyer rural | foyer communal"
	" | maison pour tous | salle pour une fête de famille | salle pour un repas | salle pour un baptême"
	" | salle pour une communion | salle pour un vin d'honneur | salle pour une soirée | salle pour 50 personnes"
	" | capacité de la salle | tarif de location | prix de location | tarif extérieur | location pour un week-end"
	" | louer pour le week-end | disponibilités de la salle | planning de la salle | salle déjà réservée"
	" | attestation d'assurance pour la salle | clés de la salle | ménage de la salle | salle des fêtes libre"
	" | salle de fête | sale des fêtes",
	"reception_famille": "fête d'anniversaire | anniversaire de mariage | repas de mariage | réception de mariage"
	" | pot de départ | repas d'anniversaire | réveillon | réveillon du nouvel an | nouvel an | soirée privée"
	" | fête privée | réunion de famille | collation après les obsèques | 18 ans de ma fille | 18 ans de mon fils"
	" | 50 ans de mon mari | 60 ans de ma femme",
	"pret_materiel": "emprunter du matériel | prêt de tables | prêt de chaises | prêter du matériel | louer des tables"
	" | louer des chaises | location de tables | location de chaises | location de matériel | prêt de barnum"
	" | prêt de tente | prêt de tonnelle | tonnelle | tonnelles | panneaux d'exposition | tables de brasserie"
	" | tables pliantes | plateaux et tréteaux | tréteaux | prêt d'enceintes | enceintes de sonorisation"
	" | scène mobile | plancher de danse | groupe électrogène | percolateur | barrières de sécurité"
	" | barrières vauban | prêt de véhicule | minibus | prêt du minibus | camion de la mairie | livraison du matériel"
	" | transporter les tables",
	"association": "créer une asso | fonder une asso | statuts de l'association | bureau de l'association"
	" | président d'association | trésorier de l'association | secrétaire de l'association | déclaration en préfecture"
	" | déclarer l'association | numéro rna | rna | siret de l'association | publication au journal officiel"
	" | adhérents de l'association | cotisation à l'association | faire du bénévolat | devenir bénévole"
	" | vie associative | annuaire des associations | liste des associations | fête des associations"
	" | local associatif | local pour notre association | local pour l'association | domicilier l'association"
	" | domiciliation de l'association | adresse du siège",
	"subvention": "subventions aux associations | subvention municipale | subvention de fonctionnement"
	" | subvention exceptionnelle | subvention de la commune | financement de la mairie | aide de la commune"
	" | cerfa 12156 | budget prévisionnel | compte rendu financier | date limite de dépôt des subventions"
	" | campagne de subventions | montant de la subvention | subvention versée | subvention pas versée | mécénat",
	"sport": "terrain de football | terrain de basket | terrain de tennis | court de tennis | courts de tennis | city park"
	" | agorespace | piste d'athlétisme | salle de gym | dojo | boulodrome | terrain de pétanque | pétanque"
	" | skate park | pumptrack | pump track | parcours de santé | parcours sportif | street workout"
	" | fitness en plein air | équipements sportifs | installations sportives | réserver le gymnase"
	" | créneau au gymnase | créneaux de gymnase | utiliser le stade | horaires de la piscine municipale"
	" | vestiaires | éclairage du stade | pelouse du stade | panier de basket cassé | but de foot cassé",
	# --- mairie, services ---
	"mairie": "secrétariat de mairie | secrétaire de mairie | services techniques | service technique"
	" | services administratifs | agent municipal | agents municipaux | employé de mairie | employés municipaux"
	" | personnel de la mairie | mairie déléguée | commune déléguée | intercommunalité | communauté de communes"
	" | communauté d'agglomération | agglo | comcom | com com | maison communale | administration communale"
	" | bourgmestre | échevin | échevins | collège communal | hôtel-de-ville | mairie principale | accueil mairie",
	"horaires": "horaire d'ouverture | vous êtes ouverts | ouvrez à quelle heure | ouvrez quand | ouverte quand"
	" | ouvert le lundi | ouvert le mercredi | fermé le lundi | fermé l'après-midi | ouvert l'après-midi"
	" | ouvert le matin | fermé pendant les vacances | fermeture estivale | fermeture exceptionnelle"
	" | pont de l'ascension | horaires d'été | horaires d'hiver | horaires des vacances | horraires | oraires"
	" | heure de fermeture | ça ferme à quelle heure | fermez à quelle heure | ouvert demain",
	"contact": "numéro de la mairie | téléphone de la mairie | numéro de tél | numéro de portable | adresse de la mairie"
	" | adresse postale | adresse email | adresse e-mail | mail de la mairie | mail | email | par mail"
	" | écrire au maire | écrire au service | qui contacter | qui appeler | personne à contacter | joindre le service"
	" | joindre quelqu'un | impossible de joindre | personne ne décroche | ça sonne dans le vide | répondeur"
	" | standard saturé | rappelez-moi | être rappelé | coordonnées | vos coordonnées",
	"objets_trouves": "service des objets trouvés | bureau des objets trouvés | j'ai trouvé un téléphone"
	" | trouvé un téléphone | trouvé un portable | trouvé une carte bancaire | trouvé une carte d'identité"
	" | trouvé un sac | trouvé une bague | trouvé un bijou | perdu ma bague | perdu une bague | perdu un bijou"
	" | perdu ma montre | perdu mon alliance | perdu mes lunettes | perdu mon doudou | perdu le doudou"
	" | doudou perdu | doudou oublié | perdu mon portable | perdu mon écharpe | perdu mon manteau"
	" | perdu ma carte bancaire | perdu ma cb | perdu mon bonnet | oublié à l'école | oublié au gymnase"
	" | oublié à la salle | oublié au parc | oublié sur le marché | tombé de ma poche | perdu en ville"
	" | perdu pendant la fête | perdu au marché | quelqu'un aurait-il trouvé | a-t-on rapporté"
	" | rapporté à la mairie | ramené à la mairie | perdu mon gsm | perdu mon natel | perdu mon cellulaire",
	"reclamation": "je veux me plaindre | déposer une plainte auprès de la mairie | très mécontent | très mécontente"
	" | très déçu | très déçue | déçu | déçue | déception | indigne | c'est n'importe quoi | aucun suivi | pas de suivi"
	" | toujours rien | toujours pas de nouvelles | toujours pas traité | rien n'a été fait | rien n'est fait"
	" | rien ne bouge | personne ne bouge | vous ne faites rien | la mairie ne fait rien | on nous ignore"
	" | je n'ai eu aucune réponse | mail resté sans réponse | j'attends toujours | y en a marre | on en a marre"
	" | agent désagréable | agent impoli | accueil désagréable | mal accueilli | mal accueillie | impolitesse"
	" | impoli | agent irrespectueux | on m'a mal parlé | lenteurs administratives | incompétence | incompétent"
	" | écrire au préfet | saisir le défenseur des droits | réclamer | reclamations",
	"suggestion": "idée pour la commune | idée pour le quartier | j'ai une idée | proposition d'amélioration"
	" | suggérer une amélioration | pourriez-vous installer | serait-il possible d'installer | serait-il possible de mettre"
	" | pourquoi ne pas mettre | avis des habitants | consultation citoyenne | consultation des habitants | réunion de concertation | concertation avec les habitants"
	" | démocratie participative | conseil de quartier | comité de quartier | réunion publique | projet participatif",
	"tranquillite_vacances": "opération tranquillité | tranquilité vacances | tranquillité absence"
	" | surveillance pendant les vacances | surveillance de la maison | surveillance de ma maison | faire surveiller ma maison"
	" | rondes de police | patrouilles pendant mon absence | nous partons en vacances | je pars en vacances"
	" | partons trois semaines | partons un mois | départ en vacances | nous serons absents | maison inoccupée"
	" | logement inoccupé | appartement vide | peur des cambrioleurs | peur du cambriolage | éviter les cambriolages"
	" | prévenir les cambriolages | signaler mon absence | déclarer mon absence | inscription tranquillité vacances"
	" | formulaire tranquillité vacances | opération tranquilité vacances",
	"police": "police muni | policiers municipaux | agents de police municipale | garde municipal | patrouille de police"
	" | faire venir la police | appeler les flics | flics | la police ne vient pas | la police ne fait rien"
	" | brigade de gendarmerie | numéro de la police | main courante | déposer une main courante | pré-plainte"
	" | vidéosurveillance | vidéo-protection | vidéoprotection | caméras de surveillance | caméra de surveillance"
	" | voisins vigilants | voisin vigilant",
	"insecurite": "trafic de drogue | point de deal | deal en bas de l'immeuble | cannabis | fumer des joints"
	" | odeur de cannabis | seringues | seringue | jeunes qui squattent | squattent le hall | hall d'immeuble"
	" | regroupements | bande de jeunes | bandes de jeunes | racaille | voyous | délinquants | agressions"
	" | feux de poubelles | poubelles brûlées | incendie de poubelles | incendie volontaire | mortiers d'artifice"
	" | pétards | tirs de mortiers | rixe | rixes | bagarre | bagarres | se battent | insultes | insultée | menacé"
	" | menacée | harcelé | harcelée | sentiment d'insécurité | peur de sortir | plus en sécurité | pas en sécurité"
	" | dangereux le soir | quartier dangereux | vitrine cassée | boîte aux lettres cassée | cassé exprès"
	" | dégradé volontairement | vandalisé | vandalisée | ivre | ivres | personnes ivres | alcoolisés"
	" | alcool sur la voie publique | mendicité | mendicité agressive | prostitution | logement squatté"
	" | maison squattée | squattée | occupation illégale",
	"gens_voyage": "caravanes installées | caravanes sur le terrain de foot | caravanes sur le stade"
	" | installés sur le stade | installés illégalement | occupation illicite | installation illégale"
	" | campement illégal | campement sauvage | campement illicite | bidonville | bidonvilles | nomades"
	" | aire d'accueil des gens du voyage | terrain familial | expulsion des gens du voyage | grand passage",
	# --- espaces verts ---
	"arbre": "arbres de la rue | arbre d'alignement | arbres d'alignement | palmier | olivier | magnolia"
	" | conifère | conifères | cyprès | arbre fruitier | figuier | mimosa | glycine | lierre | plantes grimpantes"
	" | haie de thuyas | laurier-palme | hêtre | marronniers | tilleuls",
	"elagage": "élaguer les arbres | faire élaguer | tailler les haies | taille des arbres | taille des haies"
	" | coupe des arbres | couper un arbre | abattre l'arbre | abattage d'arbre | arbre à abattre | arbre malade"
	" | arbre creux | arbre pourri | arbre qui risque de tomber | arbre penché | arbre déraciné | arbre arraché"
	" | arbre tombé sur | grosse branche | branche qui menace | branches basses | branches qui cachent le panneau"
	" | branches qui cachent le feu | branches dans les câbles | touche la ligne électrique"
	" | branches contre ma fenêtre | branches contre la façade | arbre contre ma maison | arbre trop près de ma maison"
	" | arbre qui fait de l'ombre | végétation envahissante | haie trop haute | haie envahissante"
	" | haie déborde sur le trottoir | ronces sur le trottoir | ronciers | débroussailler le terrain"
	" | terrain en friche | friche | terrain à l'abandon | terrain non entretenu | terrain pas entretenu"
	" | obligation de débroussaillement | débroussaillement obligatoire | elaguage | élagages | élagueur"
	" | élageur | grimpeur élagueur | dessouchage | dessoucher | rogner la souche | feuilles qui tombent"
	" | chute des feuilles | arbre qui bouche la gouttière | feuilles dans ma gouttière",
	"haie_voisin": "thuyas du voisin | sapin du voisin | bambous du voisin | bambous qui envahissent | racines de bambous"
	" | arbre du voisin trop haut | arbre du voisin trop près | plantation trop près de la limite | planté trop près"
	" | à moins de 2 mètres | deux mètres de la limite | 2 mètres de la limite | 50 cm de la limite"
	" | voisin refuse de tailler | voisin refuse d'élaguer | le voisin ne veut pas couper | demander au voisin de couper"
	" | obliger mon voisin à tailler | branches chez moi | fruits du voisin | cerises du voisin | noix du voisin"
	" | arbre mitoyen | clôture mitoyenne | mitoyenneté | vis-à-vis | perte d'ensoleillement | me prive de soleil"
	" | ombre du voisin | lierre du voisin | lierre sur mon mur | racines qui abîment | racines qui soulèvent ma terrasse"
	" | racines dans mes canalisations | propriété voisine | terrain voisin | parcelle voisine | terrain d'à côté"
	" | jardin du voisin | jardin d'à côté",
	"espaces_verts": "parc municipal | jardin municipal | jardins de la ville | square municipal"
	" | espaces verts de la commune | entretien des espaces verts | service des espaces verts | jardiniers de la ville"
	" | jardinier municipal | tonte des pelouses | herbe pas coupée | herbes folles | zéro phyto | pesticides"
	" | désherbant | glyphosate | fauchage | faucher | fauchage des bords de route | bas-côtés | accotements | talus"
	" | entretien des talus | ronces dans le parc | parc sale | ouverture du parc | horaires du parc | horaires des parcs"
	" | fermeture des grilles | grilles du parc | gardien du parc | chiens interdits dans le parc | pique-nique"
	" | pique-niquer | barbecue dans le parc | arrosage automatique | arroseur | potager | parcelle de jardin"
	" | jardins ouvriers | jardin familial | permis de végétaliser | végétaliser ma rue | planter devant chez moi"
	" | pied d'arbre | pieds d'arbres | fleurir ma rue | villes et villages fleuris | maisons fleuries"
	" | concours des maisons fleuries | forêt communale | bois communal",
	"aire_jeux": "aire de jeu | air de jeux | aires de jeu | jeux d'enfant | jeux pour les petits | parc de jeux"
	" | structure de jeu | balancoire | tape-cul | jeu à ressort | jeux à ressort | cabane de jeux | filet d'escalade"
	" | mur d'escalade | jeu dangereux | jeux abîmés | jeux vandalisés | jeux rouillés | sol amortissant"
	" | bac à sable sale | aire de jeux sale | installer des jeux | nouveaux jeux | pas de jeux pour les enfants"
	" | jeux pour ados | jeux pour les tout-petits | enfant blessé sur un jeu | enfant s'est blessé au parc"
	" | place de jeux | places de jeux | jeux du parc cassés",
	"mobilier_urbain": "banc cassé | banc arraché | banc public cassé | banc abîmé | pas de bancs | installer un banc"
	" | ajouter un banc | plus de bancs | manque de bancs | fontaine à eau | fontaine ne marche plus | fontaine en panne"
	" | robinet de la fontaine | potelet arraché | potelet tordu | bornes arrachées | borne escamotable"
	" | borne rétractable | barrière cassée | barrière arrachée | garde-corps cassé | rambarde cassée"
	" | jardinière cassée | bac à fleurs cassé | toilettes publiques sales | toilettes publiques fermées | wc public"
	" | sanisette en panne | abribus vandalisé | panneau d'affichage | panneau d'information | panneau lumineux"
	" | panneau électronique | panneau d'affichage libre | table de pique-nique | tables de pique-nique"
	" | boîte à livres | cendrier | cendriers",
	# --- divers services ---
	"emploi": "postes à pourvoir | poste vacant | la mairie embauche | embauche | embaucher | chercher un emploi"
	" | je cherche un emploi | je cherche du travail | cherche un job | cherche un stage | demande de stage"
	" | stage d'observation | stage de 3ème | stage de troisième | stage de seconde | stage en mairie | apprenti"
	" | apprentie | contrat d'apprentissage | service civique | emploi saisonnier | job saisonnier | job étudiant"
	" | travail saisonnier | concours de la fonction publique | fonction publique territoriale | fonctionnaire"
	" | agent territorial | contractuel | vacataire | intérim | lettre de motivation | envoyer ma candidature"
	" | envoyer un cv | entretien d'embauche | france travail | pôle emploi | pole emploi | mission locale"
	" | chantier d'insertion | retour à l'emploi | reconversion",
	"culture": "mediatheque | bibliothèque municipale | bibli | biblio | carte de bibliothèque | inscription à la bibliothèque"
	" | inscription bibliothèque | emprunter des dvd | rendre un livre | rendre les livres | retour de livres"
	" | livres en retard | prolonger un prêt | réserver un livre | horaires de la bibliothèque | ludothèque"
	" | jeux de société | cours de piano | cours de guitare | cours de théâtre | cours de dessin"
	" | atelier d'arts plastiques | arts plastiques | école d'art | salle de spectacle | saison culturelle"
	" | programme culturel | billetterie | agenda culturel | ciné | séance de cinéma | visite guidée | patrimoine"
	" | journées du patrimoine | office de tourisme | tourisme | expo",
	"sante": "médecin de garde | médecin généraliste | pas de médecin | plus de médecin | désert médical"
	" | trouver un médecin | trouver un médecin traitant | médecin traitant | maison de santé | maison médicale"
	" | centre de vaccination | se faire vacciner | dentiste | kiné | infirmier | sage-femme | service des urgences"
	" | pharmacie de garde | canicule | fortes chaleurs | qualité de l'air | pollution de l'air | pic de pollution"
	" | ambroisie | mutuelle | mutuelle communale | complémentaire santé | cpam | sécurité sociale | carte vitale"
	" | sécu",
	"jeunesse": "local jeunes | espace jeunesse | service jeunesse | point information jeunesse | pij | bij"
	" | accueil jeunes | activités pour les jeunes | rien pour les jeunes | occuper les jeunes"
	" | conseil municipal des enfants | cmj | cme | bafd | formation bafa | aide au bafa | aide au permis"
	" | bourse au permis | permis à 1 euro | chantier jeunes | argent de poche | dispositif argent de poche"
	" | pass culture | pass sport | carte jeune",
	"demarche": "comment procéder | quelle est la procédure | démarches administratives | démarche administrative"
	" | paperasse | paperasserie | dossier complet | dossier incomplet | il manque une pièce | pièce manquante"
	" | documents nécessaires | documents requis | liste des documents | liste des pièces | pièces demandées"
	" | quels papiers | quels documents | quels justificatifs | quoi fournir | formulaire cerfa | remplir le formulaire"
	" | télécharger le formulaire | imprimé",
	"delai": "combien de temps ça prend | en combien de temps | délai d'obtention | délai de traitement"
	" | délai de fabrication | délai moyen | quand vais-je recevoir | dans combien de temps | d'ici combien de temps"
	" | c'est urgent | en urgence | au plus vite | au plus tôt | le plus rapidement possible | dès que possible"
	" | date butoir | échéance | délai de réponse",
	"tarif": "c'est combien | ça coûte combien | quel est le prix | quel prix | quel tarif | tarification"
	" | grille tarifaire | barème | payer combien | faut-il payer | est-ce payant | est-ce gratuit | c'est gratuit"
	" | sans frais | frais de dossier | paiement | payer | moyens de paiement | payer par carte | payer par chèque"
	" | payer en espèces | payer en liquide | virement | trop cher | hors de prix | exorbitant | prix exorbitant",
	"stationnement_pmr": "carte handicapé pour se garer | carte de stationnement handicapé | place handicapée"
	" | places handicapées | place pour fauteuil | place pour personne à mobilité réduite | garé sur une place handicapé"
	" | garé sur la place handicapé | place pmr occupée | demander une place handicapé | place réservée pmr"
	" | carte cmi stationnement | cmi mention stationnement | macaron pmr | carte de stationnement pmr",
	# new concepts, a few more ways
	"panne": "lampadaire en panne | feu en panne | horodateur en panne | fontaine en panne | ne s'allume plus"
	" | ne s'allume pas | ça ne marche plus | ne fonctionne plus du tout",
	"caution": "chèque de caution pour la salle | caution pour le matériel | caution des clés",
}
_add_wordings(CITIZEN)

# Phrases that say two things at once are given to both concepts (equal spans keep both): a lost
# identity card is an identity card *and* a loss, a cancelled canteen meal a meal *and* a cancellation.
BOTH: dict[str, str] = {
	"perte_vol": "cni perdue | cni volée | passeport perdu | passeport volé | passport perdu | papiers perdus"
	" | papiers volés | carte d'identité perdue | carte d'identité volée",
	"titre_renouvellement": "cni périmée | cni expirée | renouveler ma cni | passeport périmé | passeport expiré"
	" | renouveler mon passeport | renouvellement du passeport | pièce d'identité périmée"
	" | carte d'identité périmée | carte d'identité expirée",
	"cni": "perdu ma cni | perdu ma carte d'identité | trouvé une carte d'identité"
	" | passeport et carte d'identité en même temps",
	"identite": "j'ai perdu mes papiers | égaré mes papiers | fait voler mes papiers",
	"annulation": "annuler la cantine | annuler les repas | annuler un repas | décommander un repas"
	" | désinscrire de la cantine | désinscription cantine | annuler une procuration | résilier une procuration"
	" | procuration annulée | rendez-vous annulé | marché annulé | annuler mon rendez-vous",
	"cantine": "payer en ligne la cantine | régler la facture de cantine | relance facture cantine | impayés cantine"
	" | erreur de facturation cantine | facturation cantine",
	"inscription": "inscription scolaire | inscription à l'école | inscrire à l'école | fiche d'inscription scolaire"
	" | inscription garderie | inscrire à la garderie | inscription au centre de loisirs | inscrire au centre aéré"
	" | inscription en crèche | inscription crèche",
	"panne": "lampadaire hs | lampadaire hors service | réverbère en panne | éclairage public en panne"
	" | parcmètre en panne | sanisette en panne | feu rouge en panne | feux en panne | feux tricolores en panne"
	" | feu piéton en panne | chaudière en panne | fontaine ne marche plus",
	"chute_blessure": "chute sur le verglas | glissé sur le verglas | glissé sur la glace | glissé sur le trottoir"
	" | tombé sur le trottoir | tombée sur une dalle | chute à cause du trottoir | chute à domicile"
	" | enfant blessé sur un jeu | enfant s'est blessé au parc",
	"association": "subventions aux associations",
	"eclairage": "éclairage du stade",
	"livret_famille": "on a perdu notre livret | on a perdu le livret de famille | nous avons perdu notre livret",
	"objets_trouves": "on a perdu nos clés | on a perdu les clés | on a perdu notre portefeuille",
	"animal_errant": "on a perdu notre chien | on a perdu notre chat",
}
_add_wordings(BOTH)

# concept id → the wider concepts it implies (reached at a lower weight).
BROADER: dict[str, tuple[str, ...]] = {
	"declaration_naissance": ("naissance", "acte_etat_civil"),
	"cni": ("identite",),
	"passeport": ("identite",),
	"carte_electeur": ("vote",),
	"liste_electorale": ("vote",),
	"bureau_vote": ("vote",),
	"procuration": ("vote",),
	"obseques": ("deces",),
	"cimetiere": ("obseques",),
	"fleurissement_tombe": ("cimetiere",),
	"pacs": ("couple",),
	"mariage": ("couple",),
	"livret_famille": ("acte_etat_civil",),
	"reconnaissance_enfant": ("naissance",),
	"derogation_scolaire": ("ecole",),
	"cantine": ("ecole",),
	"allergie_regime": ("cantine",),
	"periscolaire": ("ecole",),
	"maintien_domicile": ("parent_age", "aide_sociale"),
	"logement_social": ("aide_sociale",),
	"encombrants": ("collecte_ordures",),
	"tri": ("collecte_ordures",),
	"bac_poubelle": ("collecte_ordures",),
	"compost": ("dechets_verts",),
	"sapin": ("dechets_verts",),
	"depot_sauvage": ("proprete",),
	"dejections": ("proprete",),
	"verre_casse": ("proprete",),
	"corbeille": ("proprete",),
	"tags": ("proprete",),
	"animal_errant": ("animal",),
	"chien_dangereux": ("animal",),
	"bruit_chantier": ("bruit",),
	"stationnement_residentiel": ("stationnement",),
	"stationnement_genant": ("stationnement",),
	"vehicule_ventouse": ("stationnement_genant",),
	"fourriere": ("stationnement_genant",),
	"fps_amende": ("stationnement",),
	"declaration_prealable": ("travaux",),
	"permis_construire": ("travaux",),
	"piscine_abri": ("declaration_prealable",),
	"certificat_urbanisme": ("regles_urbanisme",),
	"haie_voisin": ("elagage", "voisin"),
	"elagage": ("arbre",),
	"aire_jeux": ("espaces_verts",),
	"buvette": ("manifestation",),
	"terrasse_commerce": ("occupation_voie_publique",),
	"assainissement": ("eau_fuite",),
	"hebergement_visiteur": ("etranger",),
	"voyage_mineur": ("mineur",),
	"stationnement_pmr": ("stationnement", "handicap"),
}
