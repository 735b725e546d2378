//! The provider forms: a new provider (its id proposed) or one corrected (its id stays:
//! cases refer to it), and a duplicate merged into the original.

use super::{provider_picks, show_store_error, Saved};
use crate::domain::ids::Inami;
use crate::domain::model::{Directory, Profession, Provider};
use crate::store::CaseloadApi;
use crate::t;
use crate::tui::form::{Check, Field, Form};

/// The id of a new provider (only asked for a new one).
const ID: &str = "id";
const NAME: &str = "name";
const PROFESSION: &str = "profession";
const INAMI: &str = "inami";
const ORGANISATION: &str = "organisation";
const LOGIN: &str = "login";
/// The merge form's one field: the provider the duplicate is merged into.
const INTO: &str = "into";

/// Which provider the duplicate `dup` is merged into.
pub fn merge_provider_form(dup: &Provider, providers: &[Provider]) -> Form {
    let others: Vec<Provider> = providers
        .iter()
        .filter(|p| p.id != dup.id)
        .cloned()
        .collect();
    // The likeliest original first: the same name, accents and case aside; else none
    // (nothing is merged before a provider is chosen).
    let same = others
        .iter()
        .find(|p| {
            crate::report::format::folded(&p.name) == crate::report::format::folded(&dup.name)
        })
        .map(|p| p.id.clone())
        .unwrap_or_default();
    let mut form = Form::new(
        t!("form-merge-provider", name = dup.name.as_str()),
        vec![Field::picker(
            INTO,
            t!("field-merge-into"),
            provider_picks(&others, true),
            &same,
        )],
    );
    form.live = Some(t!("form-merge-provider-help", name = dup.name.as_str()));
    form
}

/// The id proposed for a new provider: `p-` and the number after the highest in use.
pub fn next_provider_id(providers: &[Provider]) -> String {
    let n = providers
        .iter()
        .filter_map(|p| p.id.strip_prefix("p-")?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    let mut next = n + 1;
    loop {
        let id = format!("p-{next:04}");
        if !providers.iter().any(|p| p.id == id) {
            return id;
        }
        next += 1;
    }
}

/// A new provider (its id proposed: `new_id`), or `old` to correct (its id stays: cases
/// refer to it).
pub fn provider_form(old: Option<&Provider>, new_id: &str) -> Form {
    let professions = Profession::ALL
        .iter()
        .map(|p| (p.key().to_string(), p.name()))
        .collect();
    let mut fields = Vec::new();
    if old.is_none() {
        fields.push(Field::text(
            ID,
            t!("field-provider-id"),
            new_id,
            Check::Required,
        ));
    }
    let inami = old.and_then(|p| p.inami.as_ref()).map(|i| i.to_string());
    fields.extend([
        Field::text(
            NAME,
            t!("field-name"),
            old.map_or("", |p| p.name.as_str()),
            Check::Required,
        ),
        Field::choice(
            PROFESSION,
            t!("field-profession"),
            professions,
            old.map_or("midwife", |p| p.profession.key()),
        ),
        Field::text(
            INAMI,
            t!("field-inami"),
            inami.as_deref().unwrap_or(""),
            Check::Inami(false),
        ),
        Field::text(
            ORGANISATION,
            t!("field-organisation"),
            old.and_then(|p| p.organisation.as_deref()).unwrap_or(""),
            Check::Free,
        ),
        Field::text(
            LOGIN,
            t!("field-login"),
            old.and_then(|p| p.login.as_deref()).unwrap_or(""),
            Check::Free,
        ),
    ]);
    let title = match old {
        Some(p) => t!("form-edit-provider", name = p.name.as_str()),
        None => t!("form-provider"),
    };
    Form::new(title, fields)
}

/// What the provider form says about the provider (the id aside).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ProviderValues {
    pub name: String,
    pub profession: Profession,
    pub inami: Option<Inami>,
    pub organisation: Option<String>,
    pub login: Option<String>,
}

impl ProviderValues {
    /// The values typed; None when the INAMI number cannot be read, or the login is not
    /// one a person can have (flagged on the login).
    pub fn read(form: &mut Form) -> Option<ProviderValues> {
        let inami = match form.get(INAMI) {
            "" => None,
            v => Some(Inami::parse(v).ok()?),
        };
        let login = form.get(LOGIN).trim().to_string();
        if let Some(problem) = crate::domain::whoami::login_problem(&login) {
            if !login.is_empty() {
                form.set_error(LOGIN, problem);
                return None;
            }
        }
        Some(ProviderValues {
            name: form.get(NAME).to_string(),
            profession: Profession::from_key(form.get(PROFESSION)).unwrap_or(Profession::Other),
            inami,
            organisation: Some(form.get(ORGANISATION).to_string()).filter(|o| !o.is_empty()),
            login: Some(login).filter(|l| !l.is_empty()),
        })
    }

    pub fn into_provider(self, id: String) -> Provider {
        Provider {
            id,
            name: self.name,
            profession: self.profession,
            inami: self.inami,
            organisation: self.organisation,
            login: self.login,
        }
    }
}

/// Saves the provider `editing` (or a new one under the id typed, refused when taken).
pub(super) fn save(
    api: &dyn CaseloadApi,
    form: &mut Form,
    editing: Option<&String>,
    dir: &Directory,
) -> Option<Saved> {
    let id = match editing {
        Some(id) => id.clone(),
        None => form.get(ID).to_string(),
    };
    let before = editing.and_then(|id| dir.get(id)).cloned();
    if editing.is_none() && dir.get(&id).is_some() {
        form.set_error(ID, t!("form-id-taken", id = id.as_str()));
        return None;
    }
    let p = ProviderValues::read(form)?.into_provider(id);
    let written = match editing {
        Some(_) => api.put_provider(p.clone()),
        None => api.add_provider(p.clone()),
    };
    match written {
        Ok(()) => Some(Saved::Provider {
            before: before.map(Box::new),
            after: Box::new(p),
        }),
        Err(e) => {
            show_store_error(form, e);
            None
        }
    }
}

/// Merges the duplicate `dup` into the provider chosen, flagged when none is.
pub(super) fn save_merge(
    api: &dyn CaseloadApi,
    form: &mut Form,
    dup: &str,
    dir: &Directory,
) -> Option<Saved> {
    let into = form.get(INTO).to_string();
    let (Some(before), Some(target)) = (dir.get(dup).cloned(), dir.get(&into).cloned()) else {
        form.set_error(INTO, t!("form-required"));
        return None;
    };
    match api.merge_provider(dup, &into) {
        Ok(cases) => Some(Saved::Merged {
            message: t!(
                "status-provider-merged",
                name = before.name.as_str(),
                into = target.name.as_str(),
                count = cases
            ),
        }),
        Err(e) => {
            form.message = Some(e.to_string());
            None
        }
    }
}
