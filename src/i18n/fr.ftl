# perinat : messages en français.
# Chaque phrase que l'on lit vient d'un fichier comme celui-ci. Les clés sont les mêmes
# dans toutes les langues ; { $nom } est rempli par le programme. Le programme met le
# numéro de règle (R22) devant chaque raison « non facturable ».
# Termes officiels : circulaire INAMI « trajet de soins multidisciplinaire périnatal ».

## Noms

profession-gynecologist = gynécologue
profession-general_practitioner = médecin généraliste
profession-midwife = sage-femme
profession-nurse = infirmier·ère
profession-social_worker = assistant·e social·e
profession-psychologist = psychologue
profession-other = autre professionnel
profession-article-gynecologist = un gynécologue
profession-article-general_practitioner = un médecin généraliste
profession-article-midwife = une sage-femme
profession-article-nurse = un·e infirmier·ère
profession-article-social_worker = un·e assistant·e social·e
profession-article-psychologist = un psychologue
profession-article-other = un autre professionnel

region-flanders = Flandre
region-wallonia = Wallonie
region-brussels = Bruxelles-Capitale
region-german_speaking = Communauté germanophone

service-401376 = dépistage
service-401391 = CPP
service-401413 = coordination
service-401435 = concertation

status-improvement = amélioration
status-deterioration = détérioration
status-status_quo = statu quo
status-achieved = réalisé
status-not_achievable = non réalisable

line-billable = facturable
line-billed = facturé
line-expired = expiré
line-blocked = bloqué
line-short-billable = facturable
line-short-billed = facturé
line-short-expired = expiré
line-short-blocked = bloqué

phase-prenatal = période prénatale
phase-postnatal = période postnatale
phase-early-childhood = petite enfance
phase-closed = clôturé

## Pourquoi une prestation n'est pas facturable (le programme met « R22 : » devant)

blocker-r3-closed = après le 2e anniversaire de l'enfant ({ $end }), le trajet est clôturé
blocker-r12-no-screening = aucun dépistage enregistré, donc pas de scénario
blocker-r12-incomplete = dépistage incomplet ({ $answered ->
    [one] { $answered } indicateur sur { $total } répondu
   *[other] { $answered } indicateurs sur { $total } répondus
}, { $needed } requis) ; le scénario est provisoire
blocker-r13-window = le dépistage du { $date } est hors de sa période ({ $from } au { $to }, 7 jours après la naissance)
blocker-r13-before-start = le dépistage du { $date } précède le début de la grossesse ({ $from })
blocker-r15-no-consent = le consentement de la femme au dépistage n'est pas enregistré
blocker-no-inami = { $provider } n'a pas de numéro INAMI ; seuls les prestataires INAMI facturent
blocker-r16-no-code = aucun code de finalisation BiB enregistré
blocker-r20-not-entitled = le CPP requiert le scénario A ou B (le scénario est 0)
blocker-r21-outside-prenatal = le CPP du { $date } est hors de la période prénatale ({ $from } jusqu'à la naissance le { $birth })
blocker-r21-before-screening = le CPP du { $date } précède le dépistage ({ $from })
blocker-r21-limit = deux CPP sont déjà facturables pour cette grossesse
blocker-r22-profession = un CPP par { $profession } n'est pas facturable
blocker-r23-evaluations = pas de statut ni de note pour { $list }
blocker-r23-no-code = aucun code BiB enregistré pour l'évaluation du CPP
blocker-r30-not-entitled = la coordination requiert le scénario B (le scénario est { $scenario })
blocker-r32-no-coordinator = aucun coordinateur désigné pour cette période
blocker-r32-no-billing-provider = le coordinateur { $coordinator } n'a pas de numéro INAMI et aucun prestataire INAMI facturant n'est enregistré
blocker-r33-no-consent = coordinateur désigné sans le consentement de la femme
blocker-r33-team = il manque à l'équipe de soins { $list }
blocker-r33-no-concertation = aucune concertation dans cette période qui respecte R40 et R41
blocker-r33-no-care-plan = aucun plan de soins enregistré
blocker-r33-follow-ups = pas de statut ni de note dans cette période pour { $list }
blocker-r40-not-entitled = la concertation requiert le scénario B (le scénario est { $scenario })
blocker-r40-before-screening = concertation avant le dépistage ({ $screening })
blocker-r40-no-coordinator = aucun coordinateur en charge ce jour-là
blocker-r40-coordinator-absent = le coordinateur en charge ({ $coordinator }) n'y a pas participé
blocker-r41-too-few = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}, il en faut au moins 4 (la femme compte)
blocker-r41-no-report = aucun rapport de concertation enregistré
blocker-r41-no-agreements = aucun accord par indicateur enregistré
blocker-r42-beyond-4 = seuls 4 participants INAMI sont facturables par concertation
blocker-r43-cap = le plafond de 4 quarts d'heure de la période de référence { $period } est atteint
blocker-r52-before-start = avant le début du programme ({ $start })
blocker-r61-not-open = la facturation de la prestation « { $service } » pour { $region } ouvre le { $opens }
blocker-r61-unknown = aucune date d'ouverture de la facturation n'est connue pour { $region } ; ajoutez-la au fichier du cabinet ("regions": [{"{"}"region": "{ $key }", ...{"}"}]) et importez-le

## Ce qu'il faut faire (le programme met « R35 : » devant)

alert-follow-up-overdue = suivi { DE($indicator) } en retard depuis le { $since }
alert-follow-up-due = suivi { DE($indicator) } à faire d'ici le { $by }
alert-concertation-missing = aucune concertation couvrant chaque vulnérabilité dans l'année de coordination terminée le { $year_end }
alert-concertation-due = concertation annuelle à faire d'ici le { $by }
alert-cpp-due = { $number ->
    [1] premier CPP à faire (de préférence au premier trimestre)
   *[other] second CPP à faire (de préférence au troisième trimestre)
}
alert-screening-window = pas encore de dépistage, la période se ferme le { $closes }
alert-screening-window-expected = pas encore de dépistage, la période se ferme 7 jours après la naissance (prévue vers le { $closes })
alert-deadline-near = facturer la prestation « { $service } » du { $date } d'ici le { $deadline }

## keymap.toml

keymap-bad-key = { $key } n'est pas une touche (écrivez "j", "G", "<C-d>", "<Down>", "<Enter>", "<Esc>", …)
keymap-bad-value = une liaison s'écrit "TOUCHE", ["TOUCHE", "TOUCHE"] (une séquence), [["TOUCHE"], ["TOUCHE"]] (plusieurs) ou []
keymap-bad-unbind = unbind prend une liste : unbind = ["x", ["g", "g"]]
keymap-unknown-section = section [{ $section }] inconnue ; les sections sont [global], [caseload], [case], [billing], [tariffs], [help] et [form]
keymap-unknown-action = action "{ $action }" inconnue (voir le keymap.toml par défaut pour les actions de chaque section)
keymap-action-not-here = l'action "{ $action }" n'existe pas dans [{ $section }]
keymap-conflict = la touche { $key } est liée à la fois à { $first } (ligne { $first_line }) et à { $second }
keymap-prefix-conflict = { $key } entre en conflit avec { $other } : l'une commence l'autre ({ $first } à la ligne { $first_line }, { $second } ici)
keymap-unreadable = impossible de lire le fichier : { $detail }

## Stockage

store-delete-billed = cette grossesse a { $count ->
    [one] une prestation facturée
   *[other] { $count } prestations facturées
} ; une prestation facturée est définitive (R63), elle ne peut donc pas être supprimée
store-provider-in-use = { $provider } figure encore dans la grossesse { $case } ; retirez-le d'abord là

## Lignes de la liste

row-due = terme { $date }
row-born = né le { $date }
row-no-dates = pas de dates
row-prenatal-week = prénatal { $week } SA+{ $day }
row-postnatal-day = postnatal jour { $day }
row-childhood-months = enfance { $months } mois
row-closed = clôturé (2 ans)

## Écran des dossiers

