use wa_interactive::{catalog_message, product_message};

// A product message names its catalog and product; a catalog message has a
// body. Each error sits on the braces that lack the key.
fn messages() {
    let _ = product_message! { body: "Here it is" };
    let _ = catalog_message! { thumbnail_product_retailer_id: "2lc20305pt" };
}

fn main() {}
