//! Text messages (`"type": "text"`): a body of up to 4096 characters, and
//! whether WhatsApp shows a preview of the first URL in it.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{CowStr, deserialize_checked, opt};
use crate::error::{ValidationError, checked};
use crate::read::from_json;
use crate::rendered::{JsonWriter, Rendered};
use crate::text::TextBody;

/// A text message (`"type": "text"`).
///
/// Made by [`text_message!`](crate::text_message) (checked at compile
/// time), by [`TextMessage::new`], or by `Deserialize` (of the `text`
/// object); each checks the body: 1 to 4096 characters.
///
/// ```
/// use wa_interactive::{OutgoingMessage, TextMessage};
///
/// let booked = TextMessage::new(format!("Booked for Monday {}", "13:30"))?;
/// let body = OutgoingMessage::new("15551234567", booked).to_json();
/// assert!(body.ends_with(r#""type":"text","text":{"body":"Booked for Monday 13:30"}}"#));
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct TextMessage {
    pub(crate) body: TextBody,
    pub(crate) preview_url: Option<bool>,
    pub(crate) rendered: Rendered,
}

impl TextMessage {
    /// A text message with this body, checked: 1 to 4096 characters.
    pub fn new(body: impl Into<String>) -> Result<Self, ValidationError> {
        TextJson {
            body: Some(Cow::Owned(body.into())),
            preview_url: None,
        }
        .into_message()
    }

    /// A text message with a checked body.
    pub fn from_body(body: TextBody) -> Self {
        TextMessage {
            body,
            preview_url: None,
            rendered: Rendered::NONE,
        }
    }

    /// The message with `preview_url` set: whether WhatsApp shows a preview
    /// of the first URL in the body (it does not unless asked).
    #[must_use]
    pub fn with_preview_url(mut self, preview: bool) -> Self {
        self.preview_url = Some(preview);
        self.rendered = Rendered::NONE;
        self
    }

    /// The text.
    pub fn body(&self) -> &TextBody {
        &self.body
    }

    /// `preview_url`, when given.
    pub fn preview_url(&self) -> Option<bool> {
        self.preview_url
    }

    crate::common::head_getters!(json text_json, "text");

    fn write(&self, w: &mut JsonWriter<'_>) {
        w.raw("{");
        w.key(true, "body");
        w.string(self.body.as_str());
        if let Some(preview) = self.preview_url {
            w.key(false, "preview_url");
            w.raw(if preview { "true" } else { "false" });
        }
        w.raw("}");
    }
}

impl Serialize for TextMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = 1 + usize::from(self.preview_url.is_some());
        let mut s = serializer.serialize_struct("TextMessage", fields)?;
        s.serialize_field("body", &self.body)?;
        if let Some(preview) = self.preview_url {
            s.serialize_field("preview_url", &preview)?;
        }
        s.end()
    }
}

/// The unchecked `text` object that `new` and `Deserialize` read.
#[derive(Clone, Debug, Default, PartialEq)]
struct TextJson {
    body: Option<CowStr>,
    preview_url: Option<bool>,
}

from_json!(TextJson { body, preview_url });

impl TextJson {
    fn into_message(self) -> Result<TextMessage, ValidationError> {
        checked(
            shape::TextMessage {
                body: opt(self.body.as_ref()),
            }
            .check(),
        )?;
        Ok(TextMessage {
            body: TextBody::from_checked(self.body.unwrap_or_default()),
            preview_url: self.preview_url,
            rendered: Rendered::NONE,
        })
    }
}

deserialize_checked!(TextMessage, TextJson);
