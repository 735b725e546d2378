//! Work a screen starts off the UI thread (a scan of the whole caseload) and takes in
//! once it is ready, so that the key that opened the screen answers at once. The work
//! runs in the UI's language, as the loader's does.

use std::sync::mpsc::{channel, Receiver, TryRecvError};

/// Work under way.
pub struct Background<T> {
    rx: Receiver<Result<T, String>>,
}

impl<T: Send + 'static> Background<T> {
    /// Starts `work` on a thread of its own.
    pub fn start(work: impl FnOnce() -> Result<T, String> + Send + 'static) -> Background<T> {
        let (tx, rx) = channel();
        let lang = crate::i18n::language();
        std::thread::spawn(move || {
            let done = crate::i18n::with_language(lang, work);
            // The screen may have been closed meanwhile: nobody to tell.
            let _ = tx.send(done);
        });
        Background { rx }
    }

    /// The result once it is ready.
    pub fn poll(&self) -> Option<Result<T, String>> {
        match self.rx.try_recv() {
            Ok(done) => Some(done),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(crate::t!("background-lost"))),
        }
    }

    /// Waits for the result (tests, benchmarks).
    pub fn wait(&self) -> Result<T, String> {
        self.rx
            .recv()
            .unwrap_or_else(|_| Err(crate::t!("background-lost")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_result_comes_once_ready() {
        let b = Background::start(|| Ok(6 * 7));
        assert_eq!(b.wait(), Ok(42));
        let failed: Background<u8> = Background::start(|| Err("no".into()));
        assert_eq!(failed.wait(), Err("no".to_string()));
    }
}
