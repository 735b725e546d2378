//! Key bindings: the default `keymap.toml` (embedded), a user's file over it action by
//! action per section, key-sequence matching, and errors that name file and line.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The default keymap, embedded in the binary.
pub const DEFAULT: &str = include_str!("../../keymap.toml");

/// The environment variable naming a keymap file.
pub const KEYMAP_ENV: &str = "PERINAT_KEYMAP";

/// A section of the keymap: the built-in ones below, and one per registered screen
/// (`tui::screens`), named by the screen itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Section(&'static str);

#[allow(non_upper_case_globals)]
impl Section {
    pub const Global: Section = Section("global");
    pub const Caseload: Section = Section("caseload");
    pub const Case: Section = Section("case");
    pub const Help: Section = Section("help");
    pub const Form: Section = Section("form");

    /// The sections of the built-in screens and overlays.
    const BUILT_IN: [Section; 5] = [
        Section::Global,
        Section::Caseload,
        Section::Case,
        Section::Help,
        Section::Form,
    ];

    /// A registered screen's section, by the name its keymap.toml section has.
    pub const fn screen(name: &'static str) -> Section {
        Section(name)
    }

    /// Every section: the built-in ones, then each registered screen's.
    pub fn all() -> Vec<Section> {
        let mut all = Section::BUILT_IN.to_vec();
        all.extend(crate::tui::screens::SCREENS.iter().map(|e| e.section));
        all
    }

    pub fn key(self) -> &'static str {
        self.0
    }

    fn from_key(s: &str) -> Option<Section> {
        Section::all().into_iter().find(|x| x.key() == s)
    }

    /// The actions a section may bind.
    pub fn actions(self) -> Vec<Action> {
        use Action::*;
        let list: &[Action] = match self {
            Section::Global => {
                let mut v = vec![Quit, Back, Help, Caseload, Undo, Redo, Language];
                // Each registered screen's key opens it.
                v.extend(
                    crate::tui::screens::SCREENS
                        .iter()
                        .map(|e| Action::Show(e.section)),
                );
                return v;
            }
            Section::Caseload => &[
                Up,
                Down,
                PageUp,
                PageDown,
                Top,
                Bottom,
                Open,
                Search,
                FilterScenario,
                FilterPeriod,
                FilterRegion,
                FilterCoordinator,
                FilterAlerts,
                ToggleClosed,
                ClearFilters,
                SortNext,
                SortReverse,
                FilterMine,
                NewPregnancy,
                NewProvider,
                LoadDemo,
                Back,
                Quit,
            ],
            Section::Case => &[
                Up,
                Down,
                Back,
                PageUp,
                PageDown,
                Top,
                Bottom,
                EditSelected,
                DeleteSelected,
                FullRecord,
                EditPregnancy,
                RecordScreening,
                AddCpp,
                AddFollowUp,
                DesignateCoordinator,
                EditTeam,
                EditCarePlan,
                AddConcertation,
                NewProvider,
                MarkBilled,
                DeletePregnancy,
                History,
            ],
            Section::Help => &[Up, Down, PageUp, PageDown, Top, Bottom, Back],
            Section::Form => &[
                NextField,
                PreviousField,
                NextChoice,
                PreviousChoice,
                Save,
                Cancel,
                RemoveItem,
                MoveItemUp,
                MoveItemDown,
                AnswerVulnerable,
                AnswerNotVulnerable,
                AnswerUnknown,
                AnswerRestNotVulnerable,
            ],
            other => crate::tui::screens::SCREENS
                .iter()
                .find(|e| e.section == other)
                .map_or(&[], |e| e.actions),
        };
        list.to_vec()
    }
}

macro_rules! actions {
    ($($variant:ident => $key:literal),* $(,)?) => {
        /// Everything a key can do.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Action {
            $($variant,)*
            /// Show a registered screen (its key is in [global], named as its section).
            Show(Section),
        }

        impl Action {
            /// The actions of the built-in screens (without the registered screens' keys).
            const BUILT_IN: &'static [Action] = &[$(Action::$variant),*];

            /// The name used in keymap.toml (`new-pregnancy`, `todo`).
            pub fn key(self) -> &'static str {
                match self {
                    $(Action::$variant => $key,)*
                    Action::Show(s) => s.key(),
                }
            }
        }
    };
}

