//! Location request messages: a body and a "Send location" button.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    ActionName, Head, TextObjectJson, deserialize_checked, head_getters, opt_text,
};
use crate::error::{ValidationError, checked};
use crate::read::{At, FormError, FromJson, Json, Object};
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
    fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "location_request_message");
        w.raw(",\"action\":{\"name\":\"send_location\"}}");
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

#[derive(Clone, Debug, Default, PartialEq)]
struct LocationJson {
    body: Option<TextObjectJson>,
}

impl FromJson for LocationJson {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        let mut object = Object::new(json, at, &["type", "body", "action"])?;
        object.tag("type", "location_request_message", true)?;
        object.name_only("action", "send_location")?;
        Ok(LocationJson {
            body: object.take("body")?,
        })
    }
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
