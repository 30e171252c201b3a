"""Hand-written citizen questions for ``kb_eval.json``, by expected article.

One string per question: ``"subject | description"``. Markers, all optional, in this order:

- ``{Type}`` at the start: the request type the citizen (or the agent) chose, when it matters for
  the case (e.g. a complaint filed as "Réclamation", a question filed as "Suggestion"); otherwise
  the generator gives about half of the questions the article's own type and the others none;
- ``^`` the question targets a specific article while a same-type sibling looks closer;
- ``=> name, name`` at the end: other acceptable articles.

Whether a question shares a word with its article is computed by the generator, not marked here.
"""

QUESTIONS = {
	# ---------------------------------------------------------------- déchets
	"kb-collecte-ordures-menageres": [
		"poubelles | c'est quel jour qu'ils ramassent les ordures dans ma rue ? je viens d'arriver",
		"camion des éboueurs | À quelle heure passent les éboueurs le matin ? Je sors mon bac trop tard apparemment",
		"sacs noirs pas pris | ils sont pas passés vider le conteneur gris de la résidence jeudi",
		"jour férié | Le lundi de Pâques est-ce qu'il y a le ramassage des déchets ménagers ?",
		"Quand sortir le bac | on doit le mettre dehors la veille ou le matin même ?",
		"oubli | bjr notre rue a ete oubliee par la benne ce matin",
		"calendrier | Où trouver le planning des passages pour le quartier de la Croix-Rousse ?",
	],
	"kb-tri-selectif": [
		"bac jaune refusé | Il y a un autocollant rouge sur mon bac jaune et ils ne l'ont pas vidé, pourquoi ?",
		"pots de yaourt | Les barquettes en polystyrène et les pots de yaourt, on les met où maintenant ?",
		"recyclage | est ce que les cartons de pizza gras ça se recycle",
		"bouteilles | où jeter les bouteilles en verre ? la colonne en bas est toujours pleine",
		"sacs | faut-il mettre les emballages dans un sac avant de les jeter dans le bac ?",
		"consignes | les canettes alu et les boites de conserve vont dans quelle poubelle svp",
		"vaisselle cassée | j'ai cassé des assiettes, je peux les mettre avec les bocaux ?",
	],
	"kb-bac-casse-remplacement": [
		"roue cassée | La roue de notre poubelle est cassée, on ne peut plus la déplacer",
		"couvercle arraché | le couvercle du bac s'est arraché avec le vent, comment en avoir un autre",
		"on m'a piqué ma poubelle | depuis hier plus de bac devant chez moi, qqn l'a pris",
		"bac trop petit | Nous sommes maintenant 6 à la maison et le bac déborde chaque semaine, peut-on en avoir un plus grand ?",
		"emménagement | nouveau propriétaire, il n'y a aucun conteneur dans la maison, qui le fournit ?",
		"récipient fendu | Notre récipient à ordures est fendu sur tout le côté, les jus coulent",
	],
	"kb-encombrants": [
		"vieux canapé | Comment me débarrasser d'un canapé trois places ? Je n'ai pas de voiture",
		"frigo | slt vous prenez les frigos usagés ? le mien est HS",
		"déménagement | On déménage fin du mois, on a une armoire, un sommier et une table à faire enlever",
		"rendez-vous | Quel est le délai pour obtenir un passage pour les objets volumineux ?",
		"matelas | je peux poser mon matelas sur le trottoir le soir ?",
		"électroménager | machine à laver en panne, vous venez la chercher gratuitement ?",
		"gros meubles | comment faire enlever des meubles trop lourds pour ma voiture",
	],
	"kb-decheterie": [
		"horaires déchetterie | la decheterie est ouverte le dimanche matin ?",
		"badge | Il faut une carte pour accéder à la déchèterie ? Comment l'obtenir ?",
		"pots de peinture | Où déposer des pots de peinture et des solvants ?",
		"gravats salle de bain | je refais ma salle de bain, j'ai des sacs de carrelage cassé",
		"huile de vidange | où je peux jeter mon huile de moteur usagée",
		"ampoules et piles | on les ramène où ? pas dans la poubelle normale je suppose",
		"~ Où porter mes vieux bidons de produits chimiques du garage ? | je vide le garage de mon père",
	],
	"kb-dechets-verts": [
		"brûler des feuilles | Est-ce que j'ai le droit de brûler les feuilles mortes dans mon jardin ?",
		"fumée voisin | Mon voisin fait un feu de branches tous les samedis, c'est autorisé ? => kb-nuisances-sonores",
		"tonte | Que faire de l'herbe coupée ? Il y a un ramassage ?",
		"taille de haie | on a taillé la haie, beaucoup de branchages, où les mettre",
		"feu de jardin | c'est interdit de faire un barbecue avec des branches ?",
		"~ Que faire des résidus de taille et du gazon ? | je n'ai pas de remorque",
	],
	"kb-depot-sauvage": [
		"dechets abandonnés | Quelqu'un a vidé un coffre entier de sacs au bord du chemin",
		"pneus | une dizaine de pneus ont été jetés derrière le gymnase",
		"sanction | Que risque une personne qui laisse ses déchets dans la rue ?",
		"décharge | Le terrain vague rue des Acacias devient une décharge",
		"~ Des gens balancent leurs ordures au coin de la rue | ça attire les rats, qui doit nettoyer ?",
		"signaler | comment dénoncer un artisan qui jette ses gravats en forêt ?",
		"{Réclamation} ras le bol | encore des sacs d'ordures déposés au pied des colonnes à verre, ça fait trois semaines",
	],
	"kb-composteur": [
		"^ composteur gratuit | Est-ce que la mairie donne des composteurs ? J'ai un petit jardin",
		"^ lombricomposteur | j'habite en appartement, je voudrais un bac à vers pour mes épluchures",
		"~ Que faire de mes épluchures de légumes ? | je voudrais arrêter de les mettre à la poubelle",
		"compost immeuble | Comment installer un composteur partagé dans notre copropriété ?",
		"^ formation compost | il faut suivre une formation pour avoir un composteur ?",
	],
	"kb-sapins": [
		"sapin de Noël | Où jeter mon sapin après les fêtes ?",
		"^ sapin | Les sapins sont ramassés avec les déchets verts en janvier ?",
		"~ Que faire de notre arbre de Noël ? | il perd toutes ses aiguilles dans le salon",
		"sapin floqué | mon sapin a de la neige artificielle, je le mets au point de collecte ?",
	],
	# ---------------------------------------------------------------- accueil, titres
	"kb-horaires-mairie": [
		"ouverture | La mairie est ouverte le samedi ?",
		"horaires | a quelle heure ferme l'accueil le jeudi soir",
		"adresse | C'est où la mairie annexe du 3e ?",
		"téléphone | quel numéro appeler pour joindre l'hôtel de ville",
		"~ Jusqu'à quand puis-je passer à l'hôtel de ville ? | je finis le travail à 17h30",
		"pont de l'Ascension | Est-ce que vos services sont fermés le vendredi du pont ?",
	],
	"kb-cni-rendez-vous": [
		"carte d'identité | Comment refaire ma carte d'identité qui expire le mois prochain ?",
		"rdv cni | impossible de trouver un créneau pour la carte d'identité, y a des dispo ?",
		"pré-demande | Faut-il remplir quelque chose en ligne avant le rendez-vous pour la CNI ?",
		"~ Mes papiers ne sont plus valables | je dois faire une nouvelle pièce pour prouver qui je suis",
		"délai | combien de temps pour avoir la nouvelle carte une fois le dossier déposé",
		"^ cni enfant | Ma fille de 8 ans a besoin d'une carte d'identité pour la sortie scolaire en Espagne => kb-autorisation-sortie-territoire",
		"carte prête ? | j'ai reçu un sms, je peux venir chercher ma carte sans rdv ?",
	],
	"kb-passeport": [
		"passeport | Combien coûte un passeport pour un adulte ?",
		"voyage Canada | on part au Canada cet été, il nous faut des passeports pour toute la famille",
		"timbre fiscal | ou acheter le timbre pour le passeport",
		"renouvellement passeport | mon passeport expire en juin, je peux le refaire maintenant ?",
		"~ Je pars aux États-Unis dans deux mois | quel document de voyage je dois demander et en combien de temps ?",
		"passeport bébé | il faut un passeport pour un bébé de 6 mois ?",
	],
	"kb-titre-perte-vol": [
		"carte perdue | J'ai perdu ma carte d'identité dans le train",
		"vol de sac | On m'a volé mon sac avec tous mes papiers, que faire ?",
		"passeport volé | mon passeport a été volé à l'étranger, comment le refaire en rentrant",
		"déclaration de perte | Où faire la déclaration de perte de la carte d'identité ?",
		"~ Tous mes documents ont disparu dans le cambriolage | je n'ai plus rien pour prouver mon identité",
	],
	"kb-carte-grise-permis": [
		"carte grise | Je dois changer l'adresse sur ma carte grise, c'est à la mairie ?",
		"permis de conduire perdu | comment refaire mon permis perdu",
		"^ vente voiture | J'ai vendu ma voiture, comment déclarer la cession ?",
		"~ Je viens d'acheter une auto d'occasion | comment mettre les papiers du véhicule à mon nom ?",
		"aide ANTS | je n'y arrive pas sur internet pour ma carte grise, vous pouvez m'aider ?",
	],
	# ---------------------------------------------------------------- état civil
	"kb-acte-naissance": [
		"acte de naissance | Comment obtenir une copie intégrale de mon acte de naissance ?",
		"extrait de naissance | il me faut un extrait avec filiation pour le mariage",
		"né à l'étranger | Je suis né en Algérie, où demander mon acte ?",
		"délai | combien de temps pour recevoir un acte de naissance par la poste",
		"~ Le notaire me réclame un papier prouvant où et quand je suis venu au monde | comment l'obtenir ?",
		"acte naissance gratuit ? | des sites me demandent 30 euros pour un acte, c'est normal ?",
		"^ copie acte | J'ai besoin de la copie de l'acte de naissance de mon fils né ici en 2015",
	],
	"kb-actes-mariage-deces": [
		"acte de décès | Comment obtenir plusieurs copies de l'acte de décès de mon père pour la succession ?",
		"acte de mariage | Le notaire me demande une copie de notre acte de mariage",
		"^ copie mariage | On s'est mariés ici en 1998, il me faut l'acte pour le divorce",
		"~ La banque me demande un justificatif officiel de la disparition de ma mère | où le demander ?",
		"acte deces grand pere | je fais ma généalogie, puis-je avoir l'acte de décès de mon arrière grand-père ?",
	],
	"kb-mariage": [
		"se marier | Nous voulons nous marier l'été prochain, comment réserver une date ?",
		"dossier de mariage | quelles pièces faut-il fournir pour le dossier ?",
		"témoins | Combien de témoins faut-il pour la cérémonie ?",
		"~ On veut se dire oui devant le maire | par où commencer ?",
		"publication des bans | c'est quoi la publication des bans et combien de temps avant ?",
		"mariage étranger | mon fiancé est de nationalité marocaine, est-ce que c'est plus long ?",
	],
	"kb-pacs": [
		"pacs | Comment se pacser en mairie ?",
		"~ officialiser notre vie commune | On vit ensemble depuis 5 ans sans être mariés, on voudrait que ce soit reconnu officiellement",
		"rdv pacs | faut prendre rdv pour l'enregistrement du pacte ?",
		"dissolution | Comment rompre un PACS ?",
		"~ S'unir sans passer par le mariage | quelles démarches pour un couple qui veut une union plus légère ?",
		"documents pacs | quels papiers pour la convention de pacs",
	],
	"kb-livret-famille": [
		"^ livret de famille perdu | J'ai perdu mon livret de famille lors du déménagement, comment en avoir un nouveau ?",
		"~ petit carnet de la famille | On a égaré le petit carnet bleu où sont inscrits les enfants, il faut le refaire ?",
		"^ mise à jour | notre 2e enfant est né, il faut ajouter son nom dans le livret ?",
		"divorce | je suis divorcée, est-ce que je peux avoir mon propre livret ?",
		"^ duplicata | Comment obtenir un deuxième exemplaire du livret de famille ?",
		"~ Le carnet officiel remis à notre mariage a brûlé | l'incendie de la maison a tout détruit",
	],
	"kb-declaration-naissance": [
		"^ déclarer naissance | Notre bébé est né hier, dans quel délai faut-il le déclarer ?",
		"naissance | C'est la maternité qui déclare l'enfant ou c'est à nous ?",
		"~ Notre fille vient de venir au monde à la clinique | quelles formalités faire en mairie cette semaine ?",
		"^ choix du nom | on veut donner les deux noms à notre enfant, on le dit quand ?",
		"papiers nouveau-né | quelles pièces apporter pour enregistrer notre fils qui vient de naître ?",
	],
	"kb-reconnaissance-enfant": [
		"reconnaissance anticipée | Nous ne sommes pas mariés, comment reconnaître le bébé avant la naissance ?",
		"^ paternité | je veux reconnaître mon enfant de 3 ans, c'est possible maintenant ?",
		"~ Le père n'apparaît pas sur l'acte de mon fils | comment établir le lien avec son papa ?",
		"concubins | on est en couple non marié, le papa doit faire une démarche avant l'accouchement ?",
	],
	"kb-declaration-deces": [
		"^ déclarer un décès | Mon mari est décédé cette nuit à la maison, que dois-je faire ?",
		"décès | qui déclare le décès, la famille ou les pompes funèbres ?",
		"~ Ma grand-mère nous a quittés ce matin à l'hôpital | quelles formalités dans les 24h ?",
		"certificat | le médecin a fait le certificat, on l'apporte où ?",
	],
	"kb-changement-prenom": [
		"changer de prénom | Je déteste mon prénom, est-ce que je peux en changer ?",
		"nom d'usage | Comment ajouter le nom de ma mère à mon nom ?",
		"~ Tout le monde m'appelle autrement depuis l'enfance | je voudrais que mes papiers le reflètent",
		"prénom | procédure pour modifier le prénom de mon enfant de 10 ans",
		"cerfa 16229 | où déposer le formulaire pour choisir le nom d'un parent",
	],
	"kb-bapteme-civil": [
		"baptême républicain | Comment organiser un baptême civil à la mairie pour notre fils ?",
		"parrainage civil | on voudrait un parrain et une marraine sans passer par l'église",
		"~ Une cérémonie laïque pour notre bébé | est-ce possible à l'hôtel de ville ?",
		"bapteme mairie | il faut réserver combien de temps à l'avance pour le bapteme",
	],
	"kb-autorisation-sortie-territoire": [
		"sortie de territoire | Mon fils de 15 ans part en Allemagne avec le club de foot, quel papier ?",
		"AST | ou trouver le formulaire d'autorisation de sortie du territoire",
		"~ Ma fille part à Londres avec sa classe sans nous | quel document signer pour qu'elle puisse passer la frontière ?",
		"^ voyage mineur | mon ado va chez sa grand-mère au Portugal seul cet été, il faut passer en mairie ?",
	],
	"kb-attestation-accueil": [
		"attestation d'accueil | Ma mère vit au Sénégal et veut venir 1 mois chez moi, quel document ?",
		"hébergement visa | le consulat demande une attestation pour héberger mon cousin",
		"~ Recevoir de la famille qui vit hors d'Europe | que faut-il faire pour les inviter chez moi ?",
		"timbre 30 euros | pour l'attestation d'accueil, il faut un timbre fiscal ?",
	],
	"kb-legalisation-signature": [
		"légalisation signature | Je dois faire légaliser ma signature pour un document destiné à l'étranger",
		"copie conforme | vous faites les copies certifiées conformes ?",
		"~ Faire authentifier mon paraphe sur une procuration pour l'Italie | où aller ?",
		"^ certifier signature | faut-il prendre rendez-vous pour faire certifier ma signature ?",
	],
	"kb-recensement-citoyen": [
		"recensement 16 ans | Mon fils vient d'avoir 16 ans, où doit-il se faire recenser ?",
		"attestation de recensement | J'ai perdu l'attestation, on me la demande pour le permis",
		"JDC | c'est quand la journée défense et citoyenneté après le recensement",
		"^ recensement jeune | Ma fille a oublié de se faire recenser à 16 ans, elle en a 17, c'est grave ?",
		"~ Mon ado doit être inscrit pour le service national | quelle démarche à la mairie ?",
	],
	"kb-recensement-population": [
		"^ recensement | Un agent recenseur est passé chez moi, est-ce obligatoire de répondre ?",
		"Insee | J'ai reçu un courrier de l'Insee pour une enquête, c'est sérieux ?",
		"~ Une personne avec une carte officielle veut compter les habitants de mon immeuble | est-ce une arnaque ?",
		"^ questionnaire recensement | Je n'ai pas reçu mes codes pour répondre en ligne au recensement",
		"agent recenseur | comment vérifier que l'agent recenseur est bien envoyé par la mairie",
	],
	"kb-listes-electorales": [
		"inscription listes électorales | Comment s'inscrire pour voter ?",
		"déménagement vote | J'ai déménagé dans la commune, je dois me réinscrire ?",
		"date limite | jusqu'à quand peut-on s'inscrire pour les municipales",
		"~ Je viens d'avoir 18 ans | est-ce que je pourrai participer au prochain scrutin automatiquement ?",
		"européen | je suis italienne, je peux voter aux élections municipales en France ?",
	],
	"kb-bureau-vote": [
		"^ bureau de vote | Où se trouve mon bureau de vote ?",
		"carte électorale perdue | j'ai perdu ma carte d'électeur, je peux quand même voter ?",
		"^ carte électeur pas reçue | Je suis inscrit mais je n'ai jamais reçu ma carte",
		"~ Dans quelle école dois-je aller glisser mon bulletin dimanche ? | j'ai changé de quartier",
	],
	"kb-procuration": [
		"procuration | Je serai en vacances le jour du vote, comment donner procuration ?",
		"voter à ma place | mon fils peut voter pour moi ? je suis hospitalisée",
		"maprocuration | la démarche en ligne suffit ou il faut aller au commissariat ?",
		"~ Absent pour le second tour | comment faire pour qu'un proche glisse mon bulletin ?",
		"procuration autre commune | mon mandataire habite une autre ville, c'est possible ?",
	],
	# ---------------------------------------------------------------- stationnement
	"kb-stationnement-residentiel": [
		"vignette résident | Comment avoir le tarif résident pour me garer dans ma rue ?",
		"abonnement stationnement | combien coûte l'abonnement mensuel pour les riverains",
		"~ Je paie une fortune pour laisser ma voiture devant chez moi | y a-t-il un tarif pour les habitants ?",
		"macaron | le macaron résident est valable dans quelles rues ?",
		"horodateur | l'horodateur de ma rue ne prend plus la carte de résident",
	],
	"kb-stationnement-genant": [
		"voiture ventouse | Une voiture n'a pas bougé depuis 3 semaines devant chez moi",
		"épave | Une épave sans plaques traîne sur le parking, qui l'enlève ?",
		"sortie de garage | Quelqu'un se gare tous les jours devant mon portail",
		"~ Un véhicule squatte la place depuis un mois avec les pneus à plat | à qui m'adresser ?",
		"{Réclamation} trottoir | Les voitures sont garées sur le trottoir tous les soirs, la police ne fait rien",
	],
	"kb-fourriere": [
		"fourrière | Ma voiture a été enlevée, où la récupérer ?",
		"voiture disparue | ma voiture n'est plus là où je l'ai garée, volée ou fourrière ?",
		"frais | combien ça coûte de récupérer sa voiture à la fourrière",
		"~ La dépanneuse a embarqué mon auto ce matin | où et avec quels papiers aller la chercher ?",
		"horaires fourrière | la fourrière est ouverte le dimanche ?",
	],
	"kb-stationnement-pmr": [
		"place handicapé | Comment faire créer une place handicapée devant chez moi ?",
		"^ carte CMI | Avec la carte mobilité inclusion, je paie le stationnement ?",
		"~ Mon père est en fauteuil | peut-on avoir un emplacement réservé près de son immeuble ?",
		"^ place PMR occupée | Des voitures sans macaron se garent sur la place réservée, que risquent-ils ?",
		"macaron handicapé | où demander la carte pour se garer sur les places bleues",
	],
	"kb-fps-contestation": [
		"FPS | J'ai reçu un forfait post-stationnement alors que j'avais payé, comment contester ?",
		"^ contester amende stationnement | je veux contester un avis de paiement de 35 euros",
		"~ J'ai eu une prune alors que j'avais mon ticket derrière le pare-brise | que faire ?",
		"RAPO | dans quel délai faire le recours pour un FPS",
		"{Réclamation} ^ avis de paiement injuste | On m'a mis un FPS alors que j'ai l'abonnement résident",
	],
	# ---------------------------------------------------------------- urbanisme
	"kb-permis-construire": [
		"permis de construire | Quand faut-il un permis de construire pour une extension ?",
		"garage | je veux construire un garage de 30 m2, quelle démarche",
		"délai instruction | combien de temps pour obtenir un PC ?",
		"architecte | Suis-je obligé de passer par un architecte pour ma maison ?",
		"~ Nous voulons bâtir une maison sur notre terrain | quelle autorisation demander et où ?",
		"agrandissement | agrandir ma maison de 40 m², il faut quoi",
	],
	"kb-declaration-prealable": [
		"déclaration préalable | Je veux changer mes fenêtres, faut-il une autorisation ?",
		"panneaux solaires | installer des panneaux photovoltaïques sur mon toit, démarche ?",
		"ravalement | faut-il déclarer le ravalement de façade",
		"véranda | une véranda de 15 m2 c'est une déclaration préalable ?",
		"~ Repeindre mes volets en bleu | est-ce que je dois demander la permission ?",
		"portail | je remplace mon portail et mon muret, je dois déposer un dossier ?",
	],
	"kb-piscine-abri": [
		"^ piscine | On veut creuser une piscine de 8 x 4, quelle démarche ?",
		"^ abri de jardin | il faut une autorisation pour un abri de jardin de 6 m2 ?",
		"~ Installer une cabane en bois au fond du terrain | à partir de quelle taille dois-je déclarer ?",
		"^ clôture | Je voudrais clôturer mon terrain, c'est soumis à autorisation ?",
		"piscine hors sol | une piscine hors sol démontable, il faut déclarer ?",
	],
	"kb-plu": [
		"PLU | Où consulter le plan local d'urbanisme ?",
		"zonage | Mon terrain est en zone UB, qu'est-ce que ça veut dire ?",
		"cadastre | comment trouver le numéro de parcelle de ma maison",
		"~ Quelles règles s'appliquent à ma parcelle | hauteur, distance aux voisins, je voudrais savoir avant de faire des plans",
		"modification PLU | la commune va modifier le plan local, comment donner son avis ?",
	],
	"kb-certificat-urbanisme": [
		"^ certificat d'urbanisme | Avant d'acheter un terrain, comment savoir s'il est constructible ?",
		"CU | quel délai pour obtenir un CU opérationnel ?",
		"~ Le notaire veut un document sur les règles du terrain que j'achète | c'est quoi ?",
		"^ terrain constructible | je veux vendre mon terrain, faut-il un certificat ?",
	],
	# ---------------------------------------------------------------- tranquillité
	"kb-nuisances-sonores": [
		"bruit voisin | Mes voisins mettent la musique fort tous les soirs, que faire ?",
		"aboiements | le chien d'à côté aboie toute la journée quand ils sont au travail",
		"tondeuse dimanche | à quelle heure peut-on tondre le dimanche ?",
		"~ Impossible de dormir à cause de l'appartement du dessus | ils font la fête toutes les nuits",
		"tapage nocturne | qui appeler la nuit pour du tapage",
		"{Réclamation} bar | Le bar en bas de chez moi fait un vacarme jusqu'à 2h, rien ne change malgré mes plaintes",
	],
	"kb-bruit-chantier": [
		"^ chantier dimanche | Un chantier travaille le dimanche matin dans ma rue, c'est autorisé ?",
		"^ marteau-piqueur 6h | Les ouvriers commencent à 6h du matin avec un marteau-piqueur",
		"~ Les engins démarrent avant 7 heures en face de chez moi | quelles sont les heures permises ?",
		"travaux de nuit | pourquoi il y a des travaux la nuit sur la ligne de tram ?",
		"{Nuisances sonores} ^ bruit travaux | Bruit insupportable du chantier de l'immeuble voisin le samedi",
	],
	"kb-animaux-errants": [
		"chien errant | Un chien sans collier tourne dans le quartier depuis ce matin",
		"chat perdu | notre chat a disparu, il est pucé, qui contacter",
		"animal mort | Il y a un chat mort au bord de la route",
		"~ Un toutou semble abandonné devant l'école | il a l'air perdu et affamé",
		"fourrière animale | où est la fourrière pour les animaux ?",
	],
	"kb-chien-dangereux": [
		"^ permis de détention | J'ai un american staff, il me faut un permis ?",
		"chien catégorie 2 | quelles démarches pour un rottweiler ?",
		"~ Mon voisin promène son molosse sans muselière | c'est autorisé pour ces races ?",
		"^ chien dangereux | Je vais adopter un chien de catégorie 1, que dois-je faire en mairie ?",
	],
	"kb-nuisibles": [
		"rats | Il y a des rats dans la cour de l'immeuble",
		"frelons | Un nid de frelons asiatiques dans l'arbre du square",
		"pigeons | les pigeons salissent tout le balcon, que peut faire la ville ?",
		"~ Des bestioles grouillent dans les poubelles la nuit | on en voit courir sur le trottoir",
		"cafards | des cafards dans tout l'immeuble, qui doit désinsectiser ?",
		"guêpes | nid de guêpes dans le mur de l'école",
	],
	"kb-tranquillite-vacances": [
		"vacances | Comment faire surveiller ma maison pendant mes vacances ?",
		"~ Je pars trois semaines au mois d'août | la police peut-elle passer devant chez moi ?",
		"^ surveillance logement | inscription à l'opération tranquillité, c'est payant ?",
		"absence | je pars en cure, quelqu'un peut jeter un œil sur l'appartement ?",
	],
	# ---------------------------------------------------------------- voirie, éclairage, espaces verts
	"kb-eclairage-public": [
		"lampadaire en panne | Le lampadaire devant chez moi ne s'allume plus depuis une semaine",
		"~ Il fait tout noir dans notre rue le soir | on ne voit plus rien en rentrant",
		"extinction | pourquoi les lumières de la rue s'éteignent à 1h du matin ?",
		"réverbère clignote | le reverbere clignote toute la nuit devant ma fenetre",
		"{Éclairage public en panne} numéro | Où trouver le numéro du poteau pour le signaler ?",
	],
	"kb-nid-de-poule": [
		"nid de poule | Un gros trou dans la route devant l'école",
		"~ Ma voiture a tapé dans un creux sur la chaussée | j'ai abîmé une jante, qui paie ?",
		"route départementale | le trou est sur la départementale, c'est à vous de réparer ?",
		"affaissement | La chaussée s'affaisse au milieu de la rue",
		"délai réparation | combien de temps pour reboucher un trou signalé",
	],
	"kb-trottoir": [
		"trottoir abîmé | Le trottoir est défoncé, ma mère est tombée",
		"poussette | impossible de passer avec la poussette, le trottoir est trop étroit",
		"~ Les dalles bougent quand on marche | une personne âgée a chuté devant la pharmacie",
		"accessibilité | les bordures sont trop hautes pour un fauteuil roulant",
		"{Nid-de-poule ou chaussée dégradée} racines | les racines soulèvent le bitume côté piétons",
	],
	"kb-neige-verglas": [
		"verglas | Les trottoirs sont une patinoire, quand allez-vous passer ?",
		"déneigement | Est-ce à moi de déneiger devant ma maison ?",
		"~ Il a gelé cette nuit et ma rue en pente est impraticable | pouvez-vous mettre du sel ?",
		"chasse-neige | quelles rues sont dégagées en priorité",
	],
	"kb-fuite-eau-egout": [
		"fuite d'eau | De l'eau sort du trottoir depuis ce matin",
		"égout bouché | L'égout déborde devant chez moi quand il pleut",
		"odeur | ça sent les égouts dans toute la rue",
		"~ La rue se transforme en piscine à chaque orage | l'eau ne part pas",
		"grille bouchée | la grille d'évacuation est pleine de feuilles",
	],
	"kb-signalisation": [
		"panneau stop | Le panneau stop a été arraché au carrefour",
		"feu rouge | le feu rouge reste bloqué au rouge",
		"ralentisseur | Pourriez-vous installer un dos d'âne, les voitures roulent trop vite ?",
		"~ Les bandes blanches pour traverser ont disparu devant l'école | c'est dangereux pour les enfants",
		"{Suggestion} vitesse | Je propose de limiter à 30 la rue des écoles",
	],
	"kb-elagage": [
		"élagage | Les branches de l'arbre touchent ma fenêtre",
		"arbre dangereux | Un grand platane penche dangereusement au-dessus du parking",
		"~ Les feuillages cachent le panneau de limitation | on ne le voit plus",
		"haie | la haie du square déborde sur le trottoir",
		"branche cassée | une branche est tombée sur la route après l'orage",
	],
	"kb-arbre-prive": [
		"^ haie du voisin | La haie de mon voisin dépasse chez moi, la mairie peut-elle intervenir ?",
		"^ arbre voisin | les branches du cerisier du voisin passent au-dessus de ma terrasse",
		"~ Les feuilles de l'arbre d'à côté bouchent ma gouttière | le propriétaire refuse de tailler",
		"conciliateur | comment rencontrer le conciliateur de justice pour un problème de voisinage",
	],
	"kb-espaces-verts": [
		"parc | Jusqu'à quelle heure le parc est-il ouvert ?",
		"aire de jeux | Le toboggan du square est cassé",
		"tonte | L'herbe est très haute dans le jardin public, quand passez-vous ?",
		"~ Les balançoires des petits sont abîmées | un enfant s'est blessé",
		"banc | il manque des bancs dans le square, possible d'en ajouter ?",
		"{Suggestion} ~ plus de verdure | On aimerait des fleurs et des arbres sur la place nue du quartier",
	],
	"kb-tags-graffitis": [
		"tag | Des tags sur la façade de ma maison, vous les effacez ?",
		"graffitis | graffitis sur le mur de l'école",
		"~ Ma devanture a été barbouillée à la bombe cette nuit | c'est gratuit de nettoyer ?",
		"tag injurieux | une inscription raciste sur le mur du parking",
		"{Réclamation} tags | Les inscriptions sur le mur de la résidence sont toujours là après deux mois",
	],
	"kb-proprete-rues": [
		"crottes de chien | Le trottoir est couvert de crottes de chien",
		"corbeille pleine | La poubelle de l'arrêt de bus déborde",
		"balayage | Quand passe la balayeuse dans ma rue ?",
		"~ Des éclats de bouteilles sur la piste cyclable | j'ai crevé deux fois",
		"feuilles mortes | les feuilles s'accumulent sur le trottoir, c'est glissant",
		"{Suggestion} distributeur sacs | Pourriez-vous installer des distributeurs de sacs pour chiens dans le parc ?",
	],
	"kb-occupation-domaine-public": [
		"benne | Je dois poser une benne devant chez moi pour des travaux",
		"déménagement | Comment réserver des places de stationnement pour le camion de déménagement ?",
		"échafaudage | autorisation pour un échafaudage sur le trottoir",
		"~ Le camion des déménageurs doit rester toute la journée devant l'immeuble | quelle démarche ?",
		"arrêté | combien de temps avant faut-il demander l'arrêté de voirie",
	],
	"kb-terrasse": [
		"^ terrasse | Je viens d'ouvrir un café, comment avoir le droit de mettre une terrasse ?",
		"^ étalage | autorisation pour un étalage de fruits devant mon épicerie",
		"~ Poser quelques tables dehors devant mon restaurant cet été | quelles formalités ?",
		"redevance | combien coûte le m2 de terrasse par an",
		"chevalet | mon chevalet publicitaire sur le trottoir, il faut une autorisation ?",
	],
	"kb-marche": [
		"marché | Quels jours a lieu le marché place Carnot ?",
		"emplacement marché | je suis producteur de fromage, comment avoir une place au marché ?",
		"~ Où acheter des légumes frais le dimanche matin en plein air ? | je viens d'arriver dans le quartier",
		"placier | comment contacter le placier",
	],
	# ---------------------------------------------------------------- école, enfance
	"kb-cantine-inscription": [
		"inscription cantine | Comment inscrire mon fils à la cantine à la rentrée ?",
		"prix repas | combien coûte un repas à la cantine ?",
		"annuler repas | mon fils est malade, comment annuler ses repas",
		"~ Mon enfant peut-il déjeuner à l'école le midi ? | je travaille loin",
		"menus | où voir les menus de la semaine ?",
		"facture | je ne comprends pas la facture de restauration scolaire de mars",
	],
	"kb-cantine-allergies": [
		"allergie | Ma fille est allergique aux arachides, peut-elle manger à la cantine ?",
		"PAI | comment mettre en place un PAI pour la cantine",
		"sans porc | y a-t-il des repas sans porc ?",
		"végétarien | mon fils ne mange pas de viande, il y a une option ?",
		"~ Mon fils est intolérant au gluten | peut-il apporter son propre déjeuner ?",
	],
	"kb-inscription-scolaire": [
		"inscription école | Comment inscrire mon enfant en petite section ?",
		"rentrée | on arrive dans la commune en avril, comment inscrire les enfants à l'école ?",
		"CP | mon fils passe au CP, faut-il le réinscrire ?",
		"~ Ma fille aura 3 ans en septembre | quelle démarche pour sa première rentrée ?",
		"documents | quels papiers pour l'inscription en maternelle",
	],
	"kb-derogation-scolaire": [
		"^ dérogation | Je voudrais mettre mon fils dans une autre école que celle du secteur",
		"^ changer d'école | ma fille est harcelée, on veut la changer d'établissement",
		"~ L'école de notre adresse est trop loin de mon travail | puis-je choisir celle près de mon bureau ?",
		"^ hors secteur | la demande pour une école hors secteur, c'est avant quelle date ?",
		"réponse dérogation | quand aura-t-on la réponse de la commission",
	],
	"kb-periscolaire": [
		"garderie | À quelle heure ouvre la garderie du matin ?",
		"centre de loisirs | inscription au centre de loisirs pour les vacances de février",
		"mercredi | Y a-t-il un accueil le mercredi après-midi ?",
		"~ Qui garde les enfants après la classe jusqu'à 18h30 ? | on finit tard",
		"étude | mon fils peut rester à l'étude surveillée ?",
	],
	"kb-creche": [
		"^ crèche | Comment avoir une place en crèche pour mon bébé ?",
		"~ Qui peut garder mon nourrisson quand je reprendrai le travail ? | il aura 3 mois",
		"^ assistante maternelle | je cherche une nounou agréée dans le quartier",
		"tarif crèche | combien coûte la crèche municipale ?",
		"halte-garderie | quelques heures par semaine, c'est possible ?",
	],
	# ---------------------------------------------------------------- vie locale
	"kb-salle-municipale": [
		"location salle | Je voudrais louer la salle des fêtes pour un anniversaire",
		"tarif salle | combien coûte la location de la salle polyvalente un samedi ?",
		"~ On cherche un lieu pour les 60 ans de ma mère | la ville loue-t-elle des espaces ?",
		"caution | la caution de la salle est de combien ?",
		"association salle | notre association peut avoir une salle gratuite pour l'assemblée générale ?",
	],
	"kb-pret-materiel": [
		"^ prêt de tables | Pouvez-vous nous prêter des tables et des bancs pour la fête des voisins ?",
		"^ barnum | notre association cherche deux barnums pour la brocante",
		"~ Emprunter des chaises pour un repas de quartier | est-ce que la mairie dépanne ?",
		"sono | vous prêtez du matériel de sonorisation ?",
	],
	"kb-buvette": [
		"^ buvette | Notre club de foot veut tenir une buvette pendant le tournoi",
		"vente de bière | on peut vendre de la bière à la kermesse de l'école ?",
		"~ Servir des boissons lors de notre fête de village | quelle autorisation ?",
		"^ débit de boissons | combien de manifestations par an avec une buvette",
	],
	"kb-associations-subvention": [
		"subvention | Comment demander une subvention pour notre association ?",
		"^ domiciliation | Notre association peut-elle avoir son siège à la maison des associations ?",
		"~ Nous venons de créer un club de lecture loi 1901 | quelle aide la ville propose-t-elle ?",
		"dossier subvention | date limite pour le dossier de subvention",
	],
	"kb-objets-trouves": [
		"objet perdu | J'ai perdu mon portefeuille au marché",
		"clés | quelqu'un a rapporté des clés de voiture ?",
		"~ J'ai oublié mon sac dans le bus hier | il est peut-être chez vous ?",
		"téléphone | j'ai trouvé un téléphone dans le parc, je le dépose où ?",
		"lunettes | perdu mes lunettes de vue près de la mairie",
	],
	# ---------------------------------------------------------------- social
	"kb-logement-social": [
		"HLM | Comment faire une demande de logement social ?",
		"numéro unique | je n'ai pas reçu mon numéro unique de demandeur",
		"~ Nous sommes quatre dans un studio | comment obtenir un appartement moins cher et plus grand ?",
		"renouvellement | il faut renouveler ma demande de logement chaque année ?",
		"délai | combien de temps d'attente pour un HLM ?",
	],
	"kb-ccas-aides": [
		"aide | Je n'arrive plus à payer mes factures, y a-t-il une aide ?",
		"colis alimentaire | où avoir un colis alimentaire ?",
		"personne âgée | Ma mère de 85 ans vit seule, y a-t-il un portage de repas ?",
		"~ Je suis sans ressources ce mois-ci | qui peut m'aider pour manger ?",
		"APA | comment demander l'allocation personnalisée d'autonomie",
	],
	"kb-cimetiere-concession": [
		"^ concession | Comment acheter une concession au cimetière ?",
		"^ renouvellement concession | la concession de mes grands-parents arrive à échéance",
		"~ Réserver un emplacement pour ma future sépulture | est-ce possible à l'avance ?",
		"columbarium | prix d'une case au columbarium",
		"^ tombe abandonnée | une tombe de famille est en mauvais état, la mairie va la reprendre ?",
	],
	"kb-cimetiere-horaires": [
		"^ horaires cimetière | À quelle heure ferme le cimetière le dimanche ?",
		"Toussaint | le cimetière est ouvert plus tard pour la Toussaint ?",
		"^ entretien tombe | qui doit nettoyer la tombe de mes parents ?",
		"~ Où jeter les pots de chrysanthèmes fanés ? | près de la sépulture familiale",
		"arrosoir | il y a de l'eau pour arroser les fleurs au cimetière ?",
	],
	"kb-reclamation": [
		"{Réclamation} réclamation | Je veux me plaindre de l'accueil que j'ai reçu au guichet",
		"{Suggestion} idée | Une proposition : installer des boîtes à livres dans les parcs",
		"~ Je suis mécontent de la façon dont mon dossier a été traité | à qui écrire ?",
		"médiateur | comment saisir le médiateur de la ville",
		"{Réclamation} plainte agent | Un agent municipal m'a mal parlé, je souhaite faire une réclamation",
		"{Suggestion} suggestion | J'ai une suggestion pour améliorer le site de la mairie",
	],
}

