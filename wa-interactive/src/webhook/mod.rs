//! Inbound webhooks (feature `webhook`): the notifications WhatsApp posts to
//! your endpoint, as types — the replies to interactive messages, the other
//! messages users send, and the status of the messages you sent — and the
//! checks every endpoint needs ([`verify_signature`], [`verify_subscription`]).
//!
//! ```
//! use wa_interactive::webhook::{self, Content, Reply};
//!
//! let body = br#"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",
//!   "value":{"messaging_product":"whatsapp","messages":[{"from":"15551234567","id":"wamid.2",
//!   "timestamp":"1700000000","context":{"from":"15550000000","id":"wamid.1"},"type":"interactive",
//!   "interactive":{"type":"list_reply","list_reply":{"id":"slot-0900","title":"09:00"}}}]}}]}]}"#;
//! let note = webhook::parse(body)?;
//! for m in note.messages() {
//!     assert_eq!(m.context.as_ref().unwrap().id, "wamid.1");
//!     match &m.content {
//!         Content::Interactive(Reply::ListReply { id, .. }) => assert_eq!(id, "slot-0900"),
//!         other => panic!("unexpected {other:?}"),
//!     }
//! }
//! # Ok::<(), webhook::Error>(())
//! ```
//!
//! Parsing never panics, whatever the bytes. Types, interactive types and
//! statuses this version does not know parse as `Other` variants that keep
//! the name and the raw JSON; only input that is not a WhatsApp notification
//! at all is an error. Text is borrowed from the body where it can be
//! ([`Str`]).

mod parse;
mod security;
mod text;

pub use parse::{
    Change, Contact, Content, Context, Entry, Error, ErrorData, ErrorInfo, Location, Message,
    Metadata, Notification, Profile, Reply, ResponseJson, Status, StatusKind, parse,
};
pub use security::{
    SignatureError, SubscriptionError, signature_header, verify_signature, verify_subscription,
};
pub use text::{RawJson, Str};
