"""Hand-written citizen questions of the blind5 knowledge-suggestion set (new for this split).

Each row: (expected article name or [first, second acceptable], subject, description, request type or None,
hand tags). Hand tags: "sib" (another, more general article looks closer), "sms" (SMS / chat abbreviations),
"noacc" (accents missing), "typo" (typos) — the noise is typed here, not generated.
After writing, part of the questions were reworded in the citizen's everyday words (checked only against the
crude stemmer of make_blind5.py, never against the app), the second question without a type of each article
was given the type a citizen or an agent would pick (the article's own type, the e-mail default "Demande à
qualifier" or the catch-all "Demande d'information"), and five questions got a second acceptable article; this
file, as it stands, is the reference.
"""

INFO = "Demande d'information"
QUAL = "Demande à qualifier"
RECL = "Réclamation"
SUGG = "Suggestion"
COLL = "Collecte des déchets"
DEPOT = "Dépôt sauvage"
PROP = "Propreté de la voie publique"
VERT = "Espaces verts et élagage"
STAT = "Stationnement gênant"
VOIRIE = "Nid-de-poule ou chaussée dégradée"
ECL = "Éclairage public en panne"
SIGN = "Signalisation endommagée"
BRUIT = "Nuisances sonores"
ETAT = "Demande d'acte d'état civil"
URBA = "Demande d'urbanisme"

