//! The month-end billing screen: a month's lines (or every line still to claim, soonest
//! deadline first), for every billing provider or one, with totals, then a detail pane
//! with what the IM platform asks for the selected line (the woman and her NISS, the
//! provider's INAMI number, the start time) and why it is or is not billable. Lines are
//! marked billed from here, and billing marks corrected. The view keeps its month,
//! filter, selection and marks while the user looks elsewhere.

use crate::domain::services::Status;
use crate::domain::YearMonth;
use crate::i18n::format::{date, euros};
use crate::report::format::line_status_short;
use crate::report::format::{pad, pad_left, truncate};
use crate::report::{BillingLine, BillingReport, ReportSpec, Selection};
use crate::store::{CaseloadApi, LineRef};
use crate::t;
use crate::tui::background::Background;
use crate::tui::component::{
    move_in_list, movement, pregnancies, Command, Component, Ctx, Effect, Refresh,
};
use crate::tui::forms::{self, FormKind, OpenForm};
use crate::tui::keymap::{Action, Section};
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::collections::BTreeSet;

/// The billing screen's keymap section, `[billing]`.
pub const SECTION: Section = Section::screen("billing");

/// What the billing screen's keys may do.
pub const ACTIONS: &[Action] = &[
    Action::Up,
    Action::Down,
    Action::PageUp,
    Action::PageDown,
    Action::Top,
    Action::Bottom,
    Action::PreviousMonth,
    Action::NextMonth,
    Action::ToggleSelect,
    Action::SelectAll,
    Action::ToggleUnbilled,
    Action::FilterProvider,
    Action::MarkBilled,
    Action::CorrectBilled,
    Action::WithdrawBilled,
    Action::ExportCsv,
    Action::ExportPerProvider,
    Action::Open,
    Action::Back,
];

/// What identifies a line across rebuilds of the report.
type LineKey = (
    String,
    crate::domain::model::Pseudocode,
    NaiveDate,
    Option<String>,
);

fn key_of(l: &BillingLine) -> LineKey {
    (
        l.pregnancy.clone(),
        l.pseudocode,
        l.service_date,
        l.provider.clone(),
    )
}

/// The billing screen's state.
pub struct BillingView {
    /// The month shown, or last shown before the unbilled view.
    pub month: YearMonth,
    /// Every unbilled line of any month instead of one month's.
    pub unbilled: bool,
    /// Only this billing provider's lines.
    pub provider: Option<String>,
    /// Every billing provider's lines (the filter chooses among their providers).
    all: BillingReport,
    /// The lines shown: `all`, or one provider's, with their own totals.
    pub report: BillingReport,
    /// Indices into `report.lines`, in display order.
    pub order: Vec<usize>,
    pub selected: usize,
    pub marked: BTreeSet<usize>,
    pub offset: usize,
    pub page: usize,
    /// A view being read off the UI thread (the unbilled lines read the whole caseload).
    pending: Option<Pending>,
}

/// A view under way, and what to do with it once read.
struct Pending {
    work: Background<BillingView>,
    /// Keep this view's place (selection, marks) in it: a refresh, not another month.
    keep_place: bool,
    /// Keys pressed for the view being read (another month): done on it once it is.
    queued: Vec<Action>,
    /// Cases changed while it was read, applied once it is.
    meanwhile: Vec<(String, Option<crate::domain::model::Pregnancy>)>,
}

impl BillingView {
    /// The view of `month` (or of every unbilled line) on `today`.
    pub fn build(
        api: &dyn CaseloadApi,
        month: YearMonth,
        unbilled: bool,
        provider: Option<String>,
        today: NaiveDate,
    ) -> crate::store::Result<BillingView> {
        let selection = if unbilled {
            Selection::Unbilled
        } else {
            Selection::Month(month)
        };
        let all = crate::report::build(api, &ReportSpec::new(selection, today))?;
        Ok(Self::of(month, unbilled, provider, all, 1))
    }

