//! The month-end billing report: the service lines of a month (or every billable line
//! still to claim), for every billing provider or one, with totals per pseudocode and
//! per billing provider, and on each line what the IM platform asks to record it (the
//! woman's name and NISS, the concertation's start time; the provider's name and INAMI
//! number come from the report's directory). Lines come from the domain engine; this
//! module only selects, orders, adds up and looks up.

use crate::domain::ids::Niss;
use crate::domain::model::{Directory, Pregnancy, Pseudocode};
use crate::domain::services::{evaluate, Origin, ServiceLine, Status};
use crate::domain::{RuleSet, YearMonth};
use crate::parallel::parallel_slices;
use crate::store::{CaseloadApi, Result};
use crate::t;
use chrono::{Datelike, NaiveDate, NaiveTime};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::ops::Deref;

/// Until this day of a month, month-end billing is about the month that just ended.
pub const MONTH_END_DAYS: u32 = 10;

/// The month a person means by "this month's billing" on `today`: the one just ended
/// during the first 10 days of a month, else the current one. The UI opens on it and
/// `perinat billing` takes it when no month is given.
pub fn default_month(today: NaiveDate) -> YearMonth {
    if today.day() <= MONTH_END_DAYS {
        YearMonth::of(today).previous()
    } else {
        YearMonth::of(today)
    }
}

/// Which lines a report holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// `--month`: the lines whose service date is in that month.
    Month(YearMonth),
    /// `--unbilled`: every billable line of any date, soonest deadline first.
    Unbilled,
}

/// A count and an amount.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Total {
    pub count: usize,
    pub amount: Decimal,
}

impl Total {
    fn add(&mut self, amount: Option<Decimal>) {
        self.count += 1;
        self.amount += amount.unwrap_or_default();
    }
}

/// What a report is about: which lines, for which billing provider, on which day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSpec {
    pub selection: Selection,
    /// Only this billing provider's lines (each provider claims under their own INAMI
    /// number).
    pub provider: Option<String>,
    /// The day that decides expiry, deadlines and openings.
    pub today: NaiveDate,
}

impl ReportSpec {
    pub fn new(selection: Selection, today: NaiveDate) -> ReportSpec {
        ReportSpec {
            selection,
            provider: None,
            today,
        }
    }
}

/// Something to fix before a line can be claimed on the IM platform, although every
/// rule holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimProblem {
    /// The platform identifies the woman by her NISS (R71), and none is recorded.
    NoNiss,
}

impl std::fmt::Display for ClaimProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ClaimProblem::NoNiss => f.write_str(&t!("claim-no-niss")),
        }
    }
}

/// A service line with what the IM platform asks to record it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillingLine {
    pub line: ServiceLine,
    /// The woman's name (or pseudonym).
    pub woman: String,
    pub niss: Option<Niss>,
    /// For a concertation, when it started.
    pub start: Option<NaiveTime>,
}

impl Deref for BillingLine {
    type Target = ServiceLine;
    fn deref(&self) -> &ServiceLine {
        &self.line
    }
}

impl BillingLine {
    /// `line` of `case`, with the case's facts the claim needs.
    pub fn of(line: ServiceLine, case: &Pregnancy) -> BillingLine {
        let start = match line.origin {
            Origin::Concertation(i) => case.concertations.get(i).map(|c| c.start),
            _ => None,
        };
        BillingLine {
            line,
            woman: case.mother.name.clone(),
            niss: case.mother.niss.clone(),
            start,
        }
    }

    /// What to fix before claiming this line (none for lines nobody will claim).
    pub fn problems(&self) -> Vec<ClaimProblem> {
        let mut out = Vec::new();
        if matches!(self.status, Status::Billable | Status::Expired) && self.niss.is_none() {
            out.push(ClaimProblem::NoNiss);
        }
        out
    }

    /// Days until the deadline (R60): 0 on the last day, negative once passed.
    pub fn days_left(&self, today: NaiveDate) -> i64 {
        (self.deadline - today).num_days()
    }
}

