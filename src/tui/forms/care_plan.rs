//! The care plan form: the plan of a case as written, and when.

use super::Ctx;
use crate::domain::model::{CarePlan, Pregnancy};
use crate::t;
use crate::tui::form::{Check, Field, Form};

const DATE: &str = "date";
const TEXT: &str = "text";

pub fn care_plan_form(p: &Pregnancy, ctx: &Ctx) -> Form {
    let c = p.care_plan.as_ref();
    Form::new(
        t!("form-care-plan", name = p.mother.name.as_str()),
        vec![
            Field::date(DATE, t!("field-date"), c.map_or(ctx.today, |c| c.date)),
            Field::note(
                TEXT,
                t!("field-care-plan"),
                c.map_or("", |c| &c.text),
                Check::Required,
            ),
        ],
    )
}

/// The care plan typed.
pub(super) fn read(form: &Form) -> Option<CarePlan> {
    Some(CarePlan {
        date: form.date(DATE)?,
        text: form.get(TEXT).to_string(),
    })
}
