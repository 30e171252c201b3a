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
		" | animatrice | tap | nap",
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
		" | plastiques | carton | cartons | journaux | bouteille en plastique | verre | bocal | bocaux"
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
		"objets trouvés | objet trouvé | objets perdus | objet perdu | trouvé | trouvée | retrouver"
		" | retrouvé | oublié | oubliée | oublier | clés | clefs | clé | trousseau | portefeuille"
		" | porte-monnaie | porte monnaie | sac à main | sacoche | cartable | téléphone perdu | portable"
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
