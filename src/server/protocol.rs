//! What travels on the server's socket. Every message is a frame: a 4-byte big-endian
//! length, then the body. The first frame each way is the handshake, in JSON so that any
//! version of perinat can read another's and say which versions met; every later frame
//! is a [`Request`] or a [`Response`] in bincode 2 (through serde), the encoding the
//! store already uses for its records: compact, fast for a caseload of 100,000 cases,
//! and frozen (bincode's 3.0 is a deliberate compile error), so a protocol version's
//! bytes do not move under it.

use crate::domain::model::{BilledService, Caseload, PracticeSettings, Pregnancy, Provider};
use crate::domain::validate::Problem;
use crate::domain::YearMonth;
use crate::store::{AuditEntry, Committed, ImportSummary, LineRef, Stamp, StoreError, Versioned};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::io::{Read, Write};

/// The protocol's version: changes whenever a message changes.
pub const PROTOCOL: u32 = 3;

/// The version of this perinat.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The largest frame either side accepts (an import of 100,000 cases is about 110 MB).
pub const MAX_FRAME: u32 = 256 * 1024 * 1024;

/// The largest handshake frame.
pub const MAX_HELLO: u32 = 64 * 1024;

/// The client's first frame.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hello {
    /// Always "perinat": anything else is not a perinat client.
    pub program: String,
    pub protocol: u32,
    pub version: String,
    /// The language the client speaks (its messages are made in it).
    pub lang: String,
    /// The SSH client's address, when the client came in over SSH.
    pub from: Option<String>,
    /// An interactive client (the UI): its writes are refused as busy instead of
    /// waiting long for another write to finish.
    pub interactive: bool,
}

/// The server's answer to a [`Hello`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum Welcome {
    Welcome {
        version: String,
        /// What the server wants every user to know (a failed backup).
        warnings: Vec<String>,
    },
    /// Another protocol or version: the client says so and stops.
    OtherVersion { version: String, protocol: u32 },
    /// Not allowed, with why and what to do (in the client's language).
    Refused { message: String },
}

/// One request.
// A request lives only between its frame and its answer: boxing the large ones would
// save nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Request {
    Providers,
    Settings,
    Pregnancy(String),
    PregnancyVersioned(String),
    LastChange(String),
    CaseHistory(String),
    /// Answered by [`Reply::Audit`] batches, then [`Reply::End`].
    ScanAudit,
    CountPregnancies,
    /// Answered by [`Reply::Pregnancies`] batches, then [`Reply::End`].
    ScanPregnancies,
    /// Answered by [`Reply::Count`] of cases, then one frame per case: the case record
    /// as the store encodes it (`store::codec`, the same build on both sides).
    PregnanciesInMonth(YearMonth),
    Import {
        caseload: Caseload,
        replace: bool,
        source: String,
    },
    PutProvider(Provider),
    AddProvider(Provider),
    SavePregnancy {
        pregnancy: Pregnancy,
        based_on: Option<u64>,
    },
    DeletePregnancy {
        id: String,
        based_on: Option<u64>,
    },
    DeleteProvider(String),
    MarkBilled {
        case: String,
        line: LineRef,
        billed_on: NaiveDate,
        today: NaiveDate,
    },
    CorrectBilled {
        case: String,
        line: LineRef,
        correction: crate::store::Correction,
        reason: String,
        today: NaiveDate,
    },
    /// A backup into the backups directory now.
    Backup,
    /// The backups directory's files.
    Backups,
    /// Backs the caseload up, then replaces it with `caseload`.
    Restore {
        caseload: Caseload,
        source: String,
    },
    /// The whole caseload with names, NISS and notes replaced by the store's pseudonyms.
    ExportPseudonymised,
    /// From now on this connection carries [`Reply::Event`]s (and heartbeats).
    Watch,
    /// A duplicate provider merged into the original (protocol 3); answered by
    /// [`Reply::Count`] of the cases changed.
    MergeProvider {
        duplicate: String,
        original: String,
    },
}

/// A backup file, as the server reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupFile {
    pub path: String,
    pub at: NaiveDateTime,
    pub kind: String,
    pub pregnancies: usize,
    pub providers: usize,
}

