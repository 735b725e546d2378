//! Reports over the caseload: the month-end billing report and the formats people and
//! programs read it in.

pub mod audit;
pub mod billing;
pub mod caseload;
pub mod files;
pub mod format;
pub mod record;
pub mod render;
pub mod todo;

pub use billing::{build, default_month, BillingLine, BillingReport, ReportSpec, Selection};