    /// The view of a report of every billing provider's lines, showing `provider`'s.
    fn of(
        month: YearMonth,
        unbilled: bool,
        provider: Option<String>,
        all: BillingReport,
        page: usize,
    ) -> BillingView {
        let mut v = BillingView {
            month,
            unbilled,
            provider: None,
            report: all.clone(),
            all,
            order: Vec::new(),
            selected: 0,
            marked: BTreeSet::new(),
            offset: 0,
            page,
            pending: None,
        };
        v.filter(provider);
        v
    }

    /// The same view read again (after a change, or coming back to the screen), keeping
    /// the selected line and the marked ones where they still are.
    pub fn rebuilt(&self, api: &dyn CaseloadApi, today: NaiveDate) -> crate::store::Result<Self> {
        let v = Self::build(api, self.month, self.unbilled, self.provider.clone(), today)?;
        Ok(self.keeping_place(v))
    }

    /// The same view with the lines of `cases` as they are now (none: deleted): what
    /// others changed, without reading the whole caseload again.
    pub fn with_cases(
        &self,
        cases: &[(String, Option<crate::domain::model::Pregnancy>)],
        rules: &crate::domain::RuleSet,
    ) -> Self {
        let all = self.all.with_cases(cases, rules);
        let v = Self::of(
            self.month,
            self.unbilled,
            self.provider.clone(),
            all,
            self.page,
        );
        self.keeping_place(v)
    }

    /// `v` with this view's selected line, marked lines and scroll, where they still are.
    fn keeping_place(&self, mut v: BillingView) -> BillingView {
        let marked: BTreeSet<LineKey> = self
            .marked
            .iter()
            .map(|&i| key_of(&self.report.lines[i]))
            .collect();
        v.marked = (0..v.report.lines.len())
            .filter(|&i| marked.contains(&key_of(&v.report.lines[i])))
            .collect();
        v.selected = match self.selected_line().map(key_of) {
            Some(k) => v
                .order
                .iter()
                .position(|&i| key_of(&v.report.lines[i]) == k)
                .unwrap_or(self.selected),
            None => self.selected,
        }
        .min(v.order.len().saturating_sub(1));
        v.offset = self.offset;
        v
    }

    /// Shows only `provider`'s lines (none: everyone's), keeping the selected line
    /// when it is still shown.
    pub fn filter(&mut self, provider: Option<String>) {
        let keep = self.selected_line().map(key_of);
        self.report = match &provider {
            Some(p) => self.all.only_provider(p),
            None => self.all.clone(),
        };
        self.provider = provider;
        self.order = display_order(&self.report, self.unbilled);
        self.marked.clear();
        self.selected = keep
            .and_then(|k| {
                self.order
                    .iter()
                    .position(|&i| key_of(&self.report.lines[i]) == k)
            })
            .unwrap_or(0);
        self.offset = 0;
    }

    /// The next billing provider of the month (in name order), then everyone again.
    pub fn next_provider(&mut self) {
        let mut ids: Vec<&String> = self
            .all
            .lines
            .iter()
            .filter_map(|l| l.provider.as_ref())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        ids.sort_by_key(|id| self.all.directory.name(id).to_lowercase());
        let next = match &self.provider {
            None => ids.first().map(|s| s.to_string()),
            Some(p) => ids
                .iter()
                .position(|id| *id == p)
                .and_then(|i| ids.get(i + 1))
                .map(|s| s.to_string()),
        };
        self.filter(next);
    }

    pub fn selected_line(&self) -> Option<&BillingLine> {
        self.order
            .get(self.selected)
            .map(|&i| &self.report.lines[i])
    }

    /// The marked lines, or the selected one when none is marked.
    pub fn chosen(&self) -> Vec<BillingLine> {
        if self.marked.is_empty() {
            self.selected_line().cloned().into_iter().collect()
        } else {
            self.marked
                .iter()
                .map(|&i| self.report.lines[i].clone())
                .collect()
        }
    }

    /// Marks every line still to claim (R60: expired ones are never marked by "all"),
    /// or none when they all were.
    pub fn select_all(&mut self) {
        let billable: BTreeSet<usize> = self
            .order
            .iter()
            .copied()
            .filter(|&i| self.report.lines[i].status == Status::Billable)
            .collect();
        self.marked = if self.marked == billable {
            BTreeSet::new()
        } else {
            billable
        };
    }

