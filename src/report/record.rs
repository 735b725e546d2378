//! A case's whole record, for `perinat case ID` and the UI's scrollable record view: its
//! identity, periods, screening with every indicator, care plan, CPPs, coordinators,
//! care team, concertations in full, every status and note per vulnerability in date
//! order, services with status and reasons, and alerts. Returned as lines of a kind
//! (heading, label and value, text), in the language in force; `render` lays them out
//! for a terminal of a given width. Nothing is decided here: the rules are the domain's.

use crate::domain::alerts::alerts;
use crate::domain::model::{Directory, EvalStatus, Pregnancy};
use crate::domain::services::{evaluate, Status};
use crate::domain::RuleSet;
use crate::report::caseload::{row_of, scenario_line, stage_text, when_text};
use crate::report::format::{date, euros, line_status, width};
use crate::t;
use chrono::NaiveDate;

/// One line of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordLine {
    /// A section's title.
    Heading(String),
    /// `label: value` (the value may be long: wrap it under itself).
    Field { label: String, value: String },
    /// Free text (a care plan, a report, a reason), wrapped; `indent` in steps of two
    /// columns.
    Text { text: String, indent: u8 },
}

fn heading(s: String) -> RecordLine {
    RecordLine::Heading(s)
}

fn field(label: String, value: impl Into<String>) -> RecordLine {
    RecordLine::Field {
        label,
        value: value.into(),
    }
}

fn text(text: impl Into<String>, indent: u8) -> RecordLine {
    RecordLine::Text {
        text: text.into(),
        indent,
    }
}

fn yes_no(b: bool) -> String {
    if b {
        t!("form-yes")
    } else {
        t!("form-no")
    }
}

fn or_none(v: Option<String>) -> String {
    v.unwrap_or_else(|| t!("form-none"))
}

