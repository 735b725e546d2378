//! The UI driven key by key on a fixed demo caseload and a fixed "today", drawn at 80×24
//! into a test backend: snapshots of every screen, and the flows a clinician goes through.

use super::app::{App, Screen};
use super::keymap::{Key, KeyCodeOrd, Keymap};
use super::theme::Theme;
use crate::domain::dates::parse_date;
use crate::store::{CaseloadApi, SledStore};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::sync::Arc;

fn today() -> chrono::NaiveDate {
    parse_date("2025-05-25").expect("date")
}

pub(super) struct Fixture {
    _dir: tempfile::TempDir,
    pub(super) app: App,
}

fn app_with(cases: usize, keymap: Keymap) -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = SledStore::open(dir.path()).expect("store");
    store.set_actor(crate::store::Actor {
        user: "anne".into(),
        from: Some("192.0.2.7".into()),
    });
    store.set_clock(|| today().and_hms_opt(9, 30, 0).expect("time"));
    if cases > 0 {
        store
            .import(crate::demo::generate(cases, 7, today()), false)
            .expect("demo import");
    }
    let mut app = App::new(
        Arc::new(store),
        today(),
        keymap,
        Vec::new(),
        Theme { color: false },
    )
    .expect("app");
    app.finish_loading();
    Fixture { _dir: dir, app }
}

pub(super) fn demo_app() -> Fixture {
    app_with(40, Keymap::defaults())
}

fn screen(app: &mut App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| app.draw(f)).expect("draw");
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..w {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let s = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(s).saturating_sub(1);
            line.push_str(s);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

pub(super) fn draw(app: &mut App) -> String {
    screen(app, 80, 24)
}

/// Presses keys written as in keymap.toml, separated by spaces.
/// Presses keys written as in keymap.toml, separated by spaces; then waits for what a
/// screen does in the background (as a person waits to see it).
pub(super) fn press(app: &mut App, keys: &str) {
    for k in keys.split(' ').filter(|k| !k.is_empty()) {
        app.on_key(Key::parse(k).expect("test key"));
    }
    app.finish_loading();
}

pub(super) fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.on_key(Key::plain(KeyCodeOrd::Char(c)));
    }
}

#[test]
fn caseload_screen() {
    let mut f = demo_app();
    insta::assert_snapshot!(draw(&mut f.app));
}

#[test]
fn caseload_sorted_by_name_and_filtered_by_scenario_b() {
    let mut f = demo_app();
    press(&mut f.app, "o s s s");
    let text = draw(&mut f.app);
    let c = f.app.caseload();
    assert!(
        !c.view.is_empty()
            && c.view
                .iter()
                .all(|&i| matches!(c.rows[i].scenario, Some((crate::domain::Scenario::B, _)))),
        "{text}"
    );
    insta::assert_snapshot!(text);
}

#[test]
fn search_narrows_the_list_as_you_type() {
    let mut f = demo_app();
    let all = f.app.caseload().view.len();
    let name = f.app.caseload().rows[3].name.clone();
    press(&mut f.app, "/");
    type_text(&mut f.app, &name);
    assert!(f.app.caseload().view.len() < all);
    assert!(f
        .app
        .caseload()
        .view
        .iter()
        .all(|&i| f.app.caseload().rows[i].name == name));
    press(&mut f.app, "<Enter>");
    assert!(!f.app.caseload().searching);
    press(&mut f.app, "0");
    assert_eq!(f.app.caseload().view.len(), all);
}

#[test]
fn closed_cases_are_hidden_until_asked_for() {
    let mut f = app_with(120, Keymap::defaults());
    let closed = f.app.caseload().rows.iter().filter(|r| r.closed()).count();
    assert!(closed > 0, "the demo should hold closed cases");
    let shown = f.app.caseload().view.len();
    press(&mut f.app, "x");
    assert_eq!(f.app.caseload().view.len(), shown + closed);
}

#[test]
fn case_screen() {
    let mut f = demo_app();
    // A scenario B case with a coordinator shows the most.
    press(&mut f.app, "s s s c");
    press(&mut f.app, "<Enter>");
    assert_eq!(f.app.screen(), Screen::Case);
    insta::assert_snapshot!(draw(&mut f.app));
}

#[test]
fn billing_screen() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    assert_eq!(f.app.screen(), crate::tui::billing::SECTION);
    insta::assert_snapshot!(draw(&mut f.app));
}

#[test]
fn tariffs_screen() {
    let mut f = demo_app();
    press(&mut f.app, "3");
    insta::assert_snapshot!(draw(&mut f.app));
}

