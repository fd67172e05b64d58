//! Carousels: 2 to 10 cards scrolled sideways, either media cards (an image
//! or video, a short body, and a URL button or quick replies) or product
//! cards (products of one catalog).

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use wa_interactive_core::shape;

use crate::buttons::ReplyObject;
use crate::common::{
    CowStr, Head, TextObjectJson, Wrapped, deserialize_checked, head_getters, opt, opt_text,
};
use crate::error::{ValidationError, checked};
use crate::header::{HeaderDraft, HeaderJson};
use crate::product::present_header;
use crate::read::{At, FormError, FromJson, Json, Present, from_json, peek_tag, unknown_tag};
use crate::rendered::{JsonWriter, Rendered};
use crate::text::{
    Body, ButtonId, ButtonTitle, CardBody, CatalogId, DisplayText, ProductRetailerId, Url,
};
use crate::{Header, ReplyButton};

/// A carousel (`"type": "carousel"`): a body and 2 to 10 cards, all media
/// cards or all product cards. No header and no footer.
///
/// Every media card has the same header kind (image or video) and the same
/// buttons: one URL button each, or the same number (1 or 2) of quick
/// replies each, their ids unique across the carousel. Every product card
/// names the same catalog.
///
/// Made by [`carousel!`](macro@crate::carousel), by [`CarouselMessage::builder`],
/// or by `Deserialize`; each checks every rule.
#[derive(Clone, Debug, PartialEq)]
pub struct CarouselMessage {
    /// A body only.
    pub(crate) head: Head,
    pub(crate) cards: Cards,
    pub(crate) rendered: Rendered,
}

/// The cards of a carousel, of one kind.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cards {
    Media(Cow<'static, [MediaCard]>),
    Product(Cow<'static, [ProductCard]>),
}

/// The cards of a carousel, as [`CarouselMessage::cards`] gives them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CarouselCards<'a> {
    /// Image or video cards.
    Media(&'a [MediaCard]),
    /// Product cards.
    Product(&'a [ProductCard]),
}

/// A media card: an image or video header, an optional body, and a URL
/// button or quick replies.
#[derive(Clone, Debug, PartialEq)]
pub struct MediaCard {
    /// An image or a video.
    pub(crate) header: Header,
    pub(crate) body: Option<CardBody>,
    pub(crate) buttons: CardButtons,
}

/// A media card's buttons.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum CardButtons {
    Url { display_text: DisplayText, url: Url },
    QuickReplies(Cow<'static, [ReplyButton]>),
}

/// A product card: a product of a catalog, shown from the catalog's data.
#[derive(Clone, Debug, PartialEq)]
pub struct ProductCard {
    pub(crate) catalog_id: CatalogId,
    pub(crate) product_retailer_id: ProductRetailerId,
}

impl CarouselMessage {
    /// A builder for a carousel known only at run time.
    pub fn builder() -> CarouselBuilder {
        CarouselBuilder::default()
    }

    head_getters!(none);

    /// The cards.
    pub fn cards(&self) -> CarouselCards<'_> {
        match &self.cards {
            Cards::Media(cards) => CarouselCards::Media(cards),
            Cards::Product(cards) => CarouselCards::Product(cards),
        }
    }

    /// Writes the `interactive` object.
    fn write(&self, w: &mut JsonWriter<'_>) {
        self.head.write(w, "carousel");
        w.key(false, "action");
        w.raw("{");
        w.key(true, "cards");
        match &self.cards {
            Cards::Media(cards) => w.array(cards.len(), &mut |w, i| cards[i].write(w, i)),
            Cards::Product(cards) => w.array(cards.len(), &mut |w, i| cards[i].write(w, i)),
        }
        w.raw("}}");
    }
}

/// Appends `"card_index":n` after the card's opening brace.
fn card_index(w: &mut JsonWriter<'_>, index: usize) {
    w.key(true, "card_index");
    w.uint(index);
}

impl MediaCard {
    /// The header: an image or a video.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The card's body text.
    pub fn body(&self) -> Option<&CardBody> {
        self.body.as_ref()
    }

    /// The URL button's text and URL, when the card has one.
    pub fn url(&self) -> Option<(&DisplayText, &Url)> {
        match &self.buttons {
            CardButtons::Url { display_text, url } => Some((display_text, url)),
            CardButtons::QuickReplies(_) => None,
        }
    }

    /// The quick-reply buttons (none when the card has a URL button).
    pub fn quick_replies(&self) -> &[ReplyButton] {
        match &self.buttons {
            CardButtons::Url { .. } => &[],
            CardButtons::QuickReplies(replies) => replies,
        }
    }

    fn write(&self, w: &mut JsonWriter<'_>, index: usize) {
        w.raw("{");
        card_index(w, index);
        // Meta's examples send `cta_url` on every media card.
        w.field("type", "cta_url");
        w.key(false, "header");
        self.header.write(w);
        if let Some(body) = &self.body {
            w.wrapped("body", body.as_str());
        }
        w.key(false, "action");
        match &self.buttons {
            CardButtons::Url { display_text, url } => {
                w.raw("{\"name\":\"cta_url\",\"parameters\":{");
                w.key(true, "display_text");
                w.string(display_text.as_str());
                w.field("url", url.as_str());
                w.raw("}}");
            }
            CardButtons::QuickReplies(replies) => {
                w.raw("{\"buttons\":");
                w.array(replies.len(), &mut |w, i| {
                    w.raw("{\"type\":\"quick_reply\",\"quick_reply\":");
                    replies[i].write_object(w);
                    w.raw("}");
                });
                w.raw("}");
            }
        }
        w.raw("}");
    }
}

impl ProductCard {
    /// The catalog the product is in.
    pub fn catalog_id(&self) -> &CatalogId {
        &self.catalog_id
    }

    /// The product's retailer id.
    pub fn product_retailer_id(&self) -> &ProductRetailerId {
        &self.product_retailer_id
    }

    fn write(&self, w: &mut JsonWriter<'_>, index: usize) {
        w.raw("{");
        card_index(w, index);
        w.field("type", "product");
        w.key(false, "action");
        w.raw("{");
        w.key(true, "product_retailer_id");
        w.string(self.product_retailer_id.as_str());
        w.field("catalog_id", self.catalog_id.as_str());
        w.raw("}}");
    }
}

/// A card with its index, for `Serialize`.
struct Indexed<'a, T>(usize, &'a T);

