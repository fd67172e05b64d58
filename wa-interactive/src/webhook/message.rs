//! A message a user sent, and what it holds.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::de::{
    Careful, Extra, Payload, PayloadKind, identity, keep, list, object_visitor, plain_object,
};
use super::{ErrorInfo, RawJson, Reply, Str};

/// A message a user sent.
///
/// A message that [`parse`](super::parse) delivers names its sender in
/// [`from`](Self::from), [`from_user_id`](Self::from_user_id) or both; one
/// that names neither is [malformed](super::Malformed).
#[derive(Clone, Debug, PartialEq)]
pub struct Message<'a> {
    /// The sender's phone number (WhatsApp id). Absent for a user who hides
    /// their number behind a username.
    pub from: Option<Str<'a>>,
    /// The sender's business-scoped user id (BSUID, `US.1349…`).
    pub from_user_id: Option<Str<'a>>,
    /// The sender's parent BSUID (`US.ENT.…`), when parent BSUIDs are enabled.
    pub from_parent_user_id: Option<Str<'a>>,
    /// The message id (`wamid.…`).
    pub id: Str<'a>,
    /// When it was sent: seconds since the epoch, as text.
    pub timestamp: Str<'a>,
    /// On replies and forwarded messages: the message answered, and how it came.
    pub context: Option<Context<'a>>,
    /// What the message holds.
    pub content: Content<'a>,
    /// Errors, as on messages of a type WhatsApp does not support.
    pub errors: Vec<ErrorInfo<'a>>,
    /// Every other key of the message object, with its JSON as received
    /// (an object under a key that `type` does not name is kept here too).
    pub extra: Vec<(Str<'a>, RawJson<'a>)>,
}

impl Message<'_> {
    /// The identity to answer: the phone number when the message has one,
    /// else the BSUID. [`OutgoingMessage::reply`](crate::OutgoingMessage::reply)
    /// sends to it.
    ///
    /// Empty only for a message built by hand with neither.
    pub fn sender(&self) -> &str {
        self.from
            .as_deref()
            .or(self.from_user_id.as_deref())
            .unwrap_or("")
    }

    /// The timestamp in seconds since the epoch, if it is a number.
    pub fn timestamp_secs(&self) -> Option<u64> {
        self.timestamp.parse().ok()
    }
}

/// How a message relates to another: the message it answers, whether it was
/// forwarded, the product it asks about. WhatsApp sends any subset of these.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Context<'a> {
    /// The id of the message answered (`wamid.…`, or a call id `wacid.…`).
    /// Absent on forwarded messages.
    pub id: Option<Str<'a>>,
    /// The business number that sent the message answered.
    pub from: Option<Str<'a>>,
    /// The BSUID of who sent the message answered.
    pub from_user_id: Option<Str<'a>>,
    /// Whether the message was forwarded (`false` when absent).
    pub forwarded: bool,
    /// Whether the message was forwarded many times (`false` when absent).
    pub frequently_forwarded: bool,
    /// The product the user asks about ("Message business" on a product).
    pub referred_product: Option<Box<ReferredProduct<'a>>>,
}

plain_object!(Context, "a message context",
    required {}
    optional { id: "id", referred_product: "referred_product" }
    identities { from: "from", from_user_id: "from_user_id" }
    defaults { forwarded: "forwarded", frequently_forwarded: "frequently_forwarded" });

/// The product a message asks about.
#[derive(Clone, Debug, PartialEq)]
pub struct ReferredProduct<'a> {
    /// The catalog's id.
    pub catalog_id: Option<Str<'a>>,
    /// The product's retailer id (SKU).
    pub product_retailer_id: Option<Str<'a>>,
}

plain_object!(ReferredProduct, "a referred product",
    required {}
    optional { catalog_id: "catalog_id", product_retailer_id: "product_retailer_id" }
    identities {}
    defaults {});

