//! The UI's model: which screen is up, what is selected, what is being typed, and what
//! each action does through the caseload API. It draws into any ratatui backend, so tests
//! drive it key by key and snapshot it; `terminal.rs` puts it on a real terminal.

use crate::domain::alerts::{alerts, Alert};
use crate::domain::model::{Directory, Pregnancy, Provider};
use crate::domain::services::{evaluate, CaseEvaluation, Origin, Status};
use crate::domain::{RuleSet, YearMonth};
use crate::i18n::{with_language, Lang};
use crate::report::caseload::{row, row_of, CaseRow};
use crate::store::Live;
use crate::t;
use crate::tui::billing::BillingView;
use crate::tui::caseload::{CaseloadView, EmptyHints};
use crate::tui::form::Outcome;
use crate::tui::forms::{self, Ctx, FormKind, OpenForm, Saved};
use crate::tui::keymap::{Action, Key, KeyCodeOrd, Keymap, KeymapError, Lookup, Section};
use crate::tui::loader::{Loaded, Loader, SharedStore};
use crate::tui::theme::Theme;
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::collections::BTreeSet;

/// The smallest terminal perinat draws in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Caseload,
    Case,
    Billing,
    Tariffs,
}

/// One case, opened.
pub struct CaseView {
    pub case: Pregnancy,
    pub eval: CaseEvaluation,
    /// Its list row (period, dates), from the same evaluation.
    pub row: CaseRow,
    pub alerts: Vec<Alert>,
    /// Index into `eval.lines`.
    pub selected: usize,
    pub scroll: u16,
    /// The revision it was read at (a delete is based on it).
    pub revision: u64,
}

/// A question to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    DeletePregnancy(String),
    /// Leave a form with what was typed in it (Esc), or quit perinat from it (Ctrl-C).
    LeaveForm {
        form: Box<OpenForm>,
        quit: bool,
    },
    /// Lines to mark billed of which `expired` have passed their deadline (R60): asked
    /// a second time.
    MarkExpired {
        lines: Vec<crate::report::BillingLine>,
        expired: usize,
    },
}

/// What is over the screen.
pub enum Overlay {
    Form(OpenForm),
    Confirm(Confirm),
    Help(u16),
    /// Messages to read before going on (keymap errors at start).
    Notice(Vec<String>),
    /// A case's audit trail, scrolled.
    History {
        id: String,
        lines: Vec<String>,
        scroll: u16,
    },
}

/// The last change, to undo.
#[derive(Debug, Clone)]
enum Undo {
    Pregnancy {
        id: String,
        before: Option<Box<Pregnancy>>,
        /// The case's revision after the change: undoing over somebody else's later
        /// change is refused.
        revision: u64,
    },
    Provider(String),
    /// Billing marks: final (R63), taken back only by a withdrawal with its reason.
    Billed,
}

pub struct App {
    store: SharedStore,
    pub today: NaiveDate,
    pub keymap: Keymap,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub caseload: CaseloadView,
    pub case: Option<CaseView>,
    pub billing: Option<BillingView>,
    /// Where `Back` from the case screen goes: the caseload, or the billing screen the
    /// case was opened from.
    case_from: Screen,
    pub tariffs_scroll: u16,
    /// The message of the last action, and whether it is an error.
    pub status: Option<(String, bool)>,
    pending: Vec<Key>,
    undo: Option<Undo>,
    loader: Option<Loader>,
    /// What others commit, heard as it happens.
    live: Option<std::sync::mpsc::Receiver<Live>>,
    /// The case to select again once a reload has finished.
    reselect: Option<String>,
    /// Cases others changed while the list was loading, shown once it has.
    deferred: Vec<(String, String)>,
    /// Whether the server answers (as the live connection last heard).
    connected: bool,
    dir: Directory,
    providers: Vec<Provider>,
    rules: RuleSet,
    /// The language the UI speaks (drawing and key handling run in it).
    pub lang: Lang,
    /// Set when the user switched the language, until the terminal loop remembers it.
    pub lang_switched: Option<Lang>,
    pub quit: bool,
    /// The terminal is smaller than perinat draws in: keys do nothing but quit.
    too_small: bool,
}

impl App {
    /// Opens the UI model on a store; the caseload loads in the background.
    pub fn new(
        store: SharedStore,
        today: NaiveDate,
        keymap: Keymap,
        keymap_errors: Vec<KeymapError>,
        theme: Theme,
    ) -> Result<App, crate::store::StoreError> {
        let mut providers = store.providers()?;
        providers.sort_by_key(|p| p.name.to_lowercase());
        let dir = Directory::new(providers.clone());
        let rules = store.rules()?;
        let loader = Loader::start(store.clone(), dir.clone(), rules.clone(), today);
        let live = store.watch();
        let mut app = App {
            store,
            today,
            keymap,
            theme,
            screen: Screen::Caseload,
            overlay: None,
            caseload: CaseloadView::loading(),
            case: None,
            billing: None,
            case_from: Screen::Caseload,
            tariffs_scroll: 0,
            status: None,
            pending: Vec::new(),
            undo: None,
            loader: Some(loader),
            live: None,
            reselect: None,
            deferred: Vec::new(),
            connected: true,
            dir,
            providers,
            rules,
            lang: crate::i18n::language(),
            lang_switched: None,
            quit: false,
            too_small: false,
        };
        app.live = live;
        if !keymap_errors.is_empty() {
            let mut lines: Vec<String> = keymap_errors.iter().map(|e| e.to_string()).collect();
            lines.push(String::new());
            lines.push(t!("keymap-errors-continue"));
            app.notice(t!("keymap-errors-title"), lines);
        }
        Ok(app)
    }

    /// Takes in the rows the loader has ready and what others committed; true when
    /// something changed.
    pub fn poll(&mut self) -> bool {
        let live = with_language(self.lang, || self.poll_live());
        let Some(loader) = &self.loader else {
            return live;
        };
        let mut changed = live;
        for msg in loader.poll() {
            changed = true;
            self.take(msg);
        }
        changed
    }

