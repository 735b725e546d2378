//! What can go wrong with the store, each with a message that names the problem and the
//! fix. Never a raw sled error on the user's screen.

use crate::domain::validate::Problem;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the caseload in {dir} is open in another perinat session (another terminal or user); \
         close that session, or wait for it to finish, and try again"
    )]
    Locked { dir: PathBuf },
    #[error("cannot open the caseload in {dir}: {detail}; check that the directory exists and is yours (or choose another with --data-dir)")]
    Open { dir: PathBuf, detail: String },
    #[error(
        "the caseload in {dir} was written by a newer perinat (schema {found}, this version reads up to {supported}); \
         install the newer perinat to open it"
    )]
    NewerSchema {
        dir: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error(
        "record {key:?} cannot be read ({detail}); the store is damaged: restore the newest backup \
         (the backups directory next to the store) with `perinat restore FILE`"
    )]
    Corrupt { key: String, detail: String },
    #[error("the caseload store in {dir} is damaged and cannot be opened ({detail})")]
    Damaged { dir: PathBuf, detail: String },
    #[error("the caseload could not be written: {0}; nothing was saved (is the disk full?)")]
    Write(String),
    #[error(
        "the disk is full (or the file size this session may write is reached): {0}; nothing was saved \
         and the caseload is as it was. Free some space (the backups directory next to the store \
         can be trimmed) and try again"
    )]
    Full(String),
    #[error("{}", problems_text(.0))]
    Invalid(Vec<Problem>),
    #[error("{0}")]
    Refused(String),
    #[error("{0} not found")]
    NotFound(String),
}

/// True for the I/O errors of a full disk or quota.
pub fn is_full(e: &std::io::Error) -> bool {
    use std::io::ErrorKind;
    matches!(
        e.kind(),
        ErrorKind::StorageFull | ErrorKind::FileTooLarge | ErrorKind::QuotaExceeded
    )
}

fn problems_text(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    lines.join("\n")
}

pub type Result<T> = std::result::Result<T, StoreError>;
