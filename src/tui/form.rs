//! A form: labelled fields (text with a check, or a choice), live validation shown next
//! to the field, and nothing lost on an error. What a form means is in `forms/`.

use crate::domain::ids::{Inami, Niss};
use crate::t;
use crate::tui::keymap::{Action, Key, Keymap, Lookup, Section};
pub use crate::tui::picker::{MultiPick, PickOption, Picker};
use crate::tui::text_field::{Edit, TextField};
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
    /// Typed text, on one line or (a note) several.
    Text { editor: TextField, check: Check },
    /// (value, label) options and the chosen one.
    Choice {
        options: Vec<(String, String)>,
        index: usize,
    },
    /// One of many, found by typing (a provider).
    Pick(Picker),
    /// An ordered list of several, each found by typing (a team, participants).
    Multi(MultiPick),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub key: String,
    pub label: String,
    pub input: Input,
    pub error: Option<String>,
    /// A screening answer: single keys answer it (v, n, u) and go on to the next.
    pub answer: bool,
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
    fn with(key: &str, label: String, input: Input) -> Field {
        Field {
            key: key.into(),
            label,
            input,
            error: None,
            answer: false,
        }
    }

    /// Text on one line.
    pub fn text(key: &str, label: String, value: &str, check: Check) -> Field {
        let mut f = Field::with(
            key,
            label,
            Input::Text {
                editor: TextField::new(value, false),
                check,
            },
        );
        f.recheck(false);
        f
    }

    /// Text over several lines that wrap (a care plan, a report, a note): Enter starts a
    /// new line, Ctrl-S saves.
    pub fn note(key: &str, label: String, value: &str, check: Check) -> Field {
        let mut f = Field::with(
            key,
            label,
            Input::Text {
                editor: TextField::new(value, true),
                check,
            },
        );
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
        Field::with(key, label, Input::Choice { options, index })
    }

    /// A screening answer: "" (not answered), "yes" (vulnerable) or "no".
    pub fn answer(key: &str, label: String, current: &str) -> Field {
        let mut f = Field::choice(
            key,
            label,
            vec![
                (String::new(), t!("form-unanswered")),
                ("yes".into(), t!("form-vulnerable")),
                ("no".into(), t!("form-no")),
            ],
            current,
        );
        f.answer = true;
        f
    }

    /// One of `options`, found by typing; its value is the chosen option's.
    pub fn picker(key: &str, label: String, options: Vec<PickOption>, current: &str) -> Field {
        Field::with(key, label, Input::Pick(Picker::new(options, current)))
    }

    /// An ordered list of `options` (read with `Form::list`), with a hint on what the
    /// order means.
    pub fn multi_pick(
        key: &str,
        label: String,
        options: Vec<PickOption>,
        chosen: &[String],
        hint: Option<String>,
    ) -> Field {
        Field::with(
            key,
            label,
            Input::Multi(MultiPick::new(options, chosen, hint)),
        )
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
        if let Input::Text { editor, check: c } = &self.input {
            let value = editor.value();
            self.error = match check(value, *c) {
                Err(e) if saving || !value.trim().is_empty() => Some(e),
                _ => None,
            };
        }
    }

    /// The value: trimmed text, the chosen option's value, or a list's values one a line.
    pub fn value(&self) -> &str {
        match &self.input {
            Input::Text { editor, .. } => editor.value().trim(),
            Input::Choice { options, index } => options.get(*index).map_or("", |o| o.0.as_str()),
            Input::Pick(p) => p.value(),
            Input::Multi(m) => m.value(),
        }
    }

    /// Sets a choice (or an answer) to the option of `value`, when it has one.
    fn set_choice(&mut self, value: &str) -> bool {
        if let Input::Choice { options, index } = &mut self.input {
            if let Some(i) = options.iter().position(|(v, _)| v == value) {
                *index = i;
                return true;
            }
        }
        false
    }

    /// Leaving the field ends a picker's filter.
    fn leave(&mut self) {
        match &mut self.input {
            Input::Pick(p) => p.leave(),
            Input::Multi(m) => m.leave(),
            _ => {}
        }
    }

    /// The rows of the value, `width` columns wide.
    fn lines(&mut self, width: u16, focused: bool, theme: Theme) -> Vec<Line<'static>> {
        let w = usize::from(width);
        match &mut self.input {
            Input::Text { editor, .. } if focused || editor.multiline() => {
                editor.render(width, focused)
            }
            Input::Text { editor, .. } => {
                vec![Line::raw(crate::report::format::truncate(
                    editor.value(),
                    w,
                ))]
            }
            Input::Choice { options, index } => {
                let shown = options
                    .get(*index)
                    .map(|o| format!("‹ {} ›", o.1))
                    .unwrap_or_default();
                let mut line = Line::raw(shown);
                if focused {
                    line = line.style(theme.selected());
                }
                vec![line]
            }
            Input::Pick(p) => {
                let mut lines = p.lines(w, focused, theme);
                if focused {
                    if let Some(first) = lines.first_mut() {
                        *first = first.clone().style(theme.selected());
                    }
                }
                lines
            }
            Input::Multi(m) => m.lines(w, focused, theme),
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

    /// A list's values in order (a multi-pick's), empty when absent.
    pub fn list(&self, key: &str) -> Vec<String> {
        match self.field(key).map(|f| &f.input) {
            Some(Input::Multi(m)) => m.values(),
            _ => Vec::new(),
        }
    }

    fn focus_to(&mut self, to: usize) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.leave();
        }
        self.focus = to;
    }

    pub fn on_key(&mut self, key: Key, keymap: &Keymap) -> Outcome {
        let len = self.fields.len().max(1);
        // The focused field takes the keys that edit it first (text, cursor, filter).
        if let Some(field) = self.fields.get_mut(self.focus) {
            let edit = match &mut field.input {
                Input::Text { editor, .. } => editor.on_key(key),
                Input::Pick(p) => p.on_key(key),
                Input::Multi(m) => m.on_key(key),
                Input::Choice { .. } => Edit::NotMine,
            };
            match edit {
                Edit::Changed => {
                    field.recheck(false);
                    return Outcome::Continue;
                }
                Edit::Moved => return Outcome::Continue,
                Edit::NotMine => {}
            }
        }
        let Lookup::Action(action) = keymap.lookup(Section::Form, &[key]) else {
            return Outcome::Continue;
        };
        let answer = self.fields.get(self.focus).is_some_and(|f| f.answer);
        match action {
            Action::NextField => self.focus_to((self.focus + 1) % len),
            Action::PreviousField => self.focus_to((self.focus + len - 1) % len),
            Action::NextChoice | Action::PreviousChoice => {
                let forward = action == Action::NextChoice;
                match self.fields.get_mut(self.focus).map(|f| &mut f.input) {
                    Some(Input::Choice { options, index }) => {
                        let n = options.len().max(1);
                        *index = if forward {
                            (*index + 1) % n
                        } else {
                            (*index + n - 1) % n
                        };
                    }
                    Some(Input::Pick(p)) => p.cycle(forward),
                    _ => {}
                }
            }
            Action::RemoveItem | Action::MoveItemUp | Action::MoveItemDown => {
                if let Some(Input::Multi(m)) = self.fields.get_mut(self.focus).map(|f| &mut f.input)
                {
                    match action {
                        Action::RemoveItem => m.remove(),
                        other => m.shift(other == Action::MoveItemUp),
                    };
                }
            }
            Action::AnswerVulnerable | Action::AnswerNotVulnerable | Action::AnswerUnknown
                if answer =>
            {
                let value = match action {
                    Action::AnswerVulnerable => "yes",
                    Action::AnswerNotVulnerable => "no",
                    _ => "",
                };
                if let Some(f) = self.fields.get_mut(self.focus) {
                    f.set_choice(value);
                }
                // On to the next question (the last one stays).
                if self.focus + 1 < self.fields.len() {
                    self.focus_to(self.focus + 1);
                }
            }
            Action::AnswerRestNotVulnerable if answer => {
                for f in self.fields.iter_mut().filter(|f| f.answer) {
                    if f.value().is_empty() {
                        f.set_choice("no");
                    }
                }
            }
            Action::Save => {
                self.focus_to(self.focus);
                return Outcome::Save;
            }
            Action::Cancel => return Outcome::Cancel,
            _ => {}
        }
        Outcome::Continue
    }

    /// The key hints for the focused field: what its keys do, then save and cancel.
    fn hints(&self, keymap: &Keymap) -> Vec<(String, String)> {
        let keys = |a: Action| keymap.keys_for(Section::Form, a);
        let focused = self.fields.get(self.focus);
        let mut out = Vec::new();
        let mut save = keys(Action::Save);
        match focused.map(|f| (&f.input, f.answer)) {
            Some((Input::Text { editor, .. }, _)) if editor.multiline() => {
                out.push(("Enter".to_string(), t!("form-key-newline")));
                // Enter is the new line here: only the other save keys save.
                save = save
                    .split('/')
                    .filter(|k| *k != "Enter")
                    .collect::<Vec<_>>()
                    .join("/");
                out.push((keys(Action::NextField), t!("form-key-next")));
            }
            Some((Input::Choice { .. }, true)) => {
                let answers = [
                    Action::AnswerVulnerable,
                    Action::AnswerNotVulnerable,
                    Action::AnswerUnknown,
                ]
                .map(keys)
                .join("/");
                out.push((answers, t!("form-key-answer")));
                out.push((
                    keys(Action::AnswerRestNotVulnerable),
                    t!("form-key-rest-not-vulnerable"),
                ));
            }
            Some((Input::Choice { .. }, false)) => {
                out.push((keys(Action::NextField), t!("form-key-next")));
                out.push((keys(Action::NextChoice), t!("form-key-choice")));
            }
            // That typing filters or adds is said under the field itself.
            Some((Input::Pick(_), _)) => {
                out.push((keys(Action::NextField), t!("form-key-next")));
                out.push((keys(Action::NextChoice), t!("form-key-choice")));
            }
            Some((Input::Multi(_), _)) => {
                out.push((keys(Action::RemoveItem), t!("form-key-remove")));
                let order = [Action::MoveItemUp, Action::MoveItemDown]
                    .map(|a| keys(a).split('/').next().unwrap_or("").to_string())
                    .join(" ");
                out.push((order, t!("form-key-order")));
            }
            _ => out.push((keys(Action::NextField), t!("form-key-next"))),
        }
        out.push((save, t!("form-key-save")));
        out.push((keys(Action::Cancel), t!("form-key-cancel")));
        out.retain(|(k, label)| !k.is_empty() || !label.is_empty());
        out
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
        let mut foot = Vec::new();
        for (k, label) in self.hints(keymap) {
            if !k.is_empty() {
                foot.push(Span::styled(k, theme.key()));
                foot.push(Span::raw(" "));
            }
            foot.push(Span::raw(format!("{label}  ")));
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
        // Each field takes the rows of its value, and more for its error.
        let label_w = 26usize.min(usize::from(inner.width) / 2);
        let indent = label_w + 3;
        let value_w = inner
            .width
            .saturating_sub(u16::try_from(indent).unwrap_or(0));
        let mut rows: Vec<(usize, Line)> = Vec::new();
        for (i, fld) in self.fields.iter_mut().enumerate() {
            let focused = i == self.focus;
            // A long label wraps under itself rather than being cut mid-word.
            let labels: Vec<String> = crate::tui::info::wrap(&fld.label, label_w)
                .into_iter()
                .map(|l| crate::report::format::pad(&l, label_w))
                .collect();
            let marker = if fld.error.is_some() {
                "✗ "
            } else if focused {
                "▶ "
            } else {
                "  "
            };
            let head_style = if focused {
                theme.heading().patch(theme.selected())
            } else {
                theme.heading()
            };
            let mut values = fld.lines(value_w, focused, theme);
            while values.len() < labels.len() {
                values.push(Line::raw(""));
            }
            for (k, value) in values.into_iter().enumerate() {
                let label = labels
                    .get(k)
                    .cloned()
                    .unwrap_or_else(|| " ".repeat(label_w));
                let mut spans = vec![
                    Span::styled(
                        if k == 0 { marker } else { "  " },
                        if fld.error.is_some() {
                            theme.error()
                        } else if focused {
                            theme.selected()
                        } else {
                            theme.normal()
                        },
                    ),
                    Span::styled(label, head_style),
                    Span::raw(" "),
                ];
                let style = value.style;
                spans.extend(value.spans.into_iter().map(|s| {
                    let st = style.patch(s.style);
                    s.style(st)
                }));
                rows.push((i, Line::from(spans)));
            }
            if let Some(e) = &fld.error {
                // The whole reason, wrapped under the value: a check message names the
                // problem and the fix, and neither may be cut.
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
            // Not from the middle of a field: from the next one's first row (never
            // past the focused field's).
            while self.scroll > 0
                && self.scroll < first
                && rows.get(self.scroll).map(|r| r.0) == rows.get(self.scroll - 1).map(|r| r.0)
            {
                self.scroll += 1;
            }
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
