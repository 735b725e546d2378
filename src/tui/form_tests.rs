//! Forms driven key by key through the app (issue 12): editing text with a cursor, notes
//! over several lines, providers picked by typing, ordered lists of providers, screening
//! answered with single keys, consent "no" by default; with 80×24 snapshots in English
//! and French.

use super::app::App;
use super::form::Form;
use super::overlays::FormOverlay;
use super::tests::{demo_app, draw, press, type_text};
use crate::domain::model::Provider;
use crate::i18n::Lang;

fn form(app: &App) -> &Form {
    match app.overlay::<FormOverlay>() {
        Some(o) => &o.open.form,
        None => panic!("no form open"),
    }
}

fn providers(app: &App) -> Vec<Provider> {
    let mut p = app.store().providers().expect("providers");
    p.sort_by(|a, b| a.name.cmp(&b.name));
    p
}

/// The case the case-screen snapshots use (scenario B with a coordinator).
const CASE: &str = "s s s c <Enter>";

fn case_id(app: &App) -> String {
    app.case().expect("case").case.id.clone()
}

#[test]
fn text_fields_have_a_cursor_that_moves_by_character_and_word() {
    let mut f = demo_app();
    press(&mut f.app, "P");
    type_text(&mut f.app, "p-new");
    press(&mut f.app, "<Tab>");
    type_text(&mut f.app, "Dupont");
    press(&mut f.app, "<Home>");
    type_text(&mut f.app, "Émilie ");
    press(&mut f.app, "<End> <Left> <Left> <Backspace> <Del>");
    assert_eq!(form(&f.app).get("name"), "Émilie Dupt");
    press(&mut f.app, "<C-a> <A-f> <C-Right>");
    type_text(&mut f.app, "!");
    assert_eq!(form(&f.app).get("name"), "Émilie Dupt!");
    press(&mut f.app, "<C-w>");
    assert_eq!(
        form(&f.app).get("name"),
        "Émilie Dupt",
        "C-w takes the '!' back"
    );
    press(&mut f.app, "<C-w>");
    assert_eq!(form(&f.app).get("name"), "Émilie", "then the word");
    press(&mut f.app, "<C-Left> <C-e> <C-u>");
    assert_eq!(form(&f.app).get("name"), "");
    type_text(&mut f.app, "王小明 Zoë");
    // Right and Left moved the cursor: the focus is still on the name.
    assert_eq!(form(&f.app).focus, 1);
    press(&mut f.app, "<Enter>");
    assert!(f.app.overlay_section().is_none(), "{:?}", f.app.status);
    assert!(providers(&f.app).iter().any(|p| p.name == "王小明 Zoë"));
}

#[test]
fn a_long_text_scrolls_to_follow_the_cursor() {
    let mut f = demo_app();
    press(&mut f.app, "P <Tab>");
    let long =
        "Dr Marie-Christine Vandenberghe-Van Oudenhove de la Maison Médicale du Quartier Nord";
    type_text(&mut f.app, long);
    let shot = draw(&mut f.app);
    assert!(
        shot.contains("du Quartier Nord"),
        "the end is in view: {shot}"
    );
    press(&mut f.app, "<Home>");
    let shot = draw(&mut f.app);
    assert!(
        shot.contains("Dr Marie-Christine"),
        "the start is in view: {shot}"
    );
    assert_eq!(form(&f.app).get("name"), long);
}

