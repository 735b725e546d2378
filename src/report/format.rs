//! Column layout for human output: padding and truncation that count display width, so
//! that wide characters in names keep columns aligned. Dates and amounts are formatted by
//! `i18n::format` (re-exported here).

use crate::domain::services::Status;
pub use crate::i18n::format::{date, decimal_comma, euros, folded};
use crate::t;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A line's status as people read it: `billable`, `facturable`, `factureerbaar`, …
pub fn line_status(s: Status) -> String {
    match s {
        Status::Billable => t!("line-billable"),
        Status::Billed => t!("line-billed"),
        Status::Expired => t!("line-expired"),
        Status::Blocked => t!("line-blocked"),
    }
}

/// A line's status in at most 10 columns, for the billing screen's last column.
pub fn line_status_short(s: Status) -> String {
    match s {
        Status::Billable => t!("line-short-billable"),
        Status::Billed => t!("line-short-billed"),
        Status::Expired => t!("line-short-expired"),
        Status::Blocked => t!("line-short-blocked"),
    }
}

/// The display width of `s` in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, with `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `s` cut to `cols` columns and padded on the right to exactly `cols`.
pub fn pad(s: &str, cols: usize) -> String {
    let t = truncate(s, cols);
    let w = width(&t);
    format!("{t}{}", " ".repeat(cols.saturating_sub(w)))
}

/// `s` padded on the left to `cols` columns (for amounts).
pub fn pad_left(s: &str, cols: usize) -> String {
    let w = width(s);
    format!("{}{s}", " ".repeat(cols.saturating_sub(w)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn dates_are_day_month_year() {
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2025, 3, 4).unwrap()),
            "04/03/2025"
        );
    }

    #[test]
    fn search_folds_case_and_accents() {
        assert_eq!(folded("Fantôme"), "fantome");
        assert_eq!(folded("ÉLODIE Müller-Œuvray"), "elodie muller-oeuvray");
        assert_eq!(folded("Ærø Straße"), "aero strasse");
        assert_eq!(folded("李小龍"), "李小龍");
    }

    #[test]
    fn padding_counts_wide_characters() {
        assert_eq!(width(&pad("李小龍", 8)), 8);
        assert_eq!(width(&pad("Zoë", 8)), 8);
        assert_eq!(pad("abcdefghij", 5), "abcd…");
        assert_eq!(width(&pad("李小龍李小龍", 5)), 5);
        assert_eq!(pad_left("1,00 €", 8), "  1,00 €");
    }
}
