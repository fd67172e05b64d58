use wa_interactive::carousel;

// A carousel's cards are all product cards of one catalog, or all media
// cards; a media card has an image or video header and either a URL
// button or quick replies.
fn cards() {
    let _ = carousel! {
        body: "Mixed",
        cards: [
            { catalog_id: "123456789", product_retailer_id: "abc123xyz" },
            { catalog_id: "987654321", product_retailer_id: "def456uvw" },
            { header: image { link: "https://example.com/a.png" }, url: { display_text: "Buy", url: "https://example.com/a" } },
        ],
    };
    let _ = carousel! {
        body: "Odd cards",
        cards: [
            {
                header: document { link: "https://example.com/a.pdf" },
                url: { display_text: "Buy", url: "https://example.com/a" },
                buttons: [ { id: "a", title: "A" } ],
            },
            { header: image { link: "https://example.com/b.png" } },
        ],
    };
}

fn main() {}