/// The whole record of `p` on `today`.
pub fn record(
    p: &Pregnancy,
    dir: &Directory,
    rules: &RuleSet,
    today: NaiveDate,
) -> Vec<RecordLine> {
    let e = evaluate(p, dir, rules, today);
    let catalog = &rules.catalog;
    let mut out = Vec::new();
    let r = row_of(p, &e, dir, today);

    // Identity.
    out.push(heading(format!(
        "{} - {} ({}, {})",
        p.id,
        p.mother.name,
        p.region.name(),
        when_text(&r)
    )));
    out.push(text(
        t!("cli-today", date = date(today), phase = stage_text(r.stage)),
        0,
    ));
    out.push(field(t!("field-name"), p.mother.name.clone()));
    out.push(field(
        t!("field-niss"),
        or_none(p.mother.niss.as_ref().map(|n| n.formatted())),
    ));
    out.push(field(
        t!("field-mother-birth"),
        or_none(p.mother.birth_date.map(date)),
    ));
    out.push(field(t!("field-region"), p.region.name()));
    out.push(field(t!("field-lmp"), or_none(p.lmp.map(date))));
    out.push(field(t!("field-due"), or_none(p.due_date.map(date))));
    out.push(field(t!("field-birth"), or_none(p.birth_date.map(date))));

    // Periods (R2–R4).
    if let Some(per) = e.periods {
        let birth = if per.expected {
            t!("case-expected-birth")
        } else {
            t!("case-birth")
        };
        out.push(text(
            t!(
                "cli-periods",
                prenatal = date(per.prenatal_start),
                birth_label = birth,
                birth = date(per.birth),
                childhood = date(per.early_childhood_start),
                end = date(per.end)
            ),
            0,
        ));
    }
    for rp in &e.reference_periods {
        out.push(text(
            t!(
                "cli-reference-period",
                number = rp.number,
                from = date(rp.start),
                to = date(rp.end.pred_opt().unwrap_or(rp.end))
            ),
            0,
        ));
    }

    // Screening (R10–R16), every indicator.
    match (&p.screening, &e.assessment) {
        (Some(s), Some(a)) => {
            let service = t!("service-long-401376");
            let mut chars = service.chars();
            let name: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            out.push(heading(format!(
                "{name}{} {}",
                t!("label-colon"),
                scenario_line(a)
            )));
            out.push(field(t!("field-date"), date(s.date)));
            out.push(field(
                t!("field-screening-provider"),
                dir.name(&s.provider).to_string(),
            ));
            out.push(field(t!("field-consent"), yes_no(s.consent)));
            out.push(field(t!("field-bib-code"), or_none(s.code.clone())));
            for i in catalog.indicators() {
                let answer = match s.answers.get(&i.key) {
                    Some(true) => t!("form-vulnerable"),
                    Some(false) => t!("form-no"),
                    None => t!("form-unanswered"),
                };
                out.push(field(i.label().to_string(), answer));
            }
        }
        _ => out.push(heading(t!("cli-no-screening"))),
    }

    // Care plan (R33), in full.
    out.push(heading(t!("field-care-plan")));
    match &p.care_plan {
        Some(cp) => {
            out.push(field(t!("field-date"), date(cp.date)));
            out.push(text(cp.text.clone(), 1));
        }
        None => out.push(text(t!("form-none"), 1)),
    }

    // CPPs (R20–R23).
    out.push(heading(t!("record-cpps", count = p.cpp.len())));
    for c in &p.cpp {
        out.push(text(
            t!(
                "record-cpp",
                date = date(c.date),
                provider = dir.name(&c.provider),
                code = or_none(c.code.clone())
            ),
            1,
        ));
    }

    // Coordinators (R31, R34) and the care team (R33).
    out.push(heading(t!("field-coordinator")));
    if p.coordinators.is_empty() {
        out.push(text(t!("case-no-coordinator"), 1));
    }
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
        if let Some(b) = &d.billing_provider {
            line.push_str(&format!(
                " · {}: {}",
                t!("field-billing-provider"),
                dir.name(b)
            ));
        }
        out.push(text(line, 1));
    }
    let team: Vec<String> = p
        .team
        .iter()
        .map(|t| match dir.get(t) {
            Some(pr) => format!("{} ({})", pr.name, pr.profession.name()),
            None => t.clone(),
        })
        .collect();
    out.push(text(
        t!(
            "case-team",
            team = if team.is_empty() {
                "-".into()
            } else {
                team.join(", ")
            }
        ),
        0,
    ));

    // Concertations (R40–R44), in full.
    out.push(heading(t!(
        "record-concertations",
        count = p.concertations.len()
    )));
    for c in &p.concertations {
        out.push(text(
            t!(
                "record-concertation",
                date = date(c.date),
                start = c.start.format("%H:%M").to_string(),
                minutes = c.quarter_hours * 15
            ),
            1,
        ));
        let who: Vec<&str> = c.participants.iter().map(|x| dir.name(x)).collect();
        out.push(field(t!("record-participants"), who.join(", ")));
        out.push(field(t!("field-woman-present"), yes_no(c.woman_present)));
        out.push(field(t!("field-report"), c.report.clone()));
        for (k, v) in &c.agreements {
            out.push(field(
                t!("field-agreement", indicator = catalog.label_of(k)),
                v.clone(),
            ));
        }
    }

    // Every status and note, per vulnerability, in date order (R23, R33, R35).
    out.push(heading(t!("record-follow-ups")));
    let mut keys: Vec<String> = e
        .assessment
        .as_ref()
        .map(|a| a.vulnerabilities.clone())
        .unwrap_or_default();
    let others = p
        .follow_ups
        .iter()
        .map(|f| f.indicator.clone())
        .chain(p.cpp.iter().flat_map(|c| c.evaluations.keys().cloned()));
    for k in others {
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    if keys.is_empty() {
        out.push(text(t!("form-none"), 1));
    }
    for k in &keys {
        out.push(text(catalog.label_of(k).to_string(), 1));
        let mut entries: Vec<(NaiveDate, EvalStatus, &str, String)> = p
            .follow_ups
            .iter()
            .filter(|f| &f.indicator == k)
            .map(|f| {
                let by = t!("record-by-follow-up", provider = dir.name(&f.provider));
                (f.date, f.status, f.note.as_str(), by)
            })
            .collect();
        for c in &p.cpp {
            if let Some(ev) = c.evaluations.get(k) {
                let by = t!("record-by-cpp", provider = dir.name(&c.provider));
                entries.push((c.date, ev.status, ev.note.as_str(), by));
            }
        }
        entries.sort_by_key(|x| x.0);
        if entries.is_empty() {
            out.push(text(t!("record-no-status"), 2));
        }
        for (d, s, note, by) in entries {
            out.push(text(
                format!("{} · {} · {} — {}", date(d), s.name(), by, note),
                2,
            ));
        }
    }

    // Services, with status and reasons.
    out.push(heading(t!("cli-services")));
    if e.lines.is_empty() {
        out.push(text(t!("case-no-services"), 1));
    }
    for l in &e.lines {
        let who = l.provider.as_deref().map(|x| dir.name(x)).unwrap_or("-");
        let status = match (l.status, l.billed_on) {
            (Status::Billed, Some(on)) => t!("case-billed-on", date = date(on)),
            (s, _) => line_status(s),
        };
        out.push(text(
            format!(
                "{} {} {} · {} · {} · {} · {}",
                date(l.service_date),
                l.pseudocode.code(),
                l.pseudocode.name(),
                who,
                l.amount.map(euros).unwrap_or_else(|| "-".into()),
                t!("cli-deadline", date = date(l.deadline)),
                status
            ),
            1,
        ));
        for reason in &l.reasons {
            out.push(text(reason.to_string(), 3));
        }
    }

    // Alerts.
    out.push(heading(t!("case-alerts")));
    let a = alerts(p, &e, today);
    if a.is_empty() {
        out.push(text(t!("case-no-alerts"), 1));
    }
    for x in a {
        out.push(text(format!("! {x}"), 1));
    }
    out
}

