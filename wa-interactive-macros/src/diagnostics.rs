//! Where the errors of one expansion are collected, and how values are
//! quoted in them.

use std::fmt::{self, Display};

use proc_macro2::Span;
use wa_interactive_core::Kind as RuleKind;

/// The errors of one expansion. Every pass adds to it and none returns
/// early, so one compile shows every problem.
///
/// It must be consumed with [`Diagnostics::check`]: one dropped unchecked
/// is a bug in this crate (its errors would be lost), caught by a debug
/// assertion, as `serde_derive`'s `Ctxt` does.
pub(crate) struct Diagnostics {
    /// `None` once checked.
    errors: Option<Vec<syn::Error>>,
}

impl Diagnostics {
    pub(crate) fn new() -> Self {
        Diagnostics {
            errors: Some(Vec::new()),
        }
    }

    /// Reports `message` at `span`.
    pub(crate) fn error(&mut self, span: Span, message: impl Display) {
        if let Some(errors) = &mut self.errors {
            errors.push(syn::Error::new(span, message));
        }
    }

    /// Consumes the sink: `Err` with every error, in the order reported.
    pub(crate) fn check(mut self) -> Result<(), Vec<syn::Error>> {
        match self.errors.take() {
            Some(errors) if !errors.is_empty() => Err(errors),
            _ => Ok(()),
        }
    }
}

impl Drop for Diagnostics {
    fn drop(&mut self) {
        debug_assert!(
            self.errors.is_none() || std::thread::panicking(),
            "wa-interactive-macros: Diagnostics dropped without check()"
        );
    }
}

/// How many characters of a value an error quotes.
const QUOTED_CHARS: usize = 60;

/// A value as an error quotes it: at most [`QUOTED_CHARS`] characters, the
/// rest cut to an ellipsis and the total length given after it.
pub(crate) struct Cut<'a>(pub(crate) &'a str);

impl<'a> Cut<'a> {
    /// The first characters, when the value is too long to quote whole.
    fn head(&self) -> Option<&'a str> {
        let (end, _) = self.0.char_indices().nth(QUOTED_CHARS)?;
        self.0.get(..end)
    }

    /// The value's length, if it is cut.
    fn total(&self) -> Option<usize> {
        self.head().map(|_| self.0.chars().count())
    }
}

impl Display for Cut<'_> {
    /// The value as it stands, or its head, `…` and the length.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.head(), self.total()) {
            (Some(head), Some(total)) => write!(f, "{head}… ({total} characters)"),
            _ => f.write_str(self.0),
        }
    }
}

/// The message of a rule the rules crate reports, with a long value cut
/// (two 200 KB duplicate ids give two short errors, not megabytes): the
/// rules crate's wording, the value's head quoted and its length after it.
pub(crate) fn describe(kind: &RuleKind) -> String {
    let mut cut = kind.clone();
    let value = match &mut cut {
        RuleKind::Duplicate { value, .. } => value,
        RuleKind::FlowVersion { found } => found,
        _ => return kind.to_string(),
    };
    let Some(head) = Cut(value).head() else {
        return kind.to_string();
    };
    let head = format!("{head}…");
    let total = value.chars().count();
    let quoted = format!("{head:?}");
    *value = head;
    let with_total = format!("{quoted} ({total} characters)");
    cut.to_string().replacen(&quoted, &with_total, 1)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use wa_interactive_core::{Field, Path};

    use super::*;

    #[test]
    fn short_values_are_quoted_whole() {
        assert_eq!(Cut("slot-1").to_string(), "slot-1");
        let sixty = "é".repeat(60);
        assert_eq!(Cut(&sixty).to_string(), sixty);
        let kind = RuleKind::Duplicate {
            field: Field::RowId,
            value: "slot-1".into(),
            first: Path::root(),
        };
        assert_eq!(describe(&kind), "duplicate row id \"slot-1\"");
    }

    #[test]
    fn long_values_are_cut_with_their_length() {
        let long = "é".repeat(61);
        assert_eq!(
            Cut(&long).to_string(),
            format!("{}… (61 characters)", "é".repeat(60))
        );
        let id = "x".repeat(200_000);
        let kind = RuleKind::Duplicate {
            field: Field::RowId,
            value: id,
            first: Path::root(),
        };
        assert_eq!(
            describe(&kind),
            format!(
                "duplicate row id \"{}…\" (200000 characters)",
                "x".repeat(60)
            )
        );
        let found = "3".repeat(1000);
        assert_eq!(
            describe(&RuleKind::FlowVersion { found }),
            format!(
                "flow_message_version is \"{}…\" (1000 characters); WhatsApp accepts only \"3\"",
                "3".repeat(60)
            )
        );
    }

    #[test]
    fn a_checked_sink_is_quiet_and_keeps_the_order() {
        let sink = Diagnostics::new();
        assert!(sink.check().is_ok());
        let mut sink = Diagnostics::new();
        sink.error(Span::call_site(), "one");
        sink.error(Span::call_site(), "two");
        let errors: Vec<String> = sink
            .check()
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(errors, ["one", "two"]);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "Diagnostics dropped without check()")]
    fn an_unchecked_sink_is_a_bug() {
        let mut sink = Diagnostics::new();
        sink.error(Span::call_site(), "lost");
    }
}
