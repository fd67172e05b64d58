use wa_interactive::product_message;

// A retailer id (a catalog's content id) has at most 100 characters.
fn item() {
    let _ = product_message! {
        catalog_id: "194836987003835",
        product_retailer_id: "sku-0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456",
    };
}

fn main() {}
