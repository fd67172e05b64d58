//! Golden JSON: every message kind serializes to the API's JSON, and reads back.
//!
//! Each file under `golden/` is compared as a parsed value with
//! `serde_json::to_value`, with the bytes of `serde_json::to_vec` and with
//! `interactive_json()`; reading the file back gives the same message.

use std::fmt::Debug;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use wa_interactive::list::{RowDraft, SectionDraft};
use wa_interactive::{
    ButtonMessage, CtaUrlMessage, FlowMessage, FlowMode, HeaderDraft, Interactive, ListMessage,
    LocationRequest, OutgoingMessage,
};

fn golden(name: &str) -> Value {
    let path = format!("{}/golden/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The message matches the golden file every way it can be written, and
/// reading the file back gives the same message.
fn check<T>(name: &str, message: &T, to_json: &str)
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let expected = golden(name);
    assert_eq!(
        serde_json::to_value(message).unwrap(),
        expected,
        "{name}: to_value"
    );
    let bytes = serde_json::to_vec(message).unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(&bytes).unwrap(),
        expected,
        "{name}: to_vec"
    );
    assert_eq!(
        to_json.as_bytes(),
        &bytes[..],
        "{name}: interactive_json() and to_vec differ"
    );
    let back: T = serde_json::from_value(expected).unwrap();
    assert_eq!(&back, message, "{name}: Deserialize");
}

fn check_interactive(name: &str, message: impl Into<Interactive>) {
    let message = message.into();
    check(name, &message, &message.interactive_json());
}

fn seed_list() -> ListMessage {
    ListMessage::builder()
        .header("your-header-content")
        .body("your-text-message-content")
        .footer("your-footer-content")
        .button("cta-button-content")
        .section(
            SectionDraft::new().title("your-section-title").row(
                RowDraft::new("unique-row-identifier-1", "row-title-content")
                    .description("row-description-content"),
            ),
        )
        .section(
            SectionDraft::new()
                .title("your-section-title")
                .row(
                    RowDraft::new("unique-row-identifier-2", "row-title-content")
                        .description("row-description-content"),
                )
                .row(RowDraft::new(
                    "unique-row-identifier-3",
                    "row-title-content",
                )),
        )
        .build()
        .unwrap()
}

#[test]
fn list_of_the_seed() {
    let list = seed_list();
    check("list", &list, &list.interactive_json());
    check_interactive("list", list);
}

#[test]
fn list_minimal() {
    let list = ListMessage::builder()
        .body("Pick a time")
        .button("View slots")
        .section(SectionDraft::new().row(RowDraft::new("slot-0900", "09:00")))
        .build()
        .unwrap();
    check("list_minimal", &list, &list.interactive_json());
}

fn seed_buttons(header: HeaderDraft) -> ButtonMessage {
    ButtonMessage::builder()
        .header(header)
        .body("your-text-body-content")
        .footer("your-text-footer-content")
        .button("unique-postback-id-1", "First Button’s Title")
        .button("unique-postback-id-2", "Second Button’s Text")
        .build()
        .unwrap()
}

#[test]
fn buttons_with_each_header_kind() {
    let headers: [(&str, HeaderDraft); 7] = [
        ("text", "your text".into()),
        ("image_id", HeaderDraft::image_id("1234567890")),
        (
            "image_link",
            HeaderDraft::image_link("https://example.com/cake.png"),
        ),
        ("video_id", HeaderDraft::video_id("2345678901")),
        (
            "video_link",
            HeaderDraft::video_link("https://example.com/clip.mp4"),
        ),
        (
            "document_id",
            HeaderDraft::document_id("3456789012")
                .filename("menu.pdf")
                .into(),
        ),
        (
            "document_link",
            HeaderDraft::document_link("https://example.com/menu.pdf").into(),
        ),
    ];
    for (kind, header) in headers {
        let name = format!("buttons_header_{kind}");
        let msg = seed_buttons(header);
        check(&name, &msg, &msg.interactive_json());
        check_interactive(&name, msg);
    }
}

#[test]
fn buttons_minimal() {
    let msg = ButtonMessage::builder()
        .body("Confirm your order?")
        .button("confirm", "Yes")
        .build()
        .unwrap();
    check("buttons_minimal", &msg, &msg.interactive_json());
}

