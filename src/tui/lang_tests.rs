//! The caseload, case and billing screens in each of the four languages at 80×24
//! (snapshots), with checks that the long Dutch and German words fit their columns, and
//! the language switch.

use super::app::Screen;
use super::tests::{demo_app, draw, press};
use crate::domain::services::Status;
use crate::i18n::{with_language, Lang};
use crate::report::format::{line_status_short, width};

fn in_lang(lang: Lang, keys: &str) -> String {
    let mut f = demo_app();
    f.app.lang = lang;
    press(&mut f.app, keys);
    draw(&mut f.app)
}

/// The caseload's header row: every column title whole (no `…`).
fn header_row(screen: &str) -> &str {
    screen.lines().nth(1).unwrap_or("")
}

#[test]
fn caseload_screen_in_four_languages() {
    for lang in Lang::ALL {
        let text = in_lang(lang, "");
        let header = header_row(&text);
        assert!(
            !header.contains('…'),
            "{lang}: a column title is cut: {header}"
        );
        insta::assert_snapshot!(format!("caseload_{lang}"), text);
    }
}

#[test]
fn case_screen_in_four_languages() {
    for lang in Lang::ALL {
        let text = in_lang(lang, "s s s c <Enter>");
        insta::assert_snapshot!(format!("case_{lang}"), text);
    }
}

#[test]
fn billing_screen_in_four_languages() {
    for lang in Lang::ALL {
        let text = in_lang(lang, "2");
        let header = text.lines().nth(5).unwrap_or("");
        assert!(
            !header.contains('…'),
            "{lang}: a column title is cut: {header}"
        );
        for s in [
            Status::Billable,
            Status::Billed,
            Status::Expired,
            Status::Blocked,
        ] {
            let word = with_language(lang, || line_status_short(s));
            assert!(
                width(&word) <= 10,
                "{lang}: {word} is wider than its column"
            );
        }
        insta::assert_snapshot!(format!("billing_{lang}"), text);
    }
}

#[test]
fn screens_speak_their_language_and_keep_rule_numbers() {
    let fr = in_lang(Lang::Fr, "2");
    assert!(fr.contains("Prestations de mai 2025"), "{fr}");
    assert!(fr.contains("259,71 €"), "{fr}");
    let nl = in_lang(Lang::Nl, "s s s c <Enter>");
    assert!(nl.contains("R52: vóór de start van het programma"), "{nl}");
    let de = in_lang(Lang::De, "2");
    assert!(de.contains("Leistungen im Mai 2025"), "{de}");
    let en = in_lang(Lang::En, "2");
    assert!(en.contains("€259.71"), "{en}");
}

#[test]
fn the_language_key_cycles_and_is_reported_for_saving() {
    let mut f = demo_app();
    f.app.lang = Lang::Fr;
    press(&mut f.app, "L");
    assert_eq!(f.app.lang, Lang::Nl);
    assert_eq!(f.app.lang_switched, Some(Lang::Nl));
    let text = draw(&mut f.app);
    assert!(text.contains("Taal: Nederlands"), "{text}");
    assert!(text.contains("Dossiers"), "{text}");
    press(&mut f.app, "L L L");
    assert_eq!(f.app.lang, Lang::Fr);
    assert_eq!(f.app.screen(), Screen::Caseload);
}

#[test]
fn todo_providers_and_record_screens_in_french_and_english() {
    for lang in [Lang::En, Lang::Fr] {
        insta::assert_snapshot!(format!("todo_{lang}"), in_lang(lang, "4"));
        insta::assert_snapshot!(format!("providers_{lang}"), in_lang(lang, "5"));
        let record = in_lang(lang, "s s s c <Enter> r");
        assert!(record.contains("NISS"), "{record}");
        insta::assert_snapshot!(format!("record_{lang}"), record);
        // Deleting a record asks, in the user's language.
        let ask = in_lang(lang, "s s s c <Enter> j x");
        insta::assert_snapshot!(format!("delete_designation_{lang}"), ask);
    }
}
