//! Alert tests, named after the rules they come from.

use super::*;
use crate::domain::model::*;
use crate::domain::ruleset::RuleSet;
use crate::domain::services::evaluate;
use crate::domain::test_support::*;

fn alerts_on(p: &Pregnancy, today: &str) -> Vec<Alert> {
    let e = evaluate(p, &practice(), &RuleSet::builtin(), d(today));
    alerts(p, &e, d(today))
}

#[test]
fn r35_follow_up_overdue_after_a_whole_six_month_slot_without_one() {
    let p = coordinated("2025-03-01"); // follow-ups on 2025-03-11, slot 1
    let followups = |t: &str| -> Vec<Alert> {
        alerts_on(&p, t)
            .into_iter()
            .filter(|a| a.rule() == "R35")
            .collect()
    };
    assert!(followups("2025-06-01").is_empty());
    // slot 2 (2025-09-01 .. 2026-03-01) has none yet: due by 2026-03-01, announced 30 days ahead
    assert!(followups("2025-12-01").is_empty());
    assert_eq!(
        followups("2026-02-15")[0],
        Alert::FollowUpDue {
            indicator: "financial".into(),
            by: d("2026-03-01")
        }
    );
    assert_eq!(
        followups("2026-03-01")[0],
        Alert::FollowUpOverdue {
            indicator: "financial".into(),
            since: d("2026-03-01")
        }
    );
    assert_eq!(followups("2026-03-01").len(), 2);
}

#[test]
fn r35_a_recent_follow_up_clears_the_alert() {
    let mut p = coordinated("2025-03-01");
    p.follow_ups.push(follow_up("2026-03-05", "financial"));
    let a = alerts_on(&p, "2026-03-10");
    assert!(!a.iter().any(
        |a| matches!(a, Alert::FollowUpOverdue { indicator, .. } if indicator == "financial")
    ));
    assert!(a
        .iter()
        .any(|a| matches!(a, Alert::FollowUpOverdue { indicator, .. } if indicator == "housing")));
}

#[test]
fn r36_yearly_concertation_missing_and_due() {
    let p = coordinated("2025-03-01"); // coordination from 2025-03-01, concertation 2025-03-11
    let r36 = |t: &str| -> Vec<Alert> {
        alerts_on(&p, t)
            .into_iter()
            .filter(|a| a.rule() == "R36")
            .collect()
    };
    assert!(r36("2025-12-01").is_empty(), "year 1 has its concertation");
    assert!(
        r36("2026-12-01").is_empty(),
        "year 2 ends in more than 60 days"
    );
    assert_eq!(
        r36("2027-01-15"),
        vec![Alert::ConcertationDue {
            by: d("2027-03-01")
        }]
    );
    assert_eq!(
        r36("2027-03-02"),
        vec![Alert::ConcertationMissing {
            year_end: d("2027-03-01")
        }]
    );
}

#[test]
fn r36_a_concertation_must_cover_every_vulnerability() {
    let mut p = coordinated("2025-03-01");
    p.concertations[0].agreements.remove("housing");
    let a = alerts_on(&p, "2026-03-05");
    assert!(a.contains(&Alert::ConcertationMissing {
        year_end: d("2026-03-01")
    }));
}

#[test]
fn r21_hint_first_cpp_then_second_in_t3() {
    let mut p = screened("2025-03-01", &["financial"]); // due 2025-09-17, start 2024-12-11
    assert!(alerts_on(&p, "2025-03-02").contains(&Alert::CppDue { number: 1 }));
    p.cpp.push(cpp("2025-03-05", "gyn", &["financial"]));
    assert!(!alerts_on(&p, "2025-05-01")
        .iter()
        .any(|a| a.rule() == "R21"));
    // T3 from day 196: 2025-06-25
    assert!(!alerts_on(&p, "2025-06-24").contains(&Alert::CppDue { number: 2 }));
    assert!(alerts_on(&p, "2025-06-25").contains(&Alert::CppDue { number: 2 }));
    p.birth_date = Some(d("2025-07-01"));
    assert!(!alerts_on(&p, "2025-07-02")
        .iter()
        .any(|a| a.rule() == "R21"));
}

#[test]
fn r13_screening_window_closing_alert() {
    let mut p = Pregnancy::new("c", "x", Region::Wallonia, d("2025-06-01"));
    assert!(
        alerts_on(&p, "2025-03-01").is_empty(),
        "far from the due date"
    );
    assert_eq!(
        alerts_on(&p, "2025-05-20"),
        vec![Alert::ScreeningWindowClosing {
            closes: d("2025-06-08"),
            expected: true
        }]
    );
    p.birth_date = Some(d("2025-05-28"));
    assert_eq!(
        alerts_on(&p, "2025-06-04"),
        vec![Alert::ScreeningWindowClosing {
            closes: d("2025-06-04"),
            expected: false
        }]
    );
    assert!(alerts_on(&p, "2025-06-05").is_empty(), "window closed");
}

#[test]
fn r60_deadline_near_within_14_days() {
    let p = screened("2025-03-14", &[]);
    let near = |t: &str| alerts_on(&p, t).iter().any(|a| a.rule() == "R60");
    assert!(!near("2025-05-21"));
    assert!(near("2025-05-22"));
    assert!(near("2025-06-05"));
    assert!(!near("2025-06-06"), "expired, no longer an alert");
}

#[test]
fn r3_no_alerts_after_the_trajectory_ends() {
    let mut p = coordinated("2024-07-01");
    p.birth_date = Some(d("2024-10-01"));
    assert!(alerts_on(&p, "2026-10-02").is_empty());
}
