//! `catalog_message!`: a catalog message.

use proc_macro2::TokenStream;
use quote::quote;
use wa_interactive_core::{Field, Path, Violation, shape};

use super::MessageKind;
use crate::generate::{self, opt_text, private, text};
use crate::ir::{Head, TextSlot};
use crate::json;
use crate::lower::{Keys, Lower};

pub(crate) struct Catalog;

pub(crate) struct CatalogIr {
    /// The header is read only to be reported: this kind takes none.
    head: Head,
    thumbnail: TextSlot,
}

impl MessageKind for Catalog {
    const NAME: &'static str = "a catalog message";
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::CATALOG;
    type Ir = CatalogIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> CatalogIr {
        let key = "thumbnail_product_retailer_id";
        let path = Path::root().key("action").key("parameters").key(key);
        CatalogIr {
            head: lower.head(keys),
            thumbnail: lower.text(keys.get(key), Field::ProductRetailerId, &path, None),
        }
    }

    fn check(ir: &CatalogIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &CatalogIr) -> TokenStream {
        let p = private();
        let body = text(&ir.head.body, Field::Body);
        let footer = opt_text(&ir.head.footer, Field::Footer);
        let thumbnail = opt_text(&ir.thumbnail, Field::ProductRetailerId);
        generate::message(
            "CatalogMessage",
            ir.head.is_literal() && ir.thumbnail.is_literal(),
            || json::catalog(&shape(ir)),
            quote!(#p::catalog(#body, #footer, #thumbnail)),
        )
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("catalog")
    }
}

fn shape(ir: &CatalogIr) -> shape::Catalog<'_> {
    shape::Catalog {
        header: ir.head.header.shape(),
        body: ir.head.body.shape(),
        footer: ir.head.footer.shape(),
        thumbnail: ir.thumbnail.shape(),
    }
}