impl Serialize for Indexed<'_, MediaCard> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Parameters<'a>(&'a DisplayText, &'a Url);
        impl Serialize for Parameters<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Parameters", 2)?;
                s.serialize_field("display_text", self.0)?;
                s.serialize_field("url", self.1)?;
                s.end()
            }
        }
        struct QuickReply<'a>(&'a ReplyButton);
        impl Serialize for QuickReply<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("QuickReplyButton", 2)?;
                s.serialize_field("type", "quick_reply")?;
                s.serialize_field("quick_reply", &ReplyObject(self.0))?;
                s.end()
            }
        }
        struct Action<'a>(&'a CardButtons);
        impl Serialize for Action<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self.0 {
                    CardButtons::Url { display_text, url } => {
                        let mut s = serializer.serialize_struct("Action", 2)?;
                        s.serialize_field("name", "cta_url")?;
                        s.serialize_field("parameters", &Parameters(display_text, url))?;
                        s.end()
                    }
                    CardButtons::QuickReplies(replies) => {
                        let replies: Vec<QuickReply<'_>> = replies.iter().map(QuickReply).collect();
                        let mut s = serializer.serialize_struct("Action", 1)?;
                        s.serialize_field("buttons", &replies)?;
                        s.end()
                    }
                }
            }
        }
        let card = self.1;
        let fields = 4 + usize::from(card.body.is_some());
        let mut s = serializer.serialize_struct("MediaCard", fields)?;
        s.serialize_field("card_index", &self.0)?;
        s.serialize_field("type", "cta_url")?;
        s.serialize_field("header", &card.header)?;
        if let Some(body) = &card.body {
            s.serialize_field("body", &Wrapped(body))?;
        }
        s.serialize_field("action", &Action(&card.buttons))?;
        s.end()
    }
}

