//! What a clinician must act on, for one case on one day: follow-ups overdue (R35), the
//! yearly concertation (R36), CPPs due (R21 hint), the screening window closing (R13) and
//! billing deadlines near (R60). Alerts never block billing.

use crate::domain::catalog::Catalog;
use crate::domain::dates::{add_days, add_months};
use crate::domain::deadlines::DEADLINE_ALERT_DAYS;
use crate::domain::model::Pregnancy;
use crate::domain::model::Pseudocode;
use crate::domain::periods::{gestational_days, trimester, Phase, Trimester};
use crate::domain::scenario::Scenario;
use crate::domain::services::CaseEvaluation;
use crate::i18n::format::date;
use crate::t;
use chrono::NaiveDate;
use std::fmt;

/// How far ahead a due follow-up or concertation is announced.
pub const DUE_SOON_DAYS: i64 = 30;

/// One thing to act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Alert {
    /// R35: a vulnerability has had no status and note for a whole 6-month slot.
    FollowUpOverdue { indicator: String, since: NaiveDate },
    /// R35: the current slot's follow-up is due soon.
    FollowUpDue { indicator: String, by: NaiveDate },
    /// R36: a coordination year ended without a concertation covering every vulnerability.
    ConcertationMissing { year_end: NaiveDate },
    /// R36: the current coordination year has no such concertation yet and ends soon.
    ConcertationDue { by: NaiveDate },
    /// R21 hint: a CPP is due (the first preferably in T1, the second in T3).
    CppDue { number: u8 },
    /// R13: no screening yet and its window closes on `closes` (expected when the birth
    /// is not recorded).
    ScreeningWindowClosing { closes: NaiveDate, expected: bool },
    /// R60: a billable service's deadline is near.
    DeadlineNear {
        pseudocode: Pseudocode,
        service_date: NaiveDate,
        deadline: NaiveDate,
    },
}

impl Alert {
    pub fn rule(&self) -> &'static str {
        match self {
            Alert::FollowUpOverdue { .. } | Alert::FollowUpDue { .. } => "R35",
            Alert::ConcertationMissing { .. } | Alert::ConcertationDue { .. } => "R36",
            Alert::CppDue { .. } => "R21",
            Alert::ScreeningWindowClosing { .. } => "R13",
            Alert::DeadlineNear { .. } => "R60",
        }
    }
}

impl fmt::Display for Alert {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = self.rule();
        let text = match self {
            Alert::FollowUpOverdue { indicator, since } => {
                t!(
                    "alert-follow-up-overdue",
                    indicator = Catalog::builtin().label_of(indicator),
                    since = date(*since)
                )
            }
            Alert::FollowUpDue { indicator, by } => {
                t!(
                    "alert-follow-up-due",
                    indicator = Catalog::builtin().label_of(indicator),
                    by = date(*by)
                )
            }
            Alert::ConcertationMissing { year_end } => {
                t!("alert-concertation-missing", year_end = date(*year_end))
            }
            Alert::ConcertationDue { by } => t!("alert-concertation-due", by = date(*by)),
            Alert::CppDue { number } => t!("alert-cpp-due", number = *number),
            Alert::ScreeningWindowClosing {
                closes,
                expected: false,
            } => {
                t!("alert-screening-window", closes = date(*closes))
            }
            Alert::ScreeningWindowClosing {
                closes,
                expected: true,
            } => {
                t!("alert-screening-window-expected", closes = date(*closes))
            }
            Alert::DeadlineNear {
                pseudocode,
                service_date,
                deadline,
            } => t!(
                "alert-deadline-near",
                service = pseudocode.name(),
                date = date(*service_date),
                deadline = date(*deadline)
            ),
        };
        write!(f, "{r}: {text}")
    }
}

/// The index of the 6-month slot (R35) that `day` falls in, counted from `anchor` (1 is
/// the first slot; days before the anchor are slot 0).
fn slot(anchor: NaiveDate, day: NaiveDate) -> u32 {
    if day < anchor {
        return 0;
    }
    let mut j = 1;
    while add_months(anchor, 6 * j) <= day {
        j += 1;
    }
    j
}

/// How far ahead each kind of alert is announced, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Horizon {
    /// R35: a follow-up due.
    pub follow_up: i64,
    /// R36: the yearly concertation due.
    pub concertation: i64,
    /// R13: the expected birth near while no screening is recorded.
    pub screening: i64,
    /// R60: a billing deadline near.
    pub deadline: i64,
}

