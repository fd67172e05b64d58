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
