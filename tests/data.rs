//! The safety of the data, through the real binary: backups and restore (also of a
//! damaged store), the audit trail, the migration of an old store behind a backup,
//! pseudonymised exports and the permissions check.

use predicates::prelude::*;
use std::path::{Path, PathBuf};

mod common;
use common::{
    copy_store, export, imported, mark_billed, me, perinat, server_stopped, stdout, walk, PRACTICE,
};

fn backups(store: &Path, kind: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(store.join("backups"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    // compressed (.json.zst), or plain (.json) as older versions wrote them
    v.retain(|p| {
        let name = p.to_string_lossy();
        name.ends_with(&format!("-{kind}.json.zst")) || name.ends_with(&format!("-{kind}.json"))
    });
    v.sort();
    v
}

/// A backup as plain JSON (`perinat backup --show`).
/// Flips bytes all through sled's storage file of the store in `store`.
fn damage_storage_file(store: &Path) {
    let db = store.join("db").join("db");
    let mut bytes = std::fs::read(&db).unwrap();
    for i in (100..bytes.len()).step_by(7) {
        bytes[i] ^= 0x5a;
    }
    std::fs::write(&db, &bytes).unwrap();
}

fn shown(store: &Path, file: &Path) -> String {
    stdout(perinat(store).args(["backup", "--show"]).arg(file))
}

#[test]
fn the_first_use_of_a_day_takes_a_backup_that_imports_back() {
    let tmp = imported();
    // The import's server found an empty store: the day's backup, taken in the
    // background, may or may not have come after the import; never two.
    server_stopped(tmp.path());
    assert!(backups(tmp.path(), "daily").len() <= 1);
    perinat(tmp.path()).arg("cases").assert().success();
    // The server writes it in the background, and finishes it before it stops.
    server_stopped(tmp.path());
    let daily = backups(tmp.path(), "daily");
    assert_eq!(daily.len(), 1);
    perinat(tmp.path()).arg("cases").assert().success();
    server_stopped(tmp.path());
    assert_eq!(backups(tmp.path(), "daily").len(), 1, "one a day");
    let other = tempfile::tempdir().unwrap();
    perinat(other.path())
        .arg("import")
        .arg(&daily[0])
        .assert()
        .success();
    assert_eq!(export(other.path()), export(tmp.path()));
}

#[test]
fn restore_brings_back_a_backup_after_backing_up_the_current_caseload() {
    let tmp = imported();
    let file = tmp.path().join("before.json");
    stdout(perinat(tmp.path()).arg("backup").arg(&file));
    let before = export(tmp.path());
    mark_billed(tmp.path(), None);
    let changed = export(tmp.path());
    assert_ne!(before, changed);
    // without a terminal to ask on, --yes is needed, and nothing changes
    perinat(tmp.path())
        .arg("restore")
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains("add --yes"));
    assert_eq!(export(tmp.path()), changed);
    let out = stdout(perinat(tmp.path()).arg("restore").arg(&file).arg("--yes"));
    assert!(
        out.contains("Restored") && out.contains("3 pregnancies"),
        "{out}"
    );
    assert_eq!(export(tmp.path()), before);
    let saved = backups(tmp.path(), "before-restore");
    assert_eq!(saved.len(), 1);
    assert!(out.contains(&saved[0].display().to_string()), "{out}");
    assert_eq!(shown(tmp.path(), &saved[0]), changed);
    let log = stdout(perinat(tmp.path()).arg("log"));
    assert!(log.contains("restored the caseload"), "{log}");
}

#[test]
fn a_damaged_store_names_the_newest_backup_and_its_restore_command_works() {
    let tmp = imported();
    perinat(tmp.path()).arg("cases").assert().success(); // the day's backup
    let good = export(tmp.path());
    server_stopped(tmp.path());
    // Damage the storage file.
    damage_storage_file(tmp.path());
    let out = perinat(tmp.path()).arg("cases").assert().failure();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("damaged"), "{err}");
    let newest = backups(tmp.path(), "daily").pop().unwrap();
    assert!(err.contains(&newest.display().to_string()), "{err}");
    assert!(err.contains("restore"), "{err}");
    perinat(tmp.path())
        .arg("restore")
        .arg(&newest)
        .arg("--yes")
        .assert()
        .success()
        .stdout(predicate::str::contains("damaged store's files are kept"));
    assert_eq!(export(tmp.path()), good);
    let aside = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .any(|e| e.file_name().to_string_lossy().starts_with("db.damaged-"));
    assert!(aside, "the damaged files are kept");
}

