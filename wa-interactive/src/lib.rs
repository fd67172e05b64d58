//! WhatsApp Business interactive messages — list messages, reply buttons,
//! location requests, CTA URL buttons and flows — checked against every rule
//! WhatsApp enforces, with the exact Cloud API JSON.
//!
//! - Literal messages are written with the macros ([`interactive_list!`],
//!   [`reply_buttons!`], [`location_request!`], [`cta_url!`],
//!   [`flow_message!`]; for commerce [`product_message!`],
//!   [`product_list!`], [`catalog_message!`] and [`carousel!`]) and checked
//!   at compile time.
//! - Run-time content goes through the builders ([`ListMessage::builder`],
//!   …), the checked text types of [`text`], or `Deserialize`; all of them
//!   apply the same rules (one table, in `wa-interactive-core`) and report
//!   every violation with its JSON path.
//! - `serde_json::to_value(&msg)` gives the `interactive` object;
//!   [`OutgoingMessage`] gives the whole request body of `/messages`.
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
pub mod buttons;
pub mod carousel;
pub mod catalog;
mod common;
pub mod cta;
pub mod error;
pub mod flow;
pub mod header;
mod interactive;
pub mod list;
pub mod location;
mod outgoing;
pub mod product;
pub mod product_list;
mod rendered;
pub mod text;
#[cfg(feature = "webhook")]
pub mod webhook;

pub use buttons::{ButtonBuilder, ButtonMessage, ReplyButton};
pub use carousel::{CarouselBuilder, CarouselMessage};
pub use catalog::{CatalogBuilder, CatalogMessage};
pub use cta::{CtaUrlBuilder, CtaUrlMessage};
pub use error::ValidationError;
pub use flow::{FlowAction, FlowBuilder, FlowData, FlowMessage, FlowMode, FlowRef};
pub use header::{DocumentDraft, Header, HeaderDraft, Media};
pub use interactive::Interactive;
pub use list::{ListBuilder, ListMessage, Row, Section};
pub use location::LocationRequest;
pub use outgoing::OutgoingMessage;
pub use product::{ProductBuilder, ProductMessage};
pub use product_list::{ProductListBuilder, ProductListMessage, ProductSection};

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

/// A list message written as a literal and checked at compile time; see
/// [the DSL](crate#the-dsl). Returns a [`ListMessage`].
pub use wa_interactive_macros::interactive_list;

/// A reply-buttons message written as a literal and checked at compile
/// time; see [the DSL](crate#the-dsl). Returns a [`ButtonMessage`].
pub use wa_interactive_macros::reply_buttons;

/// A location request written as a literal and checked at compile time:
/// `location_request! { body: "…" }`. Returns a [`LocationRequest`].
pub use wa_interactive_macros::location_request;

/// A CTA URL message written as a literal and checked at compile time:
/// `cta_url! { header?, body, footer?, display_text, url }`. Returns a
/// [`CtaUrlMessage`].
pub use wa_interactive_macros::cta_url;

/// A flow message written as a literal and checked at compile time; keys
/// as in the API: `flow_id` or `flow_name`, `flow_cta`, `mode`,
/// `flow_token`, `flow_action`, `flow_action_payload: { screen }`. Returns a
/// [`FlowMessage`].
pub use wa_interactive_macros::flow_message;

/// A single-product message written as a literal and checked at compile
/// time: `product_message! { body?, footer?, catalog_id, product_retailer_id }`
/// (no header). Returns a [`ProductMessage`] (`"type": "product"`).
///
/// ```
/// let msg = wa_interactive::product_message! {
///     body: "Here is the item you asked about",
///     catalog_id: "194836987003835",
///     product_retailer_id: "di9ozbzfi4",
/// };
/// assert_eq!(msg.product_retailer_id(), "di9ozbzfi4");
/// ```
pub use wa_interactive_macros::product_message;

/// A multi-product message written as a literal and checked at compile
/// time: `product_list! { header, body, footer?, catalog_id, sections: [ {
/// title?, product_items: [ "SKU", … ] } ] }`. The header is text; each
/// item of `product_items` is a product's retailer id, sent as
/// `{"product_retailer_id": …}`. At most 10 sections and 30 products in
/// total, retailer ids unique. Returns a [`ProductListMessage`]
/// (`"type": "product_list"`).
///
/// ```
/// let msg = wa_interactive::product_list! {
///     header: "Our picks",
///     body: "Tap to browse",
///     catalog_id: "194836987003835",
///     sections: [
///         { title: "Plants", product_items: ["SKU-1", "SKU-2"] },
///         { title: "Pots", product_items: ["SKU-3"] },
///     ],
/// };
/// assert_eq!(msg.products().count(), 3);
/// ```
pub use wa_interactive_macros::product_list;

/// A catalog message written as a literal and checked at compile time:
/// `catalog_message! { body, footer?, thumbnail_product_retailer_id? }` (no
/// header; the thumbnail is sent as `action.parameters`). Returns a
/// [`CatalogMessage`] (`"type": "catalog_message"`).
///
/// ```
/// let msg = wa_interactive::catalog_message! {
///     body: "Browse our catalog",
///     thumbnail_product_retailer_id: "2lc20305pt",
/// };
/// assert!(msg.thumbnail_product_retailer_id().is_some());
/// ```
pub use wa_interactive_macros::catalog_message;

/// A carousel written as a literal and checked at compile time: a `body`
/// and 2 to 10 `cards`, all media cards or all product cards (no header, no
/// footer). Returns a [`CarouselMessage`] (`"type": "carousel"`); each
/// card's `card_index` is its position.
///
/// - A media card: `{ header: image { link | id } | video { link | id },
///   body?, buttons: [ { id, title }, … ] }` (1 or 2 quick replies) or
///   `{ header, body?, url: { display_text, url } }`. Every card has the
///   same header kind and the same buttons (a URL button each, or the same
///   number of quick replies); a card body has at most 160 characters and
///   2 line breaks; quick-reply ids are unique across the carousel.
/// - A product card: `{ catalog_id, product_retailer_id }`, every card of
///   the same catalog.
///
/// ```
/// let plants = wa_interactive::carousel! {
///     body: "Our succulents",
///     cards: [
///         {
///             header: image { link: "https://example.com/echeveria.png" },
///             body: "*Blue Echeveria*",
///             buttons: [ { id: "buy-echeveria", title: "Buy" } ],
///         },
///         {
///             header: image { link: "https://example.com/haworthia.png" },
///             buttons: [ { id: "buy-haworthia", title: "Buy" } ],
///         },
///     ],
/// };
/// let products = wa_interactive::carousel! {
///     body: "Check out our featured products!",
///     cards: [
///         { catalog_id: "123456789", product_retailer_id: "abc123xyz" },
///         { catalog_id: "123456789", product_retailer_id: "def456uvw" },
///     ],
/// };
/// # let _ = (plants, products);
/// ```
pub use wa_interactive_macros::carousel;