col-name = Nom
col-when = Naiss/terme
col-period = Période
col-scenario = Sc
col-coordinator = Coordinateur
col-alerts = Alerte
col-to-bill = À facturer
filter-scenario-is = scénario { $scenario }
filter-no-screening = sans dépistage
filter-coordinator-is = coordinateur { $name }
filter-alerts = avec alertes
filter-with-closed = clôturés affichés
caseload-empty = Aucun dossier.
caseload-empty-demo = Appuyez sur { $key } pour charger 200 grossesses fictives de démonstration et explorer,
caseload-empty-new = { $key } pour ajouter une grossesse, ou { $provider } pour ajouter un prestataire ;
caseload-empty-import = ou importez un fichier de dossiers depuis le shell : perinat import FICHIER
caseload-loading = Chargement des dossiers…
caseload-no-match = Aucun dossier ne correspond à la recherche et aux filtres (0 efface les filtres).

## Formulaires

form-bad-date = { $value } n'est pas une date : écrivez JJ/MM/AAAA (ou JJ-MM-AAAA, JJ.MM.AAAA, JJ/MM/AA, AAAA-MM-JJ)
form-required = obligatoire
form-bad-time = { $value } n'est pas une heure : écrivez HH:MM ou HHhMM (24 h)
form-bad-count = écrivez un nombre entier { DE($low) } à { $high }
form-yes = oui
form-no = non
form-key-next = champ suivant
form-key-choice = changer le choix
form-key-save = enregistrer
form-key-cancel = annuler
form-none = (aucun)
form-unanswered = — sans réponse
form-vulnerable = oui, vulnérable
form-id-taken = { $id } est déjà utilisé
form-need-dates = indiquez les dernières règles, le terme ou la date de naissance
form-billed-partly = { $done ->
    [one] { $done } marquée facturée
   *[other] { $done } marquées facturées
}, puis : { $error }
form-cannot-write = impossible d'écrire le fichier : { $error }
form-case-gone = cette grossesse n'est plus dans le dossier
form-new-pregnancy = Nouvelle grossesse
form-edit-pregnancy = Grossesse { DE($name) }
form-screening = Dépistage { DE($name) } (R10–R16)
form-cpp = Nouveau conseil prénatal personnalisé (CPP) pour { $name } (R20–R23)
form-follow-up = Nouveau suivi pour { $name } (R35)
form-designate = Nouvelle désignation du coordinateur pour { $name } (R31)
form-transfer = Nouvelle désignation : transférer la coordination { DE($name) } (R31, R34)
form-team = Équipe de soins { DE($name) } (R33)
form-care-plan = Plan de soins { DE($name) } (R33)
form-concertation = Nouvelle concertation pour { $name } (R40–R44)
form-provider = Nouveau prestataire
form-mark-billed = Marquer { $count ->
    [one] une prestation facturée
   *[other] { $count } prestations facturées
} (R63)
form-export = Exporter la facturation { DE($month) } en CSV
field-case-id = N° de dossier
field-name = Nom ou pseudonyme
field-niss = NISS (facultatif)
field-mother-birth = Naissance de la mère
field-region = Région de soins
field-lmp = Dernières règles
field-due = Terme prévu
field-birth = Date de naissance
field-date = Date
field-screening-provider = Finalisé par
field-consent = Consentement de la femme
field-bib-code = Code BiB
field-provider = Prestataire
field-note = Note
field-vulnerability = Vulnérabilité
field-status = Statut
field-coordinator = Coordinateur
field-from = À partir du
field-consent-coordination = La femme consent
field-billing-provider = Facture pour lui (INAMI)
field-care-plan = Plan de soins
field-start = Début (HH:MM)
field-quarter-hours = Quarts d'heure
field-woman-present = Femme présente
field-report = Rapport
field-participant = A participé : { $name }
field-agreement = Accord : { $indicator }
field-provider-id = Identifiant
field-profession = Profession
field-inami = Numéro INAMI
field-organisation = Organisation
field-billed-on = Facturé le
field-file = Fichier
live-scenario = Scénario { $scenario } · { $answered ->
    [one] { $answered } sur { $total } répondu
   *[other] { $answered } sur { $total } répondus
} · { $vulnerable ->
    [one] { $vulnerable } vulnérable
   *[other] { $vulnerable } vulnérables
}
live-scenario-provisional = Scénario { $scenario } (provisoire, R12) · { $answered ->
    [one] { $answered } sur { $total } répondu
   *[other] { $answered } sur { $total } répondus
} · { $vulnerable ->
    [one] { $vulnerable } vulnérable
   *[other] { $vulnerable } vulnérables
}

## L'interface