    pub fn toggle_selected(&mut self) {
        if let Some(&i) = self.order.get(self.selected) {
            if !self.marked.remove(&i) {
                self.marked.insert(i);
            }
            self.selected = (self.selected + 1).min(self.order.len().saturating_sub(1));
        }
    }
}

/// Billable first (nearest deadline first), then expired, blocked and billed.
fn display_order(r: &BillingReport, unbilled: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..r.lines.len()).collect();
    if unbilled {
        return order; // already soonest deadline first
    }
    let rank = |s: Status| match s {
        Status::Billable => 0,
        Status::Expired => 1,
        Status::Blocked => 2,
        Status::Billed => 3,
    };
    order.sort_by_key(|&i| {
        let l = &r.lines[i];
        (
            rank(l.status),
            l.deadline,
            l.pregnancy.clone(),
            l.service_date,
        )
    });
    order
}

/// The line a billing mark is about.
pub fn line_ref(l: &BillingLine) -> Option<(String, LineRef)> {
    l.provider.as_ref().map(|p| {
        (
            l.pregnancy.clone(),
            LineRef {
                pseudocode: l.pseudocode,
                service_date: l.service_date,
                provider: p.clone(),
            },
        )
    })
}

/// What the mark-billed dialog says before anything is marked: how many, how much, the
/// lines themselves when few, and that a mark is final (R63).
pub fn mark_summary(dir: &crate::domain::model::Directory, lines: &[BillingLine]) -> String {
    let total: rust_decimal::Decimal = lines.iter().filter_map(|l| l.amount).sum();
    let mut out = vec![t!(
        "billing-mark-summary",
        count = lines.len(),
        amount = euros(total)
    )];
    const FEW: usize = 5;
    for l in lines.iter().take(FEW) {
        out.push(format!(
            "  {} {} · {} {} · {} · {}",
            l.pregnancy,
            l.woman,
            l.pseudocode.name(),
            date(l.service_date),
            l.provider.as_deref().map(|p| dir.name(p)).unwrap_or("-"),
            l.amount.map(euros).unwrap_or_else(|| "-".into())
        ));
    }
    if lines.len() > FEW {
        out.push(format!(
            "  {}",
            t!("billing-mark-more", count = lines.len() - FEW)
        ));
    }
    out.push(t!("billing-mark-final"));
    out.join("\n")
}

/// The rows of the detail pane for the selected line.
/// The keys that correct and withdraw a billing mark, as the keymap has them.
pub struct CorrectionKeys {
    pub correct: String,
    pub withdraw: String,
}

fn detail(
    r: &BillingReport,
    l: &BillingLine,
    today: NaiveDate,
    width: usize,
    keys: &CorrectionKeys,
) -> Vec<String> {
    let mut rows = Vec::new();
    let niss = match &l.niss {
        Some(n) => format!("{} {}", t!("claim-niss"), n.formatted()),
        None => format!("⚠ {}", t!("claim-no-niss")),
    };
    rows.push(truncate(
        &format!("{} · {niss} · {}", l.woman, l.pregnancy),
        width,
    ));
    let mut service = format!(
        "{} {} · {}",
        l.pseudocode.code(),
        l.pseudocode.name(),
        date(l.service_date)
    );
    if let Some(start) = l.start {
        service.push_str(&format!(
            " · {} · {}",
            t!("claim-start", time = start.format("%H:%M").to_string()),
            t!("billing-quarter-hours", count = l.units)
        ));
    }
    if let Some(amount) = l.amount {
        service.push_str(&format!(" · {}", euros(amount)));
    }
    rows.push(truncate(&service, width));
    let who = match l.provider.as_deref() {
        Some(p) => {
            let inami = r
                .directory
                .get(p)
                .and_then(|x| x.inami.as_ref())
                .map(|i| format!(" · INAMI {}", i.formatted()))
                .unwrap_or_default();
            format!("{}{inami}", r.directory.name(p))
        }
        None => t!("report-no-billing-provider"),
    };
    let deadline = match l.status {
        Status::Billable => format!(
            "{} {} ({})",
            t!("billing-col-deadline"),
            date(l.deadline),
            t!("claim-days-left", days = l.days_left(today))
        ),
        _ => format!("{} {}", t!("billing-col-deadline"), date(l.deadline)),
    };
    rows.push(truncate(&format!("{who} · {deadline}"), width));
    let why = match l.status {
        Status::Blocked => l
            .reasons
            .iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join("; "),
        Status::Billed => t!(
            "billing-billed-why",
            date = l.billed_on.map(date).unwrap_or_default(),
            correct = keys.correct.as_str(),
            withdraw = keys.withdraw.as_str()
        ),
        Status::Expired => t!("billing-expired-why", deadline = date(l.deadline)),
        Status::Billable => t!("billing-no-reason"),
    };
    rows.extend(crate::tui::info::wrap(&why, width));
    rows
}

