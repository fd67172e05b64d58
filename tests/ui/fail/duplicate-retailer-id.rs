use wa_interactive::product_list;

// Retailer ids are unique across the sections of a product list.
fn picks() {
    let _ = product_list! {
        header: "Our picks",
        body: "b",
        catalog_id: "194836987003835",
        sections: [
            { title: "Plants", product_items: ["sku-1", "sku-2"] },
            { title: "Pots", product_items: ["sku-2"] },
        ],
    };
}

fn main() {}
