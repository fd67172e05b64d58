//! How the objects of a notification are read: key by key, leniently.
//!
//! A repeated key overwrites the earlier one, an unknown key is kept (as raw
//! JSON, where the type has an `extra`) or skipped, and `null` counts as
//! absent; only a missing required field or a value of the wrong JSON type
//! makes an object not fit, and then only the item that holds it.

use std::fmt;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::{RawJson, Str};

/// Keys of an object that its type does not read, with their JSON as received.
pub(super) type Extra<'a> = Vec<(Str<'a>, RawJson<'a>)>;

/// Keeps the value of `key` as raw JSON.
pub(super) fn keep<'de, A: MapAccess<'de>>(
    extra: &mut Extra<'de>,
    key: Str<'de>,
    map: &mut A,
) -> Result<(), A::Error> {
    extra.push((key, RawJson(map.next_value::<&'de RawValue>()?)));
    Ok(())
}

/// The JSON under `key`, taken out of `extra`.
pub(super) fn take<'a>(extra: &mut Extra<'a>, key: &str) -> Option<RawJson<'a>> {
    let i = extra.iter().position(|(k, _)| *k == key)?;
    Some(extra.remove(i).1)
}

/// An identity (phone number, WhatsApp id, BSUID): `null` and `""` are absent.
pub(super) fn identity<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<Str<'de>>, A::Error> {
    Ok(map
        .next_value::<Option<Str<'de>>>()?
        .filter(|s| !s.is_empty()))
}

/// A list that may be `null`.
pub(super) fn list<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
) -> Result<Vec<T>, A::Error> {
    Ok(map.next_value::<Option<Vec<T>>>()?.unwrap_or_default())
}

/// Seconds since the epoch, written as a JSON number or as a string of digits.
pub(super) struct Seconds(pub(super) u64);

impl<'de> Deserialize<'de> for Seconds {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Seconds;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("seconds since the epoch, as a number or a string of digits")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Seconds, E> {
                Ok(Seconds(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Seconds, E> {
                u64::try_from(v)
                    .map(Seconds)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Seconds, E> {
                v.parse()
                    .map(Seconds)
                    .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// `impl Deserialize` for a type with a lifetime, through a map visitor whose
/// body reads the object from `$map`.
macro_rules! object_visitor {
    ($ty:ident, $expecting:literal, |$map:ident| $body:block) => {
        impl<'de: 'a, 'a> ::serde::Deserialize<'de> for $ty<'a> {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::core::result::Result<Self, D::Error> {
                struct V;
                impl<'de> ::serde::de::Visitor<'de> for V {
                    type Value = $ty<'de>;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str($expecting)
                    }
                    #[allow(unused_mut)]
                    fn visit_map<A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut $map: A,
                    ) -> ::core::result::Result<$ty<'de>, A::Error> $body
                }
                deserializer.deserialize_map(V)
            }
        }
    };
}
pub(super) use object_visitor;

/// `impl Deserialize` for a struct of plain fields, each under its JSON key:
/// `required` ones must be there, `optional` ones are `Option`s,
/// `identities` are `Option<Str>` where `""` counts as absent, and
/// `defaults` take their default when absent or `null`. Other keys are
/// skipped, and a repeated key overwrites.
macro_rules! plain_object {
    ($ty:ident, $expecting:literal,
     required { $($req:ident: $rkey:literal),* $(,)? }
     optional { $($opt:ident: $okey:literal),* $(,)? }
     identities { $($id:ident: $ikey:literal),* $(,)? }
     defaults { $($def:ident: $dkey:literal),* $(,)? }) => {
        $crate::webhook::de::object_visitor!($ty, $expecting, |map| {
            $(let mut $req = None;)*
            $(let mut $opt = None;)*
            $(let mut $id = None;)*
            $(let mut $def = None;)*
            while let Some(key) = map.next_key::<$crate::webhook::Str<'de>>()? {
                match key.as_str() {
                    $($rkey => $req = Some(map.next_value()?),)*
                    $($okey => $opt = map.next_value()?,)*
                    $($ikey => $id = $crate::webhook::de::identity(&mut map)?,)*
                    $($dkey => $def = map.next_value()?,)*
                    _ => {
                        map.next_value::<::serde::de::IgnoredAny>()?;
                    }
                }
            }
            Ok($ty {
                $($req: $req.ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field($rkey))?,)*
                $($opt,)*
                $($id,)*
                $($def: $def.unwrap_or_default(),)*
            })
        });
    };
}
pub(super) use plain_object;

