//! The to-do screen: every dated thing to do across the caseload in the coming weeks,
//! soonest first (overdue first), from the rules the domain decides (`report::todo`);
//! "mine" keeps the cases where the signed-in person is coordinator or in the team.
//! Enter opens the case on the line concerned.

use crate::domain::todo::TodoItem;
use crate::i18n::format::date;
use crate::report::format::{pad, truncate};
use crate::report::todo::TodoSpec;
use crate::t;
use crate::tui::background::Background;
use crate::tui::component::{move_in_list, movement, Command, Component, Ctx, Effect, Refresh};
use crate::tui::keymap::{Action, Section};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The to-do screen's keymap section, `[todo]`.
pub const SECTION: Section = Section::screen("todo");

/// What the to-do screen's keys may do.
pub const ACTIONS: &[Action] = &[
    Action::Up,
    Action::Down,
    Action::PageUp,
    Action::PageDown,
    Action::Top,
    Action::Bottom,
    Action::Open,
    Action::FilterMine,
    Action::Back,
];

/// How far ahead the screen looks.
pub const DAYS: i64 = 28;

/// The to-do screen's state.
pub struct TodoScreen {
    pub items: Vec<TodoItem>,
    /// Only the signed-in person's cases.
    pub mine: bool,
    pub selected: usize,
    offset: usize,
    page: usize,
    /// The list being built off the UI thread (a scan of the whole caseload).
    building: Option<Background<Vec<TodoItem>>>,
    /// Cases changed while it was being built, applied once it is.
    meanwhile: Vec<(String, Option<crate::store::Versioned>)>,
    /// Why the last build failed (the store went away).
    failed: Option<String>,
}

/// Opens the to-do screen (mine first when the person is a provider).
pub fn make(ctx: &Ctx) -> Result<Box<dyn Component>, String> {
    let mut s = TodoScreen {
        items: Vec::new(),
        mine: ctx.me.is_some(),
        selected: 0,
        offset: 0,
        page: 10,
        building: None,
        meanwhile: Vec::new(),
        failed: None,
    };
    s.build(ctx);
    Ok(Box::new(s))
}

impl TodoScreen {
    fn spec(&self, ctx: &Ctx) -> TodoSpec {
        TodoSpec {
            today: ctx.today,
            days: DAYS,
            mine: if self.mine {
                ctx.me.map(str::to_string)
            } else {
                None
            },
        }
    }

    /// Starts building the whole list in the background, case by case as they are read
    /// (the caseload is never held whole in memory).
    fn build(&mut self, ctx: &Ctx) {
        let (store, spec) = (ctx.store.clone(), self.spec(ctx));
        self.meanwhile.clear();
        self.failed = None;
        self.building = Some(Background::start(move || {
            crate::report::todo::build(store.as_ref(), &spec)
                .map(|(items, _)| items)
                .map_err(|e| e.to_string())
        }));
    }

    /// Takes in the list once built, with the cases changed meanwhile.
    fn built(&mut self, done: Result<Vec<TodoItem>, String>, ctx: &Ctx) -> Result<(), String> {
        self.building = None;
        let keep = self
            .items
            .get(self.selected)
            .map(|i| (i.case.clone(), i.due));
        self.items = done?;
        self.reselect(keep);
        let meanwhile = std::mem::take(&mut self.meanwhile);
        if !meanwhile.is_empty() {
            self.refresh(&Refresh::Cases(&meanwhile), ctx);
        }
        Ok(())
    }

    /// Selects the item of that case and day again, where it now is.
    fn reselect(&mut self, keep: Option<(String, chrono::NaiveDate)>) {
        self.selected = keep
            .and_then(|k| {
                self.items
                    .iter()
                    .position(|i| (i.case.as_str(), i.due) == (k.0.as_str(), k.1))
            })
            .unwrap_or(self.selected)
            .min(self.items.len().saturating_sub(1));
    }
}

impl Component for TodoScreen {
    fn section(&self) -> Section {
        SECTION
    }

    fn title(&self) -> String {
        t!("screen-todo")
    }

    fn commands(&self, ctx: &Ctx) -> Vec<Command> {
        let mut c = vec![
            Command::main(Action::Open).when(!self.items.is_empty()),
            Command::main(Action::FilterMine).when(ctx.me.is_some()),
            Command::main(Action::Back),
        ];
        c.extend(movement());
        c
    }

