//! What goes over a screen: a form being filled in, a question, a notice to read, and
//! the scrolled boxes (help, a case's history). Each is a component: it takes every key
//! while it is up and answers with effects.

use crate::t;
use crate::tui::app::Confirm;
use crate::tui::component::{Command, Component, Ctx, Effect};
use crate::tui::form::Outcome;
use crate::tui::forms::{self, OpenForm};
use crate::tui::keymap::{Action, Key, KeyCodeOrd, Lookup, Section};
use ratatui::layout::Rect;
use ratatui::Frame;

/// A form being filled in.
pub struct FormOverlay {
    pub open: OpenForm,
}

impl Component for FormOverlay {
    fn section(&self) -> Section {
        Section::Form
    }

    fn commands(&self, _ctx: &Ctx) -> Vec<Command> {
        // The form shows its own keys, for the field in focus: none in the footer.
        Section::Form
            .actions()
            .iter()
            .map(|a| Command::new(*a))
            .collect()
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Option<Vec<Effect>> {
        Some(match self.open.form.on_key(key, ctx.keymap) {
            Outcome::Continue => {
                forms::refresh_live(&self.open.kind, &mut self.open.form, ctx.rules);
                Vec::new()
            }
            Outcome::Cancel if self.open.changed() => {
                vec![Effect::Ask(Confirm::LeaveForm { quit: false })]
            }
            Outcome::Cancel => vec![Effect::CloseOverlay, Effect::Ok(t!("status-cancelled"))],
            Outcome::Save => vec![Effect::Save(Box::new(self.open.clone()))],
        })
    }

    fn act(&mut self, _action: Action, _ctx: &Ctx) -> Vec<Effect> {
        Vec::new()
    }

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        self.open.form.draw(f, area, ctx.theme, ctx.keymap)
    }

    fn unsaved(&self) -> bool {
        self.open.changed()
    }

    crate::any_component!();
}

/// A question: yes (`y`, Enter) does it; any other key does not. What it was asked over
/// (a form being left) comes back on "no", as it was.
pub struct ConfirmOverlay {
    pub question: Confirm,
    pub under: Option<Box<dyn Component>>,
}

impl ConfirmOverlay {
    fn text(&self) -> String {
        match &self.question {
            Confirm::DeletePregnancy { case, .. } => t!("confirm-delete", id = case.id.as_str()),
            Confirm::DeleteRecord { what, .. } => t!("confirm-delete-record", what = what.as_str()),
            Confirm::DeleteProvider { name, .. } => {
                t!("confirm-delete-provider", name = name.as_str())
            }
            Confirm::LeaveForm { quit: true } => t!("confirm-quit-unsaved"),
            Confirm::LeaveForm { quit: false } => t!("confirm-discard"),
            Confirm::MarkExpired { lines, expired } => t!(
                "confirm-mark-expired",
                expired = *expired,
                count = lines.len()
            ),
        }
    }
}

impl Component for ConfirmOverlay {
    fn section(&self) -> Section {
        Section::Help
    }

    fn commands(&self, _ctx: &Ctx) -> Vec<Command> {
        Vec::new()
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Option<Vec<Effect>> {
        let yes = matches!(
            key.code,
            KeyCodeOrd::Char('y') | KeyCodeOrd::Char('Y') | KeyCodeOrd::Enter
        );
        let question = std::mem::replace(&mut self.question, Confirm::LeaveForm { quit: false });
        Some(match (yes, self.under.take()) {
            (true, _) => vec![Effect::CloseOverlay, Effect::Confirmed(question)],
            // "No" to leaving a form: back to it, as it was.
            (false, Some(under)) => vec![Effect::Overlay(under)],
            (false, None) => vec![Effect::CloseOverlay, Effect::Ok(t!("status-cancelled"))],
        })
    }

    fn act(&mut self, _action: Action, _ctx: &Ctx) -> Vec<Effect> {
        Vec::new()
    }

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        crate::tui::info::draw_box(
            f,
            area,
            ctx.theme,
            &t!("confirm-title"),
            &[self.text(), String::new(), t!("confirm-keys")],
        );
    }