#[derive(Debug, Clone)]
pub struct BillingReport {
    pub selection: Selection,
    /// The billing provider the report is limited to.
    pub provider: Option<String>,
    pub today: NaiveDate,
    pub lines: Vec<BillingLine>,
    /// Billable lines only, for all four pseudocodes.
    pub totals: BTreeMap<Pseudocode, Total>,
    /// Billable lines only, per billing provider id.
    pub per_provider: BTreeMap<String, Total>,
    pub total: Decimal,
    /// The providers, to name them.
    pub directory: Directory,
}

impl BillingReport {
    /// Lines of one status.
    pub fn with_status(&self, s: Status) -> impl Iterator<Item = &BillingLine> {
        self.lines.iter().filter(move |l| l.status == s)
    }

    /// Billable lines whose deadline is within 14 days (R60).
    pub fn deadline_near(&self) -> usize {
        self.lines
            .iter()
            .filter(|l| l.deadline_near(self.today))
            .count()
    }

    /// The report of one billing provider's lines, with its own totals.
    pub fn only_provider(&self, provider: &str) -> BillingReport {
        let lines = self
            .lines
            .iter()
            .filter(|l| l.provider.as_deref() == Some(provider))
            .cloned()
            .collect();
        assemble(
            ReportSpec {
                selection: self.selection,
                provider: Some(provider.to_string()),
                today: self.today,
            },
            lines,
            self.directory.clone(),
        )
    }

    /// One report per billing provider, each with its own totals, in the providers'
    /// id order (lines without a billing provider are claimed by nobody and left out).
    pub fn per_provider_reports(&self) -> Vec<BillingReport> {
        let ids: std::collections::BTreeSet<&str> = self
            .lines
            .iter()
            .filter_map(|l| l.provider.as_deref())
            .collect();
        ids.into_iter().map(|p| self.only_provider(p)).collect()
    }
}

/// The lines of `case` a spec asks for: those of its month, or those still to claim,
/// of its billing provider when it names one.
fn lines_of(
    case: &Pregnancy,
    dir: &Directory,
    rules: &RuleSet,
    spec: &ReportSpec,
) -> Vec<BillingLine> {
    evaluate(case, dir, rules, spec.today)
        .lines
        .into_iter()
        .filter(|l| match spec.selection {
            Selection::Month(m) => m.contains(l.service_date),
            Selection::Unbilled => l.status == Status::Billable,
        })
        .filter(|l| {
            spec.provider
                .as_ref()
                .is_none_or(|p| l.provider.as_ref() == Some(p))
        })
        .map(|l| BillingLine::of(l, case))
        .collect()
}

/// A month's lines by service date; lines still to claim by soonest deadline.
fn sort_lines(lines: &mut [BillingLine], selection: Selection) {
    match selection {
        Selection::Month(_) => lines
            .sort_by(|a, b| (a.service_date, &a.pregnancy).cmp(&(b.service_date, &b.pregnancy))),
        Selection::Unbilled => lines.sort_by(|a, b| {
            (a.deadline, a.service_date, &a.pregnancy).cmp(&(
                b.deadline,
                b.service_date,
                &b.pregnancy,
            ))
        }),
    }
}

/// Builds the report a spec asks for from the caseload.
pub fn build(api: &dyn CaseloadApi, spec: &ReportSpec) -> Result<BillingReport> {
    let directory = api.directory()?;
    let rules = api.rules()?;
    let mut lines = Vec::new();
    match spec.selection {
        Selection::Month(m) => {
            let cases = api.pregnancies_in_month(m)?;
            let parts = parallel_slices(&cases, |slice| {
                slice
                    .iter()
                    .flat_map(|p| lines_of(p, &directory, &rules, spec))
                    .collect::<Vec<_>>()
            });
            lines.extend(parts.into_iter().flatten());
        }
        Selection::Unbilled => {
            api.scan_pregnancies(&mut |p| {
                lines.extend(lines_of(&p, &directory, &rules, spec));
                true
            })?;
        }
    }
    sort_lines(&mut lines, spec.selection);
    Ok(assemble(spec.clone(), lines, directory))
}

