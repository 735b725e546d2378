//! A text field that edits like any terminal program: a cursor that moves by character,
//! word and line end, deletion back and forward by character, word and to the start, a
//! single line that scrolls sideways to follow the cursor, and notes over several lines
//! that wrap to the field's width and scroll to follow the cursor. Editing and drawing are
//! `ratatui-textarea`'s (Unicode-width aware); the keys are perinat's, mapped here.

use crate::tui::keymap::{Key, KeyCodeOrd};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// What a key did to a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// The text changed.
    Changed,
    /// The cursor moved (or the key was taken and did nothing).
    Moved,
    /// Not a key for the text: the form decides (next field, save…).
    NotMine,
}

/// How many rows a multi-line field takes while it is being typed in.
pub const NOTE_ROWS: u16 = 5;
/// How many rows a multi-line field shows at most while another field has the focus.
pub const NOTE_ROWS_IDLE: u16 = 3;

/// An editable text, on one line or several.
#[derive(Debug, Clone)]
pub struct TextField {
    /// Boxed: the editor is large, and a form holds many fields of other kinds.
    area: Box<TextArea<'static>>,
    multiline: bool,
    /// The lines joined with `\n`, kept in step with every edit.
    value: String,
}

impl PartialEq for TextField {
    fn eq(&self, other: &Self) -> bool {
        self.multiline == other.multiline
            && self.value == other.value
            && self.area.cursor() == other.area.cursor()
    }
}

impl Eq for TextField {}

impl TextField {
    /// A field holding `value`, the cursor at its end.
    pub fn new(value: &str, multiline: bool) -> TextField {
        let lines: Vec<String> = if multiline {
            value.split('\n').map(str::to_string).collect()
        } else {
            // One line: whatever line breaks came in become spaces.
            vec![value.replace(['\n', '\r'], " ")]
        };
        let mut area = TextArea::new(lines);
        area.set_cursor_line_style(Style::default());
        area.set_style(Style::default());
        area.set_wrap_mode(if multiline {
            WrapMode::WordOrGlyph
        } else {
            WrapMode::None
        });
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        let mut f = TextField {
            area: Box::new(area),
            multiline,
            value: String::new(),
        };
        f.sync();
        f
    }

    pub fn multiline(&self) -> bool {
        self.multiline
    }

    /// The whole text, lines joined with `\n`.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The cursor as (line, character in the line).
    pub fn cursor(&self) -> (usize, usize) {
        let c = self.area.cursor();
        (c.0, c.1)
    }

    fn sync(&mut self) {
        self.value = self.area.lines().join("\n");
    }

    fn moved(&mut self, m: CursorMove) -> Edit {
        self.area.move_cursor(m);
        Edit::Moved
    }

    fn changed(&mut self, did: bool) -> Edit {
        if did {
            self.sync();
            Edit::Changed
        } else {
            Edit::Moved
        }
    }

    /// Applies a key. Keys that are not about the text (Tab, Esc, Enter on one line, Up
    /// on the first line of a note…) come back as `NotMine`.
    pub fn on_key(&mut self, key: Key) -> Edit {
        use KeyCodeOrd as K;
        match (key.code, key.ctrl, key.alt) {
            // A control character or a bidi control (pasted, say) is not text.
            (K::Char(c), _, _) if crate::safe_text::is_unsafe(c) => Edit::Moved,
            (K::Char(c), false, false) => {
                self.area.insert_char(c);
                self.changed(true)
            }
            (K::Left, false, false) | (K::Char('b'), true, false) => self.moved(CursorMove::Back),
            (K::Right, false, false) | (K::Char('f'), true, false) => {
                self.moved(CursorMove::Forward)
            }
            (K::Left, true, _) | (K::Left, _, true) | (K::Char('b'), false, true) => {
                self.moved(CursorMove::WordBack)
            }
            (K::Right, true, _) | (K::Right, _, true) | (K::Char('f'), false, true) => {
                self.moved(CursorMove::WordForward)
            }
            (K::Home, _, _) | (K::Char('a'), true, false) => self.moved(CursorMove::Head),
            (K::End, _, _) | (K::Char('e'), true, false) => self.moved(CursorMove::End),
            (K::Backspace, false, true) | (K::Char('w'), true, false) => {
                let did = self.area.delete_word();
                self.changed(did)
            }
            (K::Backspace, _, _) | (K::Char('h'), true, false) => {
                let did = self.area.delete_char();
                self.changed(did)
            }
            (K::Delete, false, false) | (K::Char('d'), true, false) => {
                let did = self.area.delete_next_char();
                self.changed(did)
            }
            (K::Char('d'), false, true) => {
                let did = self.area.delete_next_word();
                self.changed(did)
            }
            (K::Char('u'), true, false) => {
                let did = self.area.delete_line_by_head();
                self.changed(did)
            }
            (K::Char('k'), true, false) => {
                let did = self.area.delete_line_by_end();
                self.changed(did)
            }
            (K::Enter, false, false) if self.multiline => {
                self.area.insert_newline();
                self.changed(true)
            }
            (K::Up, false, false) | (K::Down, false, false) if self.multiline => {
                // Inside the note, Up and Down go from line to line (as wrapped); from
                // the first or last line they leave the field.
                let before = self.area.cursor();
                self.area.move_cursor(if key.code == K::Up {
                    CursorMove::Up
                } else {
                    CursorMove::Down
                });
                if self.area.cursor() == before {
                    Edit::NotMine
                } else {
                    Edit::Moved
                }
            }
            _ => Edit::NotMine,
        }
    }

