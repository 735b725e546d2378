//! The screens that explain: tariffs in force with their history, the practice's
//! additions and the interpretations RULES.md asks to show; the help generated from the
//! keymap in force; and the boxes for questions and notices.

use crate::domain::deadlines::OpeningSource;
use crate::domain::model::Region;
use crate::domain::tariff::TariffSource;
use crate::i18n::format::{date, euros};
use crate::report::format::{pad, pad_left, width as text_width};
use crate::t;
use crate::tui::app::{action_label, App, Screen};
use crate::tui::keymap::Section;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;

/// The catalog keys of the interpretations RULES.md asks to make visible.
pub const INTERPRETATIONS: [&str; 5] = [
    "interp-r33",
    "interp-r42",
    "interp-r51",
    "interp-r61",
    "interp-r62",
];

/// Word-wraps `text` to `width` columns.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && text_width(&line) + 1 + text_width(word) > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

pub fn draw_tariffs(app: &mut App, f: &mut Frame, area: Rect) {
    let th = app.theme;
    let w = usize::from(area.width);
    let rules = app.rules();
    let mut lines = vec![Line::styled(t!("tariffs-title"), th.heading())];
    let in_force = |code, from| {
        rules.tariffs.amount_on(code, app.today).is_some() && {
            rules
                .tariffs
                .lines()
                .iter()
                .filter(|l| l.entry.pseudocode == code && l.entry.from <= app.today)
                .map(|l| l.entry.from)
                .max()
                == Some(from)
        }
    };
    for l in rules.tariffs.lines() {
        let now = in_force(l.entry.pseudocode, l.entry.from);
        let text = format!(
            "  {} {} {} {} {} {}",
            if now { "▶" } else { " " },
            l.entry.pseudocode.code(),
            pad(&l.entry.pseudocode.name(), 14),
            t!("tariffs-from", date = date(l.entry.from)),
            pad_left(&euros(l.entry.amount), 10),
            match l.source {
                TariffSource::BuiltIn => t!("tariffs-built-in"),
                TariffSource::Practice => t!("tariffs-practice"),
            }
        );
        lines.push(Line::styled(
            text,
            if now { th.heading() } else { th.normal() },
        ));
    }
    lines.push(Line::raw(format!("  {}", t!("tariffs-in-force-mark"))));
    lines.push(Line::raw(""));
    lines.push(Line::styled(t!("tariffs-openings"), th.heading()));
    for region in Region::ALL {
        let text = match rules.openings.get(region) {
            Some((o, src)) => format!(
                "  {} {} / {}  {}",
                pad(&region.name(), 30),
                date(o.screening_from),
                date(o.others_from),
                match src {
                    OpeningSource::BuiltIn => t!("tariffs-opening-built-in"),
                    OpeningSource::Practice => t!("tariffs-practice"),
                }
            ),
            None => format!(
                "  {} {}",
                pad(&region.name(), 30),
                t!("tariffs-opening-unknown")
            ),
        };
        lines.push(Line::raw(text));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(t!("tariffs-interpretations"), th.heading()));
    for key in [
        "interp-r33",
        "interp-r42",
        "interp-r51",
        "interp-r61",
        "interp-r62",
    ] {
        let text = crate::i18n::text(key, &[]);
        for (i, l) in wrap(&text, w.saturating_sub(4)).into_iter().enumerate() {
            lines.push(Line::raw(format!(
                "{}{l}",
                if i == 0 { "  • " } else { "    " }
            )));
        }
    }
    let max = lines.len().saturating_sub(usize::from(area.height)) as u16;
    app.tariffs_scroll = app.tariffs_scroll.min(max);
    f.render_widget(Paragraph::new(lines).scroll((app.tariffs_scroll, 0)), area);
}

