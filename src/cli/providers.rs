//! `perinat providers`: the providers with their login (who is who, issue 12), linking a
//! provider to the Unix login of the person it is, merging a duplicate into the
//! original, and deleting a provider no case names.

use super::args::ProviderAction;
use super::data::Store;
use super::output::Out;
use super::Failure;
use crate::domain::whoami::provider_for_login;
use crate::domain::Directory;
use crate::report::format::pad;
use crate::t;

pub fn run(store: &Store, action: Option<ProviderAction>, out: &mut Out) -> Result<(), Failure> {
    match action {
        None | Some(ProviderAction::List) => list(store, out),
        Some(ProviderAction::Login { id, login, clear }) => {
            let mut p = store
                .providers()?
                .into_iter()
                .find(|p| p.id == id)
                .ok_or_else(|| Failure(t!("store-no-provider", id = format!("{id:?}"))))?;
            p.login = if clear { None } else { login };
            let shown = p.login.clone();
            store.put_provider(p)?;
            match shown {
                Some(login) => out.line(&t!(
                    "cli-provider-login-set",
                    id = id.as_str(),
                    login = login.as_str()
                )),
                None => out.line(&t!("cli-provider-login-cleared", id = id.as_str())),
            }
        }
        Some(ProviderAction::Merge { duplicate, into }) => {
            let cases = store.merge_provider(&duplicate, &into)?;
            out.line(&t!(
                "cli-provider-merged",
                duplicate = duplicate.as_str(),
                original = into.as_str(),
                count = cases
            ))
        }
        Some(ProviderAction::Delete { id }) => {
            store.delete_provider(&id)?;
            out.line(&t!("cli-provider-deleted", id = id.as_str()))
        }
    }
}

/// One line per provider, by id: id, name, profession, INAMI number, login; then who
/// this login is.
fn list(store: &Store, out: &mut Out) -> Result<(), Failure> {
    let mut providers = store.providers()?;
    providers.sort_by(|a, b| a.id.cmp(&b.id));
    if providers.is_empty() {
        return out.line(&t!("cli-providers-none"));
    }
    let width =
        |f: &dyn Fn(&crate::domain::Provider) -> usize| providers.iter().map(f).max().unwrap_or(0);
    let w = crate::report::format::width;
    let (id_w, name_w) = (width(&|p| w(&p.id)), width(&|p| w(&p.name)));
    let prof_w = width(&|p| w(&p.profession.name()));
    let mut text = String::new();
    for p in &providers {
        let inami = p.inami.as_ref().map(|i| i.formatted()).unwrap_or_default();
        let login = p
            .login
            .as_deref()
            .map(|l| t!("cli-providers-login", login = l))
            .unwrap_or_default();
        let line = format!(
            "{}  {}  {}  {}  {}",
            pad(&p.id, id_w),
            pad(&p.name, name_w),
            pad(&p.profession.name(), prof_w),
            pad(&inami, 14),
            login
        );
        text.push_str(line.trim_end());
        text.push('\n');
    }
    if let Some(me) = crate::config::current_login() {
        let dir = Directory::new(providers);
        text.push_str(&match provider_for_login(&dir, &me) {
            Some(p) => t!(
                "cli-providers-you-are",
                login = me.as_str(),
                name = p.name.as_str(),
                id = p.id.as_str()
            ),
            None => t!("cli-providers-you-are-none", login = me.as_str()),
        });
        text.push('\n');
    }
    out.text(&text)
}
