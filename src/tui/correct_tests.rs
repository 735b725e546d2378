//! Correcting anything, key by key at 80×24: new and edit are different keys with
//! different titles, every record can be deleted (asked first; R63 refusals say why and
//! what to do), undo and redo go back and forth over several changes saying what they
//! undo; the providers and to-do screens.

use super::case::Item;
use super::overlays::{ConfirmOverlay, FormOverlay};
use super::tests::{demo_app, draw, press, type_text, Fixture};
use crate::domain::model::Pregnancy;
use crate::tui::keymap::Section;

fn stored(f: &Fixture, id: &str) -> Pregnancy {
    f.app
        .store()
        .pregnancy(id)
        .expect("read")
        .expect("the case")
}

fn stored_opt(f: &Fixture, id: &str) -> Option<Pregnancy> {
    f.app.store().pregnancy(id).expect("read")
}

/// Opens the first case that has a follow-up, with the cursor on its first follow-up.
fn case_with_follow_up(f: &mut Fixture) -> String {
    let ids: Vec<String> = f.app.caseload().rows.iter().map(|r| r.id.clone()).collect();
    for id in ids {
        if !stored(f, &id).follow_ups.is_empty() {
            f.app.open_case(&id);
            let cv = f.app.case_mut().expect("case");
            let at = cv
                .items
                .iter()
                .position(|i| matches!(i, Item::FollowUp(_)))
                .expect("a follow-up item");
            cv.selected = at;
            return id;
        }
    }
    panic!("the demo has a case with a follow-up");
}

#[test]
fn deleting_a_follow_up_asks_then_undo_and_redo_say_what_they_do() {
    let mut f = demo_app();
    let id = case_with_follow_up(&mut f);
    let before = stored(&f, &id).follow_ups.len();
    press(&mut f.app, "x");
    assert!(f.app.overlay::<ConfirmOverlay>().is_some());
    let shot = draw(&mut f.app);
    assert!(shot.contains("Delete the follow-up on"), "{shot}");
    press(&mut f.app, "n");
    assert_eq!(stored(&f, &id).follow_ups.len(), before, "no keeps it");
    press(&mut f.app, "x y");
    assert_eq!(stored(&f, &id).follow_ups.len(), before - 1);
    let status = f.app.status.clone().expect("a message");
    assert!(status.0.starts_with("Deleted: follow-up on"), "{status:?}");
    press(&mut f.app, "u");
    assert_eq!(stored(&f, &id).follow_ups.len(), before);
    let status = f.app.status.clone().expect("a message");
    assert!(
        !status.1 && status.0.starts_with("Undone: deleting the follow-up on"),
        "{status:?}"
    );
    assert!(
        status.0.contains(&stored(&f, &id).mother.name),
        "{status:?}"
    );
    press(&mut f.app, "<C-r>");
    assert_eq!(stored(&f, &id).follow_ups.len(), before - 1);
    assert!(f
        .app
        .status
        .as_ref()
        .is_some_and(|s| s.0.starts_with("Redone: deleting the follow-up on")));
    insta::assert_snapshot!(draw(&mut f.app));
}

#[test]
fn undo_goes_back_over_several_changes_in_order() {
    let mut f = demo_app();
    press(&mut f.app, "<Enter>");
    let id = f.app.case().expect("case").case.id.clone();
    let original = stored(&f, &id);
    for note in ["first", "second"] {
        press(&mut f.app, "f <Tab> <Tab> <Right> <Tab>");
        type_text(&mut f.app, note);
        // The provider: this case may have no coordinator to propose.
        press(&mut f.app, "<Tab>");
        type_text(&mut f.app, "fatima");
        press(&mut f.app, "<Enter> <C-s>");
    }
    assert_eq!(
        stored(&f, &id).follow_ups.len(),
        original.follow_ups.len() + 2
    );
    press(&mut f.app, "u u");
    assert_eq!(stored(&f, &id).follow_ups, original.follow_ups);
    press(&mut f.app, "u");
    assert!(f.app.status.as_ref().is_some_and(|s| s.1), "nothing more");
    press(&mut f.app, "<C-r>");
    let notes: Vec<String> = stored(&f, &id)
        .follow_ups
        .iter()
        .map(|u| u.note.clone())
        .collect();
    assert!(notes.contains(&"first".to_string()) && !notes.contains(&"second".to_string()));
}

