//! Golden records of each store schema version. The bytes under tests/golden/vN were
//! written by schema version N: every version's records must keep decoding (older ones
//! upgraded) to the same values, and the current version must keep encoding to the same
//! bytes. Changing a stored type without a new version and its upgrade fails here.
//! Write the files of a new version once, with PERINAT_BLESS=1; never rewrite an older
//! version's.

use chrono::{NaiveDate, NaiveTime};
use perinat::domain::ids::{Inami, Niss};
use perinat::domain::model::*;
use perinat::store::codec::{decode, encode, Record, SCHEMA_VERSION};
use perinat::store::records::{Actor, AuditAction, AuditEntry, CaseRecord, Stamp};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn provider() -> Provider {
    Provider {
        id: "p-dupont".into(),
        name: "Dr Anne Dupont".into(),
        profession: Profession::Gynecologist,
        inami: Some(Inami::parse("1-00001-06-340").unwrap()),
        organisation: Some("Maison médicale du Parc".into()),
        login: None,
    }
}

/// The provider as schema 3 stores it, with the login of the person it is.
fn provider_with_login() -> Provider {
    Provider {
        login: Some("adupont".into()),
        ..provider()
    }
}

fn pregnancy() -> Pregnancy {
    let ev = |s, n: &str| Evaluation {
        status: s,
        note: n.into(),
    };
    Pregnancy {
        id: "c-0001".into(),
        mother: Mother {
            name: "M. Example".into(),
            niss: Some(Niss::parse("85073003328").unwrap()),
            birth_date: Some(d("1985-07-30")),
        },
        region: Region::Brussels,
        lmp: Some(d("2024-06-03")),
        due_date: Some(d("2025-03-10")),
        birth_date: Some(d("2025-03-12")),
        screening: Some(Screening {
            date: d("2024-09-20"),
            provider: "p-dupont".into(),
            consent: true,
            code: Some("BIB-7F3K".into()),
            answers: BTreeMap::from([
                ("financial".into(), true),
                ("housing".into(), true),
                ("smoking".into(), false),
            ]),
        }),
        cpp: vec![Cpp {
            date: d("2024-10-02"),
            provider: "p-dupont".into(),
            code: None,
            evaluations: BTreeMap::from([(
                "financial".into(),
                ev(EvalStatus::StatusQuo, "budget plan"),
            )]),
        }],
        coordinators: vec![Designation {
            provider: "p-aline".into(),
            from: d("2024-09-25"),
            consent: true,
            billing_provider: Some("p-dupont".into()),
        }],
        team: vec!["p-dupont".into(), "p-aline".into()],
        care_plan: Some(CarePlan {
            date: d("2024-10-15"),
            text: "plan".into(),
        }),
        follow_ups: vec![FollowUp {
            date: d("2025-02-01"),
            indicator: "housing".into(),
            status: EvalStatus::NotAchievable,
            note: "waiting list".into(),
            provider: "p-aline".into(),
        }],
        concertations: vec![Concertation {
            date: d("2024-10-15"),
            start: NaiveTime::from_hms_opt(14, 0, 0).unwrap(),
            quarter_hours: 4,
            participants: vec!["p-aline".into(), "p-dupont".into()],
            woman_present: true,
            report: "report".into(),
            agreements: BTreeMap::from([("financial".into(), "refer to CPAS".into())]),
        }],
        billed: vec![BilledService {
            pseudocode: Pseudocode::Screening,
            service_date: d("2024-09-20"),
            provider: "p-dupont".into(),
            billed_on: d("2024-10-03"),
            amount: "22.55".parse().unwrap(),
        }],
    }
}

fn settings() -> PracticeSettings {
    PracticeSettings {
        tariffs: vec![TariffEntry {
            pseudocode: Pseudocode::Coordination,
            from: d("2026-01-01"),
            amount: "760.00".parse().unwrap(),
        }],
        regions: vec![RegionOpening {
            region: Region::Flanders,
            screening_from: d("2025-01-01"),
            others_from: d("2025-02-01"),
        }],
    }
}

