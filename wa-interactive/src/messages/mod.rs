//! The messages other than interactive ones that a bot sends, and
//! [`Message`], any message [`OutgoingMessage`](crate::OutgoingMessage)
//! carries.
//!
//! Text messages and reactions are here so far; media, locations, contacts
//! and templates follow the same shape: a checked type, a `Deserialize` that
//! checks it, and a variant of [`Message`].

pub mod reaction;
pub mod text;

use std::borrow::Cow;

use serde::{Serialize, Serializer};

use crate::Interactive;
use crate::read::{At, FormError, FromJson, Json};
use crate::rendered::JsonWriter;
pub use reaction::Reaction;
pub use text::TextMessage;

/// Any message the Cloud API's `/messages` endpoint sends to a user, as
/// [`OutgoingMessage`](crate::OutgoingMessage) carries it: the request's
/// `type` and the object under that key.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
// Interactive messages are most of what a bot sends; boxing them would cost
// an allocation on every send to save a text message some bytes.
#[allow(clippy::large_enum_variant)]
pub enum Message {
    /// An interactive message (`"type": "interactive"`), of any kind.
    Interactive(Interactive),
    /// A text message (`"type": "text"`).
    Text(TextMessage),
    /// A reaction, or its removal (`"type": "reaction"`).
    Reaction(Reaction),
}

impl Message {
    /// The request's `type`: `"interactive"`, `"text"`, …; the object is
    /// sent under the key of the same name.
    pub fn kind(&self) -> &'static str {
        match self {
            Message::Interactive(_) => "interactive",
            Message::Text(_) => "text",
            Message::Reaction(_) => "reaction",
        }
    }

    /// The interactive message, when it is one.
    pub fn interactive(&self) -> Option<&Interactive> {
        match self {
            Message::Interactive(m) => Some(m),
            Message::Text(_) | Message::Reaction(_) => None,
        }
    }

    /// The object sent under [`kind`](Self::kind), as JSON text (see
    /// [`Interactive::interactive_json`]).
    pub fn payload_json(&self) -> Cow<'static, str> {
        match self {
            Message::Interactive(m) => m.interactive_json(),
            Message::Text(m) => m.text_json(),
            Message::Reaction(m) => Cow::Owned(m.reaction_json()),
        }
    }

    /// The JSON a literal message carries, if any.
    pub(crate) fn carried_json(&self) -> Option<&'static str> {
        match self {
            Message::Interactive(m) => m.carried_json(),
            Message::Text(m) => m.rendered.0,
            Message::Reaction(_) => None,
        }
    }

    /// Writes the object sent under [`kind`](Self::kind).
    pub(crate) fn write(&self, w: &mut JsonWriter<'_>) {
        match self {
            Message::Interactive(m) => m.write(w),
            Message::Text(m) => m.write_json(w),
            Message::Reaction(m) => m.write(w),
        }
    }

    /// Reads the object under the key `kind` names; `None` for a `type`
    /// this version does not send.
    pub(crate) fn read(kind: &str, json: Json, at: At<'_>) -> Option<Result<Self, FormError>> {
        Some(match kind {
            "interactive" => Interactive::from_json(json, at).map(Message::Interactive),
            "text" => TextMessage::from_json(json, at).map(Message::Text),
            "reaction" => Reaction::from_json(json, at).map(Message::Reaction),
            _ => return None,
        })
    }

    /// The `type`s [`read`](Self::read) reads.
    pub(crate) const KINDS: &'static [&'static str] = &["interactive", "text", "reaction"];
}

/// The object under the request's `type`, as serde writes it.
impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Message::Interactive(m) => m.serialize(serializer),
            Message::Text(m) => m.serialize(serializer),
            Message::Reaction(m) => m.serialize(serializer),
        }
    }
}

impl From<Interactive> for Message {
    fn from(message: Interactive) -> Self {
        Message::Interactive(message)
    }
}

impl From<Reaction> for Message {
    fn from(message: Reaction) -> Self {
        Message::Reaction(message)
    }
}

impl From<TextMessage> for Message {
    fn from(message: TextMessage) -> Self {
        Message::Text(message)
    }
}
