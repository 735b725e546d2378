# perinat: English messages.
# Every sentence a person reads comes from a file like this one. Keys stay the same in
# every language; { $name } is filled in by the program. Rule numbers (R22) are added by
# the program in front of every "not billable" reason.

## Names

profession-gynecologist = gynaecologist
profession-general_practitioner = general practitioner
profession-midwife = midwife
profession-nurse = nurse
profession-social_worker = social worker
profession-psychologist = psychologist
profession-other = other professional
profession-article-gynecologist = a gynaecologist
profession-article-general_practitioner = a general practitioner
profession-article-midwife = a midwife
profession-article-nurse = a nurse
profession-article-social_worker = a social worker
profession-article-psychologist = a psychologist
profession-article-other = another professional

region-flanders = Flanders
region-wallonia = Wallonia
region-brussels = Brussels-Capital
region-german_speaking = the German-speaking Community

service-401376 = screening
service-401391 = CPP
service-401413 = coordination
service-401435 = concertation

status-improvement = improvement
status-deterioration = deterioration
status-status_quo = status quo
status-achieved = achieved
status-not_achievable = not achievable

line-billable = billable
line-billed = billed
line-expired = expired
line-blocked = blocked
line-short-billable = billable
line-short-billed = billed
line-short-expired = expired
line-short-blocked = blocked

phase-prenatal = prenatal
phase-postnatal = postnatal
phase-early-childhood = early childhood
phase-closed = closed

## Why a service cannot be billed (the program puts "R22: " in front)

blocker-r3-closed = after the child's 2nd birthday ({ $end }), the trajectory is closed
blocker-r12-no-screening = no screening recorded, so no scenario
blocker-r12-incomplete = screening incomplete ({ $answered } of { $total } indicators answered, { $needed } needed); the scenario is provisional
blocker-r13-window = screening on { $date } is outside its window ({ $from } to { $to }, 7 days after birth)
blocker-r13-before-start = screening on { $date } is before the pregnancy start ({ $from })
blocker-r15-no-consent = the woman's consent to the screening is not recorded
blocker-no-inami = { $provider } has no INAMI number, only INAMI providers bill
blocker-r16-no-code = no BiB finalisation code recorded
blocker-r20-not-entitled = CPP needs scenario A or B (scenario is 0)
blocker-r21-outside-prenatal = CPP on { $date } is outside the prenatal period ({ $from } to the birth on { $birth })
blocker-r21-before-screening = CPP on { $date } is before the screening ({ $from })
blocker-r21-limit = two CPPs are already billable for this pregnancy
blocker-r22-profession = CPP by { $profession } cannot be billed
blocker-r23-evaluations = no status and note for { $list }
blocker-r23-no-code = no BiB code recorded for the CPP evaluation
blocker-r30-not-entitled = coordination needs scenario B (scenario is { $scenario })
blocker-r32-no-coordinator = no coordinator designated for this period
blocker-r32-no-billing-provider = coordinator { $coordinator } has no INAMI number and no INAMI billing provider is recorded
blocker-r33-no-consent = coordinator designated without the woman's consent
blocker-r33-team = the care team lacks { $list }
blocker-r33-no-concertation = no concertation in this period that meets R40 and R41
blocker-r33-no-care-plan = no care plan recorded
blocker-r33-follow-ups = no status and note in this period for { $list }
blocker-r40-not-entitled = concertation needs scenario B (scenario is { $scenario })
blocker-r40-before-screening = concertation before the screening ({ $screening })
blocker-r40-no-coordinator = no coordinator in charge on that day
blocker-r40-coordinator-absent = the coordinator in charge ({ $coordinator }) did not take part
blocker-r41-too-few = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}, at least 4 needed (the woman counts)
blocker-r41-no-report = no concertation report recorded
blocker-r41-no-agreements = no agreements per indicator recorded
blocker-r42-beyond-4 = only 4 INAMI participants are billable per concertation
blocker-r43-cap = the cap of 4 quarter-hours in reference period { $period } is reached
blocker-r52-before-start = before the programme start ({ $start })
blocker-r61-not-open = billing of { $service } in { $region } opens on { $opens }
blocker-r61-unknown = no billing opening date is known for { $region }; add it to the practice file ("regions": [{"{"}"region": "{ $key }", ...{"}"}]) and import it

## What to act on (the program puts "R35: " in front)

alert-follow-up-overdue = follow-up of { $indicator } overdue since { $since }
alert-follow-up-due = follow-up of { $indicator } due by { $by }
alert-concertation-missing = no concertation covering every vulnerability in the coordination year ended { $year_end }
alert-concertation-due = yearly concertation due by { $by }
alert-cpp-due = { $number ->
    [1] first CPP due (preferably in the first trimester)
   *[other] second CPP due (preferably in the third trimester)
}
alert-screening-window = no screening yet, the window closes on { $closes }
alert-screening-window-expected = no screening yet, the window closes 7 days after the birth (expected around { $closes })
alert-deadline-near = bill the { $service } of { $date } by { $deadline }

## keymap.toml

keymap-bad-key = { $key } is not a key (write "j", "G", "<C-d>", "<Down>", "<Enter>", "<Esc>", …)
keymap-bad-value = a binding is "KEY", ["KEY", "KEY"] (a sequence), [["KEY"], ["KEY"]] (several) or []
keymap-bad-unbind = unbind takes a list: unbind = ["x", ["g", "g"]]
keymap-unknown-section = unknown section [{ $section }]; the sections are [global], [caseload], [case], [billing], [tariffs], [help] and [form]
keymap-unknown-action = unknown action "{ $action }" (see the default keymap.toml for the actions of each section)
keymap-action-not-here = the action "{ $action }" does not exist in [{ $section }]
keymap-conflict = the key { $key } is bound to both { $first } (line { $first_line }) and { $second }
keymap-prefix-conflict = { $key } clashes with { $other }: one starts the other ({ $first } on line { $first_line }, { $second } here)
keymap-unreadable = cannot read the file: { $detail }

## Store

store-delete-billed = this pregnancy has { $count } billed { $count ->
    [one] service
   *[other] services
}; billed services are final (R63), so it cannot be deleted
store-provider-in-use = { $provider } is still named in pregnancy { $case }; remove it there first

## Caseload rows

row-due = due { $date }
row-born = born { $date }
row-no-dates = no dates
row-prenatal-week = prenatal wk { $week }+{ $day }
row-postnatal-day = postnatal day { $day }
row-childhood-months = childhood { $months } mo
row-closed = closed (age 2)

