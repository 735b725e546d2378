//! Rule tests of the service engine, named after the rules they pin down.

use super::*;
use crate::domain::model::*;
use crate::domain::test_support::*;

const TODAY: &str = "2025-04-01";

fn eval_on(p: &Pregnancy, today: &str) -> CaseEvaluation {
    evaluate(p, &practice(), &RuleSet::builtin(), d(today))
}

fn lines_of(p: &Pregnancy, code: Pseudocode) -> Vec<ServiceLine> {
    eval_on(p, TODAY)
        .lines
        .into_iter()
        .filter(|l| l.pseudocode == code)
        .collect()
}

fn rules(l: &ServiceLine) -> Vec<&'static str> {
    l.reasons.iter().map(|r| r.rule()).collect()
}

fn one(p: &Pregnancy, code: Pseudocode) -> ServiceLine {
    let ls = lines_of(p, code);
    assert_eq!(ls.len(), 1, "{ls:#?}");
    ls.into_iter().next().unwrap()
}

// ---- Screening ----

#[test]
fn screening_complete_is_billable_at_the_tariff_in_force() {
    let p = screened("2025-03-01", &["financial"]);
    let l = one(&p, Pseudocode::Screening);
    assert_eq!(l.status, Status::Billable, "{:?}", l.reasons);
    assert_eq!(l.amount, Some(money("23.30")));
    assert_eq!(l.provider.as_deref(), Some("gyn"));
    assert_eq!(l.deadline, d("2025-06-05"));
}

#[test]
fn r12_fourteen_of_fifteen_answers_is_billable() {
    let mut p = screened("2025-03-01", &[]);
    p.screening.as_mut().unwrap().answers.remove("smoking");
    assert_eq!(one(&p, Pseudocode::Screening).status, Status::Billable);
}

#[test]
fn r12_thirteen_answers_block_screening_and_every_dependent_service() {
    let mut p = coordinated("2025-03-01");
    p.cpp
        .push(cpp("2025-03-05", "gyn", &["financial", "housing"]));
    let s = p.screening.as_mut().unwrap();
    s.answers.remove("smoking");
    s.answers.remove("education");
    let e = eval_on(&p, TODAY);
    assert!(!e.assessment.as_ref().unwrap().complete);
    for code in Pseudocode::ALL {
        let ls: Vec<_> = e.lines.iter().filter(|l| l.pseudocode == code).collect();
        assert!(!ls.is_empty(), "{code:?} listed");
        for l in ls {
            assert_eq!(l.status, Status::Blocked);
            assert!(rules(l).contains(&"R12"), "{code:?}: {:?}", l.reasons);
        }
    }
}

#[test]
fn r12_other_screening_defects_leave_the_scenario_standing() {
    let mut p = screened("2025-03-01", &["financial"]);
    p.screening.as_mut().unwrap().code = None;
    p.cpp.push(cpp("2025-03-05", "gyn", &["financial"]));
    assert_eq!(one(&p, Pseudocode::Screening).status, Status::Blocked);
    assert_eq!(one(&p, Pseudocode::Cpp).status, Status::Billable);
}

#[test]
fn r13_screening_on_the_7th_day_after_birth_is_billable_8th_is_not() {
    let mut p = screened("2025-03-08", &[]);
    p.birth_date = Some(d("2025-03-01"));
    assert_eq!(one(&p, Pseudocode::Screening).status, Status::Billable);
    p.screening.as_mut().unwrap().date = d("2025-03-09");
    let l = one(&p, Pseudocode::Screening);
    assert_eq!(rules(&l), vec!["R13"]);
}

#[test]
fn r13_screening_before_the_pregnancy_start_is_blocked_and_open_ended_before_birth() {
    let mut p = screened("2025-03-01", &[]);
    p.lmp = Some(d("2025-03-02"));
    assert_eq!(rules(&one(&p, Pseudocode::Screening)), vec!["R13"]);
    p.lmp = Some(d("2025-03-01"));
    assert_eq!(one(&p, Pseudocode::Screening).status, Status::Billable);
    // long after the due date, birth not recorded: upper bound open
    p.due_date = Some(d("2025-01-01"));
    p.lmp = None;
    p.screening.as_mut().unwrap().date = d("2025-01-02");
    assert_eq!(one(&p, Pseudocode::Screening).status, Status::Billable);
}

#[test]
fn r14_a_second_screening_is_refused() {
    let p = screened("2025-03-01", &[]);
    let e = may_record_screening(&p).unwrap_err();
    assert!(e.starts_with("R14:"), "{e}");
    let mut fresh = p.clone();
    fresh.screening = None;
    assert!(may_record_screening(&fresh).is_ok());
}