#[test]
fn help_screen() {
    let mut f = demo_app();
    press(&mut f.app, "?");
    insta::assert_snapshot!(draw(&mut f.app));
}

#[test]
fn empty_caseload_offers_demo_data() {
    let mut f = app_with(0, Keymap::defaults());
    let text = draw(&mut f.app);
    insta::assert_snapshot!(text);
    press(&mut f.app, "D");
    f.app.finish_loading();
    assert_eq!(f.app.caseload().rows.len(), 200);
}

#[test]
fn a_small_terminal_gets_a_notice_not_a_panic() {
    let mut f = demo_app();
    for (w, h) in [(79, 24), (80, 23), (20, 5), (1, 1), (0, 0)] {
        let text = screen(&mut f.app, w, h);
        if w > 30 {
            assert!(text.contains("too small"), "{w}x{h}: {text}");
        }
    }
    // While "too small" is shown, keys do nothing (they would act unseen)...
    press(&mut f.app, "<Enter>");
    assert_eq!(f.app.screen(), super::app::Screen::Caseload);
    for (w, h) in [(40, 10), (2, 2)] {
        screen(&mut f.app, w, h);
    }
    // ... but quit.
    press(&mut f.app, "<C-c>");
    assert!(f.app.quit);
    f.app.quit = false;
    // Once big enough, they act again.
    draw(&mut f.app);
    press(&mut f.app, "<Enter>");
    assert!(draw(&mut f.app).contains("Services"));
    // Ctrl-C in a form with typed text, while too small: the question shows there and
    // takes its answer.
    press(&mut f.app, "f <Tab> <Tab> <Right> <Tab>");
    type_text(&mut f.app, "typed");
    let small = screen(&mut f.app, 60, 20);
    assert!(small.contains("too small"), "{small}");
    press(&mut f.app, "<C-c>");
    let small = screen(&mut f.app, 60, 20);
    assert!(small.contains("lose what you typed"), "{small}");
    press(&mut f.app, "y");
    assert!(f.app.quit);
}

#[test]
fn wide_characters_keep_columns_aligned() {
    let f = demo_app();
    let mut p = crate::domain::model::Pregnancy::new(
        "c-wide",
        "王小明 Zoë 🙂 Łucja",
        crate::domain::model::Region::Brussels,
        parse_date("2025-09-01").expect("date"),
    );
    p.lmp = None;
    f.app.store().put_pregnancy(p).expect("put");
    let mut f2 = Fixture {
        app: App::new(
            f.app.store().clone(),
            today(),
            Keymap::defaults(),
            Vec::new(),
            Theme { color: false },
        )
        .expect("app"),
        _dir: f._dir,
    };
    f2.app.finish_loading();
    press(&mut f2.app, "/");
    type_text(&mut f2.app, "王");
    let text = draw(&mut f2.app);
    let row = text.lines().find(|l| l.contains("王")).expect("row shown");
    let header = text.lines().nth(1).expect("header");
    let col = |line: &str, needle: &str| {
        let at = line.find(needle).expect("needle");
        unicode_width::UnicodeWidthStr::width(&line[..at])
    };
    assert_eq!(col(row, "01/09/2025?"), col(header, "Birth/due?"), "{text}");
}

#[test]
fn record_a_pregnancy_and_a_screening_with_two_vulnerabilities_gives_scenario_b() {
    let mut f = demo_app();
    press(&mut f.app, "n");
    press(&mut f.app, "<Tab>");
    type_text(&mut f.app, "Test Woman");
    press(&mut f.app, "<Tab> <Tab> <Tab> <Tab> <Tab>");
    type_text(&mut f.app, "2025-09-01");
    press(&mut f.app, "<Enter>");
    assert_eq!(f.app.screen(), Screen::Case, "{:?}", f.app.status);
    assert!(draw(&mut f.app).contains("No screening recorded"));
    press(&mut f.app, "S");
    // date, provider (none proposed: typed to find), consent → yes, code
    press(&mut f.app, "<Tab>");
    type_text(&mut f.app, "fatima");
    press(&mut f.app, "<Enter> <Tab> <Right> <Tab>");
    type_text(&mut f.app, "BIB-1");
    // Indicators 1 and 2 (financial, depression) vulnerable, the other 13 not.
    press(&mut f.app, "<Tab> <Right> <Tab> <Right>");
    for _ in 0..13 {
        press(&mut f.app, "<Tab> <Right> <Right>");
    }
    let form = draw(&mut f.app);
    assert!(
        form.contains("Scenario B · 15 of 15 answered · 2 vulnerable"),
        "{form}"
    );
    insta::assert_snapshot!("screening_form", form);
    press(&mut f.app, "<Enter>");
    let case = draw(&mut f.app);
    assert!(case.contains("Scenario B"), "{case}");
    assert!(case.contains("coordination"), "{case}");
    assert!(case.contains("R32: no coordinator designated"), "{case}");
    // The list shows it too.
    press(&mut f.app, "q");
    let row = f.app.caseload().selected_row().expect("selected").clone();
    assert_eq!(row.name, "Test Woman");
    assert_eq!(row.scenario.map(|s| s.0), Some(crate::domain::Scenario::B));
}