    fn unsaved(&self) -> bool {
        self.under.as_ref().is_some_and(|u| u.unsaved())
    }

    crate::any_component!();
}

/// Messages to read before going on; any key closes it.
pub struct NoticeOverlay {
    pub lines: Vec<String>,
}

impl Component for NoticeOverlay {
    fn section(&self) -> Section {
        Section::Help
    }

    fn commands(&self, _ctx: &Ctx) -> Vec<Command> {
        Vec::new()
    }

    fn key(&mut self, _key: Key, _ctx: &Ctx) -> Option<Vec<Effect>> {
        Some(vec![Effect::CloseOverlay])
    }

    fn act(&mut self, _action: Action, _ctx: &Ctx) -> Vec<Effect> {
        Vec::new()
    }

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        crate::tui::info::draw_box(f, area, ctx.theme, &t!("notice-title"), &self.lines)
    }

    crate::any_component!();
}

/// What a scrolled box shows.
pub enum Scrolled {
    /// Lines, wrapped to the box (a case's history).
    Lines(Vec<String>),
    /// A case's whole record (`report::record`), laid out for the box's width.
    Record(Vec<crate::report::record::RecordLine>),
}

/// A box of lines to scroll (a case's history, a record): Up/Down, Esc closes.
pub struct ScrolledOverlay {
    pub title: String,
    pub keys: String,
    pub text: Scrolled,
    pub scroll: u16,
}

impl Component for ScrolledOverlay {
    fn section(&self) -> Section {
        Section::Help
    }

    fn commands(&self, _ctx: &Ctx) -> Vec<Command> {
        vec![
            Command::main(Action::Down),
            Command::main(Action::PageDown),
            Command::main(Action::Back),
        ]
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Option<Vec<Effect>> {
        scroll_key(&mut self.scroll, key, ctx)
    }

    fn act(&mut self, _action: Action, _ctx: &Ctx) -> Vec<Effect> {
        Vec::new()
    }

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        let laid_out;
        let lines = match &self.text {
            Scrolled::Lines(l) => l,
            Scrolled::Record(r) => {
                let cols = usize::from(area.width.saturating_sub(2));
                laid_out = crate::report::record::render(r, cols)
                    .lines()
                    .map(str::to_string)
                    .collect::<Vec<_>>();
                &laid_out
            }
        };
        // The last line reaches the bottom, not beyond (and PageDown stops there).
        self.scroll = crate::tui::info::draw_scrolled(
            f,
            area,
            ctx.theme,
            &self.title,
            &self.keys,
            lines,
            self.scroll,
        );
    }

    crate::any_component!();
}

/// A key in a scrolled box: moves `scroll`; Back (or the key that opened help) closes.
pub fn scroll_key(scroll: &mut u16, key: Key, ctx: &Ctx) -> Option<Vec<Effect>> {
    Some(match ctx.keymap.lookup(Section::Help, &[key]) {
        Lookup::Action(Action::Up) => {
            *scroll = scroll.saturating_sub(1);
            Vec::new()
        }
        Lookup::Action(Action::Down) => {
            *scroll = scroll.saturating_add(1);
            Vec::new()
        }
        Lookup::Action(Action::PageUp) => {
            *scroll = scroll.saturating_sub(10);
            Vec::new()
        }
        Lookup::Action(Action::PageDown) => {
            *scroll = scroll.saturating_add(10);
            Vec::new()
        }
        Lookup::Action(Action::Top) => {
            *scroll = 0;
            Vec::new()
        }
        // The box stops at its last line when drawn.
        Lookup::Action(Action::Bottom) => {
            *scroll = u16::MAX;
            Vec::new()
        }
        Lookup::Action(Action::Back | Action::Help) => vec![Effect::CloseOverlay],
        Lookup::Action(Action::Quit) => vec![Effect::Quit],
        _ => Vec::new(),
    })
}
