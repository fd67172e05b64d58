use wa_interactive::product_list;

// A product list has at most 10 sections; the error sits on the 11th.
fn picks() {
    let _ = product_list! {
        header: "Our picks",
        body: "b",
        catalog_id: "194836987003835",
        sections: [
            { title: "S0", product_items: ["sku-0"] },
            { title: "S1", product_items: ["sku-1"] },
            { title: "S2", product_items: ["sku-2"] },
            { title: "S3", product_items: ["sku-3"] },
            { title: "S4", product_items: ["sku-4"] },
            { title: "S5", product_items: ["sku-5"] },
            { title: "S6", product_items: ["sku-6"] },
            { title: "S7", product_items: ["sku-7"] },
            { title: "S8", product_items: ["sku-8"] },
            { title: "S9", product_items: ["sku-9"] },
            { title: "S10", product_items: ["sku-10"] },
        ],
    };
}

fn main() {}
