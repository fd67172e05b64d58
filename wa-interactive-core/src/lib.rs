//! The rules of WhatsApp interactive messages, written once.
//!
//! This crate is an implementation detail of [`wa-interactive`]: the macros
//! check literal messages with it at compile time, and the runtime builders
//! and `Deserialize` check dynamic messages with it at run time, so both
//! sides enforce the same limits and report the same
//! [`Violation`]s (what is wrong, where, the figure and the limit).
//!
//! - [`Field`]: every text field, its character limit and its form
//!   (trimmed id, http(s) URL); [`Field::check`] checks one text.
//! - [`Count`]: the bounds on sections, rows and buttons.
//! - [`Number`]: the bounds on numbers (a voice call's `ttl_minutes`).
//! - [`shape`]: each message kind's structure and its structural rules
//!   (required keys, counts across sections, unique ids and titles,
//!   exclusive keys), checked by `check()` on a shape.
//!
//! Lengths are counted in Unicode scalar values (`str::chars().count()`).
//!
//! [`wa-interactive`]: https://docs.rs/wa-interactive

#[cfg(feature = "boundary-table")]
#[doc(hidden)]
pub mod boundary;
mod field;
mod path;
pub mod shape;
mod violation;

pub use field::{Field, Form, TextProblem, char_count, has_emoji, is_http_url};

/// Every limit of interactive messages, named: text lengths in characters
/// (Unicode scalar values) and counts.
pub mod limits {
    pub use crate::field::text_limits::*;

    /// Sections of a list message: at most 10.
    pub const LIST_SECTIONS: usize = 10;
    /// Rows of a list message, added up across its sections: at most 10.
    pub const LIST_ROWS: usize = 10;
    /// Buttons of a reply-buttons message: at most 3.
    pub const BUTTONS: usize = 3;
    /// The only `flow_message_version` WhatsApp accepts.
    pub const FLOW_MESSAGE_VERSION: &str = "3";
    /// Sections of a product list message: at most 10.
    pub const PRODUCT_SECTIONS: usize = 10;
    /// Products of a product list message, added up across its sections: at most 30.
    pub const PRODUCTS: usize = 30;
    /// Cards of a carousel: at least 2.
    pub const MIN_CARDS: usize = 2;
    /// Cards of a carousel: at most 10.
    pub const CARDS: usize = 10;
    /// Quick-reply buttons of a carousel card: at most 2.
    pub const QUICK_REPLIES: usize = 2;
    /// Line breaks in a carousel card's body: at most 2.
    pub const CARD_BODY_LINE_BREAKS: usize = crate::field::LINE_BREAKS;
    /// Fewest minutes a voice call's button stays valid (`ttl_minutes`).
    pub const CALL_TTL_MINUTES_MIN: u32 = 1;
    /// Most minutes a voice call's button stays valid (`ttl_minutes`): 30 days.
    pub const CALL_TTL_MINUTES_MAX: u32 = 43_200;
    /// The only `country` of an address message WhatsApp accepts: India.
    pub const ADDRESS_COUNTRY: &str = "IN";
}
pub use path::{Path, Seg};

/// The escape of a byte in a JSON string, as `serde_json` writes it, and its
/// length: 0 for a byte that goes in as it is. The runtime's writer and the
/// macros' (which must write the same bytes) both escape with it.
pub const fn json_escape(byte: u8) -> ([u8; 6], usize) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match byte {
        b'"' => ([b'\\', b'"', 0, 0, 0, 0], 2),
        b'\\' => ([b'\\', b'\\', 0, 0, 0, 0], 2),
        b'\n' => ([b'\\', b'n', 0, 0, 0, 0], 2),
        b'\r' => ([b'\\', b'r', 0, 0, 0, 0], 2),
        b'\t' => ([b'\\', b't', 0, 0, 0, 0], 2),
        0x08 => ([b'\\', b'b', 0, 0, 0, 0], 2),
        0x0c => ([b'\\', b'f', 0, 0, 0, 0], 2),
        0x00..=0x1f => (
            [
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(byte >> 4) as usize],
                HEX[(byte & 0xf) as usize],
            ],
            6,
        ),
        _ => ([0; 6], 0),
    }
}
pub use violation::Number;
pub use violation::{Count, Kind, Violation, same_text, summarise};