/// What a message holds.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Content<'a> {
    /// A reply to an interactive message.
    Interactive(Reply<'a>),
    /// A shared location (the answer to a location request, or sent unasked).
    Location(Location<'a>),
    /// A text message (with [`Context::referred_product`] when the user asks
    /// about a product).
    Text {
        /// The text.
        body: Str<'a>,
    },
    /// A `button` message: a tap on a template's quick-reply button, or (as
    /// some clients send it) on a carousel card's quick reply.
    /// [`Content::reply_id`] reads it like an interactive button reply.
    Button {
        /// The button's payload (the quick reply's id).
        payload: Option<Str<'a>>,
        /// The button's text.
        text: Option<Str<'a>>,
    },
    /// A cart sent from a catalog, product or product-list message.
    Order(Order<'a>),
    /// Shared contacts, or the answer to a `request_contact_info` message.
    Contacts(Vec<SharedContact<'a>>),
    /// A system message: the user changed their number or their BSUID.
    System(Box<System<'a>>),
    /// A photo.
    Image(MediaFile<'a>),
    /// A video.
    Video(MediaFile<'a>),
    /// An audio file or a voice note ([`MediaFile::voice`]).
    Audio(MediaFile<'a>),
    /// A document, with its file name.
    Document(MediaFile<'a>),
    /// A sticker ([`MediaFile::animated`]).
    Sticker(MediaFile<'a>),
    /// A reaction to a message, or its removal.
    Reaction(Reaction<'a>),
    /// A type this version does not parse (`unsupported`, a payment, …), or
    /// a media or reaction object whose fields do not have the types Meta
    /// documents: its name and the JSON under that name, as received
    /// (`None` when the message has no such key, as an `unsupported`
    /// message).
    Other {
        /// The message's `type`.
        kind: Str<'a>,
        /// The object under the key named by `kind`.
        raw: Option<RawJson<'a>>,
    },
}

impl<'a> Content<'a> {
    /// The media file of an image, video, audio, document or sticker
    /// message, with the message's `type`; fetch it with the client's
    /// `download_media(id)`.
    pub fn media(&self) -> Option<(&'static str, &MediaFile<'a>)> {
        match self {
            Content::Image(m) => Some(("image", m)),
            Content::Video(m) => Some(("video", m)),
            Content::Audio(m) => Some(("audio", m)),
            Content::Document(m) => Some(("document", m)),
            Content::Sticker(m) => Some(("sticker", m)),
            _ => None,
        }
    }

    /// The id of the option the user chose, however it came: a reply
    /// button's or a list row's id, or a `button` message's payload (a
    /// carousel quick reply may arrive either way).
    pub fn reply_id(&self) -> Option<&str> {
        match self {
            Content::Interactive(Reply::ButtonReply { id, .. } | Reply::ListReply { id, .. }) => {
                Some(id)
            }
            Content::Button { payload, .. } => payload.as_deref(),
            _ => None,
        }
    }
}

/// A media file a user sent (`image`, `video`, `audio`, `document`,
/// `sticker`). Every field is optional: Meta leaves out what does not
/// apply, and a field it adds later is ignored.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct MediaFile<'a> {
    /// The media id, for the client's `media_info` and `download_media`.
    pub id: Option<Str<'a>>,
    /// The MIME type (`image/jpeg`, `audio/ogg; codecs=opus`, …).
    pub mime_type: Option<Str<'a>>,
    /// The SHA-256 of the file, as Meta states it (the download checks it).
    pub sha256: Option<Str<'a>>,
    /// The caption the user wrote (images, videos, documents).
    pub caption: Option<Str<'a>>,
    /// The document's file name.
    pub filename: Option<Str<'a>>,
    /// A URL Meta sends in newer versions; fetch it with the access token.
    pub url: Option<Str<'a>>,
    /// Whether an audio file is a voice note.
    pub voice: Option<bool>,
    /// Whether a sticker is animated.
    pub animated: Option<bool>,
}

plain_object!(MediaFile, "a media object",
    required {}
    optional {
        id: "id", mime_type: "mime_type", sha256: "sha256", caption: "caption",
        filename: "filename", url: "url", voice: "voice", animated: "animated",
    }
    identities {}
    defaults {});

/// A reaction: an emoji on one of the business's messages, or the removal
/// of one (no emoji, or an empty one).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Reaction<'a> {
    /// The id of the message reacted to.
    pub message_id: Option<Str<'a>>,
    /// The emoji; `None` or empty when the reaction was removed.
    pub emoji: Option<Str<'a>>,
}

impl Reaction<'_> {
    /// Whether this removes an earlier reaction.
    pub fn is_removal(&self) -> bool {
        self.emoji.as_deref().is_none_or(str::is_empty)
    }
}

plain_object!(Reaction, "a reaction object",
    required {}
    optional { message_id: "message_id", emoji: "emoji" }
    identities {}
    defaults {});

/// A shared location.
#[derive(Clone, Debug, PartialEq)]
pub struct Location<'a> {
    /// Latitude in degrees.
    pub latitude: f64,
    /// Longitude in degrees.
    pub longitude: f64,
    /// The place's name, when the user picked a place.
    pub name: Option<Str<'a>>,
    /// The place's address, when the user picked a place.
    pub address: Option<Str<'a>>,
    /// The place's URL.
    pub url: Option<Str<'a>>,
}

plain_object!(Location, "a location object",
    required { latitude: "latitude", longitude: "longitude" }
    optional { name: "name", address: "address", url: "url" }
    identities {}
    defaults {});

/// A cart the user sent.
#[derive(Clone, Debug, PartialEq)]
pub struct Order<'a> {
    /// The catalog the products are from.
    pub catalog_id: Str<'a>,
    /// The text the user wrote with the order.
    pub text: Option<Str<'a>>,
    /// The products, with quantities and prices.
    pub product_items: Vec<ProductItem<'a>>,
}

plain_object!(Order, "an order object",
    required { catalog_id: "catalog_id" }
    optional { text: "text" }
    identities {}
    defaults { product_items: "product_items" });

/// One line of an order.
#[derive(Clone, Debug, PartialEq)]
pub struct ProductItem<'a> {
    /// The product's retailer id (SKU).
    pub product_retailer_id: Str<'a>,
    /// How many.
    pub quantity: u64,
    /// The price of one, in `currency` (a decimal such as `7.99`).
    pub item_price: f64,
    /// The currency (ISO 4217, `"USD"`).
    pub currency: Str<'a>,
}

plain_object!(ProductItem, "an order's product item",
    required {
        product_retailer_id: "product_retailer_id",
        quantity: "quantity",
        item_price: "item_price",
        currency: "currency",
    }
    optional {}
    identities {}
    defaults {});

/// A contact the user shared, or their own number sent in answer to a
/// `request_contact_info` message.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedContact<'a> {
    /// `"contact_request"` when it answers a `request_contact_info`
    /// message, `"other"` when the user shared a contact.
    pub origin: Option<Str<'a>>,
    /// The contact's phone numbers.
    pub phones: Vec<SharedPhone<'a>>,
    /// The contact as a vCard (only when `origin` is `"other"`).
    pub vcard: Option<Str<'a>>,
    /// Every other key (`name`, `emails`, `org`, …), with its JSON as received.
    pub extra: Vec<(Str<'a>, RawJson<'a>)>,
}

impl SharedContact<'_> {
    /// Whether this answers a `request_contact_info` message.
    pub fn is_contact_request(&self) -> bool {
        self.origin.as_deref() == Some("contact_request")
    }
}

object_visitor!(SharedContact, "a shared contact", |map| {
    let (mut origin, mut phones, mut vcard, mut extra) = (None, Vec::new(), None, Extra::new());
    while let Some(key) = map.next_key::<Str<'de>>()? {
        match key.as_str() {
            "origin" => origin = map.next_value()?,
            "phones" => phones = list(&mut map)?,
            "vcard" => vcard = map.next_value()?,
            _ => keep(&mut extra, key, &mut map)?,
        }
    }
    Ok(SharedContact {
        origin,
        phones,
        vcard,
        extra,
    })
});

/// A phone number of a shared contact.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedPhone<'a> {
    /// The number as written (`"+1 (650) 555-1234"`).
    pub phone: Option<Str<'a>>,
    /// The number's WhatsApp id, when it has one.
    pub wa_id: Option<Str<'a>>,
    /// `"MOBILE"`, `"HOME"`, `"WORK"`, …
    pub kind: Option<Str<'a>>,
}