/// Why a payload read before its `type` must be read again: `type` names
/// another key. Reading the item carefully (see [`Careful`]) never guesses.
const GUESSED_WRONG: &str = "a payload read before `type` is not the one `type` names";

/// The kinds of payload an object with a `type` may hold under the key
/// `type` names (a message's `text`, `interactive`, …; an interactive
/// object's `button_reply`, …).
pub(super) trait PayloadKind<'de>: Sized {
    /// What reads the payload of one kind.
    type Seed: DeserializeSeed<'de, Value = Self>;
    /// The reader for `kind`; `careful` as in [`Careful`].
    fn seed(kind: Str<'de>, careful: bool) -> Self::Seed;
    /// Whether a key is the name of a payload this kind reads.
    fn known(key: &str) -> bool;
    /// What an object whose `type` names no key it has holds.
    fn missing(kind: Str<'de>) -> Self;
}

/// The `type` of an object and the payload under the key it names, read in
/// one pass: WhatsApp writes `type` first, so the payload is read as it
/// comes. A key that comes before `type` is read as the payload when it has
/// a known payload's name — a guess, checked when `type` comes (a wrong
/// guess is an error, and the item is then read carefully) — and kept as
/// raw JSON otherwise, to be read once `type` is known.
pub(super) struct Payload<'de, T> {
    /// The object's `type`.
    pub(super) kind: Option<Str<'de>>,
    read: Option<(Str<'de>, T)>,
    careful: bool,
}

impl<'de, T: PayloadKind<'de>> Payload<'de, T> {
    /// Nothing read yet; a `careful` reading never guesses.
    pub(super) fn new(careful: bool) -> Self {
        Payload {
            kind: None,
            read: None,
            careful,
        }
    }

    /// Reads the value of `key`, any key but `type`: the payload, or a
    /// key kept in `extra`.
    pub(super) fn key<A: MapAccess<'de>>(
        &mut self,
        key: Str<'de>,
        map: &mut A,
        extra: &mut Extra<'de>,
    ) -> Result<(), A::Error> {
        let named = match &self.kind {
            Some(kind) => *kind == key,
            None => !self.careful && T::known(&key),
        };
        match &self.read {
            None if named => {
                let value = map.next_value_seed(T::seed(key.clone(), self.careful))?;
                self.read = Some((key, value));
                Ok(())
            }
            Some((guess, _)) if named && *guess != key => Err(de::Error::custom(GUESSED_WRONG)),
            _ => keep(extra, key, map),
        }
    }

    /// The payload, once the whole object is read.
    pub(super) fn finish<E: de::Error>(self, extra: &mut Extra<'de>) -> Result<T, E> {
        let kind = self.kind.unwrap_or_default();
        match self.read {
            Some((key, value)) if key == kind => Ok(value),
            Some(_) => Err(E::custom(GUESSED_WRONG)),
            None => match take(extra, &kind) {
                Some(raw) => T::seed(kind, self.careful)
                    .deserialize(raw.0)
                    .map_err(E::custom),
                None => Ok(T::missing(kind)),
            },
        }
    }
}

/// An item of a notification read on its own, from its JSON text, when the
/// one-pass reading failed: carefully, never guessing (see [`Payload`]).
pub(super) trait Careful<'de>: Deserialize<'de> {
    /// Reads `raw` carefully.
    fn careful(raw: &'de str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(raw)
    }
}

/// A public enum of the names WhatsApp gives a field's values, with an
/// `Other` variant that keeps a name this version does not know, and
/// `From<Str>` to read it.
macro_rules! named_values {
    ($(#[$attr:meta])* $name:ident {
        $(#[$oattr:meta])* Other;
        $($(#[$vattr:meta])* $variant:ident = $text:literal,)*
    }) => {
        $(#[$attr])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum $name<'a> {
            $($(#[$vattr])* $variant,)*
            $(#[$oattr])*
            Other($crate::webhook::Str<'a>),
        }

        impl<'a> From<$crate::webhook::Str<'a>> for $name<'a> {
            fn from(name: $crate::webhook::Str<'a>) -> Self {
                match name.as_str() {
                    $($text => $name::$variant,)*
                    _ => $name::Other(name),
                }
            }
        }
    };
}
pub(super) use named_values;
