//! Voice call messages: a body and a button that starts a WhatsApp call to
//! the business (`"type": "voice_call"`).

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{
    CowStr, Head, TextObjectJson, deserialize_checked, head_getters, opt, opt_text,
};
use crate::error::{ValidationError, checked};
use crate::read::{Present, from_json};
use crate::rendered::{JsonWriter, Rendered};
use crate::text::{Body, CallButtonText, CallPayload};

/// A voice call message (`"type": "voice_call"`): a body and a button
/// that calls the business on WhatsApp. The button's text (WhatsApp shows
/// "Call Now" without one), how long it stays valid (`ttl_minutes`, 1 to
/// 43200; WhatsApp's default is 7 days) and a payload sent back with the
/// call are optional. A header or footer is not taken.
///
/// ```
/// use wa_interactive::VoiceCallMessage;
///
/// let call = VoiceCallMessage::builder()
///     .body("You can call us on WhatsApp now for faster service!")
///     .display_text("Call on WhatsApp")
///     .ttl_minutes(100)
///     .build()?;
/// assert_eq!(
///     call.interactive_json(),
///     r#"{"type":"voice_call","body":{"text":"You can call us on WhatsApp now for faster service!"},"action":{"name":"voice_call","parameters":{"display_text":"Call on WhatsApp","ttl_minutes":100}}}"#
/// );
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct VoiceCallMessage {
    /// A body only.
    pub(crate) head: Head,
    pub(crate) display_text: Option<CallButtonText>,
    pub(crate) ttl_minutes: Option<u32>,
    pub(crate) payload: Option<CallPayload>,
    pub(crate) rendered: Rendered,
}

impl VoiceCallMessage {
    /// A builder for a voice call message known only at run time.
    pub fn builder() -> VoiceCallBuilder {
        VoiceCallBuilder::default()
    }

    head_getters!(none);

    /// The button's text, when given (WhatsApp shows "Call Now" otherwise).
    pub fn display_text(&self) -> Option<&CallButtonText> {
        self.display_text.as_ref()
    }

    /// How many minutes the button stays valid, when given (1 to 43200;
    /// WhatsApp's default is 10080, 7 days).
    pub fn ttl_minutes(&self) -> Option<u32> {
        self.ttl_minutes
    }

    /// The payload sent back as `cta_payload` in the `calls` webhook of a
    /// call made from the button, when given.
    pub fn payload(&self) -> Option<&CallPayload> {
        self.payload.as_ref()
    }

    /// Whether `action.parameters` is sent.
    const fn has_parameters(&self) -> bool {
        self.display_text.is_some() || self.ttl_minutes.is_some() || self.payload.is_some()
    }

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "voice_call");
        w.raw(",\"action\":{\"name\":\"voice_call\"");
        if self.has_parameters() {
            w.raw(",\"parameters\":{");
            let mut first = true;
            if let Some(text) = &self.display_text {
                w.key(first, "display_text");
                w.string(text.as_str());
                first = false;
            }
            if let Some(minutes) = self.ttl_minutes {
                w.key(first, "ttl_minutes");
                w.uint(minutes as usize);
                first = false;
            }
            if let Some(payload) = &self.payload {
                w.key(first, "payload");
                w.string(payload.as_str());
            }
            w.raw("}");
        }
        w.raw("}}");
    }
}

impl Serialize for VoiceCallMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Parameters<'a>(&'a VoiceCallMessage);
        impl Serialize for Parameters<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let m = self.0;
                let len = usize::from(m.display_text.is_some())
                    + usize::from(m.ttl_minutes.is_some())
                    + usize::from(m.payload.is_some());
                let mut s = serializer.serialize_struct("Parameters", len)?;
                if let Some(text) = &m.display_text {
                    s.serialize_field("display_text", text)?;
                }
                if let Some(minutes) = m.ttl_minutes {
                    s.serialize_field("ttl_minutes", &minutes)?;
                }
                if let Some(payload) = &m.payload {
                    s.serialize_field("payload", payload)?;
                }
                s.end()
            }
        }
        struct Action<'a>(&'a VoiceCallMessage);
        impl Serialize for Action<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let parameters = self.0.has_parameters();
                let mut s = serializer.serialize_struct("Action", 1 + usize::from(parameters))?;
                s.serialize_field("name", "voice_call")?;
                if parameters {
                    s.serialize_field("parameters", &Parameters(self.0))?;
                }
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("VoiceCallMessage", self.head.fields() + 1)?;
        self.head.serialize(&mut s, "voice_call")?;
        s.serialize_field("action", &Action(self))?;
        s.end()
    }
}

