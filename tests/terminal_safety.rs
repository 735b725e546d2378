//! Text is data, never terminal control, through the real binary: a caseload whose every
//! text field holds escape sequences (OSC 0 title, OSC 52 clipboard, CSI clear screen,
//! blink), C1 controls, bidi overrides and zero-width characters is shown by `case`,
//! `cases`, the billing table, `log` and the overview without one of them reaching the
//! terminal, and the UI in tmux leaves the pane's title as it was; an import with such
//! names or ids is refused with the JSON path of each.

#![cfg(unix)]

mod common;

use common::{perinat, server_stopped, stdout, Tmux};
use perinat::store::{CaseloadApi, SledStore};
use std::path::Path;

const TODAY: &str = "2025-05-25";

/// Everything a hostile file could put in a text: a title, the clipboard, a cleared
/// screen, blinking, a C1 CSI, a bell, a bidi override and invisible characters.
const HOSTILE: &str = "\u{1b}]0;PWNED\u{7}\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\u{1b}[5m\u{9b}31m\u{202E}evil\u{200B}\u{2066}x\u{feff}";

/// The bytes and characters that must never reach the terminal.
fn assert_inert(what: &str, out: &[u8]) {
    for b in [0x1bu8, 0x07] {
        assert!(
            !out.contains(&b),
            "{what}: byte {b:#04x} reached the terminal"
        );
    }
    let text = String::from_utf8_lossy(out);
    for c in ['\u{9b}', '\u{202E}', '\u{200B}', '\u{2066}', '\u{feff}'] {
        assert!(
            !text.contains(c),
            "{what}: U+{:04X} reached the terminal",
            c as u32
        );
    }
}

/// A store whose every text field (the practice fixture's) carries [`HOSTILE`], as an
/// older perinat or another program could have left it: written through the library,
/// past the import's check.
fn hostile_store(dir: &Path) {
    let text = std::fs::read_to_string("tests/fixtures/practice.json").expect("fixture");
    let mut c = perinat::interchange::parse(&text)
        .expect("fixture")
        .caseload;
    for p in &mut c.providers {
        p.name.push_str(HOSTILE);
        p.organisation = Some(format!("Org{HOSTILE}"));
    }
    for p in &mut c.pregnancies {
        p.mother.name.push_str(HOSTILE);
        for cpp in &mut p.cpp {
            for e in cpp.evaluations.values_mut() {
                e.note.push_str(HOSTILE);
            }
        }
        for f in &mut p.follow_ups {
            f.note.push_str(HOSTILE);
        }
        if let Some(plan) = &mut p.care_plan {
            plan.text.push_str(HOSTILE);
        }
        for k in &mut p.concertations {
            k.report.push_str(HOSTILE);
            for v in k.agreements.values_mut() {
                v.push_str(HOSTILE);
            }
        }
    }
    let mut odd = c.pregnancies[2].clone();
    odd.id = format!("c-odd{HOSTILE}");
    c.pregnancies.push(odd);
    let store = SledStore::open(dir).expect("store");
    store.import(c, false).expect("the library takes it");
    drop(store);
    // Owner-only, as perinat makes it (this test process's umask is not perinat's).
    let status = std::process::Command::new("chmod")
        .args(["-R", "go-rwx"])
        .arg(dir)
        .status()
        .expect("chmod");
    assert!(status.success());
}

#[test]
fn no_escape_sequence_in_the_data_reaches_the_terminal_from_any_human_output() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("store");
    hostile_store(&data);
    let ids = ["c-A", "c-B", "c-C"];
    let mut outputs: Vec<(String, Vec<u8>)> = Vec::new();
    let mut run = |what: String, args: &[&str]| {
        let out = perinat(&data).args(args).output().expect("perinat");
        let mut both = out.stdout.clone();
        both.extend_from_slice(&out.stderr);
        outputs.push((what, both));
    };
    for id in ids {
        run(format!("case {id}"), &["case", id, "--today", TODAY]);
    }
    run("cases".into(), &["cases", "--all", "--today", TODAY]);
    run(
        "billing table".into(),
        &["billing", "--month", "2025-03", "--today", TODAY],
    );
    run("log".into(), &["log"]);
    run("overview".into(), &["--today", TODAY]);
    run("unknown case".into(), &["case", &format!("x{HOSTILE}")]);
    for (what, out) in &outputs {
        assert_inert(what, out);
    }
    // What was odd is shown as odd, not hidden.
    let case = String::from_utf8_lossy(&outputs[0].1).into_owned();
    assert!(case.contains("␛]0;PWNED␇"), "{case}");
    assert!(case.contains('�'), "{case}");
}

#[test]
fn the_ui_shows_hostile_names_without_obeying_them() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("store");
    hostile_store(&data);
    let command = format!(
        "{} --lang en --data-dir {} --today {TODAY}",
        env!("CARGO_BIN_EXE_perinat"),
        data.display()
    );
    let ui = Tmux::start("hostile", &command);
    let title = |t: &Tmux| t.run(&["display-message", "-p", "-t", "ui", "#{pane_title}"]);
    ui.wait_for("of 4 cases");
    let before = title(&ui);
    ui.keys(&["Enter"]);
    ui.wait_for("c-");
    ui.keys(&["q", "2"]);
    ui.wait_for("May 2025");
    ui.keys(&["[", "["]);
    ui.wait_for("March 2025");
    ui.keys(&["1"]);
    ui.wait_for("of 4 cases");
    assert_eq!(
        title(&ui),
        before,
        "the pane title was not changed by the data"
    );
    assert!(!title(&ui).contains("PWNED"));
    let screen = ui.screen();
    assert!(!screen.contains('\u{1b}'));
    ui.keys(&["q"]);
    ui.wait_gone();
}

#[test]
fn an_import_with_control_characters_in_names_or_ids_is_refused_with_json_paths() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("store");
    let text = std::fs::read_to_string("tests/fixtures/practice.json").expect("fixture");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("json");
    v["pregnancies"][0]["mother"]["name"] = serde_json::json!("Eve\u{1b}[2J");
    v["providers"][1]["name"] = serde_json::json!("Dr \u{202E}xoF");
    let file = tmp.path().join("hostile.json");
    std::fs::write(&file, serde_json::to_vec(&v).expect("json")).expect("write");
    let out = perinat(&data)
        .arg("import")
        .arg(&file)
        .output()
        .expect("perinat");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("pregnancies[0].mother.name"), "{err}");
    assert!(err.contains("providers[1].name"), "{err}");
    assert!(err.contains("U+001B") && err.contains("U+202E"), "{err}");
    assert_inert("import refusal", &out.stderr);
    server_stopped(&data);
    assert!(stdout(perinat(&data).arg("export")).contains("\"pregnancies\": []"));
}
