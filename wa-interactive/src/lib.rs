//! WhatsApp Business interactive messages — list messages, reply buttons,
//! location requests, CTA URL buttons and flows — checked against every rule
//! WhatsApp enforces, with the exact Cloud API JSON.
//!
//! - Literal messages are written with the macros ([`interactive_list!`],
//!   [`reply_buttons!`], …) and checked at compile time.
//! - Run-time content goes through the builders
//!   ([`ListMessage::builder`], …), the checked text types of [`text`], or
//!   `Deserialize`; all of them apply the same rules (one table, in
//!   `wa-interactive-core`) and report every violation with its JSON path.
//! - `serde_json::to_value(&msg)` gives the `interactive` object;
//!   [`OutgoingMessage`] gives the whole request body of `/messages`.
//!
//! A message value that exists is valid: fields are private, and every way
//! to make one checks it.
//!
//! Lengths are counted in Unicode scalar values (`str::chars().count()`),
//! the unit of JSON Schema's `maxLength`, in which Meta states the limits.
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
mod common;
pub mod cta;
pub mod error;
pub mod flow;
pub mod header;
mod interactive;
pub mod list;
pub mod location;
mod outgoing;
mod raw;
pub mod text;

pub use buttons::{ButtonBuilder, ButtonMessage, ReplyButton};
pub use cta::{CtaUrlBuilder, CtaUrlMessage};
pub use error::ValidationError;
pub use flow::{FlowAction, FlowBuilder, FlowMessage, FlowMode, FlowRef};
pub use header::{DocumentDraft, Header, HeaderDraft, Media};
pub use interactive::Interactive;
pub use list::{ListBuilder, ListMessage, Row, Section};
pub use location::LocationRequest;
pub use outgoing::OutgoingMessage;

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