## Caseload screen

col-name = Name
col-when = Birth/due?
col-period = Period
col-scenario = Sc
col-coordinator = Coordinator
col-alerts = Alerts
col-to-bill = To bill
filter-scenario-is = scenario { $scenario }
filter-no-screening = no screening
filter-coordinator-is = coordinator { $name }
filter-alerts = with alerts
filter-with-closed = closed shown
caseload-empty = The caseload is empty.
caseload-empty-demo = Press { $key } to load a demo caseload of 200 fake pregnancies and look around,
caseload-empty-new = { $key } to add a pregnancy, or { $provider } to add a provider;
caseload-empty-import = or bring in a caseload file from the shell: perinat import FILE
caseload-loading = Loading the caseload…
caseload-no-match = No case matches the search and filters (0 clears the filters).

## Forms

form-bad-date = { $value } is not a date: write DD/MM/YYYY (or DD-MM-YYYY, DD.MM.YYYY, DD/MM/YY, YYYY-MM-DD)
form-required = required
form-bad-time = { $value } is not a time: write HH:MM or HHhMM (24 h)
form-bad-count = write a whole number from { $low } to { $high }
form-yes = yes
form-no = no
form-key-next = next field
form-key-choice = change choice
form-key-save = save
form-key-cancel = cancel
form-none = (none)
form-unanswered = — not answered
form-vulnerable = yes, vulnerable
form-id-taken = { $id } is already used
form-need-dates = give the LMP, the due date or the birth date
form-billed-partly = { $done } marked billed, then: { $error }
form-cannot-write = cannot write the file: { $error }
form-case-gone = this pregnancy is no longer in the store
form-new-pregnancy = New pregnancy
form-edit-pregnancy = Pregnancy of { $name }
form-screening = Screening of { $name } (R10–R16)
form-cpp = New prenatal counselling (CPP) for { $name } (R20–R23)
form-follow-up = New follow-up for { $name } (R35)
form-designate = New coordinator designation for { $name } (R31)
form-transfer = New designation: transfer the coordination of { $name } (R31, R34)
form-team = Care team of { $name } (R33)
form-care-plan = Care plan of { $name } (R33)
form-concertation = New concertation for { $name } (R40–R44)
form-provider = New provider
form-mark-billed = Mark { $count ->
    [one] one service
   *[other] { $count } services
} billed (R63)
form-export = Export the billing of { $month } to CSV
field-case-id = Case id
field-name = Name or pseudonym
field-niss = NISS (optional)
field-mother-birth = Mother's birth date
field-region = Region of care
field-lmp = Last menstrual period
field-due = Due date
field-birth = Birth date
field-date = Date
field-screening-provider = Finalised by
field-consent = Consent of the woman
field-bib-code = BiB code
field-provider = Provider
field-note = Note
field-vulnerability = Vulnerability
field-status = Status
field-coordinator = Coordinator
field-from = From
field-consent-coordination = Woman consents
field-billing-provider = Bills for them (INAMI)
field-care-plan = Care plan
field-start = Start (HH:MM)
field-quarter-hours = Quarter-hours
field-woman-present = Woman present
field-report = Report
field-participant = Took part: { $name }
field-agreement = Agreed: { $indicator }
field-provider-id = Provider id
field-profession = Profession
field-inami = INAMI number
field-organisation = Organisation
field-billed-on = Billed on
field-file = File
live-scenario = Scenario { $scenario } · { $answered } of { $total } answered · { $vulnerable } vulnerable
live-scenario-provisional = Scenario { $scenario } (provisional, R12) · { $answered } of { $total } answered · { $vulnerable } vulnerable

## The UI

tui-no-terminal = cannot use this terminal ({ $error }); the other commands work without one (perinat --help)
keymap-errors-title = Your keymap file has errors, so perinat starts with the default keys:
keymap-errors-continue = Press any key to go on. Check a file with: perinat keymap --check FILE
notice-title = Please read
confirm-title = Confirm
confirm-delete = Delete pregnancy { $id } and everything recorded for it? (u undoes it)
confirm-keys = y or Enter: yes · any other key: no
too-small-title = The terminal is too small.
too-small-size = It is { $width }×{ $height }; perinat needs at least { $min_width }×{ $min_height }. Enlarge the window or reduce the font size.
screen-caseload = Caseload
screen-case = Case
screen-billing = Billing
screen-tariffs = Tariffs
title-loading = loading… { $count ->
    [one] { $count } case
   *[other] { $count } cases
}
title-count = { $shown } of { $count ->
    [one] { $count } case
   *[other] { $count } cases
}
title-today = today { $date }
search-keys = Enter keep · Esc clear
status-cancelled = Cancelled, nothing saved.
status-saved = Saved: { $name }.
status-provider-saved = Saved provider { $name }.
status-billed = { $count ->
    [one] One service marked billed.
   *[other] { $count } services marked billed.
}
status-exported = Exported to { $path }.
status-deleted = Deleted { $id }.
status-nothing-to-undo = Nothing to undo.
status-undone = Undone: { $what }.
status-undo-failed = Cannot undo { $what }: { $error } It is left out: u goes on with the change before it.
status-demo-not-empty = Demo data goes only into an empty caseload.
status-demo-loaded = Loaded { $count ->
    [one] { $count } fake pregnancy
   *[other] { $count } fake pregnancies
} (demo data).
status-no-service = No service selected.
status-no-providers = Add a provider first ({ $key }).
status-cannot-mark = Cannot mark billed: { $reason }
status-line-not-claimable = this service is { $status }

## Case screen

case-no-dates = No LMP, due date or birth recorded: edit the pregnancy (e).
case-expected-birth = expected birth
case-birth = birth
case-ends = ends
case-legend = ▓ prenatal ▒ postnatal ░ early childhood · ▼ today B birth ? expected
case-legend-marks = S screening C CPP K concertation F follow-up D coordinator R ref. period * several
case-no-screening = No screening recorded (R12): record it with S.
case-scenario = Scenario { $scenario } · { $answered } of 15 indicators answered
case-scenario-provisional = Scenario { $scenario }, provisional (R12) · { $answered } of 15 answered
case-vulnerability-status = { $name }: { $status } on { $date } ({ $note })
case-vulnerability-none = { $name }: no status yet
case-coordinator = Coordinator: { $name } since { $since }{ $count ->
    [1] {""}
   *[other] {" "}(after { $count } designations)
}
case-no-coordinator = Coordinator: none
case-team = Care team: { $team }
case-care-plan = Care plan ({ $date }): { $text }
case-services = Services: date, service, provider, amount, deadline, status
case-no-services = none yet
case-billed-on = billed { $date }
case-alerts = Alerts
case-no-alerts = none

