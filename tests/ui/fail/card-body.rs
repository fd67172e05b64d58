use wa_interactive::carousel;

// A card's body has at most 160 characters and at most 2 line breaks.
fn cards() {
    let _ = carousel! {
        body: "Our succulents",
        cards: [
            {
                header: image { link: "https://example.com/a.png" },
                body: "Blue Echeveria: a rosette of powder-blue leaves that blush pink at the tips in full sun, forms offsets freely, and asks for little water through the winter months.",
                url: { display_text: "Buy", url: "https://example.com/a" },
            },
            {
                header: image { link: "https://example.com/b.png" },
                body: "*Zebra Haworthia*\n\nStriped leaves\nEasy care",
                url: { display_text: "Buy", url: "https://example.com/b" },
            },
        ],
    };
}

fn main() {}