/// `s` cut into lines of at most `cols` columns, at spaces where it can (a word longer
/// than a line is cut). Line breaks in `s` are kept.
pub fn wrap(s: &str, cols: usize) -> Vec<String> {
    let cols = cols.max(10);
    let mut out = Vec::new();
    for para in s.split('\n') {
        let mut line = String::new();
        for word in para.split(' ') {
            let extra = if line.is_empty() { 0 } else { 1 };
            if !line.is_empty() && width(&line) + extra + width(word) > cols {
                out.push(std::mem::take(&mut line));
            } else if !line.is_empty() {
                line.push(' ');
            }
            let mut w = word;
            while width(w) > cols {
                let mut cut = 0;
                let mut used = 0;
                for (i, c) in w.char_indices() {
                    let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                    if used + cw > cols {
                        break;
                    }
                    used += cw;
                    cut = i + c.len_utf8();
                }
                if cut == 0 {
                    break;
                }
                out.push(w[..cut].to_string());
                w = &w[cut..];
            }
            line.push_str(w);
        }
        out.push(line);
    }
    out
}

/// The record as text for a terminal of `cols` columns: headings set apart, values and
/// texts wrapped under themselves.
pub fn render(lines: &[RecordLine], cols: usize) -> String {
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        match l {
            RecordLine::Heading(h) => {
                if i > 0 {
                    out.push('\n');
                }
                for w in wrap(h, cols) {
                    out.push_str(&w);
                    out.push('\n');
                }
            }
            RecordLine::Field { label, value } => {
                let colon = crate::t!("label-colon");
                let lead = format!("  {label}{colon} ");
                let pad = 4;
                let first_room = cols.saturating_sub(width(&lead));
                if first_room >= 20 && !value.contains('\n') && width(value) <= first_room {
                    out.push_str(&format!("{lead}{value}\n"));
                } else {
                    for w in wrap(&format!("{label}{colon}"), cols.saturating_sub(2)) {
                        out.push_str(&format!("  {w}\n"));
                    }
                    for w in wrap(value, cols.saturating_sub(pad)) {
                        out.push_str(&format!("{}{w}\n", " ".repeat(pad)));
                    }
                }
            }
            RecordLine::Text { text, indent } => {
                // Continuation lines hang two columns further in.
                let pad = 2 * usize::from(*indent);
                for (j, w) in wrap(text, cols.saturating_sub(pad + 2)).iter().enumerate() {
                    let lead = if j == 0 { pad } else { pad + 2 };
                    out.push_str(&format!("{}{w}\n", " ".repeat(lead)));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{coordinated, practice};

    fn lines() -> Vec<RecordLine> {
        let mut p = coordinated("2025-03-01");
        p.care_plan = Some(crate::domain::model::CarePlan {
            date: crate::domain::test_support::d("2025-03-01"),
            text: "A long care plan. ".repeat(20),
        });
        p.cpp.push(crate::domain::test_support::cpp(
            "2025-03-05",
            "gyn",
            &["housing"],
        ));
        record(
            &p,
            &practice(),
            &RuleSet::builtin(),
            crate::domain::test_support::d("2025-04-01"),
        )
    }

    #[test]
    fn r41_concertation_in_full_with_time_duration_participants_in_order() {
        let l = lines();
        assert!(l.contains(&text("Concertation on 11/03/2025 at 14:00, 30 minutes", 1)));
        assert!(l.contains(&field("Participants".into(), "Dr mw, Dr gyn, Dr gp")));
        assert!(l.contains(&field("Report".into(), "report")));
        assert!(l.contains(&field(
            "Agreed: Financial problems (subjective income)".into(),
            "agreed"
        )));
    }

    #[test]
    fn r35_statuses_grouped_per_vulnerability_in_date_order() {
        let l = lines();
        let housing = l
            .iter()
            .position(|x| x == &text("Housing problem", 1))
            .unwrap();
        assert_eq!(
            l[housing + 1],
            text("05/03/2025 · status quo · CPP by Dr gyn — discussed", 2)
        );
        assert_eq!(
            l[housing + 2],
            text("11/03/2025 · improvement · follow-up by Dr mw — better", 2)
        );
    }

    #[test]
    fn r10_every_indicator_of_the_screening_is_shown() {
        let l = lines();
        assert!(l.contains(&field("Housing problem".into(), "yes, vulnerable")));
        assert!(l.contains(&field("Smoking".into(), "no")));
    }

    #[test]
    fn long_text_wraps_to_the_width() {
        let out = render(&lines(), 40);
        assert!(out.lines().all(|x| width(x) <= 40), "{out}");
        assert!(out.contains("A long care plan."));
    }
}