#[test]
fn location_request() {
    let msg = LocationRequest::new(
        "Let us start with your pickup. You can either manually *enter an address* or *share your current location*.",
    )
    .unwrap();
    check("location", &msg, &msg.interactive_json());
    check_interactive("location", msg);
}

#[test]
fn location_request_accepts_the_seed_body_with_type_text() {
    let seed = json!({
        "type": "location_request_message",
        "body": { "type": "text", "text": "<TEXT>" },
        "action": { "name": "send_location" }
    });
    let msg: LocationRequest = serde_json::from_value(seed).unwrap();
    assert_eq!(msg.body(), "<TEXT>");
}

#[test]
fn cta_url() {
    let msg = CtaUrlMessage::builder()
        .header(HeaderDraft::image_link("https://example.com/banner.png"))
        .body("Tap the button below to see available dates.")
        .footer("Dates subject to change.")
        .display_text("See Dates")
        .url("https://www.example.com?clickID=kqDGWd24Q5TRwoEQTICY7W1JKoXvaZOXWAS7h1P76s0R7Paec4")
        .build()
        .unwrap();
    check("cta_url", &msg, &msg.interactive_json());
    check_interactive("cta_url", msg);
}

#[test]
fn flow_navigate() {
    let Value::Object(data) = json!({ "product_name": "name", "product_description": "description", "product_price": 100 })
    else {
        unreachable!()
    };
    let msg = FlowMessage::builder()
        .header("Flow message header")
        .body("Flow message body")
        .footer("Flow message footer")
        .flow_id("1234567890123456")
        .flow_cta("Book!")
        .mode(FlowMode::Draft)
        .flow_token("AQAAAAACS5FpgQ_cAAAAAD0QI3s.")
        .navigate("CONFIRM")
        .data(data)
        .build()
        .unwrap();
    check("flow_navigate", &msg, &msg.interactive_json());
    check_interactive("flow_navigate", msg);
}

#[test]
fn flow_data_exchange() {
    let msg = FlowMessage::builder()
        .body("Update your booking")
        .flow_name("booking_update")
        .flow_cta("Update")
        .data_exchange()
        .build()
        .unwrap();
    check("flow_data_exchange", &msg, &msg.interactive_json());
    check_interactive("flow_data_exchange", msg);
}

#[test]
fn envelope_without_context() {
    let msg = OutgoingMessage::new(
        "15551234567",
        LocationRequest::new("Where should we deliver?").unwrap(),
    );
    let text = msg.to_json();
    check("envelope", &msg, &text);
}

#[test]
fn envelope_with_context() {
    let buttons = ButtonMessage::builder()
        .body("Confirm your order?")
        .button("confirm", "Yes")
        .build()
        .unwrap();
    let msg = OutgoingMessage::new("15551234567", buttons)
        .reply_to("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=");
    let text = msg.to_json();
    check("envelope_context", &msg, &text);
}

#[test]
fn text_messages_in_the_envelope() {
    use wa_interactive::{TextMessage, text_message};
    static BOOKED: TextMessage = text_message! { body: "Booked for Monday 13:30. See you!" };
    let built = TextMessage::new("Booked for Monday 13:30. See you!").unwrap();
    let msg = OutgoingMessage::new("15551234567", built.clone());
    check("text", &msg, &msg.to_json());
    assert_eq!(BOOKED, built);
    let msg = OutgoingMessage::new("15551234567", BOOKED.clone());
    check("text", &msg, &msg.to_json());

    // Meta's own example of a text with a link preview, as a reply.
    let link =
        "As requested, here's the link to our latest product: https://www.meta.com/quest/quest-3/";
    let msg = OutgoingMessage::new(
        "15551234567",
        TextMessage::new(link).unwrap().with_preview_url(true),
    )
    .reply_to("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=");
    check("text_preview_url", &msg, &msg.to_json());
    let literal = text_message! {
        body: "As requested, here's the link to our latest product: https://www.meta.com/quest/quest-3/",
        preview_url: true,
    };
    assert_eq!(
        Some(&wa_interactive::Message::Text(literal)),
        msg.message().into()
    );
    assert_eq!(msg.interactive(), None);
}

