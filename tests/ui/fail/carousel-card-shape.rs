use wa_interactive::carousel;

// Every card of a carousel has the first card's shape: the same header
// kind, the same button kind and the same number of quick replies. Each
// error sits on the card that breaks it.
fn cards() {
    let _ = carousel! {
        body: "Our succulents",
        cards: [
            { header: image { link: "https://example.com/a.png" }, buttons: [ { id: "a", title: "Buy" } ] },
            { header: video { link: "https://example.com/b.mp4" }, buttons: [ { id: "b", title: "Buy" } ] },
            { header: image { link: "https://example.com/c.png" }, url: { display_text: "Buy", url: "https://example.com/c" } },
            { header: image { link: "https://example.com/d.png" }, buttons: [ { id: "d", title: "Buy" }, { id: "d2", title: "Later" } ] },
        ],
    };
}

fn main() {}