/// The keys each macro takes, by the object they are written in: what the
/// macros accept and what the macros' reference pages list (a test checks
/// the pages against these lists).
pub mod keys {
    /// `interactive_list!`
    pub const LIST: &[&str] = &["header", "body", "footer", "button", "sections"];
    /// A section of `interactive_list!`.
    pub const SECTION: &[&str] = &["title", "rows"];
    /// A row of `interactive_list!`.
    pub const ROW: &[&str] = &["id", "title", "description"];
    /// `reply_buttons!`
    pub const BUTTONS: &[&str] = &["header", "body", "footer", "buttons"];
    /// A button of `reply_buttons!`.
    pub const BUTTON: &[&str] = &["id", "title"];
    /// `location_request!`
    pub const LOCATION: &[&str] = &["body"];
    /// `cta_url!`
    pub const CTA_URL: &[&str] = &["header", "body", "footer", "display_text", "url"];
    /// `flow_message!`
    pub const FLOW: &[&str] = &[
        "header",
        "body",
        "footer",
        "flow_message_version",
        "flow_id",
        "flow_name",
        "flow_cta",
        "mode",
        "flow_token",
        "flow_action",
        "flow_action_payload",
    ];
    /// `flow_action_payload` of `flow_message!`.
    pub const FLOW_PAYLOAD: &[&str] = &["screen", "data"];
    /// `request_contact_info!`: `header` and `footer` are read to be
    /// reported as not taken.
    pub const CONTACT_INFO: &[&str] = &["header", "body", "footer"];
    /// `call_permission_request!`, read as `request_contact_info!`.
    pub const CALL_PERMISSION: &[&str] = CONTACT_INFO;
    /// `voice_call!` (`action.parameters` flattened); `header` and `footer`
    /// are read to be reported as not taken.
    pub const VOICE_CALL: &[&str] = &[
        "header",
        "body",
        "footer",
        "display_text",
        "ttl_minutes",
        "payload",
    ];
    /// `address_message!` (`action.parameters` flattened).
    pub const ADDRESS: &[&str] = &[
        "header",
        "body",
        "footer",
        "country",
        "values",
        "saved_addresses",
        "validation_errors",
    ];
    /// A saved address of `address_message!`.
    pub const SAVED_ADDRESS: &[&str] = &["id", "value"];
    /// `values`, a saved address's `value` and `validation_errors` of
    /// `address_message!`: the documented fields of an address.
    pub const ADDRESS_FIELDS: &[&str] = &crate::shape::ADDRESS_FIELDS;
    /// `text_message!`
    pub const TEXT_MESSAGE: &[&str] = &["body", "preview_url"];
    /// An image or video header (`image { … }`, `video { … }`).
    pub const MEDIA: &[&str] = &["id", "link"];
    /// A document header (`document { … }`).
    pub const DOCUMENT: &[&str] = &["id", "link", "filename"];
    /// `product_message!` (`header` is read only to be reported: the kind takes none).
    pub const PRODUCT: &[&str] = &[
        "header",
        "body",
        "footer",
        "catalog_id",
        "product_retailer_id",
    ];
    /// `product_list!`
    pub const PRODUCT_LIST: &[&str] = &["header", "body", "footer", "catalog_id", "sections"];
    /// A section of `product_list!`.
    pub const PRODUCT_SECTION: &[&str] = &["title", "product_items"];
    /// `catalog_message!` (`header` is read only to be reported).
    pub const CATALOG: &[&str] = &["header", "body", "footer", "thumbnail_product_retailer_id"];
    /// `carousel!` (`header` and `footer` are read only to be reported).
    pub const CAROUSEL: &[&str] = &["header", "body", "footer", "cards"];
    /// A media card of `carousel!`.
    pub const MEDIA_CARD: &[&str] = &["header", "body", "buttons", "url"];
    /// A product card of `carousel!`.
    pub const PRODUCT_CARD: &[&str] = &["catalog_id", "product_retailer_id"];
    /// A quick reply of a media card.
    pub const QUICK_REPLY: &[&str] = &["id", "title"];
    /// The URL button of a media card (`url: { … }`).
    pub const URL_BUTTON: &[&str] = &["display_text", "url"];
}
