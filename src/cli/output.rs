//! Where the command line writes: standard output that tolerates a closed pipe
//! (`perinat export | head`), and files written atomically (a temporary file renamed
//! into place), so that an interrupted export never leaves half a file.

use super::Failure;
use std::io::{self, BufWriter, Write};
use std::path::Path;

pub struct Out {
    stdout: io::Stdout,
}

fn pipe_ok(r: io::Result<()>) -> Result<(), Failure> {
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure(format!("cannot write the output: {e}"))),
        Ok(()) => Ok(()),
    }
}

impl Out {
    pub fn stdout() -> Out {
        Out {
            stdout: io::stdout(),
        }
    }

    pub fn text(&mut self, s: &str) -> Result<(), Failure> {
        let mut lock = self.stdout.lock();
        pipe_ok(lock.write_all(s.as_bytes()).and_then(|_| lock.flush()))
    }

    pub fn write_with(
        &mut self,
        f: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), Failure> {
        let mut w = BufWriter::new(self.stdout.lock());
        pipe_ok(f(&mut w).and_then(|_| w.flush()))
    }
}

/// Writes `path` through a temporary file in the same directory, synced, then renamed.
pub fn write_file_atomically(
    path: &Path,
    f: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(&dir)?;
    {
        let mut w = BufWriter::new(tmp.as_file_mut());
        f(&mut w)?;
        w.flush()?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
