//! Puts the app on the real terminal: raw mode and the alternate screen on the way in,
//! and the terminal restored on every way out (quit, error, panic, SIGHUP when an SSH
//! session drops, SIGTERM), with the store flushed. No terminal queries at startup.
//!
//! Not `ratatui::try_init`/`restore`: their restore leaves the cursor hidden, stops at
//! the first step that fails, and prints its failure with `eprintln!`, which panics on
//! the dead terminal of a dropped SSH session; `setup` and `restore` here do every step
//! and stay silent.

use crate::tui::app::App;
use crate::tui::keymap::{Key, Keymap, KeymapError};
use crate::tui::loader::SharedStore;
use crate::tui::theme::Theme;
use chrono::NaiveDate;
use crossterm::event::{self, Event};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::{DefaultTerminal, Terminal};
use std::io::stdout;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Puts the terminal back as it was; safe to call more than once, errors ignored (the
/// terminal may be gone).
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), LeaveAlternateScreen, cursor::Show);
}

fn setup() -> std::io::Result<DefaultTerminal> {
    enable_raw_mode()?;
    let mut out = stdout();
    if let Err(e) = execute!(out, EnterAlternateScreen, cursor::Hide) {
        restore();
        return Err(e);
    }
    Terminal::new(CrosstermBackend::new(out)).inspect_err(|_| restore())
}

/// Restores the terminal before the default panic message is printed. The message never
/// carries case data: perinat's own panics name no patient.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// What the terminal's input has.
#[derive(PartialEq, Eq)]
enum Input {
    Ready,
    Nothing,
    /// The terminal is gone (an SSH session or window closed, with or without a SIGHUP).
    HungUp,
}

/// Waits up to `wait` for input. crossterm would read end-of-file forever once the
/// terminal is gone, so perinat looks at the terminal itself first.
fn wait_input(wait: Duration) -> Input {
    let mut fd = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = i32::try_from(wait.as_millis()).unwrap_or(i32::MAX);
    // SAFETY: one valid pollfd; poll only writes its `revents`.
    let n = unsafe { libc::poll(&mut fd, 1, ms) };
    if n > 0 && fd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        Input::HungUp
    } else if n != 0 {
        // Input, or a signal (a resize) interrupted the wait: let crossterm look.
        Input::Ready
    } else {
        Input::Nothing
    }
}

/// Runs the UI until the user quits or the session ends.
pub fn run(
    store: SharedStore,
    today: NaiveDate,
    keymap: Keymap,
    keymap_errors: Vec<KeymapError>,
    warnings: Vec<String>,
    config: Option<std::path::PathBuf>,
    follow_clock: bool,
) -> Result<(), String> {
    let mut app = App::new(
        store.clone(),
        today,
        keymap,
        keymap_errors,
        Theme::from_env(),
    )
    .map_err(|e| e.to_string())?;
    app.set_login(crate::config::current_login());
    app.notice(crate::t!("startup-warnings-title"), warnings);
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, stop.clone()).map_err(|e| e.to_string())?;
    }
    install_panic_hook();
    let mut terminal = setup().map_err(|e| crate::t!("tui-no-terminal", error = e.to_string()))?;
    let result = event_loop(
        &mut app,
        &mut terminal,
        &stop,
        config.as_deref(),
        follow_clock,
    );
    restore();
    store.flush().map_err(|e| e.to_string())?;
    result
}

fn event_loop(
    app: &mut App,
    terminal: &mut DefaultTerminal,
    stop: &AtomicBool,
    config: Option<&std::path::Path>,
    follow_clock: bool,
) -> Result<(), String> {
    let mut dirty = true;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        dirty |= app.poll();
        // A UI left open past midnight works on the new day (unless --today fixed one):
        // deadlines, expiry and "the future" of a billing date follow the calendar.
        if follow_clock {
            let now = chrono::Local::now().date_naive();
            if now != app.today {
                app.set_today(now);
                dirty = true;
            }
        }
        if dirty {
            terminal.draw(|f| app.draw(f)).map_err(|e| e.to_string())?;
            dirty = false;
        }
        if app.quit {
            return Ok(());
        }
        let wait = Duration::from_millis(if app.is_loading() { 30 } else { 250 });
        match wait_input(wait) {
            Input::HungUp => return Ok(()),
            Input::Nothing => continue,
            Input::Ready => {}
        }
        while event::poll(Duration::ZERO).map_err(|e| e.to_string())? {
            match event::read().map_err(|e| e.to_string())? {
                Event::Key(k) if !k.is_release() => {
                    if let Some(key) = Key::from_event(&k) {
                        app.on_key(key);
                    }
                    dirty = true;
                }
                Event::Resize(..) => {
                    terminal.autoresize().map_err(|e| e.to_string())?;
                    dirty = true;
                }
                _ => {}
            }
        }
        if let Some(lang) = app.lang_switched.take() {
            remember_language(app, lang, config);
        }
    }
}

/// Puts the language the user switched to in force and saves it in the config file.
fn remember_language(app: &mut App, lang: crate::i18n::Lang, config: Option<&std::path::Path>) {
    crate::i18n::set_language(lang);
    if let Some(Err(e)) = config.map(|path| crate::config::save_lang(path, lang)) {
        app.status = Some((e, true));
    }
}
