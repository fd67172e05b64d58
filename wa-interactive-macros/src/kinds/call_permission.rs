//! `call_permission_request!`: a call permission request.

use proc_macro2::TokenStream;
use quote::quote;
use wa_interactive_core::{Field, Violation, shape};

use super::MessageKind;
use crate::generate::{self, opt_text, private};
use crate::ir::TextSlot;
use crate::lower::{Keys, Lower};

pub(crate) struct CallPermission;

pub(crate) struct CallPermissionIr {
    /// Whether a header was given: an error on it.
    header: bool,
    /// Optional for this kind.
    body: TextSlot,
    footer: bool,
}

impl MessageKind for CallPermission {
    const NAME: &'static str = shape::CallPermission::NAME;
    // `header` and `footer` are read to be reported as not taken.
    const KEYS: &'static [&'static str] = &["header", "body", "footer"];
    type Ir = CallPermissionIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> CallPermissionIr {
        CallPermissionIr {
            header: lower.stray(keys, "header"),
            body: lower.body(keys),
            footer: lower.stray(keys, "footer"),
        }
    }

    fn check(ir: &CallPermissionIr) -> Result<(), Vec<Violation>> {
        shape::CallPermission {
            header: ir.header,
            body: ir.body.shape(),
            footer: ir.footer,
        }
        .check()
    }

    fn generate(ir: &CallPermissionIr) -> TokenStream {
        let p = private();
        let body = opt_text(&ir.body, Field::Body);
        generate::message(
            "CallPermissionRequest",
            ir.body.is_literal(),
            quote!(#p::call_permission(#body)),
        )
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("call_permission")
    }
}
