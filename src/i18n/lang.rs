//! The four languages perinat speaks, and how the one in force is chosen: `--lang`, else
//! `PERINAT_LANG`, else the language saved in the config (the UI's last switch), else the
//! system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set, as POSIX reads
//! them), else French. Pure: the caller reads the environment and the config.

/// A language of the UI and of the CLI's human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[repr(u8)]
pub enum Lang {
    #[default]
    Fr = 0,
    Nl = 1,
    De = 2,
    En = 3,
}

impl Lang {
    /// In the order the UI cycles through them.
    pub const ALL: [Lang; 4] = [Lang::Fr, Lang::Nl, Lang::De, Lang::En];

    /// `fr`, `nl`, `de`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The language's own name, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::Nl => "Nederlands",
            Lang::De => "Deutsch",
            Lang::En => "English",
        }
    }

    /// The embedded Fluent catalog.
    pub fn catalog(self) -> &'static str {
        match self {
            Lang::Fr => include_str!("fr.ftl"),
            Lang::Nl => include_str!("nl.ftl"),
            Lang::De => include_str!("de.ftl"),
            Lang::En => include_str!("en.ftl"),
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }

    pub(crate) fn from_index(i: u8) -> Lang {
        Lang::ALL.get(usize::from(i)).copied().unwrap_or(Lang::En)
    }

    /// The next language, for the UI's switch.
    pub fn next(self) -> Lang {
        Lang::ALL[(self.index() + 1) % Lang::ALL.len()]
    }

    /// A language from a code or a locale name: `nl`, `NL`, `nl_BE.UTF-8`, `de-BE`,
    /// `fr_BE@euro`. `None` for any other language (and for `C` or `POSIX`).
    pub fn parse(s: &str) -> Option<Lang> {
        let code = s
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// What decides the language, as read by the caller.
#[derive(Debug, Default, Clone)]
pub struct LangSources {
    /// `--lang`.
    pub flag: Option<Lang>,
    /// `PERINAT_LANG`, as written.
    pub env: Option<String>,
    /// The language the config file remembers.
    pub config: Option<Lang>,
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`, in that order.
    pub locale: [Option<String>; 3],
}

/// Where the language in force came from (the tests check the order by it; nothing shows
/// it to the user yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangOrigin {
    Flag,
    Env,
    Config,
    Locale,
    Default,
}

/// The language in force, where it came from, and a warning when `PERINAT_LANG` names
/// no language of perinat's (it is then ignored, not fatal).
pub fn resolve(s: &LangSources) -> (Lang, LangOrigin, Option<String>) {
    if let Some(l) = s.flag {
        return (l, LangOrigin::Flag, None);
    }
    let mut warning = None;
    if let Some(v) = s.env.as_deref().filter(|v| !v.trim().is_empty()) {
        match Lang::parse(v) {
            Some(l) => return (l, LangOrigin::Env, None),
            None => warning = Some(v.to_string()),
        }
    }
    if let Some(l) = s.config {
        return (l, LangOrigin::Config, warning);
    }
    // POSIX: the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty decides.
    let locale = s.locale.iter().flatten().find(|v| !v.trim().is_empty());
    if let Some(l) = locale.and_then(|v| Lang::parse(v)) {
        return (l, LangOrigin::Locale, warning);
    }
    (Lang::Fr, LangOrigin::Default, warning)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(
        flag: Option<Lang>,
        env: Option<&str>,
        config: Option<Lang>,
        locale: [Option<&str>; 3],
    ) -> LangSources {
        LangSources {
            flag,
            env: env.map(String::from),
            config,
            locale: locale.map(|v| v.map(String::from)),
        }
    }

    #[test]
    fn locale_names_give_their_language() {
        assert_eq!(Lang::parse("nl_BE.UTF-8"), Some(Lang::Nl));
        assert_eq!(Lang::parse("de-BE"), Some(Lang::De));
        assert_eq!(Lang::parse("fr_BE@euro"), Some(Lang::Fr));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("C.UTF-8"), None);
        assert_eq!(Lang::parse("POSIX"), None);
        assert_eq!(Lang::parse("es_ES.UTF-8"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn the_flag_wins_over_everything() {
        let s = sources(
            Some(Lang::De),
            Some("nl"),
            Some(Lang::En),
            [Some("fr_BE"), None, None],
        );
        assert_eq!(resolve(&s), (Lang::De, LangOrigin::Flag, None));
    }

    #[test]
    fn then_perinat_lang_then_the_config_then_the_locale() {
        let s = sources(
            None,
            Some("nl"),
            Some(Lang::En),
            [Some("de_BE"), None, None],
        );
        assert_eq!(resolve(&s).0, Lang::Nl);
        let s = sources(None, None, Some(Lang::En), [Some("de_BE"), None, None]);
        assert_eq!(resolve(&s), (Lang::En, LangOrigin::Config, None));
        let s = sources(None, None, None, [None, Some("de_BE.UTF-8"), Some("nl_BE")]);
        assert_eq!(resolve(&s), (Lang::De, LangOrigin::Locale, None));
    }

    #[test]
    fn the_first_locale_variable_set_decides_as_posix_says() {
        // LC_ALL=C overrides LANG=nl_BE: C is not one of ours, so French.
        let s = sources(None, None, None, [Some("C"), None, Some("nl_BE.UTF-8")]);
        assert_eq!(resolve(&s), (Lang::Fr, LangOrigin::Default, None));
        // An empty LC_ALL does not count.
        let s = sources(None, None, None, [Some(""), None, Some("nl_BE.UTF-8")]);
        assert_eq!(resolve(&s).0, Lang::Nl);
    }

    #[test]
    fn french_when_nothing_says() {
        assert_eq!(
            resolve(&LangSources::default()),
            (Lang::Fr, LangOrigin::Default, None)
        );
    }

    #[test]
    fn a_wrong_perinat_lang_is_ignored_with_a_warning() {
        let s = sources(None, Some("es"), None, [None, None, Some("nl_BE")]);
        assert_eq!(
            resolve(&s),
            (Lang::Nl, LangOrigin::Locale, Some("es".into()))
        );
    }

    #[test]
    fn the_switch_cycles_through_the_four() {
        let mut l = Lang::Fr;
        let mut seen = Vec::new();
        for _ in 0..4 {
            seen.push(l);
            l = l.next();
        }
        assert_eq!(seen, Lang::ALL);
        assert_eq!(l, Lang::Fr);
    }
}