#[test]
fn r14_a_billed_screening_on_another_date_matches_nothing() {
    let mut p = screened("2025-03-01", &[]);
    p.billed.push(BilledService {
        pseudocode: Pseudocode::Screening,
        service_date: d("2025-03-02"),
        provider: "gyn".into(),
        billed_on: d("2025-03-10"),
        amount: money("23.30"),
    });
    assert_eq!(eval_on(&p, TODAY).unmatched_billed, vec![0]);
}

#[test]
fn r15_no_consent_or_no_inami_blocks_the_screening() {
    let mut p = screened("2025-03-01", &[]);
    p.screening.as_mut().unwrap().consent = false;
    assert_eq!(rules(&one(&p, Pseudocode::Screening)), vec!["R15"]);
    let mut p = screened("2025-03-01", &[]);
    p.screening.as_mut().unwrap().provider = "sw".into();
    let l = one(&p, Pseudocode::Screening);
    assert_eq!(rules(&l), vec!["R15"]);
    assert!(l.reasons[0].to_string().contains("no INAMI number"));
}

#[test]
fn r16_no_finalisation_code_blocks_the_screening() {
    let mut p = screened("2025-03-01", &[]);
    p.screening.as_mut().unwrap().code = Some("  ".into());
    assert_eq!(rules(&one(&p, Pseudocode::Screening)), vec!["R16"]);
}

// ---- CPP ----

#[test]
fn r20_scenario_zero_cpp_is_blocked_scenario_b_keeps_it() {
    let mut p = screened("2025-03-01", &[]);
    p.cpp.push(cpp("2025-03-05", "gyn", &[]));
    assert_eq!(rules(&one(&p, Pseudocode::Cpp)), vec!["R20"]);
    let mut p = screened("2025-03-01", &["financial", "violence"]);
    p.cpp
        .push(cpp("2025-03-05", "gyn", &["financial", "violence"]));
    assert_eq!(one(&p, Pseudocode::Cpp).status, Status::Billable);
}

#[test]
fn r21_third_cpp_is_blocked() {
    let mut p = screened("2025-03-01", &["financial"]);
    p.cpp.push(cpp("2025-05-05", "gyn", &["financial"]));
    p.cpp.push(cpp("2025-03-05", "gyn", &["financial"]));
    p.cpp.push(cpp("2025-04-05", "mw", &["financial"]));
    let ls = lines_of(&p, Pseudocode::Cpp);
    let by_date = |s: &str| ls.iter().find(|l| l.service_date == d(s)).unwrap();
    assert_eq!(by_date("2025-03-05").status, Status::Billable);
    assert_eq!(by_date("2025-04-05").status, Status::Billable);
    assert_eq!(rules(by_date("2025-05-05")), vec!["R21"]);
}

#[test]
fn r21_a_cpp_failing_another_rule_does_not_use_a_slot() {
    let mut p = screened("2025-03-01", &["financial"]);
    p.cpp.push(cpp("2025-03-05", "nurse", &["financial"]));
    p.cpp.push(cpp("2025-04-05", "gyn", &["financial"]));
    p.cpp.push(cpp("2025-05-05", "gyn", &["financial"]));
    let ls = lines_of(&p, Pseudocode::Cpp);
    assert_eq!(
        ls.iter().filter(|l| l.status == Status::Billable).count(),
        2
    );
}

#[test]
fn r21_cpp_before_screening_or_on_the_birth_day_is_outside_the_prenatal_period() {
    let mut p = screened("2025-03-01", &["financial"]);
    p.birth_date = Some(d("2025-06-01"));
    p.cpp.push(cpp("2025-02-28", "gyn", &["financial"]));
    p.cpp.push(cpp("2025-06-01", "gyn", &["financial"]));
    p.cpp.push(cpp("2025-05-31", "gyn", &["financial"]));
    let ls = lines_of(&p, Pseudocode::Cpp);
    assert_eq!(rules(&ls[0]), vec!["R21"]);
    assert_eq!(ls[1].status, Status::Billable);
    assert_eq!(ls[1].service_date, d("2025-05-31"));
    assert_eq!(rules(&ls[2]), vec!["R21"]);
}

