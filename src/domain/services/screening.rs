//! Screening, pseudocode 401376 (R12–R16).

use super::{Context, Draft, Origin};
use crate::domain::dates::add_days;
use crate::domain::model::Pseudocode;
use crate::domain::periods::pregnancy_start;
use crate::domain::reasons::Blocker;

/// Days after the birth a screening may still be done (R13).
pub const DAYS_AFTER_BIRTH: i64 = 7;

pub(super) fn drafts(ctx: &Context) -> Vec<Draft> {
    let Some(s) = &ctx.case.screening else {
        return Vec::new();
    };
    let mut reasons = Vec::new();
    // R12: incomplete screenings are not billable.
    if let Some(a) = &ctx.assessment {
        if !a.complete {
            reasons.extend(ctx.scenario_blockers());
        }
    }
    // R13: from the pregnancy start to 7 days after the birth, inclusive.
    if let Some(from) = pregnancy_start(ctx.case) {
        let to = ctx.case.birth_date.map(|b| add_days(b, DAYS_AFTER_BIRTH));
        if s.date < from || to.is_some_and(|t| s.date > t) {
            reasons.push(Blocker::R13Window {
                date: s.date,
                from,
                to,
            });
        }
    }
    // R15: consent, and the finalising provider bills with an INAMI number.
    if !s.consent {
        reasons.push(Blocker::R15NoConsent);
    }
    if !ctx.dir.has_inami(&s.provider) {
        reasons.push(Blocker::NoInami {
            rule: "R15",
            provider: ctx.provider_name(&s.provider),
        });
    }
    // R16: the finalisation code.
    if s.code.as_deref().is_none_or(|c| c.trim().is_empty()) {
        reasons.push(Blocker::R16NoCode);
    }
    vec![Draft {
        pseudocode: Pseudocode::Screening,
        origin: Origin::Screening,
        service_date: s.date,
        provider: Some(s.provider.clone()),
        units: 1,
        reasons,
    }]
}

/// R14: a pregnancy has one screening; a second one is never billable, so recording one
/// is refused (edit the existing one instead).
pub fn may_record_screening(case: &crate::domain::model::Pregnancy) -> Result<(), String> {
    match &case.screening {
        Some(s) => Err(format!(
            "R14: this pregnancy already has a screening (on {}); a second one is never billable, edit the existing one instead",
            s.date
        )),
        None => Ok(()),
    }
}
