//! `product_message!`: a single-product message.

use proc_macro2::TokenStream;
use quote::quote;
use wa_interactive_core::{Field, Path, Violation, shape};

use super::MessageKind;
use crate::generate::{self, opt_text, private, text};
use crate::ir::{Head, TextSlot};
use crate::json;
use crate::lower::{Keys, Lower};

pub(crate) struct Product;

pub(crate) struct ProductIr {
    /// The header is read only to be reported: this kind takes none.
    head: Head,
    catalog_id: TextSlot,
    product_retailer_id: TextSlot,
}

impl MessageKind for Product {
    const NAME: &'static str = "a product message";
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::PRODUCT;
    type Ir = ProductIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> ProductIr {
        let action = Path::root().key("action");
        ProductIr {
            head: lower.head(keys),
            catalog_id: lower.text(
                keys.get("catalog_id"),
                Field::CatalogId,
                &action.key("catalog_id"),
                None,
            ),
            product_retailer_id: lower.text(
                keys.get("product_retailer_id"),
                Field::ProductRetailerId,
                &action.key("product_retailer_id"),
                None,
            ),
        }
    }

    fn check(ir: &ProductIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &ProductIr) -> TokenStream {
        let p = private();
        let body = opt_text(&ir.head.body, Field::Body);
        let footer = opt_text(&ir.head.footer, Field::Footer);
        let catalog_id = text(&ir.catalog_id, Field::CatalogId);
        let product = text(&ir.product_retailer_id, Field::ProductRetailerId);
        let literal = ir.head.is_literal()
            && ir.catalog_id.is_literal()
            && ir.product_retailer_id.is_literal();
        generate::message(
            "ProductMessage",
            literal,
            || json::product(&shape(ir)),
            quote!(#p::product(#body, #footer, #catalog_id, #product)),
        )
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("product")
    }
}

fn shape(ir: &ProductIr) -> shape::Product<'_> {
    shape::Product {
        header: ir.head.header.shape(),
        body: ir.head.body.shape(),
        footer: ir.head.footer.shape(),
        catalog_id: ir.catalog_id.shape(),
        product_retailer_id: ir.product_retailer_id.shape(),
    }
}
