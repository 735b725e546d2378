# perinat: deutsche Meldungen.
# Jeder Satz, den Sie lesen, kommt aus einer Datei wie dieser. Die Schlüssel sind in jeder
# Sprache gleich; { $name } füllt das Programm aus. Das Programm setzt die Regelnummer
# (R22) vor jeden Grund, warum etwas „nicht abrechenbar" ist.
# Begriffe: LIKIV/INAMI-Rundschreiben zum multidisziplinären perinatalen Betreuungspfad.

## Namen

profession-gynecologist = Gynäkologe
profession-general_practitioner = Allgemeinmediziner
profession-midwife = Hebamme
profession-nurse = Krankenpfleger
profession-social_worker = Sozialarbeiter
profession-psychologist = Psychologe
profession-other = andere Fachkraft
profession-article-gynecologist = einen Gynäkologen
profession-article-general_practitioner = einen Allgemeinmediziner
profession-article-midwife = eine Hebamme
profession-article-nurse = einen Krankenpfleger
profession-article-social_worker = einen Sozialarbeiter
profession-article-psychologist = einen Psychologen
profession-article-other = eine andere Fachkraft

region-flanders = Flandern
region-wallonia = Wallonien
region-brussels = Brüssel-Hauptstadt
region-german_speaking = die Deutschsprachige Gemeinschaft

service-401376 = Screening
service-401391 = prän. Berat.
service-401413 = Koordination
service-401435 = Besprechung

status-improvement = Verbesserung
status-deterioration = Verschlechterung
status-status_quo = Status quo
status-achieved = erreicht
status-not_achievable = nicht erreichbar

line-billable = abrechenbar
line-billed = abgerechnet
line-expired = verfallen
line-blocked = gesperrt
line-short-billable = offen
line-short-billed = verrechnet
line-short-expired = verfallen
line-short-blocked = gesperrt

phase-prenatal = pränatale Phase
phase-postnatal = postnatale Phase
phase-early-childhood = frühe Kindheit
phase-closed = abgeschlossen

## Warum eine Leistung nicht abrechenbar ist (das Programm setzt „R22: " davor)

blocker-r3-closed = nach dem 2. Geburtstag des Kindes ({ $end }) ist der Pfad abgeschlossen
blocker-r12-no-screening = kein Screening erfasst, also kein Szenario
blocker-r12-incomplete = Screening unvollständig ({ $answered } von { $total } Indikatoren beantwortet, { $needed } nötig); das Szenario ist vorläufig
blocker-r13-window = Screening am { $date } liegt außerhalb seines Zeitraums ({ $from } bis { $to }, 7 Tage nach der Geburt)
blocker-r13-before-start = Screening am { $date } liegt vor dem Beginn der Schwangerschaft ({ $from })
blocker-r15-no-consent = die Einwilligung der Frau zum Screening ist nicht erfasst
blocker-no-inami = { $provider } hat keine LIKIV-Nummer; nur LIKIV-Leistungserbringer rechnen ab
blocker-r16-no-code = kein BiB-Abschlusscode erfasst
blocker-r20-not-entitled = die pränatale Beratung setzt Szenario A oder B voraus (das Szenario ist 0)
blocker-r21-outside-prenatal = pränatale Beratung am { $date } liegt außerhalb der pränatalen Phase ({ $from } bis zur Geburt am { $birth })
blocker-r21-before-screening = pränatale Beratung am { $date } liegt vor dem Screening ({ $from })
blocker-r21-limit = für diese Schwangerschaft sind bereits zwei pränatale Beratungen abrechenbar
blocker-r22-profession = pränatale Beratung durch { $profession } ist nicht abrechenbar
blocker-r23-evaluations = kein Status und keine Notiz für { $list }
blocker-r23-no-code = kein BiB-Code für die Auswertung der pränatalen Beratung erfasst
blocker-r30-not-entitled = die Koordination setzt Szenario B voraus (das Szenario ist { $scenario })
blocker-r32-no-coordinator = kein Koordinator für diesen Zeitraum benannt
blocker-r32-no-billing-provider = Koordinator { $coordinator } hat keine LIKIV-Nummer und kein abrechnender LIKIV-Leistungserbringer ist erfasst
blocker-r33-no-consent = Koordinator ohne Einwilligung der Frau benannt
blocker-r33-team = dem Betreuungsteam fehlt { $list }
blocker-r33-no-concertation = keine Konzertierung in diesem Zeitraum, die R40 und R41 erfüllt
blocker-r33-no-care-plan = kein Betreuungsplan erfasst
blocker-r33-follow-ups = kein Status und keine Notiz in diesem Zeitraum für { $list }
blocker-r40-not-entitled = die Konzertierung setzt Szenario B voraus (das Szenario ist { $scenario })
blocker-r40-before-screening = Konzertierung vor dem Screening ({ $screening })
blocker-r40-no-coordinator = an diesem Tag ist kein Koordinator zuständig
blocker-r40-coordinator-absent = der zuständige Koordinator ({ $coordinator }) hat nicht teilgenommen
blocker-r41-too-few = { $count ->
    [one] { $count } teilnehmende Person
   *[other] { $count } Teilnehmende
}, mindestens 4 nötig (die Frau zählt mit)
blocker-r41-no-report = kein Bericht der Konzertierung erfasst
blocker-r41-no-agreements = keine Vereinbarungen pro Indikator erfasst
blocker-r42-beyond-4 = pro Konzertierung sind nur 4 LIKIV-Teilnehmende abrechenbar
blocker-r43-cap = die Obergrenze von 4 Viertelstunden im Bezugszeitraum { $period } ist erreicht
blocker-r52-before-start = vor dem Start des Programms ({ $start })
blocker-r61-not-open = die Abrechnung von „{ $service }" in { $region } beginnt am { $opens }
blocker-r61-unknown = für { $region } ist kein Beginn der Abrechnung bekannt; tragen Sie ihn in die Praxisdatei ein ("regions": [{"{"}"region": "{ $key }", ...{"}"}]) und importieren Sie sie

## Was zu tun ist (das Programm setzt „R35: " davor)

alert-follow-up-overdue = Nachverfolgung von { $indicator } überfällig seit { $since }
alert-follow-up-due = Nachverfolgung von { $indicator } fällig bis { $by }
alert-concertation-missing = keine Konzertierung zu jeder Vulnerabilität im Koordinationsjahr, das am { $year_end } endete
alert-concertation-due = jährliche Konzertierung fällig bis { $by }
alert-cpp-due = { $number ->
    [1] erste pränatale Beratung fällig (möglichst im ersten Trimester)
   *[other] zweite pränatale Beratung fällig (möglichst im dritten Trimester)
}
alert-screening-window = noch kein Screening, der Zeitraum endet am { $closes }
alert-screening-window-expected = noch kein Screening, der Zeitraum endet 7 Tage nach der Geburt (erwartet um den { $closes })
alert-deadline-near = „{ $service }" vom { $date } bis { $deadline } abrechnen

## keymap.toml

keymap-bad-key = { $key } ist keine Taste (schreiben Sie "j", "G", "<C-d>", "<Down>", "<Enter>", "<Esc>", …)
keymap-bad-value = eine Belegung ist "TASTE", ["TASTE", "TASTE"] (eine Folge), [["TASTE"], ["TASTE"]] (mehrere) oder []
keymap-bad-unbind = unbind nimmt eine Liste: unbind = ["x", ["g", "g"]]
keymap-unknown-section = unbekannter Abschnitt [{ $section }]; die Abschnitte sind [global], [caseload], [case], [billing], [tariffs], [help] und [form]
keymap-unknown-action = unbekannte Aktion "{ $action }" (siehe die Standard-keymap.toml für die Aktionen jedes Abschnitts)
keymap-action-not-here = die Aktion "{ $action }" gibt es in [{ $section }] nicht
keymap-conflict = die Taste { $key } ist sowohl mit { $first } (Zeile { $first_line }) als auch mit { $second } belegt
keymap-prefix-conflict = { $key } kollidiert mit { $other }: die eine beginnt die andere ({ $first } in Zeile { $first_line }, { $second } hier)
keymap-unreadable = die Datei kann nicht gelesen werden: { $detail }

## Speicher

store-delete-billed = diese Schwangerschaft hat { $count ->
    [one] eine abgerechnete Leistung
   *[other] { $count } abgerechnete Leistungen
}; abgerechnete Leistungen sind endgültig (R63), daher kann sie nicht gelöscht werden
store-provider-in-use = { $provider } steht noch in der Schwangerschaft { $case }; entfernen Sie ihn zuerst dort

## Zeilen der Liste

row-due = ET { $date }
row-born = geb. { $date }
row-no-dates = keine Daten
row-prenatal-week = pränatal SSW { $week }+{ $day }
row-postnatal-day = postnatal Tag { $day }
row-childhood-months = Kind { $months } Mon.
row-closed = abgeschlossen (2 J.)