#[test]
fn r22_cpp_by_a_nurse_cannot_be_billed() {
    let mut p = screened("2025-03-01", &["financial"]);
    p.cpp.push(cpp("2025-03-05", "nurse", &["financial"]));
    let l = one(&p, Pseudocode::Cpp);
    assert_eq!(
        l.reasons[0].to_string(),
        "R22: CPP by a nurse cannot be billed"
    );
    for ok in ["gyn", "gp", "mw"] {
        p.cpp[0].provider = ok.into();
        assert_eq!(one(&p, Pseudocode::Cpp).status, Status::Billable, "{ok}");
    }
}

#[test]
fn r23_every_vulnerability_needs_status_note_and_a_code() {
    let mut p = screened("2025-03-01", &["financial", "smoking"]);
    p.cpp.push(cpp("2025-03-05", "gyn", &["financial"]));
    let l = one(&p, Pseudocode::Cpp);
    assert_eq!(rules(&l), vec!["R23"]);
    assert!(l.reasons[0].to_string().contains("Smoking"));
    p.cpp[0] = cpp("2025-03-05", "gyn", &["financial", "smoking"]);
    assert_eq!(one(&p, Pseudocode::Cpp).status, Status::Billable);
    p.cpp[0].evaluations.get_mut("smoking").unwrap().note = String::new();
    assert_eq!(rules(&one(&p, Pseudocode::Cpp)), vec!["R23"]);
    p.cpp[0] = cpp("2025-03-05", "gyn", &["financial", "smoking"]);
    p.cpp[0].code = None;
    assert_eq!(rules(&one(&p, Pseudocode::Cpp)), vec!["R23"]);
}

// ---- Coordination ----

#[test]
fn r30_coordination_needs_scenario_b() {
    let mut p = coordinated("2025-03-01");
    p.screening
        .as_mut()
        .unwrap()
        .answers
        .insert("housing".into(), false);
    let ls = lines_of(&p, Pseudocode::Coordination);
    assert!(!ls.is_empty());
    assert!(rules(&ls[0]).contains(&"R30"));
    // no coordinator and not B: no forfait at all
    p.coordinators.clear();
    assert!(lines_of(&p, Pseudocode::Coordination).is_empty());
}

#[test]
fn r31_the_coordinator_on_a_day_is_the_last_designated() {
    let mut p = coordinated("2025-03-01");
    p.coordinators.push(designation("gp", "2025-05-01"));
    assert_eq!(coordinator_on(&p, d("2025-02-28")), None);
    assert_eq!(coordinator_on(&p, d("2025-04-30")).unwrap().provider, "mw");
    assert_eq!(coordinator_on(&p, d("2025-05-01")).unwrap().provider, "gp");
}

#[test]
fn r32_one_forfait_per_reference_period_billed_by_the_coordinator() {
    let p = coordinated("2025-03-01");
    let forfaits = |t: &str| -> Vec<ServiceLine> {
        eval_on(&p, t)
            .lines
            .into_iter()
            .filter(|l| l.pseudocode == Pseudocode::Coordination)
            .collect()
    };
    // only the periods begun by today are listed
    assert_eq!(forfaits("2025-04-01").len(), 1);
    assert_eq!(forfaits("2025-04-01")[0].status, Status::Billable);
    assert_eq!(forfaits("2026-02-28").len(), 1);
    assert_eq!(forfaits("2026-03-01").len(), 2);
    // birth expected 2025-09-17, 2nd birthday 2027-09-17: periods from 2025, 2026, 2027
    let ls = forfaits("2027-12-01");
    assert_eq!(ls.len(), 3);
    assert_eq!(ls[0].status, Status::Expired, "{:?}", ls[0].reasons);
    assert_eq!(ls[0].provider.as_deref(), Some("mw"));
    assert_eq!(ls[0].amount, Some(money("744.05")));
    assert!(rules(&ls[1]).contains(&"R33"));
    assert_eq!(ls[1].service_date, d("2026-03-01"));
}

#[test]
fn r32_coordinator_without_inami_bills_through_the_billing_provider() {
    let mut p = coordinated("2025-03-01");
    p.coordinators[0].provider = "sw".into();
    p.concertations[0].participants.push("sw".into());
    let first = |p: &Pregnancy| lines_of(p, Pseudocode::Coordination).remove(0);
    let l = first(&p);
    assert_eq!(rules(&l), vec!["R32"]);
    assert!(l.provider.is_none());
    p.coordinators[0].billing_provider = Some("gp".into());
    let l = first(&p);
    assert_eq!(l.status, Status::Billable, "{:?}", l.reasons);
    assert_eq!(l.provider.as_deref(), Some("gp"));
}

