//! The terminal UI (ratatui + crossterm): the app model and its screens, forms and key
//! bindings, and the terminal handling that puts them on screen.

pub mod app;
pub mod billing;
pub mod case;
pub mod caseload;
pub mod form;
pub mod forms;
pub mod info;
pub mod keymap;
pub mod loader;
pub mod picker;
pub mod terminal;
pub mod text_field;
pub mod theme;

pub use app::App;

#[cfg(test)]
mod billing_tests;
#[cfg(test)]
mod form_tests;
#[cfg(test)]
mod lang_tests;
#[cfg(test)]
mod tests;
