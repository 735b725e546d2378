//! keymap.toml: the defaults parse, overrides replace action by action, unbinding works,
//! and every kind of error is reported with file and line.

use super::*;

fn key(s: &str) -> Key {
    Key::parse(s).expect("test key parses")
}

fn seq(keys: &[&str]) -> Vec<Key> {
    keys.iter().map(|k| key(k)).collect()
}

#[test]
fn the_default_keymap_parses_cleanly() {
    let parsed = parse_file("keymap.toml", DEFAULT);
    assert!(parsed.is_ok(), "{:?}", parsed.err());
    let map = Keymap::defaults();
    // Arrows and vim keys both work; q and Esc back out.
    assert_eq!(
        map.lookup(Section::Caseload, &seq(&["j"])),
        Lookup::Action(Action::Down)
    );
    assert_eq!(
        map.lookup(Section::Caseload, &seq(&["<Down>"])),
        Lookup::Action(Action::Down)
    );
    assert_eq!(
        map.lookup(Section::Case, &seq(&["q"])),
        Lookup::Action(Action::Back)
    );
    assert_eq!(
        map.lookup(crate::tui::billing::SECTION, &seq(&["<Esc>"])),
        Lookup::Action(Action::Back)
    );
    assert_eq!(map.lookup(Section::Caseload, &seq(&["g"])), Lookup::Prefix);
    assert_eq!(
        map.lookup(Section::Caseload, &seq(&["g", "g"])),
        Lookup::Action(Action::Top)
    );
    assert_eq!(
        map.lookup(Section::Caseload, &seq(&["?"])),
        Lookup::Action(Action::Help)
    );
    // Forms never fall back to global keys, so typing "q" types a q.
    assert_eq!(map.lookup(Section::Form, &seq(&["q"])), Lookup::None);
}

#[test]
fn the_default_keymap_needs_no_function_key() {
    let map = Keymap::defaults();
    for section in Section::all() {
        for (seqs, _) in map.sections.get(&section).into_iter().flatten() {
            assert!(
                !seqs.iter().any(|k| matches!(k.code, KeyCodeOrd::F(_))),
                "{section:?} binds a function key"
            );
        }
    }
}

#[test]
fn key_syntax() {
    assert_eq!(key("j"), Key::plain(KeyCodeOrd::Char('j')));
    assert_eq!(
        key("<C-d>"),
        Key {
            code: KeyCodeOrd::Char('d'),
            ctrl: true,
            alt: false
        }
    );
    assert_eq!(key("<down>"), Key::plain(KeyCodeOrd::Down));
    assert_eq!(key("<S-Tab>"), Key::plain(KeyCodeOrd::BackTab));
    assert_eq!(key("<F2>"), Key::plain(KeyCodeOrd::F(2)));
    assert_eq!(key("<Space>"), Key::plain(KeyCodeOrd::Char(' ')));
    assert_eq!(key("<C-A-x>").label(), "C-A-x");
    for bad in ["", "<>", "<Foo>", "jj", "<C-Foo>", "<F13>", "<x>"] {
        assert!(Key::parse(bad).is_err(), "{bad:?} should not parse");
    }
}

#[test]
fn an_override_replaces_one_action_and_keeps_the_rest() {
    let map = Keymap::with_overrides("mine.toml", "[caseload]\ndown = \"n\"\n").expect("valid");
    assert_eq!(
        map.lookup(Section::Caseload, &seq(&["n"])),
        Lookup::Action(Action::Down)
    );
    assert_eq!(map.lookup(Section::Caseload, &seq(&["j"])), Lookup::None);
    assert_eq!(
        map.lookup(Section::Caseload, &seq(&["k"])),
        Lookup::Action(Action::Up)
    );
    // Other sections keep their own down.
    assert_eq!(
        map.lookup(crate::tui::billing::SECTION, &seq(&["j"])),
        Lookup::Action(Action::Down)
    );
}

#[test]
fn an_override_takes_its_key_from_the_default_action_that_had_it() {
    // "n" was new-pregnancy; giving it to search leaves new-pregnancy without a key.
    let map = Keymap::with_overrides("mine.toml", "[caseload]\nsearch = \"n\"\n").expect("valid");
    assert_eq!(
        map.lookup(Section::Caseload, &seq(&["n"])),
        Lookup::Action(Action::Search)
    );
    assert_eq!(map.keys_for(Section::Caseload, Action::NewPregnancy), "");
    assert_eq!(map.lookup(Section::Caseload, &seq(&["/"])), Lookup::None);
}

