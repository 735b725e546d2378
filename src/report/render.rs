//! The billing report as JSON (INTERCHANGE.md's "Billing report", with optional keys
//! added for the claim), CSV (one row a line, for spreadsheets or programs) and a table
//! for a person at month end.

use super::billing::{BillingLine, BillingReport, Selection};
use super::format::{date, decimal_comma, euros, line_status, pad, pad_left};
use crate::domain::services::Status;
use crate::i18n::{with_language, Lang};
use crate::interchange::write::money;
use crate::t;
use serde::Serialize;
use std::borrow::Cow;
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
    // Added for the claim (optional keys of the contract): what the IM platform asks.
    woman: &'a str,
    niss: Option<String>,
    provider_name: Option<&'a str>,
    provider_inami: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_time: Option<String>,
    /// For a billable line: days until its deadline (R60).
    #[serde(skip_serializing_if = "Option::is_none")]
    days_left: Option<i64>,
    problems: Vec<String>,
}

#[derive(Serialize)]
struct JsonTotal {
    count: usize,
    amount: String,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    month: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    provider: Option<&'a str>,
    lines: Vec<JsonLine<'a>>,
    totals: BTreeMap<&'a str, JsonTotal>,
    total: String,
}

fn json_line<'a>(r: &'a BillingReport, l: &'a BillingLine) -> JsonLine<'a> {
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
        woman: &l.woman,
        niss: l.niss.as_ref().map(|n| n.digits().to_string()),
        provider_name: l.provider.as_deref().map(|p| r.directory.name(p)),
        provider_inami: inami_of(r, l).map(|i| i.digits().to_string()),
        start_time: l.start.map(|t| t.format("%H:%M").to_string()),
        days_left: (l.status == Status::Billable).then(|| l.days_left(r.today)),
        problems: l.problems().iter().map(|p| p.to_string()).collect(),
    }
}

/// The billing provider's INAMI number, when the line has a provider who has one.
fn inami_of<'a>(r: &'a BillingReport, l: &BillingLine) -> Option<&'a crate::domain::ids::Inami> {
    l.provider
        .as_deref()
        .and_then(|p| r.directory.get(p))
        .and_then(|p| p.inami.as_ref())
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
        provider: r.provider.as_deref(),
        lines: r.lines.iter().map(|l| json_line(r, l)).collect(),
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
    /// byte-order mark so that spreadsheets read the accents as UTF-8. A text cell that a
    /// spreadsheet could run as a formula is neutralised (see `spreadsheet_text`).
    Belgian,
    /// For programs (`--csv-plain`): `,`, ISO dates, a decimal point, English keys and
    /// English reasons whatever the user's language (as in the JSON report). Text is
    /// written exactly as stored, never neutralised: a program wants the data as is, so
    /// this CSV must not be opened in a spreadsheet.
    Plain,
}