plain_object!(SharedPhone, "a shared contact's phone",
    required {}
    optional { phone: "phone", kind: "type" }
    identities { wa_id: "wa_id" }
    defaults {});

/// A system message: the user changed their phone number
/// (`user_changed_number`) or their BSUID (`user_changed_user_id`).
#[derive(Clone, Debug, PartialEq)]
pub struct System<'a> {
    /// `"user_changed_number"`, `"user_changed_user_id"`, …
    pub kind: Option<Str<'a>>,
    /// The text shown in the chat.
    pub body: Option<Str<'a>>,
    /// The user's new WhatsApp id (phone number).
    pub wa_id: Option<Str<'a>>,
    /// The user's new BSUID.
    pub user_id: Option<Str<'a>>,
    /// The user's new parent BSUID.
    pub parent_user_id: Option<Str<'a>>,
    /// The user's BSUID before the change.
    pub previous_user_id: Option<Str<'a>>,
    /// The user's parent BSUID before the change.
    pub previous_parent_user_id: Option<Str<'a>>,
}

impl System<'_> {
    /// Whether the user's BSUID changed (`user_changed_user_id`): answer
    /// [`user_id`](Self::user_id) from now on.
    pub fn is_user_id_change(&self) -> bool {
        self.kind.as_deref() == Some("user_changed_user_id")
    }
}

