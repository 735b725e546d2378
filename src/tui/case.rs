//! The case screen: the three periods (R2) as a bar with today, the birth and every event
//! on it; then the scenario, vulnerabilities, coordinator and care team; then each service
//! with its status, amount, deadline and reasons; then the alerts.

use crate::domain::alerts::{alerts, Alert};
use crate::domain::edit::Record;
use crate::domain::model::Pregnancy;
use crate::domain::periods::pregnancy_start;
use crate::domain::services::{coordinator_on, Status};
use crate::domain::services::{evaluate, CaseEvaluation, Origin};
use crate::domain::todo::{Place, Section as TodoSection};
use crate::i18n::format::{date, euros};
use crate::report::caseload::{row_of, CaseRow};
use crate::report::caseload::{scenario_line, vulnerability_line, when_text};
use crate::report::format::{pad, pad_left, truncate};
use crate::t;
use crate::tui::app::line_status;
use crate::tui::caseload::stage_short;
use crate::tui::component::{
    changed_case, move_in_list, movement, Command, Component, Ctx, Effect, Refresh,
};
use crate::tui::keymap::{Action, Section};
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The timeline's columns for one case: (first day, last day).
fn span_of(cv: &CaseView) -> Option<(NaiveDate, NaiveDate)> {
    let per = cv.eval.periods?;
    let start = pregnancy_start(&cv.case)
        .unwrap_or(per.prenatal_start)
        .min(per.prenatal_start);
    Some((start, per.end))
}

fn col(d: NaiveDate, start: NaiveDate, end: NaiveDate, width: usize) -> Option<usize> {
    if d < start || d > end || width < 2 {
        return None;
    }
    let total = (end - start).num_days().max(1);
    Some(((d - start).num_days() * (width as i64 - 1) / total) as usize)
}

/// The bar, the marks above it and the events under it.
fn timeline(ctx: &Ctx, cv: &CaseView, width: usize) -> Vec<Line<'static>> {
    let th = ctx.theme;
    let Some((start, end)) = span_of(cv) else {
        return vec![Line::raw(t!("case-no-dates"))];
    };
    let Some(per) = cv.eval.periods else {
        return Vec::new();
    };
    let mut bar: Vec<char> = (0..width)
        .map(|i| {
            let total = (end - start).num_days().max(1);
            let day = start + chrono::Duration::days(i as i64 * total / (width as i64 - 1).max(1));
            if day < per.birth {
                '▓'
            } else if day < per.early_childhood_start {
                '▒'
            } else {
                '░'
            }
        })
        .collect();
    let mut above = vec![' '; width];
    let mut below = vec![' '; width];
    let put = |row: &mut Vec<char>, d: NaiveDate, c: char| {
        if let Some(i) = col(d, start, end, width) {
            row[i] = if row[i] == ' ' || row[i] == c { c } else { '*' };
        }
    };
    put(&mut above, per.birth, if per.expected { '?' } else { 'B' });
    put(&mut above, ctx.today, '▼');
    let p = &cv.case;
    if let Some(s) = &p.screening {
        put(&mut below, s.date, 'S');
    }
    for c in &p.cpp {
        put(&mut below, c.date, 'C');
    }
    for c in &p.concertations {
        put(&mut below, c.date, 'K');
    }
    for f in &p.follow_ups {
        put(&mut below, f.date, 'F');
    }
    for d in &p.coordinators {
        put(&mut below, d.from, 'D');
    }
    for r in &cv.eval.reference_periods {
        put(&mut below, r.start, 'R');
    }
    if ctx.today > end {
        if let Some(last) = bar.last_mut() {
            *last = '▶';
        }
    }
    // The bar's own marks, explained by the legend below: short in every language.
    let labels = format!(
        "▓ {} · {} {} · ░ {} · {} {}",
        date(per.prenatal_start.min(start)),
        if per.expected { "B?" } else { "B" },
        date(per.birth),
        date(per.early_childhood_start),
        t!("case-ends"),
        date(per.end)
    );
    vec![
        Line::raw(truncate(&labels, width)),
        Line::styled(above.into_iter().collect::<String>(), th.alert()),
        Line::styled(bar.drain(..).collect::<String>(), th.muted()),
        Line::raw(below.into_iter().collect::<String>()),
        Line::styled(truncate(&t!("case-legend"), width), th.muted()),
        Line::styled(truncate(&t!("case-legend-marks"), width), th.muted()),
    ]
}

