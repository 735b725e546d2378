//! Month-end through the real binary: claim-ready lines, one billing provider at a time
//! (a filter, or one file each), the default month, and `mark-billed` with its guards
//! (R60, R63) and its recorded corrections.

use predicates::prelude::*;
use serde_json::Value;
use std::path::Path;

mod common;
use common::{imported, perinat, stdout};

fn report(store: &Path, args: &[&str]) -> Value {
    let text = stdout(
        perinat(store)
            .arg("billing")
            .args(args)
            .args(["--format", "json"]),
    );
    serde_json::from_str(&text).expect("JSON report")
}

fn lines(r: &Value) -> &Vec<Value> {
    r["lines"].as_array().expect("lines")
}

#[test]
fn each_line_carries_what_the_im_platform_asks() {
    let tmp = imported();
    let r = report(tmp.path(), &["--month", "2025-03", "--today", "2025-05-25"]);
    let concertation = lines(&r)
        .iter()
        .find(|l| l["pseudocode"] == "401435" && l["provider"] == "p-gyn")
        .expect("a concertation line");
    assert_eq!(concertation["woman"], "Béa Voorbeeld");
    assert_eq!(concertation["niss"], Value::Null);
    assert_eq!(concertation["provider_name"], "Dr Anne Dupont");
    assert_eq!(concertation["provider_inami"], "10000106340");
    assert_eq!(concertation["start_time"], "09:00");
    assert_eq!(concertation["days_left"], 11);
    assert_eq!(
        concertation["problems"][0],
        "no NISS recorded: add it to the case before claiming (R71)"
    );
    let screening = lines(&r)
        .iter()
        .find(|l| l["pseudocode"] == "401376" && l["status"] == "billed")
        .expect("a billed screening");
    assert!(
        screening.get("start_time").is_none(),
        "only concertations have one"
    );
    assert!(
        screening.get("days_left").is_none(),
        "only lines to claim count days"
    );
    // The table for people names the woman and the provider's INAMI number too.
    perinat(tmp.path())
        .args(["billing", "--month", "2025-03", "--today", "2025-05-25"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Béa Voorbeeld · ⚠ no NISS recorded: add it to the case before claiming (R71) · INAMI 1-00001-06-340 · started 09:00 · ! 11 days left",
        ))
        .stdout(predicate::str::contains("! 7 to claim within 14 days"));
}

#[test]
fn without_a_month_billing_takes_the_month_the_ui_shows() {
    let tmp = imported();
    // During the first 10 days of a month: the month that just ended.
    let r = report(tmp.path(), &["--today", "2025-04-05"]);
    assert_eq!(r["month"], "2025-03");
    let r = report(tmp.path(), &["--today", "2025-04-11"]);
    assert_eq!(r["month"], "2025-04");
}

#[test]
fn one_billing_provider_at_a_time() {
    let tmp = imported();
    let args = ["--month", "2025-03", "--today", "2025-05-25"];
    let all = report(tmp.path(), &args);
    let r = report(tmp.path(), &[&args[..], &["--provider", "p-gp"]].concat());
    assert_eq!(r["provider"], "p-gp");
    assert!(!lines(&r).is_empty());
    assert!(lines(&r).iter().all(|l| l["provider"] == "p-gp"));
    assert_eq!(
        lines(&r).len(),
        lines(&all)
            .iter()
            .filter(|l| l["provider"] == "p-gp")
            .count()
    );
    assert_eq!(r["total"], "790.55", "744.05 + 46.50, the gp's own");
    // An id that is no provider is named, with the ids there are.
    perinat(tmp.path())
        .args(["billing", "--month", "2025-03", "--provider", "p-nobody"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "no provider has the id \"p-nobody\"",
        ))
        .stderr(predicate::str::contains("p-gyn"));
}

