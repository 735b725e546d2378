//! End to end: the real binary in a real terminal (tmux), driven with send-keys and read
//! with capture-pane, the way a person would use it; then the CLI reads what it saved.

use std::path::Path;

mod common;
use common::Tmux;

const TODAY: &str = "2025-05-25";

fn perinat(data: &Path, args: &[&str]) -> String {
    common::stdout(common::perinat(data).args(args))
}

fn billed_in_may(data: &Path) -> usize {
    let json = perinat(
        data,
        &[
            "billing", "--month", "2025-05", "--format", "json", "--today", TODAY,
        ],
    );
    json.matches("\"status\": \"billed\"").count()
}

#[test]
fn open_search_record_a_follow_up_mark_billed_and_quit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("store");
    perinat(
        &data,
        &["demo", "--cases", "40", "--seed", "7", "--today", TODAY],
    );
    let before = billed_in_may(&data);
    let today = perinat::domain::dates::parse_date(TODAY).expect("date");
    let demo = perinat::demo::generate(40, 7, today);
    // A scenario B case with a coordinator, whose name is unique.
    let case = demo
        .pregnancies
        .iter()
        .find(|p| {
            !p.coordinators.is_empty()
                && demo
                    .pregnancies
                    .iter()
                    .filter(|q| q.mother.name == p.mother.name)
                    .count()
                    == 1
        })
        .expect("a coordinated case");
    let follow_ups = case.follow_ups.len();

    let command = format!(
        "{} --lang en --data-dir {} --today {TODAY}",
        env!("CARGO_BIN_EXE_perinat"),
        data.display()
    );
    let tmux = Tmux::start("e2e", &command);
    tmux.wait_for("of 40 cases");

    // Search, then open the case.
    tmux.keys(&["/"]);
    tmux.text(&case.mother.name);
    tmux.keys(&["Enter"]);
    tmux.wait_for("1 of 40 cases");
    tmux.keys(&["Enter"]);
    tmux.wait_for(&case.id);

    // Record a follow-up: date, vulnerability, status, note.
    tmux.keys(&["f"]);
    tmux.wait_for("New follow-up for");
    tmux.keys(&["Tab", "Tab", "Right", "Tab"]);
    tmux.text("visited at home");
    // The note takes several lines: Enter is a new line there, Ctrl-S saves.
    tmux.keys(&["Enter"]);
    tmux.text("second line");
    tmux.keys(&["C-s"]);
    tmux.wait_for("Saved:");

    // Billing: mark the first line billed today.
    tmux.keys(&["2"]);
    tmux.wait_for("Services of May 2025");
    tmux.keys(&["b"]);
    tmux.wait_for("Billed on");
    tmux.keys(&["Enter"]);
    tmux.wait_for("marked billed");

    // Quit: back to the list, then out.
    tmux.keys(&["q", "q"]);
    tmux.wait_gone();

    assert_eq!(billed_in_may(&data), before + 1);
    let export = perinat(&data, &["export"]);
    let json: serde_json::Value = serde_json::from_str(&export).expect("json");
    let stored = json["pregnancies"]
        .as_array()
        .and_then(|a| a.iter().find(|p| p["id"] == case.id.as_str()))
        .expect("the case");
    let notes: Vec<&str> = stored["follow_ups"]
        .as_array()
        .expect("follow-ups")
        .iter()
        .filter_map(|f| f["note"].as_str())
        .collect();
    assert_eq!(notes.len(), follow_ups + 1);
    assert!(notes.contains(&"visited at home\nsecond line"), "{notes:?}");
}

#[test]
fn the_language_switched_in_the_ui_is_remembered() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let config = tmp.path().join("config").join("config.toml");
    perinat(
        &data,
        &["demo", "--cases", "40", "--seed", "7", "--today", TODAY],
    );
    // No flag, no PERINAT_LANG, a C locale: French, the default.
    let command = format!(
        "env -u PERINAT_LANG LC_ALL=C PERINAT_CONFIG={} {} --data-dir {} --today {TODAY}",
        config.display(),
        env!("CARGO_BIN_EXE_perinat"),
        data.display()
    );
    let tmux = Tmux::start("lang", &command);
    tmux.wait_for("sur 40");
    tmux.keys(&["L"]);
    tmux.wait_for("Taal: Nederlands");
    tmux.wait_for("van 40");
    tmux.keys(&["q"]);
    tmux.wait_gone();
    let saved = std::fs::read_to_string(&config).expect("the config file was written");
    assert!(saved.contains("lang = \"nl\""), "{saved}");
    // The next start speaks Dutch.
    let tmux = Tmux::start("lang2", &command);
    tmux.wait_for("van 40");
    tmux.keys(&["q"]);
    tmux.wait_gone();
}

