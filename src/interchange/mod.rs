//! The caseload interchange format (`../shared/spec/INTERCHANGE.md`, version 1): the one
//! portable form of a caseload, read by `import`, written by `export`, used by backups,
//! fixtures and other programs.

pub mod dto;
pub mod pseudonymise;
pub mod read;
pub mod text;
pub mod write;

pub use read::{fill_billed_amounts, parse, Parsed};
pub use write::{to_string, write};

/// The `format` value of an interchange file.
pub const FORMAT: &str = "perinat-caseload";
/// The interchange version this build reads and writes.
pub const VERSION: u32 = 1;

#[cfg(test)]
mod tests;
