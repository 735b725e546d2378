//! Care coordination, pseudocode 401413 (R30–R34): one forfait per reference period,
//! billed by the period's coordinator (or their team's INAMI provider) once every R33
//! condition holds within the period.

use super::{concertation_blockers, Context, Draft, Origin};
use crate::domain::model::{Designation, Profession, Pseudocode};
use crate::domain::periods::ReferencePeriod;
use crate::domain::reasons::Blocker;
use crate::domain::scenario::Scenario;
use chrono::NaiveDate;

/// R33: the professions the care team must contain.
pub const CORE_TEAM: [Profession; 3] = [
    Profession::Gynecologist,
    Profession::Midwife,
    Profession::GeneralPractitioner,
];

/// R32 (with R34): the coordinator of a period: the last designated on or before its
/// first day, else the first designated within it. A coordinator designated later in the
/// period (a transfer) bills from the next period on.
pub fn period_coordinator<'a>(
    coordinators: &'a [Designation],
    period: &ReferencePeriod,
) -> Option<&'a Designation> {
    let before = coordinators
        .iter()
        .enumerate()
        .filter(|(_, d)| d.from <= period.start)
        .max_by_key(|(i, d)| (d.from, *i))
        .map(|(_, d)| d);
    before.or_else(|| {
        coordinators
            .iter()
            .enumerate()
            .filter(|(_, d)| period.contains(d.from))
            .min_by_key(|(i, d)| (d.from, *i))
            .map(|(_, d)| d)
    })
}

pub(super) fn drafts(ctx: &Context) -> Vec<Draft> {
    let case = ctx.case;
    let is_b = ctx.scenario() == Some(Scenario::B);
    if !is_b && case.coordinators.is_empty() {
        return Vec::new();
    }
    // A forfait is a service from its period's first day on; later periods are not
    // listed yet.
    ctx.reference_periods
        .iter()
        .filter(|period| period.start <= ctx.today)
        .map(|period| period_draft(ctx, period).0)
        .collect()
}

/// For each reference period, the day its forfait is dated once billable: the first day
/// on which the conditions met by the case's own facts hold. Provider details (INAMI,
/// professions) only decide whether it is billable, never this day; so the store can
/// index a case under it whatever happens to the providers.
pub(crate) fn dates_once_billable(ctx: &Context) -> Vec<NaiveDate> {
    ctx.reference_periods
        .iter()
        .map(|period| period_draft(ctx, period).1)
        .collect()
}

/// The forfait of one period, and the day it is dated once billable.
fn period_draft(ctx: &Context, period: &ReferencePeriod) -> (Draft, NaiveDate) {
    let case = ctx.case;
    let mut reasons = ctx.scenario_blockers();
    // R30: scenario B only.
    if let Some(s) = ctx.scenario() {
        if s != Scenario::B {
            reasons.push(Blocker::R30NotEntitled {
                scenario: ctx.scenario_label(),
            });
        }
    }
    // The first day on which each condition holds within the period.
    let mut holds_from: Vec<NaiveDate> = vec![period.start];

    // R32: the period's coordinator and who bills for them.
    let coordinator = period_coordinator(&case.coordinators, period);
    let mut provider = None;
    match coordinator {
        None => reasons.push(Blocker::R32NoCoordinator),
        Some(d) => {
            holds_from.push(d.from);
            if ctx.dir.has_inami(&d.provider) {
                provider = Some(d.provider.clone());
            } else {
                match &d.billing_provider {
                    Some(b) if ctx.dir.has_inami(b) => provider = Some(b.clone()),
                    Some(b) => {
                        provider = Some(b.clone());
                        reasons.push(Blocker::NoInami {
                            rule: "R32",
                            provider: ctx.provider_name(b),
                        });
                    }
                    None => reasons.push(Blocker::R32NoBillingProvider {
                        coordinator: ctx.provider_name(&d.provider),
                    }),
                }
            }
            // R33: designated with the woman's consent.
            if !d.consent {
                reasons.push(Blocker::R33NoConsent);
            }
        }
    }
    // R33: the core team.
    let missing: Vec<Profession> = CORE_TEAM
        .into_iter()
        .filter(|p| !case.team.iter().any(|t| ctx.dir.profession(t) == Some(*p)))
        .collect();
    if !missing.is_empty() {
        reasons.push(Blocker::R33Team { missing });
    }
    // R33: a concertation in the period that meets R40 and R41.
    let concertation = case
        .concertations
        .iter()
        .filter(|c| period.contains(c.date) && concertation_blockers(ctx, c).is_empty())
        .map(|c| c.date)
        .min();
    match concertation {
        Some(day) => holds_from.push(day),
        None => reasons.push(Blocker::R33NoConcertation),
    }
    // R33: a care plan, recorded before the period's end (one from before still holds).
    match &case.care_plan {
        Some(cp) if cp.date < period.end && !cp.text.trim().is_empty() => holds_from.push(cp.date),
        _ => reasons.push(Blocker::R33NoCarePlan),
    }
    // R33: a status and note for each identified vulnerability within the period,
    // from a follow-up or a CPP evaluation.
    let mut missing = Vec::new();
    for v in ctx.vulnerabilities() {
        let follow_up = case
            .follow_ups
            .iter()
            .filter(|f| &f.indicator == v && period.contains(f.date) && !f.note.trim().is_empty())
            .map(|f| f.date);
        let evaluation = case
            .cpp
            .iter()
            .filter(|c| {
                period.contains(c.date)
                    && c.evaluations
                        .get(v)
                        .is_some_and(|e| !e.note.trim().is_empty())
            })
            .map(|c| c.date);
        match follow_up.chain(evaluation).min() {
            Some(day) => holds_from.push(day),
            None => missing.push(v.clone()),
        }
    }
    if !missing.is_empty() {
        reasons.push(Blocker::R33FollowUps { missing });
    }
    // R33 interpretation: the service date is the first day all R33 conditions hold;
    // while they do not, the forfait is listed on the period's first day. Other rules'
    // blockers (R12, R30, R32's billing provider, R52, R61) do not move that date.
    let once_billable = holds_from.into_iter().max().unwrap_or(period.start);
    let r33_holds = !reasons
        .iter()
        .any(|r| r.rule() == "R33" || matches!(r, Blocker::R32NoCoordinator));
    let service_date = if r33_holds {
        once_billable
    } else {
        period.start
    };
    let draft = Draft {
        pseudocode: Pseudocode::Coordination,
        origin: Origin::Coordination(period.number),
        service_date,
        provider,
        units: 1,
        reasons,
    };
    (draft, once_billable)
}
