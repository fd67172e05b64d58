//! `cta_url!`: a call-to-action URL button message.

use proc_macro2::TokenStream;
use quote::quote;
use wa_interactive_core::{Field, Path, Violation, shape};

use super::MessageKind;
use crate::generate::{self, header, opt_text, private, text};
use crate::ir::{Head, TextSlot};
use crate::json;
use crate::lower::{Keys, Lower};

pub(crate) struct CtaUrl;

pub(crate) struct CtaUrlIr {
    head: Head,
    display_text: TextSlot,
    url: TextSlot,
}

impl MessageKind for CtaUrl {
    const NAME: &'static str = "a CTA URL message";
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::CTA_URL;
    type Ir = CtaUrlIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> CtaUrlIr {
        let parameters = Path::root().key("action").key("parameters");
        CtaUrlIr {
            head: lower.head(keys),
            display_text: lower.text(
                keys.get("display_text"),
                Field::DisplayText,
                &parameters.key("display_text"),
                None,
            ),
            url: lower.text(keys.get("url"), Field::Url, &parameters.key("url"), None),
        }
    }

    fn check(ir: &CtaUrlIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &CtaUrlIr) -> TokenStream {
        let p = private();
        let header = header(&ir.head.header);
        let body = text(&ir.head.body, Field::Body);
        let footer = opt_text(&ir.head.footer, Field::Footer);
        let display_text = text(&ir.display_text, Field::DisplayText);
        let url = text(&ir.url, Field::Url);
        let literal = ir.head.is_literal() && ir.display_text.is_literal() && ir.url.is_literal();
        generate::message(
            "CtaUrlMessage",
            literal,
            || json::cta_url(&shape(ir)),
            quote!(#p::cta_url(#header, #body, #footer, #display_text, #url)),
        )
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("cta_url")
    }
}

fn shape(ir: &CtaUrlIr) -> shape::CtaUrl<'_> {
    shape::CtaUrl {
        header: ir.head.header.shape(),
        body: ir.head.body.shape(),
        footer: ir.head.footer.shape(),
        display_text: ir.display_text.shape(),
        url: ir.url.shape(),
    }
}