/// A record of the current version: it decodes to `value`, and `value` encodes to
/// exactly these bytes.
fn golden_current<T>(version: &str, name: &str, value: &T)
where
    T: Record + PartialEq + std::fmt::Debug,
{
    let path = PathBuf::from("tests/golden").join(version).join(name);
    let bytes = encode(value).unwrap();
    if std::env::var_os("PERINAT_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &bytes).unwrap();
    }
    let stored = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        stored[0], SCHEMA_VERSION,
        "{version} is the current version"
    );
    let decoded: T = decode(name.as_bytes(), &stored).unwrap();
    assert_eq!(
        &decoded, value,
        "{version} {name} decodes to the same value"
    );
    assert_eq!(bytes, stored, "{version} {name} encodes to the same bytes");
}

/// A record of an older version: it still decodes, upgraded, to `value`.
fn golden_older<T>(version: &str, name: &str, value: &T)
where
    T: Record + PartialEq + std::fmt::Debug,
{
    let path = PathBuf::from("tests/golden").join(version).join(name);
    let stored = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let decoded: T = decode(name.as_bytes(), &stored).unwrap();
    assert_eq!(
        &decoded, value,
        "{version} {name} decodes, upgraded, to this value"
    );
}

fn stamp() -> Stamp {
    Stamp {
        at: d("2026-11-23").and_hms_opt(14, 2, 9).unwrap(),
        by: Actor {
            user: "anne".into(),
            from: Some("192.0.2.7".into()),
        },
    }
}

#[test]
fn schema_v1_provider() {
    golden_older("v1", "provider.bin", &provider());
}

#[test]
fn schema_v1_pregnancy_is_a_case_record_without_a_stamp() {
    golden_older("v1", "pregnancy.bin", &CaseRecord::new(pregnancy(), None));
}

#[test]
fn schema_v1_settings() {
    golden_older("v1", "settings.bin", &settings());
}

#[test]
fn schema_v2_provider_is_read_without_a_login() {
    golden_older("v2", "provider.bin", &provider());
}

#[test]
fn schema_v2_case() {
    golden_older(
        "v2",
        "case.bin",
        &CaseRecord::new(pregnancy(), Some(stamp())),
    );
}

#[test]
fn schema_v2_settings() {
    golden_older("v2", "settings.bin", &settings());
}

#[test]
fn schema_v2_month_bucket() {
    golden_older(
        "v2",
        "bucket.bin",
        &vec!["c-0001".to_string(), "c-0002".into()],
    );
}

fn audit_entry() -> AuditEntry {
    let s = stamp();
    AuditEntry {
        seq: 42,
        at: s.at,
        by: s.by,
        action: AuditAction::MarkBilled,
        subject: Some("c-0001".into()),
        before: Some(r#"{"billed":[]}"#.into()),
        after: Some(r#"{"billed":[{"pseudocode":"401376"}]}"#.into()),
        detail: "401376 of 2024-09-20 by p-dupont billed on 2024-10-03: 22.55".into(),
    }
}

#[test]
fn schema_v2_audit_entry() {
    golden_older("v2", "audit.bin", &audit_entry());
}

#[test]
fn schema_v3_provider_with_a_login() {
    golden_current("v3", "provider.bin", &provider_with_login());
}

#[test]
fn schema_v3_provider_without_a_login() {
    golden_current("v3", "provider-no-login.bin", &provider());
}

#[test]
fn schema_v3_case() {
    golden_current(
        "v3",
        "case.bin",
        &CaseRecord::new(pregnancy(), Some(stamp())),
    );
}

#[test]
fn schema_v3_settings() {
    golden_current("v3", "settings.bin", &settings());
}

#[test]
fn schema_v3_month_bucket() {
    golden_current(
        "v3",
        "bucket.bin",
        &vec!["c-0001".to_string(), "c-0002".into()],
    );
}

#[test]
fn schema_v3_audit_entry() {
    golden_current("v3", "audit.bin", &audit_entry());
}

#[test]
fn schema_v3_audit_entry_of_a_merge() {
    let entry = AuditEntry {
        action: AuditAction::MergeProvider,
        subject: Some("p-dupont-2".into()),
        before: Some(r#"{"id":"p-dupont-2"}"#.into()),
        after: None,
        detail: "provider p-dupont-2 merged into p-dupont: 1 cases changed".into(),
        ..audit_entry()
    };
    golden_current("v3", "audit-merge.bin", &entry);
}
