//! The providers screen: the practice's directory, searchable, with how many cases each
//! one is on; a new provider, a typo corrected, a provider no longer used deleted, a
//! duplicate merged into the original.

use crate::domain::model::Provider;
use crate::report::format::{folded, pad, truncate};
use crate::t;
use crate::tui::app::Confirm;
use crate::tui::background::Background;
use crate::tui::component::{move_in_list, Command, Component, Ctx, Effect, Refresh};
use crate::tui::forms::FormKind;
use crate::tui::keymap::{Action, Key, KeyCodeOrd, Section};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::collections::HashMap;

/// The providers screen's keymap section, `[providers]`.
pub const SECTION: Section = Section::screen("providers");

/// What the providers screen's keys may do.
pub const ACTIONS: &[Action] = &[
    Action::Up,
    Action::Down,
    Action::Top,
    Action::Bottom,
    Action::Search,
    Action::EditSelected,
    Action::DeleteSelected,
    Action::MergeProvider,
    Action::NewProvider,
    Action::Back,
];

/// The providers screen's state.
#[derive(Default)]
pub struct ProvidersScreen {
    /// Cases per provider id (any role), counted when the screen opened or data changed.
    used: HashMap<String, usize>,
    /// The count under way, off the UI thread (a scan of the whole caseload).
    counting: Option<Background<HashMap<String, usize>>>,
    /// Why the last count failed (the store went away).
    failed: Option<String>,
    pub search: String,
    pub searching: bool,
    pub selected: usize,
    offset: usize,
}

/// Opens the providers screen.
pub fn make(ctx: &Ctx) -> Result<Box<dyn Component>, String> {
    let mut s = ProvidersScreen::default();
    s.count(ctx);
    Ok(Box::new(s))
}

impl ProvidersScreen {
    /// Starts counting the cases each provider is on, in the background.
    fn count(&mut self, ctx: &Ctx) {
        let store = ctx.store.clone();
        self.counting = Some(Background::start(move || {
            let mut used: HashMap<String, usize> = HashMap::new();
            store
                .scan_pregnancies(&mut |p| {
                    let mut ids: Vec<&str> =
                        p.provider_refs().into_iter().map(|(_, r)| r).collect();
                    ids.sort_unstable();
                    ids.dedup();
                    for id in ids {
                        *used.entry(id.to_string()).or_default() += 1;
                    }
                    true
                })
                .map_err(|e| e.to_string())?;
            Ok(used)
        }));
    }

    fn counted(&mut self, done: Result<HashMap<String, usize>, String>) {
        self.counting = None;
        match done {
            Ok(used) => {
                self.used = used;
                self.failed = None;
            }
            Err(e) => self.failed = Some(e),
        }
    }

    /// The providers shown: those the search matches (name, profession, organisation,
    /// INAMI, id; accents and case ignored).
    fn shown<'a>(&self, ctx: &Ctx<'a>) -> Vec<&'a Provider> {
        let needle = folded(self.search.trim());
        ctx.providers
            .iter()
            .filter(|p| {
                needle.is_empty() || {
                    let hay = folded(&format!(
                        "{} {} {} {} {}",
                        p.name,
                        p.id,
                        p.profession.name(),
                        p.organisation.as_deref().unwrap_or(""),
                        p.inami.as_ref().map(|i| i.to_string()).unwrap_or_default()
                    ));
                    hay.contains(&needle)
                }
            })
            .collect()
    }

    fn current<'a>(&self, ctx: &Ctx<'a>) -> Option<&'a Provider> {
        self.shown(ctx).get(self.selected).copied()
    }
}

impl Component for ProvidersScreen {
    fn section(&self) -> Section {
        SECTION
    }

    fn title(&self) -> String {
        t!("screen-providers")
    }