/// One answer.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Reply {
    Done,
    Providers(Vec<Provider>),
    Settings(PracticeSettings),
    Pregnancy(Option<Pregnancy>),
    Versioned(Option<Versioned>),
    Stamp(Option<Stamp>),
    History(Vec<AuditEntry>),
    Audit(Vec<AuditEntry>),
    Count(usize),
    Pregnancies(Vec<Pregnancy>),
    End,
    Imported(ImportSummary),
    Revision(u64),
    Billed(BilledService),
    /// A billing mark as corrected (none: withdrawn).
    Corrected(Option<BilledService>),
    Backup(BackupFile),
    Backups(Vec<BackupFile>),
    Restored {
        summary: ImportSummary,
        /// The backup of the caseload it replaced.
        previous: Option<String>,
        /// The journal's changes replayed over the file.
        replayed: crate::backup::journal::Replayed,
    },
    Caseload(Caseload),
    Event(Committed),
    Heartbeat,
}

/// A refusal, as it travels: the store's errors keep their kind (a form places an
/// `Invalid` problem next to its field); the rest are their message.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Failure {
    Invalid(Vec<Problem>),
    Stale(String, u64),
    Busy(String),
    NotFound(String),
    Refused(String),
    Full(String),
    Other(String),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        match e {
            StoreError::Invalid(p) => Failure::Invalid(p),
            StoreError::Stale(t, r) => Failure::Stale(t, r),
            StoreError::Busy(d) => Failure::Busy(d),
            StoreError::NotFound(t) => Failure::NotFound(t),
            StoreError::Refused(t) => Failure::Refused(t),
            e @ StoreError::Full(_) => Failure::Full(e.to_string()),
            other => Failure::Other(other.to_string()),
        }
    }
}

impl From<Failure> for StoreError {
    fn from(f: Failure) -> StoreError {
        match f {
            Failure::Invalid(p) => StoreError::Invalid(p),
            Failure::Stale(t, r) => StoreError::Stale(t, r),
            Failure::Busy(d) => StoreError::Busy(d),
            Failure::NotFound(t) => StoreError::NotFound(t),
            Failure::Refused(t) | Failure::Full(t) | Failure::Other(t) => StoreError::Refused(t),
        }
    }
}

pub type Response = std::result::Result<Reply, Failure>;

/// Why a frame could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    #[error("connection closed")]
    Closed,
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("a message of {0} bytes is larger than perinat accepts")]
    TooLarge(u32),
    #[error("not a perinat message: {0}")]
    Garbage(String),
}

/// Writes one frame.
pub fn write_frame(w: &mut impl Write, body: &[u8]) -> std::io::Result<()> {
    let len = u32::try_from(body.len())
        .ok()
        .filter(|l| *l <= MAX_FRAME)
        .ok_or_else(|| std::io::Error::other("message too large for the protocol"))?;
    w.write_all(&len.to_be_bytes())?;
    w.write_all(body)?;
    w.flush()
}

/// Reads one frame, refusing one larger than [`MAX_FRAME`] before reading its body.
pub fn read_frame(r: &mut impl Read) -> Result<Vec<u8>, FrameError> {
    read_frame_upto(r, MAX_FRAME)
}

/// Reads one frame of at most `max` bytes.
pub fn read_frame_upto(r: &mut impl Read, max: u32) -> Result<Vec<u8>, FrameError> {
    let mut len = [0u8; 4];
    match r.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Err(FrameError::Closed),
        Err(e) => return Err(e.into()),
    }
    let len = u32::from_be_bytes(len);
    if len > max {
        return Err(FrameError::TooLarge(len));
    }
    // Room for the announced body, up to 64 MB at once (a lie costs no more than that).
    let mut body = Vec::with_capacity((len as usize).min(64 * 1024 * 1024));
    r.take(u64::from(len)).read_to_end(&mut body)?;
    if body.len() != len as usize {
        return Err(FrameError::Closed);
    }
    Ok(body)
}

/// bincode's standard configuration, with a limit: a length inside a message is never
/// believed beyond what a frame can hold, so ten hostile bytes cannot make the reader
/// allocate terabytes.
fn config() -> bincode::config::Configuration<
    bincode::config::LittleEndian,
    bincode::config::Varint,
    bincode::config::Limit<{ MAX_FRAME as usize }>,
> {
    bincode::config::standard().with_limit::<{ MAX_FRAME as usize }>()
}

/// Sends a message in bincode.
pub fn send<T: Serialize>(w: &mut impl Write, msg: &T) -> std::io::Result<()> {
    write_frame(w, &encode(msg)?)
}

