//! Store tests: locking, atomic imports, conflicts, R63, the month index and billing marks.

use super::*;
use crate::domain::model::*;
use crate::domain::test_support::*;
use crate::domain::YearMonth;
use crate::store::records::CaseRecord;
use crate::store::{codec, keys, records};

fn caseload(pregnancies: Vec<Pregnancy>) -> Caseload {
    let dir = practice();
    let mut providers: Vec<Provider> = ["gyn", "gp", "mw", "nurse", "sw", "psy", "mw2", "gp2"]
        .iter()
        .map(|id| dir.get(id).unwrap().clone())
        .collect();
    providers.sort_by(|a, b| a.id.cmp(&b.id));
    Caseload {
        providers,
        pregnancies,
        settings: PracticeSettings::default(),
    }
}

fn two_cases() -> Vec<Pregnancy> {
    let a = coordinated("2025-03-01");
    let mut b = screened("2025-05-10", &["financial"]);
    b.id = "c2".into();
    vec![a, b]
}

/// A new store holding [`two_cases`].
fn two_case_store() -> (tempfile::TempDir, SledStore) {
    let tmp = tempfile::tempdir().unwrap();
    let s = SledStore::open(tmp.path()).unwrap();
    s.import(caseload(two_cases()), false).unwrap();
    (tmp, s)
}

/// The screening of c2 (10/05/2025, by gyn).
fn c2_screening() -> LineRef {
    LineRef {
        pseudocode: Pseudocode::Screening,
        service_date: d("2025-05-10"),
        provider: "gyn".into(),
    }
}

#[test]
fn a_second_open_of_the_same_store_says_it_is_locked() {
    let tmp = tempfile::tempdir().unwrap();
    let _first = SledStore::open(tmp.path()).unwrap();
    let err = SledStore::open(tmp.path())
        .err()
        .expect("second open must fail");
    assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    assert!(err.to_string().contains("open in another perinat session"));
}

#[cfg(unix)]
#[test]
fn a_new_data_directory_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("deep").join("store");
    SledStore::open(&dir).unwrap();
    let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
}

#[test]
fn import_then_export_gives_the_same_caseload() {
    let tmp = tempfile::tempdir().unwrap();
    let s = SledStore::open(tmp.path()).unwrap();
    let c = caseload(two_cases());
    let sum = s.import(c.clone(), false).unwrap();
    assert_eq!(sum.pregnancies_added, 2);
    assert_eq!(sum.providers_added, 8);
    assert_eq!(s.export().unwrap(), c);
    // importing the same again changes nothing and is no conflict
    let again = s.import(c.clone(), false).unwrap();
    assert_eq!(again.pregnancies_unchanged, 2);
}

#[test]
fn a_failed_import_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let s = SledStore::open(tmp.path()).unwrap();
    let mut cases = two_cases();
    cases[1].cpp.push(cpp("2025-05-12", "nobody", &[]));
    let err = s.import(caseload(cases), false).unwrap_err();
    assert!(
        err.to_string()
            .contains("pregnancies[1].cpp[0].provider: unknown provider \"nobody\""),
        "{err}"
    );
    assert_eq!(s.count_pregnancies().unwrap(), 0);
    assert!(s.providers().unwrap().is_empty());
}

#[test]
fn changed_records_conflict_unless_replace() {
    let (_tmp, s) = two_case_store();
    let mut changed = two_cases();
    changed[1].mother.name = "Renamed".into();
    let err = s.import(caseload(changed.clone()), false).unwrap_err();
    assert!(
        err.to_string()
            .contains("pregnancies[1].id: \"c2\" is already in the store"),
        "{err}"
    );
    let sum = s.import(caseload(changed), true).unwrap();
    assert_eq!(sum.pregnancies_replaced, 1);
    assert_eq!(s.pregnancy("c2").unwrap().unwrap().mother.name, "Renamed");
}

