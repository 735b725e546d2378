//! Choosing among many (the providers of the directory): typing filters the options by an
//! accent- and case-insensitive match on what they are searched by, Up/Down move among
//! the matches, and the chosen one is shown in full. `Picker` chooses one; `MultiPick`
//! keeps an ordered list (a team, a concertation's participants) with a picker to add to
//! it, and keys to remove one or move it up or down.

use crate::i18n::format::folded;
use crate::t;
use crate::tui::keymap::{Key, KeyCodeOrd};
use crate::tui::text_field::Edit;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// How many matches show under a picker while typing.
pub const MATCH_ROWS: usize = 5;

/// One thing to choose: what is saved, what is shown, what typing matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickOption {
    pub value: String,
    pub label: String,
    /// Folded (lower case, no accents) text that a filter matches.
    search: String,
}

impl PickOption {
    /// An option found by its label and by each of `also` (profession, INAMI…).
    pub fn new(value: &str, label: String, also: &[&str]) -> PickOption {
        let mut search = folded(&label);
        for a in also {
            search.push(' ');
            search.push_str(&folded(a));
        }
        PickOption {
            value: value.into(),
            label,
            search,
        }
    }

    /// An option no filter finds ("— none"): only there while nothing is typed.
    pub fn blank(label: String) -> PickOption {
        PickOption {
            value: String::new(),
            label,
            search: String::new(),
        }
    }

    /// Every word of the (folded) query is in the option's text.
    fn matches(&self, words: &[String]) -> bool {
        !self.search.is_empty() && words.iter().all(|w| self.search.contains(w.as_str()))
    }

    /// How many words of the query begin a word of the option's text: "zoe t" puts
    /// Zoë Testaert before Zoë Muster (whose t is inside a word).
    fn word_starts(&self, words: &[String]) -> usize {
        words
            .iter()
            .filter(|w| {
                self.search
                    .split_whitespace()
                    .any(|s| s.starts_with(w.as_str()))
            })
            .count()
    }
}

/// What is typed to filter, and the matches (indexes into the options).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Filter {
    query: String,
    matches: Vec<usize>,
    /// The highlighted match.
    at: usize,
}

impl Filter {
    fn refilter(&mut self, options: &[PickOption], skip: impl Fn(usize) -> bool) {
        let words: Vec<String> = folded(&self.query)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        self.matches = (0..options.len())
            .filter(|&i| !skip(i) && options[i].matches(&words))
            .collect();
        // Best first: the words typed beginning words of the option; else list order.
        self.matches
            .sort_by_key(|&i| std::cmp::Reverse(options[i].word_starts(&words)));
        self.at = 0;
    }

    fn clear(&mut self) {
        *self = Filter::default();
    }

    fn active(&self) -> bool {
        !self.query.is_empty()
    }

    fn current(&self) -> Option<usize> {
        self.matches.get(self.at).copied()
    }

    /// The typing keys: a character, Backspace, Ctrl-U; None when the key is not one.
    /// A space starts nothing (it is the form's "next choice" then).
    fn on_typing(&mut self, key: Key) -> Option<bool> {
        match key.code {
            KeyCodeOrd::Char(c) if crate::safe_text::is_unsafe(c) => Some(false),
            KeyCodeOrd::Char(' ') if !self.active() => None,
            KeyCodeOrd::Char(c) if !key.ctrl && !key.alt => {
                self.query.push(c);
                Some(true)
            }
            KeyCodeOrd::Char('u') if key.ctrl && self.active() => {
                self.query.clear();
                Some(true)
            }
            KeyCodeOrd::Backspace if self.active() => {
                self.query.pop();
                Some(true)
            }
            _ => None,
        }
    }

    /// Up/Down among the matches; false at either end.
    fn step(&mut self, down: bool) -> bool {
        if down && self.at + 1 < self.matches.len() {
            self.at += 1;
            true
        } else if !down && self.at > 0 {
            self.at -= 1;
            true
        } else {
            false
        }
    }

    /// The filter row and the matches around the highlighted one.
    fn lines(&self, options: &[PickOption], width: usize, theme: Theme) -> Vec<Line<'static>> {
        let mut out = vec![Line::from(vec![
            Span::styled(t!("picker-filter"), theme.muted()),
            Span::raw(" "),
            Span::raw(self.query.clone()),
            Span::raw("▏ "),
            Span::styled(
                t!("picker-found", count = self.matches.len()),
                theme.muted(),
            ),
        ])];
        let first = self.at.saturating_sub(MATCH_ROWS - 1);
        for (n, &i) in self.matches.iter().enumerate().skip(first).take(MATCH_ROWS) {
            let label = options.get(i).map_or("", |o| o.label.as_str());
            let label = crate::report::format::truncate(label, width.saturating_sub(2));
            out.push(if n == self.at {
                Line::styled(format!("▸ {label}"), theme.selected())
            } else {
                Line::raw(format!("  {label}"))
            });
        }
        out
    }
}

