//! Pass 3, the parts every kind writes the same way: texts, headers,
//! options and the `literal_json!` wrapper. Each kind's constructor call
//! is its `MessageKind::generate`; the constructors in
//! `::wa_interactive::__private` trust what the macro checked. A fully
//! literal message also carries its JSON, written here (`crate::json`).
//!
//! A literal text becomes `::wa_interactive::text::Type::__trusted("…")`, a
//! `&'static str` the macro has checked. A constant (`ASK`) is checked by
//! the compiler in a `const _` spanned on it
//! (`__private::check_const_text`), then trusted. Any other value is
//! passed through `<_ as __private::CheckedText<Type>>::into_checked(…)`,
//! so a value of another type (a `String`, a `&str`) is one error on the
//! value that names the type to use and how to build one (the
//! `on_unimplemented` message of `__private::CheckedText`).

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::LitStr;

use crate::json::Unknown;
use wa_interactive_core::Field;
use wa_interactive_core::shape::MediaKind;

use crate::ir::{HeaderIr, TextSlot};

/// `::wa_interactive::__private`, where the constructors are.
pub(crate) fn private() -> TokenStream {
    quote!(::wa_interactive::__private)
}

pub(crate) fn some(tokens: TokenStream) -> TokenStream {
    let value = Group::new(Delimiter::Parenthesis, tokens);
    quote!(::core::option::Option::Some #value)
}

pub(crate) fn none() -> TokenStream {
    quote!(::core::option::Option::None)
}

/// A message of type `ty` (in `::wa_interactive`) made by `make`, a
/// constructor call. When every text of the message is a literal the
/// message is a constant that carries the JSON `json` writes
/// (`__private::literal_json!`); when a value is not known to the macro (a
/// constant's text, a `Choices` enum's options) it carries none, and its
/// JSON is written from its fields when asked for. Otherwise the call
/// stands alone.
pub(crate) fn message(
    ty: &str,
    literal: bool,
    json: impl FnOnce() -> Result<String, Unknown>,
    make: TokenStream,
) -> TokenStream {
    if !literal {
        return make;
    }
    match json() {
        Ok(json) => {
            let ty = Ident::new(ty, Span::call_site());
            let p = private();
            let json = LitStr::new(&json, Span::call_site());
            quote!(#p::literal_json!(::wa_interactive::#ty, #make, #json))
        }
        Err(Unknown) => make,
    }
}

/// A present text of `field`.
pub(crate) fn text(slot: &TextSlot, field: Field) -> TokenStream {
    let ty = Ident::new(field.type_name(), Span::call_site());
    let p = private();
    match slot {
        TextSlot::Literal { lit, .. } => quote!(::wa_interactive::text::#ty::__trusted(#lit)),
        TextSlot::Expr {
            tokens,
            constant: true,
            ..
        } => {
            // The constant's name, the path's last segment.
            let span = tokens
                .clone()
                .into_iter()
                .last()
                .map_or_else(Span::call_site, |token| token.span());
            // The constant is read once, into a `&str` item: a constant of
            // another type is one error, on its name; the check is an item
            // nothing uses, so a text that breaks the rule is one error.
            quote_spanned!(span=> {
                const __WA_TEXT: &::core::primitive::str = #tokens;
                const _: () = ::wa_interactive::__private::check_const_text(::wa_interactive::text::#ty::FIELD, __WA_TEXT);
                ::wa_interactive::text::#ty::__trusted(__WA_TEXT)
            })
        }
        TextSlot::Expr { tokens, span, .. } => {
            let value = Group::new(Delimiter::Parenthesis, tokens.clone());
            quote_spanned!(*span=> <_ as #p::CheckedText<::wa_interactive::text::#ty>>::into_checked #value)
        }
        // Never generated: the rules crate reports a missing required text,
        // and a failed expansion emits a placeholder instead.
        TextSlot::Absent => quote!(::wa_interactive::text::#ty::__trusted("")),
    }
}

/// An optional text of `field`.
pub(crate) fn opt_text(slot: &TextSlot, field: Field) -> TokenStream {
    match slot {
        TextSlot::Absent => none(),
        slot => some(text(slot, field)),
    }
}

/// An optional header of any form.
pub(crate) fn header(header: &HeaderIr) -> TokenStream {
    match header {
        HeaderIr::Absent => none(),
        header => some(header_value(header)),
    }
}

/// A present header of any form (a carousel card's).
pub(crate) fn header_value(header: &HeaderIr) -> TokenStream {
    let media = |id: &TextSlot, link: &TextSlot| match id {
        TextSlot::Absent => {
            let link = text(link, Field::MediaLink);
            quote!(::wa_interactive::Media::Link(#link))
        }
        id => {
            let id = text(id, Field::MediaId);
            quote!(::wa_interactive::Media::Id(#id))
        }
    };
    match header {
        // Never generated: the rules crate reports a missing header.
        HeaderIr::Absent => {
            let text = text(&TextSlot::Absent, Field::HeaderText);
            quote!(::wa_interactive::Header::Text(#text))
        }
        HeaderIr::Text(slot) => {
            let text = text(slot, Field::HeaderText);
            quote!(::wa_interactive::Header::Text(#text))
        }
        HeaderIr::Media {
            kind,
            id,
            link,
            filename,
        } => {
            let media = media(id, link);
            match kind {
                MediaKind::Image => quote!(::wa_interactive::Header::Image(#media)),
                MediaKind::Video => quote!(::wa_interactive::Header::Video(#media)),
                MediaKind::Document => {
                    let filename = opt_text(filename, Field::Filename);
                    quote!(::wa_interactive::Header::Document { media: #media, filename: #filename })
                }
            }
        }
    }
}

/// The placeholder function of `__private::placeholder` named `name`.
pub(crate) fn placeholder(name: &str) -> TokenStream {
    let name = Ident::new(name, Span::call_site());
    let p = private();
    quote!(#p::placeholder::#name())
}
