//! The billing mark forms (R63): services marked billed on a day, a billing date
//! corrected, a mark withdrawn; the last two say why.

use super::Saved;
use crate::domain::claims::check_billing_date;
use crate::store::{CaseloadApi, Correction, LineRef};
use crate::t;
use crate::tui::form::{Check, Field, Form};
use chrono::NaiveDate;

/// The day the services were billed.
const ON: &str = "on";
const REASON: &str = "reason";

pub fn mark_billed_form(count: usize, today: NaiveDate) -> Form {
    Form::new(
        t!("form-mark-billed", count = count),
        vec![Field::date(ON, t!("field-billed-on"), today)],
    )
}

/// Another billing date for a billed service, and why (R63).
pub fn correct_billed_form(billed_on: NaiveDate) -> Form {
    Form::new(
        t!("form-correct-billed"),
        vec![
            Field::date(ON, t!("field-billed-on"), billed_on),
            Field::text(REASON, t!("field-reason"), "", Check::Required),
        ],
    )
}

/// A billing mark withdrawn, and why (R63).
pub fn withdraw_billed_form() -> Form {
    Form::new(
        t!("form-withdraw-billed"),
        vec![Field::text(REASON, t!("field-reason"), "", Check::Required)],
    )
}

/// The day typed, flagged when it is not between each service's date and `today` (R63).
fn billing_day(form: &mut Form, lines: &[&LineRef], today: NaiveDate) -> Option<NaiveDate> {
    let on = form.date(ON)?;
    for line in lines {
        if let Err(e) = check_billing_date(line.service_date, on, today) {
            form.set_error(ON, e.to_string());
            return None;
        }
    }
    Some(on)
}

/// The services marked billed, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct MarkValues {
    pub on: NaiveDate,
}

impl MarkValues {
    /// The day typed; None when it cannot be that of `lines` (flagged on the day).
    pub fn read(
        form: &mut Form,
        lines: &[(String, LineRef)],
        today: NaiveDate,
    ) -> Option<MarkValues> {
        let refs: Vec<&LineRef> = lines.iter().map(|(_, l)| l).collect();
        Some(MarkValues {
            on: billing_day(form, &refs, today)?,
        })
    }
}

/// A billing date corrected, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct CorrectValues {
    pub on: NaiveDate,
    pub reason: String,
}

impl CorrectValues {
    /// The day and the reason typed; None when the day cannot be that of `line`.
    pub fn read(form: &mut Form, line: &LineRef, today: NaiveDate) -> Option<CorrectValues> {
        Some(CorrectValues {
            on: billing_day(form, &[line], today)?,
            reason: form.get(REASON).to_string(),
        })
    }
}

/// A billing mark withdrawn, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct WithdrawValues {
    pub reason: String,
}

impl WithdrawValues {
    pub fn read(form: &Form) -> WithdrawValues {
        WithdrawValues {
            reason: form.get(REASON).to_string(),
        }
    }
}

/// Marks `lines` billed, all checked before any is marked.
pub(super) fn save_mark(
    api: &dyn CaseloadApi,
    form: &mut Form,
    lines: &mut Vec<(String, LineRef)>,
    today: NaiveDate,
) -> Option<Saved> {
    let MarkValues { on } = MarkValues::read(form, lines, today)?;
    // Every line is tried; those marked are final (R63), so the dialog keeps only the
    // ones refused, and saving again tries those alone.
    let mut done = 0;
    let mut first_error = None;
    lines.retain(
        |(case, line)| match api.mark_billed(case, line, on, today) {
            Ok(_) => {
                done += 1;
                false
            }
            Err(e) => {
                first_error.get_or_insert_with(|| e.to_string());
                true
            }
        },
    );
    match first_error {
        None => Some(Saved::Billed(t!("status-billed", count = done))),
        Some(error) => {
            form.message = Some(format!(
                "{} {}",
                t!("form-billed-partly", done = done, error = error),
                t!("form-billed-retry", count = lines.len())
            ));
            None
        }
    }
}

/// Gives the billed `line` of `case` the day typed.
pub(super) fn save_correct(
    api: &dyn CaseloadApi,
    form: &mut Form,
    case: &str,
    line: &LineRef,
    today: NaiveDate,
) -> Option<Saved> {
    let CorrectValues { on, reason } = CorrectValues::read(form, line, today)?;
    match api.correct_billed(case, line, Correction::Redate(on), &reason, today) {
        Ok(_) => Some(Saved::Billed(t!(
            "status-billed-corrected",
            case = case,
            on = crate::i18n::format::date(on)
        ))),
        Err(e) => {
            form.message = Some(e.to_string());
            None
        }
    }
}

/// Withdraws the billing mark of `line` of `case`.
pub(super) fn save_withdraw(
    api: &dyn CaseloadApi,
    form: &mut Form,
    case: &str,
    line: &LineRef,
    today: NaiveDate,
) -> Option<Saved> {
    let WithdrawValues { reason } = WithdrawValues::read(form);
    match api.correct_billed(case, line, Correction::Withdraw, &reason, today) {
        Ok(_) => Some(Saved::Billed(t!("status-billed-withdrawn", case = case))),
        Err(e) => {
            form.message = Some(e.to_string());
            None
        }
    }
}
