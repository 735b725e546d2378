//! The month-end billing screen driven key by key (issue "month-end"): it keeps its
//! place, shows everything still to claim and one provider at a time, and marks and
//! corrects billing with R60's and R63's guards.

use super::app::Screen;
use super::overlays::{ConfirmOverlay, FormOverlay};
use super::tests::{demo_app, draw, press, type_text, Fixture};
use crate::domain::services::Status;
use crate::report::BillingLine;
use crate::store::AuditAction;

fn selected(f: &Fixture) -> BillingLine {
    let b = f.app.billing().expect("billing");
    b.selected_line().cloned().expect("a selected line")
}

/// Goes back month by month until the billing screen shows a line of `status`, and
/// selects it.
fn select_first(f: &mut Fixture, status: Status) -> BillingLine {
    for _ in 0..12 {
        let b = f.app.billing_mut().expect("billing");
        if let Some(pos) = b
            .order
            .iter()
            .position(|&i| b.report.lines[i].status == status)
        {
            b.selected = pos;
            return selected(f);
        }
        press(&mut f.app, "[");
    }
    panic!("no {status:?} line in the demo's last year");
}

/// The screen's words in order, borders and line breaks gone: for messages that wrap.
fn words(text: &str) -> String {
    text.replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn clear_field(f: &mut Fixture) {
    for _ in 0..12 {
        press(&mut f.app, "<Backspace>");
    }
}

#[test]
fn the_billing_screen_keeps_its_month_filter_selection_and_marks_across_screens() {
    let mut f = demo_app();
    press(&mut f.app, "2 [ p j <Space>");
    let before = f
        .app
        .billing()
        .map(|b| (b.month, b.provider.clone(), b.selected, b.marked.clone()));
    assert!(before
        .as_ref()
        .is_some_and(|b| b.1.is_some() && !b.3.is_empty()));
    press(&mut f.app, "1 3 2");
    assert_eq!(f.app.screen(), crate::tui::billing::SECTION);
    let after = f
        .app
        .billing()
        .map(|b| (b.month, b.provider.clone(), b.selected, b.marked.clone()));
    assert_eq!(before, after);
}

#[test]
fn back_from_a_case_opened_on_the_billing_screen_returns_to_it() {
    let mut f = demo_app();
    press(&mut f.app, "2 j j");
    let line = selected(&f);
    press(&mut f.app, "<Enter>");
    assert_eq!(f.app.screen(), Screen::Case);
    assert_eq!(
        f.app.case().map(|c| c.case.id.clone()),
        Some(line.pregnancy.clone())
    );
    press(&mut f.app, "q");
    assert_eq!(f.app.screen(), crate::tui::billing::SECTION);
    assert_eq!(selected(&f), line, "the same line stays selected");
    // From the caseload, a case still goes back to the caseload.
    press(&mut f.app, "1 <Enter> q");
    assert_eq!(f.app.screen(), Screen::Caseload);
}

#[test]
fn r60_select_all_leaves_expired_lines_out() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    select_first(&mut f, Status::Expired);
    press(&mut f.app, "A");
    let b = f.app.billing().expect("billing");
    assert!(b
        .marked
        .iter()
        .all(|&i| b.report.lines[i].status == Status::Billable));
    assert!(b.report.lines.iter().any(|l| l.status == Status::Expired));
}

#[test]
fn r60_marking_an_expired_line_asks_a_second_time() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    let line = select_first(&mut f, Status::Expired);
    press(&mut f.app, "b");
    assert!(f.app.overlay::<ConfirmOverlay>().is_some());
    let text = draw(&mut f.app);
    assert!(
        text.contains("The service to mark has passed its deadline (R60)"),
        "{text}"
    );
    // No: nothing marked.
    press(&mut f.app, "n");
    assert!(f.app.overlay_section().is_none());
    // Yes: the billing date is asked, then it is marked.
    press(&mut f.app, "b y");
    assert!(f.app.overlay::<FormOverlay>().is_some());
    press(&mut f.app, "<Enter>");
    let p = f
        .app
        .store()
        .pregnancy(&line.pregnancy)
        .expect("read")
        .expect("case");
    assert!(p
        .billed
        .iter()
        .any(|b| b.service_date == line.service_date && b.pseudocode == line.pseudocode));
}