#[test]
fn r32_no_coordinator_blocks_the_forfait() {
    let mut p = coordinated("2025-03-01");
    p.coordinators.clear();
    let l = lines_of(&p, Pseudocode::Coordination).remove(0);
    assert!(rules(&l).contains(&"R32"));
    assert!(l.provider.is_none());
}

#[test]
fn r33_service_date_is_the_first_day_all_conditions_hold() {
    let mut p = coordinated("2025-03-01");
    p.follow_ups[1].date = d("2025-04-20");
    let l = lines_of(&p, Pseudocode::Coordination).remove(0);
    assert_eq!(l.status, Status::Billable);
    assert_eq!(l.service_date, d("2025-04-20"));
    assert_eq!(l.deadline, d("2025-07-05"));
}

#[test]
fn r33_each_missing_condition_has_its_reason() {
    let mut p = coordinated("2025-03-01");
    p.team = vec!["gyn".into(), "nurse".into()];
    p.care_plan = None;
    p.follow_ups.pop();
    p.coordinators[0].consent = false;
    let l = lines_of(&p, Pseudocode::Coordination).remove(0);
    let texts: Vec<String> = l.reasons.iter().map(|r| r.to_string()).collect();
    assert_eq!(
        l.service_date,
        d("2025-03-01"),
        "blocked: listed on the period's first day"
    );
    assert!(texts.iter().any(|t| t.contains("consent")), "{texts:?}");
    assert!(
        texts
            .iter()
            .any(|t| t.contains("a midwife, a general practitioner")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.contains("care plan")), "{texts:?}");
    assert!(
        texts.iter().any(|t| t.ends_with("for Housing problem")),
        "{texts:?}"
    );
    assert!(l.reasons.iter().all(|r| r.rule() == "R33"));
}

#[test]
fn r33_the_concertation_must_fall_in_the_same_period_and_be_valid() {
    let mut p = coordinated("2025-03-01");
    p.concertations[0].participants.truncate(2); // 2 + the woman = 3: fails R41
    let l = lines_of(&p, Pseudocode::Coordination).remove(0);
    assert!(l.reasons.contains(&Blocker::R33NoConcertation));
    // a valid concertation in the next period does not count for the first
    let mut p = coordinated("2025-03-01");
    p.concertations[0].date = d("2026-03-02");
    let ls = lines_of(&p, Pseudocode::Coordination);
    assert!(ls[0].reasons.contains(&Blocker::R33NoConcertation));
}

#[test]
fn r33_a_cpp_evaluation_counts_as_the_status_and_note() {
    let mut p = coordinated("2025-03-01");
    p.follow_ups.clear();
    p.cpp
        .push(cpp("2025-03-20", "gyn", &["financial", "housing"]));
    let l = lines_of(&p, Pseudocode::Coordination).remove(0);
    assert_eq!(l.status, Status::Billable, "{:?}", l.reasons);
    assert_eq!(l.service_date, d("2025-03-20"));
}

#[test]
fn r34_a_coordinator_transferred_mid_period_bills_from_the_next_period() {
    let mut p = coordinated("2025-03-01");
    p.coordinators.push(designation("gp", "2025-08-01"));
    // the second period's conditions, with gp in charge
    p.concertations.push(concertation(
        "2026-03-10",
        "10:00",
        1,
        &["gp", "gyn", "mw"],
        &["financial", "housing"],
    ));
    p.follow_ups.push(follow_up("2026-03-10", "financial"));
    p.follow_ups.push(follow_up("2026-03-10", "housing"));
    assert_eq!(lines_of(&p, Pseudocode::Coordination).len(), 1);
    let e = eval_on(&p, "2026-04-01");
    let ls: Vec<_> = e
        .lines
        .iter()
        .filter(|l| l.pseudocode == Pseudocode::Coordination)
        .collect();
    assert_eq!(ls[0].provider.as_deref(), Some("mw"));
    assert_eq!(ls[0].status, Status::Expired, "billable, deadline passed");
    assert!(ls[0].reasons.is_empty());
    assert_eq!(ls[1].provider.as_deref(), Some("gp"));
    let e = eval_on(&p, "2026-04-01");
    let l2 = e
        .lines
        .iter()
        .find(|l| l.origin == Origin::Coordination(2))
        .unwrap();
    assert_eq!(l2.status, Status::Billable, "{:?}", l2.reasons);
    assert_eq!(l2.provider.as_deref(), Some("gp"));
    assert_eq!(l2.service_date, d("2026-03-10"));
}