#[test]
fn invalid_input_is_shown_next_to_the_field_and_kept() {
    let mut f = demo_app();
    // The proposed id wiped out (Ctrl-U), then a name and a mistyped INAMI number.
    press(&mut f.app, "P <C-u> <Tab>");
    type_text(&mut f.app, "Dr New");
    press(&mut f.app, "<Tab> <Tab>");
    type_text(&mut f.app, "12345678901");
    let text = draw(&mut f.app);
    assert!(text.contains("✗"), "{text}");
    press(&mut f.app, "<Enter>");
    // Nothing saved, nothing lost.
    let text = draw(&mut f.app);
    assert!(
        text.contains("Dr New") && text.contains("12345678901"),
        "{text}"
    );
    assert!(text.contains("required"), "the empty id is flagged: {text}");
    // Esc asks before losing what was typed; "no" goes back to the form as it was.
    press(&mut f.app, "<Esc>");
    assert!(draw(&mut f.app).contains("lose what you typed"));
    press(&mut f.app, "n");
    assert!(draw(&mut f.app).contains("12345678901"));
    press(&mut f.app, "<Esc> y");
    assert!(f.app.overlay_section().is_none());
}

#[test]
fn esc_never_quits_it_steps_back() {
    let mut f = demo_app();
    press(&mut f.app, "/");
    type_text(&mut f.app, "zz");
    press(&mut f.app, "<Enter> <Esc>");
    assert!(f.app.caseload().search.is_empty(), "Esc clears the search");
    press(&mut f.app, "<Esc> <Esc>");
    assert!(!f.app.quit);
    assert!(f
        .app
        .status
        .as_ref()
        .is_some_and(|(m, _)| m.contains("q/C-c quits perinat")));
    // An untouched form closes without a question.
    press(&mut f.app, "P <Esc>");
    assert!(f.app.overlay_section().is_none());
    press(&mut f.app, "q");
    assert!(f.app.quit, "q quits from the caseload");
}

#[test]
fn ctrl_c_quits_from_a_search_and_from_a_form_asking_when_something_was_typed() {
    let mut f = demo_app();
    press(&mut f.app, "/ <C-c>");
    assert!(f.app.quit, "from a search");
    let mut f = demo_app();
    press(&mut f.app, "P <C-c>");
    assert!(f.app.quit, "from an untouched form");
    let mut f = demo_app();
    press(&mut f.app, "P");
    type_text(&mut f.app, "p-new");
    press(&mut f.app, "<C-c>");
    assert!(!f.app.quit);
    assert!(draw(&mut f.app).contains("Quit perinat and lose what you typed"));
    press(&mut f.app, "y");
    assert!(f.app.quit);
}

#[test]
fn follow_up_then_undo() {
    let mut f = demo_app();
    press(&mut f.app, "s s s c <Enter>");
    let id = f.app.case().expect("case").case.id.clone();
    let before = f
        .app
        .store()
        .pregnancy(&id)
        .expect("read")
        .expect("case")
        .follow_ups
        .len();
    press(&mut f.app, "f <Tab> <Tab> <Right> <Tab>");
    type_text(&mut f.app, "seen at home");
    // The note takes several lines: Enter is a new line there, Ctrl-S saves.
    press(&mut f.app, "<C-s>");
    let after = f
        .app
        .store()
        .pregnancy(&id)
        .expect("read")
        .expect("case")
        .follow_ups
        .len();
    assert_eq!(after, before + 1, "{:?}", f.app.status);
    press(&mut f.app, "u");
    let undone = f
        .app
        .store()
        .pregnancy(&id)
        .expect("read")
        .expect("case")
        .follow_ups
        .len();
    assert_eq!(undone, before);
}

