//! Address messages: a form in which a user in India enters or picks a
//! delivery address (`"type": "address_message"`), optionally prefilled,
//! with saved addresses to pick from, and with messages under the fields
//! that need correcting.
//!
//! The fields of an address are the ones Meta documents, typed:
//! [`AddressValues`] (the values), [`AddressErrors`] (a message per field),
//! and [`AddressDraft`] (texts for either, checked when the message is
//! built).

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::limits::ADDRESS_COUNTRY;
use wa_interactive_core::shape;

use crate::common::{
    CowStr, Head, NamedAction, TextObjectJson, body_footer_setters, deserialize_checked,
    head_getters, opt, opt_text,
};
use crate::error::{ValidationError, checked};
use crate::header::HeaderJson;
use crate::read::from_json;
use crate::rendered::{JsonWriter, Rendered};
use crate::text::{AddressError, AddressValue, PinCode, SavedAddressId};

/// One struct of texts, one per documented field: its getters, a hidden
/// const constructor for the macros, and its JSON.
macro_rules! fields_struct {
    ($(#[$attr:meta])* $name:ident { $($key:ident: $ty:ident, $doc:expr;)* }) => {
        $(#[$attr])*
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct $name {
            $(pub(crate) $key: Option<$ty>,)*
        }

        impl $name {
            $(
                #[doc = $doc]
                pub fn $key(&self) -> Option<&$ty> {
                    self.$key.as_ref()
                }
            )*

            /// What the macros call: every field, checked by its type.
            #[doc(hidden)]
            #[allow(clippy::too_many_arguments)] // one argument per documented field
            pub const fn __new($($key: Option<$ty>),*) -> Self {
                $name { $($key),* }
            }

            /// The texts, in the order of [`shape::ADDRESS_FIELDS`].
            const fn texts(&self) -> [Option<&str>; 11] {
                [$(
                    match &self.$key {
                        Some(text) => Some(text.as_str()),
                        None => None,
                    }
                ),*]
            }

            /// Writes the object.
            fn write(&self, w: &mut JsonWriter<'_>) {
                write_fields(w, &self.texts());
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                FieldTexts(stringify!($name), self.texts()).serialize(serializer)
            }
        }
    };
}

/// The documented fields of an address, once: the values, the error
/// messages, their JSON and their drafts are generated from this list.
macro_rules! address_fields {
    ($($key:ident: $ty:ident, $doc:literal;)*) => {
        fields_struct! {
            /// The values of an address's fields, each optional: prefilled in
            /// the form (`values`), or a saved address (`saved_addresses[].value`).
            AddressValues { $($key: $ty, $doc;)* }
        }

        fields_struct! {
            /// The message shown under each field of the form that needs
            /// correcting (`validation_errors`); the user cannot submit the
            /// form until they are fixed.
            AddressErrors {
                $($key: AddressError, concat!("The message under `", stringify!($key), "`.");)*
            }
        }

        /// Texts for the fields of an address, unchecked: the values of an
        /// address, or the messages of `validation_errors`. Checked when
        /// the message is built.
        ///
        /// ```
        /// use wa_interactive::address::AddressDraft;
        ///
        /// let home = AddressDraft::new().name("Ana").in_pin_code("400063").city("Mumbai");
        /// # let _ = home;
        /// ```
        #[derive(Clone, Debug, Default, PartialEq)]
        #[must_use]
        pub struct AddressDraft {
            json: AddressFieldsJson,
        }

        impl AddressDraft {
            /// No field given.
            pub fn new() -> Self {
                AddressDraft::default()
            }

            $(
                #[doc = concat!("Sets `", stringify!($key), "` (any string).")]
                pub fn $key(mut self, text: impl Into<String>) -> Self {
                    self.json.$key = Some(Cow::Owned(text.into()));
                    self
                }
            )*
        }

        /// The fields of an address as JSON: values or error messages, unchecked.
        #[derive(Clone, Debug, Default, PartialEq)]
        struct AddressFieldsJson {
            $($key: Option<CowStr>,)*
        }

        from_json!(AddressFieldsJson { $($key),* });

        impl AddressFieldsJson {
            fn shape(&self) -> shape::AddressFields<'_> {
                [$(opt(self.$key.as_ref())),*]
            }

            /// The values; call only after `shape()` passed its check.
            fn into_values(self) -> AddressValues {
                AddressValues {
                    $($key: self.$key.map($ty::from_checked),)*
                }
            }

            /// The messages; call only after `shape()` passed its check.
            fn into_errors(self) -> AddressErrors {
                AddressErrors {
                    $($key: self.$key.map(AddressError::from_checked),)*
                }
            }
        }

        /// The keys, in the order of the list, to test them against the rules crate's.
        #[cfg(test)]
        const KEYS: &[&str] = &[$(stringify!($key)),*];
    };
}

/// Writes the object of an address's field texts, in the order of
/// [`shape::ADDRESS_FIELDS`].
fn write_fields(w: &mut JsonWriter<'_>, texts: &[Option<&str>; 11]) {
    w.raw("{");
    let mut first = true;
    for (key, text) in shape::ADDRESS_FIELDS.iter().zip(texts) {
        if let Some(text) = text {
            w.key(first, key);
            w.string(text);
            first = false;
        }
    }
    w.raw("}");
}

/// Serializes an address's field texts as a struct named `.0`.
struct FieldTexts<'a>(&'static str, [Option<&'a str>; 11]);

impl Serialize for FieldTexts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let len = self.1.iter().flatten().count();
        let mut s = serializer.serialize_struct(self.0, len)?;
        for (key, text) in shape::ADDRESS_FIELDS.iter().zip(self.1) {
            if let Some(text) = text {
                s.serialize_field(key, text)?;
            }
        }
        s.end()
    }
}

