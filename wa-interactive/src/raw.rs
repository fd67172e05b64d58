//! The pre-rendered wire JSON that literal messages carry.
//!
//! A message written as a macro literal carries its `interactive` JSON,
//! rendered and escaped at compile time. Serializing such a message with
//! `serde_json` copies those bytes instead of walking the fields, through
//! `serde_json`'s raw-value protocol (the one [`serde_json::value::RawValue`]
//! uses). Other serializers cannot take raw JSON, so for them — and whenever
//! the serializer cannot be recognised — the fields are walked as usual; the
//! output is the same either way.

use std::fmt;

use serde::Serializer;
use serde::ser::SerializeStruct;

/// The name `serde_json` gives the raw-value struct and its one field.
const RAW_TOKEN: &str = "$serde_json::private::RawValue";

/// The wire JSON of a literal message, when it has one.
///
/// It is a cache of the fields, so it takes no part in equality.
#[derive(Clone, Copy, Default)]
pub(crate) struct Rendered(pub(crate) Option<&'static str>);

impl PartialEq for Rendered {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl fmt::Debug for Rendered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_some() {
            "Rendered"
        } else {
            "NotRendered"
        })
    }
}

impl Rendered {
    /// Serializes the pre-rendered JSON when there is some and `S` is one of
    /// `serde_json`'s serializers; otherwise gives the serializer back.
    pub(crate) fn serialize<S: Serializer>(
        self,
        serializer: S,
    ) -> Result<Result<S::Ok, S::Error>, S> {
        match self.0 {
            Some(json) if takes_raw_json::<S>() => Ok(serialize_raw(json, serializer)),
            _ => Err(serializer),
        }
    }
}

/// Writes `json` as it is, through `serde_json`'s raw-value protocol; only
/// for serializers that [`takes_raw_json`].
pub(crate) fn serialize_raw<S: Serializer>(json: &str, serializer: S) -> Result<S::Ok, S::Error> {
    let mut raw = serializer.serialize_struct(RAW_TOKEN, 1)?;
    raw.serialize_field(RAW_TOKEN, json)?;
    raw.end()
}

/// Whether `S` is `serde_json`'s writer or `Value` serializer, which both
/// understand the raw-value protocol (the `raw_value` feature is enabled).
pub(crate) fn takes_raw_json<S>() -> bool {
    let name = std::any::type_name::<S>();
    name.starts_with("&mut serde_json::ser::Serializer<")
        || name == "serde_json::value::ser::Serializer"
}

/// The JSON of a message: the pre-rendered bytes when it has them,
/// otherwise written from its fields by the rules crate's writer.
pub(crate) trait Render {
    fn rendered(&self) -> Rendered;

    /// Writes the `interactive` JSON from the fields.
    fn render(&self, out: &mut String);

    fn write_json(&self, out: &mut String) {
        match self.rendered().0 {
            Some(json) => out.push_str(json),
            None => self.render(out),
        }
    }

    fn json(&self) -> std::borrow::Cow<'static, str> {
        if let Some(json) = self.rendered().0 {
            return std::borrow::Cow::Borrowed(json);
        }
        let mut out = String::with_capacity(256);
        self.render(&mut out);
        std::borrow::Cow::Owned(out)
    }
}
