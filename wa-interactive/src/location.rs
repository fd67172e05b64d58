//! Location request messages: a body and a "Send location" button.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{Str, TextJson, Wrapped, deserialize_checked, opt_text};
use crate::error::{ValidationError, checked};
use crate::raw::{Render, Rendered};
use crate::text::Body;

/// A location request message (`"type": "location_request_message"`).
///
/// ```
/// use wa_interactive::LocationRequest;
///
/// let ask = LocationRequest::new("Where should we deliver?")?;
/// assert_eq!(
///     ask.to_json(),
///     r#"{"type":"location_request_message","body":{"text":"Where should we deliver?"},"action":{"name":"send_location"}}"#
/// );
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct LocationRequest {
    pub(crate) body: Body,
    pub(crate) rendered: Rendered,
}

impl LocationRequest {
    /// A location request with this body text.
    pub fn new(body: impl Into<Str>) -> Result<Self, ValidationError> {
        LocationJson {
            body: Some(TextJson::new(body)),
            ..LocationJson::default()
        }
        .into_message()
    }

    /// A location request with a checked body.
    pub fn from_body(body: Body) -> Self {
        LocationRequest {
            body,
            rendered: Rendered(None),
        }
    }

    /// The body text.
    pub fn body(&self) -> &Body {
        &self.body
    }

    /// The `interactive` JSON.
    pub fn to_json(&self) -> Cow<'static, str> {
        Render::json(self)
    }

    pub(crate) fn shape(&self) -> shape::Location<'_> {
        shape::Location {
            body: shape::Text::Given(&self.body),
        }
    }
}

impl Serialize for LocationRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Action;
        impl Serialize for Action {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Action", 1)?;
                s.serialize_field("name", "send_location")?;
                s.end()
            }
        }
        let serializer = match self.rendered.serialize(serializer) {
            Ok(done) => return done,
            Err(serializer) => serializer,
        };
        let mut s = serializer.serialize_struct("LocationRequest", 3)?;
        s.serialize_field("type", "location_request_message")?;
        s.serialize_field("body", &Wrapped(&self.body))?;
        s.serialize_field("action", &Action)?;
        s.end()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize)]
enum LocationTag {
    #[default]
    #[serde(rename = "location_request_message")]
    LocationRequest,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize)]
enum SendLocation {
    #[default]
    #[serde(rename = "send_location")]
    SendLocation,
}

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
    body: Option<TextJson>,
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

impl Render for LocationRequest {
    fn rendered(&self) -> Rendered {
        self.rendered
    }

    fn render(&self, out: &mut String) {
        // Every text of a message is known, so the writer always completes.
        let _ = self.shape().write_json(out);
    }
}
