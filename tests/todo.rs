//! `perinat todo` end to end: the to-do list of the practice fixture, soonest first, with
//! `--days`, `--provider`, `--mine` and the three formats.

mod common;

use common::{imported, perinat, stdout};
use predicates::prelude::*;

#[test]
fn r60_todo_lists_deadlines_soonest_first_with_the_count() {
    let tmp = imported();
    let out = stdout(perinat(tmp.path()).args(["todo", "--today", "2025-05-25"]));
    assert!(out.starts_with("Due "), "{out}");
    assert!(
        out.contains("R60: bill the screening of 14/03/2025 by 05/06/2025"),
        "{out}"
    );
    assert!(
        out.contains("8 things to do (overdue, or due within 30 days)"),
        "{out}"
    );
    let r60 = out.find("R60:").unwrap();
    let r21 = out.find("R21:").unwrap();
    assert!(r60 < r21, "soonest first: {out}");
}

#[test]
fn r21_days_shortens_the_horizon() {
    let tmp = imported();
    let out = stdout(perinat(tmp.path()).args(["todo", "--today", "2025-05-25", "--days", "5"]));
    assert!(!out.contains("R60:"), "{out}");
    assert!(out.contains("R21: first CPP due"), "{out}");
}

#[test]
fn r60_provider_and_mine_keep_one_providers_cases() {
    let tmp = imported();
    let args = ["todo", "--today", "2025-05-25", "--format", "csv"];
    let csv = stdout(perinat(tmp.path()).args(args).args(["--provider", "p-mw"]));
    assert!(
        csv.starts_with("case,woman,rule,kind,due,overdue,text,providers,section,line,indicator\n")
    );
    assert!(
        csv.contains("c-B,Béa Voorbeeld,R60,deadline-near,2025-06-05,false,"),
        "{csv}"
    );
    assert!(!csv.contains("c-A,"), "{csv}");
    // --mine: the provider linked to the login name
    perinat(tmp.path())
        .args(["providers", "login", "p-mw", "mwlogin"])
        .assert()
        .success();
    let mine = stdout(
        perinat(tmp.path())
            .args(args)
            .arg("--mine")
            .env("USER", "mwlogin"),
    );
    assert_eq!(mine, csv);
    perinat(tmp.path())
        .args(["todo", "--mine"])
        .env("USER", "zed")
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "no provider is linked to your login \"zed\" (--mine)",
        ));
    perinat(tmp.path())
        .args(["todo", "--provider", "nobody"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "no provider has the id \"nobody\"",
        ));
}

#[test]
fn r60_json_points_to_the_line() {
    let tmp = imported();
    let json =
        stdout(perinat(tmp.path()).args(["todo", "--today", "2025-05-25", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let items = v.as_array().expect("array");
    assert_eq!(items.len(), 8);
    let first = &items[0];
    assert_eq!(first["case"], "c-A");
    assert_eq!(first["line"], "screening");
    assert_eq!(first["pseudocode"], "401376");
    assert_eq!(first["section"], "services");
    assert_eq!(first["due"], "2025-06-05");
}
