//! How people read dates and money in perinat's human output, in the language in force:
//! dates `dd/mm/yyyy` in every language, months by name (`novembre 2026`), and amounts
//! `1 234,56 €` in French, Dutch and German, `€1,234.56` in English. A narrow no-break
//! space would be typographically right for the thousands, but a plain space survives
//! every terminal and spreadsheet.

use super::{language, text, Lang};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// `23/11/2026`.
pub fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// `novembre 2026`, `november 2026`, `November 2026`.
pub fn month_year(year: i32, month: u32) -> String {
    format!("{} {year}", month_name(month))
}

/// The month's name in the language in force (from the catalog, `month-1` … `month-12`).
pub fn month_name(month: u32) -> String {
    text(&format!("month-{month}"), &[])
}

/// Digits of `amount` rounded to cents, grouped by three with `group`, and the sign.
fn parts(amount: Decimal, group: Option<char>) -> (bool, String, String) {
    let rounded = amount.round_dp(2);
    let text = format!("{:.2}", rounded.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, "00"));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if let Some(g) = group.filter(|_| i > 0 && (int.len() - i) % 3 == 0) {
            grouped.push(g);
        }
        grouped.push(c);
    }
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    (negative, grouped, frac.to_string())
}

/// `1 234,56 €` (fr, nl, de) or `€1,234.56` (en), in the language in force.
pub fn euros(amount: Decimal) -> String {
    euros_in(language(), amount)
}

/// An amount of money as `lang` writes it.
pub fn euros_in(lang: Lang, amount: Decimal) -> String {
    let sign = |negative: bool| if negative { "-" } else { "" };
    match lang {
        Lang::En => {
            let (neg, int, frac) = parts(amount, Some(','));
            format!("{}€{int}.{frac}", sign(neg))
        }
        Lang::Fr | Lang::Nl | Lang::De => {
            let (neg, int, frac) = parts(amount, Some(' '));
            format!("{}{int},{frac} €", sign(neg))
        }
    }
}

/// A number of euros as a Belgian spreadsheet reads it: `1234,56` (no grouping, decimal
/// comma, no currency sign, so that the cell is a number).
pub fn decimal_comma(amount: Decimal) -> String {
    let (neg, int, frac) = parts(amount, None);
    format!("{}{int},{frac}", if neg { "-" } else { "" })
}

/// French "de" before `word`, elided before a vowel or an h: "d'Amélie", "d'avril",
/// "d'Hélène", "de Mia".
pub fn de(word: &str) -> String {
    let first = word.chars().next().map(|c| folded(&c.to_string()));
    match first.as_deref().and_then(|f| f.chars().next()) {
        Some('a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h') => format!("d'{word}"),
        _ => format!("de {word}"),
    }
}

/// `s` as a search compares it: lower case, without accents (`Fantôme` → `fantome`,
/// `Ærø` → `aero`), so that people find a name however they type it.
pub fn folded(s: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    let mut out = String::with_capacity(s.len());
    for c in s.nfkd().filter(|c| !is_combining_mark(*c)) {
        match c {
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::with_language;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn amounts_in_french_dutch_and_german_are_1_234_comma_56_euro() {
        for lang in [Lang::Fr, Lang::Nl, Lang::De] {
            assert_eq!(euros_in(lang, d("1234.56")), "1 234,56 €");
            assert_eq!(euros_in(lang, d("744.05")), "744,05 €");
            assert_eq!(euros_in(lang, d("0")), "0,00 €");
            assert_eq!(euros_in(lang, d("1234567.5")), "1 234 567,50 €");
            assert_eq!(euros_in(lang, d("-15.5")), "-15,50 €");
        }
    }

    #[test]
    fn amounts_in_english_are_euro_1_234_point_56() {
        assert_eq!(euros_in(Lang::En, d("1234.56")), "€1,234.56");
        assert_eq!(euros_in(Lang::En, d("744.05")), "€744.05");
        assert_eq!(euros_in(Lang::En, d("-15.5")), "-€15.50");
        assert_eq!(euros_in(Lang::En, d("1234567.5")), "€1,234,567.50");
    }

    #[test]
    fn euros_follows_the_language_in_force() {
        assert_eq!(with_language(Lang::De, || euros(d("48.78"))), "48,78 €");
        assert_eq!(with_language(Lang::En, || euros(d("48.78"))), "€48.78");
    }

    #[test]
    fn spreadsheet_numbers_have_a_decimal_comma_and_no_grouping() {
        assert_eq!(decimal_comma(d("1234.5")), "1234,50");
        assert_eq!(decimal_comma(d("-0.25")), "-0,25");
        assert_eq!(decimal_comma(d("0")), "0,00");
    }

    #[test]
    fn dates_are_day_month_year_and_months_have_their_names() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        assert_eq!(date(day), "05/03/2026");
        assert_eq!(
            with_language(Lang::Fr, || month_year(2026, 11)),
            "novembre 2026"
        );
        assert_eq!(
            with_language(Lang::Nl, || month_year(2026, 3)),
            "maart 2026"
        );
        assert_eq!(with_language(Lang::De, || month_year(2026, 3)), "März 2026");
        assert_eq!(
            with_language(Lang::En, || month_year(2026, 12)),
            "December 2026"
        );
    }
}
