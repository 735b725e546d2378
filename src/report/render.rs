//! The billing report as JSON (exactly INTERCHANGE.md's "Billing report"), CSV (one row
//! a line, for spreadsheets) and a table for a person at month end.

use super::billing::{BillingReport, Selection};
use super::format::{date, euros, pad, pad_left};
use crate::domain::services::{ServiceLine, Status};
use crate::interchange::write::money;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct JsonLine<'a> {
    pregnancy: &'a str,
    pseudocode: &'a str,
    service_date: String,
    provider: Option<&'a str>,
    units: u32,
    unit_price: Option<String>,
    amount: Option<String>,
    deadline: String,
    status: &'a str,
    reasons: Vec<String>,
}

#[derive(Serialize)]
struct JsonTotal {
    count: usize,
    amount: String,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    month: Option<String>,
    lines: Vec<JsonLine<'a>>,
    totals: BTreeMap<&'a str, JsonTotal>,
    total: String,
}

fn json_line(l: &ServiceLine) -> JsonLine<'_> {
    JsonLine {
        pregnancy: &l.pregnancy,
        pseudocode: l.pseudocode.code(),
        service_date: l.service_date.to_string(),
        provider: l.provider.as_deref(),
        units: l.units,
        unit_price: l.unit_price.map(money),
        amount: l.amount.map(money),
        deadline: l.deadline.to_string(),
        status: l.status.key(),
        reasons: l.reasons.iter().map(|r| r.to_string()).collect(),
    }
}

/// The JSON report (`month` is null for `--unbilled`), pretty-printed, newline-ended.
pub fn json(r: &BillingReport) -> String {
    let report = JsonReport {
        month: match r.selection {
            Selection::Month(m) => Some(m.to_string()),
            Selection::Unbilled => None,
        },
        lines: r.lines.iter().map(json_line).collect(),
        totals: r
            .totals
            .iter()
            .map(|(p, t)| {
                (
                    p.code(),
                    JsonTotal {
                        count: t.count,
                        amount: money(t.amount),
                    },
                )
            })
            .collect(),
        total: money(r.total),
    };
    let mut s = serde_json::to_string_pretty(&report).unwrap_or_default();
    s.push('\n');
    s
}

/// CSV with a header row; reasons joined by ` | `.
pub fn csv(r: &BillingReport) -> Result<String, String> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let header = [
        "pregnancy",
        "pseudocode",
        "service_date",
        "provider",
        "provider_name",
        "units",
        "unit_price",
        "amount",
        "deadline",
        "status",
        "reasons",
    ];
    w.write_record(header).map_err(|e| e.to_string())?;
    for l in &r.lines {
        let reasons: Vec<String> = l.reasons.iter().map(|x| x.to_string()).collect();
        let provider = l.provider.clone().unwrap_or_default();
        let name = l
            .provider
            .as_deref()
            .map(|p| r.directory.name(p))
            .unwrap_or("")
            .to_string();
        w.write_record([
            l.pregnancy.clone(),
            l.pseudocode.code().to_string(),
            l.service_date.to_string(),
            provider,
            name,
            l.units.to_string(),
            l.unit_price.map(money).unwrap_or_default(),
            l.amount.map(money).unwrap_or_default(),
            l.deadline.to_string(),
            l.status.key().to_string(),
            reasons.join(" | "),
        ])
        .map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

const AMOUNT: usize = 13;

fn provider_label(r: &BillingReport, id: Option<&str>) -> String {
    match id {
        Some(id) => r.directory.name(id).to_string(),
        None => "(no billing provider)".to_string(),
    }
}

fn line_row(r: &BillingReport, l: &ServiceLine) -> String {
    let mark = if l.deadline_near(r.today) { "!" } else { " " };
    format!(
        "{} {} {} {} {} {} {}{} {}",
        date(l.service_date),
        pad(&l.pregnancy, 10),
        l.pseudocode.code(),
        pad(&provider_label(r, l.provider.as_deref()), 20),
        pad_left(&l.units.to_string(), 3),
        pad_left(&l.amount.map(euros).unwrap_or_else(|| "-".into()), AMOUNT),
        date(l.deadline),
        mark,
        l.status.key(),
    )
}

/// The report for a person: totals per pseudocode and per billing provider, then the
/// lines to claim, then the others (billed, expired), then the blocked ones with reasons.
pub fn table(r: &BillingReport) -> String {
    let mut out = String::new();
    let title = match r.selection {
        Selection::Month(m) => format!("Billing report for {m}"),
        Selection::Unbilled => "Unbilled services, soonest deadline first".to_string(),
    };
    out.push_str(&format!("{title} (as of {})\n\n", date(r.today)));

    out.push_str("To claim, per pseudocode\n");
    for (p, t) in &r.totals {
        out.push_str(&format!(
            "  {} {} {} {}\n",
            p.code(),
            pad(&p.name(), 14),
            pad_left(&t.count.to_string(), 6),
            pad_left(&euros(t.amount), AMOUNT)
        ));
    }
    out.push_str(&format!(
        "  {} {} {}\n\n",
        pad("Total", 21),
        pad_left(
            &r.totals
                .values()
                .map(|t| t.count)
                .sum::<usize>()
                .to_string(),
            6
        ),
        pad_left(&euros(r.total), AMOUNT)
    ));

    out.push_str("To claim, per billing provider\n");
    if r.per_provider.is_empty() {
        out.push_str("  nothing to claim\n");
    }
    for (id, t) in &r.per_provider {
        let inami = r
            .directory
            .get(id)
            .and_then(|p| p.inami.as_ref())
            .map(|i| i.formatted())
            .unwrap_or_default();
        out.push_str(&format!(
            "  {} {} {} {}\n",
            pad(r.directory.name(id), 24),
            pad(&inami, 14),
            pad_left(&t.count.to_string(), 6),
            pad_left(&euros(t.amount), AMOUNT)
        ));
    }

    let header = format!(
        "  {} {} {} {} {} {} {}  {}\n",
        pad("Date", 10),
        pad("Case", 10),
        pad("Code", 6),
        pad("Provider", 20),
        pad_left("Qty", 3),
        pad_left("Amount", AMOUNT),
        pad("Deadline", 10),
        "Status"
    );
    let sections = [
        (
            "Billable (! = deadline within 14 days)",
            vec![Status::Billable],
        ),
        ("Billed and expired", vec![Status::Billed, Status::Expired]),
    ];
    for (name, statuses) in sections {
        let lines: Vec<&ServiceLine> = r
            .lines
            .iter()
            .filter(|l| statuses.contains(&l.status))
            .collect();
        if lines.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{name}: {}\n", lines.len()));
        out.push_str(&header);
        for l in lines {
            out.push_str(&format!("  {}\n", line_row(r, l)));
        }
    }
    let blocked: Vec<&ServiceLine> = r.with_status(Status::Blocked).collect();
    if !blocked.is_empty() {
        out.push_str(&format!("\nBlocked (not billable): {}\n", blocked.len()));
        out.push_str(&header);
        for l in blocked {
            out.push_str(&format!("  {}\n", line_row(r, l)));
            for reason in &l.reasons {
                out.push_str(&format!("      {reason}\n"));
            }
        }
    }
    if r.lines.is_empty() {
        out.push_str("\nNo services in this selection.\n");
    }
    out
}
