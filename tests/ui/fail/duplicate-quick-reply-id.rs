use wa_interactive::carousel;

// Quick-reply ids are unique across the whole carousel: a reply names only
// its id, so two cards with one id could not be told apart.
fn cards() {
    let _ = carousel! {
        body: "Our succulents",
        cards: [
            { header: image { link: "https://example.com/a.png" }, buttons: [ { id: "buy", title: "Buy" } ] },
            { header: image { link: "https://example.com/b.png" }, buttons: [ { id: "buy", title: "Buy" } ] },
        ],
    };
}

fn main() {}
