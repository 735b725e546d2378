//! Billing reports written to files: one file per billing provider for a month, since
//! each provider claims under their own INAMI number. Used by `perinat billing
//! --per-provider DIR` and by the billing screen's key, so both write the same files.

use super::billing::{BillingReport, Selection};
use super::render::{self, CsvStyle};
use crate::fsutil::{create_private_dir, write_file_atomically};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// The table for people (`.txt`).
    Table,
    Csv(CsvStyle),
    Json,
}

impl FileFormat {
    fn extension(self) -> &'static str {
        match self {
            FileFormat::Table => "txt",
            FileFormat::Csv(_) => "csv",
            FileFormat::Json => "json",
        }
    }

    /// The report in this format.
    pub fn render(self, r: &BillingReport) -> Result<String, String> {
        match self {
            FileFormat::Table => Ok(render::table(r)),
            FileFormat::Csv(style) => render::csv(r, style),
            FileFormat::Json => Ok(render::json(r)),
        }
    }
}

/// One file written: where, for whom, and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub path: PathBuf,
    pub provider: String,
    /// Lines still to claim, and their amount.
    pub billable: usize,
    pub amount: Decimal,
    /// Every line in the file (billed, expired and blocked ones too).
    pub lines: usize,
}

/// A provider id made safe as part of a file name: letters, digits, `-` and `_` kept,
/// anything else (a `/`, a space, a dot) becomes `_`.
fn file_part(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if s.is_empty() {
        "_".into()
    } else {
        s
    }
}

/// The name of a provider's file: `billing-2025-03-p-dupont.csv`.
pub fn file_name(r: &BillingReport, provider: &str, format: FileFormat) -> String {
    let what = match r.selection {
        Selection::Month(m) => m.to_string(),
        Selection::Unbilled => "unbilled".to_string(),
    };
    format!(
        "billing-{what}-{}.{}",
        file_part(provider),
        format.extension()
    )
}

/// Writes one file per billing provider of `r` into `dir` (created, owner-only, when
/// absent), each atomically; two providers whose ids make the same file name get a
/// number. Returns the files in provider order; none when no line has a provider.
pub fn per_provider(
    r: &BillingReport,
    dir: &Path,
    format: FileFormat,
) -> Result<Vec<Written>, String> {
    let parts = r.per_provider_reports();
    if parts.is_empty() {
        return Ok(Vec::new());
    }
    create_private_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut out: Vec<Written> = Vec::new();
    for part in parts {
        let Some(provider) = part.provider.clone() else {
            continue;
        };
        let mut name = file_name(&part, &provider, format);
        let mut n = 2;
        while out.iter().any(|w| w.path == dir.join(&name)) {
            name = file_name(&part, &format!("{provider}-{n}"), format);
            n += 1;
        }
        let path = dir.join(name);
        let text = format.render(&part)?;
        write_file_atomically(&path, |w| std::io::Write::write_all(w, text.as_bytes()))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        out.push(Written {
            path,
            provider,
            billable: part.totals.values().map(|t| t.count).sum(),
            amount: part.total,
            lines: part.lines.len(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_provider_id_cannot_leave_the_directory_or_hide_a_file() {
        assert_eq!(file_part("p-dupont"), "p-dupont");
        assert_eq!(file_part("../../etc/passwd"), "______etc_passwd");
        assert_eq!(file_part(".hidden"), "_hidden");
        assert_eq!(file_part(""), "_");
        assert_eq!(file_part("Zoë Müller"), "Zoë_Müller");
    }
}