/// Rows the detail pane takes.
const DETAIL_H: usize = 5;

fn draw_billing(b: &mut BillingView, f: &mut Frame, area: Rect, ctx: &Ctx) {
    let th = ctx.theme;
    let today = ctx.today;
    let keys = CorrectionKeys {
        correct: ctx.keymap.keys_for(SECTION, Action::CorrectBilled),
        withdraw: ctx.keymap.keys_for(SECTION, Action::WithdrawBilled),
    };
    let width = usize::from(area.width);
    let r = &b.report;
    let what = if b.unbilled {
        t!("billing-unbilled")
    } else {
        t!("billing-month", month = b.month.named())
    };
    let mut first = vec![
        Span::styled(what, th.heading()),
        Span::raw(format!(
            "   {}",
            t!("billing-total", amount = euros(r.total))
        )),
    ];
    // Another month or a refresh being read: said first, the lines shown meanwhile.
    if b.reading() {
        first.insert(
            0,
            Span::styled(format!("{} ", t!("billing-reading")), th.warn()),
        );
    }
    if let Some(p) = &b.provider {
        first.push(Span::styled(
            format!(
                "   {}",
                t!("report-for-provider", provider = r.directory.name(p))
            ),
            th.heading(),
        ));
    }
    let mut head = vec![Line::from(first)];
    let totals: Vec<String> = r
        .totals
        .iter()
        .map(|(code, t)| {
            format!(
                "{} {} {}×  {}",
                code.code(),
                pad(&code.name(), 12),
                t.count,
                pad_left(&euros(t.amount), 11)
            )
        })
        .collect();
    for pair in totals.chunks(2) {
        head.push(Line::raw(truncate(&pair.join("   "), width)));
    }
    let mut providers: Vec<String> = r
        .per_provider
        .iter()
        .map(|(id, t)| {
            format!(
                "{} {}× {}",
                truncate(r.directory.name(id), 18),
                t.count,
                euros(t.amount)
            )
        })
        .collect();
    if providers.is_empty() {
        providers.push("-".into());
    }
    head.push(Line::raw(truncate(
        &format!("{} {}", t!("billing-per-provider"), providers.join(" · ")),
        width,
    )));
    let near = r.deadline_near();
    if near > 0 {
        head.push(Line::styled(
            truncate(&t!("report-deadline-near", count = near), width),
            th.alert(),
        ));
    }
    let last_col = if b.unbilled {
        t!("billing-col-days-left")
    } else {
        t!("billing-col-status")
    };
    head.push(Line::styled(
        format!(
            "    {} {} {} {} {}  {} {}",
            pad(&t!("billing-col-case"), 8),
            pad(&t!("billing-col-service"), 12),
            pad(&t!("billing-col-date"), 10),
            pad(&t!("billing-col-provider"), 10),
            pad_left(&t!("billing-col-amount"), 8),
            pad(&t!("billing-col-deadline"), 10),
            last_col
        ),
        th.heading(),
    ));
    let list_h = usize::from(area.height)
        .saturating_sub(head.len() + DETAIL_H)
        .max(1);
    b.page = list_h;
    if b.selected < b.offset {
        b.offset = b.selected;
    }
    if b.selected >= b.offset + list_h {
        b.offset = b.selected + 1 - list_h;
    }
    let mut lines = head;
    if b.order.is_empty() {
        lines.push(Line::raw(format!(
            "  {}",
            if b.unbilled {
                t!("billing-unbilled-empty")
            } else {
                t!("billing-empty")
            }
        )));
    }
    for (pos, &i) in b.order.iter().enumerate().skip(b.offset).take(list_h) {
        let l = &r.lines[i];
        let who = l
            .provider
            .as_deref()
            .map(|p| r.directory.name(p))
            .unwrap_or("-");
        let mark = if b.marked.contains(&i) {
            "[x]"
        } else if matches!(l.status, Status::Billable | Status::Expired) {
            "[ ]"
        } else {
            "   "
        };
        let status = match l.status {
            Status::Blocked => {
                let rules: Vec<&str> = l.reasons.iter().map(|x| x.rule()).collect();
                format!("✗ {}", rules.join(","))
            }
            Status::Billable if b.unbilled => {
                t!("billing-days", days = l.days_left(today))
            }
            s => line_status_short(s),
        };
        // `!` after the deadline: within 14 days (R60); `⚠`: something to fix first.
        let near = if l.deadline_near(today) { '!' } else { ' ' };
        let problem = if l.problems().is_empty() { ' ' } else { '⚠' };
        let text = format!(
            "{mark}{problem}{} {} {} {} {}{near} {} {}",
            pad(&l.pregnancy, 8),
            pad(&l.pseudocode.name(), 12),
            date(l.service_date),
            pad(who, 10),
            pad_left(&l.amount.map(euros).unwrap_or_else(|| "-".into()), 8),
            date(l.deadline),
            status
        );
        let style = match l.status {
            Status::Blocked => th.warn(),
            Status::Billed => th.good(),
            Status::Expired => th.alert(),
            _ if l.deadline_near(today) => th.alert(),
            _ => th.normal(),
        };
        let mut line = Line::styled(truncate(&text, width), style);
        if pos == b.selected {
            line = line.style(th.selected());
        }
        lines.push(line);
    }
    while lines.len() < usize::from(area.height).saturating_sub(DETAIL_H) {
        lines.push(Line::raw(""));
    }
    if let Some(l) = b.selected_line() {
        for (n, row) in detail(r, l, today, width, &keys)
            .into_iter()
            .take(DETAIL_H)
            .enumerate()
        {
            let style = if n == 0 && l.niss.is_none() {
                th.warn()
            } else {
                th.muted()
            };
            lines.push(Line::styled(row, style));
        }
    }
    f.render_widget(Paragraph::new(lines), area);
}

