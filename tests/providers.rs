//! `perinat providers` through the real binary (issue 12): the list with logins and who
//! you are, linking a login (one per provider), merging a duplicate into the original
//! (refused for a billed service's provider, R63), and deleting a provider.

use predicates::prelude::*;
use std::path::Path;

mod common;
use common::{export, imported, perinat, stdout};

/// A file adding p-sw-dup (the social worker entered twice, with a login) and case
/// c-D whose team names it.
fn import_duplicate(store: &Path) {
    let file = store.join("dup.json");
    std::fs::write(
        &file,
        r#"{
  "format": "perinat-caseload",
  "version": 1,
  "providers": [
    { "id": "p-sw-dup", "name": "Sam Fictif (2)", "profession": "social_worker", "login": "sfictif" }
  ],
  "pregnancies": [
    {
      "id": "c-D",
      "mother": { "name": "Dora Voorbeeld", "niss": null, "birth_date": null },
      "region": "brussels",
      "due_date": "2025-12-01",
      "team": ["p-sw", "p-sw-dup", "p-gp"]
    }
  ]
}"#,
    )
    .expect("file written");
    perinat(store).arg("import").arg(&file).assert().success();
}

#[test]
fn the_list_shows_each_login_and_who_you_are() {
    let tmp = imported();
    let said = stdout(perinat(tmp.path()).arg("providers"));
    assert!(said.contains("p-gyn"), "{said}");
    assert!(said.contains("No provider has your login (anne)"), "{said}");
    let said = stdout(perinat(tmp.path()).args(["providers", "login", "p-gyn", "anne"]));
    assert!(
        said.contains("p-gyn is now the provider of login anne"),
        "{said}"
    );
    let said = stdout(perinat(tmp.path()).arg("providers"));
    assert!(said.contains("login anne"), "{said}");
    assert!(
        said.contains("You (anne) are Dr Anne Dupont (p-gyn)."),
        "{said}"
    );
    // Exported only where set: the other providers have no login key.
    let json = export(tmp.path());
    assert_eq!(json.matches("\"login\"").count(), 1, "{json}");
    assert!(json.contains("\"login\": \"anne\""), "{json}");
    stdout(perinat(tmp.path()).args(["providers", "login", "p-gyn", "--clear"]));
    assert!(!export(tmp.path()).contains("\"login\""));
}

#[test]
fn a_login_belongs_to_one_provider_and_is_a_user_name() {
    let tmp = imported();
    stdout(perinat(tmp.path()).args(["providers", "login", "p-gyn", "anne"]));
    perinat(tmp.path())
        .args(["providers", "login", "p-mw", "anne"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "already the login of Dr Anne Dupont (p-gyn)",
        ));
    perinat(tmp.path())
        .args(["providers", "login", "p-mw", "lea voorbeeld"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a Unix user name"));
}

#[test]
fn an_old_file_without_logins_imports_and_a_bad_login_is_refused() {
    // The practice fixture has no login key at all.
    let tmp = imported();
    let file = tmp.path().join("bad.json");
    std::fs::write(
        &file,
        r#"{ "format": "perinat-caseload", "version": 1, "providers": [
          { "id": "p-x", "name": "X", "profession": "other", "login": "x y" } ] }"#,
    )
    .expect("file written");
    perinat(tmp.path())
        .arg("import")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("providers[0].login"));
}

#[test]
fn a_duplicate_is_merged_into_the_original_everywhere() {
    let tmp = imported();
    import_duplicate(tmp.path());
    let said = stdout(perinat(tmp.path()).args(["providers", "merge", "p-sw-dup", "p-sw"]));
    assert!(
        said.contains("p-sw-dup merged into p-sw: one case changed"),
        "{said}"
    );
    let json = export(tmp.path());
    assert!(!json.contains("p-sw-dup"), "{json}");
    assert!(
        json.contains("\"login\": \"sfictif\""),
        "the login follows: {json}"
    );
    let log = stdout(perinat(tmp.path()).args(["log", "--case", "c-D"]));
    assert!(log.contains("merged provider"), "{log}");
}

#[test]
fn r63_the_provider_of_a_billed_service_is_not_merged() {
    let tmp = imported();
    let before = export(tmp.path());
    perinat(tmp.path())
        .args(["providers", "merge", "p-mw", "p-nurse"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("R63"))
        .stderr(predicate::str::contains("--withdraw"))
        .stderr(predicate::str::contains("correct p-mw's details"));
    assert_eq!(export(tmp.path()), before, "nothing changed");
    perinat(tmp.path())
        .args(["providers", "merge", "p-gp", "p-gp"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot be merged into itself"));
    perinat(tmp.path())
        .args(["providers", "merge", "p-gp", "p-nobody"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("p-nobody"));
}

#[test]
fn a_provider_no_case_names_is_deleted_and_one_in_use_is_not() {
    let tmp = imported();
    import_duplicate(tmp.path());
    perinat(tmp.path())
        .args(["providers", "delete", "p-sw-dup"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("c-D"));
    stdout(perinat(tmp.path()).args(["providers", "merge", "p-sw-dup", "p-sw"]));
    let file = tmp.path().join("lone.json");
    std::fs::write(
        &file,
        r#"{ "format": "perinat-caseload", "version": 1, "providers": [
          { "id": "p-lone", "name": "Lone", "profession": "other" } ] }"#,
    )
    .expect("file written");
    perinat(tmp.path())
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    let said = stdout(perinat(tmp.path()).args(["providers", "delete", "p-lone"]));
    assert!(said.contains("provider p-lone deleted"), "{said}");
    assert!(!export(tmp.path()).contains("p-lone"));
}
