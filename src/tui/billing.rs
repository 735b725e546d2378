//! The month-end billing screen: totals per pseudocode and per provider, then every line
//! of the month (billable first, nearest deadline first; expired, blocked and billed after)
//! with the reasons of the selected one. Lines are marked billed from here.

use crate::domain::services::Status;
use crate::i18n::format::{date, euros};
use crate::report::format::line_status_short;
use crate::report::format::{pad, pad_left, truncate};
use crate::t;
use crate::tui::app::{claimable, App};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(app: &mut App, f: &mut Frame, area: Rect) {
    let th = app.theme;
    let today = app.today;
    let Some(b) = &mut app.billing else {
        return;
    };
    let width = usize::from(area.width);
    let r = &b.report;
    let mut head = vec![Line::from(vec![
        Span::styled(t!("billing-month", month = b.month.named()), th.heading()),
        Span::raw(format!(
            "   {}",
            t!("billing-total", amount = euros(r.total))
        )),
    ])];
    let totals: Vec<String> = r
        .totals
        .iter()
        .map(|(code, t)| {
            format!(
                "{} {} {}×  {}",
                code.code(),
                pad(&code.name(), 12),
                t.count,
                pad_left(&euros(t.amount), 11)
            )
        })
        .collect();
    for pair in totals.chunks(2) {
        head.push(Line::raw(truncate(&pair.join("   "), width)));
    }
    let mut providers: Vec<String> = r
        .per_provider
        .iter()
        .map(|(id, t)| {
            format!(
                "{} {}× {}",
                truncate(r.directory.name(id), 18),
                t.count,
                euros(t.amount)
            )
        })
        .collect();
    if providers.is_empty() {
        providers.push("-".into());
    }
    head.push(Line::raw(truncate(
        &format!("{} {}", t!("billing-per-provider"), providers.join(" · ")),
        width,
    )));
    head.push(Line::styled(
        format!(
            "    {} {} {} {} {}  {} {}",
            pad(&t!("billing-col-case"), 8),
            pad(&t!("billing-col-service"), 12),
            pad(&t!("billing-col-date"), 10),
            pad(&t!("billing-col-provider"), 10),
            pad_left(&t!("billing-col-amount"), 8),
            pad(&t!("billing-col-deadline"), 10),
            t!("billing-col-status")
        ),
        th.heading(),
    ));
    let detail_h = 2usize;
    let list_h = usize::from(area.height)
        .saturating_sub(head.len() + detail_h)
        .max(1);
    b.page = list_h;
    if b.selected < b.offset {
        b.offset = b.selected;
    }
    if b.selected >= b.offset + list_h {
        b.offset = b.selected + 1 - list_h;
    }
    let mut lines = head;
    if b.order.is_empty() {
        lines.push(Line::raw(format!("  {}", t!("billing-empty"))));
    }
    for (pos, &i) in b.order.iter().enumerate().skip(b.offset).take(list_h) {
        let l = &r.lines[i];
        let who = l
            .provider
            .as_deref()
            .map(|p| r.directory.name(p))
            .unwrap_or("-");
        let mark = if b.marked.contains(&i) {
            "[x]"
        } else if claimable(l.status) {
            "[ ]"
        } else {
            "   "
        };
        let overdue =
            l.status == Status::Expired || (l.status == Status::Billable && l.deadline < today);
        let status = match l.status {
            Status::Blocked => {
                let rules: Vec<&str> = l.reasons.iter().map(|x| x.rule()).collect();
                format!("✗ {}", rules.join(","))
            }
            s => line_status_short(s),
        };
        // `!` before the deadline: within 14 days (R60).
        let near = if l.deadline_near(today) { '!' } else { ' ' };
        let text = format!(
            "{mark} {} {} {} {} {}{near} {} {}",
            pad(&l.pregnancy, 8),
            pad(&l.pseudocode.name(), 12),
            date(l.service_date),
            pad(who, 10),
            pad_left(&l.amount.map(euros).unwrap_or_else(|| "-".into()), 8),
            date(l.deadline),
            status
        );
        let style = match l.status {
            Status::Blocked => th.warn(),
            Status::Billed => th.good(),
            _ if overdue => th.alert(),
            _ => th.normal(),
        };
        let mut line = Line::styled(truncate(&text, width), style);
        if pos == b.selected {
            line = line.style(th.selected());
        }
        lines.push(line);
    }
    while lines.len() < usize::from(area.height).saturating_sub(detail_h) {
        lines.push(Line::raw(""));
    }
    // The selected line's reasons (or its billing).
    if let Some(l) = b.order.get(b.selected).map(|&i| &r.lines[i]) {
        let text = if l.reasons.is_empty() {
            match l.billed_on {
                Some(on) => t!("case-billed-on", date = date(on)),
                None => t!("billing-no-reason"),
            }
        } else {
            l.reasons
                .iter()
                .map(|x| x.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let wrapped = crate::tui::info::wrap(&text, width);
        for w in wrapped.into_iter().take(detail_h) {
            lines.push(Line::styled(w, th.muted()));
        }
    }
    f.render_widget(Paragraph::new(lines), area);
}
