//! `request_contact_info!` and `call_permission_request!`: the kinds whose
//! only text is their body (WhatsApp draws and labels their buttons), and
//! which take no header or footer.

use proc_macro2::TokenStream;
use quote::quote;
use wa_interactive_core::{Field, Violation, shape};

use super::MessageKind;
use crate::generate::{self, opt_text, private, text};
use crate::ir::TextSlot;
use crate::json;
use crate::lower::{Keys, Lower};

/// A body-only invocation, read.
pub(crate) struct BodyOnlyIr {
    /// Whether a header was given: an error on it.
    header: bool,
    body: TextSlot,
    footer: bool,
}

fn lower_body_only(lower: &mut Lower, keys: &Keys<'_>) -> BodyOnlyIr {
    BodyOnlyIr {
        header: lower.stray(keys, "header"),
        body: lower.body(keys),
        footer: lower.stray(keys, "footer"),
    }
}

/// One body-only kind: its macro's type, its shape, the `wa_interactive`
/// type it makes, its constructor (and placeholder) in `__private`, and
/// whether its body is required.
macro_rules! body_only {
    ($(#[$doc:meta])* $kind:ident, $shape:ident, $keys:ident, $ty:literal, $ctor:literal, $json:ident, body_required: $required:literal) => {
        $(#[$doc])*
        pub(crate) struct $kind;

        impl $kind {
            /// The invocation as the rules crate sees it.
            fn shape(ir: &BodyOnlyIr) -> shape::$shape<'_> {
                shape::$shape {
                    header: ir.header,
                    body: ir.body.shape(),
                    footer: ir.footer,
                }
            }
        }

        impl MessageKind for $kind {
            const NAME: &'static str = shape::$shape::NAME;
            const KEYS: &'static [&'static str] = wa_interactive_core::keys::$keys;
            type Ir = BodyOnlyIr;

            fn lower(lower: &mut Lower, keys: &Keys<'_>) -> BodyOnlyIr {
                lower_body_only(lower, keys)
            }

            fn check(ir: &BodyOnlyIr) -> Result<(), Vec<Violation>> {
                $kind::shape(ir).check()
            }

            fn generate(ir: &BodyOnlyIr) -> TokenStream {
                let p = private();
                let body = if $required {
                    text(&ir.body, Field::Body)
                } else {
                    opt_text(&ir.body, Field::Body)
                };
                let ctor = proc_macro2::Ident::new($ctor, proc_macro2::Span::call_site());
                generate::message(
                    $ty,
                    ir.body.is_literal(),
                    || json::$json(&$kind::shape(ir)),
                    quote!(#p::#ctor(#body)),
                )
            }

            fn placeholder() -> TokenStream {
                generate::placeholder($ctor)
            }
        }
    };
}

body_only! {
    /// `request_contact_info!`: a required body.
    ContactInfo, ContactInfo, CONTACT_INFO, "ContactInfoRequest", "contact_info", contact_info, body_required: true
}

body_only! {
    /// `call_permission_request!`: an optional body.
    CallPermission, CallPermission, CALL_PERMISSION, "CallPermissionRequest", "call_permission", call_permission, body_required: false
}