impl Serialize for Indexed<'_, ProductCard> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Action<'a>(&'a ProductCard);
        impl Serialize for Action<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Action", 2)?;
                s.serialize_field("product_retailer_id", &self.0.product_retailer_id)?;
                s.serialize_field("catalog_id", &self.0.catalog_id)?;
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("ProductCard", 3)?;
        s.serialize_field("card_index", &self.0)?;
        s.serialize_field("type", "product")?;
        s.serialize_field("action", &Action(self.1))?;
        s.end()
    }
}

impl Serialize for CarouselMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Action<'a>(&'a Cards);
        impl Serialize for Action<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut s = serializer.serialize_struct("Action", 1)?;
                match self.0 {
                    Cards::Media(cards) => {
                        let cards: Vec<_> = cards
                            .iter()
                            .enumerate()
                            .map(|(i, c)| Indexed(i, c))
                            .collect();
                        s.serialize_field("cards", &cards)?;
                    }
                    Cards::Product(cards) => {
                        let cards: Vec<_> = cards
                            .iter()
                            .enumerate()
                            .map(|(i, c)| Indexed(i, c))
                            .collect();
                        s.serialize_field("cards", &cards)?;
                    }
                }
                s.end()
            }
        }
        let mut s = serializer.serialize_struct("CarouselMessage", self.head.fields() + 1)?;
        self.head.serialize(&mut s, "carousel")?;
        s.serialize_field("action", &Action(&self.cards))?;
        s.end()
    }
}

// ---- unchecked form ----

#[derive(Clone, Debug, Default, PartialEq)]
struct CarouselJson {
    /// Read so that a header is reported as a rule, not as an unknown key.
    header: Option<Present>,
    body: Option<TextObjectJson>,
    footer: Option<TextObjectJson>,
    action: Option<CarouselActionJson>,
}

from_json!(CarouselJson { "type" = "carousel", header, body, footer, action });

#[derive(Clone, Debug, Default, PartialEq)]
struct CarouselActionJson {
    cards: Option<Vec<CardJson>>,
}

from_json!(CarouselActionJson { cards });

#[derive(Clone, Debug, PartialEq)]
enum CardJson {
    /// `"type": "cta_url"`
    Media(MediaCardJson),
    /// `"type": "product"`
    Product(ProductCardJson),
}

