//! `perinat billing` and `perinat mark-billed`: the month-end report (for all billing
//! providers, one, or one file each) and recording a claim, with its guards (R60, R63)
//! and its recorded corrections.

use super::args::Format;
use super::data::Store;
use super::output::Out;
use super::{cannot_write, Failure};
use crate::domain::services::{evaluate, Status};
use crate::report::files::{self, FileFormat};
use crate::report::format::{date, euros};
use crate::report::render::CsvStyle;
use crate::report::{self, ReportSpec};
use crate::store::{Correction, LineRef};
use crate::t;
use chrono::NaiveDate;
use std::path::PathBuf;

/// What `perinat billing` was asked.
pub struct Request {
    pub spec: ReportSpec,
    pub format: Format,
    pub csv_plain: bool,
    /// Write one file per billing provider into this directory.
    pub per_provider: Option<PathBuf>,
}

impl Request {
    fn file_format(&self) -> FileFormat {
        match self.format {
            Format::Table => FileFormat::Table,
            Format::Json => FileFormat::Json,
            Format::Csv if self.csv_plain => FileFormat::Csv(CsvStyle::Plain),
            Format::Csv => FileFormat::Csv(CsvStyle::Belgian),
        }
    }
}

pub fn billing(store: &Store, req: &Request, out: &mut Out) -> Result<(), Failure> {
    if let Some(id) = &req.spec.provider {
        let providers = store.providers()?;
        if !providers.iter().any(|p| &p.id == id) {
            let mut ids: Vec<String> = providers.into_iter().map(|p| p.id).collect();
            ids.truncate(12);
            return Err(Failure(t!(
                "cli-unknown-provider",
                id = id.as_str(),
                ids = ids.join(", ")
            )));
        }
    }
    let r = report::build(&**store, &req.spec)?;
    let format = req.file_format();
    let Some(dir) = &req.per_provider else {
        let text = format.render(&r).map_err(Failure)?;
        return match req.format {
            Format::Table => out.text(&text),
            _ => out.data(&text),
        };
    };
    let written = files::per_provider(&r, dir, format).map_err(|e| cannot_write(dir, e))?;
    if written.is_empty() {
        return out.line(&t!("cli-per-provider-none"));
    }
    for w in written {
        out.line(&t!(
            "cli-per-provider-file",
            file = w.path.display().to_string(),
            provider = r.directory.name(&w.provider),
            count = w.billable,
            amount = euros(w.amount)
        ))?;
    }
    Ok(())
}

/// What `perinat mark-billed` records.
pub enum Mark {
    /// A new billing mark on `on`; `late`: although the deadline has passed.
    New { on: NaiveDate, late: bool },
    /// A correction of an existing mark (R63).
    Correct(Correction),
}

pub fn mark(
    store: &Store,
    case: &str,
    line: &LineRef,
    what: Mark,
    reason: Option<&str>,
    today: NaiveDate,
    out: &mut Out,
) -> Result<(), Failure> {
    match what {
        Mark::New { on, late } => {
            if !late {
                // The date's own guard first (R63), then late or not on that date, as
                // the store decides it.
                crate::domain::claims::check_billing_date(line.service_date, on, today)
                    .map_err(|e| Failure(e.to_string()))?;
                refuse_expired(store, case, line, on)?;
            }
            let b = store.mark_billed(case, line, on, today)?;
            out.line(&t!(
                "cli-marked-billed",
                code = b.pseudocode.code(),
                date = date(b.service_date),
                case = case,
                on = date(b.billed_on),
                amount = euros(b.amount)
            ))
        }
        Mark::Correct(c) => {
            let reason = reason.unwrap_or_default();
            let now = store.correct_billed(case, line, c, reason, today)?;
            let message = match now {
                Some(b) => t!(
                    "cli-billed-corrected",
                    code = b.pseudocode.code(),
                    date = date(b.service_date),
                    case = case,
                    on = date(b.billed_on)
                ),
                None => t!(
                    "cli-billed-withdrawn",
                    code = line.pseudocode.code(),
                    date = date(line.service_date),
                    case = case
                ),
            };
            out.line(&message)
        }
    }
}

/// R60: a service whose deadline has passed on the billing date `on` is marked only
/// when asked twice (`--late`).
fn refuse_expired(store: &Store, case: &str, line: &LineRef, on: NaiveDate) -> Result<(), Failure> {
    let Some(p) = store.pregnancy(case)? else {
        return Ok(()); // the store says what is missing
    };
    let e = evaluate(&p, &store.directory()?, &store.rules()?, on);
    let expired = e.lines.iter().find(|l| {
        l.pseudocode == line.pseudocode
            && l.service_date == line.service_date
            && l.provider.as_deref() == Some(line.provider.as_str())
            && l.status == Status::Expired
    });
    match expired {
        Some(l) => Err(Failure(t!("cli-mark-expired", deadline = date(l.deadline)))),
        None => Ok(()),
    }
}
