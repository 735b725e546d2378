//! The team form: the providers around a case, in order.

use super::{provider_picks, Ctx};
use crate::domain::model::Pregnancy;
use crate::t;
use crate::tui::form::{Field, Form};

const TEAM: &str = "team";

pub fn team_form(p: &Pregnancy, ctx: &Ctx) -> Form {
    Form::new(
        t!("form-team", name = p.mother.name.as_str()),
        vec![Field::multi_pick(
            TEAM,
            t!("field-team"),
            provider_picks(ctx.providers, false),
            &p.team,
            None,
        )],
    )
}

/// The team as chosen: provider ids, in order.
pub(super) fn read(form: &Form) -> Vec<String> {
    form.list(TEAM)
}
