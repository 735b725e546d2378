//! How people read dates and money in perinat's human output: `dd/mm/yyyy` and
//! `1 234,56 €` (a narrow no-break space would be typographically right, but a plain space
//! survives every terminal and spreadsheet).

use chrono::NaiveDate;
use rust_decimal::Decimal;

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
