//! The follow-up form: how one vulnerability evolves (its status, chosen each time), with
//! a note and who followed it up.

use super::{label_of, provider_field, required_provider, status_options, vulnerabilities, Ctx};
use crate::domain::model::{EvalStatus, FollowUp, Pregnancy};
use crate::t;
use crate::tui::form::{Check, Field, Form};

const DATE: &str = "date";
const INDICATOR: &str = "indicator";
const STATUS: &str = "status";
const NOTE: &str = "note";
const PROVIDER: &str = "provider";

pub fn follow_up_form(p: &Pregnancy, index: Option<usize>, ctx: &Ctx) -> Form {
    let old = index.and_then(|i| p.follow_ups.get(i));
    let mut options: Vec<(String, String)> = vulnerabilities(p, ctx.rules)
        .into_iter()
        .map(|v| (v.clone(), label_of(ctx.rules, &v).to_string()))
        .collect();
    // A follow-up on an indicator no longer vulnerable keeps its indicator.
    if let Some(f) = old.filter(|f| !options.iter().any(|(v, _)| *v == f.indicator)) {
        options.push((
            f.indicator.clone(),
            label_of(ctx.rules, &f.indicator).to_string(),
        ));
    }
    let coordinator =
        crate::domain::services::coordinator_on(p, ctx.today).map_or("", |d| d.provider.as_str());
    let name = p.mother.name.as_str();
    let title = match old {
        Some(f) => t!(
            "form-edit-follow-up",
            date = crate::i18n::format::date(f.date),
            name = name
        ),
        None => t!("form-follow-up", name = name),
    };
    Form::new(
        title,
        vec![
            Field::date(DATE, t!("field-date"), old.map_or(ctx.today, |f| f.date)),
            Field::choice(
                INDICATOR,
                t!("field-vulnerability"),
                options,
                old.map_or("", |f| f.indicator.as_str()),
            ),
            // No status until one is chosen (a new follow-up is not "improved" by default).
            Field::choice(
                STATUS,
                t!("field-status"),
                status_options(),
                old.map_or("", |f| f.status.key()),
            ),
            Field::note(
                NOTE,
                t!("field-note"),
                old.map_or("", |f| f.note.as_str()),
                Check::Required,
            ),
            provider_field(
                PROVIDER,
                t!("field-provider"),
                ctx.providers,
                old.map_or(ctx.me.unwrap_or(coordinator), |f| f.provider.as_str()),
            ),
        ],
    )
}

/// The follow-up typed; None when no status is chosen (flagged on the status) or
/// nobody is (flagged on the provider).
pub(super) fn read(form: &mut Form) -> Option<FollowUp> {
    let Some(status) = EvalStatus::from_key(form.get(STATUS)) else {
        form.set_error(STATUS, t!("form-required"));
        return None;
    };
    Some(FollowUp {
        date: form.date(DATE)?,
        indicator: form.get(INDICATOR).to_string(),
        status,
        note: form.get(NOTE).to_string(),
        provider: required_provider(form, PROVIDER)?,
    })
}
