//! `request_contact_info!`: a contact-info request.

use proc_macro2::TokenStream;
use quote::quote;
use wa_interactive_core::{Field, Violation, shape};

use super::MessageKind;
use crate::generate::{self, private, text};
use crate::ir::TextSlot;
use crate::lower::{Keys, Lower};

pub(crate) struct ContactInfo;

pub(crate) struct ContactInfoIr {
    /// Whether a header was given: an error on it.
    header: bool,
    body: TextSlot,
    footer: bool,
}

impl MessageKind for ContactInfo {
    const NAME: &'static str = shape::ContactInfo::NAME;
    // `header` and `footer` are read to be reported as not taken.
    const KEYS: &'static [&'static str] = &["header", "body", "footer"];
    type Ir = ContactInfoIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> ContactInfoIr {
        ContactInfoIr {
            header: lower.stray(keys, "header"),
            body: lower.body(keys),
            footer: lower.stray(keys, "footer"),
        }
    }

    fn check(ir: &ContactInfoIr) -> Result<(), Vec<Violation>> {
        shape::ContactInfo {
            header: ir.header,
            body: ir.body.shape(),
            footer: ir.footer,
        }
        .check()
    }

    fn generate(ir: &ContactInfoIr) -> TokenStream {
        let p = private();
        let body = text(&ir.body, Field::Body);
        generate::message(
            "ContactInfoRequest",
            ir.body.is_literal(),
            quote!(#p::contact_info(#body)),
        )
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("contact_info")
    }
}