/// Opens the billing screen on the month-end month of today.
pub fn make(ctx: &Ctx) -> Result<Box<dyn Component>, String> {
    let month = crate::report::default_month(ctx.today);
    BillingView::build(ctx.store.as_ref(), month, false, None, ctx.today)
        .map(|v| Box::new(v) as Box<dyn Component>)
        .map_err(|e| e.to_string())
}

impl BillingView {
    /// The view on another month (or the unbilled lines), for the same provider, read
    /// in the background; the screen says so meanwhile.
    fn show(&mut self, month: YearMonth, unbilled: bool, ctx: &Ctx) -> Vec<Effect> {
        self.read(month, unbilled, false, ctx);
        Vec::new()
    }

    /// Starts reading the view of `month` (or the unbilled lines) off the UI thread.
    fn read(&mut self, month: YearMonth, unbilled: bool, keep_place: bool, ctx: &Ctx) {
        let (store, provider, today) = (ctx.store.clone(), self.provider.clone(), ctx.today);
        // Keys already waiting for a view still wait for this one.
        let queued = self.pending.take().map(|p| p.queued).unwrap_or_default();
        self.pending = Some(Pending {
            work: Background::start(move || {
                BillingView::build(store.as_ref(), month, unbilled, provider, today)
                    .map_err(|e| e.to_string())
            }),
            keep_place,
            queued,
            meanwhile: Vec::new(),
        });
    }

    /// Whether a view is being read.
    pub fn reading(&self) -> bool {
        self.pending.is_some()
    }

