//! The notification types and `parse`.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::{RawJson, Str};

/// Why a body is not a WhatsApp notification.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The body is not JSON, or not of a notification's shape.
    Malformed(serde_json::Error),
    /// The body is JSON for another product: `object` is not `whatsapp_business_account`.
    NotWhatsApp {
        /// The `object` it names.
        object: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Malformed(e) => write!(f, "not a WhatsApp notification: {e}"),
            Error::NotWhatsApp { object } => write!(
                f,
                "not a WhatsApp notification: `object` is {object:?}, not \"whatsapp_business_account\""
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Malformed(e) => Some(e),
            Error::NotWhatsApp { .. } => None,
        }
    }
}

/// A notification: what one webhook POST carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Notification<'a> {
    /// One entry per WhatsApp Business Account.
    pub entries: Vec<Entry<'a>>,
}

/// The changes for one WhatsApp Business Account.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'a> {
    /// The account's id.
    pub id: Str<'a>,
    /// The changes.
    pub changes: Vec<Change<'a>>,
}

/// One change: messages received and statuses of messages sent, for one
/// business phone number.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<'a> {
    /// What changed (`"messages"` for messages and statuses).
    pub field: Str<'a>,
    /// The business phone number the change is about.
    pub metadata: Option<Metadata<'a>>,
    /// The users who wrote.
    pub contacts: Vec<Contact<'a>>,
    /// Messages received.
    pub messages: Vec<Message<'a>>,
    /// Statuses of messages sent.
    pub statuses: Vec<Status<'a>>,
    /// Errors about the change itself.
    pub errors: Vec<ErrorInfo<'a>>,
}

/// The business phone number a change is about.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Metadata<'a> {
    /// The number as displayed.
    #[serde(borrow)]
    pub display_phone_number: Str<'a>,
    /// The id used in API calls (`/{phone-number-id}/messages`).
    #[serde(borrow)]
    pub phone_number_id: Str<'a>,
}

/// A user who wrote.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Contact<'a> {
    /// The user's profile.
    #[serde(borrow)]
    pub profile: Option<Profile<'a>>,
    /// The user's WhatsApp id.
    #[serde(borrow)]
    pub wa_id: Str<'a>,
}

/// A user's profile.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Profile<'a> {
    /// The user's name.
    #[serde(borrow)]
    pub name: Option<Str<'a>>,
}

/// A message a user sent.
#[derive(Clone, Debug, PartialEq)]
pub struct Message<'a> {
    /// The sender's WhatsApp id.
    pub from: Str<'a>,
    /// The message id (`wamid.…`).
    pub id: Str<'a>,
    /// When it was sent: seconds since the epoch, as text.
    pub timestamp: Str<'a>,
    /// On replies: the message answered.
    pub context: Option<Context<'a>>,
    /// What the message holds.
    pub content: Content<'a>,
    /// Errors, as on messages of a type WhatsApp does not support.
    pub errors: Vec<ErrorInfo<'a>>,
    /// Every other key of the message object, with its JSON as received.
    pub extra: Vec<(Str<'a>, RawJson<'a>)>,
}

impl Message<'_> {
    /// The timestamp in seconds since the epoch, if it is a number.
    pub fn timestamp_secs(&self) -> Option<u64> {
        self.timestamp.parse().ok()
    }
}

/// The message a reply answers.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Context<'a> {
    /// The id of the message answered (`wamid.…`), as the send returned it.
    #[serde(borrow)]
    pub id: Str<'a>,
    /// The business number that sent the message answered.
    #[serde(borrow)]
    pub from: Option<Str<'a>>,
    /// Whether the message was forwarded.
    #[serde(default)]
    pub forwarded: bool,
    /// Whether the message was forwarded many times.
    #[serde(default)]
    pub frequently_forwarded: bool,
}