actions! {
    Quit => "quit", Back => "back", Help => "help", Caseload => "caseload",
    Undo => "undo", Language => "language",
    Up => "up", Down => "down", PageUp => "page-up", PageDown => "page-down",
    Top => "top", Bottom => "bottom", Open => "open", Search => "search",
    FilterScenario => "filter-scenario", FilterPeriod => "filter-period",
    FilterRegion => "filter-region", FilterCoordinator => "filter-coordinator",
    FilterAlerts => "filter-alerts", ToggleClosed => "toggle-closed",
    ClearFilters => "clear-filters", SortNext => "sort-next", SortReverse => "sort-reverse",
    NewPregnancy => "new-pregnancy", NewProvider => "new-provider", LoadDemo => "load-demo",
    EditPregnancy => "edit-pregnancy", RecordScreening => "record-screening",
    AddCpp => "add-cpp", AddFollowUp => "add-follow-up",
    DesignateCoordinator => "designate-coordinator", EditTeam => "edit-team",
    EditCarePlan => "edit-care-plan", AddConcertation => "add-concertation",
    MarkBilled => "mark-billed", DeletePregnancy => "delete-pregnancy", History => "history",
    PreviousMonth => "previous-month", NextMonth => "next-month",
    ToggleSelect => "toggle-select", SelectAll => "select-all", ExportCsv => "export-csv",
    ToggleUnbilled => "toggle-unbilled", FilterProvider => "filter-provider",
    CorrectBilled => "correct-billed", WithdrawBilled => "withdraw-billed",
    ExportPerProvider => "export-per-provider",
    NextField => "next-field", PreviousField => "previous-field",
    NextChoice => "next-choice", PreviousChoice => "previous-choice",
    Save => "save", Cancel => "cancel",
    Redo => "redo", FullRecord => "full-record",
    EditSelected => "edit", DeleteSelected => "delete", FilterMine => "filter-mine",
    MergeProvider => "merge-provider",
    RemoveItem => "remove-item", MoveItemUp => "move-item-up",
    MoveItemDown => "move-item-down", AnswerVulnerable => "answer-vulnerable",
    AnswerNotVulnerable => "answer-not-vulnerable", AnswerUnknown => "answer-unknown",
    AnswerRestNotVulnerable => "answer-rest-not-vulnerable",
}

impl Action {
    /// Every action: the built-in ones, then the key of each registered screen.
    pub fn all() -> Vec<Action> {
        let mut all = Action::BUILT_IN.to_vec();
        all.extend(
            crate::tui::screens::SCREENS
                .iter()
                .map(|e| Action::Show(e.section)),
        );
        all
    }

    fn from_key(s: &str) -> Option<Action> {
        Action::all().into_iter().find(|a| a.key() == s)
    }
}

/// One key press, normalised (a shifted letter is the capital letter, no Shift flag).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub code: KeyCodeOrd,
    pub ctrl: bool,
    pub alt: bool,
}

/// The key codes perinat binds, in an ordered form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyCodeOrd {
    Char(char),
    F(u8),
    Up,
    Down,
    Left,
    Right,
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Home,
    End,
    PageUp,
    PageDown,
}

const NAMES: &[(&str, KeyCodeOrd)] = &[
    ("Up", KeyCodeOrd::Up),
    ("Down", KeyCodeOrd::Down),
    ("Left", KeyCodeOrd::Left),
    ("Right", KeyCodeOrd::Right),
    ("Enter", KeyCodeOrd::Enter),
    ("Esc", KeyCodeOrd::Esc),
    ("Tab", KeyCodeOrd::Tab),
    ("S-Tab", KeyCodeOrd::BackTab),
    ("Backspace", KeyCodeOrd::Backspace),
    ("Del", KeyCodeOrd::Delete),
    ("Home", KeyCodeOrd::Home),
    ("End", KeyCodeOrd::End),
    ("PageUp", KeyCodeOrd::PageUp),
    ("PageDown", KeyCodeOrd::PageDown),
    ("Space", KeyCodeOrd::Char(' ')),
    ("lt", KeyCodeOrd::Char('<')),
];

impl Key {
    pub fn plain(code: KeyCodeOrd) -> Key {
        Key {
            code,
            ctrl: false,
            alt: false,
        }
    }

