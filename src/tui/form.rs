//! A form: labelled fields (text with a check, or a choice), live validation shown next
//! to the field, and nothing lost on an error. What a form means is in `forms.rs`.

use crate::domain::ids::{Inami, Niss};
use crate::t;
use crate::tui::keymap::{Action, Key, KeyCodeOrd, Keymap, Lookup, Section};
use crate::tui::theme::Theme;
use chrono::{NaiveDate, NaiveTime};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;

/// What a text field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Anything, empty included.
    Free,
    /// Any non-empty text.
    Required,
    /// A date, `YYYY-MM-DD` or `DD/MM/YYYY`; the bool says whether it is required.
    Date(bool),
    /// `HH:MM`.
    Time,
    /// A whole number in the range.
    Count(u32, u32),
    /// An INAMI number (R70); the bool says whether it is required.
    Inami(bool),
    /// A NISS (R71), optional.
    Niss,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Text {
        value: String,
        check: Check,
    },
    /// (value, label) options and the chosen one.
    Choice {
        options: Vec<(String, String)>,
        index: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub key: String,
    pub label: String,
    pub input: Input,
    pub error: Option<String>,
}

/// Parses the dates people type: ISO or Belgian `dd/mm/yyyy`.
pub fn parse_user_date(s: &str) -> Result<NaiveDate, String> {
    crate::domain::dates::parse_day(s).ok_or_else(|| t!("form-bad-date", value = s.trim()))
}

/// A time typed in a form (`14:30`, `14h30`).
pub fn parse_user_time(s: &str) -> Result<NaiveTime, String> {
    crate::domain::dates::parse_time(s).ok_or_else(|| t!("form-bad-time", value = s.trim()))
}

fn check(value: &str, check: Check) -> Result<(), String> {
    let v = value.trim();
    match check {
        Check::Free => Ok(()),
        Check::Required if v.is_empty() => Err(t!("form-required")),
        Check::Required => Ok(()),
        Check::Date(false) | Check::Inami(false) | Check::Niss if v.is_empty() => Ok(()),
        Check::Date(_) if v.is_empty() => Err(t!("form-required")),
        Check::Date(_) => parse_user_date(v).map(|_| ()),
        Check::Time => parse_user_time(v).map(|_| ()),
        Check::Count(lo, hi) => match v.parse::<u32>() {
            Ok(n) if (lo..=hi).contains(&n) => Ok(()),
            _ => Err(t!("form-bad-count", low = lo, high = hi)),
        },
        Check::Inami(_) if v.is_empty() => Err(t!("form-required")),
        Check::Inami(_) => Inami::parse(v).map(|_| ()),
        Check::Niss => Niss::parse(v).map(|_| ()),
    }
}

impl Field {
    pub fn text(key: &str, label: String, value: &str, check: Check) -> Field {
        let mut f = Field {
            key: key.into(),
            label,
            input: Input::Text {
                value: value.into(),
                check,
            },
            error: None,
        };
        f.recheck(false);
        f
    }

    /// A required date, shown as dd/mm/yyyy.
    pub fn date(key: &str, label: String, day: NaiveDate) -> Field {
        Field::text(
            key,
            label,
            &crate::i18n::format::date(day),
            Check::Date(true),
        )
    }

    /// A choice among (value, label) options, starting on `current` when present.
    pub fn choice(
        key: &str,
        label: String,
        options: Vec<(String, String)>,
        current: &str,
    ) -> Field {
        let index = options.iter().position(|(v, _)| v == current).unwrap_or(0);
        Field {
            key: key.into(),
            label,
            input: Input::Choice { options, index },
            error: None,
        }
    }

    pub fn yes_no(key: &str, label: String, value: bool) -> Field {
        Field::choice(
            key,
            label,
            vec![("no".into(), t!("form-no")), ("yes".into(), t!("form-yes"))],
            if value { "yes" } else { "no" },
        )
    }

    /// Checks the value; an empty required field only counts when `saving`.
    fn recheck(&mut self, saving: bool) {
        if let Input::Text { value, check: c } = &self.input {
            self.error = match check(value, *c) {
                Err(e) if saving || !value.trim().is_empty() => Some(e),
                _ => None,
            };
        }
    }

