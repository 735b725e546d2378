//! One summary per pregnancy for caseload lists (the CLI's `cases` and the TUI's home
//! screen): period, scenario, coordinator, alert kinds and the amount still to bill, all
//! taken from the domain engine, plus how people read them.

use crate::domain::alerts::{alerts, Alert};
use crate::domain::catalog::Catalog;
use crate::domain::model::{Directory, Pregnancy, Region};
use crate::domain::periods::{gestational_days, Phase};
use crate::domain::scenario::Assessment;
use crate::domain::services::{coordinator_on, evaluate, CaseEvaluation, Status};
use crate::domain::{RuleSet, Scenario};
use crate::i18n::format::date;
use crate::t;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The kinds of alert a case has, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AlertKinds(pub u8);

impl AlertKinds {
    pub const FOLLOW_UP_OVERDUE: u8 = 1;
    pub const FOLLOW_UP_DUE: u8 = 2;
    pub const CONCERTATION: u8 = 4;
    pub const CPP_DUE: u8 = 8;
    pub const DEADLINE_NEAR: u8 = 16;
    pub const SCREENING_WINDOW: u8 = 32;

    /// Each kind with its one-letter mark, as the list shows them.
    pub const MARKS: [(u8, char); 6] = [
        (Self::FOLLOW_UP_OVERDUE, 'F'),
        (Self::FOLLOW_UP_DUE, 'f'),
        (Self::CONCERTATION, 'K'),
        (Self::CPP_DUE, 'C'),
        (Self::DEADLINE_NEAR, '€'),
        (Self::SCREENING_WINDOW, 'S'),
    ];

    pub fn of(list: &[Alert]) -> AlertKinds {
        let mut bits = 0;
        for a in list {
            bits |= match a {
                Alert::FollowUpOverdue { .. } => Self::FOLLOW_UP_OVERDUE,
                Alert::FollowUpDue { .. } => Self::FOLLOW_UP_DUE,
                Alert::ConcertationMissing { .. } | Alert::ConcertationDue { .. } => {
                    Self::CONCERTATION
                }
                Alert::CppDue { .. } => Self::CPP_DUE,
                Alert::DeadlineNear { .. } => Self::DEADLINE_NEAR,
                Alert::ScreeningWindowClosing { .. } => Self::SCREENING_WINDOW,
            };
        }
        AlertKinds(bits)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// `F K€`: one letter per kind present.
    pub fn marks(self) -> String {
        Self::MARKS
            .iter()
            .filter(|(bit, _)| self.0 & bit != 0)
            .map(|(_, c)| *c)
            .collect()
    }
}

/// Where a case stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// No LMP, due date or birth recorded.
    Unknown,
    /// Gestational age in days, when known.
    Prenatal(Option<i64>),
    /// Days since the birth.
    Postnatal(i64),
    /// Months since the birth.
    EarlyChildhood(i64),
    Closed,
}

/// One pregnancy, summed up for a list.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseRow {
    pub id: String,
    pub name: String,
    pub region: Region,
    /// The birth, or the due date when `expected`.
    pub birth: Option<NaiveDate>,
    pub expected: bool,
    pub stage: Stage,
    /// None without a screening; the bool is true while it is provisional (R12).
    pub scenario: Option<(Scenario, bool)>,
    pub coordinator_id: Option<String>,
    pub coordinator: String,
    pub alerts: AlertKinds,
    pub alert_count: usize,
    pub to_bill: Decimal,
    /// Lines to claim within 14 days, before their deadline (R60).
    pub deadline_near: usize,
    /// The woman's NISS (its 11 digits), to find her by it.
    pub niss: Option<String>,
    /// The providers whose case it is (`domain::whoami::whose`): the "mine" filter.
    pub whose: Vec<String>,
}

impl CaseRow {
    pub fn closed(&self) -> bool {
        self.stage == Stage::Closed
    }
}

fn stage(p: &Pregnancy, e: &CaseEvaluation, today: NaiveDate) -> Stage {
    let Some(per) = e.periods else {
        return Stage::Unknown;
    };
    match per.phase(today) {
        Phase::Prenatal => Stage::Prenatal(gestational_days(p, today).filter(|g| *g >= 0)),
        Phase::Postnatal => Stage::Postnatal((today - per.birth).num_days()),
        Phase::EarlyChildhood => Stage::EarlyChildhood(months_between(per.birth, today)),
        Phase::Closed => Stage::Closed,
    }
}

