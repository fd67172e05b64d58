//! `OutgoingMessage`: the whole request body `POSTed` to `/messages`.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::read::{At, FormError, FromJson, Json, Object, from_json, read, unknown_variant};
use crate::rendered::JsonWriter;
use crate::{Interactive, Message};

/// Who a message goes to: a phone number (sent as `"to"`) or a
/// business-scoped user id, BSUID (sent as `"recipient"`), for a user who
/// hides their number behind a username.
///
/// A string converts by its form: a BSUID is two capital letters, a dot, an
/// optional `ENT.` (a parent BSUID) and then letters and digits
/// (`US.13491208655302741918`); a phone number never has letters, so every
/// other string is a phone number. [`Recipient::phone`] and
/// [`Recipient::user_id`] say which explicitly.
///
/// ```
/// use wa_interactive::Recipient;
///
/// assert_eq!(Recipient::from("US.13491208655302741918"), Recipient::user_id("US.13491208655302741918"));
/// assert_eq!(Recipient::from("US.ENT.11815799212886844830").is_user_id(), true);
/// assert_eq!(Recipient::from("+1 (555) 123-4567"), Recipient::phone("+1 (555) 123-4567"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Recipient {
    /// A phone number or WhatsApp id: `"to"`.
    Phone(String),
    /// A business-scoped user id (BSUID): `"recipient"`.
    UserId(String),
}

impl Recipient {
    /// A phone number or WhatsApp id, whatever its form.
    pub fn phone(number: impl Into<String>) -> Self {
        Recipient::Phone(number.into())
    }

    /// A business-scoped user id (BSUID), whatever its form.
    pub fn user_id(bsuid: impl Into<String>) -> Self {
        Recipient::UserId(bsuid.into())
    }

    /// Whether `id` has a BSUID's form: two capital letters, a dot, an
    /// optional `ENT.`, then one or more ASCII letters and digits.
    pub fn is_bsuid(id: &str) -> bool {
        // The common case first: a phone number starts with a digit or `+`.
        if !id.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
            return false;
        }
        let Some((country, rest)) = id.split_once('.') else {
            return false;
        };
        let rest = rest.strip_prefix("ENT.").unwrap_or(rest);
        country.len() == 2
            && country.bytes().all(|b| b.is_ascii_uppercase())
            && !rest.is_empty()
            && rest.bytes().all(|b| b.is_ascii_alphanumeric())
    }

    /// The phone number or BSUID.
    pub fn as_str(&self) -> &str {
        match self {
            Recipient::Phone(id) | Recipient::UserId(id) => id,
        }
    }

    /// Whether this is a BSUID (sent as `"recipient"`).
    pub fn is_user_id(&self) -> bool {
        matches!(self, Recipient::UserId(_))
    }

    /// The request body's key for it: `"to"` or `"recipient"`.
    fn key(&self) -> &'static str {
        match self {
            Recipient::Phone(_) => "to",
            Recipient::UserId(_) => "recipient",
        }
    }
}

impl From<String> for Recipient {
    fn from(id: String) -> Self {
        if Recipient::is_bsuid(&id) {
            Recipient::UserId(id)
        } else {
            Recipient::Phone(id)
        }
    }
}

impl From<&str> for Recipient {
    fn from(id: &str) -> Self {
        Recipient::from(id.to_owned())
    }
}

impl From<&String> for Recipient {
    fn from(id: &String) -> Self {
        Recipient::from(id.as_str())
    }
}

impl From<Cow<'_, str>> for Recipient {
    fn from(id: Cow<'_, str>) -> Self {
        Recipient::from(id.into_owned())
    }
}

impl From<&Recipient> for Recipient {
    fn from(recipient: &Recipient) -> Self {
        recipient.clone()
    }
}

/// The request body of `POST /{version}/{phone-number-id}/messages`: a
/// [`Message`] (an interactive message of any kind, a text, …) to a
/// recipient, perhaps quoting a message.
///
/// ```
/// use wa_interactive::{LocationRequest, OutgoingMessage};
///
/// let ask = LocationRequest::new("Where are you?")?;
/// let msg = OutgoingMessage::new("15551234567", ask.clone()).reply_to("wamid.HBgL");
/// let json = serde_json::to_value(&msg).unwrap();
/// assert_eq!(json["to"], "15551234567");
/// assert_eq!(json["context"]["message_id"], "wamid.HBgL");
/// assert_eq!(json["interactive"]["type"], "location_request_message");
///
/// // A user known only by a BSUID is addressed with "recipient".
/// let bsuid = String::from("US.13491208655302741918");
/// let json = serde_json::to_value(OutgoingMessage::new(&bsuid, ask)).unwrap();
/// assert_eq!((json.get("to"), &json["recipient"]), (None, &bsuid.into()));
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct OutgoingMessage {
    recipient: Recipient,
    reply_to: Option<String>,
    message: Message,
}