#[test]
fn new_always_adds_and_edit_edits_the_selected_one_under_its_own_title() {
    let mut f = demo_app();
    let id = case_with_follow_up(&mut f);
    let n = stored(&f, &id).follow_ups.len();
    // Edit: the follow-up's own title with its date, its values, no new record.
    press(&mut f.app, "e");
    let shot = draw(&mut f.app);
    assert!(shot.contains("Follow-up of "), "{shot}");
    assert!(!shot.contains("New follow-up"), "{shot}");
    press(&mut f.app, "<Tab> <Tab> <Tab>");
    type_text(&mut f.app, " (corrected)");
    press(&mut f.app, "<C-s>");
    let now = stored(&f, &id);
    assert_eq!(now.follow_ups.len(), n, "edited, not added");
    assert!(now
        .follow_ups
        .iter()
        .any(|u| u.note.ends_with("(corrected)")));
    // New: another record, under "New".
    press(&mut f.app, "f");
    assert!(draw(&mut f.app).contains("New follow-up"));
    press(&mut f.app, "<Esc>");
    // C on a CPP line adds a CPP; it does not edit the line.
    press(&mut f.app, "C");
    assert!(draw(&mut f.app).contains("New prenatal counselling"));
}

#[test]
fn r63_a_billed_record_is_not_deleted_and_the_refusal_says_what_to_do() {
    let mut f = demo_app();
    let ids: Vec<String> = f.app.caseload().rows.iter().map(|r| r.id.clone()).collect();
    let (id, line) = ids
        .iter()
        .find_map(|id| {
            f.app.open_case(id);
            let cv = f.app.case()?;
            let i = cv.eval.lines.iter().position(|l| {
                l.billed_on.is_some()
                    && !matches!(l.origin, crate::domain::services::Origin::Coordination(_))
            })?;
            Some((id.clone(), i))
        })
        .expect("a billed CPP, screening or concertation in the demo");
    f.app.open_case(&id);
    f.app.case_mut().expect("case").select_line(line);
    let before = stored(&f, &id);
    press(&mut f.app, "x");
    assert!(
        f.app.overlay::<ConfirmOverlay>().is_none(),
        "refused at once"
    );
    let (msg, err) = f.app.status.clone().expect("why");
    assert!(
        err && msg.contains("R63") && msg.contains("withdraw"),
        "{msg}"
    );
    assert_eq!(stored(&f, &id), before);
}

#[test]
fn the_case_screen_scrolls_down_to_its_alerts_at_80x24() {
    let mut f = demo_app();
    let ids: Vec<String> = f.app.caseload().rows.iter().map(|r| r.id.clone()).collect();
    let id = ids
        .into_iter()
        .find(|id| {
            f.app.open_case(id);
            f.app
                .case()
                .is_some_and(|c| !c.alerts.is_empty() && c.items.len() > 8)
        })
        .expect("a busy case with alerts");
    f.app.open_case(&id);
    assert!(
        !draw(&mut f.app).contains("Alerts"),
        "below the fold at first"
    );
    press(&mut f.app, "G");
    let shot = draw(&mut f.app);
    assert!(shot.contains("Alerts"), "{shot}");
}

#[test]
fn the_help_lists_what_is_not_possible_on_the_line_and_the_footer_leaves_it_out() {
    let mut f = demo_app();
    press(&mut f.app, "<Enter>");
    // On the woman's line: no service to mark billed.
    let shot = draw(&mut f.app);
    assert!(!shot.contains("mark billed"), "{shot}");
    press(&mut f.app, "?");
    let help = draw(&mut f.app);
    assert!(help.contains("mark billed (not possible now)"), "{help}");
}

