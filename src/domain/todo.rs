//! What is due for one case (the to-do list): every dated thing to do within a horizon,
//! from the rules the domain already decides: follow-ups due or overdue (R35), the yearly
//! concertation (R36), a CPP to plan (the R21 hint), the screening window closing (R13),
//! billing deadlines near (R60) and forfaits that need one more condition (R33). Each
//! item says where in the case it points, so a screen can open the case there.
//!
//! Pure: "today" and the horizon are parameters; the alerts and the service lines come
//! from `alerts` and `services::evaluate`, never from a rule decided here.

use crate::domain::alerts::{alerts_within, Alert, Horizon};
use crate::domain::dates::add_days;
use crate::domain::model::{Directory, Pregnancy, Profession, Pseudocode};
use crate::domain::reasons::Blocker;
use crate::domain::services::{coordinator_on, period_coordinator, CaseEvaluation, Origin, Status};
use crate::t;
use chrono::NaiveDate;

/// The part of a case an item points to (the UI opens the case there).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Screening,
    Cpp,
    Coordinators,
    Team,
    CarePlan,
    FollowUps,
    Concertations,
    Services,
}

impl Section {
    /// A stable key (JSON, CSV).
    pub fn key(self) -> &'static str {
        match self {
            Section::Screening => "screening",
            Section::Cpp => "cpp",
            Section::Coordinators => "coordinators",
            Section::Team => "team",
            Section::CarePlan => "care_plan",
            Section::FollowUps => "follow_ups",
            Section::Concertations => "concertations",
            Section::Services => "services",
        }
    }
}

/// Where in the case an item points: a section, with the service line it is about (its
/// `Origin`, as in `CaseEvaluation::lines`) and the vulnerability, when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub section: Section,
    pub line: Option<Origin>,
    pub indicator: Option<String>,
}

impl Place {
    /// A service line of the case.
    pub fn line(origin: Origin) -> Place {
        Place {
            section: Section::Services,
            line: Some(origin),
            indicator: None,
        }
    }

    fn section(section: Section) -> Place {
        Place {
            section,
            line: None,
            indicator: None,
        }
    }
}

/// What is to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TodoKind {
    /// R35, R36, R21, R13 or R60: an alert of the case.
    Alert(Alert),
    /// R33: the forfait of reference period `period` lacks this one condition.
    Forfait { period: u32, missing: Blocker },
}

impl TodoKind {
    /// The rule it comes from (`R35`).
    pub fn rule(&self) -> &'static str {
        match self {
            TodoKind::Alert(a) => a.rule(),
            TodoKind::Forfait { .. } => "R33",
        }
    }

    /// A stable key for programs (JSON, CSV): `follow-up-overdue`, `forfait-condition`, …
    pub fn key(&self) -> &'static str {
        match self {
            TodoKind::Alert(a) => match a {
                Alert::FollowUpOverdue { .. } => "follow-up-overdue",
                Alert::FollowUpDue { .. } => "follow-up-due",
                Alert::ConcertationMissing { .. } => "concertation-missing",
                Alert::ConcertationDue { .. } => "concertation-due",
                Alert::CppDue { .. } => "cpp-due",
                Alert::ScreeningWindowClosing { .. } => "screening-window",
                Alert::DeadlineNear { .. } => "deadline-near",
            },
            TodoKind::Forfait { .. } => "forfait-condition",
        }
    }

    /// The text people read, in the language in force, starting with the rule
    /// (`R35: follow-up of Housing problem overdue since 01/03/2026`).
    pub fn text(&self) -> String {
        match self {
            TodoKind::Alert(a) => a.to_string(),
            TodoKind::Forfait { period, missing } => format!(
                "R33: {}",
                t!(
                    "todo-forfait-condition",
                    period = *period,
                    condition = condition_text(missing)
                )
            ),
        }
    }
}

/// A blocker's text without its rule number (the item's text starts with it already).
fn condition_text(b: &Blocker) -> String {
    let text = b.to_string();
    let prefix = format!("{}: ", b.rule());
    text.strip_prefix(&prefix)
        .map(str::to_string)
        .unwrap_or(text)
}

/// One thing to do for one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TodoItem {
    /// The pregnancy's id.
    pub case: String,
    /// The woman's name (or pseudonym).
    pub woman: String,
    pub kind: TodoKind,
    /// The day it is due by; before "today" when overdue.
    pub due: NaiveDate,
    /// Due before "today".
    pub overdue: bool,
    /// The providers concerned (ids), if any.
    pub providers: Vec<String>,
    pub place: Place,
}

impl TodoItem {
    /// The rule it comes from.
    pub fn rule(&self) -> &'static str {
        self.kind.rule()
    }

    /// The text people read (see `TodoKind::text`).
    pub fn text(&self) -> String {
        self.kind.text()
    }
}

