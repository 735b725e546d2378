//! R50–R52: the tariff in force on a service date, from the built-in table of the two
//! circulars plus the practice's own additions, and the programme start.

use crate::domain::model::{Pseudocode, TariffEntry};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// R52: no service dated before this is billable.
pub fn programme_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 6, 1).unwrap_or(NaiveDate::MIN)
}

/// Where a tariff line comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TariffSource {
    /// RULES.md R51, from the circulars.
    BuiltIn,
    /// The practice's own file (it wins over the built-in table).
    Practice,
}

/// One line of the table in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TariffLine {
    pub entry: TariffEntry,
    pub source: TariffSource,
}

/// The tariff table: built-in lines overlaid with the practice's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TariffTable {
    lines: Vec<TariffLine>,
}

fn builtin_entries() -> Vec<TariffEntry> {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN);
    let (t1, t2) = (d(2024, 6, 1), d(2025, 1, 1));
    let e = |pseudocode, from, cents| TariffEntry {
        pseudocode,
        from,
        amount: Decimal::new(cents, 2),
    };
    vec![
        e(Pseudocode::Screening, t1, 2255),
        e(Pseudocode::Cpp, t1, 4878),
        e(Pseudocode::Coordination, t1, 72000),
        e(Pseudocode::Concertation, t1, 1500),
        // R51 interpretation: the indexation of the circular on the four services is
        // taken to start on 1 January 2025 (the seeds print no date).
        e(Pseudocode::Screening, t2, 2330),
        e(Pseudocode::Cpp, t2, 5041),
        e(Pseudocode::Coordination, t2, 74405),
        e(Pseudocode::Concertation, t2, 1550),
    ]
}

impl TariffTable {
    /// R51: the built-in table.
    pub fn builtin() -> TariffTable {
        TariffTable::with_additions(&[])
    }

    /// R51: the built-in table with the practice's entries; an entry for a pseudocode
    /// and date already present replaces its amount.
    pub fn with_additions(additions: &[TariffEntry]) -> TariffTable {
        let mut lines: Vec<TariffLine> = builtin_entries()
            .into_iter()
            .map(|entry| TariffLine {
                entry,
                source: TariffSource::BuiltIn,
            })
            .collect();
        for a in additions {
            lines.retain(|l| !(l.entry.pseudocode == a.pseudocode && l.entry.from == a.from));
            lines.push(TariffLine {
                entry: a.clone(),
                source: TariffSource::Practice,
            });
        }
        lines.sort_by_key(|l| (l.entry.pseudocode, l.entry.from));
        TariffTable { lines }
    }

    /// R50: the amount in force on `date`, or `None` before the first tariff.
    pub fn amount_on(&self, code: Pseudocode, date: NaiveDate) -> Option<Decimal> {
        self.lines
            .iter()
            .filter(|l| l.entry.pseudocode == code && l.entry.from <= date)
            .max_by_key(|l| l.entry.from)
            .map(|l| l.entry.amount)
    }

    /// Every line, by pseudocode then date: the history the Tariffs screen shows.
    pub fn lines(&self) -> &[TariffLine] {
        &self.lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{d, money};

    #[test]
    fn r50_tariff_in_force_on_the_day_before_and_of_the_change() {
        let t = TariffTable::builtin();
        assert_eq!(
            t.amount_on(Pseudocode::Coordination, d("2024-12-31")),
            Some(money("720.00"))
        );
        assert_eq!(
            t.amount_on(Pseudocode::Coordination, d("2025-01-01")),
            Some(money("744.05"))
        );
        assert_eq!(t.amount_on(Pseudocode::Screening, d("2024-05-31")), None);
    }

    #[test]
    fn r51_builtin_table_amounts() {
        let t = TariffTable::builtin();
        let on = |c, s| t.amount_on(c, d(s)).unwrap();
        assert_eq!(on(Pseudocode::Screening, "2024-06-01"), money("22.55"));
        assert_eq!(on(Pseudocode::Cpp, "2024-06-01"), money("48.78"));
        assert_eq!(on(Pseudocode::Concertation, "2024-06-01"), money("15.00"));
        assert_eq!(on(Pseudocode::Screening, "2025-06-01"), money("23.30"));
        assert_eq!(on(Pseudocode::Cpp, "2025-06-01"), money("50.41"));
        assert_eq!(on(Pseudocode::Concertation, "2025-06-01"), money("15.50"));
    }

    #[test]
    fn r51_practice_additions_extend_and_replace() {
        let t = TariffTable::with_additions(&[
            TariffEntry {
                pseudocode: Pseudocode::Coordination,
                from: d("2026-01-01"),
                amount: money("760.00"),
            },
            TariffEntry {
                pseudocode: Pseudocode::Screening,
                from: d("2025-01-01"),
                amount: money("23.31"),
            },
        ]);
        assert_eq!(
            t.amount_on(Pseudocode::Coordination, d("2025-12-31")),
            Some(money("744.05"))
        );
        assert_eq!(
            t.amount_on(Pseudocode::Coordination, d("2026-01-01")),
            Some(money("760.00"))
        );
        assert_eq!(
            t.amount_on(Pseudocode::Screening, d("2025-02-01")),
            Some(money("23.31"))
        );
        let practice = t
            .lines()
            .iter()
            .filter(|l| l.source == TariffSource::Practice)
            .count();
        assert_eq!(practice, 2);
        assert_eq!(t.lines().len(), 9);
    }

    #[test]
    fn r52_programme_start() {
        assert_eq!(programme_start(), d("2024-06-01"));
    }
}