/// A text cell from the caseload or the user (ids, names, statuses, reasons) made safe
/// for a spreadsheet: one that begins with `=`, `+`, `-`, `@`, a tab or a carriage
/// return, which a spreadsheet could evaluate as a formula, gets a leading apostrophe
/// (the OWASP "CSV injection" protection). Never applied to the numbers and dates the
/// code formats itself, which must stay numbers and dates (`-15,50`).
fn spreadsheet_text(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
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
            t!("csv-woman"),
            t!("csv-niss"),
            t!("csv-pseudocode"),
            t!("csv-service"),
            t!("csv-service-date"),
            t!("csv-start-time"),
            t!("csv-provider"),
            t!("csv-provider-name"),
            t!("csv-provider-inami"),
            t!("csv-units"),
            t!("csv-unit-price"),
            t!("csv-amount"),
            t!("csv-deadline"),
            t!("csv-status"),
            t!("csv-reasons"),
            t!("csv-problems"),
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
            // Added at the end, so that programs reading the columns above keep working.
            "woman",
            "niss",
            "provider_inami",
            "start_time",
            "days_left",
            "problems",
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
    // Text from the caseload or the user; the numbers and dates above stay as they are.
    let text = |s: &str| {
        if belgian {
            spreadsheet_text(s).into_owned()
        } else {
            s.to_string()
        }
    };
    for l in &r.lines {
        let reasons: Vec<String> = l.reasons.iter().map(|x| x.to_string()).collect();
        let problems: Vec<String> = l.problems().iter().map(|x| x.to_string()).collect();
        let name = l
            .provider
            .as_deref()
            .map(|p| r.directory.name(p))
            .unwrap_or("");
        let inami = inami_of(r, l).map(|i| {
            if belgian {
                i.formatted()
            } else {
                i.digits().to_string()
            }
        });
        let niss = l.niss.as_ref().map(|n| {
            if belgian {
                n.formatted()
            } else {
                n.digits().to_string()
            }
        });
        let start = l
            .start
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default();
        let status = if belgian {
            text(&line_status(l.status))
        } else {
            l.status.key().to_string()
        };
        let row = if belgian {
            vec![
                text(&l.pregnancy),
                text(&l.woman),
                niss.unwrap_or_default(),
                l.pseudocode.code().to_string(),
                text(&l.pseudocode.name()),
                day(l.service_date),
                start,
                text(l.provider.as_deref().unwrap_or_default()),
                text(name),
                inami.unwrap_or_default(),
                l.units.to_string(),
                amount(l.unit_price),
                amount(l.amount),
                day(l.deadline),
                status,
                text(&reasons.join(" | ")),
                text(&problems.join(" | ")),
            ]
        } else {
            vec![
                l.pregnancy.clone(),
                l.pseudocode.code().to_string(),
                day(l.service_date),
                l.provider.clone().unwrap_or_default(),
                name.to_string(),
                l.units.to_string(),
                amount(l.unit_price),
                amount(l.amount),
                day(l.deadline),
                status,
                reasons.join(" | "),
                l.woman.clone(),
                niss.unwrap_or_default(),
                inami.unwrap_or_default(),
                start,
                if l.status == Status::Billable {
                    l.days_left(r.today).to_string()
                } else {
                    String::new()
                },
                problems.join(" | "),
            ]
        };
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

fn line_row(r: &BillingReport, l: &BillingLine) -> String {
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

/// What the IM platform asks beside the line, on one line: the woman and her NISS (or
/// the problem of its absence), the billing provider's INAMI number, a concertation's
/// start time, and the days left to claim.
pub fn claim_details(r: &BillingReport, l: &BillingLine) -> String {
    let mut parts = vec![l.woman.clone()];
    parts.push(match &l.niss {
        Some(n) => format!("{} {}", t!("claim-niss"), n.formatted()),
        None => format!("⚠ {}", t!("claim-no-niss")),
    });
    if let Some(i) = inami_of(r, l) {
        parts.push(format!("INAMI {}", i.formatted()));
    }
    if let Some(t) = l.start {
        parts.push(t!("claim-start", time = t.format("%H:%M").to_string()));
    }
    if l.status == Status::Billable {
        let left = l.days_left(r.today);
        let text = t!("claim-days-left", days = left);
        parts.push(if l.deadline_near(r.today) {
            format!("! {text}")
        } else {
            text
        });
    }
    parts.join(" · ")
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
    out.push_str(&title);
    if let Some(p) = &r.provider {
        out.push_str(&format!(
            " · {}",
            t!("report-for-provider", provider = r.directory.name(p))
        ));
    }
    out.push('\n');
    let near = r.deadline_near();
    if near > 0 {
        out.push_str(&format!("{}\n", t!("report-deadline-near", count = near)));
    }
    out.push_str(&format!("\n{}\n", t!("report-per-pseudocode")));
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
        let lines: Vec<&BillingLine> = r
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
            out.push_str(&format!("      {}\n", claim_details(r, l)));
        }
    }
    let blocked: Vec<&BillingLine> = r.with_status(Status::Blocked).collect();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::YearMonth;
    use crate::domain::model::{Directory, Profession, Provider, Pseudocode};
    use crate::domain::reasons::Blocker;
    use crate::domain::services::Origin;
    use crate::domain::test_support::{d, money};

    /// Text a spreadsheet would run, one for each dangerous first character.
    const HOSTILE: [&str; 6] = [
        "=HYPERLINK(\"http://x\",\"y\")",
        "+32 2 555 01 01",
        "-2+3",
        "@SUM(1+1)",
        "\t=1+1",
        "\r=1+1",
    ];

    /// One line a hostile provider (`p0`…`p5`, named as in `HOSTILE`), on a case whose
    /// id is that same text; the first has a negative amount, the last is blocked.
    fn report() -> BillingReport {
        let providers = HOSTILE.iter().enumerate().map(|(i, name)| Provider {
            id: format!("p{i}"),
            name: name.to_string(),
            profession: Profession::Midwife,
            inami: None,
            organisation: None,
            login: None,
        });
        let lines = HOSTILE
            .iter()
            .enumerate()
            .map(|(i, id)| crate::domain::ServiceLine {
                pregnancy: id.to_string(),
                pseudocode: Pseudocode::Concertation,
                origin: Origin::Concertation(i),
                service_date: d("2025-03-17"),
                provider: Some(format!("p{i}")),
                units: 3,
                unit_price: Some(money(if i == 0 { "-15.50" } else { "15.50" })),
                amount: Some(money(if i == 0 { "-46.50" } else { "46.50" })),
                deadline: d("2025-06-05"),
                status: if i == 5 {
                    Status::Blocked
                } else {
                    Status::Billable
                },
                reasons: if i == 5 {
                    vec![Blocker::R16NoCode]
                } else {
                    vec![]
                },
                billed_on: None,
            })
            .map(|line| BillingLine {
                line,
                woman: "Zoë".into(),
                niss: None,
                start: None,
            })
            .collect();
        BillingReport {
            provider: None,
            selection: Selection::Month(YearMonth {
                year: 2025,
                month: 3,
            }),
            today: d("2025-05-25"),
            lines,
            totals: BTreeMap::new(),
            per_provider: BTreeMap::new(),
            total: money("0"),
            directory: Directory::new(providers),
        }
    }

    /// The rows of a CSV (after its header), as a csv-crate reader sees them.
    fn rows(text: &str, delimiter: u8) -> Vec<Vec<String>> {
        ::csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    }

    fn belgian_rows() -> Vec<Vec<String>> {
        let text = with_language(Lang::Fr, || csv(&report(), CsvStyle::Belgian)).unwrap();
        rows(&text, b';')
    }

    #[test]
    fn a_text_cell_that_could_run_as_a_formula_is_neutralised() {
        for s in HOSTILE {
            assert_eq!(spreadsheet_text(s), format!("'{s}"), "{s:?}");
        }
    }

    #[test]
    fn ordinary_text_is_left_as_it_is_and_not_copied() {
        for s in [
            "",
            "c-A",
            "Dr Anne Dupont",
            "R61: x",
            "'=already",
            " =1",
            "Zoë",
        ] {
            assert!(
                matches!(spreadsheet_text(s), Cow::Borrowed(b) if b == s),
                "{s:?}"
            );
        }
    }

    #[test]
    fn the_belgian_csv_neutralises_case_ids_and_provider_names_of_every_dangerous_kind() {
        let rows = belgian_rows();
        assert_eq!(rows.len(), HOSTILE.len());
        for (row, s) in rows.iter().zip(HOSTILE) {
            // Case, woman, NISS, pseudocode, service, date, start, provider id, name, …
            assert_eq!(row[0], format!("'{s}"), "case id {row:?}");
            assert_eq!(row[8], format!("'{s}"), "provider name {row:?}");
        }
    }

    #[test]
    fn amounts_dates_and_units_of_the_belgian_csv_are_untouched() {
        let rows = belgian_rows();
        // A negative amount begins with `-` but is a number the code formats itself.
        assert_eq!(
            rows[0][1..],
            [
                "Zoë",
                "",
                "401435",
                "concertation",
                "17/03/2025",
                "",
                "p0",
                "'=HYPERLINK(\"http://x\",\"y\")",
                "",
                "3",
                "-15,50",
                "-46,50",
                "05/06/2025",
                "facturable",
                "",
                "aucun NISS enregistré : ajoutez-le au dossier avant de facturer (R71)"
            ]
        );
        assert_eq!(rows[1][10..14], ["3", "15,50", "46,50", "05/06/2025"]);
        // Reasons and statuses keep their text when it is harmless.
        assert_eq!(rows[5][14], "bloqué");
        assert!(rows[5][15].starts_with("R16"), "{:?}", rows[5]);
        assert_eq!(
            rows[5][16], "",
            "a blocked line has nothing to fix for the claim"
        );
    }

    #[test]
    fn the_plain_csv_keeps_every_cell_as_it_is() {
        let text = csv(&report(), CsvStyle::Plain).unwrap();
        let rows = rows(&text, b',');
        for (row, s) in rows.iter().zip(HOSTILE) {
            assert_eq!(row[0], s);
            assert_eq!(row[4], s);
        }
        assert_eq!(rows[0][6..9], ["-15.50", "-46.50", "2025-06-05"]);
    }
}
