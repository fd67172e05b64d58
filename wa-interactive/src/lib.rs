//! WhatsApp Business interactive messages — list messages, reply buttons,
//! location requests, CTA URL buttons, flows, products, product lists,
//! catalogs, carousels, call buttons, call-permission and contact-info
//! requests, address forms — checked against every rule WhatsApp enforces,
//! with the exact Cloud API JSON.
//!
//! - Literal messages are written with the macros ([`interactive_list!`],
//!   [`reply_buttons!`], [`location_request!`], [`cta_url!`],
//!   [`flow_message!`]; for commerce [`product_message!`],
//!   [`product_list!`], [`catalog_message!`] and [`carousel!`]; for calls,
//!   contacts and addresses [`voice_call!`], [`call_permission_request!`],
//!   [`request_contact_info!`] and [`address_message!`]; a text,
//!   [`text_message!`]) and checked at compile time.
//! - Run-time content goes through the builders ([`ListMessage::builder`],
//!   …), the checked text types of [`text`], or `Deserialize`; all of them
//!   apply the same rules (one table, in `wa-interactive-core`) and report
//!   every violation with its JSON path.
//! - Options can be an enum: `#[derive(Choices)]` makes its variants the
//!   buttons or rows of a literal message and maps a reply back to a
//!   variant ([`choice`]). Run-time options that outgrow a message go
//!   through [`Menu`], which pages them.
//! - `serde_json::to_value(&msg)` gives the `interactive` object;
//!   [`OutgoingMessage`] gives the whole request body of `/messages`.
//!
//! - With the `client` feature, `client::Client` sends them to the Cloud
//!   API, with typed errors and retries that never send a message twice.
//!
//! A message value that exists is valid: fields are private, and every way
//! to make one checks it.
//!
//! Lengths are counted in Unicode scalar values (`str::chars().count()`),
//! the unit of JSON Schema's `maxLength`, in which Meta states the limits.
//!
//! # The DSL
//!
//! ```
//! use wa_interactive::{ListMessage, OutgoingMessage, interactive_list, reply_buttons};
//! use wa_interactive::text::Body;
//!
//! static MENU: ListMessage = interactive_list! {
//!     header: "Book an appointment",
//!     body: "Pick a time that suits you.",
//!     button: "View slots",
//!     sections: [
//!         { title: "Morning", rows: [ { id: "slot-0900", title: "09:00", description: "Dr. Ana Ruiz" } ] },
//!         { title: "Afternoon", rows: [ { id: "slot-1400", title: "14:00" } ] },
//!     ],
//! };
//!
//! // Run-time text has the field's checked type.
//! let name = "Ana";
//! let confirm = reply_buttons! {
//!     header: image { link: "https://example.com/cake.png" },
//!     body: Body::new(format!("{name}, confirm your order?"))?,
//!     buttons: [ { id: "confirm", title: "Yes, confirm" }, { id: "cancel", title: "No, cancel" } ],
//! };
//!
//! assert_eq!(MENU.rows().count(), 2);
//! let body = OutgoingMessage::new("15551234567", confirm).to_json();
//! assert!(body.contains(r#""body":{"text":"Ana, confirm your order?"}"#));
//! # Ok::<(), wa_interactive::text::TextError>(())
//! ```
//!
//! Keys are the API's JSON names, in any order, each at most once. Headers
//! are `"text"`, or `image { id | link }`, `video { id | link }`,
//! `document { id | link, filename? }`. A fully literal message is a
//! constant expression that carries its JSON, rendered at compile time.
//! Ids and button titles must be literals, since their uniqueness is checked
//! at compile time. A message that breaks a rule does not compile:
//!
//! ```compile_fail
//! let ask = wa_interactive::reply_buttons! {
//!     body: "Pick a size",
//!     buttons: [
//!         { id: "s", title: "Small" },
//!         { id: "m", title: "Medium" },
//!         { id: "l", title: "Large" },
//!         { id: "xl", title: "Extra large" }, // a reply-buttons message has at most 3 buttons; this is button 4
//!     ],
//! };
//! ```
//!
//! # Run-time structure
//!
//! ```
//! use wa_interactive::{ListMessage, OutgoingMessage};
//! use wa_interactive::list::{RowDraft, SectionDraft};
//!
//! let menu = ListMessage::builder()
//!     .body("Pick a time that suits you.")
//!     .button("View slots")
//!     .section(SectionDraft::new().row(RowDraft::new("slot-0900", "09:00")))
//!     .build()?;
//! let body = serde_json::to_string(&OutgoingMessage::new("15551234567", menu)).unwrap();
//! assert!(body.starts_with(r#"{"messaging_product":"whatsapp""#));
//! # Ok::<(), wa_interactive::ValidationError>(())
//! ```

