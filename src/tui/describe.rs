//! What a change was, in the user's words, for undo and redo ("follow-up on housing
//! for Mia Fantôme") and for the question before a delete.

use crate::domain::catalog::Catalog;
use crate::domain::edit::Record;
use crate::domain::model::Pregnancy;
use crate::i18n::format::date;
use crate::t;
use crate::tui::forms::FormKind;

/// What saving a form of `kind` did to `after`, with its verb: "adding the follow-up on
/// housing of 12/03/2025 for Mia Fantôme", "changes to the care plan of …".
pub fn saved(
    kind: &FormKind,
    before: Option<&Pregnancy>,
    after: &Pregnancy,
    catalog: &Catalog,
) -> String {
    let what = change(kind, after, catalog);
    let added = match kind {
        FormKind::Pregnancy(None) => true,
        FormKind::Cpp(_, i)
        | FormKind::FollowUp(_, i)
        | FormKind::Designation(_, i)
        | FormKind::Concertation(_, i) => i.is_none(),
        FormKind::Screening(_) => before.is_some_and(|b| b.screening.is_none()),
        FormKind::CarePlan(_) => before.is_some_and(|b| b.care_plan.is_none()),
        _ => false,
    };
    if added {
        t!("undo-added", what = what)
    } else {
        t!("undo-changed", what = what)
    }
}

/// What a record deleted was: "deleting the follow-up on …".
pub fn deleted(what: &str) -> String {
    t!("undo-deleted", what = what)
}

/// The record a form of `kind` saved into `after`, named.
fn change(kind: &FormKind, after: &Pregnancy, catalog: &Catalog) -> String {
    let name = after.mother.name.as_str();
    match kind {
        FormKind::Pregnancy(None) => t!("undo-what-case", name = name),
        FormKind::Pregnancy(Some(_)) => t!("undo-what-case-details", name = name),
        FormKind::Screening(_) => t!("undo-what-screening", name = name),
        FormKind::Cpp(_, i) => {
            let i = i.unwrap_or(after.cpp.len().saturating_sub(1));
            record(after, &Record::Cpp(i), catalog)
        }
        FormKind::FollowUp(_, i) => {
            // A new follow-up is the last one.
            let i = i.unwrap_or(after.follow_ups.len().saturating_sub(1));
            record(after, &Record::FollowUp(i), catalog)
        }
        FormKind::Designation(_, i) => {
            let i = i.unwrap_or(after.coordinators.len().saturating_sub(1));
            record(after, &Record::Designation(i), catalog)
        }
        FormKind::Team(_) => t!("undo-what-team", name = name),
        FormKind::CarePlan(_) => t!("undo-what-care-plan", name = name),
        FormKind::Concertation(_, i) => {
            let i = i.unwrap_or(after.concertations.len().saturating_sub(1));
            record(after, &Record::Concertation(i), catalog)
        }
        _ => t!("undo-what-case-details", name = name),
    }
}

/// One record of `p`, named: "follow-up on housing of 12/03/2025 for Mia Fantôme".
pub fn record(p: &Pregnancy, r: &Record, catalog: &Catalog) -> String {
    let name = p.mother.name.as_str();
    match r {
        Record::Screening => t!("undo-what-screening", name = name),
        Record::Cpp(i) => match p.cpp.get(*i) {
            Some(c) => t!("undo-what-cpp", date = date(c.date), name = name),
            None => t!("undo-what-case-details", name = name),
        },
        Record::Concertation(i) => match p.concertations.get(*i) {
            Some(c) => t!("undo-what-concertation", date = date(c.date), name = name),
            None => t!("undo-what-case-details", name = name),
        },
        Record::FollowUp(i) => match p.follow_ups.get(*i) {
            Some(f) => {
                let on = catalog
                    .get(&f.indicator)
                    .map(|x| x.label().to_string())
                    .unwrap_or_else(|| f.indicator.clone());
                t!(
                    "undo-what-follow-up",
                    indicator = on,
                    date = date(f.date),
                    name = name
                )
            }
            None => t!("undo-what-case-details", name = name),
        },
        Record::Designation(i) => match p.coordinators.get(*i) {
            Some(d) => t!("undo-what-designation", date = date(d.from), name = name),
            None => t!("undo-what-case-details", name = name),
        },
        Record::CarePlan => t!("undo-what-care-plan", name = name),
    }
}
