//! `location_request!`: a location request message.

use proc_macro2::TokenStream;
use quote::quote;
use wa_interactive_core::{Field, Violation, shape};

use super::MessageKind;
use crate::generate::{self, private, text};
use crate::ir::TextSlot;
use crate::json;
use crate::lower::{Keys, Lower};

pub(crate) struct Location;

pub(crate) struct LocationIr {
    body: TextSlot,
}

impl MessageKind for Location {
    const NAME: &'static str = "a location request";
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::LOCATION;
    type Ir = LocationIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> LocationIr {
        LocationIr {
            body: lower.body(keys),
        }
    }

    fn check(ir: &LocationIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &LocationIr) -> TokenStream {
        let p = private();
        let body = text(&ir.body, Field::Body);
        generate::message(
            "LocationRequest",
            ir.body.is_literal(),
            || json::location(&shape(ir)),
            quote!(#p::location(#body)),
        )
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("location")
    }
}

fn shape(ir: &LocationIr) -> shape::Location<'_> {
    shape::Location {
        body: ir.body.shape(),
    }
}
