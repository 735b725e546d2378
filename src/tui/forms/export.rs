//! The export forms: where to write a month's billing CSV, or one CSV per billing
//! provider.

use super::Saved;
use crate::domain::YearMonth;
use crate::report::ReportSpec;
use crate::store::CaseloadApi;
use crate::t;
use crate::tui::form::{Check, Field, Form};
use chrono::NaiveDate;

/// Where to write: a file, or a directory for one file per provider.
const PATH: &str = "path";

/// Where to write one CSV per billing provider.
pub fn export_per_provider_form(what: &str) -> Form {
    Form::new(
        t!("form-export-per-provider"),
        vec![Field::text(
            PATH,
            t!("field-directory"),
            &format!("perinat-billing-{what}"),
            Check::Required,
        )],
    )
}

pub fn export_form(month: YearMonth) -> Form {
    Form::new(
        t!("form-export", month = month.named()),
        vec![Field::text(
            PATH,
            t!("field-file"),
            &format!("perinat-billing-{month}.csv"),
            Check::Required,
        )],
    )
}

/// Where to write, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ExportValues {
    pub path: String,
}

impl ExportValues {
    pub fn read(form: &Form) -> ExportValues {
        ExportValues {
            path: form.get(PATH).to_string(),
        }
    }
}

/// Writes one CSV per billing provider of `spec` into the directory typed.
pub(super) fn save_per_provider(
    api: &dyn CaseloadApi,
    form: &mut Form,
    spec: &ReportSpec,
) -> Option<Saved> {
    let dir = std::path::PathBuf::from(ExportValues::read(form).path);
    let written = crate::report::build(api, spec)
        .map_err(|e| e.to_string())
        .and_then(|r| {
            crate::report::files::per_provider(
                &r,
                &dir,
                crate::report::files::FileFormat::Csv(crate::report::render::CsvStyle::Belgian),
            )
        });
    match written {
        Ok(files) => Some(Saved::Exported(t!(
            "status-exported-per-provider",
            count = files.len(),
            dir = dir.display().to_string()
        ))),
        Err(e) => {
            form.set_error(PATH, t!("form-cannot-write", error = e));
            None
        }
    }
}

/// Writes the billing CSV of `month` (expiry decided on `today`) to the file typed.
pub(super) fn save_csv(
    api: &dyn CaseloadApi,
    form: &mut Form,
    month: YearMonth,
    today: NaiveDate,
) -> Option<Saved> {
    let ExportValues { path } = ExportValues::read(form);
    let spec = ReportSpec::new(crate::report::Selection::Month(month), today);
    let report = match crate::report::build(api, &spec) {
        Ok(r) => r,
        Err(e) => {
            form.message = Some(e.to_string());
            return None;
        }
    };
    let written = crate::report::render::csv(&report, crate::report::render::CsvStyle::Belgian)
        .and_then(|text| {
            // Atomic and owner-only, as the CLI writes its files.
            crate::fsutil::write_file_atomically(std::path::Path::new(&path), |w| {
                std::io::Write::write_all(w, text.as_bytes())
            })
            .map_err(|e| e.to_string())
        });
    match written {
        Ok(()) => Some(Saved::Exported(t!("status-exported", path = path))),
        Err(e) => {
            form.set_error(PATH, t!("form-cannot-write", error = e));
            None
        }
    }
}
