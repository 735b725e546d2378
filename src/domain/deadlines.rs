//! R60–R62: the billing deadline of a service, the regional openings of billing, and the
//! later deadline of services dated before their region opened.

use crate::domain::dates::day_of_month_after;
use crate::domain::model::{Pseudocode, Region, RegionOpening};
use chrono::NaiveDate;

/// Days before a deadline when it becomes an alert (R60).
pub const DEADLINE_ALERT_DAYS: i64 = 14;

/// R60: the 5th day of the third month after the service's month.
pub fn deadline(service: NaiveDate) -> NaiveDate {
    day_of_month_after(service, 3, 5)
}

/// Where an opening date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpeningSource {
    /// OA circular 2024/258.
    BuiltIn,
    /// The practice's own file.
    Practice,
}

/// R61: the billing opening dates per region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Openings {
    entries: Vec<(RegionOpening, OpeningSource)>,
}

impl Openings {
    /// R61: Brussels, Wallonia and the German-speaking Community from the OA circular;
    /// nothing for Flanders ("dates to be specified").
    pub fn builtin() -> Openings {
        Openings::with_additions(&[])
    }

    /// The built-in openings with the practice's entries, which win.
    pub fn with_additions(additions: &[RegionOpening]) -> Openings {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or(NaiveDate::MIN);
        let mut entries: Vec<(RegionOpening, OpeningSource)> =
            [Region::Wallonia, Region::Brussels, Region::GermanSpeaking]
                .into_iter()
                .map(|region| {
                    (
                        RegionOpening {
                            region,
                            screening_from: d(2024, 9, 16),
                            others_from: d(2024, 9, 30),
                        },
                        OpeningSource::BuiltIn,
                    )
                })
                .collect();
        for a in additions {
            entries.retain(|(e, _)| e.region != a.region);
            entries.push((a.clone(), OpeningSource::Practice));
        }
        entries.sort_by_key(|(e, _)| e.region);
        Openings { entries }
    }

    /// The opening for `region`, if one is known.
    pub fn get(&self, region: Region) -> Option<&(RegionOpening, OpeningSource)> {
        self.entries.iter().find(|(e, _)| e.region == region)
    }

    /// R61: the day billing of `code` opens in `region`, if known.
    pub fn opening(&self, region: Region, code: Pseudocode) -> Option<NaiveDate> {
        self.get(region).map(|(e, _)| match code {
            Pseudocode::Screening => e.screening_from,
            _ => e.others_from,
        })
    }

    pub fn entries(&self) -> &[(RegionOpening, OpeningSource)] {
        &self.entries
    }
}

/// R60 with R62: a service dated before its region's opening has the later of its own
/// deadline and the 5th of the third month after the opening month.
pub fn deadline_with_opening(service: NaiveDate, opening: Option<NaiveDate>) -> NaiveDate {
    let own = deadline(service);
    match opening {
        Some(o) if service < o => own.max(deadline(o)),
        _ => own,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::d;

    #[test]
    fn r60_deadline_is_the_5th_of_the_third_month_after() {
        assert_eq!(deadline(d("2025-03-14")), d("2025-06-05"));
        assert_eq!(deadline(d("2025-03-01")), d("2025-06-05"));
        assert_eq!(deadline(d("2025-03-31")), d("2025-06-05"));
        assert_eq!(deadline(d("2025-12-31")), d("2026-03-05"));
    }

    #[test]
    fn r61_builtin_openings_and_flanders_unknown() {
        let o = Openings::builtin();
        assert_eq!(
            o.opening(Region::Brussels, Pseudocode::Screening),
            Some(d("2024-09-16"))
        );
        assert_eq!(
            o.opening(Region::Wallonia, Pseudocode::Cpp),
            Some(d("2024-09-30"))
        );
        assert_eq!(
            o.opening(Region::GermanSpeaking, Pseudocode::Concertation),
            Some(d("2024-09-30"))
        );
        assert_eq!(o.opening(Region::Flanders, Pseudocode::Screening), None);
        let o = Openings::with_additions(&[RegionOpening {
            region: Region::Flanders,
            screening_from: d("2025-01-01"),
            others_from: d("2025-02-01"),
        }]);
        assert_eq!(
            o.opening(Region::Flanders, Pseudocode::Cpp),
            Some(d("2025-02-01"))
        );
        assert_eq!(o.get(Region::Flanders).unwrap().1, OpeningSource::Practice);
    }

    #[test]
    fn r62_retroactive_service_gets_the_later_deadline() {
        let opening = Some(d("2024-09-30"));
        // own deadline 2024-09-05, opening's 2024-12-05
        assert_eq!(
            deadline_with_opening(d("2024-06-10"), opening),
            d("2024-12-05")
        );
        // after the opening: its own
        assert_eq!(
            deadline_with_opening(d("2024-10-01"), opening),
            d("2025-01-05")
        );
        // the day before opening, same month: both give 2024-12-05
        assert_eq!(
            deadline_with_opening(d("2024-09-29"), opening),
            d("2024-12-05")
        );
    }
}
