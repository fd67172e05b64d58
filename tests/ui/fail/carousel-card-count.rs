use wa_interactive::carousel;

// A carousel has 2 to 10 cards (the error sits on the 11th), and a card 1
// or 2 quick replies (the error sits on the 3rd).
fn cards() {
    let _ = carousel! {
        body: "Just one",
        cards: [ { catalog_id: "1", product_retailer_id: "sku-0" } ],
    };
    let _ = carousel! {
        body: "Too many",
        cards: [
            { catalog_id: "1", product_retailer_id: "sku-0" },
            { catalog_id: "1", product_retailer_id: "sku-1" },
            { catalog_id: "1", product_retailer_id: "sku-2" },
            { catalog_id: "1", product_retailer_id: "sku-3" },
            { catalog_id: "1", product_retailer_id: "sku-4" },
            { catalog_id: "1", product_retailer_id: "sku-5" },
            { catalog_id: "1", product_retailer_id: "sku-6" },
            { catalog_id: "1", product_retailer_id: "sku-7" },
            { catalog_id: "1", product_retailer_id: "sku-8" },
            { catalog_id: "1", product_retailer_id: "sku-9" },
            { catalog_id: "1", product_retailer_id: "sku-10" },
        ],
    };
    let _ = carousel! {
        body: "Too many replies",
        cards: [
            { header: image { link: "https://example.com/a.png" }, buttons: [ { id: "a1", title: "1" }, { id: "a2", title: "2" }, { id: "a3", title: "3" } ] },
            { header: image { link: "https://example.com/b.png" }, buttons: [ { id: "b1", title: "1" }, { id: "b2", title: "2" }, { id: "b3", title: "3" } ] },
        ],
    };
}

fn main() {}