## Fallliste

col-name = Name
col-when = Geb./ET
col-period = Phase
col-scenario = Sz
col-coordinator = Koordinator
col-alerts = Hinw.
col-to-bill = Abzurechnen
filter-scenario-is = Szenario { $scenario }
filter-no-screening = ohne Screening
filter-coordinator-is = Koordinator { $name }
filter-alerts = mit Hinweisen
filter-with-closed = abgeschlossene gezeigt
caseload-empty = Es gibt keine Fälle.
caseload-empty-demo = Drücken Sie { $key }, um eine Demo mit 200 fiktiven Schwangerschaften zu laden und sich umzusehen,
caseload-empty-new = { $key }, um eine Schwangerschaft hinzuzufügen, oder { $provider } für einen Leistungserbringer;
caseload-empty-import = oder holen Sie eine Falldatei aus der Shell: perinat import DATEI
caseload-loading = Fälle werden geladen…
caseload-no-match = Kein Fall passt zur Suche und zu den Filtern (0 löscht die Filter).

## Formulare

form-bad-date = { $value } ist kein Datum: schreiben Sie TT/MM/JJJJ (oder TT-MM-JJJJ, TT.MM.JJJJ, TT/MM/JJ, JJJJ-MM-TT)
form-required = Pflichtfeld
form-bad-time = { $value } ist keine Uhrzeit: schreiben Sie HH:MM oder HHhMM (24 h)
form-bad-count = schreiben Sie eine ganze Zahl von { $low } bis { $high }
form-yes = ja
form-no = nein
form-key-next = nächstes Feld
form-key-choice = Auswahl ändern
form-key-save = speichern
form-key-cancel = abbrechen
form-none = (keiner)
form-unanswered = — nicht beantwortet
form-vulnerable = ja, vulnerabel
form-id-taken = { $id } ist schon vergeben
form-need-dates = geben Sie die letzte Periode, den Entbindungstermin oder das Geburtsdatum an
form-billed-partly = { $done } als abgerechnet markiert, dann: { $error }
form-cannot-write = die Datei kann nicht geschrieben werden: { $error }
form-case-gone = diese Schwangerschaft ist nicht mehr gespeichert
form-new-pregnancy = Neue Schwangerschaft
form-edit-pregnancy = Schwangerschaft von { $name }
form-screening = Screening von { $name } (R10–R16)
form-cpp = Neue personalisierte pränatale Beratung für { $name } (R20–R23)
form-follow-up = Neue Nachverfolgung für { $name } (R35)
form-designate = Neue Koordinatorbenennung für { $name } (R31)
form-transfer = Neue Benennung: Koordination von { $name } übertragen (R31, R34)
form-team = Betreuungsteam von { $name } (R33)
form-care-plan = Betreuungsplan von { $name } (R33)
form-concertation = Neue Konzertierung für { $name } (R40–R44)
form-provider = Neuer Leistungserbringer
form-mark-billed = { $count ->
    [one] Eine Leistung
   *[other] { $count } Leistungen
} als abgerechnet markieren (R63)
form-export = Abrechnung von { $month } als CSV exportieren
field-case-id = Fallnummer
field-name = Name oder Pseudonym
field-niss = NISS (optional)
field-mother-birth = Geburtsdatum Mutter
field-region = Region der Betreuung
field-lmp = Letzte Periode
field-due = Entbindungstermin
field-birth = Geburtsdatum
field-date = Datum
field-screening-provider = Abgeschlossen von
field-consent = Einwilligung der Frau
field-bib-code = BiB-Code
field-provider = Leistungserbringer
field-note = Notiz
field-vulnerability = Vulnerabilität
field-status = Status
field-coordinator = Koordinator
field-from = Ab
field-consent-coordination = Frau willigt ein
field-billing-provider = Rechnet für ihn ab (LIKIV)
field-care-plan = Betreuungsplan
field-start = Beginn (HH:MM)
field-quarter-hours = Viertelstunden
field-woman-present = Frau anwesend
field-report = Bericht
field-participant = Teilgenommen: { $name }
field-agreement = Vereinbart: { $indicator }
field-provider-id = Kennung
field-profession = Beruf
field-inami = LIKIV-Nummer
field-organisation = Organisation
field-billed-on = Abgerechnet am
field-file = Datei
live-scenario = Szenario { $scenario } · { $answered } von { $total } beantwortet · { $vulnerable } vulnerabel
live-scenario-provisional = Szenario { $scenario } (vorläufig, R12) · { $answered } von { $total } beantwortet · { $vulnerable } vulnerabel

## Die Oberfläche

tui-no-terminal = dieses Terminal ist nicht nutzbar ({ $error }); die anderen Befehle funktionieren ohne (perinat --help)
keymap-errors-title = Ihre Tastendatei enthält Fehler, daher startet perinat mit den Standardtasten:
keymap-errors-continue = Drücken Sie eine Taste, um fortzufahren. Prüfen Sie eine Datei mit: perinat keymap --check DATEI
notice-title = Bitte lesen
confirm-title = Bestätigen
confirm-delete = Schwangerschaft { $id } und alles dazu Erfasste löschen? (u macht es rückgängig)
confirm-keys = y oder Enter: ja · jede andere Taste: nein
too-small-title = Das Terminal ist zu klein.
too-small-size = Es ist { $width }×{ $height } groß; perinat braucht mindestens { $min_width }×{ $min_height }. Vergrößern Sie das Fenster oder verkleinern Sie die Schrift.
screen-caseload = Fälle
screen-case = Fall
screen-billing = Abrechnung
screen-tariffs = Tarife
title-loading = lädt… { $count ->
    [one] { $count } Fall
   *[other] { $count } Fälle
}
title-count = { $shown } von { $count ->
    [one] { $count } Fall
   *[other] { $count } Fällen
}
title-today = heute { $date }
search-keys = Enter behalten · Esc löschen
status-cancelled = Abgebrochen, nichts gespeichert.
status-saved = Gespeichert: { $name }.
status-provider-saved = Leistungserbringer { $name } gespeichert.
status-billed = { $count ->
    [one] Eine Leistung als abgerechnet markiert.
   *[other] { $count } Leistungen als abgerechnet markiert.
}
status-exported = Exportiert nach { $path }.
status-deleted = { $id } gelöscht.
status-nothing-to-undo = Nichts rückgängig zu machen.
status-undone = Rückgängig gemacht: { $what }.
status-undo-failed = { $what } kann nicht rückgängig gemacht werden: { $error } Sie wird übersprungen: u macht mit der Änderung davor weiter.
status-demo-not-empty = Demodaten kommen nur in einen leeren Speicher.
status-demo-loaded = { $count ->
    [one] { $count } fiktive Schwangerschaft geladen
   *[other] { $count } fiktive Schwangerschaften geladen
} (Demodaten).
status-no-service = Keine Leistung ausgewählt.
status-no-providers = Fügen Sie zuerst einen Leistungserbringer hinzu ({ $key }).
status-cannot-mark = Nicht als abgerechnet markierbar: { $reason }
status-line-not-claimable = diese Leistung ist { $status }

## Fallansicht

case-no-dates = Keine letzte Periode, kein Entbindungstermin und keine Geburt erfasst: bearbeiten Sie die Schwangerschaft (e).
case-expected-birth = erwartete Geburt
case-birth = Geburt
case-ends = Ende
case-legend = ▓ pränatal ▒ postnatal ░ frühe Kindheit · ▼ heute B Geburt ? erwartet
case-legend-marks = S Screening C Beratung K Konzert. F Nachverf. D Koord. R Bezugszeitr. * mehrere
case-no-screening = Kein Screening erfasst (R12): erfassen Sie es mit S.
case-scenario = Szenario { $scenario } · { $answered } von 15 Indikatoren beantwortet
case-scenario-provisional = Szenario { $scenario }, vorläufig (R12) · { $answered } von 15 beantwortet
case-vulnerability-status = { $name }: { $status } am { $date } ({ $note })
case-vulnerability-none = { $name }: noch kein Status
case-coordinator = Koordinator: { $name } seit { $since }{ $count ->
    [1] {""}
   *[other] {" "}(nach { $count } Benennungen)
}
case-no-coordinator = Koordinator: keiner
case-team = Betreuungsteam: { $team }
case-care-plan = Betreuungsplan ({ $date }): { $text }
case-services = Leistungen: Datum, Leistung, Erbringer, Betrag, Frist, Status
case-no-services = noch keine
case-billed-on = abgerechnet { $date }
case-alerts = Hinweise
case-no-alerts = keine

## Abrechnung

billing-month = Leistungen im { $month }
billing-total = abzurechnen: { $amount }
billing-per-provider = Pro Leistungserbringer:
billing-col-case = Fall
billing-col-service = Leistung
billing-col-date = Datum
billing-col-provider = Erbringer
billing-col-amount = Betrag
billing-col-deadline = Frist
billing-col-status = Status
billing-empty = Keine Leistung in diesem Monat.
billing-no-reason = Abrechenbar: alle Regeln sind erfüllt.

