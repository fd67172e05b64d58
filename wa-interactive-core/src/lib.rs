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
}
pub use path::{Path, Seg};
pub use violation::{Count, Kind, Violation, same_text, summarise};