QUESTIONS = [
    # ------------------------------------------------------------------ kb-collecte-ordures-menageres
    ("kb-collecte-ordures-menageres", "Passage des éboueurs", "À quel moment passent les éboueurs dans mon quartier ? Je viens d'arriver rue Paul Bert.", None, ""),
    ("kb-collecte-ordures-menageres", "Demande", "Bonjour, nous venons d'emménager dans le 7e arrondissement avec mon conjoint et nous ne savons pas quel jour sortir la poubelle grise. L'ancien locataire nous a dit le mardi mais le bac est resté plein toute la semaine. Pouvez-vous nous indiquer le bon jour de ramassage ? Merci d'avance, Léa et Samir", QUAL, ""),
    ("kb-collecte-ordures-menageres", "éboueurs pas venus", "les eboueurs sont pas passes ce matin, le conteneur deborde dans la cour", COLL, "noacc"),
    ("kb-collecte-ordures-menageres", "Sortir les conteneurs", "Jusqu'à quelle heure peut-on sortir les conteneurs la veille du passage des éboueurs ?", COLL, ""),
    # ------------------------------------------------------------------ kb-tri-selectif
    ("kb-tri-selectif", "Pots de yaourt", "Les pots de yaourt et les barquettes en polystyrène, je les jette où maintenant ?", None, ""),
    ("kb-tri-selectif", "Question tri", "Bonjour, dans notre immeuble il y a souvent des désaccords entre voisins sur ce qu'on peut mettre dans le bac à couvercle jaune : les cartons de pizza gras, les films plastique, les capsules de café... Le gardien dit une chose, l'affichage une autre. Pourriez-vous m'envoyer les consignes exactes ? Bien cordialement, Mme Chassagne", COLL, ""),
    ("kb-tri-selectif", "bouteilles", "ou on depose les bocaux et bouteilels vides dans le 4e ?", None, "noacc typo"),
    ("kb-tri-selectif", "Conserves", "Est-ce qu'il faut rincer les boîtes de conserve avant de les jeter dans la bonne poubelle ?", COLL, ""),
    # ------------------------------------------------------------------ kb-bac-casse-remplacement
    ("kb-bac-casse-remplacement", "Arraché par le vent", "Le dessus de la grande boîte à ordures de l'immeuble s'est envolé avec le vent, comment en avoir une neuve ?", COLL, ""),
    ("kb-bac-casse-remplacement", "Disparu depuis lundi", "Notre gros récipient à roulettes pour les ordures n'est plus là depuis la tournée de lundi, quelqu'un a dû le prendre. Que faire ?", None, ""),
    ("kb-bac-casse-remplacement", "Famille agrandie", "Bonjour, nous étions deux et nous sommes maintenant cinq à la maison avec l'arrivée des jumeaux et de ma belle-mère. Le petit bac qui nous a été attribué est plein dès le mercredi. Est-il possible d'en obtenir un plus grand ? Je vous remercie. Cordialement, Arnaud Lefèvre, chemin de Montessuy", QUAL, ""),
    ("kb-bac-casse-remplacement", "roue cassée", "la roue de ma poubelle est cassée on peut la faire réparer ?", COLL, "sib"),
    # ------------------------------------------------------------------ kb-encombrants
    ("kb-encombrants", "Vieille banquette", "Comment me débarrasser d'une vieille banquette et d'un lit ? Je n'ai pas de voiture.", None, ""),
    ("kb-encombrants", "Ramassage gros objets", "Bonjour, je déménage fin du mois et je dois me séparer d'une armoire normande, d'un lave-linge en panne et de deux matelas. Je n'ai pas de véhicule pour aller à la déchèterie. Est-ce que la ville peut venir les chercher, et comment prendre rendez-vous ? Merci, Paulette Giraud", COLL, "sib"),
    ("kb-encombrants", "refrigerateur", "jveux jeter mon vieux refrigerateur vous passez le prendre ?", COLL, "sms noacc"),
    ("kb-encombrants", "Débarras d'une cave", "Nous vidons la cave de mes parents : une table, des chaises, une vieille gazinière. Combien de volume pouvez-vous emporter gratuitement ?", DEPOT, ""),
    # ------------------------------------------------------------------ kb-decheterie
    ("kb-decheterie", "Horaires", "La déchèterie est-elle ouverte le dimanche après-midi ?", None, ""),
    ("kb-decheterie", "Restes de vernis", "Où puis-je jeter des pots de vernis entamés et des bidons de white-spirit ?", COLL, "sib"),
    ("kb-decheterie", "Travaux salle de bain", "Bonjour, je refais ma salle de bain moi-même et j'ai plusieurs sacs de carrelage cassé et de plâtre. On m'a dit qu'il fallait un laissez-passer pour entrer à la décharge intercommunale. Comment l'obtenir et est-ce payant pour un particulier ? Merci de votre réponse. Cordialement, Hugo Ferreira", INFO, ""),
    ("kb-decheterie", "decheterie badge", "faut il un badge pr la decheterie ? ou le demander", INFO, "sms noacc"),
    # ------------------------------------------------------------------ kb-dechets-verts
    ("kb-dechets-verts", "Feu au fond du jardin", "Mon voisin fait brûler ses feuilles tous les samedis, la fumée rentre chez nous. Il a le droit ?", None, ""),
    (["kb-dechets-verts", "kb-composteur"], "Herbe coupée", "Que faire de l'herbe coupée et des tailles de haie ? Mon bac est trop petit.", COLL, ""),
    ("kb-dechets-verts", "RE: jardin", "Bonjour, suite à notre échange au téléphone la semaine dernière au sujet de mon bac cassé (qui a bien été remplacé, merci), j'ai une autre question : j'ai un grand terrain à Saint-Rambert avec beaucoup de feuilles à l'automne et d'élagages. Est-ce que je peux les incinérer dans un bidon ou existe-t-il un ramassage spécifique ? Cordialement, Michel Vasseur", QUAL, ""),
    ("kb-dechets-verts", "branches", "peut on bruler des branches dans son jardin en hiver", COLL, "noacc"),
    # ------------------------------------------------------------------ kb-depot-sauvage
    ("kb-depot-sauvage", "Au coin de ma rue", "Des gens laissent leurs poubelles éventrées et des cartons au coin de ma rue tous les week-ends. Qui contacter ?", None, ""),
    ("kb-depot-sauvage", "Roues jetées", "Une dizaine de vieilles roues de voiture ont été jetées sur le chemin derrière le stade.", DEPOT, ""),
    ("kb-depot-sauvage", "Incivilités", "Bonjour, je suis excédée. Depuis des mois, le recoin derrière la supérette de mon quartier sert de décharge : gravats, vieux jouets, sacs éventrés, même un chauffe-eau. Les rats arrivent. Comment signaler ça efficacement et est-ce que les responsables peuvent être sanctionnés ? Merci, Danielle Moulin", RECL, "sib"),
    (["kb-depot-sauvage", "kb-proprete-rues"], "Tas d'ordures", "Un tas de saletés abandonné sur le trottoir devant l'école, que faire ?", PROP, ""),
    # ------------------------------------------------------------------ kb-horaires-mairie
    ("kb-horaires-mairie", "Ouverture", "La mairie est ouverte le samedi matin ?", None, ""),
    ("kb-horaires-mairie", "jeudi soir", "jusqu'a quand je peux passer a l'hotel de ville le jeudi soir", INFO, "noacc"),
    ("kb-horaires-mairie", "Déplacement en personne", "Bonjour, je dois déposer un dossier en main propre mais je travaille jusqu'à 17 h tous les jours. Y a-t-il un jour où vos guichets restent accessibles plus tard dans la soirée ? Merci par avance, Fabienne", INFO, ""),
    ("kb-horaires-mairie", "Pause déjeuner", "Vos bureaux font-ils une pause entre midi et deux ?", None, ""),
    # ------------------------------------------------------------------ kb-cni-rendez-vous
    ("kb-cni-rendez-vous", "Carte d'identité périmée", "Ma carte d'identité est périmée depuis l'an dernier, comment prendre rendez-vous pour la refaire ?", INFO, ""),
    (["kb-cni-rendez-vous", "kb-autorisation-sortie-territoire"], "Pièce d'identité", "Bonjour, mon fils de 15 ans part en voyage scolaire en Italie au printemps et il n'a jamais eu de papiers à lui. Les délais semblent très longs. Faut-il remplir quelque chose en ligne avant de venir, et peut-on aller dans n'importe quelle mairie ? Cordialement, Nathalie Perrot", None, "sib"),
    ("kb-cni-rendez-vous", "rdv cni", "cmt avoir un rdv pr la cni svp c urgent", INFO, "sms"),
    ("kb-cni-rendez-vous", "Délais", "Combien de temps faut-il attendre pour avoir un créneau et faire refaire mes papiers ?", None, ""),
    # ------------------------------------------------------------------ kb-passeport
    ("kb-passeport", "Voyage au Canada", "Je pars au Canada en août, combien coûte le passeport et où le faire ?", None, ""),
    ("kb-passeport", "Timbre", "Le timbre fiscal pour un passeport d'enfant, c'est combien ?", INFO, ""),
    ("kb-passeport", "Demande", "Madame, Monsieur, mon document de voyage expire dans trois mois et je dois partir en Thaïlande pour le travail. Je souhaiterais connaître la marche à suivre pour le faire renouveler rapidement, les pièces à apporter et le coût. En vous remerciant, Olivier Marchetti", QUAL, ""),
    ("kb-passeport", "passport", "refaire passport combien de temps", None, "typo noacc"),
    # ------------------------------------------------------------------ kb-titre-perte-vol
    ("kb-titre-perte-vol", "Sac arraché", "On m'a arraché mon sac dans le tram avec tous mes documents, je fais quoi en premier ?", None, ""),
    ("kb-titre-perte-vol", "Papiers égarés", "J'ai égaré mon portefeuille avec ma carte d'identité, comment la refaire ?", INFO, "sib"),
    ("kb-titre-perte-vol", "Urgent - vol", "Bonjour, je me suis fait cambrioler hier soir et les voleurs ont emporté le tiroir où nous rangions nos passeports et ceux des enfants. Nous devons partir en vacances dans trois semaines. Quelles démarches faut-il faire et dans quel ordre ? Est-ce qu'il faut d'abord aller au commissariat ? Merci pour votre aide. Famille Rahmani", INFO, ""),
    ("kb-titre-perte-vol", "perdu", "jai perdu mon passeport en vacances", None, "noacc"),
    # ------------------------------------------------------------------ kb-acte-naissance
    ("kb-acte-naissance", "Extrait", "Je suis né à Lyon en 1985, comment obtenir un extrait de mon acte ?", ETAT, ""),
    ("kb-acte-naissance", "Document pour le notaire", "Le notaire me demande une copie intégrale de l'acte me concernant, datée de moins de trois mois. Je suis venu au monde à la Croix-Rousse. Comment faire ?", None, ""),
    ("kb-acte-naissance", "Demande d'acte", "Bonjour, j'habite désormais à Marseille mais je suis originaire de Lyon 3e. Pour mon dossier de mariage, on me demande un document d'état civil récent me concernant avec filiation. Puis-je le demander par internet et combien de temps faut-il pour le recevoir ? Merci. Cordialement, Inès Bouchet", QUAL, "sib"),
    ("kb-acte-naissance", "acte", "besoin acte de naissance pour ma fille nee a lyon 8", ETAT, "noacc"),
    # ------------------------------------------------------------------ kb-actes-mariage-deces
    ("kb-actes-mariage-deces", "Succession", "Pour la succession de mon père, on me réclame son acte de décès, où le demander ?", ETAT, ""),
    ("kb-actes-mariage-deces", "Papier de l'union", "Nous nous sommes unis à la mairie du 6e en 2004, je voudrais une copie du document officiel de la cérémonie.", None, ""),
    ("kb-actes-mariage-deces", "Démarches après les obsèques", "Bonjour, ma grand-mère est partie le mois dernier à l'hôpital Édouard Herriot. La banque et la caisse de retraite nous demandent chacune un justificatif officiel. Combien de copies peut-on avoir et à quelle mairie s'adresser, celle de l'hôpital ou celle de son domicile à Villeurbanne ? Merci, Karine Dupuis", ETAT, "sib"),
    ("kb-actes-mariage-deces", "acte mariage", "comment avoir une copie d'acte de mariage", ETAT, "noacc"),
    # ------------------------------------------------------------------ kb-mariage
    ("kb-mariage", "On se marie !", "Nous voulons nous marier en juin prochain, quand faut-il déposer le dossier ?", None, ""),
    ("kb-mariage", "Cérémonie civile", "Combien de témoins faut-il pour la cérémonie à la mairie ?", INFO, ""),
    ("kb-mariage", "Demande", "Bonjour, mon compagnon et moi souhaitons nous dire oui l'été prochain. Lui habite à Lyon 5e, moi chez mes parents à Caluire. Dans quelle commune pouvons-nous nous unir, quels papiers faut-il rassembler et combien de temps avant faut-il s'y prendre ? Merci de votre retour. Émilie", QUAL, ""),
    ("kb-mariage", "bans", "c quoi la publication des bans", None, "sms"),
    # ------------------------------------------------------------------ kb-pacs
    ("kb-pacs", "Pacs", "Comment se pacser à Lyon ? Faut-il un rendez-vous ?", None, ""),
    ("kb-pacs", "Officialiser notre couple", "Nous vivons ensemble depuis cinq ans et voulons officialiser sans passer par le mariage, quelles sont les démarches ?", INFO, "sib"),
    ("kb-pacs", "Union civile - pièces", "Bonjour, je suis de nationalité portugaise et ma compagne est française. Nous aimerions signer un pacte civil à la mairie de notre domicile commun. Quels documents me seront demandés, notamment pour l'acte de naissance étranger ? Faut-il une traduction ? Bien à vous, Rui Carvalho", INFO, ""),
    ("kb-pacs", "pacs rdv", "on peu se pacser un samedi ?", None, "typo noacc"),
    # ------------------------------------------------------------------ kb-listes-electorales
    ("kb-listes-electorales", "Inscription", "Je viens de déménager à Lyon, comment m'inscrire pour voter aux prochaines municipales ?", None, ""),
    ("kb-listes-electorales", "Jeune de 18 ans", "Ma fille a eu 18 ans en mars, peut-elle participer au scrutin automatiquement ou doit-elle faire une démarche ?", INFO, ""),
    ("kb-listes-electorales", "Changement d'adresse", "Bonjour, j'ai quitté Villeurbanne pour le 9e arrondissement en janvier. Je voudrais participer au scrutin de juin dans mon nouveau quartier. Jusqu'à quelle date puis-je faire la démarche, et est-ce possible par internet ? Merci beaucoup. Cordialement, Théo Garnier", QUAL, "sib"),
    ("kb-listes-electorales", "vote", "dernier delai pour s'inscrire pr voter ?", None, "sms noacc"),
    # ------------------------------------------------------------------ kb-procuration
    ("kb-procuration", "Absent le jour J", "Je serai en déplacement le jour du scrutin, comment faire voter quelqu'un pour moi ?", None, ""),
    ("kb-procuration", "Maman en EHPAD", "Ma mère ne peut plus se déplacer, peut-elle confier son vote à ma sœur qui habite à Grenoble ?", INFO, ""),
    ("kb-procuration", "Élections", "Bonjour, je pars en mission à l'étranger pour six mois et je ne pourrai pas participer aux élections de juin. Je voudrais savoir comment donner mandat à mon frère, s'il doit être inscrit dans le même bureau que moi, et si la démarche peut se faire en ligne. Merci, Guillaume Roy", INFO, ""),
    ("kb-procuration", "procu", "cmt faire une procu en ligne", None, "sms"),
    # ------------------------------------------------------------------ kb-recensement-citoyen
    ("kb-recensement-citoyen", "Fils de 16 ans", "Mon fils fête son seizième anniversaire le mois prochain, quelle démarche doit-il faire à la mairie ?", None, ""),
    ("kb-recensement-citoyen", "Attestation pour le permis", "L'auto-école demande l'attestation de recensement de ma fille pour l'inscrire à l'examen, où l'obtenir ?", INFO, ""),
    ("kb-recensement-citoyen", "Demande", "Bonjour, ma fille a eu seize ans en décembre et nous avons complètement oublié de la faire enregistrer pour la journée défense. Nous sommes maintenant en juin. Est-ce trop tard ? Quelles pièces faut-il apporter ? Merci par avance pour votre réponse, cordialement, M. et Mme Besson", QUAL, ""),
    ("kb-recensement-citoyen", "JDC", "mon fils doit se faire connaitre pour l'armee a 16 ans, c'est ou ?", None, "noacc"),
    # ------------------------------------------------------------------ kb-stationnement-residentiel
    ("kb-stationnement-residentiel", "Tarif riverain", "J'habite dans une zone payante, existe-t-il un tarif réduit pour garer ma voiture devant chez moi ?", None, ""),
    ("kb-stationnement-residentiel", "Macaron", "Comment obtenir le macaron résident et quels justificatifs fournir ?", INFO, ""),
    ("kb-stationnement-residentiel", "Formule habitants", "Bonjour, je viens d'emménager rue Vendôme et je me gare dans la rue. Je paie tous les jours à la machine et ça me revient cher. Une voisine m'a parlé d'une formule mensuelle pour les habitants. Comment y souscrire et combien ça coûte par mois ? Cordialement, Laurent Michaud", INFO, ""),
    ("kb-stationnement-residentiel", "carte resident", "carte resident voiture de fonction c possible ?", STAT, "sms noacc"),
    # ------------------------------------------------------------------ kb-stationnement-genant
    ("kb-stationnement-genant", "Auto qui rouille", "Une auto sans plaques rouille devant chez moi depuis deux mois.", STAT, ""),
    ("kb-stationnement-genant", "Sortie bloquée", "Quelqu'un se gare tous les soirs devant mon portail, je ne peux plus sortir.", None, ""),
    ("kb-stationnement-genant", "Camionnette", "Bonjour, une camionnette blanche aux pneus crevés est là depuis plus de trois semaines au même endroit dans notre rue, elle n'a pas bougé d'un centimètre et une vitre est cassée. Est-ce que vos agents peuvent la faire enlever ? Merci, Jacques Rivière", QUAL, ""),
    (["kb-stationnement-genant", "kb-trottoir"], "trottoir", "des voitures garees sur le trottoir tous les jours on passe pas avec la poussette", STAT, "noacc"),
    # ------------------------------------------------------------------ kb-fourriere
    ("kb-fourriere", "Bagnole disparue", "Ma bagnole n'est plus là où je l'avais garée hier soir, qui a pu la prendre ?", None, ""),
    ("kb-fourriere", "Récupérer mon véhicule", "Combien ça coûte pour récupérer une voiture à la fourrière et quels papiers apporter ?", STAT, ""),
    ("kb-fourriere", "Voiture enlevée", "Bonjour, en rentrant de week-end j'ai constaté que ma voiture avait été emmenée par une dépanneuse, apparemment à cause d'un déménagement dans la rue dont je n'étais pas informé. Où se trouve-t-elle, quels sont les horaires et puis-je contester les frais ? Merci, Sébastien Colin", INFO, ""),
    ("kb-fourriere", "voiture emmenee", "on m'a pris ma voiture avec une depanneuse je la recup ou", None, "noacc sms"),
    # ------------------------------------------------------------------ kb-permis-construire
    ("kb-permis-construire", "Construire une maison", "Nous avons acheté un terrain et voulons bâtir une maison, quelle autorisation faut-il ?", URBA, ""),
    ("kb-permis-construire", "Agrandissement", "Je veux agrandir ma maison de 50 m², faut-il passer par un architecte ?", None, ""),
    ("kb-permis-construire", "Projet", "Bonjour, nous envisageons de surélever notre pavillon à Vaise pour créer deux chambres à l'étage, soit environ 45 m² supplémentaires. Quel dossier faut-il remplir, sous quels délais d'instruction, et devons-nous faire appel à un professionnel pour les plans ? Merci d'avance. Cordialement, Pierre et Agnès Morel", QUAL, "sib"),
    ("kb-permis-construire", "garage", "faut il un permis pour construire un garage de 25 m2", URBA, "noacc"),
    # ------------------------------------------------------------------ kb-declaration-prealable
    ("kb-declaration-prealable", "Changer mes châssis", "Je veux remplacer mes châssis en bois par du PVC, faut-il une autorisation ?", URBA, ""),
    ("kb-declaration-prealable", "Panneaux solaires", "Peut-on poser des panneaux photovoltaïques sur le toit sans rien demander ?", None, ""),
    ("kb-declaration-prealable", "Façade", "Bonjour, nous souhaitons refaire l'enduit de notre façade et changer la couleur des persiennes, du vert au gris anthracite. Notre maison est à Saint-Just. Devons-nous remplir un formulaire avant de commencer, et combien de temps avant ? Merci. Bien cordialement, Mme Rambaud", URBA, ""),
    ("kb-declaration-prealable", "veranda", "une veranda de 15m2 c'est quel dossier", None, "noacc sib"),
    # ------------------------------------------------------------------ kb-plu
    ("kb-plu", "Règles de hauteur", "Où consulter les règles de hauteur et d'implantation qui s'appliquent à ma parcelle ?", URBA, ""),
    ("kb-plu", "Zonage", "Comment savoir dans quelle zone se trouve mon terrain ?", None, ""),
    ("kb-plu", "Avant achat", "Bonjour, nous hésitons à acheter une maison avec un grand jardin à Lyon 8e et nous voudrions savoir ce qu'il serait possible de bâtir sur ce bout de terre plus tard : hauteur, distance avec les voisins. Existe-t-il un document visible en ligne ? Merci, Cordialement, Yann Perrier", QUAL, "sib"),
    ("kb-plu", "cadastre", "ou voir le cadastre de ma rue", None, "noacc"),
    # ------------------------------------------------------------------ kb-nuisances-sonores
    ("kb-nuisances-sonores", "Voisin du dessus", "Mon voisin du dessus met la musique très fort tous les soirs jusqu'à 2 h, que puis-je faire ?", BRUIT, ""),
    ("kb-nuisances-sonores", "Le chien d'à côté", "Le chien de la maison voisine hurle toute la journée quand ses maîtres sont au travail.", None, ""),
    ("kb-nuisances-sonores", "Soirées à répétition", "Bonjour, je suis infirmière de nuit et je dors le jour. Depuis deux mois, les nouveaux locataires du rez-de-chaussée organisent des soirées plusieurs fois par semaine, avec des cris et des basses très tard. J'ai tenté la discussion, sans succès. Quels recours avons-nous ? Merci de votre aide. Christine L.", RECL, ""),
    ("kb-nuisances-sonores", "bruit", "voisins trop bruyants la nuit qui appeler", BRUIT, "noacc"),
    # ------------------------------------------------------------------ kb-eclairage-public
    ("kb-eclairage-public", "Rue dans le noir", "Le lampadaire devant chez moi ne s'allume plus depuis une semaine.", ECL, ""),
    ("kb-eclairage-public", "Mât qui clignote", "Le mât au coin de l'impasse s'allume et s'éteint toute la nuit, qui prévenir ?", None, ""),
    ("kb-eclairage-public", "Obscurité", "Bonsoir, je rentre souvent tard du travail à pied et tout le bas de l'avenue est plongé dans l'obscurité depuis le week-end dernier. Je ne me sens pas en sécurité. Pouvez-vous envoyer quelqu'un réparer ? Merci, Aïcha", QUAL, ""),
    ("kb-eclairage-public", "lampe", "lampadaire eteint rue des tuiliers", ECL, "noacc"),
    # ------------------------------------------------------------------ kb-nid-de-poule
    ("kb-nid-de-poule", "Trou dans la route", "Un gros trou s'est formé sur la chaussée à la sortie du rond-point, j'ai failli crever un pneu.", VOIRIE, ""),
    ("kb-nid-de-poule", "Revêtement abîmé", "Le revêtement de la rue est tout défoncé après l'hiver, qui répare ?", None, ""),
    ("kb-nid-de-poule", "Jante tordue", "Bonjour, je roulais hier soir avenue Berthelot et j'ai pris de plein fouet une crevasse que l'on ne voyait pas sous l'eau. Ma jante est tordue. Je voudrais vous prévenir de ce défaut avant qu'un motard ne chute, et savoir comment me faire rembourser. Cordialement, Franck Olivier", RECL, ""),
    ("kb-nid-de-poule", "nid de poule", "nid de poul enorme devant le 12", INFO, "typo noacc"),
    # ------------------------------------------------------------------ kb-trottoir
    ("kb-trottoir", "Rebord cassé", "Le rebord est cassé devant l'arrêt de bus et on se tord les pieds.", VOIRIE, ""),
    ("kb-trottoir", "Handicap moteur", "Je me déplace en chaise électrique et je ne peux pas passer sur le bas-côté de ma rue à cause des racines qui soulèvent tout.", None, ""),
    ("kb-trottoir", "Dalles", "Bonjour, plusieurs dalles sont descellées sur le passage piéton le long de la rue Marietton, ma voisine âgée est tombée la semaine dernière. Pourriez-vous faire remettre ces dalles en état ? Je vous remercie par avance. Cordialement, Sylvie Perret", VOIRIE, "sib"),
    ("kb-trottoir", "poussette", "impossible de passer avec la poussette sur le trotoir, tout est defonce", VOIRIE, "typo noacc"),
    # ------------------------------------------------------------------ kb-elagage
    ("kb-elagage", "Branches sur le trottoir", "Les branches d'un arbre de la rue cachent le feu rouge et touchent les fils.", VERT, ""),
    ("kb-elagage", "Haie qui dépasse", "La haie d'une propriété déborde sur le chemin piéton, on doit marcher sur la route.", None, "sib"),
    ("kb-elagage", "Arbre dangereux", "Bonjour, suite à la tempête de la semaine dernière, un gros marronnier de l'avenue a une branche à moitié cassée qui pend au-dessus du passage des enfants qui vont à l'école. Est-ce que vos services peuvent intervenir en urgence pour tailler cet arbre ? Cordialement, Jean-Pierre Mathieu", QUAL, ""),
    ("kb-elagage", "platanes", "quand est-ce que vous coupez les platanes du cours", None, "noacc"),
    # ------------------------------------------------------------------ kb-espaces-verts
    ("kb-espaces-verts", "Heures du parc", "À quelle heure ferme le jardin public en hiver ?", None, ""),
    ("kb-espaces-verts", "Toboggan", "Le toboggan du square est abîmé, qui s'occupe de l'entretien des jeux ?", VERT, ""),
    ("kb-espaces-verts", "Pelouse", "Bonjour, la grande prairie du square près de chez nous n'a pas été fauchée depuis le printemps, les herbes sont hautes et il y a des tiques. Nos enfants ne peuvent plus y jouer. Quelle est la fréquence d'entretien prévue ? Merci, l'association des parents du quartier", SUGG, ""),
    ("kb-espaces-verts", "chien au square", "les chiens ont le droit dans les sqaures ?", VERT, "noacc typo"),
    # ------------------------------------------------------------------ kb-cantine-inscription
    ("kb-cantine-inscription", "Déjeuner à l'école", "Comment faire pour que mon fils mange sur place à l'école à la pause déjeuner ?", None, ""),
    ("kb-cantine-inscription", "Prix des repas", "Combien coûte un repas à la cantine selon le quotient familial ?", INFO, ""),
    ("kb-cantine-inscription", "Enfant malade", "Bonjour, mon enfant a été malade toute la semaine dernière et nous n'avons pas pu décommander ses déjeuners à temps sur le site. Allons-nous quand même les payer ? Et où peut-on consulter ce qu'ils mangent chaque jour ? Merci pour votre réponse, Sonia Lacroix", QUAL, ""),
    ("kb-cantine-inscription", "cantine", "inscri cantine en cours d'annee possible ?", None, "typo noacc sms"),
    # ------------------------------------------------------------------ kb-cantine-allergies
    ("kb-cantine-allergies", "Arachide", "Ma fille ne supporte pas l'arachide (réaction grave), peut-elle déjeuner à l'école ?", None, ""),
    ("kb-cantine-allergies", "Sans porc", "Existe-t-il un menu sans porc ou végétarien au restaurant scolaire ?", INFO, "sib"),
    ("kb-cantine-allergies", "Maladie cœliaque", "Bonjour, notre fils est atteint de la maladie cœliaque et ne peut pas manger de blé. Il entre en CP en septembre. Comment s'organise le déjeuner dans ce cas, faut-il un document du médecin, et pouvons-nous lui préparer sa gamelle ? Merci d'avance, Mme et M. Garcia", INFO, ""),
    ("kb-cantine-allergies", "pai", "c quoi un PAI a la cantine", None, "sms noacc"),
    # ------------------------------------------------------------------ kb-inscription-scolaire
    ("kb-inscription-scolaire", "Rentrée en maternelle", "Mon fils aura 3 ans en octobre, comment l'inscrire en petite section ?", None, ""),
    ("kb-inscription-scolaire", "Arrivée en cours d'année", "Nous arrivons de Bordeaux en février avec deux enfants en CE1 et CM2, quelles démarches pour qu'ils aillent en classe ?", INFO, ""),
    ("kb-inscription-scolaire", "École", "Bonjour, nous venons d'acheter un appartement dans le 3e et nous emménageons cet été. Notre fille entrera au CP à la rentrée. Dois-je d'abord passer à la mairie ou directement voir la directrice de l'école du quartier ? Quels papiers apporter ? Merci, Claire Vidal", QUAL, ""),
    ("kb-inscription-scolaire", "inscription ecole", "inscrire mon fils a l ecole primaire papiers a fournir", None, "noacc"),
    # ------------------------------------------------------------------ kb-periscolaire
    ("kb-periscolaire", "Garde après l'école", "Je finis à 18 h, existe-t-il une garde des enfants après la classe ?", None, ""),
    ("kb-periscolaire", "Milieu de semaine", "Que proposez-vous pour occuper les enfants le jour sans classe en milieu de semaine ?", INFO, ""),
    ("kb-periscolaire", "Vacances de février", "Bonjour, mes deux enfants de 6 et 9 ans doivent être gardés pendant les vacances d'hiver, mes parents ne peuvent pas les prendre cette année. Y a-t-il un centre aéré municipal, comment s'inscrire et jusqu'à quand ? Merci de votre réponse rapide. Cordialement, Karim Benali", INFO, ""),
    ("kb-periscolaire", "garderie matin", "la garderie ouvre a quelle heure le matin", None, "noacc"),
    # ------------------------------------------------------------------ kb-tags-graffitis
    ("kb-tags-graffitis", "Façade taguée", "Notre immeuble a été tagué cette nuit, la ville peut-elle nettoyer ?", PROP, ""),
    ("kb-tags-graffitis", "Inscriptions à la bombe", "Des inscriptions à la bombe couvrent le mur de mon garage, est-ce gratuit de les faire enlever ?", None, ""),
    ("kb-tags-graffitis", "Mur de la copropriété", "Bonjour, je suis syndic bénévole d'une petite copropriété rue Chevreul. Notre mur a été recouvert de dessins et de signatures à la peinture pendant les vacances. Les services municipaux interviennent-ils sur les murs privés, et faut-il une autorisation écrite de notre part ? Cordialement, Marc Fontaine", QUAL, ""),
    ("kb-tags-graffitis", "graffiti", "graffiti sur l'abribus", None, "noacc"),
    # ------------------------------------------------------------------ kb-proprete-rues
    ("kb-proprete-rues", "Crottes de chien", "Le trottoir de ma rue est plein de crottes de chien, c'est insupportable.", PROP, ""),
    ("kb-proprete-rues", "Camion-brosse", "Le camion-brosse ne passe jamais dans notre rue, c'est prévu quand ?", None, ""),
    ("kb-proprete-rues", "Poubelles du cours Gambetta", "Bonjour, les petites poubelles de rue du cours Gambetta débordent tous les lundis matin après le week-end, avec des emballages qui s'envolent partout. Serait-il possible de les vider plus souvent ? Merci d'avance. Cordialement, un riverain agacé, M. Denis", SUGG, "sib"),
    ("kb-proprete-rues", "verre", "bouteilles cassees sur le trottoir devant le bar", PROP, "noacc"),
    # ------------------------------------------------------------------ kb-neige-verglas
    ("kb-neige-verglas", "Rue gelée", "Notre rue en pente est une patinoire ce matin, quand passera la saleuse ?", None, ""),
    ("kb-neige-verglas", "Devant ma maison", "Quand tout est blanc le matin, est-ce à moi de pelleter devant mon portail ?", INFO, ""),
    ("kb-neige-verglas", "Chute", "Bonjour, ce matin ma fille a glissé sur le trottoir gelé devant l'école maternelle, heureusement sans gravité. La rue n'avait pas du tout été traitée alors que la météo l'avait annoncé. Comment sont décidées les priorités de salage ? Cordialement, Anne-Sophie Lemaire", RECL, ""),
    ("kb-neige-verglas", "verglas", "du verglas partout sur la montee, dangereux", VOIRIE, "noacc"),
]