/// The keys of the current screen and the global ones, from the keymap in force.
pub fn draw_help(app: &App, f: &mut Frame, area: Rect, scroll: u16) {
    let th = app.theme;
    let section = match app.screen {
        Screen::Caseload => Section::Caseload,
        Screen::Case => Section::Case,
        Screen::Billing => Section::Billing,
        Screen::Tariffs => Section::Tariffs,
    };
    let mut lines = Vec::new();
    for (sec, title) in [
        (section, t!("help-this-screen")),
        (Section::Global, t!("help-everywhere")),
        (Section::Form, t!("help-forms")),
    ] {
        lines.push(Line::styled(title, th.heading()));
        let binds = app.keymap.bindings(sec);
        let key_w = binds
            .iter()
            .map(|(_, k)| text_width(k))
            .max()
            .unwrap_or(4)
            .min(24);
        for (a, keys) in binds {
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(pad(&keys, key_w), th.key()),
                Span::raw(format!("  {}", action_label(a))),
            ]));
        }
        lines.push(Line::raw(""));
    }
    if section == Section::Caseload {
        lines.push(Line::styled(t!("help-alert-marks"), th.heading()));
        lines.push(Line::raw(format!("  {}", t!("help-alert-legend"))));
        lines.push(Line::raw(""));
    }
    lines.push(Line::raw(t!("help-keymap-file")));
    let inner_h = area.height.saturating_sub(2);
    let max = (lines.len() as u16).saturating_sub(inner_h);
    let lines = lines
        .into_iter()
        .skip(usize::from(scroll.min(max)))
        .collect::<Vec<_>>();
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .title(Span::styled(format!(" {} ", t!("help-title")), th.title())),
        ),
        area,
    );
}

/// A box over the whole area with a title, a first line of keys, and lines scrolled
/// by `scroll` (kept so that the last line can reach the bottom, not beyond).
pub fn draw_scrolled(
    f: &mut Frame,
    area: Rect,
    th: crate::tui::theme::Theme,
    title: &str,
    keys: &str,
    lines: &[String],
    scroll: u16,
) {
    let inner_h = usize::from(area.height.saturating_sub(3));
    let width = usize::from(area.width.saturating_sub(2));
    // Wrapped lines keep the indentation of the line they come from.
    let wrapped: Vec<String> = lines
        .iter()
        .flat_map(|l| {
            let body = l.trim_start();
            let indent = &l[..l.len() - body.len()];
            let mut v: Vec<String> = wrap(body, width.saturating_sub(indent.len()).max(1))
                .into_iter()
                .map(|w| format!("{indent}{w}"))
                .collect();
            if v.is_empty() {
                v.push(String::new());
            }
            v
        })
        .collect();
    let max = wrapped.len().saturating_sub(inner_h);
    let mut shown = vec![Line::styled(keys.to_string(), th.muted())];
    shown.extend(
        wrapped
            .into_iter()
            .skip(usize::from(scroll).min(max))
            .take(inner_h)
            .map(Line::raw),
    );
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(shown).block(
            Block::default()
                .borders(Borders::ALL)
                .title(Span::styled(format!(" {title} "), th.title())),
        ),
        area,
    );
}

/// A centred box with a title and lines of text.
pub fn draw_box(
    f: &mut Frame,
    area: Rect,
    th: crate::tui::theme::Theme,
    title: &str,
    text: &[String],
) {
    let w = area.width.saturating_sub(8).max(20);
    let wrapped: Vec<Line> = text
        .iter()
        .flat_map(|t| {
            let mut v = wrap(t, usize::from(w.saturating_sub(4)));
            if v.is_empty() {
                v.push(String::new());
            }
            v
        })
        .map(Line::raw)
        .collect();
    let h = (wrapped.len() as u16 + 2).min(area.height);
    let rect = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    f.render_widget(Clear, rect);
    f.render_widget(
        Paragraph::new(wrapped).block(
            Block::default()
                .borders(Borders::ALL)
                .title(Span::styled(format!(" {title} "), th.title())),
        ),
        rect,
    );
}