#[test]
fn sequences_and_several_bindings() {
    let map = Keymap::with_overrides(
        "mine.toml",
        "[caseload]\nbottom = [[\"z\", \"z\"], [\"<End>\"]]\ntop = [\"t\", \"t\"]\n",
    )
    .expect("valid");
    assert_eq!(map.lookup(Section::Caseload, &seq(&["z"])), Lookup::Prefix);
    assert_eq!(
        map.lookup(Section::Caseload, &seq(&["z", "z"])),
        Lookup::Action(Action::Bottom)
    );
    assert_eq!(
        map.lookup(Section::Caseload, &seq(&["t", "t"])),
        Lookup::Action(Action::Top)
    );
    assert_eq!(map.keys_for(Section::Caseload, Action::Bottom), "z z/End");
}

#[test]
fn unbinding_a_key_and_an_action() {
    let map = Keymap::with_overrides(
        "mine.toml",
        "[caseload]\nunbind = [\"j\", [\"g\", \"g\"]]\nload-demo = []\n",
    )
    .expect("valid");
    assert_eq!(map.lookup(Section::Caseload, &seq(&["j"])), Lookup::None);
    assert_eq!(
        map.lookup(Section::Caseload, &seq(&["<Down>"])),
        Lookup::Action(Action::Down)
    );
    assert_eq!(map.lookup(Section::Caseload, &seq(&["g"])), Lookup::None);
    assert_eq!(map.keys_for(Section::Caseload, Action::LoadDemo), "");
}

fn errors_of(text: &str) -> Vec<KeymapError> {
    match Keymap::with_overrides("mine.toml", text) {
        Ok(_) => panic!("{text:?} should be refused"),
        Err(e) => e,
    }
}

#[test]
fn an_unknown_action_is_reported_with_file_and_line() {
    let e = errors_of("[caseload]\ndown = \"j\"\nfly = \"f\"\n");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].line, 3);
    assert!(e[0].to_string().starts_with("mine.toml:3: "), "{}", e[0]);
    assert!(e[0].message.contains("fly"), "{}", e[0]);
}

#[test]
fn an_unparsable_key_is_reported() {
    let e = errors_of("\n[case]\nadd-cpp = \"<Ctrl-x>\"\n");
    assert_eq!(e[0].line, 3);
    assert!(e[0].message.contains("<Ctrl-x>"), "{}", e[0]);
}

#[test]
fn two_actions_on_one_key_are_reported() {
    let e = errors_of("[billing]\nup = \"w\"\ndown = \"w\"\n");
    assert_eq!(e[0].line, 3);
    assert!(
        e[0].message.contains("up") && e[0].message.contains("down"),
        "{}",
        e[0]
    );
    let e = errors_of("[billing]\nup = \"w\"\ntop = [\"w\", \"w\"]\n");
    assert!(e[0].message.contains("w w"), "{}", e[0]);
}

#[test]
fn errors_are_reported_together() {
    let e = errors_of("[caseload]\nfly = \"f\"\nopen = \"<Nope>\"\n[nowhere]\nx = \"y\"\n");
    assert_eq!(e.len(), 3, "{e:?}");
    assert_eq!(e.iter().map(|e| e.line).collect::<Vec<_>>(), vec![2, 3, 4]);
}

#[test]
fn a_toml_syntax_error_has_its_line() {
    let e = errors_of("[caseload]\n\ndown = \n");
    assert_eq!(e[0].line, 3, "{}", e[0]);
}

#[test]
fn an_action_of_another_screen_is_reported() {
    let e = errors_of("[tariffs]\nmark-billed = \"b\"\n");
    assert!(e[0].message.contains("tariffs"), "{}", e[0]);
}

#[test]
fn load_falls_back_to_the_defaults_and_returns_the_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("keymap.toml");
    std::fs::write(&path, "[caseload]\nfly = \"f\"\n").expect("write");
    let (map, errors) = load(Some(&path));
    assert_eq!(errors.len(), 1);
    assert_eq!(map, Keymap::defaults());
    let (_, errors) = load(Some(&dir.path().join("missing.toml")));
    assert_eq!(errors.len(), 1);
}

#[test]
fn a_registered_screen_brings_its_own_section_and_global_key() {
    // The to-do screen is named nowhere in keymap.rs: its section and the [global] key
    // that opens it come from the screen registry.
    let todo = crate::tui::todo::SECTION;
    assert!(Section::all().contains(&todo));
    assert!(Section::Global.actions().contains(&Action::Show(todo)));
    let map = Keymap::with_overrides(
        "mine.toml",
        "[global]\ntodo = \"T\"\n[todo]\nopen = \"o\"\n",
    )
    .expect("valid");
    assert_eq!(
        map.lookup(Section::Global, &seq(&["T"])),
        Lookup::Action(Action::Show(todo))
    );
    assert_eq!(map.lookup(todo, &seq(&["o"])), Lookup::Action(Action::Open));
    let Err(errors) = Keymap::with_overrides("mine.toml", "[todo]\nsearch = \"/\"\n") else {
        panic!("search is not a to-do key");
    };
    assert!(errors[0].to_string().contains("todo"), "{}", errors[0]);
}
