//! How people read dates and money in perinat's human output: `dd/mm/yyyy` and
//! `1 234,56 €` (a narrow no-break space would be typographically right, but a plain space
//! survives every terminal and spreadsheet), and column padding that counts display width,
//! so that wide characters in names keep columns aligned.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `23/11/2026`.
pub fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// `1 234,56 €`.
pub fn euros(amount: Decimal) -> String {
    let rounded = amount.round_dp(2);
    let text = format!("{:.2}", rounded.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, "00"));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(' ');
        }
        grouped.push(c);
    }
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}{grouped},{frac} €")
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

    #[test]
    fn euros_group_thousands_with_a_decimal_comma() {
        let e = |s: &str| euros(s.parse().unwrap());
        assert_eq!(e("1234.56"), "1 234,56 €");
        assert_eq!(e("744.05"), "744,05 €");
        assert_eq!(e("0"), "0,00 €");
        assert_eq!(e("1234567.5"), "1 234 567,50 €");
        assert_eq!(e("-15.5"), "-15,50 €");
    }

    #[test]
    fn dates_are_day_month_year() {
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2025, 3, 4).unwrap()),
            "04/03/2025"
        );
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