## Billing screen

billing-month = Services of { $month }
billing-total = to claim: { $amount }
billing-per-provider = Per provider:
billing-col-case = Case
billing-col-service = Service
billing-col-date = Date
billing-col-provider = Provider
billing-col-amount = Amount
billing-col-deadline = Deadline
billing-col-status = Status
billing-empty = No service in this month.
billing-no-reason = Billable: all its rules hold.

## Tariffs screen

tariffs-title = Tariffs (R50–R51): amount per unit, from the date given
tariffs-from = from { $date }
tariffs-built-in = built in
tariffs-practice = practice file
tariffs-in-force-mark = ▶ in force today
tariffs-openings = Billing opens (R61): screening / other services
tariffs-opening-built-in = built in (OA circular 2024/258)
tariffs-opening-unknown = not set: services stay blocked (R61) until the practice file gives it
tariffs-interpretations = How perinat reads the circulars (interpretations of RULES.md)
interp-r33 = R33: the concertation must fall in the same reference period; the forfait's service date is the first day all its conditions hold, at the tariff of that day; until then it shows as blocked on the period's first day.
interp-r42 = R42: when more than 4 take part in a concertation, the coordinator (if an INAMI holder) comes first, then the participants in the order recorded; the others get a blocked line.
interp-r51 = R51: the 2025 amounts are taken to start on 01/01/2025, the usual date of an indexation; the circular prints no date. A practice file can correct it.
interp-r61 = R61: no opening date is built in for Flanders; the practice sets it in its own file, and until then Flemish services are computed but blocked.
interp-r62 = R62: a service dated before its region's opening has the later deadline of R60's and the 5th day of the third month after the opening month.

## Help

help-title = Keys
help-this-screen = This screen
help-everywhere = Everywhere
help-forms = In forms
help-alert-marks = Alert marks in the list
help-alert-legend = A date with ? is a due date. Alerts: F follow-up overdue (R35) · f follow-up due · K concertation due (R36) · C CPP due (R21) · € deadline near (R60) · S screening window closing (R13)
help-keymap-file = Change keys in keymap.toml (see perinat keymap --check).

## Actions, as help and footers name them

action-quit = quit
action-back = back
action-help = help
action-caseload = caseload
action-billing = billing
action-tariffs = tariffs
action-undo = undo the last change
action-up = up
action-down = down
action-page-up = page up
action-page-down = page down
action-top = first
action-bottom = last
action-open = open
action-search = search
action-filter-scenario = filter by scenario
action-filter-period = filter by period
action-filter-region = filter by region
action-filter-coordinator = filter by coordinator
action-filter-alerts = only cases with alerts
action-toggle-closed = show or hide closed cases
action-clear-filters = clear search and filters
action-sort-next = sort by the next column
action-sort-reverse = reverse the sort
action-new-pregnancy = new pregnancy
action-new-provider = new provider
action-load-demo = load demo data
action-edit-pregnancy = edit the woman's details
action-record-screening = screening
action-add-cpp = new CPP
action-add-follow-up = new follow-up
action-designate-coordinator = new coordinator or transfer
action-edit-team = care team
action-edit-care-plan = care plan
action-add-concertation = new concertation
action-mark-billed = mark billed
action-delete-pregnancy = delete the pregnancy
action-previous-month = previous month
action-next-month = next month
action-toggle-select = select
action-select-all = select all billable
action-export-csv = export CSV
action-next-field = next field
action-previous-field = previous field
action-next-choice = next choice
action-previous-choice = previous choice
action-save = save
action-cancel = cancel

## CLI

keymap-check-defaults = No keymap file is in use: perinat runs on its built-in keys (keymap.toml in the source).
keymap-check-ok = { $file } is a valid keymap ({ $count ->
    [one] { $count } action bound
   *[other] { $count } actions bound
}).
keymap-check-errors = the keymap has { $count ->
    [one] an error
   *[other] { $count } errors
}:
short-prenatal-week = pre wk { $week }+{ $day }
short-prenatal = prenatal
short-postnatal-day = post d{ $day }
short-childhood-months = child { $months }m
short-closed = closed

## Audit trail: what a change was (perinat log, the case's history)
audit-import = imported
audit-put-pregnancy = changed pregnancy
audit-delete-pregnancy = deleted pregnancy
audit-put-provider = changed provider
audit-delete-provider = deleted provider
audit-mark-billed = marked billed
audit-restore = restored the caseload
audit-migrate = migrated the store
audit-who-from = { $user } from { $from }
audit-none = (none)
history-title = History of { $id }
history-empty = No change of this case is recorded yet.
history-keys = Newest first. ↑/↓ scroll, Esc closes.
action-history = history: who changed what, and when
startup-warnings-title = Before you start:

## Months (dates are always dd/mm/yyyy; months are named in titles)

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The services' official names (INAMI circular)

service-long-401376 = screening
service-long-401391 = personalised prenatal counselling
service-long-401413 = coordination of care and support
service-long-401435 = multidisciplinary concertation

## Language

action-language = switch language (fr, nl, de, en)
status-language = Language: { $language } (remembered). L again: { $next }.
lang-env-ignored = PERINAT_LANG={ $value } is not a language of perinat (fr, nl, de, en); it is ignored and perinat speaks { $lang }
config-unreadable = cannot read the settings file { $file } ({ $detail }); perinat goes on without it
config-broken = the settings file { $file } is not valid TOML ({ $detail }); perinat goes on without it. Fix or delete the file
config-bad-lang = the settings file { $file } has lang = { $value }, which is not fr, nl, de or en; perinat goes on without it
config-cannot-save = the language could not be remembered in { $file } ({ $detail }); it holds for this session only
warning = warning: { $text }

## Store and backups

