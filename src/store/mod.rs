//! Where the caseload lives: the [`CaseloadApi`] every program speaks, the business
//! commands over any storage ([`commands`]), the embedded sled storage, and where its
//! directory is.

pub mod api;
pub mod codec;
pub mod commands;
pub mod error;
pub mod keys;
pub mod permissions;
pub mod postgres;
pub mod records;
pub mod sled_store;

pub use api::{CaseloadApi, Committed, Correction, ImportSummary, LineRef, Live, Versioned};
pub use error::{Result, StoreError};
pub use records::{Actor, AuditAction, AuditEntry, Stamp};
pub use sled_store::{SledStorage, SledStore};

#[cfg(test)]
mod tests;

use std::path::PathBuf;

/// The environment variable that names the data directory.
pub const DATA_DIR_ENV: &str = "PERINAT_DATA_DIR";

/// The data directory: `--data-dir`, else `PERINAT_DATA_DIR`, else the platform's data
/// directory for perinat (`~/.local/share/perinat` on Linux).
pub fn data_dir(flag: Option<PathBuf>) -> std::result::Result<PathBuf, String> {
    if let Some(d) = flag {
        return Ok(d);
    }
    if let Some(d) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    directories::ProjectDirs::from("be", "perinat", "perinat")
        .map(|p| p.data_dir().to_path_buf())
        .ok_or_else(|| crate::t!("store-no-home", env = DATA_DIR_ENV))
}
