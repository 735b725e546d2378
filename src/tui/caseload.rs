//! The home screen: one row per pregnancy, with incremental search, filters and sorting
//! over the rows the loader computed. Only the visible rows are drawn.

use crate::domain::model::Region;
use crate::domain::Scenario;
use crate::i18n::format::euros;
use crate::report::caseload::{scenario_text, CaseRow, Stage};
use crate::report::format::{folded, pad, pad_left, truncate};
use crate::t;
use crate::tui::component::{Command, Component, Ctx, Effect, Refresh};
use crate::tui::keymap::{Action, Key, KeyCodeOrd, Section};
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::cmp::Reverse;

/// The list's columns, in the order `sort-next` visits them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    When,
    Period,
    Scenario,
    Coordinator,
    Alerts,
    ToBill,
}

impl Column {
    const ALL: [Column; 7] = [
        Column::Name,
        Column::When,
        Column::Period,
        Column::Scenario,
        Column::Coordinator,
        Column::Alerts,
        Column::ToBill,
    ];

    fn title(self) -> String {
        match self {
            Column::Name => t!("col-name"),
            Column::When => t!("col-when"),
            Column::Period => t!("col-period"),
            Column::Scenario => t!("col-scenario"),
            Column::Coordinator => t!("col-coordinator"),
            Column::Alerts => t!("col-alerts"),
            Column::ToBill => t!("col-to-bill"),
        }
    }

    fn width(self) -> usize {
        match self {
            Column::Name => 17,
            Column::When => 11,
            Column::Period => 12,
            Column::Scenario => 2,
            Column::Coordinator => 0, // takes what is left
            Column::Alerts => 6,
            Column::ToBill => 10,
        }
    }

    fn right(self) -> bool {
        self == Column::ToBill
    }
}

/// The period filter's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodFilter {
    Prenatal,
    Postnatal,
    EarlyChildhood,
}

/// The scenario filter's values: a scenario, or "no screening yet".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScenarioFilter {
    Is(Scenario),
    None,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub scenario: Option<ScenarioFilter>,
    pub period: Option<PeriodFilter>,
    pub region: Option<Region>,
    /// A coordinator's provider id.
    pub coordinator: Option<String>,
    pub alerts_only: bool,
    pub show_closed: bool,
    /// Only the cases of this provider (the signed-in person): coordinator or team.
    pub mine: Option<String>,
}

impl Filters {
    fn keeps(&self, r: &CaseRow) -> bool {
        if r.closed() && !self.show_closed {
            return false;
        }
        if let Some(s) = self.scenario {
            let ok = match s {
                ScenarioFilter::Is(sc) => r.scenario.map(|x| x.0) == Some(sc),
                ScenarioFilter::None => r.scenario.is_none(),
            };
            if !ok {
                return false;
            }
        }
        if let Some(p) = self.period {
            let ok = matches!(
                (p, r.stage),
                (PeriodFilter::Prenatal, Stage::Prenatal(_))
                    | (PeriodFilter::Postnatal, Stage::Postnatal(_))
                    | (PeriodFilter::EarlyChildhood, Stage::EarlyChildhood(_))
            );
            if !ok {
                return false;
            }
        }
        if self.region.is_some_and(|g| g != r.region) {
            return false;
        }
        if self
            .coordinator
            .as_ref()
            .is_some_and(|c| r.coordinator_id.as_ref() != Some(c))
        {
            return false;
        }
        if self.mine.as_ref().is_some_and(|me| !r.whose.contains(me)) {
            return false;
        }
        !self.alerts_only || !r.alerts.is_empty()
    }

    /// The active filters in words, for the status line.
    pub fn describe(&self, rows: &[CaseRow]) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(s) = self.scenario {
            out.push(match s {
                ScenarioFilter::Is(sc) => t!("filter-scenario-is", scenario = sc.label()),
                ScenarioFilter::None => t!("filter-no-screening"),
            });
        }
        if let Some(p) = self.period {
            out.push(match p {
                PeriodFilter::Prenatal => t!("phase-prenatal"),
                PeriodFilter::Postnatal => t!("phase-postnatal"),
                PeriodFilter::EarlyChildhood => t!("phase-early-childhood"),
            });
        }
        if let Some(r) = self.region {
            out.push(r.name());
        }
        if let Some(c) = &self.coordinator {
            let name = rows
                .iter()
                .find(|r| r.coordinator_id.as_ref() == Some(c))
                .map(|r| r.coordinator.clone())
                .unwrap_or_else(|| c.clone());
            out.push(t!("filter-coordinator-is", name = name));
        }
        if self.mine.is_some() {
            out.push(t!("filter-mine"));
        }
        if self.alerts_only {
            out.push(t!("filter-alerts"));
        }
        if self.show_closed {
            out.push(t!("filter-with-closed"));
        }
        out
    }
}

