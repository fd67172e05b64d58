//! A reply to an interactive message (`type: "interactive"`).

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::de::{Extra, Payload, PayloadKind, Seconds, named_values, plain_object};
use super::{RawJson, Str};

/// A reply to an interactive message.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Reply<'a> {
    /// A tap on a reply button, or on a carousel card's quick reply.
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
    /// A completed flow or address form (`nfm_reply`).
    FlowReply {
        /// `"flow"`, or `"address_message"` for the answer to an address
        /// message (read it with [`Reply::address`]).
        name: Option<Str<'a>>,
        /// The text shown in the chat (`"Sent"`).
        body: Option<Str<'a>>,
        /// The flow's response: JSON text, parsed on request.
        response_json: ResponseJson<'a>,
    },
    /// The answer to a `call_permission_request`.
    CallPermissionReply {
        /// Accepted or rejected.
        response: PermissionResponse<'a>,
        /// Whether the permission is permanent (absent on rejections).
        is_permanent: Option<bool>,
        /// When a temporary permission ends, in seconds since the epoch
        /// (WhatsApp writes it as a string or as a number).
        expiration_timestamp: Option<u64>,
        /// `"user_action"`, or `"automatic"` (the user called, or stopped
        /// answering calls).
        response_source: Option<Str<'a>>,
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

impl Reply<'_> {
    /// The values of an address form (a flow reply named
    /// `"address_message"`), parsed; `None` for every other reply.
    pub fn address(&self) -> Option<Result<AddressReply, serde_json::Error>> {
        match self {
            Reply::FlowReply {
                name: Some(name),
                response_json,
                ..
            } if *name == "address_message" => Some(response_json.parse()),
            _ => None,
        }
    }
}

named_values!(
    /// The answer to a call permission request.
    PermissionResponse {
        /// An answer this version does not know, by name.
        Other;
        /// `accept`
        Accept = "accept",
        /// `reject`
        Reject = "reject",
    }
);

/// A flow's `response_json`: JSON text, parsed on request.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ResponseJson<'a>(#[serde(borrow)] pub Str<'a>);

impl ResponseJson<'_> {
    /// The JSON text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Parses the response into `T` (a `serde_json::Value`, your flow's
    /// fields, or [`AddressReply`]).
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(&self.0)
    }
}

impl PartialEq<&str> for ResponseJson<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// What the user entered in an address form: the `response_json` of a flow
/// reply named `"address_message"`.
#[derive(Clone, Debug, PartialEq, Default, Deserialize)]
#[serde(default)]
pub struct AddressReply {
    /// The id of the saved address the user picked, if they picked one.
    pub saved_address_id: Option<String>,
    /// The address.
    pub values: AddressValues,
}

/// The fields of an address form; each is absent when the user left it out.
#[derive(Clone, Debug, PartialEq, Default, Deserialize)]
#[serde(default)]
pub struct AddressValues {
    /// The addressee's name.
    pub name: Option<String>,
    /// The addressee's phone number.
    pub phone_number: Option<String>,
    /// The PIN code (India's postal code).
    pub in_pin_code: Option<String>,
    /// House number.
    pub house_number: Option<String>,
    /// Floor number.
    pub floor_number: Option<String>,
    /// Tower number.
    pub tower_number: Option<String>,
    /// Building or apartment name.
    pub building_name: Option<String>,
    /// Street address.
    pub address: Option<String>,
    /// Landmark or area.
    pub landmark_area: Option<String>,
    /// City.
    pub city: Option<String>,
    /// State.
    pub state: Option<String>,
    /// Fields this version does not name, as received.
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

struct IdTitleJson<'a> {
    id: Str<'a>,
    title: Str<'a>,
    description: Option<Str<'a>>,
}

plain_object!(IdTitleJson, "a reply with an id and a title",
    required { id: "id", title: "title" }
    optional { description: "description" }
    identities {}
    defaults {});

struct NfmJson<'a> {
    name: Option<Str<'a>>,
    body: Option<Str<'a>>,
    response_json: ResponseJson<'a>,
}

plain_object!(NfmJson, "a flow reply",
    required { response_json: "response_json" }
    optional { name: "name", body: "body" }
    identities {}
    defaults {});

struct PermissionJson<'a> {
    response: Str<'a>,
    is_permanent: Option<bool>,
    expiration_timestamp: Option<Seconds>,
    response_source: Option<Str<'a>>,
}

plain_object!(PermissionJson, "a call permission reply",
    required { response: "response" }
    optional {
        is_permanent: "is_permanent",
        expiration_timestamp: "expiration_timestamp",
        response_source: "response_source",
    }
    identities {}
    defaults {});

/// Reads the object under the key an interactive object's `type` names.
pub(super) struct ReplySeed<'a>(Str<'a>);

impl<'de> PayloadKind<'de> for Reply<'de> {
    type Seed = ReplySeed<'de>;

    fn seed(kind: Str<'de>, _careful: bool) -> ReplySeed<'de> {
        ReplySeed(kind)
    }

    fn known(key: &str) -> bool {
        matches!(
            key,
            "button_reply" | "list_reply" | "nfm_reply" | "call_permission_reply"
        )
    }

    fn missing(kind: Str<'de>) -> Self {
        Reply::Other { kind, raw: None }
    }
}

impl<'de> DeserializeSeed<'de> for ReplySeed<'de> {
    type Value = Reply<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Reply<'de>, D::Error> {
        Ok(match self.0.as_str() {
            "button_reply" => {
                let b = IdTitleJson::deserialize(d)?;
                Reply::ButtonReply {
                    id: b.id,
                    title: b.title,
                }
            }
            "list_reply" => {
                let l = IdTitleJson::deserialize(d)?;
                Reply::ListReply {
                    id: l.id,
                    title: l.title,
                    description: l.description,
                }
            }
            "nfm_reply" => {
                let n = NfmJson::deserialize(d)?;
                Reply::FlowReply {
                    name: n.name,
                    body: n.body,
                    response_json: n.response_json,
                }
            }
            "call_permission_reply" => {
                let p = PermissionJson::deserialize(d)?;
                Reply::CallPermissionReply {
                    response: p.response.into(),
                    is_permanent: p.is_permanent,
                    expiration_timestamp: p.expiration_timestamp.map(|s| s.0),
                    response_source: p.response_source,
                }
            }
            _ => Reply::Other {
                raw: Some(RawJson(<&RawValue>::deserialize(d)?)),
                kind: self.0,
            },
        })
    }
}

impl<'de> Reply<'de> {
    /// Reads an interactive object; `careful` as in [`Careful`](super::de::Careful).
    pub(super) fn read<D: Deserializer<'de>>(d: D, careful: bool) -> Result<Self, D::Error> {
        d.deserialize_map(ReplyVisitor { careful })
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Reply<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Reply::read(deserializer, false)
    }
}

struct ReplyVisitor {
    careful: bool,
}

impl<'de> Visitor<'de> for ReplyVisitor {
    type Value = Reply<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an interactive object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Reply<'de>, A::Error> {
        let (mut payload, mut extra) = (Payload::new(self.careful), Extra::new());
        while let Some(key) = map.next_key::<Str<'de>>()? {
            if key == "type" {
                payload.kind = Some(map.next_value()?);
            } else {
                payload.key(key, &mut map, &mut extra)?;
            }
        }
        payload.finish(&mut extra)
    }
}