#[test]
fn providers_screen_edits_a_typo_and_refuses_to_delete_one_in_use() {
    let mut f = demo_app();
    press(&mut f.app, "5");
    assert_eq!(f.app.screen(), crate::tui::providers::SECTION);
    insta::assert_snapshot!("providers_screen", draw(&mut f.app));
    let first = f.app.dir().all().next().map(|p| p.id.clone());
    let _ = first;
    press(&mut f.app, "e");
    assert!(f.app.overlay::<FormOverlay>().is_some());
    type_text(&mut f.app, "x");
    press(&mut f.app, "<Enter>");
    let status = f.app.status.clone().expect("saved");
    assert!(!status.1, "{status:?}");
    assert!(f.app.dir().all().any(|p| p.name.ends_with('x')));
    press(&mut f.app, "u");
    assert!(!f.app.dir().all().any(|p| p.name.ends_with('x')));
    // Every demo provider is on some case: deleting is refused with the way out.
    press(&mut f.app, "x");
    let (msg, err) = f.app.status.clone().expect("why");
    assert!(err && msg.contains("merge"), "{msg}");
}

#[test]
fn todo_screen_lists_what_is_due_and_opens_the_case_at_it() {
    let mut f = demo_app();
    press(&mut f.app, "4");
    assert_eq!(f.app.screen(), crate::tui::todo::SECTION);
    insta::assert_snapshot!("todo_screen", draw(&mut f.app));
    press(&mut f.app, "<Enter>");
    assert_eq!(f.app.screen(), Section::Case);
    press(&mut f.app, "q");
    assert_eq!(
        f.app.screen(),
        crate::tui::todo::SECTION,
        "back where it was opened"
    );
    press(&mut f.app, "<Esc>");
    assert_eq!(f.app.screen(), Section::Caseload);
}

#[test]
fn the_todo_screen_shown_again_holds_what_a_fresh_build_gives_after_changes_made_away() {
    use crate::report::todo::{build, TodoSpec};
    use crate::tui::todo::{TodoScreen, DAYS};
    let mut f = demo_app();
    let fresh = |f: &Fixture| {
        let spec = TodoSpec {
            today: f.app.today,
            days: DAYS,
            mine: None,
        };
        build(f.app.store().as_ref(), &spec).expect("to-do").0
    };
    press(&mut f.app, "4");
    let shown = |f: &Fixture| f.app.get::<TodoScreen>().expect("to-do").items.clone();
    assert_eq!(shown(&f), fresh(&f));
    // Away from it: a case on it deleted, and a case opened from it (then back to it).
    let gone = shown(&f)[0].case.clone();
    press(&mut f.app, "<Esc>");
    f.app.open_case(&gone);
    press(&mut f.app, "x y");
    assert!(stored_opt(&f, &gone).is_none(), "deleted");
    press(&mut f.app, "4");
    assert_eq!(f.app.screen(), crate::tui::todo::SECTION);
    assert!(shown(&f).iter().all(|i| i.case != gone));
    assert_eq!(shown(&f), fresh(&f));
    press(&mut f.app, "<Enter>");
    assert_eq!(f.app.screen(), Section::Case);
    press(&mut f.app, "q");
    assert_eq!(f.app.screen(), crate::tui::todo::SECTION);
    assert_eq!(shown(&f), fresh(&f));
}

