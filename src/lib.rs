//! perinat: a caseload tracker for Belgium's "first 1000 days" perinatal care programme.
//!
//! Layers, each depending only on the ones before it: `domain` (the rules, pure) →
//! `store` (the caseload API, the business commands over any storage, sled, the audit
//! trail) → `interchange` and `report` (JSON caseload, billing report) → `backup`
//! (snapshots, the journal, how a store is opened) → `server` (one process owns a
//! store and serves everyone; its client) → `tui` → the command line (`cli`). `i18n`,
//! `fsutil`, `safe_text` (caseload text as a terminal may show it), `parallel` and
//! `config` (the user's settings file) are leaves any layer may use.

pub mod backup;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod fsutil;
pub mod i18n;
pub mod interchange;
pub mod parallel;
pub mod report;
pub mod safe_text;
pub mod server;
pub mod store;
pub mod tui;
