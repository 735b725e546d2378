//! What can go wrong with the store, each with a message that names the problem and the
//! fix. Never a raw sled error on the user's screen.

use crate::domain::validate::Problem;
use crate::t;
use std::path::PathBuf;

#[derive(Debug)]
pub enum StoreError {
    Locked {
        dir: PathBuf,
    },
    Open {
        dir: PathBuf,
        detail: String,
    },
    NewerSchema {
        dir: PathBuf,
        found: u32,
        supported: u32,
    },
    Corrupt {
        key: String,
        detail: String,
    },
    Damaged {
        dir: PathBuf,
        detail: String,
    },
    Write(String),
    Full(String),
    Invalid(Vec<Problem>),
    /// The store will not do it; the message says why (already translated).
    Refused(String),
    /// What is not there, as a message (already translated).
    NotFound(String),
    /// An edit based on a revision someone else has changed since: who, what, and what
    /// to do (already translated), and the revision the case is at now.
    Stale(String, u64),
    /// Another long write holds the store; what it is doing (already translated).
    Busy(String),
    /// Another process wrote to a shared storage after this command began to read it:
    /// the command is planned again on what is there now (never shown when it can be).
    Moved,
    /// The server cannot be reached, or the connection was lost; why and what to do
    /// (already translated).
    Unavailable(String),
}

impl std::error::Error for StoreError {}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |d: &PathBuf| d.display().to_string();
        let text = match self {
            StoreError::Locked { dir } => t!("store-locked", dir = shown(dir)),
            StoreError::Open { dir, detail } => {
                t!("store-cannot-open", dir = shown(dir), detail = detail)
            }
            StoreError::NewerSchema {
                dir,
                found,
                supported,
            } => t!(
                "store-newer-schema",
                dir = shown(dir),
                found = *found,
                supported = *supported
            ),
            StoreError::Corrupt { key, detail } => {
                t!("store-corrupt", key = format!("{key:?}"), detail = detail)
            }
            StoreError::Damaged { dir, detail } => {
                t!("store-damaged", dir = shown(dir), detail = detail)
            }
            StoreError::Write(detail) => t!("store-write", detail = detail),
            StoreError::Full(detail) => t!("store-full", detail = detail),
            StoreError::Invalid(problems) => problems_text(problems),
            StoreError::Refused(text) => text.clone(),
            StoreError::NotFound(text) => text.clone(),
            StoreError::Stale(text, _) => text.clone(),
            StoreError::Busy(doing) => t!("store-busy", doing = doing),
            StoreError::Moved => t!("store-moved"),
            StoreError::Unavailable(text) => text.clone(),
        };
        f.write_str(&text)
    }
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