    /// Shows what others committed since the last look: the cases they changed (list,
    /// open case, billing), or everything when they changed the providers, the tables
    /// or the whole caseload. Says when the connection is lost and when it is back.
    fn poll_live(&mut self) -> bool {
        let Some(rx) = &self.live else {
            return false;
        };
        let events: Vec<Live> = rx.try_iter().collect();
        if events.is_empty() {
            return false;
        }
        let mut everything = false;
        let mut cases: Vec<(String, String)> = Vec::new();
        for e in events {
            match e {
                Live::Committed(c) => {
                    everything |= c.everything || c.providers || c.settings;
                    for id in c.cases {
                        cases.push((id, c.by.user.clone()));
                    }
                }
                Live::Lost(why) => {
                    self.connected = false;
                    self.fail(t!("status-connection-lost", error = why));
                }
                Live::Back => {
                    self.connected = true;
                    everything = true;
                    self.ok(t!("status-reconnected"));
                }
            }
        }
        // While the server is away nothing is read (a read would try to start one on
        // this thread); coming back reads everything.
        if !self.connected {
            return true;
        }
        let changed = everything || !cases.is_empty();
        let whole = everything || cases.len() > crate::store::commands::MANY_CASES;
        let billing_ids: BTreeSet<String> = cases.iter().map(|(id, _)| id.clone()).collect();
        // The cases as the list read them, for the billing screen to take as they are.
        let mut read = None;
        if whole {
            self.deferred.clear();
            self.reload_all();
        } else if self.loader.is_some() {
            // The list is still loading: these go in once it has, over what it loaded.
            self.deferred.extend(cases);
        } else {
            read = Some(self.apply_live(cases));
        }
        if changed && self.screen == Screen::Billing {
            match read {
                _ if whole => self.refresh_billing(),
                Some(cases) => {
                    if let Some(b) = &self.billing {
                        self.billing = Some(b.with_cases(&cases, &self.rules));
                    }
                }
                None => self.refresh_billing_cases(billing_ids),
            }
        }
        true
    }

    /// The billing screen with a few cases as they are now: only those are read again
    /// (the unbilled view of a large caseload takes seconds to build whole).
    fn refresh_billing_cases(&mut self, ids: BTreeSet<String>) {
        let Some(b) = &self.billing else {
            return;
        };
        let mut cases = Vec::new();
        for id in ids {
            match self.store.pregnancy(&id) {
                Ok(p) => cases.push((id, p)),
                Err(e) => return self.fail(e.to_string()),
            }
        }
        self.billing = Some(b.with_cases(&cases, &self.rules));
    }

    /// Shows the cases others changed (case id, who): their rows in one pass, the open
    /// case, and a case deleted from under the person's eyes.
    /// Returns each case as it read it (none: deleted).
    fn apply_live(&mut self, cases: Vec<(String, String)>) -> Vec<(String, Option<Pregnancy>)> {
        let mut seen = BTreeSet::new();
        let (mut rows, mut gone, mut read) = (Vec::new(), Vec::new(), Vec::new());
        for (id, by) in cases.into_iter().rev() {
            if !seen.insert(id.clone()) {
                continue;
            }
            match self.store.pregnancy_versioned(&id) {
                Ok(Some(v)) => {
                    rows.push(row(&v.pregnancy, &self.dir, &self.rules, self.today));
                    read.push((id, Some(v.pregnancy.clone())));
                    self.show_open_case_again(v);
                }
                Ok(None) => {
                    if self.close_case(&id) {
                        self.fail(t!(
                            "status-deleted-by",
                            id = id.as_str(),
                            user = by.as_str()
                        ));
                    }
                    read.push((id.clone(), None));
                    gone.push(id);
                }
                Err(e) => {
                    self.fail(e.to_string());
                    return read;
                }
            }
        }
        self.caseload.put_rows(rows, &gone);
        read
    }

    /// Reads everything again (providers, tables, every case) keeping what the person
    /// was looking at: the list's search, filters, sort and selected case, the open case.
    fn reload_all(&mut self) {
        self.reload_providers();
        match self.store.rules() {
            Ok(r) => self.rules = r,
            Err(e) => return self.fail(e.to_string()),
        }
        self.reselect = self.caseload.selected_row().map(|r| r.id.clone());
        self.caseload = self.caseload.reloading();
        self.loader = Some(Loader::start(
            self.store.clone(),
            self.dir.clone(),
            self.rules.clone(),
            self.today,
        ));
        // The open case as it is now (its row comes with the reload).
        if let Some(id) = self.case.as_ref().map(|c| c.case.id.clone()) {
            match self.store.pregnancy_versioned(&id) {
                Ok(Some(v)) => self.show_open_case_again(v),
                Ok(None) => {
                    self.close_case(&id);
                    self.fail(t!("status-deleted-elsewhere", id = id.as_str()));
                }
                Err(e) => self.fail(e.to_string()),
            }
        }
    }

    /// Moves the UI to another day (midnight passed): every row, the open case and the
    /// billing screen are computed again on it.
    pub fn set_today(&mut self, today: NaiveDate) {
        self.today = today;
        self.reload_all();
        self.refresh_billing();
    }

    /// Builds the billing screen's lines again, keeping its month, filter, selected line
    /// and marked ones.
    fn refresh_billing(&mut self) {
        let Some(b) = &self.billing else {
            return;
        };
        match b.rebuilt(self.store.as_ref(), self.today) {
            Ok(v) => self.billing = Some(v),
            Err(e) => self.fail(e.to_string()),
        }
    }

    fn take(&mut self, msg: Loaded) {
        match msg {
            Loaded::Rows(rows) => self.caseload.add_rows(rows),
            Loaded::Done => {
                self.caseload.loading = false;
                self.loader = None;
                if let Some(id) = self.reselect.take() {
                    self.caseload.select_id(&id);
                }
                let deferred = std::mem::take(&mut self.deferred);
                if !deferred.is_empty() {
                    self.apply_live(deferred);
                }
            }
            Loaded::Failed(e) => {
                self.caseload.loading = false;
                self.loader = None;
                self.status = Some((e, true));
            }
        }
    }

