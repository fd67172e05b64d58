//! `OutgoingMessage`: the whole request body `POSTed` to `/messages`.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Interactive;
use crate::rendered::{JsonWriter, push_string, render, render_len};

/// The request body of `POST /{version}/{phone-number-id}/messages` for an
/// interactive message.
///
/// ```
/// use wa_interactive::{LocationRequest, OutgoingMessage};
///
/// let ask = LocationRequest::new("Where are you?")?;
/// let msg = OutgoingMessage::new("15551234567", ask).reply_to("wamid.HBgL");
/// let json = serde_json::to_value(&msg).unwrap();
/// assert_eq!(json["to"], "15551234567");
/// assert_eq!(json["context"]["message_id"], "wamid.HBgL");
/// assert_eq!(json["interactive"]["type"], "location_request_message");
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct OutgoingMessage {
    to: Cow<'static, str>,
    reply_to: Option<Cow<'static, str>>,
    interactive: Interactive,
}

impl OutgoingMessage {
    /// A message to the WhatsApp id or phone number `to`.
    pub fn new(to: impl Into<Cow<'static, str>>, message: impl Into<Interactive>) -> Self {
        OutgoingMessage {
            to: to.into(),
            reply_to: None,
            interactive: message.into(),
        }
    }

    /// Sends the message as a reply to the message with this id (`wamid.…`),
    /// which WhatsApp shows quoted above it.
    #[must_use]
    pub fn reply_to(mut self, message_id: impl Into<Cow<'static, str>>) -> Self {
        self.reply_to = Some(message_id.into());
        self
    }

    /// The recipient.
    pub fn to(&self) -> &str {
        &self.to
    }

    /// The id of the message this one replies to.
    pub fn reply_to_id(&self) -> Option<&str> {
        self.reply_to.as_deref()
    }

    /// The interactive message.
    pub fn interactive(&self) -> &Interactive {
        &self.interactive
    }

    /// The request body as JSON text: the same bytes `serde_json::to_vec`
    /// writes, in one allocation. A literal message's pre-rendered JSON is
    /// copied in whole.
    ///
    /// ```
    /// use wa_interactive::{OutgoingMessage, location_request};
    ///
    /// let msg = OutgoingMessage::new("15551234567", location_request! { body: "Where to?" });
    /// assert_eq!(msg.to_json(), serde_json::to_string(&msg).unwrap());
    /// ```
    pub fn to_json(&self) -> String {
        if self.interactive.is_rendered() {
            // The body is copied: the envelope is measured and written into
            // a string of exactly its size.
            let mut out = String::with_capacity(render_len(|w| self.write(w)));
            self.push_head(&mut out);
            self.interactive.push_json(&mut out);
            out.push('}');
            out
        } else {
            render(|w| self.write(w))
        }
    }

    const HEAD: &str = r#"{"messaging_product":"whatsapp","recipient_type":"individual","to":"#;
    const TYPE: &str = r#","type":"interactive""#;
    const CONTEXT: &str = r#","context":{"message_id":"#;
    const INTERACTIVE: &str = r#","interactive":"#;

    /// Appends everything before the `interactive` object's JSON.
    fn push_head(&self, out: &mut String) {
        out.push_str(Self::HEAD);
        push_string(out, &self.to);
        out.push_str(Self::TYPE);
        if let Some(id) = &self.reply_to {
            out.push_str(Self::CONTEXT);
            push_string(out, id);
            out.push('}');
        }
        out.push_str(Self::INTERACTIVE);
    }

    /// Writes the whole request body.
    fn write(&self, w: &mut JsonWriter<'_>) {
        w.raw(Self::HEAD.as_bytes());
        w.string(&self.to);
        w.raw(Self::TYPE.as_bytes());
        if let Some(id) = &self.reply_to {
            w.raw(Self::CONTEXT.as_bytes());
            w.string(id);
            w.raw(b"}");
        }
        w.raw(Self::INTERACTIVE.as_bytes());
        self.interactive.write(w);
        w.raw(b"}");
    }
}

struct Context<'a>(&'a str);

impl Serialize for Context<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Context", 1)?;
        s.serialize_field("message_id", self.0)?;
        s.end()
    }
}

impl Serialize for OutgoingMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let len = 5 + usize::from(self.reply_to.is_some());
        let mut s = serializer.serialize_struct("OutgoingMessage", len)?;
        s.serialize_field("messaging_product", "whatsapp")?;
        s.serialize_field("recipient_type", "individual")?;
        s.serialize_field("to", &self.to)?;
        s.serialize_field("type", "interactive")?;
        if let Some(id) = &self.reply_to {
            s.serialize_field("context", &Context(id))?;
        }
        s.serialize_field("interactive", &self.interactive)?;
        s.end()
    }
}

#[derive(Deserialize)]
enum Whatsapp {
    #[serde(rename = "whatsapp")]
    Whatsapp,
}

#[derive(Deserialize)]
enum Individual {
    #[serde(rename = "individual")]
    Individual,
}

#[derive(Deserialize)]
enum InteractiveTag {
    #[serde(rename = "interactive")]
    Interactive,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextJson {
    message_id: Cow<'static, str>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutgoingJson {
    #[serde(rename = "messaging_product")]
    _product: Whatsapp,
    #[serde(rename = "recipient_type")]
    _recipient_type: Option<Individual>,
    to: Cow<'static, str>,
    #[serde(rename = "type")]
    _kind: InteractiveTag,
    context: Option<ContextJson>,
    interactive: Interactive,
}

impl<'de> Deserialize<'de> for OutgoingMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let json = OutgoingJson::deserialize(deserializer)?;
        Ok(OutgoingMessage {
            to: json.to,
            reply_to: json.context.map(|c| c.message_id),
            interactive: json.interactive,
        })
    }
}