    /// Takes in the view read, with the cases changed meanwhile.
    fn read_done(&mut self, done: Result<BillingView, String>, ctx: &Ctx) -> Vec<Effect> {
        let Some(p) = self.pending.take() else {
            return Vec::new();
        };
        match done {
            Ok(v) => {
                let v = if p.keep_place {
                    self.keeping_place(v)
                } else {
                    v
                };
                *self = if p.meanwhile.is_empty() {
                    v
                } else {
                    v.with_cases(&p.meanwhile, ctx.rules)
                };
                // The keys pressed while it was read, on the view they were meant for.
                let mut effects = Vec::new();
                for a in p.queued {
                    effects.extend(self.act(a, ctx));
                }
                effects
            }
            Err(e) => vec![Effect::Fail(e)],
        }
    }
}

impl Component for BillingView {
    fn section(&self) -> Section {
        SECTION
    }

    fn title(&self) -> String {
        t!("screen-billing")
    }

    fn commands(&self, _ctx: &Ctx) -> Vec<Command> {
        let line = self.selected_line();
        let claimable =
            !self.marked.is_empty() || line.is_some_and(|l| crate::tui::app::claimable(l.status));
        let billed = line.is_some_and(|l| l.billed_on.is_some());
        vec![
            Command::main(Action::MarkBilled).when(claimable),
            Command::main(Action::PreviousMonth),
            Command::main(Action::ToggleUnbilled),
            Command::main(Action::FilterProvider),
            Command::new(Action::NextMonth),
            Command::new(Action::ToggleSelect).when(line.is_some()),
            Command::new(Action::SelectAll),
            Command::new(Action::CorrectBilled).when(billed),
            Command::new(Action::WithdrawBilled).when(billed),
            Command::new(Action::ExportCsv),
            Command::new(Action::ExportPerProvider),
            Command::new(Action::Open).when(line.is_some()),
            Command::new(Action::Back),
        ]
        .into_iter()
        .chain(movement())
        .collect()
    }