    pub fn value(&self) -> &str {
        match &self.input {
            Input::Text { value, .. } => value.trim(),
            Input::Choice { options, index } => options.get(*index).map_or("", |o| o.0.as_str()),
        }
    }

    fn shown(&self) -> String {
        match &self.input {
            Input::Text { value, .. } => value.clone(),
            Input::Choice { options, index } => options
                .get(*index)
                .map(|o| format!("‹ {} ›", o.1))
                .unwrap_or_default(),
        }
    }
}

/// What a key did to a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Continue,
    Save,
    Cancel,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// An error about the form as a whole (e.g. from the rules on save).
    pub message: Option<String>,
    /// A live result shown at the top (e.g. the scenario while screening).
    pub live: Option<String>,
    scroll: usize,
}

impl Form {
    pub fn new(title: String, fields: Vec<Field>) -> Form {
        Form {
            title,
            fields,
            focus: 0,
            message: None,
            live: None,
            scroll: 0,
        }
    }

    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// The trimmed value of a field ("" when absent).
    pub fn get(&self, key: &str) -> &str {
        self.field(key).map_or("", |f| f.value())
    }

    pub fn date(&self, key: &str) -> Option<NaiveDate> {
        let v = self.get(key);
        (!v.is_empty()).then(|| parse_user_date(v).ok()).flatten()
    }

    pub fn yes(&self, key: &str) -> bool {
        self.get(key) == "yes"
    }

    /// Puts an error on a field (from a rule checked on save).
    pub fn set_error(&mut self, key: &str, message: String) {
        match self.fields.iter_mut().find(|f| f.key == key) {
            Some(f) => f.error = Some(message),
            None => self.message = Some(message),
        }
    }

    /// Checks every field; true when all are valid. Focus goes to the first error.
    pub fn validate(&mut self) -> bool {
        for f in &mut self.fields {
            f.recheck(true);
        }
        match self.fields.iter().position(|f| f.error.is_some()) {
            Some(i) => {
                self.focus = i;
                false
            }
            None => true,
        }
    }

    pub fn on_key(&mut self, key: Key, keymap: &Keymap) -> Outcome {
        let len = self.fields.len();
        if let Some(field) = self.fields.get_mut(self.focus) {
            if let Input::Text { value, .. } = &mut field.input {
                match key.code {
                    // A control character or a bidi control (pasted, say) is not text.
                    KeyCodeOrd::Char(c) if crate::safe_text::is_unsafe(c) => {
                        return Outcome::Continue;
                    }
                    KeyCodeOrd::Char(c) if !key.ctrl && !key.alt => {
                        value.push(c);
                        field.recheck(false);
                        return Outcome::Continue;
                    }
                    KeyCodeOrd::Backspace => {
                        value.pop();
                        field.recheck(false);
                        return Outcome::Continue;
                    }
                    _ => {}
                }
            }
        }
        let Lookup::Action(action) = keymap.lookup(Section::Form, &[key]) else {
            return Outcome::Continue;
        };
        match action {
            Action::NextField => self.focus = (self.focus + 1) % len.max(1),
            Action::PreviousField => self.focus = (self.focus + len.max(1) - 1) % len.max(1),
            Action::NextChoice | Action::PreviousChoice => {
                if let Some(Field {
                    input: Input::Choice { options, index },
                    ..
                }) = self.fields.get_mut(self.focus)
                {
                    let n = options.len().max(1);
                    *index = if action == Action::NextChoice {
                        (*index + 1) % n
                    } else {
                        (*index + n - 1) % n
                    };
                }
            }
            Action::Save => return Outcome::Save,
            Action::Cancel => return Outcome::Cancel,
            _ => {}
        }
        Outcome::Continue
    }

    /// Every field's value, in order: what the form was opened with, to tell whether
    /// anything was typed since.
    pub fn values(&self) -> Vec<String> {
        self.fields.iter().map(|f| f.value().to_string()).collect()
    }