/// What the cursor can be on: the woman's details and each record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Woman,
    Designation(usize),
    Team,
    CarePlan,
    /// Index into `eval.lines`.
    Line(usize),
    /// Index into `follow_ups`.
    FollowUp(usize),
}

/// The items of a case, in the order the screen shows them.
fn items_of(p: &Pregnancy, eval: &CaseEvaluation) -> Vec<Item> {
    let mut items = vec![Item::Woman];
    items.extend((0..p.coordinators.len()).map(Item::Designation));
    items.push(Item::Team);
    items.push(Item::CarePlan);
    items.extend((0..eval.lines.len()).map(Item::Line));
    items.extend(follow_up_order(p).into_iter().map(Item::FollowUp));
    items
}

/// One case, opened.
pub struct CaseView {
    pub case: Pregnancy,
    pub eval: CaseEvaluation,
    /// Its list row (period, dates), from the same evaluation.
    pub row: CaseRow,
    pub alerts: Vec<Alert>,
    /// What the cursor can be on.
    pub items: Vec<Item>,
    /// Index into `items`.
    pub selected: usize,
    pub scroll: u16,
    /// Rows of the scrolled part at the last draw.
    pub page: usize,
    /// The revision it was read at (a delete is based on it).
    pub revision: u64,
}

impl CaseView {
    /// The case as read at `revision`, evaluated on the context's day.
    pub fn new(p: Pregnancy, revision: u64, ctx: &Ctx) -> CaseView {
        let eval = evaluate(&p, ctx.dir, ctx.rules, ctx.today);
        let alerts = alerts(&p, &eval, ctx.today);
        let row = row_of(&p, &eval, ctx.dir, ctx.today);
        let items = items_of(&p, &eval);
        CaseView {
            case: p,
            eval,
            row,
            alerts,
            items,
            selected: 0,
            scroll: 0,
            page: 10,
            revision,
        }
    }

    /// Opens case `id` as it is now; `at` selects what it is about.
    pub fn open(id: &str, at: Option<Place>, ctx: &Ctx) -> Result<CaseView, String> {
        match ctx.store.pregnancy_versioned(id) {
            Ok(Some(v)) => {
                let mut cv = CaseView::new(v.pregnancy, v.revision, ctx);
                if let Some(at) = at {
                    cv.go_to(&at);
                }
                Ok(cv)
            }
            Ok(None) => Err(t!("form-case-gone")),
            Err(e) => Err(e.to_string()),
        }
    }

    /// The case as it is now (`v`), keeping the selected item and the scroll.
    fn again(&mut self, v: &crate::store::Versioned, ctx: &Ctx) {
        let (keep, at, scroll) = (self.item(), self.selected, self.scroll);
        *self = CaseView::new(v.pregnancy.clone(), v.revision, ctx);
        self.selected = keep
            .and_then(|k| self.items.iter().position(|i| *i == k))
            .unwrap_or(at)
            .min(self.items.len().saturating_sub(1));
        self.scroll = scroll;
    }

    /// Puts the cursor on what `at` is about: its service line, else the first item of
    /// its section (a follow-up on its vulnerability).
    pub fn go_to(&mut self, at: &Place) {
        if let Some(o) = at.line {
            if let Some(i) = self.eval.lines.iter().position(|l| l.origin == o) {
                return self.select_line(i);
            }
        }
        let lines = &self.eval.lines;
        let p = &self.case;
        let found = self.items.iter().position(|it| match (at.section, it) {
            (TodoSection::FollowUps, Item::FollowUp(j)) => at
                .indicator
                .as_ref()
                .is_none_or(|v| p.follow_ups.get(*j).is_some_and(|f| f.indicator == *v)),
            (TodoSection::Coordinators, Item::Designation(_)) => true,
            (TodoSection::Team, Item::Team) => true,
            (TodoSection::CarePlan, Item::CarePlan) => true,
            (TodoSection::Services, Item::Line(_)) => true,
            (TodoSection::Screening, Item::Line(j)) => {
                lines.get(*j).is_some_and(|l| l.origin == Origin::Screening)
            }
            (TodoSection::Cpp, Item::Line(j)) => lines
                .get(*j)
                .is_some_and(|l| matches!(l.origin, Origin::Cpp(_))),
            (TodoSection::Concertations, Item::Line(j)) => lines
                .get(*j)
                .is_some_and(|l| matches!(l.origin, Origin::Concertation(_))),
            _ => false,
        });
        if let Some(i) = found {
            self.selected = i;
        }
    }

