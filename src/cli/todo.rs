//! `perinat todo`: what is due across the caseload, or across one provider's cases
//! (`--provider ID`, or `--mine`: the provider linked to the login name), as a table,
//! CSV or JSON. The list is `report::todo`'s.

use super::args::Format;
use super::data::Store;
use super::output::Out;
use super::Failure;
use crate::domain::whoami::provider_for_login;
use crate::report::todo::{self as report, TodoSpec};
use crate::t;
use chrono::NaiveDate;

/// What `perinat todo` was asked.
pub struct Request {
    pub mine: bool,
    pub provider: Option<String>,
    pub days: i64,
    pub today: NaiveDate,
    pub format: Format,
}

fn provider_ids(store: &Store) -> Result<String, Failure> {
    let mut ids: Vec<String> = store.providers()?.into_iter().map(|p| p.id).collect();
    ids.sort();
    ids.truncate(12);
    Ok(ids.join(", "))
}

/// The provider whose cases are asked for, checked against the directory.
fn chosen_provider(store: &Store, req: &Request) -> Result<Option<String>, Failure> {
    if req.mine {
        let login = crate::config::current_login().ok_or_else(|| Failure(t!("todo-no-login")))?;
        let dir = store.directory()?;
        return match provider_for_login(&dir, &login) {
            Some(p) => Ok(Some(p.id.clone())),
            None => Err(Failure(t!(
                "todo-no-login-provider",
                login = login.as_str(),
                ids = provider_ids(store)?
            ))),
        };
    }
    if let Some(id) = &req.provider {
        if store.directory()?.get(id).is_none() {
            return Err(Failure(t!(
                "cli-unknown-provider",
                id = id.as_str(),
                ids = provider_ids(store)?
            )));
        }
    }
    Ok(req.provider.clone())
}

pub fn todo(store: &Store, req: &Request, out: &mut Out) -> Result<(), Failure> {
    let spec = TodoSpec {
        today: req.today,
        days: req.days,
        mine: chosen_provider(store, req)?,
    };
    let (items, dir) = report::build(&**store, &spec)?;
    match req.format {
        Format::Table => out.text(&report::table(&items, &dir, &spec)),
        Format::Csv => out.data(&report::csv(&items).map_err(Failure)?),
        Format::Json => out.data(&report::json(&items).map_err(Failure)?),
    }
}
