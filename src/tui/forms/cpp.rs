//! The CPP form (prenatal psychosocial consultation): when, by whom, its BIB code, and a
//! status with a note for each vulnerability of the case (R11).

use super::{label_of, provider_field, required_provider, status_options, vulnerabilities, Ctx};
use crate::domain::model::{Cpp, EvalStatus, Evaluation, Pregnancy};
use crate::domain::RuleSet;
use crate::t;
use crate::tui::form::{Check, Field, Form};
use std::collections::BTreeMap;

const DATE: &str = "date";
const PROVIDER: &str = "provider";
const CODE: &str = "code";
/// Before a vulnerability's key: the field of its status.
const STATUS_PREFIX: &str = "status:";
/// Before a vulnerability's key: the field of its note.
const NOTE_PREFIX: &str = "note:";

fn status_key(vulnerability: &str) -> String {
    format!("{STATUS_PREFIX}{vulnerability}")
}

fn note_key(vulnerability: &str) -> String {
    format!("{NOTE_PREFIX}{vulnerability}")
}

pub fn cpp_form(p: &Pregnancy, index: Option<usize>, ctx: &Ctx) -> Form {
    let c = index.and_then(|i| p.cpp.get(i));
    let mut fields = vec![
        Field::date(DATE, t!("field-date"), c.map_or(ctx.today, |c| c.date)),
        provider_field(
            PROVIDER,
            t!("field-provider"),
            ctx.providers,
            c.map_or(ctx.me.unwrap_or(""), |c| &c.provider),
        ),
        Field::text(
            CODE,
            t!("field-bib-code"),
            c.and_then(|c| c.code.as_deref()).unwrap_or(""),
            Check::Free,
        ),
    ];
    for v in vulnerabilities(p, ctx.rules) {
        let e = c.and_then(|c| c.evaluations.get(&v));
        fields.push(Field::choice(
            &status_key(&v),
            label_of(ctx.rules, &v).to_string(),
            status_options(),
            e.map_or("", |e| e.status.key()),
        ));
        fields.push(Field::note(
            &note_key(&v),
            t!("field-note"),
            e.map_or("", |e| &e.note),
            Check::Free,
        ));
    }
    let title = match c {
        Some(c) => t!(
            "form-edit-cpp",
            date = crate::i18n::format::date(c.date),
            name = p.mother.name.as_str()
        ),
        None => t!("form-cpp", name = p.mother.name.as_str()),
    };
    Form::new(title, fields)
}

/// The CPP typed about the vulnerabilities of `p`; None (the provider flagged) when
/// nobody is chosen.
pub(super) fn read(form: &mut Form, p: &Pregnancy, rules: &RuleSet) -> Option<Cpp> {
    let mut evaluations = BTreeMap::new();
    for v in vulnerabilities(p, rules) {
        if let Some(status) = EvalStatus::from_key(form.get(&status_key(&v))) {
            let note = form.get(&note_key(&v)).to_string();
            evaluations.insert(v, Evaluation { status, note });
        }
    }
    Some(Cpp {
        date: form.date(DATE)?,
        provider: required_provider(form, PROVIDER)?,
        code: Some(form.get(CODE).to_string()).filter(|c| !c.is_empty()),
        evaluations,
    })
}
