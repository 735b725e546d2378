//! Personalised prenatal counselling, pseudocode 401391 (R20–R23).

use super::{date_blockers, Context, Draft, Origin};
use crate::domain::model::{Profession, Pseudocode};
use crate::domain::reasons::Blocker;
use crate::domain::scenario::Scenario;

/// R21: billable CPPs per pregnancy.
pub const MAX_CPP: usize = 2;

pub(super) fn drafts(ctx: &Context) -> Vec<Draft> {
    let case = ctx.case;
    let mut order: Vec<usize> = (0..case.cpp.len()).collect();
    order.sort_by_key(|&i| case.cpp[i].date);
    let mut counted = 0usize;
    let mut out = Vec::new();
    for i in order {
        let c = &case.cpp[i];
        let mut reasons = ctx.scenario_blockers();
        // R20: scenario A or B.
        if ctx.scenario() == Some(Scenario::Zero) {
            reasons.push(Blocker::R20NotEntitled);
        }
        // R21: prenatal only, on or after the screening, before the birth.
        if let Some(s) = &case.screening {
            let before_birth = case.birth_date.is_none_or(|b| c.date < b);
            if c.date < s.date || !before_birth {
                reasons.push(Blocker::R21OutsidePrenatal {
                    date: c.date,
                    from: s.date,
                    birth: case.birth_date,
                });
            }
        }
        // R22: a gynaecologist, GP or midwife, with an INAMI number.
        match ctx.dir.profession(&c.provider) {
            Some(
                Profession::Gynecologist | Profession::GeneralPractitioner | Profession::Midwife,
            )
            | None => {}
            Some(profession) => reasons.push(Blocker::R22Profession { profession }),
        }
        if !ctx.dir.has_inami(&c.provider) {
            reasons.push(Blocker::NoInami {
                rule: "R22",
                provider: ctx.provider_name(&c.provider),
            });
        }
        // R23: every identified vulnerability evaluated (status and note), and a code.
        let missing: Vec<String> = ctx
            .vulnerabilities()
            .iter()
            .filter(|v| {
                c.evaluations
                    .get(*v)
                    .is_none_or(|e| e.note.trim().is_empty())
            })
            .cloned()
            .collect();
        if !missing.is_empty() {
            reasons.push(Blocker::R23Evaluations { missing });
        }
        if c.code.as_deref().is_none_or(|c| c.trim().is_empty()) {
            reasons.push(Blocker::R23NoCode);
        }
        // R52 (and R3): a CPP that can never be billed takes no place under R21.
        reasons.extend(date_blockers(ctx, c.date));
        // R21: the first two that pass every other rule are billable; one blocked by
        // R61 alone (added later, in `finish`) keeps its place.
        if reasons.is_empty() {
            if counted >= MAX_CPP {
                reasons.push(Blocker::R21Limit);
            } else {
                counted += 1;
            }
        }
        out.push(Draft {
            pseudocode: Pseudocode::Cpp,
            origin: Origin::Cpp(i),
            service_date: c.date,
            provider: Some(c.provider.clone()),
            units: 1,
            reasons,
        });
    }
    out
}