#[test]
fn the_whole_record_reads_the_care_plan_and_every_concertation_in_full() {
    let mut f = demo_app();
    let ids: Vec<String> = f.app.caseload().rows.iter().map(|r| r.id.clone()).collect();
    let id = ids
        .into_iter()
        .find(|id| {
            let p = stored(&f, id);
            p.care_plan.is_some() && !p.concertations.is_empty()
        })
        .expect("a case with a care plan and a concertation");
    let p = stored(&f, &id);
    f.app.open_case(&id);
    press(&mut f.app, "r");
    let mut seen = String::new();
    for _ in 0..40 {
        seen.push_str(&draw(&mut f.app));
        press(&mut f.app, "<C-d>");
    }
    let report = &p.concertations[0].report;
    let first_words: String = report
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(seen.contains(&first_words), "{first_words} in {seen}");
    assert!(seen.contains("Participants"), "{seen}");
    press(&mut f.app, "<Esc>");
    assert_eq!(f.app.overlay_section(), None);
    assert_eq!(
        f.app.screen(),
        Section::Case,
        "Esc closes the record, not the case"
    );
}

#[test]
fn who_am_i_links_a_login_to_a_provider_for_mine_and_the_forms_defaults() {
    let mut f = demo_app();
    // Not linked yet: "mine" says how to link one.
    f.app.set_login(Some("zoe".into()));
    press(&mut f.app, "m");
    let (msg, err) = f.app.status.clone().expect("why");
    assert!(err && msg.contains("providers screen"), "{msg}");
    assert!(msg.contains("“zoe”") && msg.contains("Login name"), "{msg}");
    // Link the login on the providers screen: the first provider's edit form.
    press(&mut f.app, "5 e");
    let who = f
        .app
        .dir()
        .all()
        .min_by_key(|p| p.name.to_lowercase())
        .cloned();
    let who = who.expect("a provider");
    // Name, profession, INAMI, organisation, login.
    for _ in 0..4 {
        press(&mut f.app, "<Tab>");
    }
    type_text(&mut f.app, "zoe");
    press(&mut f.app, "<Enter>");
    assert_eq!(f.app.me(), Some(who.id.as_str()), "{:?}", f.app.status);
    // The caseload's "mine": only the cases where she is coordinator or in the team.
    press(&mut f.app, "1 m");
    let list = f.app.caseload();
    assert!(!list.view.is_empty() && list.view.len() < list.rows.len());
    assert!(list
        .view
        .iter()
        .all(|&i| list.rows[i].whose.contains(&who.id)));
    assert!(f.app.caseload().filters.mine.is_some());
    let shot = draw(&mut f.app);
    assert!(shot.contains("mine"), "the title names the filter: {shot}");
    // A new follow-up names her by default.
    press(&mut f.app, "<Enter> f");
    let form = &f.app.overlay::<FormOverlay>().expect("form").open.form;
    assert_eq!(form.get("provider"), who.id);
}

#[test]
fn the_to_do_list_is_read_off_the_ui_thread_and_keys_answer_meanwhile() {
    let mut f = demo_app();
    f.app
        .on_key(crate::tui::keymap::Key::parse("4").expect("key"));
    assert_eq!(f.app.screen(), crate::tui::todo::SECTION, "open at once");
    assert!(draw(&mut f.app).contains("Reading the caseload"));
    f.app
        .on_key(crate::tui::keymap::Key::parse("j").expect("key"));
    f.app.finish_loading();
    let shot = draw(&mut f.app);
    assert!(shot.contains("things to do"), "{shot}");
}

#[test]
fn an_undo_that_can_no_longer_apply_is_left_out_and_the_earlier_ones_still_work() {
    let mut f = demo_app();
    let id = case_with_follow_up(&mut f);
    let before = stored(&f, &id).follow_ups.len();
    press(&mut f.app, "x y");
    assert_eq!(stored(&f, &id).follow_ups.len(), before - 1);
    // A new provider, then merged into another: undoing its creation cannot apply.
    press(&mut f.app, "5 n");
    press(&mut f.app, "<Tab>");
    type_text(&mut f.app, "Zoe Double");
    press(&mut f.app, "<Enter>");
    let dup = f
        .app
        .dir()
        .all()
        .find(|p| p.name == "Zoe Double")
        .map(|p| p.id.clone())
        .expect("created");
    let into = f
        .app
        .dir()
        .all()
        .find(|p| p.id != dup)
        .map(|p| p.id.clone())
        .expect("another");
    f.app.store().merge_provider(&dup, &into).expect("merged");
    press(&mut f.app, "u");
    let (msg, err) = f.app.status.clone().expect("why");
    assert!(err && msg.contains("left out"), "{msg}");
    // The deletion before it still comes back.
    press(&mut f.app, "u");
    assert_eq!(
        stored(&f, &id).follow_ups.len(),
        before,
        "{:?}",
        f.app.status
    );
}

