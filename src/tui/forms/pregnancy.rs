//! The pregnancy form: the mother (name, NISS, birth date), the region and the dates of
//! the pregnancy; a new case also asks its id, which must be free.

use super::{show_store_error, shown_date, Saved};
use crate::domain::ids::Niss;
use crate::domain::model::{Pregnancy, Region};
use crate::store::{CaseloadApi, StoreError};
use crate::t;
use crate::tui::form::{Check, Field, Form};
use chrono::NaiveDate;

/// The id of a new case (only asked for a new one).
pub(super) const ID: &str = "id";
pub(super) const NAME: &str = "name";
pub(super) const NISS: &str = "niss";
pub(super) const MOTHER_BIRTH: &str = "mother_birth";
pub(super) const REGION: &str = "region";
pub(super) const LMP: &str = "lmp";
pub(super) const DUE: &str = "due";
pub(super) const BIRTH: &str = "birth";

pub fn pregnancy_form(p: Option<&Pregnancy>, new_id: &str) -> Form {
    let regions: Vec<(String, String)> = Region::ALL
        .iter()
        .map(|r| (r.key().to_string(), r.name()))
        .collect();
    let mut fields = Vec::new();
    if p.is_none() {
        fields.push(Field::text(
            ID,
            t!("field-case-id"),
            new_id,
            Check::Required,
        ));
    }
    fields.extend([
        Field::text(
            NAME,
            t!("field-name"),
            p.map_or("", |p| &p.mother.name),
            Check::Required,
        ),
        Field::text(
            NISS,
            t!("field-niss"),
            &p.and_then(|p| p.mother.niss.as_ref())
                .map(|n| n.formatted())
                .unwrap_or_default(),
            Check::Niss,
        ),
        Field::text(
            MOTHER_BIRTH,
            t!("field-mother-birth"),
            &shown_date(p.and_then(|p| p.mother.birth_date)),
            Check::Date(false),
        ),
        Field::choice(
            REGION,
            t!("field-region"),
            regions,
            p.map_or("brussels", |p| p.region.key()),
        ),
        Field::text(
            LMP,
            t!("field-lmp"),
            &shown_date(p.and_then(|p| p.lmp)),
            Check::Date(false),
        ),
        Field::text(
            DUE,
            t!("field-due"),
            &shown_date(p.and_then(|p| p.due_date)),
            Check::Date(false),
        ),
        Field::text(
            BIRTH,
            t!("field-birth"),
            &shown_date(p.and_then(|p| p.birth_date)),
            Check::Date(false),
        ),
    ]);
    let title = match p {
        Some(p) => t!("form-edit-pregnancy", name = p.mother.name.as_str()),
        None => t!("form-new-pregnancy"),
    };
    Form::new(title, fields)
}

/// What the pregnancy form says about the mother and the pregnancy (the id of a new case
/// aside).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct PregnancyValues {
    pub name: String,
    pub niss: Option<Niss>,
    pub mother_birth: Option<NaiveDate>,
    pub region: Region,
    pub lmp: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub birth: Option<NaiveDate>,
}

impl PregnancyValues {
    /// The values typed; None (with the due date flagged) when no date of the pregnancy
    /// is known, or when the NISS cannot be read.
    pub fn read(form: &mut Form) -> Option<PregnancyValues> {
        let (lmp, due, birth) = (form.date(LMP), form.date(DUE), form.date(BIRTH));
        if lmp.is_none() && due.is_none() && birth.is_none() {
            form.set_error(DUE, t!("form-need-dates"));
            return None;
        }
        Some(PregnancyValues {
            name: form.get(NAME).to_string(),
            niss: match form.get(NISS) {
                "" => None,
                v => Some(Niss::parse(v).ok()?),
            },
            mother_birth: form.date(MOTHER_BIRTH),
            region: Region::from_key(form.get(REGION)).unwrap_or(Region::Brussels),
            lmp,
            due,
            birth,
        })
    }

    pub fn apply(self, p: &mut Pregnancy) {
        p.mother.name = self.name;
        p.mother.niss = self.niss;
        p.mother.birth_date = self.mother_birth;
        p.region = self.region;
        p.lmp = self.lmp;
        p.due_date = self.due;
        p.birth_date = self.birth;
    }
}

/// Saves a new case under the id typed, refused when that id is taken (before or while
/// saving).
pub(super) fn save_new(api: &dyn CaseloadApi, form: &mut Form) -> Option<Saved> {
    let id = form.get(ID).to_string();
    if matches!(api.pregnancy(&id), Ok(Some(_))) {
        form.set_error(ID, t!("form-id-taken", id = id.as_str()));
        return None;
    }
    let mut p = Pregnancy::new(&id, form.get(NAME), Region::Brussels, NaiveDate::MIN);
    PregnancyValues::read(form)?.apply(&mut p);
    // Based on the id being free (revision 0): a colleague who takes it first
    // is not overwritten.
    match api.save_pregnancy(p.clone(), Some(0)) {
        Ok(revision) => Some(Saved::Pregnancy {
            before: None,
            after: Box::new(p),
            revision,
        }),
        Err(StoreError::Stale(..)) => {
            form.set_error(ID, t!("form-id-taken", id = id.as_str()));
            None
        }
        Err(e) => {
            show_store_error(form, e);
            None
        }
    }
}