/// One of a list, found by typing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    options: Vec<PickOption>,
    chosen: usize,
    /// What was chosen before the typing started, back on Esc.
    before: usize,
    filter: Filter,
}

impl Picker {
    /// A picker on `current` when it is one of the options, else on the first.
    pub fn new(options: Vec<PickOption>, current: &str) -> Picker {
        let chosen = options.iter().position(|o| o.value == current).unwrap_or(0);
        Picker {
            options,
            chosen,
            before: chosen,
            filter: Filter::default(),
        }
    }

    /// The chosen option's value ("" when there are no options).
    pub fn value(&self) -> &str {
        self.options
            .get(self.chosen)
            .map_or("", |o| o.value.as_str())
    }

    /// The chosen option's label, in full.
    pub fn label(&self) -> &str {
        self.options
            .get(self.chosen)
            .map_or("", |o| o.label.as_str())
    }

    /// What is typed to filter.
    pub fn query(&self) -> &str {
        &self.filter.query
    }

    fn follow(&mut self) {
        if let Some(i) = self.filter.current() {
            self.chosen = i;
        }
    }

    /// Typing filters and the highlighted match is chosen; Up/Down move among the
    /// matches; Enter keeps the choice and ends the filter, Esc ends it and puts back
    /// what was chosen before.
    pub fn on_key(&mut self, key: Key) -> Edit {
        let was_active = self.filter.active();
        if let Some(changed) = self.filter.on_typing(key) {
            if !was_active {
                self.before = self.chosen;
            }
            if changed {
                self.filter.refilter(&self.options, |_| false);
                if self.filter.active() {
                    self.follow();
                } else {
                    self.chosen = self.before;
                }
                return Edit::Changed;
            }
            return Edit::Moved;
        }
        if !self.filter.active() {
            return Edit::NotMine;
        }
        match (key.code, key.ctrl || key.alt) {
            (KeyCodeOrd::Up | KeyCodeOrd::Down, false) => {
                self.filter.step(key.code == KeyCodeOrd::Down);
                self.follow();
                Edit::Changed
            }
            (KeyCodeOrd::Enter, false) => {
                self.filter.clear();
                Edit::Moved
            }
            (KeyCodeOrd::Esc, false) => {
                self.filter.clear();
                self.chosen = self.before;
                Edit::Changed
            }
            _ => Edit::NotMine,
        }
    }

    /// The next (or previous) option, the filter ended.
    pub fn cycle(&mut self, forward: bool) {
        self.filter.clear();
        let n = self.options.len().max(1);
        self.chosen = if forward {
            (self.chosen + 1) % n
        } else {
            (self.chosen + n - 1) % n
        };
    }

    /// Leaving the field ends the filter and keeps the choice.
    pub fn leave(&mut self) {
        self.filter.clear();
    }

    /// The chosen one in full (wrapped to `width`), then while focused the filter and
    /// its matches, or a hint that typing filters.
    pub fn lines(&self, width: usize, focused: bool, theme: Theme) -> Vec<Line<'static>> {
        let shown = format!("‹ {} ›", self.label());
        let mut out: Vec<Line<'static>> = crate::tui::info::wrap(&shown, width.max(10))
            .into_iter()
            .map(Line::raw)
            .collect();
        if focused {
            if self.filter.active() {
                out.extend(self.filter.lines(&self.options, width, theme));
            } else if self.options.len() > 2 {
                out.push(Line::styled(t!("picker-hint"), theme.muted()));
            }
        }
        out
    }
}

/// An ordered list chosen from the options, and a picker to add to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiPick {
    options: Vec<PickOption>,
    /// Indexes into the options, in the order chosen.
    chosen: Vec<usize>,
    /// The highlighted row: a chosen one, or `chosen.len()` for the row that adds.
    at: usize,
    filter: Filter,
    /// What the order means (shown under the list while focused).
    hint: Option<String>,
    /// The chosen values joined with `\n`, kept in step.
    value: String,
}

impl MultiPick {
    /// `chosen` in its order; values that are not options are dropped.
    pub fn new(options: Vec<PickOption>, chosen: &[String], hint: Option<String>) -> MultiPick {
        let mut idx: Vec<usize> = Vec::new();
        for v in chosen {
            if let Some(i) = options.iter().position(|o| &o.value == v) {
                if !idx.contains(&i) {
                    idx.push(i);
                }
            }
        }
        let mut m = MultiPick {
            options,
            at: idx.len(),
            chosen: idx,
            filter: Filter::default(),
            hint,
            value: String::new(),
        };
        m.sync();
        m
    }