#[test]
fn r34_first_designated_within_a_period_bills_it_a_later_one_does_not() {
    let mut p = coordinated("2025-03-01");
    p.coordinators = vec![
        designation("mw", "2025-03-05"),
        designation("gp", "2025-03-08"),
    ];
    let l = lines_of(&p, Pseudocode::Coordination).remove(0);
    assert_eq!(l.provider.as_deref(), Some("mw"));
}

// ---- Concertation ----

fn concertation_lines(p: &Pregnancy) -> Vec<ServiceLine> {
    lines_of(p, Pseudocode::Concertation)
}

#[test]
fn r40_concertation_needs_scenario_b_and_the_coordinator_taking_part() {
    let p = coordinated("2025-03-01");
    let ls = concertation_lines(&p);
    assert_eq!(ls.len(), 3);
    assert!(ls.iter().all(|l| l.status == Status::Billable));
    assert_eq!(ls[0].provider.as_deref(), Some("mw"), "coordinator first");
    assert_eq!(ls[0].units, 2);
    assert_eq!(ls[0].amount, Some(money("31.00")));

    let mut absent = p.clone();
    absent.concertations[0].participants = vec!["gyn".into(), "gp".into(), "psy".into()];
    assert!(concertation_lines(&absent)
        .iter()
        .all(|l| rules(l) == vec!["R40"]));

    let mut early = p.clone();
    early.concertations[0].date = d("2025-02-27");
    early.coordinators[0].from = d("2025-02-01");
    let l = &concertation_lines(&early)[0];
    assert!(l.reasons.contains(&Blocker::R40BeforeScreening {
        screening: d("2025-03-01")
    }));

    let mut a = p.clone();
    a.screening
        .as_mut()
        .unwrap()
        .answers
        .insert("housing".into(), false);
    assert!(concertation_lines(&a)
        .iter()
        .all(|l| rules(l).contains(&"R40")));
}

#[test]
fn r41_at_least_four_participants_the_woman_counts() {
    let mut p = coordinated("2025-03-01");
    assert_eq!(concertation_lines(&p)[0].status, Status::Billable);
    p.concertations[0].woman_present = false;
    let l = &concertation_lines(&p)[0];
    assert_eq!(l.reasons, vec![Blocker::R41TooFew { count: 3 }]);
    p.concertations[0].participants.push("sw".into());
    assert_eq!(concertation_lines(&p)[0].status, Status::Billable);
    p.concertations[0].report.clear();
    assert_eq!(
        concertation_lines(&p)[0].reasons,
        vec![Blocker::R41NoReport]
    );
}

#[test]
fn r42_beyond_four_inami_participants_coordinator_first_then_recorded_order() {
    let mut p = coordinated("2025-03-01");
    p.concertations[0].participants = vec![
        "gyn".into(),
        "gp".into(),
        "psy".into(),
        "nurse".into(),
        "mw".into(),
        "sw".into(),
    ];
    let ls = concertation_lines(&p);
    let billable: Vec<_> = ls
        .iter()
        .filter(|l| l.status == Status::Billable)
        .map(|l| l.provider.clone().unwrap())
        .collect();
    assert_eq!(billable, vec!["mw", "gyn", "gp", "psy"]);
    let blocked: Vec<_> = ls.iter().filter(|l| l.status == Status::Blocked).collect();
    assert_eq!(blocked.len(), 1);
    assert_eq!(blocked[0].provider.as_deref(), Some("nurse"));
    assert_eq!(rules(blocked[0]), vec!["R42"]);
}

#[test]
fn r43_cap_reached_halfway_through_a_concertation() {
    let mut p = coordinated("2025-03-01"); // first concertation: 2 quarter-hours
    p.concertations.push(concertation(
        "2025-04-01",
        "09:00",
        4,
        &["mw", "gyn", "gp"],
        &["financial"],
    ));
    let ls: Vec<_> = concertation_lines(&p)
        .into_iter()
        .filter(|l| l.service_date == d("2025-04-01"))
        .collect();
    let ok: Vec<_> = ls.iter().filter(|l| l.status == Status::Billable).collect();
    let capped: Vec<_> = ls.iter().filter(|l| l.status == Status::Blocked).collect();
    assert_eq!(ok.len(), 3);
    assert!(ok.iter().all(|l| l.units == 2));
    assert_eq!(capped.len(), 3);
    assert!(capped
        .iter()
        .all(|l| l.units == 2 && rules(l) == vec!["R43"]));
    // the next period starts a new count
    p.concertations.push(concertation(
        "2026-03-01",
        "09:00",
        4,
        &["mw", "gyn", "gp"],
        &["financial"],
    ));
    let next: Vec<_> = concertation_lines(&p)
        .into_iter()
        .filter(|l| l.service_date == d("2026-03-01"))
        .collect();
    assert!(next
        .iter()
        .all(|l| l.status == Status::Billable && l.units == 4));
}