store-locked = the caseload in { $dir } is open in another perinat session that does not share it (an older perinat, or a program that opened the store itself); close that session, or wait for it to finish, and try again
store-cannot-open = cannot open the caseload in { $dir }: { $detail }; check that the directory exists and is yours (or choose another with --data-dir)
store-newer-schema = the caseload in { $dir } was written by a newer perinat (schema { $found }, this version reads up to { $supported }); install the newer perinat to open it
store-corrupt = record { $key } cannot be read ({ $detail }); the store is damaged: restore the newest backup (the backups directory next to the store) with perinat restore FILE
store-damaged = the caseload store in { $dir } is damaged and cannot be opened ({ $detail })
store-write = the caseload could not be written: { $detail }; nothing was saved (is the disk full?)
store-full = the disk is full (or the file size this session may write is reached): { $detail }; nothing was saved and the caseload is as it was. Free some space (the backups directory next to the store can be trimmed) and try again
store-no-pregnancy = pregnancy { $id } not found
store-no-provider = provider { $id } not found
store-no-service = no service { $code } of { $date } by { $provider } in { $case }
store-provider-needs-id = a provider needs an id
store-no-home = no home directory is known; name a data directory with --data-dir DIR or { $env }
store-conflict = { $id } is already in the store with other details; use --replace to overwrite it
store-billed-item = { $code } of { $date } billed on { $on }
store-r63-drop = billed is final: this would drop or change the billed services of { $case }: { $list }
store-already-billed = this service was already billed on { $on }
store-not-billable = this service cannot be billed: { $reasons }
store-no-tariff = no tariff is in force on the service date
store-busy = busy, { $doing }: try again in a moment (nothing was saved; what you typed is kept)
busy-import = saving an import of { $count ->
    [one] { $count } pregnancy
   *[other] { $count } pregnancies
}…
busy-restore = restoring a caseload of { $count ->
    [one] { $count } pregnancy
   *[other] { $count } pregnancies
}…
busy-change = saving a change…
busy-backup = writing the day's backup…
stale-edit = not saved: { $name } ({ $case }) was changed by { $who } after you opened this form ({ $parts }). Your form is still open with what you typed: look at their change behind it, then save again to put yours on top, or Esc to leave it
stale-who = { $user } at { $at } ({ $action })
stale-someone = someone else
stale-whole = the whole record
part-mother = the mother's details
part-region = the region
part-dates = the dates
part-screening = the screening
part-cpp = the CPP sessions
part-coordinators = the coordinator
part-team = the care team
part-care-plan = the care plan
part-follow-ups = the follow-ups
part-concertations = the concertations
part-billed = what is billed
part-other = other details
cli-replayed = { $count ->
    [one] 1 change made after that backup was replayed from the journal.
   *[other] { $count } changes made after that backup were replayed from the journal.
}
journal-torn = the last change written to the journal ({ $file }, line { $line }, { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}) was cut short by a crash: it was never acknowledged and is not replayed
journal-damaged = the journal { $file } cannot be read from line { $line } on ({ $error }); the changes after it are not replayed
journal-unreadable-entry = change { $n } of the journal cannot be read ({ $problem }); it and the changes after it are not replayed
journal-cannot-write = the journal beside the store could not be written ({ $error }); nothing was saved
import-control-character = holds the control character { $code } (shown as { $shown }): a name, an id or a code may not (a note may keep its line breaks and tabs); remove it in the program that made the file
share-no-group = there is no group { $group } on this machine; create it first (sudo groupadd { $group }) and add each colleague to it (sudo adduser NAME { $group })
share-failed = cannot give { $path } to group { $group }: { $error }; you must own it and be a member of { $group } (or use sudo)
cli-shared = The caseload in { $dir } is now shared with group { $group }: its members reach it with perinat --data-dir { $dir } (or PERINAT_DATA_DIR={ $dir }). They must log in again after being added to the group.
status-deleted-by = { $id } was deleted by { $user }; it is no longer in the caseload
status-deleted-elsewhere = { $id } was deleted in another session; it is no longer in the caseload
status-connection-lost = { $error }; reconnecting… (what you type is kept; saving waits for the connection)
status-reconnected = connected to the perinat server again; the caseload is read anew
server-access-refused = { $user } may not use the caseload in { $dir }: it belongs to { $owner } and the members of group { $group }. Ask the practice's administrator to add you to that group (sudo adduser { $user } { $group }), then log in again
server-already-running = a perinat server is already running for { $dir }
server-cannot-listen = cannot open the server's socket { $socket }: { $error }
client-garbage = the perinat server sent a message this perinat cannot read ({ $error }); close every perinat session so that one server of this version can start
client-lost-during-write = the connection to the perinat server was lost while saving ({ $error }); the change may not have been saved. Nothing you typed is lost: look at the case, then save again
client-lost = the connection to the perinat server was lost ({ $error })
client-unexpected = the perinat server gave an answer this perinat did not expect ({ $reply }); close every perinat session so that one server of this version can start
client-no-access = you may not use the caseload in { $dir }: ask the practice's administrator to add you to group { $group }, then log in again
client-other-version = the server on this store is perinat { $server }; this is { $this }: close all perinat sessions so that the new server can start
client-no-server = no perinat server is running for { $dir }, and only its owner { $owner } can start one. Ask { $owner } or the practice's administrator to start it (systemctl start perinat), or open perinat as { $owner } once
client-server-silent = the perinat server for { $dir } did not start (its log is { $dir }/server.log)
client-cannot-start = cannot start the perinat server for { $dir }: { $error }
store-open-to-others = { $file } is open to other users (mode { $mode }){ $more ->
    [0] {""}
   *[other] {" "}(and { $more } more)
}; the caseload holds health data. Fix: chmod -R go-rwx '{ $dir }'
backup-cannot-write = cannot write the backup { $file }: { $error }
backup-cannot-create-dir = cannot create the backups directory { $dir }: { $error }
backup-cannot-rotate = cannot rotate the backups in { $dir }: { $error }
backup-migration-stopped = { $error }; the store was not migrated and is unchanged, free some space or fix the directory and start perinat again
backup-recovery-hint = The newest backup is { $file } (taken { $at }). To restore it (the damaged store is kept aside):
    {"  "}perinat --data-dir '{ $dir }' restore '{ $file }'
backup-recovery-none = There is no backup in { $backups }; if you have an export, restore it with: perinat --data-dir '{ $dir }' restore FILE
panic-report = internal error at { $at }. Every change perinat said was saved is on disk. Please report this error with the location above. Its message is not shown because it may contain patient data (PERINAT_DEBUG=1 shows it).

## Input that is not right