/// The keys the empty caseload names, from the keymap in force.
pub struct EmptyHints {
    pub demo: String,
    pub new: String,
    pub provider: String,
}

/// What the rows shown were computed with.
#[derive(Debug, Clone)]
struct Narrowed {
    needle: String,
    filters: Filters,
    version: u64,
    sort: Option<(Column, bool)>,
}

/// The list's state.
#[derive(Debug, Default)]
pub struct CaseloadView {
    pub rows: Vec<CaseRow>,
    /// "name id niss" per row as the search compares it (lower case, no accents).
    haystack: Vec<String>,
    /// Indices into `rows`, all of them, in the sort order; kept when only the search
    /// or the filters change, so that typing filters without sorting again.
    order: Vec<usize>,
    /// Indices into `rows` of the rows shown, in display order.
    pub view: Vec<usize>,
    pub selected: usize,
    pub offset: usize,
    pub search: String,
    pub searching: bool,
    pub filters: Filters,
    pub sort: Option<(Column, bool)>,
    pub loading: bool,
    /// Rows per page at the last draw.
    pub page: usize,
    /// Changes with the rows (added, replaced, removed: their indices may change).
    version: u64,
    /// What `view` was last computed with: the search, the filters, the rows' version
    /// and the sort.
    narrowed: Option<Narrowed>,
}

/// What a search looks in for a row: its name, id and NISS digits, folded.
fn haystack_of(r: &CaseRow) -> String {
    format!(
        "{} {} {}",
        folded(&r.name),
        folded(&r.id),
        r.niss.as_deref().unwrap_or_default()
    )
}

/// What is typed, as it is compared: folded; a NISS typed with its dots, dashes or
/// spaces (`92.12.10-858.82`) as its digits.
fn needle_of(search: &str) -> String {
    let s = search.trim();
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let niss_like = digits.len() >= 6
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | ' ' | '/'));
    if niss_like {
        digits
    } else {
        folded(search)
    }
}

impl CaseloadView {
    /// An empty list waiting for the loader.
    pub fn loading() -> CaseloadView {
        CaseloadView {
            loading: true,
            ..CaseloadView::default()
        }
    }

    pub fn add_rows(&mut self, rows: Vec<CaseRow>) {
        let keep = self.selected_row().map(|r| r.id.clone());
        self.version += 1;
        for r in rows {
            self.haystack.push(haystack_of(&r));
            self.rows.push(r);
        }
        self.resort();
        self.refresh();
        if let Some(id) = keep {
            self.select_id(&id);
        }
    }

    /// An empty list waiting for the loader again, keeping the search, the filters and
    /// the sort (when somebody else replaced the whole caseload).
    pub fn reloading(&self) -> CaseloadView {
        CaseloadView {
            loading: true,
            search: self.search.clone(),
            searching: self.searching,
            filters: self.filters.clone(),
            sort: self.sort,
            page: self.page,
            ..CaseloadView::default()
        }
    }

    /// Replaces (or adds) the rows of cases somebody else changed, and drops those of
    /// cases they deleted, keeping the selection where it is; sorts and filters once.
    pub fn put_rows(&mut self, rows: Vec<CaseRow>, gone: &[String]) {
        let keep = self.selected_row().map(|r| r.id.clone());
        self.version += 1;
        let mut at: std::collections::HashMap<String, usize> = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        for row in rows {
            let hay = haystack_of(&row);
            match at.get(&row.id) {
                Some(&i) => {
                    self.rows[i] = row;
                    self.haystack[i] = hay;
                }
                None => {
                    at.insert(row.id.clone(), self.rows.len());
                    self.rows.push(row);
                    self.haystack.push(hay);
                }
            }
        }
        if !gone.is_empty() {
            let gone: std::collections::HashSet<&String> = gone.iter().collect();
            let mut i = 0;
            while i < self.rows.len() {
                if gone.contains(&self.rows[i].id) {
                    self.rows.remove(i);
                    self.haystack.remove(i);
                } else {
                    i += 1;
                }
            }
        }
        self.resort();
        self.refresh();
        if let Some(id) = keep {
            self.select_id(&id);
        }
    }

