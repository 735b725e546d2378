//! The typed readers of the forms: what a form filled from a case reads back as, and a
//! form missing something reads as nothing, with the field that wants it flagged.

use super::*;
use crate::domain::model::{Designation, FollowUp, Profession, Region};
use crate::tui::form::Input;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, d).expect("a day")
}

fn provider(id: &str, name: &str) -> Provider {
    Provider {
        id: id.into(),
        name: name.into(),
        profession: Profession::Midwife,
        inami: None,
        organisation: None,
        login: None,
    }
}

fn providers() -> Vec<Provider> {
    vec![
        provider("p-0001", "Anne Sage"),
        provider("p-0002", "Bea Coord"),
    ]
}

fn case() -> Pregnancy {
    let mut p = Pregnancy::new("c-000001", "Marie Test", Region::Brussels, day(30));
    p.coordinators.push(Designation {
        provider: "p-0002".into(),
        from: day(1),
        consent: true,
        billing_provider: None,
    });
    p
}

fn ctx<'a>(providers: &'a [Provider], rules: &'a RuleSet, me: Option<&'a str>) -> Ctx<'a> {
    Ctx {
        providers,
        rules,
        today: day(15),
        me,
    }
}

fn error_of<'a>(form: &'a Form, key: &str) -> Option<&'a str> {
    form.field(key).and_then(|f| f.error.as_deref())
}

/// Chooses the option `value` of the choice `key`.
fn choose(form: &mut Form, key: &str, value: &str) {
    let f = form.fields.iter_mut().find(|f| f.key == key).expect(key);
    match &mut f.input {
        Input::Choice { options, index } => {
            *index = options.iter().position(|(v, _)| v == value).expect(value);
        }
        other => panic!("{key} is not a choice: {other:?}"),
    }
}

#[test]
fn a_follow_up_with_no_status_chosen_reads_as_none_and_flags_the_status() {
    let (rules, providers) = (RuleSet::builtin(), providers());
    let mut form = follow_up_form(&case(), None, &ctx(&providers, &rules, Some("p-0001")));
    assert_eq!(form.get("status"), "");
    assert_eq!(follow_up::read(&mut form), None);
    assert!(error_of(&form, "status").is_some(), "{form:?}");
    assert_eq!(error_of(&form, "provider"), None);
}

#[test]
fn a_follow_up_reads_back_as_typed() {
    let (rules, providers) = (RuleSet::builtin(), providers());
    let mut p = case();
    let indicator = rules.catalog.indicators()[0].key.clone();
    p.follow_ups.push(FollowUp {
        date: day(10),
        indicator: indicator.clone(),
        status: EvalStatus::StatusQuo,
        note: "seen at home".into(),
        provider: "p-0001".into(),
    });
    let mut form = follow_up_form(&p, Some(0), &ctx(&providers, &rules, None));
    let read = follow_up::read(&mut form).expect("complete");
    assert_eq!(
        read,
        FollowUp {
            date: day(10),
            indicator,
            status: EvalStatus::StatusQuo,
            note: "seen at home".into(),
            provider: "p-0001".into(),
        }
    );
    // Another status chosen is what is read, and what the case gets.
    choose(&mut form, "status", EvalStatus::Achieved.key());
    let read = follow_up::read(&mut form).expect("complete");
    assert_eq!(read.status, EvalStatus::Achieved);
    put_at(&mut p.follow_ups, Some(0), read);
    assert_eq!(p.follow_ups.len(), 1);
    assert_eq!(p.follow_ups[0].status, EvalStatus::Achieved);
}

#[test]
fn a_new_follow_up_proposes_the_coordinator_when_nobody_is_signed_in() {
    let (rules, providers) = (RuleSet::builtin(), providers());
    let mut form = follow_up_form(&case(), None, &ctx(&providers, &rules, None));
    choose(&mut form, "status", EvalStatus::Improvement.key());
    let read = follow_up::read(&mut form).expect("complete");
    assert_eq!(read.provider, "p-0002");
    assert_eq!(read.date, day(15));
}

#[test]
fn a_screening_with_nobody_chosen_reads_as_none_and_flags_the_provider() {
    let (rules, providers) = (RuleSet::builtin(), providers());
    let mut form = screening_form(&case(), &ctx(&providers, &rules, None));
    assert_eq!(screening::read(&mut form, &rules), None);
    assert!(error_of(&form, "provider").is_some(), "{form:?}");
}

#[test]
fn a_screening_reads_only_the_indicators_answered() {
    let (rules, providers) = (RuleSet::builtin(), providers());
    let mut form = screening_form(&case(), &ctx(&providers, &rules, Some("p-0001")));
    let first = rules.catalog.indicators()[0].key.clone();
    choose(&mut form, &format!("ind:{first}"), "yes");
    let read = screening::read(&mut form, &rules).expect("complete");
    assert_eq!(read.provider, "p-0001");
    assert!(!read.consent);
    assert_eq!(read.code, None);
    assert_eq!(
        read.answers.into_iter().collect::<Vec<_>>(),
        [(first, true)]
    );
}

#[test]
fn a_pregnancy_with_no_date_reads_as_none_and_flags_the_due_date() {
    let mut p = case();
    p.due_date = None;
    let mut form = pregnancy_form(Some(&p), "");
    assert_eq!(PregnancyValues::read(&mut form), None);
    assert!(error_of(&form, "due").is_some(), "{form:?}");
}

#[test]
fn a_pregnancy_reads_back_as_it_was() {
    let p = case();
    let mut form = pregnancy_form(Some(&p), "");
    let mut back = Pregnancy::new(&p.id, "", Region::Wallonia, day(1));
    PregnancyValues::read(&mut form)
        .expect("complete")
        .apply(&mut back);
    assert_eq!(back.mother, p.mother);
    assert_eq!(
        (back.region, back.lmp, back.due_date, back.birth_date),
        (p.region, p.lmp, p.due_date, p.birth_date)
    );
}

#[test]
fn a_new_concertation_reads_its_defaults_with_the_coordinator_first() {
    let (rules, providers) = (RuleSet::builtin(), providers());
    let form = concertation_form(&case(), None, &ctx(&providers, &rules, Some("p-0001")));
    let read = concertation::read(&form).expect("complete");
    assert_eq!(read.date, day(15));
    assert_eq!(read.start.format("%H:%M").to_string(), "09:00");
    assert_eq!(read.quarter_hours, 4);
    assert_eq!(read.participants, ["p-0002", "p-0001"]);
    assert!(!read.woman_present);
    assert!(read.agreements.is_empty(), "empty agreements are not kept");
}

#[test]
fn a_designation_with_nobody_chosen_flags_the_coordinator() {
    let (rules, providers) = (RuleSet::builtin(), providers());
    let mut form = designation_form(&case(), None, &ctx(&providers, &rules, None));
    assert_eq!(designation::read(&mut form), None);
    assert!(error_of(&form, "provider").is_some(), "{form:?}");
}
