//! The pure domain core: the programme's rules (RULES.md R1–R71) in plain Rust, with no
//! I/O and no clock ("today" is always a parameter). The store, the CLI and the TUI call
//! into it; none of them re-implements a rule.

pub mod alerts;
pub mod catalog;
pub mod claims;
pub mod dates;
pub mod deadlines;
pub mod edit;
pub mod ids;
pub mod model;
pub mod periods;
pub mod reasons;
pub mod ruleset;
pub mod scenario;
pub mod services;
pub mod tariff;
pub mod todo;
pub mod validate;
pub mod whoami;

#[cfg(test)]
pub(crate) mod test_support;

pub use alerts::{alerts, Alert};
pub use catalog::Catalog;
pub use dates::YearMonth;
pub use model::*;
pub use reasons::Blocker;
pub use ruleset::RuleSet;
pub use scenario::{Assessment, Scenario};
pub use services::{evaluate, CaseEvaluation, Origin, ServiceLine, Status};
pub use whoami::{is_mine, provider_for_login};