date-not-a-date = { $value } is not a date: write YYYY-MM-DD
date-year-range = { $value }: year { $year } is out of range (1900-2199)
date-not-a-day = { $value } is not a day of the calendar
date-not-a-month = { $value } is not a month: write YYYY-MM, for example 2025-03
id-inami = INAMI number
id-niss = NISS
id-not-a-digit = { $what } { $value } has a character { $char } that is not a digit
id-digit-count = { $what } { $value } has { $count ->
    [one] { $count } digit
   *[other] { $count } digits
}, 11 are needed
id-inami-check = the check digits of { $number } do not match: the number is mistyped; copy it again from the provider's card or letter
id-niss-month = NISS month { $month } is not a month (nor a BIS month)
id-niss-check = the NISS check digits do not match: the number is mistyped; copy it again from the identity card or the vignette
json-where = line { $line }, column { $column }
json-invalid = not valid JSON: { $detail }
json-bad-amount = { $value } is not an amount: write euros with two decimals, e.g. "744.05"
json-bad-key = { $value } is not a { $what } (one of: { $all })
json-bad-format = { $value } is not { $format }: this is not a perinat caseload file
json-bad-version = version { $version } is not supported (this perinat reads version { $supported })
json-name-needed = a name is needed
json-bad-time = { $value } is not a time: write HH:MM (24 h)
valid-id-needed = an id is needed
valid-lmp-needed = an LMP or a due date is needed
valid-birth-before-start = { $birth } is before the pregnancy start ({ $start })
valid-unknown-provider = unknown provider { $id }
valid-unknown-indicator = unknown indicator
valid-quarter-hours = { $value } is not between 1 and { $max }
valid-billed-unmatched = matches no service ({ $code } on { $date } billed by { $provider }); a billed service is final, so the facts it was billed on cannot change (R63). To change its billing date, correct its mark (c on the billing screen); if the claim was refused, withdraw the mark (w) first, then change the record
valid-used-twice = { $id } is used twice
valid-second-tariff = a second tariff for { $code } from { $from }
valid-region-twice = { $region } appears twice

## Command line

cli-no-pregnancy = no pregnancy "{ $id }" in the store (see perinat cases)
cli-bad-pseudocode = "{ $code }" is not a pseudocode of the programme (401376, 401391, 401413, 401435)
cli-marked-billed = Saved: { $code } of { $date } for { $case } billed on { $on } ({ $amount }).
cli-problems = { $what } ({ $count ->
    [one] one problem
   *[other] { $count } problems
}):
cli-more-problems = … and { $count } more
cli-cannot-read = cannot read { $file }: { $error }
cli-cannot-write = cannot write { $file }: { $error }
cli-cannot-write-output = cannot write the output: { $error }
cli-not-imported = { $file } was not imported, the store is unchanged
cli-imported = Imported { $file }: pregnancies { $added } added, { $replaced } replaced, { $unchanged } unchanged; providers { $providers_added } added, { $providers_replaced } replaced, { $providers_unchanged } unchanged.
cli-imported-settings = Practice settings: { $tariffs ->
    [one] { $tariffs } tariff
   *[other] { $tariffs } tariffs
}, { $regions ->
    [one] { $regions } regional opening
   *[other] { $regions } regional openings
}.
cli-exported = Exported { $count ->
    [one] { $count } pregnancy
   *[other] { $count } pregnancies
} and { $providers ->
    [one] { $providers } provider
   *[other] { $providers } providers
} to { $file }.
cli-demo-written = Wrote a demo caseload of { $count ->
    [one] { $count } pregnancy
   *[other] { $count } pregnancies
} to { $file }.
cli-man-written = Wrote { $count ->
    [one] { $count } manual page
   *[other] { $count } manual pages
} to { $dir }.
cli-demo-not-empty = the store in { $dir } already holds { $count ->
    [one] { $count } pregnancy
   *[other] { $count } pregnancies
}; demo data is only added to an empty store (use --out FILE, or another --data-dir)
cli-demo-added = Added a demo caseload of { $count ->
    [one] { $count } fake pregnancy
   *[other] { $count } fake pregnancies
} to { $dir }.
    Try: perinat cases, perinat billing --unbilled
cli-case-count = { $count ->
    [one] one case
   *[other] { $count } cases
}
cli-col-when = Due / born
cli-today = Today { $date }: { $phase }
cli-periods = Periods (R2): prenatal from { $prenatal }, { $birth_label } { $birth }, early childhood from { $childhood }, ends { $end } (R3)
cli-reference-period = Reference period { $number } (R4): { $from } to { $to }
cli-no-screening = Screening: none recorded (R12)
cli-coordinator = Coordinator: { $name } from { $from }
cli-transfer = Transfer to: { $name } from { $from }
cli-no-consent = (no consent recorded)
cli-services = Services
cli-deadline = by { $date }
cli-daily-backup-failed = the day's backup failed: { $error }
cli-cannot-list = cannot list { $dir }: { $error }
cli-backups-in = Backups in { $dir }:
cli-no-backups = (none yet: one is taken on the first use of each day)
cli-backed-up = Backed up { $count ->
    [one] { $count } pregnancy
   *[other] { $count } pregnancies
} and { $providers ->
    [one] { $providers } provider
   *[other] { $providers } providers
} to { $file }.
cli-confirm-no-terminal = Standard input is not a terminal, so perinat cannot ask: add --yes to go on.
cli-confirm-ask = Type yes to go on:
cli-confirm-word = yes
cli-cannot-read-answer = cannot read the answer: { $error }
cli-cannot-set-aside = cannot move the damaged store { $dir } aside: { $error }
cli-not-restored = { $file } was not restored, the store is unchanged
cli-restore-question = Replace the caseload in { $dir } ({ $count ->
    [one] { $count } pregnancy
   *[other] { $count } pregnancies
}, { $providers ->
    [one] { $providers } provider
   *[other] { $providers } providers
}) with { $file } ({ $new_count ->
    [one] { $new_count } pregnancy
   *[other] { $new_count } pregnancies
}, { $new_providers ->
    [one] { $new_providers } provider
   *[other] { $new_providers } providers
})?
    The current caseload is backed up first, in { $backups }.
