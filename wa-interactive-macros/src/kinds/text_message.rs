//! `text_message!`: a text message, its body and `preview_url`.

use proc_macro2::TokenStream;
use quote::quote;
use wa_interactive_core::{Field, Path, Violation, shape};

use super::MessageKind;
use crate::generate::{self, private, text};
use crate::ir::TextSlot;
use crate::json;
use crate::lower::{Keys, Lower};
use crate::parse::Value;

pub(crate) struct TextMessage;

pub(crate) struct TextMessageIr {
    body: TextSlot,
    preview_url: PreviewUrl,
}

/// `preview_url`: absent, `true`/`false`, or a `bool` known at run time.
enum PreviewUrl {
    Absent,
    Known(bool),
    Expr(TokenStream),
}

impl MessageKind for TextMessage {
    const NAME: &'static str = shape::TextMessage::NAME;
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::TEXT_MESSAGE;
    type Ir = TextMessageIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> TextMessageIr {
        let body = lower.text(
            keys.get("body"),
            Field::TextBody,
            &Path::root().key("body"),
            None,
        );
        let preview_url = match keys.get("preview_url") {
            None => PreviewUrl::Absent,
            Some(value) => {
                lower.record(&Path::root().key("preview_url"), value.span());
                match value {
                    Value::Expr { tokens, .. } => match tokens.to_string().as_str() {
                        "true" => PreviewUrl::Known(true),
                        "false" => PreviewUrl::Known(false),
                        _ => PreviewUrl::Expr(tokens.clone()),
                    },
                    other => {
                        lower.malformed(
                            &Path::root().key("preview_url"),
                            other.span(),
                            "`preview_url` is `true` or `false` (or a `bool` known at run time)",
                        );
                        PreviewUrl::Absent
                    }
                }
            }
        };
        TextMessageIr { body, preview_url }
    }

    fn check(ir: &TextMessageIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &TextMessageIr) -> TokenStream {
        let p = private();
        let body = text(&ir.body, Field::TextBody);
        let (preview, known) = match &ir.preview_url {
            PreviewUrl::Absent => (quote!(::core::option::Option::None), Some(None)),
            PreviewUrl::Known(flag) => (
                quote!(::core::option::Option::Some(#flag)),
                Some(Some(*flag)),
            ),
            PreviewUrl::Expr(tokens) => (
                quote!(::core::option::Option::Some({ let flag: bool = #tokens; flag })),
                None,
            ),
        };
        let make = quote!(#p::text_message(#body, #preview));
        match known {
            Some(flag) => generate::message(
                "TextMessage",
                ir.body.is_literal(),
                || json::text_message(&shape(ir), flag),
                make,
            ),
            None => make,
        }
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("text_message")
    }
}

fn shape(ir: &TextMessageIr) -> shape::TextMessage<'_> {
    shape::TextMessage {
        body: ir.body.shape(),
    }
}
