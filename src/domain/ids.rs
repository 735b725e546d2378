//! Belgian identifiers: the INAMI/RIZIV provider number (R70) and the NISS person number
//! (R71), each validated by its check digits. A wrong number is an input error with a
//! message that says what is wrong, never a panic.

use crate::t;
use serde::{Deserialize, Serialize};

/// Keeps the digits of `s`, allowing the separators people write (dashes, dots, spaces,
/// slashes); any other character is an error.
fn digits_of(s: &str, what: &str) -> Result<String, String> {
    let value = format!("{s:?}");
    let mut out = String::with_capacity(11);
    for c in s.chars() {
        match c {
            '0'..='9' => out.push(c),
            '-' | '.' | ' ' | '/' => {}
            _ => {
                return Err(t!(
                    "id-not-a-digit",
                    what = what,
                    value = &value,
                    char = format!("{c:?}")
                ))
            }
        }
    }
    if out.len() != 11 {
        return Err(t!(
            "id-digit-count",
            what = what,
            value = &value,
            count = out.len()
        ));
    }
    Ok(out)
}

fn num(s: &str) -> u64 {
    s.bytes().fold(0, |acc, b| acc * 10 + u64::from(b - b'0'))
}

/// R70: an INAMI number, stored as its 11 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Inami(String);

/// `1-23456-78-901`, as INAMI numbers are written.
fn format_inami(d: &str) -> String {
    format!("{}-{}-{}-{}", &d[0..1], &d[1..6], &d[6..8], &d[8..11])
}

impl Inami {
    /// Parses and checks an INAMI number (`1-23456-78-901` or plain digits). The check
    /// digits are 97 − (first six mod 97), or 89 − (first six mod 89) for numbers issued
    /// since 2012; either is accepted (R70).
    pub fn parse(s: &str) -> Result<Inami, String> {
        let digits = digits_of(s.trim(), &t!("id-inami"))?;
        let first_six = num(&digits[0..6]);
        let check = num(&digits[6..8]);
        let old = 97 - first_six % 97;
        let new = 89 - first_six % 89;
        // The expected digits are not shown: they would turn the check into a way to
        // "correct" a mistyped number into another valid one.
        if check != old && check != new {
            return Err(t!("id-inami-check", number = format_inami(&digits)));
        }
        Ok(Inami(digits))
    }

    /// The 11 digits.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The usual written form `1-23456-78-901`.
    pub fn formatted(&self) -> String {
        format_inami(&self.0)
    }
}

impl std::fmt::Display for Inami {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.formatted())
    }
}

/// R71: a NISS (national register or BIS number), stored as its 11 digits. Its `Debug`
/// form hides the number, so that it never reaches a log or a panic message.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Niss(String);

impl std::fmt::Debug for Niss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Niss(<hidden>)")
    }
}

impl Niss {
    /// Parses and checks a NISS `YYMMDD XXX CC`: CC = 97 − (first nine mod 97), or the
    /// same computed on `2` followed by the nine digits for people born in 2000 or later.
    /// BIS numbers (month + 20 or + 40) use the same check (R71).
    pub fn parse(s: &str) -> Result<Niss, String> {
        let digits = digits_of(s.trim(), &t!("id-niss"))?;
        let month = num(&digits[2..4]);
        let month_ok = month <= 12 || (20..=32).contains(&month) || (40..=52).contains(&month);
        if !month_ok {
            return Err(t!("id-niss-month", month = format!("{month:02}")));
        }
        let nine = num(&digits[0..9]);
        let check = num(&digits[9..11]);
        let before_2000 = 97 - nine % 97;
        let since_2000 = 97 - (2_000_000_000 + nine) % 97;
        if check != before_2000 && check != since_2000 {
            return Err(t!("id-niss-check"));
        }
        Ok(Niss(digits))
    }

    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The usual written form `YY.MM.DD-XXX.CC`.
    pub fn formatted(&self) -> String {
        let d = &self.0;
        format!(
            "{}.{}.{}-{}.{}",
            &d[0..2],
            &d[2..4],
            &d[4..6],
            &d[6..9],
            &d[9..11]
        )
    }
}

impl std::fmt::Display for Niss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.formatted())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn r70_inami_check_digits_mod_97() {
        let i = Inami::parse("1-00001-06-340").unwrap();
        assert_eq!(i.digits(), "10000106340");
        assert_eq!(i.formatted(), "1-00001-06-340");
        assert!(Inami::parse("10000106340").is_ok());
        assert!(Inami::parse("1.00001.06.340").is_ok());
    }

    #[test]
    fn r70_inami_check_digits_mod_89_accepted() {
        // 400123 mod 89 = 68, 89 - 68 = 21
        assert!(Inami::parse("4-00123-21-001").is_ok());
    }

    #[test]
    fn r70_inami_wrong_check_names_the_number_not_the_expected_digits() {
        let e = Inami::parse("1-00001-96-340").unwrap_err();
        assert!(e.contains("1-00001-96-340"), "{e}");
        assert!(
            !e.contains("06"),
            "the expected digits are not given away: {e}"
        );
        assert!(Inami::parse("1-00001-06-34")
            .unwrap_err()
            .contains("10 digits"));
        assert!(Inami::parse("1-0000x-06-340")
            .unwrap_err()
            .contains("not a digit"));
    }

    #[test]
    fn r71_niss_before_2000() {
        // 850730 033: 850730033 mod 97 = 69 -> 28
        assert!(Niss::parse("85.07.30-033.28").is_ok());
        assert!(Niss::parse("85073003328").is_ok());
        let e = Niss::parse("85073003329").unwrap_err();
        assert!(e.contains("check digits"), "{e}");
        assert!(
            !e.contains("28"),
            "the expected digits are not given away: {e}"
        );
    }

    #[test]
    fn r71_niss_since_2000_uses_prefix_2() {
        // 2 010101 001 = 2010101001 mod 97 = 71 -> 26
        assert!(Niss::parse("01010100126").is_ok());
    }

    #[test]
    fn r71_niss_bis_month() {
        // 85 27 30 033 (BIS, month + 20): 852730033 mod 97 = 26 -> 71
        assert!(Niss::parse("85273003371").is_ok());
        assert!(Niss::parse("85333003300")
            .unwrap_err()
            .contains("not a month"));
    }

    proptest! {
        #[test]
        fn r70_r71_any_text_is_a_value_or_an_error(s in ".{0,30}") {
            let _ = Inami::parse(&s);
            let _ = Niss::parse(&s);
        }

        #[test]
        fn r70_every_valid_number_round_trips(first_six in 100000u64..999999, q in 0u64..1000) {
            let check = 97 - first_six % 97;
            let text = format!("{first_six:06}{check:02}{q:03}");
            let i = Inami::parse(&text).unwrap();
            prop_assert_eq!(Inami::parse(&i.formatted()).unwrap(), i);
        }
    }
}
