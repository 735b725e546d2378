//! The screening form (R11–R12): who screened and when, the consent, the BIB code and one
//! answer per indicator, with the scenario they make shown live while answering.

use super::{label_of, provider_field, required_provider, Ctx, FormKind};
use crate::domain::model::{Pregnancy, Screening};
use crate::domain::scenario::assess;
use crate::domain::RuleSet;
use crate::t;
use crate::tui::form::{Check, Field, Form};
use chrono::NaiveDate;
use std::collections::BTreeMap;

const DATE: &str = "date";
const PROVIDER: &str = "provider";
const CONSENT: &str = "consent";
const CODE: &str = "code";
/// Before an indicator's key: the field of its answer.
const ANSWER_PREFIX: &str = "ind:";
/// An answer's values (none chosen: not answered).
const YES: &str = "yes";
const NO: &str = "no";

fn answer_key(indicator: &str) -> String {
    format!("{ANSWER_PREFIX}{indicator}")
}

pub fn screening_form(p: &Pregnancy, ctx: &Ctx) -> Form {
    let s = p.screening.as_ref();
    let mut fields = vec![
        Field::date(DATE, t!("field-date"), s.map_or(ctx.today, |s| s.date)),
        provider_field(
            PROVIDER,
            t!("field-screening-provider"),
            ctx.providers,
            s.map_or(ctx.me.unwrap_or(""), |s| &s.provider),
        ),
        Field::yes_no(CONSENT, t!("field-consent"), s.is_some_and(|s| s.consent)),
        Field::text(
            CODE,
            t!("field-bib-code"),
            s.and_then(|s| s.code.as_deref()).unwrap_or(""),
            Check::Free,
        ),
    ];
    for ind in ctx.rules.catalog.indicators() {
        let current = match s.and_then(|s| s.answers.get(&ind.key)) {
            Some(true) => YES,
            Some(false) => NO,
            None => "",
        };
        fields.push(Field::answer(
            &answer_key(&ind.key),
            format!("{:>2}. {}", ind.number, ind.label()),
            current,
        ));
    }
    let mut form = Form::new(t!("form-screening", name = p.mother.name.as_str()), fields);
    super::refresh_live(&FormKind::Screening(p.id.clone()), &mut form, ctx.rules);
    form
}

/// The indicators answered so far, by key (true: vulnerable).
fn answers_of(form: &Form, rules: &RuleSet) -> BTreeMap<String, bool> {
    rules
        .catalog
        .indicators()
        .iter()
        .filter_map(|i| match form.get(&answer_key(&i.key)) {
            YES => Some((i.key.clone(), true)),
            NO => Some((i.key.clone(), false)),
            _ => None,
        })
        .collect()
}

/// Shows the scenario of the answers being typed (R11–R12), provisional until all are.
pub(super) fn refresh_live(form: &mut Form, rules: &RuleSet) {
    let draft = Screening {
        date: NaiveDate::MIN,
        provider: String::new(),
        consent: false,
        code: None,
        answers: answers_of(form, rules),
    };
    let a = assess(&draft, &rules.catalog);
    let names: Vec<&str> = a
        .vulnerabilities
        .iter()
        .map(|k| label_of(rules, k))
        .collect();
    form.live = Some(if a.complete {
        t!(
            "live-scenario",
            scenario = a.scenario.label(),
            answered = a.answered,
            total = rules.catalog.len(),
            vulnerable = names.len()
        )
    } else {
        t!(
            "live-scenario-provisional",
            scenario = a.scenario.label(),
            answered = a.answered,
            total = rules.catalog.len(),
            vulnerable = names.len()
        )
    });
}

/// The screening typed; None (the provider flagged) when nobody is chosen.
pub(super) fn read(form: &mut Form, rules: &RuleSet) -> Option<Screening> {
    Some(Screening {
        date: form.date(DATE)?,
        provider: required_provider(form, PROVIDER)?,
        consent: form.yes(CONSENT),
        code: Some(form.get(CODE).to_string()).filter(|c| !c.is_empty()),
        answers: answers_of(form, rules),
    })
}
