//! The screens that explain: tariffs in force with their history, the practice's
//! additions and the interpretations RULES.md asks to show; the help generated from the
//! keymap in force; and the boxes for questions and notices.

use crate::domain::deadlines::OpeningSource;
use crate::domain::model::Region;
use crate::domain::tariff::TariffSource;
use crate::i18n::format::{date, euros};
use crate::report::format::{pad, pad_left, width as text_width};
use crate::t;
use crate::tui::app::action_label;
use crate::tui::component::{Command, Component, Ctx, Effect};
use crate::tui::keymap::{Action, Key, Section};
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

/// The tariff screen's keymap section, `[tariffs]`.
pub const TARIFFS: Section = Section::screen("tariffs");

/// What the tariff screen's keys may do.
pub const TARIFFS_ACTIONS: &[Action] = &[
    Action::Up,
    Action::Down,
    Action::PageUp,
    Action::PageDown,
    Action::Back,
];

/// The tariff screen: its scroll.
#[derive(Default)]
pub struct TariffsScreen {
    scroll: u16,
}

/// Opens the tariff screen.
pub fn make_tariffs(_ctx: &Ctx) -> Result<Box<dyn Component>, String> {
    Ok(Box::new(TariffsScreen::default()))
}

impl Component for TariffsScreen {
    fn section(&self) -> Section {
        TARIFFS
    }

    fn title(&self) -> String {
        t!("screen-tariffs")
    }

    fn commands(&self, _ctx: &Ctx) -> Vec<Command> {
        vec![
            Command::main(Action::Back),
            Command::new(Action::Up),
            Command::new(Action::Down),
        ]
    }

    fn act(&mut self, a: Action, _ctx: &Ctx) -> Vec<Effect> {
        match a {
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll = self.scroll.saturating_add(1),
            Action::Back => return vec![Effect::Back],
            _ => {}
        }
        Vec::new()
    }

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        draw_tariffs(&mut self.scroll, f, area, ctx)
    }

    fn reenter(&mut self, _ctx: &Ctx) -> Vec<Effect> {
        Vec::new()
    }

    crate::any_component!();
}