#[test]
fn r63_the_mark_dialog_lists_what_it_marks_and_says_it_is_final() {
    let mut f = demo_app();
    press(&mut f.app, "2 <Space> <Space> b");
    let text = draw(&mut f.app);
    assert!(text.contains("2 services, €"), "{text}");
    assert!(text.contains("A mark is final (R63)"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn r63_a_billing_date_in_the_future_or_before_the_service_is_refused_in_the_form() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    let line = selected(&f);
    press(&mut f.app, "b");
    clear_field(&mut f);
    type_text(&mut f.app, "01/01/2062");
    press(&mut f.app, "<Enter>");
    let text = words(&draw(&mut f.app));
    assert!(
        text.contains("is in the future (today is 25/05/2025)"),
        "{text}"
    );
    clear_field(&mut f);
    let before = line.service_date - chrono::Duration::days(1);
    type_text(&mut f.app, &before.format("%d/%m/%Y").to_string());
    press(&mut f.app, "<Enter>");
    let text = words(&draw(&mut f.app));
    assert!(text.contains("is before the service date"), "{text}");
    assert!(f.app.overlay::<FormOverlay>().is_some(), "kept open");
    let p = f.app.store().pregnancy(&line.pregnancy).unwrap().unwrap();
    assert!(!p.billed.iter().any(|b| b.service_date == line.service_date
        && b.pseudocode == line.pseudocode
        && Some(&b.provider) == line.provider.as_ref()));
}

#[test]
fn everything_still_to_claim_soonest_deadline_first() {
    let mut f = demo_app();
    press(&mut f.app, "2 U");
    let b = f.app.billing().expect("billing");
    assert!(b.unbilled);
    let lines: Vec<&BillingLine> = b.order.iter().map(|&i| &b.report.lines[i]).collect();
    assert!(!lines.is_empty());
    assert!(lines.iter().all(|l| l.status == Status::Billable));
    assert!(lines.windows(2).all(|w| w[0].deadline <= w[1].deadline));
    let months: std::collections::BTreeSet<_> = lines
        .iter()
        .map(|l| crate::domain::YearMonth::of(l.service_date))
        .collect();
    assert!(months.len() > 1, "lines of several months: {months:?}");
    insta::assert_snapshot!(draw(&mut f.app));
    // `[` goes back to the month it was opened on.
    press(&mut f.app, "[");
    assert!(!f.app.billing().is_some_and(|b| b.unbilled));
}

#[test]
fn one_billing_provider_at_a_time() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    let everyone = f.app.billing().unwrap().report.total;
    press(&mut f.app, "p");
    let b = f.app.billing().unwrap();
    let who = b.provider.clone().expect("a provider chosen");
    assert!(b
        .report
        .lines
        .iter()
        .all(|l| l.provider.as_ref() == Some(&who)));
    assert!(b.report.total <= everyone);
    let name = b.report.directory.name(&who).to_string();
    let text = draw(&mut f.app);
    assert!(text.contains(&format!("billed by {name}")), "{text}");
    // Round the providers and back to everyone.
    for _ in 0..200 {
        if f.app.billing().unwrap().provider.is_none() {
            break;
        }
        press(&mut f.app, "p");
    }
    assert_eq!(f.app.billing().unwrap().report.total, everyone);
}

#[test]
fn r63_a_billing_mark_is_corrected_with_a_reason_recorded_in_the_history() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    let line = select_first(&mut f, Status::Billed);
    let billed_on = line.billed_on.expect("billed");
    press(&mut f.app, "c");
    clear_field(&mut f);
    let on = line.service_date.max(billed_on - chrono::Duration::days(1));
    type_text(&mut f.app, &on.format("%d/%m/%Y").to_string());
    // Without a reason nothing is saved.
    press(&mut f.app, "<Tab> <Enter>");
    assert!(f.app.overlay::<FormOverlay>().is_some());
    type_text(&mut f.app, "typed the wrong day");
    press(&mut f.app, "<Enter>");
    assert!(f.app.overlay_section().is_none(), "{}", draw(&mut f.app));
    let p = f.app.store().pregnancy(&line.pregnancy).unwrap().unwrap();
    let mark = p
        .billed
        .iter()
        .find(|b| b.service_date == line.service_date && b.pseudocode == line.pseudocode)
        .expect("still billed");
    assert_eq!(mark.billed_on, on);
    let h = f.app.store().case_history(&line.pregnancy).unwrap();
    let last = h.last().expect("history");
    assert_eq!(last.action, AuditAction::CorrectBilled);
    assert!(
        last.detail.contains("typed the wrong day"),
        "{}",
        last.detail
    );
    assert_eq!(last.by.user, "anne");
}

#[test]
fn r63_a_refused_claim_is_withdrawn_with_a_reason_and_can_be_claimed_again() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    let line = select_first(&mut f, Status::Billed);
    press(&mut f.app, "w");
    type_text(&mut f.app, "refused by the platform: wrong NISS");
    press(&mut f.app, "<Enter>");
    assert!(f.app.overlay_section().is_none(), "{}", draw(&mut f.app));
    let p = f.app.store().pregnancy(&line.pregnancy).unwrap().unwrap();
    assert!(!p.billed.iter().any(|b| b.service_date == line.service_date
        && b.pseudocode == line.pseudocode
        && Some(&b.provider) == line.provider.as_ref()));
    let h = f.app.store().case_history(&line.pregnancy).unwrap();
    let last = h.last().expect("history");
    assert_eq!(last.action, AuditAction::WithdrawBilled);
    assert!(last.detail.contains("wrong NISS"), "{}", last.detail);
    // The line is billable (or expired) again on the screen.
    let b = f.app.billing().unwrap();
    assert!(b.report.lines.iter().any(|l| l.pregnancy == line.pregnancy
        && l.service_date == line.service_date
        && l.pseudocode == line.pseudocode
        && matches!(l.status, Status::Billable | Status::Expired)));
}