    pub fn select_id(&mut self, id: &str) {
        if let Some(pos) = self
            .view
            .iter()
            .position(|&i| self.rows.get(i).is_some_and(|r| r.id == id))
        {
            self.selected = pos;
        }
    }

    pub fn selected_row(&self) -> Option<&CaseRow> {
        self.view.get(self.selected).and_then(|&i| self.rows.get(i))
    }

    /// Puts every row in the sort order (each row's sort key computed once).
    fn resort(&mut self) {
        self.order = (0..self.rows.len()).collect();
        if let Some((col, reverse)) = self.sort {
            let rows = &self.rows;
            self.order
                .sort_by_cached_key(|&i| (sort_key(col, &rows[i]), rows[i].id.clone()));
            if reverse {
                self.order.reverse();
            }
        }
    }

    /// Recomputes the shown rows from search, filters and sort; keeps the selected case.
    pub fn refresh(&mut self) {
        // The selected row by its index: rows keep their indices until `resort` makes a
        // new version (then the callers select the case again by its id).
        let same = self
            .narrowed
            .as_ref()
            .is_some_and(|n| n.version == self.version);
        let keep = self.view.get(self.selected).copied().filter(|_| same);
        let needle = needle_of(&self.search);
        let words: Vec<&str> = needle.split_whitespace().collect();
        // Typing one more character only narrows what is shown: filter the rows shown,
        // not all of them (100,000 rows, in sort order, at each key otherwise).
        let narrowing = self.narrowed.as_ref().is_some_and(|n| {
            n.version == self.version
                && n.sort == self.sort
                && n.filters == self.filters
                && needle.starts_with(n.needle.as_str())
        });
        let source: Vec<usize> = if narrowing {
            std::mem::take(&mut self.view)
        } else {
            self.order.clone()
        };
        self.view = source
            .into_iter()
            .filter(|&i| {
                // Every word typed, in any order ("exemple julie" finds Julie Exemple).
                words.iter().all(|w| self.haystack[i].contains(w))
                    && self.filters.keeps(&self.rows[i])
            })
            .collect();
        self.narrowed = Some(Narrowed {
            needle: needle.clone(),
            filters: self.filters.clone(),
            version: self.version,
            sort: self.sort,
        });
        self.selected = keep
            .and_then(|i| self.view.iter().position(|&v| v == i))
            .unwrap_or(0);
        self.clamp();
    }