    /// The rows the field takes: one for a single line; for a note, `NOTE_ROWS` while it
    /// has the focus, else as many as its wrapped text needs up to `NOTE_ROWS_IDLE`.
    pub fn rows(&self, width: u16, focused: bool) -> u16 {
        if !self.multiline {
            return 1;
        }
        if focused {
            return NOTE_ROWS;
        }
        let width = usize::from(width.max(1));
        let needed: usize = self
            .area
            .lines()
            .iter()
            .map(|l| crate::report::format::width(l).div_ceil(width).max(1))
            .sum();
        u16::try_from(needed)
            .unwrap_or(u16::MAX)
            .clamp(1, NOTE_ROWS_IDLE)
    }

    /// Draws the field `width` columns wide into lines, the view scrolled to follow the
    /// cursor; the cursor is shown (reverse video) only when `focused`.
    pub fn render(&mut self, width: u16, focused: bool) -> Vec<Line<'static>> {
        let height = self.rows(width, focused);
        // When the whole text fits, it shows from its first line (the view may have been
        // scrolled while the field was drawn smaller), the cursor where it was.
        let (top, _) = self.area.scroll_offset();
        if self.multiline && top > 0 && self.rows(width, false) <= height {
            let (row, col) = self.cursor();
            self.area.scroll((-(top.min(i16::MAX as u16) as i16), 0));
            self.area.move_cursor(CursorMove::Jump(
                u16::try_from(row).unwrap_or(u16::MAX),
                u16::try_from(col).unwrap_or(u16::MAX),
            ));
        }
        self.area.set_cursor_style(if focused {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        });
        let rect = Rect::new(0, 0, width.max(1), height);
        let mut buf = Buffer::empty(rect);
        (&*self.area).render(rect, &mut buf);
        buffer_lines(&buf)
    }
}

