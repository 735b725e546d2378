//! Why a service cannot be billed: one variant per failed rule, each carrying its rule
//! number. `Display` gives the English message that starts with that number
//! (`R22: CPP by a nurse cannot be billed`); screens may translate from the variant.

use crate::domain::model::{Profession, Pseudocode, Region};
use crate::domain::scenario::MIN_ANSWERS;
use crate::domain::tariff::programme_start;
use crate::i18n::format::date;
use crate::t;
use chrono::NaiveDate;
use std::fmt;

/// One failed rule of one service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocker {
    /// R3: the service falls after the child's 2nd birthday.
    R3Closed { end: NaiveDate },
    /// R12: no screening, so no scenario.
    R12NoScreening,
    /// R12: fewer than 14 of 15 indicators answered.
    R12Incomplete { answered: usize, total: usize },
    /// R13: screening outside its window.
    R13Window {
        date: NaiveDate,
        from: NaiveDate,
        to: Option<NaiveDate>,
    },
    /// R15: the woman's consent is not recorded.
    R15NoConsent,
    /// R15 (and R22, R44): the provider has no INAMI number or is unknown.
    NoInami {
        rule: &'static str,
        provider: String,
    },
    /// R16: no finalisation code.
    R16NoCode,
    /// R20: scenario 0.
    R20NotEntitled,
    /// R21: outside the prenatal period.
    R21OutsidePrenatal {
        date: NaiveDate,
        from: NaiveDate,
        birth: Option<NaiveDate>,
    },
    /// R21: two billable CPPs already.
    R21Limit,
    /// R22: the provider's profession may not bill a CPP.
    R22Profession { profession: Profession },
    /// R23: vulnerabilities without status and note.
    R23Evaluations { missing: Vec<String> },
    /// R23: no BiB code for the CPP.
    R23NoCode,
    /// R30: coordination needs scenario B.
    R30NotEntitled { scenario: &'static str },
    /// R32: nobody coordinates the period.
    R32NoCoordinator,
    /// R32: the coordinator has no INAMI number and no billing provider is recorded.
    R32NoBillingProvider { coordinator: String },
    /// R33: the coordinator was designated without the woman's consent.
    R33NoConsent,
    /// R33: the care team lacks professions.
    R33Team { missing: Vec<Profession> },
    /// R33: no valid concertation in the period.
    R33NoConcertation,
    /// R33: no care plan recorded by the end of the period.
    R33NoCarePlan,
    /// R33: vulnerabilities without status and note in the period.
    R33FollowUps { missing: Vec<String> },
    /// R40: concertation needs scenario B.
    R40NotEntitled { scenario: &'static str },
    /// R40: concertation before the screening.
    R40BeforeScreening { screening: NaiveDate },
    /// R40: nobody coordinates on that day.
    R40NoCoordinator,
    /// R40: the coordinator in charge did not take part.
    R40CoordinatorAbsent { coordinator: String },
    /// R41: fewer than 4 participants.
    R41TooFew { count: usize },
    /// R41: no report recorded.
    R41NoReport,
    /// R41: no agreements per indicator recorded.
    R41NoAgreements,
    /// R42: beyond the 4 billable INAMI participants.
    R42Beyond4,
    /// R43: beyond the 4 quarter-hours of the reference period.
    R43Cap { period: u32 },
    /// R52: before the programme start.
    R52BeforeStart,
    /// R61: billing has not opened in the region yet.
    R61NotOpen {
        region: Region,
        code: Pseudocode,
        opens: NaiveDate,
    },
    /// R61: no opening date is known for the region (Flanders).
    R61Unknown { region: Region },
}

impl Blocker {
    /// The rule number, `R22`.
    pub fn rule(&self) -> &'static str {
        use Blocker::*;
        match self {
            R3Closed { .. } => "R3",
            R12NoScreening | R12Incomplete { .. } => "R12",
            R13Window { .. } => "R13",
            R15NoConsent => "R15",
            NoInami { rule, .. } => rule,
            R16NoCode => "R16",
            R20NotEntitled => "R20",
            R21OutsidePrenatal { .. } | R21Limit => "R21",
            R22Profession { .. } => "R22",
            R23Evaluations { .. } | R23NoCode => "R23",
            R30NotEntitled { .. } => "R30",
            R32NoCoordinator | R32NoBillingProvider { .. } => "R32",
            R33NoConsent
            | R33Team { .. }
            | R33NoConcertation
            | R33NoCarePlan
            | R33FollowUps { .. } => "R33",
            R40NotEntitled { .. }
            | R40BeforeScreening { .. }
            | R40NoCoordinator
            | R40CoordinatorAbsent { .. } => "R40",
            R41TooFew { .. } | R41NoReport | R41NoAgreements => "R41",
            R42Beyond4 => "R42",
            R43Cap { .. } => "R43",
            R52BeforeStart => "R52",
            R61NotOpen { .. } | R61Unknown { .. } => "R61",
        }
    }

    /// The rule number as a number, for ordering.
    pub fn rule_number(&self) -> u32 {
        self.rule()[1..].parse().unwrap_or(0)
    }
}

/// Indicator keys as their names in the language in force.
fn indicators(items: &[String]) -> String {
    let c = crate::domain::catalog::Catalog::builtin();
    let names: Vec<&str> = items.iter().map(|k| c.label_of(k)).collect();
    names.join(", ")
}

