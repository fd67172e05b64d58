use wa_interactive::product_list;

// A product list's header is required, and text.
fn picks() {
    let _ = product_list! {
        body: "b",
        catalog_id: "194836987003835",
        sections: [ { product_items: ["sku-1"] } ],
    };
    let _ = product_list! {
        header: image { link: "https://example.com/picks.png" },
        body: "b",
        catalog_id: "194836987003835",
        sections: [ { product_items: ["sku-1"] } ],
    };
}

fn main() {}
