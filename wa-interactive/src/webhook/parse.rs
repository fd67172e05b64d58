//! The notification types and `parse`.

use std::fmt;

use serde::Deserialize;
use serde::de::DeserializeOwned;
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
    /// The message object as received.
    pub raw: RawJson<'a>,
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
    /// and the message object as received.
    Other {
        /// The message's `type`.
        kind: Str<'a>,
        /// The message object.
        raw: RawJson<'a>,
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
    /// when there is none) and the `interactive` object as received.
    Other {
        /// `interactive.type`.
        kind: Str<'a>,
        /// The `interactive` object.
        raw: RawJson<'a>,
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
    /// The status object as received (with `conversation` and `pricing`).
    pub raw: RawJson<'a>,
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
    messages: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    statuses: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    errors: Vec<ErrorInfo<'a>>,
}

#[derive(Deserialize)]
struct MessageJson<'a> {
    #[serde(borrow)]
    from: Str<'a>,
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow)]
    timestamp: Str<'a>,
    #[serde(rename = "type", borrow, default)]
    kind: Str<'a>,
    #[serde(borrow)]
    context: Option<Context<'a>>,
    #[serde(borrow)]
    text: Option<TextJson<'a>>,
    #[serde(borrow)]
    interactive: Option<&'a RawValue>,
    #[serde(borrow)]
    location: Option<Location<'a>>,
    #[serde(borrow)]
    button: Option<ButtonJson<'a>>,
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
struct InteractiveJson<'a> {
    #[serde(rename = "type", borrow, default)]
    kind: Str<'a>,
    #[serde(borrow)]
    button_reply: Option<IdTitleJson<'a>>,
    #[serde(borrow)]
    list_reply: Option<IdTitleJson<'a>>,
    #[serde(borrow)]
    nfm_reply: Option<NfmJson<'a>>,
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

#[derive(Deserialize)]
struct StatusJson<'a> {
    #[serde(borrow)]
    id: Str<'a>,
    #[serde(borrow)]
    recipient_id: Str<'a>,
    #[serde(borrow)]
    status: Str<'a>,
    #[serde(borrow)]
    timestamp: Str<'a>,
    #[serde(borrow, default)]
    errors: Vec<ErrorInfo<'a>>,
    #[serde(borrow)]
    biz_opaque_callback_data: Option<Str<'a>>,
}

/// Parses a webhook POST body.
///
/// Fails only when the body is not a WhatsApp notification: not JSON, not
/// `{"object": "whatsapp_business_account", "entry": […]}`, or with a
/// message or status that lacks its ids. Never panics.
pub fn parse(body: &[u8]) -> Result<Notification<'_>, Error> {
    let json: NotificationJson<'_> = serde_json::from_slice(body).map_err(Error::Malformed)?;
    if json.object != "whatsapp_business_account" {
        return Err(Error::NotWhatsApp {
            object: json.object.0.into_owned(),
        });
    }
    let mut entries = Vec::with_capacity(json.entry.len());
    for entry in json.entry {
        let mut changes = Vec::with_capacity(entry.changes.len());
        for change in entry.changes {
            let value = change.value;
            changes.push(Change {
                field: change.field,
                metadata: value.metadata,
                contacts: value.contacts,
                messages: value
                    .messages
                    .into_iter()
                    .map(message)
                    .collect::<Result<_, _>>()?,
                statuses: value
                    .statuses
                    .into_iter()
                    .map(status)
                    .collect::<Result<_, _>>()?,
                errors: value.errors,
            });
        }
        entries.push(Entry {
            id: entry.id,
            changes,
        });
    }
    Ok(Notification { entries })
}

fn message(raw: &RawValue) -> Result<Message<'_>, Error> {
    let json: MessageJson<'_> = serde_json::from_str(raw.get()).map_err(Error::Malformed)?;
    let content = match (
        json.kind.as_str(),
        json.text,
        json.interactive,
        json.location,
        json.button,
    ) {
        ("text", Some(text), ..) => Content::Text { body: text.body },
        ("interactive", _, Some(interactive), ..) => Content::Interactive(reply(interactive)?),
        ("interactive", _, None, ..) => Content::Interactive(Reply::Other {
            kind: Str::default(),
            raw: RawJson(raw),
        }),
        ("location", _, _, Some(location), _) => Content::Location(location),
        ("button", .., Some(button)) => Content::Button {
            payload: button.payload,
            text: button.text,
        },
        _ => Content::Other {
            kind: json.kind,
            raw: RawJson(raw),
        },
    };
    Ok(Message {
        from: json.from,
        id: json.id,
        timestamp: json.timestamp,
        context: json.context,
        content,
        errors: json.errors,
        raw: RawJson(raw),
    })
}

fn reply(raw: &RawValue) -> Result<Reply<'_>, Error> {
    let json: InteractiveJson<'_> = serde_json::from_str(raw.get()).map_err(Error::Malformed)?;
    Ok(
        match (
            json.kind.as_str(),
            json.button_reply,
            json.list_reply,
            json.nfm_reply,
        ) {
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
            _ => Reply::Other {
                kind: json.kind,
                raw: RawJson(raw),
            },
        },
    )
}

fn status(raw: &RawValue) -> Result<Status<'_>, Error> {
    let json: StatusJson<'_> = serde_json::from_str(raw.get()).map_err(Error::Malformed)?;
    Ok(Status {
        id: json.id,
        recipient_id: json.recipient_id,
        status: json.status.into(),
        timestamp: json.timestamp,
        errors: json.errors,
        biz_opaque_callback_data: json.biz_opaque_callback_data,
        raw: RawJson(raw),
    })
}