#[test]
fn the_audit_log_says_who_changed_what_and_when() {
    let tmp = imported();
    mark_billed(tmp.path(), Some("192.0.2.7 51000 22"));
    let log = stdout(perinat(tmp.path()).args(["log", "--case", "c-A"]));
    // Who: the user the server learns from the kernel, not $USER (set to "anne" here).
    let me = me();
    assert!(log.contains(&format!("{me}  imported")), "{log}");
    assert!(
        log.contains(&format!("{me} from 192.0.2.7  marked billed c-A")),
        "{log}"
    );
    assert!(
        log.contains("Billed service 1 › Pseudocode: (none) → 401391"),
        "{log}"
    );
    assert!(log.contains("(401391 of 2025-03-20 by p-mw"), "{log}");
    assert!(log.ends_with("2 changes\n"), "{log}");
    let other = stdout(perinat(tmp.path()).args(["log", "--case", "c-C"]));
    assert!(!other.contains("marked billed"), "{other}");
    let later = stdout(perinat(tmp.path()).args(["log", "--since", "2199-01-01"]));
    assert_eq!(later, "0 changes\n");
}

#[test]
fn a_version_1_store_is_backed_up_then_migrated_and_logged() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    copy_store(Path::new("tests/golden/v1/store"), &dir);
    let expected = std::fs::read_to_string("tests/golden/v1/export.json").unwrap();
    assert_eq!(export(&dir), expected);
    let pre = backups(&dir, "before-migration");
    assert_eq!(pre.len(), 1, "one backup before the migration");
    assert_eq!(shown(&dir, &pre[0]), expected);
    let log = stdout(perinat(&dir).arg("log"));
    assert!(log.contains("migrated the store (schema 1 -> 3"), "{log}");
    // the second open has nothing to migrate
    assert_eq!(export(&dir), expected);
    assert_eq!(backups(&dir, "before-migration").len(), 1);
}

