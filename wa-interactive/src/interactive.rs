//! `Interactive`: any interactive message kind.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::read::{At, FormError, FromJson, Json, peek_tag, read, unknown_tag};
use crate::{AddressMessage, CallPermissionRequest, ContactInfoRequest, VoiceCallMessage};
use crate::{ButtonMessage, CtaUrlMessage, FlowMessage, ListMessage, LocationRequest};
use crate::{CarouselMessage, CatalogMessage, ProductListMessage, ProductMessage};

/// The kinds, once: each line gives the variant, the message type and the
/// API's `type`; everything below is generated from it.
macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident($ty:ident) = $name:literal,)*) => {
        /// Any interactive message: what goes under `"interactive"` in a request.
        #[derive(Clone, Debug, PartialEq)]
        pub enum Interactive {
            $($(#[$doc])* $variant($ty),)*
        }

        /// The API's `type` names, in the order of the variants.
        const TYPES: &[&str] = &[$($name),*];

        impl Interactive {
            /// The API's `type` of the message.
            pub fn kind(&self) -> &'static str {
                match self {
                    $(Interactive::$variant(_) => $name,)*
                }
            }

            /// The `interactive` object's JSON (see
            /// [`ListMessage::interactive_json`]).
            pub fn interactive_json(&self) -> Cow<'static, str> {
                match self {
                    $(Interactive::$variant(m) => m.interactive_json(),)*
                }
            }

            /// The JSON the message carries (a literal's), if any.
            pub(crate) fn carried_json(&self) -> Option<&'static str> {
                match self {
                    $(Interactive::$variant(m) => m.rendered.0,)*
                }
            }

            /// Writes the `interactive` object's JSON.
            pub(crate) fn write(&self, w: &mut $crate::rendered::JsonWriter<'_>) {
                match self {
                    $(Interactive::$variant(m) => m.write_json(w),)*
                }
            }
        }

        $(
            impl From<$ty> for Interactive {
                fn from(message: $ty) -> Self {
                    Interactive::$variant(message)
                }
            }

            impl From<$ty> for crate::Message {
                fn from(message: $ty) -> Self {
                    crate::Message::Interactive(Interactive::$variant(message))
                }
            }
        )*

        impl Serialize for Interactive {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $(Interactive::$variant(m) => m.serialize(serializer),)*
                }
            }
        }

        impl FromJson for Interactive {
            fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
                match peek_tag(&json, at, "type")? {
                    $($name => $ty::from_json(json, at).map(Interactive::$variant),)*
                    other => Err(unknown_tag(at, "type", other, TYPES)),
                }
            }
        }

        impl<'de> Deserialize<'de> for Interactive {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                read(deserializer)
            }
        }
    };
}

kinds! {
    /// `"type": "list"`
    List(ListMessage) = "list",
    /// `"type": "button"`
    Buttons(ButtonMessage) = "button",
    /// `"type": "location_request_message"`
    LocationRequest(LocationRequest) = "location_request_message",
    /// `"type": "cta_url"`
    CtaUrl(CtaUrlMessage) = "cta_url",
    /// `"type": "flow"`
    Flow(FlowMessage) = "flow",
    /// `"type": "product"`
    Product(ProductMessage) = "product",
    /// `"type": "product_list"`
    ProductList(ProductListMessage) = "product_list",
    /// `"type": "catalog_message"`
    Catalog(CatalogMessage) = "catalog_message",
    /// `"type": "carousel"` (media cards or product cards)
    Carousel(CarouselMessage) = "carousel",
    /// `"type": "request_contact_info"`
    ContactInfoRequest(ContactInfoRequest) = "request_contact_info",
    /// `"type": "call_permission_request"`
    CallPermissionRequest(CallPermissionRequest) = "call_permission_request",
    /// `"type": "voice_call"`
    VoiceCall(VoiceCallMessage) = "voice_call",
    /// `"type": "address_message"`
    Address(AddressMessage) = "address_message",
}
