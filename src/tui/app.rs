//! The UI's model: the trail of screens (the caseload under them all), what is over
//! them, and what they share (store, directory, rules, today, keymap). Every key is
//! routed here, global keys first; screens and overlays are components that answer with
//! effects, which are applied here in one place. It draws into any ratatui backend, so
//! tests drive it key by key and snapshot it; `terminal.rs` puts it on a real terminal.

use crate::domain::edit::{self, Record};
use crate::domain::model::{Directory, Provider};
use crate::domain::services::Status;
use crate::domain::RuleSet;
use crate::i18n::{with_language, Lang};
use crate::store::Live;
use crate::t;
use crate::tui::case::CaseView;
use crate::tui::caseload::CaseloadView;
use crate::tui::component::{Command, Component, Ctx, Effect, Refresh};
use crate::tui::forms::{self, FormKind, OpenForm, Saved};
use crate::tui::keymap::{Action, Key, Keymap, KeymapError, Lookup, Section};
use crate::tui::loader::{Loaded, Loader, SharedStore};
use crate::tui::overlays::{ConfirmOverlay, FormOverlay, NoticeOverlay};
use crate::tui::theme::Theme;
use crate::tui::undo::{Change, UndoLog};
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use std::collections::BTreeSet;

/// The smallest terminal perinat draws in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// A question to confirm.
#[derive(Debug, Clone)]
pub enum Confirm {
    /// Delete a pregnancy, as it was shown: the case at that revision.
    DeletePregnancy {
        case: Box<crate::domain::model::Pregnancy>,
        revision: u64,
    },
    /// Delete one record of a case; `what` names it for the question and the undo.
    DeleteRecord {
        case: String,
        record: Record,
        what: String,
        revision: u64,
    },
    DeleteProvider {
        id: String,
        name: String,
    },
    /// Leave a form with what was typed in it (Esc), or quit perinat from it (Ctrl-C).
    LeaveForm {
        quit: bool,
    },
    /// Lines to mark billed of which `expired` have passed their deadline (R60): asked
    /// a second time.
    MarkExpired {
        lines: Vec<crate::report::BillingLine>,
        expired: usize,
    },
}

/// The context every component reads, built from the app's fields (so that a component
/// of the app can be borrowed mutably beside it).
macro_rules! ctx {
    ($app:ident) => {
        Ctx {
            store: &$app.store,
            dir: &$app.dir,
            providers: &$app.providers,
            rules: &$app.rules,
            today: $app.today,
            theme: $app.theme,
            keymap: &$app.keymap,
            me: $app.me.as_deref(),
            login: $app.login.as_deref(),
        }
    };
}

pub type Screen = Section;

