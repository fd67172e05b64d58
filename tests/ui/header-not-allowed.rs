use wa_interactive::{catalog_message, product_message};

// Product and catalog messages take no header (the error names the kinds
// that do).
fn messages() {
    let _ = product_message! {
        header: "Our best seller",
        catalog_id: "194836987003835",
        product_retailer_id: "di9ozbzfi4",
    };
    let _ = catalog_message! {
        header: image { link: "https://example.com/catalog.png" },
        body: "Browse our catalog",
    };
}

fn main() {}
