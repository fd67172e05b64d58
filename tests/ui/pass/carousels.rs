//! Carousels of media cards (URL buttons or quick replies, image or video
//! headers by link or id) and of product cards, as statics and with
//! run-time text; each equals its builder twin.
use wa_interactive::carousel::{CarouselCards, MediaCardDraft};
use wa_interactive::text::{Body, CardBody, MediaLink, Url};
use wa_interactive::{CarouselMessage, HeaderDraft, carousel};

static LINKS: CarouselMessage = carousel! {
    body: "Here are two options:",
    cards: [
        {
            header: image { link: "https://example.com/a.jpg" },
            body: "*Blue Echeveria*\n\nPowder-blue leaves.",
            url: { display_text: "Buy now", url: "https://example.com/a" },
        },
        {
            header: image { id: "1234567890" },
            url: { display_text: "Buy now", url: "https://example.com/b" },
        },
    ],
};

static REPLIES: CarouselMessage = carousel! {
    body: "Which plant would you like to know more about?",
    cards: [
        {
            header: video { link: "https://example.com/a.mp4" },
            buttons: [ { id: "learn-a", title: "Learn more" }, { id: "fav-a", title: "Add to favorites" } ],
        },
        {
            header: video { link: "https://example.com/b.mp4" },
            buttons: [ { id: "learn-b", title: "Learn more" }, { id: "fav-b", title: "Add to favorites" } ],
        },
    ],
};

const PRODUCTS: CarouselMessage = carousel! {
    body: "Check out our featured products!",
    cards: [
        { catalog_id: "123456789", product_retailer_id: "abc123xyz" },
        { catalog_id: "123456789", product_retailer_id: "def456uvw" },
    ],
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let host = "https://example.com";
    let built = carousel! {
        body: Body::new("Today's picks")?,
        cards: [
            {
                header: image { link: MediaLink::new(format!("{host}/a.png"))? },
                body: CardBody::new("Fresh in")?,
                url: { display_text: "Buy", url: Url::new(format!("{host}/a"))? },
            },
            {
                header: image { link: "https://example.com/b.png" },
                url: { display_text: "Buy", url: "https://example.com/b" },
            },
        ],
    };
    assert_eq!(
        built,
        CarouselMessage::builder()
            .body("Today's picks")
            .card(
                MediaCardDraft::new(HeaderDraft::image_link(format!("{host}/a.png")))
                    .body("Fresh in")
                    .url("Buy", format!("{host}/a")),
            )
            .card(
                MediaCardDraft::new(HeaderDraft::image_link("https://example.com/b.png"))
                    .url("Buy", "https://example.com/b"),
            )
            .build()?
    );
    let CarouselCards::Media(cards) = REPLIES.cards() else {
        unreachable!()
    };
    assert_eq!(cards[1].quick_replies().len(), 2);
    assert!(LINKS.cards() != PRODUCTS.cards());
    Ok(())
}