#[test]
fn month_end_everything_to_claim_one_provider_and_a_withdrawn_claim() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("store");
    perinat(
        &data,
        &["demo", "--cases", "40", "--seed", "7", "--today", TODAY],
    );
    let command = format!(
        "{} --lang en --data-dir {} --today {TODAY}",
        env!("CARGO_BIN_EXE_perinat"),
        data.display()
    );
    let tmux = Tmux::start("month-end", &command);
    tmux.wait_for("of 40 cases");

    // Everything still to claim, soonest deadline first, with the days left.
    tmux.keys(&["2"]);
    tmux.wait_for("Services of May 2025");
    tmux.keys(&["U"]);
    tmux.wait_for("Everything still to claim");
    tmux.wait_for("Days left");
    // One billing provider: the title names them.
    tmux.keys(&["p"]);
    tmux.wait_for("billed by");
    // Back to the month it was opened on (the provider filter stays).
    tmux.keys(&["["]);
    tmux.wait_for("Services of May 2025");

    // A billed line of April: withdraw its claim, with the reason.
    tmux.keys(&["["]);
    tmux.wait_for("Services of April 2025");
    // Billed lines come last; the detail pane says when it was billed.
    tmux.keys(&["G"]);
    tmux.wait_for("(R63). c: correct the billing date");
    tmux.keys(&["w"]);
    tmux.wait_for("Withdraw the billing mark");
    tmux.text("refused by the platform");
    tmux.keys(&["Enter"]);
    tmux.wait_for("withdrawn");

    // A case opened from billing goes back to billing.
    tmux.keys(&["Enter"]);
    tmux.wait_for("Case");
    tmux.keys(&["q"]);
    tmux.wait_for("Services of April 2025");
    tmux.keys(&["C-c"]);
    tmux.wait_gone();

    let log = perinat(&data, &["log"]);
    assert!(log.contains("billing withdrawn"), "{log}");
    assert!(log.contains("refused by the platform"), "{log}");
}

/// Issue 12's path: Esc on the caseload does not quit; `fantome` finds `Fantôme`; a typo
/// fixed in the middle of a note with the cursor keys; a follow-up deleted and the
/// deletion undone; Ctrl-C quits from inside a form.
#[test]
fn a_clinician_fixes_a_typo_deletes_a_follow_up_undoes_it_and_quits_from_a_form() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("store");
    perinat(
        &data,
        &["demo", "--cases", "40", "--seed", "7", "--today", TODAY],
    );
    let today = perinat::domain::dates::parse_date(TODAY).expect("date");
    let demo = perinat::demo::generate(40, 7, today);
    let fantomes: Vec<&perinat::domain::model::Pregnancy> = demo
        .pregnancies
        .iter()
        .filter(|p| p.mother.name.contains("Fantôme"))
        .collect();
    assert!(!fantomes.is_empty(), "the demo has a Fantôme");
    let command = format!(
        "{} --lang en --data-dir {} --today {TODAY}",
        env!("CARGO_BIN_EXE_perinat"),
        data.display()
    );
    let tmux = Tmux::start("fix", &command);
    tmux.wait_for("of 40 cases");

    // Esc on the caseload steps back; it never quits.
    tmux.keys(&["Escape"]);
    tmux.wait_for("never quits");
    assert!(tmux.screen().contains("of 40 cases"), "still running");

    // Accents and case aside: `fantome` finds every Fantôme.
    tmux.keys(&["/"]);
    tmux.text("fantome");
    tmux.keys(&["Enter"]);
    tmux.wait_for(&format!("{} of 40 cases", fantomes.len()));
    let shown = tmux.screen();
    assert!(shown.contains("Fantôme"), "{shown}");

    // Open the first, add a follow-up whose note has a typo, fixed with the cursor.
    tmux.keys(&["Enter"]);
    tmux.wait_for("NISS");
    tmux.keys(&["f"]);
    tmux.wait_for("New follow-up for");
    tmux.keys(&["Tab", "Tab", "Right", "Tab"]);
    tmux.text("visted at home");
    tmux.keys(&["Home", "Right", "Right", "Right"]);
    tmux.text("i");
    // The provider, typed to find (a case without a coordinator proposes nobody).
    tmux.keys(&["Tab"]);
    tmux.text(&demo.providers[0].name);
    tmux.keys(&["Enter", "C-s"]);
    tmux.wait_for("Saved:");

    // The new follow-up is the last record: delete it (asked first), then undo.
    tmux.keys(&["G", "x"]);
    tmux.wait_for("Delete the follow-up on");
    tmux.keys(&["y"]);
    tmux.wait_for("Deleted: follow-up on");
    tmux.keys(&["u"]);
    tmux.wait_for("Undone: deleting the follow-up on");

    // Ctrl-C from inside a form with nothing typed quits at once.
    tmux.keys(&["f"]);
    tmux.wait_for("New follow-up for");
    tmux.keys(&["C-c"]);
    tmux.wait_gone();

    let export = perinat(&data, &["export"]);
    let json: serde_json::Value = serde_json::from_str(&export).expect("json");
    let notes: Vec<String> = json["pregnancies"]
        .as_array()
        .expect("cases")
        .iter()
        .flat_map(|p| p["follow_ups"].as_array().cloned().unwrap_or_default())
        .filter_map(|f| f["note"].as_str().map(str::to_string))
        .collect();
    assert!(
        notes.iter().any(|n| n == "visited at home"),
        "the typo fixed, the deletion undone: {notes:?}"
    );
}
