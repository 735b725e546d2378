//! The perinat server: one process owns a data directory's store and serves every
//! perinat on it (the UI and every command) over a Unix socket in that directory, so
//! that a whole practice works on one caseload at once, live.
//!
//! - [`protocol`]: the frames, the handshake and the messages;
//! - [`serve`]: the server (`perinat serve`, or started in the background by a client);
//! - [`client`]: the [`CaseloadApi`](crate::store::CaseloadApi) over the socket;
//! - [`access`]: who the peer is (from the kernel) and whether they may connect.

pub mod access;
pub mod client;
pub mod protocol;
pub mod serve;

pub use client::{Client, Unreachable};

use std::path::{Path, PathBuf};

/// The socket's file name inside the data directory.
pub const SOCKET: &str = "perinat.sock";

/// The socket of the server of `dir`.
pub fn socket_path(dir: &Path) -> PathBuf {
    dir.join(SOCKET)
}
