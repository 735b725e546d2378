//! The screens a global key opens, registered once: their keymap section (whose name
//! is also the [global] key that opens them), the actions their keys may do, and how
//! each is made. The app and the keymap know nothing else of them: a new screen is its
//! module, its keymap.toml section and key, its catalog lines and one line here.

use crate::tui::component::{Component, Ctx};
use crate::tui::keymap::{Action, Section};

/// A screen a global key opens.
pub struct Entry {
    /// Its keymap section; `Action::Show(section)` opens it.
    pub section: Section,
    /// What its keys may do.
    pub actions: &'static [Action],
    /// Makes it on the data as it is now (an error says why it cannot open).
    pub make: fn(&Ctx) -> Result<Box<dyn Component>, String>,
}

/// Every screen a global key opens (the caseload is always open, under them all).
#[rustfmt::skip]
pub const SCREENS: &[Entry] = &[
    Entry { section: crate::tui::billing::SECTION, actions: crate::tui::billing::ACTIONS, make: crate::tui::billing::make },
    Entry { section: crate::tui::info::TARIFFS, actions: crate::tui::info::TARIFFS_ACTIONS, make: crate::tui::info::make_tariffs },
    Entry { section: crate::tui::todo::SECTION, actions: crate::tui::todo::ACTIONS, make: crate::tui::todo::make },
    Entry { section: crate::tui::providers::SECTION, actions: crate::tui::providers::ACTIONS, make: crate::tui::providers::make },
];

/// The screen `action` opens.
pub fn opened_by(action: Action) -> Option<&'static Entry> {
    match action {
        Action::Show(section) => SCREENS.iter().find(|e| e.section == section),
        _ => None,
    }
}