#[test]
fn r63_replacing_a_case_may_not_drop_a_billed_service() {
    let (_tmp, s) = two_case_store();
    let line = c2_screening();
    let billed = s
        .mark_billed("c2", &line, d("2025-06-01"), d("2025-06-01"))
        .unwrap();
    assert_eq!(billed.amount, money("23.30"));
    let again = s
        .mark_billed("c2", &line, d("2025-06-02"), d("2025-06-02"))
        .unwrap_err();
    assert!(again.to_string().contains("already billed"), "{again}");
    // moving the screening date would orphan the billed entry
    let mut p = s.pregnancy("c2").unwrap().unwrap();
    p.screening.as_mut().unwrap().date = d("2025-05-11");
    let err = s.put_pregnancy(p).unwrap_err();
    assert!(
        err.to_string()
            .contains("billed[0]: R63: matches no service"),
        "{err}"
    );
    // dropping it is refused with R63
    let mut p = s.pregnancy("c2").unwrap().unwrap();
    p.billed.clear();
    let err = s.put_pregnancy(p).unwrap_err();
    assert!(err.to_string().contains("R63"), "{err}");
}

#[test]
fn marking_a_blocked_service_billed_is_refused_with_its_reasons() {
    let tmp = tempfile::tempdir().unwrap();
    let s = SledStore::open(tmp.path()).unwrap();
    let mut cases = two_cases();
    cases[1].screening.as_mut().unwrap().code = None;
    s.import(caseload(cases), false).unwrap();
    let line = c2_screening();
    let err = s
        .mark_billed("c2", &line, d("2025-06-01"), d("2025-06-01"))
        .unwrap_err();
    assert!(err.to_string().contains("R16"), "{err}");
}

#[test]
fn the_month_index_follows_edits() {
    let (_tmp, s) = two_case_store();
    let ids = |m: &str| -> Vec<String> {
        s.pregnancies_in_month(m.parse::<YearMonth>().unwrap())
            .unwrap()
            .into_iter()
            .map(|p| p.id)
            .collect()
    };
    assert_eq!(ids("2025-03"), vec!["c1"]);
    assert_eq!(ids("2025-05"), vec!["c2"]);
    let mut p = s.pregnancy("c2").unwrap().unwrap();
    p.screening.as_mut().unwrap().date = d("2025-04-20");
    s.put_pregnancy(p).unwrap();
    assert!(ids("2025-05").is_empty());
    assert_eq!(ids("2025-04"), vec!["c2"]);
}

#[test]
fn a_store_from_a_newer_perinat_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let s = SledStore::open(tmp.path()).unwrap();
        s.storage()
            .db
            .insert(keys::SCHEMA, &99u32.to_be_bytes())
            .unwrap();
        s.storage().db.flush().unwrap();
    }
    let err = SledStore::open(tmp.path()).err().unwrap();
    assert!(err.to_string().contains("newer perinat"), "{err}");
}

#[test]
fn a_provider_id_used_twice_in_one_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let s = SledStore::open(tmp.path()).unwrap();
    let mut c = caseload(two_cases());
    let mut twin = c.providers[0].clone();
    twin.name = "Someone else".into();
    c.providers.push(twin);
    let err = s.import(c, false).unwrap_err();
    assert!(
        err.to_string()
            .contains("providers[8].id: \"gp\" is used twice"),
        "{err}"
    );
    assert!(s.providers().unwrap().is_empty());
}