    pub fn clamp(&mut self) {
        if self.selected >= self.view.len() {
            self.selected = self.view.len().saturating_sub(1);
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.view.len().saturating_sub(1) as isize;
        self.selected = (self.selected as isize + delta).clamp(0, last.max(0)) as usize;
    }

    pub fn next_sort(&mut self) {
        let next = match self.sort {
            None => Column::ALL[0],
            Some((c, _)) => {
                let i = Column::ALL.iter().position(|x| *x == c).unwrap_or(0);
                Column::ALL[(i + 1) % Column::ALL.len()]
            }
        };
        self.sort = Some((next, false));
        self.resort();
        self.refresh();
    }

    pub fn reverse_sort(&mut self) {
        let (c, r) = self.sort.unwrap_or((Column::Name, false));
        self.sort = Some((c, !r));
        self.resort();
        self.refresh();
    }

    pub fn cycle_scenario(&mut self) {
        use ScenarioFilter::Is;
        self.filters.scenario = match self.filters.scenario {
            Option::None => Some(Is(Scenario::Zero)),
            Some(Is(Scenario::Zero)) => Some(Is(Scenario::A)),
            Some(Is(Scenario::A)) => Some(Is(Scenario::B)),
            Some(Is(Scenario::B)) => Some(ScenarioFilter::None),
            Some(ScenarioFilter::None) => Option::None,
        };
        self.refresh();
    }

    pub fn cycle_period(&mut self) {
        use PeriodFilter::*;
        self.filters.period = match self.filters.period {
            None => Some(Prenatal),
            Some(Prenatal) => Some(Postnatal),
            Some(Postnatal) => Some(EarlyChildhood),
            Some(EarlyChildhood) => None,
        };
        self.refresh();
    }

    pub fn cycle_region(&mut self) {
        self.filters.region = match self.filters.region {
            None => Some(Region::ALL[0]),
            Some(r) => Region::ALL
                .iter()
                .position(|x| *x == r)
                .and_then(|i| Region::ALL.get(i + 1).copied()),
        };
        self.refresh();
    }

    /// Steps through the coordinators of the caseload, by name.
    pub fn cycle_coordinator(&mut self) {
        let mut names: Vec<(&str, &str)> = self
            .rows
            .iter()
            .filter_map(|r| {
                r.coordinator_id
                    .as_deref()
                    .map(|id| (r.coordinator.as_str(), id))
            })
            .collect();
        names.sort();
        names.dedup();
        self.filters.coordinator = match &self.filters.coordinator {
            None => names.first().map(|(_, id)| id.to_string()),
            Some(c) => names
                .iter()
                .position(|(_, id)| id == c)
                .and_then(|i| names.get(i + 1))
                .map(|(_, id)| id.to_string()),
        };
        self.refresh();
    }

    pub fn toggle_alerts(&mut self) {
        self.filters.alerts_only = !self.filters.alerts_only;
        self.refresh();
    }

    pub fn toggle_closed(&mut self) {
        self.filters.show_closed = !self.filters.show_closed;
        self.refresh();
    }

    pub fn clear_filters(&mut self) {
        self.filters = Filters::default();
        self.search.clear();
        self.refresh();
    }

    pub fn draw(&mut self, f: &mut Frame, area: Rect, theme: Theme, keys: &EmptyHints) {
        let coord_width = usize::from(area.width)
            .saturating_sub(2 + Column::ALL.iter().map(|c| c.width() + 1).sum::<usize>());
        let width = |c: Column| {
            if c == Column::Coordinator {
                coord_width
            } else {
                c.width()
            }
        };
        let mut lines = Vec::with_capacity(usize::from(area.height));
        let header: Vec<Span> = std::iter::once(Span::raw("  "))
            .chain(Column::ALL.iter().map(|&c| {
                let mut title = c.title();
                if let Some((s, rev)) = self.sort {
                    if s == c {
                        title.push(if rev { '▼' } else { '▲' });
                    }
                }
                let text = if c.right() {
                    pad_left(&title, width(c))
                } else {
                    pad(&title, width(c))
                };
                Span::styled(format!("{text} "), theme.heading())
            }))
            .collect();
        lines.push(Line::from(header));
        let body = usize::from(area.height).saturating_sub(1);
        self.page = body.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        }
        if self.selected >= self.offset + body {
            self.offset = self.selected + 1 - body;
        }
        if self.view.is_empty() {
            let msg = if self.rows.is_empty() && !self.loading {
                vec![
                    Line::raw(""),
                    Line::styled(t!("caseload-empty"), theme.heading()),
                    Line::raw(""),
                    Line::raw(t!("caseload-empty-demo", key = keys.demo.as_str())),
                    Line::raw(t!(
                        "caseload-empty-new",
                        key = keys.new.as_str(),
                        provider = keys.provider.as_str()
                    )),
                    Line::raw(t!("caseload-empty-import")),
                ]
            } else if self.loading {
                vec![Line::raw(t!("caseload-loading"))]
            } else {
                vec![Line::raw(t!("caseload-no-match"))]
            };
            lines.extend(msg);
        }
        for (pos, &i) in self.view.iter().enumerate().skip(self.offset).take(body) {
            let r = &self.rows[i];
            let marks = r.alerts.marks();
            let cells = [
                (Column::Name, r.name.clone()),
                (Column::When, when_short(r)),
                (Column::Period, stage_short(r.stage)),
                (Column::Scenario, scenario_text(r.scenario)),
                (Column::Coordinator, r.coordinator.clone()),
                (Column::Alerts, marks.clone()),
                (
                    Column::ToBill,
                    if r.to_bill.is_zero() {
                        "-".into()
                    } else {
                        euros(r.to_bill)
                    },
                ),
            ];
            let selected = pos == self.selected;
            let mut spans = vec![Span::raw(if selected { "▶ " } else { "  " })];
            for (c, text) in cells {
                let w = width(c);
                let text = truncate(&text, w);
                let cell = if c.right() {
                    pad_left(&text, w)
                } else {
                    pad(&text, w)
                };
                let style = match c {
                    Column::Alerts if !marks.is_empty() => theme.alert(),
                    Column::Scenario if r.scenario.is_some_and(|s| s.1) => theme.warn(),
                    _ => theme.normal(),
                };
                spans.push(Span::styled(format!("{cell} "), style));
            }
            let mut line = Line::from(spans);
            if selected {
                line = line.style(theme.selected());
            }
            lines.push(line);
        }
        f.render_widget(Paragraph::new(lines), area);
    }
}

