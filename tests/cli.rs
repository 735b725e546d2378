//! End-to-end tests of the real `perinat` binary: import → billing → export on a
//! hand-computed caseload, bad input that must leave the store untouched, a second
//! process on the same store, the demo, and marking services billed.

use assert_cmd::Command;
use perinat::store::CaseloadApi;
use predicates::prelude::*;
use std::path::Path;

mod common;
use common::{
    billing_csv, billing_csv_plain, export, imported, mark_billed, perinat, stdout, PRACTICE,
};

fn billing_json(store: &Path, args: &[&str]) -> String {
    let out = perinat(store)
        .arg("billing")
        .args(args)
        .args(["--format", "json"])
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// The optional keys each billing line got for the claim (INTERCHANGE.md proposal).
const CLAIM_KEYS: [&str; 7] = [
    "woman",
    "niss",
    "provider_name",
    "provider_inami",
    "start_time",
    "days_left",
    "problems",
];

#[test]
fn import_billing_matches_the_hand_computed_reports() {
    let tmp = imported();
    for month in ["2025-03", "2025-04"] {
        let got = billing_json(tmp.path(), &["--month", month, "--today", "2025-05-25"]);
        let want =
            std::fs::read_to_string(format!("tests/fixtures/practice-{month}.json")).unwrap();
        // The contract's keys, as computed by hand; the claim's keys are checked apart.
        let mut got: serde_json::Value = serde_json::from_str(&got).unwrap();
        for line in got["lines"].as_array_mut().unwrap() {
            for key in CLAIM_KEYS {
                line.as_object_mut().unwrap().remove(key);
            }
        }
        let want: serde_json::Value = serde_json::from_str(&want).unwrap();
        assert_eq!(got, want, "report for {month}");
    }
}

#[test]
fn unbilled_lists_only_billable_lines_soonest_deadline_first() {
    let tmp = imported();
    // on 2025-06-06 the March services have expired (R60); April's remain
    let r: serde_json::Value = serde_json::from_str(&billing_json(
        tmp.path(),
        &["--unbilled", "--today", "2025-06-06"],
    ))
    .unwrap();
    assert_eq!(r["month"], serde_json::Value::Null);
    let lines = r["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2);
    assert!(lines
        .iter()
        .all(|l| l["status"] == "billable" && l["service_date"] == "2025-04-07"));
    assert_eq!(r["total"], "31.00");
    // a month later March shows as expired, still listed with its deadline
    let m: serde_json::Value = serde_json::from_str(&billing_json(
        tmp.path(),
        &["--month", "2025-03", "--today", "2025-06-06"],
    ))
    .unwrap();
    let expired = m["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["status"] == "expired")
        .count();
    assert_eq!(expired, 7);
    assert_eq!(m["total"], "0.00");
}

#[test]
fn export_import_export_is_byte_identical() {
    let tmp = imported();
    let first = export(tmp.path());
    assert!(
        first.contains("\"amount\": \"23.30\""),
        "billed amount computed on import"
    );
    let file = tmp.path().join("export.json");
    std::fs::write(&file, &first).unwrap();
    let other = tempfile::tempdir().unwrap();
    perinat(other.path())
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    assert_eq!(export(other.path()), first);
    // export to a file writes the same bytes
    let to_file = tmp.path().join("again.json");
    perinat(tmp.path())
        .arg("export")
        .arg(&to_file)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(to_file).unwrap(), first);
}

/// Runs an import of `text` into an imported store; it must fail, name the problem, and
/// leave the store exactly as it was.
fn refused(text: &str, expect: &str) {
    let tmp = imported();
    let before = export(tmp.path());
    let file = tmp.path().join("bad.json");
    std::fs::write(&file, text).unwrap();
    perinat(tmp.path())
        .args(["import", "--replace"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "was not imported, the store is unchanged",
        ))
        .stderr(predicate::str::contains(expect));
    assert_eq!(
        export(tmp.path()),
        before,
        "store unchanged after: {expect}"
    );
}

fn practice_text() -> String {
    std::fs::read_to_string(PRACTICE).unwrap()
}

#[test]
fn malformed_json_is_refused() {
    refused(&practice_text().replacen("{", "{,", 1), "not valid JSON");
}

#[test]
fn an_unknown_key_is_refused() {
    refused(
        &practice_text().replace("\"care_plan\"", "\"careplan\""),
        "pregnancies[1].careplan",
    );
}

#[test]
fn an_impossible_date_is_refused() {
    refused(
        &practice_text().replace(
            "\"due_date\": \"2025-08-20\"",
            "\"due_date\": \"2025-02-30\"",
        ),
        "pregnancies[1].due_date: \"2025-02-30\" is not a day of the calendar",
    );
}

#[test]
fn a_bad_inami_check_digit_is_refused() {
    refused(
        &practice_text().replace("1-00001-06-340", "1-00001-96-340"),
        "providers[1].inami: the check digits of 1-00001-96-340 do not match: the number is mistyped",
    );
}

#[test]
fn a_dangling_provider_id_is_refused() {
    refused(
        &practice_text().replace("\"team\": [\"p-gyn\"", "\"team\": [\"p-ghost\""),
        "pregnancies[1].team[0]: unknown provider \"p-ghost\"",
    );
}

#[test]
fn an_unknown_indicator_is_refused() {
    refused(
        &practice_text().replacen("\"financial\": true", "\"finacial\": true", 1),
        "pregnancies[0].screening.answers.finacial: unknown indicator",
    );
}

#[test]
fn changed_ids_need_replace() {
    let tmp = imported();
    let file = tmp.path().join("changed.json");
    std::fs::write(
        &file,
        practice_text().replace("Alice Exemple", "Alice Renamed"),
    )
    .unwrap();
    perinat(tmp.path())
        .arg("import")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "pregnancies[0].id: \"c-A\" is already in the store",
        ));
    perinat(tmp.path())
        .args(["import", "--replace"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("1 replaced, 2 unchanged"));
}

#[test]
fn a_store_held_by_a_perinat_that_does_not_serve_gets_a_clear_message() {
    // A process holding the store without serving it (perinat 0.1, or a program
    // opening the store itself): the server cannot start, and the client says why.
    let tmp = tempfile::tempdir().unwrap();
    let holder = perinat::store::SledStore::open(tmp.path()).unwrap();
    holder
        .import(
            perinat::interchange::parse(&std::fs::read_to_string(PRACTICE).unwrap())
                .unwrap()
                .caseload,
            false,
        )
        .unwrap();
    let text = |s: &perinat::store::SledStore| {
        perinat::interchange::to_string(&s.export().unwrap(), perinat::domain::Catalog::builtin())
    };
    let before = text(&holder);
    let start = std::time::Instant::now();
    perinat(tmp.path())
        .args(["import", PRACTICE])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "is open in another perinat session",
        ))
        .stderr(predicate::str::contains(
            tmp.path().to_string_lossy().as_ref(),
        ));
    assert!(start.elapsed().as_secs() < 20, "fails at once, never hangs");
    assert_eq!(text(&holder), before, "nothing imported");
}

