//! Hearing every process's commits through PostgreSQL's own notifications: a commit
//! sends `NOTIFY perinat` with what it changed (the same [`Committed`] the server
//! announces), and a watcher, on a connection of its own, turns what it hears into
//! the [`Live`] events the UI already follows: `Committed`, `Lost` when the database
//! goes away, `Back` when it is reached again.

use super::url::Place;
use crate::store::api::{Committed, Live};
use crate::store::records::Actor;
use postgres::fallible_iterator::FallibleIterator;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TrySendError};
use std::time::Duration;

/// The channel every commit is announced on.
pub const CHANNEL: &str = "perinat";

/// The most a notification carries (PostgreSQL's limit is 8000 bytes): a larger notice
/// goes as a change of everything.
const MAX_PAYLOAD: usize = 7900;

/// How many notices may wait for a UI that does not read them (suspended): past that
/// it is told to read everything again once it reads.
const BACKLOG: usize = 1024;

/// The payload that announces `note`.
pub fn payload(note: &Committed) -> String {
    let text = serde_json::to_string(note).unwrap_or_default();
    if text.len() <= MAX_PAYLOAD && !text.is_empty() {
        return text;
    }
    let everything = Committed {
        cases: Vec::new(),
        everything: true,
        ..note.clone()
    };
    serde_json::to_string(&everything).unwrap_or_default()
}

/// What a notification says: the commit it announces, or (one this build cannot read)
/// a change of everything.
fn heard(payload: &str) -> Live {
    Live::Committed(
        serde_json::from_str::<Committed>(payload).unwrap_or_else(|_| Committed {
            seq: 0,
            cases: Vec::new(),
            providers: false,
            settings: false,
            everything: true,
            by: Actor {
                user: String::new(),
                from: None,
            },
            action: None,
        }),
    )
}

/// Starts watching the caseload at `place`: a thread with a connection of its own,
/// which ends when the receiver is dropped.
pub fn start(place: Place) -> Receiver<Live> {
    let (tx, rx) = sync_channel(BACKLOG);
    let _ = std::thread::Builder::new()
        .name("perinat-listen".into())
        .spawn(move || listen(&place, &tx));
    rx
}

/// Whether the watcher goes on.
enum Told {
    Yes,
    /// The UI has not read its backlog: it reads everything once it does.
    Full,
    Gone,
}

fn tell(tx: &SyncSender<Live>, live: Live) -> Told {
    match tx.try_send(live) {
        Ok(()) => Told::Yes,
        Err(TrySendError::Full(_)) => Told::Full,
        Err(TrySendError::Disconnected(_)) => Told::Gone,
    }
}

fn listen(place: &Place, tx: &SyncSender<Live>) {
    let mut lost = false;
    let mut behind = false;
    loop {
        let mut client = match place.connect().and_then(|mut c| {
            match c.batch_execute(&format!("LISTEN {CHANNEL}")) {
                Ok(()) => Ok(c),
                Err(e) => Err(place.error(&e, false)),
            }
        }) {
            Ok(c) => c,
            Err(e) => {
                if !lost {
                    lost = true;
                    if let Told::Gone = tell(tx, Live::Lost(e.to_string())) {
                        return;
                    }
                }
                std::thread::sleep(Duration::from_millis(300));
                continue;
            }
        };
        if lost {
            behind = false;
            match tell(tx, Live::Back) {
                Told::Gone => return,
                Told::Full => behind = true,
                Told::Yes => {}
            }
        }
        let why = loop {
            let next = client
                .notifications()
                .timeout_iter(Duration::from_millis(500))
                .next();
            match next {
                Ok(Some(n)) => {
                    if behind {
                        continue;
                    }
                    match tell(tx, heard(n.payload())) {
                        Told::Gone => return,
                        Told::Full => behind = true,
                        Told::Yes => {}
                    }
                }
                // Quiet: the connection is asked whether it is still there (a closed
                // one is quiet too), and a UI that fell behind is told to read
                // everything.
                Ok(None) => {
                    if let Err(e) = client.batch_execute("") {
                        break place.error(&e, false);
                    }
                    if behind {
                        match tell(tx, Live::Back) {
                            Told::Gone => return,
                            Told::Yes => behind = false,
                            Told::Full => {}
                        }
                    }
                }
                Err(e) => break place.error(&e, false),
            }
        };
        drop(client);
        lost = true;
        if let Told::Gone = tell(tx, Live::Lost(why.to_string())) {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_notice_goes_as_a_change_of_everything_within_the_limit() {
        let note = Committed {
            seq: 7,
            cases: (0..100)
                .map(|i| format!("case-with-a-long-id-{i:080}"))
                .collect(),
            providers: false,
            settings: false,
            everything: false,
            by: Actor {
                user: "anne".into(),
                from: None,
            },
            action: None,
        };
        let p = payload(&note);
        assert!(p.len() <= MAX_PAYLOAD);
        match heard(&p) {
            Live::Committed(c) => {
                assert!(c.everything && c.cases.is_empty() && c.seq == 7);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_unreadable_notice_is_a_change_of_everything() {
        match heard("not json") {
            Live::Committed(c) => assert!(c.everything),
            other => panic!("{other:?}"),
        }
    }
}
