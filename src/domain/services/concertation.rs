//! Multidisciplinary concertation, pseudocode 401435 (R40–R44): who takes part, which
//! INAMI participants bill, and the cap of 4 quarter-hours per reference period.

use super::{coordinator_on, date_blockers, Context, Draft, Origin};
use crate::domain::model::{Concertation, Pseudocode};
use crate::domain::reasons::Blocker;
use crate::domain::scenario::Scenario;

/// R41: participants needed, the woman included.
pub const MIN_PARTICIPANTS: usize = 4;
/// R42: billable INAMI participants per concertation.
pub const MAX_BILLING_PARTICIPANTS: usize = 4;
/// R43: billable quarter-hours per reference period.
pub const MAX_QUARTER_HOURS_PER_PERIOD: u32 = 4;

/// R40 and R41 (and R12) for one concertation: empty when it is a valid concertation.
/// Coordination (R33) uses the same test.
pub(crate) fn concertation_blockers(ctx: &Context, c: &Concertation) -> Vec<Blocker> {
    let case = ctx.case;
    let mut reasons = ctx.scenario_blockers();
    // R40: scenario B, after the screening, with the coordinator in charge taking part.
    match ctx.scenario() {
        Some(Scenario::B) | None => {}
        Some(_) => reasons.push(Blocker::R40NotEntitled {
            scenario: ctx.scenario_label(),
        }),
    }
    if let Some(s) = &case.screening {
        if c.date < s.date {
            reasons.push(Blocker::R40BeforeScreening { screening: s.date });
        }
    }
    match coordinator_on(case, c.date) {
        None => reasons.push(Blocker::R40NoCoordinator),
        Some(d) if !c.participants.contains(&d.provider) => {
            reasons.push(Blocker::R40CoordinatorAbsent {
                coordinator: ctx.provider_name(&d.provider),
            })
        }
        Some(_) => {}
    }
    // R41: at least 4 participants (the woman counts), a report, agreements.
    let count = distinct(&c.participants).len() + usize::from(c.woman_present);
    if count < MIN_PARTICIPANTS {
        reasons.push(Blocker::R41TooFew { count });
    }
    if c.report.trim().is_empty() {
        reasons.push(Blocker::R41NoReport);
    }
    if c.agreements.values().all(|a| a.trim().is_empty()) {
        reasons.push(Blocker::R41NoAgreements);
    }
    reasons
}

fn distinct(ids: &[String]) -> Vec<&String> {
    let mut out: Vec<&String> = Vec::new();
    for id in ids {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

pub(super) fn drafts(ctx: &Context) -> Vec<Draft> {
    let case = ctx.case;
    let mut order: Vec<usize> = (0..case.concertations.len()).collect();
    order.sort_by_key(|&i| (case.concertations[i].date, case.concertations[i].start));
    // R43: quarter-hours already billable, per reference period.
    let mut used = vec![0u32; ctx.reference_periods.len()];
    let mut out = Vec::new();
    for i in order {
        let c = &case.concertations[i];
        let mut reasons = concertation_blockers(ctx, c);
        // R43: quarter-hours that can never be billed (R52, R3) take no place in the
        // cap; those blocked by R61 alone (added later, in `finish`) keep theirs.
        reasons.extend(date_blockers(ctx, c.date));
        // R42/R44: INAMI participants only; the coordinator first, then as recorded.
        let coordinator = coordinator_on(case, c.date).map(|d| d.provider.as_str());
        let mut billing: Vec<&String> = distinct(&c.participants)
            .into_iter()
            .filter(|p| ctx.dir.has_inami(p))
            .collect();
        if let Some(pos) = billing.iter().position(|p| Some(p.as_str()) == coordinator) {
            let coord = billing.remove(pos);
            billing.insert(0, coord);
        }
        let draft = |provider: &str, units: u32, reasons: Vec<Blocker>| Draft {
            pseudocode: Pseudocode::Concertation,
            origin: Origin::Concertation(i),
            service_date: c.date,
            provider: Some(provider.to_string()),
            units,
            reasons,
        };
        let (first, beyond) = billing.split_at(billing.len().min(MAX_BILLING_PARTICIPANTS));
        let period = ctx
            .reference_periods
            .iter()
            .position(|p| p.contains(c.date));
        if !reasons.is_empty() || period.is_none() || c.quarter_hours == 0 {
            for p in first {
                out.push(draft(p, c.quarter_hours, reasons.clone()));
            }
        } else if let Some(k) = period {
            let available = MAX_QUARTER_HOURS_PER_PERIOD.saturating_sub(used[k]);
            let billable = c.quarter_hours.min(available);
            let over = c.quarter_hours - billable;
            if !first.is_empty() {
                used[k] += billable;
            }
            let number = ctx.reference_periods[k].number;
            for p in first {
                if billable > 0 {
                    out.push(draft(p, billable, Vec::new()));
                }
                if over > 0 {
                    out.push(draft(p, over, vec![Blocker::R43Cap { period: number }]));
                }
            }
        }
        for p in beyond {
            let mut r = reasons.clone();
            r.push(Blocker::R42Beyond4);
            out.push(draft(p, c.quarter_hours, r));
        }
    }
    out
}
