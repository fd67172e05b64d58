//! Location request messages: a body and a "Send location" button.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    ActionName, Head, TextObjectJson, deserialize_checked, head_getters, json_tag, opt_text,
};
use crate::error::{ValidationError, checked};
use crate::rendered::{JsonWriter, Rendered};
use crate::text::Body;

/// A location request message (`"type": "location_request_message"`).
///
/// ```
/// use wa_interactive::LocationRequest;
///
/// let ask = LocationRequest::new("Where should we deliver?")?;
/// assert_eq!(
///     ask.interactive_json(),
///     r#"{"type":"location_request_message","body":{"text":"Where should we deliver?"},"action":{"name":"send_location"}}"#
/// );
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct LocationRequest {
    /// A body only.
    pub(crate) head: Head,
    pub(crate) rendered: Rendered,
}

impl LocationRequest {
    /// A location request with this body text.
    pub fn new(body: impl Into<String>) -> Result<Self, ValidationError> {
        LocationJson {
            body: Some(TextObjectJson::new(body)),
            ..LocationJson::default()
        }
        .into_message()
    }

    /// A location request with a checked body.
    pub fn from_body(body: Body) -> Self {
        LocationRequest {
            head: Head::body(body),
            rendered: Rendered::NONE,
        }
    }

    head_getters!(none);

    /// Writes the `interactive` object.
    const fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "location_request_message");
        w.raw(b",\"action\":{\"name\":\"send_location\"}}");
    }
}

impl Serialize for LocationRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("LocationRequest", self.head.fields() + 1)?;
        self.head.serialize(&mut s, "location_request_message")?;
        s.serialize_field("action", &ActionName("send_location"))?;
        s.end()
    }
}

json_tag!(LocationTag = "location_request_message");
json_tag!(SendLocation = "send_location");

#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct LocationActionJson {
    #[serde(rename = "name")]
    _name: SendLocation,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct LocationJson {
    #[serde(rename = "type")]
    _kind: LocationTag,
    body: Option<TextObjectJson>,
    #[serde(rename = "action")]
    _action: LocationActionJson,
}

impl LocationJson {
    fn into_message(self) -> Result<LocationRequest, ValidationError> {
        checked(
            shape::Location {
                body: opt_text(self.body.as_ref()),
            }
            .check(),
        )?;
        let body = self.body.map(|b| b.text).unwrap_or_default();
        Ok(LocationRequest::from_body(Body::from_checked(body)))
    }
}

deserialize_checked!(LocationRequest, LocationJson);
