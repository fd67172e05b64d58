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

/// The text of a `Cow`, in const context (where `Deref` cannot run).
#[allow(clippy::ptr_arg)]
pub(crate) const fn cow_str<'a>(text: &'a Cow<'static, str>) -> &'a str {
    match text {
        Cow::Borrowed(text) => text,
        Cow::Owned(text) => text.as_str(),
    }
}

macro_rules! text_types {
    ($($name:ident, $label:literal, $form:ident, $($limit:ident = $max:literal)? $(-)?, $doc:literal;)*) => {$(
        #[doc = $doc]
        #[doc = ""]
        #[doc = concat!("Checked against [`Field::", stringify!($name), "`]: ", text_types!(@rule $form $($max)?), ".")]
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Cow<'static, str>);

        impl $name {
            /// The field this type's text is for.
            pub const FIELD: Field = Field::$name;

            /// Checks `text` against the field's rule. Takes any string
            /// (`&str` of any lifetime, `String`, `Cow<str>`) and keeps an
            /// owned copy.
            pub fn new(text: impl Into<String>) -> Result<Self, TextError> {
                check(Field::$name, Cow::Owned(text.into())).map($name)
            }

            /// The text.
            pub const fn as_str(&self) -> &str {
                cow_str(&self.0)
            }

            /// The text, owned or borrowed as it was given.
            pub fn into_inner(self) -> Cow<'static, str> {
                self.0
            }

            /// Wraps a literal the macro checked (the `__private`
            /// contract: trusted, not checked again).
            #[doc(hidden)]
            pub const fn __trusted(text: &'static str) -> Self {
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

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
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

        impl TryFrom<&str> for $name {
            type Error = TextError;
            fn try_from(text: &str) -> Result<Self, TextError> {
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

        impl $crate::read::FromJson for $name {
            fn from_json(
                json: $crate::read::Json,
                at: $crate::read::At<'_>,
            ) -> Result<Self, $crate::read::FormError> {
                let text = String::from_json(json, at)?;
                $name::new(text).map_err(|e| $crate::read::FormError::new(at, e))
            }
        }
    )*};
    (@rule Text $max:literal) => { concat!("non-empty, at most ", $max, " characters") };
    (@rule Text) => { "non-empty" };
    (@rule Id $max:literal) => { concat!("at most ", $max, " characters, no leading or trailing whitespace") };
    (@rule Id) => { "non-empty, no leading or trailing whitespace" };
    (@rule Url) => { "an http or https URL with a host, no spaces, control characters or user info" };
    (@rule NoEmoji $max:literal) => { concat!("non-empty, at most ", $max, " characters, no emoji") };
    (@rule FewLines $max:literal) => { concat!("non-empty, at most ", $max, " characters and 2 line breaks") };
}

wa_interactive_core::field_table!(text_types);

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
    fn constants_are_checked_and_literals_trusted() {
        use crate::__private::check_const_text;
        const TITLE: RowTitle = RowTitle::__trusted("09:00");
        const _: () = check_const_text(Field::RowTitle, "09:30");
        assert_eq!(TITLE.as_str(), "09:00");
        let err = std::panic::catch_unwind(|| {
            check_const_text(Field::RowTitle, "A title far too long for a row");
        })
        .unwrap_err();
        let message = err
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| err.downcast_ref::<&str>().copied());
        // The figure and the limit, as the macro's own errors and `new` say.
        assert_eq!(
            message,
            Some("row title is 30 characters; WhatsApp allows at most 24")
        );
        let err = RowTitle::new("A title far too long for a row").unwrap_err();
        assert_eq!(Some(err.to_string().as_str()), message);
    }

    #[test]
    fn const_messages_are_cut_whole_characters_at_a_time() {
        use crate::__private::ConstMessage;
        let long = "é".repeat(400);
        let message = ConstMessage::new().push("id ").push(&long).uint(42);
        let text = message.as_str();
        assert!(text.starts_with("id é") && text.ends_with('…'), "{text}");
        assert!(text.len() <= 512);
        assert_eq!(
            ConstMessage::new().uint(0).uint(usize::MAX).as_str(),
            format!("0{}", usize::MAX)
        );
    }

    #[test]
    fn new_takes_any_string() {
        let owned = String::from("Ana");
        let borrowed: &str = &owned;
        assert_eq!(Body::new(borrowed).unwrap(), "Ana");
        assert_eq!(Body::new(&owned).unwrap(), "Ana");
        assert_eq!(Body::new(Cow::Borrowed(borrowed)).unwrap(), "Ana");
        assert_eq!(Body::new(owned).unwrap(), "Ana");
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
