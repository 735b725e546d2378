//! Golden records of each store schema version. The bytes under tests/golden/v1 were
//! written by schema version 1; they must keep decoding to the same values, and version
//! 1 must keep encoding to the same bytes. Changing a stored type without a migration
//! fails here. Regenerate only for a new version, with PERINAT_BLESS=1.

use chrono::{NaiveDate, NaiveTime};
use perinat::domain::ids::{Inami, Niss};
use perinat::domain::model::*;
use perinat::store::codec::{decode, encode};
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

fn golden<T>(name: &str, value: &T)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let path = PathBuf::from("tests/golden/v1").join(name);
    let bytes = encode(value).unwrap();
    if std::env::var_os("PERINAT_BLESS").is_some() {
        std::fs::write(&path, &bytes).unwrap();
    }
    let stored = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let decoded: T = decode(name.as_bytes(), &stored).unwrap();
    assert_eq!(&decoded, value, "v1 {name} decodes to the same value");
    assert_eq!(bytes, stored, "v1 {name} encodes to the same bytes");
}

#[test]
fn schema_v1_provider() {
    golden("provider.bin", &provider());
}

#[test]
fn schema_v1_pregnancy() {
    golden("pregnancy.bin", &pregnancy());
}

#[test]
fn schema_v1_settings() {
    golden("settings.bin", &settings());
}