#[test]
fn one_file_per_billing_provider() {
    let tmp = imported();
    let out = tmp.path().join("month-end");
    perinat(tmp.path())
        .args([
            "billing",
            "--month",
            "2025-03",
            "--today",
            "2025-05-25",
            "--format",
            "csv",
            "--csv-plain",
            "--per-provider",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "billing-2025-03-p-gp.csv: Dr Paul Exemple, 2 to claim, €790.55",
        ));
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "billing-2025-03-p-gp.csv",
            "billing-2025-03-p-gyn.csv",
            "billing-2025-03-p-mw.csv",
            "billing-2025-03-p-nurse.csv"
        ]
    );
    let gp = std::fs::read_to_string(out.join("billing-2025-03-p-gp.csv")).expect("read");
    let rows: Vec<&str> = gp.lines().skip(1).collect();
    assert_eq!(rows.len(), 3, "{gp}");
    assert!(
        rows.iter().all(|r| r.split(',').nth(3) == Some("p-gp")),
        "{gp}"
    );
}

fn mark(store: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    perinat(store)
        .args([
            "mark-billed",
            "c-A",
            "--code",
            "401391",
            "--date",
            "2025-03-20",
            "--provider",
            "p-mw",
        ])
        .args(extra)
        .assert()
}

#[test]
fn r63_mark_billed_refuses_a_date_in_the_future_or_before_the_service() {
    let tmp = imported();
    mark(tmp.path(), &["--on", "2030-01-01", "--today", "2025-05-26"])
        .failure()
        .stderr(predicate::str::contains(
            "R63: the billing date 01/01/2030 is in the future",
        ));
    mark(tmp.path(), &["--on", "2025-03-19", "--today", "2025-05-26"])
        .failure()
        .stderr(predicate::str::contains(
            "is before the service date 20/03/2025",
        ));
}

#[test]
fn r60_an_expired_service_is_marked_only_with_late() {
    let tmp = imported();
    mark(tmp.path(), &["--on", "2025-06-10", "--today", "2025-06-10"])
        .failure()
        .stderr(predicate::str::contains(
            "R60: the deadline of this service passed on 05/06/2025",
        ))
        .stderr(predicate::str::contains("--late"));
    mark(
        tmp.path(),
        &["--on", "2025-06-10", "--today", "2025-06-10", "--late"],
    )
    .success()
    .stdout(predicate::str::contains("billed on 10/06/2025"));
}

#[test]
fn r63_a_mark_is_corrected_or_withdrawn_with_a_reason_in_the_log() {
    let tmp = imported();
    mark(tmp.path(), &["--on", "2025-05-26", "--today", "2025-05-26"]).success();
    // A reason is required.
    mark(tmp.path(), &["--withdraw"])
        .failure()
        .stderr(predicate::str::contains("--reason"));
    mark(
        tmp.path(),
        &[
            "--correct",
            "2025-05-24",
            "--reason",
            "typed the wrong day",
            "--today",
            "2025-05-27",
        ],
    )
    .success()
    .stdout(predicate::str::contains("is now billed on 24/05/2025"));
    mark(
        tmp.path(),
        &[
            "--withdraw",
            "--reason",
            "refused by the platform: wrong NISS",
            "--today",
            "2025-05-28",
        ],
    )
    .success()
    .stdout(predicate::str::contains("is no longer marked billed"));
    let r = report(tmp.path(), &["--month", "2025-03", "--today", "2025-05-28"]);
    let cpp = lines(&r)
        .iter()
        .find(|l| l["pseudocode"] == "401391")
        .expect("the CPP");
    assert_eq!(cpp["status"], "billable", "claimable again");
    perinat(tmp.path())
        .args(["log", "--case", "c-A"])
        .assert()
        .success()
        .stdout(predicate::str::contains("typed the wrong day"))
        .stdout(predicate::str::contains(
            "refused by the platform: wrong NISS",
        ))
        .stdout(predicate::str::contains("billing withdrawn c-A"));
}

#[test]
fn r60_a_claim_recorded_late_but_made_in_time_needs_no_late() {
    let tmp = imported();
    // Claimed on 2025-06-02, before the deadline of 2025-06-05, recorded on 2025-06-10.
    mark(tmp.path(), &["--on", "2025-06-02", "--today", "2025-06-10"])
        .success()
        .stdout(predicate::str::contains("billed on 02/06/2025"));
    // Correcting it to the date it already has records nothing and says so.
    mark(
        tmp.path(),
        &[
            "--correct",
            "2025-06-02",
            "--reason",
            "x",
            "--today",
            "2025-06-10",
        ],
    )
    .failure()
    .stderr(predicate::str::contains("nothing to correct"));
}
