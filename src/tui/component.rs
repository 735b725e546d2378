//! What every screen and overlay is to the app: a component with its own state that
//! answers keys and actions with effects, draws itself, refreshes on other people's
//! changes, and lists its commands, the one list the footer and the help are made of.
//!
//! The app routes keys in one place (global keys first), applies the effects, and owns
//! what all screens share: the store, the directory, the rules, today, the keymap.

use crate::domain::model::{Directory, Pregnancy, Provider};
use crate::domain::RuleSet;
use crate::tui::app::Confirm;
use crate::tui::forms::{FormKind, OpenForm};
use crate::tui::keymap::{Action, Key, Keymap, Section};
use crate::tui::loader::SharedStore;
use crate::tui::theme::Theme;
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::Frame;
use std::any::Any;

/// What every component may read: shared, never changed by a component.
pub struct Ctx<'a> {
    pub store: &'a SharedStore,
    pub dir: &'a Directory,
    pub providers: &'a [Provider],
    pub rules: &'a RuleSet,
    pub today: NaiveDate,
    pub theme: Theme,
    pub keymap: &'a Keymap,
    /// The signed-in person's provider id, when one is linked to their login.
    pub me: Option<&'a str>,
    /// The signed-in person's login name, when known.
    pub login: Option<&'a str>,
}

/// What a component asks the app to do.
pub enum Effect {
    /// A message in the footer: done.
    Ok(String),
    /// A message in the footer: refused or failed.
    Fail(String),
    /// Open the form of this kind on the data as it is now.
    OpenForm(FormKind),
    /// Show a form already filled in.
    ShowForm(OpenForm),
    /// Ask before doing.
    Ask(Confirm),
    /// Put this over the screen.
    Overlay(Box<dyn Component>),
    /// Take away the overlay (the one that asked).
    CloseOverlay,
    /// Open a case on the case screen; `at` selects what it is about.
    OpenCase {
        id: String,
        at: Option<crate::domain::todo::Place>,
    },
    /// Leave this screen for the one it was opened from.
    Back,
    /// A form was saved: write it.
    Save(Box<OpenForm>),
    /// A question was answered yes.
    Confirmed(Confirm),
    /// Read everything again (providers, tables, every case).
    Reload,
    /// Quit perinat.
    Quit,
}

/// Why "mine" cannot be shown: the login name unknown, or no provider linked to it.
pub fn who_am_i_unknown(ctx: &Ctx) -> Effect {
    Effect::Fail(crate::t!(
        "status-who-am-i-unknown",
        login = ctx.login.unwrap_or("none")
    ))
}

/// One thing a component can do now, for the footer and the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Command {
    pub action: Action,
    /// Possible on what is selected (the help lists the others as not possible here).
    pub enabled: bool,
    /// Worth a place in the footer.
    pub footer: bool,
}

impl Command {
    pub fn new(action: Action) -> Command {
        Command {
            action,
            enabled: true,
            footer: false,
        }
    }

    /// Shown in the footer when it fits.
    pub fn main(action: Action) -> Command {
        Command {
            footer: true,
            ..Command::new(action)
        }
    }

    pub fn when(self, enabled: bool) -> Command {
        Command { enabled, ..self }
    }
}

/// The commands that move in a list, for a screen's help.
pub fn movement() -> [Command; 6] {
    [
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::Top,
        Action::Bottom,
    ]
    .map(Command::new)
}

/// Moves `selected` in a list of `len` lines shown `page` at a time; false when `a` is
/// not a movement.
pub fn move_in_list(a: Action, selected: &mut usize, len: usize, page: usize) -> bool {
    let last = len.saturating_sub(1);
    let page = page.max(1);
    *selected = match a {
        Action::Up => selected.saturating_sub(1),
        Action::Down => (*selected + 1).min(last),
        Action::PageUp => selected.saturating_sub(page),
        Action::PageDown => (*selected + page).min(last),
        Action::Top => 0,
        Action::Bottom => last,
        _ => return false,
    };
    true
}

/// A key typed into a screen's search line: characters go in, Backspace takes one
/// out, Enter keeps the search, Esc clears it. False when the key is not one of these.
pub fn search_key(search: &mut String, searching: &mut bool, key: crate::tui::keymap::Key) -> bool {
    use crate::tui::keymap::KeyCodeOrd;
    match key.code {
        KeyCodeOrd::Char(ch) if !key.ctrl && !key.alt => search.push(ch),
        KeyCodeOrd::Backspace => {
            search.pop();
        }
        KeyCodeOrd::Enter => *searching = false,
        KeyCodeOrd::Esc => {
            search.clear();
            *searching = false;
        }
        _ => return false,
    }
    true
}

/// What changed under the screens.
pub enum Refresh<'a> {
    /// These cases as they are now (none: deleted), with their revisions.
    Cases(&'a [(String, Option<crate::store::Versioned>)]),
    /// Everything may have changed (providers, tables, the whole caseload, the day).
    Everything,
}

/// A screen or an overlay.
pub trait Component: Any {
    /// Its keymap section.
    fn section(&self) -> Section;

    /// Its name in the title line.
    fn title(&self) -> String {
        String::new()
    }

    /// What it can do now, most useful first.
    fn commands(&self, ctx: &Ctx) -> Vec<Command>;

    /// A key before the keymap sees it (typing into a search or a form); `None` lets
    /// the keymap have it.
    fn key(&mut self, _key: Key, _ctx: &Ctx) -> Option<Vec<Effect>> {
        None
    }

    /// An action of its section.
    fn act(&mut self, action: Action, ctx: &Ctx) -> Vec<Effect>;

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx);

    /// Others (or this user elsewhere) changed data.
    fn refresh(&mut self, _what: &Refresh, _ctx: &Ctx) -> Vec<Effect> {
        Vec::new()
    }

    /// Shown again after another screen (the billing screen reads its lines again).
    fn reenter(&mut self, ctx: &Ctx) -> Vec<Effect> {
        self.refresh(&Refresh::Everything, ctx)
    }

    /// Takes in work it left running in the background: `None` while there is nothing
    /// new, else what to do now that it is in.
    fn poll(&mut self, _ctx: &Ctx) -> Option<Vec<Effect>> {
        None
    }

    /// Waits for its work in the background (tests, benchmarks).
    fn finish(&mut self, _ctx: &Ctx) -> Vec<Effect> {
        Vec::new()
    }

    /// Something typed that leaving would lose.
    fn unsaved(&self) -> bool {
        false
    }

    /// The case it shows, if any (undo and redo say when they act elsewhere).
    fn case_id(&self) -> Option<&str> {
        None
    }

    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

/// The `as_any` pair every component writes the same way.
#[macro_export]
macro_rules! any_component {
    () => {
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
        fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
            self
        }
    };
}

/// The case a refresh carries for `id`: `Some(None)` when it was deleted, `None` when it
/// is not among the changed ones.
pub fn changed_case<'a>(
    what: &'a Refresh,
    id: &str,
) -> Option<Option<&'a crate::store::Versioned>> {
    match what {
        Refresh::Cases(cases) => cases
            .iter()
            .rev()
            .find(|(c, _)| c == id)
            .map(|(_, v)| v.as_ref()),
        Refresh::Everything => None,
    }
}

/// The pregnancies of a refresh, as the billing screen takes them.
pub fn pregnancies(
    cases: &[(String, Option<crate::store::Versioned>)],
) -> Vec<(String, Option<Pregnancy>)> {
    cases
        .iter()
        .map(|(id, v)| (id.clone(), v.as_ref().map(|v| v.pregnancy.clone())))
        .collect()
}
