//! The midwife's Monday, counted (issue 12): register a woman, screen her, build the
//! team, the care plan, the coordinator, a concertation, the follow-ups, and bill the
//! coordination forfait, key by key at 80×24 with every key counted. Each step checks
//! what it stored, so the count is of a day done right.

use super::app::App;
use super::keymap::{Key, KeyCodeOrd, Keymap};
use super::theme::Theme;
use crate::domain::dates::parse_date;
use crate::domain::model::Pregnancy;
use crate::domain::services::{Origin, Status};
use crate::store::{CaseloadApi, SledStore};
use std::sync::Arc;

/// The keys pressed, counted: a named key is one, typed text one per character.
struct Counted {
    app: App,
    keys: usize,
    steps: Vec<(&'static str, usize)>,
    _dir: tempfile::TempDir,
}

impl Counted {
    fn press(&mut self, keys: &str) {
        for k in keys.split(' ').filter(|k| !k.is_empty()) {
            self.app.on_key(Key::parse(k).expect("test key"));
            self.keys += 1;
        }
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            self.app.on_key(Key::plain(KeyCodeOrd::Char(c)));
            self.keys += 1;
        }
    }

    fn step(&mut self, name: &'static str) {
        let before: usize = self.steps.iter().map(|s| s.1).sum();
        self.steps.push((name, self.keys - before));
        assert!(
            self.app.status.as_ref().is_none_or(|s| !s.1),
            "{name}: {:?}",
            self.app.status
        );
    }

    fn case(&self) -> Pregnancy {
        let id = &self.app.case().expect("the case open").case.id;
        self.app
            .store()
            .pregnancy(id)
            .expect("read")
            .expect("stored")
    }
}

/// A practice with its directory and no case; the midwife "mw" signed in.
fn practice() -> Counted {
    let today = parse_date("2025-05-26").expect("date");
    let dir = tempfile::tempdir().expect("tempdir");
    let store = SledStore::open(dir.path()).expect("store");
    for p in crate::domain::test_support::practice().all() {
        let mut p = p.clone();
        p.name = match p.id.as_str() {
            "mw" => "Anne Sage".into(),
            "gyn" => "Dr Fatima Muster".into(),
            "gp" => "Dr Eva Testaert".into(),
            "sw" => "Sam Social".into(),
            "psy" => "Lena Psy".into(),
            other => format!("Other {other}"),
        };
        if p.id == "mw" {
            p.login = Some("anne".into());
        }
        store.add_provider(p).expect("provider");
    }
    let mut app = App::new(
        Arc::new(store),
        today,
        Keymap::defaults(),
        Vec::new(),
        Theme { color: false },
    )
    .expect("app");
    app.finish_loading();
    app.set_login(Some("anne".into()));
    Counted {
        app,
        keys: 0,
        steps: Vec::new(),
        _dir: dir,
    }
}

#[test]
fn the_midwifes_monday_takes_fewer_than_250_keys() {
    let mut m = practice();
    // Register: the id is proposed; name, then the due date.
    m.press("n <Tab>");
    m.text("Mia Fantôme");
    m.press("<Tab> <Tab> <Tab> <Tab> <Tab>");
    m.text("20/09/2025");
    m.press("<Enter>");
    assert_eq!(m.case().mother.name, "Mia Fantôme");
    m.step("register");

    // Screening by me (the default): consent, two vulnerabilities, the rest not.
    m.press("S <Tab> <Tab> <Space> <Tab> <Tab> v v N <Enter>");
    let s = m.case().screening.expect("screened");
    assert!(s.consent && s.provider == "mw");
    assert_eq!(s.answers.values().filter(|v| **v).count(), 2);
    m.step("screening");

    // Team (R33: a gynaecologist, a midwife, a GP): typed to find.
    m.press("t");
    for who in ["anne", "fatima", "eva", "sam"] {
        m.text(who);
        m.press("<Enter>");
    }
    m.press("<C-s>");
    assert_eq!(m.case().team, ["mw", "gyn", "gp", "sw"]);
    m.step("team");

    // Me as coordinator (the default), with consent.
    m.press("d <Tab> <Tab> <Space> <Enter>");
    let d = m.case().coordinators.first().cloned().expect("designated");
    assert!(d.provider == "mw" && d.consent);
    m.step("coordinator");

    // The care plan.
    m.press("p <Tab>");
    m.text("Weekly visits, housing with the social worker.");
    m.press("<C-s>");
    assert!(m.case().care_plan.is_some());
    m.step("care plan");

    // A concertation: the woman present, a report, three more participants after me
    // (R41: four with the coordinator).
    m.press("K <Tab> <Tab> <Tab> <Space> <Tab>");
    m.text("Plan agreed.");
    m.press("<Tab>");
    for who in ["fatima", "eva", "sam"] {
        m.text(who);
        m.press("<Enter>");
    }
    // R41: an agreement on at least one indicator.
    m.press("<Tab>");
    m.text("Housing: the social worker calls the CPAS.");
    m.press("<C-s>");
    let k = m
        .case()
        .concertations
        .first()
        .cloned()
        .expect("concertation");
    assert_eq!(k.participants, ["mw", "gyn", "gp", "sw"]);
    assert_eq!(k.agreements.len(), 1);
    m.step("concertation");

    // A follow-up on each vulnerability (R35).
    m.press("f <Tab> <Tab> <Right> <Tab>");
    m.text("Seen at home.");
    m.press("<C-s> f <Tab> <Right> <Tab> <Right> <Tab>");
    m.text("Seen at home.");
    m.press("<C-s>");
    assert_eq!(m.case().follow_ups.len(), 2);
    m.step("follow-ups");

    // Bill the forfait: its line, then b and the billing date proposed (today).
    let cv = m.app.case().expect("case");
    let at = cv
        .eval
        .lines
        .iter()
        .position(|l| matches!(l.origin, Origin::Coordination(_)))
        .expect("the forfait line");
    let status = cv.eval.lines[at].status;
    assert_eq!(status, Status::Billable, "{:?}", cv.eval.lines[at].reasons);
    let items_before = cv
        .items
        .iter()
        .position(|i| *i == super::case::Item::Line(at))
        .expect("its item");
    let moves = items_before - cv.selected;
    m.press(&vec!["j"; moves].join(" "));
    m.press("b <Enter>");
    assert!(m
        .case()
        .billed
        .iter()
        .any(|b| b.pseudocode == crate::domain::model::Pseudocode::Coordination));
    m.step("bill the forfait");

    let total = m.keys;
    eprintln!("the midwife's Monday: {total} keys");
    for (step, n) in &m.steps {
        eprintln!("  {step:<18} {n}");
    }
    // About 800 before issue 12; 150 of these are the text typed.
    assert!(total < 250, "{total} keys: {:?}", m.steps);
}