    /// The item under the cursor.
    pub fn item(&self) -> Option<Item> {
        self.items.get(self.selected).cloned()
    }

    /// Puts the cursor on service line `i`.
    pub fn select_line(&mut self, i: usize) {
        if let Some(at) = self.items.iter().position(|x| *x == Item::Line(i)) {
            self.selected = at;
        }
    }

    /// The service line under the cursor.
    pub fn selected_line(&self) -> Option<&crate::domain::services::ServiceLine> {
        match self.item()? {
            Item::Line(i) => self.eval.lines.get(i),
            _ => None,
        }
    }

    /// The record under the cursor, if it is one (a forfait line is not: it comes
    /// from the conditions of R33).
    pub fn record(&self) -> Option<Record> {
        match self.item()? {
            Item::Line(i) => match self.eval.lines.get(i)?.origin {
                Origin::Screening => Some(Record::Screening),
                Origin::Cpp(j) => Some(Record::Cpp(j)),
                Origin::Concertation(j) => Some(Record::Concertation(j)),
                Origin::Coordination(_) => None,
            },
            Item::FollowUp(j) => Some(Record::FollowUp(j)),
            Item::Designation(j) => Some(Record::Designation(j)),
            Item::CarePlan => self.case.care_plan.as_ref().map(|_| Record::CarePlan),
            Item::Woman | Item::Team => None,
        }
    }

    /// The form that edits what is under the cursor.
    fn edit_selected(&self) -> Effect {
        use crate::tui::forms::FormKind;
        let id = self.case.id.clone();
        let kind = match self.item() {
            None | Some(Item::Woman) => FormKind::Pregnancy(Some(id)),
            Some(Item::Team) => FormKind::Team(id),
            Some(Item::CarePlan) => FormKind::CarePlan(id),
            Some(Item::Designation(j)) => FormKind::Designation(id, Some(j)),
            Some(Item::FollowUp(j)) => FormKind::FollowUp(id, Some(j)),
            Some(Item::Line(i)) => match self.eval.lines.get(i).map(|l| l.origin) {
                Some(Origin::Screening) => FormKind::Screening(id),
                Some(Origin::Cpp(j)) => FormKind::Cpp(id, Some(j)),
                Some(Origin::Concertation(j)) => FormKind::Concertation(id, Some(j)),
                _ => return Effect::Fail(t!("status-forfait-not-a-record")),
            },
        };
        Effect::OpenForm(kind)
    }

    /// Asks before deleting the whole pregnancy, as shown now.
    fn ask_delete_pregnancy(&self) -> Effect {
        Effect::Ask(crate::tui::app::Confirm::DeletePregnancy {
            case: Box::new(self.case.clone()),
            revision: self.revision,
        })
    }

    /// Asks before deleting what is under the cursor; says why not (R63) at once.
    fn delete_selected(&self, ctx: &Ctx) -> Effect {
        let id = self.case.id.clone();
        match (self.item(), self.record()) {
            (Some(Item::Woman), _) => self.ask_delete_pregnancy(),
            (Some(Item::Team), _) => {
                let key = ctx.keymap.keys_for(Section::Case, Action::EditTeam);
                Effect::Fail(t!("status-team-not-deleted", key = key))
            }
            (_, None) => Effect::Fail(t!("status-forfait-not-a-record")),
            (_, Some(r)) => {
                let what = crate::tui::describe::record(&self.case, &r, &ctx.rules.catalog);
                if let Some(b) = crate::domain::edit::billed_from(&self.case, &r) {
                    let key = ctx
                        .keymap
                        .keys_for(crate::tui::billing::SECTION, Action::WithdrawBilled);
                    return Effect::Fail(t!(
                        "status-delete-billed",
                        what = what.as_str(),
                        on = date(b.billed_on),
                        key = key
                    ));
                }
                Effect::Ask(crate::tui::app::Confirm::DeleteRecord {
                    case: id,
                    record: r,
                    what,
                    revision: self.revision,
                })
            }
        }
    }
}

impl Component for CaseView {
    fn section(&self) -> Section {
        Section::Case
    }

    fn title(&self) -> String {
        t!("screen-case")
    }

    fn case_id(&self) -> Option<&str> {
        Some(&self.case.id)
    }

