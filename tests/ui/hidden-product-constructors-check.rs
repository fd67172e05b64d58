// The hidden constructors of carousels and product lists check in const
// what their types do not: the cards' shared shape and the unique retailer ids.
use wa_interactive::text::{Body, ButtonId, ButtonTitle, DisplayText, MediaLink, ProductRetailerId, Url};
use wa_interactive::{CarouselMessage, Header, Media, ProductListMessage, ReplyButton, __private};

const REPLIES: &[ReplyButton] = &[__private::reply(ButtonId::__checked("a"), ButtonTitle::__checked("A"))];
const CARDS: &[wa_interactive::carousel::MediaCard] = &[
    __private::media_card_replies(Header::Image(Media::Link(MediaLink::__checked("https://e.x/a.png"))), None, REPLIES),
    __private::media_card_url(
        Header::Image(Media::Link(MediaLink::__checked("https://e.x/b.png"))),
        None,
        DisplayText::__checked("Buy"),
        Url::__checked("https://e.x"),
    ),
];
const MIXED: CarouselMessage = __private::carousel_media(Body::__checked("b"), CARDS);

const SAME: &[ProductRetailerId] = &[ProductRetailerId::__checked("a"), ProductRetailerId::__checked("a")];
const SECTIONS: &[wa_interactive::ProductSection] = &[__private::product_section(None, SAME)];
const PICKS: ProductListMessage = __private::product_list(
    wa_interactive::text::HeaderText::__checked("h"),
    Body::__checked("b"),
    None,
    wa_interactive::text::CatalogId::__checked("1"),
    SECTIONS,
);

fn main() {
    let _ = (MIXED, PICKS);
}
