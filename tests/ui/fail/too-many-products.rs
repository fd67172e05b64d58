use wa_interactive::product_list;

// A product list has at most 30 products in total, counted across
// sections; the error sits on the 31st.
fn picks() {
    let _ = product_list! {
        header: "Our picks",
        body: "b",
        catalog_id: "194836987003835",
        sections: [
            { title: "A", product_items: ["sku-0", "sku-1", "sku-2", "sku-3", "sku-4", "sku-5", "sku-6", "sku-7", "sku-8", "sku-9", "sku-10", "sku-11", "sku-12", "sku-13", "sku-14", "sku-15", "sku-16", "sku-17", "sku-18", "sku-19"] },
            { title: "B", product_items: ["sku-20", "sku-21", "sku-22", "sku-23", "sku-24", "sku-25", "sku-26", "sku-27", "sku-28", "sku-29", "sku-30"] },
        ],
    };
}

fn main() {}