impl OutgoingMessage {
    /// A message to `recipient`: a [`Recipient`], or a string (a BSUID by
    /// its form, else a phone number; see [`Recipient`]).
    pub fn new(recipient: impl Into<Recipient>, message: impl Into<Message>) -> Self {
        OutgoingMessage {
            recipient: recipient.into(),
            reply_to: None,
            message: message.into(),
        }
    }

    /// An answer to an inbound message: to its sender (the phone number when
    /// the message has one, else the BSUID), quoting it.
    ///
    /// ```
    /// use wa_interactive::{OutgoingMessage, location_request, webhook};
    ///
    /// let body = br#"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",
    ///   "value":{"messages":[{"from_user_id":"US.13491208655302741918","id":"wamid.IN","timestamp":"1749416383",
    ///   "type":"text","text":{"body":"Where do you deliver?"}}]}}]}]}"#;
    /// let note = webhook::parse(body)?;
    /// let m = note.messages().next().unwrap();
    /// let answer = OutgoingMessage::reply(m, location_request! { body: "Share your location" });
    /// let json = serde_json::to_value(&answer).unwrap();
    /// assert_eq!(json["recipient"], "US.13491208655302741918");
    /// assert_eq!(json["context"]["message_id"], "wamid.IN");
    /// # Ok::<(), webhook::Error>(())
    /// ```
    #[cfg(feature = "webhook")]
    pub fn reply(inbound: &crate::webhook::Message<'_>, message: impl Into<Message>) -> Self {
        let recipient = match (&inbound.from, &inbound.from_user_id) {
            (Some(phone), _) => Recipient::phone(phone.as_str()),
            (None, Some(bsuid)) => Recipient::user_id(bsuid.as_str()),
            (None, None) => Recipient::phone(""),
        };
        OutgoingMessage::new(recipient, message).reply_to(inbound.id.as_str())
    }

    /// Sends the message as a reply to the message with this id (`wamid.…`),
    /// which WhatsApp shows quoted above it.
    #[must_use]
    pub fn reply_to(mut self, message_id: impl Into<String>) -> Self {
        self.reply_to = Some(message_id.into());
        self
    }

    /// The recipient.
    pub fn recipient(&self) -> &Recipient {
        &self.recipient
    }

    /// The recipient's phone number, when it is addressed by one.
    pub fn to(&self) -> Option<&str> {
        match &self.recipient {
            Recipient::Phone(phone) => Some(phone),
            Recipient::UserId(_) => None,
        }
    }

    /// The id of the message this one replies to.
    pub fn reply_to_id(&self) -> Option<&str> {
        self.reply_to.as_deref()
    }

    /// The message.
    pub fn message(&self) -> &Message {
        &self.message
    }

    /// The interactive message, when the message is one.
    pub fn interactive(&self) -> Option<&Interactive> {
        self.message.interactive()
    }

    /// The request body as JSON text: the same bytes `serde_json::to_vec`
    /// writes, in one pass into one string. A literal message's JSON,
    /// written by the macro, is copied in whole.
    ///
    /// ```
    /// use wa_interactive::{OutgoingMessage, location_request};
    ///
    /// let msg = OutgoingMessage::new("15551234567", location_request! { body: "Where to?" });
    /// assert_eq!(msg.to_json(), serde_json::to_string(&msg).unwrap());
    /// ```
    pub fn to_json(&self) -> String {
        let head = match self.recipient {
            Recipient::Phone(_) => Self::HEAD_TO,
            Recipient::UserId(_) => Self::HEAD_RECIPIENT,
        };
        let kind = self.message.kind();
        // Exact unless a text needs escaping; a message without carried
        // JSON grows the string as it is written.
        let payload = self.message.carried_json().map_or(512, str::len);
        let context = self
            .reply_to
            .as_ref()
            .map_or(0, |id| Self::CONTEXT.len() + id.len() + 3);
        let capacity = head.len()
            + self.recipient.as_str().len()
            + 2
            + Self::TYPE.len()
            + 2 * kind.len()
            + 6
            + context
            + payload
            + 1;
        let mut out = String::with_capacity(capacity);
        let w = &mut JsonWriter::new(&mut out);
        w.raw(head);
        w.string(self.recipient.as_str());
        w.raw(Self::TYPE);
        w.string(kind);
        if let Some(id) = &self.reply_to {
            w.raw(Self::CONTEXT);
            w.string(id);
            w.raw("}");
        }
        w.key(false, kind);
        self.message.write(w);
        w.raw("}");
        out
    }