/// `04/07/2025` for a birth, `04/07/2025?` for a due date.
fn when_short(r: &CaseRow) -> String {
    match r.birth {
        None => "-".into(),
        Some(d) => format!(
            "{}{}",
            crate::i18n::format::date(d),
            if r.expected { "?" } else { "" }
        ),
    }
}

/// `pre wk 34+2`, `post d17`, `child 15m`: the period in at most 12 columns.
pub(crate) fn stage_short(s: Stage) -> String {
    match s {
        Stage::Unknown => "-".into(),
        Stage::Prenatal(Some(g)) => t!("short-prenatal-week", week = g / 7, day = g % 7),
        Stage::Prenatal(None) => t!("short-prenatal"),
        Stage::Postnatal(d) => t!("short-postnatal-day", day = d),
        Stage::EarlyChildhood(m) => t!("short-childhood-months", months = m),
        Stage::Closed => t!("short-closed"),
    }
}

/// What a column sorts by; a descending column (most alerts, most to bill first) sorts
/// by its reverse.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    Text(String),
    Date(Option<chrono::NaiveDate>),
    Stage((u8, i64)),
    Scenario(Option<(Scenario, bool)>),
    Count(Reverse<usize>),
    Money(Reverse<rust_decimal::Decimal>),
}

fn sort_key(col: Column, r: &CaseRow) -> SortKey {
    match col {
        Column::Name => SortKey::Text(r.name.to_lowercase()),
        Column::When => SortKey::Date(r.birth),
        Column::Period => SortKey::Stage(stage_key(r.stage)),
        Column::Scenario => SortKey::Scenario(r.scenario),
        Column::Coordinator => SortKey::Text(r.coordinator.to_lowercase()),
        Column::Alerts => SortKey::Count(Reverse(r.alert_count)),
        Column::ToBill => SortKey::Money(Reverse(r.to_bill)),
    }
}

fn stage_key(s: Stage) -> (u8, i64) {
    match s {
        Stage::Unknown => (0, 0),
        Stage::Prenatal(g) => (1, g.unwrap_or(0)),
        Stage::Postnatal(d) => (2, d),
        Stage::EarlyChildhood(m) => (3, m),
        Stage::Closed => (4, 0),
    }
}

/// The caseload screen: always there, the first of the trail.
impl Component for CaseloadView {
    fn section(&self) -> Section {
        Section::Caseload
    }

    fn title(&self) -> String {
        t!("screen-caseload")
    }

    fn commands(&self, ctx: &Ctx) -> Vec<Command> {
        let row = self.selected_row().is_some();
        vec![
            Command::main(Action::Open).when(row),
            Command::main(Action::Search),
            Command::main(Action::NewPregnancy),
            Command::main(Action::FilterAlerts),
            Command::main(Action::SortNext),
            Command::new(Action::Up),
            Command::new(Action::Down),
            Command::new(Action::PageUp),
            Command::new(Action::PageDown),
            Command::new(Action::Top),
            Command::new(Action::Bottom),
            Command::new(Action::FilterScenario),
            Command::new(Action::FilterPeriod),
            Command::new(Action::FilterRegion),
            Command::new(Action::FilterCoordinator),
            Command::new(Action::FilterMine).when(ctx.me.is_some()),
            Command::new(Action::ToggleClosed),
            Command::new(Action::ClearFilters),
            Command::new(Action::SortReverse),
            Command::new(Action::NewProvider),
            Command::new(Action::LoadDemo).when(self.rows.is_empty() && !self.loading),
            Command::new(Action::Back).when(!self.search.is_empty()),
            Command::new(Action::Quit),
        ]
    }

