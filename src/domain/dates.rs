//! Calendar arithmetic the rules rely on: month addition with end-of-month clamping (R4),
//! month keys, and the billing deadline day (R60). Pure functions, no clock.

use crate::t;
use chrono::{Datelike, Months, NaiveDate};

/// `d` plus `months` calendar months, clamped to the last day of the target month
/// (R4: 31 January + 1 month = 28/29 February). Saturates at the last representable date.
pub fn add_months(d: NaiveDate, months: u32) -> NaiveDate {
    d.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// `d` plus `days` days, saturating.
pub fn add_days(d: NaiveDate, days: i64) -> NaiveDate {
    d.checked_add_signed(chrono::Duration::days(days))
        .unwrap_or(if days < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

/// First day of `d`'s month.
pub fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// The `n`th day of the month that is `months` months after `d`'s month.
pub fn day_of_month_after(d: NaiveDate, months: u32, day: u32) -> NaiveDate {
    let first = add_months(first_of_month(d), months);
    first.with_day(day).unwrap_or(first)
}

/// A calendar month, the unit of the month-end billing report and of the store's index.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl YearMonth {
    pub fn of(d: NaiveDate) -> Self {
        YearMonth {
            year: d.year(),
            month: d.month(),
        }
    }

    /// `mars 2025`, `maart 2025`, `March 2025`: the month named in the language in force.
    pub fn named(self) -> String {
        crate::i18n::format::month_year(self.year, self.month)
    }

    /// The first day of this month.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// Whether `d` falls in this month.
    pub fn contains(self, d: NaiveDate) -> bool {
        YearMonth::of(d) == self
    }

    /// The month after this one.
    pub fn next(self) -> Self {
        if self.month == 12 {
            YearMonth {
                year: self.year + 1,
                month: 1,
            }
        } else {
            YearMonth {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// The month before this one.
    pub fn previous(self) -> Self {
        if self.month == 1 {
            YearMonth {
                year: self.year - 1,
                month: 12,
            }
        } else {
            YearMonth {
                year: self.year,
                month: self.month - 1,
            }
        }
    }
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// Why a `YYYY-MM` text is not a month.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", t!("date-not-a-month", value = format!("{:?}", .0)))]
pub struct BadMonth(pub String);

impl std::str::FromStr for YearMonth {
    type Err = BadMonth;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadMonth(s.to_string());
        let (y, m) = s.split_once('-').ok_or_else(bad)?;
        if y.len() != 4 || m.len() != 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(YearMonth { year, month })
    }
}

/// Parses a `YYYY-MM-DD` date strictly (the interchange format's only date form), with a
/// message that names the problem: an impossible day such as 2025-02-30 or a wrong shape.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let shape_ok = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shape_ok {
        return Err(t!("date-not-a-date", value = format!("{s:?}")));
    }
    let (y, m, d) = (&s[0..4], &s[5..7], &s[8..10]);
    let (y, m, d): (i32, u32, u32) = match (y.parse(), m.parse(), d.parse()) {
        (Ok(y), Ok(m), Ok(d)) => (y, m, d),
        _ => return Err(t!("date-not-a-date", value = format!("{s:?}"))),
    };
    if !(1900..=2199).contains(&y) {
        return Err(t!("date-year-range", value = format!("{s:?}"), year = y));
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| t!("date-not-a-day", value = format!("{s:?}")))
}

/// A day as people type it: `20/04/2027`, `20.04.2027`, `20-04-2027`, `20/04/27`,
/// `2027-04-20` (a two-digit year is 2000–2069 below 70, else 1900s: due dates and
/// mothers' births both read right). `None` when it is no day.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = parse_date(s) {
        return Some(d);
    }
    let sep = s.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = s.split(sep).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let num = |x: &str| -> Option<u32> {
        (!x.is_empty() && x.len() <= 4 && x.bytes().all(|b| b.is_ascii_digit()))
            .then(|| x.parse().ok())
            .flatten()
    };
    let (d, m, yv) = (num(d)?, num(m)?, num(y)?);
    let year = match y.len() {
        2 if yv < 70 => 2000 + yv,
        2 => 1900 + yv,
        4 => yv,
        _ => return None,
    };
    parse_date(&format!("{year:04}-{m:02}-{d:02}")).ok()
}

/// A time as people type it: `14:30`, `14h30`, `14h`, `9:05`, `14.30`.
pub fn parse_time(s: &str) -> Option<chrono::NaiveTime> {
    let s = s.trim().to_lowercase();
    let (h, m) = match s.split_once([':', 'h', '.']) {
        Some((h, "")) => (h, "0"),
        Some((h, m)) => (h, m),
        None => return None,
    };
    let ok = |x: &str| !x.is_empty() && x.len() <= 2 && x.bytes().all(|b| b.is_ascii_digit());
    if !ok(h) || !ok(m) {
        return None;
    }
    chrono::NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_in_the_ways_people_write_them() {
        let want = NaiveDate::from_ymd_opt(2027, 4, 20);
        for s in [
            "20/04/2027",
            "20.04.2027",
            "20-04-2027",
            "20/04/27",
            "2027-04-20",
            "20/4/2027",
            " 20.4.27 ",
        ] {
            assert_eq!(parse_day(s), want, "{s}");
        }
        assert_eq!(parse_day("03/02/85"), NaiveDate::from_ymd_opt(1985, 2, 3));
        for s in [
            "",
            "20/04",
            "31/02/2027",
            "20/04/2027/1",
            "2O/04/2027",
            "20/13/2027",
            "1/1/1",
        ] {
            assert_eq!(parse_day(s), None, "{s}");
        }
    }

    #[test]
    fn times_in_the_ways_people_write_them() {
        let want = chrono::NaiveTime::from_hms_opt(14, 30, 0);
        for s in ["14:30", "14h30", "14H30", "14.30", " 14:30 "] {
            assert_eq!(parse_time(s), want, "{s}");
        }
        assert_eq!(parse_time("14h"), chrono::NaiveTime::from_hms_opt(14, 0, 0));
        assert_eq!(parse_time("9:05"), chrono::NaiveTime::from_hms_opt(9, 5, 0));
        for s in ["", "1430", "25:00", "14:60", "ab:cd", "14:305"] {
            assert_eq!(parse_time(s), None, "{s}");
        }
    }

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn r4_month_addition_clamps_to_month_end() {
        assert_eq!(add_months(d("2025-01-31"), 1), d("2025-02-28"));
        assert_eq!(add_months(d("2024-01-31"), 1), d("2024-02-29"));
        assert_eq!(add_months(d("2024-02-29"), 12), d("2025-02-28"));
        assert_eq!(add_months(d("2025-01-31"), 12), d("2026-01-31"));
    }

    #[test]
    fn r60_day_of_third_month_after() {
        assert_eq!(day_of_month_after(d("2025-03-14"), 3, 5), d("2025-06-05"));
        assert_eq!(day_of_month_after(d("2025-11-30"), 3, 5), d("2026-02-05"));
    }

    #[test]
    fn impossible_dates_are_refused_with_a_reason() {
        assert!(parse_date("2025-02-30").unwrap_err().contains("not a day"));
        assert!(parse_date("2025-2-3").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_date("12025-02-03").is_err());
        assert!(parse_date("2025-02-28").is_ok());
    }

    #[test]
    fn months_parse_and_print() {
        let m: YearMonth = "2025-03".parse().unwrap();
        assert_eq!(m.to_string(), "2025-03");
        assert_eq!(m.previous().to_string(), "2025-02");
        assert!("2025-13".parse::<YearMonth>().is_err());
        assert!("2025-3".parse::<YearMonth>().is_err());
        assert_eq!(
            "2025-01"
                .parse::<YearMonth>()
                .unwrap()
                .previous()
                .to_string(),
            "2024-12"
        );
    }
}