#[test]
fn mark_billed_then_the_report_shows_it_billed() {
    let tmp = imported();
    let saved = mark_billed(tmp.path(), None);
    assert!(saved.contains("(€50.41)"), "{saved}");
    let r: serde_json::Value = serde_json::from_str(&billing_json(
        tmp.path(),
        &["--month", "2025-03", "--today", "2025-05-27"],
    ))
    .unwrap();
    let cpp = r["lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["pseudocode"] == "401391")
        .unwrap()
        .clone();
    assert_eq!(cpp["status"], "billed");
    assert!(export(tmp.path()).contains("\"billed_on\": \"2025-05-26\""));
    // a blocked service cannot be marked billed
    perinat(tmp.path())
        .args([
            "mark-billed",
            "c-A",
            "--code",
            "401391",
            "--date",
            "2025-04-02",
            "--provider",
            "p-nurse",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "R22: CPP by a nurse cannot be billed",
        ));
}

#[test]
fn table_and_csv_formats() {
    let tmp = imported();
    perinat(tmp.path())
        .args(["billing", "--month", "2025-03", "--today", "2025-05-25"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "401413 coordination        1       €744.05",
        ))
        .stdout(predicate::str::contains("€1,003.76"))
        .stdout(predicate::str::contains("Blocked (not billable): 1"))
        .stdout(predicate::str::contains(
            "      R61: no billing opening date is known for Flanders",
        ));
    let text = billing_csv_plain(tmp.path());
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "pregnancy,pseudocode,service_date,provider,provider_name,units,unit_price,amount,deadline,status,reasons,\
         woman,niss,provider_inami,start_time,days_left,problems",
        "the columns of programs come first, as they always were; the claim's are added at the end"
    );
    assert_eq!(text.lines().count(), 10);
    assert!(text.contains(
        "c-B,401413,2025-03-24,p-gp,Dr Paul Exemple,1,744.05,744.05,2025-06-05,billable,"
    ));
}