    pub fn draw(&mut self, f: &mut Frame, area: Rect, theme: Theme, keymap: &Keymap) {
        f.render_widget(Clear, area);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(Span::styled(format!(" {} ", self.title), theme.title()));
        let inner = block.inner(area);
        f.render_widget(block, area);
        let mut head = Vec::new();
        if let Some(live) = &self.live {
            for l in live.lines() {
                head.push(Line::styled(l.to_string(), theme.heading()));
            }
        }
        if let Some(m) = &self.message {
            head.push(Line::styled(format!("✗ {m}"), theme.error()));
        }
        let keys = [
            (Action::NextField, t!("form-key-next")),
            (Action::NextChoice, t!("form-key-choice")),
            (Action::Save, t!("form-key-save")),
            (Action::Cancel, t!("form-key-cancel")),
        ];
        let mut foot = Vec::new();
        for (a, label) in keys {
            let k = keymap.keys_for(Section::Form, a);
            if !k.is_empty() {
                foot.push(Span::styled(k, theme.key()));
                foot.push(Span::raw(format!(" {label}  ")));
            }
        }
        // A long message (a stale save names who changed what, and what to do) wraps
        // over as many rows as it needs, up to half the form; a row spare for word breaks.
        let width = usize::from(inner.width.max(1));
        let rows: usize = head
            .iter()
            .map(|l| match l.width().div_ceil(width) {
                0 | 1 => 1,
                n => n + 1,
            })
            .sum();
        let head_h = u16::try_from(rows)
            .unwrap_or(u16::MAX)
            .min(inner.height / 2);
        let body_h = inner.height.saturating_sub(head_h + 1);
        f.render_widget(
            Paragraph::new(head).wrap(Wrap { trim: false }),
            Rect {
                height: head_h.min(inner.height),
                ..inner
            },
        );
        // Each field takes one line, and one more for its error.
        let label_w = 26usize.min(usize::from(inner.width) / 2);
        let mut rows: Vec<(usize, Line)> = Vec::new();
        for (i, fld) in self.fields.iter().enumerate() {
            let focused = i == self.focus;
            let label = crate::report::format::pad(&fld.label, label_w);
            let mut value = fld.shown();
            if focused && matches!(fld.input, Input::Text { .. }) {
                value.push('▏');
            }
            let marker = if fld.error.is_some() {
                "✗ "
            } else if focused {
                "▶ "
            } else {
                "  "
            };
            let mut line = Line::from(vec![
                Span::styled(
                    marker,
                    if fld.error.is_some() {
                        theme.error()
                    } else {
                        theme.normal()
                    },
                ),
                Span::styled(label, theme.heading()),
                Span::raw(" "),
                Span::raw(value),
            ]);
            if focused {
                line = line.style(theme.selected());
            }
            rows.push((i, line));
            if let Some(e) = &fld.error {
                // The whole reason, wrapped under the value: a check message names the
                // problem and the fix, and neither may be cut.
                let indent = label_w + 3;
                let room = usize::from(inner.width).saturating_sub(indent).max(20);
                for part in crate::tui::info::wrap(e, room) {
                    rows.push((
                        i,
                        Line::styled(format!("{}{part}", " ".repeat(indent)), theme.error()),
                    ));
                }
            }
        }
        let first = rows.iter().position(|(i, _)| *i == self.focus).unwrap_or(0);
        let last = rows
            .iter()
            .rposition(|(i, _)| *i == self.focus)
            .unwrap_or(0);
        let h = usize::from(body_h).max(1);
        if first < self.scroll {
            self.scroll = first;
        }
        if last >= self.scroll + h {
            self.scroll = last + 1 - h;
        }
        let lines: Vec<Line> = rows
            .into_iter()
            .skip(self.scroll)
            .take(h)
            .map(|(_, l)| l)
            .collect();
        f.render_widget(
            Paragraph::new(lines),
            Rect {
                y: inner.y + head_h,
                height: body_h,
                ..inner
            },
        );
        f.render_widget(
            Paragraph::new(Line::from(foot)),
            Rect {
                y: inner.y + inner.height.saturating_sub(1),
                height: 1,
                ..inner
            },
        );
    }
}