cli-restore-damaged-question = The store in { $dir } is damaged. Set its files aside (they are kept) and start a new store from { $file } ({ $new_count ->
    [one] { $new_count } pregnancy
   *[other] { $new_count } pregnancies
}, { $new_providers ->
    [one] { $new_providers } provider
   *[other] { $new_providers } providers
})?
cli-not-confirmed = { $refused } (not confirmed)
cli-current-unreadable = the current caseload cannot be read whole ({ $error })
cli-restore-backup-failed = { $refused }: the backup of the current caseload failed: { $error }
cli-restored = Restored { $file }: { $count ->
    [one] { $count } pregnancy
   *[other] { $count } pregnancies
}, { $providers ->
    [one] { $providers } provider
   *[other] { $providers } providers
}.
cli-previous-in = The previous caseload is in { $file }.
cli-damaged-kept = The damaged store's files are kept in { $dir }.
cli-change-count = { $count ->
    [one] one change
   *[other] { $count } changes
}
overview-title = perinat - caseload in { $dir }
overview-empty = The caseload is empty. To look around with fake data:
    {"  "}perinat demo --cases 200
    To bring in a caseload file:
    {"  "}perinat import FILE
    
    See perinat --help for every command.
overview-phases = { $count ->
    [one] { $count } pregnancy
   *[other] { $count } pregnancies
}: { $prenatal } prenatal, { $postnatal } postnatal, { $childhood } early childhood, { $closed } closed
overview-scenarios = Scenarios: { $zero } × 0, { $a } × A, { $b } × B ({ $provisional } provisional)
overview-to-claim = To claim: { $count ->
    [one] { $count } service
   *[other] { $count } services
}, { $amount } ({ $near } with a deadline within 14 days)
overview-blocked = Blocked services: { $blocked }    Cases with alerts: { $alerts }
overview-commands = perinat cases                the caseload, one line a pregnancy
    perinat case ID              one pregnancy: timeline, services and why, alerts
    perinat billing              the month-end report ({ $month })
    perinat billing --unbilled   everything still to claim
    perinat --help               every command

## Billing report (perinat billing) and its CSV

