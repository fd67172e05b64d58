//! Pieces every message kind shares: `{"text": …}` objects and the
//! `type`/`header`/`body`/`footer` start of the `interactive` object.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use wa_interactive_core::shape;

use crate::text::{Body, Footer};

pub(crate) type Str = Cow<'static, str>;

/// `{"text": …}`, as body and footer are sent. On input, the
/// `"type": "text"` that older guides put beside the text is accepted.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TextJson {
    pub(crate) text: Str,
    #[serde(rename = "type", default)]
    _kind: Option<TextTag>,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
enum TextTag {
    #[serde(rename = "text")]
    Text,
}

impl TextJson {
    pub(crate) fn new(text: impl Into<Str>) -> Self {
        TextJson {
            text: text.into(),
            _kind: None,
        }
    }
}

/// A shape text for an optional value.
pub(crate) fn opt<T: AsRef<str>>(value: Option<&T>) -> shape::Text<'_> {
    value.map(AsRef::as_ref).into()
}

/// A shape text for an optional `{"text": …}` object.
pub(crate) fn opt_text(value: Option<&TextJson>) -> shape::Text<'_> {
    value.map(|t| &*t.text).into()
}

/// Serializes `{"text": value}`.
pub(crate) struct Wrapped<'a>(pub(crate) &'a str);

impl Serialize for Wrapped<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Text", 1)?;
        s.serialize_field("text", self.0)?;
        s.end()
    }
}

/// Writes the `type`, `header`, `body` and `footer` fields.
pub(crate) fn head<S: SerializeStruct, H: Serialize>(
    s: &mut S,
    kind: &'static str,
    header: Option<H>,
    body: &Body,
    footer: Option<&Footer>,
) -> Result<(), S::Error> {
    s.serialize_field("type", kind)?;
    if let Some(header) = header {
        s.serialize_field("header", &header)?;
    }
    s.serialize_field("body", &Wrapped(body))?;
    if let Some(footer) = footer {
        s.serialize_field("footer", &Wrapped(footer))?;
    }
    Ok(())
}

/// `Deserialize` for a message: its unchecked JSON form is read, then
/// checked against every rule; the error lists every violation with its path.
macro_rules! deserialize_checked {
    ($message:ty, $json:ty) => {
        impl<'de> serde::Deserialize<'de> for $message {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <$json as serde::Deserialize>::deserialize(deserializer)?
                    .into_message()
                    .map_err(serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use deserialize_checked;

/// The `body` and `footer` setters of a builder whose `json` has those fields.
macro_rules! body_footer_setters {
    () => {
        /// The body text.
        pub fn body(mut self, text: impl Into<$crate::common::Str>) -> Self {
            self.json.body = Some($crate::common::TextJson::new(text));
            self
        }

        /// The footer text.
        pub fn footer(mut self, text: impl Into<$crate::common::Str>) -> Self {
            self.json.footer = Some($crate::common::TextJson::new(text));
            self
        }
    };
}
pub(crate) use body_footer_setters;

/// The `header` setter of a builder whose message takes any header kind.
macro_rules! header_setter {
    () => {
        /// The header: text (`"…".into()`), or an image, video or document.
        pub fn header(mut self, header: impl Into<$crate::header::HeaderDraft>) -> Self {
            self.json.header = Some(header.into().0);
            self
        }
    };
}
pub(crate) use header_setter;

/// `{"name": …, "parameters": …}`: the action of CTA URL and flow messages.
pub(crate) struct NamedAction<P>(pub(crate) &'static str, pub(crate) P);

impl<P: Serialize> Serialize for NamedAction<P> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Action", 2)?;
        s.serialize_field("name", self.0)?;
        s.serialize_field("parameters", &self.1)?;
        s.end()
    }
}
