//! `carousel!`: a carousel of media cards or of product cards.
//!
//! A card is a product card when it names `catalog_id` or
//! `product_retailer_id`, otherwise a media card. A media card's buttons
//! are written `buttons: [ { id, title } ]` (each sent as
//! `{"type":"quick_reply","quick_reply":{…}}`) or `url: { display_text, url }`
//! (sent as `{"name":"cta_url","parameters":{…}}`): the nesting a user never
//! sees is left out. `card_index` is each card's position.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use wa_interactive_core::{Field, Path, Violation, shape};

use super::MessageKind;
use crate::generate::{self, opt_text, private, text};
use crate::ir::{Head, HeaderIr, TextSlot};
use crate::json;
use crate::lower::{IDS_LITERAL, Keys, Lower};
use crate::parse::{Object, Value};

/// Why a quick reply's title takes only a literal.
const TITLES_LITERAL: &str = "a card's quick replies are constants, as reply buttons are";

/// Why a product card's texts take only literals.
const PRODUCT_LITERAL: &str = "product cards are checked for one catalog at compile time";

pub(crate) struct Carousel;

pub(crate) struct CarouselIr {
    /// The header and footer are read only to be reported: this kind takes neither.
    head: Head,
    /// `None` when `cards` is missing or not a list.
    cards: Option<Vec<CardIr>>,
}

enum CardIr {
    Media(MediaCardIr),
    Product {
        catalog_id: TextSlot,
        product_retailer_id: TextSlot,
    },
}

struct MediaCardIr {
    header: HeaderIr,
    body: TextSlot,
    /// `display_text` and `url`.
    url: Option<(TextSlot, TextSlot)>,
    /// Quick replies: `id` and `title`.
    buttons: Option<Vec<(TextSlot, TextSlot)>>,
}