QUESTIONS += [
    # ------------------------------------------------------------------ kb-salle-municipale
    ("kb-salle-municipale", "Anniversaire", "Peut-on louer une salle pour les 60 ans de mon mari ?", None, ""),
    ("kb-salle-municipale", "Salle des fêtes", "Quel est le tarif de location de la salle des fêtes pour un samedi ?", INFO, ""),
    ("kb-salle-municipale", "Réservation", "Bonjour, notre association de quartier voudrait organiser son assemblée générale suivie d'un repas en novembre, pour une cinquantaine de personnes. Est-il possible de disposer d'un local municipal, à quel prix, et faut-il verser une caution ? Merci par avance, Jacqueline, présidente de l'association", QUAL, "sib"),
    ("kb-salle-municipale", "salle", "louer salle pr bapteme combien", None, "sms noacc"),
    # ------------------------------------------------------------------ kb-occupation-domaine-public
    ("kb-occupation-domaine-public", "Déménagement", "Je déménage le 15, comment réserver des places devant l'immeuble pour le camion ?", None, ""),
    ("kb-occupation-domaine-public", "Benne", "Faut-il une autorisation pour poser une benne à gravats dans la rue ?", INFO, ""),
    ("kb-occupation-domaine-public", "Échafaudage", "Bonjour, nous allons faire repeindre la façade de notre immeuble et l'entreprise doit monter un échafaudage sur le trottoir pendant trois semaines. Qui doit faire la demande, nous ou l'entreprise, et combien de temps à l'avance ? Merci, Cordialement, le conseil syndical du 14 rue Pierre Corneille", INFO, ""),
    ("kb-occupation-domaine-public", "camion demenagement", "autorisation pr garer un camion de demenagement", None, "sms noacc"),
    # ------------------------------------------------------------------ kb-fuite-eau-egout
    ("kb-fuite-eau-egout", "Ça coule", "Ça coule en permanence du trottoir depuis hier, alors qu'il ne pleut pas.", VOIRIE, ""),
    ("kb-fuite-eau-egout", "Mauvaise odeur", "Ça sent les égouts très fort devant chez nous depuis quelques jours.", None, ""),
    ("kb-fuite-eau-egout", "Rue inondée", "Bonjour, à chaque orage la rue Saint-Maximin se transforme en piscine : la grille du caniveau est bouchée par les feuilles et l'eau monte jusqu'aux portes des garages. Pouvez-vous faire déboucher et vérifier le réseau ? Merci d'avance, M. Guerin", QUAL, ""),
    ("kb-fuite-eau-egout", "grille bouchee", "grille d'egout bouchee devant le 8", PROP, "noacc"),
    # ------------------------------------------------------------------ kb-signalisation
    ("kb-signalisation", "Feu rouge en panne", "Le feu tricolore du carrefour reste bloqué à l'orange clignotant.", SIGN, ""),
    ("kb-signalisation", "Sens interdit plié", "Un sens interdit a été plié par un camion et on ne le voit plus.", None, ""),
    ("kb-signalisation", "Passage piéton effacé", "Bonjour, les bandes blanches du passage piéton devant la crèche sont presque invisibles, les voitures ne ralentissent pas et les parents traversent avec les poussettes. Est-il possible de les repeindre rapidement ? Je vous remercie. Cordialement, Hélène Durand", SIGN, ""),
    ("kb-signalisation", "ralentisseur", "on pourrait avoir un dos d'ane rue des Chartreux les voitures roulent trop vite", SUGG, "noacc"),
    # ------------------------------------------------------------------ kb-objets-trouves
    ("kb-objets-trouves", "Clés perdues", "J'ai perdu mes clés hier dans le quartier, quelqu'un les a peut-être rapportées ?", None, ""),
    ("kb-objets-trouves", "Portefeuille trouvé", "J'ai trouvé un portefeuille dans la rue, où dois-je le déposer ?", INFO, ""),
    ("kb-objets-trouves", "Portable oublié", "Bonjour, samedi dernier j'ai oublié mon portable sur un banc du parc de la Tête d'Or. Je suis retournée sur place mais il n'y était plus. Y a-t-il un service où ces affaires sont centralisées, combien de temps sont-elles gardées et faut-il venir en personne ? Merci. Cordialement, Mélanie R.", QUAL, ""),
    ("kb-objets-trouves", "lunettes", "perdu mes lunettes vers la mairie", None, "noacc"),
    # ------------------------------------------------------------------ kb-nuisibles
    ("kb-nuisibles", "Rongeurs", "Des rongeurs courent près des containers de notre rue, même en journée.", PROP, ""),
    ("kb-nuisibles", "Nid de frelons", "Il y a un nid de frelons dans un arbre du square, c'est dangereux pour les enfants.", None, ""),
    ("kb-nuisibles", "Pigeons", "Bonjour, une colonie de pigeons s'est installée sur la corniche de l'église en face de chez moi et mon balcon est couvert de fientes. Un voisin leur donne du pain tous les jours. La ville peut-elle intervenir, et est-ce interdit de les nourrir ? Cordialement, Bernadette Lopez", INFO, ""),
    ("kb-nuisibles", "souris", "des souris dans la cave de l'imeuble, qui fait la deratisation", None, "noacc typo"),
    # ------------------------------------------------------------------ kb-logement-social
    ("kb-logement-social", "HLM", "Comment faire une demande d'HLM ? Je vis seule avec deux enfants.", None, ""),
    ("kb-logement-social", "Appartement moins cher", "Je cherche un appartement à loyer modéré, où déposer mon dossier ?", INFO, ""),
    ("kb-logement-social", "Demande en attente", "Bonjour, j'ai déposé un dossier il y a deux ans pour obtenir un logement plus grand car nous sommes cinq dans un T2. Je n'ai jamais eu de proposition. Faut-il renouveler chaque année, et comment connaître l'avancement ? Merci de votre aide. Cordialement, Fatima Ziani", QUAL, ""),
    ("kb-logement-social", "logement", "besoin d'un logement social urgent", None, "noacc"),
    # ------------------------------------------------------------------ kb-ccas-aides
    ("kb-ccas-aides", "Facture d'électricité", "Je n'arrive plus à payer ma facture d'électricité, vers qui me tourner ?", None, ""),
    ("kb-ccas-aides", "Plateaux à domicile", "Mon père de 85 ans ne peut plus cuisiner, peut-on lui faire livrer à manger ?", INFO, ""),
    ("kb-ccas-aides", "Fin de droits", "Bonjour, je suis au chômage depuis six mois et mes indemnités viennent de s'arrêter. J'ai deux enfants et le frigo est presque vide en fin de mois. À qui puis-je m'adresser à la mairie pour un coup de main ponctuel ou de la nourriture ? Merci. Sandrine", INFO, ""),
    ("kb-ccas-aides", "aide", "aide alimentaire ou s'adreser", None, "noacc typo"),
    # ------------------------------------------------------------------ kb-animaux-errants
    ("kb-animaux-errants", "Chat perdu", "Notre chat n'est pas rentré depuis trois jours, comment savoir s'il a été trouvé ?", None, ""),
    ("kb-animaux-errants", "Chien en liberté", "Un chien sans collier erre dans la rue depuis ce matin et fait peur aux enfants.", PROP, ""),
    ("kb-animaux-errants", "Renard percuté", "Bonjour, un renard a été percuté par une voiture et gît sur le bas-côté de la route de Genas depuis hier. Qui vient l'enlever ? Merci. Cordialement, Bruno", QUAL, ""),
    ("kb-animaux-errants", "chat", "des chats sauvages dans la cour, ils se reproduisent", None, "noacc"),
    # ------------------------------------------------------------------ kb-livret-famille
    ("kb-livret-famille", "Livret perdu", "J'ai perdu mon livret de famille lors du déménagement, comment en avoir un autre ?", ETAT, ""),
    ("kb-livret-famille", "Après le divorce", "Suite à notre séparation, puis-je obtenir un second exemplaire du carnet de famille ?", None, ""),
    ("kb-livret-famille", "Mise à jour", "Bonjour, notre troisième enfant est né à Bron en janvier. Le livret qui nous a été remis à notre mariage à Lyon ne mentionne que les deux premiers. Comment faire inscrire le petit dernier et à quelle mairie l'envoyer ? Merci. Cordialement, Audrey Marin", ETAT, ""),
    ("kb-livret-famille", "duplicata", "duplicata livret famille delai", None, "noacc"),
    # ------------------------------------------------------------------ kb-declaration-naissance
    ("kb-declaration-naissance", "Né hier", "Notre fils est né hier, dans quel délai faut-il aller à la mairie ?", ETAT, ""),
    ("kb-declaration-naissance", "Nom de famille", "Peut-on donner le nom des deux parents à notre enfant lors de la déclaration ?", None, "sib"),
    ("kb-declaration-naissance", "Naissance à l'hôpital", "Bonjour, mon épouse a accouché à la Croix-Rousse lundi dernier. La sage-femme nous a dit que la maternité transmettait parfois elle-même les informations. Comment savoir si c'est fait, et sinon que faut-il apporter au service d'état civil ? Merci, Romain Petit", QUAL, ""),
    ("kb-declaration-naissance", "declarer bebe", "declarer bebe papier a apporter", None, "noacc"),
    # ------------------------------------------------------------------ kb-reconnaissance-enfant
    ("kb-reconnaissance-enfant", "Pas mariés", "Nous ne sommes pas mariés et attendons un enfant, que doit faire le futur papa ?", None, ""),
    ("kb-reconnaissance-enfant", "Avant la naissance", "Peut-on reconnaître un bébé pendant la grossesse ?", ETAT, ""),
    ("kb-reconnaissance-enfant", "Paternité", "Bonjour, mon compagnon et moi ne sommes pas mariés et notre fille a deux ans. Il n'a pas fait la démarche au moment de la naissance. Est-ce encore possible, faut-il que je sois présente et quels documents apporter ? Merci. Cordialement, Jessica Bertrand", ETAT, ""),
    ("kb-reconnaissance-enfant", "reconnaissance", "reconnaitre mon fils apres la naissance c possible ?", None, "noacc sms"),
    # ------------------------------------------------------------------ kb-declaration-deces
    ("kb-declaration-deces", "Père parti cette nuit", "Mon père s'est éteint cette nuit chez lui, que faut-il faire à la mairie ?", None, ""),
    ("kb-declaration-deces", "Délai", "Dans quel délai doit-on déclarer un décès ?", ETAT, ""),
    ("kb-declaration-deces", "Décès de ma tante", "Bonjour, ma tante vient de nous quitter à son domicile de la Guillotière. Le médecin a signé le certificat. Je suis un peu perdue : est-ce que c'est moi qui dois me présenter à la mairie, ou l'entreprise funéraire s'en charge ? Merci pour vos indications. Cordialement, Nicole", QUAL, "sib"),
    ("kb-declaration-deces", "deces", "declaration deces qui s'en occupe", None, "noacc"),
    # ------------------------------------------------------------------ kb-changement-prenom
    ("kb-changement-prenom", "Prénom difficile", "Mon prénom est difficile à porter, comment en changer ?", ETAT, ""),
    ("kb-changement-prenom", "Nom de ma mère", "Je voudrais porter le nom de ma mère au lieu de celui de mon père, c'est possible ?", None, ""),
    ("kb-changement-prenom", "Démarche", "Bonjour, depuis l'enfance tout le monde m'appelle par mon deuxième prénom, Léon, et je souhaiterais que cela devienne officiel, que mes papiers l'indiquent en premier. Quelle est la procédure, est-ce payant et faut-il passer devant un juge ? Cordialement, Jean-Léon Barret", ETAT, ""),
    ("kb-changement-prenom", "prenom", "changer de prenom procedure", None, "noacc"),
    # ------------------------------------------------------------------ kb-bapteme-civil
    ("kb-bapteme-civil", "Baptême républicain", "Comment organiser un baptême républicain pour notre fils ?", None, ""),
    ("kb-bapteme-civil", "Parrain et marraine", "Nous voulons désigner un parrain et une marraine pour notre fille sans passer par l'église.", INFO, ""),
    ("kb-bapteme-civil", "Cérémonie", "Bonjour, nous ne sommes pas croyants mais nous aimerions une petite cérémonie à la mairie pour nos jumeaux avec leurs parrains. Est-ce que ça existe, à partir de quel âge, et comment réserver une date ? Merci, Camille et Benoît", QUAL, ""),
    ("kb-bapteme-civil", "bapteme", "bapteme civil en mairie c'est gratuit ?", None, "noacc"),
    # ------------------------------------------------------------------ kb-autorisation-sortie-territoire
    ("kb-autorisation-sortie-territoire", "Voyage scolaire", "Ma fille part en Angleterre avec sa classe, quel formulaire faut-il ?", None, ""),
    ("kb-autorisation-sortie-territoire", "Colonie à l'étranger", "Mon fils de 15 ans part en colonie en Espagne sans nous, que doit-il avoir sur lui ?", INFO, "sib"),
    ("kb-autorisation-sortie-territoire", "Séjour chez les grands-parents", "Bonjour, notre fils de 14 ans va passer un mois chez ses grands-parents au Maroc et voyagera seul avec une hôtesse de la compagnie. Faut-il faire signer un papier en mairie ou est-ce un formulaire à télécharger ? Merci pour votre réponse. Cordialement, Mme Amrani", INFO, ""),
    ("kb-autorisation-sortie-territoire", "AST", "AST pour mineur ou la trouver", None, "noacc"),
    # ------------------------------------------------------------------ kb-attestation-accueil
    ("kb-attestation-accueil", "Venue de ma mère", "Ma mère vit en Algérie et veut venir passer un mois chez moi, que dois-je faire ?", None, ""),
    ("kb-attestation-accueil", "Inviter un ami", "Quel document faut-il pour inviter un ami sénégalais qui demande un visa ?", INFO, ""),
    ("kb-attestation-accueil", "Venue de mon frère", "Bonjour, je souhaite recevoir mon frère et sa femme qui habitent au Cameroun pour le mariage de ma fille cet été. Le consulat leur demande un justificatif signé de la mairie prouvant que je les loge. Comment l'obtenir, combien ça coûte et en combien de temps ? Merci. Cordialement, Paul Nkoulou", QUAL, ""),
    ("kb-attestation-accueil", "attestation", "attestation d'accueil timbre combien", None, "noacc"),
    # ------------------------------------------------------------------ kb-legalisation-signature
    ("kb-legalisation-signature", "Signature", "Je dois faire certifier ma signature pour un document destiné au Maroc.", None, ""),
    ("kb-legalisation-signature", "Authentifier", "Comment faire authentifier ma signature sur une procuration pour l'étranger ?", INFO, ""),
    ("kb-legalisation-signature", "Papier pour la banque", "Bonjour, une banque en Suisse me demande que mon paraphe sur un formulaire soit officiellement reconnu par une autorité. On m'a dit que la mairie pouvait le faire. Dois-je signer devant l'agent et faut-il prendre rendez-vous ? Merci. Cordialement, Alain Schmitt", INFO, ""),
    ("kb-legalisation-signature", "legalisation", "legaliser une signature a la mairie", None, "noacc"),
    # ------------------------------------------------------------------ kb-recensement-population
    ("kb-recensement-population", "Agent recenseur", "Un agent recenseur a déposé une lettre chez moi, est-ce obligatoire de répondre ?", None, ""),
    ("kb-recensement-population", "Visite d'une personne", "Une personne avec un badge officiel s'est présentée pour compter les habitants, comment vérifier que c'est sérieux ?", INFO, ""),
    ("kb-recensement-population", "Codes reçus", "Bonjour, j'ai reçu dans ma boîte des codes pour remplir un formulaire sur mon appartement et les personnes qui y vivent. Je n'ai jamais fait ça, est-ce que c'est bien la commune qui organise, et que se passe-t-il si je ne le fais pas ? Cordialement, Monique Blanc", QUAL, "sib"),
    ("kb-recensement-population", "comptage", "comptage des habitants cette annee c'est quand", None, "noacc"),
    # ------------------------------------------------------------------ kb-bureau-vote
    ("kb-bureau-vote", "Où aller dimanche", "Je ne sais plus dans quelle école je dois me présenter dimanche pour glisser mon bulletin.", None, ""),
    ("kb-bureau-vote", "Carte électorale", "Je n'ai pas reçu ma carte électorale, puis-je voter quand même ?", INFO, "sib"),
    ("kb-bureau-vote", "Dimanche", "Bonjour, j'ai déménagé à l'intérieur du même arrondissement l'an dernier et j'ai fait le changement. Mais je ne sais pas dans quelle école je dois me rendre pour glisser mon bulletin dimanche prochain. Comment le vérifier en ligne ? Merci. Bonne journée, Lucas", INFO, ""),
    ("kb-bureau-vote", "bureau", "c ou mon bureau de vote", None, "sms noacc"),
    # ------------------------------------------------------------------ kb-certificat-urbanisme
    ("kb-certificat-urbanisme", "Terrain à vendre", "Avant d'acheter un terrain, comment savoir s'il est constructible ?", None, "sib"),
    ("kb-certificat-urbanisme", "CU", "Quel est le délai pour obtenir un CU opérationnel ?", URBA, ""),
    ("kb-certificat-urbanisme", "Promesse de vente", "Bonjour, nous sommes sur le point de signer une promesse pour une parcelle à Lyon 9e et le notaire nous conseille de demander un document officiel disant si nous pourrons y faire édifier notre maison. Quel formulaire faut-il remplir et où le déposer ? Merci, Cordialement, Éric et Sarah Lambert", QUAL, ""),
    ("kb-certificat-urbanisme", "certificat", "certificat d'urbanisme c'est payant", None, "noacc"),
    # ------------------------------------------------------------------ kb-piscine-abri
    ("kb-piscine-abri", "Piscine hors-sol", "Faut-il déclarer une piscine hors-sol de 12 m² ?", URBA, ""),
    ("kb-piscine-abri", "Cabane", "Je veux monter une petite cabane de 8 m² au fond du jardin pour les outils, ai-je besoin d'un papier ?", None, "sib"),
    ("kb-piscine-abri", "Clôture", "Bonjour, nous souhaitons remplacer le grillage qui nous sépare de la rue par un muret surmonté d'une palissade. Devons-nous obtenir une autorisation et est-ce que cela entraîne une taxe ? Merci de vos lumières. Cordialement, Denis Fournier", URBA, ""),
    ("kb-piscine-abri", "abri", "abri de jardin 15m2 quelle demarche", None, "noacc"),
    # ------------------------------------------------------------------ kb-composteur
    ("kb-composteur", "Épluchures", "Comment avoir un bac pour faire du compost dans mon jardin ?", None, ""),
    ("kb-composteur", "Appartement", "J'habite en appartement, existe-t-il un bac à vers gratuit pour mes restes de légumes ?", COLL, ""),
    ("kb-composteur", "Bac collectif", "Bonjour, plusieurs habitants de notre résidence aimeraient valoriser leurs restes de cuisine plutôt que de les jeter. Est-ce que la Métropole peut installer un équipement commun dans la cour et nous former ? Merci. Cordialement, le conseil syndical de la résidence Les Tilleuls", SUGG, ""),
    ("kb-composteur", "vers", "bac a vers pour dechets de cuisine, gratuit ?", COLL, "noacc"),
    # ------------------------------------------------------------------ kb-sapins
    ("kb-sapins", "Sapin de Noël", "Où déposer mon sapin après les fêtes ?", None, ""),
    ("kb-sapins", "Après le réveillon", "Je me débarrasse comment de mon épicéa décoré ? Il est encore dans le salon.", COLL, ""),
    ("kb-sapins", "RE: votre réponse", "Bonjour, merci pour votre réponse précédente sur les encombrants. Une autre question : l'an dernier il y avait un enclos place Ambroise Courtois pour les conifères après le jour de l'an. Est-ce reconduit cette année et jusqu'à quelle date ? Peut-on laisser le pied en bois ? Cordialement, Gilles Marchand", COLL, ""),
    ("kb-sapins", "sapin", "ramassage sapin noel jusqu'a quand", None, "noacc"),
    # ------------------------------------------------------------------ kb-stationnement-pmr
    ("kb-stationnement-pmr", "Carte handicapé", "Comment obtenir la carte de stationnement pour personne handicapée ?", None, ""),
    ("kb-stationnement-pmr", "Place réservée occupée", "Une voiture sans macaron est garée sur la place handicapé devant la pharmacie.", STAT, "sib"),
    ("kb-stationnement-pmr", "Maman à mobilité réduite", "Bonjour, ma maman se déplace en déambulateur depuis son AVC et nous avons du mal à la garer près de chez le médecin. Peut-elle se garer gratuitement sur les emplacements payants, et comment faire la demande de carte ? Merci, Cordialement, Stéphanie Roux", QUAL, ""),
    ("kb-stationnement-pmr", "place pmr", "demander une place pmr devant chez moi", None, "noacc"),
    # ------------------------------------------------------------------ kb-fps-contestation
    ("kb-fps-contestation", "Avis de paiement", "J'ai reçu un forfait post-stationnement alors que j'avais payé, comment contester ?", RECL, ""),
    ("kb-fps-contestation", "Amende de parking", "J'ai une contravention de 35 € parce que je n'avais pas mis de ticket, dans quel délai dois-je la régler ?", None, ""),
    ("kb-fps-contestation", "Recours", "Bonjour, j'ai reçu un avis de 60 € pour ma voiture garée rue Duguesclin alors que j'avais pris un ticket sur l'application, j'ai la preuve. Comment faire un recours, à qui écrire et est-ce que je dois payer avant ? Merci. Cordialement, Kevin Martin", INFO, ""),
    ("kb-fps-contestation", "fps", "contester fps en ligne", None, "noacc"),
    # ------------------------------------------------------------------ kb-derogation-scolaire
    ("kb-derogation-scolaire", "Changer d'école", "Je voudrais mettre mon fils dans l'école près de mon travail plutôt que celle de notre secteur.", None, ""),
    ("kb-derogation-scolaire", "Hors secteur", "Comment faire une demande pour que mes enfants restent dans leur ancienne école après notre déménagement ?", INFO, "sib"),
    ("kb-derogation-scolaire", "Demande", "Bonjour, notre fille entre en CP et l'école attribuée est à l'opposé de celle de son grand frère, ce qui nous oblige à faire deux trajets. Peut-on obtenir qu'elle soit scolarisée avec lui, quand la commission se réunit-elle et quels justificatifs joindre ? Merci. Cordialement, M. et Mme Henry", QUAL, ""),
    ("kb-derogation-scolaire", "derogation", "derogation ecole dlai de reponse", None, "noacc typo"),
    # ------------------------------------------------------------------ kb-creche
    ("kb-creche", "Place en crèche", "Je suis enceinte de 6 mois, quand faire la demande de place en crèche ?", None, ""),
    ("kb-creche", "Nounou", "Comment trouver une nounou agréée dans mon quartier ?", INFO, ""),
    ("kb-creche", "Mode de garde", "Bonjour, je reprends le travail en septembre après mon congé et notre bébé aura 4 mois. Nous n'avons aucune solution pour le faire garder. À qui s'adresser pour connaître les structures d'accueil collectif et les possibilités près de la place Jean Macé ? Merci, Julie", INFO, ""),
    ("kb-creche", "creche", "inscription crehce municipale", None, "noacc typo"),
    # ------------------------------------------------------------------ kb-cimetiere-concession
    ("kb-cimetiere-concession", "Tombe", "Comment acheter un emplacement au cimetière pour mes parents ?", None, ""),
    ("kb-cimetiere-concession", "Échéance", "Les 30 ans payés pour la sépulture de ma grand-mère arrivent à échéance, comment prolonger ?", INFO, ""),
    ("kb-cimetiere-concession", "Courrier reçu", "Bonjour, nous avons reçu un courrier indiquant que la sépulture de la famille à Loyasse risquait d'être repris car la durée est dépassée. Nous voudrions absolument le garder. Quelles sont les durées possibles et les tarifs ? Merci pour votre réponse. Cordialement, Henri Dubois", QUAL, ""),
    ("kb-cimetiere-concession", "columbarium", "prix case columbarium 15 ans", None, "noacc"),
    # ------------------------------------------------------------------ kb-cimetiere-horaires
    ("kb-cimetiere-horaires", "Horaires Toussaint", "Le cimetière est-il ouvert plus tard pour la Toussaint ?", None, ""),
    ("kb-cimetiere-horaires", "Fleurs fanées", "Qui enlève les pots de fleurs fanées dans les allées du cimetière ?", INFO, ""),
    ("kb-cimetiere-horaires", "Visite", "Bonjour, je viens de Paris pour me recueillir sur la tombe de mon père au cimetière de la Guillotière samedi. À quelle heure ferme-t-il, et puis-je entrer en voiture car je marche difficilement ? Merci. Cordialement, Odile Lemoine", INFO, ""),
    ("kb-cimetiere-horaires", "cimetiere", "cimetiere ouvert le dimance ?", None, "noacc typo"),
    # ------------------------------------------------------------------ kb-pret-materiel
    ("kb-pret-materiel", "Fête des voisins", "Pour la fête des voisins, peut-on emprunter des tables et des bancs à la ville ?", None, ""),
    ("kb-pret-materiel", "Abris pour tournoi", "Notre club de foot voudrait deux abris de réception pour son tournoi, comment les réserver ?", INFO, ""),
    ("kb-pret-materiel", "Kermesse", "Bonjour, l'association des parents d'élèves organise la kermesse de l'école en juin. Il nous faudrait une vingtaine de sièges pliants, six plateaux avec tréteaux et des haut-parleurs. Est-ce que la commune peut nous dépanner, et faut-il venir les chercher ? Merci. Cordialement, Élise, trésorière", QUAL, ""),
    ("kb-pret-materiel", "chaises", "emprunter chaises et tables pr une fete de rue", None, "sms noacc"),
    # ------------------------------------------------------------------ kb-chien-dangereux
    ("kb-chien-dangereux", "Staff", "Je viens d'adopter un american staff, dois-je faire une démarche en mairie ?", None, ""),
    ("kb-chien-dangereux", "Permis", "Comment obtenir le permis de détention pour un chien de 2e catégorie ?", INFO, ""),
    ("kb-chien-dangereux", "Voisin et son chien", "Bonjour, mon voisin promène chaque jour un gros chien de type pitbull sans laisse ni muselière dans la résidence, les enfants ont peur. Est-il en règle et qui peut contrôler ? Merci. Cordialement, Martine Gauthier", RECL, ""),
    ("kb-chien-dangereux", "staff", "mon staff doit avoir un panier sur la gueule dehors ?", INFO, "noacc"),
    # ------------------------------------------------------------------ kb-bruit-chantier
    ("kb-bruit-chantier", "Marteau-piqueur", "Un marteau-piqueur démarre à 6 h 30 sur le chantier en face, c'est autorisé ?", BRUIT, ""),
    ("kb-bruit-chantier", "Travaux le dimanche", "Une entreprise fait des travaux dans la rue un dimanche, est-ce permis ?", None, "sib"),
    ("kb-bruit-chantier", "Immeuble en construction", "Bonjour, depuis le début de la construction de la résidence à côté, les engins arrivent avant 7 heures et les bétonnières tournent parfois jusqu'à 21 heures. Mes enfants ne dorment plus. Quels sont les horaires autorisés et à qui signaler les dépassements ? Cordialement, Florence Michel", QUAL, ""),
    ("kb-bruit-chantier", "chantier", "horaires autorises pour les travaux bruyants", None, "noacc"),
    # ------------------------------------------------------------------ kb-terrasse
    ("kb-terrasse", "Ouvrir une terrasse", "J'ouvre un café, comment obtenir l'autorisation de mettre des tables dehors ?", None, ""),
    ("kb-terrasse", "Ardoise", "Ai-je le droit de poser une ardoise avec le menu devant ma boutique ?", INFO, ""),
    (["kb-terrasse", "kb-trottoir"], "Restaurant voisin", "Bonjour, le restaurant en bas de chez moi a étendu ses tables sur tout le trottoir, les piétons doivent marcher sur la chaussée. A-t-il une autorisation pour occuper autant de place ? Merci. Cordialement, Jean Mercier", RECL, ""),
    ("kb-terrasse", "etalage", "redevance pour etalage de fruits devant magasin", INFO, "noacc"),
    # ------------------------------------------------------------------ kb-marche
    ("kb-marche", "Jours de marché", "Quels jours y a-t-il le marché quai Saint-Antoine ?", None, ""),
    ("kb-marche", "Vendre au marché", "Je suis maraîcher, comment obtenir un emplacement sur un marché de la ville ?", INFO, ""),
    ("kb-marche", "Fromages de chèvre", "Bonjour, je fabrique des fromages de chèvre dans les monts du Lyonnais et je voudrais vendre le samedi matin en ville. À qui dois-je m'adresser pour avoir un stand, y a-t-il une liste d'attente, et combien coûte le mètre linéaire ? Merci. Cordialement, Lise Chanel", QUAL, ""),
    ("kb-marche", "marche", "marche le dimanche a la croix rousse ?", None, "noacc"),
    # ------------------------------------------------------------------ kb-carte-grise-permis
    ("kb-carte-grise-permis", "Carte grise", "J'ai acheté une voiture d'occasion, comment faire la carte grise ?", None, ""),
    ("kb-carte-grise-permis", "Changement d'adresse", "Je dois changer l'adresse sur les papiers de ma voiture, la mairie le fait ?", INFO, ""),
    ("kb-carte-grise-permis", "Aide numérique", "Bonjour, je n'ai pas d'ordinateur et mon petit-fils habite loin. Je dois renouveler mon permis de conduire qui est abîmé. Y a-t-il un endroit à la mairie où quelqu'un peut m'aider à faire la démarche sur internet ? Merci. Cordialement, Raymond Chevallier", INFO, ""),
    ("kb-carte-grise-permis", "vente voiture", "j'ai vendu ma voiture, je dois le declarer ou ?", None, "noacc"),
    # ------------------------------------------------------------------ kb-reclamation
    ("kb-reclamation", "Mécontent", "Je ne suis pas satisfait de la réponse de vos services, comment faire une réclamation ?", RECL, ""),
    ("kb-reclamation", "Idée", "J'ai une idée pour améliorer le quartier, à qui l'envoyer ?", SUGG, ""),
    ("kb-reclamation", "Accueil", "Bonjour, je suis venu trois fois au guichet pour le même dossier et on m'a donné trois réponses différentes, avec un accueil franchement désagréable la dernière fois. Je voudrais que ce soit remonté à un responsable. Y a-t-il une personne indépendante à qui m'adresser ? Cordialement, Philippe Garnier", None, "sib"),
    ("kb-reclamation", "plainte", "deposer une plainte contre un service de la mairie", RECL, "noacc"),
    # ------------------------------------------------------------------ kb-associations-subvention
    ("kb-associations-subvention", "Subvention", "Notre association sportive peut-elle demander une aide financière à la ville ?", None, ""),
    ("kb-associations-subvention", "Siège social", "Peut-on domicilier le siège de notre association à la maison des associations ?", INFO, ""),
    ("kb-associations-subvention", "Nouvelle association", "Bonjour, nous venons de créer une association loi 1901 de soutien scolaire. Nous aimerions savoir si la commune peut nous aider à financer des fournitures, quel est le calendrier des dossiers et quels documents fournir. Cordialement, Nadia, présidente", INFO, ""),
    ("kb-associations-subvention", "subvention", "dossier subvention asso date limite", None, "noacc sms"),
    # ------------------------------------------------------------------ kb-buvette
    ("kb-buvette", "Tournoi de pétanque", "Pour notre tournoi de pétanque, peut-on vendre de la bière ?", None, ""),
    ("kb-buvette", "Kermesse", "L'école organise une kermesse, faut-il une autorisation pour la buvette ?", INFO, ""),
    ("kb-buvette", "Fête de quartier", "Bonjour, le comité des fêtes organise un bal le 14 juillet sur la place et souhaite tenir un stand pour servir à boire, y compris du vin et de la bière. Quelle demande faut-il faire, combien de temps avant, et y a-t-il une limite au nombre de fois par an ? Merci. Cordialement, Roger, comité des fêtes", QUAL, ""),
    ("kb-buvette", "licence", "licence temporaire pour vendre des boissons", None, "noacc"),
    # ------------------------------------------------------------------ kb-tranquillite-vacances
    ("kb-tranquillite-vacances", "Départ en vacances", "Nous partons trois semaines en août, la police peut-elle surveiller la maison ?", None, ""),
    ("kb-tranquillite-vacances", "Cambriolages", "Il y a eu des cambriolages dans la rue, existe-t-il un dispositif de surveillance pendant notre absence ?", INFO, ""),
    ("kb-tranquillite-vacances", "Absence longue", "Bonjour, je dois être hospitalisée un mois à partir du 10 mars et mon appartement restera vide. Une amie m'a parlé d'une inscription auprès de la police municipale pour des passages réguliers. Comment s'inscrire et combien de temps avant ? Merci beaucoup. Cordialement, Germaine Favre", INFO, ""),
    ("kb-tranquillite-vacances", "tranquillite", "operation tranquillite vacances inscription", None, "noacc"),
    # ------------------------------------------------------------------ kb-arbre-prive
    ("kb-arbre-prive", "Haie du voisin", "Les branches de la haie de mon voisin dépassent dans mon jardin, que faire ?", None, ""),
    ("kb-arbre-prive", "Arbre qui fait de l'ombre", "Le grand cèdre du voisin fait de l'ombre sur tout mon potager, puis-je l'obliger à le couper ?", VERT, "sib"),
    ("kb-arbre-prive", "Litige", "Bonjour, le noyer de mes voisins, planté à moins d'un mètre de notre clôture, laisse tomber ses feuilles et ses fruits dans notre piscine. Nous leur avons demandé de le tailler mais ils refusent. La mairie peut-elle intervenir ou à qui s'adresser ? Cordialement, Xavier Collet", QUAL, ""),
    ("kb-arbre-prive", "arbre voisin", "arbre du voisin trop pres de chez moi", None, "noacc"),
]
