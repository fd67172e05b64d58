//! Call permission requests: the user allows or declines the business's
//! calls (`"type": "call_permission_request"`). Only the body, which is
//! optional, is the business's; WhatsApp draws the rest.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    ActionName, BodyOnlyJson, BodyOnlyKind, Wrapped, deserialize_checked, head_getters,
};
use crate::error::{ValidationError, checked};
use crate::rendered::{JsonWriter, Rendered};
use crate::text::Body;

/// A call permission request (`"type": "call_permission_request"`). The
/// user's answer arrives as a `call_permission_reply`. The body is
/// optional (Meta advises one, for context); a header or footer is not
/// taken.
///
/// ```
/// use wa_interactive::CallPermissionRequest;
///
/// let ask = CallPermissionRequest::new("We would like to call you about order ON-12853.")?;
/// assert_eq!(
///     ask.interactive_json(),
///     r#"{"type":"call_permission_request","body":{"text":"We would like to call you about order ON-12853."},"action":{"name":"call_permission_request"}}"#
/// );
/// assert_eq!(
///     CallPermissionRequest::without_body().interactive_json(),
///     r#"{"type":"call_permission_request","action":{"name":"call_permission_request"}}"#
/// );
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct CallPermissionRequest {
    pub(crate) body: Option<Body>,
    pub(crate) rendered: Rendered,
}

impl CallPermissionRequest {
    /// A call permission request with this body text.
    pub fn new(body: impl Into<String>) -> Result<Self, ValidationError> {
        CallPermissionJson::with_body(body).into_message()
    }

    /// A call permission request with a checked body, or none.
    pub const fn from_body(body: Option<Body>) -> Self {
        CallPermissionRequest {
            body,
            rendered: Rendered::NONE,
        }
    }

    /// A call permission request without a body: WhatsApp's own text only.
    pub const fn without_body() -> Self {
        CallPermissionRequest::from_body(None)
    }

    /// The body text, when given.
    pub fn body(&self) -> Option<&Body> {
        self.body.as_ref()
    }

    head_getters!(json);

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        w.raw("{");
        w.key(true, "type");
        w.string("call_permission_request");
        if let Some(body) = &self.body {
            w.wrapped("body", body.as_str());
        }
        w.raw(",\"action\":{\"name\":\"call_permission_request\"}}");
    }
}

impl Serialize for CallPermissionRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let len = 2 + usize::from(self.body.is_some());
        let mut s = serializer.serialize_struct("CallPermissionRequest", len)?;
        s.serialize_field("type", "call_permission_request")?;
        if let Some(body) = &self.body {
            s.serialize_field("body", &Wrapped(body.as_str()))?;
        }
        s.serialize_field("action", &ActionName("call_permission_request"))?;
        s.end()
    }
}

/// The name of call permission requests.
#[derive(Clone, Debug, PartialEq)]
struct CallPermissionTag;

impl BodyOnlyKind for CallPermissionTag {
    const NAME: &'static str = "call_permission_request";
}

type CallPermissionJson = BodyOnlyJson<CallPermissionTag>;

impl CallPermissionJson {
    fn into_message(self) -> Result<CallPermissionRequest, ValidationError> {
        let (header, body, footer) = self.parts();
        checked(
            shape::CallPermission {
                header,
                body,
                footer,
            }
            .check(),
        )?;
        let body = self.body.map(|b| Body::from_checked(b.text));
        Ok(CallPermissionRequest::from_body(body))
    }
}

deserialize_checked!(CallPermissionRequest, CallPermissionJson);
