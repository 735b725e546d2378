//! The case screen: the three periods (R2) as a bar with today, the birth and every event
//! on it; then the scenario, vulnerabilities, coordinator and care team; then each service
//! with its status, amount, deadline and reasons; then the alerts.

use crate::domain::periods::pregnancy_start;
use crate::domain::services::{coordinator_on, Status};
use crate::i18n::format::{date, euros};
use crate::report::caseload::{scenario_line, vulnerability_line, when_text};
use crate::report::format::{pad, pad_left, truncate};
use crate::t;
use crate::tui::app::{line_status, App, CaseView};
use crate::tui::caseload::stage_short;
use chrono::NaiveDate;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The timeline's columns for one case: (first day, last day).
fn span_of(cv: &CaseView) -> Option<(NaiveDate, NaiveDate)> {
    let per = cv.eval.periods?;
    let start = pregnancy_start(&cv.case)
        .unwrap_or(per.prenatal_start)
        .min(per.prenatal_start);
    Some((start, per.end))
}

fn col(d: NaiveDate, start: NaiveDate, end: NaiveDate, width: usize) -> Option<usize> {
    if d < start || d > end || width < 2 {
        return None;
    }
    let total = (end - start).num_days().max(1);
    Some(((d - start).num_days() * (width as i64 - 1) / total) as usize)
}

/// The bar, the marks above it and the events under it.
fn timeline(app: &App, cv: &CaseView, width: usize) -> Vec<Line<'static>> {
    let th = app.theme;
    let Some((start, end)) = span_of(cv) else {
        return vec![Line::raw(t!("case-no-dates"))];
    };
    let Some(per) = cv.eval.periods else {
        return Vec::new();
    };
    let mut bar: Vec<char> = (0..width)
        .map(|i| {
            let total = (end - start).num_days().max(1);
            let day = start + chrono::Duration::days(i as i64 * total / (width as i64 - 1).max(1));
            if day < per.birth {
                '▓'
            } else if day < per.early_childhood_start {
                '▒'
            } else {
                '░'
            }
        })
        .collect();
    let mut above = vec![' '; width];
    let mut below = vec![' '; width];
    let put = |row: &mut Vec<char>, d: NaiveDate, c: char| {
        if let Some(i) = col(d, start, end, width) {
            row[i] = if row[i] == ' ' || row[i] == c { c } else { '*' };
        }
    };
    put(&mut above, per.birth, if per.expected { '?' } else { 'B' });
    put(&mut above, app.today, '▼');
    let p = &cv.case;
    if let Some(s) = &p.screening {
        put(&mut below, s.date, 'S');
    }
    for c in &p.cpp {
        put(&mut below, c.date, 'C');
    }
    for c in &p.concertations {
        put(&mut below, c.date, 'K');
    }
    for f in &p.follow_ups {
        put(&mut below, f.date, 'F');
    }
    for d in &p.coordinators {
        put(&mut below, d.from, 'D');
    }
    for r in &cv.eval.reference_periods {
        put(&mut below, r.start, 'R');
    }
    if app.today > end {
        if let Some(last) = bar.last_mut() {
            *last = '▶';
        }
    }
    // The bar's own marks, explained by the legend below: short in every language.
    let labels = format!(
        "▓ {} · {} {} · ░ {} · {} {}",
        date(per.prenatal_start.min(start)),
        if per.expected { "B?" } else { "B" },
        date(per.birth),
        date(per.early_childhood_start),
        t!("case-ends"),
        date(per.end)
    );
    vec![
        Line::raw(truncate(&labels, width)),
        Line::styled(above.into_iter().collect::<String>(), th.alert()),
        Line::styled(bar.drain(..).collect::<String>(), th.muted()),
        Line::raw(below.into_iter().collect::<String>()),
        Line::styled(truncate(&t!("case-legend"), width), th.muted()),
        Line::styled(truncate(&t!("case-legend-marks"), width), th.muted()),
    ]
}

