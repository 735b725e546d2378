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
blocker-r41-too-few = { $count } participants, at least 4 needed (the woman counts)
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