#[test]
fn a_stale_save_keeps_the_form_and_its_whole_message_fits_at_80x24() {
    let mut f = demo_app();
    press(&mut f.app, "s s s c <Enter>");
    let id = f.app.case().expect("case").case.id.clone();
    press(&mut f.app, "f <Tab> <Tab> <Right> <Tab>");
    type_text(&mut f.app, "seen at home");
    // A colleague changes the case while the form is open.
    let store = f.app.store().clone();
    let mut p = store.pregnancy(&id).expect("read").expect("case");
    p.mother.name.push_str(" Bis");
    store.put_pregnancy(p).expect("save");
    press(&mut f.app, "<C-s>");
    let shot = screen(&mut f.app, 80, 24);
    assert!(shot.contains("not saved"), "{shot}");
    assert!(shot.contains("(the mother's"), "{shot}");
    assert!(
        shot.contains("Esc to leave it"),
        "the whole message: {shot}"
    );
    assert!(
        shot.contains("seen at home"),
        "the form keeps its text: {shot}"
    );
    // Told, she saves again: hers goes on top.
    press(&mut f.app, "<C-s>");
    let now = store.pregnancy(&id).expect("read").expect("case");
    assert!(now.mother.name.ends_with(" Bis"));
    assert!(now.follow_ups.iter().any(|u| u.note == "seen at home"));
}

#[test]
fn deleting_asks_first() {
    let mut f = demo_app();
    press(&mut f.app, "<Enter>");
    let id = f.app.case().expect("case").case.id.clone();
    press(&mut f.app, "X n");
    assert!(f.app.store().pregnancy(&id).expect("read").is_some());
    press(&mut f.app, "X");
    assert!(draw(&mut f.app).contains("Delete pregnancy"));
    press(&mut f.app, "y");
    let gone = f.app.store().pregnancy(&id).expect("read");
    if gone.is_none() {
        press(&mut f.app, "u");
        assert!(f.app.store().pregnancy(&id).expect("read").is_some());
    } else {
        // A case with billed services cannot go (R63): the refusal says so.
        assert!(f
            .app
            .status
            .as_ref()
            .is_some_and(|s| s.1 && s.0.contains("R63")));
    }
}

#[test]
fn mark_a_billing_line_billed() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    let b = f.app.billing().expect("billing");
    let first = b
        .order
        .first()
        .map(|&i| b.report.lines[i].clone())
        .expect("a line");
    assert_eq!(first.status, crate::domain::services::Status::Billable);
    press(&mut f.app, "b <Enter>");
    assert!(
        f.app.status.as_ref().is_some_and(|s| !s.1),
        "{:?}",
        f.app.status
    );
    let p = f
        .app
        .store()
        .pregnancy(&first.pregnancy)
        .expect("read")
        .expect("case");
    assert!(p
        .billed
        .iter()
        .any(|x| x.service_date == first.service_date && x.pseudocode == first.pseudocode));
}

#[test]
fn help_shows_remapped_keys() {
    let map = Keymap::with_overrides(
        "mine.toml",
        "[caseload]\nsearch = \"F\"\nnew-pregnancy = [\"g\", \"n\"]\n",
    )
    .expect("valid");
    let mut f = app_with(5, map);
    press(&mut f.app, "?");
    let text = draw(&mut f.app);
    let search = text
        .lines()
        .map(|l| l.trim_matches(|c| c == '│' || c == ' '))
        .find(|l| l.ends_with(" search"))
        .expect("search line");
    assert!(search.trim_start().starts_with('F'), "{text}");
    assert!(
        text.lines()
            .any(|l| l.contains("g n") && l.contains("new pregnancy")),
        "{text}"
    );
    // And the remapped key works.
    press(&mut f.app, "<Esc> F");
    assert!(f.app.caseload().searching);
}

#[test]
fn keymap_errors_are_shown_before_starting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SledStore::open(dir.path()).expect("store");
    let errors = Keymap::with_overrides("mine.toml", "[caseload]\nfly = \"f\"\n").expect_err("bad");
    let mut app = App::new(
        Arc::new(store),
        today(),
        Keymap::defaults(),
        errors,
        Theme { color: false },
    )
    .expect("app");
    app.finish_loading();
    let text = draw(&mut app);
    assert!(text.contains("mine.toml:2"), "{text}");
    press(&mut app, "z");
    assert!(!draw(&mut app).contains("mine.toml:2"));
}