#[test]
fn r43_same_day_counts_in_start_time_order() {
    let mut p = coordinated("2025-03-01");
    p.concertations[0].quarter_hours = 3;
    p.concertations.push(concertation(
        "2025-03-11",
        "09:00",
        3,
        &["mw", "gyn", "gp"],
        &["financial"],
    ));
    // the 09:00 one comes first although recorded second
    let ls = concertation_lines(&p);
    let morning: Vec<_> = ls
        .iter()
        .filter(|l| l.origin == Origin::Concertation(1))
        .collect();
    assert!(morning
        .iter()
        .all(|l| l.status == Status::Billable && l.units == 3));
    let afternoon: Vec<_> = ls
        .iter()
        .filter(|l| l.origin == Origin::Concertation(0) && l.status == Status::Billable)
        .collect();
    assert!(afternoon.iter().all(|l| l.units == 1));
}

#[test]
fn r44_participants_without_inami_get_no_line() {
    let mut p = coordinated("2025-03-01");
    p.concertations[0].participants.push("sw".into());
    let ls = concertation_lines(&p);
    assert_eq!(ls.len(), 3);
    assert!(ls.iter().all(|l| l.provider.as_deref() != Some("sw")));
}

#[test]
fn r3_no_service_after_the_second_birthday() {
    let mut p = coordinated("2024-07-01");
    p.birth_date = Some(d("2024-10-01"));
    p.concertations.push(concertation(
        "2026-10-02",
        "09:00",
        1,
        &["mw", "gyn", "gp"],
        &["financial"],
    ));
    let e = eval_on(&p, "2026-10-03");
    let late: Vec<_> = e
        .lines
        .iter()
        .filter(|l| l.service_date == d("2026-10-02"))
        .collect();
    assert!(!late.is_empty());
    assert!(late.iter().all(|l| rules(l).contains(&"R3")));
}

// ---- Tariffs, deadlines, openings ----

#[test]
fn r50_a_service_the_day_before_a_tariff_change_keeps_the_old_tariff() {
    let p = screened("2024-12-31", &[]);
    assert_eq!(one(&p, Pseudocode::Screening).amount, Some(money("22.55")));
    let p = screened("2025-01-01", &[]);
    assert_eq!(one(&p, Pseudocode::Screening).amount, Some(money("23.30")));
}

#[test]
fn r52_no_service_before_the_programme_start() {
    let p = screened("2024-05-31", &[]);
    let l = one(&p, Pseudocode::Screening);
    assert_eq!(rules(&l), vec!["R52"]);
    assert_eq!(l.amount, None, "no tariff applies");
}

#[test]
fn r60_expired_after_the_5th_of_the_third_month() {
    let p = screened("2025-03-14", &[]);
    let on = |t: &str| eval_on(&p, t).lines.into_iter().next().unwrap();
    assert_eq!(on("2025-06-05").status, Status::Billable);
    assert_eq!(on("2025-06-06").status, Status::Expired);
}

#[test]
fn r61_flanders_is_blocked_until_the_practice_sets_an_opening() {
    let mut p = screened("2025-03-01", &[]);
    p.region = Region::Flanders;
    let l = one(&p, Pseudocode::Screening);
    assert_eq!(rules(&l), vec!["R61"]);
    assert!(l.reasons[0].to_string().contains("\"regions\""));
    let rules = RuleSet::with_settings(&PracticeSettings {
        tariffs: vec![],
        regions: vec![RegionOpening {
            region: Region::Flanders,
            screening_from: d("2025-01-01"),
            others_from: d("2025-01-01"),
        }],
    });
    let e = evaluate(&p, &practice(), &rules, d(TODAY));
    assert_eq!(e.lines[0].status, Status::Billable);
}

#[test]
fn r61_before_the_opening_day_billing_is_blocked() {
    let p = screened("2024-07-01", &[]);
    let before = eval_on(&p, "2024-09-15").lines.remove(0);
    assert_eq!(rules(&before), vec!["R61"]);
    let after = eval_on(&p, "2024-09-16").lines.remove(0);
    assert_eq!(after.status, Status::Billable);
}

#[test]
fn r62_a_retroactive_service_has_the_later_deadline() {
    let p = screened("2024-07-01", &[]);
    let l = eval_on(&p, "2024-10-01").lines.remove(0);
    assert_eq!(l.deadline, d("2024-12-05"));
    assert_eq!(l.status, Status::Billable);
}

