# perinat: Nederlandse berichten.
# Elke zin die u leest komt uit een bestand als dit. De sleutels zijn in elke taal gelijk;
# { $naam } vult het programma in. Het programma zet het regelnummer (R22) voor elke
# reden waarom iets "niet factureerbaar" is.
# Officiële termen: omzendbrief RIZIV "multidisciplinair perinataal zorgtraject".

## Namen

profession-gynecologist = gynaecoloog
profession-general_practitioner = huisarts
profession-midwife = vroedvrouw
profession-nurse = verpleegkundige
profession-social_worker = maatschappelijk werker
profession-psychologist = psycholoog
profession-other = andere zorgverlener
profession-article-gynecologist = een gynaecoloog
profession-article-general_practitioner = een huisarts
profession-article-midwife = een vroedvrouw
profession-article-nurse = een verpleegkundige
profession-article-social_worker = een maatschappelijk werker
profession-article-psychologist = een psycholoog
profession-article-other = een andere zorgverlener

region-flanders = Vlaanderen
region-wallonia = Wallonië
region-brussels = Brussel-Hoofdstad
region-german_speaking = de Duitstalige Gemeenschap

service-401376 = screening
service-401391 = pren. advies
service-401413 = coördinatie
service-401435 = overleg

status-improvement = verbetering
status-deterioration = verslechtering
status-status_quo = status quo
status-achieved = bereikt
status-not_achievable = niet haalbaar

line-billable = factureerbaar
line-billed = gefactureerd
line-expired = verlopen
line-blocked = geblokkeerd
line-short-billable = open
line-short-billed = ingediend
line-short-expired = verlopen
line-short-blocked = blokkade

phase-prenatal = prenatale periode
phase-postnatal = postnatale periode
phase-early-childhood = vroege kindertijd
phase-closed = afgesloten

## Waarom een prestatie niet factureerbaar is (het programma zet "R22: " ervoor)

blocker-r3-closed = na de 2e verjaardag van het kind ({ $end }) is het traject afgesloten
blocker-r12-no-screening = geen screening geregistreerd, dus geen scenario
blocker-r12-incomplete = screening onvolledig ({ $answered } van { $total } indicatoren beantwoord, { $needed } nodig); het scenario is voorlopig
blocker-r13-window = screening op { $date } valt buiten haar periode ({ $from } tot { $to }, 7 dagen na de geboorte)
blocker-r13-before-start = screening op { $date } ligt vóór het begin van de zwangerschap ({ $from })
blocker-r15-no-consent = de toestemming van de vrouw voor de screening is niet geregistreerd
blocker-no-inami = { $provider } heeft geen RIZIV-nummer; alleen RIZIV-zorgverleners factureren
blocker-r16-no-code = geen BiB-finalisatiecode geregistreerd
blocker-r20-not-entitled = prenataal advies vereist scenario A of B (het scenario is 0)
blocker-r21-outside-prenatal = prenataal advies op { $date } valt buiten de prenatale periode ({ $from } tot de geboorte op { $birth })
blocker-r21-before-screening = prenataal advies op { $date } ligt vóór de screening ({ $from })
blocker-r21-limit = voor deze zwangerschap zijn al twee prenatale adviezen factureerbaar
blocker-r22-profession = prenataal advies door { $profession } is niet factureerbaar
blocker-r23-evaluations = geen status en notitie voor { $list }
blocker-r23-no-code = geen BiB-code geregistreerd voor de evaluatie van het prenataal advies
blocker-r30-not-entitled = coördinatie vereist scenario B (het scenario is { $scenario })
blocker-r32-no-coordinator = geen coördinator aangeduid voor deze periode
blocker-r32-no-billing-provider = coördinator { $coordinator } heeft geen RIZIV-nummer en er is geen facturerende RIZIV-zorgverlener geregistreerd
blocker-r33-no-consent = coördinator aangeduid zonder toestemming van de vrouw
blocker-r33-team = het zorgteam mist { $list }
blocker-r33-no-concertation = geen overleg in deze periode dat aan R40 en R41 voldoet
blocker-r33-no-care-plan = geen zorgplan geregistreerd
blocker-r33-follow-ups = geen status en notitie in deze periode voor { $list }
blocker-r40-not-entitled = overleg vereist scenario B (het scenario is { $scenario })
blocker-r40-before-screening = overleg vóór de screening ({ $screening })
blocker-r40-no-coordinator = geen coördinator verantwoordelijk op die dag
blocker-r40-coordinator-absent = de verantwoordelijke coördinator ({ $coordinator }) nam niet deel
blocker-r41-too-few = { $count ->
    [one] { $count } deelnemer
   *[other] { $count } deelnemers
}, minstens 4 nodig (de vrouw telt mee)
blocker-r41-no-report = geen verslag van het overleg geregistreerd
blocker-r41-no-agreements = geen afspraken per indicator geregistreerd
blocker-r42-beyond-4 = per overleg zijn maar 4 RIZIV-deelnemers factureerbaar
blocker-r43-cap = het maximum van 4 kwartieren in referentieperiode { $period } is bereikt
blocker-r52-before-start = vóór de start van het programma ({ $start })
blocker-r61-not-open = de facturatie van "{ $service }" in { $region } opent op { $opens }
blocker-r61-unknown = voor { $region } is geen openingsdatum van de facturatie bekend; voeg ze toe aan het praktijkbestand ("regions": [{"{"}"region": "{ $key }", ...{"}"}]) en importeer het

## Wat te doen (het programma zet "R35: " ervoor)

alert-follow-up-overdue = opvolging van { $indicator } te laat sinds { $since }
alert-follow-up-due = opvolging van { $indicator } te doen tegen { $by }
alert-concertation-missing = geen overleg over elke kwetsbaarheid in het coördinatiejaar dat eindigde op { $year_end }
alert-concertation-due = jaarlijks overleg te doen tegen { $by }
alert-cpp-due = { $number ->
    [1] eerste prenataal advies te doen (bij voorkeur in het eerste trimester)
   *[other] tweede prenataal advies te doen (bij voorkeur in het derde trimester)
}
alert-screening-window = nog geen screening, de periode sluit op { $closes }
alert-screening-window-expected = nog geen screening, de periode sluit 7 dagen na de geboorte (verwacht rond { $closes })
alert-deadline-near = factureer "{ $service }" van { $date } tegen { $deadline }

## keymap.toml

keymap-bad-key = { $key } is geen toets (schrijf "j", "G", "<C-d>", "<Down>", "<Enter>", "<Esc>", …)
keymap-bad-value = een binding is "TOETS", ["TOETS", "TOETS"] (een reeks), [["TOETS"], ["TOETS"]] (meerdere) of []
keymap-bad-unbind = unbind neemt een lijst: unbind = ["x", ["g", "g"]]
keymap-unknown-section = onbekende sectie [{ $section }]; de secties zijn [global], [caseload], [case], [billing], [tariffs], [help] en [form]
keymap-unknown-action = onbekende actie "{ $action }" (zie de standaard keymap.toml voor de acties van elke sectie)
keymap-action-not-here = de actie "{ $action }" bestaat niet in [{ $section }]
keymap-conflict = de toets { $key } is gebonden aan zowel { $first } (regel { $first_line }) als { $second }
keymap-prefix-conflict = { $key } botst met { $other }: de ene begint de andere ({ $first } op regel { $first_line }, { $second } hier)
keymap-unreadable = kan het bestand niet lezen: { $detail }

## Opslag

store-delete-billed = deze zwangerschap heeft { $count ->
    [one] een gefactureerde prestatie
   *[other] { $count } gefactureerde prestaties
}; gefactureerde prestaties zijn definitief (R63), dus ze kan niet verwijderd worden
store-provider-in-use = { $provider } staat nog in zwangerschap { $case }; verwijder hem daar eerst

## Rijen van de lijst

row-due = uitgerekend { $date }
row-born = geboren { $date }
row-no-dates = geen data
row-prenatal-week = prenataal wk { $week }+{ $day }
row-postnatal-day = postnataal dag { $day }
row-childhood-months = kind { $months } mnd
row-closed = afgesloten (2 jaar)

## Scherm met de dossiers

