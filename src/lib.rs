//! perinat: a caseload tracker for Belgium's "first 1000 days" perinatal care programme.
//!
//! Layers, each depending only on the ones before it: `domain` (the rules, pure) →
//! `store` (sled, the caseload API) → `interchange` and `report` (JSON caseload, billing
//! report) → the command line (`cli`).

pub mod cli;
pub mod demo;
pub mod domain;
pub mod i18n;
pub mod interchange;
pub mod parallel;
pub mod report;
pub mod store;
pub mod tui;