plain_object!(System, "a system message",
    required {}
    optional { kind: "type", body: "body" }
    identities {
        wa_id: "wa_id",
        user_id: "user_id",
        parent_user_id: "parent_user_id",
        previous_user_id: "previous_user_id",
        previous_parent_user_id: "previous_parent_user_id",
    }
    defaults {});

#[derive(Deserialize)]
struct TextBodyJson<'a> {
    #[serde(borrow)]
    body: Str<'a>,
}

struct ButtonJson<'a> {
    payload: Option<Str<'a>>,
    text: Option<Str<'a>>,
}

plain_object!(ButtonJson, "a button object",
    required {}
    optional { payload: "payload", text: "text" }
    identities {}
    defaults {});

/// Reads the object under the key a message's `type` names.
pub(super) struct ContentSeed<'a> {
    kind: Str<'a>,
    careful: bool,
}

impl<'de> PayloadKind<'de> for Content<'de> {
    type Seed = ContentSeed<'de>;

    fn seed(kind: Str<'de>, careful: bool) -> ContentSeed<'de> {
        ContentSeed { kind, careful }
    }

    /// Media and reactions are not among them: they are read from their raw
    /// JSON (see `lenient`), so one before `type` is kept raw, never guessed.
    fn known(key: &str) -> bool {
        matches!(
            key,
            "text" | "interactive" | "location" | "button" | "order" | "contacts" | "system"
        )
    }

    fn missing(kind: Str<'de>) -> Self {
        if kind == "interactive" {
            // An interactive message with `errors` and no interactive object.
            Content::Interactive(Reply::Other {
                kind: Str::default(),
                raw: None,
            })
        } else {
            Content::Other { kind, raw: None }
        }
    }
}