#[test]
fn reactions_in_the_envelope() {
    use wa_interactive::Reaction;
    let id = "wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA";
    let msg = OutgoingMessage::new("15551234567", Reaction::new(id, "😀").unwrap());
    check("reaction", &msg, &msg.to_json());
    let msg = OutgoingMessage::new("15551234567", Reaction::remove(id).unwrap());
    check("reaction_removal", &msg, &msg.to_json());
    // An absent emoji reads as a removal; a missing or untrimmed id is refused.
    let read: Reaction = serde_json::from_str(&format!(r#"{{"message_id":"{id}"}}"#)).unwrap();
    assert!(read.is_removal());
    for (body, error) in [
        (r#"{"emoji":"😀"}"#, "message_id: `message_id` is required"),
        (
            r#"{"message_id":" wamid.X","emoji":"😀"}"#,
            "message_id: reacted message id has a leading space",
        ),
    ] {
        let err = serde_json::from_str::<Reaction>(body).unwrap_err();
        assert!(err.to_string().starts_with(error), "{err}");
    }
    assert!(Reaction::new("", "👍").is_err());
}

#[test]
fn interactive_rejects_an_unknown_type() {
    // Payments are out of scope.
    let err = serde_json::from_value::<Interactive>(json!({"type": "order_details"})).unwrap_err();
    assert!(
        err.to_string().contains("unknown variant `order_details`"),
        "{err}"
    );
}

// ---- the same messages written with the macros ----

use wa_interactive::{cta_url, flow_message, interactive_list, location_request, reply_buttons};

#[test]
fn macro_list_matches_the_golden_files() {
    static SEED: ListMessage = interactive_list! {
        header: "your-header-content",
        body: "your-text-message-content",
        footer: "your-footer-content",
        button: "cta-button-content",
        sections: [
            {
                title: "your-section-title",
                rows: [
                    { id: "unique-row-identifier-1", title: "row-title-content", description: "row-description-content" },
                ],
            },
            {
                title: "your-section-title",
                rows: [
                    { id: "unique-row-identifier-2", title: "row-title-content", description: "row-description-content" },
                    { id: "unique-row-identifier-3", title: "row-title-content" },
                ],
            },
        ],
    };
    check("list", &SEED, &SEED.interactive_json());
    check_interactive("list", SEED.clone());
    let minimal = interactive_list! {
        body: "Pick a time",
        button: "View slots",
        sections: [ { rows: [ { id: "slot-0900", title: "09:00" } ] } ],
    };
    check("list_minimal", &minimal, &minimal.interactive_json());
}

#[test]
fn macro_buttons_match_the_golden_files() {
    macro_rules! seed {
        ($header:expr) => {
            reply_buttons! {
                header: $header,
                body: "your-text-body-content",
                footer: "your-text-footer-content",
                buttons: [
                    { id: "unique-postback-id-1", title: "First Button’s Title" },
                    { id: "unique-postback-id-2", title: "Second Button’s Text" },
                ],
            }
        };
    }
    let cases = [
        ("text", seed!("your text")),
        (
            "image_id",
            reply_buttons! {
                header: image { id: "1234567890" }, body: "your-text-body-content", footer: "your-text-footer-content",
                buttons: [ { id: "unique-postback-id-1", title: "First Button’s Title" }, { id: "unique-postback-id-2", title: "Second Button’s Text" } ],
            },
        ),
        (
            "image_link",
            reply_buttons! {
                header: image { link: "https://example.com/cake.png" }, body: "your-text-body-content", footer: "your-text-footer-content",
                buttons: [ { id: "unique-postback-id-1", title: "First Button’s Title" }, { id: "unique-postback-id-2", title: "Second Button’s Text" } ],
            },
        ),
        (
            "video_id",
            reply_buttons! {
                header: video { id: "2345678901" }, body: "your-text-body-content", footer: "your-text-footer-content",
                buttons: [ { id: "unique-postback-id-1", title: "First Button’s Title" }, { id: "unique-postback-id-2", title: "Second Button’s Text" } ],
            },
        ),
        (
            "video_link",
            reply_buttons! {
                header: video { link: "https://example.com/clip.mp4" }, body: "your-text-body-content", footer: "your-text-footer-content",
                buttons: [ { id: "unique-postback-id-1", title: "First Button’s Title" }, { id: "unique-postback-id-2", title: "Second Button’s Text" } ],
            },
        ),
        (
            "document_id",
            reply_buttons! {
                header: document { id: "3456789012", filename: "menu.pdf" }, body: "your-text-body-content", footer: "your-text-footer-content",
                buttons: [ { id: "unique-postback-id-1", title: "First Button’s Title" }, { id: "unique-postback-id-2", title: "Second Button’s Text" } ],
            },
        ),
        (
            "document_link",
            reply_buttons! {
                header: document { link: "https://example.com/menu.pdf" }, body: "your-text-body-content", footer: "your-text-footer-content",
                buttons: [ { id: "unique-postback-id-1", title: "First Button’s Title" }, { id: "unique-postback-id-2", title: "Second Button’s Text" } ],
            },
        ),
    ];
    for (kind, msg) in cases {
        let name = format!("buttons_header_{kind}");
        check(&name, &msg, &msg.interactive_json());
        check_interactive(&name, msg);
    }
}

#[test]
fn macro_location_cta_and_flows_match_the_golden_files() {
    let location = location_request! {
        body: "Let us start with your pickup. You can either manually *enter an address* or *share your current location*.",
    };
    check("location", &location, &location.interactive_json());
    let cta = cta_url! {
        header: image { link: "https://example.com/banner.png" },
        body: "Tap the button below to see available dates.",
        footer: "Dates subject to change.",
        display_text: "See Dates",
        url: "https://www.example.com?clickID=kqDGWd24Q5TRwoEQTICY7W1JKoXvaZOXWAS7h1P76s0R7Paec4",
    };
    check("cta_url", &cta, &cta.interactive_json());
    let flow = flow_message! {
        body: "Update your booking",
        flow_message_version: "3",
        flow_name: "booking_update",
        flow_cta: "Update",
        flow_action: "data_exchange",
    };
    check("flow_data_exchange", &flow, &flow.interactive_json());
}

#[test]
fn macro_messages_inside_the_envelope() {
    let ask = location_request! { body: "Where should we deliver?" };
    let msg = OutgoingMessage::new("15551234567", ask);
    let text = msg.to_json();
    check("envelope", &msg, &text);
    let buttons = reply_buttons! { body: "Confirm your order?", buttons: [ { id: "confirm", title: "Yes" } ] };
    let msg = OutgoingMessage::new("15551234567", buttons)
        .reply_to("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=");
    let text = msg.to_json();
    check("envelope_context", &msg, &text);
}

#[test]
fn parts_of_messages_deserialize_with_their_rules() {
    use wa_interactive::{Header, ReplyButton, Row};
    let header: Header =
        serde_json::from_value(json!({"type": "image", "image": {"link": "https://e.x/a.png"}}))
            .unwrap();
    assert_eq!(
        serde_json::to_value(&header).unwrap(),
        json!({"type": "image", "image": {"link": "https://e.x/a.png"}})
    );
    let err = serde_json::from_value::<Header>(
        json!({"type": "image", "image": {"link": "ftp://e.x/a.png"}}),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "header.image.link: media link is not an http or https URL with a host (no spaces, control characters or user info); WhatsApp only opens such links"
    );
    let button: ReplyButton =
        serde_json::from_value(json!({"type": "reply", "reply": {"id": "y", "title": "Yes"}}))
            .unwrap();
    assert_eq!(button.title(), "Yes");
    let err = serde_json::from_value::<ReplyButton>(
        json!({"type": "reply", "reply": {"id": "y ", "title": "Yes"}}),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "button id has a trailing space; WhatsApp rejects untrimmed ids"
    );
    let err =
        serde_json::from_value::<Row>(json!({"id": "r", "title": "x".repeat(25)})).unwrap_err();
    assert_eq!(
        err.to_string(),
        "title: row title is 25 characters; WhatsApp allows at most 24"
    );
}

// ---- products and catalogs (the examples of Meta's commerce guides) ----

use wa_interactive::product_list::ProductSectionDraft;
use wa_interactive::{
    CatalogMessage, ProductListMessage, ProductMessage, catalog_message, product_list,
    product_message,
};

#[test]
fn product_messages() {
    let built = ProductMessage::builder()
        .body("Here is the item you asked about")
        .footer("Free shipping over $50")
        .catalog_id("194836987003835")
        .product_retailer_id("di9ozbzfi4")
        .build()
        .unwrap();
    check("product", &built, &built.interactive_json());
    check_interactive("product", built.clone());
    let literal = product_message! {
        body: "Here is the item you asked about",
        footer: "Free shipping over $50",
        catalog_id: "194836987003835",
        product_retailer_id: "di9ozbzfi4",
    };
    assert_eq!(literal, built);
    check("product", &literal, &literal.interactive_json());
    let minimal =
        product_message! { catalog_id: "194836987003835", product_retailer_id: "di9ozbzfi4" };
    check("product_minimal", &minimal, &minimal.interactive_json());
    check_interactive("product_minimal", minimal);
}

#[test]
fn product_list_messages() {
    static LITERAL: ProductListMessage = product_list! {
        header: "Our picks",
        body: "Tap to browse",
        footer: "Prices include tax",
        catalog_id: "194836987003835",
        sections: [
            { title: "Plants", product_items: ["SKU-1", "SKU-2"] },
            { title: "Accessories", product_items: ["SKU-3"] },
        ],
    };
    let built = ProductListMessage::builder()
        .header("Our picks")
        .body("Tap to browse")
        .footer("Prices include tax")
        .catalog_id("194836987003835")
        .section(
            ProductSectionDraft::new()
                .title("Plants")
                .products(["SKU-1", "SKU-2"]),
        )
        .section(
            ProductSectionDraft::new()
                .title("Accessories")
                .product("SKU-3"),
        )
        .build()
        .unwrap();
    check("product_list", &built, &built.interactive_json());
    check_interactive("product_list", built.clone());
    assert_eq!(LITERAL, built);
    check("product_list", &LITERAL, &LITERAL.interactive_json());
    let minimal = product_list! {
        header: "Our picks",
        body: "Tap to browse",
        catalog_id: "194836987003835",
        sections: [ { product_items: ["SKU-1"] } ],
    };
    check(
        "product_list_minimal",
        &minimal,
        &minimal.interactive_json(),
    );
    check_interactive("product_list_minimal", minimal);
}

#[test]
fn catalog_messages() {
    let body = "Hello! Thanks for your interest. Ordering is easy. Just visit our catalog and add items to purchase.";
    let built = CatalogMessage::builder()
        .body(body)
        .footer("Best grocery deals on WhatsApp!")
        .thumbnail_product_retailer_id("2lc20305pt")
        .build()
        .unwrap();
    check("catalog_message", &built, &built.interactive_json());
    check_interactive("catalog_message", built.clone());
    let literal = catalog_message! {
        body: "Hello! Thanks for your interest. Ordering is easy. Just visit our catalog and add items to purchase.",
        footer: "Best grocery deals on WhatsApp!",
        thumbnail_product_retailer_id: "2lc20305pt",
    };
    assert_eq!(literal, built);
    check("catalog_message", &literal, &literal.interactive_json());
    let minimal = catalog_message! { body: "Browse our catalog" };
    check(
        "catalog_message_minimal",
        &minimal,
        &minimal.interactive_json(),
    );
    check_interactive("catalog_message_minimal", minimal);
}

// ---- carousels (the examples of Meta's carousel guides) ----

use wa_interactive::carousel::MediaCardDraft;
use wa_interactive::{CarouselMessage, carousel};

#[test]
fn carousel_of_media_cards_with_url_buttons() {
    static LITERAL: CarouselMessage = carousel! {
        body: "Here are two options:",
        cards: [
            {
                header: image { link: "https://example.com/a.jpg" },
                url: { display_text: "Buy now", url: "https://example.com/a" },
            },
            {
                header: image { link: "https://example.com/b.jpg" },
                url: { display_text: "Buy now", url: "https://example.com/b" },
            },
        ],
    };
    let card = |x: &str| {
        MediaCardDraft::new(HeaderDraft::image_link(format!(
            "https://example.com/{x}.jpg"
        )))
        .url("Buy now", format!("https://example.com/{x}"))
    };
    let built = CarouselMessage::builder()
        .body("Here are two options:")
        .card(card("a"))
        .card(card("b"))
        .build()
        .unwrap();
    check("carousel_media_url", &built, &built.interactive_json());
    check_interactive("carousel_media_url", built.clone());
    assert_eq!(LITERAL, built);
    check("carousel_media_url", &LITERAL, &LITERAL.interactive_json());
}

#[test]
fn carousel_of_media_cards_with_quick_replies() {
    let built = CarouselMessage::builder()
        .body("Which plant would you like to know more about?")
        .card(
            MediaCardDraft::new(HeaderDraft::video_link("https://example.com/a.mp4"))
                .body("*Blue Echeveria*\n\nA rosette of powder-blue leaves.")
                .quick_reply("learn-a", "Learn more")
                .quick_reply("fav-a", "Add to favorites"),
        )
        .card(
            MediaCardDraft::new(HeaderDraft::video_link("https://example.com/b.mp4"))
                .body("*Zebra Haworthia*")
                .quick_reply("learn-b", "Learn more")
                .quick_reply("fav-b", "Add to favorites"),
        )
        .build()
        .unwrap();
    check(
        "carousel_media_quick_replies",
        &built,
        &built.interactive_json(),
    );
    let literal = carousel! {
        body: "Which plant would you like to know more about?",
        cards: [
            {
                header: video { link: "https://example.com/a.mp4" },
                body: "*Blue Echeveria*\n\nA rosette of powder-blue leaves.",
                buttons: [ { id: "learn-a", title: "Learn more" }, { id: "fav-a", title: "Add to favorites" } ],
            },
            {
                header: video { link: "https://example.com/b.mp4" },
                body: "*Zebra Haworthia*",
                buttons: [ { id: "learn-b", title: "Learn more" }, { id: "fav-b", title: "Add to favorites" } ],
            },
        ],
    };
    assert_eq!(literal, built);
    check(
        "carousel_media_quick_replies",
        &literal,
        &literal.interactive_json(),
    );
    check_interactive("carousel_media_quick_replies", literal);
}

#[test]
fn carousel_of_product_cards() {
    let built = CarouselMessage::builder()
        .body("Check out our featured products!")
        .product_card("123456789", "abc123xyz")
        .product_card("123456789", "def456uvw")
        .build()
        .unwrap();
    check("carousel_products", &built, &built.interactive_json());
    let literal = carousel! {
        body: "Check out our featured products!",
        cards: [
            { catalog_id: "123456789", product_retailer_id: "abc123xyz" },
            { catalog_id: "123456789", product_retailer_id: "def456uvw" },
        ],
    };
    assert_eq!(literal, built);
    check("carousel_products", &literal, &literal.interactive_json());
    check_interactive("carousel_products", literal);
}

// ---- contact-info requests, call permission requests, voice calls, address messages ----

#[test]
fn request_contact_info() {
    use wa_interactive::{ContactInfoRequest, request_contact_info};
    let body = "To continue, please share your phone number with us.";
    let built = ContactInfoRequest::new(body).unwrap();
    check("request_contact_info", &built, &built.interactive_json());
    check_interactive("request_contact_info", built);
    let literal = request_contact_info! {
        body: "To continue, please share your phone number with us.",
    };
    check(
        "request_contact_info",
        &literal,
        &literal.interactive_json(),
    );
}

#[test]
fn call_permission_request() {
    use wa_interactive::{CallPermissionRequest, call_permission_request};
    let built = CallPermissionRequest::new(
        "We would like to call you to help support your query on Order No: ON-12853.",
    )
    .unwrap();
    check("call_permission_request", &built, &built.interactive_json());
    check_interactive("call_permission_request", built);
    let literal = call_permission_request! {
        body: "We would like to call you to help support your query on Order No: ON-12853.",
    };
    check(
        "call_permission_request",
        &literal,
        &literal.interactive_json(),
    );
    let bare = CallPermissionRequest::without_body();
    check(
        "call_permission_request_minimal",
        &bare,
        &bare.interactive_json(),
    );
    check_interactive("call_permission_request_minimal", bare);
    let literal = call_permission_request! {};
    check(
        "call_permission_request_minimal",
        &literal,
        &literal.interactive_json(),
    );
}

#[test]
fn voice_call() {
    use wa_interactive::{VoiceCallMessage, voice_call};
    let body = "You can call us on WhatsApp now for faster service!";
    let built = VoiceCallMessage::builder()
        .body(body)
        .display_text("Call on WhatsApp")
        .ttl_minutes(100)
        .payload("payload data")
        .build()
        .unwrap();
    check("voice_call", &built, &built.interactive_json());
    check_interactive("voice_call", built);
    let literal = voice_call! {
        body: "You can call us on WhatsApp now for faster service!",
        display_text: "Call on WhatsApp",
        ttl_minutes: 100,
        payload: "payload data",
    };
    check("voice_call", &literal, &literal.interactive_json());
    let minimal = VoiceCallMessage::builder().body(body).build().unwrap();
    check("voice_call_minimal", &minimal, &minimal.interactive_json());
    check_interactive("voice_call_minimal", minimal);
    let literal = voice_call! { body: "You can call us on WhatsApp now for faster service!" };
    check("voice_call_minimal", &literal, &literal.interactive_json());
}

#[test]
fn address_message() {
    use wa_interactive::address::AddressDraft;
    use wa_interactive::{AddressMessage, address_message};
    let body = "Thanks for your order! Tell us what address you'd like this order delivered to.";
    let minimal = AddressMessage::builder()
        .body(body)
        .country("IN")
        .build()
        .unwrap();
    check(
        "address_message_minimal",
        &minimal,
        &minimal.interactive_json(),
    );
    check_interactive("address_message_minimal", minimal);
    let literal = address_message! {
        body: "Thanks for your order! Tell us what address you'd like this order delivered to.",
        country: "IN",
    };
    check(
        "address_message_minimal",
        &literal,
        &literal.interactive_json(),
    );

    // Meta's examples, combined: values with a validation error, and a
    // saved address. Meta's saved address also sends `"building_name": ""`;
    // an empty prefill is no prefill, and every text must be non-empty, so
    // it is left out here (and rejected with its path, below).
    let built = AddressMessage::builder()
        .header("Delivery address")
        .body(body)
        .footer("We only deliver within India")
        .country("IN")
        .values(
            AddressDraft::new()
                .name("CUSTOMER_NAME")
                .phone_number("+91xxxxxxxxxx")
                .in_pin_code("666666")
                .address("Some other location")
                .city("Delhi"),
        )
        .saved_address(
            "address1",
            AddressDraft::new()
                .name("CUSTOMER_NAME")
                .phone_number("+91xxxxxxxxxx")
                .in_pin_code("400063")
                .floor_number("8")
                .address("Wing A, Cello Triumph,IB Patel Rd")
                .landmark_area("Goregaon")
                .city("Mumbai"),
        )
        .validation_errors(AddressDraft::new().in_pin_code("We could not locate this pin code."))
        .build()
        .unwrap();
    check("address_message", &built, &built.interactive_json());
    check_interactive("address_message", built);
    let literal = address_message! {
        header: "Delivery address",
        body: "Thanks for your order! Tell us what address you'd like this order delivered to.",
        footer: "We only deliver within India",
        country: "IN",
        values: {
            name: "CUSTOMER_NAME",
            phone_number: "+91xxxxxxxxxx",
            in_pin_code: "666666",
            address: "Some other location",
            city: "Delhi",
        },
        saved_addresses: [
            {
                id: "address1",
                value: {
                    name: "CUSTOMER_NAME",
                    phone_number: "+91xxxxxxxxxx",
                    in_pin_code: "400063",
                    floor_number: "8",
                    address: "Wing A, Cello Triumph,IB Patel Rd",
                    landmark_area: "Goregaon",
                    city: "Mumbai",
                },
            },
        ],
        validation_errors: { in_pin_code: "We could not locate this pin code." },
    };
    check("address_message", &literal, &literal.interactive_json());

    let mut with_empty = golden("address_message");
    with_empty["action"]["parameters"]["saved_addresses"][0]["value"]["building_name"] = json!("");
    let err = serde_json::from_value::<AddressMessage>(with_empty).unwrap_err();
    assert_eq!(
        err.to_string(),
        "action.parameters.saved_addresses[0].value.building_name: address value is empty; WhatsApp needs at least 1 character"
    );
}
