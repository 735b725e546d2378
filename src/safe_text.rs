//! Text from the caseload as a terminal may show it: data, never terminal control. A
//! name, a note or an id may carry control characters (an escape sequence that sets the
//! window title, clears the screen or the clipboard), bidirectional overrides or
//! invisible characters (which make one patient look like another). Shown, each of them
//! becomes a visible mark (`␛`, `␇`, `�`) so that the reader sees that something is
//! odd, and nothing reaches the terminal as a command.

use std::borrow::Cow;

/// True for a character that must not reach a terminal as it is: C0 and C1 controls,
/// DEL, bidirectional controls, and invisible characters that change nothing a reader
/// can see.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'                 // Arabic letter mark
                | '\u{00AD}'           // soft hyphen
                | '\u{180E}'           // Mongolian vowel separator
                | '\u{200B}'..='\u{200F}' // zero widths, LRM, RLM
                | '\u{202A}'..='\u{202E}' // embeddings and overrides
                | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
                | '\u{2066}'..='\u{2069}' // isolates
                | '\u{FEFF}'           // zero-width no-break space
                | '\u{FFF9}'..='\u{FFFB}' // interlinear annotations
        )
}

/// The visible mark of an unsafe character: the Unicode control pictures for C0 and
/// DEL (`␛` for ESC), `�` for the others.
pub fn mark(c: char) -> char {
    match c as u32 {
        n @ 0x00..=0x1F => char::from_u32(0x2400 + n).unwrap_or('�'),
        0x7F => '␡',
        _ => '�',
    }
}

/// `s` with every unsafe character replaced by its mark.
pub fn shown(s: &str) -> Cow<'_, str> {
    shown_except(s, &[])
}

/// [`shown`], but line breaks and tabs stay: a text of several lines for a terminal.
pub fn shown_lines(s: &str) -> Cow<'_, str> {
    shown_except(s, &['\n', '\t'])
}

fn shown_except<'a>(s: &'a str, keep: &[char]) -> Cow<'a, str> {
    let bad = |c: char| is_unsafe(c) && !keep.contains(&c);
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if bad(c) { mark(c) } else { c })
            .collect(),
    )
}

/// The first unsafe character of `s` that is not one of `allowed`, if any.
pub fn first_unsafe(s: &str, allowed: &[char]) -> Option<char> {
    s.chars().find(|c| is_unsafe(*c) && !allowed.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_bidi_and_invisible_characters_become_visible_marks() {
        let s = "A\u{1b}]0;title\u{7}B\u{1b}[2J\u{202E}C\u{200B}D\u{9b}E\u{7f}";
        assert_eq!(shown(s), "A␛]0;title␇B␛[2J�C�D�E␡");
        assert!(shown(s).chars().all(|c| !is_unsafe(c)));
    }

    #[test]
    fn plain_text_is_not_copied() {
        assert!(matches!(shown("Chloé Muster"), Cow::Borrowed(_)));
    }

    #[test]
    fn lines_keep_their_breaks_and_tabs() {
        assert_eq!(shown_lines("a\n\tb\u{1b}"), "a\n\tb␛");
        assert_eq!(shown("a\nb"), "a␊b");
    }
}
