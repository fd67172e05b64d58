//! Pass 3: the constructor expression of a checked message.
//!
//! A fully literal message becomes a constant expression: its slices are
//! nested `const` items (a `&[…]` passed as an argument is not promoted to
//! `'static`), every text is a `&'static str`, and the wire JSON rendered by
//! the rules crate rides along. Run-time values are passed through
//! `__private::Typed::<Type> { value: … }`, so a value of the wrong type is an error
//! that names the type to use.

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use wa_interactive_core::Field;
use wa_interactive_core::shape::{FlowAction, FlowMode, MediaKind};

use crate::lower::{ButtonsIr, CtaIr, FlowIr, HeaderIr, ListIr, LocationIr, RowIr, T};

fn private() -> TokenStream {
    quote!(::wa_interactive::__private)
}

fn some(tokens: TokenStream) -> TokenStream {
    let value = Group::new(Delimiter::Parenthesis, tokens);
    quote!(::core::option::Option::Some #value)
}

fn none() -> TokenStream {
    quote!(::core::option::Option::None)
}

/// A constructor call, wrapped in `literal!` (the JSON computed at compile
/// time) when every text of the message is a literal.
fn finish(ty: &str, literal: bool, make: TokenStream) -> TokenStream {
    if literal {
        let ty = Ident::new(ty, Span::call_site());
        quote!(::wa_interactive::__private::literal!(::wa_interactive::#ty, #make))
    } else {
        make
    }
}

fn header_literal(h: &HeaderIr) -> bool {
    match h {
        HeaderIr::Absent => true,
        HeaderIr::Text(t) => t.is_literal(),
        HeaderIr::Media {
            id, link, filename, ..
        } => id.is_literal() && link.is_literal() && filename.is_literal(),
    }
}

/// A present text of `field`.
fn text(t: &T, field: Field) -> TokenStream {
    let ty = Ident::new(field.type_name(), Span::call_site());
    let p = private();
    match t {
        T::Lit(lit, _) => quote!(::wa_interactive::text::#ty::__checked(#lit)),
        T::Expr(tokens, span) => {
            quote_spanned!(*span=> #p::Typed::<::wa_interactive::text::#ty> { value: #tokens }.value)
        }
        // The rules crate reports a missing required text before generation.
        T::Absent => quote!(::wa_interactive::text::#ty::__checked("")),
    }
}

fn opt_text(t: &T, field: Field) -> TokenStream {
    match t {
        T::Absent => none(),
        t => some(text(t, field)),
    }
}

fn header(h: &HeaderIr) -> TokenStream {
    let media = |id: &T, link: &T| match id {
        T::Absent => {
            let link = text(link, Field::MediaLink);
            quote!(::wa_interactive::Media::Link(#link))
        }
        id => {
            let id = text(id, Field::MediaId);
            quote!(::wa_interactive::Media::Id(#id))
        }
    };
    match h {
        HeaderIr::Absent => none(),
        HeaderIr::Text(t) => {
            let t = text(t, Field::HeaderText);
            some(quote!(::wa_interactive::Header::Text(#t)))
        }
        HeaderIr::Media {
            kind,
            id,
            link,
            filename,
        } => {
            let m = media(id, link);
            some(match kind {
                MediaKind::Image => quote!(::wa_interactive::Header::Image(#m)),
                MediaKind::Video => quote!(::wa_interactive::Header::Video(#m)),
                MediaKind::Document => {
                    let filename = opt_text(filename, Field::Filename);
                    quote!(::wa_interactive::Header::Document { media: #m, filename: #filename })
                }
            })
        }
    }
}

fn row(r: &RowIr) -> TokenStream {
    let p = private();
    let id = text(&r.id, Field::RowId);
    let title = text(&r.title, Field::RowTitle);
    let description = opt_text(&r.description, Field::RowDescription);
    quote!(#p::row(#id, #title, #description))
}

pub(crate) fn list(ir: &ListIr) -> TokenStream {
    let p = private();
    let mut items = TokenStream::new();
    let mut sections = Vec::new();
    let mut all_const = true;
    for (i, section) in ir.sections.iter().flatten().enumerate() {
        let rows: Vec<&RowIr> = section.rows.iter().flatten().collect();
        let title = opt_text(&section.title, Field::SectionTitle);
        let rows_tokens = rows.iter().map(|r| row(r));
        if rows
            .iter()
            .all(|r| r.title.is_literal() && r.description.is_literal())
        {
            let name = format_ident!("__WA_ROWS_{}", i);
            items.extend(quote!(const #name: &[::wa_interactive::Row] = &[#(#rows_tokens),*];));
            sections.push(quote!(#p::section(#title, #name)));
            all_const &= section.title.is_literal();
        } else {
            sections.push(quote!(#p::section_owned(#title, ::std::vec![#(#rows_tokens),*])));
            all_const = false;
        }
    }
    let head = [
        header_text(&ir.header),
        text(&ir.body, Field::Body),
        opt_text(&ir.footer, Field::Footer),
        text(&ir.button, Field::ListButton),
    ];
    let [header, body, footer, button] = head;
    let literal = all_const
        && header_literal(&ir.header)
        && ir.body.is_literal()
        && ir.footer.is_literal()
        && ir.button.is_literal();
    if all_const {
        let make = finish(
            "ListMessage",
            literal,
            quote!(#p::list(#header, #body, #footer, #button, __WA_SECTIONS)),
        );
        quote!({
            #items
            const __WA_SECTIONS: &[::wa_interactive::Section] = &[#(#sections),*];
            #make
        })
    } else {
        quote!({
            #items
            #p::list_owned(#header, #body, #footer, #button, ::std::vec![#(#sections),*])
        })
    }
}

/// A list header is text only.
fn header_text(h: &HeaderIr) -> TokenStream {
    match h {
        HeaderIr::Text(t) => {
            let t = text(t, Field::HeaderText);
            some(quote!(::wa_interactive::Header::Text(#t)))
        }
        HeaderIr::Absent | HeaderIr::Media { .. } => none(),
    }
}

pub(crate) fn buttons(ir: &ButtonsIr) -> TokenStream {
    let p = private();
    let buttons = ir.buttons.iter().flatten().map(|b| {
        let id = text(&b.id, Field::ButtonId);
        let title = text(&b.title, Field::ButtonTitle);
        quote!(#p::reply(#id, #title))
    });
    let header = header(&ir.header);
    let body = text(&ir.body, Field::Body);
    let footer = opt_text(&ir.footer, Field::Footer);
    let literal = header_literal(&ir.header) && ir.body.is_literal() && ir.footer.is_literal();
    let make = finish(
        "ButtonMessage",
        literal,
        quote!(#p::buttons(#header, #body, #footer, __WA_BUTTONS)),
    );
    quote!({
        const __WA_BUTTONS: &[::wa_interactive::ReplyButton] = &[#(#buttons),*];
        #make
    })
}

pub(crate) fn location(ir: &LocationIr) -> TokenStream {
    let p = private();
    let body = text(&ir.body, Field::Body);
    finish(
        "LocationRequest",
        ir.body.is_literal(),
        quote!(#p::location(#body)),
    )
}

pub(crate) fn cta(ir: &CtaIr) -> TokenStream {
    let p = private();
    let header = header(&ir.header);
    let body = text(&ir.body, Field::Body);
    let footer = opt_text(&ir.footer, Field::Footer);
    let display_text = text(&ir.display_text, Field::DisplayText);
    let url = text(&ir.url, Field::Url);
    let literal = header_literal(&ir.header)
        && [&ir.body, &ir.footer, &ir.display_text, &ir.url]
            .iter()
            .all(|t| t.is_literal());
    finish(
        "CtaUrlMessage",
        literal,
        quote!(#p::cta_url(#header, #body, #footer, #display_text, #url)),
    )
}

pub(crate) fn flow(ir: &FlowIr) -> TokenStream {
    let p = private();
    let header = header(&ir.header);
    let body = text(&ir.body, Field::Body);
    let footer = opt_text(&ir.footer, Field::Footer);
    let flow = match &ir.flow_id {
        T::Absent => {
            let name = text(&ir.flow_name, Field::FlowName);
            quote!(::wa_interactive::FlowRef::Name(#name))
        }
        id => {
            let id = text(id, Field::FlowId);
            quote!(::wa_interactive::FlowRef::Id(#id))
        }
    };
    let cta = text(&ir.flow_cta, Field::FlowCta);
    let mode = match ir.mode {
        None => none(),
        Some(FlowMode::Draft) => some(quote!(::wa_interactive::FlowMode::Draft)),
        Some(FlowMode::Published) => some(quote!(::wa_interactive::FlowMode::Published)),
    };
    let token = opt_text(&ir.flow_token, Field::FlowToken);
    let action = match ir.action {
        FlowAction::Navigate => {
            let screen = match &ir.screen {
                Some(screen) => opt_text(screen, Field::FlowScreen),
                None => none(),
            };
            quote!(::wa_interactive::FlowAction::Navigate { screen: #screen, data: ::core::option::Option::None })
        }
        FlowAction::DataExchange => quote!(::wa_interactive::FlowAction::DataExchange),
    };
    let literal = header_literal(&ir.header)
        && [
            &ir.body,
            &ir.footer,
            &ir.flow_id,
            &ir.flow_name,
            &ir.flow_cta,
            &ir.flow_token,
        ]
        .iter()
        .all(|t| t.is_literal())
        && ir.screen.as_ref().is_none_or(T::is_literal);
    finish(
        "FlowMessage",
        literal,
        quote!(#p::flow(#header, #body, #footer, #flow, #cta, #mode, #token, #action)),
    )
}