extern crate self as wa_interactive;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
pub mod address;
pub mod buttons;
pub mod call_permission;
pub mod carousel;
pub mod catalog;
pub mod choice;
#[cfg(feature = "client")]
pub mod client;
mod common;
pub mod contact_info;
pub mod cta;
pub mod error;
pub mod flow;
pub mod header;
mod interactive;
pub mod list;
pub mod location;
pub mod menu;
pub mod messages;
mod outgoing;
pub mod product;
pub mod product_list;
mod read;
mod rendered;
pub mod text;
pub mod voice_call;
#[cfg(feature = "webhook")]
pub mod webhook;

pub use address::{AddressBuilder, AddressMessage};
pub use buttons::{ButtonBuilder, ButtonMessage, ReplyButton};
pub use call_permission::CallPermissionRequest;
pub use carousel::{CarouselBuilder, CarouselMessage};
pub use catalog::{CatalogBuilder, CatalogMessage};
pub use choice::{Choice, Choices};
pub use contact_info::ContactInfoRequest;
pub use cta::{CtaUrlBuilder, CtaUrlMessage};
pub use error::ValidationError;
pub use flow::{FlowAction, FlowBuilder, FlowData, FlowMessage, FlowMode, FlowRef};
pub use header::{DocumentDraft, Header, HeaderDraft, Media};
pub use interactive::Interactive;
pub use list::{ListBuilder, ListMessage, Row, Section};
pub use location::LocationRequest;
pub use menu::{Menu, MenuOption};
pub use messages::{Message, Reaction, TextMessage};
pub use outgoing::{OutgoingMessage, Recipient};
pub use product::{ProductBuilder, ProductMessage};
pub use product_list::{ProductListBuilder, ProductListMessage, ProductSection};
pub use voice_call::{VoiceCallBuilder, VoiceCallMessage};

/// Every limit of interactive messages, named: text lengths in characters
/// (Unicode scalar values) and counts, for code that pages or truncates on
/// purpose. The same constants the checks use.
///
/// ```
/// use wa_interactive::limits;
///
/// let slots: Vec<String> = (9..=20).map(|h| format!("{h}:00")).collect();
/// let pages: Vec<&[String]> = slots.chunks(limits::LIST_ROWS).collect();
/// assert_eq!(pages.len(), 2);
/// assert_eq!(limits::ROW_TITLE, 24);
/// ```
pub mod limits {
    pub use wa_interactive_core::limits::*;
}

/// Derives [`Choices`](trait@Choices) for an enum of unit variants, each
/// an option of a message: `#[choice(id = "…", title = "…", description =
/// "…")]`, every key optional; see [the `choice` module](choice).
pub use wa_interactive_macros::Choices;

#[doc = include_str!("docs/interactive_list.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::interactive_list;

#[doc = include_str!("docs/reply_buttons.md")]
#[doc = include_str!("docs/header_forms.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::reply_buttons;

#[doc = include_str!("docs/location_request.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::location_request;

#[doc = include_str!("docs/cta_url.md")]
#[doc = include_str!("docs/header_forms.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::cta_url;

#[doc = include_str!("docs/flow_message.md")]
#[doc = include_str!("docs/header_forms.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::flow_message;

#[doc = include_str!("docs/product_message.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::product_message;

#[doc = include_str!("docs/product_list.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::product_list;

#[doc = include_str!("docs/catalog_message.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::catalog_message;

#[doc = include_str!("docs/carousel.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::carousel;

#[doc = include_str!("docs/request_contact_info.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::request_contact_info;