    /// The key of a terminal event, or None for keys perinat never binds.
    pub fn from_event(e: &KeyEvent) -> Option<Key> {
        let code = match e.code {
            KeyCode::Char(c) => KeyCodeOrd::Char(c),
            KeyCode::F(n) => KeyCodeOrd::F(n),
            KeyCode::Up => KeyCodeOrd::Up,
            KeyCode::Down => KeyCodeOrd::Down,
            KeyCode::Left => KeyCodeOrd::Left,
            KeyCode::Right => KeyCodeOrd::Right,
            KeyCode::Enter => KeyCodeOrd::Enter,
            KeyCode::Esc => KeyCodeOrd::Esc,
            KeyCode::Tab if e.modifiers.contains(KeyModifiers::SHIFT) => KeyCodeOrd::BackTab,
            KeyCode::Tab => KeyCodeOrd::Tab,
            KeyCode::BackTab => KeyCodeOrd::BackTab,
            KeyCode::Backspace => KeyCodeOrd::Backspace,
            KeyCode::Delete => KeyCodeOrd::Delete,
            KeyCode::Home => KeyCodeOrd::Home,
            KeyCode::End => KeyCodeOrd::End,
            KeyCode::PageUp => KeyCodeOrd::PageUp,
            KeyCode::PageDown => KeyCodeOrd::PageDown,
            _ => return None,
        };
        Some(Key {
            code,
            ctrl: e.modifiers.contains(KeyModifiers::CONTROL),
            alt: e.modifiers.contains(KeyModifiers::ALT),
        })
    }

    /// Parses `j`, `G`, `<C-d>`, `<Down>`, `<A-x>`, `<F2>`.
    pub fn parse(s: &str) -> Result<Key, String> {
        let mut chars = s.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if c.is_control() {
                return Err(crate::t!("keymap-bad-key", key = s));
            }
            return Ok(Key::plain(KeyCodeOrd::Char(c)));
        }
        let inner = s
            .strip_prefix('<')
            .and_then(|r| r.strip_suffix('>'))
            .ok_or_else(|| crate::t!("keymap-bad-key", key = s))?;
        if let Some((_, code)) = NAMES.iter().find(|(n, _)| n.eq_ignore_ascii_case(inner)) {
            return Ok(Key::plain(*code));
        }
        let (mut ctrl, mut alt, mut rest) = (false, false, inner);
        loop {
            if let Some(r) = rest.strip_prefix("C-") {
                ctrl = true;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("A-") {
                alt = true;
                rest = r;
            } else {
                break;
            }
        }
        let code = if let Some((_, code)) = NAMES.iter().find(|(n, _)| n.eq_ignore_ascii_case(rest))
        {
            *code
        } else if let Some(n) = rest
            .strip_prefix(['F', 'f'])
            .and_then(|n| n.parse::<u8>().ok())
            .filter(|n| (1..=12).contains(n))
        {
            KeyCodeOrd::F(n)
        } else {
            let mut cs = rest.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if !c.is_control() => KeyCodeOrd::Char(c),
                _ => return Err(crate::t!("keymap-bad-key", key = s)),
            }
        };
        if !ctrl && !alt && rest.chars().count() == 1 {
            return Err(crate::t!("keymap-bad-key", key = s));
        }
        Ok(Key { code, ctrl, alt })
    }

    /// How help shows the key: `j`, `Ctrl-d`, `Down`, `Space`.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCodeOrd::Char(' ') => "Space".to_string(),
            KeyCodeOrd::Char(c) => c.to_string(),
            KeyCodeOrd::F(n) => format!("F{n}"),
            KeyCodeOrd::Up => "↑".into(),
            KeyCodeOrd::Down => "↓".into(),
            KeyCodeOrd::Left => "←".into(),
            KeyCodeOrd::Right => "→".into(),
            KeyCodeOrd::Enter => "Enter".into(),
            KeyCodeOrd::Esc => "Esc".into(),
            KeyCodeOrd::Tab => "Tab".into(),
            KeyCodeOrd::BackTab => "S-Tab".into(),
            KeyCodeOrd::Backspace => "Bksp".into(),
            KeyCodeOrd::Delete => "Del".into(),
            KeyCodeOrd::Home => "Home".into(),
            KeyCodeOrd::End => "End".into(),
            KeyCodeOrd::PageUp => "PgUp".into(),
            KeyCodeOrd::PageDown => "PgDn".into(),
        };
        let mut out = String::new();
        if self.ctrl {
            out.push_str("C-");
        }
        if self.alt {
            out.push_str("A-");
        }
        out.push_str(&base);
        out
    }
}

/// A key or a key sequence.
pub type Seq = Vec<Key>;