#[test]
fn search_finds_every_word_typed_in_any_order() {
    let mut f = demo_app();
    let name = f
        .app
        .caseload()
        .rows
        .iter()
        .map(|r| r.name.clone())
        .find(|n| n.split_whitespace().count() == 2)
        .expect("a two-word name");
    let (first, last) = name.split_once(' ').expect("two words");
    press(&mut f.app, "/");
    type_text(&mut f.app, &format!("{} {}", last.to_uppercase(), first));
    let list = f.app.caseload();
    assert!(!list.view.is_empty(), "{last} {first}");
    assert!(list.view.iter().all(|&i| {
        let n = crate::report::format::folded(&list.rows[i].name);
        n.contains(&crate::report::format::folded(first))
            && n.contains(&crate::report::format::folded(last))
    }));
}

#[test]
fn nobody_is_proposed_as_provider_when_nobody_is_known_and_saving_asks_for_one() {
    let mut f = demo_app();
    press(&mut f.app, "n <Tab>");
    type_text(&mut f.app, "New Woman");
    press(&mut f.app, "<Tab> <Tab> <Tab> <Tab> <Tab>");
    type_text(&mut f.app, "2025-09-01");
    press(&mut f.app, "<Enter> S");
    let form = &f.app.overlay::<FormOverlay>().expect("form").open.form;
    assert_eq!(
        form.get("provider"),
        "",
        "no provider chosen for the person"
    );
    press(&mut f.app, "<Enter>");
    let form = &f.app.overlay::<FormOverlay>().expect("kept open").open.form;
    let errors: Vec<(String, Option<String>)> = form
        .fields
        .iter()
        .map(|fl| (fl.key.clone(), fl.error.clone()))
        .filter(|(_, e)| e.is_some())
        .collect();
    assert!(
        form.field("provider")
            .and_then(|fl| fl.error.clone())
            .is_some_and(|e| e.contains("required")),
        "{errors:?} {:?}",
        form.message
    );
}

#[test]
fn narrowing_the_search_as_one_types_shows_what_a_fresh_search_shows() {
    let mut f = demo_app();
    let fresh = |f: &Fixture| {
        let list = f.app.caseload();
        let needle = crate::report::format::folded(list.search.trim());
        let mut want: Vec<String> = list
            .rows
            .iter()
            .filter(|r| {
                needle.split_whitespace().all(|w| {
                    crate::report::format::folded(&r.name).contains(w)
                        || crate::report::format::folded(&r.id).contains(w)
                })
            })
            .filter(|r| list.filters.mine.is_none() && (!r.closed() || list.filters.show_closed))
            .filter(|r| !list.filters.alerts_only || !r.alerts.is_empty())
            .map(|r| r.id.clone())
            .collect();
        want.sort();
        want
    };
    let shown = |f: &Fixture| {
        let list = f.app.caseload();
        let mut ids: Vec<String> = list.view.iter().map(|&i| list.rows[i].id.clone()).collect();
        ids.sort();
        ids
    };
    press(&mut f.app, "o /");
    for step in ["e", "x", "<Backspace>", "<Backspace>", "f", "i", " ", "c"] {
        if step.len() == 1 {
            type_text(&mut f.app, step);
        } else {
            press(&mut f.app, step);
        }
        assert_eq!(shown(&f), fresh(&f), "after {step:?}");
    }
    press(&mut f.app, "<Enter> a");
    assert_eq!(shown(&f), fresh(&f), "with the alerts filter");
    press(&mut f.app, "a x");
    assert_eq!(shown(&f), fresh(&f), "with closed cases");
}