impl Default for Horizon {
    /// The alerts of the case list and the case screen: 30 days for follow-ups and the
    /// screening window, 60 for the concertation, 14 for deadlines (R60).
    fn default() -> Self {
        Horizon {
            follow_up: DUE_SOON_DAYS,
            concertation: DUE_SOON_DAYS * 2,
            screening: DUE_SOON_DAYS,
            deadline: DEADLINE_ALERT_DAYS,
        }
    }
}

impl Horizon {
    /// The same number of days for every kind (the to-do list's `--days`).
    pub fn uniform(days: i64) -> Self {
        Horizon {
            follow_up: days,
            concertation: days,
            screening: days,
            deadline: days,
        }
    }
}

/// Every alert of `case` on `today`, from its evaluation.
pub fn alerts(case: &Pregnancy, eval: &CaseEvaluation, today: NaiveDate) -> Vec<Alert> {
    alerts_within(case, eval, today, &Horizon::default())
}

/// Every alert of `case` on `today`, announcing what falls due within `horizon`.
pub fn alerts_within(
    case: &Pregnancy,
    eval: &CaseEvaluation,
    today: NaiveDate,
    horizon: &Horizon,
) -> Vec<Alert> {
    let mut out = Vec::new();
    let Some(periods) = eval.periods else {
        return out;
    };
    let phase = periods.phase(today);
    if phase == Phase::Closed {
        return out;
    }
    let scenario = eval.assessment.as_ref().map(|a| a.scenario);
    let vulnerabilities = eval
        .assessment
        .as_ref()
        .map(|a| a.vulnerabilities.clone())
        .unwrap_or_default();

    // R13: the screening window.
    if case.screening.is_none() {
        let closes = add_days(periods.birth, 7);
        let near = periods.expected && (periods.birth - today).num_days() <= horizon.screening;
        if today <= closes && (!periods.expected || near) {
            out.push(Alert::ScreeningWindowClosing {
                closes,
                expected: periods.expected,
            });
        }
    }

    // R21 hint: CPPs during the pregnancy.
    if matches!(scenario, Some(Scenario::A | Scenario::B)) && phase == Phase::Prenatal {
        let done = case.cpp.len();
        let t3 = gestational_days(case, today).map(trimester) == Some(Trimester::T3);
        if done == 0 {
            out.push(Alert::CppDue { number: 1 });
        } else if done == 1 && t3 {
            out.push(Alert::CppDue { number: 2 });
        }
    }

    let coordinated = scenario == Some(Scenario::B) && !case.coordinators.is_empty();
    if let (true, Some(s)) = (coordinated, &case.screening) {
        // R35: each vulnerability followed up at least every 6 months from the screening.
        let current = slot(s.date, today);
        for v in &vulnerabilities {
            let last = case
                .statuses_of(v)
                .map(|(date, _, _)| date)
                .filter(|date| *date <= today)
                .max();
            let last_slot = last.map(|d| slot(s.date, d)).unwrap_or(0);
            if last_slot + 1 < current {
                out.push(Alert::FollowUpOverdue {
                    indicator: v.clone(),
                    since: add_months(s.date, 6 * (last_slot + 1)),
                });
            } else if last_slot + 1 == current {
                let by = add_months(s.date, 6 * current);
                if (by - today).num_days() <= horizon.follow_up {
                    out.push(Alert::FollowUpDue {
                        indicator: v.clone(),
                        by,
                    });
                }
            }
        }
        // R36: a concertation every coordination year, covering every vulnerability.
        if let Some(start) = case.coordinators.iter().map(|c| c.from).min() {
            let covered = |from: NaiveDate, to: NaiveDate| {
                let held: Vec<_> = case
                    .concertations
                    .iter()
                    .filter(|c| from <= c.date && c.date < to)
                    .collect();
                !held.is_empty()
                    && vulnerabilities
                        .iter()
                        .all(|v| held.iter().any(|c| c.agreements.contains_key(v)))
            };
            let mut k = 1;
            let mut missing = None;
            loop {
                let from = add_months(start, 12 * (k - 1));
                let to = add_months(start, 12 * k);
                if from > today || from > periods.end {
                    break;
                }
                if to <= today {
                    if !covered(from, to) {
                        missing = Some(to);
                    }
                } else if !covered(from, to) && (to - today).num_days() <= horizon.concertation {
                    out.push(Alert::ConcertationDue { by: to });
                }
                k += 1;
            }
            if let Some(year_end) = missing {
                out.push(Alert::ConcertationMissing { year_end });
            }
        }
    }

    // R60: deadlines near.
    for l in &eval.lines {
        if l.deadline_within(today, horizon.deadline) {
            out.push(Alert::DeadlineNear {
                pseudocode: l.pseudocode,
                service_date: l.service_date,
                deadline: l.deadline,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