/// What a message holds.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Content<'a> {
    /// A reply to an interactive message.
    Interactive(Reply<'a>),
    /// A shared location (the answer to a location request, or sent unasked).
    Location(Location<'a>),
    /// A text message.
    Text {
        /// The text.
        body: Str<'a>,
    },
    /// A tap on a template's quick-reply button (not an interactive reply).
    Button {
        /// The button's payload.
        payload: Option<Str<'a>>,
        /// The button's text.
        text: Option<Str<'a>>,
    },
    /// A type this version does not parse (image, reaction, …): its name
    /// and the JSON under that name, as received (`None` when the message
    /// has no such key, as an `unsupported` message).
    Other {
        /// The message's `type`.
        kind: Str<'a>,
        /// The object under the key named by `kind`.
        raw: Option<RawJson<'a>>,
    },
}

/// A reply to an interactive message.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Reply<'a> {
    /// A tap on a reply button.
    ButtonReply {
        /// The button's id.
        id: Str<'a>,
        /// The button's title.
        title: Str<'a>,
    },
    /// A pick from a list message.
    ListReply {
        /// The row's id.
        id: Str<'a>,
        /// The row's title.
        title: Str<'a>,
        /// The row's description, when it had one.
        description: Option<Str<'a>>,
    },
    /// A completed flow (`nfm_reply`).
    FlowReply {
        /// `"flow"` (or `"address_message"`).
        name: Option<Str<'a>>,
        /// The text shown in the chat (`"Sent"`).
        body: Option<Str<'a>>,
        /// The flow's response: JSON text, parsed on request.
        response_json: ResponseJson<'a>,
    },
    /// An interactive type this version does not parse, or an interactive
    /// message without a type (as arrives with `errors`): the type (empty
    /// when there is none) and the JSON under that name, as received.
    Other {
        /// `interactive.type`.
        kind: Str<'a>,
        /// The object under the key named by `kind`.
        raw: Option<RawJson<'a>>,
    },
}

/// A flow's `response_json`: JSON text, parsed on request.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ResponseJson<'a>(#[serde(borrow)] pub Str<'a>);

impl ResponseJson<'_> {
    /// The JSON text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Parses the response into `T` (a `serde_json::Value`, or a type of
    /// your flow's fields).
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(&self.0)
    }
}

impl PartialEq<&str> for ResponseJson<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// A shared location.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Location<'a> {
    /// Latitude in degrees.
    pub latitude: f64,
    /// Longitude in degrees.
    pub longitude: f64,
    /// The place's name, when the user picked a place.
    #[serde(borrow)]
    pub name: Option<Str<'a>>,
    /// The place's address, when the user picked a place.
    #[serde(borrow)]
    pub address: Option<Str<'a>>,
    /// The place's URL.
    #[serde(borrow)]
    pub url: Option<Str<'a>>,
}

/// The status of a message you sent.
#[derive(Clone, Debug, PartialEq)]
pub struct Status<'a> {
    /// The id of the message (`wamid.…`), as the send returned it.
    pub id: Str<'a>,
    /// The recipient's WhatsApp id.
    pub recipient_id: Str<'a>,
    /// Sent, delivered, read, failed, …
    pub status: StatusKind<'a>,
    /// When: seconds since the epoch, as text.
    pub timestamp: Str<'a>,
    /// Why it failed, on `Failed`.
    pub errors: Vec<ErrorInfo<'a>>,
    /// The `biz_opaque_callback_data` sent with the message.
    pub biz_opaque_callback_data: Option<Str<'a>>,
    /// Every other key of the status object (`conversation`, `pricing`, …),
    /// with its JSON as received.
    pub extra: Vec<(Str<'a>, RawJson<'a>)>,
}

/// What happened to a message you sent.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum StatusKind<'a> {
    /// `sent`
    Sent,
    /// `delivered`
    Delivered,
    /// `read`
    Read,
    /// `played` (a voice message)
    Played,
    /// `failed`: see the status's `errors`.
    Failed,
    /// A status this version does not know, by name.
    Other(Str<'a>),
}

impl<'a> From<Str<'a>> for StatusKind<'a> {
    fn from(name: Str<'a>) -> Self {
        match name.as_str() {
            "sent" => StatusKind::Sent,
            "delivered" => StatusKind::Delivered,
            "read" => StatusKind::Read,
            "played" => StatusKind::Played,
            "failed" => StatusKind::Failed,
            _ => StatusKind::Other(name),
        }
    }
}

/// An error in a notification (a failed status, an unsupported message).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ErrorInfo<'a> {
    /// The error code (131047: more than 24 hours since the user last wrote, …).
    pub code: i64,
    /// The error's title.
    #[serde(borrow)]
    pub title: Option<Str<'a>>,
    /// The error's message.
    #[serde(borrow)]
    pub message: Option<Str<'a>>,
    /// More about the error.
    #[serde(borrow)]
    pub error_data: Option<ErrorData<'a>>,
    /// A link to the error's documentation.
    #[serde(borrow)]
    pub href: Option<Str<'a>>,
}

/// More about an error.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ErrorData<'a> {
    /// What went wrong, in words.
    #[serde(borrow)]
    pub details: Option<Str<'a>>,
}

impl<'a> Notification<'a> {
    /// Every message of every entry and change.
    pub fn messages(&self) -> impl Iterator<Item = &Message<'a>> {
        self.changes().flat_map(|c| c.messages.iter())
    }

    /// Every status of every entry and change.
    pub fn statuses(&self) -> impl Iterator<Item = &Status<'a>> {
        self.changes().flat_map(|c| c.statuses.iter())
    }

    /// Every contact of every entry and change.
    pub fn contacts(&self) -> impl Iterator<Item = &Contact<'a>> {
        self.changes().flat_map(|c| c.contacts.iter())
    }

    /// Every change of every entry.
    pub fn changes(&self) -> impl Iterator<Item = &Change<'a>> {
        self.entries.iter().flat_map(|e| e.changes.iter())
    }
}