/// Everything to do for `case` on `today` within `days` days (overdue items too), in
/// no particular order. R33 items are listed while their reference period runs, whatever
/// the horizon: the forfait can be earned any day until the period ends.
pub fn todo(
    case: &Pregnancy,
    eval: &CaseEvaluation,
    dir: &Directory,
    today: NaiveDate,
    days: i64,
) -> Vec<TodoItem> {
    let coordinator: Vec<String> = coordinator_on(case, today)
        .map(|d| d.provider.clone())
        .into_iter()
        .collect();
    let item = |kind: TodoKind, due: NaiveDate, providers: Vec<String>, place: Place| TodoItem {
        case: case.id.clone(),
        woman: case.mother.name.clone(),
        kind,
        due,
        overdue: due < today,
        providers,
        place,
    };
    let mut out = Vec::new();
    let birth = eval.periods.map(|p| p.birth);
    for a in alerts_within(case, eval, today, &Horizon::uniform(days)) {
        let (due, providers, place) = match &a {
            // R60 comes from the lines below, with the line it is about.
            Alert::DeadlineNear { .. } => continue,
            Alert::FollowUpOverdue { indicator, since } => (
                *since,
                coordinator.clone(),
                Place {
                    section: Section::FollowUps,
                    line: None,
                    indicator: Some(indicator.clone()),
                },
            ),
            Alert::FollowUpDue { indicator, by } => (
                *by,
                coordinator.clone(),
                Place {
                    section: Section::FollowUps,
                    line: None,
                    indicator: Some(indicator.clone()),
                },
            ),
            Alert::ConcertationMissing { year_end } => (
                *year_end,
                coordinator.clone(),
                Place::section(Section::Concertations),
            ),
            Alert::ConcertationDue { by } => (
                *by,
                coordinator.clone(),
                Place::section(Section::Concertations),
            ),
            // R21: prenatal only, so by the day before the (expected) birth.
            Alert::CppDue { .. } => (
                birth.map(|b| add_days(b, -1)).unwrap_or(today),
                cpp_providers(case, dir),
                Place::section(Section::Cpp),
            ),
            Alert::ScreeningWindowClosing { closes, .. } => (
                *closes,
                case.team.clone(),
                Place::section(Section::Screening),
            ),
        };
        out.push(item(TodoKind::Alert(a), due, providers, place));
    }
    // R60: lines still to claim whose deadline falls within the horizon.
    for l in eval.lines.iter().filter(|l| l.deadline_within(today, days)) {
        let kind = TodoKind::Alert(Alert::DeadlineNear {
            pseudocode: l.pseudocode,
            service_date: l.service_date,
            deadline: l.deadline,
        });
        let place = Place {
            section: Section::Services,
            line: Some(l.origin),
            indicator: None,
        };
        out.push(item(
            kind,
            l.deadline,
            l.provider.iter().cloned().collect(),
            place,
        ));
    }
    // R33: forfaits of a running period that lack exactly one condition (R61's opening
    // aside: it resolves itself).
    for l in &eval.lines {
        let Origin::Coordination(number) = l.origin else {
            continue;
        };
        if l.pseudocode != Pseudocode::Coordination || l.status != Status::Blocked {
            continue;
        }
        let Some(period) = eval.reference_periods.iter().find(|p| p.number == number) else {
            continue;
        };
        if today >= period.end {
            continue;
        }
        let open: Vec<&Blocker> = l.reasons.iter().filter(|r| r.rule() != "R61").collect();
        let [missing] = open.as_slice() else {
            continue;
        };
        if missing.rule() != "R33" {
            continue;
        }
        let mut providers: Vec<String> = period_coordinator(&case.coordinators, period)
            .map(|d| d.provider.clone())
            .into_iter()
            .collect();
        if let Some(p) = &l.provider {
            if !providers.contains(p) {
                providers.push(p.clone());
            }
        }
        let (section, indicator) = match missing {
            Blocker::R33NoConsent => (Section::Coordinators, None),
            Blocker::R33Team { .. } => (Section::Team, None),
            Blocker::R33NoConcertation => (Section::Concertations, None),
            Blocker::R33NoCarePlan => (Section::CarePlan, None),
            Blocker::R33FollowUps { missing } => (Section::FollowUps, missing.first().cloned()),
            _ => (Section::Services, None),
        };
        let kind = TodoKind::Forfait {
            period: number,
            missing: (*missing).clone(),
        };
        let place = Place {
            section,
            line: Some(l.origin),
            indicator,
        };
        out.push(item(kind, add_days(period.end, -1), providers, place));
    }
    out
}

/// R22: the care team's members who may give a billable CPP.
fn cpp_providers(case: &Pregnancy, dir: &Directory) -> Vec<String> {
    case.team
        .iter()
        .filter(|t| {
            matches!(
                dir.profession(t),
                Some(
                    Profession::Gynecologist
                        | Profession::GeneralPractitioner
                        | Profession::Midwife
                )
            )
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests;
