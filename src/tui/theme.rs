//! The UI's styles: the 16-colour palette (readable on dark and light backgrounds), or no
//! colour at all when NO_COLOR is set. Meaning never rests on colour alone: selection is
//! reverse video, alerts and statuses carry letters and words.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless NO_COLOR is set to a non-empty value (https://no-color.org).
    pub fn from_env() -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::default().fg(c)
        } else {
            Style::default()
        }
    }

    pub fn normal(self) -> Style {
        Style::default()
    }
    pub fn title(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    pub fn heading(self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }
    pub fn selected(self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
    pub fn alert(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub fn warn(self) -> Style {
        self.fg(Color::Magenta)
    }
    pub fn good(self) -> Style {
        self.fg(Color::Green)
    }
    pub fn muted(self) -> Style {
        self.fg(Color::Blue)
    }
    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
}