## Tarife

tariffs-title = Tarife (R50–R51): Betrag pro Einheit, ab dem angegebenen Datum
tariffs-from = ab { $date }
tariffs-built-in = eingebaut
tariffs-practice = Praxisdatei
tariffs-in-force-mark = ▶ heute gültig
tariffs-openings = Beginn der Abrechnung (R61): Screening / andere Leistungen
tariffs-opening-built-in = eingebaut (Rundschreiben VE 2024/258)
tariffs-opening-unknown = nicht festgelegt: Leistungen bleiben gesperrt (R61), bis die Praxisdatei das Datum angibt
tariffs-interpretations = Wie perinat die Rundschreiben liest (Auslegungen von RULES.md)
interp-r33 = R33: die Konzertierung muss in denselben Bezugszeitraum fallen; das Leistungsdatum der Pauschale ist der erste Tag, an dem alle Bedingungen erfüllt sind, zum Tarif dieses Tages; bis dahin erscheint sie gesperrt am ersten Tag des Zeitraums.
interp-r42 = R42: nehmen mehr als 4 an einer Konzertierung teil, kommt der Koordinator (mit LIKIV-Nummer) zuerst, dann die Teilnehmenden in der erfassten Reihenfolge; die anderen erhalten eine gesperrte Zeile.
interp-r51 = R51: die Beträge von 2025 gelten ab dem 01/01/2025, dem üblichen Datum einer Indexierung; das Rundschreiben nennt kein Datum. Eine Praxisdatei kann das berichtigen.
interp-r61 = R61: für Flandern ist kein Beginn eingebaut; die Praxis legt ihn in ihrer eigenen Datei fest, bis dahin werden flämische Leistungen berechnet, aber gesperrt.
interp-r62 = R62: eine Leistung vor dem Beginn in ihrer Region erhält die spätere von zwei Fristen: die von R60 und den 5. Tag des dritten Monats nach dem Monat des Beginns.

## Hilfe

help-title = Tasten
help-this-screen = Diese Ansicht
help-everywhere = Überall
help-forms = In Formularen
help-alert-marks = Hinweiszeichen in der Liste
help-alert-legend = Ein Datum mit ? ist ein Entbindungstermin. Hinweise: F Nachverfolgung überfällig (R35) · f Nachverfolgung fällig · K Konzertierung fällig (R36) · C pränatale Beratung fällig (R21) · € Frist nahe (R60) · S Screening-Zeitraum endet (R13)
help-keymap-file = Tasten ändern Sie in keymap.toml (siehe perinat keymap --check).

## Aktionen, wie Hilfe und Fußzeilen sie nennen

action-quit = beenden
action-back = zurück
action-help = Hilfe
action-caseload = Fälle
action-billing = Abrechnung
action-tariffs = Tarife
action-undo = letzte Änderung rückgängig machen
action-up = hoch
action-down = runter
action-page-up = Seite hoch
action-page-down = Seite runter
action-top = erster
action-bottom = letzter
action-open = öffnen
action-search = suchen
action-filter-scenario = nach Szenario filtern
action-filter-period = nach Phase filtern
action-filter-region = nach Region filtern
action-filter-coordinator = nach Koordinator filtern
action-filter-alerts = nur Fälle mit Hinweisen
action-toggle-closed = abgeschlossene Fälle zeigen oder verbergen
action-clear-filters = Suche und Filter löschen
action-sort-next = nach der nächsten Spalte sortieren
action-sort-reverse = Sortierung umkehren
action-new-pregnancy = neue Schwangerschaft
action-new-provider = neuer Leistungserbringer
action-load-demo = Demodaten laden
action-edit-pregnancy = Angaben zur Frau bearbeiten
action-record-screening = Screening
action-add-cpp = neue pränatale Beratung
action-add-follow-up = neue Nachverfolgung
action-designate-coordinator = neuer Koordinator oder Übertragung
action-edit-team = Betreuungsteam
action-edit-care-plan = Betreuungsplan
action-add-concertation = neue Konzertierung
action-mark-billed = als abgerechnet markieren
action-delete-pregnancy = Schwangerschaft löschen
action-previous-month = vorheriger Monat
action-next-month = nächster Monat
action-toggle-select = auswählen
action-select-all = alles Abrechenbare auswählen
action-export-csv = CSV exportieren
action-next-field = nächstes Feld
action-previous-field = vorheriges Feld
action-next-choice = nächste Auswahl
action-previous-choice = vorherige Auswahl
action-save = speichern
action-cancel = abbrechen

## Befehlszeile

keymap-check-defaults = Es wird keine Tastendatei verwendet: perinat läuft mit seinen eingebauten Tasten (keymap.toml im Quellcode).
keymap-check-ok = { $file } ist eine gültige Tastendatei ({ $count ->
    [one] { $count } Aktion belegt
   *[other] { $count } Aktionen belegt
}).
keymap-check-errors = die Tastendatei enthält { $count ->
    [one] einen Fehler
   *[other] { $count } Fehler
}:
short-prenatal-week = SSW { $week }+{ $day }
short-prenatal = pränatal
short-postnatal-day = post T{ $day }
short-childhood-months = Kind { $months }M
short-closed = abgeschl.

## Protokoll: was eine Änderung war (perinat log, der Verlauf des Falls)
audit-import = importiert
audit-put-pregnancy = Schwangerschaft geändert
audit-delete-pregnancy = Schwangerschaft gelöscht
audit-put-provider = Leistungserbringer geändert
audit-delete-provider = Leistungserbringer gelöscht
audit-mark-billed = als abgerechnet markiert
audit-restore = Fälle wiederhergestellt
audit-migrate = Speicher migriert
audit-who-from = { $user } von { $from }
audit-none = (nichts)
history-title = Verlauf von { $id }
history-empty = Zu diesem Fall ist noch keine Änderung erfasst.
history-keys = Neueste zuerst. ↑/↓ blättern, Esc schließt.
action-history = Verlauf: wer was wann geändert hat
startup-warnings-title = Bevor Sie beginnen:

## Monate (Daten sind immer TT/MM/JJJJ; Monate werden in Titeln genannt)

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## Die amtlichen Namen der Leistungen (LIKIV-Rundschreiben)

service-long-401376 = Screening
service-long-401391 = personalisierte pränatale Beratung
service-long-401413 = Koordination der Pflege und Hilfe
service-long-401435 = multidisziplinäre Konzertierung

## Sprache

action-language = Sprache wechseln (fr, nl, de, en)
status-language = Sprache: { $language } (gemerkt). Nochmals L: { $next }.
lang-env-ignored = PERINAT_LANG={ $value } ist keine Sprache von perinat (fr, nl, de, en); sie wird ignoriert und perinat spricht { $lang }
config-unreadable = die Einstellungsdatei { $file } kann nicht gelesen werden ({ $detail }); perinat macht ohne sie weiter
config-broken = die Einstellungsdatei { $file } ist kein gültiges TOML ({ $detail }); perinat macht ohne sie weiter. Berichtigen oder löschen Sie die Datei
config-bad-lang = die Einstellungsdatei { $file } enthält lang = { $value }, was weder fr, nl, de noch en ist; perinat macht ohne sie weiter
config-cannot-save = die Sprache konnte nicht in { $file } gemerkt werden ({ $detail }); sie gilt nur für diese Sitzung
warning = Warnung: { $text }

## Speicher und Sicherungen