#[test]
fn correcting_a_line_that_is_not_billed_says_so() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    select_first(&mut f, Status::Billable);
    press(&mut f.app, "c");
    assert!(f.app.overlay_section().is_none());
    assert!(f
        .app
        .status
        .as_ref()
        .is_some_and(|(m, err)| *err && m.contains("not marked billed")));
}

#[test]
fn r63_undo_after_marking_billed_says_how_to_take_a_mark_back() {
    let mut f = demo_app();
    press(&mut f.app, "2 b <Enter> u");
    let (msg, err) = f.app.status.clone().expect("a message");
    assert!(err);
    assert!(
        msg.contains("final (R63)") && msg.contains("press w"),
        "{msg}"
    );
}

#[test]
fn r60_marking_an_expired_line_from_the_case_screen_asks_a_second_time_too() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    let line = select_first(&mut f, Status::Expired);
    press(&mut f.app, "<Enter>");
    let cv = f.app.case_mut().expect("the case");
    let at = cv
        .eval
        .lines
        .iter()
        .position(|l| {
            l.status == Status::Expired
                && l.service_date == line.service_date
                && l.pseudocode == line.pseudocode
        })
        .expect("the line on the case screen");
    cv.select_line(at);
    press(&mut f.app, "b");
    assert!(f.app.overlay::<ConfirmOverlay>().is_some());
}

#[test]
fn r60_a_ui_left_open_past_a_deadline_works_on_the_new_day() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    let line = select_first(&mut f, Status::Billable);
    let next = line.deadline + chrono::Duration::days(1);
    f.app.set_today(next);
    f.app.finish_loading();
    let b = f.app.billing().expect("billing");
    let now = b
        .report
        .lines
        .iter()
        .find(|l| {
            l.pregnancy == line.pregnancy
                && l.service_date == line.service_date
                && l.provider == line.provider
                && l.pseudocode == line.pseudocode
        })
        .expect("the line");
    assert_eq!(now.status, Status::Expired);
    let text = draw(&mut f.app);
    assert!(
        text.contains(&next.format("%d/%m/%Y").to_string()),
        "{text}"
    );
}

#[test]
fn another_month_is_read_off_the_ui_thread_and_the_keys_pressed_meanwhile_wait_for_it() {
    let mut f = demo_app();
    press(&mut f.app, "2");
    let key = |k: &str| super::keymap::Key::parse(k).expect("key");
    f.app.on_key(key("U"));
    assert!(f.app.billing().is_some_and(|b| b.reading() && !b.unbilled));
    assert!(draw(&mut f.app).contains("(reading…)"));
    // j is meant for the unbilled lines: it waits for them.
    f.app.on_key(key("j"));
    f.app.finish_loading();
    let b = f.app.billing().expect("billing");
    assert!(b.unbilled && !b.reading());
    assert_eq!(b.selected, 1.min(b.order.len().saturating_sub(1)));
}

#[test]
fn r63_a_batch_partly_marked_keeps_only_the_lines_refused_for_another_try() {
    let mut f = demo_app();
    press(&mut f.app, "2 U");
    // Two billable lines chosen.
    let lines: Vec<BillingLine> = {
        let b = f.app.billing().expect("billing");
        b.order
            .iter()
            .map(|&i| b.report.lines[i].clone())
            .filter(|l| l.status == Status::Billable)
            .take(2)
            .collect()
    };
    assert_eq!(lines.len(), 2, "two billable lines in the demo");
    for l in &lines {
        let at = {
            let b = f.app.billing().expect("billing");
            b.order
                .iter()
                .position(|&i| {
                    b.report.lines[i].service_date == l.service_date
                        && b.report.lines[i].pregnancy == l.pregnancy
                        && b.report.lines[i].pseudocode == l.pseudocode
                })
                .expect("shown")
        };
        f.app.billing_mut().expect("billing").selected = at;
        press(&mut f.app, "<Space>");
    }
    press(&mut f.app, "b");
    // Meanwhile a colleague marks the second line.
    let (case, r) = super::billing::line_ref(&lines[1]).expect("a line ref");
    let today = f.app.today;
    f.app
        .store()
        .mark_billed(&case, &r, today, today)
        .expect("marked elsewhere");
    press(&mut f.app, "<Enter>");
    let open = &f.app.overlay::<FormOverlay>().expect("kept open").open;
    let message = open.form.message.clone().unwrap_or_default();
    assert!(message.contains("1 marked billed"), "{message}");
    assert!(message.contains("Enter tries it again"), "{message}");
    match &open.kind {
        super::forms::FormKind::MarkBilled(left) => assert_eq!(left.len(), 1),
        other => panic!("{other:?}"),
    }
}