#[test]
fn deleting_a_pregnancy_removes_it_and_its_month_index_entries() {
    let (_tmp, s) = two_case_store();
    s.delete_pregnancy("c2").unwrap();
    assert!(s.pregnancy("c2").unwrap().is_none());
    assert!(s
        .pregnancies_in_month("2025-05".parse::<YearMonth>().unwrap())
        .unwrap()
        .is_empty());
    assert_eq!(s.count_pregnancies().unwrap(), 1);
    assert!(matches!(
        s.delete_pregnancy("c2"),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn r63_a_pregnancy_with_a_billed_service_cannot_be_deleted() {
    let (_tmp, s) = two_case_store();
    let line = c2_screening();
    s.mark_billed("c2", &line, d("2025-06-01"), d("2025-06-01"))
        .unwrap();
    let err = s.delete_pregnancy("c2").unwrap_err();
    assert!(err.to_string().contains("R63"), "{err}");
    assert!(s.pregnancy("c2").unwrap().is_some());
}

#[test]
fn a_provider_named_in_a_pregnancy_cannot_be_deleted() {
    let (_tmp, s) = two_case_store();
    let err = s.delete_provider("gyn").unwrap_err();
    assert!(err.to_string().contains("gyn"), "{err}");
    // One no case names can go.
    s.delete_provider("psy").unwrap();
    assert!(s.directory().unwrap().get("psy").is_none());
}

fn actions(entries: &[AuditEntry]) -> Vec<AuditAction> {
    entries.iter().map(|e| e.action).collect()
}

#[test]
fn every_change_is_in_the_audit_trail_with_who_and_before_after() {
    let tmp = tempfile::tempdir().unwrap();
    let mut s = SledStore::open(tmp.path()).unwrap();
    s.set_actor(Actor {
        user: "anne".into(),
        from: Some("192.0.2.7".into()),
    });
    s.import_from(caseload(two_cases()), false, "practice.json")
        .unwrap();
    let mut p = s.pregnancy("c2").unwrap().unwrap();
    p.mother.name = "Renamed".into();
    s.put_pregnancy(p.clone()).unwrap();
    // saving the same record again is no change and no entry
    s.put_pregnancy(p).unwrap();
    let h = s.case_history("c2").unwrap();
    assert_eq!(
        actions(&h),
        vec![AuditAction::Import, AuditAction::PutPregnancy]
    );
    assert!(h[0]
        .detail
        .starts_with("practice.json: 2 pregnancies added"));
    assert_eq!(h[1].by.user, "anne");
    assert_eq!(h[1].by.from.as_deref(), Some("192.0.2.7"));
    let c = records::changes(h[1].before.as_deref(), h[1].after.as_deref());
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].path, "mother.name");
    assert_eq!(c[0].after.as_deref(), Some("\"Renamed\""));
    let stamp = s.last_change("c2").unwrap().unwrap();
    assert_eq!(stamp.by.user, "anne");
    // the history of c1 does not include c2's edit
    assert_eq!(
        actions(&s.case_history("c1").unwrap()),
        vec![AuditAction::Import]
    );
}

#[test]
fn r63_marking_billed_and_deleting_show_in_the_history_which_outlives_the_case() {
    let (_tmp, s) = two_case_store();
    let line = c2_screening();
    s.mark_billed("c2", &line, d("2025-06-01"), d("2025-06-01"))
        .unwrap();
    s.delete_pregnancy("c1").unwrap();
    let h = s.case_history("c2").unwrap();
    assert_eq!(
        actions(&h),
        vec![AuditAction::Import, AuditAction::MarkBilled]
    );
    assert!(
        h[1].detail.starts_with("401376 of 2025-05-10 by gyn"),
        "{}",
        h[1].detail
    );
    let c = records::changes(h[1].before.as_deref(), h[1].after.as_deref());
    assert_eq!(c[0].path, "billed[0]", "{c:?}");
    let gone = s.case_history("c1").unwrap();
    assert_eq!(
        actions(&gone),
        vec![AuditAction::Import, AuditAction::DeletePregnancy]
    );
    assert!(gone[1].before.is_some() && gone[1].after.is_none());
    let mut all = Vec::new();
    s.scan_audit(&mut |e| {
        all.push(e);
        true
    })
    .unwrap();
    assert_eq!(all.len(), 3);
    assert!(all.windows(2).all(|w| w[0].seq < w[1].seq));
}

#[test]
fn replace_all_swaps_the_caseload_but_keeps_the_audit_trail() {
    let (_tmp, s) = two_case_store();
    let mut other = coordinated("2025-04-01");
    other.id = "c9".into();
    let sum = s.replace_all(caseload(vec![other]), "backup.json").unwrap();
    assert_eq!(sum.pregnancies_added, 1);
    let ids: Vec<String> = s
        .export()
        .unwrap()
        .pregnancies
        .into_iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(ids, vec!["c9".to_string()]);
    // the month index holds only the new case
    let m: YearMonth = "2025-04".parse().unwrap();
    let in_month: Vec<String> = s
        .pregnancies_in_month(m)
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(in_month, vec!["c9".to_string()]);
    // A case the restore removed has it in its history too (its revision moves: an
    // edit or undo based on the case before the restore is refused).
    assert_eq!(
        actions(&s.case_history("c1").unwrap()),
        vec![AuditAction::Import, AuditAction::Restore]
    );
    let h = s.case_history("c9").unwrap();
    assert_eq!(actions(&h), vec![AuditAction::Restore]);
    assert!(
        h[0].detail.contains("2 pregnancies replaced by 1"),
        "{}",
        h[0].detail
    );
}

#[test]
fn replace_all_with_an_invalid_caseload_changes_nothing() {
    let (_tmp, s) = two_case_store();
    let mut bad = coordinated("2025-04-01");
    bad.cpp.push(cpp("2025-05-12", "nobody", &[]));
    assert!(s.replace_all(caseload(vec![bad]), "x").is_err());
    assert_eq!(s.count_pregnancies().unwrap(), 2);
}

#[test]
fn a_version_1_store_is_migrated_once_after_the_hook_and_logged() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let s = SledStore::open(tmp.path()).unwrap();
        s.import(caseload(two_cases()), false).unwrap();
        // Turn it back into a version 1 store: bare pregnancies, version bytes 1.
        let mut batch = sled::Batch::default();
        for item in s.storage().db.iter() {
            let (k, v) = item.unwrap();
            if k.starts_with(b"a/") || k.starts_with(b"h/") {
                batch.remove(k);
            } else if k.starts_with(b"c/") {
                let r: CaseRecord = codec::decode(&k, &v).unwrap();
                let mut v1 = vec![1u8];
                v1.extend(
                    bincode::serde::encode_to_vec(&r.pregnancy, bincode::config::standard())
                        .unwrap(),
                );
                batch.insert(k, v1);
            } else if k.starts_with(b"p/") {
                // A provider before schema 3: the same fields without the login.
                let p: Provider = codec::decode(&k, &v).unwrap();
                let old = (p.id, p.name, p.profession, p.inami, p.organisation);
                let mut v1 = vec![1u8];
                v1.extend(
                    bincode::serde::encode_to_vec(&old, bincode::config::standard()).unwrap(),
                );
                batch.insert(k, v1);
            } else if k.as_ref() != keys::SCHEMA {
                let mut v1 = v.to_vec();
                v1[0] = 1;
                batch.insert(k, v1);
            }
        }
        batch.insert(keys::SCHEMA, &1u32.to_be_bytes());
        s.storage().db.apply_batch(batch).unwrap();
        s.flush().unwrap();
    }
    let mut seen = Vec::new();
    let s = SledStore::open_with(tmp.path(), &mut |st, v| {
        seen.push((v, st.count_pregnancies()?));
        Ok(())
    })
    .unwrap();
    assert_eq!(seen, vec![(1, 2)], "the hook sees the old store, readable");
    for item in s.storage().db.iter() {
        let (k, v) = item.unwrap();
        if k.as_ref() != keys::SCHEMA && !k.starts_with(b"h/") {
            assert_eq!(
                v[0],
                codec::SCHEMA_VERSION,
                "{}",
                String::from_utf8_lossy(&k)
            );
        }
    }
    assert_eq!(
        s.last_change("c1").unwrap(),
        None,
        "no stamp before schema 2"
    );
    let mut all = Vec::new();
    s.scan_audit(&mut |e| {
        all.push(e);
        true
    })
    .unwrap();
    assert_eq!(actions(&all), vec![AuditAction::Migrate]);
    assert!(
        all[0]
            .detail
            .starts_with(&format!("schema 1 -> {}", codec::SCHEMA_VERSION)),
        "{}",
        all[0].detail
    );
    drop(s);
    // opened again, nothing more to migrate
    let mut calls = 0;
    SledStore::open_with(tmp.path(), &mut |_, _| {
        calls += 1;
        Ok(())
    })
    .unwrap();
    assert_eq!(calls, 0);
}