impl<'de> DeserializeSeed<'de> for ContentSeed<'de> {
    type Value = Content<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Content<'de>, D::Error> {
        Ok(match self.kind.as_str() {
            "text" => Content::Text {
                body: TextBodyJson::deserialize(d)?.body,
            },
            "interactive" => Content::Interactive(Reply::read(d, self.careful)?),
            "location" => Content::Location(Location::deserialize(d)?),
            "button" => {
                let b = ButtonJson::deserialize(d)?;
                Content::Button {
                    payload: b.payload,
                    text: b.text,
                }
            }
            "order" => Content::Order(Order::deserialize(d)?),
            "contacts" => Content::Contacts(Vec::deserialize(d)?),
            "system" => Content::System(Box::new(System::deserialize(d)?)),
            "image" | "video" | "audio" | "document" | "sticker" | "reaction" => {
                lenient(self.kind, <&RawValue>::deserialize(d)?)
            }
            _ => Content::Other {
                raw: Some(RawJson(<&RawValue>::deserialize(d)?)),
                kind: self.kind,
            },
        })
    }
}

/// A media or reaction object, typed; one whose fields do not have the
/// documented types is kept as [`Content::Other`] with its JSON rather than
/// costing the message (these kinds were delivered that way before they
/// were typed, and nothing new may fail a notification).
fn lenient<'de>(kind: Str<'de>, raw: &'de RawValue) -> Content<'de> {
    let json = raw.get();
    let typed = match kind.as_str() {
        "reaction" => serde_json::from_str(json).map(Content::Reaction),
        "image" => serde_json::from_str(json).map(Content::Image),
        "video" => serde_json::from_str(json).map(Content::Video),
        "audio" => serde_json::from_str(json).map(Content::Audio),
        "document" => serde_json::from_str(json).map(Content::Document),
        _ => serde_json::from_str(json).map(Content::Sticker),
    };
    typed.unwrap_or(Content::Other {
        kind,
        raw: Some(RawJson(raw)),
    })
}

impl<'de: 'a, 'a> Deserialize<'de> for Message<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(MessageVisitor { careful: false })
    }
}

impl<'de: 'a, 'a> Careful<'de> for Message<'a> {
    fn careful(raw: &'de str) -> Result<Self, serde_json::Error> {
        serde_json::Deserializer::from_str(raw).deserialize_map(MessageVisitor { careful: true })
    }
}

struct MessageVisitor {
    careful: bool,
}

impl<'de> Visitor<'de> for MessageVisitor {
    type Value = Message<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a message object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Message<'de>, A::Error> {
        let (mut from, mut from_user_id, mut from_parent_user_id) = (None, None, None);
        let (mut id, mut timestamp, mut reply_to) = (None, None, None);
        let (mut payload, mut errors, mut extra) =
            (Payload::new(self.careful), Vec::new(), Extra::new());
        while let Some(key) = map.next_key::<Str<'de>>()? {
            match key.as_str() {
                "from" => from = identity(&mut map)?,
                "from_user_id" => from_user_id = identity(&mut map)?,
                "from_parent_user_id" => from_parent_user_id = identity(&mut map)?,
                "id" => id = Some(map.next_value()?),
                "timestamp" => timestamp = Some(map.next_value()?),
                "type" => payload.kind = Some(map.next_value()?),
                "context" => reply_to = map.next_value()?,
                "errors" => errors = list(&mut map)?,
                _ => payload.key(key, &mut map, &mut extra)?,
            }
        }
        let content = payload.finish(&mut extra)?;
        if from.is_none() && from_user_id.is_none() {
            return Err(de::Error::custom(
                "a message names its sender in `from` or `from_user_id`",
            ));
        }
        Ok(Message {
            from,
            from_user_id,
            from_parent_user_id,
            id: id.ok_or_else(|| de::Error::missing_field("id"))?,
            timestamp: timestamp.ok_or_else(|| de::Error::missing_field("timestamp"))?,
            context: reply_to,
            content,
            errors,
            extra,
        })
    }
}