impl BillingReport {
    /// The same report with the lines of `cases` as they are now (none: deleted) and
    /// every other line as it was: what a screen does when others changed a few cases,
    /// instead of reading the whole caseload again.
    pub fn with_cases(&self, cases: &[(String, Option<Pregnancy>)], rules: &RuleSet) -> Self {
        let spec = ReportSpec {
            selection: self.selection,
            provider: self.provider.clone(),
            today: self.today,
        };
        let ids: std::collections::HashSet<&str> =
            cases.iter().map(|(id, _)| id.as_str()).collect();
        let mut lines: Vec<BillingLine> = self
            .lines
            .iter()
            .filter(|l| !ids.contains(l.pregnancy.as_str()))
            .cloned()
            .collect();
        for p in cases.iter().filter_map(|(_, p)| p.as_ref()) {
            lines.extend(lines_of(p, &self.directory, rules, &spec));
        }
        sort_lines(&mut lines, spec.selection);
        assemble(spec, lines, self.directory.clone())
    }
}

/// A report of these lines, with the totals of its billable ones.
fn assemble(spec: ReportSpec, lines: Vec<BillingLine>, directory: Directory) -> BillingReport {
    let mut totals: BTreeMap<Pseudocode, Total> = Pseudocode::ALL
        .iter()
        .map(|p| (*p, Total::default()))
        .collect();
    let mut per_provider: BTreeMap<String, Total> = BTreeMap::new();
    let mut total = Decimal::ZERO;
    for l in lines.iter().filter(|l| l.status == Status::Billable) {
        totals.entry(l.pseudocode).or_default().add(l.amount);
        if let Some(p) = &l.provider {
            per_provider.entry(p.clone()).or_default().add(l.amount);
        }
        total += l.amount.unwrap_or_default();
    }
    BillingReport {
        selection: spec.selection,
        provider: spec.provider,
        today: spec.today,
        lines,
        totals,
        per_provider,
        total,
        directory,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::d;
    use crate::store::SledStore;

    /// A store with the demo caseload of 40 on `today`.
    fn demo_store(today: NaiveDate) -> (tempfile::TempDir, SledStore) {
        let dir = tempfile::tempdir().expect("tempdir");
        let s = SledStore::open(dir.path()).expect("store");
        s.import(crate::demo::generate(40, 7, today), false)
            .expect("demo");
        (dir, s)
    }

    #[test]
    fn a_report_with_a_few_cases_read_again_equals_the_report_built_whole() {
        let today = d("2025-05-25");
        let (_dir, s) = demo_store(today);
        for selection in [
            Selection::Unbilled,
            Selection::Month(YearMonth::of(d("2025-05-01"))),
        ] {
            let spec = ReportSpec::new(selection, today);
            let before = build(&s, &spec).expect("report");
            // Others mark a line billed, delete a case and edit another.
            let l = before
                .lines
                .iter()
                .find(|l| l.status == Status::Billable)
                .expect("a line to claim")
                .clone();
            let line = crate::store::LineRef {
                pseudocode: l.pseudocode,
                service_date: l.service_date,
                provider: l.provider.clone().expect("provider"),
            };
            s.mark_billed(&l.pregnancy, &line, today, today)
                .expect("mark");
            let other = before
                .lines
                .iter()
                .map(|x| x.pregnancy.clone())
                .find(|id| *id != l.pregnancy)
                .expect("another case");
            let deleted = s.delete_pregnancy(&other).is_ok();
            let ids = [l.pregnancy.clone(), other.clone()];
            let cases: Vec<(String, Option<Pregnancy>)> = ids
                .iter()
                .map(|id| (id.clone(), s.pregnancy(id).expect("read")))
                .collect();
            let rules = s.rules().expect("rules");
            let partly = before.with_cases(&cases, &rules);
            let whole = build(&s, &spec).expect("report");
            assert_eq!(
                partly.lines, whole.lines,
                "{selection:?}, deleted: {deleted}"
            );
            assert_eq!(partly.totals, whole.totals);
            assert_eq!(partly.total, whole.total);
            assert_ne!(partly.total, before.total, "the change shows");
        }
    }
}