# Second pass: paraphrases written to avoid every word of the expected article's title and
# keywords (the generator checks it), very short questions, SMS style, long rambling messages.
MORE = {
	"kb-collecte-ordures-menageres": [
		"le véhicule des éboueurs | il s'arrête à quelle heure chez nous ? on l'a raté deux fois",
		"benne | quel jour ?",
		"slt | c quand qu'ils vident les conteneurs ds mon quartier jsp",
	],
	"kb-tri-selectif": [
		"Où vont les briques de lait et les flacons de shampoing vides ? | on hésite à chaque fois à la maison",
	],
	"kb-bac-casse-remplacement": [
		"Notre grand récipient à roulettes a disparu de la cour | le syndic dit de vous contacter pour en avoir un autre",
	],
	"kb-encombrants": [
		"Vider la cave de ma tante | il y a une vieille armoire, deux fauteuils et un lave-vaisselle hors d'usage, vous passez ?",
		"vieux lit | vous les récupérez à domicile ?",
	],
	"kb-decheterie": [
		"Se débarrasser d'une batterie de voiture et de solvants | dans quel lieu de la métropole les apporter ?",
	],
	"kb-depot-sauvage": [
		"Un coffre entier vidé au bord du chemin | vêtements, vaisselle, cartons éventrés, c'est une honte pour le quartier",
	],
	"kb-composteur": [
		"Transformer les restes de cuisine en terreau | la ville fournit-elle le matériel pour un balcon ?",
	],
	"kb-horaires-mairie": [
		"Le guichet de l'hôtel de ville | est-il accessible entre midi et deux ?",
		"ouvert samedi ? | ",
	],
	"kb-cni-rendez-vous": [
		"Refaire le document plastifié qui prouve que je suis français | il expire en mai",
		"cni | rdv dispo ?",
	],
	"kb-passeport": [
		"Le livret bordeaux pour partir hors d'Europe | combien de semaines pour l'obtenir ?",
	],
	"kb-titre-perte-vol": [
		"On m'a arraché mon sac à main dans le métro | il contenait tous mes documents officiels",
	],
	"kb-acte-naissance": [
		"Prouver où et quand je suis venu au monde | le consulat me réclame ce papier pour ma nationalité",
		"acte naissance | urgent",
	],
	"kb-actes-mariage-deces": [
		"Le notaire réclame la preuve officielle du départ de papa | pour régler l'héritage",
	],
	"kb-mariage": [
		"On aimerait s'unir à l'hôtel de ville en juin prochain | quelles démarches et à quelle date au plus tard ?",
		"mariage | date dispo septembre ?",
	],
	"kb-pacs": [
		"Officialiser notre vie commune | on est ensemble depuis six ans, sans cérémonie, juste pour être protégés",
	],
	"kb-livret-famille": [
		"Le petit carnet où figurent nos enfants | mon ex l'a gardé, comment en obtenir un pour moi ?",
	],
	"kb-declaration-naissance": [
		"Notre fils est arrivé cette nuit à la clinique | qui doit aller l'enregistrer à la mairie et quand ?",
	],
	"kb-declaration-deces": [
		"Papa s'est éteint ce matin chez lui | que faut-il accomplir aujourd'hui auprès de la commune ?",
	],
	"kb-changement-prenom": [
		"On m'appelle Jessica sur mes papiers mais tout le monde dit Jess | peut-on modifier officiellement ?",
	],
	"kb-recensement-citoyen": [
		"Mon garçon fête ses seize printemps | doit-il passer à l'hôtel de ville pour quelque chose ?",
	],
	"kb-recensement-population": [
		"Une dame frappe aux portes avec un badge pour compter les habitants | c'est obligatoire de lui répondre ?",
	],
	"kb-listes-electorales": [
		"Je viens d'emménager et je veux choisir le maire l'an prochain | il faut que je fasse quelque chose ?",
	],
	"kb-bureau-vote": [
		"Dans quel gymnase aller glisser mon bulletin ? | j'ai déménagé de l'autre côté du Rhône",
	],
	"kb-procuration": [
		"Je serai en croisière au moment des municipales | ma sœur peut-elle glisser mon choix dans l'urne ?",
	],
	"kb-stationnement-residentiel": [
		"Payer moins cher pour laisser ma Clio dans mon quartier | il existe une formule pour les habitants ?",
	],
	"kb-stationnement-genant": [
		"Un Kangoo blanc dort au même endroit depuis six semaines | couvert de feuilles, pneus dégonflés",
	],
	"kb-fourriere": [
		"Mon auto a disparu après le marché | un voisin dit qu'un camion-grue l'a emportée",
	],
	"kb-stationnement-pmr": [
		"Ma mère se déplace en déambulateur | on voudrait un emplacement bleu en bas de chez elle",
	],
	"kb-fps-contestation": [
		"J'ai reçu une note de 35 € alors que j'avais réglé à la borne | comment faire annuler ?",
	],
	"kb-permis-construire": [
		"Bâtir un pavillon neuf de 110 m² | quel dossier faut-il et combien de temps d'instruction ?",
	],
	"kb-declaration-prealable": [
		"Remplacer nos menuiseries en bois par de l'alu | faut-il prévenir l'urbanisme ?",
	],
	"kb-piscine-abri": [
		"Un bassin pour se baigner derrière la maison | à partir de combien de mètres carrés faut-il un dossier ?",
	],
	"kb-plu": [
		"Savoir ce qu'on a le droit de bâtir chez soi | hauteur maximale, recul, où lire le document officiel ?",
	],
	"kb-certificat-urbanisme": [
		"Avant de signer chez le notaire pour un lopin | comment savoir si on pourra y élever une maison ?",
	],
	"kb-nuisances-sonores": [
		"Les gens du dessus font la java toutes les nuits | je n'en dors plus, que faire ?",
		"slt | ceux d'a coté font un boucan pas possible tt les soirs c normal ??",
	],
	"kb-bruit-chantier": [
		"Les ouvriers d'en face attaquent le béton dès l'aube | même le samedi, est-ce permis ?",
	],
	"kb-animaux-errants": [
		"Un toutou sans collier erre près de l'école depuis ce matin | il a l'air affamé",
	],
	"kb-chien-dangereux": [
		"J'adopte un american staff | y a-t-il des papiers spéciaux à faire à l'hôtel de ville ?",
	],
	"kb-nuisibles": [
		"Des bestioles grouillent sous le local à ordures | on en voit courir le soir",
	],
	"kb-tranquillite-vacances": [
		"Je pars tout le mois d'août | des agents peuvent-ils passer vérifier la maison ?",
	],
	"kb-eclairage-public": [
		"Il fait nuit d'encre dans l'impasse depuis lundi | on rentre à tâtons",
		"Le mât devant chez moi s'est éteint et rallumé toute la nuit, impossible de dormir | en plus il grésille, mon mari pense que c'est un faux contact, mais moi je pense que c'est le bulbe, bref pouvez-vous envoyer quelqu'un, merci beaucoup",
	],
	"kb-nid-de-poule": [
		"Un creux énorme au milieu de l'avenue | les scooters font des écarts, un accident va arriver",
	],
	"kb-trottoir": [
		"Ma grand-mère a trébuché sur un pavé qui dépasse | le long des façades c'est plein de bosses",
	],
	"kb-neige-verglas": [
		"Les marches de la montée sont gelées | c'est une vraie patinoire ce matin",
	],
	"kb-fuite-eau-egout": [
		"Un ruisseau coule sans arrêt le long du caniveau | ça vient d'une conduite je pense",
	],
	"kb-signalisation": [
		"Le bonhomme vert ne s'allume plus au carrefour | les enfants traversent sans savoir quand",
	],
	"kb-elagage": [
		"Le platane devant l'école perd de gros morceaux de bois à chaque coup de vent | un enfant aurait pu être blessé",
	],
	"kb-arbre-prive": [
		"Le cerisier d'à côté déborde sur ma terrasse | ce monsieur refuse de couper, qui peut trancher ?",
	],
	"kb-espaces-verts": [
		"Jusqu'à quand peut-on promener les enfants au parc de la Tête d'Or ? | ça ferme tôt l'hiver",
	],
	"kb-tags-graffitis": [
		"Ma devanture a été bombée en noir cette nuit | la ville nettoie gratuitement ?",
	],
	"kb-proprete-rues": [
		"Les trottoirs de notre rue sont dégoûtants | papiers gras, canettes, mégots partout, personne ne passe",
	],
	"kb-occupation-domaine-public": [
		"Je refais ma toiture | les ouvriers doivent installer une structure métallique sur le passage, quelle démarche ?",
	],
	"kb-terrasse": [
		"J'ouvre une brasserie | je voudrais installer quelques tables dehors dès le printemps",
	],
	"kb-marche": [
		"Je vends du miel de ma ruche | comment obtenir un stand le samedi matin square Carnot ?",
	],
	"kb-cantine-inscription": [
		"Mon petit peut-il déjeuner sur place à l'école ? | on travaille tous les deux loin",
		"cantine | prix ?",
	],
	"kb-cantine-allergies": [
		"Mon fils ne supporte pas les cacahuètes | quelles précautions pour le déjeuner à l'école ?",
	],
	"kb-inscription-scolaire": [
		"Ma puce aura trois ans cet automne | quelles démarches pour sa toute première classe ?",
	],
	"kb-derogation-scolaire": [
		"Choisir l'établissement près de chez ma nounou plutôt que celui de notre quartier | c'est possible ?",
	],
	"kb-periscolaire": [
		"Qui s'occupe des enfants après 16h30 jusqu'à ce qu'on vienne les chercher ? | on finit à 18h",
	],
	"kb-creche": [
		"Je reprends le travail en janvier | à qui m'adresser pour confier mon fils de quatre mois ?",
	],
	"kb-salle-municipale": [
		"Fêter les 60 ans de mon père avec 80 invités | la ville a-t-elle un lieu disponible un samedi ?",
		"salle | dispo le 14 juin ?",
	],
	"kb-pret-materiel": [
		"Emprunter des tréteaux et des plateaux pour un repas entre voisins | la mairie dépanne ?",
	],
	"kb-buvette": [
		"Notre club de rugby veut vendre des bières au tournoi | faut-il une démarche ?",
	],
	"kb-associations-subvention": [
		"Notre petit club de lecture cherche un coup de pouce financier | à qui demander ?",
	],
	"kb-objets-trouves": [
		"J'ai égaré ma sacoche samedi place Bellecour | quelqu'un l'a-t-il rapportée ?",
	],
	"kb-logement-social": [
		"Nous vivons à quatre dans 25 m² | comment obtenir un logis moins cher et plus grand ?",
	],
	"kb-ccas-aides": [
		"Je n'ai plus rien pour nourrir mes enfants cette fin de mois | vers qui me tourner ?",
		"bjr | jsuis au rsa et g plus rien pr manger, vous aidez ?",
	],
	"kb-cimetiere-concession": [
		"Réserver à l'avance la place où je reposerai | combien pour 30 ans ?",
	],
	"kb-cimetiere-horaires": [
		"Les grilles du lieu de repos ferment à quelle heure en été ? | je viens après le travail",
	],
	"kb-reclamation": [
		"Je ne suis pas content du tout de la façon dont on m'a reçu | à qui écrire pour que ça change ?",
	],
	"kb-carte-grise-permis": [
		"Mettre les papiers de mon auto d'occasion à mon nom | je dois passer à l'hôtel de ville ?",
	],
	"kb-autorisation-sortie-territoire": [
		"Mon ado part en colo en Italie sans nous | quel papier doit-il avoir sur lui ?",
	],
	"kb-attestation-accueil": [
		"Ma tante vit au Cameroun et veut venir trois semaines chez moi | le consulat demande un papier de la ville",
	],
	"kb-reconnaissance-enfant": [
		"Nous vivons en union libre et le bébé arrive en mars | le papa doit faire une démarche avant ?",
	],
	"kb-bapteme-civil": [
		"Une fête laïque à l'hôtel de ville pour notre fille | avec des proches qui s'engagent pour elle",
	],
	"kb-legalisation-signature": [
		"L'ambassade veut que ma griffe sur ce document soit officiellement vérifiée | c'est à la mairie ?",
	],
	"kb-sapins": [
		"Notre épicéa perd ses aiguilles partout dans le salon | où le déposer après le réveillon ?",
	],
	"kb-dechets-verts": [
		"Le monsieur d'à côté fait flamber ses résidus de taille chaque week-end | ça enfume tout le quartier",
	],
}