store-locked = die Fälle in { $dir } sind in einer anderen perinat-Sitzung geöffnet, die sie nicht teilt (ein älteres perinat oder ein Programm, das den Speicher selbst geöffnet hat); schließen Sie diese Sitzung oder warten Sie, bis sie endet, und versuchen Sie es erneut
store-cannot-open = die Fälle in { $dir } können nicht geöffnet werden: { $detail }; prüfen Sie, ob das Verzeichnis existiert und Ihnen gehört (oder wählen Sie ein anderes mit --data-dir)
store-newer-schema = die Fälle in { $dir } wurden von einem neueren perinat geschrieben (Schema { $found }, diese Version liest bis { $supported }); installieren Sie das neuere perinat, um sie zu öffnen
store-corrupt = Datensatz { $key } ist unlesbar ({ $detail }); der Speicher ist beschädigt: stellen Sie die neueste Sicherung wieder her (das Verzeichnis backups neben dem Speicher) mit perinat restore DATEI
store-damaged = der Speicher der Fälle in { $dir } ist beschädigt und kann nicht geöffnet werden ({ $detail })
store-write = die Fälle konnten nicht geschrieben werden: { $detail }; nichts wurde gespeichert (ist der Datenträger voll?)
store-full = der Datenträger ist voll (oder die Dateigröße, die diese Sitzung schreiben darf, ist erreicht): { $detail }; nichts wurde gespeichert und die Fälle sind unverändert. Schaffen Sie Platz (das Verzeichnis backups neben dem Speicher kann ausgedünnt werden) und versuchen Sie es erneut
store-no-pregnancy = Schwangerschaft { $id } nicht gefunden
store-no-provider = Leistungserbringer { $id } nicht gefunden
store-no-service = keine Leistung { $code } vom { $date } durch { $provider } in { $case }
store-provider-needs-id = ein Leistungserbringer braucht eine Kennung
store-no-home = es ist kein Benutzerverzeichnis bekannt; geben Sie ein Datenverzeichnis mit --data-dir VERZ oder { $env } an
store-conflict = { $id } ist schon mit anderen Angaben gespeichert; verwenden Sie --replace, um es zu überschreiben
store-billed-item = { $code } vom { $date } abgerechnet am { $on }
store-r63-drop = abgerechnet ist endgültig: dies würde abgerechnete Leistungen von { $case } weglassen oder ändern: { $list }
store-already-billed = diese Leistung wurde bereits am { $on } abgerechnet
store-not-billable = diese Leistung ist nicht abrechenbar: { $reasons }
store-no-tariff = am Leistungsdatum gilt kein Tarif
store-busy = beschäftigt, { $doing }: versuchen Sie es gleich noch einmal (nichts wurde gespeichert; Ihre Eingaben bleiben erhalten)
busy-import = ein Import von { $count ->
    [one] { $count } Schwangerschaft
   *[other] { $count } Schwangerschaften
} wird gespeichert…
busy-restore = ein Bestand von { $count ->
    [one] { $count } Schwangerschaft
   *[other] { $count } Schwangerschaften
} wird wiederhergestellt…
busy-change = eine Änderung wird gespeichert…
busy-backup = die Tagessicherung wird geschrieben…
stale-edit = nicht gespeichert: { $name } ({ $case }) wurde von { $who } geändert, nachdem Sie dieses Formular geöffnet haben ({ $parts }). Ihr Formular bleibt mit Ihren Eingaben offen: sehen Sie sich die Änderung dahinter an und speichern Sie erneut, um Ihre darüber zu legen, oder Esc, um sie zu verwerfen
stale-who = { $user } um { $at } ({ $action })
stale-someone = jemand anderem
stale-whole = der ganze Datensatz
part-mother = die Angaben der Mutter
part-region = die Region
part-dates = die Daten
part-screening = das Screening
part-cpp = die pränatalen Beratungen
part-coordinators = der Koordinator
part-team = das Pflegeteam
part-care-plan = der Pflegeplan
part-follow-ups = die Nachsorge
part-concertations = die Konzertierungen
part-billed = was abgerechnet ist
part-other = andere Angaben
cli-replayed = { $count ->
    [one] 1 Änderung nach dieser Sicherung wurde aus dem Journal wiederholt.
   *[other] { $count } Änderungen nach dieser Sicherung wurden aus dem Journal wiederholt.
}
journal-torn = die letzte ins Journal geschriebene Änderung ({ $file }, Zeile { $line }, { $bytes ->
    [one] { $bytes } Byte
   *[other] { $bytes } Bytes
}) wurde durch einen Absturz abgeschnitten: sie war nie bestätigt und wird nicht wiederholt
journal-damaged = das Journal { $file } kann ab Zeile { $line } nicht gelesen werden ({ $error }); die späteren Änderungen werden nicht wiederholt
journal-unreadable-entry = Änderung { $n } des Journals kann nicht gelesen werden ({ $problem }); sie und die folgenden werden nicht wiederholt
journal-cannot-write = das Journal neben dem Bestand konnte nicht geschrieben werden ({ $error }); nichts wurde gespeichert
import-control-character = enthält das Steuerzeichen { $code } (angezeigt als { $shown }): ein Name, eine Kennung oder ein Code darf das nicht (eine Notiz darf Zeilenumbrüche und Tabulatoren behalten); entfernen Sie es in dem Programm, das die Datei erstellt hat
share-no-group = auf diesem Rechner gibt es keine Gruppe { $group }; legen Sie sie zuerst an (sudo groupadd { $group }) und fügen Sie jede Kollegin hinzu (sudo adduser NAME { $group })
share-failed = { $path } kann der Gruppe { $group } nicht gegeben werden: { $error }; Sie müssen Eigentümer und Mitglied von { $group } sein (oder sudo benutzen)
cli-shared = Der Bestand in { $dir } wird jetzt mit der Gruppe { $group } geteilt: ihre Mitglieder erreichen ihn mit perinat --data-dir { $dir } (oder PERINAT_DATA_DIR={ $dir }). Sie müssen sich neu anmelden, nachdem sie der Gruppe hinzugefügt wurden.
status-deleted-by = { $id } wurde von { $user } gelöscht; der Fall ist nicht mehr im Bestand
status-deleted-elsewhere = { $id } wurde in einer anderen Sitzung gelöscht; der Fall ist nicht mehr im Bestand
status-connection-lost = { $error }; neue Verbindung wird aufgebaut… (Ihre Eingaben bleiben erhalten; Speichern wartet auf die Verbindung)
status-reconnected = wieder mit dem perinat-Server verbunden; der Bestand wird neu gelesen
server-access-refused = { $user } darf den Bestand in { $dir } nicht benutzen: er gehört { $owner } und den Mitgliedern der Gruppe { $group }. Bitten Sie den Administrator der Praxis, Sie dieser Gruppe hinzuzufügen (sudo adduser { $user } { $group }), und melden Sie sich neu an
server-already-running = für { $dir } läuft bereits ein perinat-Server
server-cannot-listen = der Socket des Servers { $socket } kann nicht geöffnet werden: { $error }
client-garbage = der perinat-Server hat eine Nachricht gesendet, die dieses perinat nicht lesen kann ({ $error }); schließen Sie alle perinat-Sitzungen, damit ein Server dieser Version starten kann
client-lost-during-write = die Verbindung zum perinat-Server ging beim Speichern verloren ({ $error }); die Änderung ist vielleicht nicht gespeichert. Ihre Eingaben sind nicht verloren: sehen Sie sich den Fall an und speichern Sie erneut
client-lost = die Verbindung zum perinat-Server ging verloren ({ $error })
client-unexpected = der perinat-Server gab eine unerwartete Antwort ({ $reply }); schließen Sie alle perinat-Sitzungen, damit ein Server dieser Version starten kann
client-no-access = Sie dürfen den Bestand in { $dir } nicht benutzen: bitten Sie den Administrator der Praxis, Sie der Gruppe { $group } hinzuzufügen, und melden Sie sich neu an
client-other-version = der Server dieses Bestands ist perinat { $server }; dies ist { $this }: schließen Sie alle perinat-Sitzungen, damit der neue Server starten kann
client-no-server = für { $dir } läuft kein perinat-Server, und nur sein Eigentümer { $owner } kann einen starten. Bitten Sie { $owner } oder den Administrator der Praxis, ihn zu starten (systemctl start perinat), oder öffnen Sie perinat einmal als { $owner }
client-server-silent = der perinat-Server für { $dir } ist nicht gestartet (sein Protokoll ist { $dir }/server.log)
client-cannot-start = der perinat-Server für { $dir } kann nicht gestartet werden: { $error }
store-open-to-others = { $file } ist für andere Benutzer zugänglich (Modus { $mode }){ $more ->
    [0] {""}
   *[other] {" "}(und { $more } weitere)
}; die Fälle enthalten Gesundheitsdaten. Abhilfe: chmod -R go-rwx '{ $dir }'
backup-cannot-write = die Sicherung { $file } kann nicht geschrieben werden: { $error }
backup-cannot-create-dir = das Sicherungsverzeichnis { $dir } kann nicht angelegt werden: { $error }
backup-cannot-rotate = die Sicherungen in { $dir } können nicht rotiert werden: { $error }
backup-migration-stopped = { $error }; der Speicher wurde nicht migriert und ist unverändert: schaffen Sie Platz oder reparieren Sie das Verzeichnis und starten Sie perinat erneut
backup-recovery-hint = Die neueste Sicherung ist { $file } (erstellt am { $at }). Zum Wiederherstellen (der beschädigte Speicher wird beiseitegelegt):
    {"  "}perinat --data-dir '{ $dir }' restore '{ $file }'
backup-recovery-none = In { $backups } gibt es keine Sicherung; wenn Sie einen Export haben, stellen Sie ihn wieder her mit: perinat --data-dir '{ $dir }' restore DATEI
panic-report = interner Fehler bei { $at }. Jede Änderung, die perinat als gespeichert gemeldet hat, ist auf dem Datenträger. Bitte melden Sie diesen Fehler mit der Stelle oben. Seine Meldung wird nicht gezeigt, da sie Patientendaten enthalten kann (PERINAT_DEBUG=1 zeigt sie).

