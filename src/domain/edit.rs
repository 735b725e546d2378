//! The records of a case one by one, as a person corrects them: which record, whether
//! it may be deleted (R63: not one a billed service comes from), and deleting it.

use crate::domain::model::{BilledService, Pregnancy, Pseudocode};
use chrono::NaiveDate;

/// One record of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    Screening,
    Cpp(usize),
    Concertation(usize),
    FollowUp(usize),
    Designation(usize),
    CarePlan,
}

/// The billed service (R63) that a record gave, if any: such a record is final.
pub fn billed_from<'a>(p: &'a Pregnancy, r: &Record) -> Option<&'a BilledService> {
    let (code, day): (Pseudocode, NaiveDate) = match r {
        Record::Screening => (Pseudocode::Screening, p.screening.as_ref()?.date),
        Record::Cpp(i) => (Pseudocode::Cpp, p.cpp.get(*i)?.date),
        Record::Concertation(i) => (Pseudocode::Concertation, p.concertations.get(*i)?.date),
        // The forfait is billed once its conditions hold (R33): a follow-up, designation
        // or care plan only feeds it, and the forfait stays billed without it.
        Record::FollowUp(_) | Record::Designation(_) | Record::CarePlan => return None,
    };
    p.billed
        .iter()
        .find(|b| b.pseudocode == code && b.service_date == day)
}

/// Whether `r` is in `p`.
pub fn exists(p: &Pregnancy, r: &Record) -> bool {
    match r {
        Record::Screening => p.screening.is_some(),
        Record::Cpp(i) => *i < p.cpp.len(),
        Record::Concertation(i) => *i < p.concertations.len(),
        Record::FollowUp(i) => *i < p.follow_ups.len(),
        Record::Designation(i) => *i < p.coordinators.len(),
        Record::CarePlan => p.care_plan.is_some(),
    }
}

/// Why `r` cannot be deleted from `p`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It is not (or no longer) there.
    Missing,
    /// R63: a service billed on this day comes from it.
    Billed(NaiveDate),
}

/// `p` without record `r`.
pub fn remove(p: &Pregnancy, r: &Record) -> Result<Pregnancy, Refusal> {
    if !exists(p, r) {
        return Err(Refusal::Missing);
    }
    if let Some(b) = billed_from(p, r) {
        return Err(Refusal::Billed(b.billed_on));
    }
    let mut out = p.clone();
    match r {
        Record::Screening => out.screening = None,
        Record::Cpp(i) => {
            out.cpp.remove(*i);
        }
        Record::Concertation(i) => {
            out.concertations.remove(*i);
        }
        Record::FollowUp(i) => {
            out.follow_ups.remove(*i);
        }
        Record::Designation(i) => {
            out.coordinators.remove(*i);
        }
        Record::CarePlan => out.care_plan = None,
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::EvalStatus;
    use crate::domain::model::{BilledService, Cpp, FollowUp, Region};

    fn day(s: &str) -> NaiveDate {
        crate::domain::dates::parse_date(s).expect("date")
    }

    fn case() -> Pregnancy {
        let mut p = Pregnancy::new("c1", "Mia", Region::Flanders, day("2025-09-01"));
        p.cpp.push(Cpp {
            date: day("2025-03-01"),
            provider: "p1".into(),
            code: None,
            evaluations: Default::default(),
        });
        p.follow_ups.push(FollowUp {
            date: day("2025-04-01"),
            indicator: "housing".into(),
            status: EvalStatus::Improvement,
            note: String::new(),
            provider: "p1".into(),
        });
        p
    }

    #[test]
    fn a_follow_up_is_deleted_and_nothing_else() {
        let p = case();
        let out = remove(&p, &Record::FollowUp(0)).expect("deleted");
        assert!(out.follow_ups.is_empty());
        assert_eq!(out.cpp, p.cpp);
        assert_eq!(remove(&p, &Record::FollowUp(1)), Err(Refusal::Missing));
    }

    #[test]
    fn r63_a_record_a_billed_service_comes_from_is_not_deleted() {
        let mut p = case();
        p.billed.push(BilledService {
            pseudocode: Pseudocode::Cpp,
            service_date: day("2025-03-01"),
            provider: "p1".into(),
            amount: rust_decimal::Decimal::new(5000, 2),
            billed_on: day("2025-03-10"),
        });
        assert_eq!(
            remove(&p, &Record::Cpp(0)),
            Err(Refusal::Billed(day("2025-03-10")))
        );
        // The follow-up gave no billed service of its own.
        assert!(remove(&p, &Record::FollowUp(0)).is_ok());
    }
}