tui-no-terminal = impossible d'utiliser ce terminal ({ $error }) ; les autres commandes fonctionnent sans (perinat --help)
keymap-errors-title = Votre fichier de touches contient des erreurs, perinat démarre donc avec les touches par défaut :
keymap-errors-continue = Appuyez sur une touche pour continuer. Vérifiez un fichier avec : perinat keymap --check FICHIER
notice-title = À lire
confirm-title = Confirmer
confirm-delete = Supprimer la grossesse { $id } et tout ce qui a été enregistré pour elle ? (u annule)
confirm-keys = y ou Entrée : oui · toute autre touche : non
too-small-title = Le terminal est trop petit.
too-small-size = Il fait { $width }×{ $height } ; perinat a besoin d'au moins { $min_width }×{ $min_height }. Agrandissez la fenêtre ou réduisez la police.
screen-caseload = Dossiers
screen-case = Dossier
screen-billing = Facturation
screen-tariffs = Tarifs
title-loading = chargement… { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
title-count = { $shown } sur { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
title-today = aujourd'hui { $date }
search-keys = Entrée garder · Échap effacer
status-cancelled = Annulé, rien n'a été enregistré.
status-saved = Enregistré : { $name }.
status-provider-saved = Prestataire { $name } enregistré.
status-billed = { $count ->
    [one] Une prestation marquée facturée.
   *[other] { $count } prestations marquées facturées.
}
status-exported = Exporté vers { $path }.
status-deleted = { $id } supprimé.
status-nothing-to-undo = Rien à annuler.
status-undone = Annulé : { $what }.
status-undo-failed = Impossible d'annuler { $what } : { $error } Elle est laissée de côté : u continue avec la modification d'avant.
status-demo-not-empty = Les données de démonstration ne vont que dans des dossiers vides.
status-demo-loaded = { $count ->
    [one] { $count } grossesse fictive chargée
   *[other] { $count } grossesses fictives chargées
} (démonstration).
status-no-service = Aucune prestation sélectionnée.
status-no-providers = Ajoutez d'abord un prestataire ({ $key }).
status-cannot-mark = Impossible de marquer facturé : { $reason }
status-line-not-claimable = cette prestation est { $status }

## Écran d'un dossier

case-no-dates = Pas de dernières règles, de terme ni de naissance : modifiez la grossesse (e).
case-expected-birth = naissance prévue
case-birth = naissance
case-ends = fin
case-legend = ▓ prénatal ▒ postnatal ░ petite enfance · ▼ aujourd'hui B naissance ? prévue
case-legend-marks = S dépistage C CPP K concertation F suivi D coordinateur R pér. réf. * plusieurs
case-no-screening = Aucun dépistage enregistré (R12) : enregistrez-le avec S.
case-scenario = Scénario { $scenario } · { $answered ->
    [one] { $answered } indicateur sur 15 répondu
   *[other] { $answered } indicateurs sur 15 répondus
}
case-scenario-provisional = Scénario { $scenario }, provisoire (R12) · { $answered ->
    [one] { $answered } sur 15 répondu
   *[other] { $answered } sur 15 répondus
}
case-vulnerability-status = { $name } : { $status } le { $date } ({ $note })
case-vulnerability-none = { $name } : pas encore de statut
case-coordinator = Coordinateur : { $name } depuis le { $since }{ $count ->
    [1] {""}
   *[other] {" "}(après { $count } désignations)
}
case-no-coordinator = Coordinateur : aucun
case-team = Équipe de soins : { $team }
case-care-plan = Plan de soins ({ $date }) : { $text }
case-services = Prestations : date, prestation, prestataire, montant, échéance, statut
case-no-services = aucune pour l'instant
case-billed-on = facturé le { $date }
case-alerts = Alertes
case-no-alerts = aucune

## Écran de facturation

billing-month = Prestations { DE($month) }
billing-total = à facturer : { $amount }
billing-per-provider = Par prestataire :
billing-col-case = Dossier
billing-col-service = Prestation
billing-col-date = Date
billing-col-provider = Prestat.
billing-col-amount = Montant
billing-col-deadline = Échéance
billing-col-status = Statut
billing-empty = Aucune prestation ce mois-ci.
billing-no-reason = Facturable : toutes ses règles sont respectées.

## Écran des tarifs

tariffs-title = Tarifs (R50–R51) : montant par unité, à partir de la date indiquée
tariffs-from = à partir du { $date }
tariffs-built-in = intégré
tariffs-practice = fichier du cabinet
tariffs-in-force-mark = ▶ en vigueur aujourd'hui
tariffs-openings = Ouverture de la facturation (R61) : dépistage / autres prestations
tariffs-opening-built-in = intégré (circulaire OA 2024/258)
tariffs-opening-unknown = non fixée : les prestations restent bloquées (R61) tant que le fichier du cabinet ne la donne pas
tariffs-interpretations = Comment perinat lit les circulaires (interprétations de RULES.md)
interp-r33 = R33 : la concertation doit tomber dans la même période de référence ; la date de prestation du forfait est le premier jour où toutes ses conditions sont remplies, au tarif de ce jour ; jusque-là il apparaît bloqué au premier jour de la période.
interp-r42 = R42 : quand plus de 4 personnes participent à une concertation, le coordinateur (s'il a un numéro INAMI) passe en premier, puis les participants dans l'ordre enregistré ; les autres reçoivent une ligne bloquée.
interp-r51 = R51 : les montants 2025 sont supposés commencer le 01/01/2025, date habituelle d'une indexation ; la circulaire n'imprime pas de date. Un fichier du cabinet peut le corriger.
interp-r61 = R61 : aucune date d'ouverture n'est intégrée pour la Flandre ; le cabinet la fixe dans son propre fichier, et d'ici là les prestations flamandes sont calculées mais bloquées.
interp-r62 = R62 : une prestation datée d'avant l'ouverture de sa région a la plus tardive des deux échéances : celle de R60 et le 5e jour du troisième mois après le mois d'ouverture.

## Aide

help-title = Touches
help-this-screen = Cet écran
help-everywhere = Partout
help-forms = Dans les formulaires
help-alert-marks = Marques d'alerte dans la liste
help-alert-legend = Une date suivie de ? est un terme prévu. Alertes : F suivi en retard (R35) · f suivi à faire · K concertation à faire (R36) · C CPP à faire (R21) · € échéance proche (R60) · S période de dépistage qui se ferme (R13)
help-keymap-file = Changez les touches dans keymap.toml (voir perinat keymap --check).

## Actions, telles que l'aide et les pieds de page les nomment

action-quit = quitter
action-back = retour
action-help = aide
action-caseload = dossiers
action-billing = facturation
action-tariffs = tarifs
action-undo = annuler la dernière modification
action-up = haut
action-down = bas
action-page-up = page précédente
action-page-down = page suivante
action-top = premier
action-bottom = dernier
action-open = ouvrir
action-search = rechercher
action-filter-scenario = filtrer par scénario
action-filter-period = filtrer par période
action-filter-region = filtrer par région
action-filter-coordinator = filtrer par coordinateur
action-filter-alerts = seulement les dossiers avec alertes
action-toggle-closed = afficher ou masquer les dossiers clôturés
action-clear-filters = effacer recherche et filtres
action-sort-next = trier par la colonne suivante
action-sort-reverse = inverser le tri
action-new-pregnancy = nouvelle grossesse
action-new-provider = nouveau prestataire
action-load-demo = charger la démonstration
action-edit-pregnancy = modifier les données de la femme
action-record-screening = dépistage
action-add-cpp = nouveau CPP
action-add-follow-up = nouveau suivi
action-designate-coordinator = nouveau coordinateur ou transfert
action-edit-team = équipe de soins
action-edit-care-plan = plan de soins
action-add-concertation = nouvelle concertation
action-mark-billed = marquer facturé
action-delete-pregnancy = supprimer la grossesse
action-previous-month = mois précédent
action-next-month = mois suivant
action-toggle-select = sélectionner
action-select-all = sélectionner tout le facturable
action-export-csv = exporter en CSV
action-next-field = champ suivant
action-previous-field = champ précédent
action-next-choice = choix suivant
action-previous-choice = choix précédent
action-save = enregistrer
action-cancel = annuler

## Ligne de commande

keymap-check-defaults = Aucun fichier de touches n'est utilisé : perinat fonctionne avec ses touches intégrées (keymap.toml dans les sources).
keymap-check-ok = { $file } est un fichier de touches valide ({ $count ->
    [one] { $count } action liée
   *[other] { $count } actions liées
}).
keymap-check-errors = le fichier de touches contient { $count ->
    [one] une erreur
   *[other] { $count } erreurs
} :
short-prenatal-week = { $week } SA+{ $day }
short-prenatal = prénatal
short-postnatal-day = post j{ $day }
short-childhood-months = enf. { $months } m
short-closed = clôturé

## Journal : ce qu'était une modification (perinat log, l'historique du dossier)
audit-import = importé
audit-put-pregnancy = grossesse modifiée
audit-delete-pregnancy = grossesse supprimée
audit-put-provider = prestataire modifié
audit-delete-provider = prestataire supprimé
audit-mark-billed = marqué facturé
audit-restore = dossiers restaurés
audit-migrate = stockage migré
audit-who-from = { $user } depuis { $from }
audit-none = (rien)
history-title = Historique { DE($id) }
history-empty = Aucune modification de ce dossier n'est encore enregistrée.
history-keys = Les plus récentes d'abord. ↑/↓ défiler, Échap ferme.
action-history = historique : qui a modifié quoi, et quand
startup-warnings-title = Avant de commencer :

## Mois (les dates sont toujours jj/mm/aaaa ; les mois sont nommés dans les titres)

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Les noms officiels des prestations (circulaire INAMI)

service-long-401376 = dépistage
service-long-401391 = conseil prénatal personnalisé
service-long-401413 = coordination des soins et de l'aide
service-long-401435 = concertation multidisciplinaire

## Langue

action-language = changer de langue (fr, nl, de, en)
status-language = Langue : { $language } (retenue). L encore : { $next }.
lang-env-ignored = PERINAT_LANG={ $value } n'est pas une langue de perinat (fr, nl, de, en) ; elle est ignorée et perinat parle { $lang }
config-unreadable = impossible de lire le fichier de réglages { $file } ({ $detail }) ; perinat continue sans lui
config-broken = le fichier de réglages { $file } n'est pas du TOML valide ({ $detail }) ; perinat continue sans lui. Corrigez ou supprimez le fichier
config-bad-lang = le fichier de réglages { $file } contient lang = { $value }, qui n'est ni fr, ni nl, ni de, ni en ; perinat continue sans lui
config-cannot-save = la langue n'a pas pu être retenue dans { $file } ({ $detail }) ; elle vaut pour cette session seulement
warning = avertissement : { $text }

## Stockage et sauvegardes

store-locked = les dossiers { DE($dir) } sont ouverts dans une autre session perinat qui ne les partage pas (un perinat plus ancien, ou un programme qui a ouvert la base lui-même) ; fermez cette session, ou attendez qu'elle se termine, et réessayez
store-cannot-open = impossible d'ouvrir les dossiers { DE($dir) } : { $detail } ; vérifiez que le répertoire existe et vous appartient (ou choisissez-en un autre avec --data-dir)
store-newer-schema = les dossiers { DE($dir) } ont été écrits par un perinat plus récent (schéma { $found }, cette version lit jusqu'au { $supported }) ; installez le perinat plus récent pour les ouvrir
store-corrupt = l'enregistrement { $key } est illisible ({ $detail }) ; le stockage est endommagé : restaurez la sauvegarde la plus récente (le répertoire backups à côté du stockage) avec perinat restore FICHIER
store-damaged = le stockage des dossiers { DE($dir) } est endommagé et ne peut pas être ouvert ({ $detail })
store-write = les dossiers n'ont pas pu être écrits : { $detail } ; rien n'a été enregistré (le disque est-il plein ?)
store-full = le disque est plein (ou la taille de fichier permise à cette session est atteinte) : { $detail } ; rien n'a été enregistré et les dossiers sont intacts. Libérez de l'espace (le répertoire backups à côté du stockage peut être allégé) et réessayez
store-no-pregnancy = grossesse { $id } introuvable
store-no-provider = prestataire { $id } introuvable
store-no-service = aucune prestation { $code } du { $date } par { $provider } dans { $case }
store-provider-needs-id = un prestataire a besoin d'un identifiant
store-no-home = aucun répertoire personnel n'est connu ; indiquez un répertoire de données avec --data-dir RÉP ou { $env }
store-conflict = { $id } est déjà enregistré avec d'autres données ; utilisez --replace pour l'écraser
store-billed-item = { $code } du { $date } facturé le { $on }
store-r63-drop = une facturation est définitive : ceci supprimerait ou changerait les prestations facturées { DE($case) } : { $list }
store-already-billed = cette prestation a déjà été facturée le { $on }
store-not-billable = cette prestation n'est pas facturable : { $reasons }
store-no-tariff = aucun tarif n'est en vigueur à la date de la prestation
store-busy = occupé, { $doing } : réessayez dans un instant (rien n'a été enregistré ; ce que vous avez tapé est conservé)
busy-import = enregistrement d'un import { $count ->
    [one] de { $count } grossesse
   *[other] de { $count } grossesses
}…
busy-restore = restauration d'un dossier { $count ->
    [one] de { $count } grossesse
   *[other] de { $count } grossesses
}…
busy-change = enregistrement d'une modification…
busy-backup = écriture de la sauvegarde du jour…
stale-edit = non enregistré : { $name } ({ $case }) a été modifiée par { $who } après l'ouverture de ce formulaire ({ $parts }). Votre formulaire reste ouvert avec ce que vous avez tapé : regardez la modification derrière, puis enregistrez à nouveau pour mettre la vôtre par-dessus, ou Échap pour l'abandonner
stale-who = { $user } à { $at } ({ $action })
stale-someone = quelqu'un d'autre
stale-whole = tout le dossier
part-mother = les données de la mère
part-region = la région
part-dates = les dates
part-screening = le dépistage
part-cpp = les séances CPP
part-coordinators = le coordinateur
part-team = l'équipe de soins
part-care-plan = le plan de soins
part-follow-ups = les suivis
part-concertations = les concertations
part-billed = ce qui est facturé
part-other = d'autres données
cli-replayed = { $count ->
    [one] { $count } modification faite après cette sauvegarde a été rejouée depuis le journal.
   *[other] { $count } modifications faites après cette sauvegarde ont été rejouées depuis le journal.
}
journal-torn = la dernière modification écrite dans le journal ({ $file }, ligne { $line }, { $bytes ->
    [one] { $bytes } octet
   *[other] { $bytes } octets
}) a été coupée par un arrêt brutal : elle n'avait jamais été confirmée et n'est pas rejouée
journal-damaged = le journal { $file } ne peut pas être lu à partir de la ligne { $line } ({ $error }) ; les modifications suivantes ne sont pas rejouées
journal-unreadable-entry = la modification { $n } du journal ne peut pas être lue ({ $problem }) ; elle et les suivantes ne sont pas rejouées
journal-cannot-write = le journal à côté des dossiers n'a pas pu être écrit ({ $error }) ; rien n'a été enregistré
import-control-character = contient le caractère de contrôle { $code } (affiché { $shown }) : un nom, un identifiant ou un code ne le peut pas (une note peut garder ses retours à la ligne et tabulations) ; retirez-le dans le programme qui a produit le fichier
share-no-group = le groupe { $group } n'existe pas sur cette machine ; créez-le d'abord (sudo groupadd { $group }) et ajoutez-y chaque collègue (sudo adduser NOM { $group })
share-failed = impossible de donner { $path } au groupe { $group } : { $error } ; vous devez en être propriétaire et membre { DE($group) } (ou utiliser sudo)
cli-shared = Les dossiers { DE($dir) } sont maintenant partagés avec le groupe { $group } : ses membres y accèdent avec perinat --data-dir { $dir } (ou PERINAT_DATA_DIR={ $dir }). Ils doivent se reconnecter après avoir été ajoutés au groupe.
status-deleted-by = { $id } a été supprimé par { $user } ; il n'est plus dans les dossiers
status-deleted-elsewhere = { $id } a été supprimé dans une autre session ; il n'est plus dans les dossiers
status-connection-lost = { $error } ; reconnexion… (ce que vous tapez est conservé ; l'enregistrement attend la connexion)
status-reconnected = reconnecté au serveur perinat ; les dossiers sont relus
server-access-refused = { $user } ne peut pas utiliser le dossier { DE($dir) } : il appartient à { $owner } et aux membres du groupe { $group }. Demandez à l'administrateur du cabinet de vous ajouter à ce groupe (sudo adduser { $user } { $group }), puis reconnectez-vous
server-already-running = un serveur perinat tourne déjà pour { $dir }
server-cannot-listen = impossible d'ouvrir le socket du serveur { $socket } : { $error }
client-garbage = le serveur perinat a envoyé un message que ce perinat ne sait pas lire ({ $error }) ; fermez toutes les sessions perinat pour qu'un serveur de cette version puisse démarrer
client-lost-during-write = la connexion au serveur perinat a été perdue pendant l'enregistrement ({ $error }) ; la modification n'est peut-être pas enregistrée. Rien de ce que vous avez tapé n'est perdu : regardez le dossier, puis enregistrez à nouveau
client-lost = la connexion au serveur perinat a été perdue ({ $error })
client-unexpected = le serveur perinat a donné une réponse inattendue ({ $reply }) ; fermez toutes les sessions perinat pour qu'un serveur de cette version puisse démarrer
client-no-access = vous ne pouvez pas utiliser le dossier { DE($dir) } : demandez à l'administrateur du cabinet de vous ajouter au groupe { $group }, puis reconnectez-vous
client-other-version = le serveur de ce dossier est perinat { $server } ; celui-ci est { $this } : fermez toutes les sessions perinat pour que le nouveau serveur puisse démarrer
client-no-server = aucun serveur perinat ne tourne pour { $dir }, et seul son propriétaire { $owner } peut en démarrer un. Demandez à { $owner } ou à l'administrateur du cabinet de le démarrer (systemctl start perinat), ou ouvrez perinat une fois sous le compte { $owner }
client-server-silent = le serveur perinat { DE($dir) } n'a pas démarré (son journal est { $dir }/server.log)
client-cannot-start = impossible de démarrer le serveur perinat { DE($dir) } : { $error }
store-open-to-others = { $file } est accessible à d'autres utilisateurs (mode { $mode }){ $more ->
    [0] {""}
    [one] {" "}(et { $more } autre)
   *[other] {" "}(et { $more } autres)
} ; les dossiers contiennent des données de santé. Correction : chmod -R go-rwx '{ $dir }'
backup-cannot-write = impossible d'écrire la sauvegarde { $file } : { $error }
backup-cannot-create-dir = impossible de créer le répertoire des sauvegardes { $dir } : { $error }
backup-cannot-rotate = impossible de faire tourner les sauvegardes { DE($dir) } : { $error }
backup-migration-stopped = { $error } ; le stockage n'a pas été migré et n'a pas changé : libérez de l'espace ou corrigez le répertoire et relancez perinat
backup-recovery-hint = La sauvegarde la plus récente est { $file } (prise le { $at }). Pour la restaurer (le stockage endommagé est mis de côté) :
    {"  "}perinat --data-dir '{ $dir }' restore '{ $file }'
backup-recovery-none = Il n'y a aucune sauvegarde dans { $backups } ; si vous avez un export, restaurez-le avec : perinat --data-dir '{ $dir }' restore FICHIER
panic-report = erreur interne à { $at }. Chaque modification que perinat a dit avoir enregistrée est sur le disque. Merci de signaler cette erreur avec l'emplacement ci-dessus. Son message n'est pas affiché car il peut contenir des données de patientes (PERINAT_DEBUG=1 l'affiche).

## Saisies incorrectes

date-not-a-date = { $value } n'est pas une date : écrivez AAAA-MM-JJ
date-year-range = { $value } : l'année { $year } est hors limites (1900-2199)
date-not-a-day = { $value } n'est pas un jour du calendrier
date-not-a-month = { $value } n'est pas un mois : écrivez AAAA-MM, par exemple 2025-03
id-inami = Le numéro INAMI
id-niss = Le NISS
id-not-a-digit = { $what } { $value } contient un caractère { $char } qui n'est pas un chiffre
id-digit-count = { $what } { $value } a { $count ->
    [one] { $count } chiffre
   *[other] { $count } chiffres
}, il en faut 11
id-inami-check = les chiffres de contrôle { DE($number) } ne correspondent pas : le numéro est mal tapé ; recopiez-le depuis la carte ou le courrier du prestataire
id-niss-month = le mois { $month } du NISS n'est pas un mois (ni un mois BIS)
id-niss-check = les chiffres de contrôle du NISS ne correspondent pas : le numéro est mal tapé ; recopiez-le depuis la carte d'identité ou la vignette
json-where = ligne { $line }, colonne { $column }
json-invalid = JSON non valide : { $detail }
json-bad-amount = { $value } n'est pas un montant : écrivez des euros avec deux décimales, par ex. "744.05"
json-bad-key = { $value } n'est pas une valeur { DE($what) } valide (parmi : { $all })
json-bad-format = { $value } n'est pas { $format } : ce n'est pas un fichier de dossiers perinat
json-bad-version = la version { $version } n'est pas prise en charge (ce perinat lit la version { $supported })
json-name-needed = un nom est requis
json-bad-time = { $value } n'est pas une heure : écrivez HH:MM (24 h)
valid-id-needed = un identifiant est requis
valid-lmp-needed = la date des dernières règles ou le terme est requis
valid-birth-before-start = { $birth } précède le début de la grossesse ({ $start })
valid-unknown-provider = prestataire { $id } inconnu
valid-unknown-indicator = indicateur inconnu
valid-quarter-hours = { $value } n'est pas compris entre 1 et { $max }
valid-billed-unmatched = ne correspond à aucune prestation ({ $code } du { $date } facturé par { $provider }) ; une prestation facturée est définitive : les faits sur lesquels elle a été facturée ne peuvent changer (R63). Pour changer sa date de facturation, corrigez sa marque (c à l'écran de facturation) ; si la demande a été refusée, retirez d'abord la marque (w), puis modifiez l'enregistrement
valid-used-twice = { $id } est utilisé deux fois
valid-second-tariff = un second tarif pour { $code } à partir du { $from }
valid-region-twice = { $region } apparaît deux fois

## Ligne de commande

cli-no-pregnancy = aucune grossesse "{ $id }" dans les dossiers (voir perinat cases)
cli-bad-pseudocode = "{ $code }" n'est pas un pseudocode du programme (401376, 401391, 401413, 401435)
cli-marked-billed = Enregistré : { $code } du { $date } pour { $case } facturé le { $on } ({ $amount }).
cli-problems = { $what } ({ $count ->
    [one] un problème
   *[other] { $count } problèmes
}) :
cli-more-problems = … et { $count } de plus
cli-cannot-read = impossible de lire { $file } : { $error }
cli-cannot-write = impossible d'écrire { $file } : { $error }
cli-cannot-write-output = impossible d'écrire la sortie : { $error }
cli-not-imported = { $file } n'a pas été importé, les dossiers n'ont pas changé
cli-imported = { $file } importé : grossesses { $added ->
    [one] { $added } ajoutée
   *[other] { $added } ajoutées
}, { $replaced ->
    [one] { $replaced } remplacée
   *[other] { $replaced } remplacées
}, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
} ; prestataires { $providers_added ->
    [one] { $providers_added } ajouté
   *[other] { $providers_added } ajoutés
}, { $providers_replaced ->
    [one] { $providers_replaced } remplacé
   *[other] { $providers_replaced } remplacés
}, { $providers_unchanged ->
    [one] { $providers_unchanged } inchangé
   *[other] { $providers_unchanged } inchangés
}.
cli-imported-settings = Réglages du cabinet : { $tariffs ->
    [one] { $tariffs } tarif
   *[other] { $tariffs } tarifs
}, { $regions ->
    [one] { $regions } ouverture régionale
   *[other] { $regions } ouvertures régionales
}.
cli-exported = { $count ->
    [one] { $count } grossesse
   *[other] { $count } grossesses
} et { $providers ->
    [one] { $providers } prestataire
   *[other] { $providers } prestataires
} exportés vers { $file }.
cli-demo-written = Dossiers de démonstration { $count ->
    [one] de { $count } grossesse
   *[other] de { $count } grossesses
} écrits dans { $file }.
cli-demo-not-empty = le stockage { DE($dir) } contient déjà { $count ->
    [one] { $count } grossesse
   *[other] { $count } grossesses
} ; la démonstration ne s'ajoute qu'à un stockage vide (utilisez --out FICHIER, ou un autre --data-dir)
cli-demo-added = Dossiers de démonstration { $count ->
    [one] de { $count } grossesse fictive
   *[other] de { $count } grossesses fictives
} ajoutés dans { $dir }.
    Essayez : perinat cases, perinat billing --unbilled
cli-man-written = { $count ->
    [one] { $count } page de manuel écrite
   *[other] { $count } pages de manuel écrites
} dans { $dir }.
cli-case-count = { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
cli-col-when = Terme / né
cli-today = Aujourd'hui { $date } : { $phase }
cli-periods = Périodes (R2) : prénatale dès le { $prenatal }, { $birth_label } { $birth }, petite enfance dès le { $childhood }, fin le { $end } (R3)
cli-reference-period = Période de référence { $number } (R4) : du { $from } au { $to }
cli-no-screening = Dépistage : aucun enregistré (R12)
cli-coordinator = Coordinateur : { $name } depuis le { $from }
cli-transfer = Transfert à : { $name } depuis le { $from }
cli-no-consent = (aucun consentement enregistré)
cli-services = Prestations
cli-deadline = avant le { $date }
cli-daily-backup-failed = la sauvegarde du jour a échoué : { $error }
cli-cannot-list = impossible de lister { $dir } : { $error }
cli-backups-in = Sauvegardes dans { $dir } :
cli-no-backups = (aucune encore : une est prise à la première utilisation de chaque jour)
cli-backed-up = { $count ->
    [one] { $count } grossesse
   *[other] { $count } grossesses
} et { $providers ->
    [one] { $providers } prestataire
   *[other] { $providers } prestataires
} sauvegardés dans { $file }.
cli-confirm-no-terminal = L'entrée standard n'est pas un terminal, perinat ne peut donc pas demander : ajoutez --yes pour continuer.
cli-confirm-ask = Tapez oui pour continuer :
cli-confirm-word = oui
cli-cannot-read-answer = impossible de lire la réponse : { $error }
cli-cannot-set-aside = impossible de mettre de côté le stockage endommagé { $dir } : { $error }
cli-not-restored = { $file } n'a pas été restauré, les dossiers n'ont pas changé
cli-restore-question = Remplacer les dossiers { DE($dir) } ({ $count ->
    [one] { $count } grossesse
   *[other] { $count } grossesses
}, { $providers ->
    [one] { $providers } prestataire
   *[other] { $providers } prestataires
}) par { $file } ({ $new_count ->
    [one] { $new_count } grossesse
   *[other] { $new_count } grossesses
}, { $new_providers ->
    [one] { $new_providers } prestataire
   *[other] { $new_providers } prestataires
}) ?
    Les dossiers actuels sont d'abord sauvegardés, dans { $backups }.
cli-restore-damaged-question = Le stockage { DE($dir) } est endommagé. Mettre ses fichiers de côté (ils sont conservés) et repartir d'un nouveau stockage depuis { $file } ({ $new_count ->
    [one] { $new_count } grossesse
   *[other] { $new_count } grossesses
}, { $new_providers ->
    [one] { $new_providers } prestataire
   *[other] { $new_providers } prestataires
}) ?
cli-not-confirmed = { $refused } (non confirmé)
cli-current-unreadable = les dossiers actuels ne peuvent pas être lus entièrement ({ $error })
cli-restore-backup-failed = { $refused } : la sauvegarde des dossiers actuels a échoué : { $error }
cli-restored = { $file } restauré : { $count ->
    [one] { $count } grossesse
   *[other] { $count } grossesses
}, { $providers ->
    [one] { $providers } prestataire
   *[other] { $providers } prestataires
}.
cli-previous-in = Les dossiers précédents sont dans { $file }.
cli-damaged-kept = Les fichiers du stockage endommagé sont conservés dans { $dir }.
cli-change-count = { $count ->
    [one] { $count } modification
   *[other] { $count } modifications
}
overview-title = perinat - dossiers dans { $dir }
overview-empty = Aucun dossier. Pour explorer avec des données fictives :
    {"  "}perinat demo --cases 200
    Pour importer un fichier de dossiers :
    {"  "}perinat import FICHIER
    
    Voir perinat --help pour toutes les commandes.
overview-phases = { $count ->
    [one] { $count } grossesse
   *[other] { $count } grossesses
} : { $prenatal } en prénatal, { $postnatal } en postnatal, { $childhood } en petite enfance, { $closed ->
    [one] { $closed } clôturée
   *[other] { $closed } clôturées
}
overview-scenarios = Scénarios : { $zero } × 0, { $a } × A, { $b } × B ({ $provisional ->
    [one] { $provisional } provisoire
   *[other] { $provisional } provisoires
})
overview-to-claim = À facturer : { $count ->
    [one] { $count } prestation
   *[other] { $count } prestations
}, { $amount } ({ $near } avec une échéance dans les 14 jours)
overview-blocked = Prestations bloquées : { $blocked }    Dossiers avec alertes : { $alerts }
overview-commands = perinat cases                les dossiers, une ligne par grossesse
    perinat case ID              une grossesse : calendrier, prestations et raisons, alertes
    perinat billing --month { $month }   la facturation de fin de mois
    perinat billing --unbilled   tout ce qui reste à facturer
    perinat --help               toutes les commandes

## Rapport de facturation (perinat billing) et son CSV

report-title-month = Facturation { DE($month) } (au { $today })
report-title-unbilled = Prestations non facturées, échéance la plus proche d'abord (au { $today })
report-per-pseudocode = À facturer, par pseudocode
report-total = Total
report-per-provider = À facturer, par prestataire facturant
report-nothing = rien à facturer
report-no-billing-provider = (aucun prestataire facturant)
report-col-code = Code
report-col-qty = Qté
report-section-billable = { $count ->
    [one] Facturable (! = échéance dans les 14 jours) : { $count }
   *[other] Facturables (! = échéance dans les 14 jours) : { $count }
}
report-section-done = { $count ->
    [one] Facturée ou expirée : { $count }
   *[other] Facturées et expirées : { $count }
}
report-section-blocked = { $count ->
    [one] Bloquée (non facturable) : { $count }
   *[other] Bloquées (non facturables) : { $count }
}
report-empty = Aucune prestation dans cette sélection.
csv-case = Dossier
csv-pseudocode = Pseudocode
csv-service = Prestation
csv-service-date = Date de prestation
csv-provider = Identifiant prestataire
csv-provider-name = Prestataire
csv-units = Unités
csv-unit-price = Prix unitaire (EUR)
csv-amount = Montant (EUR)
csv-deadline = Échéance
csv-status = Statut
csv-reasons = Raisons
backup-damaged-compressed = impossible de lire { $file } : ce fichier compressé (zstd) est endommagé ou incomplet ({ $error }) ; utilisez une autre sauvegarde
cli-show-not-json = { $file } n'est ni une sauvegarde ni un export de perinat (JSON), il n'est donc pas affiché : { $error }
csv-woman = Femme
csv-niss = NISS
csv-start-time = Heure de début
csv-provider-inami = INAMI du prestataire
csv-problems = À corriger avant de facturer
claim-no-niss = aucun NISS enregistré : ajoutez-le au dossier avant de facturer (R71)
claim-niss = NISS
claim-start = début { $time }
report-for-provider = facturé par { $provider }
report-deadline-near = { $count ->
    [one] ! { $count } à facturer dans les 14 jours, avant son échéance (R60)
   *[other] ! { $count } à facturer dans les 14 jours, avant leur échéance (R60)
}
claim-days-left = { $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
}
billed-on-future = la date de facturation { $on } est dans le futur (nous sommes le { $today }) : indiquez le jour où la prestation a été facturée sur la plateforme IM
billed-on-before-service = la date de facturation { $on } précède la date de la prestation { $service } : une prestation se facture une fois effectuée
store-correction-needs-reason = une correction de facturation demande un motif (par exemple « refusé par la plateforme : NISS erroné ») : il est inscrit dans l'historique du dossier
store-correction-bad-reason = le motif contient le caractère de contrôle { $char } : retapez-le sans ce caractère
store-not-billed = la prestation { $code } du { $date } du dossier { $case } n'est pas marquée facturée : rien à corriger
audit-correct-billed = date de facturation corrigée
audit-withdraw-billed = facturation retirée
cli-unknown-provider = aucun prestataire n'a l'identifiant « { $id } » ; les identifiants sont : { $ids }
cli-per-provider-none = Aucune ligne de ce rapport n'a de prestataire facturant : aucun fichier écrit.
cli-per-provider-file = { $file } : { $provider }, { $count } à facturer, { $amount }
cli-billed-corrected = Enregistré : { $code } du { $date } pour { $case } est maintenant facturé le { $on } (la correction et son motif sont dans l'historique du dossier).
cli-billed-withdrawn = Enregistré : { $code } du { $date } pour { $case } n'est plus marqué facturé (le retrait et son motif sont dans l'historique du dossier).
cli-mark-expired = R60 : l'échéance de cette prestation est passée le { $deadline } ; la plateforme peut refuser la facturation. Ajoutez --late pour la marquer facturée malgré tout.
billing-mark-summary = { $count ->
    [one] { $count } prestation, { $amount } :
   *[other] { $count } prestations, { $amount } :
}
billing-mark-more = … et { $count } de plus
billing-mark-final = Un marquage est définitif (R63) : ensuite, seule une correction motivée, inscrite dans l'historique, peut le changer.
billing-quarter-hours = { $count ->
    [one] { $count } quart d'heure
   *[other] { $count } quarts d'heure
}
billing-expired-why = Expirée : son échéance (R60) est passée le { $deadline }. La plateforme peut la refuser ; la marquer facturée demande une confirmation.
billing-unbilled = Tout ce qui reste à facturer
billing-unbilled-empty = Plus rien à facturer.
billing-col-days-left = Jours restants
billing-days = { $days } j
status-not-billed = Cette ligne n'est pas marquée facturée : aucun marquage à corriger ou retirer.
billing-billed-on = Actuellement marquée facturée le { $date }.
confirm-mark-expired = { $count ->
    [one] La prestation à marquer a dépassé son échéance (R60) : la plateforme peut la refuser. La marquer facturée malgré tout ?
   *[other] { $expired ->
        [one] { $expired } des { $count } prestations à marquer a dépassé son échéance (R60) : la plateforme peut la refuser. Les marquer facturées malgré tout ?
       *[other] { $expired } des { $count } prestations à marquer ont dépassé leur échéance (R60) : la plateforme peut les refuser. Les marquer facturées malgré tout ?
    }
}
status-billed-corrected = Date de facturation { DE($case) } corrigée au { $on } ; le motif est dans l'historique.
status-billed-withdrawn = Marquage de facturation { DE($case) } retiré ; le motif est dans l'historique. La ligne peut être refacturée tant que l'échéance le permet.
status-exported-per-provider = { $count ->
    [one] { $count } fichier écrit
   *[other] { $count } fichiers écrits
} dans { $dir }, un par prestataire facturant.
form-correct-billed = Corriger la date de facturation (R63)
form-withdraw-billed = Retirer le marquage : facturation refusée (R63)
form-export-per-provider = Un CSV par prestataire facturant
field-reason = Motif (gardé dans l'historique)
field-directory = Dossier
action-toggle-unbilled = tout le non facturé
action-filter-provider = prestataire
action-correct-billed = corriger la date de facturation
action-withdraw-billed = retirer la facturation
action-export-per-provider = un CSV par prestataire
title-deadline-near = ! { $count } à facturer ≤14 j
overview-deadline-near = { $near ->
    [one] ! { $near } d'entre elles doit être facturée dans les 14 jours (R60) : perinat billing --unbilled les liste, échéance la plus proche d'abord
   *[other] ! { $near } d'entre elles doivent être facturées dans les 14 jours (R60) : perinat billing --unbilled les liste, échéance la plus proche d'abord
}
billing-billed-why = Facturée le { $date } (R63). { $correct } : corriger la date de facturation ; { $withdraw } : retirer une facturation refusée.
status-undo-billed = Une marque de facturation est définitive (R63) : pour en retirer une, sélectionnez sa ligne à l'écran de facturation et appuyez sur { $key } (retrait, avec la raison). u à nouveau annule la modification d'avant.
status-how-to-quit = Échap revient en arrière et ne quitte jamais ; { $key } quitte perinat.
confirm-quit-unsaved = Quitter perinat et perdre ce que vous avez tapé dans ce formulaire ?
confirm-discard = Fermer ce formulaire et perdre ce que vous y avez tapé ?
valid-inami-taken = { $inami } est déjà le numéro INAMI { DE($name) } ({ $id }) : un numéro appartient à un seul prestataire ; corrigez le numéro, ou utilisez ce prestataire
store-moved = quelqu'un d'autre a enregistré une modification au même moment ; rien n'a été enregistré : réessayez
busy-others = d'autres enregistrent des modifications…
cli-bad-store = { $value } n'est pas un stockage connu de perinat : donnez une URL PostgreSQL (postgres://UTILISATEUR@HÔTE/BASE), ou omettez --store et PERINAT_STORE pour les dossiers du répertoire de données
pg-bad-url = { $url } n'est pas une URL PostgreSQL utilisable par perinat ({ $error }) ; écrivez-la postgres://UTILISATEUR@HÔTE/BASE
pg-cannot-connect = impossible de joindre la base PostgreSQL { $url } : { $error } ; vérifiez que le serveur de base de données tourne et que l'hôte, le port et le nom de la base sont corrects
pg-auth = la base PostgreSQL { $url } n'a pas accepté l'utilisateur { $user } ({ $error }) ; vérifiez le nom d'utilisateur et son mot de passe (PGPASSWORD), ou demandez à l'administrateur de la base
pg-lost = la connexion à la base PostgreSQL { $url } a été perdue ({ $error })
pg-lost-during-write = la connexion à la base PostgreSQL { $url } a été perdue pendant l'enregistrement ({ $error }) ; la modification n'a peut-être pas été enregistrée. Rien de ce que vous avez tapé n'est perdu : regardez le dossier, puis enregistrez à nouveau
pg-error = la base PostgreSQL { $url } a refusé la demande : { $error }
pg-older-schema = les dossiers de { $url } sont au schéma { $found } et ce perinat a besoin du { $wanted } ; rien n'a été écrit. Faites une copie (pg_dump), puis lancez perinat db migrate avec ce --store
pg-newer-schema = les dossiers de { $url } sont au schéma { $found }, écrit par un perinat plus récent (celui-ci connaît jusqu'au { $wanted }) ; rien n'a été écrit. Installez le perinat plus récent pour les utiliser
pg-not-perinat = la base { $url } contient des tables qui ne sont pas des dossiers perinat ; donnez à perinat une base à lui (CREATE DATABASE perinat OWNER …)
pg-migrated = les dossiers de { $url } sont maintenant au schéma { $to } (ils étaient au { $from })
pg-up-to-date = les dossiers de { $url } sont déjà au schéma { $version }
pg-no-store = perinat db travaille sur des dossiers dans PostgreSQL : donnez --store postgres://UTILISATEUR@HÔTE/BASE ou définissez PERINAT_STORE
pg-backups-elsewhere = les dossiers de { $url } sont gardés par PostgreSQL, dont les sauvegardes sont celles de la base (pg_dump ou réplication, voir README) ; perinat backup FICHIER en écrit une copie portable
pg-not-served = perinat { $command } sert aux dossiers d'un répertoire de données ; avec des dossiers dans PostgreSQL, chaque perinat parle lui-même à la base
store-correction-same-date = la prestation est déjà marquée facturée le { $on } : rien à corriger

# issue 12: to-do, record, history words
todo-forfait-condition = il ne manque qu'une condition au forfait de la période de référence { $period } : { $condition }
todo-col-due = Échéance
todo-col-concerned = Concerné·e·s
todo-col-what = À faire
todo-overdue = en retard
todo-count = { $count ->
    [one] { $count } chose à faire (en retard, ou à faire dans les { $days } jours)
   *[other] { $count } choses à faire (en retard, ou à faire dans les { $days } jours)
}
todo-no-login = --mine a besoin de votre nom d'utilisateur, et ni USER ni LOGNAME n'est défini ; donnez plutôt --provider ID
todo-no-login-provider = aucun prestataire n'est lié à votre nom d'utilisateur « { $login } » (--mine) ; donnez --provider ID, parmi : { $ids }

# issue 12: screens, corrections, undo and redo
help-not-here = pas possible maintenant
confirm-delete-record = Supprimer : { $what } ? (u annule)
confirm-delete-provider = Supprimer le prestataire { $name } ? (u annule)
status-provider-deleted = Prestataire { $name } supprimé.
status-changed-meanwhile = Quelqu'un a modifié ce dossier entre-temps : regardez-le à nouveau, puis réessayez.
status-delete-billed = { $what } a donné une prestation facturée le { $on } : une prestation facturée est définitive (R63). Si la demande a été refusée, retirez d'abord sa marque à l'écran de facturation ({ $key }).
status-record-deleted = Supprimé : { $what } ({ $key } annule).
status-nothing-to-redo = Rien à rétablir.
status-redone = Rétabli : { $what }.
status-redo-failed = Impossible de rétablir { $what } : { $error } Elle est laissée de côté.
status-forfait-not-a-record = Le forfait de coordination n'est pas un enregistrement : il découle de la désignation, du plan de soins, de la concertation et des suivis (R33). Modifiez-les.
status-team-not-deleted = L'équipe de soins se modifie, elle ne se supprime pas : appuyez sur { $key }.
undo-what-provider = prestataire { $name }
undo-what-case = grossesse { DE($name) }
undo-what-case-details = données { DE($name) }
undo-what-screening = dépistage { DE($name) }
undo-what-cpp = CPP du { $date } pour { $name }
undo-what-concertation = concertation du { $date } pour { $name }
undo-what-follow-up = suivi « { $indicator } » du { $date } pour { $name }
undo-what-designation = désignation du coordinateur du { $date } pour { $name }
undo-what-team = équipe de soins { DE($name) }
undo-what-care-plan = plan de soins { DE($name) }
case-woman = { $name } · NISS { $niss }{ $born ->
    [none] {""}
   *[other] {" "}· née le { $born }
}
case-no-niss = non enregistré
case-designation = Coordinateur : { $name } depuis le { $from } · consentement { $consent }{ $current ->
    [yes] {" "}· en charge
   *[no] {""}
}
case-no-care-plan = Plan de soins : pas encore
case-follow-ups = Suivis (R35)
case-no-follow-ups = Pas encore de suivi.
form-edit-follow-up = Suivi du { $date } pour { $name } (R35)
form-edit-designation = Désignation du coordinateur du { $date } pour { $name } (R31)
form-edit-cpp = Conseil prénatal personnalisé (CPP) du { $date } pour { $name } (R20–R23)
form-edit-concertation = Concertation du { $date } pour { $name } (R40–R44)
action-redo = rétablir ce qui a été annulé
action-todo = à faire
action-providers = prestataires
action-full-record = dossier complet
action-edit = modifier
action-delete = supprimer
action-filter-mine = seulement mes dossiers
action-merge-provider = fusionner avec un autre prestataire
record-view-title = Dossier { DE($name) }

screen-providers = Prestataires
providers-name = Nom
providers-profession = Profession
providers-cases = Dossiers
providers-organisation = Organisation
providers-none = Aucun prestataire ne correspond.
status-provider-used = { $name } figure dans { $count ->
    [one] un dossier
   *[other] { $count } dossiers
} : un prestataire utilisé ne se supprime pas. Si c'est un doublon, fusionnez-le avec l'original ({ $key }).
form-edit-provider = Prestataire { $name }
form-merge-provider = Fusionner { $name } avec un autre prestataire
field-merge-into = Avec
form-merge-provider-help = Chaque dossier qui cite { $name } citera le prestataire choisi ici, et { $name } sera supprimé. Une prestation déjà facturée par { $name } garde son prestataire (R63) : la fusion est alors refusée.
status-provider-merged = { $name } fusionné avec { $into } ({ $count ->
    [one] un dossier modifié
   *[other] { $count } dossiers modifiés
}).

screen-todo = À faire
todo-heading = { $count ->
    [one] Une chose à faire, par échéance (en retard d'abord ; { $days } jours à l'avance)
   *[other] { $count } choses à faire, par échéance (en retard d'abord ; { $days } jours à l'avance)
}
todo-heading-mine = { $count ->
    [one] Une chose à faire dans mes dossiers, par échéance ({ $days } jours à l'avance)
   *[other] { $count } choses à faire dans mes dossiers, par échéance ({ $days } jours à l'avance)
}
todo-empty = Rien n'est prévu dans les semaines qui viennent.
todo-in-days = { $days ->
    [0] aujourd'hui
    [one] demain
   *[other] dans { $days } j
}
status-who-am-i-unknown = { $login ->
    [none] perinat ne connaît pas votre nom de connexion (USER n'est pas défini) : il ne peut dire quels dossiers sont les vôtres.
   *[other] Aucun prestataire n'est lié à votre nom de connexion « { $login } » : à l'écran des prestataires (5), sélectionnez le vôtre, appuyez sur e et remplissez « Nom de connexion ».
}

record-cpps = { $count ->
    [0] Conseil prénatal personnalisé (CPP) : aucun
    [one] Conseil prénatal personnalisé (CPP) : 1 séance
   *[other] Conseil prénatal personnalisé (CPP) : { $count } séances
}
record-cpp = le { $date }, par { $provider }, code BiB { $code }
record-concertations = { $count ->
    [0] Concertations : aucune
    [one] Concertations : 1
   *[other] Concertations : { $count }
}
record-concertation = Concertation du { $date } à { $start }, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
record-participants = Participants
record-follow-ups = Statut et note par vulnérabilité (R23, R33, R35)
record-by-follow-up = suivi par { $provider }
record-by-cpp = CPP par { $provider }
record-no-status = pas encore de statut
audit-field-cpp = CPP { $number }
audit-field-coordinator = Coordinateur { $number }
audit-field-team-member = Membre de l'équipe de soins { $number }
audit-field-follow-up = Suivi { $number }
audit-field-concertation = Concertation { $number }
audit-field-participant = Participant { $number }
audit-field-billed = Prestation facturée { $number }
audit-field-screening = Dépistage
audit-field-start = Début
audit-field-service-date = Date de prestation
audit-field-pseudocode = Pseudocode
audit-field-amount = Montant

# issue 12: form editing and pickers
action-remove-item = retirer de la liste
action-move-item-up = monter dans la liste
action-move-item-down = descendre dans la liste
action-answer-vulnerable = réponse : vulnérable
action-answer-not-vulnerable = réponse : pas vulnérable
action-answer-unknown = réponse : sans réponse
action-answer-rest-not-vulnerable = tous les indicateurs sans réponse : pas vulnérable
form-key-newline = à la ligne
form-key-answer = oui/non/sans rép.
form-key-rest-not-vulnerable = reste : non
form-key-remove = retirer
form-key-order = ordre
picker-filter = filtre :
picker-found = { $count ->
    [one] { $count } trouvé
   *[other] { $count } trouvés
}
picker-hint = tapez pour filtrer par nom, profession, organisation ou INAMI
multipick-empty = — personne encore
multipick-add = tapez un nom pour ajouter
field-team = Équipe
field-participants = Participants
hint-participants-order = L'ordre compte : R42 paie les quatre premiers participants après le coordinateur.

# issue 12: providers (login, merge)
valid-login-bad = { $login } n'est pas un nom d'utilisateur Unix : { $why }
valid-login-empty = il est vide
valid-login-long = il dépasse { $max } caractères
valid-login-dash = il commence par « - »
valid-login-char = il contient { $char } (ni espace, ni caractère de contrôle ou invisible, ni : / ,)
valid-login-taken = { $login } est déjà l'identifiant { DE($name) } ({ $id }) : un identifiant appartient à un seul prestataire ; donnez un autre identifiant à ce prestataire, ou utilisez celui-là
audit-merge-provider = prestataire fusionné
busy-merge-provider = fusion du prestataire { $duplicate } dans { $original }…
store-merge-itself = { $id } ne peut pas être fusionné avec lui-même : indiquez le doublon, puis le prestataire dont il est le doublon
store-merge-billed = { $duplicate } est le prestataire facturant { $count ->
    [one] d'une prestation marquée facturée
   *[other] de { $count } prestations marquées facturées
} ({ $list }), et le prestataire d'une prestation facturée ne peut plus changer : { $duplicate } ne peut donc pas être fusionné dans { $original }. Corrigez plutôt les données { DE($duplicate) } (nom, numéro INAMI, identifiant) et gardez-le, ou, si la plateforme a refusé la demande, retirez d'abord la marque de facturation (perinat mark-billed DOSSIER --withdraw --reason TEXTE) puis fusionnez à nouveau
store-merge-billed-item = { $code } du { $date } dans { $case }, facturé le { $on }
store-merge-billed-more = { $count ->
    [one] une autre
   *[other] { $count } autres
}
cli-provider-login-set = { $id } est désormais le prestataire de l'identifiant { $login }
cli-provider-login-cleared = { $id } n'a plus d'identifiant
cli-provider-merged = { $duplicate } fusionné dans { $original } : { $count ->
    [0] aucun dossier ne le citait
    [one] un dossier modifié
   *[other] { $count } dossiers modifiés
} ; { $duplicate } est supprimé
cli-provider-deleted = prestataire { $id } supprimé
cli-providers-none = aucun prestataire pour l'instant : importez un fichier de dossiers (perinat import FICHIER)
cli-providers-login = identifiant { $login }
cli-providers-you-are = Vous ({ $login }) êtes { $name } ({ $id }).
cli-providers-you-are-none = Aucun prestataire n'a votre identifiant ({ $login }) : perinat providers login ID { $login } vous relie au vôtre.

field-login = Nom de connexion
filter-mine = les miens

record-keys = ↑/↓ défiler, PageDown une page, Échap ferme.

undo-added = l'ajout : { $what }
undo-changed = la modification : { $what }
undo-deleted = la suppression : { $what }
audit-create-pregnancy = grossesse créée
audit-create-provider = prestataire créé
audit-yes = oui
audit-no = non

todo-loading = Lecture des dossiers pour ce qui est à faire…
background-lost = le travail en arrière-plan s'est arrêté avant la fin
providers-counting = comptage des dossiers de chaque prestataire…

label-colon = {" "}:

help-text-editing = Dans un champ de texte : ←/→ Début/Fin (C-a/C-e), C-←/C-→ par mot, C-w efface le mot précédent, C-u jusqu'au début, C-k jusqu'à la fin ; dans une note, Entrée commence une ligne et C-s enregistre.

billing-reading = (lecture…)

status-undo-later = Impossible d'annuler { $what } pour l'instant : { $error } Réessayez dans un moment.
undo-provider-changed = le prestataire a été modifié, fusionné ou supprimé depuis (par vous ou un collègue)
form-record-changed = Cet enregistrement a été modifié ou déplacé par quelqu'un depuis que vous l'avez ouvert (un enregistrement avant lui supprimé, par exemple) : rien n'a été enregistré. Échap, puis ouvrez-le à nouveau pour le voir tel qu'il est.

form-billed-retry = { $count ->
    [one] La ligne non marquée reste ici : Entrée réessaie, Échap la laisse.
   *[other] Les { $count } lignes non marquées restent ici : Entrée réessaie, Échap les laisse.
}