#[test]
fn r63_a_billed_service_keeps_its_amount() {
    let mut p = screened("2025-03-01", &[]);
    p.billed.push(BilledService {
        pseudocode: Pseudocode::Screening,
        service_date: d("2025-03-01"),
        provider: "gyn".into(),
        billed_on: d("2025-03-10"),
        amount: money("22.55"),
    });
    let e = eval_on(&p, "2026-01-01");
    assert!(e.unmatched_billed.is_empty());
    let l = &e.lines[0];
    assert_eq!(l.status, Status::Billed, "billed, not expired");
    assert_eq!(l.amount, Some(money("22.55")));
    assert_eq!(l.billed_on, Some(d("2025-03-10")));
}

#[test]
fn r63_billed_concertation_units_match_the_billable_line_first() {
    let mut p = coordinated("2025-03-01");
    p.concertations[0].quarter_hours = 6;
    p.billed.push(BilledService {
        pseudocode: Pseudocode::Concertation,
        service_date: d("2025-03-11"),
        provider: "gyn".into(),
        billed_on: d("2025-04-01"),
        amount: money("62.00"),
    });
    let ls = concertation_lines(&p);
    let gyn: Vec<_> = ls
        .iter()
        .filter(|l| l.provider.as_deref() == Some("gyn"))
        .collect();
    assert_eq!(gyn.len(), 2);
    assert_eq!(gyn[0].status, Status::Billed);
    assert_eq!(gyn[0].units, 4);
    assert_eq!(gyn[1].status, Status::Blocked);
}

#[test]
fn every_service_date_is_a_candidate_index_date() {
    let mut p = coordinated("2025-01-31");
    p.cpp
        .push(cpp("2025-02-05", "gyn", &["financial", "housing"]));
    p.follow_ups.push(follow_up("2026-02-20", "housing"));
    let candidates = candidate_service_dates(&p, &RuleSet::builtin());
    assert!(
        candidates.contains(&d("2026-02-20")),
        "it dates period 2's forfait"
    );
    let mut extra = p.clone();
    extra.follow_ups.push(follow_up("2025-06-01", "financial"));
    assert_eq!(
        candidate_service_dates(&extra, &RuleSet::builtin()),
        candidates,
        "a second follow-up in a period decides nothing"
    );
    // whatever the providers' details: a full practice, one without a midwife, none
    let mut no_midwife = practice();
    no_midwife.insert(Provider {
        id: "mw".into(),
        name: "now a nurse".into(),
        profession: Profession::Nurse,
        inami: None,
        organisation: None,
        login: None,
    });
    for dir in [practice(), no_midwife, Directory::default()] {
        for today in ["2025-04-01", "2026-06-01", "2099-01-01"] {
            for l in evaluate(&p, &dir, &RuleSet::builtin(), d(today)).lines {
                assert!(candidates.contains(&l.service_date), "{:?} on {today}", l);
            }
        }
    }
}

#[test]
fn r60_deadline_near_only_for_lines_still_to_claim() {
    let p = screened("2025-03-14", &[]); // deadline 2025-06-05
    let line = |t: &str| eval_on(&p, t).lines.remove(0);
    assert!(!line("2025-05-21").deadline_near(d("2025-05-21")));
    assert!(line("2025-05-22").deadline_near(d("2025-05-22")));
    assert!(line("2025-06-05").deadline_near(d("2025-06-05")));
    assert!(
        !line("2025-06-06").deadline_near(d("2025-06-06")),
        "expired"
    );
    let mut blocked = p.clone();
    blocked.screening.as_mut().unwrap().code = None;
    let l = eval_on(&blocked, "2025-06-01").lines.remove(0);
    assert!(
        !l.deadline_near(d("2025-06-01")),
        "blocked lines are not to claim"
    );
}

// ---- Clarified rules: what takes a place, what moves a date ----

#[test]
fn r21_a_cpp_before_the_programme_start_r52_takes_no_place() {
    let mut p = screened("2024-05-20", &["financial"]);
    p.cpp.push(cpp("2024-05-25", "gyn", &["financial"]));
    p.cpp.push(cpp("2024-06-05", "gyn", &["financial"]));
    p.cpp.push(cpp("2024-06-20", "mw", &["financial"]));
    let ls = lines_of(&p, Pseudocode::Cpp);
    let by_date = |s: &str| ls.iter().find(|l| l.service_date == d(s)).unwrap();
    assert_eq!(rules(by_date("2024-05-25")), vec!["R52"]);
    assert!(rules(by_date("2024-06-05")).is_empty());
    assert!(
        rules(by_date("2024-06-20")).is_empty(),
        "the R52 CPP must not use one of the two places"
    );
}

