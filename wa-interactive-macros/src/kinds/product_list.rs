//! `product_list!`: a multi-product message, its sections and their
//! products.
//!
//! `product_items` is written as a list of retailer ids (`["SKU-1",
//! "SKU-2"]`): each is sent as `{"product_retailer_id": …}`, an object a
//! user never sees.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use wa_interactive_core::{Field, Path, Violation, shape};

use super::MessageKind;
use crate::generate::{self, opt_text, private, text};
use crate::ir::{Head, TextSlot};
use crate::json;
use crate::lower::{IDS_LITERAL, Keys, Lower};
use crate::parse::{Object, Value};

pub(crate) struct ProductList;

pub(crate) struct ProductListIr {
    head: Head,
    catalog_id: TextSlot,
    /// `None` when `sections` is missing or not a list.
    sections: Option<Vec<SectionIr>>,
}

struct SectionIr {
    title: TextSlot,
    /// `None` when `product_items` is missing or not a list.
    products: Option<Vec<TextSlot>>,
}

impl MessageKind for ProductList {
    const NAME: &'static str = "a product list message";
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::PRODUCT_LIST;
    type Ir = ProductListIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> ProductListIr {
        let action = Path::root().key("action");
        let head = lower.head(keys);
        let catalog_id = lower.text(
            keys.get("catalog_id"),
            Field::CatalogId,
            &action.key("catalog_id"),
            None,
        );
        let path = action.key("sections");
        let sections = lower
            .objects(keys.get("sections"), &path, "`sections`")
            .map(|sections| {
                sections
                    .into_iter()
                    .map(|(at, object)| section(lower, object, &at))
                    .collect()
            });
        ProductListIr {
            head,
            catalog_id,
            sections,
        }
    }

    fn check(ir: &ProductListIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &ProductListIr) -> TokenStream {
        let p = private();
        // Retailer ids are always literals: each section's products are a constant.
        let mut items = TokenStream::new();
        let mut sections = Vec::new();
        let mut titles_literal = true;
        for (i, section) in ir.sections.iter().flatten().enumerate() {
            let ids = section
                .products
                .iter()
                .flatten()
                .map(|id| text(id, Field::ProductRetailerId));
            let name = format_ident!("__WA_PRODUCTS_{}", i);
            items.extend(
                quote!(const #name: &[::wa_interactive::text::ProductRetailerId] = &[#(#ids),*];),
            );
            let title = opt_text(&section.title, Field::SectionTitle);
            titles_literal &= section.title.is_literal();
            sections.push(quote!(#p::product_section(#title, #name)));
        }
        let header = match &ir.head.header {
            crate::ir::HeaderIr::Text(slot) => text(slot, Field::HeaderText),
            // Never generated: the rules crate reports any other header.
            _ => text(&TextSlot::Absent, Field::HeaderText),
        };
        let body = text(&ir.head.body, Field::Body);
        let footer = opt_text(&ir.head.footer, Field::Footer);
        let catalog_id = text(&ir.catalog_id, Field::CatalogId);
        if titles_literal {
            let literal = ir.head.is_literal() && ir.catalog_id.is_literal();
            let make = generate::message(
                "ProductListMessage",
                literal,
                || json::product_list(&shape(ir)),
                quote!(#p::product_list(#header, #body, #footer, #catalog_id, __WA_SECTIONS)),
            );
            quote!({
                #items
                const __WA_SECTIONS: &[::wa_interactive::ProductSection] = &[#(#sections),*];
                #make
            })
        } else {
            quote!({
                #items
                #p::product_list_owned(#header, #body, #footer, #catalog_id, ::std::vec![#(#sections),*])
            })
        }
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("product_list")
    }
}

/// `{ title, product_items: [ "SKU", … ] }` at `at`.
fn section(lower: &mut Lower, object: &Object, at: &Path) -> SectionIr {
    let keys = lower.keys(
        object,
        "a section",
        wa_interactive_core::keys::PRODUCT_SECTION,
    );
    SectionIr {
        title: lower.text(
            keys.get("title"),
            Field::SectionTitle,
            &at.key("title"),
            None,
        ),
        products: products(lower, keys.get("product_items"), &at.key("product_items")),
    }
}

/// `[ "SKU-1", "SKU-2" ]` at `path`: retailer ids, each the
/// `product_retailer_id` of an item.
fn products(lower: &mut Lower, value: Option<&Value>, path: &Path) -> Option<Vec<TextSlot>> {
    let value = value?;
    lower.record(path, value.span());
    let Value::Array { items, .. } = value else {
        let message = "`product_items` must be a list of retailer ids: `[ \"SKU-1\", … ]`";
        lower.malformed(path, value.span(), message);
        return None;
    };
    let ids = items
        .iter()
        .enumerate()
        .map(|(j, item)| {
            let at = path.index(j);
            lower.record(&at, item.span());
            let at = at.key("product_retailer_id");
            lower.text(Some(item), Field::ProductRetailerId, &at, Some(IDS_LITERAL))
        })
        .collect();
    Some(ids)
}

fn shape(ir: &ProductListIr) -> shape::ProductList<'_> {
    shape::ProductList {
        header: ir.head.header.shape(),
        body: ir.head.body.shape(),
        footer: ir.head.footer.shape(),
        catalog_id: ir.catalog_id.shape(),
        sections: ir.sections.as_ref().map(|sections| {
            sections
                .iter()
                .map(|section| shape::ProductSection {
                    title: section.title.shape(),
                    products: section
                        .products
                        .as_ref()
                        .map(|ids| ids.iter().map(TextSlot::shape).collect()),
                })
                .collect()
        }),
    }
}
