//! The notification, its envelope and `parse`.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::de::{Careful, Extra, keep};
use super::{Call, Contact, ErrorInfo, Message, Metadata, RawJson, Status, Str};

/// Why a body is not a WhatsApp notification.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The body is not JSON, or not of a notification's shape
    /// (`{"object": …, "entry": [{"id": …, "changes": […]}]}`).
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
    /// The items that did not fit their type, each with where it was, its
    /// JSON and why; everything else was delivered.
    pub malformed: Vec<Malformed<'a>>,
}

/// The changes for one WhatsApp Business Account.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'a> {
    /// The account's id.
    pub id: Str<'a>,
    /// The changes.
    pub changes: Vec<Change<'a>>,
}

/// One change: messages received, statuses of messages sent, or calls, for
/// one business phone number.
#[derive(Clone, Debug, PartialEq)]
pub struct Change<'a> {
    /// What changed (`"messages"` for messages and statuses, `"calls"`, …).
    pub field: Str<'a>,
    /// The business phone number the change is about.
    pub metadata: Option<Metadata<'a>>,
    /// The users who wrote, or to whom messages were delivered.
    pub contacts: Vec<Contact<'a>>,
    /// Messages received.
    pub messages: Vec<Message<'a>>,
    /// Statuses of messages sent.
    pub statuses: Vec<Status<'a>>,
    /// Calls (`field: "calls"`).
    pub calls: Vec<Call<'a>>,
    /// Errors about the change itself.
    pub errors: Vec<ErrorInfo<'a>>,
    /// Every other key of the change's `value`, with its JSON as received
    /// (the content of change fields this version does not read).
    pub extra: Vec<(Str<'a>, RawJson<'a>)>,
}

/// An item of a notification that did not fit its type — a message without
/// an id, a status whose `status` is a number, an entry that is not an
/// object — kept as received. Its siblings were delivered.
#[derive(Clone, Debug, PartialEq)]
pub struct Malformed<'a> {
    /// Where it was: `entry[0].changes[1].value.messages[2]`.
    pub path: String,
    /// Its JSON, as received.
    pub raw: RawJson<'a>,
    /// Why it did not fit.
    pub reason: String,
}

impl fmt::Display for Malformed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
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

    /// Every call event of every entry and change (taps on `voice_call`
    /// buttons arrive here).
    pub fn calls(&self) -> impl Iterator<Item = &Call<'a>> {
        self.changes().flat_map(|c| c.calls.iter())
    }

    /// Every change of every entry.
    pub fn changes(&self) -> impl Iterator<Item = &Change<'a>> {
        self.entries.iter().flat_map(|e| e.changes.iter())
    }

    /// Every item that did not fit its type, with its path, JSON and reason.
    pub fn malformed(&self) -> impl Iterator<Item = &Malformed<'a>> {
        self.malformed.iter()
    }
}

// ---- the wire form ----
//
// A body is read in one pass, each item typed as it comes (`ITEMWISE =
// false`). When that fails, it is read again item by item (`ITEMWISE =
// true`): each entry, change and item is first taken as raw JSON, then
// typed on its own, so that one that does not fit is set aside with its
// JSON while its siblings are delivered. Valid notifications, by far the
// most common, pay for one pass only.

/// An item of a list: typed, or (item by item) set aside with its JSON.
struct Item<'a, T, const ITEMWISE: bool>(Result<T, (RawJson<'a>, String)>);

impl<'de: 'a, 'a, T: Careful<'de>, const ITEMWISE: bool> Deserialize<'de>
    for Item<'a, T, ITEMWISE>
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if !ITEMWISE {
            return T::deserialize(deserializer).map(|item| Item(Ok(item)));
        }
        let raw = <&'de RawValue>::deserialize(deserializer)?;
        Ok(Item(
            T::careful(raw.get()).map_err(|e| (RawJson(raw), e.to_string())),
        ))
    }
}

struct NotificationJson<'a, const I: bool> {
    object: Str<'a>,
    entry: Vec<Item<'a, EntryJson<'a, I>, I>>,
}

struct EntryJson<'a, const I: bool> {
    id: Str<'a>,
    changes: Vec<Item<'a, ChangeJson<'a, I>, I>>,
}

struct ChangeJson<'a, const I: bool> {
    field: Str<'a>,
    value: ValueJson<'a, I>,
}

