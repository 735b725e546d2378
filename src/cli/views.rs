//! The command line's human views of the caseload: the overview, the case list and one
//! case in full. They present what the domain computes; no rule is decided here.

use crate::domain::model::{Directory, Pregnancy};
use crate::domain::RuleSet;
use crate::report::format::{euros, pad, pad_left};
use crate::t;
use chrono::NaiveDate;

pub use crate::report::caseload::{row, CaseRow};
use crate::report::caseload::{scenario_text, stage_text, when_text};

pub fn rows_header() -> String {
    format!(
        "{} {} {} {} {} {} {} {}",
        pad(&t!("billing-col-case"), 9),
        pad(&t!("col-name"), 20),
        pad(&t!("cli-col-when"), 16),
        pad(&t!("col-period"), 18),
        pad(&t!("col-scenario"), 2),
        pad(&t!("col-coordinator"), 18),
        pad_left(&t!("col-alerts"), 6),
        pad_left(&t!("col-to-bill"), 12)
    )
}

pub fn row_text(r: &CaseRow) -> String {
    format!(
        "{} {} {} {} {} {} {} {}",
        pad(&r.id, 9),
        pad(&r.name, 20),
        pad(&when_text(r), 16),
        pad(&stage_text(r.stage), 18),
        pad(&scenario_text(r.scenario), 2),
        pad(&r.coordinator, 18),
        pad_left(
            &if r.alert_count > 0 {
                format!("{} !", r.alert_count)
            } else {
                "-".into()
            },
            6
        ),
        pad_left(
            &if r.to_bill.is_zero() {
                "-".into()
            } else {
                euros(r.to_bill)
            },
            12
        )
    )
}

/// One case in full (`perinat case ID`): the whole record of `report::record`, wrapped
/// to `cols` columns.
pub fn case_detail(
    p: &Pregnancy,
    dir: &Directory,
    rules: &RuleSet,
    today: NaiveDate,
    cols: usize,
) -> String {
    let lines = crate::report::record::record(p, dir, rules, today);
    crate::report::record::render(&lines, cols)
}