/// A message in bincode, to send as a frame later.
pub fn encode<T: Serialize>(msg: &T) -> std::io::Result<Vec<u8>> {
    bincode::serde::encode_to_vec(msg, config()).map_err(std::io::Error::other)
}

/// Decodes a frame's body in bincode.
pub fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, FrameError> {
    let (msg, used) = bincode::serde::decode_from_slice(body, config())
        .map_err(|e| FrameError::Garbage(e.to_string()))?;
    if used != body.len() {
        return Err(FrameError::Garbage(format!(
            "{} trailing bytes",
            body.len() - used
        )));
    }
    Ok(msg)
}

/// Receives a message in bincode.
pub fn receive<T: DeserializeOwned>(r: &mut impl Read) -> Result<T, FrameError> {
    let body = read_frame(r)?;
    let (msg, used) = bincode::serde::decode_from_slice(&body, config())
        .map_err(|e| FrameError::Garbage(e.to_string()))?;
    if used != body.len() {
        return Err(FrameError::Garbage(format!(
            "{} trailing bytes",
            body.len() - used
        )));
    }
    Ok(msg)
}

/// Sends a handshake message in JSON.
pub fn send_json<T: Serialize>(w: &mut impl Write, msg: &T) -> std::io::Result<()> {
    let body = serde_json::to_vec(msg).map_err(std::io::Error::other)?;
    write_frame(w, &body)
}

/// Receives a handshake message in JSON.
pub fn receive_json<T: DeserializeOwned>(r: &mut impl Read) -> Result<T, FrameError> {
    let body = read_frame_upto(r, MAX_HELLO)?;
    serde_json::from_slice(&body).map_err(|e| FrameError::Garbage(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_round_trips_through_a_frame() {
        let mut buf = Vec::new();
        send(&mut buf, &Request::Pregnancy("c1".into())).unwrap();
        let back: Request = receive(&mut buf.as_slice()).unwrap();
        assert!(matches!(back, Request::Pregnancy(id) if id == "c1"));
    }

    #[test]
    fn an_oversized_frame_is_refused_before_its_body_is_read() {
        let buf = (MAX_FRAME + 1).to_be_bytes();
        assert!(matches!(
            read_frame(&mut buf.as_slice()),
            Err(FrameError::TooLarge(_))
        ));
    }

    #[test]
    fn a_length_inside_a_message_is_not_believed_beyond_the_frame_limit() {
        // Request::Pregnancy with a string said to be 2^40 bytes long.
        let mut body = vec![2u8, 0xfd];
        body.extend_from_slice(&(1u64 << 40).to_le_bytes());
        let mut buf = Vec::new();
        write_frame(&mut buf, &body).unwrap();
        assert!(matches!(
            receive::<Request>(&mut buf.as_slice()),
            Err(FrameError::Garbage(_))
        ));
        let mut body = vec![2u8, 0xff];
        body.extend_from_slice(&u128::MAX.to_le_bytes());
        let mut buf = Vec::new();
        write_frame(&mut buf, &body).unwrap();
        assert!(receive::<Request>(&mut buf.as_slice()).is_err());
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_are_a_request_or_an_error_never_a_panic(
            body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..96)
        ) {
            let _ = decode::<Request>(&body);
            let _ = decode::<Response>(&body);
        }
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let mut buf = Vec::new();
        write_frame(&mut buf, &[0xff; 40]).unwrap();
        assert!(matches!(
            receive::<Request>(&mut buf.as_slice()),
            Err(FrameError::Garbage(_))
        ));
        let mut short = Vec::new();
        short.extend_from_slice(&100u32.to_be_bytes());
        short.extend_from_slice(b"abc");
        assert!(matches!(
            read_frame(&mut short.as_slice()),
            Err(FrameError::Closed)
        ));
    }

    #[test]
    fn the_handshake_of_another_version_still_reads() {
        let json = br#"{"program":"perinat","protocol":7,"version":"9.9.9","lang":"fr","from":null,"interactive":false,"future":"field"}"#;
        let mut buf = Vec::new();
        write_frame(&mut buf, json).unwrap();
        let h: Hello = receive_json(&mut buf.as_slice()).unwrap();
        assert_eq!((h.protocol, h.version.as_str()), (7, "9.9.9"));
    }
}