    fn act(&mut self, a: Action, ctx: &Ctx) -> Vec<Effect> {
        if move_in_list(a, &mut self.selected, self.items.len(), self.page) {
            return Vec::new();
        }
        match a {
            Action::Back => return vec![Effect::Back],
            Action::FilterMine => {
                if ctx.me.is_none() {
                    return vec![crate::tui::component::who_am_i_unknown(ctx)];
                }
                self.mine = !self.mine;
                self.build(ctx);
            }
            Action::Open => {
                if let Some(i) = self.items.get(self.selected) {
                    return vec![Effect::OpenCase {
                        id: i.case.clone(),
                        at: Some(i.place.clone()),
                    }];
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        let th = ctx.theme;
        let width = usize::from(area.width);
        let head = match (&self.building, &self.failed) {
            (Some(_), _) => t!("todo-loading"),
            (None, Some(e)) => e.clone(),
            (None, None) if self.mine => {
                t!("todo-heading-mine", count = self.items.len(), days = DAYS)
            }
            (None, None) => t!("todo-heading", count = self.items.len(), days = DAYS),
        };
        let mut lines = vec![Line::styled(truncate(&head, width), th.heading())];
        // Under the list, the selected item in full (the list cuts long texts).
        let detail: Vec<String> = self
            .items
            .get(self.selected)
            .map(|i| {
                let who: Vec<&str> = i.providers.iter().map(|p| ctx.dir.name(p)).collect();
                let text = if who.is_empty() {
                    i.text()
                } else {
                    format!("{} · {}", i.text(), who.join(", "))
                };
                crate::tui::info::wrap(&text, width.saturating_sub(2))
                    .into_iter()
                    .take(3)
                    .collect()
            })
            .unwrap_or_default();
        let rows = usize::from(area.height)
            .saturating_sub(1 + detail.len() + 1)
            .max(1);
        self.page = rows;
        if self.selected < self.offset {
            self.offset = self.selected;
        }
        if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
        if self.items.is_empty() {
            lines.push(Line::raw(format!("  {}", t!("todo-empty"))));
        }
        for (i, item) in self.items.iter().enumerate().skip(self.offset).take(rows) {
            // Never colour alone: overdue is said in words too.
            let when = if item.overdue {
                t!("todo-overdue")
            } else {
                let days = (item.due - ctx.today).num_days();
                t!("todo-in-days", days = days)
            };
            // The text starts with its rule (R35: …).
            let text = format!(
                "{} {} {} {}",
                date(item.due),
                pad(&truncate(&when, 12), 12),
                pad(&truncate(&item.woman, 18), 18),
                item.text()
            );
            let selected = i == self.selected;
            let style = if item.overdue {
                th.alert()
            } else {
                th.normal()
            };
            let mut line = Line::from(vec![
                Span::raw(if selected { "▶ " } else { "  " }),
                Span::styled(truncate(&text, width.saturating_sub(2)), style),
            ]);
            if selected {
                line = line.style(th.selected());
            }
            lines.push(line);
        }
        while lines.len() < rows + 1 {
            lines.push(Line::raw(""));
        }
        lines.push(Line::raw(""));
        lines.extend(detail.into_iter().map(|d| Line::raw(format!("  {d}"))));
        f.render_widget(Paragraph::new(lines), area);
    }

    /// The items of the cases that changed are computed again, the others kept (the
    /// whole list at 100,000 cases takes a scan of the caseload).
    fn refresh(&mut self, what: &Refresh, ctx: &Ctx) -> Vec<Effect> {
        let Refresh::Cases(cases) = what else {
            self.build(ctx);
            return Vec::new();
        };
        if self.building.is_some() {
            self.meanwhile.extend(cases.iter().cloned());
            return Vec::new();
        }
        let spec = self.spec(ctx);
        let keep = self
            .items
            .get(self.selected)
            .map(|i| (i.case.clone(), i.due));
        self.items
            .retain(|i| !cases.iter().any(|(id, _)| *id == i.case));
        // A case can come more than once (saved twice, or this user's save echoed by
        // the live channel): its latest version only.
        let mut seen = std::collections::BTreeSet::new();
        for (id, v) in cases.iter().rev() {
            if !seen.insert(id.as_str()) {
                continue;
            }
            if let Some(v) = v {
                self.items.extend(crate::report::todo::case_items(
                    &spec,
                    &v.pregnancy,
                    ctx.dir,
                    ctx.rules,
                ));
            }
        }
        crate::report::todo::sort(&mut self.items);
        self.reselect(keep);
        Vec::new()
    }

    fn poll(&mut self, ctx: &Ctx) -> Option<Vec<Effect>> {
        let done = self.building.as_ref().and_then(|b| b.poll())?;
        if let Err(e) = self.built(done, ctx) {
            self.failed = Some(e);
        }
        Some(Vec::new())
    }

    fn finish(&mut self, ctx: &Ctx) -> Vec<Effect> {
        if let Some(done) = self.building.as_ref().map(|b| b.wait()) {
            if let Err(e) = self.built(done, ctx) {
                self.failed = Some(e);
            }
        }
        Vec::new()
    }

    /// Shown again as it was left: every change made meanwhile reached it through
    /// `refresh` (kept screens get them too), so the caseload is not read again (a
    /// scan of 100,000 cases through the server takes over a second).
    fn reenter(&mut self, _ctx: &Ctx) -> Vec<Effect> {
        Vec::new()
    }

    crate::any_component!();
}