impl FromJson for CardJson {
    fn from_json(json: Json, at: At<'_>) -> Result<Self, FormError> {
        match peek_tag(&json, at, "type")? {
            "cta_url" => MediaCardJson::from_json(json, at).map(CardJson::Media),
            "product" => ProductCardJson::from_json(json, at).map(CardJson::Product),
            other => Err(unknown_tag(at, "type", other, &["cta_url", "product"])),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
struct MediaCardJson {
    card_index: u64,
    header: Option<HeaderJson>,
    body: Option<TextObjectJson>,
    action: MediaCardActionJson,
}

from_json!(MediaCardJson {
    "type" = "cta_url",
    card_index,
    header,
    body,
    action
});

#[derive(Clone, Debug, Default, PartialEq)]
struct MediaCardActionJson {
    parameters: Option<UrlJson>,
    buttons: Option<Vec<QuickReplyJson>>,
}

from_json!(MediaCardActionJson (default) { "name" (?) = "cta_url", parameters, buttons });

#[derive(Clone, Debug, Default, PartialEq)]
struct UrlJson {
    display_text: Option<CowStr>,
    url: Option<CowStr>,
}

from_json!(UrlJson { display_text, url });

#[derive(Clone, Debug, Default, PartialEq)]
struct QuickReplyJson {
    quick_reply: ReplyJson,
}

from_json!(QuickReplyJson { "type" = "quick_reply", quick_reply });

#[derive(Clone, Debug, Default, PartialEq)]
struct ReplyJson {
    id: Option<CowStr>,
    title: Option<CowStr>,
}

from_json!(ReplyJson { id, title });

#[derive(Clone, Debug, Default, PartialEq)]
struct ProductCardJson {
    card_index: u64,
    action: ProductCardActionJson,
}

from_json!(ProductCardJson {
    "type" = "product", card_index, action });

#[derive(Clone, Debug, Default, PartialEq)]
struct ProductCardActionJson {
    catalog_id: Option<CowStr>,
    product_retailer_id: Option<CowStr>,
}

from_json!(ProductCardActionJson (default) { catalog_id, product_retailer_id });

impl CardJson {
    fn shape(&self) -> shape::Card<'_> {
        match self {
            CardJson::Media(card) => shape::Card::Media(shape::MediaCard {
                index: Some(card.card_index),
                header: card
                    .header
                    .as_ref()
                    .map_or(shape::Header::Absent, HeaderJson::shape),
                body: opt_text(card.body.as_ref()),
                url: card
                    .action
                    .parameters
                    .as_ref()
                    .map(|p| (opt(p.display_text.as_ref()), opt(p.url.as_ref()))),
                buttons: card.action.buttons.as_ref().map(|buttons| {
                    buttons
                        .iter()
                        .map(|b| shape::Reply {
                            id: opt(b.quick_reply.id.as_ref()),
                            title: opt(b.quick_reply.title.as_ref()),
                        })
                        .collect()
                }),
            }),
            CardJson::Product(card) => shape::Card::Product(shape::ProductCard {
                index: Some(card.card_index),
                catalog_id: opt(card.action.catalog_id.as_ref()),
                product_retailer_id: opt(card.action.product_retailer_id.as_ref()),
            }),
        }
    }
}

impl MediaCardJson {
    /// The checked card; call only after its shape passed its check.
    fn into_checked(self) -> MediaCard {
        let buttons = match (self.action.parameters, self.action.buttons) {
            (Some(url), _) => CardButtons::Url {
                display_text: DisplayText::from_checked(url.display_text.unwrap_or_default()),
                url: Url::from_checked(url.url.unwrap_or_default()),
            },
            (None, buttons) => CardButtons::QuickReplies(
                buttons
                    .unwrap_or_default()
                    .into_iter()
                    .map(|b| ReplyButton {
                        id: ButtonId::from_checked(b.quick_reply.id.unwrap_or_default()),
                        title: ButtonTitle::from_checked(b.quick_reply.title.unwrap_or_default()),
                    })
                    .collect(),
            ),
        };
        MediaCard {
            header: self.header.map_or_else(
                || Header::Text(crate::text::HeaderText::from_checked("")),
                HeaderJson::into_checked,
            ),
            body: self.body.map(|b| CardBody::from_checked(b.text)),
            buttons,
        }
    }
}

impl CarouselJson {
    fn shape(&self) -> shape::Carousel<'_> {
        shape::Carousel {
            header: present_header(self.header.as_ref()),
            body: opt_text(self.body.as_ref()),
            footer: opt_text(self.footer.as_ref()),
            cards: self
                .action
                .as_ref()
                .and_then(|a| a.cards.as_ref())
                .map(|cards| cards.iter().map(CardJson::shape).collect()),
        }
    }

    fn into_message(self) -> Result<CarouselMessage, ValidationError> {
        checked(self.shape().check())?;
        let cards = self.action.and_then(|a| a.cards).unwrap_or_default();
        // The check accepts only cards of one kind.
        let cards = if let Some(CardJson::Product(_)) = cards.first() {
            Cards::Product(
                cards
                    .into_iter()
                    .filter_map(|card| match card {
                        CardJson::Product(card) => Some(ProductCard {
                            catalog_id: CatalogId::from_checked(
                                card.action.catalog_id.unwrap_or_default(),
                            ),
                            product_retailer_id: ProductRetailerId::from_checked(
                                card.action.product_retailer_id.unwrap_or_default(),
                            ),
                        }),
                        CardJson::Media(_) => None,
                    })
                    .collect(),
            )
        } else {
            Cards::Media(
                cards
                    .into_iter()
                    .filter_map(|card| match card {
                        CardJson::Media(card) => Some(card.into_checked()),
                        CardJson::Product(_) => None,
                    })
                    .collect(),
            )
        };
        Ok(CarouselMessage {
            head: Head::body(Body::from_checked(
                self.body.map(|b| b.text).unwrap_or_default(),
            )),
            cards,
            rendered: Rendered::NONE,
        })
    }
}

deserialize_checked!(CarouselMessage, CarouselJson);

/// Builds a [`CarouselMessage`] from run-time content;
/// [`build`](CarouselBuilder::build) checks every rule and reports every
/// violation.
///
/// ```
/// use wa_interactive::{CarouselMessage, HeaderDraft};
/// use wa_interactive::carousel::MediaCardDraft;
///
/// let plants = [("echeveria", "Blue Echeveria"), ("haworthia", "Zebra Haworthia")];
/// let msg = CarouselMessage::builder()
///     .body("Our succulents")
///     .cards(plants.iter().map(|(sku, name)| {
///         MediaCardDraft::new(HeaderDraft::image_link(format!("https://example.com/{sku}.png")))
///             .body(*name)
///             .quick_reply(format!("buy-{sku}"), "Buy")
///     }))
///     .build()?;
/// assert!(msg.interactive_json().contains(r#""card_index":1"#));
///
/// let products = CarouselMessage::builder()
///     .body("Check out our featured products!")
///     .product_card("123456789", "abc123xyz")
///     .product_card("123456789", "def456uvw")
///     .build()?;
/// # let _ = products;
/// # Ok::<(), wa_interactive::ValidationError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct CarouselBuilder {
    json: CarouselJson,
}