#[test]
fn r21_a_cpp_blocked_by_r61_alone_keeps_its_place() {
    let mut p = screened("2025-03-01", &["financial"]);
    p.region = Region::Flanders; // no opening date built in: R61
    p.cpp.push(cpp("2025-03-05", "gyn", &["financial"]));
    p.cpp.push(cpp("2025-04-05", "gyn", &["financial"]));
    p.cpp.push(cpp("2025-05-05", "mw", &["financial"]));
    let ls = lines_of(&p, Pseudocode::Cpp);
    let by_date = |s: &str| ls.iter().find(|l| l.service_date == d(s)).unwrap();
    assert_eq!(rules(by_date("2025-03-05")), vec!["R61"]);
    assert_eq!(rules(by_date("2025-04-05")), vec!["R61"]);
    assert_eq!(rules(by_date("2025-05-05")), vec!["R21", "R61"]);
}

#[test]
fn r43_quarter_hours_before_the_programme_start_r52_take_no_place_in_the_cap() {
    // The concertation of `coordinated` falls on 2024-05-25 (R52): 2 quarter-hours.
    let mut p = coordinated("2024-05-15");
    p.concertations.push(concertation(
        "2024-06-10",
        "09:00",
        4,
        &["mw", "gyn", "gp"],
        &["financial"],
    ));
    let ls = concertation_lines(&p);
    let early: Vec<_> = ls
        .iter()
        .filter(|l| l.service_date == d("2024-05-25"))
        .collect();
    assert!(!early.is_empty() && early.iter().all(|l| rules(l) == vec!["R52"]));
    let later: Vec<_> = ls
        .iter()
        .filter(|l| l.service_date == d("2024-06-10"))
        .collect();
    assert_eq!(later.len(), 3, "{later:#?}");
    assert!(
        later.iter().all(|l| l.units == 4 && l.reasons.is_empty()),
        "all 4 quarter-hours billable: {later:#?}"
    );
}

#[test]
fn r43_quarter_hours_blocked_by_r61_alone_keep_their_place_in_the_cap() {
    let mut p = coordinated("2025-03-01");
    p.region = Region::Flanders;
    p.concertations.push(concertation(
        "2025-04-01",
        "09:00",
        4,
        &["mw", "gyn", "gp"],
        &["financial"],
    ));
    let ls: Vec<_> = concertation_lines(&p)
        .into_iter()
        .filter(|l| l.service_date == d("2025-04-01"))
        .collect();
    assert!(ls
        .iter()
        .any(|l| l.units == 2 && rules(l) == vec!["R43", "R61"]));
}

#[test]
fn r33_r32_without_billing_provider_keeps_the_day_the_conditions_came_to_hold() {
    let mut p = coordinated("2025-03-01");
    p.coordinators[0].provider = "sw".into();
    p.concertations[0].participants.push("sw".into());
    p.follow_ups[1].date = d("2025-04-20");
    let l = lines_of(&p, Pseudocode::Coordination).remove(0);
    assert_eq!(rules(&l), vec!["R32"]);
    assert_eq!(l.service_date, d("2025-04-20"));
}

#[test]
fn r33_date_not_moved_by_r52_or_r61() {
    // R52: every condition holds on 2024-03-11, before the programme start.
    let p = coordinated("2024-03-01");
    let l = lines_of(&p, Pseudocode::Coordination).remove(0);
    assert_eq!(rules(&l), vec!["R52"]);
    assert_eq!(l.service_date, d("2024-03-11"));
    // R61: a Flemish case without an opening date.
    let mut p = coordinated("2025-03-01");
    p.region = Region::Flanders;
    p.follow_ups[1].date = d("2025-04-20");
    let l = lines_of(&p, Pseudocode::Coordination).remove(0);
    assert_eq!(rules(&l), vec!["R61"]);
    assert_eq!(l.service_date, d("2025-04-20"));
}

#[test]
fn r33_while_a_condition_fails_the_forfait_stays_on_the_period_s_first_day() {
    let mut p = coordinated("2025-03-01");
    p.care_plan = None;
    let l = lines_of(&p, Pseudocode::Coordination).remove(0);
    assert_eq!(rules(&l), vec!["R33"]);
    assert_eq!(l.service_date, d("2025-03-01"));
}