address_fields! {
    name: AddressValue, "The recipient's name.";
    phone_number: AddressValue, "The recipient's phone number.";
    in_pin_code: PinCode, "The pin code (at most 6 characters).";
    house_number: AddressValue, "The house number.";
    floor_number: AddressValue, "The floor number.";
    tower_number: AddressValue, "The tower number.";
    building_name: AddressValue, "The building's name.";
    address: AddressValue, "The street address.";
    landmark_area: AddressValue, "A landmark or area.";
    city: AddressValue, "The city.";
    state: AddressValue, "The state.";
}

/// One value behind a pointer, so that an address message, whose fields
/// are many, stays as small as the other kinds: a literal's in a constant
/// (borrowed), a run-time one on the heap: a slice of one.
#[derive(Clone, PartialEq)]
pub(crate) struct Indirect<T: Clone + 'static>(Cow<'static, [T]>);

impl<T: Clone + 'static> Indirect<T> {
    pub(crate) fn owned(value: T) -> Self {
        Indirect(Cow::Owned(vec![value]))
    }

    pub(crate) const fn borrowed(value: &'static T) -> Self {
        Indirect(Cow::Borrowed(std::slice::from_ref(value)))
    }

    pub(crate) fn get(&self) -> &T {
        match &*self.0 {
            [value, ..] => value,
            [] => panic!("an Indirect holds one value"),
        }
    }
}

impl<T: Clone + std::fmt::Debug + 'static> std::fmt::Debug for Indirect<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// An address the user may pick instead of entering one.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedAddress {
    pub(crate) id: SavedAddressId,
    pub(crate) value: AddressValues,
}

impl SavedAddress {
    /// The id sent back as `saved_address_id` when the user picks it.
    pub fn id(&self) -> &SavedAddressId {
        &self.id
    }

    /// The address.
    pub fn value(&self) -> &AddressValues {
        &self.value
    }

    fn write(&self, w: &mut JsonWriter<'_>) {
        w.raw("{");
        w.key(true, "id");
        w.string(self.id.as_str());
        w.key(false, "value");
        self.value.write(w);
        w.raw("}");
    }
}

impl Serialize for SavedAddress {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("SavedAddress", 2)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("value", &self.value)?;
        s.end()
    }
}

/// An address message (`"type": "address_message"`): the user enters or
/// picks a delivery address, sent back in an `nfm_reply`. WhatsApp sends
/// it only to users in India (`country` `"IN"`). The header is text only.
///
/// ```
/// use wa_interactive::AddressMessage;
/// use wa_interactive::address::AddressDraft;
///
/// let ask = AddressMessage::builder()
///     .body("Thanks for your order! Tell us what address you'd like this order delivered to.")
///     .country("IN")
///     .values(AddressDraft::new().name("Ana").city("Delhi"))
///     .build()?;
/// assert_eq!(ask.values().and_then(|v| v.city()).map(|c| c.as_str()), Some("Delhi"));
/// assert!(ask.interactive_json().contains(r#""parameters":{"country":"IN","values":{"name":"Ana","city":"Delhi"}}"#));
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct AddressMessage {
    pub(crate) head: Head,
    pub(crate) values: Option<Indirect<AddressValues>>,
    pub(crate) saved_addresses: Option<Cow<'static, [SavedAddress]>>,
    pub(crate) validation_errors: Option<Indirect<AddressErrors>>,
    pub(crate) rendered: Rendered,
}