pub fn draw(app: &mut App, f: &mut Frame, area: Rect) {
    let Some(cv) = &app.case else {
        return;
    };
    let th = app.theme;
    let width = usize::from(area.width);
    let dir = app.dir();
    let r = &cv.row;
    let name = truncate(&cv.case.mother.name, 30);
    let (when, stage) = (when_text(r), stage_short(r.stage));
    let mut rest = format!(" · {} · {when} · {stage}", cv.case.region.name());
    // A long region name (Dutch, German) gives way before the dates do.
    if crate::report::format::width(&format!("{} {name}{rest}", cv.case.id)) > width {
        rest = format!(" · {when} · {stage}");
    }
    let mut head = vec![Line::from(vec![
        Span::styled(format!("{} ", cv.case.id), th.muted()),
        Span::styled(name, th.heading()),
        Span::raw(rest),
    ])];
    head.extend(timeline(app, cv, width));
    let mut body: Vec<Line> = Vec::new();
    let mut selected_at = 0;
    // Scenario and vulnerabilities.
    let scenario = match &cv.eval.assessment {
        None => t!("case-no-screening"),
        Some(a) => scenario_line(a),
    };
    body.push(Line::styled(scenario, th.heading()));
    if let Some(a) = &cv.eval.assessment {
        for v in &a.vulnerabilities {
            let text = vulnerability_line(&cv.case, &app.rules().catalog, v);
            body.push(Line::raw(truncate(&format!("  • {text}"), width)));
        }
    }
    // Coordinator and team.
    let coordinator = match coordinator_on(&cv.case, app.today) {
        Some(d) => t!(
            "case-coordinator",
            name = dir.name(&d.provider),
            since = date(d.from),
            count = cv.case.coordinators.len()
        ),
        None => t!("case-no-coordinator"),
    };
    body.push(Line::raw(truncate(&coordinator, width)));
    let team: Vec<String> = cv
        .case
        .team
        .iter()
        .map(|t| match dir.get(t) {
            Some(p) => format!("{} ({})", p.name, p.profession.name()),
            None => t.clone(),
        })
        .collect();
    body.push(Line::raw(truncate(
        &t!(
            "case-team",
            team = if team.is_empty() {
                "-".to_string()
            } else {
                team.join(", ")
            }
        ),
        width,
    )));
    if let Some(cp) = &cv.case.care_plan {
        body.push(Line::raw(truncate(
            &t!(
                "case-care-plan",
                date = date(cp.date),
                text = cp.text.as_str()
            ),
            width,
        )));
    }
    // Services.
    body.push(Line::raw(""));
    body.push(Line::styled(t!("case-services"), th.heading()));
    if cv.eval.lines.is_empty() {
        body.push(Line::raw(format!("  {}", t!("case-no-services"))));
    }
    for (i, l) in cv.eval.lines.iter().enumerate() {
        let who = l.provider.as_deref().map(|x| dir.name(x)).unwrap_or("-");
        let status = match (l.status, l.billed_on) {
            (Status::Billed, Some(on)) => t!("case-billed-on", date = date(on)),
            (s, _) => line_status(s),
        };
        let text = format!(
            "{} {} {} {} {} {} {}",
            date(l.service_date),
            pad(&l.pseudocode.name(), 12),
            pad(&truncate(who, 14), 14),
            pad_left(&l.amount.map(euros).unwrap_or_else(|| "-".into()), 10),
            date(l.deadline),
            status,
            if l.deadline_near(app.today) { "!" } else { "" }
        );
        let style = match l.status {
            Status::Blocked => th.warn(),
            Status::Expired => th.alert(),
            Status::Billed => th.good(),
            Status::Billable => th.normal(),
        };
        let selected = i == cv.selected;
        if selected {
            selected_at = body.len();
        }
        let mut line = Line::from(vec![
            Span::raw(if selected { "▶ " } else { "  " }),
            Span::styled(truncate(&text, width.saturating_sub(2)), style),
        ]);
        if selected {
            line = line.style(th.selected());
        }
        body.push(line);
        for reason in &l.reasons {
            body.push(Line::styled(
                truncate(&format!("      {reason}"), width),
                th.warn(),
            ));
        }
    }
    body.push(Line::raw(""));
    body.push(Line::styled(t!("case-alerts"), th.heading()));
    if cv.alerts.is_empty() {
        body.push(Line::raw(format!("  {}", t!("case-no-alerts"))));
    }
    for a in &cv.alerts {
        body.push(Line::styled(
            truncate(&format!("  ! {a}"), width),
            th.alert(),
        ));
    }
    let head_h = head.len() as u16;
    f.render_widget(
        Paragraph::new(head),
        Rect {
            height: head_h.min(area.height),
            ..area
        },
    );
    let h = area.height.saturating_sub(head_h);
    let Some(cv) = &mut app.case else {
        return;
    };
    // Keep the selected service in sight.
    let at = selected_at as u16;
    if at < cv.scroll {
        cv.scroll = at.saturating_sub(2);
    }
    if at >= cv.scroll + h {
        cv.scroll = at + 1 - h;
    }
    f.render_widget(
        Paragraph::new(body).scroll((cv.scroll, 0)),
        Rect {
            y: area.y + head_h,
            height: h,
            ..area
        },
    );
}