impl MessageKind for Carousel {
    const NAME: &'static str = "a carousel";
    const KEYS: &'static [&'static str] = wa_interactive_core::keys::CAROUSEL;
    type Ir = CarouselIr;

    fn lower(lower: &mut Lower, keys: &Keys<'_>) -> CarouselIr {
        let head = lower.head(keys);
        let path = Path::root().key("action").key("cards");
        let cards = lower
            .objects(keys.get("cards"), &path, "`cards`")
            .map(|cards| {
                cards
                    .into_iter()
                    .map(|(at, object)| card(lower, object, &at))
                    .collect()
            });
        CarouselIr { head, cards }
    }

    fn check(ir: &CarouselIr) -> Result<(), Vec<Violation>> {
        shape(ir).check()
    }

    fn generate(ir: &CarouselIr) -> TokenStream {
        let p = private();
        let body = text(&ir.head.body, Field::Body);
        let cards: Vec<&CardIr> = ir.cards.iter().flatten().collect();
        if let Some(CardIr::Product { .. }) = cards.first() {
            // Product cards are all literals (the rules crate saw one kind).
            let cards = cards.iter().filter_map(|card| match card {
                CardIr::Product {
                    catalog_id,
                    product_retailer_id,
                } => {
                    let catalog_id = text(catalog_id, Field::CatalogId);
                    let product = text(product_retailer_id, Field::ProductRetailerId);
                    Some(quote!(#p::product_card(#catalog_id, #product)))
                }
                CardIr::Media(_) => None,
            });
            let make = generate::message(
                "CarouselMessage",
                ir.head.body.is_literal(),
                || json::carousel(&shape(ir)),
                quote!(#p::carousel_products(#body, __WA_CARDS)),
            );
            return quote!({
                const __WA_CARDS: &[::wa_interactive::carousel::ProductCard] = &[#(#cards),*];
                #make
            });
        }
        // Quick replies are always literals: each card's are a constant.
        let mut items = TokenStream::new();
        let mut calls = Vec::new();
        let mut cards_literal = true;
        for (i, card) in cards.iter().enumerate() {
            let CardIr::Media(card) = card else { continue };
            cards_literal &= card.header.is_literal()
                && card.body.is_literal()
                && card
                    .url
                    .as_ref()
                    .is_none_or(|(d, u)| d.is_literal() && u.is_literal());
            let header = generate::header_value(&card.header);
            let body = opt_text(&card.body, Field::CardBody);
            calls.push(if let Some((display_text, url)) = &card.url {
                let display_text = text(display_text, Field::DisplayText);
                let url = text(url, Field::Url);
                quote!(#p::media_card_url(#header, #body, #display_text, #url))
            } else {
                let name = format_ident!("__WA_REPLIES_{}", i);
                let replies = card.buttons.iter().flatten().map(|(id, title)| {
                    let id = text(id, Field::ButtonId);
                    let title = text(title, Field::ButtonTitle);
                    quote!(#p::reply(#id, #title))
                });
                items.extend(
                    quote!(const #name: &[::wa_interactive::ReplyButton] = &[#(#replies),*];),
                );
                quote!(#p::media_card_replies(#header, #body, #name))
            });
        }
        if cards_literal {
            let make = generate::message(
                "CarouselMessage",
                ir.head.body.is_literal(),
                || json::carousel(&shape(ir)),
                quote!(#p::carousel_media(#body, __WA_CARDS)),
            );
            quote!({
                #items
                const __WA_CARDS: &[::wa_interactive::carousel::MediaCard] = &[#(#calls),*];
                #make
            })
        } else {
            quote!({
                #items
                #p::carousel_media_owned(#body, ::std::vec![#(#calls),*])
            })
        }
    }

    fn placeholder() -> TokenStream {
        generate::placeholder("carousel")
    }
}

/// A card at `at`: a product card when it names a product, else a media card.
fn card(lower: &mut Lower, object: &Object, at: &Path) -> CardIr {
    let is_product = object.entries.iter().any(|entry| {
        let key = entry.key.to_string();
        key == "catalog_id" || key == "product_retailer_id"
    });
    let action = at.key("action");
    if is_product {
        return product_card(lower, object, &action);
    }
    let keys = lower.keys(
        object,
        "a media card",
        wa_interactive_core::keys::MEDIA_CARD,
    );
    let header = lower.header(keys.get("header"), &at.key("header"));
    let body_path = at.key("body");
    if let Some(value) = keys.get("body") {
        lower.record(&body_path, value.span());
    }
    let body = lower.text(
        keys.get("body"),
        Field::CardBody,
        &body_path.key("text"),
        None,
    );
    // The card's `action` is where its buttons were written.
    for key in ["url", "buttons"] {
        if let Some(value) = keys.get(key) {
            lower.record(&action, value.span());
        }
    }
    let url = keys
        .get("url")
        .and_then(|value| url_button(lower, value, &action.key("parameters")));
    let path = action.key("buttons");
    let buttons = lower
        .objects(keys.get("buttons"), &path, "`buttons`")
        .map(|buttons| {
            buttons
                .into_iter()
                .map(|(at, button)| {
                    let at = at.key("quick_reply");
                    let keys = lower.keys(
                        button,
                        "a quick reply",
                        wa_interactive_core::keys::QUICK_REPLY,
                    );
                    let id = lower.text(
                        keys.get("id"),
                        Field::ButtonId,
                        &at.key("id"),
                        Some(IDS_LITERAL),
                    );
                    let title = lower.text(
                        keys.get("title"),
                        Field::ButtonTitle,
                        &at.key("title"),
                        Some(TITLES_LITERAL),
                    );
                    (id, title)
                })
                .collect()
        });
    CardIr::Media(MediaCardIr {
        header,
        body,
        url,
        buttons,
    })
}

/// `{ catalog_id, product_retailer_id }`, whose `action` is at `action`.
fn product_card(lower: &mut Lower, object: &Object, action: &Path) -> CardIr {
    let known = wa_interactive_core::keys::PRODUCT_CARD;
    let keys = lower.keys(object, "a product card", known);
    CardIr::Product {
        catalog_id: lower.text(
            keys.get("catalog_id"),
            Field::CatalogId,
            &action.key("catalog_id"),
            Some(PRODUCT_LITERAL),
        ),
        product_retailer_id: lower.text(
            keys.get("product_retailer_id"),
            Field::ProductRetailerId,
            &action.key("product_retailer_id"),
            Some(PRODUCT_LITERAL),
        ),
    }
}

/// `url: { display_text, url }`, sent as the card action's `parameters` at `path`.
fn url_button(lower: &mut Lower, value: &Value, path: &Path) -> Option<(TextSlot, TextSlot)> {
    lower.record(path, value.span());
    let Value::Object(object) = value else {
        let message = "`url` must be `{ display_text: \"…\", url: \"…\" }`";
        lower.malformed(path, value.span(), message);
        return None;
    };
    let keys = lower.keys(
        object,
        "a URL button",
        wa_interactive_core::keys::URL_BUTTON,
    );
    let display_text = lower.text(
        keys.get("display_text"),
        Field::DisplayText,
        &path.key("display_text"),
        None,
    );
    let url = lower.text(keys.get("url"), Field::Url, &path.key("url"), None);
    Some((display_text, url))
}

fn shape(ir: &CarouselIr) -> shape::Carousel<'_> {
    shape::Carousel {
        header: ir.head.header.shape(),
        body: ir.head.body.shape(),
        footer: ir.head.footer.shape(),
        cards: ir.cards.as_ref().map(|cards| {
            cards
                .iter()
                .map(|card| match card {
                    CardIr::Media(card) => shape::Card::Media(shape::MediaCard {
                        index: None,
                        header: card.header.shape(),
                        body: card.body.shape(),
                        url: card.url.as_ref().map(|(d, u)| (d.shape(), u.shape())),
                        buttons: card.buttons.as_ref().map(|buttons| {
                            buttons
                                .iter()
                                .map(|(id, title)| shape::Reply {
                                    id: id.shape(),
                                    title: title.shape(),
                                })
                                .collect()
                        }),
                    }),
                    CardIr::Product {
                        catalog_id,
                        product_retailer_id,
                    } => shape::Card::Product(shape::ProductCard {
                        index: None,
                        catalog_id: catalog_id.shape(),
                        product_retailer_id: product_retailer_id.shape(),
                    }),
                })
                .collect()
        }),
    }
}
