//! R11–R12: the scenario (0, A or B) a screening gives, its completeness, and the
//! identified vulnerabilities that CPP evaluations and follow-ups must cover.

use crate::domain::catalog::Catalog;
use crate::domain::model::Screening;

/// Answers needed for a complete (billable) screening (R12).
pub const MIN_ANSWERS: usize = 14;

/// The scenario of a screening (R11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scenario {
    Zero,
    A,
    B,
}

impl Scenario {
    pub fn label(self) -> &'static str {
        match self {
            Scenario::Zero => "0",
            Scenario::A => "A",
            Scenario::B => "B",
        }
    }
}

/// What a screening says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub scenario: Scenario,
    /// Indicators answered (yes or no).
    pub answered: usize,
    /// R12: at least 14 of 15 answered; otherwise the scenario is provisional.
    pub complete: bool,
    /// R11: every indicator answered "vulnerable", in catalog order.
    pub vulnerabilities: Vec<String>,
}

/// R11 and R12 for one screening.
pub fn assess(s: &Screening, catalog: &Catalog) -> Assessment {
    let answered = catalog
        .indicators()
        .iter()
        .filter(|i| s.answers.contains_key(&i.key))
        .count();
    let vulnerabilities: Vec<String> = catalog
        .indicators()
        .iter()
        .filter(|i| s.answers.get(&i.key) == Some(&true))
        .map(|i| i.key.clone())
        .collect();
    let count = vulnerabilities
        .iter()
        .filter(|k| catalog.is_scenario(k))
        .count();
    let scenario = match count {
        0 => Scenario::Zero,
        1 => Scenario::A,
        _ => Scenario::B,
    };
    Assessment {
        scenario,
        answered,
        complete: answered >= MIN_ANSWERS,
        vulnerabilities,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::screened;

    fn assess_keys(vulnerable: &[&str]) -> Assessment {
        let p = screened("2025-03-01", vulnerable);
        assess(p.screening.as_ref().unwrap(), Catalog::builtin())
    }

    #[test]
    fn r11_scenario_counts_scenario_indicators() {
        assert_eq!(assess_keys(&[]).scenario, Scenario::Zero);
        assert_eq!(assess_keys(&["housing"]).scenario, Scenario::A);
        assert_eq!(assess_keys(&["housing", "violence"]).scenario, Scenario::B);
        assert_eq!(
            assess_keys(&["housing", "violence", "anxiety"]).scenario,
            Scenario::B
        );
    }

    #[test]
    fn r11_non_scenario_indicators_never_change_the_scenario_but_are_vulnerabilities() {
        let a = assess_keys(&["smoking", "education", "housing"]);
        assert_eq!(a.scenario, Scenario::A);
        assert_eq!(a.vulnerabilities, vec!["housing", "education", "smoking"]);
    }

    #[test]
    fn r12_fourteen_answers_are_complete_thirteen_are_not() {
        let mut p = screened("2025-03-01", &["housing"]);
        let s = p.screening.as_mut().unwrap();
        s.answers.remove("smoking");
        assert_eq!(assess(s, Catalog::builtin()).answered, 14);
        assert!(assess(s, Catalog::builtin()).complete);
        s.answers.remove("education");
        let a = assess(s, Catalog::builtin());
        assert_eq!(a.answered, 13);
        assert!(!a.complete);
        assert_eq!(
            a.scenario,
            Scenario::A,
            "the provisional scenario still shows"
        );
    }
}