/// The JSON form; a `header` or `footer` is read so that the rules report
/// it with its path.
#[derive(Clone, Debug, Default, PartialEq)]
struct VoiceCallJson {
    header: Option<Present>,
    body: Option<TextObjectJson>,
    footer: Option<Present>,
    action: VoiceCallActionJson,
}

from_json!(VoiceCallJson { "type" = "voice_call", header, body, footer, action });

#[derive(Clone, Debug, Default, PartialEq)]
struct VoiceCallActionJson {
    parameters: Option<VoiceCallParametersJson>,
}

from_json!(VoiceCallActionJson { "name" = "voice_call", parameters });

#[derive(Clone, Debug, Default, PartialEq)]
struct VoiceCallParametersJson {
    display_text: Option<CowStr>,
    /// Signed, so that a negative number is reported by the rules.
    ttl_minutes: Option<i64>,
    payload: Option<CowStr>,
}

from_json!(VoiceCallParametersJson {
    display_text,
    ttl_minutes,
    payload
});

impl VoiceCallJson {
    fn into_message(self) -> Result<VoiceCallMessage, ValidationError> {
        let p = self.action.parameters.unwrap_or_default();
        checked(
            shape::VoiceCall {
                header: self.header.is_some(),
                body: opt_text(self.body.as_ref()),
                footer: self.footer.is_some(),
                display_text: opt(p.display_text.as_ref()),
                ttl_minutes: p.ttl_minutes,
                payload: opt(p.payload.as_ref()),
            }
            .check(),
        )?;
        Ok(VoiceCallMessage {
            head: Head::body(Body::from_checked(
                self.body.map(|b| b.text).unwrap_or_default(),
            )),
            display_text: p.display_text.map(CallButtonText::from_checked),
            // In range, so it fits.
            ttl_minutes: p.ttl_minutes.and_then(|n| u32::try_from(n).ok()),
            payload: p.payload.map(CallPayload::from_checked),
            rendered: Rendered::NONE,
        })
    }

    fn parameters(&mut self) -> &mut VoiceCallParametersJson {
        self.action.parameters.get_or_insert_with(Default::default)
    }
}

deserialize_checked!(VoiceCallMessage, VoiceCallJson);

/// Builds a [`VoiceCallMessage`] from run-time content.
///
/// ```
/// use wa_interactive::VoiceCallMessage;
///
/// let err = VoiceCallMessage::builder()
///     .body("Call us")
///     .ttl_minutes(50_000)
///     .build()
///     .unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "action.parameters.ttl_minutes: ttl_minutes is 50000; WhatsApp allows 1 to 43200 (30 days)"
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct VoiceCallBuilder {
    json: VoiceCallJson,
}

impl VoiceCallBuilder {
    /// The body text (any string: `&str`, `String`, `Cow<str>`).
    pub fn body(mut self, text: impl Into<String>) -> Self {
        self.json.body = Some(TextObjectJson::new(text));
        self
    }

    /// The button's text.
    pub fn display_text(mut self, text: impl Into<String>) -> Self {
        self.json.parameters().display_text = Some(Cow::Owned(text.into()));
        self
    }

    /// How many minutes the button stays valid (1 to 43200).
    pub fn ttl_minutes(mut self, minutes: u32) -> Self {
        self.json.parameters().ttl_minutes = Some(i64::from(minutes));
        self
    }

    /// The payload sent back with a call made from the button.
    pub fn payload(mut self, payload: impl Into<String>) -> Self {
        self.json.parameters().payload = Some(Cow::Owned(payload.into()));
        self
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<VoiceCallMessage, ValidationError> {
        self.json.into_message()
    }
}
