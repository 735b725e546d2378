//! R63 around the claim itself: the day a service may be recorded as billed, and what a
//! correction of a billing mark is. A mark is final; a correction is an explicit,
//! recorded act with its reason (RULES.md R63: "or requires an explicit correction that
//! is recorded").

use crate::i18n::format::date;
use crate::t;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a billing date cannot be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BillingDateError {
    /// A claim is made on the IM platform on a day that has come.
    Future { on: NaiveDate, today: NaiveDate },
    /// A service is claimed once it has taken place.
    BeforeService { on: NaiveDate, service: NaiveDate },
}

impl fmt::Display for BillingDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match *self {
            BillingDateError::Future { on, today } => {
                t!("billed-on-future", on = date(on), today = date(today))
            }
            BillingDateError::BeforeService { on, service } => t!(
                "billed-on-before-service",
                on = date(on),
                service = date(service)
            ),
        };
        write!(f, "R63: {text}")
    }
}

/// R63: a service is recorded billed on a day between its service date and `today`.
pub fn check_billing_date(
    service: NaiveDate,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<(), BillingDateError> {
    if on > today {
        Err(BillingDateError::Future { on, today })
    } else if on < service {
        Err(BillingDateError::BeforeService { on, service })
    } else {
        Ok(())
    }
}

/// How a billing mark is corrected (R63), always with a reason the user gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Correction {
    /// The service was billed on another day (a typing mistake in the date).
    Redate(NaiveDate),
    /// The claim was refused by the platform or never made: the service is billed no
    /// more, and can be claimed again while its deadline allows.
    Withdraw,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::d;

    #[test]
    fn r63_a_billing_date_between_the_service_and_today_is_accepted() {
        let (service, today) = (d("2025-03-14"), d("2025-04-02"));
        for on in ["2025-03-14", "2025-03-20", "2025-04-02"] {
            assert_eq!(check_billing_date(service, d(on), today), Ok(()), "{on}");
        }
    }

    #[test]
    fn r63_a_billing_date_in_the_future_is_refused() {
        let e = check_billing_date(d("2025-03-14"), d("2062-01-01"), d("2025-04-02"));
        assert!(matches!(e, Err(BillingDateError::Future { .. })));
        let text = crate::i18n::with_language(crate::i18n::Lang::En, || e.unwrap_err().to_string());
        assert!(text.starts_with("R63: "), "{text}");
        assert!(text.contains("01/01/2062"), "{text}");
    }

    #[test]
    fn r63_a_billing_date_before_the_service_is_refused() {
        let e = check_billing_date(d("2025-03-14"), d("2025-03-13"), d("2025-04-02"));
        assert_eq!(
            e,
            Err(BillingDateError::BeforeService {
                on: d("2025-03-13"),
                service: d("2025-03-14")
            })
        );
    }
}