    /// The envelope up to the recipient's value, for each way to address one.
    const HEAD_TO: &str = r#"{"messaging_product":"whatsapp","recipient_type":"individual","to":"#;
    const HEAD_RECIPIENT: &str =
        r#"{"messaging_product":"whatsapp","recipient_type":"individual","recipient":"#;
    const TYPE: &str = r#","type":"#;
    const CONTEXT: &str = r#","context":{"message_id":"#;
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
        let fields = 5 + usize::from(self.reply_to.is_some());
        let mut s = serializer.serialize_struct("OutgoingMessage", fields)?;
        s.serialize_field("messaging_product", "whatsapp")?;
        s.serialize_field("recipient_type", "individual")?;
        s.serialize_field(self.recipient.key(), self.recipient.as_str())?;
        s.serialize_field("type", self.message.kind())?;
        if let Some(id) = &self.reply_to {
            s.serialize_field("context", &Context(id))?;
        }
        s.serialize_field(self.message.kind(), &self.message)?;
        s.end()
    }
}

#[derive(Debug)]
struct ContextJson {
    message_id: String,
}

from_json!(ContextJson { message_id });

impl FromJson for OutgoingMessage {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        let mut keys = vec![
            "messaging_product",
            "recipient_type",
            "to",
            "recipient",
            "type",
            "context",
        ];
        keys.extend_from_slice(Message::KINDS);
        let mut object = Object::new(json, at, &keys)?;
        object.tag("messaging_product", "whatsapp", true)?;
        object.tag("recipient_type", "individual", false)?;
        let kind: String = object.take("type")?;
        let Some(&kind) = Message::KINDS.iter().find(|k| **k == kind) else {
            return Err(unknown_variant(At::Key(&at, "type"), &kind, Message::KINDS));
        };
        let to: Option<String> = object.take("to")?;
        let bsuid: Option<String> = object.take("recipient")?;
        let context: Option<ContextJson> = object.take("context")?;
        let payload: Json = object.take(kind)?;
        // The object of another type beside it: the request is ambiguous.
        for &other in Message::KINDS {
            if other != kind {
                let given: Option<Json> = object.take(other)?;
                if given.is_some() {
                    return Err(FormError::new(
                        At::Key(&at, other),
                        format_args!("`{other}` is given, but `type` is `{kind}`"),
                    ));
                }
            }
        }
        let message = Message::read(kind, payload, At::Key(&at, kind))
            .unwrap_or_else(|| Err(unknown_variant(At::Key(&at, "type"), kind, Message::KINDS)))?;
        // As the API reads it: `to` wins when both are present.
        let recipient = match (to, bsuid) {
            (Some(to), _) => Recipient::Phone(to),
            (None, Some(bsuid)) => Recipient::UserId(bsuid),
            (None, None) => return Err(FormError::new(at, "missing field `to`")),
        };
        Ok(OutgoingMessage {
            recipient,
            reply_to: context.map(|c| c.message_id),
            message,
        })
    }
}