// ---- the wire form ----
//
// Messages, interactive objects and statuses are read in one pass by
// visitors that type the keys they know and keep every other key's JSON
// as received, borrowed from the body.

#[derive(Deserialize)]
struct NotificationJson<'a> {
    #[serde(borrow)]
    object: Str<'a>,
    #[serde(borrow)]
    entry: Vec<EntryJson<'a>>,
}

#[derive(Deserialize)]
struct EntryJson<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow, default)]
    changes: Vec<ChangeJson<'a>>,
}

#[derive(Deserialize)]
struct ChangeJson<'a> {
    #[serde(borrow)]
    field: Str<'a>,
    #[serde(borrow)]
    value: ValueJson<'a>,
}

#[derive(Deserialize)]
struct ValueJson<'a> {
    #[serde(borrow)]
    metadata: Option<Metadata<'a>>,
    #[serde(borrow, default)]
    contacts: Vec<Contact<'a>>,
    #[serde(borrow, default)]
    messages: Vec<Message<'a>>,
    #[serde(borrow, default)]
    statuses: Vec<Status<'a>>,
    #[serde(borrow, default)]
    errors: Vec<ErrorInfo<'a>>,
}

#[derive(Deserialize)]
struct TextJson<'a> {
    #[serde(borrow)]
    body: Str<'a>,
}

#[derive(Deserialize)]
struct ButtonJson<'a> {
    #[serde(borrow)]
    payload: Option<Str<'a>>,
    #[serde(borrow)]
    text: Option<Str<'a>>,
}

#[derive(Deserialize)]
struct IdTitleJson<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow)]
    title: Str<'a>,
    #[serde(borrow)]
    description: Option<Str<'a>>,
}

#[derive(Deserialize)]
struct NfmJson<'a> {
    #[serde(borrow)]
    name: Option<Str<'a>>,
    #[serde(borrow)]
    body: Option<Str<'a>>,
    #[serde(borrow)]
    response_json: ResponseJson<'a>,
}

type Extra<'a> = Vec<(Str<'a>, RawJson<'a>)>;

/// Reads an object key by key: `known` reads the value of a key it knows
/// and answers `true`; every other value is kept as raw JSON.
fn read_object<'de, A: MapAccess<'de>>(
    map: &mut A,
    mut known: impl FnMut(&str, &mut A) -> Result<bool, A::Error>,
) -> Result<Extra<'de>, A::Error> {
    let mut extra = Vec::new();
    while let Some(key) = map.next_key::<Str<'de>>()? {
        if !known(&key, map)? {
            extra.push((key, RawJson(map.next_value::<&'de RawValue>()?)));
        }
    }
    Ok(extra)
}

/// The JSON under `key`, taken out of `extra`.
fn take<'a>(extra: &mut Extra<'a>, key: &str) -> Option<RawJson<'a>> {
    let i = extra.iter().position(|(k, _)| *k == key)?;
    Some(extra.remove(i).1)
}

macro_rules! object_visitor {
    ($ty:ident, $expecting:literal, |$map:ident| $body:block) => {
        impl<'de: 'a, 'a> Deserialize<'de> for $ty<'a> {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $ty<'de>;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_map<A: MapAccess<'de>>(self, mut $map: A) -> Result<$ty<'de>, A::Error> $body
                }
                deserializer.deserialize_map(V)
            }
        }
    };
}