    /// Waits until the whole caseload is loaded (tests, benchmarks).
    pub fn finish_loading(&mut self) {
        while let Some(loader) = &self.loader {
            let msg = loader.wait();
            self.take(msg);
        }
    }

    pub fn is_loading(&self) -> bool {
        self.loader.is_some()
    }

    pub fn store(&self) -> &SharedStore {
        &self.store
    }

    pub fn dir(&self) -> &Directory {
        &self.dir
    }

    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    fn section(&self) -> Section {
        match (&self.overlay, self.screen) {
            (Some(Overlay::Help(_)) | Some(Overlay::History { .. }), _) => Section::Help,
            (Some(Overlay::Form(_)), _) => Section::Form,
            (_, Screen::Caseload) => Section::Caseload,
            (_, Screen::Case) => Section::Case,
            (_, Screen::Billing) => Section::Billing,
            (_, Screen::Tariffs) => Section::Tariffs,
        }
    }

    fn ok(&mut self, msg: String) {
        self.status = Some((msg, false));
    }

    fn fail(&mut self, msg: String) {
        self.status = Some((msg, true));
    }

    /// Handles one key press.
    pub fn on_key(&mut self, key: Key) {
        with_language(self.lang, || self.on_key_here(key));
    }

    fn on_key_here(&mut self, key: Key) {
        // Quit (Ctrl-C) acts from anywhere: forms and search included; while the
        // terminal is too small, it is the only key that acts.
        let quit = self.keymap.lookup(Section::Global, &[key]) == Lookup::Action(Action::Quit);
        if quit {
            self.pending.clear();
            return match self.overlay.take() {
                // Not without asking when something typed would be lost.
                Some(Overlay::Form(open)) if open.changed() => {
                    self.overlay = Some(Overlay::Confirm(Confirm::LeaveForm {
                        form: Box::new(open),
                        quit: true,
                    }))
                }
                _ => self.quit = true,
            };
        }
        if self.too_small {
            return;
        }
        match self.overlay.take() {
            Some(Overlay::Notice(_)) => {}
            Some(Overlay::Form(mut open)) => match open.form.on_key(key, &self.keymap) {
                Outcome::Continue => {
                    forms::refresh_live(&open.kind, &mut open.form, &self.rules);
                    self.overlay = Some(Overlay::Form(open));
                }
                Outcome::Cancel if open.changed() => {
                    self.overlay = Some(Overlay::Confirm(Confirm::LeaveForm {
                        form: Box::new(open),
                        quit: false,
                    }))
                }
                Outcome::Cancel => self.ok(t!("status-cancelled")),
                Outcome::Save => self.save(open),
            },
            Some(Overlay::Confirm(c)) => match key.code {
                KeyCodeOrd::Char('y') | KeyCodeOrd::Char('Y') | KeyCodeOrd::Enter => {
                    self.confirmed(c)
                }
                // "No" to leaving a form: back to it, as it was.
                _ => match c {
                    Confirm::LeaveForm { form, .. } => self.overlay = Some(Overlay::Form(*form)),
                    _ => self.ok(t!("status-cancelled")),
                },
            },
            Some(Overlay::Help(scroll)) => {
                if let Some(scroll) = self.scroll_key(key, scroll) {
                    self.overlay = Some(Overlay::Help(scroll));
                }
            }
            Some(Overlay::History { id, lines, scroll }) => {
                if let Some(scroll) = self.scroll_key(key, scroll) {
                    self.overlay = Some(Overlay::History { id, lines, scroll });
                }
            }
            None if self.caseload.searching && self.screen == Screen::Caseload => {
                self.search_key(key)
            }
            None => {
                self.pending.push(key);
                match self.keymap.lookup(self.section(), &self.pending) {
                    Lookup::Prefix => {}
                    Lookup::Action(a) => {
                        self.pending.clear();
                        self.status = None;
                        self.act(a);
                    }
                    Lookup::None => {
                        let retry = self.pending.len() > 1;
                        self.pending.clear();
                        if retry {
                            self.on_key(key);
                        }
                    }
                }
            }
        }
    }

    /// A key in a scrolled box (help, history): the new scroll, or none when the box
    /// closes.
    fn scroll_key(&mut self, key: Key, scroll: u16) -> Option<u16> {
        match self.keymap.lookup(Section::Help, &[key]) {
            Lookup::Action(Action::Up) => Some(scroll.saturating_sub(1)),
            Lookup::Action(Action::Down) => Some(scroll.saturating_add(1)),
            Lookup::Action(Action::Back | Action::Help) => None,
            Lookup::Action(Action::Quit) => {
                self.quit = true;
                None
            }
            _ => Some(scroll),
        }
    }

    fn search_key(&mut self, key: Key) {
        let c = &mut self.caseload;
        match key.code {
            KeyCodeOrd::Char(ch) if !key.ctrl && !key.alt => c.search.push(ch),
            KeyCodeOrd::Backspace => {
                c.search.pop();
            }
            KeyCodeOrd::Enter => c.searching = false,
            KeyCodeOrd::Esc => {
                c.search.clear();
                c.searching = false;
            }
            KeyCodeOrd::Down => c.move_by(1),
            KeyCodeOrd::Up => c.move_by(-1),
            _ => return,
        }
        c.refresh();
    }

