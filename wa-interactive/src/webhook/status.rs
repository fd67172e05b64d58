//! Everything in a change besides messages: statuses, contacts, calls,
//! errors and the business number.

use super::de::{Extra, identity, keep, list, named_values, object_visitor, plain_object};
use super::{RawJson, Str};

/// The status of a message you sent.
#[derive(Clone, Debug, PartialEq)]
pub struct Status<'a> {
    /// The id of the message (`wamid.…`), as the send returned it.
    pub id: Str<'a>,
    /// The recipient's phone number (WhatsApp id); absent when you sent to
    /// a BSUID of a user who hides their number.
    pub recipient_id: Option<Str<'a>>,
    /// The recipient's BSUID.
    pub recipient_user_id: Option<Str<'a>>,
    /// The recipient's parent BSUID (also read from the earlier names
    /// `parent_recipient_user_id` and `parent_user_id`).
    pub recipient_parent_user_id: Option<Str<'a>>,
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

impl Status<'_> {
    /// Who the message went to: the phone number when the status has one,
    /// else the BSUID (`None` when it has neither).
    pub fn recipient(&self) -> Option<&str> {
        self.recipient_id
            .as_deref()
            .or(self.recipient_user_id.as_deref())
    }
}

object_visitor!(Status, "a status object", |map| {
    let (mut id, mut recipient_id, mut recipient_user_id, mut parent) = (None, None, None, None);
    let (mut status, mut timestamp, mut callback) = (None::<Str<'de>>, None, None);
    let (mut errors, mut extra) = (Vec::new(), Extra::new());
    while let Some(key) = map.next_key::<Str<'de>>()? {
        match key.as_str() {
            "id" => id = Some(map.next_value()?),
            "recipient_id" => recipient_id = identity(&mut map)?,
            "recipient_user_id" => recipient_user_id = identity(&mut map)?,
            // The current name, and the two it had in Meta's earlier drafts.
            "recipient_parent_user_id" | "parent_recipient_user_id" | "parent_user_id" => {
                parent = identity(&mut map)?.or(parent);
            }
            "status" => status = Some(map.next_value()?),
            "timestamp" => timestamp = Some(map.next_value()?),
            "errors" => errors = list(&mut map)?,
            "biz_opaque_callback_data" => callback = map.next_value()?,
            _ => keep(&mut extra, key, &mut map)?,
        }
    }
    Ok(Status {
        id: id.ok_or_else(|| serde::de::Error::missing_field("id"))?,
        recipient_id,
        recipient_user_id,
        recipient_parent_user_id: parent,
        status: status
            .ok_or_else(|| serde::de::Error::missing_field("status"))?
            .into(),
        timestamp: timestamp.ok_or_else(|| serde::de::Error::missing_field("timestamp"))?,
        errors,
        biz_opaque_callback_data: callback,
        extra,
    })
});

named_values!(
    /// What happened to a message you sent.
    StatusKind {
        /// A status this version does not know, by name.
        Other;
        /// `sent`
        Sent = "sent",
        /// `delivered`
        Delivered = "delivered",
        /// `read`
        Read = "read",
        /// `played` (a voice message)
        Played = "played",
        /// `failed`: see the status's `errors`.
        Failed = "failed",
    }
);

/// An error in a notification (a failed status, an unsupported message).
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorInfo<'a> {
    /// The error code (131047: more than 24 hours since the user last wrote, …).
    pub code: i64,
    /// The error's title.
    pub title: Option<Str<'a>>,
    /// The error's message.
    pub message: Option<Str<'a>>,
    /// More about the error.
    pub error_data: Option<ErrorData<'a>>,
    /// A link to the error's documentation.
    pub href: Option<Str<'a>>,
}

plain_object!(ErrorInfo, "an error object",
    required { code: "code" }
    optional { title: "title", message: "message", error_data: "error_data", href: "href" }
    identities {}
    defaults {});

/// More about an error.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorData<'a> {
    /// What went wrong, in words.
    pub details: Option<Str<'a>>,
}

plain_object!(ErrorData, "an error's data",
    required {}
    optional { details: "details" }
    identities {}
    defaults {});