report-title-month = Billing report for { $month } (as of { $today })
report-title-unbilled = Unbilled services, soonest deadline first (as of { $today })
report-per-pseudocode = To claim, per pseudocode
report-total = Total
report-per-provider = To claim, per billing provider
report-nothing = nothing to claim
report-no-billing-provider = (no billing provider)
report-col-code = Code
report-col-qty = Qty
report-section-billable = Billable (! = deadline within 14 days): { $count }
report-section-done = Billed and expired: { $count }
report-section-blocked = Blocked (not billable): { $count }
report-empty = No services in this selection.
csv-case = Case
csv-pseudocode = Pseudocode
csv-service = Service
csv-service-date = Service date
csv-provider = Provider id
csv-provider-name = Provider
csv-units = Units
csv-unit-price = Unit price (EUR)
csv-amount = Amount (EUR)
csv-deadline = Deadline
csv-status = Status
csv-reasons = Reasons
backup-damaged-compressed = cannot read { $file }: it is compressed (zstd) but damaged or cut short ({ $error }); use another backup
cli-show-not-json = { $file } is not a perinat backup or export (JSON), so it is not shown: { $error }
csv-woman = Woman
csv-niss = NISS
csv-start-time = Start time
csv-provider-inami = Provider INAMI
csv-problems = To fix before claiming
claim-no-niss = no NISS recorded: add it to the case before claiming (R71)
claim-niss = NISS
claim-start = started { $time }
report-for-provider = billed by { $provider }
report-deadline-near = ! { $count } to claim within 14 days, before their deadline (R60)
claim-days-left = { $days ->
    [one] { $days } day left
   *[other] { $days } days left
}
billed-on-future = the billing date { $on } is in the future (today is { $today }): record the day the service was claimed on the IM platform
billed-on-before-service = the billing date { $on } is before the service date { $service }: a service is claimed once it has taken place
store-correction-needs-reason = a correction of a billing mark needs a reason (for instance "claim refused by the platform: wrong NISS"): it is recorded in the case's history
store-correction-bad-reason = the reason contains the control character { $char }: type it again without it
store-not-billed = { $code } of { $date } in case { $case } is not marked billed: there is nothing to correct
audit-correct-billed = billing date corrected
audit-withdraw-billed = billing withdrawn
cli-unknown-provider = no provider has the id "{ $id }"; the providers' ids are: { $ids }
cli-per-provider-none = No line of this report has a billing provider: no file written.
cli-per-provider-file = { $file }: { $provider }, { $count } to claim, { $amount }
cli-billed-corrected = Saved: { $code } of { $date } for { $case } is now billed on { $on } (the correction and its reason are in the case's history).
cli-billed-withdrawn = Saved: { $code } of { $date } for { $case } is no longer marked billed (the withdrawal and its reason are in the case's history).
cli-mark-expired = R60: the deadline of this service passed on { $deadline }; the platform may refuse the claim. Add --late to mark it billed anyway.
billing-mark-summary = { $count ->
    [one] 1 service, { $amount }:
   *[other] { $count } services, { $amount }:
}
billing-mark-more = … and { $count } more
billing-mark-final = A mark is final (R63): afterwards only a correction with a reason, recorded in the history, can change it.
billing-quarter-hours = { $count ->
    [one] 1 quarter-hour
   *[other] { $count } quarter-hours
}
billing-expired-why = Expired: its deadline (R60) passed on { $deadline }. The platform may refuse it; marking it billed asks twice.
billing-unbilled = Everything still to claim
billing-unbilled-empty = Nothing left to claim.
billing-col-days-left = Days left
billing-days = { $days } d
status-not-billed = This line is not marked billed: there is no billing mark to correct or withdraw.
billing-billed-on = Now marked billed on { $date }.
confirm-mark-expired = { $count ->
    [one] The service to mark has passed its deadline (R60): the platform may refuse it. Mark it billed anyway?
   *[other] { $expired ->
        [one] { $expired } of the { $count } services to mark has passed its deadline (R60): the platform may refuse it. Mark them billed anyway?
       *[other] { $expired } of the { $count } services to mark have passed their deadline (R60): the platform may refuse them. Mark them billed anyway?
    }
}
status-billed-corrected = Billing date of { $case } corrected to { $on }; the reason is in the history.
status-billed-withdrawn = Billing mark of { $case } withdrawn; the reason is in the history. The line can be claimed again while its deadline allows.
status-exported-per-provider = { $count ->
    [one] { $count } file
   *[other] { $count } files
} written in { $dir }, one per billing provider.
form-correct-billed = Correct the billing date (R63)
form-withdraw-billed = Withdraw the billing mark: claim refused (R63)
form-export-per-provider = One CSV per billing provider
field-reason = Reason (kept in the history)
field-directory = Directory
action-toggle-unbilled = all unbilled
action-filter-provider = provider
action-correct-billed = correct billing date
action-withdraw-billed = withdraw billing
action-export-per-provider = one CSV per provider
title-deadline-near = ! { $count } to claim ≤14 d
overview-deadline-near = ! { $near } of them must be claimed within 14 days (R60): perinat billing --unbilled lists them, soonest deadline first
billing-billed-why = Billed on { $date } (R63). { $correct }: correct the billing date; { $withdraw }: withdraw a refused claim.
status-undo-billed = A billing mark is final (R63): to take one back, select its line on the billing screen and press { $key } (withdraw, with the reason). u again undoes the change before it.
status-how-to-quit = Esc steps back and never quits; { $key } quits perinat.
confirm-quit-unsaved = Quit perinat and lose what you typed in this form?
confirm-discard = Close this form and lose what you typed in it?
valid-inami-taken = { $inami } is already the INAMI number of { $name } ({ $id }): one number belongs to one provider; correct the number, or use that provider
store-moved = someone else saved a change to the caseload at the same moment; nothing was saved: try again
busy-others = others are saving changes to the caseload…
cli-bad-store = { $value } is not a store perinat knows: give a PostgreSQL URL (postgres://USER@HOST/DATABASE), or leave --store and PERINAT_STORE out for the caseload in the data directory
pg-bad-url = { $url } is not a PostgreSQL URL that perinat can use ({ $error }); write it as postgres://USER@HOST/DATABASE
pg-cannot-connect = cannot reach the PostgreSQL database { $url }: { $error }; check that the database server is running and that the host, port and database name are right
pg-auth = the PostgreSQL database { $url } did not let user { $user } in ({ $error }); check the user name and its password (PGPASSWORD), or ask the database's administrator
pg-lost = the connection to the PostgreSQL database { $url } was lost ({ $error })
pg-lost-during-write = the connection to the PostgreSQL database { $url } was lost while saving ({ $error }); the change may not have been saved. Nothing you typed is lost: look at the case, then save again
pg-error = the PostgreSQL database { $url } refused the request: { $error }
pg-older-schema = the caseload in { $url } has schema version { $found } and this perinat needs { $wanted }; nothing was written. Take a copy (pg_dump), then run perinat db migrate with this --store
pg-newer-schema = the caseload in { $url } has schema version { $found }, written by a newer perinat (this one knows up to { $wanted }); nothing was written. Install the newer perinat to use it
pg-not-perinat = the database { $url } holds tables that are not a perinat caseload; give perinat a database of its own (CREATE DATABASE perinat OWNER …)
pg-migrated = the caseload in { $url } is now at schema version { $to } (it was at { $from })
pg-up-to-date = the caseload in { $url } is already at schema version { $version }
pg-no-store = perinat db works on a caseload in PostgreSQL: give --store postgres://USER@HOST/DATABASE or set PERINAT_STORE
pg-backups-elsewhere = the caseload in { $url } is kept by PostgreSQL, whose backups are the database's (pg_dump or replication, see README); perinat backup FILE writes a portable copy of it
pg-not-served = perinat { $command } is for a caseload in a data directory; with a caseload in PostgreSQL every perinat talks to the database itself
store-correction-same-date = the service is already marked billed on { $on }: there is nothing to correct

# issue 12: to-do, record, history words
todo-forfait-condition = the forfait of reference period { $period } needs one more condition: { $condition }
todo-col-due = Due
todo-col-concerned = Concerned
todo-col-what = To do
todo-overdue = overdue
todo-count = { $count ->
    [one] 1 thing to do (overdue, or due within { $days } days)
   *[other] { $count } things to do (overdue, or due within { $days } days)
}
todo-no-login = --mine needs your login name, and neither USER nor LOGNAME is set; give --provider ID instead
todo-no-login-provider = no provider is linked to your login "{ $login }" (--mine); give --provider ID, one of: { $ids }

# issue 12: screens, corrections, undo and redo
help-not-here = not possible now
confirm-delete-record = Delete the { $what }? (u undoes it)
confirm-delete-provider = Delete the provider { $name }? (u undoes it)
status-provider-deleted = Provider { $name } deleted.
status-changed-meanwhile = Somebody changed this case meanwhile: look at it again, then try again.
status-delete-billed = The { $what } gave a service billed on { $on }: billed services are final (R63). If the claim was refused, withdraw its mark on the billing screen ({ $key }) first.
status-record-deleted = Deleted: { $what } ({ $key } undoes it).
status-nothing-to-redo = Nothing to redo.
status-redone = Redone: { $what }.
status-redo-failed = Cannot redo { $what }: { $error } It is left out.
status-forfait-not-a-record = The coordination forfait is not a record: it follows from the designation, the care plan, the concertation and the follow-ups (R33). Edit those.
status-team-not-deleted = The care team is edited, not deleted: press { $key }.
undo-what-provider = provider { $name }
undo-what-case = pregnancy of { $name }
undo-what-case-details = details of { $name }
undo-what-screening = screening of { $name }
undo-what-cpp = CPP of { $date } for { $name }
undo-what-concertation = concertation of { $date } for { $name }
undo-what-follow-up = follow-up on { $indicator } of { $date } for { $name }
undo-what-designation = coordinator designation of { $date } for { $name }
undo-what-team = care team of { $name }
undo-what-care-plan = care plan of { $name }
case-woman = { $name } · NISS { $niss }{ $born ->
    [none] {""}
   *[other] {" "}· born { $born }
}
case-no-niss = not recorded
case-designation = Coordinator: { $name } from { $from } · consent { $consent }{ $current ->
    [yes] {" "}· in charge now
   *[no] {""}
}
case-no-care-plan = Care plan: none yet
case-follow-ups = Follow-ups (R35)
case-no-follow-ups = No follow-up yet.
form-edit-follow-up = Follow-up of { $date } for { $name } (R35)
form-edit-designation = Coordinator designation of { $date } for { $name } (R31)
form-edit-cpp = Prenatal counselling (CPP) of { $date } for { $name } (R20–R23)
form-edit-concertation = Concertation of { $date } for { $name } (R40–R44)
action-redo = redo what was undone
action-todo = to do
action-providers = providers
action-full-record = whole record
action-edit = edit
action-delete = delete
action-filter-mine = only my cases
action-merge-provider = merge into another provider
record-view-title = Record of { $name }

screen-providers = Providers
providers-name = Name
providers-profession = Profession
providers-cases = Cases
providers-organisation = Organisation
providers-none = No provider matches.
status-provider-used = { $name } is on { $count ->
    [one] one case
   *[other] { $count } cases
}: a provider in use is not deleted. If it is a duplicate, merge it into the original ({ $key }).
form-edit-provider = Provider { $name }
form-merge-provider = Merge { $name } into another provider
field-merge-into = Into
form-merge-provider-help = Every case that names { $name } will name the provider chosen here, and { $name } will be deleted. A service already billed by { $name } keeps its provider (R63): then the merge is refused.
status-provider-merged = { $name } merged into { $into } ({ $count ->
    [one] one case
   *[other] { $count } cases
} changed).

screen-todo = To do
todo-heading = { $count ->
    [one] One thing to do, by deadline (overdue first; looking { $days } days ahead)
   *[other] { $count } things to do, by deadline (overdue first; looking { $days } days ahead)
}
todo-heading-mine = { $count ->
    [one] One thing to do in my cases, by deadline (looking { $days } days ahead)
   *[other] { $count } things to do in my cases, by deadline (looking { $days } days ahead)
}
todo-empty = Nothing is due in the coming weeks.
todo-in-days = { $days ->
    [0] today
    [one] tomorrow
   *[other] in { $days } d
}
status-who-am-i-unknown = { $login ->
    [none] perinat does not know your login name (USER is not set), so it cannot tell which cases are yours.
   *[other] No provider is linked to your login name “{ $login }”: on the providers screen (5), select yours, press e and fill in “Login name”.
}

record-cpps = { $count ->
    [0] Prenatal counselling (CPP): none
    [one] Prenatal counselling (CPP): 1 session
   *[other] Prenatal counselling (CPP): { $count } sessions
}
record-cpp = { $date }, by { $provider }, BiB code { $code }
record-concertations = { $count ->
    [0] Concertations: none
    [one] Concertations: 1
   *[other] Concertations: { $count }
}
record-concertation = Concertation on { $date } at { $start }, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
record-participants = Participants
record-follow-ups = Status and notes per vulnerability (R23, R33, R35)
record-by-follow-up = follow-up by { $provider }
record-by-cpp = CPP by { $provider }
record-no-status = no status yet
audit-field-cpp = CPP { $number }
audit-field-coordinator = Coordinator { $number }
audit-field-team-member = Care team member { $number }
audit-field-follow-up = Follow-up { $number }
audit-field-concertation = Concertation { $number }
audit-field-participant = Participant { $number }
audit-field-billed = Billed service { $number }
audit-field-screening = Screening
audit-field-start = Start
audit-field-service-date = Service date
audit-field-pseudocode = Pseudocode
audit-field-amount = Amount

# issue 12: form editing and pickers
action-remove-item = take off the list
action-move-item-up = move up the list
action-move-item-down = move down the list
action-answer-vulnerable = answer: vulnerable
action-answer-not-vulnerable = answer: not vulnerable
action-answer-unknown = answer: not answered
action-answer-rest-not-vulnerable = every unanswered indicator: not vulnerable
form-key-newline = new line
form-key-answer = yes/no/unanswered
form-key-rest-not-vulnerable = rest: no
form-key-remove = remove
form-key-order = order
picker-filter = filter:
picker-found = { $count } found
picker-hint = type to filter by name, profession, organisation or INAMI
multipick-empty = — nobody yet
multipick-add = type a name to add
field-team = Team
field-participants = Participants
hint-participants-order = Order matters: R42 pays the first four participants after the coordinator.

# issue 12: providers (login, merge)
valid-login-bad = { $login } is not a Unix user name: { $why }
valid-login-empty = it is empty
valid-login-long = it is longer than { $max } characters
valid-login-dash = it begins with "-"
valid-login-char = it contains { $char } (no spaces, control or invisible characters, nor : / ,)
valid-login-taken = { $login } is already the login of { $name } ({ $id }): one login belongs to one provider; give this provider another login, or use that provider
audit-merge-provider = merged provider
busy-merge-provider = merging provider { $duplicate } into { $original }…
store-merge-itself = { $id } cannot be merged into itself: name the duplicate, then the provider it is a duplicate of
store-merge-billed = { $duplicate } is the billing provider of { $count ->
    [one] a service
   *[other] { $count } services
} marked billed ({ $list }), and the provider of a billed service cannot change, so { $duplicate } cannot be merged into { $original }. Instead, correct { $duplicate }'s details (name, INAMI number, login) and keep it, or, if the platform refused the claim, withdraw the billing mark first (perinat mark-billed CASE --withdraw --reason TEXT) and merge again
store-merge-billed-item = { $code } of { $date } in { $case }, billed on { $on }
store-merge-billed-more = { $count } more
cli-provider-login-set = { $id } is now the provider of login { $login }
cli-provider-login-cleared = { $id } has no login any more
cli-provider-merged = { $duplicate } merged into { $original }: { $count ->
    [0] no case named it
    [one] one case changed
   *[other] { $count } cases changed
}; { $duplicate } is deleted
cli-provider-deleted = provider { $id } deleted
cli-providers-none = no provider yet: import a caseload file (perinat import FILE)
cli-providers-login = login { $login }
cli-providers-you-are = You ({ $login }) are { $name } ({ $id }).
cli-providers-you-are-none = No provider has your login ({ $login }): perinat providers login ID { $login } links you to yours.

field-login = Login name
filter-mine = mine

record-keys = ↑/↓ scroll, PageDown a page, Esc closes.

undo-added = adding the { $what }
undo-changed = changes to the { $what }
undo-deleted = deleting the { $what }
audit-create-pregnancy = created pregnancy
audit-create-provider = created provider
audit-yes = yes
audit-no = no

todo-loading = Reading the caseload for what is due…
background-lost = the work in the background stopped before it was done
providers-counting = counting the cases of each provider…

label-colon = :

help-text-editing = In a text field: ←/→ Home/End (C-a/C-e), C-←/C-→ by word, C-w deletes a word back, C-u to the start, C-k to the end; in a note Enter starts a new line and C-s saves.

billing-reading = (reading…)

status-undo-later = Cannot undo { $what } now: { $error } Try again in a moment.
undo-provider-changed = the provider was changed, merged or deleted since (by you or a colleague)
form-record-changed = This record was changed or moved by someone since you opened it (a record before it deleted, say): nothing was saved. Esc, then open it again to see it as it is now.

form-billed-retry = { $count ->
    [one] The line not marked is kept here: Enter tries it again, Esc leaves it.
   *[other] The { $count } lines not marked are kept here: Enter tries them again, Esc leaves them.
}