#[test]
fn a_care_plan_takes_several_lines_wraps_and_saves_with_ctrl_s() {
    for lang in [Lang::En, Lang::Fr] {
        let mut f = demo_app();
        f.app.lang = lang;
        press(&mut f.app, CASE);
        let id = case_id(&f.app);
        press(&mut f.app, "p <Tab>");
        // The text may already hold lines: clear them all, from the end.
        for _ in 0..30 {
            press(&mut f.app, "<C-u> <Backspace>");
        }
        assert_eq!(form(&f.app).get("text"), "");
        type_text(&mut f.app, "Midwife visits weekly until birth; the social worker sees to the housing file and the psychologist follows the anxiety.");
        press(&mut f.app, "<Enter>");
        type_text(&mut f.app, "Review at 36 weeks.");
        let shot = draw(&mut f.app);
        assert!(shot.contains("Review at 36 weeks."), "{shot}");
        assert!(shot.contains("Midwife visits weekly"), "{shot}");
        assert!(
            shot.lines()
                .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80),
            "{shot}"
        );
        insta::assert_snapshot!(format!("care_plan_note_{lang}"), shot);
        press(&mut f.app, "<C-s>");
        assert!(f.app.overlay_section().is_none(), "{:?}", f.app.status);
        let p = f.app.store().pregnancy(&id).expect("read").expect("case");
        let text = p.care_plan.expect("plan").text;
        assert!(text.ends_with("anxiety.\nReview at 36 weeks."), "{text:?}");
    }
}

#[test]
fn up_and_down_move_inside_a_note_and_leave_it_at_its_ends() {
    let mut f = demo_app();
    press(&mut f.app, CASE);
    press(&mut f.app, "f <Tab> <Tab> <Right> <Tab>");
    type_text(&mut f.app, "one");
    press(&mut f.app, "<Enter>");
    type_text(&mut f.app, "two");
    press(&mut f.app, "<Up>");
    assert_eq!(form(&f.app).focus, 3, "Up goes to the first line");
    type_text(&mut f.app, "!");
    assert_eq!(form(&f.app).get("note"), "one!\ntwo");
    press(&mut f.app, "<Up>");
    assert_eq!(form(&f.app).focus, 2, "Up on the first line leaves");
    press(&mut f.app, "<Down> <Down> <Down>");
    assert_eq!(form(&f.app).focus, 4, "Down on the last line leaves");
}

#[test]
fn a_provider_is_picked_by_typing_part_of_a_name_without_accents() {
    for lang in [Lang::En, Lang::Fr] {
        let mut f = demo_app();
        f.app.lang = lang;
        let all = providers(&f.app);
        let target = all
            .iter()
            .find(|p| p.name.split_whitespace().count() >= 2)
            .expect("a provider")
            .clone();
        let word = target.name.split_whitespace().last().expect("word");
        let typed = crate::i18n::format::folded(word).to_uppercase();
        press(&mut f.app, CASE);
        press(&mut f.app, "d");
        type_text(&mut f.app, &typed);
        assert_eq!(form(&f.app).get("provider"), target.id, "{typed}");
        let shot = draw(&mut f.app);
        assert!(shot.contains(&target.name), "{shot}");
        insta::assert_snapshot!(format!("designation_picker_{lang}"), shot);
        // Enter ends the filter (and does not save); the choice stays.
        press(&mut f.app, "<Enter>");
        assert!(f.app.overlay_section().is_some());
        assert_eq!(form(&f.app).get("provider"), target.id);
        // Esc while filtering puts back the earlier choice.
        type_text(&mut f.app, "zzzz");
        press(&mut f.app, "<Esc>");
        assert_eq!(form(&f.app).get("provider"), target.id);
        assert!(
            f.app.overlay_section().is_some(),
            "Esc ended the filter, not the form"
        );
    }
}

#[test]
fn the_team_is_an_ordered_list_saved_in_the_order_shown() {
    let mut f = demo_app();
    press(&mut f.app, CASE);
    let id = case_id(&f.app);
    let all = providers(&f.app);
    press(&mut f.app, "t");
    // Empty the team first.
    for _ in 0..all.len() {
        press(&mut f.app, "<Up> <Del>");
    }
    assert!(form(&f.app).list("team").is_empty());
    for p in all.iter().take(3) {
        type_text(&mut f.app, &p.name);
        press(&mut f.app, "<Enter>");
    }
    let ids: Vec<String> = all.iter().take(3).map(|p| p.id.clone()).collect();
    assert_eq!(form(&f.app).list("team"), ids);
    // The last one up to the top; then the (new) second one off.
    press(&mut f.app, "<Up> <A-Up> <C-Up> <Down> <Del>");
    let want = vec![ids[2].clone(), ids[1].clone()];
    assert_eq!(form(&f.app).list("team"), want);
    press(&mut f.app, "<Enter>");
    assert!(f.app.overlay_section().is_none(), "{:?}", f.app.status);
    let p = f.app.store().pregnancy(&id).expect("read").expect("case");
    assert_eq!(p.team, want);
}

