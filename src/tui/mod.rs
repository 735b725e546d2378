//! The terminal UI (ratatui + crossterm): the app model and its screens, forms and key
//! bindings, and the terminal handling that puts them on screen.

pub mod app;
pub mod background;
pub mod billing;
pub mod case;
pub mod caseload;
pub mod component;
pub mod describe;
pub mod form;
pub mod forms;
pub mod info;
pub mod keymap;
pub mod loader;
pub mod overlays;
pub mod picker;
pub mod providers;
pub mod screens;
pub mod terminal;
pub mod text_field;
pub mod theme;
pub mod todo;
pub mod undo;

pub use app::App;

#[cfg(test)]
mod billing_tests;
#[cfg(test)]
mod correct_tests;
#[cfg(test)]
mod form_tests;
#[cfg(test)]
mod lang_tests;
#[cfg(test)]
mod monday_tests;
#[cfg(test)]
mod tests;