col-name = Naam
col-when = Geb./uitg.
col-period = Periode
col-scenario = Sc
col-coordinator = Coördinator
col-alerts = Sign.
col-to-bill = Te factureren
filter-scenario-is = scenario { $scenario }
filter-no-screening = geen screening
filter-coordinator-is = coördinator { $name }
filter-alerts = met signalen
filter-with-closed = afgesloten getoond
caseload-empty = Er zijn geen dossiers.
caseload-empty-demo = Druk op { $key } om een demo met 200 fictieve zwangerschappen te laden en rond te kijken,
caseload-empty-new = { $key } om een zwangerschap toe te voegen, of { $provider } voor een zorgverlener;
caseload-empty-import = of haal een dossierbestand binnen vanuit de shell: perinat import BESTAND
caseload-loading = Dossiers laden…
caseload-no-match = Geen dossier past bij de zoekopdracht en filters (0 wist de filters).

## Formulieren

form-bad-date = { $value } is geen datum: schrijf DD/MM/JJJJ (of DD-MM-JJJJ, DD.MM.JJJJ, DD/MM/JJ, JJJJ-MM-DD)
form-required = verplicht
form-bad-time = { $value } is geen tijd: schrijf UU:MM of UUuMM (24 u)
form-bad-count = schrijf een geheel getal van { $low } tot { $high }
form-yes = ja
form-no = nee
form-key-next = volgend veld
form-key-choice = keuze wijzigen
form-key-save = bewaren
form-key-cancel = annuleren
form-none = (geen)
form-unanswered = — niet beantwoord
form-vulnerable = ja, kwetsbaar
form-id-taken = { $id } is al in gebruik
form-need-dates = geef de laatste menstruatie, de uitgerekende datum of de geboortedatum
form-billed-partly = { $done } als gefactureerd gemarkeerd, daarna: { $error }
form-cannot-write = kan het bestand niet schrijven: { $error }
form-case-gone = deze zwangerschap staat niet meer in de opslag
form-new-pregnancy = Nieuwe zwangerschap
form-edit-pregnancy = Zwangerschap van { $name }
form-screening = Screening van { $name } (R10–R16)
form-cpp = Nieuw gepersonaliseerd prenataal advies voor { $name } (R20–R23)
form-follow-up = Nieuwe opvolging voor { $name } (R35)
form-designate = Nieuwe aanstelling van de coördinator voor { $name } (R31)
form-transfer = Nieuwe aanstelling: de coördinatie van { $name } overdragen (R31, R34)
form-team = Zorgteam van { $name } (R33)
form-care-plan = Zorgplan van { $name } (R33)
form-concertation = Nieuw overleg voor { $name } (R40–R44)
form-provider = Nieuwe zorgverlener
form-mark-billed = { $count ->
    [one] Eén prestatie
   *[other] { $count } prestaties
} als gefactureerd markeren (R63)
form-export = De facturatie van { $month } naar CSV exporteren
field-case-id = Dossiernummer
field-name = Naam of pseudoniem
field-niss = INSZ (optioneel)
field-mother-birth = Geboortedatum moeder
field-region = Zorgregio
field-lmp = Laatste menstruatie
field-due = Uitgerekende datum
field-birth = Geboortedatum
field-date = Datum
field-screening-provider = Gefinaliseerd door
field-consent = Toestemming van de vrouw
field-bib-code = BiB-code
field-provider = Zorgverlener
field-note = Notitie
field-vulnerability = Kwetsbaarheid
field-status = Status
field-coordinator = Coördinator
field-from = Vanaf
field-consent-coordination = Vrouw stemt in
field-billing-provider = Factureert voor hem (RIZIV)
field-care-plan = Zorgplan
field-start = Begin (UU:MM)
field-quarter-hours = Kwartieren
field-woman-present = Vrouw aanwezig
field-report = Verslag
field-participant = Nam deel: { $name }
field-agreement = Afgesproken: { $indicator }
field-provider-id = Id zorgverlener
field-profession = Beroep
field-inami = RIZIV-nummer
field-organisation = Organisatie
field-billed-on = Gefactureerd op
field-file = Bestand
live-scenario = Scenario { $scenario } · { $answered } van { $total } beantwoord · { $vulnerable } kwetsbaar
live-scenario-provisional = Scenario { $scenario } (voorlopig, R12) · { $answered } van { $total } beantwoord · { $vulnerable } kwetsbaar

## De interface

