//! R1–R4: pregnancy start, gestational age and trimesters, the three care periods, the end
//! of the trajectory and the twelve-month reference periods anchored on the screening.

use crate::domain::dates::{add_days, add_months};
use crate::domain::model::Pregnancy;
use chrono::NaiveDate;

/// Days of a full-term pregnancy counted from the LMP.
pub const TERM_DAYS: i64 = 280;
/// Length of the postnatal period (R2).
pub const POSTNATAL_DAYS: i64 = 42;

/// R1: the first day of the LMP if known, else due date − 280 days.
pub fn pregnancy_start(p: &Pregnancy) -> Option<NaiveDate> {
    p.lmp
        .or_else(|| p.due_date.map(|d| add_days(d, -TERM_DAYS)))
}

/// The date the birth happened, or is expected (due date, else LMP + 280 days).
pub fn birth_or_expected(p: &Pregnancy) -> Option<(NaiveDate, bool)> {
    if let Some(b) = p.birth_date {
        return Some((b, false));
    }
    p.due_date
        .or_else(|| p.lmp.map(|l| add_days(l, TERM_DAYS)))
        .map(|d| (d, true))
}

/// Trimester of a pregnancy (R1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trimester {
    T1,
    T2,
    T3,
}

/// R1: gestational age in days on `on`, counted from the pregnancy start.
pub fn gestational_days(p: &Pregnancy, on: NaiveDate) -> Option<i64> {
    pregnancy_start(p).map(|s| (on - s).num_days())
}

/// R1: T1 = days 0–97, T2 = 98–195, T3 = day 196 on.
pub fn trimester(gestational_days: i64) -> Trimester {
    match gestational_days {
        d if d < 98 => Trimester::T1,
        d if d < 196 => Trimester::T2,
        _ => Trimester::T3,
    }
}

/// The phase a case is in on a given day (R2, R3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Prenatal,
    Postnatal,
    EarlyChildhood,
    /// After the child's 2nd birthday (R3).
    Closed,
}

/// R2: the three periods of a case, with the birth real or expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Periods {
    /// Screening date, or pregnancy start without a screening.
    pub prenatal_start: NaiveDate,
    /// The birth (or the due date while it is not recorded).
    pub birth: NaiveDate,
    /// True while the birth is not recorded and the due date stands in for it.
    pub expected: bool,
    /// First day of early childhood (birth + 42 days).
    pub early_childhood_start: NaiveDate,
    /// R3: the child's 2nd birthday, the last day of the trajectory.
    pub end: NaiveDate,
}

impl Periods {
    /// R2/R3 periods of a case; `None` when neither LMP nor due date nor birth is known.
    pub fn of(p: &Pregnancy) -> Option<Periods> {
        let (birth, expected) = birth_or_expected(p)?;
        let start = p
            .screening
            .as_ref()
            .map(|s| s.date)
            .or_else(|| pregnancy_start(p))
            .unwrap_or(birth);
        Some(Periods {
            prenatal_start: start,
            birth,
            expected,
            early_childhood_start: add_days(birth, POSTNATAL_DAYS),
            end: add_months(birth, 24),
        })
    }

    /// Phase on `day` (R2); days before the prenatal start count as prenatal.
    pub fn phase(&self, day: NaiveDate) -> Phase {
        if day < self.birth {
            Phase::Prenatal
        } else if day < self.early_childhood_start {
            Phase::Postnatal
        } else if day <= self.end {
            Phase::EarlyChildhood
        } else {
            Phase::Closed
        }
    }
}

/// R4: one twelve-month reference period `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReferencePeriod {
    /// 1-based.
    pub number: u32,
    pub start: NaiveDate,
    /// Exclusive.
    pub end: NaiveDate,
}

impl ReferencePeriod {
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.start <= d && d < self.end
    }
}