    fn act(&mut self, a: Action) {
        match a {
            Action::Quit => self.quit = true,
            Action::Help => self.overlay = Some(Overlay::Help(0)),
            Action::Caseload => self.screen = Screen::Caseload,
            Action::Billing => {
                if self.billing.is_some() {
                    // Back where it was left: month, filter, selection, marks.
                    self.refresh_billing();
                    self.screen = Screen::Billing;
                } else {
                    self.open_billing(None);
                }
            }
            Action::Tariffs => self.screen = Screen::Tariffs,
            Action::Undo => self.undo(),
            Action::Language => self.switch_language(),
            Action::Back => match self.screen {
                // Esc never quits: it clears the search, else says how to quit.
                Screen::Caseload => {
                    if !self.caseload.search.is_empty() {
                        self.caseload.search.clear();
                        self.caseload.refresh();
                    } else {
                        let key = self.keymap.keys_for(Section::Caseload, Action::Quit);
                        self.ok(t!("status-how-to-quit", key = key));
                    }
                }
                Screen::Case if self.case_from == Screen::Billing && self.billing.is_some() => {
                    self.refresh_billing();
                    self.screen = Screen::Billing;
                }
                _ => self.screen = Screen::Caseload,
            },
            Action::NewProvider => self.open_form(FormKind::Provider),
            _ => match self.screen {
                Screen::Caseload => self.caseload_action(a),
                Screen::Case => self.case_action(a),
                Screen::Billing => self.billing_action(a),
                Screen::Tariffs => match a {
                    Action::Up => self.tariffs_scroll = self.tariffs_scroll.saturating_sub(1),
                    Action::Down => self.tariffs_scroll += 1,
                    _ => {}
                },
            },
        }
    }

    fn caseload_action(&mut self, a: Action) {
        let page = self.caseload.page.max(1) as isize;
        let c = &mut self.caseload;
        match a {
            Action::Up => c.move_by(-1),
            Action::Down => c.move_by(1),
            Action::PageUp => c.move_by(-page),
            Action::PageDown => c.move_by(page),
            Action::Top => c.selected = 0,
            Action::Bottom => c.selected = c.view.len().saturating_sub(1),
            Action::Search => c.searching = true,
            Action::FilterScenario => c.cycle_scenario(),
            Action::FilterPeriod => c.cycle_period(),
            Action::FilterRegion => c.cycle_region(),
            Action::FilterCoordinator => c.cycle_coordinator(),
            Action::FilterAlerts => c.toggle_alerts(),
            Action::ToggleClosed => c.toggle_closed(),
            Action::ClearFilters => c.clear_filters(),
            Action::SortNext => c.next_sort(),
            Action::SortReverse => c.reverse_sort(),
            Action::Open => {
                if let Some(id) = c.selected_row().map(|r| r.id.clone()) {
                    self.case_from = Screen::Caseload;
                    self.open_case(&id);
                }
            }
            Action::NewPregnancy => self.open_form(FormKind::Pregnancy(None)),
            Action::LoadDemo => self.load_demo(),
            _ => {}
        }
    }

    fn case_action(&mut self, a: Action) {
        let Some(cv) = &mut self.case else {
            self.screen = Screen::Caseload;
            return;
        };
        let id = cv.case.id.clone();
        match a {
            Action::Up => cv.selected = cv.selected.saturating_sub(1),
            Action::Down => {
                cv.selected = (cv.selected + 1).min(cv.eval.lines.len().saturating_sub(1))
            }
            Action::EditPregnancy => self.open_form(FormKind::Pregnancy(Some(id))),
            Action::RecordScreening => self.open_form(FormKind::Screening(id)),
            Action::AddCpp => {
                // On a CPP line, edit that CPP; otherwise add one.
                let index = match cv.eval.lines.get(cv.selected).map(|l| l.origin) {
                    Some(Origin::Cpp(i)) => Some(i),
                    _ => None,
                };
                self.open_form(FormKind::Cpp(id, index))
            }
            Action::AddFollowUp => self.open_form(FormKind::FollowUp(id)),
            Action::DesignateCoordinator => self.open_form(FormKind::Designation(id)),
            Action::EditTeam => self.open_form(FormKind::Team(id)),
            Action::EditCarePlan => self.open_form(FormKind::CarePlan(id)),
            Action::AddConcertation => {
                let index = match cv.eval.lines.get(cv.selected).map(|l| l.origin) {
                    Some(Origin::Concertation(i)) => Some(i),
                    _ => None,
                };
                self.open_form(FormKind::Concertation(id, index))
            }
            Action::MarkBilled => {
                let line = cv.eval.lines.get(cv.selected).cloned();
                match line {
                    Some(l) => {
                        let l = crate::report::BillingLine::of(l, &cv.case);
                        self.ask_mark_billed(vec![l], true)
                    }
                    None => self.fail(t!("status-no-service")),
                }
            }
            Action::DeletePregnancy => {
                self.overlay = Some(Overlay::Confirm(Confirm::DeletePregnancy(id)))
            }
            Action::History => self.open_history(id),
            _ => {}
        }
    }

