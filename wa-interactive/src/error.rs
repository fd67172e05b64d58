//! The error of the builders and `Deserialize`: every violation, with its JSON path.

use std::fmt;

pub use wa_interactive_core::{Count, Kind, Path, Seg, Violation};

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

/// Turns a shape check into a `ValidationError`.
pub(crate) fn checked(result: Result<(), Vec<Violation>>) -> Result<(), ValidationError> {
    result.map_err(ValidationError::new)
}