#[test]
fn an_edited_record_moved_by_someone_meanwhile_is_not_written_over_another() {
    let mut f = demo_app();
    let id = case_with_follow_up(&mut f);
    let shown = f.app.case().and_then(|c| c.item());
    let Some(Item::FollowUp(i)) = shown else {
        panic!("a follow-up selected");
    };
    press(&mut f.app, "e <Tab> <Tab> <Tab>");
    // A colleague deletes that very follow-up while the form is open.
    let store = f.app.store().clone();
    let mut p = stored(&f, &id);
    p.follow_ups.remove(i);
    store.put_pregnancy(p).expect("saved");
    let before = stored(&f, &id);
    type_text(&mut f.app, "x");
    press(&mut f.app, "<C-s>");
    // Refused as stale, then again as moved: nothing written either time.
    press(&mut f.app, "<C-s>");
    assert_eq!(stored(&f, &id), before);
    let form = &f.app.overlay::<FormOverlay>().expect("kept open").open.form;
    assert!(
        form.message
            .as_deref()
            .is_some_and(|m| m.contains("changed or moved")),
        "{:?}",
        form.message
    );
}

#[test]
fn deleting_the_open_case_says_deleted_and_undo_brings_it_back() {
    let mut f = demo_app();
    let ids: Vec<String> = f.app.caseload().rows.iter().map(|r| r.id.clone()).collect();
    let id = ids
        .into_iter()
        .find(|id| stored(&f, id).billed.is_empty())
        .expect("a case with nothing billed");
    f.app.open_case(&id);
    press(&mut f.app, "X y");
    let (msg, err) = f.app.status.clone().expect("said");
    assert!(!err && msg.contains("Deleted"), "{msg}");
    assert_eq!(f.app.screen(), Section::Caseload);
    press(&mut f.app, "u");
    assert!(f.app.store().pregnancy(&id).expect("read").is_some());
}

#[test]
fn undoing_a_provider_change_after_a_merge_is_left_out() {
    let mut f = demo_app();
    // A provider of one's own (the demo's are on billed services), then corrected.
    press(&mut f.app, "5 n <Tab>");
    type_text(&mut f.app, "Zed Test");
    press(&mut f.app, "<Enter> G e");
    type_text(&mut f.app, " Jr");
    press(&mut f.app, "<Enter>");
    let edited = f
        .app
        .dir()
        .all()
        .find(|p| p.name.ends_with(" Jr"))
        .map(|p| p.id.clone())
        .expect("edited");
    let into = f
        .app
        .dir()
        .all()
        .find(|p| p.id != edited)
        .map(|p| p.id.clone())
        .expect("another");
    f.app
        .store()
        .merge_provider(&edited, &into)
        .expect("merged");
    press(&mut f.app, "u");
    let (msg, err) = f.app.status.clone().expect("why");
    assert!(err && msg.contains("merged"), "{msg}");
    assert!(
        f.app
            .store()
            .providers()
            .expect("read")
            .iter()
            .all(|p| p.id != edited),
        "not brought back"
    );
}

#[test]
fn the_help_goes_to_its_end_with_g_and_back_with_home() {
    let mut f = demo_app();
    press(&mut f.app, "?");
    let top = draw(&mut f.app);
    press(&mut f.app, "G");
    let bottom = draw(&mut f.app);
    assert_ne!(top, bottom, "scrolled");
    assert!(bottom.contains("keymap.toml"), "{bottom}");
    press(&mut f.app, "<Home>");
    assert_eq!(draw(&mut f.app), top);
}