    fn commands(&self, _ctx: &Ctx) -> Vec<Command> {
        let claimable = self
            .selected_line()
            .is_some_and(|l| crate::tui::app::claimable(l.status));
        let deletable = matches!(self.item(), Some(Item::Woman)) || self.record().is_some();
        let editable = !matches!(
            self.selected_line().map(|l| l.origin),
            Some(Origin::Coordination(_))
        );
        vec![
            Command::main(Action::EditSelected).when(editable),
            Command::main(Action::AddFollowUp),
            Command::main(Action::MarkBilled).when(claimable),
            Command::main(Action::DeleteSelected).when(deletable),
            Command::main(Action::FullRecord),
            Command::main(Action::Back),
            Command::new(Action::RecordScreening),
            Command::new(Action::AddCpp),
            Command::new(Action::AddConcertation),
            Command::new(Action::DesignateCoordinator),
            Command::new(Action::EditTeam),
            Command::new(Action::EditCarePlan),
            Command::new(Action::EditPregnancy),
            Command::new(Action::NewProvider),
            Command::new(Action::History),
            Command::new(Action::DeletePregnancy),
        ]
        .into_iter()
        .chain(movement())
        .collect()
    }

    fn act(&mut self, a: Action, ctx: &Ctx) -> Vec<Effect> {
        let id = self.case.id.clone();
        let open = |k| vec![Effect::OpenForm(k)];
        use crate::tui::forms::FormKind;
        if move_in_list(a, &mut self.selected, self.items.len(), self.page) {
            return Vec::new();
        }
        match a {
            Action::Back => return vec![Effect::Back],
            Action::EditSelected => return vec![self.edit_selected()],
            Action::DeleteSelected => return vec![self.delete_selected(ctx)],
            Action::FullRecord => return vec![full_record(&self.case, ctx)],
            Action::EditPregnancy => return open(FormKind::Pregnancy(Some(id))),
            Action::RecordScreening => return open(FormKind::Screening(id)),
            // "New" always adds; editing is `edit` on the selected record.
            Action::AddCpp => return open(FormKind::Cpp(id, None)),
            Action::AddFollowUp => return open(FormKind::FollowUp(id, None)),
            Action::DesignateCoordinator => return open(FormKind::Designation(id, None)),
            Action::EditTeam => return open(FormKind::Team(id)),
            Action::EditCarePlan => return open(FormKind::CarePlan(id)),
            Action::AddConcertation => return open(FormKind::Concertation(id, None)),
            Action::MarkBilled => {
                return match self.selected_line().cloned() {
                    Some(l) => {
                        let l = crate::report::BillingLine::of(l, &self.case);
                        vec![crate::tui::billing::ask_mark_billed(vec![l], true, ctx)]
                    }
                    None => vec![Effect::Fail(t!("status-no-service"))],
                }
            }
            Action::DeletePregnancy => return vec![self.ask_delete_pregnancy()],
            Action::History => return vec![history(&id, ctx)],
            _ => {}
        }
        Vec::new()
    }

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        draw_case(self, f, area, ctx)
    }

    fn refresh(&mut self, what: &Refresh, ctx: &Ctx) -> Vec<Effect> {
        let read;
        let now = match what {
            Refresh::Everything => {
                read = ctx.store.pregnancy_versioned(&self.case.id);
                match &read {
                    Ok(v) => Some(v.as_ref()),
                    Err(e) => return vec![Effect::Fail(e.to_string())],
                }
            }
            Refresh::Cases(_) => changed_case(what, &self.case.id),
        };
        match now {
            None => Vec::new(),
            Some(Some(v)) => {
                self.again(v, ctx);
                Vec::new()
            }
            // Deleted from under the person's eyes: back to where it was opened from.
            Some(None) => vec![
                Effect::Back,
                Effect::Fail(t!("status-deleted-elsewhere", id = self.case.id.as_str())),
            ],
        }
    }

    crate::any_component!();
}

/// The whole record of a case, in a scrolled box.
pub fn full_record(p: &Pregnancy, ctx: &Ctx) -> Effect {
    let record = crate::report::record::record(p, ctx.dir, ctx.rules, ctx.today);
    Effect::Overlay(Box::new(crate::tui::overlays::ScrolledOverlay {
        title: t!("record-view-title", name = p.mother.name.as_str()),
        keys: t!("record-keys"),
        text: crate::tui::overlays::Scrolled::Record(record),
        scroll: 0,
    }))
}