#[test]
fn concertation_participants_are_chosen_in_order_with_the_r42_hint() {
    for lang in [Lang::En, Lang::Fr] {
        let mut f = demo_app();
        f.app.lang = lang;
        let all = providers(&f.app);
        press(&mut f.app, CASE);
        press(&mut f.app, "K <Tab> <Tab> <Tab> <Tab> <Tab>");
        // A new concertation starts with the coordinator in charge (R41).
        let mut want = form(&f.app).list("participants");
        let coordinator = f.app.case().and_then(|c| {
            crate::domain::services::coordinator_on(&c.case, f.app.today)
                .map(|d| d.provider.clone())
        });
        assert_eq!(want, coordinator.into_iter().collect::<Vec<_>>());
        for p in all.iter().take(2) {
            type_text(&mut f.app, &p.name);
            press(&mut f.app, "<Enter>");
        }
        press(&mut f.app, "<Up> <A-Up>");
        let list = form(&f.app).list("participants");
        want.extend([all[1].id.clone(), all[0].id.clone()]);
        assert_eq!(list, want);
        let shot = draw(&mut f.app);
        assert!(shot.contains("1. ") && shot.contains("2. "), "{shot}");
        assert!(shot.contains("R42"), "the order's hint: {shot}");
        insta::assert_snapshot!(format!("concertation_participants_{lang}"), shot);
    }
}

#[test]
fn screening_indicators_are_answered_with_single_keys() {
    for lang in [Lang::En, Lang::Fr] {
        let mut f = demo_app();
        f.app.lang = lang;
        press(&mut f.app, "n <Tab>");
        type_text(&mut f.app, "Test Woman");
        press(&mut f.app, "<Tab> <Tab> <Tab> <Tab> <Tab>");
        type_text(&mut f.app, "2025-09-01");
        press(&mut f.app, "<Enter> S");
        assert_eq!(form(&f.app).get("consent"), "no", "consent starts at no");
        press(&mut f.app, "<Tab> <Tab> <Tab> <Tab>");
        press(&mut f.app, "v ? n v u");
        let answers: Vec<&str> = form(&f.app)
            .fields
            .iter()
            .filter(|x| x.answer)
            .map(|x| x.value())
            .collect();
        assert_eq!(&answers[..5], ["yes", "", "no", "yes", ""]);
        assert_eq!(form(&f.app).focus, 9, "each answer moves on");
        let shot = draw(&mut f.app);
        insta::assert_snapshot!(format!("screening_single_keys_{lang}"), shot);
        press(&mut f.app, "N");
        let answers: Vec<&str> = form(&f.app)
            .fields
            .iter()
            .filter(|x| x.answer)
            .map(|x| x.value())
            .collect();
        assert_eq!(answers.len(), 15);
        assert_eq!(&answers[..5], ["yes", "no", "no", "yes", "no"]);
        assert!(answers[5..].iter().all(|a| *a == "no"), "{answers:?}");
        let shot = draw(&mut f.app);
        assert!(
            shot.contains("15 of 15") || shot.contains("15 sur 15"),
            "{shot}"
        );
        // Letters are text in a text field: "v" types a v in the BiB code.
        for _ in 0..6 {
            press(&mut f.app, "<S-Tab>");
        }
        press(&mut f.app, "v n");
        assert_eq!(form(&f.app).get("code"), "vn");
    }
}

#[test]
fn consent_is_no_until_said_otherwise() {
    let mut f = demo_app();
    press(&mut f.app, CASE);
    press(&mut f.app, "d");
    assert_eq!(form(&f.app).get("consent"), "no");
    assert_eq!(
        form(&f.app).get("billing"),
        "",
        "no billing provider by default"
    );
}