    fn sync(&mut self) {
        self.value = self.values().join("\n");
    }

    /// The chosen values, in order.
    pub fn values(&self) -> Vec<String> {
        self.chosen
            .iter()
            .filter_map(|&i| self.options.get(i).map(|o| o.value.clone()))
            .collect()
    }

    /// The chosen values joined with `\n`.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The highlighted row (`values().len()` for the row that adds).
    pub fn at(&self) -> usize {
        self.at
    }

    fn refilter(&mut self) {
        let chosen = self.chosen.clone();
        self.filter.refilter(&self.options, |i| chosen.contains(&i));
    }

    /// Typing filters the options not chosen yet, Up/Down move among the matches and
    /// Enter adds the highlighted one at the end, Esc ends the filter. With nothing typed,
    /// Up/Down move along the list (leaving the field past either end).
    pub fn on_key(&mut self, key: Key) -> Edit {
        if let Some(changed) = self.filter.on_typing(key) {
            self.at = self.chosen.len();
            if changed {
                self.refilter();
            }
            return Edit::Moved;
        }
        let plain = !key.ctrl && !key.alt;
        match key.code {
            KeyCodeOrd::Up | KeyCodeOrd::Down if plain && self.filter.active() => {
                self.filter.step(key.code == KeyCodeOrd::Down);
                Edit::Moved
            }
            KeyCodeOrd::Up if plain && self.at > 0 => {
                self.at -= 1;
                Edit::Moved
            }
            KeyCodeOrd::Down if plain && self.at < self.chosen.len() => {
                self.at += 1;
                Edit::Moved
            }
            KeyCodeOrd::Enter if plain && self.filter.active() => match self.filter.current() {
                Some(i) => {
                    self.chosen.push(i);
                    self.filter.clear();
                    self.at = self.chosen.len();
                    self.sync();
                    Edit::Changed
                }
                None => Edit::Moved,
            },
            KeyCodeOrd::Esc if plain && self.filter.active() => {
                self.filter.clear();
                Edit::Moved
            }
            _ => Edit::NotMine,
        }
    }

    /// Takes the highlighted one off the list.
    pub fn remove(&mut self) -> bool {
        if self.at < self.chosen.len() {
            self.chosen.remove(self.at);
            self.sync();
            true
        } else {
            false
        }
    }

    /// Moves the highlighted one up (or down) the list, the highlight with it.
    pub fn shift(&mut self, up: bool) -> bool {
        let n = self.chosen.len();
        if self.at >= n {
            return false;
        }
        let to = if up {
            self.at.checked_sub(1)
        } else {
            Some(self.at + 1).filter(|&t| t < n)
        };
        match to {
            Some(t) => {
                self.chosen.swap(self.at, t);
                self.at = t;
                self.sync();
                true
            }
            None => false,
        }
    }

    pub fn leave(&mut self) {
        self.filter.clear();
        self.at = self.chosen.len();
    }

