//! The command line's human views of the caseload: the overview, the case list and one
//! case in full. They present what the domain computes; no rule is decided here.

use crate::domain::alerts::alerts;
use crate::domain::model::{Directory, Pregnancy};
use crate::domain::services::{evaluate, Status};
use crate::domain::{RuleSet, Scenario};
use crate::report::format::{date, euros, line_status, pad, pad_left};
use crate::t;
use chrono::NaiveDate;

pub use crate::report::caseload::{row, CaseRow};
use crate::report::caseload::{
    row_of, scenario_line, scenario_text, stage_text, vulnerability_line, when_text,
};

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

/// One case in full.
pub fn case_detail(p: &Pregnancy, dir: &Directory, rules: &RuleSet, today: NaiveDate) -> String {
    let e = evaluate(p, dir, rules, today);
    let mut out = String::new();
    let r = row_of(p, &e, dir, today);
    let (when, phase) = (when_text(&r), stage_text(r.stage));
    out.push_str(&format!(
        "{} - {} ({}, {})\n",
        p.id,
        p.mother.name,
        p.region.name(),
        when
    ));
    out.push_str(&format!(
        "{}\n",
        t!("cli-today", date = date(today), phase = phase)
    ));
    if let Some(per) = e.periods {
        let birth = if per.expected {
            t!("case-expected-birth")
        } else {
            t!("case-birth")
        };
        out.push_str(&format!(
            "{}\n",
            t!(
                "cli-periods",
                prenatal = date(per.prenatal_start),
                birth_label = birth,
                birth = date(per.birth),
                childhood = date(per.early_childhood_start),
                end = date(per.end)
            )
        ));
    }
    for rp in &e.reference_periods {
        out.push_str(&format!(
            "{}\n",
            t!(
                "cli-reference-period",
                number = rp.number,
                from = date(rp.start),
                to = date(rp.end.pred_opt().unwrap_or(rp.end))
            )
        ));
    }
    match &e.assessment {
        None => out.push_str(&format!("{}\n", t!("cli-no-screening"))),
        Some(a) => {
            out.push_str(&format!(
                "{}: {}\n",
                t!("service-long-401376"),
                scenario_line(a)
            ));
            for v in &a.vulnerabilities {
                let text = vulnerability_line(p, &rules.catalog, v);
                out.push_str(&format!("  - {text}\n"));
            }
        }
    }
    if e.assessment.as_ref().map(|a| a.scenario) == Some(Scenario::B) || !p.coordinators.is_empty()
    {
        for (i, d) in p.coordinators.iter().enumerate() {
            let args = (dir.name(&d.provider), date(d.from));
            let mut line = if i == 0 {
                t!("cli-coordinator", name = args.0, from = args.1)
            } else {
                t!("cli-transfer", name = args.0, from = args.1)
            };
            if !d.consent {
                line.push(' ');
                line.push_str(&t!("cli-no-consent"));
            }
            out.push_str(&format!("{line}\n"));
        }
        let team: Vec<&str> = p.team.iter().map(|t| dir.name(t)).collect();
        out.push_str(&format!(
            "{}\n",
            t!(
                "case-team",
                team = if team.is_empty() {
                    "-".into()
                } else {
                    team.join(", ")
                }
            )
        ));
    }
    out.push_str(&format!("\n{}\n", t!("cli-services")));
    if e.lines.is_empty() {
        out.push_str(&format!("  {}\n", t!("case-no-services")));
    }
    for l in &e.lines {
        let who = l.provider.as_deref().map(|x| dir.name(x)).unwrap_or("-");
        out.push_str(&format!(
            "  {} {} {} {} {} {} {}\n",
            date(l.service_date),
            l.pseudocode.code(),
            pad(&l.pseudocode.name(), 12),
            pad(who, 20),
            pad_left(&l.amount.map(euros).unwrap_or_else(|| "-".into()), 12),
            pad(&t!("cli-deadline", date = date(l.deadline)), 14),
            match (l.status, l.billed_on) {
                (Status::Billed, Some(on)) => t!("case-billed-on", date = date(on)),
                (s, _) => line_status(s),
            }
        ));
        for r in &l.reasons {
            out.push_str(&format!("      {r}\n"));
        }
    }
    let a = alerts(p, &e, today);
    out.push_str(&format!("\n{}\n", t!("case-alerts")));
    if a.is_empty() {
        out.push_str(&format!("  {}\n", t!("case-no-alerts")));
    }
    for x in a {
        out.push_str(&format!("  ! {x}\n"));
    }
    out
}