#[test]
fn bad_arguments_are_explained() {
    let tmp = tempfile::tempdir().unwrap();
    perinat(tmp.path())
        .args(["billing", "--month", "2025-13"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a month"));
    perinat(tmp.path())
        .args(["billing", "--month", "2025-03", "--today", "2025-02-30"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a day of the calendar"));
    perinat(tmp.path())
        .args(["import", "no-such-file.json"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot read no-such-file.json"));
}

#[test]
fn a_newcomer_is_offered_the_demo_and_the_demo_fills_an_empty_store_only() {
    let tmp = tempfile::tempdir().unwrap();
    perinat(tmp.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("perinat demo --cases 200"));
    perinat(tmp.path())
        .args(["demo", "--cases", "60", "--today", "2026-11-23"])
        .assert()
        .success();
    perinat(tmp.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("60 pregnancies"));
    perinat(tmp.path())
        .args(["demo", "--cases", "10"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("already holds 60 pregnancies"));
    // --out writes an interchange file that imports elsewhere
    let file = tmp.path().join("demo.json");
    perinat(tmp.path())
        .args([
            "demo",
            "--cases",
            "30",
            "--seed",
            "4",
            "--today",
            "2026-11-23",
            "--out",
        ])
        .arg(&file)
        .assert()
        .success();
    let other = tempfile::tempdir().unwrap();
    perinat(other.path())
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    assert_eq!(
        export(other.path()),
        std::fs::read_to_string(&file).unwrap()
    );
}

#[test]
fn the_data_directory_comes_from_the_environment_too() {
    let tmp = tempfile::tempdir().unwrap();
    let mut c = Command::cargo_bin("perinat").unwrap();
    c.env("PERINAT_DATA_DIR", tmp.path())
        .env("PERINAT_LANG", "en")
        .args(["import", PRACTICE])
        .assert()
        .success();
    assert!(tmp.path().join("db").exists());
}

#[test]
fn case_and_cases_views() {
    let tmp = imported();
    perinat(tmp.path())
        .args(["case", "c-B", "--today", "2025-05-25"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Reference period 1 (R4): 03/03/2025 to 02/03/2026",
        ))
        .stdout(predicate::str::contains(
            "R43: the cap of 4 quarter-hours in reference period 1 is reached",
        ))
        .stdout(predicate::str::contains(
            "Coordinator: Sam Fictif from 03/03/2025",
        ));
    perinat(tmp.path())
        .args(["cases", "--today", "2025-05-25"])
        .assert()
        .success()
        .stdout(predicate::str::contains("3 cases"));
    perinat(tmp.path())
        .args(["case", "nope"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no pregnancy \"nope\""));
}

#[test]
fn tariffs_show_the_table_and_the_interpretations() {
    let tmp = tempfile::tempdir().unwrap();
    perinat(tmp.path())
        .arg("tariffs")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "401413 coordination   from 01/01/2025     €744.05  built in",
        ))
        .stdout(predicate::str::contains("R51: the 2025 amounts"))
        .stdout(predicate::str::contains("Flanders"));
}

#[test]
fn the_billing_csv_is_for_a_belgian_spreadsheet_unless_plain() {
    let tmp = imported();
    let csv = |lang: &str| billing_csv(tmp.path(), lang);
    let fr = csv("fr");
    // A byte-order mark, so that spreadsheets read the accents as UTF-8.
    let fr = fr.strip_prefix('\u{feff}').expect("BOM");
    assert_eq!(
        fr.lines().next().unwrap(),
        "Dossier;Femme;NISS;Pseudocode;Prestation;Date de prestation;Heure de début;\
         Identifiant prestataire;Prestataire;INAMI du prestataire;Unités;Prix unitaire (EUR);\
         Montant (EUR);Échéance;Statut;Raisons;À corriger avant de facturer"
    );
    assert!(
        fr.contains("c-B;Béa Voorbeeld;;401413;coordination;24/03/2025;;p-gp;Dr Paul Exemple;1-00002-05-001;1;744,05;744,05;05/06/2025;facturable;;aucun NISS"),
        "{fr}"
    );
    // Reasons keep their rule number in every language.
    assert!(
        fr.contains(";bloqué;\"R61: aucune date d'ouverture"),
        "{fr}"
    );
    let nl = csv("nl");
    assert!(
        nl.contains(";Dossier;") || nl.starts_with("\u{feff}Dossier;"),
        "{nl}"
    );
    assert!(
        nl.contains(";744,05;744,05;05/06/2025;factureerbaar;"),
        "{nl}"
    );
    // The plain CSV is for programs: English throughout, reasons included.
    let plain = stdout(perinat(tmp.path()).args([
        "--lang",
        "fr",
        "billing",
        "--month",
        "2025-03",
        "--today",
        "2025-05-25",
        "--format",
        "csv",
        "--csv-plain",
    ]));
    assert!(plain.starts_with("pregnancy,pseudocode,"), "{plain}");
    assert!(
        plain.contains(",blocked,\"R61: no billing opening date is known for Flanders"),
        "{plain}"
    );
}

#[test]
fn the_language_comes_from_the_flag_then_perinat_lang_then_the_locale() {
    let tmp = imported();
    let month_title = |args: &[&str], envs: &[(&str, &str)]| {
        let mut c = perinat(tmp.path());
        c.env_remove("PERINAT_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        for (k, v) in envs {
            c.env(k, v);
        }
        let out = c
            .args(args)
            .args(["billing", "--month", "2025-03", "--today", "2025-05-25"])
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        text.lines().next().unwrap_or("").to_string()
    };
    assert!(
        month_title(&[], &[]).starts_with("Facturation de mars 2025"),
        "French by default"
    );
    assert!(month_title(&[], &[("LANG", "nl_BE.UTF-8")]).starts_with("Facturatie van maart 2025"));
    assert!(
        month_title(&[], &[("LC_ALL", "de_BE.UTF-8"), ("LANG", "nl_BE.UTF-8")])
            .starts_with("Abrechnung für März 2025")
    );
    assert!(
        month_title(&[], &[("PERINAT_LANG", "en"), ("LANG", "nl_BE.UTF-8")])
            .starts_with("Billing report for March 2025")
    );
    assert!(month_title(&["--lang", "de"], &[("PERINAT_LANG", "en")])
        .starts_with("Abrechnung für März 2025"));
    // The language saved by the UI comes after PERINAT_LANG, before the locale.
    let config = tmp.path().join("config.toml");
    std::fs::write(&config, "lang = \"nl\"\n").unwrap();
    let config = config.display().to_string();
    assert!(
        month_title(&[], &[("PERINAT_CONFIG", &config), ("LANG", "de_BE.UTF-8")])
            .starts_with("Facturatie van maart 2025")
    );
    // A wrong PERINAT_LANG is a warning, not a failure.
    perinat(tmp.path())
        .env("PERINAT_LANG", "es")
        .env("LANG", "fr_BE.UTF-8")
        .arg("tariffs")
        .assert()
        .success()
        .stderr(predicate::str::contains("PERINAT_LANG=es"));
}

#[test]
fn json_reasons_stay_english_whatever_the_language() {
    let tmp = imported();
    let out = perinat(tmp.path())
        .args([
            "--lang",
            "de",
            "billing",
            "--month",
            "2025-03",
            "--today",
            "2025-05-25",
        ])
        .args(["--format", "json"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains("R61: no billing opening date is known for Flanders"),
        "{text}"
    );
}

#[test]
fn errors_speak_the_language_too() {
    let tmp = imported();
    perinat(tmp.path())
        .args(["--lang", "nl", "case", "nope"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("geen zwangerschap \"nope\""));
    perinat(tmp.path())
        .args(["--lang", "fr", "mark-billed", "c-A", "--code", "401391"])
        .args(["--date", "2025-04-02", "--provider", "p-nurse"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "R22: un CPP par un·e infirmier·ère n'est pas facturable",
        ));
}

/// A store holding the practice fixture with formulas in its text: providers named
/// `@SUM(1+1)` (p-gp), `=HYPERLINK(…)` (p-gyn), `+32…` (p-mw) and `-Nina Muster`
/// (p-nurse), the case c-B renamed `=c-B`, and mothers' names beginning with `=`, `+`, `-`.
fn imported_with_formulas() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let mut practice: serde_json::Value = serde_json::from_str(&practice_text()).unwrap();
    for p in practice["providers"].as_array_mut().unwrap() {
        let name = match p["id"].as_str().unwrap() {
            "p-gp" => "@SUM(1+1)",
            "p-gyn" => "=HYPERLINK(\"http://x\",\"y\")",
            "p-mw" => "+32 2 555 01 01",
            "p-nurse" => "-Nina Muster",
            _ => continue,
        };
        p["name"] = name.into();
    }
    let mothers = ["=HYPERLINK(\"http://x\",\"y\")", "+Béa", "-Chloé"];
    for (p, mother) in practice["pregnancies"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .zip(mothers)
    {
        p["mother"]["name"] = mother.into();
        if p["id"] == "c-B" {
            p["id"] = "=c-B".into();
        }
    }
    let file = tmp.path().join("formulas.json");
    std::fs::write(&file, practice.to_string()).unwrap();
    perinat(tmp.path())
        .arg("import")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("pregnancies 3 added"));
    tmp
}

/// The rows of a CSV after its header, read as a program (the csv crate) reads them.
fn csv_rows(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(text.strip_prefix('\u{feff}').unwrap_or(text).as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn formulas_in_the_belgian_csv_are_neutralised_but_amounts_and_dates_stay_numbers() {
    let tmp = imported_with_formulas();
    let text = billing_csv(tmp.path(), "fr");
    assert!(text.starts_with('\u{feff}'), "BOM");
    let rows = csv_rows(&text, b';');
    assert_eq!(rows.len(), 9, "{text}");
    // Dossier;Femme;NISS;Pseudocode;Prestation;Date;Heure;Identifiant prestataire;
    // Prestataire;INAMI;Unités;Prix unitaire;Montant;Échéance;Statut;Raisons;À corriger
    let row = |case: &str, code: &str, provider: &str| {
        rows.iter()
            .find(|r| r[0] == case && r[3] == code && r[7] == provider)
            .unwrap_or_else(|| panic!("{case} {code} {provider} in {text}"))
    };
    let cpp = row("c-A", "401391", "p-mw");
    assert_eq!(cpp[8], "'+32 2 555 01 01");
    assert_eq!(cpp[5], "20/03/2025");
    assert_eq!(cpp[10..14], ["1", "50,41", "50,41", "05/06/2025"]);
    let coordination = row("'=c-B", "401413", "p-gp");
    assert_eq!(coordination[8], "'@SUM(1+1)");
    assert_eq!(coordination[5], "24/03/2025");
    assert_eq!(
        coordination[10..14],
        ["1", "744,05", "744,05", "05/06/2025"]
    );
    assert_eq!(coordination[14], "facturable");
    let gyn = row("'=c-B", "401435", "p-gyn");
    assert_eq!(gyn[8], "'=HYPERLINK(\"http://x\",\"y\")");
    assert_eq!(gyn[10..14], ["3", "15,50", "46,50", "05/06/2025"]);
    let nurse = row("'=c-B", "401435", "p-nurse");
    assert_eq!(nurse[8], "'-Nina Muster");
    assert_eq!(nurse[5], "17/03/2025");
    // No cell a spreadsheet would run is left anywhere.
    for r in &rows {
        for cell in r {
            assert!(
                !cell.starts_with(['=', '+', '@', '\t', '\r']),
                "{cell:?} in {r:?}"
            );
            assert!(
                !cell.starts_with('-') || cell.replace(',', ".").parse::<f64>().is_ok(),
                "{cell:?}"
            );
        }
    }
}

#[test]
fn the_plain_csv_keeps_formulas_as_they_are_for_programs() {
    let tmp = imported_with_formulas();
    let text = billing_csv_plain(tmp.path());
    let rows = csv_rows(&text, b',');
    // pregnancy,pseudocode,service_date,provider,provider_name,units,unit_price,amount,…
    let coordination = rows
        .iter()
        .find(|r| r[1] == "401413")
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(
        coordination[..9],
        [
            "=c-B",
            "401413",
            "2025-03-24",
            "p-gp",
            "@SUM(1+1)",
            "1",
            "744.05",
            "744.05",
            "2025-06-05"
        ]
    );
    let names: Vec<&str> = rows.iter().map(|r| r[4].as_str()).collect();
    for name in [
        "=HYPERLINK(\"http://x\",\"y\")",
        "+32 2 555 01 01",
        "-Nina Muster",
    ] {
        assert!(names.contains(&name), "{name} in {text}");
    }
}