    fn act(&mut self, a: Action, ctx: &Ctx) -> Vec<Effect> {
        // Another month being read: its keys wait for it (Back leaves at once).
        if let Some(p) = self.pending.as_mut().filter(|p| !p.keep_place) {
            if a != Action::Back {
                p.queued.push(a);
                return Vec::new();
            }
        }
        if move_in_list(a, &mut self.selected, self.order.len(), self.page) {
            return Vec::new();
        }
        match a {
            Action::Back => return vec![Effect::Back],
            Action::PreviousMonth | Action::NextMonth => {
                // From the unbilled view, back to the month it was opened on.
                let m = match (self.unbilled, a) {
                    (true, _) => self.month,
                    (false, Action::PreviousMonth) => self.month.previous(),
                    (false, _) => self.month.next(),
                };
                return self.show(m, false, ctx);
            }
            Action::ToggleUnbilled => return self.show(self.month, !self.unbilled, ctx),
            Action::FilterProvider => self.next_provider(),
            Action::ToggleSelect => self.toggle_selected(),
            Action::SelectAll => self.select_all(),
            Action::MarkBilled => return vec![ask_mark_billed(self.chosen(), true, ctx)],
            Action::CorrectBilled | Action::WithdrawBilled => {
                let line = self.selected_line().cloned();
                return vec![ask_correction(line, a == Action::WithdrawBilled, ctx)];
            }
            Action::ExportCsv => {
                let kind = FormKind::ExportCsv(self.month, ctx.today);
                return vec![Effect::ShowForm(OpenForm::new(
                    kind,
                    forms::export_form(self.month),
                ))];
            }
            Action::ExportPerProvider => {
                let (selection, name) = if self.unbilled {
                    (Selection::Unbilled, "unbilled".to_string())
                } else {
                    (Selection::Month(self.month), self.month.to_string())
                };
                // Under a provider filter, that provider's file only.
                let spec = ReportSpec {
                    provider: self.provider.clone(),
                    ..ReportSpec::new(selection, ctx.today)
                };
                return vec![Effect::ShowForm(OpenForm::new(
                    FormKind::ExportPerProvider(spec),
                    forms::export_per_provider_form(&name),
                ))];
            }
            Action::Open => {
                if let Some(l) = self.selected_line() {
                    return vec![Effect::OpenCase {
                        id: l.pregnancy.clone(),
                        at: Some(crate::domain::todo::Place::line(l.origin)),
                    }];
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        draw_billing(self, f, area, ctx)
    }

    fn refresh(&mut self, what: &Refresh, ctx: &Ctx) -> Vec<Effect> {
        match (what, &mut self.pending) {
            (Refresh::Cases(cases), Some(p)) => p.meanwhile.extend(pregnancies(cases)),
            (Refresh::Cases(cases), None) => {
                *self = self.with_cases(&pregnancies(cases), ctx.rules);
            }
            // Read again in the background, keeping the place.
            (Refresh::Everything, _) => {
                let (month, unbilled) = (self.month, self.unbilled);
                let keep = self.pending.as_ref().is_none_or(|p| p.keep_place);
                self.read(month, unbilled, keep, ctx);
            }
        }
        Vec::new()
    }

    fn poll(&mut self, ctx: &Ctx) -> Option<Vec<Effect>> {
        let done = self.pending.as_ref().and_then(|p| p.work.poll())?;
        Some(self.read_done(done, ctx))
    }

    fn finish(&mut self, ctx: &Ctx) -> Vec<Effect> {
        match self.pending.as_ref().map(|p| p.work.wait()) {
            Some(done) => self.read_done(done, ctx),
            None => Vec::new(),
        }
    }

    crate::any_component!();
}

/// Asks to mark `lines` billed: a second time first when some have passed their
/// deadline (R60), then the billing date, with what will be marked and that it is
/// final (R63). `confirm_expired`: ask that second time (false once answered).
pub fn ask_mark_billed(lines: Vec<BillingLine>, confirm_expired: bool, ctx: &Ctx) -> Effect {
    let mut refs = Vec::new();
    for l in &lines {
        match (line_ref(l), crate::tui::app::claimable(l.status)) {
            (Some(r), true) => refs.push(r),
            _ => {
                let why = l.reasons.first().map(|r| r.to_string()).unwrap_or_else(|| {
                    t!(
                        "status-line-not-claimable",
                        status = crate::tui::app::line_status(l.status)
                    )
                });
                return Effect::Fail(t!("status-cannot-mark", reason = why));
            }
        }
    }
    if refs.is_empty() {
        return Effect::Fail(t!("status-no-service"));
    }
    let expired = lines.iter().filter(|l| l.status == Status::Expired).count();
    if expired > 0 && confirm_expired {
        return Effect::Ask(crate::tui::app::Confirm::MarkExpired { lines, expired });
    }
    let mut form = forms::mark_billed_form(refs.len(), ctx.today);
    form.live = Some(mark_summary(ctx.dir, &lines));
    Effect::ShowForm(OpenForm::new(FormKind::MarkBilled(refs), form))
}

/// Opens the correction (another billing date) or the withdrawal of the selected
/// line's billing mark (R63), each asking for the reason.
fn ask_correction(line: Option<BillingLine>, withdraw: bool, ctx: &Ctx) -> Effect {
    let Some(l) = line else {
        return Effect::Fail(t!("status-no-service"));
    };
    let (Some((case, r)), Some(on)) = (line_ref(&l), l.billed_on) else {
        return Effect::Fail(t!("status-not-billed"));
    };
    let what = mark_summary(ctx.dir, std::slice::from_ref(&l));
    let (kind, mut form) = if withdraw {
        (
            FormKind::WithdrawBilled(case, r),
            forms::withdraw_billed_form(),
        )
    } else {
        (
            FormKind::CorrectBilled(case, r),
            forms::correct_billed_form(on),
        )
    };
    // The summary's first line (count, amount) and the line itself; not "final".
    let lines: Vec<&str> = what.lines().take(2).collect();
    form.live = Some(format!(
        "{}\n{}",
        lines.join("\n"),
        t!("billing-billed-on", date = date(on))
    ));
    Effect::ShowForm(OpenForm::new(kind, form))
}