/// The business phone number a change is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Metadata<'a> {
    /// The number as displayed.
    pub display_phone_number: Str<'a>,
    /// The id used in API calls (`/{phone-number-id}/messages`).
    pub phone_number_id: Str<'a>,
}

plain_object!(Metadata, "a change's metadata",
    required { display_phone_number: "display_phone_number", phone_number_id: "phone_number_id" }
    optional {}
    identities {}
    defaults {});

/// A user who wrote (or to whom a message was delivered): the identities
/// WhatsApp gives for them. A user with a username may have no `wa_id`.
#[derive(Clone, Debug, PartialEq)]
pub struct Contact<'a> {
    /// The user's profile.
    pub profile: Option<Profile<'a>>,
    /// The user's WhatsApp id (phone number); absent (or, in early drafts,
    /// `""`, read as absent) for a user who hides their number.
    pub wa_id: Option<Str<'a>>,
    /// The user's business-scoped user id (BSUID).
    pub user_id: Option<Str<'a>>,
    /// The user's parent BSUID.
    pub parent_user_id: Option<Str<'a>>,
}

plain_object!(Contact, "a contact object",
    required {}
    optional { profile: "profile" }
    identities { wa_id: "wa_id", user_id: "user_id", parent_user_id: "parent_user_id" }
    defaults {});

/// A user's profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile<'a> {
    /// The user's name.
    pub name: Option<Str<'a>>,
    /// The user's WhatsApp username, when they have one.
    pub username: Option<Str<'a>>,
}

plain_object!(Profile, "a profile object",
    required {}
    optional { name: "name", username: "username" }
    identities {}
    defaults {});

/// A call event (`field: "calls"`), such as a tap on a `voice_call`
/// button that starts a call.
#[derive(Clone, Debug, PartialEq)]
pub struct Call<'a> {
    /// The call id (`wacid.…`).
    pub id: Str<'a>,
    /// `connect`, `terminate`, …
    pub event: CallEvent<'a>,
    /// The caller's phone number, when they show it.
    pub from: Option<Str<'a>>,
    /// The caller's BSUID.
    pub from_user_id: Option<Str<'a>>,
    /// The number called.
    pub to: Option<Str<'a>>,
    /// When: seconds since the epoch, as text.
    pub timestamp: Option<Str<'a>>,
    /// `USER_INITIATED` or `BUSINESS_INITIATED`.
    pub direction: Option<Str<'a>>,
    /// The `payload` of the `voice_call` button the user tapped, if it had one.
    pub cta_payload: Option<Str<'a>>,
    /// Every other key (`session`, `status`, `duration`, …), with its JSON as received.
    pub extra: Vec<(Str<'a>, RawJson<'a>)>,
}

impl Call<'_> {
    /// The caller to answer: the phone number when present, else the BSUID.
    pub fn sender(&self) -> Option<&str> {
        self.from.as_deref().or(self.from_user_id.as_deref())
    }
}

object_visitor!(Call, "a call object", |map| {
    let (mut id, mut event, mut from, mut from_user_id) = (None, None::<Str<'de>>, None, None);
    let (mut to, mut timestamp, mut direction, mut cta_payload) = (None, None, None, None);
    let mut extra = Extra::new();
    while let Some(key) = map.next_key::<Str<'de>>()? {
        match key.as_str() {
            "id" => id = Some(map.next_value()?),
            "event" => event = Some(map.next_value()?),
            "from" => from = identity(&mut map)?,
            "from_user_id" => from_user_id = identity(&mut map)?,
            "to" => to = map.next_value()?,
            "timestamp" => timestamp = map.next_value()?,
            "direction" => direction = map.next_value()?,
            "cta_payload" => cta_payload = map.next_value()?,
            _ => keep(&mut extra, key, &mut map)?,
        }
    }
    Ok(Call {
        id: id.ok_or_else(|| serde::de::Error::missing_field("id"))?,
        event: event.unwrap_or_default().into(),
        from,
        from_user_id,
        to,
        timestamp,
        direction,
        cta_payload,
        extra,
    })
});

named_values!(
    /// What happened to a call.
    CallEvent {
        /// An event this version does not know, by name (empty when there is none).
        Other;
        /// `connect`: the call starts.
        Connect = "connect",
        /// `terminate`: the call ended.
        Terminate = "terminate",
    }
);