/// The rows of a buffer as lines of styled spans (a wide character's second cell skipped).
pub fn buffer_lines(buf: &Buffer) -> Vec<Line<'static>> {
    let area = buf.area;
    let mut out = Vec::new();
    for y in area.top()..area.bottom() {
        let mut spans: Vec<Span<'static>> = Vec::new();
        let mut skip = 0;
        for x in area.left()..area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let cell = &buf[(x, y)];
            let s = cell.symbol();
            skip = unicode_width::UnicodeWidthStr::width(s).saturating_sub(1);
            let style = cell.style();
            match spans.last_mut() {
                Some(last) if last.style == style => last.content.to_mut().push_str(s),
                _ => spans.push(Span::styled(s.to_string(), style)),
            }
        }
        out.push(Line::from(spans));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(f: &mut TextField, keys: &str) {
        for k in keys.split(' ').filter(|k| !k.is_empty()) {
            f.on_key(Key::parse(k).expect("test key"));
        }
    }

    fn typed(f: &mut TextField, text: &str) {
        for c in text.chars() {
            f.on_key(Key::plain(KeyCodeOrd::Char(c)));
        }
    }

    fn text(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| {
                l.spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect::<String>()
            })
            .collect()
    }

    /// The column of the reversed (cursor) cell on the row that has it.
    fn cursor_at(lines: &[Line]) -> Option<(usize, usize)> {
        for (y, l) in lines.iter().enumerate() {
            let mut x = 0;
            for s in &l.spans {
                if s.style.add_modifier.contains(Modifier::REVERSED) {
                    return Some((y, x));
                }
                x += crate::report::format::width(&s.content);
            }
        }
        None
    }

    #[test]
    fn the_cursor_moves_and_typing_goes_where_it_is() {
        let mut f = TextField::new("Dupont", false);
        keys(&mut f, "<Home>");
        typed(&mut f, "Mme ");
        assert_eq!(f.value(), "Mme Dupont");
        keys(&mut f, "<End> <Left> <Left>");
        typed(&mut f, "X");
        assert_eq!(f.value(), "Mme DupoXnt");
        keys(&mut f, "<Backspace> <Right> <Del>");
        assert_eq!(f.value(), "Mme Dupon");
        keys(&mut f, "<C-a>");
        typed(&mut f, "[");
        keys(&mut f, "<C-e>");
        typed(&mut f, "]");
        assert_eq!(f.value(), "[Mme Dupon]");
    }

    #[test]
    fn words_jump_and_go_and_ctrl_u_clears_to_the_start() {
        let mut f = TextField::new("seen at home today", false);
        keys(&mut f, "<C-Left> <C-Left>");
        typed(&mut f, "X");
        assert_eq!(f.value(), "seen at Xhome today");
        keys(&mut f, "<A-b> <A-b>");
        assert_eq!(f.cursor(), (0, 5));
        keys(&mut f, "<A-f> <C-Right>");
        assert_eq!(f.cursor(), (0, 14));
        keys(&mut f, "<End> <C-w>");
        assert_eq!(f.value(), "seen at Xhome ");
        keys(&mut f, "<Left> <C-u>");
        assert_eq!(f.value(), " ");
        assert_eq!(f.on_key(Key::parse("<Tab>").expect("key")), Edit::NotMine);
        assert_eq!(f.on_key(Key::parse("<Enter>").expect("key")), Edit::NotMine);
        assert_eq!(f.on_key(Key::parse("<Up>").expect("key")), Edit::NotMine);
    }

    #[test]
    fn control_and_bidi_characters_are_not_typed() {
        let mut f = TextField::new("a", false);
        typed(&mut f, "\u{202e}\u{7}b");
        assert_eq!(f.value(), "ab");
    }

    #[test]
    fn a_long_line_scrolls_to_follow_the_cursor() {
        let mut f = TextField::new("Zoë Łucja 王小明 and a long tail of words", false);
        let shown = text(&f.render(12, true));
        assert!(shown[0].trim_end().ends_with("words"), "{shown:?}");
        keys(&mut f, "<Home>");
        let shown = text(&f.render(12, true));
        assert!(shown[0].starts_with("Zoë Łucja"), "{shown:?}");
        assert_eq!(cursor_at(&f.render(12, true)), Some((0, 0)));
        // Past the wide characters, the cursor column counts them as two.
        keys(&mut f, "<C-Right> <C-Right> <C-Right>");
        assert_eq!(f.cursor(), (0, 14), "on 'and'");
        let lines = f.render(40, true);
        assert_eq!(cursor_at(&lines), Some((0, 17)), "{:?}", text(&lines));
    }

    #[test]
    fn a_note_takes_newlines_wraps_and_leaves_from_its_first_and_last_line() {
        let mut f = TextField::new("", true);
        typed(&mut f, "first line");
        keys(&mut f, "<Enter>");
        typed(&mut f, "second one is much longer than the field is wide");
        assert_eq!(
            f.value(),
            "first line\nsecond one is much longer than the field is wide"
        );
        let shown = text(&f.render(20, true));
        assert_eq!(shown.len(), usize::from(NOTE_ROWS));
        assert_eq!(shown[0].trim_end(), "first line");
        assert!(shown[1].starts_with("second one is"), "{shown:?}");
        assert!(shown.iter().all(|l| crate::report::format::width(l) <= 20));
        // Down on the last line leaves; Up goes back through the wrapped rows.
        assert_eq!(f.on_key(Key::parse("<Down>").expect("key")), Edit::NotMine);
        let mut ups = 0;
        while f.on_key(Key::parse("<Up>").expect("key")) == Edit::Moved {
            ups += 1;
        }
        assert!(ups >= 2, "wrapped rows count as lines: {ups}");
        assert_eq!(f.cursor().0, 0);
        assert!(f.rows(20, false) <= NOTE_ROWS_IDLE);
    }

    #[test]
    fn a_long_note_scrolls_to_follow_the_cursor() {
        let text_in: Vec<String> = (1..=12).map(|i| format!("line {i}")).collect();
        let mut f = TextField::new(&text_in.join("\n"), true);
        let shown = text(&f.render(20, true));
        assert_eq!(shown.last().map(|s| s.trim_end()), Some("line 12"));
        for _ in 0..11 {
            f.on_key(Key::parse("<Up>").expect("key"));
        }
        let shown = text(&f.render(20, true));
        assert_eq!(shown[0].trim_end(), "line 1");
    }

    #[test]
    fn a_note_that_fits_shows_from_its_first_line_after_being_drawn_small() {
        let mut f = TextField::new("first line\nsecond line", true);
        // Drawn one row high (the cursor, at the end, scrolls the view down)…
        let _ = f.area.scroll_offset();
        let rect = Rect::new(0, 0, 20, 1);
        let mut buf = Buffer::empty(rect);
        (&*f.area).render(rect, &mut buf);
        assert!(f.area.scroll_offset().0 > 0, "scrolled to the cursor");
        // … then at its own height: both lines, the cursor still at the end.
        let shown = text(&f.render(20, false));
        assert!(shown[0].starts_with("first line"), "{shown:?}");
        assert_eq!(f.cursor(), (1, "second line".len()));
    }
}