#[test]
fn a_failed_pre_migration_backup_stops_the_migration() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let s = SledStore::open(tmp.path()).unwrap();
        s.storage()
            .db
            .insert(keys::SCHEMA, &1u32.to_be_bytes())
            .unwrap();
        s.flush().unwrap();
    }
    let err = SledStore::open_with(tmp.path(), &mut |_, _| {
        Err(StoreError::Write("no space".into()))
    })
    .err()
    .expect("refused");
    assert!(err.to_string().contains("no space"));
    let s = SledStore::open_with(tmp.path(), &mut |_, v| {
        assert_eq!(v, 1, "still version 1");
        Ok(())
    });
    assert!(s.is_ok());
}

#[test]
fn a_disk_without_room_is_refused_before_the_store_is_touched() {
    let tmp = tempfile::tempdir().unwrap();
    let err = sled_store::check_free_space(tmp.path(), u64::MAX).unwrap_err();
    assert!(matches!(err, StoreError::Full(_)), "{err}");
    assert!(
        err.to_string().contains("the store was not touched"),
        "{err}"
    );
    assert!(sled_store::check_free_space(tmp.path(), 1).is_ok());
}

#[test]
fn a_save_based_on_an_older_revision_is_refused_naming_who_and_what() {
    let (_tmp, s) = two_case_store();
    let seen = s.pregnancy_versioned("c2").unwrap().unwrap();
    // A colleague changes the case meanwhile.
    let mut colleague = s.session(
        Actor {
            user: "marie".into(),
            from: None,
        },
        None,
    );
    colleague.set_clock(|| d("2025-05-20").and_hms_opt(14, 2, 11).unwrap());
    let mut theirs = seen.pregnancy.clone();
    theirs.mother.name = "Renamed by Marie".into();
    let after_theirs = colleague
        .save_pregnancy(theirs, Some(seen.revision))
        .unwrap();
    assert_ne!(
        after_theirs, seen.revision,
        "every change moves the revision"
    );
    // Mine, based on what I saw, is refused with who, when and what.
    let mut mine = seen.pregnancy.clone();
    mine.team.push("sw".into());
    match s.save_pregnancy(mine.clone(), Some(seen.revision)) {
        Err(StoreError::Stale(msg, now)) => {
            assert!(msg.contains("marie at 14:02:11"), "{msg}");
            assert!(msg.contains("the mother's details"), "{msg}");
            assert_eq!(now, after_theirs);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        s.pregnancy("c2").unwrap().unwrap().mother.name,
        "Renamed by Marie"
    );
    // Told, I save on the revision I was told of: mine goes on top.
    s.save_pregnancy(mine, Some(after_theirs)).unwrap();
    // Two edits to different cases never conflict.
    let c1 = s.pregnancy_versioned("c1").unwrap().unwrap();
    colleague
        .put_pregnancy(s.pregnancy("c2").unwrap().unwrap())
        .unwrap();
    s.save_pregnancy(c1.pregnancy, Some(c1.revision)).unwrap();
}

#[test]
fn a_new_case_based_on_a_free_id_is_refused_once_someone_took_it() {
    let (_tmp, s) = two_case_store();
    let mut p = coordinated("2025-03-01");
    p.id = "c-new".into();
    let rev = s.save_pregnancy(p.clone(), Some(0)).unwrap();
    assert!(rev > 1);
    assert!(matches!(
        s.save_pregnancy(p.clone(), Some(0)),
        Err(StoreError::Stale(..))
    ));
    // Deleted, the id is free again (revision 0).
    s.delete_pregnancy_based("c-new", Some(rev)).unwrap();
    s.save_pregnancy(p, Some(0)).unwrap();
}

#[test]
fn a_case_whose_id_another_extends_with_a_slash_keeps_its_own_revision() {
    let (_tmp, s) = two_case_store();
    let mut other = coordinated("2025-03-01");
    other.id = "c1/z".into();
    s.put_pregnancy(other.clone()).unwrap();
    let seen = s.pregnancy_versioned("c1").unwrap().unwrap();
    let mut p = seen.pregnancy.clone();
    p.mother.name = "Edited".into();
    let after = s.save_pregnancy(p.clone(), Some(seen.revision)).unwrap();
    // c1/z's later changes are not c1's.
    other.mother.name = "Other".into();
    s.put_pregnancy(other).unwrap();
    assert_eq!(
        s.pregnancy_versioned("c1").unwrap().unwrap().revision,
        after
    );
    assert!(s
        .case_history("c1")
        .unwrap()
        .iter()
        .all(|e| e.subject.as_deref() != Some("c1/z")));
    // and an edit based on c1's old revision is still refused.
    assert!(matches!(
        s.save_pregnancy(p, Some(seen.revision)),
        Err(StoreError::Stale(..))
    ));
}

#[test]
fn a_new_provider_is_refused_when_its_id_was_taken_meanwhile() {
    let (_tmp, s) = two_case_store();
    let taken = s.providers().unwrap()[0].clone();
    let err = s.add_provider(taken).unwrap_err();
    assert!(
        matches!(err, StoreError::Invalid(ref p) if p[0].path == "id"),
        "{err:?}"
    );
}

#[test]
fn a_writer_in_a_hurry_is_told_what_keeps_the_store_busy() {
    let (_tmp, s) = two_case_store();
    let hurried = s.session(
        Actor::from_env(),
        Some(std::time::Duration::from_millis(50)),
    );
    let p = s.pregnancy("c2").unwrap().unwrap();
    let answer = s
        .exclusive("writing the day's backup…".into(), |_| {
            Ok(hurried.put_pregnancy(p.clone()))
        })
        .unwrap();
    match answer {
        Err(e @ StoreError::Busy(_)) => {
            assert!(e.to_string().contains("writing the day's backup"), "{e}")
        }
        other => panic!("{other:?}"),
    }
}

// ---- R63: marks with their guards, and recorded corrections ----

#[test]
fn r63_a_billing_date_in_the_future_or_before_the_service_is_refused_by_the_store() {
    let (_tmp, s) = two_case_store();
    let line = c2_screening();
    let err = s
        .mark_billed("c2", &line, d("2062-01-01"), d("2025-06-01"))
        .unwrap_err();
    assert!(err.to_string().contains("R63"), "{err}");
    let before = line.service_date - chrono::Duration::days(1);
    let err = s
        .mark_billed("c2", &line, before, d("2025-06-01"))
        .unwrap_err();
    assert!(err.to_string().contains("R63"), "{err}");
    assert!(s.pregnancy("c2").unwrap().unwrap().billed.is_empty());
}

#[test]
fn r63_a_mark_is_corrected_to_another_date_with_its_reason_in_the_history() {
    let (_tmp, s) = two_case_store();
    let line = c2_screening();
    s.mark_billed("c2", &line, d("2025-06-01"), d("2025-06-01"))
        .unwrap();
    let now = s
        .correct_billed(
            "c2",
            &line,
            Correction::Redate(d("2025-05-30")),
            "typed the wrong day",
            d("2025-06-02"),
        )
        .unwrap()
        .expect("still billed");
    assert_eq!(now.billed_on, d("2025-05-30"));
    assert_eq!(now.amount, money("23.30"), "the amount billed stays");
    let p = s.pregnancy("c2").unwrap().unwrap();
    assert_eq!(p.billed, vec![now]);
    let h = s.case_history("c2").unwrap();
    let last = h.last().unwrap();
    assert_eq!(last.action, AuditAction::CorrectBilled);
    assert!(
        last.detail.contains("reason: typed the wrong day"),
        "{}",
        last.detail
    );
    assert!(last.detail.contains("2025-06-01"), "{}", last.detail);
    // The corrected date has the same guards as a new mark.
    let err = s
        .correct_billed(
            "c2",
            &line,
            Correction::Redate(d("2062-01-01")),
            "x",
            d("2025-06-02"),
        )
        .unwrap_err();
    assert!(err.to_string().contains("R63"), "{err}");
}

#[test]
fn r63_a_withdrawn_mark_leaves_the_service_claimable_and_the_reason_in_the_history() {
    let (_tmp, s) = two_case_store();
    let line = c2_screening();
    s.mark_billed("c2", &line, d("2025-06-01"), d("2025-06-01"))
        .unwrap();
    let now = s
        .correct_billed(
            "c2",
            &line,
            Correction::Withdraw,
            "refused by the platform",
            d("2025-06-02"),
        )
        .unwrap();
    assert_eq!(now, None);
    assert!(s.pregnancy("c2").unwrap().unwrap().billed.is_empty());
    let last = s.case_history("c2").unwrap().pop().unwrap();
    assert_eq!(last.action, AuditAction::WithdrawBilled);
    assert!(last.detail.contains("refused by the platform"));
    // Claimable again.
    s.mark_billed("c2", &line, d("2025-06-02"), d("2025-06-02"))
        .unwrap();
}

#[test]
fn r63_a_correction_needs_a_reason_and_a_mark_to_correct() {
    let (_tmp, s) = two_case_store();
    let line = c2_screening();
    let err = s
        .correct_billed("c2", &line, Correction::Withdraw, "x", d("2025-06-02"))
        .unwrap_err();
    assert!(err.to_string().contains("not marked billed"), "{err}");
    s.mark_billed("c2", &line, d("2025-06-01"), d("2025-06-01"))
        .unwrap();
    for reason in ["", "   ", "\u{1b}]0;x\u{7}"] {
        let err = s
            .correct_billed("c2", &line, Correction::Withdraw, reason, d("2025-06-02"))
            .unwrap_err();
        assert!(matches!(err, StoreError::Refused(_)), "{reason:?}: {err}");
    }
    assert_eq!(s.pregnancy("c2").unwrap().unwrap().billed.len(), 1);
}

#[test]
fn r70_a_second_provider_with_the_same_inami_number_is_refused() {
    let (_tmp, s) = two_case_store();
    let gyn = s.directory().unwrap().get("gyn").cloned().expect("gyn");
    let twin = Provider {
        id: "gyn-twin".into(),
        ..gyn.clone()
    };
    let err = s.add_provider(twin.clone()).unwrap_err();
    assert!(
        err.to_string().contains("already the INAMI number"),
        "{err}"
    );
    assert!(s.directory().unwrap().get("gyn-twin").is_none());
    // Another provider edited to take it: refused too; the provider itself: fine.
    let gp = s.directory().unwrap().get("gp").cloned().expect("gp");
    let err = s
        .put_provider(Provider {
            inami: gyn.inami.clone(),
            ..gp
        })
        .unwrap_err();
    assert!(err.to_string().contains("(gyn)"), "{err}");
    s.put_provider(Provider {
        name: "Dr Renamed".into(),
        ..gyn
    })
    .unwrap();
}
