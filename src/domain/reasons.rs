//! Why a service cannot be billed: one variant per failed rule, each carrying its rule
//! number. `Display` gives the English message that starts with that number
//! (`R22: CPP by a nurse cannot be billed`); screens may translate from the variant.

use crate::domain::model::{Profession, Pseudocode, Region};
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

fn list(items: &[String]) -> String {
    items.join(", ")
}

impl fmt::Display for Blocker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Blocker::*;
        let r = self.rule();
        match self {
            R3Closed { end } => write!(f, "{r}: after the child's 2nd birthday ({end}), the trajectory is closed"),
            R12NoScreening => write!(f, "{r}: no screening recorded, so no scenario"),
            R12Incomplete { answered, total } => write!(
                f,
                "{r}: screening incomplete ({answered} of {total} indicators answered, 14 needed); the scenario is provisional"
            ),
            R13Window { date, from, to: Some(to) } => write!(
                f,
                "{r}: screening on {date} is outside its window ({from} to {to}, 7 days after birth)"
            ),
            R13Window { date, from, to: None } => write!(
                f,
                "{r}: screening on {date} is before the pregnancy start ({from})"
            ),
            R15NoConsent => write!(f, "{r}: the woman's consent to the screening is not recorded"),
            NoInami { provider, .. } => write!(f, "{r}: {provider} has no INAMI number, only INAMI providers bill"),
            R16NoCode => write!(f, "{r}: no BiB finalisation code recorded"),
            R20NotEntitled => write!(f, "{r}: CPP needs scenario A or B (scenario is 0)"),
            R21OutsidePrenatal { date, from, birth: Some(b) } => write!(
                f,
                "{r}: CPP on {date} is outside the prenatal period ({from} to the birth on {b})"
            ),
            R21OutsidePrenatal { date, from, birth: None } => write!(
                f,
                "{r}: CPP on {date} is before the screening ({from})"
            ),
            R21Limit => write!(f, "{r}: two CPPs are already billable for this pregnancy"),
            R22Profession { profession } => write!(f, "{r}: CPP by {} cannot be billed", profession.with_article()),
            R23Evaluations { missing } => write!(
                f,
                "{r}: no status and note for {}",
                list(missing)
            ),
            R23NoCode => write!(f, "{r}: no BiB code recorded for the CPP evaluation"),
            R30NotEntitled { scenario } => write!(f, "{r}: coordination needs scenario B (scenario is {scenario})"),
            R32NoCoordinator => write!(f, "{r}: no coordinator designated for this period"),
            R32NoBillingProvider { coordinator } => write!(
                f,
                "{r}: coordinator {coordinator} has no INAMI number and no INAMI billing provider is recorded"
            ),
            R33NoConsent => write!(f, "{r}: coordinator designated without the woman's consent"),
            R33Team { missing } => {
                let m: Vec<String> = missing.iter().map(|p| p.with_article().to_string()).collect();
                write!(f, "{r}: the care team lacks {}", list(&m))
            }
            R33NoConcertation => write!(f, "{r}: no concertation in this period that meets R40 and R41"),
            R33NoCarePlan => write!(f, "{r}: no care plan recorded"),
            R33FollowUps { missing } => write!(
                f,
                "{r}: no status and note in this period for {}",
                list(missing)
            ),
            R40NotEntitled { scenario } => write!(f, "{r}: concertation needs scenario B (scenario is {scenario})"),
            R40BeforeScreening { screening } => write!(f, "{r}: concertation before the screening ({screening})"),
            R40NoCoordinator => write!(f, "{r}: no coordinator in charge on that day"),
            R40CoordinatorAbsent { coordinator } => write!(
                f,
                "{r}: the coordinator in charge ({coordinator}) did not take part"
            ),
            R41TooFew { count } => write!(
                f,
                "{r}: {count} participants, at least 4 needed (the woman counts)"
            ),
            R41NoReport => write!(f, "{r}: no concertation report recorded"),
            R41NoAgreements => write!(f, "{r}: no agreements per indicator recorded"),
            R42Beyond4 => write!(f, "{r}: only 4 INAMI participants are billable per concertation"),
            R43Cap { period } => write!(
                f,
                "{r}: the cap of 4 quarter-hours in reference period {period} is reached"
            ),
            R52BeforeStart => write!(f, "{r}: before the programme start (2024-06-01)"),
            R61NotOpen { region, code, opens } => write!(
                f,
                "{r}: billing of {} in {} opens on {opens}",
                code.english(),
                region.english()
            ),
            R61Unknown { region } => write!(
                f,
                "{r}: no billing opening date is known for {}; add it to the practice file (\"regions\": [{{\"region\": \"{}\", ...}}]) and import it",
                region.english(),
                region.key()
            ),
        }
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
}