/// Whole months from `from` to `to` (a child's age).
pub fn months_between(from: NaiveDate, to: NaiveDate) -> i64 {
    use chrono::Datelike;
    let mut m =
        i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    if to.day() < from.day() {
        m -= 1;
    }
    m.max(0)
}

/// The list row of one case on `today`.
pub fn row(p: &Pregnancy, dir: &Directory, rules: &RuleSet, today: NaiveDate) -> CaseRow {
    row_of(p, &evaluate(p, dir, rules, today), dir, today)
}

/// The list row of one case from its evaluation on `today` (for callers that have one).
pub fn row_of(p: &Pregnancy, e: &CaseEvaluation, dir: &Directory, today: NaiveDate) -> CaseRow {
    let list = alerts(p, e, today);
    let coordinator = coordinator_on(p, today);
    CaseRow {
        id: p.id.clone(),
        // Shown as text: a control character in a name is a visible mark here.
        name: crate::safe_text::shown(&p.mother.name).into_owned(),
        region: p.region,
        birth: e.periods.map(|x| x.birth),
        expected: e.periods.is_some_and(|x| x.expected),
        stage: stage(p, e, today),
        scenario: e.assessment.as_ref().map(|a| (a.scenario, !a.complete)),
        coordinator_id: coordinator.map(|d| d.provider.clone()),
        coordinator: coordinator
            .map(|d| crate::safe_text::shown(dir.name(&d.provider)).into_owned())
            .unwrap_or_default(),
        alerts: AlertKinds::of(&list),
        alert_count: list.len(),
        to_bill: e
            .lines
            .iter()
            .filter(|l| l.status == Status::Billable)
            .filter_map(|l| l.amount)
            .sum(),
        deadline_near: e.lines.iter().filter(|l| l.deadline_near(today)).count(),
        niss: p.mother.niss.as_ref().map(|n| n.digits().to_string()),
        whose: crate::domain::whoami::whose(p, today)
            .into_iter()
            .map(str::to_string)
            .collect(),
    }
}

/// `due 12/06/2025` or `born 03/01/2025`.
pub fn when_text(r: &CaseRow) -> String {
    match (r.birth, r.expected) {
        (None, _) => "-".into(),
        (Some(d), true) => t!("row-due", date = date(d)),
        (Some(d), false) => t!("row-born", date = date(d)),
    }
}

/// `prenatal wk 12+3`, `postnatal day 9`, `childhood 14 mo`, `closed`.
pub fn stage_text(s: Stage) -> String {
    match s {
        Stage::Unknown => t!("row-no-dates"),
        Stage::Prenatal(Some(g)) => t!("row-prenatal-week", week = g / 7, day = g % 7),
        Stage::Prenatal(None) => t!("phase-prenatal"),
        Stage::Postnatal(d) => t!("row-postnatal-day", day = d),
        Stage::EarlyChildhood(m) => t!("row-childhood-months", months = m),
        Stage::Closed => t!("row-closed"),
    }
}

/// `Scenario B · 14 of 15 indicators answered`, or provisional (R12) when incomplete.
pub fn scenario_line(a: &Assessment) -> String {
    let (scenario, answered) = (a.scenario.label(), a.answered);
    if a.complete {
        t!("case-scenario", scenario = scenario, answered = answered)
    } else {
        t!(
            "case-scenario-provisional",
            scenario = scenario,
            answered = answered
        )
    }
}

/// `Indication of anxiety: improvement on 08/03/2025 (note)`: a vulnerability's latest
/// status (R23, R35), or that it has none yet.
pub fn vulnerability_line(p: &Pregnancy, catalog: &Catalog, key: &str) -> String {
    let name = catalog.label_of(key);
    match p.statuses_of(key).max_by_key(|x| x.0) {
        Some((d, s, note)) => t!(
            "case-vulnerability-status",
            name = name,
            status = s.name(),
            date = date(d),
            note = note
        ),
        None => t!("case-vulnerability-none", name = name),
    }
}

/// `B`, `A?` (provisional), `-` (no screening).
pub fn scenario_text(s: Option<(Scenario, bool)>) -> String {
    match s {
        None => "-".into(),
        Some((sc, true)) => format!("{}?", sc.label()),
        Some((sc, false)) => sc.label().into(),
    }
}