/// The audit trail of case `id`, newest change first, in a scrolled box.
pub fn history(id: &str, ctx: &Ctx) -> Effect {
    match ctx.store.case_history(id) {
        Ok(entries) => {
            let mut lines = Vec::new();
            for e in entries.iter().rev() {
                lines.extend(crate::report::audit::entry_lines(
                    e,
                    Some(40),
                    Some(ctx.dir),
                ));
            }
            if lines.is_empty() {
                lines.push(t!("history-empty"));
            }
            Effect::Overlay(Box::new(crate::tui::overlays::ScrolledOverlay {
                title: t!("history-title", id = id),
                keys: t!("history-keys"),
                text: crate::tui::overlays::Scrolled::Lines(lines),
                scroll: 0,
            }))
        }
        Err(e) => Effect::Fail(e.to_string()),
    }
}

fn draw_case(cv: &mut CaseView, f: &mut Frame, area: Rect, ctx: &Ctx) {
    let th = ctx.theme;
    let width = usize::from(area.width);
    let dir = ctx.dir;
    let r = &cv.row;
    let name = truncate(&cv.case.mother.name, 30);
    let (when, stage) = (when_text(r), stage_short(r.stage));
    let mut rest = format!(" · {} · {when} · {stage}", cv.case.region.name());
    // A long region name (Dutch, German) gives way before the dates do.
    if crate::report::format::width(&format!("{} {name}{rest}", cv.case.id)) > width {
        rest = format!(" · {when} · {stage}");
    }
    let mut head = vec![Line::from(vec![
        Span::styled(format!("{} ", cv.case.id), th.muted()),
        Span::styled(name, th.heading()),
        Span::raw(rest),
    ])];
    head.extend(timeline(ctx, cv, width));
    let mut body: Vec<Line> = Vec::new();
    let mut selected_at = 0;
    let chosen = cv.items.get(cv.selected).cloned();
    // One line of an item: marked ▶ and highlighted when it is the one selected.
    let mut item = |body: &mut Vec<Line<'static>>, it: Item, text: String, style| {
        let selected = chosen.as_ref() == Some(&it);
        if selected {
            selected_at = body.len();
        }
        let mut line = Line::from(vec![
            Span::raw(if selected { "▶ " } else { "  " }),
            Span::styled(truncate(&text, width.saturating_sub(2)), style),
        ]);
        if selected {
            line = line.style(th.selected());
        }
        body.push(line);
    };
    // The woman.
    let niss = cv
        .case
        .mother
        .niss
        .as_ref()
        .map(|n| n.to_string())
        .unwrap_or_else(|| t!("case-no-niss"));
    item(
        &mut body,
        Item::Woman,
        t!(
            "case-woman",
            name = cv.case.mother.name.as_str(),
            niss = niss,
            born = cv
                .case
                .mother
                .birth_date
                .map(date)
                .unwrap_or_else(|| "none".into())
        ),
        th.normal(),
    );
    // Scenario and vulnerabilities.
    let scenario = match &cv.eval.assessment {
        None => t!("case-no-screening"),
        Some(a) => scenario_line(a),
    };
    body.push(Line::styled(format!("  {scenario}"), th.heading()));
    if let Some(a) = &cv.eval.assessment {
        for v in &a.vulnerabilities {
            let text = vulnerability_line(&cv.case, &ctx.rules.catalog, v);
            body.push(Line::raw(truncate(&format!("    • {text}"), width)));
        }
    }
    // Coordinators (each designation), team, care plan.
    if cv.case.coordinators.is_empty() {
        body.push(Line::raw(format!("  {}", t!("case-no-coordinator"))));
    }
    let current = coordinator_on(&cv.case, ctx.today);
    for (i, d) in cv.case.coordinators.iter().enumerate() {
        let text = t!(
            "case-designation",
            name = dir.name(&d.provider),
            from = date(d.from),
            consent = if d.consent {
                t!("form-yes")
            } else {
                t!("form-no")
            },
            current = if current == Some(d) { "yes" } else { "no" }
        );
        item(&mut body, Item::Designation(i), text, th.normal());
    }
    let team: Vec<String> = cv
        .case
        .team
        .iter()
        .map(|t| match dir.get(t) {
            Some(p) => format!("{} ({})", p.name, p.profession.name()),
            None => t.clone(),
        })
        .collect();
    let team = t!(
        "case-team",
        team = if team.is_empty() {
            "-".to_string()
        } else {
            team.join(", ")
        }
    );
    item(&mut body, Item::Team, team, th.normal());
    let plan = match &cv.case.care_plan {
        Some(cp) => t!(
            "case-care-plan",
            date = date(cp.date),
            text = cp.text.replace('\n', " ").as_str()
        ),
        None => t!("case-no-care-plan"),
    };
    item(&mut body, Item::CarePlan, plan, th.normal());
    // Services.
    body.push(Line::raw(""));
    body.push(Line::styled(t!("case-services"), th.heading()));
    if cv.eval.lines.is_empty() {
        body.push(Line::raw(format!("  {}", t!("case-no-services"))));
    }
    for (i, l) in cv.eval.lines.iter().enumerate() {
        let who = l.provider.as_deref().map(|x| dir.name(x)).unwrap_or("-");
        let status = match (l.status, l.billed_on) {
            (Status::Billed, Some(on)) => t!("case-billed-on", date = date(on)),
            (s, _) => line_status(s),
        };
        let text = format!(
            "{} {} {} {} {} {} {}",
            date(l.service_date),
            pad(&l.pseudocode.name(), 12),
            pad(&truncate(who, 14), 14),
            pad_left(&l.amount.map(euros).unwrap_or_else(|| "-".into()), 10),
            date(l.deadline),
            status,
            if l.deadline_near(ctx.today) { "!" } else { "" }
        );
        let style = match l.status {
            Status::Blocked => th.warn(),
            Status::Expired => th.alert(),
            Status::Billed => th.good(),
            Status::Billable => th.normal(),
        };
        item(&mut body, Item::Line(i), text, style);
        for reason in &l.reasons {
            body.push(Line::styled(
                truncate(&format!("      {reason}"), width),
                th.warn(),
            ));
        }
    }
    // Follow-ups, in date order.
    body.push(Line::raw(""));
    body.push(Line::styled(t!("case-follow-ups"), th.heading()));
    if cv.case.follow_ups.is_empty() {
        body.push(Line::raw(format!("  {}", t!("case-no-follow-ups"))));
    }
    for i in follow_up_order(&cv.case) {
        let fu = &cv.case.follow_ups[i];
        let on = ctx
            .rules
            .catalog
            .get(&fu.indicator)
            .map(|x| x.label().to_string())
            .unwrap_or_else(|| fu.indicator.clone());
        let text = format!(
            "{} {} · {} · {} {}",
            date(fu.date),
            on,
            fu.status.name(),
            dir.name(&fu.provider),
            if fu.note.is_empty() {
                String::new()
            } else {
                format!("· {}", fu.note.replace('\n', " "))
            }
        );
        item(&mut body, Item::FollowUp(i), text, th.normal());
    }
    body.push(Line::raw(""));
    body.push(Line::styled(t!("case-alerts"), th.heading()));
    if cv.alerts.is_empty() {
        body.push(Line::raw(format!("  {}", t!("case-no-alerts"))));
    }
    for a in &cv.alerts {
        body.push(Line::styled(
            truncate(&format!("  ! {a}"), width),
            th.alert(),
        ));
    }
    let head_h = head.len() as u16;
    f.render_widget(
        Paragraph::new(head),
        Rect {
            height: head_h.min(area.height),
            ..area
        },
    );
    let h = area.height.saturating_sub(head_h);
    cv.page = usize::from(h).max(1);
    // Keep the selected item in sight; on the last item, show down to the end (alerts).
    let total = body.len() as u16;
    let max = total.saturating_sub(h);
    let at = selected_at as u16;
    if cv.selected + 1 >= cv.items.len() {
        cv.scroll = max;
    }
    if at < cv.scroll {
        cv.scroll = at.saturating_sub(2);
    }
    if at >= cv.scroll + h {
        cv.scroll = at + 1 - h;
    }
    cv.scroll = cv.scroll.min(max);
    f.render_widget(
        Paragraph::new(body).scroll((cv.scroll, 0)),
        Rect {
            y: area.y + head_h,
            height: h,
            ..area
        },
    );
}

/// The follow-ups' indices in date order.
fn follow_up_order(p: &Pregnancy) -> Vec<usize> {
    let mut order: Vec<usize> = (0..p.follow_ups.len()).collect();
    order.sort_by_key(|&i| p.follow_ups[i].date);
    order
}