    fn commands(&self, ctx: &Ctx) -> Vec<Command> {
        let one = self.current(ctx);
        let unused = self.counting.is_none() && one.is_some_and(|p| !self.used.contains_key(&p.id));
        vec![
            Command::main(Action::EditSelected).when(one.is_some()),
            Command::main(Action::NewProvider),
            Command::main(Action::DeleteSelected).when(unused),
            Command::main(Action::MergeProvider).when(one.is_some() && ctx.providers.len() > 1),
            Command::main(Action::Search),
            Command::new(Action::Up),
            Command::new(Action::Down),
            Command::new(Action::Top),
            Command::new(Action::Bottom),
            Command::new(Action::Back),
        ]
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Option<Vec<Effect>> {
        if !self.searching {
            return None;
        }
        if crate::tui::component::search_key(&mut self.search, &mut self.searching, key) {
            self.selected = 0;
            return Some(Vec::new());
        }
        // Up and Down move among the providers found, the search kept.
        match key.code {
            KeyCodeOrd::Up => self.selected = self.selected.saturating_sub(1),
            KeyCodeOrd::Down => self.selected += 1,
            _ => {}
        }
        Some(Vec::new())
    }

    fn act(&mut self, a: Action, ctx: &Ctx) -> Vec<Effect> {
        let n = self.shown(ctx).len();
        if move_in_list(a, &mut self.selected, n, 10) {
            return Vec::new();
        }
        match a {
            Action::Search => self.searching = true,
            Action::Back if !self.search.is_empty() => {
                self.search.clear();
                self.selected = 0;
            }
            Action::Back => return vec![Effect::Back],
            Action::EditSelected => {
                if let Some(p) = self.current(ctx) {
                    return vec![Effect::OpenForm(FormKind::Provider(Some(p.id.clone())))];
                }
            }
            Action::DeleteSelected if self.counting.is_some() => {
                return vec![Effect::Fail(t!("providers-counting"))];
            }
            Action::DeleteSelected => {
                if let Some(p) = self.current(ctx) {
                    if let Some(n) = self.used.get(&p.id) {
                        let key = ctx.keymap.keys_for(SECTION, Action::MergeProvider);
                        return vec![Effect::Fail(t!(
                            "status-provider-used",
                            name = p.name.as_str(),
                            count = *n,
                            key = key
                        ))];
                    }
                    return vec![Effect::Ask(Confirm::DeleteProvider {
                        id: p.id.clone(),
                        name: p.name.clone(),
                    })];
                }
            }
            Action::MergeProvider => {
                if let Some(p) = self.current(ctx) {
                    return vec![Effect::OpenForm(FormKind::MergeProvider(p.id.clone()))];
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        let th = ctx.theme;
        let width = usize::from(area.width);
        let shown = self.shown(ctx);
        self.selected = self.selected.min(shown.len().saturating_sub(1));
        let mut lines = vec![Line::styled(
            truncate(
                &format!(
                    "  {} {} {} {} {}",
                    pad(&t!("providers-name"), 26),
                    pad(&t!("providers-profession"), 16),
                    pad("INAMI", 11),
                    pad(&t!("providers-cases"), 6),
                    t!("providers-organisation")
                ),
                width,
            ),
            th.heading(),
        )];
        if let Some(e) = &self.failed {
            lines.push(Line::styled(truncate(&format!("  {e}"), width), th.error()));
        }
        let rows = usize::from(area.height).saturating_sub(3).max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        }
        if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
        if shown.is_empty() {
            lines.push(Line::raw(format!("  {}", t!("providers-none"))));
        }
        for (i, p) in shown.iter().enumerate().skip(self.offset).take(rows) {
            let text = format!(
                "{} {} {} {} {}",
                pad(&truncate(&p.name, 26), 26),
                pad(&truncate(&p.profession.name(), 16), 16),
                pad(
                    &p.inami
                        .as_ref()
                        .map(|i| i.to_string())
                        .unwrap_or("-".into()),
                    11
                ),
                pad(
                    &match &self.counting {
                        Some(_) => "…".to_string(),
                        None => self.used.get(&p.id).copied().unwrap_or(0).to_string(),
                    },
                    6
                ),
                p.organisation.as_deref().unwrap_or("")
            );
            let selected = i == self.selected;
            let mut line = Line::from(vec![
                Span::raw(if selected { "▶ " } else { "  " }),
                Span::raw(truncate(&text, width.saturating_sub(2))),
            ]);
            if selected {
                line = line.style(th.selected());
            }
            lines.push(line);
        }
        if self.searching || !self.search.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("/", th.key()),
                Span::raw(self.search.clone()),
                Span::raw(if self.searching { "▏" } else { "" }),
            ]));
        }
        f.render_widget(Paragraph::new(lines), area);
    }

    fn refresh(&mut self, what: &Refresh, ctx: &Ctx) -> Vec<Effect> {
        if let Refresh::Everything = what {
            self.count(ctx);
        }
        Vec::new()
    }

    fn reenter(&mut self, ctx: &Ctx) -> Vec<Effect> {
        self.refresh(&Refresh::Everything, ctx)
    }

    fn poll(&mut self, _ctx: &Ctx) -> Option<Vec<Effect>> {
        let done = self.counting.as_ref().and_then(|b| b.poll())?;
        self.counted(done);
        Some(Vec::new())
    }

    fn finish(&mut self, _ctx: &Ctx) -> Vec<Effect> {
        if let Some(done) = self.counting.as_ref().map(|b| b.wait()) {
            self.counted(done);
        }
        Vec::new()
    }

    crate::any_component!();
}
