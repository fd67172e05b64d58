//! One module per message kind. Each describes its kind once, as a
//! [`MessageKind`]: its keys, how its tree is lowered, which rules check
//! it, and the constructor it expands to. `expand` drives every kind
//! through the same passes, so a new kind is a new module here and one
//! `#[proc_macro]` in `lib.rs`.

mod address;
mod body_only;
mod buttons;
mod carousel;
mod catalog;
mod cta_url;
mod flow;
mod list;
mod location;
mod product;
mod product_list;
mod text_message;
mod voice_call;

use proc_macro2::TokenStream;
use wa_interactive_core::Violation;

use crate::lower::{Keys, Lower};

pub(crate) use address::Address;
pub(crate) use body_only::{CallPermission, ContactInfo};
pub(crate) use buttons::Buttons;
pub(crate) use carousel::Carousel;
pub(crate) use catalog::Catalog;
pub(crate) use cta_url::CtaUrl;
pub(crate) use flow::Flow;
pub(crate) use list::List;
pub(crate) use location::Location;
pub(crate) use product::Product;
pub(crate) use product_list::ProductList;
pub(crate) use text_message::TextMessage;
pub(crate) use voice_call::VoiceCall;

/// What one macro needs to know about its message kind.
pub(crate) trait MessageKind {
    /// How errors name a message of this kind: "a list message".
    const NAME: &'static str;
    /// The keys of the invocation's top level.
    const KEYS: &'static [&'static str];
    /// The invocation, read.
    type Ir;

    /// Reads the top level's known keys; errors go to `lower`.
    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> Self::Ir;
    /// Every rule of the rules crate the message breaks.
    fn check(ir: &Self::Ir) -> Result<(), Vec<Violation>>;
    /// The expression that builds the checked message.
    fn generate(ir: &Self::Ir) -> TokenStream;
    /// A stand-in of the message's type, emitted beside the errors of a
    /// failed expansion.
    fn placeholder() -> TokenStream;
}
