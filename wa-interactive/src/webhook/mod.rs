//! Inbound webhooks (feature `webhook`): the notifications WhatsApp posts to
//! your endpoint, as types — the replies to interactive messages, the other
//! messages users send, the status of the messages you sent, calls — and the
//! checks every endpoint needs ([`verify_signature`], [`verify_subscription`]).
//!
//! ```
//! use wa_interactive::webhook::{self, Content, Reply};
//!
//! let body = br#"{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",
//!   "value":{"messaging_product":"whatsapp","messages":[{"from":"15551234567","id":"wamid.2",
//!   "timestamp":"1700000000","context":{"from":"15550000000","id":"wamid.1"},"type":"interactive",
//!   "interactive":{"type":"list_reply","list_reply":{"id":"slot-0900","title":"09:00"}}},
//!   {"id":"wamid.3","timestamp":"1700000001","type":"text"}]}}]}]}"#;
//! let note = webhook::parse(body)?;
//! for m in note.messages() {
//!     assert_eq!(m.sender(), "15551234567");
//!     assert_eq!(m.context.as_ref().and_then(|c| c.id.as_deref()), Some("wamid.1"));
//!     match &m.content {
//!         Content::Interactive(Reply::ListReply { id, .. }) => assert_eq!(id, "slot-0900"),
//!         other => panic!("unexpected {other:?}"),
//!     }
//! }
//! // The second message names no sender: it is set aside, the first is delivered.
//! let bad = note.malformed().next().unwrap();
//! assert_eq!(bad.path, "entry[0].changes[0].value.messages[1]");
//! # Ok::<(), webhook::Error>(())
//! ```
//!
//! Parsing never panics, whatever the bytes, and never loses a message for
//! the sake of another: only a body that is not a WhatsApp notification at
//! all is an error. Every entry, change, message, status, contact and call
//! is read on its own; one that does not fit its type is kept in
//! [`Notification::malformed`] with its path, JSON and reason. Fields
//! WhatsApp may omit are `Option`s: a user with a username may have no phone
//! number (`from`, `wa_id`), only a business-scoped user id
//! (`from_user_id`, `user_id`). Types, interactive types, statuses and call
//! events this version does not know parse as `Other` variants that keep the
//! name and the raw JSON. Text is borrowed from the body where it can be
//! ([`Str`]).

mod de;
mod message;
mod parse;
mod reply;
mod security;
mod status;
mod text;

pub use message::{
    Content, Context, Location, MediaFile, Message, Order, ProductItem, Reaction, ReferredProduct,
    SharedContact, SharedPhone, System,
};
pub use parse::{Change, Entry, Error, Malformed, Notification, parse};
pub use reply::{AddressReply, AddressValues, PermissionResponse, Reply, ResponseJson};
pub use security::{
    SignatureError, SubscriptionError, signature_header, verify_signature, verify_subscription,
};
pub use status::{
    Call, CallEvent, Contact, ErrorData, ErrorInfo, Metadata, Profile, Status, StatusKind,
};
pub use text::{RawJson, Str};