    /// The list numbered in order, the row that adds, and while focused the matches of
    /// what is typed and the hint.
    pub fn lines(&self, width: usize, focused: bool, theme: Theme) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        if self.chosen.is_empty() {
            out.push(Line::styled(t!("multipick-empty"), theme.muted()));
        }
        for (n, &i) in self.chosen.iter().enumerate() {
            let label = self.options.get(i).map_or("", |o| o.label.as_str());
            for (k, part) in crate::tui::info::wrap(&format!("{}. {label}", n + 1), width.max(10))
                .into_iter()
                .enumerate()
            {
                let text = if k == 0 { part } else { format!("   {part}") };
                out.push(if focused && n == self.at {
                    Line::styled(text, theme.selected())
                } else {
                    Line::raw(text)
                });
            }
        }
        if focused {
            let adding = self.at == self.chosen.len();
            if self.filter.active() {
                out.extend(self.filter.lines(&self.options, width, theme));
            } else {
                let add = Line::styled(
                    format!("+ {}", t!("multipick-add")),
                    if adding {
                        theme.selected()
                    } else {
                        theme.muted()
                    },
                );
                out.push(add);
            }
            if let Some(h) = &self.hint {
                for part in crate::tui::info::wrap(h, width.max(10)) {
                    out.push(Line::styled(part, theme.muted()));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> Vec<PickOption> {
        vec![
            PickOption::new("p1", "Dr Émilie Dubois (midwife)".into(), &["CHU Liège"]),
            PickOption::new("p2", "Jan Peeters (GP)".into(), &["1-23456-78-901"]),
            PickOption::new("p3", "Eva Testaert (GP)".into(), &["Maison médicale"]),
            PickOption::new("p4", "Zoë Martin (psychologist)".into(), &[]),
        ]
    }

    fn keys(edit: &mut dyn FnMut(Key) -> Edit, keys: &str) {
        for k in keys.split(' ').filter(|k| !k.is_empty()) {
            edit(Key::parse(k).expect("test key"));
        }
    }

    fn typed(edit: &mut dyn FnMut(Key) -> Edit, text: &str) {
        for c in text.chars() {
            edit(Key::plain(KeyCodeOrd::Char(c)));
        }
    }

    #[test]
    fn typing_filters_without_accents_or_case_and_arrows_pick() {
        let mut p = Picker::new(options(), "p3");
        typed(&mut |k| p.on_key(k), "EMILIE");
        assert_eq!(p.value(), "p1");
        keys(&mut |k| p.on_key(k), "<Esc>");
        assert_eq!(p.value(), "p3", "Esc puts back what was chosen");
        // By organisation, by INAMI, by profession.
        typed(&mut |k| p.on_key(k), "liege");
        assert_eq!(p.value(), "p1");
        keys(&mut |k| p.on_key(k), "<C-u>");
        typed(&mut |k| p.on_key(k), "2345678");
        assert_eq!(p.value(), "p2");
        keys(&mut |k| p.on_key(k), "<Esc>");
        typed(&mut |k| p.on_key(k), "gp");
        assert_eq!(p.value(), "p2");
        keys(&mut |k| p.on_key(k), "<Down>");
        assert_eq!(p.value(), "p3");
        assert_eq!(p.on_key(Key::parse("<Enter>").expect("key")), Edit::Moved);
        assert_eq!(p.query(), "");
        assert_eq!(p.value(), "p3");
        // With nothing typed, arrows, Space and Enter are the form's.
        for k in ["<Up>", "<Down>", "<Enter>", "<Space>", "<Esc>"] {
            assert_eq!(p.on_key(Key::parse(k).expect("key")), Edit::NotMine, "{k}");
        }
        p.cycle(true);
        assert_eq!(p.value(), "p4");
    }

    #[test]
    fn the_chosen_one_is_shown_in_full() {
        let long =
            "Dr Marie-Christine Vandenberghe-Van Oudenhove (gynaecologist-obstetrician, INAMI)";
        let p = Picker::new(vec![PickOption::new("x", long.into(), &[])], "x");
        let lines = p.lines(40, false, Theme { color: false });
        let shown: String = lines
            .iter()
            .map(|l| {
                l.spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ");
        assert!(shown.contains("Van Oudenhove"), "{shown}");
        assert!(lines.len() > 1);
    }

    #[test]
    fn a_multi_pick_adds_removes_and_orders() {
        let mut m = MultiPick::new(options(), &["p2".into()], None);
        typed(&mut |k| m.on_key(k), "zoe");
        keys(&mut |k| m.on_key(k), "<Enter>");
        typed(&mut |k| m.on_key(k), "dubois");
        keys(&mut |k| m.on_key(k), "<Enter>");
        assert_eq!(m.values(), ["p2", "p4", "p1"]);
        // Already chosen ones are not offered again.
        typed(&mut |k| m.on_key(k), "peeters");
        assert_eq!(m.on_key(Key::parse("<Enter>").expect("key")), Edit::Moved);
        keys(&mut |k| m.on_key(k), "<Esc>");
        assert_eq!(m.values(), ["p2", "p4", "p1"]);
        // Up to the last one, move it to the top.
        keys(&mut |k| m.on_key(k), "<Up>");
        assert!(m.shift(true));
        assert!(m.shift(true));
        assert!(!m.shift(true));
        assert_eq!(m.values(), ["p1", "p2", "p4"]);
        assert_eq!(m.value(), "p1\np2\np4");
        keys(&mut |k| m.on_key(k), "<Down>");
        assert!(m.remove());
        assert_eq!(m.values(), ["p1", "p4"]);
        // Past the ends, Up and Down are the form's.
        keys(&mut |k| m.on_key(k), "<Up>");
        assert_eq!(m.on_key(Key::parse("<Up>").expect("key")), Edit::NotMine);
        keys(&mut |k| m.on_key(k), "<Down> <Down>");
        assert_eq!(m.on_key(Key::parse("<Down>").expect("key")), Edit::NotMine);
    }

    #[test]
    fn words_typed_at_the_start_of_words_come_first() {
        let options = vec![
            PickOption::new("m", "Zoë Muster".into(), &["midwife"]),
            PickOption::new("t", "Zoë Testaert".into(), &["nurse"]),
        ];
        let mut f = Filter {
            query: "zoe t".into(),
            ..Filter::default()
        };
        f.refilter(&options, |_| false);
        assert_eq!(f.matches, vec![1, 0], "both match, Testaert first");
    }
}