#[test]
fn a_pseudonymised_export_hides_names_niss_and_notes_and_imports_back() {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(PRACTICE).unwrap().replacen(
        r#""niss": null, "birth_date": null"#,
        r#""niss": "85.07.30-033.28", "birth_date": "1985-07-30""#,
        1,
    );
    let file = tmp.path().join("with-niss.json");
    std::fs::write(&file, text).unwrap();
    let store = tmp.path().join("data");
    perinat(&store).arg("import").arg(&file).assert().success();
    let plain = export(&store);
    assert!(
        plain.contains("85.07.30-033.28") || plain.contains("85073003328"),
        "{plain}"
    );
    let p1 = stdout(perinat(&store).args(["export", "--pseudonymise"]));
    for secret in [
        "Alice Exemple",
        "Béa",
        "Anne Dupont",
        "85.07.30-033.28",
        "85073003328",
        "1985-07-30",
        "budget plan started",
        "CPAS file opened",
        "Plan agreed",
    ] {
        assert!(!p1.contains(secret), "{secret} leaked");
    }
    assert!(p1.contains("\"c-A\"") && p1.contains("[removed]"));
    let p2 = stdout(perinat(&store).args(["export", "--pseudonymise"]));
    assert_eq!(p1, p2, "stable pseudonyms");
    let shared = tmp.path().join("shared.json");
    std::fs::write(&shared, &p1).unwrap();
    let support = tmp.path().join("support");
    perinat(&support)
        .arg("import")
        .arg(&shared)
        .assert()
        .success();
    // the billing (what support needs to reproduce) is the same
    let billing = |dir: &Path| {
        stdout(perinat(dir).args([
            "billing",
            "--month",
            "2025-03",
            "--today",
            "2025-05-27",
            "--format",
            "csv",
        ]))
    };
    let (a, b) = (billing(&store), billing(&support));
    let amounts = |s: &str| -> Vec<String> {
        s.lines()
            .map(|l| l.rsplit(',').next().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(amounts(&a), amounts(&b));
}

#[cfg(unix)]
#[test]
fn a_data_directory_open_to_others_gets_a_warning_with_the_fix() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = imported();
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    perinat(tmp.path())
        .arg("cases")
        .assert()
        .success()
        .stderr(predicate::str::contains("open to other users (mode 755)"))
        .stderr(predicate::str::contains("chmod -R go-rwx"));
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    perinat(tmp.path())
        .arg("cases")
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    // everything perinat made is owner-only, but the server's socket, which the
    // directory's group may use (once the directory lets the group in)
    for e in walk(tmp.path()) {
        let mode = std::fs::metadata(&e).unwrap().permissions().mode() & 0o077;
        let socket = e.file_name().is_some_and(|n| n == "perinat.sock");
        let allowed = if socket { 0o060 } else { 0 };
        assert_eq!(mode & !allowed, 0, "{} is open to others", e.display());
    }
}

#[cfg(unix)]
#[test]
fn a_full_disk_during_an_import_is_a_clear_error_and_the_store_is_intact() {
    let tmp = imported();
    perinat(tmp.path()).arg("cases").assert().success(); // the day's backup, done
    let before = export(tmp.path());
    // The import below starts its own server, under its file size limit.
    server_stopped(tmp.path());
    let big = tmp.path().join("big.json");
    perinat(tmp.path())
        .args(["demo", "--cases", "3000", "--today", "2026-11-23", "--out"])
        .arg(&big)
        .assert()
        .success();
    // A file size limit (1 MiB) stands in for a full disk: with SIGXFSZ ignored, a write
    // past it fails with EFBIG, as a write to a full disk fails with ENOSPC.
    let bin = assert_cmd::cargo::cargo_bin("perinat");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(r#"ulimit -f 1024; trap '' XFSZ; exec "$0" --data-dir "$1" import "$2""#)
        .arg(&bin)
        .arg(tmp.path())
        .arg(&big)
        .env_remove("PERINAT_DATA_DIR")
        .env("PERINAT_LANG", "en")
        .env("PERINAT_LINGER", "0")
        .output()
        .expect("bash");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "a refusal, not a crash: {err}");
    assert!(err.contains("the disk is full"), "{err}");
    assert!(
        err.contains("was not imported, the store is unchanged"),
        "{err}"
    );
    server_stopped(tmp.path());
    assert_eq!(export(tmp.path()), before);
}

#[test]
fn the_days_backup_is_compressed_shown_as_the_export_and_imports_back() {
    let tmp = imported();
    perinat(tmp.path()).arg("cases").assert().success();
    server_stopped(tmp.path());
    let daily = backups(tmp.path(), "daily");
    assert_eq!(daily.len(), 1);
    let file = &daily[0];
    assert!(
        file.to_string_lossy().ends_with("-daily.json.zst"),
        "{file:?}"
    );
    let bytes = std::fs::read(file).unwrap();
    assert_eq!(bytes[..4], [0x28, 0xb5, 0x2f, 0xfd], "zstd");
    let expected = export(tmp.path());
    assert!(bytes.len() < expected.len(), "smaller than the JSON");
    // --show needs no store: it works where there is none
    let nowhere = tempfile::tempdir().unwrap();
    let json = shown(&nowhere.path().join("no-store"), file);
    assert!(!nowhere.path().join("no-store").exists(), "no store made");
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert!(value.is_object());
    assert_eq!(json, expected);
    // import (and restore) read the compressed file directly
    let other = tempfile::tempdir().unwrap();
    perinat(other.path())
        .arg("import")
        .arg(file)
        .assert()
        .success()
        .stdout(predicate::str::contains("pregnancies 3 added"));
    assert_eq!(export(other.path()), expected);
}

#[test]
fn a_backup_to_a_named_file_is_plain_json_unless_it_ends_in_zst() {
    let tmp = imported();
    let plain = tmp.path().join("mine.json");
    let packed = tmp.path().join("mine.json.zst");
    stdout(perinat(tmp.path()).arg("backup").arg(&plain));
    stdout(perinat(tmp.path()).arg("backup").arg(&packed));
    let expected = export(tmp.path());
    assert_eq!(std::fs::read_to_string(&plain).unwrap(), expected);
    assert_eq!(
        std::fs::read(&packed).unwrap()[..4],
        [0x28, 0xb5, 0x2f, 0xfd]
    );
    assert_eq!(shown(tmp.path(), &packed), expected);
    assert_eq!(shown(tmp.path(), &plain), expected);
    perinat(tmp.path())
        .args(["backup", "--list", "--show"])
        .arg(&plain)
        .assert()
        .failure();
    perinat(tmp.path())
        .args(["backup", "--show"])
        .arg(&plain)
        .arg(&packed)
        .assert()
        .failure();
}

#[test]
fn a_damaged_compressed_backup_is_refused_with_the_file_and_the_problem() {
    let tmp = imported();
    let packed = tmp.path().join("b.json.zst");
    stdout(perinat(tmp.path()).arg("backup").arg(&packed));
    let before = export(tmp.path());
    let bytes = std::fs::read(&packed).unwrap();
    let cut = tmp.path().join("cut.json.zst");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    for args in [
        vec!["import"],
        vec!["restore", "--yes"],
        vec!["backup", "--show"],
    ] {
        let out = perinat(tmp.path()).args(&args).arg(&cut).assert().failure();
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert!(
            err.contains(&cut.display().to_string()) && err.contains("damaged or cut short"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    // a file that is not JSON is not shown
    let binary = tmp.path().join("binary.bin");
    std::fs::write(&binary, b"\x1b]0;title\x07").unwrap();
    perinat(tmp.path())
        .args(["backup", "--show"])
        .arg(&binary)
        .assert()
        .failure()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "is not a perinat backup or export",
        ));
    assert_eq!(export(tmp.path()), before);
}

#[test]
fn a_damaged_store_restored_from_its_newest_backup_loses_no_acknowledged_change() {
    let tmp = imported();
    perinat(tmp.path()).arg("cases").assert().success(); // the day's backup
    server_stopped(tmp.path());
    let newest = backups(tmp.path(), "daily")
        .pop()
        .expect("the day's backup");
    // The day goes on after the backup: a billing mark and a whole new case.
    mark_billed(tmp.path(), Some("192.0.2.7 51000 22"));
    let fixture: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(PRACTICE).unwrap()).unwrap();
    let mut late = fixture.clone();
    let mut case = fixture["pregnancies"][2].clone();
    case["id"] = serde_json::json!("c-late");
    late["pregnancies"] = serde_json::json!([case]);
    let file = tmp.path().join("late.json");
    std::fs::write(&file, serde_json::to_vec(&late).unwrap()).unwrap();
    perinat(tmp.path())
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    let good = export(tmp.path());
    assert!(good.contains("c-late") && good.contains("2025-05-26"));
    server_stopped(tmp.path());
    // A crash tore the journal's last line (a change never acknowledged)…
    let journal = tmp.path().join("journal");
    let mut segments: Vec<PathBuf> = std::fs::read_dir(&journal)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    segments.sort();
    let last = segments.pop().expect("a journal segment");
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&last)
        .unwrap();
    std::io::Write::write_all(&mut f, br#"{"n":9,"at":"2026-"#).unwrap();
    // …and the storage file is damaged.
    damage_storage_file(tmp.path());
    let out = perinat(tmp.path()).arg("cases").assert().failure();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains(&newest.display().to_string()), "{err}");
    let out = stdout(perinat(tmp.path()).arg("restore").arg(&newest).arg("--yes"));
    assert!(
        out.contains("2 changes made after that backup were replayed from the journal"),
        "{out}"
    );
    assert!(
        out.contains("cut short by a crash"),
        "the torn line is reported: {out}"
    );
    assert_eq!(
        export(tmp.path()),
        good,
        "every acknowledged change is back"
    );
}

#[test]
fn restoring_a_backup_over_a_sound_store_goes_back_to_it_without_replaying() {
    let tmp = imported();
    perinat(tmp.path()).arg("cases").assert().success(); // the day's backup
    server_stopped(tmp.path());
    let morning = export(tmp.path());
    let newest = backups(tmp.path(), "daily")
        .pop()
        .expect("the day's backup");
    // A mistake after the backup, undone by restoring it: the journal is not replayed.
    mark_billed(tmp.path(), None);
    assert_ne!(export(tmp.path()), morning);
    let out = stdout(perinat(tmp.path()).arg("restore").arg(&newest).arg("--yes"));
    assert!(!out.contains("replayed"), "{out}");
    assert_eq!(export(tmp.path()), morning);
}
