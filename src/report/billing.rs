//! The month-end billing report: the service lines of a month (or every billable line
//! still to claim), with totals per pseudocode and per billing provider. Lines come from
//! the domain engine; this module only selects, orders and adds up.

use crate::domain::model::{Directory, Pseudocode};
use crate::domain::services::{evaluate, ServiceLine, Status};
use crate::domain::YearMonth;
use crate::parallel::parallel_slices;
use crate::store::{CaseloadApi, Result};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

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

#[derive(Debug, Clone)]
pub struct BillingReport {
    pub selection: Selection,
    pub today: NaiveDate,
    pub lines: Vec<ServiceLine>,
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
    pub fn with_status(&self, s: Status) -> impl Iterator<Item = &ServiceLine> {
        self.lines.iter().filter(move |l| l.status == s)
    }
}

/// Builds the report from the caseload on `today`.
pub fn build(
    api: &dyn CaseloadApi,
    selection: Selection,
    today: NaiveDate,
) -> Result<BillingReport> {
    let directory = api.directory()?;
    let rules = api.rules()?;
    let mut lines = Vec::new();
    match selection {
        Selection::Month(m) => {
            let cases = api.pregnancies_in_month(m)?;
            let parts = parallel_slices(&cases, |slice| {
                let mut out = Vec::new();
                for p in slice {
                    let e = evaluate(p, &directory, &rules, today);
                    out.extend(e.lines.into_iter().filter(|l| m.contains(l.service_date)));
                }
                out
            });
            lines.extend(parts.into_iter().flatten());
            lines.sort_by(|a, b| {
                (a.service_date, &a.pregnancy).cmp(&(b.service_date, &b.pregnancy))
            });
        }
        Selection::Unbilled => {
            api.scan_pregnancies(&mut |p| {
                let e = evaluate(&p, &directory, &rules, today);
                lines.extend(e.lines.into_iter().filter(|l| l.status == Status::Billable));
                true
            })?;
            lines.sort_by(|a, b| {
                (a.deadline, a.service_date, &a.pregnancy).cmp(&(
                    b.deadline,
                    b.service_date,
                    &b.pregnancy,
                ))
            });
        }
    }
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
    Ok(BillingReport {
        selection,
        today,
        lines,
        totals,
        per_provider,
        total,
        directory,
    })
}