pub struct App {
    store: SharedStore,
    pub today: NaiveDate,
    pub keymap: Keymap,
    pub theme: Theme,
    /// The screens from the caseload (first, always there) to the one shown (last).
    trail: Vec<Box<dyn Component>>,
    /// Screens left that keep their place (the billing screen's month and marks).
    kept: Vec<Box<dyn Component>>,
    /// What is over the screen.
    overlay: Option<Box<dyn Component>>,
    /// The message of the last action, and whether it is an error.
    pub status: Option<(String, bool)>,
    pending: Vec<Key>,
    undo: UndoLog,
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
    /// The signed-in person's login name, and the provider linked to it.
    login: Option<String>,
    me: Option<String>,
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
            trail: vec![Box::new(CaseloadView::loading())],
            kept: Vec::new(),
            overlay: None,
            status: None,
            pending: Vec::new(),
            undo: UndoLog::default(),
            loader: Some(loader),
            live,
            reselect: None,
            deferred: Vec::new(),
            connected: true,
            dir,
            providers,
            rules,
            login: None,
            me: None,
            lang: crate::i18n::language(),
            lang_switched: None,
            quit: false,
            too_small: false,
        };
        if !keymap_errors.is_empty() {
            let mut lines: Vec<String> = keymap_errors.iter().map(|e| e.to_string()).collect();
            lines.push(String::new());
            lines.push(t!("keymap-errors-continue"));
            app.notice(t!("keymap-errors-title"), lines);
        }
        Ok(app)
    }

    /// Signs the person in by their login name: the provider linked to it (if any) is
    /// "me" (the caseload's and the to-do list's "mine", the forms' default provider).
    pub fn set_login(&mut self, login: Option<String>) {
        self.login = login;
        self.find_me();
    }

    fn find_me(&mut self) {
        self.me = self
            .login
            .as_deref()
            .and_then(|l| crate::domain::whoami::provider_for_login(&self.dir, l))
            .map(|p| p.id.clone());
    }

    /// The signed-in person's provider id.
    pub fn me(&self) -> Option<&str> {
        self.me.as_deref()
    }

    /// The screen shown.
    pub fn screen(&self) -> Section {
        self.shown().section()
    }

    fn shown(&self) -> &dyn Component {
        self.trail
            .last()
            .map(|b| b.as_ref())
            .unwrap_or_else(|| unreachable_caseload())
    }

    /// The component on top: the overlay, else the screen shown.
    pub fn overlay_section(&self) -> Option<Section> {
        self.overlay.as_ref().map(|o| o.section())
    }

    /// The overlay, when it is a `T`.
    pub fn overlay<T: 'static>(&self) -> Option<&T> {
        self.overlay.as_ref()?.as_any().downcast_ref()
    }

    /// The screen of type `T` in the trail or kept.
    pub fn get<T: 'static>(&self) -> Option<&T> {
        self.trail
            .iter()
            .chain(self.kept.iter())
            .find_map(|c| c.as_any().downcast_ref())
    }

    fn get_mut<T: 'static>(&mut self) -> Option<&mut T> {
        self.trail
            .iter_mut()
            .chain(self.kept.iter_mut())
            .find_map(|c| c.as_any_mut().downcast_mut())
    }

    /// The caseload list (always there).
    pub fn caseload(&self) -> &CaseloadView {
        self.get::<CaseloadView>()
            .unwrap_or_else(|| unreachable_caseload_view())
    }

    fn caseload_mut(&mut self) -> &mut CaseloadView {
        if self.get::<CaseloadView>().is_none() {
            self.trail.insert(0, Box::new(CaseloadView::loading()));
        }
        self.trail[0]
            .as_any_mut()
            .downcast_mut()
            .unwrap_or_else(|| unreachable!("the caseload is first"))
    }

    /// The open case, when the case screen is in the trail.
    pub fn case(&self) -> Option<&CaseView> {
        self.get::<CaseView>()
    }

    /// The open case, to change what is selected (tests).
    pub fn case_mut(&mut self) -> Option<&mut CaseView> {
        self.get_mut::<CaseView>()
    }

    /// The billing screen, to change what is selected (tests).
    pub fn billing_mut(&mut self) -> Option<&mut crate::tui::billing::BillingView> {
        self.get_mut::<crate::tui::billing::BillingView>()
    }

    /// The billing screen, when it was opened.
    pub fn billing(&self) -> Option<&crate::tui::billing::BillingView> {
        self.get::<crate::tui::billing::BillingView>()
    }

    /// Takes in the rows the loader has ready and what others committed; true when
    /// something changed.
    pub fn poll(&mut self) -> bool {
        let mut live = with_language(self.lang, || self.poll_live());
        let mut effects = Vec::new();
        {
            let ctx = ctx!(self);
            for c in self.trail.iter_mut().chain(self.kept.iter_mut()) {
                if let Some(e) = c.poll(&ctx) {
                    live = true;
                    effects.extend(e);
                }
            }
        }
        with_language(self.lang, || self.apply(effects));
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

    /// Shows what others committed since the last look: the cases they changed, or
    /// everything when they changed the providers, the tables or the whole caseload.
    /// Says when the connection is lost and when it is back.
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
        if everything || cases.len() > crate::store::commands::MANY_CASES {
            self.deferred.clear();
            self.reload_all();
        } else if self.loader.is_some() {
            // The list is still loading: these go in once it has, over what it loaded.
            self.deferred.extend(cases);
        } else {
            self.apply_live(cases);
        }
        true
    }

    /// Reads the cases others changed (case id, who) once, and gives them to every
    /// screen; says so when the case open was deleted from under the person's eyes.
    fn apply_live(&mut self, cases: Vec<(String, String)>) {
        let mut seen = BTreeSet::new();
        let mut read = Vec::new();
        for (id, by) in cases.into_iter().rev() {
            if !seen.insert(id.clone()) {
                continue;
            }
            match self.store.pregnancy_versioned(&id) {
                Ok(v) => {
                    if v.is_none() && self.case().is_some_and(|c| c.case.id == id) {
                        self.fail(t!(
                            "status-deleted-by",
                            id = id.as_str(),
                            user = by.as_str()
                        ));
                    }
                    read.push((id, v));
                }
                Err(e) => return self.fail(e.to_string()),
            }
        }
        self.refresh_all(&Refresh::Cases(&read));
    }

    /// Gives a change to every screen, the one shown and those kept.
    fn refresh_all(&mut self, what: &Refresh) {
        let mut effects = Vec::new();
        let ctx = ctx!(self);
        for c in self.trail.iter_mut().chain(self.kept.iter_mut()) {
            let e = c.refresh(what, &ctx);
            // A screen whose case is gone leaves the trail (below).
            effects.extend(e.into_iter().map(|e| (c.section(), e)));
        }
        for (section, e) in effects {
            match e {
                Effect::Back => self.leave(section),
                other => self.apply(vec![other]),
            }
        }
    }

    /// Takes a screen out of the trail (its case was deleted), wherever it is.
    fn leave(&mut self, section: Section) {
        if section == Section::Caseload {
            return;
        }
        self.trail.retain(|c| c.section() != section);
        self.kept.retain(|c| c.section() != section);
    }

    /// Reads everything again (providers, tables, every case) keeping what the person
    /// was looking at: the list's search, filters, sort and selected case, the open case.
    fn reload_all(&mut self) {
        self.reload_providers();
        match self.store.rules() {
            Ok(r) => self.rules = r,
            Err(e) => return self.fail(e.to_string()),
        }
        let list = self.caseload_mut();
        let reselect = list.selected_row().map(|r| r.id.clone());
        *list = list.reloading();
        self.reselect = reselect;
        self.loader = Some(Loader::start(
            self.store.clone(),
            self.dir.clone(),
            self.rules.clone(),
            self.today,
        ));
        self.refresh_all(&Refresh::Everything);
    }

    /// Moves the UI to another day (midnight passed): every row, the open case and the
    /// billing screen are computed again on it.
    pub fn set_today(&mut self, today: NaiveDate) {
        self.today = today;
        self.reload_all();
    }

    fn take(&mut self, msg: Loaded) {
        match msg {
            Loaded::Rows(rows) => self.caseload_mut().add_rows(rows),
            Loaded::Done => {
                self.caseload_mut().loading = false;
                self.loader = None;
                if let Some(id) = self.reselect.take() {
                    self.caseload_mut().select_id(&id);
                }
                let deferred = std::mem::take(&mut self.deferred);
                if !deferred.is_empty() {
                    self.apply_live(deferred);
                }
            }
            Loaded::Failed(e) => {
                self.caseload_mut().loading = false;
                self.loader = None;
                self.status = Some((e, true));
            }
        }
    }

    /// Waits until the whole caseload is loaded, and the screens' work in the
    /// background is done (tests, benchmarks).
    pub fn finish_loading(&mut self) {
        while let Some(loader) = &self.loader {
            let msg = loader.wait();
            self.take(msg);
        }
        let mut effects = Vec::new();
        {
            let ctx = ctx!(self);
            for c in self.trail.iter_mut().chain(self.kept.iter_mut()) {
                effects.extend(c.finish(&ctx));
            }
        }
        with_language(self.lang, || self.apply(effects));
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
        if self.keymap.lookup(Section::Global, &[key]) == Lookup::Action(Action::Quit) {
            self.pending.clear();
            return self.ask_quit();
        }
        // While too small, only the question Ctrl-C asked (quit and lose what was typed?)
        // takes its answer: it is the one thing shown.
        if self.too_small && !self.asking_to_quit() {
            return;
        }
        // An overlay takes every key while it is up.
        if let Some(mut o) = self.overlay.take() {
            let effects = {
                let ctx = ctx!(self);
                o.key(key, &ctx)
            };
            self.overlay = Some(o);
            return self.apply(effects.unwrap_or_default());
        }
        // A screen typing (a search) takes keys before the keymap.
        let typed = {
            let ctx = ctx!(self);
            self.trail.last_mut().and_then(|s| s.key(key, &ctx))
        };
        if let Some(effects) = typed {
            return self.apply(effects);
        }
        self.pending.push(key);
        let section = self.screen();
        let found = match self.keymap.lookup(section, &self.pending) {
            Lookup::None => self.keymap.lookup(Section::Global, &self.pending),
            l => l,
        };
        match found {
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
                    self.on_key_here(key);
                }
            }
        }
    }

    /// Whether the question up is Ctrl-C's "quit and lose what you typed?".
    fn asking_to_quit(&self) -> bool {
        self.overlay::<ConfirmOverlay>()
            .is_some_and(|c| matches!(c.question, Confirm::LeaveForm { quit: true }))
    }

    /// Quits, asking first when something typed would be lost.
    fn ask_quit(&mut self) {
        match self.overlay.take() {
            Some(o) if o.unsaved() && o.as_any().is::<FormOverlay>() => {
                self.overlay = Some(Box::new(ConfirmOverlay {
                    question: Confirm::LeaveForm { quit: true },
                    under: Some(o),
                }))
            }
            // Asked already (Ctrl-C twice): quit.
            _ => self.quit = true,
        }
    }

    /// What a key's action does: the app's own (global) ones, else the screen's.
    fn act(&mut self, a: Action) {
        match a {
            Action::Quit if self.screen() != Section::Caseload => self.quit = true,
            Action::Help => {
                let ctx = ctx!(self);
                let shown = self.shown();
                let help = crate::tui::info::HelpOverlay::new(
                    shown.section(),
                    &shown.commands(&ctx),
                    &ctx,
                );
                self.overlay = Some(Box::new(help));
            }
            Action::Caseload => {
                while self.trail.len() > 1 {
                    self.step_back();
                }
            }
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Language => self.switch_language(),
            Action::NewProvider => self.open_form(FormKind::Provider(None)),
            _ => {
                if let Some(entry) = crate::tui::screens::opened_by(a) {
                    return self.show_screen(entry);
                }
                let effects = {
                    let ctx = ctx!(self);
                    match self.trail.last_mut() {
                        Some(s) => s.act(a, &ctx),
                        None => Vec::new(),
                    }
                };
                self.apply(effects);
            }
        }
    }

    /// Shows a registered screen: where it was left when it was kept, else new; over
    /// the caseload.
    fn show_screen(&mut self, entry: &crate::tui::screens::Entry) {
        while self.trail.len() > 1 {
            self.step_back();
        }
        let at = self.kept.iter().position(|c| c.section() == entry.section);
        let (screen, effects) = match at {
            Some(i) => {
                let mut s = self.kept.remove(i);
                let ctx = ctx!(self);
                let e = s.reenter(&ctx);
                (s, e)
            }
            None => {
                let made = {
                    let ctx = ctx!(self);
                    (entry.make)(&ctx)
                };
                match made {
                    Ok(s) => (s, Vec::new()),
                    Err(e) => return self.fail(e),
                }
            }
        };
        self.trail.push(screen);
        self.apply(effects);
    }

    /// Leaves the screen shown for the one under it; a registered screen is kept.
    fn step_back(&mut self) {
        if self.trail.len() <= 1 {
            return;
        }
        if let Some(s) = self.trail.pop() {
            let section = s.section();
            if crate::tui::screens::SCREENS
                .iter()
                .any(|e| e.section == section)
            {
                self.kept.retain(|k| k.section() != section);
                self.kept.push(s);
            }
        }
        // The screen under it shows what changed meanwhile (marks made from a case).
        let effects = {
            let ctx = ctx!(self);
            let deeper = self.trail.len() > 1;
            match self.trail.last_mut() {
                Some(s) if deeper => s.reenter(&ctx),
                _ => Vec::new(),
            }
        };
        self.apply(effects);
    }

    /// Applies what components asked, in order.
    fn apply(&mut self, effects: Vec<Effect>) {
        for e in effects {
            match e {
                Effect::Ok(m) => self.ok(m),
                Effect::Fail(m) => self.fail(m),
                Effect::OpenForm(kind) => self.open_form(kind),
                Effect::ShowForm(open) => self.overlay = Some(Box::new(FormOverlay { open })),
                Effect::Ask(question) => {
                    // A form being left stays under the question, to come back to.
                    let under = match question {
                        Confirm::LeaveForm { .. } => self.overlay.take(),
                        _ => None,
                    };
                    self.overlay = Some(Box::new(ConfirmOverlay { question, under }));
                }
                Effect::Overlay(o) => self.overlay = Some(o),
                Effect::CloseOverlay => self.overlay = None,
                Effect::OpenCase { id, at } => self.open_case_at(&id, at),
                Effect::Back => self.step_back(),
                Effect::Save(open) => self.save(*open),
                Effect::Confirmed(c) => self.confirmed(c),
                Effect::Reload => self.reload_all(),
                Effect::Quit => self.quit = true,
            }
        }
    }

    /// Shows messages to read before going on (after any already shown).
    pub fn notice(&mut self, title: String, messages: Vec<String>) {
        if messages.is_empty() {
            return;
        }
        let mut lines = match self.overlay.take() {
            Some(o) if o.as_any().is::<NoticeOverlay>() => {
                let mut l = o
                    .as_any()
                    .downcast_ref::<NoticeOverlay>()
                    .map(|n| n.lines.clone())
                    .unwrap_or_default();
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
        self.overlay = Some(Box::new(NoticeOverlay { lines }));
    }

    /// Opens a form on the current data.
    pub fn open_form(&mut self, kind: FormKind) {
        let (case, based_on) = match kind.case().map(|c| self.store.pregnancy_versioned(c)) {
            Some(Ok(Some(v))) => (Some(v.pregnancy), Some(v.revision)),
            Some(Ok(None)) => return self.fail(t!("form-case-gone")),
            Some(Err(e)) => return self.fail(e.to_string()),
            None => (None, None),
        };
        let ctx = forms::Ctx {
            providers: &self.providers,
            rules: &self.rules,
            today: self.today,
            me: self.me.as_deref(),
        };
        let needs_providers = !matches!(
            kind,
            FormKind::Pregnancy(_)
                | FormKind::Provider(_)
                | FormKind::MergeProvider(_)
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
            (FormKind::FollowUp(_, i), Some(p)) => forms::follow_up_form(p, *i, &ctx),
            (FormKind::Designation(_, i), Some(p)) => forms::designation_form(p, *i, &ctx),
            (FormKind::Team(_), Some(p)) => forms::team_form(p, &ctx),
            (FormKind::CarePlan(_), Some(p)) => forms::care_plan_form(p, &ctx),
            (FormKind::Concertation(_, i), Some(p)) => forms::concertation_form(p, *i, &ctx),
            (FormKind::MergeProvider(id), _) => match self.dir.get(id) {
                Some(dup) => forms::merge_provider_form(dup, &self.providers),
                None => return,
            },
            (FormKind::Provider(id), _) => {
                let new_id = forms::next_provider_id(&self.providers);
                forms::provider_form(id.as_ref().and_then(|id| self.dir.get(id)), &new_id)
            }
            _ => return,
        };
        let mut open = OpenForm::based_on(kind, form, based_on);
        open.opened_on = case.map(Box::new);
        self.overlay = Some(Box::new(FormOverlay { open }));
    }

    fn save(&mut self, mut open: OpenForm) {
        let saved = forms::save(
            self.store.as_ref(),
            &mut open,
            &self.rules,
            &self.dir,
            self.today,
        );
        match saved {
            None => self.overlay = Some(Box::new(FormOverlay { open })),
            Some(Saved::Pregnancy {
                before,
                after,
                revision,
            }) => {
                self.overlay = None;
                let what = crate::tui::describe::saved(
                    &open.kind,
                    before.as_deref(),
                    &after,
                    &self.rules.catalog,
                );
                self.undo.push(
                    what,
                    Change::Case {
                        id: after.id.clone(),
                        before,
                        after: Some(after.clone()),
                        revision,
                    },
                );
                self.ok(t!("status-saved", name = after.mother.name.as_str()));
                self.refresh_case(&after.id);
                if open.kind == FormKind::Pregnancy(None) {
                    self.open_case_at(&after.id, None);
                }
            }
            Some(Saved::Provider { before, after }) => {
                self.overlay = None;
                let what = t!("undo-what-provider", name = after.name.as_str());
                self.undo.push(
                    if before.is_some() {
                        t!("undo-changed", what = what)
                    } else {
                        t!("undo-added", what = what)
                    },
                    Change::Provider {
                        id: after.id.clone(),
                        before,
                        after: Some(after.clone()),
                    },
                );
                self.ok(t!("status-provider-saved", name = after.name.as_str()));
                self.reload_providers();
                self.refresh_all(&Refresh::Everything);
            }
            Some(Saved::Billed(message)) => {
                self.overlay = None;
                self.undo.push(String::new(), Change::Billed);
                self.ok(message);
                let ids: BTreeSet<String> = match &open.kind {
                    FormKind::MarkBilled(lines) => lines.iter().map(|(c, _)| c.clone()).collect(),
                    FormKind::CorrectBilled(c, _) | FormKind::WithdrawBilled(c, _) => {
                        BTreeSet::from([c.clone()])
                    }
                    _ => BTreeSet::new(),
                };
                if let Some(b) = self.get_mut::<crate::tui::billing::BillingView>() {
                    b.marked.clear();
                }
                for id in &ids {
                    self.refresh_case(id);
                }
            }
            Some(Saved::Merged { message }) => {
                self.overlay = None;
                self.ok(message);
                self.reload_all();
            }
            Some(Saved::Exported(message)) => {
                self.overlay = None;
                self.ok(message)
            }
        }
    }

    fn reload_providers(&mut self) {
        match self.store.providers() {
            Ok(mut p) => {
                p.sort_by_key(|p| p.name.to_lowercase());
                self.dir = Directory::new(p.clone());
                self.providers = p;
                self.find_me();
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    /// Re-reads one case after this user's change and gives it to every screen.
    fn refresh_case(&mut self, id: &str) {
        match self.store.pregnancy_versioned(id) {
            Ok(v) => {
                let read = vec![(id.to_string(), v)];
                self.refresh_all(&Refresh::Cases(&read));
                if let Some(list) = self.get_mut::<CaseloadView>() {
                    list.select_id(id);
                }
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    /// Opens case `id` on the case screen, over the screen shown (where Back returns).
    pub fn open_case(&mut self, id: &str) {
        self.open_case_at(id, None)
    }

    fn open_case_at(&mut self, id: &str, at: Option<crate::domain::todo::Place>) {
        let opened = {
            let ctx = ctx!(self);
            CaseView::open(id, at, &ctx)
        };
        match opened {
            Ok(cv) => {
                // One case screen at a time: opening another replaces it.
                self.trail.retain(|c| c.section() != Section::Case);
                self.trail.push(Box::new(cv));
            }
            Err(e) => self.fail(e),
        }
    }

    fn confirmed(&mut self, c: Confirm) {
        match c {
            Confirm::LeaveForm { quit: true } => self.quit = true,
            Confirm::LeaveForm { quit: false } => self.ok(t!("status-cancelled")),
            Confirm::MarkExpired { lines, .. } => {
                let e = {
                    let ctx = ctx!(self);
                    crate::tui::billing::ask_mark_billed(lines, false, &ctx)
                };
                self.apply(vec![e]);
            }
            Confirm::DeletePregnancy { case, revision } => {
                // Based on the case as it was shown when asked: a change made meanwhile
                // by someone else is not deleted unseen.
                let id = case.id.clone();
                match self.store.delete_pregnancy_based(&id, Some(revision)) {
                    Ok(()) => {
                        let what = crate::tui::describe::deleted(&t!(
                            "undo-what-case",
                            name = case.mother.name.as_str()
                        ));
                        self.undo.push(
                            what,
                            Change::Case {
                                id: id.clone(),
                                before: Some(case),
                                after: None,
                                revision: 0,
                            },
                        );
                        // The screens first (the case screen leaves), then the message:
                        // this user's own deletion, not "deleted elsewhere".
                        self.refresh_case(&id);
                        self.ok(t!("status-deleted", id = id.as_str()));
                    }
                    Err(e) => self.fail(e.to_string()),
                }
            }
            Confirm::DeleteRecord {
                case,
                record,
                what,
                revision,
            } => self.delete_record(&case, &record, what, revision),
            Confirm::DeleteProvider { id, name } => {
                let before = self.dir.get(&id).cloned();
                match self.store.delete_provider(&id) {
                    Ok(()) => {
                        self.undo.push(
                            crate::tui::describe::deleted(&t!(
                                "undo-what-provider",
                                name = name.as_str()
                            )),
                            Change::Provider {
                                id: id.clone(),
                                before: before.map(Box::new),
                                after: None,
                            },
                        );
                        self.ok(t!("status-provider-deleted", name = name.as_str()));
                        self.reload_providers();
                        self.refresh_all(&Refresh::Everything);
                    }
                    Err(e) => self.fail(e.to_string()),
                }
            }
        }
    }

    /// Deletes one record of a case, on the case as it was shown (`revision`).
    fn delete_record(&mut self, case: &str, record: &Record, what: String, revision: u64) {
        let before = match self.store.pregnancy_versioned(case) {
            Ok(Some(v)) if v.revision == revision => v.pregnancy,
            Ok(Some(_)) => return self.fail(t!("status-changed-meanwhile")),
            Ok(None) => return self.fail(t!("form-case-gone")),
            Err(e) => return self.fail(e.to_string()),
        };
        let after = match edit::remove(&before, record) {
            Ok(a) => a,
            Err(edit::Refusal::Missing) => return self.fail(t!("status-changed-meanwhile")),
            Err(edit::Refusal::Billed(on)) => {
                let key = self
                    .keymap
                    .keys_for(crate::tui::billing::SECTION, Action::WithdrawBilled);
                return self.fail(t!(
                    "status-delete-billed",
                    what = what.as_str(),
                    on = crate::i18n::format::date(on),
                    key = key
                ));
            }
        };
        match self.store.save_pregnancy(after.clone(), Some(revision)) {
            Ok(rev) => {
                self.undo.push(
                    crate::tui::describe::deleted(&what),
                    Change::Case {
                        id: case.to_string(),
                        before: Some(Box::new(before)),
                        after: Some(Box::new(after)),
                        revision: rev,
                    },
                );
                let key = self.keymap.keys_for(Section::Global, Action::Undo);
                self.ok(t!("status-record-deleted", what = what.as_str(), key = key));
                self.refresh_case(case);
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    fn undo(&mut self) {
        match self.undo.undo(self.store.as_ref()) {
            Ok(done) => self.after_undo(done),
            Err(m) if m.is_empty() => {
                let key = self
                    .keymap
                    .keys_for(crate::tui::billing::SECTION, Action::WithdrawBilled);
                self.fail(t!("status-undo-billed", key = key))
            }
            Err(m) => self.fail(m),
        }
    }

    fn redo(&mut self) {
        match self.undo.redo(self.store.as_ref()) {
            Ok(done) => self.after_undo(done),
            Err(m) => self.fail(m),
        }
    }

    fn after_undo(&mut self, done: crate::tui::undo::Done) {
        if done.providers {
            self.reload_providers();
            self.refresh_all(&Refresh::Everything);
        }
        if let Some(id) = &done.case {
            self.refresh_case(id);
        }
        self.ok(done.message);
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
            let mut lines = vec![
                Line::styled(t!("too-small-title"), self.theme.alert()),
                Line::raw(t!(
                    "too-small-size",
                    width = area.width,
                    height = area.height,
                    min_width = MIN_WIDTH,
                    min_height = MIN_HEIGHT
                )),
            ];
            if self.asking_to_quit() {
                lines.push(Line::raw(""));
                lines.push(Line::styled(
                    t!("confirm-quit-unsaved"),
                    self.theme.heading(),
                ));
                lines.push(Line::raw(t!("confirm-keys")));
            }
            f.render_widget(
                Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
                area,
            );
            return;
        }
        let title = Rect { height: 1, ..area };
        // A long message wraps over up to three lines instead of being cut.
        let foot_h = match &self.status {
            Some((msg, _)) => {
                let lines = crate::tui::info::wrap(&format!("✗ {msg}"), usize::from(area.width));
                lines.len().clamp(1, 3) as u16
            }
            None => 1,
        };
        let body = Rect {
            y: area.y + 1,
            height: area.height - 1 - foot_h,
            ..area
        };
        let foot = Rect {
            y: area.y + area.height - foot_h,
            height: foot_h,
            ..area
        };
        self.draw_title(f, title);
        {
            let ctx = ctx!(self);
            if let Some(s) = self.trail.last_mut() {
                s.draw(f, body, &ctx);
            }
        }
        self.draw_footer(f, foot);
        let ctx = ctx!(self);
        if let Some(o) = &mut self.overlay {
            o.draw(f, body, &ctx);
        }
    }

    fn draw_title(&self, f: &mut Frame, area: Rect) {
        let screen = self.shown().title();
        let list = self.caseload();
        let count = if list.loading {
            t!("title-loading", count = list.rows.len())
        } else {
            t!(
                "title-count",
                shown = list.view.len(),
                count = list.rows.len()
            )
        };
        let mut right = t!("title-today", date = crate::i18n::format::date(self.today));
        // R60: lines whose deadline is within 14 days, on every screen.
        let near: usize = list.rows.iter().map(|r| r.deadline_near).sum();
        if near > 0 {
            right = format!("{} · {right}", t!("title-deadline-near", count = near));
        }
        let filters = list.filters.describe(&list.rows);
        let what = if filters.is_empty() {
            format!("{screen} · {count}")
        } else {
            format!("{screen} · {count} [{}]", filters.join(", "))
        };
        // The date on the right always shows; the program's name gives way first, then
        // a long filter list.
        let room = usize::from(area.width).saturating_sub(crate::report::format::width(&right) + 2);
        let mut left = format!(" perinat · {what}");
        if crate::report::format::width(&left) > room {
            left = format!(" {what}");
        }
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

    /// The commands of the screen shown, as its footer and its help list them.
    pub fn commands(&self) -> Vec<Command> {
        let ctx = ctx!(self);
        self.shown().commands(&ctx)
    }

    /// The footer: the status message, the search being typed, or the screen's main
    /// commands that are possible now, as many as fit before help and quit.
    fn draw_footer(&self, f: &mut Frame, area: Rect) {
        let list = self.caseload();
        let line = if let Some((msg, err)) = &self.status {
            let style = if *err {
                self.theme.error()
            } else {
                self.theme.good()
            };
            let text = format!("{} {msg}", if *err { "✗" } else { "✓" });
            let lines: Vec<Line> = crate::tui::info::wrap(&text, usize::from(area.width))
                .into_iter()
                .map(|l| Line::styled(l, style))
                .collect();
            return f.render_widget(Paragraph::new(lines), area);
        } else if self.screen() == Section::Caseload && (list.searching || !list.search.is_empty())
        {
            Line::from(vec![
                Span::styled("/", self.theme.key()),
                Span::raw(list.search.clone()),
                Span::raw(if list.searching { "▏" } else { "" }),
                Span::styled(
                    if list.searching {
                        format!("   {}", t!("search-keys"))
                    } else {
                        String::new()
                    },
                    self.theme.muted(),
                ),
            ])
        } else {
            // The overlay's commands when one is up, else the screen's.
            let (section, commands) = match &self.overlay {
                Some(o) => {
                    let ctx = ctx!(self);
                    (o.section(), o.commands(&ctx))
                }
                None => (self.screen(), self.commands()),
            };
            let entry = |sec: Section, a: Action| {
                let mut k = self.keymap.first_key_for(sec, a);
                if k.is_empty() {
                    k = self.keymap.first_key_for(Section::Global, a);
                }
                (!k.is_empty()).then(|| (k, format!(" {}  ", action_label(a))))
            };
            let width = |e: &(String, String)| {
                crate::report::format::width(&e.0) + crate::report::format::width(&e.1)
            };
            // In a form `?` is typed, not help.
            let in_form = self
                .overlay
                .as_ref()
                .is_some_and(|o| o.section() == Section::Form);
            let tail: Vec<(String, String)> = [Action::Help, Action::Quit]
                .into_iter()
                .filter(|a| !(in_form && *a == Action::Help))
                .filter_map(|a| entry(Section::Global, a))
                .collect();
            let mut room = usize::from(area.width).saturating_sub(tail.iter().map(width).sum());
            let mut shown = Vec::new();
            for c in commands {
                if !c.footer || !c.enabled {
                    continue;
                }
                if let Some(e) = entry(section, c.action) {
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

fn unreachable_caseload() -> &'static dyn Component {
    unreachable!("the caseload is always in the trail")
}

fn unreachable_caseload_view() -> &'static CaseloadView {
    unreachable!("the caseload is always in the trail")
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

/// What an action is called in help and footers.
pub fn action_label(a: Action) -> String {
    crate::i18n::text(&format!("action-{}", a.key()), &[])
}
