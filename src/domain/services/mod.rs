//! The central question of perinat, for one case on one day: which services exist, which
//! are billable, for whom, for how much, by when, and if not, why (one reason per failed
//! rule). Each pseudocode has its own module; this one adds what all share: the
//! programme start (R52), the end of the trajectory (R3), the regional opening (R61), the
//! tariff (R50), the deadline (R60, R62), billed services (R63) and the status on `today`.

mod concertation;
mod coordination;
mod cpp;
mod screening;

pub(crate) use concertation::concertation_blockers;
pub use coordination::period_coordinator;
pub use screening::may_record_screening;

use crate::domain::deadlines::{deadline_with_opening, DEADLINE_ALERT_DAYS};
use crate::domain::model::{BilledService, Designation, Directory, Pregnancy, Pseudocode};
use crate::domain::periods::{case_reference_periods, Periods, ReferencePeriod};
use crate::domain::reasons::Blocker;
use crate::domain::ruleset::RuleSet;
use crate::domain::scenario::{assess, Assessment, Scenario};
use crate::domain::tariff::programme_start;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Where a service line comes from in the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Screening,
    /// Index into `Pregnancy::cpp`.
    Cpp(usize),
    /// Reference period number (R4).
    Coordination(u32),
    /// Index into `Pregnancy::concertations`.
    Concertation(usize),
}

/// A line's status on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// All conditions hold, not yet billed, deadline not passed.
    Billable,
    /// Marked billed (R63).
    Billed,
    /// Billable but its deadline has passed (R60).
    Expired,
    /// At least one rule fails.
    Blocked,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Billable => "billable",
            Status::Billed => "billed",
            Status::Expired => "expired",
            Status::Blocked => "blocked",
        }
    }
}

/// One billable unit of work for one billing provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceLine {
    pub pregnancy: String,
    pub pseudocode: Pseudocode,
    pub origin: Origin,
    pub service_date: NaiveDate,
    /// The billing provider, when there is one.
    pub provider: Option<String>,
    pub units: u32,
    pub unit_price: Option<Decimal>,
    pub amount: Option<Decimal>,
    pub deadline: NaiveDate,
    pub status: Status,
    /// One per failed rule, by rule number.
    pub reasons: Vec<Blocker>,
    /// The billing date when billed (R63).
    pub billed_on: Option<NaiveDate>,
}

impl ServiceLine {
    /// R60: still to claim, with its deadline within the alert window (14 days).
    pub fn deadline_near(&self, today: NaiveDate) -> bool {
        self.deadline_within(today, DEADLINE_ALERT_DAYS)
    }

    /// R60: still to claim, with its deadline today or within `days` days.
    pub fn deadline_within(&self, today: NaiveDate, days: i64) -> bool {
        let left = (self.deadline - today).num_days();
        self.status == Status::Billable && (0..=days).contains(&left)
    }
}

/// A line before pricing, deadline and status: what each pseudocode module produces.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub pseudocode: Pseudocode,
    pub origin: Origin,
    pub service_date: NaiveDate,
    pub provider: Option<String>,
    pub units: u32,
    pub reasons: Vec<Blocker>,
}

/// Everything the engine knows about a case, shared by the pseudocode modules.
pub(crate) struct Context<'a> {
    pub case: &'a Pregnancy,
    pub dir: &'a Directory,
    pub rules: &'a RuleSet,
    pub assessment: Option<Assessment>,
    pub periods: Option<Periods>,
    pub reference_periods: Vec<ReferencePeriod>,
    pub today: NaiveDate,
}

impl<'a> Context<'a> {
    /// What the engine derives from a case before any service: its scenario (R11–R12),
    /// periods (R2–R3) and reference periods (R4).
    pub fn new(
        case: &'a Pregnancy,
        dir: &'a Directory,
        rules: &'a RuleSet,
        today: NaiveDate,
    ) -> Self {
        Context {
            case,
            dir,
            rules,
            assessment: case.screening.as_ref().map(|s| assess(s, &rules.catalog)),
            periods: Periods::of(case),
            reference_periods: case_reference_periods(case),
            today,
        }
    }