impl AddressMessage {
    /// A builder for an address message known only at run time.
    pub fn builder() -> AddressBuilder {
        AddressBuilder::default()
    }

    head_getters!(text);

    /// The country: always `"IN"`, the only one WhatsApp accepts.
    pub fn country(&self) -> &'static str {
        ADDRESS_COUNTRY
    }

    /// The prefilled values, when given.
    pub fn values(&self) -> Option<&AddressValues> {
        self.values.as_ref().map(Indirect::get)
    }

    /// The addresses the user may pick, when given.
    pub fn saved_addresses(&self) -> Option<&[SavedAddress]> {
        self.saved_addresses.as_deref()
    }

    /// The messages under the fields that need correcting, when given.
    pub fn validation_errors(&self) -> Option<&AddressErrors> {
        self.validation_errors.as_ref().map(Indirect::get)
    }

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "address_message");
        w.raw(",\"action\":{\"name\":\"address_message\",\"parameters\":{");
        w.key(true, "country");
        w.string(ADDRESS_COUNTRY);
        if let Some(values) = &self.values {
            w.key(false, "values");
            values.get().write(w);
        }
        if let Some(saved) = &self.saved_addresses {
            w.key(false, "saved_addresses");
            w.array(saved.len(), &mut |w, i| saved[i].write(w));
        }
        if let Some(errors) = &self.validation_errors {
            w.key(false, "validation_errors");
            errors.get().write(w);
        }
        w.raw("}}}");
    }
}

impl Serialize for AddressMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Parameters<'a>(&'a AddressMessage);
        impl Serialize for Parameters<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let m = self.0;
                let len = 1
                    + usize::from(m.values.is_some())
                    + usize::from(m.saved_addresses.is_some())
                    + usize::from(m.validation_errors.is_some());
                let mut s = serializer.serialize_struct("Parameters", len)?;
                s.serialize_field("country", ADDRESS_COUNTRY)?;
                if let Some(values) = m.values() {
                    s.serialize_field("values", values)?;
                }
                if let Some(saved) = &m.saved_addresses {
                    s.serialize_field("saved_addresses", saved)?;
                }
                if let Some(errors) = m.validation_errors() {
                    s.serialize_field("validation_errors", errors)?;
                }
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("AddressMessage", self.head.fields() + 1)?;
        self.head.serialize(&mut s, "address_message")?;
        s.serialize_field("action", &NamedAction("address_message", Parameters(self)))?;
        s.end()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
struct AddressJson {
    header: Option<HeaderJson>,
    body: Option<TextObjectJson>,
    footer: Option<TextObjectJson>,
    action: Option<AddressActionJson>,
}

from_json!(AddressJson { "type" = "address_message", header, body, footer, action });

#[derive(Clone, Debug, Default, PartialEq)]
struct AddressActionJson {
    parameters: AddressParametersJson,
}

from_json!(AddressActionJson { "name" = "address_message", parameters });

#[derive(Clone, Debug, Default, PartialEq)]
struct AddressParametersJson {
    country: Option<CowStr>,
    values: Option<AddressFieldsJson>,
    saved_addresses: Option<Vec<SavedAddressJson>>,
    validation_errors: Option<AddressFieldsJson>,
}

from_json!(AddressParametersJson {
    country,
    values,
    saved_addresses,
    validation_errors
});

#[derive(Clone, Debug, Default, PartialEq)]
struct SavedAddressJson {
    id: Option<CowStr>,
    value: Option<AddressFieldsJson>,
}

from_json!(SavedAddressJson { id, value });