impl<'de> Deserialize<'de> for OutgoingMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        read(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LocationRequest;

    fn ask() -> LocationRequest {
        LocationRequest::new("Where are you?").unwrap()
    }

    #[test]
    fn a_string_is_a_bsuid_by_its_form_only() {
        for bsuid in [
            "US.13491208655302741918",
            "US.ENT.11815799212886844830",
            "BR.a1",
            "IN.ENT",
        ] {
            assert!(Recipient::from(bsuid).is_user_id(), "{bsuid}");
        }
        for phone in [
            "15551234567",
            "+1 (555) 123-4567",
            "us.1349",
            "USA.1349",
            "U.1349",
            "US.",
            "US.ENT.",
            "US.13-49",
            "US.1349 ",
            "US.ENT.ENT.1",
            "ÜS.1",
            "",
        ] {
            assert_eq!(Recipient::from(phone), Recipient::phone(phone), "{phone}");
        }
    }

    #[test]
    fn any_string_of_any_lifetime_converts() {
        let owned = String::from("US.1");
        let borrowed: &str = &owned[..];
        let cow: Cow<'_, str> = Cow::Borrowed(borrowed);
        for recipient in [
            Recipient::from(borrowed),
            Recipient::from(&owned),
            Recipient::from(cow),
            Recipient::from(owned.clone()),
        ] {
            assert_eq!(recipient, Recipient::user_id("US.1"));
        }
        let msg = OutgoingMessage::new(borrowed, ask()).reply_to(borrowed);
        drop(owned);
        assert_eq!(msg.reply_to_id(), Some("US.1"));
        assert_eq!(msg.to(), None);
        assert_eq!(msg.recipient().as_str(), "US.1");
    }

    #[test]
    fn serialize_writes_the_same_fields_as_to_json() {
        for recipient in [
            Recipient::phone("US.1"),
            Recipient::user_id("US.1"),
            "1\"5".into(),
        ] {
            for reply in [None, Some("wamid.\u{1}é")] {
                let mut msg = OutgoingMessage::new(recipient.clone(), ask());
                if let Some(id) = reply {
                    msg = msg.reply_to(id);
                }
                let value = serde_json::to_value(&msg).unwrap();
                let json: serde_json::Value = serde_json::from_str(&msg.to_json()).unwrap();
                assert_eq!(value, json);
                assert_eq!(msg.to_json(), serde_json::to_string(&msg).unwrap());
                let key = if recipient.is_user_id() {
                    "recipient"
                } else {
                    "to"
                };
                assert_eq!(value[key], recipient.as_str());
                assert_eq!(
                    value.as_object().unwrap().len(),
                    5 + usize::from(reply.is_some())
                );
                let back: OutgoingMessage = serde_json::from_value(value).unwrap();
                assert_eq!(back, msg);
            }
        }
    }

    #[test]
    fn to_wins_over_recipient_and_one_of_them_is_required() {
        let mut value = serde_json::to_value(OutgoingMessage::new("15551234567", ask())).unwrap();
        value["recipient"] = "US.1".into();
        let msg: OutgoingMessage = serde_json::from_value(value.clone()).unwrap();
        assert_eq!(msg.recipient(), &Recipient::phone("15551234567"));
        let object = value.as_object_mut().unwrap();
        object.remove("to");
        object.remove("recipient");
        let err = serde_json::from_value::<OutgoingMessage>(value).unwrap_err();
        assert!(err.to_string().contains("missing field `to`"), "{err}");
    }

    #[test]
    fn errors_inside_the_interactive_object_name_their_whole_path() {
        let mut value = serde_json::to_value(OutgoingMessage::new("15551234567", ask())).unwrap();
        value["interactive"]["body"]["text"] = "".into();
        let err = serde_json::from_value::<OutgoingMessage>(value.clone()).unwrap_err();
        assert!(
            err.to_string().starts_with("interactive.body.text: "),
            "{err}"
        );
        value["interactive"]["body"] = serde_json::json!({"txt": "Where?"});
        let err = serde_json::from_value::<OutgoingMessage>(value).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "interactive.body: unknown field `txt`, expected one of `type`, `text`"
            ),
            "{err}"
        );
    }

    #[test]
    fn a_request_holds_the_object_its_type_names_and_no_other() {
        let text = r#"{"messaging_product":"whatsapp","to":"1","type":"text","text":{"body":"x"}}"#;
        let read: OutgoingMessage = serde_json::from_str(text).unwrap();
        assert_eq!(read.message().kind(), "text");
        assert_eq!(
            read.to_json(),
            text.replace(r#""to""#, r#""recipient_type":"individual","to""#)
        );
        for (body, error) in [
            (
                r#"{"messaging_product":"whatsapp","to":"1","type":"text","text":{"body":"x"},"interactive":"x"}"#,
                "interactive: `interactive` is given, but `type` is `text`",
            ),
            (
                r#"{"messaging_product":"whatsapp","to":"1","type":"interactive","text":42,
                   "interactive":{"type":"location_request_message","body":{"text":"Where?"},"action":{"name":"send_location"}}}"#,
                "text: `text` is given, but `type` is `interactive`",
            ),
            (
                r#"{"messaging_product":"whatsapp","to":"1","type":"image"}"#,
                "type: unknown variant `image`",
            ),
        ] {
            let err = serde_json::from_str::<OutgoingMessage>(body).unwrap_err();
            assert!(err.to_string().starts_with(error), "{err}");
        }
    }
}
