//! Implementation detail of [`wa-interactive`]: use that crate, which
//! re-exports these macros and documents them.
//!
//! Each macro runs three passes over `proc_macro2` tokens: `parse` (the DSL
//! as a tree), `lower` (the tree read as one message kind, then checked by
//! the rules of `wa-interactive-core`) and `generate` (one constructor
//! expression over `::wa_interactive::__private`). Each message kind is
//! described once, in its module under `kinds`; `expand` drives it through
//! the passes.
//!
//! [`wa-interactive`]: https://docs.rs/wa-interactive

// The macro never panics on user input: a panic is a bug.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable,
    clippy::todo
)]

mod choices;
mod diagnostics;
mod expand;
mod generate;
mod ir;
mod json;
mod kinds;
mod lower;
mod parse;

use proc_macro::TokenStream;

use crate::expand::expand;
use crate::kinds::{Address, CallPermission, ContactInfo, VoiceCall};
use crate::kinds::{Buttons, CtaUrl, Flow, List, Location};
use crate::kinds::{Carousel, Catalog, Product, ProductList, TextMessage};

/// A list message, checked at compile time. See `wa_interactive::interactive_list!`.
#[proc_macro]
pub fn interactive_list(input: TokenStream) -> TokenStream {
    expand::<List>(input.into()).into()
}

/// A reply-buttons message, checked at compile time. See `wa_interactive::reply_buttons!`.
#[proc_macro]
pub fn reply_buttons(input: TokenStream) -> TokenStream {
    expand::<Buttons>(input.into()).into()
}

/// A location request, checked at compile time. See `wa_interactive::location_request!`.
#[proc_macro]
pub fn location_request(input: TokenStream) -> TokenStream {
    expand::<Location>(input.into()).into()
}

/// A CTA URL message, checked at compile time. See `wa_interactive::cta_url!`.
#[proc_macro]
pub fn cta_url(input: TokenStream) -> TokenStream {
    expand::<CtaUrl>(input.into()).into()
}

/// A flow message, checked at compile time. See `wa_interactive::flow_message!`.
#[proc_macro]
pub fn flow_message(input: TokenStream) -> TokenStream {
    expand::<Flow>(input.into()).into()
}

/// A single-product message, checked at compile time. See `wa_interactive::product_message!`.
#[proc_macro]
pub fn product_message(input: TokenStream) -> TokenStream {
    expand::<Product>(input.into()).into()
}

/// A multi-product message, checked at compile time. See `wa_interactive::product_list!`.
#[proc_macro]
pub fn product_list(input: TokenStream) -> TokenStream {
    expand::<ProductList>(input.into()).into()
}

/// A catalog message, checked at compile time. See `wa_interactive::catalog_message!`.
#[proc_macro]
pub fn catalog_message(input: TokenStream) -> TokenStream {
    expand::<Catalog>(input.into()).into()
}

/// A carousel of media or product cards, checked at compile time. See `wa_interactive::carousel!`.
#[proc_macro]
pub fn carousel(input: TokenStream) -> TokenStream {
    expand::<Carousel>(input.into()).into()
}

/// A contact-info request, checked at compile time. See `wa_interactive::request_contact_info!`.
#[proc_macro]
pub fn request_contact_info(input: TokenStream) -> TokenStream {
    expand::<ContactInfo>(input.into()).into()
}

/// A call permission request, checked at compile time. See `wa_interactive::call_permission_request!`.
#[proc_macro]
pub fn call_permission_request(input: TokenStream) -> TokenStream {
    expand::<CallPermission>(input.into()).into()
}

/// A voice call message, checked at compile time. See `wa_interactive::voice_call!`.
#[proc_macro]
pub fn voice_call(input: TokenStream) -> TokenStream {
    expand::<VoiceCall>(input.into()).into()
}

/// An address message, checked at compile time. See `wa_interactive::address_message!`.
#[proc_macro]
pub fn address_message(input: TokenStream) -> TokenStream {
    expand::<Address>(input.into()).into()
}

/// A text message, checked at compile time. See `wa_interactive::text_message!`.
#[proc_macro]
pub fn text_message(input: TokenStream) -> TokenStream {
    expand::<TextMessage>(input.into()).into()
}

/// `#[derive(Choices)]`: an enum of unit variants as the options of a
/// message. See `wa_interactive::Choices`.
#[proc_macro_derive(Choices, attributes(choice))]
pub fn derive_choices(input: TokenStream) -> TokenStream {
    choices::derive(input.into()).into()
}

#[cfg(test)]
mod tests;
