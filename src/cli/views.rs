//! The command line's human views of the caseload: the overview, the case list and one
//! case in full. They present what the domain computes; no rule is decided here.

use crate::domain::alerts::alerts;
use crate::domain::model::{Directory, Pregnancy};
use crate::domain::services::{evaluate, Status};
use crate::domain::{RuleSet, Scenario};
use crate::report::format::{date, euros, pad, pad_left};
use chrono::NaiveDate;

pub use crate::report::caseload::{row, CaseRow};
use crate::report::caseload::{row_of, scenario_text, stage_text, when_text};

pub fn rows_header() -> String {
    format!(
        "{} {} {} {} {} {} {} {}",
        pad("Case", 9),
        pad("Name", 20),
        pad("Due / born", 16),
        pad("Period", 18),
        pad("Sc", 2),
        pad("Coordinator", 18),
        pad_left("Alerts", 6),
        pad_left("To bill", 12)
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
    out.push_str(&format!("Today {}: {}\n", date(today), phase));
    if let Some(per) = e.periods {
        let birth = if per.expected {
            "expected birth"
        } else {
            "birth"
        };
        out.push_str(&format!(
            "Periods (R2): prenatal from {}, {birth} {}, early childhood from {}, ends {} (R3)\n",
            date(per.prenatal_start),
            date(per.birth),
            date(per.early_childhood_start),
            date(per.end)
        ));
    }
    for rp in &e.reference_periods {
        out.push_str(&format!(
            "Reference period {} (R4): {} to {}\n",
            rp.number,
            date(rp.start),
            date(rp.end.pred_opt().unwrap_or(rp.end))
        ));
    }
    match &e.assessment {
        None => out.push_str("Screening: none recorded\n"),
        Some(a) => {
            out.push_str(&format!(
                "Screening: scenario {}{} ({} of {} indicators answered)\n",
                a.scenario.label(),
                if a.complete {
                    ""
                } else {
                    ", provisional (R12)"
                },
                a.answered,
                rules.catalog.len()
            ));
            for v in &a.vulnerabilities {
                let label = rules.catalog.get(v).map(|i| i.en.as_str()).unwrap_or(v);
                match p.statuses_of(v).max_by_key(|x| x.0) {
                    Some((d, s, n)) => {
                        out.push_str(&format!("  - {label}: {} on {} ({n})\n", s.key(), date(d)))
                    }
                    None => out.push_str(&format!("  - {label}: no status yet\n")),
                }
            }
        }
    }
    if e.assessment.as_ref().map(|a| a.scenario) == Some(Scenario::B) || !p.coordinators.is_empty()
    {
        for (i, d) in p.coordinators.iter().enumerate() {
            out.push_str(&format!(
                "{} {} from {}{}\n",
                if i == 0 {
                    "Coordinator:"
                } else {
                    "Transfer to:"
                },
                dir.name(&d.provider),
                date(d.from),
                if d.consent {
                    ""
                } else {
                    " (no consent recorded)"
                }
            ));
        }
        let team: Vec<&str> = p.team.iter().map(|t| dir.name(t)).collect();
        out.push_str(&format!(
            "Care team: {}\n",
            if team.is_empty() {
                "-".into()
            } else {
                team.join(", ")
            }
        ));
    }
    out.push_str("\nServices\n");
    if e.lines.is_empty() {
        out.push_str("  none yet\n");
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
            pad(&format!("by {}", date(l.deadline)), 13),
            match (l.status, l.billed_on) {
                (Status::Billed, Some(on)) => format!("billed {}", date(on)),
                (s, _) => s.key().to_string(),
            }
        ));
        for r in &l.reasons {
            out.push_str(&format!("      {r}\n"));
        }
    }
    let a = alerts(p, &e, today);
    out.push_str("\nAlerts\n");
    if a.is_empty() {
        out.push_str("  none\n");
    }
    for x in a {
        out.push_str(&format!("  ! {x}\n"));
    }
    out
}
