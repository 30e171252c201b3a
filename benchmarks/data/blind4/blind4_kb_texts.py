"""Hand-written citizen questions for the blind4 knowledge set (new for this split).

Rows: (expected article name or [two names], subject, description, request type or None, hand tags).
Hand tags: sib (a more general or neighbouring article looks closer than the expected one), sms (chat / SMS
abbreviations), noacc (accents missing as typed), typo (typos as typed). The noise is typed, not generated.
"""

COL, DEP, PRO, EV, NID, ECL, SIG, STA, NUI = (
    "Collecte des déchets", "Dépôt sauvage", "Propreté de la voie publique", "Espaces verts et élagage",
    "Nid-de-poule ou chaussée dégradée", "Éclairage public en panne", "Signalisation endommagée", "Stationnement gênant",
    "Nuisances sonores",
)
REC, INF, DAQ, EC, URB, SUG, MERCI = (
    "Réclamation", "Demande d'information", "Demande à qualifier", "Demande d'acte d'état civil", "Demande d'urbanisme",
    "Suggestion", "Remerciements",
)

QUESTIONS = [
    # ---------------------------------------------------------------- kb-collecte-ordures-menageres
    ('kb-collecte-ordures-menageres', 'Éboueurs', 'Quel matin passent les éboueurs rue Hénon ?', COL, ''),
    ('kb-collecte-ordures-menageres', 'Sacs noirs', 'A quelle heure sont enlevés les sacs noirs dans mon quartier, je sors le soir ou le matin ?', INF, 'noacc'),
    ('kb-collecte-ordures-menageres', 'Bac pas vidé', 'bjr le camion est pas passé cette semaine pour la poubelle grise, c normal ?', COL, 'sms'),
    ('kb-collecte-ordures-menageres', 'Appel usager', "Appel d'un nouvel habitant qui veut savoir quels matins passent les éboueurs dans sa résidence, il vient d'emménager et ne sait pas quand sortir ses sacs.", None, ''),
    # ---------------------------------------------------------------- kb-tri-selectif
    ('kb-tri-selectif', 'Pots de yaourt', 'Les pots de yaourt et les barquettes en polystyrène, je les mets où ?', COL, ''),
    ('kb-tri-selectif', 'Couvercle jaune', 'Est ce que je dois mettre mes emballages dans un sac avant de les jeter dans le bac jaune ?', COL, 'noacc'),
    ('kb-tri-selectif', 'Bouteilles', 'ou deposer les bouteilles vides ? y a pas de conteneur pres de chez moi', None, 'noacc'),
    ('kb-tri-selectif', 'Autocollant sur ma poubelle', "Bonjour, ce matin ma poubelle de recyclage n'a pas été vidée et il y a un autocollant rouge dessus disant qu'elle contient des choses interdites. Je ne comprends pas ce que j'ai mal fait, pouvez-vous me rappeler les règles ?", REC, 'sib'),
    # ---------------------------------------------------------------- kb-bac-casse-remplacement
    ('kb-bac-casse-remplacement', 'Roue cassée', "La roue de notre conteneur gris s'est arrachée, comment en avoir un neuf ?", COL, ''),
    ('kb-bac-casse-remplacement', 'Disparu cette nuit', 'on nous a piqué le truc à roulettes pour les ordures cette nuit, vous en fournissez un autre ?', COL, 'noacc'),
    ('kb-bac-casse-remplacement', "Famille qui s'agrandit", "Bonjour, nous étions deux et nous sommes maintenant cinq avec l'arrivée des jumeaux et de ma belle-mère. Notre contenant à ordures déborde chaque semaine. Est-il possible d'obtenir un modèle de plus grande capacité ? Merci, famille Ndiaye", None, ''),
    ('kb-bac-casse-remplacement', 'Appel', 'Usager : couvercle du bac fendu en deux après le passage du camion, demande échange.', DAQ, ''),
    # ---------------------------------------------------------------- kb-encombrants
    ('kb-encombrants', 'Vieux canapé', "Comment me débarrasser de mon vieux canapé ? Je n'ai pas de voiture.", COL, ''),
    ('kb-encombrants', 'Rdv ramassage', "slt je peux prendre rdv pr qu'on vienne chercher une armoire et un lit ?", COL, 'sms'),
    ('kb-encombrants', 'Lave-linge HS', "Mon lave-linge est mort, est-ce que la ville passe récupérer les appareils hors d'usage devant chez les gens ?", None, ''),
    ('kb-encombrants', 'Déménagement', "Bonjour, je déménage à la fin du mois et je voudrais me débarrasser d'une table, de quatre chaises, d'un sommier et d'une vieille gazinière. Combien d'objets puis-je déposer et faut-il les sortir la veille ? Merci d'avance, Mathilde", INF, ''),
    # ---------------------------------------------------------------- kb-decheterie
    ('kb-decheterie', 'Ouvert le dimanche ?', 'Le site où on amène soi-même les déblais et les vieux meubles est-il ouvert le dimanche après-midi ?', COL, ''),
    ('kb-decheterie', 'Solvants', "J'ai des vieux bidons de white spirit et de diluant, où les apporter ?", None, ''),
    ('kb-decheterie', 'Gravats de salle de bain', 'Je refais ma salle de bain moi-même, où puis-je jeter les sacs de carrelage cassé et de plâtre ?', COL, 'sib'),
    ('kb-decheterie', 'Badge', 'Appel : usager a perdu sa carte pour entrer à la décharge municipale, veut savoir comment en refaire une.', INF, ''),
    # ---------------------------------------------------------------- kb-dechets-verts
    ('kb-dechets-verts', 'Feu de feuilles', 'Mon voisin fait brûler ses feuilles mortes tous les samedis, la fumée rentre chez nous. Il a le droit ?', NUI, 'sib'),
    ('kb-dechets-verts', 'Herbe coupée', 'ou mettre l herbe coupée de la pelouse ??', INF, 'noacc'),
    ('kb-dechets-verts', 'Sacs de jardin', 'Quel jour sont ramassés les sacs de taille de haie et de gazon ?', COL, ''),
    ('kb-dechets-verts', 'Branches du jardin', "Bonjour, j'ai élagué mes arbres fruitiers et j'ai un gros tas de bois et de ramures au fond du jardin. Est-ce que je peux le faire flamber ou bien y a-t-il un ramassage ? Je n'ai pas de remorque pour aller à la déchèterie. Cordialement", None, ''),
    # ---------------------------------------------------------------- kb-depot-sauvage
    ('kb-depot-sauvage', 'Roues jetées', "Quelqu'un a balancé une dizaine de vieilles roues de voiture au bout du chemin, à qui le dire ?", DEP, ''),
    ('kb-depot-sauvage', "Tas d'ordures", 'Il y a des sacs poubelles abandonnés au pied des conteneurs depuis une semaine, que fait la ville ?', PRO, ''),
    ('kb-depot-sauvage', 'Décharge improvisée', "Un terrain vague derrière l'école sert de décharge : matelas, sacs, bidons. Comment le signaler pour que ce soit nettoyé ?", DEP, ''),
    ('kb-depot-sauvage', 'Camionnette qui vide', 'Appel de M. Da Silva : a vu une camionnette vider des déchets de chantier la nuit sur un parking, a relevé la plaque, veut savoir à qui transmettre.', None, ''),
    # ---------------------------------------------------------------- kb-horaires-mairie
    ('kb-horaires-mairie', 'Ouverture', 'Mairie ouverte le jeudi soir ?', INF, ''),
    ('kb-horaires-mairie', 'Passer le week-end', 'Est-ce que je peux venir en fin de semaine pour un papier ?', INF, ''),
    ('kb-horaires-mairie', 'Horaires', 'c quoi les horraires de l hotel de ville svp', None, 'sms noacc typo'),
    ('kb-horaires-mairie', 'Pause midi', "Bonjour, je travaille en décalé et je ne peux passer qu'entre 12 h et 14 h. Vos guichets restent-ils accessibles pendant le déjeuner ou faut-il que je prenne une demi-journée ? Merci, Sébastien", None, ''),
    # ---------------------------------------------------------------- kb-cni-rendez-vous
    ('kb-cni-rendez-vous', 'Carte périmée', "Ma carte d'identité expire le mois prochain, comment la refaire ?", INF, ''),
    ('kb-cni-rendez-vous', 'Créneau', "Impossible d'avoir un créneau pour mes papiers avant trois mois, il n'y a pas plus rapide ?", REC, ''),
    ('kb-cni-rendez-vous', 'CNI', 'cni a renouveller, faut prendre rdv ou on peut venir direct ?', INF, 'sms noacc typo'),
    ('kb-cni-rendez-vous', 'Pièce pour ma fille', "Bonjour, ma fille de 12 ans va partir en classe verte et n'a jamais eu de document officiel pour prouver qui elle est. Que faut-il apporter et doit-elle être présente le jour du dépôt ? Merci pour votre réponse.", None, ''),
    # ---------------------------------------------------------------- kb-passeport
    ('kb-passeport', 'Voyage aux USA', 'Je pars aux États-Unis en juillet, combien de temps pour obtenir un passeport ?', INF, ''),
    ('kb-passeport', 'Prix', 'Quel est le tarrif du timbre pour un pasport enfant ?', INF, 'typo'),
    ('kb-passeport', 'Pour le Canada', 'Il me faut le carnet bordeaux avec les tampons de douane pour aller au Canada, on le fait où ?', None, ''),
    ('kb-passeport', 'Appel', "Appel de Mme Haddad : voyage au Maroc dans 5 semaines, passeport expiré depuis 2019, demande les délais et si elle peut garder l'ancien.", None, ''),
    # ---------------------------------------------------------------- kb-titre-perte-vol
    ('kb-titre-perte-vol', 'Arraché dans le métro', "On m'a arraché mon sac dans le métro avec ma CNI dedans, je fais quoi ?", INF, ''),
    ('kb-titre-perte-vol', 'Papiers égarés', "J'ai égaré mon portefeuille avec tous mes papiers, comment refaire ma carte ?", INF, 'sib'),
    ('kb-titre-perte-vol', 'Plus de passeport', 'Bonjour, impossible de remettre la main sur mon passeport depuis notre déménagement. Je pars en vacances dans deux mois. Dois-je faire une déclaration quelque part avant de demander un nouveau ? Merci.', None, ''),
    ('kb-titre-perte-vol', 'Cni egaree', 'g egare ma cni dans le tram, je fais comment', None, 'sms noacc'),
    # ---------------------------------------------------------------- kb-acte-naissance
    ('kb-acte-naissance', 'Extrait de naissance', 'Comment obtenir un extrait de naissance ? Je suis né à Lyon.', EC, ''),
    ('kb-acte-naissance', 'Papier pour le notaire', 'Le notaire me demande une copie complète de mon acte avec le nom de mes parents, où la demander ?', INF, ''),
    ('kb-acte-naissance', 'Pour ma retraite', "Pour mon dossier de retraite la caisse me réclame le papier officiel qui prouve où et quand je suis venu au monde, je m'adresse à qui ?", None, ''),
    ('kb-acte-naissance', 'Demande par courrier', "Madame, Monsieur, je réside actuellement à Toulouse et j'ai besoin d'une copie intégrale de mon acte, étant né dans le 4e arrondissement en 1987. Puis-je faire la demande par voie postale et faut-il joindre une enveloppe affranchie ? Respectueusement, Olivier Marchal", DAQ, ''),
    # ---------------------------------------------------------------- kb-actes-mariage-deces
    ('kb-actes-mariage-deces', 'Succession', "Le notaire a besoin de l'acte de décès de mon père, décédé à l'hôpital Édouard Herriot. Comment l'obtenir ?", EC, ''),
    ('kb-actes-mariage-deces', 'Copie acte de mariage', 'Je me suis marié ici en 2004, je voudrais une copie de notre acte pour un dossier de divorce.', EC, 'sib'),
    ('kb-actes-mariage-deces', "Papier après l'enterrement", "La banque de ma mère réclame une preuve officielle qu'elle nous a quittés. Où est-ce qu'on obtient ça ?", None, ''),
    ('kb-actes-mariage-deces', 'Appel', "Appel : fils d'un défunt (décès à domicile, 7e) demande 3 copies de l'acte pour la caisse de retraite et l'assurance.", INF, ''),
    # ---------------------------------------------------------------- kb-mariage
    ('kb-mariage', 'Se marier', 'Nous voulons nous marier en juin prochain, quand faut-il déposser le dossier ?', INF, 'typo'),
    ('kb-mariage', 'Combien de signataires', 'Combien de personnes doivent signer le registre avec nous le jour J ?', INF, ''),
    ('kb-mariage', 'Dire oui', "Mon compagnon et moi aimerions nous dire oui devant le maire. Nous n'habitons pas la commune mais mes parents oui, est-ce possible ?", None, ''),
    ('kb-mariage', 'Bans', "Bonjour, nous devons nous unir le 14 septembre et nous aimerions savoir combien de temps à l'avance la publication doit être affichée, et si nous devons être présents tous les deux pour remettre les papiers. Bien cordialement, Inès et Bastien", None, ''),
    # ---------------------------------------------------------------- kb-pacs
    ('kb-pacs', 'Pacs', 'Comment se pacser à la mairie ?', INF, ''),
    ('kb-pacs', 'En couple', "On vit ensemble depuis 3 ans et on voudrait signer un contrat à deux sans se marier, qu'est-ce qu'il faut faire ?", INF, 'sib'),
    ('kb-pacs', 'Rdv', 'rdv pr pacs c combien de temps d attente ?', None, 'sms noacc'),
    ('kb-pacs', 'Formulaires', 'Bonjour, avec ma compagne nous souhaitons faire enregistrer notre union par une convention en mairie plutôt que chez un notaire. Quels documents faut-il préparer et faut-il un rendez-vous ? Merci, Youssef', EC, ''),
    # ---------------------------------------------------------------- kb-listes-electorales
    ('kb-listes-electorales', 'Nouvel arrivant', "Je viens d'emménager, comment m'inscrire pour voter ici ?", INF, ''),
    ('kb-listes-electorales', 'Date limite', "Jusqu'à quand peut-on s'inscrire pour les prochaines élections ?", INF, ''),
    ('kb-listes-electorales', '18 ans', 'Mon fils a eu 18 ans en mars, est-il automatiquement électeur ou doit-il faire une démarche ?', None, ''),
    ('kb-listes-electorales', 'Changement d adresse', 'bonjour j ai change d appartement dans la meme ville, est ce que je dois refaire quelque chose pour glisser mon bulletin dans l urne du nouveau quartier ?', None, 'noacc'),
    # ---------------------------------------------------------------- kb-procuration
    ('kb-procuration', 'Absent le jour J', "Je serai en déplacement le jour du scrutin, comment faire voter quelqu'un à ma place ?", INF, ''),
    ('kb-procuration', 'Procuration', 'ou faire valider ma procuration ? commissariat ou mairie ?', INF, 'noacc'),
    ('kb-procuration', 'Ma fille vote ailleurs', 'Ma fille vote dans une autre ville, peut-elle quand même glisser mon bulletin pour moi ?', None, ''),
    ('kb-procuration', 'Hospitalisé', "Bonjour, mon mari est hospitalisé pour plusieurs semaines et ne pourra pas se déplacer dimanche. Il souhaite que je m'exprime en son nom au bureau. Comment procéder alors qu'il ne peut pas se déplacer au commissariat ? Merci de votre aide, Mme Lefort", None, ''),
    # ---------------------------------------------------------------- kb-recensement-citoyen
    ('kb-recensement-citoyen', 'Attestation', 'Mon fils a 16 ans, où se faire recenser ?', INF, ''),
    ('kb-recensement-citoyen', 'Papier pour le code', "L'auto-école demande à ma fille un certificat de la mairie pour l'examen du code, c'est quoi ?", INF, 'sib'),
    ('kb-recensement-citoyen', 'Oubli', 'j ai 17 ans et j ai jamais fait le truc de la journee defense, c grave ?', None, 'sms noacc'),
    ('kb-recensement-citoyen', 'Appel', "Appel d'une mère : son fils vient d'avoir seize ans, elle demande quels papiers apporter pour la démarche militaire obligatoire.", None, ''),
    # ---------------------------------------------------------------- kb-stationnement-residentiel
    ('kb-stationnement-residentiel', 'Tarif résident', 'Comment obtenir le tarif résident pour me garer dans ma rue ?', INF, ''),
    ('kb-stationnement-residentiel', 'Vignette', 'Ma voiture est une voiture de fonction, ai-je droit au macaron ?', INF, ''),
    ('kb-stationnement-residentiel', 'Payer moins cher', "Je paie 3 euros par jour pour laisser ma voiture devant chez moi, il n'existe pas une formule pour les habitants du quartier ?", REC, ''),
    ('kb-stationnement-residentiel', 'Abonnement', "Bonjour, je viens d'emménager dans le 6e arrondissement et je cherche à savoir comment souscrire à l'abonnement habitant pour le stationnement sur voirie, quels justificatifs fournir et combien cela coûte par mois. Merci, Guillaume", None, ''),
    # ---------------------------------------------------------------- kb-stationnement-genant
    ('kb-stationnement-genant', 'Voiture qui ne bouge plus', 'Une voiture est garée devant chez moi depuis trois semaines sans bouger, qui appeler ?', STA, ''),
    ('kb-stationnement-genant', 'Portail', "Chaque matin quelqu'un se met devant mon portail et je suis coincé chez moi avec ma Clio.", STA, ''),
    ('kb-stationnement-genant', 'Epave', 'carcasse de voiture brulee sur le parking depuis un mois, qui l enleve ?', DEP, 'noacc sib'),
    ('kb-stationnement-genant', 'Camion sur le trottoir', 'Un camion de livraison stationne tous les jours à cheval sur le passage pour piétons et les bateaux, je dois descendre sur la chaussée avec mon fauteuil. Qui peut verbaliser ?', None, 'sib'),
    # ---------------------------------------------------------------- kb-fourriere
    ('kb-fourriere', 'Plus là', "Ma Twingo n'est plus là où je l'avais laissée hier, comment savoir si c'est la police qui l'a emmenée ?", STA, ''),
    ('kb-fourriere', 'Récupérer', "Qu'est-ce qu'il faut apporter pour reprendre son véhicule à la fourrière ?", STA, ''),
    ('kb-fourriere', 'Dépanneuse', 'la depaneuse a embarqué mon scooter, c combien pour le recup ?', None, 'sms typo'),
    ('kb-fourriere', 'Enlevée pendant le marché', "Bonjour, ma voiture a été enlevée mercredi matin alors que je ne savais pas qu'il y avait le marché. J'ai besoin de la récupérer vite pour aller travailler. Où dois-je aller et à quels horaires ? Merci, Kevin", INF, ''),
    # ---------------------------------------------------------------- kb-permis-construire
    ('kb-permis-construire', 'Extension maison', 'Je veux agrandir ma maison de 45 m², quel dossier déposer ?', URB, ''),
    ('kb-permis-construire', 'Garage', 'Faut-il une autorisation pour bâtir un garage de 30 m² accolé à la maison ?', URB, ''),
    ('kb-permis-construire', 'Délai', 'Combien de temps la ville met pour répondre à une demande de PC ?', None, ''),
    ('kb-permis-construire', 'Projet de maison', "Bonjour, nous venons d'acheter un terrain et souhaitons faire bâtir une maison individuelle d'environ 110 m². Devons-nous obligatoirement passer par un architecte et où déposer les plans ? Merci d'avance, M. et Mme Roussel", DAQ, ''),
    # ---------------------------------------------------------------- kb-declaration-prealable
    ('kb-declaration-prealable', 'Changer les fenêtres', 'Je veux remplacer mes fenêtres en bois par du PVC, faut-il déclarer quelque chose ?', URB, ''),
    ('kb-declaration-prealable', 'Panneaux solaires', 'Pose de panneaux photovoltaïques sur le toit : il faut une autorisation ?', URB, ''),
    ('kb-declaration-prealable', 'Façade', 'Je voudrais repeindre ma façade en jaune et refaire le crépi, quelle démarche ?', None, ''),
    ('kb-declaration-prealable', 'Volets', 'bonjour on voudrait changer la couleur des volets et mettre des persiennes, y a un papier a remplir a la mairie ou pas ?', None, 'noacc'),
    # ---------------------------------------------------------------- kb-plu
    ('kb-plu', 'Zonage', 'Comment savoir dans quelle zone du PLU se trouve ma parcelle ?', URB, ''),
    ('kb-plu', 'Hauteur maximum', "Jusqu'à combien d'étages peut-on monter un immeuble dans mon secteur ?", INF, ''),
    ('kb-plu', 'Règles du quartier', "Où consulter les règles de construction qui s'appliquent à mon quartier, en ligne si possible ?", INF, ''),
    ('kb-plu', 'Plan des parcelles', "Appel : usager cherche le plan cadastral de sa rue pour connaître les limites de son terrain et ce qu'il a le droit d'y faire.", None, 'sib'),
    # ---------------------------------------------------------------- kb-nuisances-sonores
    ('kb-nuisances-sonores', 'Voisin bruyant', 'Mon voisin met de la musique très fort tous les soirs, que faire ?', NUI, ''),
    ('kb-nuisances-sonores', 'Chien', "Le chien d'à côté aboie toute la journé quand ses maitres sont au travial.", NUI, 'typo'),
    ('kb-nuisances-sonores', 'Perceuse le dimanche', 'Le locataire du dessus perce et martèle le dimanche matin, il a le droit ?', None, 'sib'),
    ('kb-nuisances-sonores', 'Fêtes', "Bonjour, les locataires de l'appartement d'en face organisent des soirées presque chaque week-end jusqu'à 4 h du matin. J'ai tenté de leur parler, sans succès, et le syndic ne fait rien. Quels sont mes recours, et la police municipale peut-elle se déplacer la nuit ? Cordialement, Agnès", REC, ''),
    # ---------------------------------------------------------------- kb-eclairage-public
    ('kb-eclairage-public', 'Eteinte', "La lampe en haut du mât devant chez moi ne s'allume plus depuis une semaine.", ECL, ''),
    ('kb-eclairage-public', 'Rue noire', "Pourquoi ma rue est-elle plongée dans l'obscurité après 1 h du matin ?", ECL, ''),
    ('kb-eclairage-public', 'Lumiere allumee le jour', 'reverbere allume en plein jour', None, 'noacc'),
    ('kb-eclairage-public', 'Numéro du poteau', 'Appel : riverain demande comment signaler une lampe de rue qui clignote et où trouver le numéro à donner.', INF, ''),
    # ---------------------------------------------------------------- kb-nid-de-poule
    ('kb-nid-de-poule', 'Pneu crevé', 'Il y a une grosse crevasse sur la voie qui a crevé mon pneu.', NID, ''),
    ('kb-nid-de-poule', 'Bitume', "La chaussée s'est affaissée après les pluies, à qui le signaler ?", NID, ''),
    ('kb-nid-de-poule', 'Cratère', 'un cratere en plein milieu de la voie, les voitures font des ecarts, vous attendez un accident ?', REC, 'noacc'),
    ('kb-nid-de-poule', 'Fissures', "Bonjour, dans notre impasse le revêtement se fend de partout et forme des creux où l'eau s'accumule, les voitures y laissent leurs amortisseurs. Est-il prévu de la refaire et comment signaler officiellement l'état de la voie ? Merci, les riverains de l'impasse", None, ''),
    # ---------------------------------------------------------------- kb-trottoir
    ('kb-trottoir', 'Dalle cassée', 'Une dalle du trottoir est descellée et bascule quand on marche dessus.', NID, ''),
    ('kb-trottoir', 'Landau', 'Impossible de circuler avec le landau, le bas-côté est trop étroit à cause des bacs.', NID, ''),
    ('kb-trottoir', 'Bordure', 'la bordure du trotoir est cassee devant l ecole, ma mere est tombee', None, 'noacc typo'),
    ('kb-trottoir', 'Fauteuil roulant', 'Bonjour, je me déplace en fauteuil et entre mon domicile et la pharmacie la chaussée piétonne est défoncée, avec des racines qui ont tout soulevé. Je dois rouler sur la route au milieu des voitures. Qui dois-je contacter pour une remise en état ? Merci, M. Carré', EV, 'sib'),
    # ---------------------------------------------------------------- kb-elagage
    ('kb-elagage', 'Branches sur la route', "Les branches d'un arbre de la rue touchent les fils éléctriques.", EV, 'typo'),
    ('kb-elagage', 'Arbre qui masque', 'Un platane cache complètement le panneau stop au carrefour, qui doit le tailler ?', SIG, ''),
    ('kb-elagage', 'On ne passe plus', "Les thuyas d'une maison mangent tout le passage, on ne peut plus marcher à côté de la clôture.", EV, 'sib'),
    ('kb-elagage', 'Arbre qui penche', "Appel de Mme Giraud : gros arbre sur la voie publique devant chez elle qui penche dangereusement depuis la tempête, elle craint qu'il tombe sur les voitures.", None, ''),
    # ---------------------------------------------------------------- kb-espaces-verts
    ('kb-espaces-verts', 'Horaires du parc', 'À quelle heure ferme le square en hiver ?', INF, ''),
    ('kb-espaces-verts', 'Toutou', 'Peut-on emmener son toutou en laisse dans les coins de verdure de la ville ?', INF, ''),
    ('kb-espaces-verts', 'Jungle', "Personne n'a tondu depuis deux mois dans le petit coin de verdure près de l'école, c'est une jungle.", EV, ''),
    ('kb-espaces-verts', 'Jeux', 'les jeux des petits sont abimés dans le square, une planche du toboggan est cassée', None, 'noacc'),
    # ---------------------------------------------------------------- kb-cantine-inscription
    ('kb-cantine-inscription', 'Cantine', 'Comment inscrire mon fils à la cantine pour la rentrée ?', INF, ''),
    ('kb-cantine-inscription', 'Prix du déjeuner', "Combien coûte un déjeuner à l'école pour un enfant ?", INF, ''),
    ('kb-cantine-inscription', 'Annulation', 'Mon enfant est malade cette semaine, comment décommander ses repas pour ne pas payer ?', None, ''),
    ('kb-cantine-inscription', 'Facture', "Bonjour, je reçois une facture pour les repas de midi de ma fille qui me paraît beaucoup trop élevée par rapport à l'an dernier. Comment est calculé le tarif et où puis-je voir le menu de la semaine ? Cordialement, Mme Benali", REC, ''),
    # ---------------------------------------------------------------- kb-cantine-allergies
    ('kb-cantine-allergies', 'Allergie arachide', 'Mon fils est allergique aux arachides, peut-il manger à la cantine ?', INF, ''),
    ('kb-cantine-allergies', 'Sans viande', 'Existe-t-il des repas végétariens à la cantine ?', INF, 'sib'),
    ('kb-cantine-allergies', 'Coeliaque', 'ma fille est coeliaque, comment ca se passe a midi a l ecole ?', None, 'noacc'),
    ('kb-cantine-allergies', 'Panier repas', "Bonjour, notre médecin a diagnostiqué chez notre fils une intolérance sévère aux produits laitiers. Pouvons-nous lui fournir son propre déjeuner préparé à la maison et quelle procédure faut-il suivre avec l'école ? Merci, Julie et Marc", None, ''),
    # ---------------------------------------------------------------- kb-inscription-scolaire
    ('kb-inscription-scolaire', 'Petite section', "Ma fille aura 3 ans en septembre, comment l'inscrire en maternelle ?", INF, ''),
    ('kb-inscription-scolaire', 'Arrivée en août', 'On arrive à Lyon en août, quelles démarches pour que nos deux enfants aient une classe en septembre ?', INF, ''),
    ('kb-inscription-scolaire', 'Papiers', 'Quel document pour inscrire un enfent au CP ?', None, 'typo'),
    ('kb-inscription-scolaire', 'Appel', "Appel d'un père : enfant de 6 ans, arrivée en cours d'année après une mutation, demande comment lui trouver une place dans la classe du quartier.", None, ''),
    # ---------------------------------------------------------------- kb-periscolaire
    ('kb-periscolaire', 'Garderie du soir', "Jusqu'à quelle heure peut-on récupérer les enfants à la garderie ?", INF, ''),
    ('kb-periscolaire', 'Jour sans école', "Le jour sans classe au milieu de la semaine, qui peut s'occuper de mes enfants pendant que je travaille ?", INF, ''),
    ('kb-periscolaire', 'Vacances', 'centre aeré pendant les vacances de la toussaint, inscription ou ?', None, 'noacc'),
    ('kb-periscolaire', 'Matin tôt', "Bonjour, je commence le travail à 7 h 45 et l'école n'ouvre ses portes qu'à 8 h 20. Existe-t-il une prise en charge des élèves avant la classe, et comment s'y inscrire ? Merci, Sandrine", None, ''),
    # ---------------------------------------------------------------- kb-tags-graffitis
    ('kb-tags-graffitis', 'Tag façade', 'Ma façade a été taguée cette nuit, la ville peut-elle nettoyer ?', PRO, ''),
    ('kb-tags-graffitis', 'Graffitis', "Des inscriptions à la bombe sur le mur de l'école, qui efface ?", PRO, ''),
    ('kb-tags-graffitis', 'Dessins obscènes', "Quelqu'un a bombé des insultes sur la porte de notre immeuble, c'est gratuit de les faire enlever ?", None, ''),
    ('kb-tags-graffitis', 'Autorisation', "Bonjour, notre copropriété a été barbouillée de peinture noire sur tout le rez-de-chaussée. Le syndic me dit que la ville s'en charge si on signe un papier. Pouvez-vous me dire quel document et à qui l'envoyer ? Cordialement, M. Tessier", DAQ, ''),
    # ---------------------------------------------------------------- kb-proprete-rues
    ('kb-proprete-rues', 'Crottes', 'Crottes de chien partout rue Vaubecour.', PRO, ''),
    ('kb-proprete-rues', 'Ça déborde', "La poubelle de rue déborde depuis trois jours à l'arrêt de bus.", None, ''),
    ('kb-proprete-rues', 'Balayeuse', 'La balayeuse passe tous les combien dans les petites rues ?', INF, ''),
    ('kb-proprete-rues', 'Rue crasseuse', 'rue degueulasse, bouteilles cassees et papiers partout depuis la fete du quartier', REC, 'noacc'),
    # ---------------------------------------------------------------- kb-neige-verglas
    ('kb-neige-verglas', 'Verglas', "Le trottoir de ma rue est une patinoire ce matin, personne n'a salé.", INF, ''),
    ('kb-neige-verglas', 'Déneigement', 'Qui doit déneiger devant ma maison, moi ou la commune ?', INF, ''),
    ('kb-neige-verglas', 'Montée impraticable', 'La montée est impraticable avec la glace, les bus ne passent plus.', NID, ''),
    ('kb-neige-verglas', 'Sel', 'ou trouver du sel contre le gel ?', None, 'noacc'),
    # ---------------------------------------------------------------- kb-salle-municipale
    ('kb-salle-municipale', 'Salle pour un anniversaire', 'Peut-on louer une salle de la ville pour les 50 ans de mon mari ?', INF, ''),
    ('kb-salle-municipale', 'Tarifs', 'Combien coûte la location de la salle des fêtes un samedi ?', INF, ''),
    ('kb-salle-municipale', 'Local pour notre AG', 'Notre club de randonnée cherche un local pour une assemblée générale en novembre, comment le retenir ?', None, ''),
    ('kb-salle-municipale', 'Repas de famille', "Bonjour, nous organisons une réunion de famille d'environ 80 personnes au printemps. Est-il possible de disposer d'un lieu municipal avec cuisine, à quel prix, et faut-il verser un dépôt de garantie ? Merci, Famille Brunet", None, ''),
    # ---------------------------------------------------------------- kb-occupation-domaine-public
    ('kb-occupation-domaine-public', 'Camion de déménagement', 'Je déménage samedi, comment réserver des places pour le camion ?', INF, ''),
    ('kb-occupation-domaine-public', 'Benne', 'Faut-il une autorisation pour poser une benne à gravats devant chez moi ?', INF, ''),
    ('kb-occupation-domaine-public', 'Couvreur', 'mon couvreur doit monter des tubes et des planches contre la facade cote rue pour refaire le toit, c est a moi de demander ?', None, 'noacc'),
    ('kb-occupation-domaine-public', 'Emménagement', "Bonjour, nous emménageons le 12 du mois prochain dans une rue très étroite. Le camion devra rester garé toute la journée devant l'immeuble. Quelle demande faire et combien de temps avant ? Merci, Léa", None, ''),
    # ---------------------------------------------------------------- kb-fuite-eau-egout
    ('kb-fuite-eau-egout', 'Fuite', "De l'eau sort du sol sur le trottoir depuis ce matin.", NID, ''),
    ('kb-fuite-eau-egout', 'Odeur', 'Ça sent les égouts dans toute la rue depuis une semaine.', NID, ''),
    ('kb-fuite-eau-egout', 'Rue inondée', "Dès qu'il pleut, l'eau monte au carrefour parce que la grille est bouchée par les feuilles.", PRO, ''),
    ('kb-fuite-eau-egout', 'Appel', "Appel : riveraine signale un geyser qui sort de la chaussée, sa cave est noyée, demande quel numéro d'urgence.", None, ''),
    # ---------------------------------------------------------------- kb-signalisation
    ('kb-signalisation', 'Feu en panne', 'Le feu rouge du carrefour ne fonctione plus.', SIG, 'typo'),
    ('kb-signalisation', 'Panneau tordu', 'Un panneau stop a été plié par un camion, il est couché.', SIG, ''),
    ('kb-signalisation', 'Bandes blanches', "On ne voit plus les zébras devant l'école, les enfants traversent n'importe où.", None, ''),
    ('kb-signalisation', 'Vitesse', 'les voitures roulent a fond dans notre rue, on pourrait avoir un dos d ane ?', SUG, 'noacc'),
    # ---------------------------------------------------------------- kb-objets-trouves
    ('kb-objets-trouves', 'Trousseau', "J'ai égaré mon trousseau au parc de la Tête d'Or, quelqu'un l'a-t-il rapporté ?", INF, ''),
    ('kb-objets-trouves', 'Portefeuille trouvé', "J'ai trouvé un portefeuille dans la rue, où le déposer ?", INF, ''),
    ('kb-objets-trouves', 'Doudou', "Ma fille a oublié son doudou lapin sur un banc place Carnot, c'est un drame à la maison !", None, ''),
    ('kb-objets-trouves', 'Telephone', 'telephone oublié dans le bus hier soir, vous avez un service des trucs perdus ?', None, 'noacc'),
    # ---------------------------------------------------------------- kb-nuisibles
    ('kb-nuisibles', 'Rats', 'Il y a des rats qui courent près des poubelles de la résidence.', PRO, ''),
    ('kb-nuisibles', 'Frelons', "Un nid de frelons asiatiques dans un arbre de la cour de l'école.", INF, ''),
    ('kb-nuisibles', 'Pigeons', 'Les pigeons ont envahi notre balcon et font des dégâts, la ville peut faire quelque chose ?', None, ''),
    ('kb-nuisibles', 'Petites bêtes dans les lits', "Bonjour, nous avons découvert des piqûres et de petites bêtes dans les lits de notre appartement. Le propriétaire dit que c'est à nous de payer le traitement. La mairie a-t-elle un service pour ça ou peut-elle nous conseiller ? Merci, Amina", INF, ''),
    # ---------------------------------------------------------------- kb-logement-social
    ('kb-logement-social', 'HLM', 'Comment faire une demande de HLM ?', INF, ''),
    ('kb-logement-social', 'Renouvellement', "Ma demande de logement date d'un an, dois-je la renouveler ?", INF, ''),
    ('kb-logement-social', 'Petit budget', 'Je cherche à louer un deux-pièces pas cher, réservé aux petits revenus, par où commencer ?', None, ''),
    ('kb-logement-social', "Famille à l'étroit", "Bonjour, nous vivons à quatre dans un studio de 25 m² et mon salaire ne permet pas de louer plus grand dans le privé. On m'a parlé d'un dossier national à remplir. Pouvez-vous m'expliquer la procédure ? Merci, Fatou", None, ''),
    # ---------------------------------------------------------------- kb-ccas-aides
    ('kb-ccas-aides', 'Facture EDF', "Je n'arrive plus à régler ma note d'électricité, la mairie peut-elle m'épauler ?", INF, ''),
    ('kb-ccas-aides', 'Repas à domicile', 'Ma mère de 85 ans ne peut plus cuisiner, la mairie livre-t-elle des repas ?', INF, ''),
    ('kb-ccas-aides', 'Colis', 'ou on peut avoir un colis alimentaire ? on est en galere ce mois ci', None, 'noacc'),
    ('kb-ccas-aides', 'Appel', "Appel d'une voisine inquiète : monsieur âgé seul, plus de revenus depuis le décès de son épouse, demande vers quel service municipal l'orienter pour un soutien.", None, ''),
    # ---------------------------------------------------------------- kb-animaux-errants
    ('kb-animaux-errants', 'Chien perdu', "J'ai perdu mon chien hier soir dans le quartier, qui contacter ?", PRO, ''),
    ('kb-animaux-errants', 'Chat errant', 'Un chat sans colier traîne depuis des jours dans la cour, maigre.', PRO, 'typo'),
    ('kb-animaux-errants', 'Renard', 'Il y a un renard écrasé sur le bord de la route.', None, ''),
    ('kb-animaux-errants', 'Chien en liberte', 'un gros chien sans maitre court entre les voitures au rond point', None, 'noacc'),
    # ---------------------------------------------------------------- kb-livret-famille
    ('kb-livret-famille', 'Livret perdu', "J'ai perdu mon livret de famille, comment en avoir un autre ?", EC, ''),
    ('kb-livret-famille', 'Après la séparation', "Après notre séparation, mon ex a gardé le carnet officiel qu'on nous avait remis au mariage, puis-je en avoir un autre exemplaire ?", EC, ''),
    ('kb-livret-famille', 'Mise à jour', 'Notre deuxième enfant est né à Villeurbanne, comment ajouter son nom dans le carnet de la famille ?', None, 'sib'),
    ('kb-livret-famille', 'Divorce', "Bonjour, mon divorce a été prononcé il y a deux mois. Dois-je faire modifier le petit livret que nous avions reçu au mariage, et où l'envoyer ? Cordialement, Mme Pichon", None, ''),
    # ---------------------------------------------------------------- kb-declaration-naissance
    ('kb-declaration-naissance', 'Déclarer bébé', 'Notre bébé est né hier, combien de jours pour le déclarer ?', EC, ''),
    ('kb-declaration-naissance', 'Nouveau-né', "Le papa doit-il venir en personne à la mairie après l'accouchement ?", EC, ''),
    ('kb-declaration-naissance', 'Maternité', 'la maternité fait elle la declaration a notre place ?', None, 'noacc'),
    ('kb-declaration-naissance', 'Arrivée de notre fille', "Bonjour, ma compagne vient d'accoucher à la clinique du Val d'Ouest. Nous ne sommes pas mariés. Quels documents dois-je présenter pour enregistrer l'arrivée de notre fille, et dans quel délai ? Merci, Nicolas", None, 'sib'),
    # ---------------------------------------------------------------- kb-reconnaissance-enfant
    ('kb-reconnaissance-enfant', 'Pas mariés', 'Nous ne sommes pas mariés, le papa doit-il reconnaître le bébé avant la naissance ?', INF, ''),
    ('kb-reconnaissance-enfant', 'Paternité', 'Comment faire une reconnaissance de paternité ?', EC, ''),
    ('kb-reconnaissance-enfant', 'Papa absent', "Mon conjoint n'était pas là à l'accouchement, peut-il faire les papiers plus tard pour que le petit porte officiellement son lien avec lui ?", None, ''),
    ('kb-reconnaissance-enfant', 'Grossesse', "Bonjour, je suis enceinte de quatre mois et mon compagnon aimerait dès maintenant établir son lien juridique avec l'enfant à venir. Faut-il un rendez-vous et pouvons-nous le faire dans n'importe quelle mairie ? Merci, Charlotte", INF, ''),
    # ---------------------------------------------------------------- kb-declaration-deces
    ('kb-declaration-deces', 'Papa parti cette nuit', 'Mon père est parti cette nuit à la maison, que doit-on faire en premier à la mairie ?', EC, ''),
    ('kb-declaration-deces', 'Délai', 'Dans quel délai faut-il déclarer un décès ?', EC, ''),
    ('kb-declaration-deces', 'Pompes funèbres', 'Est-ce les pompes funèbres qui font la déclaration à la mairie ou la famille ?', None, 'sib'),
    ('kb-declaration-deces', 'Appel', "Appel d'une dame en pleurs : son mari vient de partir, le médecin a signé le certificat, elle ne sait pas quelles démarches faire en premier.", None, ''),
    # ---------------------------------------------------------------- kb-changement-prenom
    ('kb-changement-prenom', 'Prénom', "Je voudrais changer de prénom, c'est possible ?", EC, ''),
    ('kb-changement-prenom', 'Nom de ma mère', 'Puis-je porter le nom de famille de ma mère à la place de celui de mon père ?', EC, ''),
    ('kb-changement-prenom', "Moqué à l'école", "Mon fils se fait moquer à l'école à cause de la façon dont on l'a appelé à sa naissance, peut-on modifier ça officiellement ?", None, ''),
    ('kb-changement-prenom', "Nom d'usage", "Bonjour, depuis toujours tout le monde m'appelle Sacha alors que mon état civil indique Alexandre-Marie. Je souhaiterais que mes papiers correspondent à l'appellation que j'utilise au quotidien. Quelle est la démarche ? Merci", None, ''),
    # ---------------------------------------------------------------- kb-bapteme-civil
    ('kb-bapteme-civil', 'Baptême républicain', 'Comment organiser un baptême républicain pour mon fils ?', INF, ''),
    ('kb-bapteme-civil', "Sans l'église", "On veut que ma sœur et mon meilleur ami s'engagent pour notre fille devant un élu, sans passer par l'église.", INF, ''),
    ('kb-bapteme-civil', 'Cérémonie laïque', 'ceremonie a la mairie pour un bebe avec parrain marraine, c possible ?', None, 'sms noacc'),
    ('kb-bapteme-civil', 'Date', "Bonjour, nous aimerions réunir la famille en juin pour une petite cérémonie en mairie afin que ma sœur et mon meilleur ami s'engagent moralement envers notre fils. Combien de temps à l'avance faut-il réserver ? Merci, Hugo et Maëlle", None, ''),
    # ---------------------------------------------------------------- kb-autorisation-sortie-territoire
    ('kb-autorisation-sortie-territoire', 'Voyage scolaire', 'Mon fils part en Angleterre avec le collège, quel papier faut-il ?', INF, ''),
    ('kb-autorisation-sortie-territoire', 'AST', "Où faire signer l'autorisation de sortie de territoire ?", INF, ''),
    ('kb-autorisation-sortie-territoire', 'Mineur seul', 'Ma fille de 16 ans va chez sa correspondante en Allemagne sans nous, que doit-elle avoir sur elle ?', None, ''),
    ('kb-autorisation-sortie-territoire', 'Colonie', 'bjr ma fille part en colo en espagne, faut passer a la mairie pr un formulaire ?', None, 'sms noacc'),
    # ---------------------------------------------------------------- kb-attestation-accueil
    ('kb-attestation-accueil', 'Ma mère en juillet', "Ma mère vient d'Algérie pour un mois, le consulat demande un papier signé par la mairie, c'est lequel ?", INF, ''),
    ('kb-attestation-accueil', 'Invitation', "Comment faire une attestation d'accueil pour un ami sénégalais ?", INF, ''),
    ('kb-attestation-accueil', 'Famille étrangère', 'Mes cousins tunisiens veulent venir cet été et le consulat leur demande un papier de ma mairie prouvant que je les loge.', None, ''),
    ('kb-attestation-accueil', 'Appel', 'Appel : usager veut recevoir sa sœur (Cameroun) 3 semaines, demande pièces à fournir et prix du timbre.', None, ''),
    # ---------------------------------------------------------------- kb-legalisation-signature
    ('kb-legalisation-signature', 'Légaliser', "Comment faire légaliser ma signature pour un document à envoyer à l'étranger ?", INF, ''),
    ('kb-legalisation-signature', 'Copie conforme', 'Vous faites encore les copies certifiées conformes ?', INF, ''),
    ('kb-legalisation-signature', 'Tampon sur un papier', "Ma banque au Portugal veut que la mairie confirme que c'est bien moi qui ai paraphé une procuration.", None, ''),
    ('kb-legalisation-signature', 'Document notarié', 'bjr faut il prendre rdv pr faire certifier ma signature ou je viens au guichet ?', None, 'sms noacc'),
    # ---------------------------------------------------------------- kb-recensement-population
    ('kb-recensement-population', 'Agent recenseur', 'Un agent recenseur est passé chez moi, est-ce obligatoire de répondre ?', INF, ''),
    ('kb-recensement-population', 'Insee', "J'ai reçu une lettre de l'Insee pour un questionnaire sur mon logement, c'est sérieux ?", INF, ''),
    ('kb-recensement-population', 'Arnaque ?', "Un monsieur avec un badge veut que je remplisse des papiers sur le nombre de personnes chez moi, comment vérifier que c'est vrai ?", None, 'sib'),
    ('kb-recensement-population', 'Enquete', 'c est quoi cette enquete sur les habitants, je suis obligé de repondre en ligne ?', None, 'noacc'),
    # ---------------------------------------------------------------- kb-bureau-vote
    ('kb-bureau-vote', 'Où voter', 'Où est mon bureau de vote ?', INF, ''),
    ('kb-bureau-vote', 'Carte électorale', "Je n'ai pas reçu ma carte d'électeur, puis-je quand même voter ?", INF, ''),
    ('kb-bureau-vote', 'Dimanche', "Qu'est-ce que je dois apporter dimanche pour mettre mon bulletin ?", None, 'sib'),
    ('kb-bureau-vote', 'Ecole', 'on vote dans quelle ecole quand on habite cours vitton ?', None, 'noacc'),
    # ---------------------------------------------------------------- kb-certificat-urbanisme
    ('kb-certificat-urbanisme', 'Achat terrain', "Avant d'acheter un terrain, comment savoir si on pourra y construire ?", URB, ''),
    ('kb-certificat-urbanisme', 'CU', "Quel délai pour obtenir un certificat d'urbanisme ?", None, ''),
    ('kb-certificat-urbanisme', 'Vente', "Le notaire me demande un CU pour vendre ma parcelle, c'est gratuit ?", None, ''),
    ('kb-certificat-urbanisme', 'Projet', 'Bonjour, je suis sur le point de signer pour une parcelle de 600 m² et je voudrais une garantie écrite de la ville que mon projet de maison y sera réalisable avant la signature définitive. Quel document demander ? Merci, Damien', None, 'sib'),
    # ---------------------------------------------------------------- kb-piscine-abri
    ('kb-piscine-abri', 'Piscine', 'Faut-il une autorisation pour une piscine hors-sol ?', URB, ''),
    ('kb-piscine-abri', 'Cabane', 'Je veux installer une cabane de jardin de 8 m², quelle démarche ?', None, 'sib'),
    ('kb-piscine-abri', 'Petit abri', 'un abri a velos de 4m2 dans le jardin, faut declarer ?', None, 'noacc'),
    ('kb-piscine-abri', 'Bassin', 'Bonjour, nous aimerions faire creuser un bassin de baignade de 32 m² derrière la maison. Faut-il déposer un dossier, et y aura-t-il un impôt à payer ? Merci, M. Aubry', None, ''),
    # ---------------------------------------------------------------- kb-composteur
    ('kb-composteur', 'Composteur', 'Comment obtenir un composteur gratuit ?', COL, ''),
    ('kb-composteur', 'Appartement', "J'habite en appartement sans jardin, je peux quand même faire du compost ?", None, ''),
    ('kb-composteur', 'Vers', 'Vous distribuez des bacs à vers de terre pour les épluchures ?', None, ''),
    ('kb-composteur', 'Restes de cuisine', "Bonjour, je voudrais arrêter de jeter mes restes de légumes et marc de café à la poubelle. Y a-t-il un bac collectif dans mon quartier ou dois-je m'équiper moi-même ? Merci, Anaïs", INF, ''),
    # ---------------------------------------------------------------- kb-sapins
    ('kb-sapins', 'Sapin', 'Où jeter mon sapin de Noel ?', None, 'noacc'),
    ('kb-sapins', 'Arbre de Noël', "Jusqu'à quand peut-on déposer l'arbre de Noël dans les points de collecte ?", COL, ''),
    ('kb-sapins', 'Fausse neige', 'Mon épicéa est couvert de fausse neige, je peux le déposer avec les autres ?', None, ''),
    ('kb-sapins', 'Apres les fetes', 'ou deposer le sapin en janvier, il y a un ramassage ?', None, 'noacc'),
    # ---------------------------------------------------------------- kb-stationnement-pmr
    ('kb-stationnement-pmr', 'Carte handicapé', 'Comment obtenir la carte pour se garer sur les places handicapés ?', None, ''),
    ('kb-stationnement-pmr', 'Place réservée', 'Peut-on demander une place réservée devant chez soi pour mon fils en fauteuil ?', INF, ''),
    ('kb-stationnement-pmr', 'Gratuit pour elle ?', 'Ma fille est paraplégique, doit-elle payer le parcmètre quand elle se gare en ville ?', None, ''),
    ('kb-stationnement-pmr', 'Place occupée', "Bonjour, la seule place bleue de ma rue est occupée tous les jours par une voiture sans macaron. Par ailleurs, serait-il possible d'en créer une deuxième près de la pharmacie ? Je suis en fauteuil depuis un accident. Merci, Mme Vasseur", STA, ''),
    # ---------------------------------------------------------------- kb-fps-contestation
    ('kb-fps-contestation', 'Contester un FPS', "J'ai reçu un forfait post-stationnement alors que j'avais payé, comment contester ?", REC, ''),
    ('kb-fps-contestation', 'Avis de paiement', "J'ai reçu un avis de 35 € pour le stationnement, je le paye où ?", None, ''),
    ('kb-fps-contestation', 'Amende injuste', 'j ai pris une prune alors que l horodateur marchait pas, je fais comment pour la faire annuler', None, 'noacc'),
    ('kb-fps-contestation', 'Verbalisé à tort', "Bonjour, j'ai été verbalisé alors que j'avais un ticket valable posé sur le tableau de bord (photo à l'appui). Quel est le délai pour m'opposer à cette sanction, et à qui m'adresser ? Cordialement, M. Hamon", None, ''),
    # ---------------------------------------------------------------- kb-derogation-scolaire
    ('kb-derogation-scolaire', "Changer d'école", 'Peut-on inscrire son enfant dans une autre école que celle du secteur ?', INF, ''),
    ('kb-derogation-scolaire', 'Grand frère', "Mon aîné est déjà à l'école Painlevé, je voudrais que le petit y aille aussi même si on a déménagé.", None, 'sib'),
    ('kb-derogation-scolaire', 'Pres du boulot', 'on aimerait mettre notre fils en classe pres de mon boulot plutot que dans le quartier, possible ?', None, 'noacc'),
    ('kb-derogation-scolaire', 'Nounou', "Bonjour, notre fille est gardée après la classe par sa grand-mère qui habite dans un autre quartier. Nous voudrions qu'elle soit scolarisée près de chez sa mamie. Quelle demande faire et avant quelle date ? Merci, les Moreau", None, ''),
    # ---------------------------------------------------------------- kb-creche
    ('kb-creche', 'Place en crèche', 'Comment avoir une place en crèche ?', INF, ''),
    ('kb-creche', 'Mode de garde', 'Je reprends le travail en septembre, qui peut garder mon bébé de 5 mois ?', None, ''),
    ('kb-creche', 'Nounous', 'ou trouver une liste des nounous agréées dans le 3e ?', None, 'noacc'),
    ('kb-creche', 'Enceinte', "Bonjour, je suis enceinte de six mois et on me dit qu'il faut déjà penser à l'accueil de l'enfant. À quel service dois-je m'adresser pour une place collective et comment sont calculés les tarifs ? Merci, Émilie", None, ''),
    # ---------------------------------------------------------------- kb-cimetiere-concession
    ('kb-cimetiere-concession', 'Concession', 'Combien coûte une concession de 30 ans au cimetière ?', INF, ''),
    ('kb-cimetiere-concession', 'Renouveler', 'La tombe de mes grands-parents arrive à échéance, comment la prolonger ?', None, ''),
    ('kb-cimetiere-concession', 'Pour plus tard', 'Peut-on réserver une place de son vivant pour soi et son épouse ?', None, ''),
    ('kb-cimetiere-concession', 'Caveau abandonné', "Bonjour, j'ai reçu un courrier indiquant que la sépulture familiale pourrait être récupérée par la commune faute d'entretien. Je suis la seule descendante et je vis loin. Que dois-je faire pour la conserver ? Cordialement, Mme Gilbert", None, 'sib'),
    # ---------------------------------------------------------------- kb-cimetiere-horaires
    ('kb-cimetiere-horaires', 'Horaires', 'Le cimetière de la Guillotière ouvre à quelle heure le dimanche ?', None, ''),
    ('kb-cimetiere-horaires', 'Toussaint', 'Les horaires changent-ils pour la Toussaint ?', INF, ''),
    ('kb-cimetiere-horaires', 'Nettoyage', 'Où jeter les pots de chrysanthèmes séchés quand on nettoie la sépulture ?', None, ''),
    ('kb-cimetiere-horaires', 'Allées sales', 'les allees du cimetiere sont pleines de mauvaises herbes, qui doit nettoyer ?', REC, 'noacc sib'),
    # ---------------------------------------------------------------- kb-pret-materiel
    ('kb-pret-materiel', 'Prêt de tables', 'La mairie prête-t-elle des tables pour une fête des voisins ?', INF, ''),
    ('kb-pret-materiel', 'Barnum', "Notre association a besoin de deux tentes et d'une sono pour un vide-grenier.", None, ''),
    ('kb-pret-materiel', 'Sieges', 'peut on emprunter 50 sieges pliants pour la kermesse de l ecole ?', None, 'noacc sib'),
    ('kb-pret-materiel', 'Fête de rue', "Bonjour, les habitants de notre rue organisent un repas en plein air en juin. Est-il possible d'emprunter du mobilier et des abris auprès de la ville, et comment le récupérer ? Merci, le collectif des voisins", None, ''),
    # ---------------------------------------------------------------- kb-chien-dangereux
    ('kb-chien-dangereux', 'Permis de détention', "J'ai adopté un rottweiler, dois-je faire une démarche à la mairie ?", INF, ''),
    ('kb-chien-dangereux', 'Staff', 'Mon american staff est-il considéré comme chien de 2e catégorie ?', None, ''),
    ('kb-chien-dangereux', 'Voisin avec pitbull', 'Mon voisin promène son pitbull sans muselière, a-t-il les papiers ?', None, ''),
    ('kb-chien-dangereux', 'Evaluation', 'ou faire l evaluation comportementale pour mon american staff ?', None, 'noacc'),
    # ---------------------------------------------------------------- kb-bruit-chantier
    ('kb-bruit-chantier', 'Travaux tôt', "Un chantier commence à 6 h du matin en bas de chez moi, c'est autorisé ?", NUI, 'sib'),
    ('kb-bruit-chantier', 'Dimanche', 'Des ouvriers travaillent sur la voirie ce dimanche avec des engins, ont-ils le droit ?', None, ''),
    ('kb-bruit-chantier', 'Marteau-piqueur', 'Le marteau-piqueur tourne toute la journée depuis 3 semaines, y a-t-il des horaires ?', REC, ''),
    ('kb-bruit-chantier', 'Tram la nuit', "Bonjour, depuis lundi des équipes refont les voies du tram en pleine nuit sous nos fenêtres avec un vacarme terrible. Ont-elles le droit et jusqu'à quand cela va durer ? Merci, Sylvie", None, ''),
    # ---------------------------------------------------------------- kb-terrasse
    ('kb-terrasse', 'Terrasse', 'Je veux ouvrir une terrasse devant mon café, quelle autorisation ?', INF, ''),
    ('kb-terrasse', 'Fleuriste', 'Un fleuriste peut-il poser ses seaux de fleurs sur le trottoir ?', None, ''),
    ('kb-terrasse', 'Redevance', 'Combien coûte le m² de terrasse pour un restaurant ?', None, ''),
    ('kb-terrasse', 'Passage bloqué', 'la terrasse du resto en bas prend tout le trottoir, on passe plus avec la poussette, ils ont le droit ?', REC, 'noacc sib'),
    # ---------------------------------------------------------------- kb-marche
    ('kb-marche', 'Jours de marché', 'Quels jours a lieu le marché place Carnot ?', None, ''),
    ('kb-marche', 'Emplacement', 'Je suis maraîcher, comment obtenir un emplacement sur un marché ?', INF, ''),
    ('kb-marche', 'Vendre mes fromages', 'Qui contacter pour vendre mes fromages le dimanche matin quai Saint-Antoine ?', None, ''),
    ('kb-marche', 'Producteurs', 'y a t il un marche bio en semaine dans le 7e ?', None, 'noacc'),
    # ---------------------------------------------------------------- kb-carte-grise-permis
    ('kb-carte-grise-permis', 'Carte grise', 'changement adresse carte grise ?', INF, ''),
    ('kb-carte-grise-permis', 'Vente voiture', "J'ai vendu ma voiture, quelle démarche pour la cession ?", None, ''),
    ('kb-carte-grise-permis', 'Permis perdu', "J'ai perdu mon permis de conduire, la mairie peut-elle le refaire ?", None, ''),
    ('kb-carte-grise-permis', 'Aide informatique', "Bonjour, je n'ai pas d'ordinateur et je dois mettre à mon nom une moto achetée d'occasion. Y a-t-il un endroit à la mairie où quelqu'un peut m'aider à faire ça sur internet ? Merci, M. Perez", None, ''),
    # ---------------------------------------------------------------- kb-reclamation
    ('kb-reclamation', 'Mécontent', "Je suis mécontent de l'accueil au guichet, à qui écrire ?", REC, ''),
    ('kb-reclamation', 'Idée', "J'ai une idée pour améliorer le quartier, comment la proposer ?", SUG, ''),
    ('kb-reclamation', 'Pas de réponse', "J'ai écrit il y a trois mois au service voirie et personne ne m'a répondu, à qui dire que ça ne va pas ?", None, ''),
    ('kb-reclamation', 'Médiateur', "Bonjour, je conteste la réponse qui m'a été faite par vos services au sujet de la facturation de la cantine et je souhaite saisir une instance indépendante. Existe-t-il une personne à qui m'adresser après la réponse de la mairie ? Cordialement", None, ''),
    # ---------------------------------------------------------------- kb-associations-subvention
    ('kb-associations-subvention', 'Subvention', 'Comment demander une subvention pour notre association de quartier ?', INF, ''),
    ('kb-associations-subvention', 'Siège social', 'Notre club peut-il être domicilié à la maison des associations ?', None, ''),
    ('kb-associations-subvention', 'Financement', 'On monte un club de foot pour les jeunes, la ville peut nous aider financièrement ?', None, ''),
    ('kb-associations-subvention', 'Dossier', "Bonjour, je suis trésorière d'une petite chorale loi 1901. Nous voudrions solliciter une aide de la ville pour financer un concert. Quand le dossier doit-il être déposé et quelles pièces joindre ? Merci, Martine", None, ''),
    # ---------------------------------------------------------------- kb-buvette
    ('kb-buvette', 'Buvette', 'Notre association peut-elle tenir une buvette lors du tournoi de pétanque ?', INF, ''),
    ('kb-buvette', 'Bière', 'On a le droit de vendre de la bière à la kermesse ?', None, ''),
    ('kb-buvette', 'Demande', 'Quel délai pour demander le droit de servir de la bière et du vin à une fête ?', None, ''),
    ('kb-buvette', "Fête de l'école", 'bjr pour la fete de fin d annee de l ecole on veut vendre des boissons et des crepes, faut une autorisation ?', None, 'sms noacc'),
    # ---------------------------------------------------------------- kb-tranquillite-vacances
    ('kb-tranquillite-vacances', 'Surveillance', 'La police peut-elle surveiller ma maison pendant mes vacances ?', INF, ''),
    ('kb-tranquillite-vacances', 'Départ en août', "Je pars trois semaines en août, comment m'inscrire pour que les agents fassent un tour devant chez moi ?", None, ''),
    ('kb-tranquillite-vacances', 'Cambriolages', "Il y a eu des cambriolages dans ma rue, vous avez un dispositif quand on s'absente ?", None, ''),
    ('kb-tranquillite-vacances', 'Hospitalisation', "Bonjour, je vais être hospitalisée un mois et mon appartement restera vide. J'ai entendu parler de patrouilles pour les logements inoccupés. Est-ce seulement l'été ou toute l'année ? Merci, Mme Lacroix", None, ''),
    # ---------------------------------------------------------------- kb-arbre-prive
    ('kb-arbre-prive', 'Branches du voisin', 'Les branches du cerisier du voisin dépassent dans mon jardin, que faire ?', None, ''),
    ('kb-arbre-prive', 'Haie mitoyenne', 'La haie entre mon voisin et moi fait 4 m de haut, il refuse de la tailler.', EV, 'sib'),
    ('kb-arbre-prive', 'Fruits', 'je peux ramasser les pommes du pommier d a cote qui tombent chez moi ?', None, 'noacc'),
    ('kb-arbre-prive', 'Litige', "Bonjour, le noyer planté à un mètre de ma clôture par mon voisin fait de l'ombre sur tout mon potager et ses racines soulèvent ma terrasse. Il ne veut rien entendre. La mairie peut-elle intervenir ou dois-je aller au tribunal ? Cordialement, M. Fournier", INF, ''),
    # ---------------------------------------------------------------- two acceptable
    (['kb-cni-rendez-vous', 'kb-passeport'], "Papiers d'identité", "Je veux refaire en même temps ma carte d'identité et mon passeport, un seul rendez-vous suffit ?", None, ''),
    (['kb-encombrants', 'kb-decheterie'], 'Vieux frigo', "Comment me débarrasser d'un vieux frigo ? Je peux l'amener moi-même ou vous venez le prendre ?", None, ''),
    (['kb-mariage', 'kb-salle-municipale'], 'Mariage et salle', "Bonjour, nous nous marions en mairie en mai et nous aimerions savoir s'il est possible de louer ensuite une salle de la ville pour le vin d'honneur. Merci", None, ''),
    (['kb-stationnement-genant', 'kb-fourriere'], 'Voiture ventouse', "Combien de jours une voiture peut-elle rester au même endroit avant d'être emmenée à la fourrière ?", STA, ''),
    (['kb-reclamation', 'kb-fps-contestation'], 'Réclamation stationnement', "Je veux me plaindre d'un agent qui m'a mis un FPS de manière injuste, à qui m'adresser ?", REC, ''),
]
