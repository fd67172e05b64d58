use wa_interactive::{carousel, catalog_message, product_message};

// Product, catalog and carousel messages take no header (the error names
// the kinds that do), and a carousel takes no footer.
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
    let _ = carousel! {
        header: "Featured",
        body: "Check out our featured products!",
        footer: "While stocks last",
        cards: [
            { catalog_id: "123456789", product_retailer_id: "abc123xyz" },
            { catalog_id: "123456789", product_retailer_id: "def456uvw" },
        ],
    };
}

fn main() {}