    /// Opens the audit trail of case `id`, newest change first.
    fn open_history(&mut self, id: String) {
        match self.store.case_history(&id) {
            Ok(entries) => {
                let mut lines = Vec::new();
                for e in entries.iter().rev() {
                    lines.extend(crate::report::audit::entry_lines(e, Some(40)));
                }
                if lines.is_empty() {
                    lines.push(t!("history-empty"));
                }
                self.overlay = Some(Overlay::History {
                    id,
                    lines,
                    scroll: 0,
                });
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    /// Shows messages to read before going on (after any already shown).
    pub fn notice(&mut self, title: String, messages: Vec<String>) {
        if messages.is_empty() {
            return;
        }
        let mut lines = match self.overlay.take() {
            Some(Overlay::Notice(l)) => {
                let mut l = l;
                l.push(String::new());
                l
            }
            other => {
                self.overlay = other;
                Vec::new()
            }
        };
        lines.push(title);
        lines.extend(messages);
        self.overlay = Some(Overlay::Notice(lines));
    }

    fn billing_action(&mut self, a: Action) {
        let Some(b) = &mut self.billing else {
            return;
        };
        let page = b.page.max(1) as isize;
        match a {
            Action::Up => b.move_by(-1),
            Action::Down => b.move_by(1),
            Action::PageUp => b.move_by(-page),
            Action::PageDown => b.move_by(page),
            Action::Top => b.selected = 0,
            Action::Bottom => b.selected = b.last(),
            Action::PreviousMonth | Action::NextMonth => {
                // From the unbilled view, back to the month it was opened on.
                let m = match (b.unbilled, a) {
                    (true, _) => b.month,
                    (false, Action::PreviousMonth) => b.month.previous(),
                    (false, _) => next_month(b.month),
                };
                let provider = b.provider.clone();
                self.show_billing(m, false, provider);
            }
            Action::ToggleUnbilled => {
                let (m, unbilled, provider) = (b.month, !b.unbilled, b.provider.clone());
                self.show_billing(m, unbilled, provider);
            }
            Action::FilterProvider => b.next_provider(),
            Action::ToggleSelect => b.toggle_selected(),
            Action::SelectAll => b.select_all(),
            Action::MarkBilled => {
                let lines = b.chosen();
                self.ask_mark_billed(lines, true);
            }
            Action::CorrectBilled | Action::WithdrawBilled => {
                let line = b.selected_line().cloned();
                self.ask_correction(line, a == Action::WithdrawBilled);
            }
            Action::ExportCsv => {
                let kind = FormKind::ExportCsv(b.month, self.today);
                self.overlay = Some(Overlay::Form(OpenForm::new(
                    kind,
                    forms::export_form(b.month),
                )));
            }
            Action::ExportPerProvider => {
                let (selection, name) = if b.unbilled {
                    (crate::report::Selection::Unbilled, "unbilled".to_string())
                } else {
                    (
                        crate::report::Selection::Month(b.month),
                        b.month.to_string(),
                    )
                };
                // Under a provider filter, that provider's file only.
                let spec = crate::report::ReportSpec {
                    provider: b.provider.clone(),
                    ..crate::report::ReportSpec::new(selection, self.today)
                };
                self.overlay = Some(Overlay::Form(OpenForm::new(
                    FormKind::ExportPerProvider(spec),
                    forms::export_per_provider_form(&name),
                )));
            }
            Action::Open => {
                if let Some(id) = b.selected_line().map(|l| l.pregnancy.clone()) {
                    self.case_from = Screen::Billing;
                    self.open_case(&id);
                }
            }
            _ => {}
        }
    }

    /// Asks to mark `lines` billed: a second time first when some have passed their
    /// deadline (R60), then the billing date, with what will be marked and that it is
    /// final (R63). `confirm_expired`: ask that second time (false once answered).
    fn ask_mark_billed(&mut self, lines: Vec<crate::report::BillingLine>, confirm_expired: bool) {
        let mut refs = Vec::new();
        for l in &lines {
            match (crate::tui::billing::line_ref(l), claimable(l.status)) {
                (Some(r), true) => refs.push(r),
                _ => {
                    let why = l.reasons.first().map(|r| r.to_string()).unwrap_or_else(|| {
                        t!("status-line-not-claimable", status = line_status(l.status))
                    });
                    self.fail(t!("status-cannot-mark", reason = why));
                    return;
                }
            }
        }
        if refs.is_empty() {
            self.fail(t!("status-no-service"));
            return;
        }
        let expired = lines.iter().filter(|l| l.status == Status::Expired).count();
        if expired > 0 && confirm_expired {
            self.overlay = Some(Overlay::Confirm(Confirm::MarkExpired { lines, expired }));
            return;
        }
        let mut form = forms::mark_billed_form(refs.len(), self.today);
        form.live = Some(crate::tui::billing::mark_summary(&self.dir, &lines));
        self.overlay = Some(Overlay::Form(OpenForm::new(
            FormKind::MarkBilled(refs),
            form,
        )));
    }

    /// Opens the correction (another billing date) or the withdrawal of the selected
    /// line's billing mark (R63), each asking for the reason.
    fn ask_correction(&mut self, line: Option<crate::report::BillingLine>, withdraw: bool) {
        let Some(l) = line else {
            return self.fail(t!("status-no-service"));
        };
        let (Some((case, r)), Some(on)) = (crate::tui::billing::line_ref(&l), l.billed_on) else {
            return self.fail(t!("status-not-billed"));
        };
        let what = crate::tui::billing::mark_summary(&self.dir, std::slice::from_ref(&l));
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
            t!("billing-billed-on", date = crate::i18n::format::date(on))
        ));
        self.overlay = Some(Overlay::Form(OpenForm::new(kind, form)));
    }

    /// Opens a form on the current data.
    pub fn open_form(&mut self, kind: FormKind) {
        let (case, based_on) = match kind.case().map(|c| self.store.pregnancy_versioned(c)) {
            Some(Ok(Some(v))) => (Some(v.pregnancy), Some(v.revision)),
            Some(Ok(None)) => return self.fail(t!("form-case-gone")),
            Some(Err(e)) => return self.fail(e.to_string()),
            None => (None, None),
        };
        let ctx = Ctx {
            providers: &self.providers,
            rules: &self.rules,
            today: self.today,
        };
        let needs_providers = !matches!(
            kind,
            FormKind::Pregnancy(_)
                | FormKind::Provider
                | FormKind::MarkBilled(_)
                | FormKind::CorrectBilled(..)
                | FormKind::WithdrawBilled(..)
                | FormKind::ExportCsv(..)
                | FormKind::ExportPerProvider(_)
        );
        if needs_providers && self.providers.is_empty() {
            let key = self.keymap.keys_for(Section::Case, Action::NewProvider);
            return self.fail(t!("status-no-providers", key = key));
        }
        let form = match (&kind, case.as_ref()) {
            (FormKind::Pregnancy(_), p) => {
                let id = if p.is_none() {
                    forms::next_case_id(self.store.as_ref())
                } else {
                    String::new()
                };
                forms::pregnancy_form(p, &id)
            }
            (FormKind::Screening(_), Some(p)) => forms::screening_form(p, &ctx),
            (FormKind::Cpp(_, i), Some(p)) => forms::cpp_form(p, *i, &ctx),
            (FormKind::FollowUp(_), Some(p)) => forms::follow_up_form(p, &ctx),
            (FormKind::Designation(_), Some(p)) => forms::designation_form(p, &ctx),
            (FormKind::Team(_), Some(p)) => forms::team_form(p, &ctx),
            (FormKind::CarePlan(_), Some(p)) => forms::care_plan_form(p, &ctx),
            (FormKind::Concertation(_, i), Some(p)) => forms::concertation_form(p, *i, &ctx),
            (FormKind::Provider, _) => forms::provider_form(),
            _ => return,
        };
        self.overlay = Some(Overlay::Form(OpenForm::based_on(kind, form, based_on)));
    }

    fn save(&mut self, mut open: OpenForm) {
        match forms::save(
            self.store.as_ref(),
            &mut open,
            &self.rules,
            &self.dir,
            self.today,
        ) {
            None => self.overlay = Some(Overlay::Form(open)),
            Some(Saved::Pregnancy {
                before,
                after,
                revision,
            }) => {
                self.undo = Some(Undo::Pregnancy {
                    id: after.id.clone(),
                    before,
                    revision,
                });
                self.ok(t!("status-saved", name = after.mother.name.as_str()));
                self.refresh_case(&after.id);
                if open.kind == FormKind::Pregnancy(None) {
                    self.open_case(&after.id);
                }
            }
            Some(Saved::Provider(p)) => {
                self.undo = Some(Undo::Provider(p.id.clone()));
                self.ok(t!("status-provider-saved", name = p.name.as_str()));
                self.reload_providers();
            }
            Some(Saved::Billed(message)) => {
                self.undo = Some(Undo::Billed);
                self.ok(message);
                let ids: BTreeSet<&String> = match &open.kind {
                    FormKind::MarkBilled(lines) => lines.iter().map(|(c, _)| c).collect(),
                    FormKind::CorrectBilled(c, _) | FormKind::WithdrawBilled(c, _) => {
                        BTreeSet::from([c])
                    }
                    _ => BTreeSet::new(),
                };
                for id in ids {
                    self.refresh_case(id);
                }
                if let Some(b) = &mut self.billing {
                    b.marked.clear();
                }
                self.refresh_billing();
            }
            Some(Saved::Exported(message)) => self.ok(message),
        }
    }

    fn reload_providers(&mut self) {
        match self.store.providers() {
            Ok(mut p) => {
                p.sort_by_key(|p| p.name.to_lowercase());
                self.dir = Directory::new(p.clone());
                self.providers = p;
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    /// Re-reads one case after this user's change: its row, and the case screen when it
    /// is open.
    fn refresh_case(&mut self, id: &str) {
        match self.store.pregnancy_versioned(id) {
            Ok(Some(v)) => {
                self.caseload
                    .upsert(row(&v.pregnancy, &self.dir, &self.rules, self.today));
                self.show_open_case_again(v);
            }
            Ok(None) => {
                self.caseload.remove(id);
                self.close_case(id);
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    /// Closes case `id` when it is the one open (it is gone), back to the list; true
    /// when it was open.
    fn close_case(&mut self, id: &str) -> bool {
        if self.case.as_ref().is_none_or(|c| c.case.id != id) {
            return false;
        }
        self.case = None;
        if self.screen == Screen::Case {
            self.screen = Screen::Caseload;
        }
        true
    }

    /// When `v` is the case open on the case screen, shows it as it is now, keeping the
    /// selected line and the scroll.
    fn show_open_case_again(&mut self, v: crate::store::Versioned) {
        let Some((keep, scroll)) = self
            .case
            .as_ref()
            .filter(|c| c.case.id == v.pregnancy.id)
            .map(|c| (c.selected, c.scroll))
        else {
            return;
        };
        self.set_case(v.pregnancy, v.revision);
        if let Some(c) = &mut self.case {
            c.selected = keep.min(c.eval.lines.len().saturating_sub(1));
            c.scroll = scroll;
        }
    }

    fn set_case(&mut self, p: Pregnancy, revision: u64) {
        let eval = evaluate(&p, &self.dir, &self.rules, self.today);
        let alerts = alerts(&p, &eval, self.today);
        let row = row_of(&p, &eval, &self.dir, self.today);
        self.case = Some(CaseView {
            case: p,
            eval,
            row,
            alerts,
            selected: 0,
            scroll: 0,
            revision,
        });
    }

    pub fn open_case(&mut self, id: &str) {
        match self.store.pregnancy_versioned(id) {
            Ok(Some(v)) => {
                self.set_case(v.pregnancy, v.revision);
                self.screen = Screen::Case;
            }
            Ok(None) => self.fail(t!("form-case-gone")),
            Err(e) => self.fail(e.to_string()),
        }
    }

    /// Opens the billing screen on `month` (default: the month-end month of today).
    pub fn open_billing(&mut self, month: Option<YearMonth>) {
        let month = month.unwrap_or_else(|| crate::report::default_month(self.today));
        self.show_billing(month, false, None);
    }

    /// Shows the billing screen on `month` or every unbilled line, for one provider or
    /// all.
    fn show_billing(&mut self, month: YearMonth, unbilled: bool, provider: Option<String>) {
        match BillingView::build(self.store.as_ref(), month, unbilled, provider, self.today) {
            Ok(v) => {
                self.billing = Some(v);
                self.screen = Screen::Billing;
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    fn confirmed(&mut self, c: Confirm) {
        match c {
            Confirm::LeaveForm { quit: true, .. } => self.quit = true,
            Confirm::LeaveForm { quit: false, .. } => self.ok(t!("status-cancelled")),
            Confirm::MarkExpired { lines, .. } => self.ask_mark_billed(lines, false),
            Confirm::DeletePregnancy(id) => {
                // Based on the case as shown: a change made meanwhile by someone else
                // is not deleted unseen.
                let shown = self
                    .case
                    .as_ref()
                    .filter(|c| c.case.id == id)
                    .map(|c| (c.case.clone(), c.revision));
                let based_on = shown.as_ref().map(|(_, r)| *r);
                match self.store.delete_pregnancy_based(&id, based_on) {
                    Ok(()) => {
                        self.undo = shown.map(|(b, _)| Undo::Pregnancy {
                            id: id.clone(),
                            before: Some(Box::new(b)),
                            revision: 0,
                        });
                        self.ok(t!("status-deleted", id = id.as_str()));
                        self.refresh_case(&id);
                    }
                    Err(e) => self.fail(e.to_string()),
                }
            }
        }
    }

    fn undo(&mut self) {
        let Some(u) = self.undo.take() else {
            return self.fail(t!("status-nothing-to-undo"));
        };
        if let Undo::Billed = u {
            let key = self
                .keymap
                .keys_for(Section::Billing, Action::WithdrawBilled);
            return self.fail(t!("status-undo-billed", key = key));
        }
        let result = match &u {
            Undo::Pregnancy {
                id,
                before: Some(p),
                revision,
            } => {
                // Only if nobody changed it since (a deleted case: only while nobody
                // has made another under its id, revision 0).
                self.store
                    .save_pregnancy((**p).clone(), Some(*revision))
                    .map(|_| id.clone())
            }
            Undo::Pregnancy {
                id,
                before: None,
                revision,
            } => self
                .store
                .delete_pregnancy_based(id, Some(*revision))
                .map(|_| id.clone()),
            Undo::Provider(id) => self.store.delete_provider(id).map(|_| id.clone()),
            Undo::Billed => return,
        };
        match result {
            Ok(id) => {
                self.ok(t!("status-undone"));
                match u {
                    Undo::Provider(_) => self.reload_providers(),
                    Undo::Pregnancy { .. } => self.refresh_case(&id),
                    Undo::Billed => {}
                }
            }
            Err(e) => {
                self.fail(t!("status-undo-failed", error = e.to_string()));
            }
        }
    }

    fn load_demo(&mut self) {
        match self.store.count_pregnancies() {
            Ok(0) => {}
            Ok(_) => return self.fail(t!("status-demo-not-empty")),
            Err(e) => return self.fail(e.to_string()),
        }
        let demo = crate::demo::generate(200, 1, self.today);
        match self.store.import(demo, false) {
            Ok(s) => {
                self.reload_providers();
                if let Ok(r) = self.store.rules() {
                    self.rules = r;
                }
                self.caseload = CaseloadView::loading();
                self.loader = Some(Loader::start(
                    self.store.clone(),
                    self.dir.clone(),
                    self.rules.clone(),
                    self.today,
                ));
                self.ok(t!("status-demo-loaded", count = s.pregnancies_added));
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    /// Draws the whole UI.
    pub fn draw(&mut self, f: &mut Frame) {
        with_language(self.lang, || self.draw_here(f));
        keep_control_out(f.buffer_mut());
    }

    /// Switches the UI to the next language; the terminal loop remembers it.
    fn switch_language(&mut self) {
        self.lang = self.lang.next();
        self.lang_switched = Some(self.lang);
        self.status = Some((
            with_language(self.lang, || {
                t!(
                    "status-language",
                    language = self.lang.native_name(),
                    next = self.lang.next().native_name()
                )
            }),
            false,
        ));
    }

    fn draw_here(&mut self, f: &mut Frame) {
        let area = f.area();
        self.too_small = area.width < MIN_WIDTH || area.height < MIN_HEIGHT;
        if self.too_small {
            let lines = vec![
                Line::styled(t!("too-small-title"), self.theme.alert()),
                Line::raw(t!(
                    "too-small-size",
                    width = area.width,
                    height = area.height,
                    min_width = MIN_WIDTH,
                    min_height = MIN_HEIGHT
                )),
            ];
            f.render_widget(
                Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
                area,
            );
            return;
        }
        let title = Rect { height: 1, ..area };
        let body = Rect {
            y: area.y + 1,
            height: area.height - 2,
            ..area
        };
        let foot = Rect {
            y: area.y + area.height - 1,
            height: 1,
            ..area
        };
        self.draw_title(f, title);
        match self.screen {
            Screen::Caseload => {
                let hints = EmptyHints {
                    demo: self.keymap.keys_for(Section::Caseload, Action::LoadDemo),
                    new: self
                        .keymap
                        .keys_for(Section::Caseload, Action::NewPregnancy),
                    provider: self.keymap.keys_for(Section::Caseload, Action::NewProvider),
                };
                self.caseload.draw(f, body, self.theme, &hints)
            }
            Screen::Case => crate::tui::case::draw(self, f, body),
            Screen::Billing => crate::tui::billing::draw(self, f, body),
            Screen::Tariffs => crate::tui::info::draw_tariffs(self, f, body),
        }
        self.draw_footer(f, foot);
        match &mut self.overlay {
            Some(Overlay::Form(open)) => open.form.draw(f, body, self.theme, &self.keymap),
            Some(Overlay::Help(scroll)) => {
                let s = *scroll;
                crate::tui::info::draw_help(self, f, body, s)
            }
            Some(Overlay::Confirm(c)) => {
                let text = match c {
                    Confirm::DeletePregnancy(id) => t!("confirm-delete", id = id.as_str()),
                    Confirm::LeaveForm { quit: true, .. } => t!("confirm-quit-unsaved"),
                    Confirm::LeaveForm { quit: false, .. } => t!("confirm-discard"),
                    Confirm::MarkExpired { lines, expired } => t!(
                        "confirm-mark-expired",
                        expired = *expired,
                        count = lines.len()
                    ),
                };
                crate::tui::info::draw_box(
                    f,
                    body,
                    self.theme,
                    &t!("confirm-title"),
                    &[text, String::new(), t!("confirm-keys")],
                );
            }
            Some(Overlay::Notice(lines)) => {
                let lines = lines.clone();
                crate::tui::info::draw_box(f, body, self.theme, &t!("notice-title"), &lines)
            }
            Some(Overlay::History { id, lines, scroll }) => {
                let title = t!("history-title", id = id.as_str());
                crate::tui::info::draw_scrolled(
                    f,
                    body,
                    self.theme,
                    &title,
                    &t!("history-keys"),
                    lines,
                    *scroll,
                )
            }
            None => {}
        }
    }

    fn draw_title(&self, f: &mut Frame, area: Rect) {
        let screen = match self.screen {
            Screen::Caseload => t!("screen-caseload"),
            Screen::Case => t!("screen-case"),
            Screen::Billing => t!("screen-billing"),
            Screen::Tariffs => t!("screen-tariffs"),
        };
        let count = if self.caseload.loading {
            t!("title-loading", count = self.caseload.rows.len())
        } else {
            t!(
                "title-count",
                shown = self.caseload.view.len(),
                count = self.caseload.rows.len()
            )
        };
        let mut right = t!("title-today", date = crate::i18n::format::date(self.today));
        // R60: lines whose deadline is within 14 days, on every screen.
        let near: usize = self.caseload.rows.iter().map(|r| r.deadline_near).sum();
        if near > 0 {
            right = format!("{} · {right}", t!("title-deadline-near", count = near));
        }
        let filters = self.caseload.filters.describe(&self.caseload.rows);
        let left = if filters.is_empty() {
            format!(" perinat · {screen} · {count}")
        } else {
            format!(" perinat · {screen} · {count} [{}]", filters.join(", "))
        };
        // The date on the right always shows; a long filter list gives way.
        let room = usize::from(area.width).saturating_sub(crate::report::format::width(&right) + 2);
        let left = crate::report::format::truncate(&left, room);
        let gap = usize::from(area.width).saturating_sub(
            crate::report::format::width(&left) + crate::report::format::width(&right) + 1,
        );
        f.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(left, self.theme.title()),
                Span::raw(" ".repeat(gap)),
                Span::raw(right),
            ]))
            .style(self.theme.selected()),
            area,
        );
    }

    /// The footer: the status message, the search being typed, or the main keys.
    fn draw_footer(&self, f: &mut Frame, area: Rect) {
        let line = if let Some((msg, err)) = &self.status {
            let style = if *err {
                self.theme.error()
            } else {
                self.theme.good()
            };
            Line::styled(format!("{} {msg}", if *err { "✗" } else { "✓" }), style)
        } else if self.screen == Screen::Caseload
            && (self.caseload.searching || !self.caseload.search.is_empty())
        {
            Line::from(vec![
                Span::styled("/", self.theme.key()),
                Span::raw(self.caseload.search.clone()),
                Span::raw(if self.caseload.searching { "▏" } else { "" }),
                Span::styled(
                    if self.caseload.searching {
                        format!("   {}", t!("search-keys"))
                    } else {
                        String::new()
                    },
                    self.theme.muted(),
                ),
            ])
        } else {
            let section = self.section();
            let actions: &[Action] = match self.screen {
                Screen::Caseload => &[
                    Action::Open,
                    Action::Search,
                    Action::NewPregnancy,
                    Action::FilterAlerts,
                    Action::SortNext,
                ],
                Screen::Case => &[
                    Action::RecordScreening,
                    Action::AddFollowUp,
                    Action::MarkBilled,
                    Action::Back,
                ],
                Screen::Billing => &[
                    Action::MarkBilled,
                    Action::PreviousMonth,
                    Action::ToggleUnbilled,
                    Action::FilterProvider,
                ],
                Screen::Tariffs => &[Action::Back],
            };
            // Each action as (keys, label); help and quit always show, the screen's
            // actions as many as fit before them (the rest are under help).
            let entry = |sec: Section, a: Action| {
                let mut k = self.keymap.keys_for(sec, a);
                if k.is_empty() {
                    k = self.keymap.keys_for(Section::Global, a);
                }
                (!k.is_empty()).then(|| (k, format!(" {}  ", action_label(a))))
            };
            let width = |e: &(String, String)| {
                crate::report::format::width(&e.0) + crate::report::format::width(&e.1)
            };
            let tail: Vec<(String, String)> = [Action::Help, Action::Quit]
                .into_iter()
                .filter_map(|a| entry(Section::Global, a))
                .collect();
            let mut room = usize::from(area.width).saturating_sub(tail.iter().map(width).sum());
            let mut shown = Vec::new();
            for a in actions {
                if let Some(e) = entry(section, *a) {
                    if width(&e) > room {
                        break;
                    }
                    room -= width(&e);
                    shown.push(e);
                }
            }
            let mut spans = Vec::new();
            for (k, label) in shown.into_iter().chain(tail) {
                spans.push(Span::styled(k, self.theme.key()));
                spans.push(Span::raw(label));
            }
            Line::from(spans)
        };
        f.render_widget(Paragraph::new(line), area);
    }
}

/// Whether a line can still be claimed (R60: expired ones are shown but may be tried).
/// The last guard before the terminal: a cell that would carry a control character,
/// an escape sequence or a bidi control (text from the caseload, drawn by any widget)
/// shows `�` instead, so that nothing in the data can drive the terminal.
pub fn keep_control_out(buf: &mut ratatui::buffer::Buffer) {
    for cell in buf.content.iter_mut() {
        if cell.symbol().chars().any(crate::safe_text::is_unsafe) {
            cell.set_symbol("�");
        }
    }
}

pub fn claimable(s: Status) -> bool {
    matches!(s, Status::Billable | Status::Expired)
}

pub use crate::report::format::line_status;

fn next_month(m: YearMonth) -> YearMonth {
    YearMonth::of(crate::domain::dates::add_months(m.first_day(), 1))
}

/// What an action is called in help and footers.
pub fn action_label(a: Action) -> String {
    crate::i18n::text(&format!("action-{}", a.key()), &[])
}