/// `impl Deserialize` for an envelope object: each field under its name
/// (`required` ones must be there, `defaults` may be absent or `null`), a
/// repeated key overwriting, other keys skipped.
macro_rules! envelope_object {
    ($ty:ident, $expecting:literal, required { $($req:ident),* } defaults { $($def:ident),* }) => {
        impl<'de: 'a, 'a, const I: bool> Deserialize<'de> for $ty<'a, I> {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct V<'a, const I: bool>(PhantomData<&'a ()>);
                impl<'de, const I: bool> Visitor<'de> for V<'de, I> {
                    type Value = $ty<'de, I>;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                        $(let mut $req = None;)*
                        $(let mut $def = None;)*
                        while let Some(key) = map.next_key::<Str<'de>>()? {
                            match key.as_str() {
                                $(stringify!($req) => $req = Some(map.next_value()?),)*
                                $(stringify!($def) => $def = map.next_value()?,)*
                                _ => {
                                    map.next_value::<de::IgnoredAny>()?;
                                }
                            }
                        }
                        Ok($ty {
                            $($req: $req.ok_or_else(|| de::Error::missing_field(stringify!($req)))?,)*
                            $($def: $def.unwrap_or_default(),)*
                        })
                    }
                }
                deserializer.deserialize_map(V::<'de, I>(PhantomData))
            }
        }
    };
}

envelope_object!(NotificationJson, "a notification", required { object, entry } defaults {});
envelope_object!(EntryJson, "an entry", required { id } defaults { changes });
envelope_object!(ChangeJson, "a change", required { field, value } defaults {});

/// An item of a change's value set aside (item by item): its list, its
/// index there (none for `metadata`), its JSON and why.
struct Bad<'a> {
    list: &'static str,
    index: Option<usize>,
    raw: RawJson<'a>,
    reason: String,
}

/// Reads a list at the map's next value (`null` is empty) into `into`,
/// after the items already there; item by item, those that do not fit go
/// to `bad`.
struct List<'v, 'a, T, const I: bool> {
    name: &'static str,
    into: &'v mut Vec<T>,
    bad: &'v mut Vec<Bad<'a>>,
}

impl<'de: 'a, 'a, T: Careful<'de>, const I: bool> DeserializeSeed<'de> for List<'_, 'a, T, I> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de: 'a, 'a, T: Careful<'de>, const I: bool> Visitor<'de> for List<'_, 'a, T, I> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if !I {
            while let Some(()) = seq.next_element_seed(Push(&mut *self.into))? {}
            return Ok(());
        }
        // A repeated list continues the numbering.
        let mut index = self.into.len() + self.bad.iter().filter(|b| b.list == self.name).count();
        while let Some(raw) = seq.next_element::<&'de RawValue>()? {
            match T::careful(raw.get()) {
                Ok(item) => self.into.push(item),
                Err(e) => self.bad.push(Bad {
                    list: self.name,
                    index: Some(index),
                    raw: RawJson(raw),
                    reason: e.to_string(),
                }),
            }
            index += 1;
        }
        Ok(())
    }
}

/// Reads an item straight into its list.
struct Push<'v, T>(&'v mut Vec<T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Push<'_, T> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.0.push(T::deserialize(deserializer)?);
        Ok(())
    }
}

struct ValueJson<'a, const I: bool> {
    metadata: Option<Metadata<'a>>,
    contacts: Vec<Contact<'a>>,
    messages: Vec<Message<'a>>,
    statuses: Vec<Status<'a>>,
    calls: Vec<Call<'a>>,
    errors: Vec<ErrorInfo<'a>>,
    bad: Vec<Bad<'a>>,
    extra: Extra<'a>,
}

impl<'de: 'a, 'a, const I: bool> Deserialize<'de> for ValueJson<'a, I> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<'a, const I: bool>(PhantomData<&'a ()>);
        impl<'de, const I: bool> Visitor<'de> for V<'de, I> {
            type Value = ValueJson<'de, I>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a change's value object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut v = ValueJson {
                    metadata: None,
                    contacts: Vec::new(),
                    messages: Vec::new(),
                    statuses: Vec::new(),
                    calls: Vec::new(),
                    errors: Vec::new(),
                    bad: Vec::new(),
                    extra: Extra::new(),
                };
                macro_rules! list {
                    ($name:literal, $into:ident) => {
                        map.next_value_seed(List::<_, I> {
                            name: $name,
                            into: &mut v.$into,
                            bad: &mut v.bad,
                        })?
                    };
                }
                while let Some(key) = map.next_key::<Str<'de>>()? {
                    match key.as_str() {
                        "messaging_product" => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                        "metadata" => {
                            match map.next_value::<Option<Item<'de, Metadata<'de>, I>>>()? {
                                Some(Item(Err((raw, reason)))) => v.bad.push(Bad {
                                    list: "metadata",
                                    index: None,
                                    raw,
                                    reason,
                                }),
                                metadata => v.metadata = metadata.and_then(|m| m.0.ok()),
                            }
                        }
                        // A repeated list adds to the list.
                        "contacts" => list!("contacts", contacts),
                        "messages" => list!("messages", messages),
                        "statuses" => list!("statuses", statuses),
                        "calls" => list!("calls", calls),
                        "errors" => list!("errors", errors),
                        _ => keep(&mut v.extra, key, &mut map)?,
                    }
                }
                Ok(v)
            }
        }
        deserializer.deserialize_map(V::<'de, I>(PhantomData))
    }
}

