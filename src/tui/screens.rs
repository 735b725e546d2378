//! The screens a global key opens, registered once: the key's action, and how the
//! screen is made. The app knows nothing else of them; a new screen is its module, its
//! keymap section, its catalog lines and one line here.

use crate::tui::component::{Component, Ctx};
use crate::tui::keymap::{Action, Section};

/// A screen a global key opens.
pub struct Entry {
    /// The global action that opens it.
    pub opens: Action,
    pub section: Section,
    /// Makes it on the data as it is now (an error says why it cannot open).
    pub make: fn(&Ctx) -> Result<Box<dyn Component>, String>,
}

/// Every screen a global key opens (the caseload is always open, under them all).
pub const SCREENS: &[Entry] = &[
    Entry {
        opens: Action::Billing,
        section: Section::Billing,
        make: crate::tui::billing::make,
    },
    Entry {
        opens: Action::Tariffs,
        section: Section::Tariffs,
        make: crate::tui::info::make_tariffs,
    },
    Entry {
        opens: Action::Todo,
        section: Section::Todo,
        make: crate::tui::todo::make,
    },
    Entry {
        opens: Action::Providers,
        section: Section::Providers,
        make: crate::tui::providers::make,
    },
];

/// The screen `action` opens.
pub fn opened_by(action: Action) -> Option<&'static Entry> {
    SCREENS.iter().find(|e| e.opens == action)
}