#[doc = include_str!("docs/call_permission_request.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::call_permission_request;

#[doc = include_str!("docs/voice_call.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::voice_call;

#[doc = include_str!("docs/address_message.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::address_message;

#[doc = include_str!("docs/text_message.md")]
#[doc = include_str!("docs/values.md")]
pub use wa_interactive_macros::text_message;

/// The macros' reference pages list exactly the keys the macros take.
#[cfg(test)]
mod macro_docs {
    use wa_interactive_core::keys;

    /// The first column's keys of every table row of a page.
    fn listed(page: &str) -> Vec<String> {
        let mut keys: Vec<String> = page
            .lines()
            .filter_map(|line| line.strip_prefix("| `"))
            .filter_map(|rest| rest.split_once('`'))
            .map(|(key, _)| key.to_owned())
            .collect();
        keys.sort();
        keys
    }

    /// The keys of a macro: its own, and each nested object's under its prefix.
    fn expected(top: &[&str], nested: &[(&str, &[&str])]) -> Vec<String> {
        let mut all: Vec<String> = top.iter().map(|k| (*k).to_owned()).collect();
        for (prefix, keys) in nested {
            all.extend(keys.iter().map(|k| format!("{prefix}{k}")));
        }
        all.sort();
        all
    }

    #[test]
    fn every_page_lists_exactly_the_keys_its_macro_takes() {
        let pages: [(&str, Vec<String>); 14] = [
            (
                include_str!("docs/text_message.md"),
                expected(keys::TEXT_MESSAGE, &[]),
            ),
            (
                include_str!("docs/interactive_list.md"),
                expected(
                    keys::LIST,
                    &[
                        ("sections[].", keys::SECTION),
                        ("sections[].rows[].", keys::ROW),
                    ],
                ),
            ),
            (
                include_str!("docs/reply_buttons.md"),
                expected(keys::BUTTONS, &[("buttons[].", keys::BUTTON)]),
            ),
            (
                include_str!("docs/location_request.md"),
                expected(keys::LOCATION, &[]),
            ),
            (
                include_str!("docs/cta_url.md"),
                expected(keys::CTA_URL, &[]),
            ),
            (
                include_str!("docs/flow_message.md"),
                expected(keys::FLOW, &[("flow_action_payload.", keys::FLOW_PAYLOAD)]),
            ),
            (
                include_str!("docs/product_message.md"),
                expected(keys::PRODUCT, &[]),
            ),
            (
                include_str!("docs/product_list.md"),
                expected(
                    keys::PRODUCT_LIST,
                    &[("sections[].", keys::PRODUCT_SECTION)],
                ),
            ),
            (
                include_str!("docs/catalog_message.md"),
                expected(keys::CATALOG, &[]),
            ),
            (
                include_str!("docs/carousel.md"),
                expected(
                    keys::CAROUSEL,
                    &[
                        ("cards[].", keys::MEDIA_CARD),
                        ("cards[].", keys::PRODUCT_CARD),
                        ("cards[].buttons[].", keys::QUICK_REPLY),
                        ("cards[].url.", keys::URL_BUTTON),
                    ],
                ),
            ),
            (
                include_str!("docs/request_contact_info.md"),
                expected(keys::CONTACT_INFO, &[]),
            ),
            (
                include_str!("docs/call_permission_request.md"),
                expected(keys::CALL_PERMISSION, &[]),
            ),
            (
                include_str!("docs/voice_call.md"),
                expected(keys::VOICE_CALL, &[]),
            ),
            (
                include_str!("docs/address_message.md"),
                expected(
                    keys::ADDRESS,
                    &[
                        ("saved_addresses[].", keys::SAVED_ADDRESS),
                        ("values.", keys::ADDRESS_FIELDS),
                    ],
                ),
            ),
        ];
        for (page, keys) in pages {
            assert_eq!(listed(page), keys, "{}", page.lines().next().unwrap_or(""));
        }
        let forms = include_str!("docs/header_forms.md");
        for key in keys::DOCUMENT.iter().chain(keys::MEDIA) {
            assert!(forms.contains(key), "header forms omit `{key}`");
        }
    }
}
