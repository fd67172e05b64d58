//! Checked text types, one per text field of an interactive message.
//!
//! Each type holds text that meets its field's rule (see
//! [`Field`]): non-empty, at most the field's limit in characters (Unicode
//! scalar values), ids without leading or trailing whitespace, links that are
//! http(s) URLs. `new` checks and returns a [`TextError`] that names the
//! field, the figure and the limit; the rejected text is kept in the error.
//!
//! ```
//! use wa_interactive::text::RowTitle;
//!
//! let title = RowTitle::new("09:00 with Dr. Ruiz")?;
//! assert_eq!(title, "09:00 with Dr. Ruiz");
//!
//! let err = RowTitle::new("A title far too long for a row").unwrap_err();
//! assert_eq!(err.to_string(), "row title is 30 characters; WhatsApp allows at most 24");
//! # Ok::<(), wa_interactive::text::TextError>(())
//! ```

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
pub use wa_interactive_core::{Field, TextProblem};

/// A text that does not meet its field's rule, with the text itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextError {
    field: Field,
    problem: TextProblem,
    text: Cow<'static, str>,
}

impl TextError {
    /// The field the text was meant for.
    pub fn field(&self) -> Field {
        self.field
    }

    /// What is wrong with the text.
    pub fn problem(&self) -> TextProblem {
        self.problem
    }

    /// The rejected text, as it was given.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Gives the rejected text back.
    pub fn into_text(self) -> Cow<'static, str> {
        self.text
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.describe(self.field, f)
    }
}

impl std::error::Error for TextError {}

/// Checks `text` for `field`.
pub(crate) fn check(field: Field, text: Cow<'static, str>) -> Result<Cow<'static, str>, TextError> {
    match field.check(&text) {
        Ok(()) => Ok(text),
        Err(problem) => Err(TextError {
            field,
            problem,
            text,
        }),
    }
}

macro_rules! text_types {
    ($($(#[$doc:meta])* $name:ident => $field:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Cow<'static, str>);

        impl $name {
            /// The field this type's text is for.
            pub const FIELD: Field = Field::$field;

            /// Checks `text` against the field's rule.
            pub fn new(text: impl Into<Cow<'static, str>>) -> Result<Self, TextError> {
                check(Field::$field, text.into()).map($name)
            }

            /// The text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The text, owned or borrowed as it was given.
            pub fn into_inner(self) -> Cow<'static, str> {
                self.0
            }

            /// Wraps text that the macro checked at compile time.
            #[doc(hidden)]
            pub const fn __checked(text: &'static str) -> Self {
                $name(Cow::Borrowed(text))
            }

            /// Wraps text that a shape check has already passed.
            pub(crate) fn from_checked(text: impl Into<Cow<'static, str>>) -> Self {
                $name(text.into())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&*self.0, f)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                *self.0 == *other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                *self.0 == **other
            }
        }

        impl TryFrom<&'static str> for $name {
            type Error = TextError;
            fn try_from(text: &'static str) -> Result<Self, TextError> {
                $name::new(text)
            }
        }

        impl TryFrom<String> for $name {
            type Error = TextError;
            fn try_from(text: String) -> Result<Self, TextError> {
                $name::new(text)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                $name::new(text).map_err(serde::de::Error::custom)
            }
        }
    )*};
}

text_types! {
    /// Header text: at most 60 characters.
    HeaderText => HeaderText;
    /// Message body: at most 1024 characters.
    Body => Body;
    /// Footer: at most 60 characters.
    Footer => Footer;
    /// The text of a list message's menu button: at most 20 characters.
    ListButton => ListButton;
    /// A list section's title: at most 24 characters.
    SectionTitle => SectionTitle;
    /// A list row's id: at most 200 characters, no leading or trailing whitespace.
    RowId => RowId;
    /// A list row's title: at most 24 characters.
    RowTitle => RowTitle;
    /// A list row's description: at most 72 characters.
    RowDescription => RowDescription;
    /// A reply button's id: at most 256 characters, no leading or trailing whitespace.
    ButtonId => ButtonId;
    /// A reply button's title: at most 20 characters.
    ButtonTitle => ButtonTitle;
    /// An uploaded media's id: no leading or trailing whitespace.
    MediaId => MediaId;
    /// A media link: an http or https URL.
    MediaLink => MediaLink;
    /// The file name shown for a document header.
    Filename => Filename;
    /// The text of a CTA URL button: at most 20 characters.
    DisplayText => DisplayText;
    /// The URL a CTA URL button opens: an http or https URL.
    Url => Url;
    /// A flow's id: no leading or trailing whitespace.
    FlowId => FlowId;
    /// A flow's name.
    FlowName => FlowName;
    /// The text of a flow's call-to-action button: at most 20 characters.
    FlowCta => FlowCta;
    /// The token sent back with a flow's replies.
    FlowToken => FlowToken;
    /// The id of the first screen a navigate flow opens: no leading or trailing whitespace.
    FlowScreen => FlowScreen;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_names_field_figure_and_limit_and_keeps_the_text() {
        let long = "x".repeat(27);
        let err = RowTitle::new(long.clone()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "row title is 27 characters; WhatsApp allows at most 24"
        );
        assert_eq!(err.into_text(), long);
        assert_eq!(
            ButtonTitle::new("").unwrap_err().to_string(),
            "button title is empty; WhatsApp needs at least 1 character"
        );
        assert_eq!(
            RowId::new("slot ").unwrap_err().to_string(),
            "row id has a trailing space; WhatsApp rejects untrimmed ids"
        );
    }

    #[test]
    fn each_type_is_named_as_its_field_says() {
        macro_rules! names {
            ($($ty:ident),*) => {$(assert_eq!($ty::FIELD.type_name(), stringify!($ty));)*};
        }
        names!(
            HeaderText,
            Body,
            Footer,
            ListButton,
            SectionTitle,
            RowId,
            RowTitle,
            RowDescription,
            ButtonId,
            ButtonTitle,
            MediaId,
            MediaLink,
            Filename,
            DisplayText,
            Url,
            FlowId,
            FlowName,
            FlowCta,
            FlowToken,
            FlowScreen
        );
    }

    #[test]
    fn deserialize_checks() {
        let err = serde_json::from_str::<ButtonTitle>("\"123456789012345678901\"").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("button title is 21 characters; WhatsApp allows at most 20"),
            "{err}"
        );
        let ok: ButtonTitle = serde_json::from_str("\"Yes\"").unwrap();
        assert_eq!(ok, "Yes");
    }
}