object_visitor!(Message, "a message object", |map| {
    let (mut from, mut id, mut timestamp, mut kind, mut context) = (None, None, None, None, None);
    let (mut text, mut interactive, mut location, mut button) = (None, None, None, None);
    let mut errors = Vec::new();
    let mut extra = read_object(&mut map, |key, map| {
        match key {
            "from" => from = Some(map.next_value()?),
            "id" => id = Some(map.next_value()?),
            "timestamp" => timestamp = Some(map.next_value()?),
            "type" => kind = Some(map.next_value::<Str<'de>>()?),
            "context" => context = map.next_value()?,
            "text" if kind.as_ref().is_none_or(|k| k == "text") => {
                text = Some(map.next_value::<TextJson<'de>>()?);
            }
            "interactive" => interactive = Some(map.next_value::<Reply<'de>>()?),
            "location" if kind.as_ref().is_none_or(|k| k == "location") => {
                location = Some(map.next_value::<Location<'de>>()?);
            }
            "button" if kind.as_ref().is_none_or(|k| k == "button") => {
                button = Some(map.next_value::<ButtonJson<'de>>()?);
            }
            "errors" => errors = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    let kind = kind.unwrap_or_default();
    let what = match (kind.as_str(), text, interactive, location, button) {
        ("text", Some(text), ..) => Content::Text { body: text.body },
        ("interactive", _, Some(reply), ..) => Content::Interactive(reply),
        ("interactive", _, None, ..) => Content::Interactive(Reply::Other {
            kind: Str::default(),
            raw: None,
        }),
        ("location", _, _, Some(location), _) => Content::Location(location),
        ("button", .., Some(button)) => Content::Button {
            payload: button.payload,
            text: button.text,
        },
        _ => {
            let raw = take(&mut extra, &kind);
            Content::Other { kind, raw }
        }
    };
    Ok(Message {
        from: from.ok_or_else(|| de::Error::missing_field("from"))?,
        id: id.ok_or_else(|| de::Error::missing_field("id"))?,
        timestamp: timestamp.ok_or_else(|| de::Error::missing_field("timestamp"))?,
        context,
        content: what,
        errors,
        extra,
    })
});

object_visitor!(Reply, "an interactive object", |map| {
    let (mut kind, mut button, mut list, mut flow) = (None, None, None, None);
    let mut extra = read_object(&mut map, |key, map| {
        match key {
            "type" => kind = Some(map.next_value::<Str<'de>>()?),
            "button_reply" => button = Some(map.next_value::<IdTitleJson<'de>>()?),
            "list_reply" => list = Some(map.next_value::<IdTitleJson<'de>>()?),
            "nfm_reply" => flow = Some(map.next_value::<NfmJson<'de>>()?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    let kind = kind.unwrap_or_default();
    Ok(match (kind.as_str(), button, list, flow) {
        ("button_reply", Some(b), ..) => Reply::ButtonReply {
            id: b.id,
            title: b.title,
        },
        ("list_reply", _, Some(l), _) => Reply::ListReply {
            id: l.id,
            title: l.title,
            description: l.description,
        },
        ("nfm_reply", .., Some(n)) => Reply::FlowReply {
            name: n.name,
            body: n.body,
            response_json: n.response_json,
        },
        _ => {
            let raw = take(&mut extra, &kind);
            Reply::Other { kind, raw }
        }
    })
});

object_visitor!(Status, "a status object", |map| {
    let (mut id, mut recipient_id, mut status, mut timestamp, mut callback) =
        (None, None, None, None, None);
    let mut errors = Vec::new();
    let extra = read_object(&mut map, |key, map| {
        match key {
            "id" => id = Some(map.next_value()?),
            "recipient_id" => recipient_id = Some(map.next_value()?),
            "status" => status = Some(map.next_value::<Str<'de>>()?),
            "timestamp" => timestamp = Some(map.next_value()?),
            "errors" => errors = map.next_value()?,
            "biz_opaque_callback_data" => callback = map.next_value()?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Status {
        id: id.ok_or_else(|| de::Error::missing_field("id"))?,
        recipient_id: recipient_id.ok_or_else(|| de::Error::missing_field("recipient_id"))?,
        status: status
            .ok_or_else(|| de::Error::missing_field("status"))?
            .into(),
        timestamp: timestamp.ok_or_else(|| de::Error::missing_field("timestamp"))?,
        errors,
        biz_opaque_callback_data: callback,
        extra,
    })
});

/// Parses a webhook POST body.
///
/// Fails only when the body is not a WhatsApp notification: not JSON, not
/// `{"object": "whatsapp_business_account", "entry": […]}`, or with a
/// message or status that lacks its ids. Never panics.
pub fn parse(body: &[u8]) -> Result<Notification<'_>, Error> {
    // Checking the whole body at once is faster than string by string.
    let text = std::str::from_utf8(body).map_err(|e| {
        Error::Malformed(de::Error::custom(format_args!(
            "the body is not UTF-8: {e}"
        )))
    })?;
    let json: NotificationJson<'_> = serde_json::from_str(text).map_err(Error::Malformed)?;
    if json.object != "whatsapp_business_account" {
        return Err(Error::NotWhatsApp {
            object: json.object.0.into_owned(),
        });
    }
    let entries = json
        .entry
        .into_iter()
        .map(|entry| Entry {
            id: entry.id,
            changes: entry
                .changes
                .into_iter()
                .map(|change| Change {
                    field: change.field,
                    metadata: change.value.metadata,
                    contacts: change.value.contacts,
                    messages: change.value.messages,
                    statuses: change.value.statuses,
                    errors: change.value.errors,
                })
                .collect(),
        })
        .collect();
    Ok(Notification { entries })
}