    /// Typing a search: characters go into it, Enter keeps it, Esc clears it.
    fn key(&mut self, key: Key, _ctx: &Ctx) -> Option<Vec<Effect>> {
        if !self.searching {
            return None;
        }
        if crate::tui::component::search_key(&mut self.search, &mut self.searching, key) {
            self.refresh();
            return Some(Vec::new());
        }
        match key.code {
            KeyCodeOrd::Down => self.move_by(1),
            KeyCodeOrd::Up => self.move_by(-1),
            _ => {}
        }
        Some(Vec::new())
    }

    fn act(&mut self, a: Action, ctx: &Ctx) -> Vec<Effect> {
        let page = self.page.max(1) as isize;
        match a {
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-page),
            Action::PageDown => self.move_by(page),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = self.view.len().saturating_sub(1),
            Action::Search => self.searching = true,
            Action::FilterScenario => self.cycle_scenario(),
            Action::FilterPeriod => self.cycle_period(),
            Action::FilterRegion => self.cycle_region(),
            Action::FilterCoordinator => self.cycle_coordinator(),
            Action::FilterAlerts => self.toggle_alerts(),
            Action::FilterMine => match ctx.me {
                None => return vec![crate::tui::component::who_am_i_unknown(ctx)],
                Some(me) => {
                    self.filters.mine = match self.filters.mine {
                        Some(_) => None,
                        None => Some(me.to_string()),
                    };
                    self.refresh();
                }
            },
            Action::ToggleClosed => self.toggle_closed(),
            Action::ClearFilters => self.clear_filters(),
            Action::SortNext => self.next_sort(),
            Action::SortReverse => self.reverse_sort(),
            Action::Quit => return vec![Effect::Quit],
            // Esc never quits: it clears the search, else says how to quit.
            Action::Back if !self.search.is_empty() => {
                self.search.clear();
                self.refresh();
            }
            Action::Back => {
                let key = ctx.keymap.keys_for(Section::Caseload, Action::Quit);
                return vec![Effect::Ok(t!("status-how-to-quit", key = key))];
            }
            Action::Open => {
                if let Some(id) = self.selected_row().map(|r| r.id.clone()) {
                    return vec![Effect::OpenCase { id, at: None }];
                }
            }
            Action::NewPregnancy => {
                return vec![Effect::OpenForm(crate::tui::forms::FormKind::Pregnancy(
                    None,
                ))]
            }
            Action::LoadDemo => return load_demo(ctx),
            _ => {}
        }
        Vec::new()
    }

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        let hints = EmptyHints {
            demo: ctx.keymap.keys_for(Section::Caseload, Action::LoadDemo),
            new: ctx.keymap.keys_for(Section::Caseload, Action::NewPregnancy),
            provider: ctx.keymap.keys_for(Section::Caseload, Action::NewProvider),
        };
        CaseloadView::draw(self, f, area, ctx.theme, &hints)
    }

    /// The rows of the cases others changed, in one pass (a whole reload is the app's:
    /// it restarts the loader).
    fn refresh(&mut self, what: &Refresh, ctx: &Ctx) -> Vec<Effect> {
        if let Refresh::Cases(cases) = what {
            let mut rows = Vec::new();
            let mut gone = Vec::new();
            for (id, v) in *cases {
                match v {
                    Some(v) => rows.push(crate::report::caseload::row(
                        &v.pregnancy,
                        ctx.dir,
                        ctx.rules,
                        ctx.today,
                    )),
                    None => gone.push(id.clone()),
                }
            }
            self.put_rows(rows, &gone);
        }
        Vec::new()
    }

    fn reenter(&mut self, _ctx: &Ctx) -> Vec<Effect> {
        Vec::new()
    }

    crate::any_component!();
}

/// Fills an empty caseload with 200 demo cases.
fn load_demo(ctx: &Ctx) -> Vec<Effect> {
    match ctx.store.count_pregnancies() {
        Ok(0) => {}
        Ok(_) => return vec![Effect::Fail(t!("status-demo-not-empty"))],
        Err(e) => return vec![Effect::Fail(e.to_string())],
    }
    let demo = crate::demo::generate(200, 1, ctx.today);
    match ctx.store.import(demo, false) {
        Ok(s) => vec![
            Effect::Reload,
            Effect::Ok(t!("status-demo-loaded", count = s.pregnancies_added)),
        ],
        Err(e) => vec![Effect::Fail(e.to_string())],
    }
}