fn draw_tariffs(scroll: &mut u16, f: &mut Frame, area: Rect, ctx: &Ctx) {
    let th = ctx.theme;
    let w = usize::from(area.width);
    let rules = ctx.rules;
    let today = ctx.today;
    let mut lines = vec![Line::styled(t!("tariffs-title"), th.heading())];
    let in_force = |code, from| {
        rules.tariffs.amount_on(code, today).is_some() && {
            rules
                .tariffs
                .lines()
                .iter()
                .filter(|l| l.entry.pseudocode == code && l.entry.from <= today)
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
    *scroll = (*scroll).min(max);
    f.render_widget(Paragraph::new(lines).scroll((*scroll, 0)), area);
}

/// The help: the keys of what the screen can do now (what is not possible on the
/// selected line is said so), then those that work everywhere and in forms, from the
/// keymap in force.
pub struct HelpOverlay {
    lines: Vec<Line<'static>>,
    scroll: u16,
}

impl HelpOverlay {
    /// The help for a screen of `section` offering `commands`.
    pub fn new(section: Section, commands: &[Command], ctx: &Ctx) -> HelpOverlay {
        let th = ctx.theme;
        let mut lines = Vec::new();
        let keyed = |sec: Section, list: Vec<(Action, bool)>| -> Vec<(String, Action, bool)> {
            list.into_iter()
                .filter_map(|(a, on)| {
                    let k = ctx.keymap.keys_for(sec, a);
                    (!k.is_empty()).then_some((k, a, on))
                })
                .collect()
        };
        let this: Vec<(Action, bool)> = commands.iter().map(|c| (c.action, c.enabled)).collect();
        let global: Vec<(Action, bool)> = ctx
            .keymap
            .bindings(Section::Global)
            .into_iter()
            .map(|(a, _)| (a, true))
            .collect();
        let form: Vec<(Action, bool)> = ctx
            .keymap
            .bindings(Section::Form)
            .into_iter()
            .map(|(a, _)| (a, true))
            .collect();
        for (sec_is_form, (title, entries)) in [false, false, true].into_iter().zip([
            (t!("help-this-screen"), keyed(section, this)),
            (t!("help-everywhere"), keyed(Section::Global, global)),
            (t!("help-forms"), keyed(Section::Form, form)),
        ]) {
            lines.push(Line::styled(title, th.heading()));
            let key_w = entries
                .iter()
                .map(|(k, _, _)| text_width(k))
                .max()
                .unwrap_or(4)
                .min(24);
            for (keys, a, on) in entries {
                let mut label = format!("  {}", action_label(a));
                if !on {
                    label.push_str(&format!(" ({})", t!("help-not-here")));
                }
                lines.push(Line::from(vec![
                    Span::raw("  "),
                    Span::styled(pad(&keys, key_w), th.key()),
                    Span::styled(label, if on { th.normal() } else { th.muted() }),
                ]));
            }
            if sec_is_form {
                lines.push(Line::raw(format!("  {}", t!("help-text-editing"))));
            }
            lines.push(Line::raw(""));
        }
        if section == Section::Caseload {
            lines.push(Line::styled(t!("help-alert-marks"), th.heading()));
            lines.push(Line::raw(format!("  {}", t!("help-alert-legend"))));
            lines.push(Line::raw(""));
        }
        lines.push(Line::raw(t!("help-keymap-file")));
        HelpOverlay { lines, scroll: 0 }
    }
}

impl Component for HelpOverlay {
    fn section(&self) -> Section {
        Section::Help
    }

    fn commands(&self, _ctx: &Ctx) -> Vec<Command> {
        vec![Command::main(Action::Up), Command::main(Action::Down)]
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Option<Vec<Effect>> {
        crate::tui::overlays::scroll_key(&mut self.scroll, key, ctx)
    }

    fn act(&mut self, _a: Action, _ctx: &Ctx) -> Vec<Effect> {
        Vec::new()
    }

    fn draw(&mut self, f: &mut Frame, area: Rect, ctx: &Ctx) {
        let inner_h = usize::from(area.height.saturating_sub(2));
        let inner_w = usize::from(area.width.saturating_sub(2)).max(1);
        // Lines wider than the box (the legends) wrapped here, so that the scroll knows
        // every row and the last one can be reached.
        let rows: Vec<Line<'static>> = self
            .lines
            .iter()
            .flat_map(|l| {
                if l.width() <= inner_w {
                    return vec![l.clone()];
                }
                let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
                let indent = text.len() - text.trim_start().len();
                wrap(text.trim_start(), inner_w.saturating_sub(indent).max(1))
                    .into_iter()
                    .map(|w| Line::styled(format!("{}{w}", " ".repeat(indent)), l.style))
                    .collect()
            })
            .collect();
        let max = rows.len().saturating_sub(inner_h);
        self.scroll = self.scroll.min(u16::try_from(max).unwrap_or(u16::MAX));
        let shown: Vec<Line> = rows
            .into_iter()
            .skip(usize::from(self.scroll))
            .take(inner_h)
            .collect();
        f.render_widget(Clear, area);
        f.render_widget(
            Paragraph::new(shown).block(Block::default().borders(Borders::ALL).title(
                Span::styled(format!(" {} ", t!("help-title")), ctx.theme.title()),
            )),
            area,
        );
    }

    crate::any_component!();
}

/// A box over the whole area with a title, a first line of keys, and lines scrolled
/// by `scroll` (kept so that the last line can reach the bottom, not beyond); returns
/// the scroll it used.
pub fn draw_scrolled(
    f: &mut Frame,
    area: Rect,
    th: crate::tui::theme::Theme,
    title: &str,
    keys: &str,
    lines: &[String],
    scroll: u16,
) -> u16 {
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
    let used = usize::from(scroll).min(max) as u16;
    let mut shown = vec![Line::styled(keys.to_string(), th.muted())];
    shown.extend(
        wrapped
            .into_iter()
            .skip(usize::from(used))
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
    used
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
