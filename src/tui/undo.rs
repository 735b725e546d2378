//! This session's changes, to undo and redo one after the other. Each says what it was
//! ("follow-up on housing for Mia Fantôme"); each is written back only over the record as
//! this user left it, so an undo never erases somebody else's later change (R63's guard
//! applies as for any write: billing marks are not undone, they are corrected).

use crate::domain::model::{Pregnancy, Provider};
use crate::store::CaseloadApi;
use crate::t;

/// How many changes a session remembers.
const DEPTH: usize = 100;

/// One change, both ways.
#[derive(Debug, Clone)]
pub enum Change {
    Case {
        id: String,
        before: Option<Box<Pregnancy>>,
        after: Option<Box<Pregnancy>>,
        /// The case's revision after the change (0: deleted): undoing over somebody
        /// else's later change is refused.
        revision: u64,
    },
    Provider {
        id: String,
        before: Option<Box<Provider>>,
        after: Option<Box<Provider>>,
    },
    /// Billing marks: final (R63), taken back only by a withdrawal with its reason.
    Billed,
}

/// A change and what it was, in the user's words.
#[derive(Debug, Clone)]
pub struct Entry {
    pub what: String,
    pub change: Change,
}

/// Why a change could not be put back, and whether it never can (the record changed
/// or went since: the entry is left out) or might later (the server busy or away: the
/// entry stays).
struct Failure {
    message: String,
    never: bool,
}

impl From<crate::store::StoreError> for Failure {
    fn from(e: crate::store::StoreError) -> Failure {
        use crate::store::StoreError as E;
        let never = matches!(
            e,
            E::Stale(..) | E::Refused(_) | E::NotFound(_) | E::Invalid(_)
        );
        Failure {
            message: e.to_string(),
            never,
        }
    }
}

/// What undo or redo did: the message, and the case and providers to read again.
pub struct Done {
    pub message: String,
    pub case: Option<String>,
    pub providers: bool,
}

/// The session's undo and redo stacks.
#[derive(Debug, Default)]
pub struct UndoLog {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
}

impl UndoLog {
    /// A new change: it can be undone; what was undone can no longer be redone.
    pub fn push(&mut self, what: String, change: Change) {
        self.undo.push(Entry { what, change });
        if self.undo.len() > DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Undoes the last change. `Err` is the message saying why not.
    pub fn undo(&mut self, api: &dyn CaseloadApi) -> Result<Done, String> {
        // A billing mark is final (R63): said, and left behind, so that the next undo
        // reaches the change before it.
        if self
            .undo
            .last()
            .is_some_and(|e| matches!(e.change, Change::Billed))
        {
            self.undo.pop();
            return Err(String::new());
        }
        self.step(api, true)
    }

    /// Does again what was last undone.
    pub fn redo(&mut self, api: &dyn CaseloadApi) -> Result<Done, String> {
        self.step(api, false)
    }

    /// Takes the last entry of one stack (undo's, or redo's), puts its `before` side
    /// back, and keeps it reversed on the other stack.
    fn step(&mut self, api: &dyn CaseloadApi, undo: bool) -> Result<Done, String> {
        let (from, to) = if undo {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(entry) = from.pop() else {
            return Err(if undo {
                t!("status-nothing-to-undo")
            } else {
                t!("status-nothing-to-redo")
            });
        };
        let what = entry.what.as_str();
        match apply(api, &entry.change) {
            Ok((reversed, done)) => {
                let message = if undo {
                    t!("status-undone", what = what)
                } else {
                    t!("status-redone", what = what)
                };
                follow(from, &reversed);
                to.push(Entry {
                    what: entry.what,
                    change: reversed,
                });
                Ok(Done { message, ..done })
            }
            // It can never be put back now (somebody changed or removed the record
            // since): it is left out, so that the entries before it still work.
            Err(f) if f.never => Err(if undo {
                t!("status-undo-failed", what = what, error = f.message)
            } else {
                t!("status-redo-failed", what = what, error = f.message)
            }),
            // The server busy or away: it stays, to try again.
            Err(f) => {
                let message = t!("status-undo-later", what = what, error = f.message);
                from.push(entry);
                Err(message)
            }
        }
    }
}

/// The case was just written at a new revision, holding what the latest entry of
/// `stack` for it left: that entry now stands on the new revision (undoing two changes
/// of one case in a row is not "somebody else's change").
fn follow(stack: &mut [Entry], written: &Change) {
    let Change::Case { id, revision, .. } = written else {
        return;
    };
    let latest = stack.iter_mut().rev().find_map(|e| match &mut e.change {
        Change::Case {
            id: i, revision: r, ..
        } if i == id => Some(r),
        _ => None,
    });
    if let Some(r) = latest {
        *r = *revision;
    }
}

/// Puts back the `before` side of a change; returns the change reversed (a redo entry
/// is stored that way, so the same function does both).
fn apply(api: &dyn CaseloadApi, change: &Change) -> Result<(Change, Done), Failure> {
    match change {
        Change::Case {
            id,
            before,
            after,
            revision,
        } => {
            let revision = match before {
                Some(p) => api.save_pregnancy((**p).clone(), Some(*revision))?,
                None => {
                    api.delete_pregnancy_based(id, Some(*revision))?;
                    0
                }
            };
            Ok((
                Change::Case {
                    id: id.clone(),
                    before: after.clone(),
                    after: before.clone(),
                    revision,
                },
                Done {
                    message: String::new(),
                    case: Some(id.clone()),
                    providers: false,
                },
            ))
        }
        Change::Provider { id, before, after } => {
            // Only over the provider as this user left it (not merged away, not changed
            // by a colleague since, not another one made under the same id).
            let now = api.providers()?.into_iter().find(|p| p.id == *id);
            if now.as_ref() != after.as_deref() {
                return Err(Failure {
                    message: t!("undo-provider-changed"),
                    never: true,
                });
            }
            match before {
                Some(p) => api.put_provider((**p).clone())?,
                None => api.delete_provider(id)?,
            }
            Ok((
                Change::Provider {
                    id: id.clone(),
                    before: after.clone(),
                    after: before.clone(),
                },
                Done {
                    message: String::new(),
                    case: None,
                    providers: true,
                },
            ))
        }
        Change::Billed => Err(Failure {
            message: String::new(),
            never: true,
        }),
    }
}