## Eingaben, die nicht stimmen

date-not-a-date = { $value } ist kein Datum: schreiben Sie JJJJ-MM-TT
date-year-range = { $value }: das Jahr { $year } liegt außerhalb des Bereichs (1900-2199)
date-not-a-day = { $value } ist kein Tag des Kalenders
date-not-a-month = { $value } ist kein Monat: schreiben Sie JJJJ-MM, zum Beispiel 2025-03
id-inami = LIKIV-Nummer
id-niss = NISS
id-not-a-digit = { $what } { $value } enthält ein Zeichen { $char }, das keine Ziffer ist
id-digit-count = { $what } { $value } hat { $count ->
    [one] { $count } Ziffer
   *[other] { $count } Ziffern
}, 11 sind nötig
id-inami-check = die Prüfziffern von { $number } stimmen nicht: die Nummer ist vertippt; übernehmen Sie sie erneut von der Karte oder dem Schreiben des Leistungserbringers
id-niss-month = NISS-Monat { $month } ist kein Monat (auch kein BIS-Monat)
id-niss-check = die NISS-Prüfziffern stimmen nicht: die Nummer ist vertippt; übernehmen Sie sie erneut vom Personalausweis oder der Vignette
json-where = Zeile { $line }, Spalte { $column }
json-invalid = kein gültiges JSON: { $detail }
json-bad-amount = { $value } ist kein Betrag: schreiben Sie Euro mit zwei Dezimalstellen, z. B. "744.05"
json-bad-key = { $value } ist kein gültiger Wert für { $what } (einer von: { $all })
json-bad-format = { $value } ist nicht { $format }: dies ist keine Falldatei von perinat
json-bad-version = Version { $version } wird nicht unterstützt (dieses perinat liest Version { $supported })
json-name-needed = ein Name ist nötig
json-bad-time = { $value } ist keine Uhrzeit: schreiben Sie HH:MM (24 h)
valid-id-needed = eine Kennung ist nötig
valid-lmp-needed = eine letzte Periode oder ein Entbindungstermin ist nötig
valid-birth-before-start = { $birth } liegt vor dem Beginn der Schwangerschaft ({ $start })
valid-unknown-provider = unbekannter Leistungserbringer { $id }
valid-unknown-indicator = unbekannter Indikator
valid-quarter-hours = { $value } liegt nicht zwischen 1 und { $max }
valid-billed-unmatched = passt zu keiner Leistung ({ $code } am { $date } abgerechnet durch { $provider }); eine abgerechnete Leistung ist endgültig, daher können sich die Tatsachen, auf denen sie abgerechnet wurde, nicht ändern (R63). Um das Abrechnungsdatum zu ändern, korrigieren Sie die Markierung (c auf dem Abrechnungsbildschirm); wurde der Antrag abgelehnt, ziehen Sie zuerst die Markierung zurück (w) und ändern dann den Eintrag
valid-used-twice = { $id } wird zweimal verwendet
valid-second-tariff = ein zweiter Tarif für { $code } ab { $from }
valid-region-twice = { $region } kommt zweimal vor

## Befehlszeile

cli-no-pregnancy = keine Schwangerschaft "{ $id }" im Speicher (siehe perinat cases)
cli-bad-pseudocode = "{ $code }" ist kein Pseudocode des Programms (401376, 401391, 401413, 401435)
cli-marked-billed = Gespeichert: { $code } vom { $date } für { $case } abgerechnet am { $on } ({ $amount }).
cli-problems = { $what } ({ $count ->
    [one] ein Problem
   *[other] { $count } Probleme
}):
cli-more-problems = … und { $count } weitere
cli-cannot-read = { $file } kann nicht gelesen werden: { $error }
cli-cannot-write = { $file } kann nicht geschrieben werden: { $error }
cli-cannot-write-output = die Ausgabe kann nicht geschrieben werden: { $error }
cli-not-imported = { $file } wurde nicht importiert, der Speicher ist unverändert
cli-imported = { $file } importiert: Schwangerschaften { $added } hinzugefügt, { $replaced } ersetzt, { $unchanged } unverändert; Leistungserbringer { $providers_added } hinzugefügt, { $providers_replaced } ersetzt, { $providers_unchanged } unverändert.
cli-imported-settings = Praxiseinstellungen: { $tariffs ->
    [one] { $tariffs } Tarif
   *[other] { $tariffs } Tarife
}, { $regions ->
    [one] { $regions } regionaler Starttermin
   *[other] { $regions } regionale Starttermine
}.
cli-exported = { $count ->
    [one] { $count } Schwangerschaft
   *[other] { $count } Schwangerschaften
} und { $providers } Leistungserbringer nach { $file } exportiert.
cli-demo-written = Demo-Fälle mit { $count ->
    [one] { $count } Schwangerschaft
   *[other] { $count } Schwangerschaften
} nach { $file } geschrieben.
cli-man-written = { $count ->
    [one] { $count } Handbuchseite
   *[other] { $count } Handbuchseiten
} nach { $dir } geschrieben.
cli-demo-not-empty = der Speicher in { $dir } enthält bereits { $count ->
    [one] { $count } Schwangerschaft
   *[other] { $count } Schwangerschaften
}; Demodaten kommen nur in einen leeren Speicher (verwenden Sie --out DATEI oder ein anderes --data-dir)
cli-demo-added = Demo-Fälle mit { $count ->
    [one] { $count } fiktiven Schwangerschaft
   *[other] { $count } fiktiven Schwangerschaften
} in { $dir } angelegt.
    Probieren Sie: perinat cases, perinat billing --unbilled
cli-case-count = { $count ->
    [one] { $count } Fall
   *[other] { $count } Fälle
}
cli-col-when = ET / geboren
cli-today = Heute { $date }: { $phase }
cli-periods = Phasen (R2): pränatal ab { $prenatal }, { $birth_label } { $birth }, frühe Kindheit ab { $childhood }, Ende { $end } (R3)
cli-reference-period = Bezugszeitraum { $number } (R4): { $from } bis { $to }
cli-no-screening = Screening: keines erfasst (R12)
cli-coordinator = Koordinator: { $name } ab { $from }
cli-transfer = Übertragen an: { $name } ab { $from }
cli-no-consent = (keine Einwilligung erfasst)
cli-services = Leistungen
cli-deadline = bis { $date }
cli-daily-backup-failed = die Tagessicherung ist fehlgeschlagen: { $error }
cli-cannot-list = { $dir } kann nicht aufgelistet werden: { $error }
cli-backups-in = Sicherungen in { $dir }:
cli-no-backups = (noch keine: bei der ersten Nutzung jedes Tages wird eine erstellt)
cli-backed-up = { $count ->
    [one] { $count } Schwangerschaft
   *[other] { $count } Schwangerschaften
} und { $providers } Leistungserbringer nach { $file } gesichert.
cli-confirm-no-terminal = Die Standardeingabe ist kein Terminal, daher kann perinat nicht fragen: fügen Sie --yes hinzu, um fortzufahren.
cli-confirm-ask = Tippen Sie ja, um fortzufahren:
cli-confirm-word = ja
cli-cannot-read-answer = die Antwort kann nicht gelesen werden: { $error }
cli-cannot-set-aside = der beschädigte Speicher { $dir } kann nicht beiseitegelegt werden: { $error }
cli-not-restored = { $file } wurde nicht wiederhergestellt, der Speicher ist unverändert
cli-restore-question = Die Fälle in { $dir } ({ $count ->
    [one] { $count } Schwangerschaft
   *[other] { $count } Schwangerschaften
}, { $providers } Leistungserbringer) durch { $file } ({ $new_count ->
    [one] { $new_count } Schwangerschaft
   *[other] { $new_count } Schwangerschaften
}, { $new_providers } Leistungserbringer) ersetzen?
    Die aktuellen Fälle werden zuerst gesichert, in { $backups }.
cli-restore-damaged-question = Der Speicher in { $dir } ist beschädigt. Seine Dateien beiseitelegen (sie bleiben erhalten) und einen neuen Speicher aus { $file } ({ $new_count ->
    [one] { $new_count } Schwangerschaft
   *[other] { $new_count } Schwangerschaften
}, { $new_providers } Leistungserbringer) beginnen?
cli-not-confirmed = { $refused } (nicht bestätigt)
cli-current-unreadable = die aktuellen Fälle können nicht vollständig gelesen werden ({ $error })
cli-restore-backup-failed = { $refused }: die Sicherung der aktuellen Fälle ist fehlgeschlagen: { $error }
cli-restored = { $file } wiederhergestellt: { $count ->
    [one] { $count } Schwangerschaft
   *[other] { $count } Schwangerschaften
}, { $providers } Leistungserbringer.
cli-previous-in = Die vorherigen Fälle liegen in { $file }.
cli-damaged-kept = Die Dateien des beschädigten Speichers bleiben in { $dir } erhalten.
cli-change-count = { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
}
overview-title = perinat - Fälle in { $dir }
overview-empty = Es gibt keine Fälle. Zum Umsehen mit fiktiven Daten:
    {"  "}perinat demo --cases 200
    Um eine Falldatei zu holen:
    {"  "}perinat import DATEI
    
    Alle Befehle: perinat --help
