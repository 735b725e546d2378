//! The billing report as JSON (exactly INTERCHANGE.md's "Billing report"), CSV (one row
//! a line, for spreadsheets) and a table for a person at month end.

use super::billing::{BillingReport, Selection};
use super::format::{date, decimal_comma, euros, line_status, pad, pad_left};
use crate::domain::services::{ServiceLine, Status};
use crate::i18n::{with_language, Lang};
use crate::interchange::write::money;
use crate::t;
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
/// Its reasons are English whatever the user's language: the format is a contract.
pub fn json(r: &BillingReport) -> String {
    with_language(Lang::En, || json_text(r))
}

fn json_text(r: &BillingReport) -> String {
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

/// How a CSV is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvStyle {
    /// For a spreadsheet with a Belgian locale: `;` between fields, dates `dd/mm/yyyy`,
    /// amounts with a decimal comma, headers and statuses in the user's language, and a
    /// byte-order mark so that spreadsheets read the accents as UTF-8.
    Belgian,
    /// For programs (`--csv-plain`): `,`, ISO dates, a decimal point, English keys and
    /// English reasons whatever the user's language (as in the JSON report).
    Plain,
}

/// CSV with a header row, one row a line; reasons joined by ` | `.
pub fn csv(r: &BillingReport, style: CsvStyle) -> Result<String, String> {
    match style {
        CsvStyle::Belgian => csv_text(r, style),
        CsvStyle::Plain => with_language(Lang::En, || csv_text(r, style)),
    }
}

fn csv_text(r: &BillingReport, style: CsvStyle) -> Result<String, String> {
    let belgian = style == CsvStyle::Belgian;
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(if belgian { b';' } else { b',' })
        .from_writer(Vec::new());
    let header: Vec<String> = if belgian {
        vec![
            t!("csv-case"),
            t!("csv-pseudocode"),
            t!("csv-service"),
            t!("csv-service-date"),
            t!("csv-provider"),
            t!("csv-provider-name"),
            t!("csv-units"),
            t!("csv-unit-price"),
            t!("csv-amount"),
            t!("csv-deadline"),
            t!("csv-status"),
            t!("csv-reasons"),
        ]
    } else {
        [
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
        ]
        .map(String::from)
        .to_vec()
    };
    w.write_record(&header).map_err(|e| e.to_string())?;
    let day = |d: chrono::NaiveDate| if belgian { date(d) } else { d.to_string() };
    let amount = |a: Option<rust_decimal::Decimal>| match (a, belgian) {
        (None, _) => String::new(),
        (Some(a), true) => decimal_comma(a),
        (Some(a), false) => money(a),
    };
    for l in &r.lines {
        let reasons: Vec<String> = l.reasons.iter().map(|x| x.to_string()).collect();
        let name = l
            .provider
            .as_deref()
            .map(|p| r.directory.name(p))
            .unwrap_or("")
            .to_string();
        let mut row = vec![l.pregnancy.clone(), l.pseudocode.code().to_string()];
        if belgian {
            row.push(l.pseudocode.name());
        }
        row.extend([
            day(l.service_date),
            l.provider.clone().unwrap_or_default(),
            name,
            l.units.to_string(),
            amount(l.unit_price),
            amount(l.amount),
            day(l.deadline),
            if belgian {
                line_status(l.status)
            } else {
                l.status.key().to_string()
            },
            reasons.join(" | "),
        ]);
        w.write_record(&row).map_err(|e| e.to_string())?;
    }
    let bytes = w.into_inner().map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(if belgian {
        format!("\u{feff}{text}")
    } else {
        text.into_owned()
    })
}

const AMOUNT: usize = 13;

fn provider_label(r: &BillingReport, id: Option<&str>) -> String {
    match id {
        Some(id) => r.directory.name(id).to_string(),
        None => t!("report-no-billing-provider"),
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
        line_status(l.status),
    )
}

/// The report for a person: totals per pseudocode and per billing provider, then the
/// lines to claim, then the others (billed, expired), then the blocked ones with reasons.
pub fn table(r: &BillingReport) -> String {
    let mut out = String::new();
    let today = date(r.today);
    let title = match r.selection {
        Selection::Month(m) => t!("report-title-month", month = m.named(), today = today),
        Selection::Unbilled => t!("report-title-unbilled", today = today),
    };
    out.push_str(&format!("{title}\n\n{}\n", t!("report-per-pseudocode")));
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
        pad(&t!("report-total"), 21),
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

    out.push_str(&format!("{}\n", t!("report-per-provider")));
    if r.per_provider.is_empty() {
        out.push_str(&format!("  {}\n", t!("report-nothing")));
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
        pad(&t!("billing-col-date"), 10),
        pad(&t!("billing-col-case"), 10),
        pad(&t!("report-col-code"), 6),
        pad(&t!("billing-col-provider"), 20),
        pad_left(&t!("report-col-qty"), 3),
        pad_left(&t!("billing-col-amount"), AMOUNT),
        pad(&t!("billing-col-deadline"), 10),
        t!("billing-col-status")
    );
    let sections = [
        (Status::Billable, vec![Status::Billable]),
        (Status::Billed, vec![Status::Billed, Status::Expired]),
    ];
    for (section, statuses) in sections {
        let lines: Vec<&ServiceLine> = r
            .lines
            .iter()
            .filter(|l| statuses.contains(&l.status))
            .collect();
        if lines.is_empty() {
            continue;
        }
        let name = if section == Status::Billable {
            t!("report-section-billable", count = lines.len())
        } else {
            t!("report-section-done", count = lines.len())
        };
        out.push_str(&format!("\n{name}\n"));
        out.push_str(&header);
        for l in lines {
            out.push_str(&format!("  {}\n", line_row(r, l)));
        }
    }
    let blocked: Vec<&ServiceLine> = r.with_status(Status::Blocked).collect();
    if !blocked.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            t!("report-section-blocked", count = blocked.len())
        ));
        out.push_str(&header);
        for l in blocked {
            out.push_str(&format!("  {}\n", line_row(r, l)));
            for reason in &l.reasons {
                out.push_str(&format!("      {reason}\n"));
            }
        }
    }
    if r.lines.is_empty() {
        out.push_str(&format!("\n{}\n", t!("report-empty")));
    }
    out
}