#[test]
fn sorting_orders_the_list_and_survives_the_search() {
    let mut f = demo_app();
    let names = |app: &App| -> Vec<String> {
        app.caseload()
            .view
            .iter()
            .map(|&i| app.caseload().rows[i].name.to_lowercase())
            .collect()
    };
    press(&mut f.app, "o");
    let asc = names(&f.app);
    assert!(asc.windows(2).all(|w| w[0] <= w[1]), "{asc:?}");
    press(&mut f.app, "O");
    let desc = names(&f.app);
    assert!(desc.windows(2).all(|w| w[0] >= w[1]), "{desc:?}");
    // Typing filters the sorted order without losing it.
    press(&mut f.app, "/");
    type_text(&mut f.app, "a");
    let filtered = names(&f.app);
    assert!(filtered.len() < desc.len());
    assert!(filtered.windows(2).all(|w| w[0] >= w[1]), "{filtered:?}");
    // Amount to bill sorts largest first.
    press(&mut f.app, "<Esc> o o o o o o");
    let bills: Vec<_> = f
        .app
        .caseload()
        .view
        .iter()
        .map(|&i| f.app.caseload().rows[i].to_bill)
        .collect();
    assert!(bills.windows(2).all(|w| w[0] >= w[1]), "{bills:?}");
}

#[test]
fn every_action_and_interpretation_has_its_message() {
    use crate::i18n::{has_in, Lang};
    let keys: Vec<String> = super::keymap::Action::all()
        .iter()
        .map(|a| format!("action-{}", a.key()))
        .chain(super::info::INTERPRETATIONS.iter().map(|k| k.to_string()))
        .collect();
    for lang in Lang::ALL {
        let missing: Vec<&String> = keys.iter().filter(|k| !has_in(lang, k)).collect();
        assert!(missing.is_empty(), "missing from {lang}.ftl: {missing:?}");
    }
}

#[test]
fn a_case_history_shows_who_changed_what() {
    let mut f = demo_app();
    press(&mut f.app, "s s s c <Enter>");
    press(&mut f.app, "f <Tab> <Tab> <Right> <Tab>");
    type_text(&mut f.app, "seen at home");
    press(&mut f.app, "<C-s> H");
    let shot = draw(&mut f.app);
    assert!(
        shot.contains("anne from 192.0.2.7 changed pregnancy"),
        "{shot}"
    );
    assert!(shot.contains("Follow-up "), "{shot}");
    assert!(shot.contains("imported"), "{shot}");
    insta::assert_snapshot!(shot);
    press(&mut f.app, "<Esc>");
    assert!(!draw(&mut f.app).contains("History of"));
}

#[test]
fn startup_warnings_are_shown_before_the_caseload() {
    let mut f = demo_app();
    f.app.notice(
        crate::t!("startup-warnings-title"),
        vec!["/data is open to other users (mode 755); fix: chmod -R go-rwx '/data'".into()],
    );
    let shot = draw(&mut f.app);
    assert!(shot.contains("Before you start"), "{shot}");
    assert!(shot.contains("chmod -R go-rwx"), "{shot}");
    press(&mut f.app, "x");
    assert!(!draw(&mut f.app).contains("Before you start"));
}

#[test]
fn search_ignores_accents_and_case_and_finds_a_niss() {
    let mut f = demo_app();
    // A name with an accent, typed without it and in capitals.
    let row = f
        .app
        .caseload()
        .rows
        .iter()
        .find(|r| !r.closed() && r.name.chars().any(|c| "éèêëàâäôöüûçïî".contains(c)))
        .expect("a name with an accent in the demo")
        .clone();
    let plain = crate::report::format::folded(&row.name).to_uppercase();
    press(&mut f.app, "/");
    type_text(&mut f.app, &plain);
    press(&mut f.app, "<Enter>");
    assert!(
        f.app
            .caseload()
            .view
            .iter()
            .any(|&i| f.app.caseload().rows[i].id == row.id),
        "{plain} finds {}",
        row.name
    );
    // A NISS, written as on the card.
    let row = f
        .app
        .caseload()
        .rows
        .iter()
        .find(|r| r.niss.is_some())
        .expect("a NISS in the demo")
        .clone();
    let niss = crate::domain::ids::Niss::parse(row.niss.as_deref().unwrap())
        .unwrap()
        .formatted();
    press(&mut f.app, "<Esc> /");
    type_text(&mut f.app, &niss);
    press(&mut f.app, "<Enter>");
    let found: Vec<&str> = f
        .app
        .caseload()
        .view
        .iter()
        .map(|&i| f.app.caseload().rows[i].id.as_str())
        .collect();
    assert_eq!(found, vec![row.id.as_str()], "{niss}");
}
