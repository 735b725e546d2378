//! Builders for the domain's unit tests: a small practice and cases in a few lines.

use crate::domain::catalog::Catalog;
use crate::domain::ids::Inami;
use crate::domain::model::*;
use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

pub fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

pub fn money(s: &str) -> Decimal {
    s.parse().expect("test amount")
}

/// An INAMI number with valid check digits built from a sequence number.
pub fn inami(profession_digit: u32, seq: u32) -> Inami {
    let first_six = u64::from(profession_digit) * 100_000 + u64::from(seq);
    let check = 97 - first_six % 97;
    Inami::parse(&format!("{first_six:06}{check:02}000")).expect("valid test inami")
}

fn provider(id: &str, profession: Profession, with_inami: bool, seq: u32) -> Provider {
    Provider {
        id: id.to_string(),
        name: format!("Dr {id}"),
        profession,
        inami: with_inami.then(|| inami(1, seq)),
        organisation: None,
        login: None,
    }
}

/// gyn, gp, mw (midwife), nurse, sw (social worker, no INAMI), psy, mw2, gp2 (INAMI).
pub fn practice() -> Directory {
    Directory::new([
        provider("gyn", Profession::Gynecologist, true, 1),
        provider("gp", Profession::GeneralPractitioner, true, 2),
        provider("mw", Profession::Midwife, true, 3),
        provider("nurse", Profession::Nurse, true, 4),
        provider("sw", Profession::SocialWorker, false, 5),
        provider("psy", Profession::Psychologist, true, 6),
        provider("mw2", Profession::Midwife, true, 7),
        provider("gp2", Profession::GeneralPractitioner, true, 8),
    ])
}

/// A Brussels case screened on `date` by "gyn" with consent and code, every indicator
/// answered, `vulnerable` ones true; due 200 days after the screening.
pub fn screened(date: &str, vulnerable: &[&str]) -> Pregnancy {
    let sd = d(date);
    let due = sd + chrono::Duration::days(200);
    let mut p = Pregnancy::new("c1", "Test Case", Region::Brussels, due);
    let answers: BTreeMap<String, bool> = Catalog::builtin()
        .indicators()
        .iter()
        .map(|i| (i.key.clone(), vulnerable.contains(&i.key.as_str())))
        .collect();
    p.screening = Some(Screening {
        date: sd,
        provider: "gyn".into(),
        consent: true,
        code: Some("BIB-1".into()),
        answers,
    });
    p
}

pub fn cpp(date: &str, provider: &str, evaluate: &[&str]) -> Cpp {
    Cpp {
        date: d(date),
        provider: provider.into(),
        code: Some("CPP-1".into()),
        evaluations: evaluate
            .iter()
            .map(|k| {
                (
                    k.to_string(),
                    Evaluation {
                        status: EvalStatus::StatusQuo,
                        note: "discussed".into(),
                    },
                )
            })
            .collect(),
    }
}

pub fn designation(provider: &str, from: &str) -> Designation {
    Designation {
        provider: provider.into(),
        from: d(from),
        consent: true,
        billing_provider: None,
    }
}

pub fn concertation(
    date: &str,
    start: &str,
    qh: u32,
    participants: &[&str],
    agreements: &[&str],
) -> Concertation {
    Concertation {
        date: d(date),
        start: NaiveTime::parse_from_str(start, "%H:%M").expect("test time"),
        quarter_hours: qh,
        participants: participants.iter().map(|s| s.to_string()).collect(),
        woman_present: true,
        report: "report".into(),
        agreements: agreements
            .iter()
            .map(|k| (k.to_string(), "agreed".to_string()))
            .collect(),
    }
}

pub fn follow_up(date: &str, indicator: &str) -> FollowUp {
    FollowUp {
        date: d(date),
        indicator: indicator.into(),
        status: EvalStatus::Improvement,
        note: "better".into(),
        provider: "mw".into(),
    }
}

/// A scenario-B case (financial, housing) screened on `date`, coordinated by "mw" from
/// the screening, with the core team, a care plan on the screening day, a 4-participant
/// concertation of `qh` quarter-hours 10 days later, and follow-ups on that day.
pub fn coordinated(date: &str) -> Pregnancy {
    let mut p = screened(date, &["financial", "housing"]);
    let sd = d(date);
    let later = (sd + chrono::Duration::days(10))
        .format("%Y-%m-%d")
        .to_string();
    p.coordinators.push(designation("mw", date));
    p.team = vec!["gyn".into(), "mw".into(), "gp".into()];
    p.care_plan = Some(CarePlan {
        date: sd,
        text: "plan".into(),
    });
    p.concertations.push(concertation(
        &later,
        "14:00",
        2,
        &["mw", "gyn", "gp"],
        &["financial", "housing"],
    ));
    p.follow_ups.push(follow_up(&later, "financial"));
    p.follow_ups.push(follow_up(&later, "housing"));
    p
}
