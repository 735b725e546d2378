//! `perinat case ID` end to end: the whole record, wrapped to 80 columns off a terminal.

mod common;

use common::{imported, perinat, stdout};

#[test]
fn r41_case_prints_the_whole_record_within_80_columns() {
    let tmp = imported();
    let out = stdout(perinat(tmp.path()).args(["case", "c-B", "--today", "2025-05-25"]));
    for want in [
        "Concertation on 17/03/2025 at 09:00, 45 minutes",
        "Sam Fictif, Dr Anne Dupont, Léa Voorbeeld, Dr Paul Exemple, Nina Muster",
        "Report: First concertation.",
        "Agreed: Housing problem: housing request",
        "Plan agreed with Béa.",
        "Housing problem: yes, vulnerable",
        "24/03/2025 · improvement · follow-up by Sam Fictif — social housing",
        "      request",
        "Coordinator: Sam Fictif from 03/03/2025",
    ] {
        assert!(out.contains(want), "{want:?} in\n{out}");
    }
    assert!(
        out.lines().all(|l| l.chars().count() <= 80),
        "wrapped to 80 columns:\n{out}"
    );
}