impl<'de: 'a, 'a, const I: bool> Careful<'de> for EntryJson<'a, I> {}
impl<'de: 'a, 'a, const I: bool> Careful<'de> for ChangeJson<'a, I> {}
impl<'de: 'a, 'a> Careful<'de> for Metadata<'a> {}
impl<'de: 'a, 'a> Careful<'de> for Contact<'a> {}
impl<'de: 'a, 'a> Careful<'de> for Status<'a> {}
impl<'de: 'a, 'a> Careful<'de> for Call<'a> {}
impl<'de: 'a, 'a> Careful<'de> for ErrorInfo<'a> {}

fn change<'a, const I: bool>(
    json: ChangeJson<'a, I>,
    at: &dyn Fn() -> String,
    malformed: &mut Vec<Malformed<'a>>,
) -> Change<'a> {
    let value = json.value;
    // Paths are written only for what is set aside.
    for bad in value.bad {
        let path = match bad.index {
            Some(i) => format!("{}.value.{}[{i}]", at(), bad.list),
            None => format!("{}.value.{}", at(), bad.list),
        };
        malformed.push(Malformed {
            path,
            raw: bad.raw,
            reason: bad.reason,
        });
    }
    Change {
        field: json.field,
        metadata: value.metadata,
        contacts: value.contacts,
        messages: value.messages,
        statuses: value.statuses,
        calls: value.calls,
        errors: value.errors,
        extra: value.extra,
    }
}

fn assemble<const I: bool>(json: NotificationJson<'_, I>) -> Result<Notification<'_>, Error> {
    if json.object != "whatsapp_business_account" {
        return Err(Error::NotWhatsApp {
            object: json.object.0.into_owned(),
        });
    }
    let mut malformed = Vec::new();
    let mut entries = Vec::with_capacity(json.entry.len());
    for (e, entry) in json.entry.into_iter().enumerate() {
        let entry = match entry.0 {
            Ok(entry) => entry,
            Err((raw, reason)) => {
                let path = format!("entry[{e}]");
                malformed.push(Malformed { path, raw, reason });
                continue;
            }
        };
        let mut changes = Vec::with_capacity(entry.changes.len());
        for (c, json) in entry.changes.into_iter().enumerate() {
            let at = || format!("entry[{e}].changes[{c}]");
            match json.0 {
                Ok(json) => changes.push(change(json, &at, &mut malformed)),
                Err((raw, reason)) => malformed.push(Malformed {
                    path: at(),
                    raw,
                    reason,
                }),
            }
        }
        entries.push(Entry {
            id: entry.id,
            changes,
        });
    }
    Ok(Notification { entries, malformed })
}

/// Parses a webhook POST body.
///
/// Fails only when the body is not a WhatsApp notification: not JSON, or
/// not `{"object": "whatsapp_business_account", "entry": […]}`. Every
/// entry, change, message, status, contact and call is read on its own: one
/// that does not fit its type is set aside in
/// [`Notification::malformed`] with its path, JSON and reason, and the
/// others are delivered. Never panics.
pub fn parse(body: &[u8]) -> Result<Notification<'_>, Error> {
    // Checking the whole body at once is faster than string by string.
    let text = std::str::from_utf8(body).map_err(|e| {
        Error::Malformed(de::Error::custom(format_args!(
            "the body is not UTF-8: {e}"
        )))
    })?;
    match serde_json::from_str::<NotificationJson<'_, false>>(text) {
        Ok(json) => assemble(json),
        Err(_) => assemble(
            serde_json::from_str::<NotificationJson<'_, true>>(text).map_err(Error::Malformed)?,
        ),
    }
}
