//! The tables the rules consult, bundled: the indicator catalog (R10), the tariff table
//! (R51) and the regional openings (R61), built-in or with the practice's additions.

use crate::domain::catalog::Catalog;
use crate::domain::deadlines::Openings;
use crate::domain::model::PracticeSettings;
use crate::domain::tariff::TariffTable;

#[derive(Debug, Clone)]
pub struct RuleSet {
    pub catalog: Catalog,
    pub tariffs: TariffTable,
    pub openings: Openings,
}

impl RuleSet {
    /// The tables of RULES.md with no practice additions.
    pub fn builtin() -> RuleSet {
        RuleSet::with_settings(&PracticeSettings::default())
    }

    /// The built-in tables overlaid with the practice's own (R51, R61).
    pub fn with_settings(settings: &PracticeSettings) -> RuleSet {
        RuleSet {
            catalog: Catalog::builtin().clone(),
            tariffs: TariffTable::with_additions(&settings.tariffs),
            openings: Openings::with_additions(&settings.regions),
        }
    }
}