fn seq_label(seq: &Seq) -> String {
    seq.iter().map(Key::label).collect::<Vec<_>>().join(" ")
}

/// One problem in a keymap file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeymapError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for KeymapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The bindings of every section.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keymap {
    sections: BTreeMap<Section, Vec<(Seq, Action)>>,
}

/// What a key (sequence so far) means in a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    Action(Action),
    /// The start of a longer sequence: wait for the next key.
    Prefix,
    None,
}

/// One section of a parsed file: action → bindings, and unbound keys, with lines.
#[derive(Default)]
struct FileSection {
    set: Vec<(Action, Vec<Seq>, usize)>,
    unbind: Vec<Seq>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

fn parse_binding(v: &toml::Value) -> Result<Seq, String> {
    match v {
        toml::Value::String(s) => Ok(vec![Key::parse(s)?]),
        toml::Value::Array(items) if !items.is_empty() => items
            .iter()
            .map(|i| match i {
                toml::Value::String(s) => Key::parse(s),
                _ => Err(crate::t!("keymap-bad-value")),
            })
            .collect(),
        _ => Err(crate::t!("keymap-bad-value")),
    }
}

/// A value: "j", ["g","g"], [["j"],["<Down>"]] or [].
fn parse_bindings(v: &toml::Value) -> Result<Vec<Seq>, String> {
    match v {
        toml::Value::Array(items) if items.is_empty() => Ok(Vec::new()),
        toml::Value::Array(items) if items.iter().any(|i| i.is_array()) => {
            items.iter().map(parse_binding).collect()
        }
        other => Ok(vec![parse_binding(other)?]),
    }
}

type Raw = BTreeMap<String, BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>>;

/// Parses one file; every problem is collected.
fn parse_file(name: &str, text: &str) -> Result<BTreeMap<Section, FileSection>, Vec<KeymapError>> {
    let err = |line: usize, message: String| KeymapError {
        file: name.to_string(),
        line,
        message,
    };
    let raw: Raw = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            return Err(vec![err(line, e.message().trim().to_string())]);
        }
    };
    let mut errors = Vec::new();
    let mut out = BTreeMap::new();
    for (section_name, entries) in raw {
        let Some(section) = Section::from_key(&section_name) else {
            let line = text
                .find(&format!("[{section_name}]"))
                .map_or(1, |o| line_of(text, o));
            errors.push(err(
                line,
                crate::t!("keymap-unknown-section", section = section_name.as_str()),
            ));
            continue;
        };
        let mut fs = FileSection::default();
        let mut seen: Vec<(Seq, Action, usize)> = Vec::new();
        let mut entries: Vec<_> = entries.into_iter().collect();
        entries.sort_by_key(|(name, _)| name.span().start);
        for (name, value) in entries {
            let line = line_of(text, name.span().start);
            if name.get_ref() == "unbind" {
                match value.get_ref() {
                    toml::Value::Array(items) => {
                        for i in items {
                            match parse_binding(i) {
                                Ok(s) => fs.unbind.push(s),
                                Err(m) => errors.push(err(line, m)),
                            }
                        }
                    }
                    _ => errors.push(err(line, crate::t!("keymap-bad-unbind"))),
                }
                continue;
            }
            let Some(action) = Action::from_key(name.get_ref()) else {
                errors.push(err(
                    line,
                    crate::t!("keymap-unknown-action", action = name.get_ref().as_str()),
                ));
                continue;
            };
            if !section.actions().contains(&action) {
                errors.push(err(
                    line,
                    crate::t!(
                        "keymap-action-not-here",
                        action = action.key(),
                        section = section.key()
                    ),
                ));
                continue;
            }
            match parse_bindings(value.get_ref()) {
                Ok(seqs) => {
                    for s in &seqs {
                        if let Some((other, a, l)) = seen
                            .iter()
                            .find(|(o, _, _)| o.starts_with(s) || s.starts_with(o))
                        {
                            let msg = if other == s {
                                crate::t!(
                                    "keymap-conflict",
                                    key = seq_label(s),
                                    first = a.key(),
                                    first_line = *l,
                                    second = action.key()
                                )
                            } else {
                                crate::t!(
                                    "keymap-prefix-conflict",
                                    key = seq_label(s),
                                    other = seq_label(other),
                                    first = a.key(),
                                    first_line = *l,
                                    second = action.key()
                                )
                            };
                            errors.push(err(line, msg));
                        }
                    }
                    for s in &seqs {
                        seen.push((s.clone(), action, line));
                    }
                    fs.set.push((action, seqs, line));
                }
                Err(m) => errors.push(err(line, format!("{}: {m}", action.key()))),
            }
        }
        out.insert(section, fs);
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

fn conflicts(a: &Seq, b: &Seq) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

impl Keymap {
    /// The built-in keymap.
    pub fn defaults() -> Keymap {
        let mut map = Keymap::default();
        // The embedded file is checked by a test; were it broken, no key would be bound.
        if let Ok(parsed) = parse_file("keymap.toml (built in)", DEFAULT) {
            map.apply(parsed);
        }
        map
    }

    fn apply(&mut self, parsed: BTreeMap<Section, FileSection>) {
        for (section, fs) in parsed {
            let list = self.sections.entry(section).or_default();
            for (action, seqs, _) in fs.set {
                list.retain(|(s, a)| *a != action && !seqs.iter().any(|n| conflicts(s, n)));
                list.extend(seqs.into_iter().map(|s| (s, action)));
            }
            for u in fs.unbind {
                list.retain(|(s, _)| !conflicts(s, &u));
            }
        }
    }

    /// The defaults with `text` (from the file `name`) over them; errors leave the
    /// defaults untouched.
    pub fn with_overrides(name: &str, text: &str) -> Result<Keymap, Vec<KeymapError>> {
        let parsed = parse_file(name, text)?;
        let mut map = Keymap::defaults();
        map.apply(parsed);
        Ok(map)
    }

    /// What `keys` mean on a screen of `section`: its own bindings first, then global
    /// (except in forms, where typed text must not trigger global keys).
    pub fn lookup(&self, section: Section, keys: &[Key]) -> Lookup {
        let mut sections = vec![section];
        if section != Section::Form && section != Section::Global {
            sections.push(Section::Global);
        }
        let mut prefix = false;
        for s in sections {
            for (seq, action) in self.sections.get(&s).into_iter().flatten() {
                if seq.as_slice() == keys {
                    return Lookup::Action(*action);
                }
                if seq.len() > keys.len() && seq.starts_with(keys) {
                    prefix = true;
                }
            }
        }
        if prefix {
            Lookup::Prefix
        } else {
            Lookup::None
        }
    }

    /// The keys bound to `action` in `section`, as help shows them (`j/↓`).
    pub fn keys_for(&self, section: Section, action: Action) -> String {
        let labels: Vec<String> = self
            .sections
            .get(&section)
            .into_iter()
            .flatten()
            .filter(|(_, a)| *a == action)
            .map(|(s, _)| seq_label(s))
            .collect();
        labels.join("/")
    }

    /// The first key bound to `action` in `section` (footers, where room is short).
    pub fn first_key_for(&self, section: Section, action: Action) -> String {
        self.sections
            .get(&section)
            .into_iter()
            .flatten()
            .find(|(_, a)| *a == action)
            .map(|(s, _)| seq_label(s))
            .unwrap_or_default()
    }

    /// Every (action, keys) of a section, in the order of the section's actions.
    pub fn bindings(&self, section: Section) -> Vec<(Action, String)> {
        section
            .actions()
            .iter()
            .map(|a| (*a, self.keys_for(section, *a)))
            .filter(|(_, k)| !k.is_empty())
            .collect()
    }
}

/// The user's keymap file: `--keymap`, else PERINAT_KEYMAP, else keymap.toml in the
/// config directory when it exists.
pub fn user_file(flag: Option<PathBuf>) -> Option<PathBuf> {
    if flag.is_some() {
        return flag;
    }
    if let Some(p) = std::env::var_os(KEYMAP_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("be", "perinat", "perinat")
        .map(|d| d.config_dir().join("keymap.toml"))
        .filter(|p| p.exists())
}

/// Loads the keymap in force: the defaults, with the user's file over them. On errors,
/// the defaults and the errors (which the UI shows before it starts).
pub fn load(file: Option<&Path>) -> (Keymap, Vec<KeymapError>) {
    let Some(path) = file else {
        return (Keymap::defaults(), Vec::new());
    };
    let name = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => match Keymap::with_overrides(&name, &text) {
            Ok(map) => (map, Vec::new()),
            Err(errors) => (Keymap::defaults(), errors),
        },
        Err(e) => (
            Keymap::defaults(),
            vec![KeymapError {
                file: name,
                line: 0,
                message: crate::t!("keymap-unreadable", detail = e.to_string()),
            }],
        ),
    }
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