impl Default for CarouselBuilder {
    /// A builder with no cards yet (building it reports "needs at least 2 cards").
    fn default() -> Self {
        CarouselBuilder {
            json: CarouselJson {
                action: Some(CarouselActionJson {
                    cards: Some(Vec::new()),
                }),
                ..CarouselJson::default()
            },
        }
    }
}

impl CarouselBuilder {
    /// The body text.
    pub fn body(mut self, text: impl Into<String>) -> Self {
        self.json.body = Some(TextObjectJson::new(text));
        self
    }

    fn cards_mut(&mut self) -> &mut Vec<CardJson> {
        let action = self.json.action.get_or_insert_with(Default::default);
        action.cards.get_or_insert_with(Vec::new)
    }

    /// Adds a media card; its `card_index` is its position.
    pub fn card(mut self, card: MediaCardDraft) -> Self {
        let cards = self.cards_mut();
        let mut json = card.json;
        json.card_index = cards.len() as u64;
        cards.push(CardJson::Media(json));
        self
    }

    /// Adds media cards.
    pub fn cards(self, cards: impl IntoIterator<Item = MediaCardDraft>) -> Self {
        cards.into_iter().fold(self, CarouselBuilder::card)
    }

    /// Adds a product card; its `card_index` is its position.
    pub fn product_card(
        mut self,
        catalog_id: impl Into<String>,
        product_retailer_id: impl Into<String>,
    ) -> Self {
        let cards = self.cards_mut();
        let card = ProductCardJson {
            card_index: cards.len() as u64,
            action: ProductCardActionJson {
                catalog_id: Some(Cow::Owned(catalog_id.into())),
                product_retailer_id: Some(Cow::Owned(product_retailer_id.into())),
            },
        };
        cards.push(CardJson::Product(card));
        self
    }

    /// Checks every rule; the message, or every violation with its JSON path.
    pub fn build(self) -> Result<CarouselMessage, ValidationError> {
        self.json.into_message()
    }
}

/// A media card for [`CarouselBuilder`]: a header (an image or a video), an
/// optional body, and a URL button or quick replies.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct MediaCardDraft {
    json: MediaCardJson,
}

impl MediaCardDraft {
    /// A card with this header and no buttons yet.
    pub fn new(header: impl Into<HeaderDraft>) -> Self {
        MediaCardDraft {
            json: MediaCardJson {
                header: Some(header.into().0),
                ..MediaCardJson::default()
            },
        }
    }

    /// The card's body text.
    pub fn body(mut self, text: impl Into<String>) -> Self {
        self.json.body = Some(TextObjectJson::new(text));
        self
    }

    /// The card's URL button.
    pub fn url(mut self, display_text: impl Into<String>, url: impl Into<String>) -> Self {
        self.json.action.parameters = Some(UrlJson {
            display_text: Some(Cow::Owned(display_text.into())),
            url: Some(Cow::Owned(url.into())),
        });
        self
    }

    /// Adds a quick-reply button.
    pub fn quick_reply(mut self, id: impl Into<String>, title: impl Into<String>) -> Self {
        let buttons = self.json.action.buttons.get_or_insert_with(Vec::new);
        buttons.push(QuickReplyJson {
            quick_reply: ReplyJson {
                id: Some(Cow::Owned(id.into())),
                title: Some(Cow::Owned(title.into())),
            },
        });
        self
    }
}
