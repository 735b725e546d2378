//! What perinat prints when it hits a bug: where, and that the saved data is safe, but
//! not the panic's own message, which may quote patient data (a name, a NISS, a note);
//! `PERINAT_DEBUG=1` shows it for a developer on their own machine.

/// Installs the hook for the whole process (the UI's hook restores the terminal first
/// and then calls this one).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let location = info.location().map(|l| (l.file().to_string(), l.line()));
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned());
        let debug = std::env::var_os("PERINAT_DEBUG").is_some_and(|v| v == "1");
        eprintln!("{}", report(location, payload.as_deref(), debug));
    }));
}

/// The text of a panic report.
pub fn report(location: Option<(String, u32)>, payload: Option<&str>, debug: bool) -> String {
    let at = location
        .map(|(f, l)| format!("{f}:{l}"))
        .unwrap_or_else(|| "?".into());
    let mut text = format!("perinat: {}", crate::t!("panic-report", at = at));
    if debug {
        if let Some(p) = payload {
            text.push_str(&format!("\nmessage: {}", crate::safe_text::shown_lines(p)));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_report_names_the_place_but_not_the_message() {
        let r = report(
            Some(("src/x.rs".into(), 12)),
            Some("Marie Dupont 85073003328"),
            false,
        );
        assert!(r.contains("src/x.rs:12"), "{r}");
        assert!(!r.contains("Dupont") && !r.contains("8507"), "{r}");
        let dev = report(None, Some("detail"), true);
        assert!(dev.contains("message: detail"), "{dev}");
    }
}
