//! The error of the builders and `Deserialize`: every violation, with its JSON path.

use std::fmt;

use crate::text::TextError;

pub use wa_interactive_core::{Count, Kind, Number, Path, Seg, Violation};

/// Every rule a message breaks, each with its JSON path inside the
/// `interactive` object (`action.sections[1].rows[0].title`).
///
/// ```
/// use wa_interactive::{ListMessage, list::{RowDraft, SectionDraft}};
///
/// let err = ListMessage::builder()
///     .body("Pick a time")
///     .button("View all available time slots")
///     .section(SectionDraft::new().row(RowDraft::new("slot-1", "09:00")))
///     .section(SectionDraft::new().row(RowDraft::new("slot-1", "10:00")))
///     .build()
///     .unwrap_err();
/// assert_eq!(err.violations().len(), 4);
/// assert_eq!(
///     err.to_string(),
///     "4 problems:\n\
///      - action.button: list button text is 29 characters; WhatsApp allows at most 20\n\
///      - action.sections[0].title: section title is required when a list has more than one section (this one has 2)\n\
///      - action.sections[1].title: section title is required when a list has more than one section (this one has 2)\n\
///      - action.sections[1].rows[0].id: duplicate row id \"slot-1\""
/// );
/// ```
///
/// Rows past the limit are summarised in one line, however many there are;
/// a [`TextError`] converts into a `ValidationError`, so `?` works in a
/// function that returns either:
///
/// ```
/// use wa_interactive::{ListMessage, ValidationError};
/// use wa_interactive::list::{RowDraft, SectionDraft};
/// use wa_interactive::text::Body;
///
/// fn menu(greeting: &str, slots: &[String]) -> Result<ListMessage, ValidationError> {
///     let body = Body::new(greeting)?; // a TextError, converted
///     ListMessage::builder()
///         .body(body.as_str())
///         .button("Slots")
///         .section(SectionDraft::new().rows(slots.iter().map(|s| RowDraft::new(s, s))))
///         .build()
/// }
///
/// let slots: Vec<String> = (0..50).map(|i| format!("slot-{i}")).collect();
/// let err = menu("Pick one", &slots).unwrap_err();
/// assert_eq!(err.to_string(), "action.sections: 50 rows; a list message has at most 10 in total");
/// assert!(menu("", &slots[..1]).is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    violations: Vec<Violation>,
}

impl ValidationError {
    pub(crate) fn new(violations: Vec<Violation>) -> Self {
        ValidationError { violations }
    }

    /// Each broken rule, in message order.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// The broken rules.
    pub fn into_violations(self) -> Vec<Violation> {
        self.violations
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.violations.as_slice() {
            [one] => write!(f, "{one}"),
            all => {
                write!(f, "{} problems:", all.len())?;
                for v in all {
                    write!(f, "\n- {v}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ValidationError {}

impl From<TextError> for ValidationError {
    /// One text's problem as a violation; a text on its own has no path in
    /// a message, so the path is empty.
    fn from(error: TextError) -> Self {
        ValidationError::new(vec![Violation {
            path: Path::root(),
            kind: Kind::Text {
                field: error.field(),
                problem: error.problem(),
            },
        }])
    }
}

/// Turns a shape check into a `ValidationError`, items past a count's limit
/// summarised in one violation.
pub(crate) fn checked(result: Result<(), Vec<Violation>>) -> Result<(), ValidationError> {
    result.map_err(|v| ValidationError::new(wa_interactive_core::summarise(v)))
}