tui-no-terminal = kan deze terminal niet gebruiken ({ $error }); de andere opdrachten werken zonder (perinat --help)
keymap-errors-title = Uw toetsenbestand bevat fouten, dus perinat start met de standaardtoetsen:
keymap-errors-continue = Druk op een toets om verder te gaan. Controleer een bestand met: perinat keymap --check BESTAND
notice-title = Lees dit
confirm-title = Bevestigen
confirm-delete = Zwangerschap { $id } en alles wat ervoor geregistreerd is verwijderen? (u maakt het ongedaan)
confirm-keys = y of Enter: ja · elke andere toets: nee
too-small-title = De terminal is te klein.
too-small-size = Hij is { $width }×{ $height }; perinat heeft minstens { $min_width }×{ $min_height } nodig. Vergroot het venster of verklein het lettertype.
screen-caseload = Dossiers
screen-case = Dossier
screen-billing = Facturatie
screen-tariffs = Tarieven
title-loading = laden… { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
title-count = { $shown } van { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
title-today = vandaag { $date }
search-keys = Enter houden · Esc wissen
status-cancelled = Geannuleerd, niets bewaard.
status-saved = Bewaard: { $name }.
status-provider-saved = Zorgverlener { $name } bewaard.
status-billed = { $count ->
    [one] Eén prestatie als gefactureerd gemarkeerd.
   *[other] { $count } prestaties als gefactureerd gemarkeerd.
}
status-exported = Geëxporteerd naar { $path }.
status-deleted = { $id } verwijderd.
status-nothing-to-undo = Niets om ongedaan te maken.
status-undone = Ongedaan gemaakt: { $what }.
status-undo-failed = Kan { $what } niet ongedaan maken: { $error } Ze wordt overgeslagen: u gaat verder met de wijziging ervoor.
status-demo-not-empty = Demogegevens gaan alleen in een lege opslag.
status-demo-loaded = { $count ->
    [one] { $count } fictieve zwangerschap geladen
   *[other] { $count } fictieve zwangerschappen geladen
} (demogegevens).
status-no-service = Geen prestatie geselecteerd.
status-no-providers = Voeg eerst een zorgverlener toe ({ $key }).
status-cannot-mark = Kan niet als gefactureerd markeren: { $reason }
status-line-not-claimable = deze prestatie is { $status }

## Scherm van een dossier

case-no-dates = Geen laatste menstruatie, uitgerekende datum of geboorte: bewerk de zwangerschap (e).
case-expected-birth = verwachte geboorte
case-birth = geboorte
case-ends = einde
case-legend = ▓ prenataal ▒ postnataal ░ vroege kindertijd · ▼ vandaag B geboorte ? verwacht
case-legend-marks = S screening C advies K overleg F opvolging D coördinator R ref.periode * meerdere
case-no-screening = Geen screening geregistreerd (R12): registreer ze met S.
case-scenario = Scenario { $scenario } · { $answered } van 15 indicatoren beantwoord
case-scenario-provisional = Scenario { $scenario }, voorlopig (R12) · { $answered } van 15 beantwoord
case-vulnerability-status = { $name }: { $status } op { $date } ({ $note })
case-vulnerability-none = { $name }: nog geen status
case-coordinator = Coördinator: { $name } sinds { $since }{ $count ->
    [1] {""}
   *[other] {" "}(na { $count } aanduidingen)
}
case-no-coordinator = Coördinator: geen
case-team = Zorgteam: { $team }
case-care-plan = Zorgplan ({ $date }): { $text }
case-services = Prestaties: datum, prestatie, zorgverlener, bedrag, termijn, status
case-no-services = nog geen
case-billed-on = gefactureerd { $date }
case-alerts = Signalen
case-no-alerts = geen

## Facturatiescherm

billing-month = Prestaties van { $month }
billing-total = te factureren: { $amount }
billing-per-provider = Per zorgverlener:
billing-col-case = Dossier
billing-col-service = Prestatie
billing-col-date = Datum
billing-col-provider = Zorgverl.
billing-col-amount = Bedrag
billing-col-deadline = Termijn
billing-col-status = Status
billing-empty = Geen prestatie in deze maand.
billing-no-reason = Factureerbaar: aan al zijn regels is voldaan.

## Tarievenscherm

tariffs-title = Tarieven (R50–R51): bedrag per eenheid, vanaf de vermelde datum
tariffs-from = vanaf { $date }
tariffs-built-in = ingebouwd
tariffs-practice = praktijkbestand
tariffs-in-force-mark = ▶ vandaag van kracht
tariffs-openings = Facturatie opent (R61): screening / andere prestaties
tariffs-opening-built-in = ingebouwd (omzendbrief VI 2024/258)
tariffs-opening-unknown = niet vastgelegd: prestaties blijven geblokkeerd (R61) tot het praktijkbestand de datum geeft
tariffs-interpretations = Hoe perinat de omzendbrieven leest (interpretaties van RULES.md)
interp-r33 = R33: het overleg moet in dezelfde referentieperiode vallen; de prestatiedatum van het forfait is de eerste dag waarop aan alle voorwaarden is voldaan, tegen het tarief van die dag; tot dan staat het geblokkeerd op de eerste dag van de periode.
interp-r42 = R42: als meer dan 4 personen deelnemen aan een overleg, komt de coördinator (als RIZIV-zorgverlener) eerst, dan de deelnemers in de geregistreerde volgorde; de anderen krijgen een geblokkeerde regel.
interp-r51 = R51: de bedragen van 2025 gaan geacht in op 01/01/2025, de gebruikelijke datum van een indexering; de omzendbrief vermeldt geen datum. Een praktijkbestand kan dat corrigeren.
interp-r61 = R61: voor Vlaanderen is geen openingsdatum ingebouwd; de praktijk legt ze vast in haar eigen bestand, en tot dan worden Vlaamse prestaties berekend maar geblokkeerd.
interp-r62 = R62: een prestatie van vóór de opening van haar regio krijgt de laatste van twee termijnen: die van R60 en de 5e dag van de derde maand na de openingsmaand.

## Hulp

help-title = Toetsen
help-this-screen = Dit scherm
help-everywhere = Overal
help-forms = In formulieren
help-alert-marks = Signaaltekens in de lijst
help-alert-legend = Een datum met ? is een uitgerekende datum. Signalen: F opvolging te laat (R35) · f opvolging te doen · K overleg te doen (R36) · C prenataal advies te doen (R21) · € termijn dichtbij (R60) · S screeningsperiode sluit (R13)
help-keymap-file = Wijzig toetsen in keymap.toml (zie perinat keymap --check).

## Acties, zoals hulp en voetregels ze noemen

action-quit = afsluiten
action-back = terug
action-help = hulp
action-caseload = dossiers
action-billing = facturatie
action-tariffs = tarieven
action-undo = laatste wijziging ongedaan maken
action-up = omhoog
action-down = omlaag
action-page-up = pagina omhoog
action-page-down = pagina omlaag
action-top = eerste
action-bottom = laatste
action-open = openen
action-search = zoeken
action-filter-scenario = filteren op scenario
action-filter-period = filteren op periode
action-filter-region = filteren op regio
action-filter-coordinator = filteren op coördinator
action-filter-alerts = alleen dossiers met signalen
action-toggle-closed = afgesloten dossiers tonen of verbergen
action-clear-filters = zoekopdracht en filters wissen
action-sort-next = sorteren op de volgende kolom
action-sort-reverse = sortering omkeren
action-new-pregnancy = nieuwe zwangerschap
action-new-provider = nieuwe zorgverlener
action-load-demo = demogegevens laden
action-edit-pregnancy = gegevens van de vrouw bewerken
action-record-screening = screening
action-add-cpp = nieuw prenataal advies
action-add-follow-up = nieuwe opvolging
action-designate-coordinator = nieuwe coördinator of overdracht
action-edit-team = zorgteam
action-edit-care-plan = zorgplan
action-add-concertation = nieuw overleg
action-mark-billed = als gefactureerd markeren
action-delete-pregnancy = zwangerschap verwijderen
action-previous-month = vorige maand
action-next-month = volgende maand
action-toggle-select = selecteren
action-select-all = alles factureerbare selecteren
action-export-csv = CSV exporteren
action-next-field = volgend veld
action-previous-field = vorig veld
action-next-choice = volgende keuze
action-previous-choice = vorige keuze
action-save = bewaren
action-cancel = annuleren

## Opdrachtregel

keymap-check-defaults = Er is geen toetsenbestand in gebruik: perinat werkt met zijn ingebouwde toetsen (keymap.toml in de broncode).
keymap-check-ok = { $file } is een geldig toetsenbestand ({ $count ->
    [one] { $count } actie gebonden
   *[other] { $count } acties gebonden
}).
keymap-check-errors = het toetsenbestand bevat { $count ->
    [one] een fout
   *[other] { $count } fouten
}:
short-prenatal-week = { $week }+{ $day } wk
short-prenatal = prenataal
short-postnatal-day = post d{ $day }
short-childhood-months = kind { $months }m
short-closed = afgesloten

## Auditlog: wat een wijziging was (perinat log, de geschiedenis van het dossier)
audit-import = geïmporteerd
audit-put-pregnancy = zwangerschap gewijzigd
audit-delete-pregnancy = zwangerschap verwijderd
audit-put-provider = zorgverlener gewijzigd
audit-delete-provider = zorgverlener verwijderd
audit-mark-billed = als gefactureerd gemarkeerd
audit-restore = dossiers teruggezet
audit-migrate = opslag gemigreerd
audit-who-from = { $user } vanaf { $from }
audit-none = (geen)
history-title = Geschiedenis van { $id }
history-empty = Er is nog geen wijziging van dit dossier geregistreerd.
history-keys = Nieuwste eerst. ↑/↓ scrollen, Esc sluit.
action-history = geschiedenis: wie wat wijzigde, en wanneer
startup-warnings-title = Voor u begint:

## Maanden (data zijn altijd dd/mm/jjjj; maanden hebben hun naam in titels)

month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## De officiële namen van de prestaties (omzendbrief RIZIV)

service-long-401376 = screening
service-long-401391 = gepersonaliseerd prenataal advies
service-long-401413 = zorg- en hulpcoördinatie
service-long-401435 = multidisciplinair overleg

## Taal

action-language = taal wisselen (fr, nl, de, en)
status-language = Taal: { $language } (onthouden). Nogmaals L: { $next }.
lang-env-ignored = PERINAT_LANG={ $value } is geen taal van perinat (fr, nl, de, en); ze wordt genegeerd en perinat spreekt { $lang }
config-unreadable = kan het instellingenbestand { $file } niet lezen ({ $detail }); perinat gaat zonder verder
config-broken = het instellingenbestand { $file } is geen geldige TOML ({ $detail }); perinat gaat zonder verder. Verbeter of verwijder het bestand
config-bad-lang = het instellingenbestand { $file } bevat lang = { $value }, wat geen fr, nl, de of en is; perinat gaat zonder verder
config-cannot-save = de taal kon niet onthouden worden in { $file } ({ $detail }); ze geldt alleen voor deze sessie
warning = waarschuwing: { $text }

## Opslag en back-ups

store-locked = de dossiers in { $dir } zijn open in een andere perinat-sessie die ze niet deelt (een oudere perinat, of een programma dat de opslag zelf opende); sluit die sessie, of wacht tot ze klaar is, en probeer opnieuw
store-cannot-open = kan de dossiers in { $dir } niet openen: { $detail }; controleer of de map bestaat en van u is (of kies een andere met --data-dir)
store-newer-schema = de dossiers in { $dir } zijn geschreven door een nieuwere perinat (schema { $found }, deze versie leest tot { $supported }); installeer de nieuwere perinat om ze te openen
store-corrupt = record { $key } is onleesbaar ({ $detail }); de opslag is beschadigd: zet de nieuwste back-up terug (de map backups naast de opslag) met perinat restore BESTAND
store-damaged = de opslag van de dossiers in { $dir } is beschadigd en kan niet geopend worden ({ $detail })
store-write = de dossiers konden niet geschreven worden: { $detail }; niets is bewaard (is de schijf vol?)
store-full = de schijf is vol (of de bestandsgrootte die deze sessie mag schrijven is bereikt): { $detail }; niets is bewaard en de dossiers zijn ongewijzigd. Maak ruimte vrij (de map backups naast de opslag kan uitgedund worden) en probeer opnieuw
store-no-pregnancy = zwangerschap { $id } niet gevonden
store-no-provider = zorgverlener { $id } niet gevonden
store-no-service = geen prestatie { $code } van { $date } door { $provider } in { $case }
store-provider-needs-id = een zorgverlener heeft een id nodig
store-no-home = er is geen thuismap bekend; geef een gegevensmap op met --data-dir MAP of { $env }
store-conflict = { $id } staat al in de opslag met andere gegevens; gebruik --replace om het te overschrijven
store-billed-item = { $code } van { $date } gefactureerd op { $on }
store-r63-drop = gefactureerd is definitief: dit zou de gefactureerde prestaties van { $case } weglaten of wijzigen: { $list }
store-already-billed = deze prestatie is al gefactureerd op { $on }
store-not-billable = deze prestatie is niet factureerbaar: { $reasons }
store-no-tariff = er is geen tarief van kracht op de prestatiedatum
store-busy = bezig, { $doing }: probeer het zo opnieuw (er is niets bewaard; wat u typte blijft staan)
busy-import = een import van { $count ->
    [one] { $count } zwangerschap
   *[other] { $count } zwangerschappen
} wordt bewaard…
busy-restore = een caseload van { $count ->
    [one] { $count } zwangerschap
   *[other] { $count } zwangerschappen
} wordt hersteld…
busy-change = een wijziging wordt bewaard…
busy-backup = de back-up van de dag wordt geschreven…
stale-edit = niet bewaard: { $name } ({ $case }) is gewijzigd door { $who } nadat u dit formulier opende ({ $parts }). Uw formulier blijft open met wat u typte: bekijk de wijziging erachter en bewaar opnieuw om de uwe erover te zetten, of Esc om ze te laten
stale-who = { $user } om { $at } ({ $action })
stale-someone = iemand anders
stale-whole = het hele dossier
part-mother = de gegevens van de moeder
part-region = de regio
part-dates = de datums
part-screening = de screening
part-cpp = de prenatale adviezen
part-coordinators = de coördinator
part-team = het zorgteam
part-care-plan = het zorgplan
part-follow-ups = de opvolgingen
part-concertations = de overleggen
part-billed = wat gefactureerd is
part-other = andere gegevens
cli-replayed = { $count ->
    [one] 1 wijziging van na die back-up werd opnieuw toegepast uit het journaal.
   *[other] { $count } wijzigingen van na die back-up werden opnieuw toegepast uit het journaal.
}
journal-torn = de laatste wijziging in het journaal ({ $file }, regel { $line }, { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}) werd afgebroken door een crash: ze was nooit bevestigd en wordt niet opnieuw toegepast
journal-damaged = het journaal { $file } kan vanaf regel { $line } niet gelezen worden ({ $error }); de wijzigingen daarna worden niet opnieuw toegepast
journal-unreadable-entry = wijziging { $n } van het journaal kan niet gelezen worden ({ $problem }); zij en de volgende worden niet opnieuw toegepast
journal-cannot-write = het journaal naast de caseload kon niet geschreven worden ({ $error }); er is niets bewaard
import-control-character = bevat het stuurteken { $code } (getoond als { $shown }): een naam, id of code mag dat niet (een notitie mag regeleinden en tabs houden); verwijder het in het programma dat het bestand maakte
share-no-group = er is geen groep { $group } op deze machine; maak ze eerst aan (sudo groupadd { $group }) en voeg elke collega toe (sudo adduser NAAM { $group })
share-failed = kan { $path } niet aan groep { $group } geven: { $error }; u moet eigenaar zijn en lid van { $group } (of sudo gebruiken)
cli-shared = De caseload in { $dir } wordt nu gedeeld met groep { $group }: de leden bereiken ze met perinat --data-dir { $dir } (of PERINAT_DATA_DIR={ $dir }). Ze moeten zich opnieuw aanmelden nadat ze aan de groep zijn toegevoegd.
status-deleted-by = { $id } is verwijderd door { $user }; het staat niet meer in de caseload
status-deleted-elsewhere = { $id } is verwijderd in een andere sessie; het staat niet meer in de caseload
status-connection-lost = { $error }; opnieuw verbinden… (wat u typt blijft bewaard; bewaren wacht op de verbinding)
status-reconnected = opnieuw verbonden met de perinat-server; de caseload wordt opnieuw gelezen
server-access-refused = { $user } mag de caseload in { $dir } niet gebruiken: die is van { $owner } en de leden van groep { $group }. Vraag de beheerder van de praktijk u aan die groep toe te voegen (sudo adduser { $user } { $group }) en meld u opnieuw aan
server-already-running = er draait al een perinat-server voor { $dir }
server-cannot-listen = kan de socket van de server { $socket } niet openen: { $error }
client-garbage = de perinat-server stuurde een bericht dat deze perinat niet kan lezen ({ $error }); sluit alle perinat-sessies zodat één server van deze versie kan starten
client-lost-during-write = de verbinding met de perinat-server ging verloren tijdens het bewaren ({ $error }); de wijziging is misschien niet bewaard. Niets wat u typte is verloren: bekijk het dossier en bewaar opnieuw
client-lost = de verbinding met de perinat-server ging verloren ({ $error })
client-unexpected = de perinat-server gaf een onverwacht antwoord ({ $reply }); sluit alle perinat-sessies zodat één server van deze versie kan starten
client-no-access = u mag de caseload in { $dir } niet gebruiken: vraag de beheerder van de praktijk u toe te voegen aan groep { $group } en meld u opnieuw aan
client-other-version = de server van deze caseload is perinat { $server }; dit is { $this }: sluit alle perinat-sessies zodat de nieuwe server kan starten
client-no-server = er draait geen perinat-server voor { $dir }, en alleen de eigenaar { $owner } kan er een starten. Vraag { $owner } of de beheerder van de praktijk hem te starten (systemctl start perinat), of open perinat één keer als { $owner }
client-server-silent = de perinat-server voor { $dir } is niet gestart (zijn logboek is { $dir }/server.log)
client-cannot-start = kan de perinat-server voor { $dir } niet starten: { $error }
store-open-to-others = { $file } is toegankelijk voor andere gebruikers (modus { $mode }){ $more ->
    [0] {""}
   *[other] {" "}(en nog { $more })
}; de dossiers bevatten gezondheidsgegevens. Oplossing: chmod -R go-rwx '{ $dir }'
backup-cannot-write = kan de back-up { $file } niet schrijven: { $error }
backup-cannot-create-dir = kan de map voor back-ups { $dir } niet aanmaken: { $error }
backup-cannot-rotate = kan de back-ups in { $dir } niet roteren: { $error }
backup-migration-stopped = { $error }; de opslag is niet gemigreerd en is ongewijzigd: maak ruimte vrij of herstel de map en start perinat opnieuw
backup-recovery-hint = De nieuwste back-up is { $file } (gemaakt op { $at }). Om ze terug te zetten (de beschadigde opslag wordt opzij gezet):
    {"  "}perinat --data-dir '{ $dir }' restore '{ $file }'
backup-recovery-none = Er is geen back-up in { $backups }; als u een export hebt, zet die terug met: perinat --data-dir '{ $dir }' restore BESTAND
panic-report = interne fout op { $at }. Elke wijziging die perinat als bewaard meldde, staat op schijf. Meld deze fout met de plaats hierboven. De foutmelding zelf wordt niet getoond omdat ze patiëntgegevens kan bevatten (PERINAT_DEBUG=1 toont ze).

## Invoer die niet klopt

date-not-a-date = { $value } is geen datum: schrijf JJJJ-MM-DD
date-year-range = { $value }: jaar { $year } valt buiten het bereik (1900-2199)
date-not-a-day = { $value } is geen dag van de kalender
date-not-a-month = { $value } is geen maand: schrijf JJJJ-MM, bijvoorbeeld 2025-03
id-inami = RIZIV-nummer
id-niss = INSZ
id-not-a-digit = { $what } { $value } bevat een teken { $char } dat geen cijfer is
id-digit-count = { $what } { $value } heeft { $count ->
    [one] { $count } cijfer
   *[other] { $count } cijfers
}, er zijn er 11 nodig
id-inami-check = de controlecijfers van { $number } kloppen niet: het nummer is verkeerd getypt; neem het opnieuw over van de kaart of brief van de zorgverlener
id-niss-month = INSZ-maand { $month } is geen maand (ook geen BIS-maand)
id-niss-check = de INSZ-controlecijfers kloppen niet: het nummer is verkeerd getypt; neem het opnieuw over van de identiteitskaart of het klevertje
json-where = regel { $line }, kolom { $column }
json-invalid = geen geldige JSON: { $detail }
json-bad-amount = { $value } is geen bedrag: schrijf euro's met twee decimalen, bv. "744.05"
json-bad-key = { $value } is geen geldige { $what } (een van: { $all })
json-bad-format = { $value } is niet { $format }: dit is geen dossierbestand van perinat
json-bad-version = versie { $version } wordt niet ondersteund (deze perinat leest versie { $supported })
json-name-needed = een naam is nodig
json-bad-time = { $value } is geen tijd: schrijf UU:MM (24 u)
valid-id-needed = een id is nodig
valid-lmp-needed = een laatste menstruatie of een uitgerekende datum is nodig
valid-birth-before-start = { $birth } ligt vóór het begin van de zwangerschap ({ $start })
valid-unknown-provider = onbekende zorgverlener { $id }
valid-unknown-indicator = onbekende indicator
valid-quarter-hours = { $value } ligt niet tussen 1 en { $max }
valid-billed-unmatched = past bij geen enkele prestatie ({ $code } op { $date } gefactureerd door { $provider }); een gefactureerde prestatie is definitief, dus de feiten waarop ze gefactureerd werd, kunnen niet veranderen (R63). Om de factuurdatum te wijzigen, corrigeer de markering (c op het facturatiescherm); werd de aanvraag geweigerd, trek dan eerst de markering in (w) en wijzig daarna de registratie
valid-used-twice = { $id } wordt twee keer gebruikt
valid-second-tariff = een tweede tarief voor { $code } vanaf { $from }
valid-region-twice = { $region } komt twee keer voor

## Opdrachtregel

cli-no-pregnancy = geen zwangerschap "{ $id }" in de opslag (zie perinat cases)
cli-bad-pseudocode = "{ $code }" is geen pseudocode van het programma (401376, 401391, 401413, 401435)
cli-marked-billed = Bewaard: { $code } van { $date } voor { $case } gefactureerd op { $on } ({ $amount }).
cli-problems = { $what } ({ $count ->
    [one] één probleem
   *[other] { $count } problemen
}):
cli-more-problems = … en nog { $count }
cli-cannot-read = kan { $file } niet lezen: { $error }
cli-cannot-write = kan { $file } niet schrijven: { $error }
cli-cannot-write-output = kan de uitvoer niet schrijven: { $error }
cli-not-imported = { $file } is niet geïmporteerd, de opslag is ongewijzigd
cli-imported = { $file } geïmporteerd: zwangerschappen { $added } toegevoegd, { $replaced } vervangen, { $unchanged } ongewijzigd; zorgverleners { $providers_added } toegevoegd, { $providers_replaced } vervangen, { $providers_unchanged } ongewijzigd.
cli-imported-settings = Praktijkinstellingen: { $tariffs ->
    [one] { $tariffs } tarief
   *[other] { $tariffs } tarieven
}, { $regions ->
    [one] { $regions } regionale opening
   *[other] { $regions } regionale openingen
}.
cli-exported = { $count ->
    [one] { $count } zwangerschap
   *[other] { $count } zwangerschappen
} en { $providers ->
    [one] { $providers } zorgverlener
   *[other] { $providers } zorgverleners
} geëxporteerd naar { $file }.
cli-demo-written = Demo-dossiers van { $count ->
    [one] { $count } zwangerschap
   *[other] { $count } zwangerschappen
} geschreven naar { $file }.
cli-man-written = { $count ->
    [one] { $count } handleidingpagina
   *[other] { $count } handleidingpagina's
} geschreven naar { $dir }.
cli-demo-not-empty = de opslag in { $dir } bevat al { $count ->
    [one] { $count } zwangerschap
   *[other] { $count } zwangerschappen
}; demogegevens gaan alleen in een lege opslag (gebruik --out BESTAND, of een andere --data-dir)
cli-demo-added = Demo-dossiers van { $count ->
    [one] { $count } fictieve zwangerschap
   *[other] { $count } fictieve zwangerschappen
} toegevoegd aan { $dir }.
    Probeer: perinat cases, perinat billing --unbilled
cli-case-count = { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
cli-col-when = Uitger./geb.
cli-today = Vandaag { $date }: { $phase }
cli-periods = Periodes (R2): prenataal vanaf { $prenatal }, { $birth_label } { $birth }, vroege kindertijd vanaf { $childhood }, einde { $end } (R3)
cli-reference-period = Referentieperiode { $number } (R4): { $from } tot { $to }
cli-no-screening = Screening: geen geregistreerd (R12)
cli-coordinator = Coördinator: { $name } vanaf { $from }
cli-transfer = Overdracht aan: { $name } vanaf { $from }
cli-no-consent = (geen toestemming geregistreerd)
cli-services = Prestaties
cli-deadline = tegen { $date }
cli-daily-backup-failed = de back-up van de dag is mislukt: { $error }
cli-cannot-list = kan { $dir } niet oplijsten: { $error }
cli-backups-in = Back-ups in { $dir }:
cli-no-backups = (nog geen: er wordt er een gemaakt bij het eerste gebruik van elke dag)
cli-backed-up = { $count ->
    [one] { $count } zwangerschap
   *[other] { $count } zwangerschappen
} en { $providers ->
    [one] { $providers } zorgverlener
   *[other] { $providers } zorgverleners
} geback-upt naar { $file }.
cli-confirm-no-terminal = Standaardinvoer is geen terminal, dus perinat kan het niet vragen: voeg --yes toe om verder te gaan.
cli-confirm-ask = Typ ja om verder te gaan:
cli-confirm-word = ja
cli-cannot-read-answer = kan het antwoord niet lezen: { $error }
cli-cannot-set-aside = kan de beschadigde opslag { $dir } niet opzij zetten: { $error }
cli-not-restored = { $file } is niet teruggezet, de opslag is ongewijzigd
cli-restore-question = De dossiers in { $dir } ({ $count ->
    [one] { $count } zwangerschap
   *[other] { $count } zwangerschappen
}, { $providers ->
    [one] { $providers } zorgverlener
   *[other] { $providers } zorgverleners
}) vervangen door { $file } ({ $new_count ->
    [one] { $new_count } zwangerschap
   *[other] { $new_count } zwangerschappen
}, { $new_providers ->
    [one] { $new_providers } zorgverlener
   *[other] { $new_providers } zorgverleners
})?
    Van de huidige dossiers wordt eerst een back-up gemaakt, in { $backups }.
cli-restore-damaged-question = De opslag in { $dir } is beschadigd. De bestanden opzij zetten (ze worden bewaard) en een nieuwe opslag beginnen met { $file } ({ $new_count ->
    [one] { $new_count } zwangerschap
   *[other] { $new_count } zwangerschappen
}, { $new_providers ->
    [one] { $new_providers } zorgverlener
   *[other] { $new_providers } zorgverleners
})?
cli-not-confirmed = { $refused } (niet bevestigd)
cli-current-unreadable = de huidige dossiers kunnen niet volledig gelezen worden ({ $error })
cli-restore-backup-failed = { $refused }: de back-up van de huidige dossiers is mislukt: { $error }
cli-restored = { $file } teruggezet: { $count ->
    [one] { $count } zwangerschap
   *[other] { $count } zwangerschappen
}, { $providers ->
    [one] { $providers } zorgverlener
   *[other] { $providers } zorgverleners
}.
cli-previous-in = De vorige dossiers staan in { $file }.
cli-damaged-kept = De bestanden van de beschadigde opslag worden bewaard in { $dir }.
cli-change-count = { $count ->
    [one] { $count } wijziging
   *[other] { $count } wijzigingen
}
overview-title = perinat - dossiers in { $dir }
overview-empty = Er zijn geen dossiers. Om rond te kijken met fictieve gegevens:
    {"  "}perinat demo --cases 200
    Om een dossierbestand binnen te halen:
    {"  "}perinat import BESTAND
    
    Zie perinat --help voor alle opdrachten.
overview-phases = { $count ->
    [one] { $count } zwangerschap
   *[other] { $count } zwangerschappen
}: { $prenatal } prenataal, { $postnatal } postnataal, { $childhood } vroege kindertijd, { $closed } afgesloten
overview-scenarios = Scenario's: { $zero } × 0, { $a } × A, { $b } × B ({ $provisional } voorlopig)
overview-to-claim = Te factureren: { $count ->
    [one] { $count } prestatie
   *[other] { $count } prestaties
}, { $amount } ({ $near } met een termijn binnen 14 dagen)
overview-blocked = Geblokkeerde prestaties: { $blocked }    Dossiers met signalen: { $alerts }
overview-commands = perinat cases                de dossiers, één regel per zwangerschap
    perinat case ID              één zwangerschap: tijdlijn, prestaties en waarom, signalen
    perinat billing --month { $month }   het overzicht van het einde van de maand
    perinat billing --unbilled   alles wat nog te factureren is
    perinat --help               alle opdrachten

## Facturatieoverzicht (perinat billing) en zijn CSV

report-title-month = Facturatie van { $month } (op { $today })
report-title-unbilled = Niet-gefactureerde prestaties, dichtste termijn eerst (op { $today })
report-per-pseudocode = Te factureren, per pseudocode
report-total = Totaal
report-per-provider = Te factureren, per facturerende zorgverlener
report-nothing = niets te factureren
report-no-billing-provider = (geen facturerende zorgverlener)
report-col-code = Code
report-col-qty = Aant
report-section-billable = Factureerbaar (! = termijn binnen 14 dagen): { $count }
report-section-done = Gefactureerd en verlopen: { $count }
report-section-blocked = Geblokkeerd (niet factureerbaar): { $count }
report-empty = Geen prestaties in deze selectie.
csv-case = Dossier
csv-pseudocode = Pseudocode
csv-service = Prestatie
csv-service-date = Prestatiedatum
csv-provider = Id zorgverlener
csv-provider-name = Zorgverlener
csv-units = Eenheden
csv-unit-price = Eenheidsprijs (EUR)
csv-amount = Bedrag (EUR)
csv-deadline = Termijn
csv-status = Status
csv-reasons = Redenen
backup-damaged-compressed = kan { $file } niet lezen: het gecomprimeerde bestand (zstd) is beschadigd of onvolledig ({ $error }); gebruik een andere back-up
cli-show-not-json = { $file } is geen back-up of export van perinat (JSON) en wordt dus niet getoond: { $error }
csv-woman = Vrouw
csv-niss = INSZ
csv-start-time = Beginuur
csv-provider-inami = RIZIV van de zorgverlener
csv-problems = Te verbeteren vóór facturatie
claim-no-niss = geen INSZ geregistreerd: voeg het toe aan het dossier vóór facturatie (R71)
claim-niss = INSZ
claim-start = begin { $time }
report-for-provider = gefactureerd door { $provider }
report-deadline-near = { $count ->
    [one] ! { $count } te factureren binnen 14 dagen, vóór de termijn (R60)
   *[other] ! { $count } te factureren binnen 14 dagen, vóór hun termijn (R60)
}
claim-days-left = { $days ->
    [one] nog { $days } dag
   *[other] nog { $days } dagen
}
billed-on-future = de factuurdatum { $on } ligt in de toekomst (vandaag is { $today }): geef de dag waarop de prestatie op het IM-platform werd gefactureerd
billed-on-before-service = de factuurdatum { $on } ligt vóór de prestatiedatum { $service }: een prestatie wordt gefactureerd nadat ze plaatsvond
store-correction-needs-reason = een correctie van een facturatie vraagt een reden (bijvoorbeeld "geweigerd door het platform: verkeerd INSZ"): die wordt in de geschiedenis van het dossier opgenomen
store-correction-bad-reason = de reden bevat het stuurteken { $char }: typ ze opnieuw zonder dat teken
store-not-billed = prestatie { $code } van { $date } in dossier { $case } is niet als gefactureerd gemarkeerd: er is niets te corrigeren
audit-correct-billed = factuurdatum gecorrigeerd
audit-withdraw-billed = facturatie ingetrokken
cli-unknown-provider = geen zorgverlener heeft de id "{ $id }"; de id's zijn: { $ids }
cli-per-provider-none = Geen regel van dit rapport heeft een facturerende zorgverlener: geen bestand geschreven.
cli-per-provider-file = { $file }: { $provider }, { $count } te factureren, { $amount }
cli-billed-corrected = Opgeslagen: { $code } van { $date } voor { $case } is nu gefactureerd op { $on } (de correctie en haar reden staan in de geschiedenis van het dossier).
cli-billed-withdrawn = Opgeslagen: { $code } van { $date } voor { $case } is niet langer als gefactureerd gemarkeerd (de intrekking en haar reden staan in de geschiedenis van het dossier).
cli-mark-expired = R60: de termijn van deze prestatie verliep op { $deadline }; het platform kan de facturatie weigeren. Voeg --late toe om ze toch als gefactureerd te markeren.
billing-mark-summary = { $count ->
    [one] 1 prestatie, { $amount }:
   *[other] { $count } prestaties, { $amount }:
}
billing-mark-more = … en nog { $count }
billing-mark-final = Een markering is definitief (R63): nadien kan alleen een gemotiveerde correctie, opgenomen in de geschiedenis, ze wijzigen.
billing-quarter-hours = { $count ->
    [one] 1 kwartier
   *[other] { $count } kwartieren
}
billing-expired-why = Verlopen: de termijn (R60) verliep op { $deadline }. Het platform kan ze weigeren; als gefactureerd markeren vraagt een bevestiging.
billing-unbilled = Alles wat nog te factureren is
billing-unbilled-empty = Niets meer te factureren.
billing-col-days-left = Dagen over
billing-days = { $days } d
status-not-billed = Deze regel is niet als gefactureerd gemarkeerd: er is geen markering om te corrigeren of in te trekken.
billing-billed-on = Nu als gefactureerd gemarkeerd op { $date }.
confirm-mark-expired = { $count ->
    [one] De te markeren prestatie is over de termijn (R60): het platform kan ze weigeren. Toch als gefactureerd markeren?
   *[other] { $expired ->
        [one] { $expired } van de { $count } te markeren prestaties is over de termijn (R60): het platform kan ze weigeren. Toch als gefactureerd markeren?
       *[other] { $expired } van de { $count } te markeren prestaties zijn over hun termijn (R60): het platform kan ze weigeren. Toch als gefactureerd markeren?
    }
}
status-billed-corrected = Factuurdatum van { $case } gecorrigeerd naar { $on }; de reden staat in de geschiedenis.
status-billed-withdrawn = Facturatiemarkering van { $case } ingetrokken; de reden staat in de geschiedenis. De regel kan opnieuw gefactureerd worden zolang de termijn het toelaat.
status-exported-per-provider = { $count ->
    [one] { $count } bestand
   *[other] { $count } bestanden
} geschreven in { $dir }, één per facturerende zorgverlener.
form-correct-billed = Factuurdatum corrigeren (R63)
form-withdraw-billed = Markering intrekken: facturatie geweigerd (R63)
form-export-per-provider = Eén CSV per facturerende zorgverlener
field-reason = Reden (bewaard in de geschiedenis)
field-directory = Map
action-toggle-unbilled = alles ongefactureerd
action-filter-provider = zorgverlener
action-correct-billed = factuurdatum corrigeren
action-withdraw-billed = facturatie intrekken
action-export-per-provider = één CSV per zorgverlener
title-deadline-near = ! { $count } te factureren ≤14 d
overview-deadline-near = { $near ->
    [one] ! { $near } ervan moet binnen 14 dagen gefactureerd worden (R60): perinat billing --unbilled toont ze, vroegste termijn eerst
   *[other] ! { $near } ervan moeten binnen 14 dagen gefactureerd worden (R60): perinat billing --unbilled toont ze, vroegste termijn eerst
}
billing-billed-why = Gefactureerd op { $date } (R63). { $correct }: factuurdatum corrigeren; { $withdraw }: een geweigerde facturatie intrekken.
status-undo-billed = Een facturatiemarkering is definitief (R63): om er een in te trekken, kies de regel op het facturatiescherm en druk op { $key } (intrekken, met de reden). u opnieuw maakt de wijziging ervoor ongedaan.
status-how-to-quit = Esc gaat terug en sluit nooit af; { $key } sluit perinat af.
confirm-quit-unsaved = perinat afsluiten en verliezen wat u in dit formulier typte?
confirm-discard = Dit formulier sluiten en verliezen wat u erin typte?
valid-inami-taken = { $inami } is al het RIZIV-nummer van { $name } ({ $id }): één nummer hoort bij één zorgverlener; verbeter het nummer, of gebruik die zorgverlener
store-moved = iemand anders bewaarde op hetzelfde moment een wijziging; er is niets bewaard: probeer het opnieuw
busy-others = anderen bewaren wijzigingen…
cli-bad-store = { $value } is geen opslag die perinat kent: geef een PostgreSQL-URL (postgres://GEBRUIKER@HOST/DATABANK), of laat --store en PERINAT_STORE weg voor de caseload in de gegevensmap
pg-bad-url = { $url } is geen PostgreSQL-URL die perinat kan gebruiken ({ $error }); schrijf ze als postgres://GEBRUIKER@HOST/DATABANK
pg-cannot-connect = de PostgreSQL-databank { $url } is niet bereikbaar: { $error }; controleer of de databankserver draait en of host, poort en databanknaam kloppen
pg-auth = de PostgreSQL-databank { $url } liet gebruiker { $user } niet binnen ({ $error }); controleer de gebruikersnaam en het wachtwoord (PGPASSWORD), of vraag het de beheerder van de databank
pg-lost = de verbinding met de PostgreSQL-databank { $url } is verbroken ({ $error })
pg-lost-during-write = de verbinding met de PostgreSQL-databank { $url } werd verbroken tijdens het bewaren ({ $error }); de wijziging is misschien niet bewaard. Wat u typte is niet verloren: bekijk het dossier en bewaar opnieuw
pg-error = de PostgreSQL-databank { $url } weigerde de vraag: { $error }
pg-older-schema = de caseload in { $url } heeft schemaversie { $found } en deze perinat heeft { $wanted } nodig; er is niets geschreven. Maak een kopie (pg_dump) en voer dan perinat db migrate uit met deze --store
pg-newer-schema = de caseload in { $url } heeft schemaversie { $found }, geschreven door een nieuwere perinat (deze kent tot { $wanted }); er is niets geschreven. Installeer de nieuwere perinat om ze te gebruiken
pg-not-perinat = de databank { $url } bevat tabellen die geen perinat-caseload zijn; geef perinat een eigen databank (CREATE DATABASE perinat OWNER …)
pg-migrated = de caseload in { $url } staat nu op schemaversie { $to } (was { $from })
pg-up-to-date = de caseload in { $url } staat al op schemaversie { $version }
pg-no-store = perinat db werkt op een caseload in PostgreSQL: geef --store postgres://GEBRUIKER@HOST/DATABANK of zet PERINAT_STORE
pg-backups-elsewhere = de caseload in { $url } wordt bewaard door PostgreSQL, waarvan de back-ups die van de databank zijn (pg_dump of replicatie, zie README); perinat backup BESTAND schrijft er een draagbare kopie van
pg-not-served = perinat { $command } is voor een caseload in een gegevensmap; met een caseload in PostgreSQL spreekt elke perinat zelf met de databank
store-correction-same-date = de prestatie is al als gefactureerd gemarkeerd op { $on }: er is niets te corrigeren

# issue 12: to-do, record, history words
todo-forfait-condition = het forfait van referentieperiode { $period } mist nog één voorwaarde: { $condition }
todo-col-due = Uiterlijk
todo-col-concerned = Betrokkenen
todo-col-what = Te doen
todo-overdue = te laat
todo-count = { $count ->
    [one] 1 taak (te laat, of te doen binnen { $days } dagen)
   *[other] { $count } taken (te laat, of te doen binnen { $days } dagen)
}
todo-no-login = --mine heeft uw gebruikersnaam nodig, en USER noch LOGNAME is ingesteld; geef in de plaats --provider ID
todo-no-login-provider = geen zorgverlener is gekoppeld aan uw gebruikersnaam "{ $login }" (--mine); geef --provider ID, een van: { $ids }

# issue 12: screens, corrections, undo and redo
help-not-here = nu niet mogelijk
confirm-delete-record = { $what } verwijderen? (u maakt het ongedaan)
confirm-delete-provider = Zorgverlener { $name } verwijderen? (u maakt het ongedaan)
status-provider-deleted = Zorgverlener { $name } verwijderd.
status-changed-meanwhile = Iemand heeft dit dossier intussen gewijzigd: bekijk het opnieuw en probeer het dan nog eens.
status-delete-billed = { $what } gaf een prestatie die op { $on } gefactureerd is: gefactureerde prestaties zijn definitief (R63). Werd de aanvraag geweigerd, trek dan eerst de markering in op het facturatiescherm ({ $key }).
status-record-deleted = Verwijderd: { $what } ({ $key } maakt het ongedaan).
status-nothing-to-redo = Niets om opnieuw te doen.
status-redone = Opnieuw gedaan: { $what }.
status-redo-failed = Kan { $what } niet opnieuw doen: { $error } Ze wordt overgeslagen.
status-forfait-not-a-record = Het coördinatieforfait is geen registratie: het volgt uit de aanstelling, het zorgplan, het overleg en de opvolgingen (R33). Bewerk die.
status-team-not-deleted = Het zorgteam wordt bewerkt, niet verwijderd: druk op { $key }.
undo-what-provider = zorgverlener { $name }
undo-what-case = zwangerschap van { $name }
undo-what-case-details = gegevens van { $name }
undo-what-screening = screening van { $name }
undo-what-cpp = prenataal advies van { $date } voor { $name }
undo-what-concertation = overleg van { $date } voor { $name }
undo-what-follow-up = opvolging van { $indicator } van { $date } voor { $name }
undo-what-designation = aanstelling van de coördinator van { $date } voor { $name }
undo-what-team = zorgteam van { $name }
undo-what-care-plan = zorgplan van { $name }
case-woman = { $name } · INSZ { $niss }{ $born ->
    [none] {""}
   *[other] {" "}· geboren { $born }
}
case-no-niss = niet geregistreerd
case-designation = Coördinator: { $name } vanaf { $from } · toestemming { $consent }{ $current ->
    [yes] {" "}· nu bevoegd
   *[no] {""}
}
case-no-care-plan = Zorgplan: nog geen
case-follow-ups = Opvolgingen (R35)
case-no-follow-ups = Nog geen opvolging.
form-edit-follow-up = Opvolging van { $date } voor { $name } (R35)
form-edit-designation = Aanstelling van de coördinator van { $date } voor { $name } (R31)
form-edit-cpp = Gepersonaliseerd prenataal advies van { $date } voor { $name } (R20–R23)
form-edit-concertation = Overleg van { $date } voor { $name } (R40–R44)
action-redo = opnieuw doen wat ongedaan is gemaakt
action-todo = te doen
action-providers = zorgverleners
action-full-record = volledig dossier
action-edit = bewerken
action-delete = verwijderen
action-filter-mine = alleen mijn dossiers
action-merge-provider = samenvoegen met een andere zorgverlener
record-view-title = Dossier van { $name }

screen-providers = Zorgverleners
providers-name = Naam
providers-profession = Beroep
providers-cases = Dossiers
providers-organisation = Organisatie
providers-none = Geen zorgverlener komt overeen.
status-provider-used = { $name } staat in { $count ->
    [one] één dossier
   *[other] { $count } dossiers
}: een gebruikte zorgverlener wordt niet verwijderd. Is het een dubbel, voeg hem dan samen met het origineel ({ $key }).
form-edit-provider = Zorgverlener { $name }
form-merge-provider = { $name } samenvoegen met een andere zorgverlener
field-merge-into = Met
form-merge-provider-help = Elk dossier dat { $name } noemt, noemt dan de hier gekozen zorgverlener, en { $name } wordt verwijderd. Een prestatie die { $name } al factureerde, houdt haar zorgverlener (R63): dan wordt het samenvoegen geweigerd.
status-provider-merged = { $name } samengevoegd met { $into } ({ $count ->
    [one] één dossier gewijzigd
   *[other] { $count } dossiers gewijzigd
}).

screen-todo = Te doen
todo-heading = { $count ->
    [one] Eén ding te doen, op termijn (te laat eerst; { $days } dagen vooruit)
   *[other] { $count } dingen te doen, op termijn (te laat eerst; { $days } dagen vooruit)
}
todo-heading-mine = { $count ->
    [one] Eén ding te doen in mijn dossiers, op termijn ({ $days } dagen vooruit)
   *[other] { $count } dingen te doen in mijn dossiers, op termijn ({ $days } dagen vooruit)
}
todo-empty = De komende weken staat er niets gepland.
todo-in-days = { $days ->
    [0] vandaag
    [one] morgen
   *[other] over { $days } d
}
status-who-am-i-unknown = { $login ->
    [none] perinat kent uw loginnaam niet (USER is niet ingesteld) en kan dus niet zeggen welke dossiers de uwe zijn.
   *[other] Er is geen zorgverlener gekoppeld aan uw loginnaam „{ $login }”: kies op het scherm zorgverleners (5) de uwe, druk op e en vul „Loginnaam” in.
}

record-cpps = { $count ->
    [0] Gepersonaliseerd prenataal advies: geen
    [one] Gepersonaliseerd prenataal advies: 1 sessie
   *[other] Gepersonaliseerd prenataal advies: { $count } sessies
}
record-cpp = op { $date }, door { $provider }, BiB-code { $code }
record-concertations = { $count ->
    [0] Overleggen: geen
    [one] Overleggen: 1
   *[other] Overleggen: { $count }
}
record-concertation = Overleg op { $date } om { $start }, { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
}
record-participants = Deelnemers
record-follow-ups = Status en notitie per kwetsbaarheid (R23, R33, R35)
record-by-follow-up = opvolging door { $provider }
record-by-cpp = prenataal advies door { $provider }
record-no-status = nog geen status
audit-field-cpp = Prenataal advies { $number }
audit-field-coordinator = Coördinator { $number }
audit-field-team-member = Lid van het zorgteam { $number }
audit-field-follow-up = Opvolging { $number }
audit-field-concertation = Overleg { $number }
audit-field-participant = Deelnemer { $number }
audit-field-billed = Gefactureerde prestatie { $number }
audit-field-screening = Screening
audit-field-start = Begin
audit-field-service-date = Prestatiedatum
audit-field-pseudocode = Pseudocode
audit-field-amount = Bedrag

# issue 12: form editing and pickers
action-remove-item = uit de lijst halen
action-move-item-up = hoger in de lijst
action-move-item-down = lager in de lijst
action-answer-vulnerable = antwoord: kwetsbaar
action-answer-not-vulnerable = antwoord: niet kwetsbaar
action-answer-unknown = antwoord: niet beantwoord
action-answer-rest-not-vulnerable = alle onbeantwoorde indicatoren: niet kwetsbaar
form-key-newline = nieuwe regel
form-key-answer = ja/nee/open
form-key-rest-not-vulnerable = rest: nee
form-key-remove = weg
form-key-order = volgorde
picker-filter = filter:
picker-found = { $count } gevonden
picker-hint = typ om te filteren op naam, beroep, organisatie of RIZIV
multipick-empty = — nog niemand
multipick-add = typ een naam om toe te voegen
field-team = Team
field-participants = Deelnemers
hint-participants-order = De volgorde telt: R42 betaalt de eerste vier deelnemers na de coördinator.

# issue 12: providers (login, merge)
valid-login-bad = { $login } is geen Unix-gebruikersnaam: { $why }
valid-login-empty = hij is leeg
valid-login-long = hij is langer dan { $max } tekens
valid-login-dash = hij begint met "-"
valid-login-char = hij bevat { $char } (geen spaties, stuur- of onzichtbare tekens, noch : / ,)
valid-login-taken = { $login } is al de login van { $name } ({ $id }): één login hoort bij één zorgverlener; geef deze zorgverlener een andere login, of gebruik die zorgverlener
audit-merge-provider = zorgverlener samengevoegd
busy-merge-provider = zorgverlener { $duplicate } wordt samengevoegd met { $original }…
store-merge-itself = { $id } kan niet met zichzelf worden samengevoegd: geef het duplicaat, dan de zorgverlener waarvan het een duplicaat is
store-merge-billed = { $duplicate } is de facturerende zorgverlener van { $count ->
    [one] een prestatie
   *[other] { $count } prestaties
} die als gefactureerd gemarkeerd { $count ->
    [one] is
   *[other] zijn
} ({ $list }), en de zorgverlener van een gefactureerde prestatie kan niet meer veranderen: { $duplicate } kan dus niet met { $original } worden samengevoegd. Verbeter in de plaats de gegevens van { $duplicate } (naam, RIZIV-nummer, login) en behoud hem, of, als het platform de aanvraag weigerde, trek eerst de facturatiemarkering in (perinat mark-billed DOSSIER --withdraw --reason TEKST) en voeg dan opnieuw samen
store-merge-billed-item = { $code } van { $date } in { $case }, gefactureerd op { $on }
store-merge-billed-more = nog { $count }
cli-provider-login-set = { $id } is nu de zorgverlener van login { $login }
cli-provider-login-cleared = { $id } heeft geen login meer
cli-provider-merged = { $duplicate } samengevoegd met { $original }: { $count ->
    [0] geen dossier noemde hem
    [one] één dossier gewijzigd
   *[other] { $count } dossiers gewijzigd
}; { $duplicate } is verwijderd
cli-provider-deleted = zorgverlener { $id } verwijderd
cli-providers-none = nog geen zorgverlener: importeer een dossierbestand (perinat import BESTAND)
cli-providers-login = login { $login }
cli-providers-you-are = U ({ $login }) bent { $name } ({ $id }).
cli-providers-you-are-none = Geen zorgverlener heeft uw login ({ $login }): perinat providers login ID { $login } koppelt u aan de uwe.

field-login = Loginnaam
filter-mine = de mijne

record-keys = ↑/↓ scrollen, PageDown een pagina, Esc sluit.

undo-added = het toevoegen van { $what }
undo-changed = de wijziging van { $what }
undo-deleted = het verwijderen van { $what }
audit-create-pregnancy = zwangerschap aangemaakt
audit-create-provider = zorgverlener aangemaakt
audit-yes = ja
audit-no = nee

todo-loading = De dossiers worden gelezen voor wat te doen is…
background-lost = het werk op de achtergrond stopte voor het klaar was
providers-counting = de dossiers van elke zorgverlener worden geteld…

label-colon = :

help-text-editing = In een tekstveld: ←/→ Home/End (C-a/C-e), C-←/C-→ per woord, C-w wist het vorige woord, C-u tot het begin, C-k tot het einde; in een notitie begint Enter een nieuwe regel en bewaart C-s.

billing-reading = (lezen…)

status-undo-later = Kan { $what } nu niet ongedaan maken: { $error } Probeer het zo meteen opnieuw.
undo-provider-changed = de zorgverlener werd intussen gewijzigd, samengevoegd of verwijderd (door u of een collega)
form-record-changed = Deze registratie werd door iemand gewijzigd of verplaatst sinds u ze opende (een registratie ervoor verwijderd, bijvoorbeeld): er werd niets bewaard. Esc, en open ze opnieuw om ze te zien zoals ze nu is.

form-billed-retry = { $count ->
    [one] De niet gemarkeerde regel blijft hier: Enter probeert opnieuw, Esc laat hem.
   *[other] De { $count } niet gemarkeerde regels blijven hier: Enter probeert opnieuw, Esc laat ze.
}
