//! Reactions (`"type": "reaction"`): an emoji on a message, or its removal.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::common::{CowStr, deserialize_checked, opt};
use crate::error::{ValidationError, checked};
use crate::read::from_json;
use crate::rendered::JsonWriter;
use crate::text::ReactionMessageId;

/// A reaction (`"type": "reaction"`): an emoji on a message the user sent
/// or received, or the removal of the business's reaction (an empty
/// emoji).
///
/// The message id is checked (present, no surrounding whitespace). Which
/// emoji WhatsApp takes is Meta's to check: it answers an error for a
/// text that is not one emoji, so the emoji is sent as given.
///
/// ```
/// use wa_interactive::{OutgoingMessage, Reaction};
///
/// let thumbs_up = Reaction::new("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0", "👍")?;
/// let body = OutgoingMessage::new("15551234567", thumbs_up).to_json();
/// assert!(body.ends_with(r#""type":"reaction","reaction":{"message_id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0","emoji":"👍"}}"#));
///
/// let undo = Reaction::remove("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0")?;
/// assert!(undo.is_removal());
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Reaction {
    message_id: ReactionMessageId,
    emoji: String,
}

impl Reaction {
    /// `emoji` on the message with the id `message_id` (`wamid.…`).
    pub fn new(
        message_id: impl Into<String>,
        emoji: impl Into<String>,
    ) -> Result<Self, ValidationError> {
        ReactionJson {
            message_id: Some(Cow::Owned(message_id.into())),
            emoji: Some(Cow::Owned(emoji.into())),
        }
        .into_message()
    }

    /// Takes the business's reaction on the message back (an empty emoji).
    pub fn remove(message_id: impl Into<String>) -> Result<Self, ValidationError> {
        Reaction::new(message_id, "")
    }

    /// The id of the message reacted to.
    pub fn message_id(&self) -> &ReactionMessageId {
        &self.message_id
    }

    /// The emoji; empty for a removal.
    pub fn emoji(&self) -> &str {
        &self.emoji
    }

    /// Whether this takes a reaction back.
    pub fn is_removal(&self) -> bool {
        self.emoji.is_empty()
    }

    /// The `reaction` object's JSON.
    pub fn reaction_json(&self) -> String {
        crate::rendered::render(&|w| self.write(w))
    }

    /// Writes the `reaction` object.
    pub(crate) fn write(&self, w: &mut JsonWriter<'_>) {
        w.raw("{");
        w.key(true, "message_id");
        w.string(self.message_id.as_str());
        w.field("emoji", &self.emoji);
        w.raw("}");
    }
}

impl Serialize for Reaction {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Reaction", 2)?;
        s.serialize_field("message_id", &self.message_id)?;
        s.serialize_field("emoji", &self.emoji)?;
        s.end()
    }
}

/// The unchecked `reaction` object that `new` and `Deserialize` read; an
/// absent emoji reads as a removal.
#[derive(Clone, Debug, Default, PartialEq)]
struct ReactionJson {
    message_id: Option<CowStr>,
    emoji: Option<CowStr>,
}

from_json!(ReactionJson { message_id, emoji });

impl ReactionJson {
    fn into_message(self) -> Result<Reaction, ValidationError> {
        checked(
            shape::Reaction {
                message_id: opt(self.message_id.as_ref()),
            }
            .check(),
        )?;
        Ok(Reaction {
            message_id: ReactionMessageId::from_checked(self.message_id.unwrap_or_default()),
            emoji: self.emoji.unwrap_or_default().into_owned(),
        })
    }
}

deserialize_checked!(Reaction, ReactionJson);
