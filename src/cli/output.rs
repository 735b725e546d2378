//! Where the command line writes: standard output that tolerates a closed pipe
//! (`perinat export | head`), text for people made safe for a terminal
//! ([`crate::safe_text`]), and standard error the same way ([`eprint_safe`]); files are
//! written through [`crate::fsutil`].

use super::Failure;
use std::io::{self, BufWriter, Write};

pub struct Out {
    stdout: io::Stdout,
}

fn pipe_ok(r: io::Result<()>) -> Result<(), Failure> {
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure(crate::t!(
            "cli-cannot-write-output",
            error = e.to_string()
        ))),
        Ok(()) => Ok(()),
    }
}

impl Out {
    pub fn stdout() -> Out {
        Out {
            stdout: io::stdout(),
        }
    }

    /// Text for people: whatever the caseload put in it, no control character, escape
    /// sequence or bidi control reaches the terminal (each is shown as a visible mark).
    pub fn text(&mut self, s: &str) -> Result<(), Failure> {
        self.data(&crate::safe_text::shown_lines(s))
    }

    /// Data for programs (JSON, CSV), as it is, escaped by its own format; shown on a
    /// terminal, the characters a format leaves raw (C1 and bidi controls in JSON) are
    /// marks, as in text for people.
    pub fn data(&mut self, s: &str) -> Result<(), Failure> {
        let s = if std::io::IsTerminal::is_terminal(&self.stdout) {
            crate::safe_text::shown_lines(s)
        } else {
            std::borrow::Cow::Borrowed(s)
        };
        let mut lock = self.stdout.lock();
        pipe_ok(lock.write_all(s.as_bytes()).and_then(|_| lock.flush()))
    }

    /// `s` and a newline.
    pub fn line(&mut self, s: &str) -> Result<(), Failure> {
        self.text(&format!("{s}\n"))
    }

    /// Data written by `f`: streamed to a pipe or file; on a terminal, gathered and
    /// shown as [`data`](Self::data) shows it.
    pub fn write_with(
        &mut self,
        f: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), Failure> {
        if std::io::IsTerminal::is_terminal(&self.stdout) {
            let mut bytes = Vec::new();
            pipe_ok(f(&mut bytes))?;
            return self.data(&String::from_utf8_lossy(&bytes));
        }
        let mut w = BufWriter::new(self.stdout.lock());
        pipe_ok(f(&mut w).and_then(|_| w.flush()))
    }
}

pub use crate::fsutil::write_file_atomically;

/// Writes a line for people on standard error, every unsafe character shown as a mark.
pub fn eprint_safe(s: &str) {
    eprintln!("{}", crate::safe_text::shown_lines(s));
}

/// The width to lay text out in: the terminal's when standard output is one, else 80.
pub fn columns() -> usize {
    if std::io::IsTerminal::is_terminal(&io::stdout()) {
        if let Ok((cols, _)) = crossterm::terminal::size() {
            if cols >= 20 {
                return usize::from(cols);
            }
        }
    }
    80
}
