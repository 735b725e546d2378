//! To-do tests, named after the rules the items come from.

use super::*;
use crate::domain::model::*;
use crate::domain::ruleset::RuleSet;
use crate::domain::services::evaluate;
use crate::domain::test_support::*;

fn todo_on(p: &Pregnancy, today: &str, days: i64) -> Vec<TodoItem> {
    let dir = practice();
    let e = evaluate(p, &dir, &RuleSet::builtin(), d(today));
    todo(p, &e, &dir, d(today), days)
}

fn of_rule(items: Vec<TodoItem>, rule: &str) -> Vec<TodoItem> {
    items.into_iter().filter(|i| i.rule() == rule).collect()
}

#[test]
fn r35_follow_ups_due_then_overdue_point_to_the_vulnerability() {
    let p = coordinated("2025-03-01"); // follow-ups on 2025-03-11, next due by 2026-03-01
    assert!(of_rule(todo_on(&p, "2026-01-01", 30), "R35").is_empty());
    // a longer horizon announces it earlier
    let due = of_rule(todo_on(&p, "2026-01-01", 60), "R35");
    assert_eq!(due.len(), 2);
    assert_eq!(due[0].due, d("2026-03-01"));
    assert!(!due[0].overdue);
    assert_eq!(due[0].kind.key(), "follow-up-due");
    assert_eq!(due[0].providers, vec!["mw".to_string()]);
    assert_eq!(due[0].place.section, Section::FollowUps);
    assert_eq!(due[0].place.indicator.as_deref(), Some("financial"));
    assert_eq!(due[0].woman, "Test Case");
    let late = of_rule(todo_on(&p, "2026-03-10", 30), "R35");
    assert_eq!(late.len(), 2);
    assert!(late[0].overdue);
    assert_eq!(late[0].due, d("2026-03-01"));
    assert!(late[0].text().starts_with("R35: "), "{}", late[0].text());
}

#[test]
fn r36_yearly_concertation_due_within_the_horizon_and_missing_overdue() {
    let p = coordinated("2025-03-01"); // coordination year 2 ends 2027-03-01
    let due = of_rule(todo_on(&p, "2027-01-15", 60), "R36");
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].due, d("2027-03-01"));
    assert_eq!(due[0].place.section, Section::Concertations);
    assert!(of_rule(todo_on(&p, "2027-01-15", 30), "R36").is_empty());
    let missing = of_rule(todo_on(&p, "2027-03-10", 30), "R36");
    assert!(missing
        .iter()
        .any(|i| i.overdue && i.due == d("2027-03-01")));
}

#[test]
fn r21_second_cpp_to_plan_in_t3_by_the_day_before_the_birth() {
    let mut p = screened("2025-03-01", &["housing"]); // scenario A, due 2025-09-17
    p.cpp.push(cpp("2025-03-10", "gyn", &["housing"]));
    p.team = vec!["gyn".into(), "nurse".into(), "mw".into()];
    // T2: the second CPP is not asked for yet
    assert!(of_rule(todo_on(&p, "2025-05-01", 30), "R21").is_empty());
    let t3 = of_rule(todo_on(&p, "2025-07-01", 30), "R21");
    assert_eq!(t3.len(), 1);
    assert_eq!(t3[0].kind, TodoKind::Alert(Alert::CppDue { number: 2 }));
    assert_eq!(t3[0].due, d("2025-09-16"));
    assert_eq!(t3[0].providers, vec!["gyn".to_string(), "mw".to_string()]);
    assert_eq!(t3[0].place.section, Section::Cpp);
}

#[test]
fn r13_screening_window_closing_within_the_horizon() {
    let p = Pregnancy::new("c9", "No Screen", Region::Wallonia, d("2025-06-01"));
    let items = of_rule(todo_on(&p, "2025-05-20", 30), "R13");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].due, d("2025-06-08"));
    assert_eq!(items[0].place.section, Section::Screening);
    // the expected birth is further than the horizon: not yet
    assert!(of_rule(todo_on(&p, "2025-04-01", 30), "R13").is_empty());
}

#[test]
fn r60_deadline_near_points_to_its_line_and_biller() {
    let p = coordinated("2025-03-01"); // screening line, deadline 2025-06-05
    let items = of_rule(todo_on(&p, "2025-05-25", 14), "R60");
    let screening: Vec<_> = items
        .iter()
        .filter(|i| i.place.line == Some(Origin::Screening))
        .collect();
    assert_eq!(screening.len(), 1);
    assert_eq!(screening[0].due, d("2025-06-05"));
    assert_eq!(screening[0].providers, vec!["gyn".to_string()]);
    assert_eq!(screening[0].place.section, Section::Services);
    assert!(!of_rule(todo_on(&p, "2025-05-25", 5), "R60")
        .iter()
        .any(|i| i.place.line == Some(Origin::Screening)));
    // billed lines are not to do
    let mut billed = p.clone();
    billed.billed.push(BilledService {
        pseudocode: Pseudocode::Screening,
        service_date: d("2025-03-01"),
        provider: "gyn".into(),
        billed_on: d("2025-05-01"),
        amount: money("23.30"),
    });
    assert!(!of_rule(todo_on(&billed, "2025-05-25", 14), "R60")
        .iter()
        .any(|i| i.place.line == Some(Origin::Screening)));
}

#[test]
fn r33_forfait_lacking_one_condition_names_it_and_points_to_it() {
    let mut p = coordinated("2025-03-01");
    p.care_plan = None;
    let items = of_rule(todo_on(&p, "2025-04-01", 14), "R33");
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0].kind,
        TodoKind::Forfait {
            period: 1,
            missing: Blocker::R33NoCarePlan
        }
    );
    assert_eq!(items[0].place.section, Section::CarePlan);
    assert_eq!(items[0].place.line, Some(Origin::Coordination(1)));
    assert_eq!(items[0].due, d("2026-02-28"));
    assert_eq!(items[0].providers, vec!["mw".to_string()]);
    assert!(items[0].text().starts_with("R33: "), "{}", items[0].text());
    assert!(
        items[0].text().contains("no care plan"),
        "{}",
        items[0].text()
    );
    // two conditions missing: not "one more"
    p.team.clear();
    assert!(of_rule(todo_on(&p, "2025-04-01", 14), "R33").is_empty());
}

#[test]
fn r33_missing_follow_up_points_to_the_vulnerability() {
    let mut p = coordinated("2025-03-01");
    p.follow_ups.retain(|f| f.indicator != "housing");
    let items = of_rule(todo_on(&p, "2025-04-01", 14), "R33");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].place.section, Section::FollowUps);
    assert_eq!(items[0].place.indicator.as_deref(), Some("housing"));
}
