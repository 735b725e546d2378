//! The designation form: the coordinator of a case from a day on (a transfer when there is
//! one already), the consent to coordination and who bills.

use super::{provider_field, provider_picks, required_provider, Ctx};
use crate::domain::model::{Designation, Pregnancy};
use crate::t;
use crate::tui::form::{Field, Form};

const PROVIDER: &str = "provider";
const FROM: &str = "from";
const CONSENT: &str = "consent";
const BILLING: &str = "billing";

pub fn designation_form(p: &Pregnancy, index: Option<usize>, ctx: &Ctx) -> Form {
    let old = index.and_then(|i| p.coordinators.get(i));
    let name = p.mother.name.as_str();
    let title = match old {
        Some(d) => t!(
            "form-edit-designation",
            date = crate::i18n::format::date(d.from),
            name = name
        ),
        None if p.coordinators.is_empty() => t!("form-designate", name = name),
        None => t!("form-transfer", name = name),
    };
    Form::new(
        title,
        vec![
            provider_field(
                PROVIDER,
                t!("field-coordinator"),
                ctx.providers,
                old.map_or(ctx.me.unwrap_or(""), |d| d.provider.as_str()),
            ),
            Field::date(FROM, t!("field-from"), old.map_or(ctx.today, |d| d.from)),
            Field::yes_no(
                CONSENT,
                t!("field-consent-coordination"),
                old.is_some_and(|d| d.consent),
            ),
            Field::picker(
                BILLING,
                t!("field-billing-provider"),
                provider_picks(ctx.providers, true),
                old.and_then(|d| d.billing_provider.as_deref())
                    .unwrap_or(""),
            ),
        ],
    )
}

/// The designation typed; None (the coordinator flagged) when nobody is chosen.
pub(super) fn read(form: &mut Form) -> Option<Designation> {
    Some(Designation {
        provider: required_provider(form, PROVIDER)?,
        from: form.date(FROM)?,
        consent: form.yes(CONSENT),
        billing_provider: Some(form.get(BILLING).to_string()).filter(|b| !b.is_empty()),
    })
}
