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
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct TeamValues {
    pub team: Vec<String>,
}

impl TeamValues {
    pub fn read(form: &Form) -> TeamValues {
        TeamValues {
            team: form.list(TEAM),
        }
    }

    pub fn apply(self, p: &mut Pregnancy) {
        p.team = self.team;
    }
}
