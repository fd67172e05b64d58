//! Contact-info requests: a body and a button, labelled by WhatsApp, with
//! which a user known only by a business-scoped user id shares their phone
//! number (`"type": "request_contact_info"`).

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    ActionName, BodyOnlyJson, BodyOnlyKind, Head, deserialize_checked, head_getters,
};
use crate::error::{ValidationError, checked};
use crate::rendered::{JsonWriter, Rendered};
use crate::text::Body;

/// A contact-info request (`"type": "request_contact_info"`): the user
/// answers with a `contacts` message that carries their phone number.
/// WhatsApp draws and labels the button; a header or footer is not taken.
///
/// ```
/// use wa_interactive::ContactInfoRequest;
///
/// let ask = ContactInfoRequest::new("To continue, please share your phone number with us.")?;
/// assert_eq!(
///     ask.interactive_json(),
///     r#"{"type":"request_contact_info","body":{"text":"To continue, please share your phone number with us."},"action":{"name":"request_contact_info"}}"#
/// );
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct ContactInfoRequest {
    /// A body only.
    pub(crate) head: Head,
    pub(crate) rendered: Rendered,
}

impl ContactInfoRequest {
    /// A contact-info request with this body text.
    pub fn new(body: impl Into<String>) -> Result<Self, ValidationError> {
        ContactInfoJson::with_body(body).into_message()
    }

    /// A contact-info request with a checked body.
    pub fn from_body(body: Body) -> Self {
        ContactInfoRequest {
            head: Head::body(body),
            rendered: Rendered::NONE,
        }
    }

    head_getters!(none);

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "request_contact_info");
        w.raw(",\"action\":{\"name\":\"request_contact_info\"}}");
    }
}

impl Serialize for ContactInfoRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("ContactInfoRequest", self.head.fields() + 1)?;
        self.head.serialize(&mut s, "request_contact_info")?;
        s.serialize_field("action", &ActionName("request_contact_info"))?;
        s.end()
    }
}

/// The name of contact-info requests.
#[derive(Clone, Debug, PartialEq)]
struct ContactInfoTag;

impl BodyOnlyKind for ContactInfoTag {
    const NAME: &'static str = "request_contact_info";
}

type ContactInfoJson = BodyOnlyJson<ContactInfoTag>;

impl ContactInfoJson {
    fn into_message(self) -> Result<ContactInfoRequest, ValidationError> {
        let (header, body, footer) = self.parts();
        checked(
            shape::ContactInfo {
                header,
                body,
                footer,
            }
            .check(),
        )?;
        let body = self.body.map(|b| b.text).unwrap_or_default();
        Ok(ContactInfoRequest::from_body(Body::from_checked(body)))
    }
}

deserialize_checked!(ContactInfoRequest, ContactInfoJson);
