//! The terminal UI (ratatui + crossterm) and its key bindings.

pub mod keymap;
