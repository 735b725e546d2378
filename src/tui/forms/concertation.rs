//! The concertation form (R41–R42): when and how long the meeting was, whether the woman
//! was there, its report, who took part (in order) and what was agreed per vulnerability.

use super::{label_of, provider_picks, vulnerabilities, Ctx};
use crate::domain::model::{Concertation, Pregnancy};
use crate::t;
use crate::tui::form::{Check, Field, Form};

const DATE: &str = "date";
const START: &str = "start";
/// How long, in quarter hours (where the store's `quarter_hours` problems go).
pub(super) const QUARTERS: &str = "quarters";
const WOMAN: &str = "woman";
const REPORT: &str = "report";
const PARTICIPANTS: &str = "participants";
/// Before a vulnerability's key: the field of what was agreed about it.
const AGREEMENT_PREFIX: &str = "agr:";

pub fn concertation_form(p: &Pregnancy, index: Option<usize>, ctx: &Ctx) -> Form {
    // A new one starts with the coordinator in charge (R41), then the person entering it.
    let mut new_participants: Vec<String> = crate::domain::services::coordinator_on(p, ctx.today)
        .map(|d| d.provider.clone())
        .into_iter()
        .collect();
    if let Some(me) = ctx
        .me
        .filter(|me| !new_participants.iter().any(|x| x == me))
    {
        new_participants.push(me.to_string());
    }
    let c = index.and_then(|i| p.concertations.get(i));
    let mut fields = vec![
        Field::date(DATE, t!("field-date"), c.map_or(ctx.today, |c| c.date)),
        Field::text(
            START,
            t!("field-start"),
            &c.map_or("09:00".into(), |c| c.start.format("%H:%M").to_string()),
            Check::Time,
        ),
        Field::text(
            QUARTERS,
            t!("field-quarter-hours"),
            &c.map_or(4, |c| c.quarter_hours).to_string(),
            Check::Count(1, crate::domain::validate::MAX_QUARTER_HOURS),
        ),
        Field::yes_no(
            WOMAN,
            t!("field-woman-present"),
            c.is_some_and(|c| c.woman_present),
        ),
        Field::note(
            REPORT,
            t!("field-report"),
            c.map_or("", |c| &c.report),
            Check::Free,
        ),
        Field::multi_pick(
            PARTICIPANTS,
            t!("field-participants"),
            provider_picks(ctx.providers, false),
            c.map_or(&new_participants[..], |c| &c.participants[..]),
            Some(t!("hint-participants-order")),
        ),
    ];
    for v in vulnerabilities(p, ctx.rules) {
        fields.push(Field::note(
            &format!("{AGREEMENT_PREFIX}{v}"),
            t!("field-agreement", indicator = label_of(ctx.rules, &v)),
            c.and_then(|c| c.agreements.get(&v))
                .map_or("", |s| s.as_str()),
            Check::Free,
        ));
    }
    let title = match c {
        Some(c) => t!(
            "form-edit-concertation",
            date = crate::i18n::format::date(c.date),
            name = p.mother.name.as_str()
        ),
        None => t!("form-concertation", name = p.mother.name.as_str()),
    };
    Form::new(title, fields)
}

/// The concertation typed; the agreements left empty are not kept.
pub(super) fn read(form: &Form) -> Option<Concertation> {
    Some(Concertation {
        date: form.date(DATE)?,
        start: crate::tui::form::parse_user_time(form.get(START)).ok()?,
        quarter_hours: form.get(QUARTERS).parse().ok()?,
        participants: form.list(PARTICIPANTS),
        woman_present: form.yes(WOMAN),
        report: form.get(REPORT).to_string(),
        agreements: form
            .fields
            .iter()
            .filter(|f| !f.value().is_empty())
            .filter_map(|f| {
                f.key
                    .strip_prefix(AGREEMENT_PREFIX)
                    .map(|k| (k.to_string(), f.value().to_string()))
            })
            .collect(),
    })
}