overview-phases = { $count ->
    [one] { $count } Schwangerschaft
   *[other] { $count } Schwangerschaften
}: { $prenatal } pränatal, { $postnatal } postnatal, { $childhood } frühe Kindheit, { $closed } abgeschlossen
overview-scenarios = Szenarien: { $zero } × 0, { $a } × A, { $b } × B ({ $provisional } vorläufig)
overview-to-claim = Abzurechnen: { $count ->
    [one] { $count } Leistung
   *[other] { $count } Leistungen
}, { $amount } ({ $near } mit einer Frist innerhalb von 14 Tagen)
overview-blocked = Gesperrte Leistungen: { $blocked }    Fälle mit Hinweisen: { $alerts }
overview-commands = perinat cases                die Fälle, eine Zeile pro Schwangerschaft
    perinat case ID              eine Schwangerschaft: Zeitleiste, Leistungen und Gründe, Hinweise
    perinat billing --month { $month }   die Monatsabrechnung
    perinat billing --unbilled   alles noch Abzurechnende
    perinat --help               alle Befehle

## Abrechnungsbericht (perinat billing) und seine CSV

report-title-month = Abrechnung für { $month } (Stand { $today })
report-title-unbilled = Nicht abgerechnete Leistungen, nächste Frist zuerst (Stand { $today })
report-per-pseudocode = Abzurechnen, pro Pseudocode
report-total = Summe
report-per-provider = Abzurechnen, pro abrechnendem Leistungserbringer
report-nothing = nichts abzurechnen
report-no-billing-provider = (kein abrechnender Leistungserbringer)
report-col-code = Code
report-col-qty = Anz
report-section-billable = Abrechenbar (! = Frist innerhalb von 14 Tagen): { $count }
report-section-done = Abgerechnet und verfallen: { $count }
report-section-blocked = Gesperrt (nicht abrechenbar): { $count }
report-empty = Keine Leistungen in dieser Auswahl.
csv-case = Fall
csv-pseudocode = Pseudocode
csv-service = Leistung
csv-service-date = Leistungsdatum
csv-provider = Kennung Erbringer
csv-provider-name = Leistungserbringer
csv-units = Einheiten
csv-unit-price = Einheitspreis (EUR)
csv-amount = Betrag (EUR)
csv-deadline = Frist
csv-status = Status
csv-reasons = Gründe
backup-damaged-compressed = { $file } kann nicht gelesen werden: die komprimierte Datei (zstd) ist beschädigt oder unvollständig ({ $error }); verwenden Sie eine andere Sicherung
cli-show-not-json = { $file } ist weder eine Sicherung noch ein Export von perinat (JSON) und wird daher nicht angezeigt: { $error }
csv-woman = Frau
csv-niss = NISS
csv-start-time = Beginn
csv-provider-inami = LIKIV des Leistungserbringers
csv-problems = Vor der Abrechnung zu beheben
claim-no-niss = keine NISS erfasst: vor der Abrechnung in der Akte ergänzen (R71)
claim-niss = NISS
claim-start = Beginn { $time }
report-for-provider = abgerechnet von { $provider }
report-deadline-near = ! { $count } innerhalb von 14 Tagen abzurechnen, vor ihrer Frist (R60)
claim-days-left = { $days ->
    [one] noch { $days } Tag
   *[other] noch { $days } Tage
}
billed-on-future = das Abrechnungsdatum { $on } liegt in der Zukunft (heute ist der { $today }): geben Sie den Tag an, an dem die Leistung auf der IM-Plattform abgerechnet wurde
billed-on-before-service = das Abrechnungsdatum { $on } liegt vor dem Leistungsdatum { $service }: eine Leistung wird abgerechnet, nachdem sie erbracht wurde
store-correction-needs-reason = eine Korrektur der Abrechnung braucht einen Grund (zum Beispiel „von der Plattform abgelehnt: falsche NISS“): er wird in der Geschichte der Akte festgehalten
store-correction-bad-reason = der Grund enthält das Steuerzeichen { $char }: geben Sie ihn ohne dieses Zeichen erneut ein
store-not-billed = Leistung { $code } vom { $date } in Akte { $case } ist nicht als abgerechnet markiert: nichts zu korrigieren
audit-correct-billed = Abrechnungsdatum korrigiert
audit-withdraw-billed = Abrechnung zurückgenommen
cli-unknown-provider = kein Leistungserbringer hat die Kennung „{ $id }“; die Kennungen sind: { $ids }
cli-per-provider-none = Keine Zeile dieses Berichts hat einen abrechnenden Leistungserbringer: keine Datei geschrieben.
cli-per-provider-file = { $file }: { $provider }, { $count } abzurechnen, { $amount }
cli-billed-corrected = Gespeichert: { $code } vom { $date } für { $case } ist jetzt am { $on } abgerechnet (die Korrektur und ihr Grund stehen in der Geschichte der Akte).
cli-billed-withdrawn = Gespeichert: { $code } vom { $date } für { $case } ist nicht mehr als abgerechnet markiert (die Rücknahme und ihr Grund stehen in der Geschichte der Akte).
cli-mark-expired = R60: die Frist dieser Leistung ist am { $deadline } abgelaufen; die Plattform kann die Abrechnung ablehnen. Fügen Sie --late hinzu, um sie trotzdem als abgerechnet zu markieren.
billing-mark-summary = { $count ->
    [one] 1 Leistung, { $amount }:
   *[other] { $count } Leistungen, { $amount }:
}
billing-mark-more = … und { $count } weitere
billing-mark-final = Eine Markierung ist endgültig (R63): danach kann sie nur eine begründete, in der Geschichte festgehaltene Korrektur ändern.
billing-quarter-hours = { $count ->
    [one] 1 Viertelstunde
   *[other] { $count } Viertelstunden
}
billing-expired-why = Abgelaufen: ihre Frist (R60) endete am { $deadline }. Die Plattform kann sie ablehnen; das Markieren als abgerechnet fragt zweimal.
billing-unbilled = Alles noch Abzurechnende
billing-unbilled-empty = Nichts mehr abzurechnen.
billing-col-days-left = Tage übrig
billing-days = { $days } T
status-not-billed = Diese Zeile ist nicht als abgerechnet markiert: keine Markierung zu korrigieren oder zurückzunehmen.
billing-billed-on = Derzeit als abgerechnet markiert am { $date }.
confirm-mark-expired = { $count ->
    [one] Die zu markierende Leistung hat ihre Frist überschritten (R60): die Plattform kann sie ablehnen. Trotzdem als abgerechnet markieren?
   *[other] { $expired ->
        [one] { $expired } der { $count } zu markierenden Leistungen hat ihre Frist überschritten (R60): die Plattform kann sie ablehnen. Trotzdem als abgerechnet markieren?
       *[other] { $expired } der { $count } zu markierenden Leistungen haben ihre Frist überschritten (R60): die Plattform kann sie ablehnen. Trotzdem als abgerechnet markieren?
    }
}
status-billed-corrected = Abrechnungsdatum von { $case } auf { $on } korrigiert; der Grund steht in der Geschichte.
status-billed-withdrawn = Abrechnungsmarkierung von { $case } zurückgenommen; der Grund steht in der Geschichte. Die Zeile kann erneut abgerechnet werden, solange die Frist es erlaubt.
status-exported-per-provider = { $count ->
    [one] { $count } Datei
   *[other] { $count } Dateien
} in { $dir } geschrieben, eine je abrechnendem Leistungserbringer.
form-correct-billed = Abrechnungsdatum korrigieren (R63)
form-withdraw-billed = Markierung zurücknehmen: Abrechnung abgelehnt (R63)
form-export-per-provider = Eine CSV je abrechnendem Leistungserbringer
field-reason = Grund (in der Geschichte festgehalten)
field-directory = Verzeichnis
action-toggle-unbilled = alles Offene
action-filter-provider = Leistungserbringer
action-correct-billed = Abrechnungsdatum korrigieren
action-withdraw-billed = Abrechnung zurücknehmen
action-export-per-provider = eine CSV je Leistungserbringer
title-deadline-near = ! { $count } abzurechnen ≤14 T
overview-deadline-near = { $near ->
    [one] ! { $near } davon muss innerhalb von 14 Tagen abgerechnet werden (R60): perinat billing --unbilled listet sie, früheste Frist zuerst
   *[other] ! { $near } davon müssen innerhalb von 14 Tagen abgerechnet werden (R60): perinat billing --unbilled listet sie, früheste Frist zuerst
}
billing-billed-why = Abgerechnet am { $date } (R63). { $correct }: Abrechnungsdatum korrigieren; { $withdraw }: eine abgelehnte Abrechnung zurücknehmen.
status-undo-billed = Eine Abrechnungsmarkierung ist endgültig (R63): Um eine zurückzunehmen, wählen Sie ihre Zeile auf dem Abrechnungsbildschirm und drücken Sie { $key } (Rückzug, mit Grund). u erneut macht die Änderung davor rückgängig.
status-how-to-quit = Esc geht zurück und beendet nie; { $key } beendet perinat.
confirm-quit-unsaved = perinat beenden und das in diesem Formular Eingegebene verlieren?
confirm-discard = Dieses Formular schließen und das Eingegebene verlieren?
valid-inami-taken = { $inami } ist bereits die LIKIV-Nummer von { $name } ({ $id }): eine Nummer gehört einem einzigen Leistungserbringer; korrigieren Sie die Nummer oder verwenden Sie diesen Leistungserbringer
store-moved = jemand anderes hat im selben Moment eine Änderung gespeichert; nichts wurde gespeichert: versuchen Sie es noch einmal
busy-others = andere speichern gerade Änderungen…
cli-bad-store = { $value } ist kein Speicher, den perinat kennt: geben Sie eine PostgreSQL-URL an (postgres://BENUTZER@HOST/DATENBANK), oder lassen Sie --store und PERINAT_STORE weg für den Bestand im Datenverzeichnis
pg-bad-url = { $url } ist keine PostgreSQL-URL, die perinat verwenden kann ({ $error }); schreiben Sie sie als postgres://BENUTZER@HOST/DATENBANK
pg-cannot-connect = die PostgreSQL-Datenbank { $url } ist nicht erreichbar: { $error }; prüfen Sie, ob der Datenbankserver läuft und ob Host, Port und Datenbankname stimmen
pg-auth = die PostgreSQL-Datenbank { $url } hat den Benutzer { $user } nicht zugelassen ({ $error }); prüfen Sie den Benutzernamen und sein Passwort (PGPASSWORD), oder fragen Sie die Administration der Datenbank
pg-lost = die Verbindung zur PostgreSQL-Datenbank { $url } ist unterbrochen ({ $error })
pg-lost-during-write = die Verbindung zur PostgreSQL-Datenbank { $url } brach beim Speichern ab ({ $error }); die Änderung ist vielleicht nicht gespeichert. Ihre Eingaben sind nicht verloren: sehen Sie sich die Akte an und speichern Sie erneut
pg-error = die PostgreSQL-Datenbank { $url } hat die Anfrage abgelehnt: { $error }
pg-older-schema = der Bestand in { $url } hat die Schemaversion { $found }, dieses perinat braucht { $wanted }; nichts wurde geschrieben. Machen Sie eine Kopie (pg_dump) und führen Sie dann perinat db migrate mit diesem --store aus
pg-newer-schema = der Bestand in { $url } hat die Schemaversion { $found }, geschrieben von einem neueren perinat (dieses kennt bis { $wanted }); nichts wurde geschrieben. Installieren Sie das neuere perinat, um ihn zu verwenden
pg-not-perinat = die Datenbank { $url } enthält Tabellen, die kein perinat-Bestand sind; geben Sie perinat eine eigene Datenbank (CREATE DATABASE perinat OWNER …)
pg-migrated = der Bestand in { $url } hat jetzt die Schemaversion { $to } (vorher { $from })
pg-up-to-date = der Bestand in { $url } hat bereits die Schemaversion { $version }
pg-no-store = perinat db arbeitet mit einem Bestand in PostgreSQL: geben Sie --store postgres://BENUTZER@HOST/DATENBANK an oder setzen Sie PERINAT_STORE
pg-backups-elsewhere = der Bestand in { $url } wird von PostgreSQL gehalten, dessen Sicherungen die der Datenbank sind (pg_dump oder Replikation, siehe README); perinat backup DATEI schreibt eine übertragbare Kopie davon
pg-not-served = perinat { $command } ist für einen Bestand in einem Datenverzeichnis; mit einem Bestand in PostgreSQL spricht jedes perinat selbst mit der Datenbank
store-correction-same-date = die Leistung ist bereits am { $on } als abgerechnet markiert: nichts zu korrigieren

# issue 12: to-do, record, history words
todo-forfait-condition = der Pauschale des Referenzzeitraums { $period } fehlt noch eine Bedingung: { $condition }
todo-col-due = Fällig
todo-col-concerned = Betroffen
todo-col-what = Zu tun
todo-overdue = überfällig
todo-count = { $count ->
    [one] 1 Aufgabe (überfällig oder innerhalb von { $days } Tagen fällig)
   *[other] { $count } Aufgaben (überfällig oder innerhalb von { $days } Tagen fällig)
}
todo-no-login = --mine braucht Ihren Anmeldenamen, und weder USER noch LOGNAME ist gesetzt; geben Sie stattdessen --provider ID an
todo-no-login-provider = kein Leistungserbringer ist mit Ihrem Anmeldenamen „{ $login }“ verknüpft (--mine); geben Sie --provider ID an, eine von: { $ids }

# issue 12: screens, corrections, undo and redo
help-not-here = jetzt nicht möglich
confirm-delete-record = { $what } löschen? (u macht es rückgängig)
confirm-delete-provider = Leistungserbringer { $name } löschen? (u macht es rückgängig)
status-provider-deleted = Leistungserbringer { $name } gelöscht.
status-changed-meanwhile = Jemand hat diese Akte inzwischen geändert: Sehen Sie sie erneut an und versuchen Sie es dann noch einmal.
status-delete-billed = { $what } ergab eine am { $on } abgerechnete Leistung: abgerechnete Leistungen sind endgültig (R63). Wurde der Antrag abgelehnt, ziehen Sie zuerst die Markierung auf dem Abrechnungsbildschirm zurück ({ $key }).
status-record-deleted = Gelöscht: { $what } ({ $key } macht es rückgängig).
status-nothing-to-redo = Nichts wiederherzustellen.
status-redone = Wiederhergestellt: { $what }.
status-redo-failed = { $what } kann nicht wiederhergestellt werden: { $error } Sie wird übersprungen.
status-forfait-not-a-record = Die Koordinationspauschale ist kein Eintrag: Sie folgt aus der Benennung, dem Pflegeplan, der Konzertierung und den Nachverfolgungen (R33). Bearbeiten Sie diese.
status-team-not-deleted = Das Pflegeteam wird bearbeitet, nicht gelöscht: Drücken Sie { $key }.
undo-what-provider = Leistungserbringer { $name }
undo-what-case = Schwangerschaft von { $name }
undo-what-case-details = Angaben zu { $name }
undo-what-screening = Screening von { $name }
undo-what-cpp = pränatale Beratung vom { $date } für { $name }
undo-what-concertation = Konzertierung vom { $date } für { $name }
undo-what-follow-up = Nachverfolgung zu { $indicator } vom { $date } für { $name }
undo-what-designation = Koordinatorbenennung vom { $date } für { $name }
undo-what-team = Pflegeteam von { $name }
undo-what-care-plan = Pflegeplan von { $name }
case-woman = { $name } · INSZ { $niss }{ $born ->
    [none] {""}
   *[other] {" "}· geboren { $born }
}
case-no-niss = nicht erfasst
case-designation = Koordinator: { $name } ab { $from } · Einwilligung { $consent }{ $current ->
    [yes] {" "}· jetzt zuständig
   *[no] {""}
}
case-no-care-plan = Pflegeplan: noch keiner
case-follow-ups = Nachverfolgungen (R35)
case-no-follow-ups = Noch keine Nachverfolgung.
form-edit-follow-up = Nachverfolgung vom { $date } für { $name } (R35)
form-edit-designation = Koordinatorbenennung vom { $date } für { $name } (R31)
form-edit-cpp = Personalisierte pränatale Beratung vom { $date } für { $name } (R20–R23)
form-edit-concertation = Konzertierung vom { $date } für { $name } (R40–R44)
action-redo = Rückgängiggemachtes wiederherstellen
action-todo = zu erledigen
action-providers = Leistungserbringer
action-full-record = ganze Akte
action-edit = bearbeiten
action-delete = löschen
action-filter-mine = nur meine Akten
action-merge-provider = mit einem anderen Leistungserbringer zusammenführen
record-view-title = Akte von { $name }

screen-providers = Leistungserbringer
providers-name = Name
providers-profession = Beruf
providers-cases = Akten
providers-organisation = Organisation
providers-none = Kein Leistungserbringer passt.
status-provider-used = { $name } steht in { $count ->
    [one] einer Akte
   *[other] { $count } Akten
}: Ein verwendeter Leistungserbringer wird nicht gelöscht. Ist es ein Duplikat, führen Sie ihn mit dem Original zusammen ({ $key }).
form-edit-provider = Leistungserbringer { $name }
form-merge-provider = { $name } mit einem anderen Leistungserbringer zusammenführen
field-merge-into = Mit
form-merge-provider-help = Jede Akte, die { $name } nennt, nennt dann den hier gewählten Leistungserbringer, und { $name } wird gelöscht. Eine von { $name } bereits abgerechnete Leistung behält ihren Leistungserbringer (R63): Dann wird das Zusammenführen abgelehnt.
status-provider-merged = { $name } mit { $into } zusammengeführt ({ $count ->
    [one] eine Akte geändert
   *[other] { $count } Akten geändert
}).

screen-todo = Zu erledigen
todo-heading = { $count ->
    [one] Eine Sache zu erledigen, nach Frist (Überfälliges zuerst; { $days } Tage voraus)
   *[other] { $count } Sachen zu erledigen, nach Frist (Überfälliges zuerst; { $days } Tage voraus)
}
todo-heading-mine = { $count ->
    [one] Eine Sache in meinen Akten, nach Frist ({ $days } Tage voraus)
   *[other] { $count } Sachen in meinen Akten, nach Frist ({ $days } Tage voraus)
}
todo-empty = In den nächsten Wochen ist nichts fällig.
todo-in-days = { $days ->
    [0] heute
    [one] morgen
   *[other] in { $days } T
}
status-who-am-i-unknown = { $login ->
    [none] perinat kennt Ihren Anmeldenamen nicht (USER ist nicht gesetzt) und kann daher nicht sagen, welche Akten Ihre sind.
   *[other] Mit Ihrem Anmeldenamen „{ $login }“ ist kein Leistungserbringer verknüpft: Wählen Sie auf dem Bildschirm Leistungserbringer (5) Ihren aus, drücken Sie e und füllen Sie „Anmeldename“ aus.
}

record-cpps = { $count ->
    [0] Personalisierte pränatale Beratung (CPP): keine
    [one] Personalisierte pränatale Beratung (CPP): 1 Sitzung
   *[other] Personalisierte pränatale Beratung (CPP): { $count } Sitzungen
}
record-cpp = am { $date }, durch { $provider }, BiB-Code { $code }
record-concertations = { $count ->
    [0] Besprechungen: keine
    [one] Besprechungen: 1
   *[other] Besprechungen: { $count }
}
record-concertation = Besprechung am { $date } um { $start } Uhr, { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
record-participants = Teilnehmende
record-follow-ups = Status und Notiz je Vulnerabilität (R23, R33, R35)
record-by-follow-up = Nachsorge durch { $provider }
record-by-cpp = CPP durch { $provider }
record-no-status = noch kein Status
audit-field-cpp = CPP { $number }
audit-field-coordinator = Koordinator { $number }
audit-field-team-member = Mitglied des Pflegeteams { $number }
audit-field-follow-up = Nachsorge { $number }
audit-field-concertation = Besprechung { $number }
audit-field-participant = Teilnehmer { $number }
audit-field-billed = Abgerechnete Leistung { $number }
audit-field-screening = Screening
audit-field-start = Beginn
audit-field-service-date = Leistungsdatum
audit-field-pseudocode = Pseudocode
audit-field-amount = Betrag

# issue 12: form editing and pickers
action-remove-item = aus der Liste nehmen
action-move-item-up = in der Liste nach oben
action-move-item-down = in der Liste nach unten
action-answer-vulnerable = Antwort: vulnerabel
action-answer-not-vulnerable = Antwort: nicht vulnerabel
action-answer-unknown = Antwort: unbeantwortet
action-answer-rest-not-vulnerable = alle unbeantworteten Indikatoren: nicht vulnerabel
form-key-newline = neue Zeile
form-key-answer = ja/nein/offen
form-key-rest-not-vulnerable = Rest: nein
form-key-remove = entfernen
form-key-order = Reihenfolge
picker-filter = Filter:
picker-found = { $count } gefunden
picker-hint = tippen filtert nach Name, Beruf, Organisation oder LIKIV
multipick-empty = — noch niemand
multipick-add = einen Namen tippen, um hinzuzufügen
field-team = Team
field-participants = Teilnehmende
hint-participants-order = Die Reihenfolge zählt: R42 vergütet die ersten vier Teilnehmenden nach der Koordination.

# issue 12: providers (login, merge)
valid-login-bad = { $login } ist kein Unix-Benutzername: { $why }
valid-login-empty = er ist leer
valid-login-long = er ist länger als { $max } Zeichen
valid-login-dash = er beginnt mit „-“
valid-login-char = er enthält { $char } (keine Leerzeichen, Steuer- oder unsichtbaren Zeichen, weder : / ,)
valid-login-taken = { $login } ist bereits der Login von { $name } ({ $id }): ein Login gehört einem einzigen Leistungserbringer; geben Sie diesem Leistungserbringer einen anderen Login, oder verwenden Sie jenen
audit-merge-provider = Leistungserbringer zusammengeführt
busy-merge-provider = Leistungserbringer { $duplicate } wird mit { $original } zusammengeführt…
store-merge-itself = { $id } kann nicht mit sich selbst zusammengeführt werden: nennen Sie das Duplikat, dann den Leistungserbringer, dessen Duplikat es ist
store-merge-billed = { $duplicate } ist der abrechnende Leistungserbringer { $count ->
    [one] einer als abgerechnet markierten Leistung
   *[other] von { $count } als abgerechnet markierten Leistungen
} ({ $list }), und der Leistungserbringer einer abgerechneten Leistung kann sich nicht mehr ändern: { $duplicate } kann daher nicht mit { $original } zusammengeführt werden. Korrigieren Sie stattdessen die Angaben von { $duplicate } (Name, LIKIV-Nummer, Login) und behalten Sie ihn, oder nehmen Sie, falls die Plattform den Antrag abgelehnt hat, zuerst die Abrechnungsmarkierung zurück (perinat mark-billed AKTE --withdraw --reason TEXT) und führen Sie dann erneut zusammen
store-merge-billed-item = { $code } vom { $date } in { $case }, abgerechnet am { $on }
store-merge-billed-more = { $count } weitere
cli-provider-login-set = { $id } ist jetzt der Leistungserbringer des Logins { $login }
cli-provider-login-cleared = { $id } hat keinen Login mehr
cli-provider-merged = { $duplicate } mit { $original } zusammengeführt: { $count ->
    [0] keine Akte nannte ihn
    [one] eine Akte geändert
   *[other] { $count } Akten geändert
}; { $duplicate } ist gelöscht
cli-provider-deleted = Leistungserbringer { $id } gelöscht
cli-providers-none = noch kein Leistungserbringer: importieren Sie eine Aktendatei (perinat import DATEI)
cli-providers-login = Login { $login }
cli-providers-you-are = Sie ({ $login }) sind { $name } ({ $id }).
cli-providers-you-are-none = Kein Leistungserbringer hat Ihren Login ({ $login }): perinat providers login ID { $login } verknüpft Sie mit Ihrem.

field-login = Anmeldename
filter-mine = meine

record-keys = ↑/↓ blättern, PageDown eine Seite, Esc schließt.

undo-added = das Hinzufügen von { $what }
undo-changed = die Änderung von { $what }
undo-deleted = das Löschen von { $what }
audit-create-pregnancy = Schwangerschaft angelegt
audit-create-provider = Leistungserbringer angelegt
audit-yes = ja
audit-no = nein

todo-loading = Die Akten werden auf Fälliges gelesen…
background-lost = die Arbeit im Hintergrund brach vor dem Ende ab
providers-counting = die Akten jedes Leistungserbringers werden gezählt…

label-colon = :

help-text-editing = In einem Textfeld: ←/→ Pos1/Ende (C-a/C-e), C-←/C-→ wortweise, C-w löscht das Wort davor, C-u bis zum Anfang, C-k bis zum Ende; in einer Notiz beginnt Enter eine neue Zeile und C-s speichert.

billing-reading = (wird gelesen…)

status-undo-later = { $what } kann jetzt nicht rückgängig gemacht werden: { $error } Versuchen Sie es gleich noch einmal.
undo-provider-changed = der Leistungserbringer wurde inzwischen geändert, zusammengeführt oder gelöscht (von Ihnen oder einer Kollegin)
form-record-changed = Dieser Eintrag wurde von jemandem geändert oder verschoben, seit Sie ihn geöffnet haben (ein Eintrag davor gelöscht, zum Beispiel): Es wurde nichts gespeichert. Esc, dann öffnen Sie ihn erneut, um ihn so zu sehen, wie er jetzt ist.

form-billed-retry = { $count ->
    [one] Die nicht markierte Zeile bleibt hier: Enter versucht es erneut, Esc lässt sie.
   *[other] Die { $count } nicht markierten Zeilen bleiben hier: Enter versucht es erneut, Esc lässt sie.
}