    /// R12: the reasons a scenario-dependent service is blocked by the screening itself.
    pub fn scenario_blockers(&self) -> Vec<Blocker> {
        match &self.assessment {
            None => vec![Blocker::R12NoScreening],
            Some(a) if !a.complete => vec![Blocker::R12Incomplete {
                answered: a.answered,
                total: self.rules.catalog.len(),
            }],
            Some(_) => Vec::new(),
        }
    }

    /// The (possibly provisional) scenario, if screened.
    pub fn scenario(&self) -> Option<Scenario> {
        self.assessment.as_ref().map(|a| a.scenario)
    }

    pub fn scenario_label(&self) -> &'static str {
        self.scenario().map(Scenario::label).unwrap_or("unknown")
    }

    pub fn vulnerabilities(&self) -> &[String] {
        self.assessment
            .as_ref()
            .map(|a| a.vulnerabilities.as_slice())
            .unwrap_or(&[])
    }

    pub fn provider_name(&self, id: &str) -> String {
        self.dir.name(id).to_string()
    }
}

/// R31/R32/R40: the coordinator in charge on `day`: the last one designated on or
/// before it (a later entry of the list wins a tie).
pub fn coordinator_on(case: &Pregnancy, day: NaiveDate) -> Option<&Designation> {
    case.coordinators
        .iter()
        .enumerate()
        .filter(|(_, d)| d.from <= day)
        .max_by_key(|(i, d)| (d.from, *i))
        .map(|(_, d)| d)
}

/// The result of evaluating one case.
#[derive(Debug, Clone)]
pub struct CaseEvaluation {
    pub assessment: Option<Assessment>,
    pub periods: Option<Periods>,
    pub reference_periods: Vec<ReferencePeriod>,
    pub lines: Vec<ServiceLine>,
    /// Indices into `Pregnancy::billed` that match no service (an import error).
    pub unmatched_billed: Vec<usize>,
}

/// Evaluates every service of `case` on `today`.
pub fn evaluate(
    case: &Pregnancy,
    dir: &Directory,
    rules: &RuleSet,
    today: NaiveDate,
) -> CaseEvaluation {
    let ctx = Context::new(case, dir, rules, today);
    let mut drafts = Vec::new();
    drafts.extend(screening::drafts(&ctx));
    drafts.extend(cpp::drafts(&ctx));
    drafts.extend(coordination::drafts(&ctx));
    drafts.extend(concertation::drafts(&ctx));

    let mut lines: Vec<ServiceLine> = drafts.into_iter().map(|d| finish(&ctx, d, today)).collect();
    let unmatched_billed = apply_billed(case, &mut lines);
    CaseEvaluation {
        assessment: ctx.assessment,
        periods: ctx.periods,
        reference_periods: ctx.reference_periods,
        lines,
        unmatched_billed,
    }
}

/// The shared rules a service fails by its date alone: before the programme start (R52),
/// after the end of the trajectory (R3). A CPP or a concertation failing one of them
/// takes no place under R21 or R43, so their modules ask before counting; `finish` adds
/// them to every other line.
pub(super) fn date_blockers(ctx: &Context, date: NaiveDate) -> Vec<Blocker> {
    let mut out = Vec::new();
    if date < programme_start() {
        out.push(Blocker::R52BeforeStart);
    }
    if let Some(p) = &ctx.periods {
        if date > p.end {
            out.push(Blocker::R3Closed { end: p.end });
        }
    }
    out
}

