// The hidden constructors of product lists check in const what their
// types do not: the unique retailer ids.
use wa_interactive::text::{Body, ProductRetailerId};
use wa_interactive::{ProductListMessage, __private};

const SAME: &[ProductRetailerId] = &[
    ProductRetailerId::__checked("a"),
    ProductRetailerId::__checked("a"),
];
const SECTIONS: &[wa_interactive::ProductSection] = &[__private::product_section(None, SAME)];
const PICKS: ProductListMessage = __private::product_list(
    wa_interactive::text::HeaderText::__checked("h"),
    Body::__checked("b"),
    None,
    wa_interactive::text::CatalogId::__checked("1"),
    SECTIONS,
);

fn main() {
    let _ = PICKS;
}