impl AddressJson {
    fn shape(&self) -> shape::Address<'_> {
        let p = self.action.as_ref().map(|a| &a.parameters);
        shape::Address {
            header: self
                .header
                .as_ref()
                .map_or(shape::Header::Absent, HeaderJson::shape),
            body: opt_text(self.body.as_ref()),
            footer: opt_text(self.footer.as_ref()),
            country: opt(p.and_then(|p| p.country.as_ref())),
            values: p
                .and_then(|p| p.values.as_ref())
                .map(AddressFieldsJson::shape),
            saved_addresses: p.and_then(|p| p.saved_addresses.as_ref()).map(|saved| {
                saved
                    .iter()
                    .map(|a| shape::SavedAddress {
                        id: opt(a.id.as_ref()),
                        value: a.value.as_ref().map(AddressFieldsJson::shape),
                    })
                    .collect()
            }),
            validation_errors: p
                .and_then(|p| p.validation_errors.as_ref())
                .map(AddressFieldsJson::shape),
        }
    }

    fn into_message(self) -> Result<AddressMessage, ValidationError> {
        checked(self.shape().check())?;
        let p = self.action.map(|a| a.parameters).unwrap_or_default();
        let saved = p.saved_addresses.map(|saved| {
            saved
                .into_iter()
                .map(|a| SavedAddress {
                    id: SavedAddressId::from_checked(a.id.unwrap_or_default()),
                    value: a.value.unwrap_or_default().into_values(),
                })
                .collect::<Vec<_>>()
        });
        Ok(AddressMessage {
            head: Head::from_json(self.header, self.body, self.footer),
            values: p.values.map(|v| Indirect::owned(v.into_values())),
            saved_addresses: saved.map(Cow::Owned),
            validation_errors: p
                .validation_errors
                .map(|e| Indirect::owned(e.into_errors())),
            rendered: Rendered::NONE,
        })
    }

    fn parameters(&mut self) -> &mut AddressParametersJson {
        &mut self.action.get_or_insert_with(Default::default).parameters
    }
}

deserialize_checked!(AddressMessage, AddressJson);

/// Builds an [`AddressMessage`] from run-time content.
///
/// ```
/// use wa_interactive::AddressMessage;
/// use wa_interactive::address::AddressDraft;
///
/// let err = AddressMessage::builder()
///     .body("Where should we deliver?")
///     .country("IN")
///     .saved_address("home", AddressDraft::new().in_pin_code("4000630"))
///     .saved_address("home", AddressDraft::new().city("Mumbai"))
///     .build()
///     .unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "2 problems:\n\
///      - action.parameters.saved_addresses[0].value.in_pin_code: pin code is 7 characters; WhatsApp allows at most 6\n\
///      - action.parameters.saved_addresses[1].id: duplicate saved address id \"home\""
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct AddressBuilder {
    json: AddressJson,
}

impl AddressBuilder {
    crate::common::text_header_setter!("an address message's");

    body_footer_setters!();

    /// The country: WhatsApp accepts only `"IN"`, and requires it.
    pub fn country(mut self, country: impl Into<String>) -> Self {
        self.json.parameters().country = Some(Cow::Owned(country.into()));
        self
    }

    /// The values the form is prefilled with.
    pub fn values(mut self, values: AddressDraft) -> Self {
        self.json.parameters().values = Some(values.json);
        self
    }

    /// Adds a saved address the user may pick; ids must be unique.
    pub fn saved_address(self, id: impl Into<String>, value: AddressDraft) -> Self {
        self.saved_addresses([(id, value)])
    }

    /// Adds saved addresses, `(id, value)` each (from a database, say);
    /// sends `saved_addresses` even when there are none.
    pub fn saved_addresses<I: Into<String>>(
        mut self,
        addresses: impl IntoIterator<Item = (I, AddressDraft)>,
    ) -> Self {
        let saved = self
            .json
            .parameters()
            .saved_addresses
            .get_or_insert_with(Vec::new);
        saved.extend(addresses.into_iter().map(|(id, value)| SavedAddressJson {
            id: Some(Cow::Owned(id.into())),
            value: Some(value.json),
        }));
        self
    }

    /// The messages shown under the fields that need correcting.
    pub fn validation_errors(mut self, errors: AddressDraft) -> Self {
        self.json.parameters().validation_errors = Some(errors.json);
        self
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<AddressMessage, ValidationError> {
        self.json.into_message()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_are_the_rules_crate_fields_in_its_order() {
        assert_eq!(KEYS, shape::ADDRESS_FIELDS);
    }
}