/// R4: the reference periods anchored on the screening date `screening`, each computed
/// from the anchor (so a 31 January anchor gives 31 January each year), and only those
/// starting on or before the end of the trajectory `end` (R3).
pub fn reference_periods(screening: NaiveDate, end: NaiveDate) -> Vec<ReferencePeriod> {
    let mut out = Vec::new();
    let mut k = 1u32;
    loop {
        let start = add_months(screening, 12 * (k - 1));
        if start > end || start == NaiveDate::MAX {
            break;
        }
        out.push(ReferencePeriod {
            number: k,
            start,
            end: add_months(screening, 12 * k),
        });
        k += 1;
    }
    out
}

/// R4: the reference periods of a case (none without a screening).
pub fn case_reference_periods(p: &Pregnancy) -> Vec<ReferencePeriod> {
    match (&p.screening, Periods::of(p)) {
        (Some(s), Some(per)) => reference_periods(s.date, per.end),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Region;
    use crate::domain::test_support::{d, screened};

    #[test]
    fn r1_start_from_lmp_or_due_date() {
        let mut p = Pregnancy::new("c", "x", Region::Brussels, d("2025-10-08"));
        assert_eq!(pregnancy_start(&p), Some(d("2025-01-01")));
        p.lmp = Some(d("2025-01-05"));
        assert_eq!(pregnancy_start(&p), Some(d("2025-01-05")));
    }

    #[test]
    fn r1_trimester_boundaries() {
        assert_eq!(trimester(0), Trimester::T1);
        assert_eq!(trimester(97), Trimester::T1);
        assert_eq!(trimester(98), Trimester::T2);
        assert_eq!(trimester(195), Trimester::T2);
        assert_eq!(trimester(196), Trimester::T3);
    }

    #[test]
    fn r2_periods_with_recorded_birth() {
        let mut p = screened("2025-03-01", &["financial"]);
        p.birth_date = Some(d("2025-06-10"));
        let per = Periods::of(&p).unwrap();
        assert_eq!(per.prenatal_start, d("2025-03-01"));
        assert!(!per.expected);
        assert_eq!(per.phase(d("2025-06-09")), Phase::Prenatal);
        assert_eq!(per.phase(d("2025-06-10")), Phase::Postnatal);
        assert_eq!(per.phase(d("2025-07-21")), Phase::Postnatal);
        assert_eq!(per.phase(d("2025-07-22")), Phase::EarlyChildhood);
        assert_eq!(per.phase(d("2027-06-10")), Phase::EarlyChildhood);
        assert_eq!(per.phase(d("2027-06-11")), Phase::Closed);
    }

    #[test]
    fn r2_due_date_stands_in_and_is_marked_expected() {
        let p = screened("2025-03-01", &[]);
        let per = Periods::of(&p).unwrap();
        assert!(per.expected);
        assert_eq!(Some(per.birth), p.due_date);
    }

    #[test]
    fn r3_end_is_the_second_birthday() {
        let mut p = screened("2023-06-01", &[]);
        p.birth_date = Some(d("2024-02-29"));
        assert_eq!(Periods::of(&p).unwrap().end, d("2026-02-28"));
    }

    #[test]
    fn r4_periods_anchor_on_31_january() {
        let ps = reference_periods(d("2025-01-31"), d("2027-06-01"));
        assert_eq!(ps.len(), 3);
        assert_eq!(ps[0].start, d("2025-01-31"));
        assert_eq!(ps[0].end, d("2026-01-31"));
        assert_eq!(ps[1].start, d("2026-01-31"));
        assert_eq!(ps[2].start, d("2027-01-31"));
        assert!(ps[0].contains(d("2026-01-30")));
        assert!(!ps[0].contains(d("2026-01-31")));
    }

    #[test]
    fn r4_only_periods_starting_by_the_second_birthday_exist() {
        assert_eq!(reference_periods(d("2025-01-10"), d("2027-01-10")).len(), 3);
        assert_eq!(reference_periods(d("2025-01-10"), d("2027-01-09")).len(), 2);
    }

    #[test]
    fn r4_leap_day_anchor_clamps() {
        let ps = reference_periods(d("2024-02-29"), d("2026-03-01"));
        assert_eq!(ps[0].end, d("2025-02-28"));
        assert_eq!(ps[2].start, d("2026-02-28"));
    }
}