impl fmt::Display for Blocker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Blocker::*;
        let r = self.rule();
        let text = match self {
            R3Closed { end } => t!("blocker-r3-closed", end = date(*end)),
            R12NoScreening => t!("blocker-r12-no-screening"),
            R12Incomplete { answered, total } => {
                t!(
                    "blocker-r12-incomplete",
                    answered = *answered,
                    total = *total,
                    needed = MIN_ANSWERS
                )
            }
            R13Window {
                date: d,
                from,
                to: Some(to),
            } => {
                t!(
                    "blocker-r13-window",
                    date = date(*d),
                    from = date(*from),
                    to = date(*to)
                )
            }
            R13Window {
                date: d,
                from,
                to: None,
            } => {
                t!(
                    "blocker-r13-before-start",
                    date = date(*d),
                    from = date(*from)
                )
            }
            R15NoConsent => t!("blocker-r15-no-consent"),
            NoInami { provider, .. } => t!("blocker-no-inami", provider = provider),
            R16NoCode => t!("blocker-r16-no-code"),
            R20NotEntitled => t!("blocker-r20-not-entitled"),
            R21OutsidePrenatal {
                date: d,
                from,
                birth: Some(b),
            } => {
                t!(
                    "blocker-r21-outside-prenatal",
                    date = date(*d),
                    from = date(*from),
                    birth = date(*b)
                )
            }
            R21OutsidePrenatal {
                date: d,
                from,
                birth: None,
            } => {
                t!(
                    "blocker-r21-before-screening",
                    date = date(*d),
                    from = date(*from)
                )
            }
            R21Limit => t!("blocker-r21-limit"),
            R22Profession { profession } => {
                t!(
                    "blocker-r22-profession",
                    profession = profession.with_article()
                )
            }
            R23Evaluations { missing } => t!("blocker-r23-evaluations", list = indicators(missing)),
            R23NoCode => t!("blocker-r23-no-code"),
            R30NotEntitled { scenario } => t!("blocker-r30-not-entitled", scenario = *scenario),
            R32NoCoordinator => t!("blocker-r32-no-coordinator"),
            R32NoBillingProvider { coordinator } => {
                t!("blocker-r32-no-billing-provider", coordinator = coordinator)
            }
            R33NoConsent => t!("blocker-r33-no-consent"),
            R33Team { missing } => {
                let m: Vec<String> = missing.iter().map(|p| p.with_article()).collect();
                t!("blocker-r33-team", list = m.join(", "))
            }
            R33NoConcertation => t!("blocker-r33-no-concertation"),
            R33NoCarePlan => t!("blocker-r33-no-care-plan"),
            R33FollowUps { missing } => t!("blocker-r33-follow-ups", list = indicators(missing)),
            R40NotEntitled { scenario } => t!("blocker-r40-not-entitled", scenario = *scenario),
            R40BeforeScreening { screening } => {
                t!("blocker-r40-before-screening", screening = date(*screening))
            }
            R40NoCoordinator => t!("blocker-r40-no-coordinator"),
            R40CoordinatorAbsent { coordinator } => {
                t!("blocker-r40-coordinator-absent", coordinator = coordinator)
            }
            R41TooFew { count } => t!("blocker-r41-too-few", count = *count),
            R41NoReport => t!("blocker-r41-no-report"),
            R41NoAgreements => t!("blocker-r41-no-agreements"),
            R42Beyond4 => t!("blocker-r42-beyond-4"),
            R43Cap { period } => t!("blocker-r43-cap", period = *period),
            R52BeforeStart => t!("blocker-r52-before-start", start = date(programme_start())),
            R61NotOpen {
                region,
                code,
                opens,
            } => t!(
                "blocker-r61-not-open",
                service = code.name(),
                region = region.name(),
                opens = date(*opens)
            ),
            R61Unknown { region } => t!(
                "blocker-r61-unknown",
                region = region.name(),
                key = region.key()
            ),
        };
        write!(f, "{r}: {text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r22_message_starts_with_the_rule_number() {
        let b = Blocker::R22Profession {
            profession: Profession::Nurse,
        };
        assert_eq!(b.to_string(), "R22: CPP by a nurse cannot be billed");
        assert_eq!(b.rule_number(), 22);
    }

    #[test]
    fn every_message_starts_with_its_rule() {
        let d = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        let all = vec![
            Blocker::R3Closed { end: d },
            Blocker::R12NoScreening,
            Blocker::R13Window {
                date: d,
                from: d,
                to: None,
            },
            Blocker::NoInami {
                rule: "R44",
                provider: "x".into(),
            },
            Blocker::R33Team {
                missing: vec![Profession::Midwife],
            },
            Blocker::R43Cap { period: 1 },
            Blocker::R61Unknown {
                region: Region::Flanders,
            },
        ];
        for b in all {
            assert!(b.to_string().starts_with(&format!("{}: ", b.rule())), "{b}");
        }
    }

    #[test]
    fn r61_unknown_opening_says_how_to_set_it() {
        let b = Blocker::R61Unknown {
            region: Region::Flanders,
        };
        assert_eq!(
            b.to_string(),
            "R61: no billing opening date is known for Flanders; add it to the practice file \
             (\"regions\": [{\"region\": \"flanders\", ...}]) and import it"
        );
    }

    #[test]
    fn r52_dates_in_messages_are_day_month_year() {
        assert_eq!(
            Blocker::R52BeforeStart.to_string(),
            "R52: before the programme start (01/06/2024)"
        );
    }
}