/// Adds the shared rules, the price, the deadline and the status to a draft.
fn finish(ctx: &Context, d: Draft, today: NaiveDate) -> ServiceLine {
    let mut reasons = d.reasons;
    for r in date_blockers(ctx, d.service_date) {
        let kind = std::mem::discriminant(&r);
        if !reasons.iter().any(|x| std::mem::discriminant(x) == kind) {
            reasons.push(r);
        }
    }
    let region = ctx.case.region;
    let opening = ctx.rules.openings.opening(region, d.pseudocode);
    match opening {
        None => reasons.push(Blocker::R61Unknown { region }),
        Some(opens) if today < opens => reasons.push(Blocker::R61NotOpen {
            region,
            code: d.pseudocode,
            opens,
        }),
        Some(_) => {}
    }
    reasons.sort_by_key(Blocker::rule_number);
    let unit_price = ctx.rules.tariffs.amount_on(d.pseudocode, d.service_date);
    let amount = unit_price.map(|p| p * Decimal::from(d.units));
    let deadline = deadline_with_opening(d.service_date, opening);
    let status = if !reasons.is_empty() {
        Status::Blocked
    } else if today > deadline {
        Status::Expired
    } else {
        Status::Billable
    };
    ServiceLine {
        pregnancy: ctx.case.id.clone(),
        pseudocode: d.pseudocode,
        origin: d.origin,
        service_date: d.service_date,
        provider: d.provider,
        units: d.units,
        unit_price,
        amount,
        deadline,
        status,
        reasons,
        billed_on: None,
    }
}

/// R63: which line each `billed` entry matches: same pseudocode, service date and
/// billing provider, an unblocked line first, each line at most once (`None`: no match).
pub fn match_billed(lines: &[ServiceLine], billed: &[BilledService]) -> Vec<Option<usize>> {
    let mut taken = vec![false; lines.len()];
    billed
        .iter()
        .map(|b| {
            let fits = |(j, l): &(usize, &ServiceLine)| {
                !taken[*j]
                    && l.pseudocode == b.pseudocode
                    && l.service_date == b.service_date
                    && l.provider.as_deref() == Some(b.provider.as_str())
            };
            let pick = lines
                .iter()
                .enumerate()
                .filter(fits)
                .find(|(_, l)| l.reasons.is_empty())
                .or_else(|| lines.iter().enumerate().find(fits))
                .map(|(j, _)| j);
            if let Some(j) = pick {
                taken[j] = true;
            }
            pick
        })
        .collect()
}

/// R63: marks the matched lines billed, keeping the billed amount. Returns the entries
/// that match nothing.
fn apply_billed(case: &Pregnancy, lines: &mut [ServiceLine]) -> Vec<usize> {
    let mut unmatched = Vec::new();
    for (i, m) in match_billed(lines, &case.billed).into_iter().enumerate() {
        let b = &case.billed[i];
        match m {
            Some(j) => {
                let l = &mut lines[j];
                l.billed_on = Some(b.billed_on);
                l.status = Status::Billed;
                l.amount = Some(b.amount);
                if l.units > 0 {
                    l.unit_price = Some((b.amount / Decimal::from(l.units)).round_dp(2));
                }
            }
            None => unmatched.push(i),
        }
    }
    unmatched
}

/// Every date on which a service of `case` may fall, whatever the providers' details or
/// the tables say: the screening, CPP and concertation dates, each reference period's
/// first day (where a blocked forfait is listed) and the day each forfait is dated once
/// billable. Service dates are always among these (tested), so the store indexes a case
/// under their months and the billing report reads only those cases.
pub fn candidate_service_dates(case: &Pregnancy, rules: &RuleSet) -> Vec<NaiveDate> {
    let dir = Directory::default();
    let ctx = Context::new(case, &dir, rules, NaiveDate::MAX);
    let mut out = Vec::new();
    out.extend(case.screening.iter().map(|s| s.date));
    out.extend(case.cpp.iter().map(|c| c.date));
    out.extend(case.concertations.iter().map(|c| c.date));
    out.extend(case.billed.iter().map(|b| b.service_date));
    out.extend(ctx.reference_periods.iter().map(|p| p.start));
    out.extend(coordination::dates_once_billable(&ctx));
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests;
