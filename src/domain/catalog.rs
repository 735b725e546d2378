//! R10: the indicator catalog of the BiB screening tool, kept as data
//! (`indicators.toml`, embedded) so that labels can be corrected without touching rules.

use crate::i18n::Lang;
use serde::Deserialize;
use std::sync::OnceLock;

/// One screening indicator.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub number: u8,
    pub key: String,
    /// Whether it counts for the scenario (R11).
    pub scenario: bool,
    pub fr: String,
    pub nl: String,
    /// RULES.md has no German column: perinat's own translation.
    pub de: String,
    pub en: String,
}

impl Indicator {
    /// The indicator's name in the language in force.
    pub fn label(&self) -> &str {
        match crate::i18n::language() {
            Lang::Fr => &self.fr,
            Lang::Nl => &self.nl,
            Lang::De => &self.de,
            Lang::En => &self.en,
        }
    }
}

/// The ordered list of indicators.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    #[serde(rename = "indicator")]
    indicators: Vec<Indicator>,
}

const BUILTIN: &str = include_str!("indicators.toml");

impl Catalog {
    /// The built-in catalog of RULES.md.
    pub fn builtin() -> &'static Catalog {
        static CELL: OnceLock<Catalog> = OnceLock::new();
        CELL.get_or_init(|| {
            Catalog::from_toml(BUILTIN).expect("the embedded indicators.toml is valid (tested)")
        })
    }

    /// Reads a catalog from TOML text, checking that keys are unique.
    pub fn from_toml(text: &str) -> Result<Catalog, String> {
        let c: Catalog = toml::from_str(text).map_err(|e| e.to_string())?;
        for (i, ind) in c.indicators.iter().enumerate() {
            if c.indicators[..i].iter().any(|o| o.key == ind.key) {
                return Err(format!("indicator key {:?} appears twice", ind.key));
            }
        }
        Ok(c)
    }

    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    pub fn len(&self) -> usize {
        self.indicators.len()
    }

    pub fn is_empty(&self) -> bool {
        self.indicators.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.key == key)
    }

    /// The name of indicator `key` in the language in force; the key itself when the
    /// catalog does not know it.
    pub fn label_of<'a>(&'a self, key: &'a str) -> &'a str {
        self.get(key).map_or(key, Indicator::label)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Position of `key` in catalog order (unknown keys sort last).
    pub fn position(&self, key: &str) -> usize {
        self.indicators
            .iter()
            .position(|i| i.key == key)
            .unwrap_or(usize::MAX)
    }

    pub fn is_scenario(&self, key: &str) -> bool {
        self.get(key).is_some_and(|i| i.scenario)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r10_catalog_has_15_indicators_8_of_them_scenario() {
        let c = Catalog::builtin();
        assert_eq!(c.len(), 15);
        assert_eq!(c.indicators().iter().filter(|i| i.scenario).count(), 8);
        assert!(c.is_scenario("violence"));
        assert!(!c.is_scenario("smoking"));
        assert_eq!(c.position("financial"), 0);
        assert_eq!(c.get("psychological_history").unwrap().number, 15);
    }

    #[test]
    fn r10_duplicate_keys_are_refused() {
        let t = r#"
[[indicator]]
number = 1
key = "a"
scenario = true
fr = "a"
nl = "a"
de = "a"
en = "a"
[[indicator]]
number = 2
key = "a"
scenario = false
fr = "b"
nl = "b"
de = "b"
en = "b"
"#;
        assert!(Catalog::from_toml(t).unwrap_err().contains("twice"));
    }
}
