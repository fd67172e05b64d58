//! `Serialize` is plain serde: every format and formatter gets the fields.
//! For every kind, with and without each optional field, a literal message
//! and its built twin are equal and pretty-print identically; CBOR round
//! trips (its maps are length-prefixed, so a wrong field count corrupts
//! it); `to_value` agrees; `interactive_json()` (the const writer, which a
//! literal's JSON is computed with at compile time) equals
//! `serde_json::to_string`; and so does the request body
//! `OutgoingMessage::to_json()`.

use serde_json::Value;
use wa_interactive::list::{RowDraft, SectionDraft};
use wa_interactive::{
    ButtonMessage, CtaUrlMessage, FlowMessage, FlowMode, HeaderDraft, Interactive, ListMessage,
    LocationRequest, OutgoingMessage, cta_url, flow_message, interactive_list, location_request,
    reply_buttons,
};

/// Checks a literal message against its built twin in every format.
fn agree(name: &str, literal: impl Into<Interactive>, built: impl Into<Interactive>) {
    let (literal, built) = (literal.into(), built.into());
    assert_eq!(literal, built, "{name}: literal and built differ");
    let pretty = serde_json::to_string_pretty(&literal).unwrap();
    assert_eq!(
        pretty,
        serde_json::to_string_pretty(&built).unwrap(),
        "{name}: pretty"
    );
    for message in [&literal, &built] {
        let compact = serde_json::to_string(message).unwrap();
        assert_eq!(
            message.interactive_json(),
            compact,
            "{name}: interactive_json"
        );
        let value = serde_json::to_value(message).unwrap();
        assert_eq!(
            value,
            serde_json::from_str::<Value>(&pretty).unwrap(),
            "{name}: to_value"
        );
        let mut cbor = Vec::new();
        ciborium::into_writer(message, &mut cbor).unwrap();
        let from_cbor: Value = ciborium::from_reader(&cbor[..]).unwrap();
        assert_eq!(from_cbor, value, "{name}: CBOR as a value");
        let back: Interactive = ciborium::from_reader(&cbor[..]).unwrap();
        assert_eq!(&back, message, "{name}: CBOR round trip");
        for reply in [None, Some("wamid.HBgL")] {
            let mut envelope = OutgoingMessage::new("15551234567", message.clone());
            if let Some(id) = reply {
                envelope = envelope.reply_to(id);
            }
            let body = envelope.to_json();
            assert_eq!(
                body,
                serde_json::to_string(&envelope).unwrap(),
                "{name}: body"
            );
            let mut cbor = Vec::new();
            ciborium::into_writer(&envelope, &mut cbor).unwrap();
            let back: OutgoingMessage = ciborium::from_reader(&cbor[..]).unwrap();
            assert_eq!(back, envelope, "{name}: envelope CBOR round trip");
        }
    }
}

#[test]
fn list() {
    agree(
        "list, everything",
        interactive_list! {
            header: "Book",
            body: "Pick a time",
            footer: "Local times",
            button: "Slots",
            sections: [
                { title: "Morning", rows: [ { id: "a", title: "09:00", description: "Dr. Ruiz" } ] },
                { title: "Evening", rows: [ { id: "b", title: "18:00" } ] },
            ],
        },
        ListMessage::builder()
            .header("Book")
            .body("Pick a time")
            .footer("Local times")
            .button("Slots")
            .section(
                SectionDraft::new()
                    .title("Morning")
                    .row(RowDraft::new("a", "09:00").description("Dr. Ruiz")),
            )
            .section(
                SectionDraft::new()
                    .title("Evening")
                    .row(RowDraft::new("b", "18:00")),
            )
            .build()
            .unwrap(),
    );
    agree(
        "list, nothing optional",
        interactive_list! {
            body: "Pick a time",
            button: "Slots",
            sections: [ { rows: [ { id: "a", title: "09:00" } ] } ],
        },
        ListMessage::builder()
            .body("Pick a time")
            .button("Slots")
            .section(SectionDraft::new().row(RowDraft::new("a", "09:00")))
            .build()
            .unwrap(),
    );
}

#[test]
fn buttons() {
    let two = |b: wa_interactive::ButtonBuilder| {
        b.body("Sure?")
            .button("y", "Yes")
            .button("n", "No")
            .build()
            .unwrap()
    };
    agree(
        "buttons, nothing optional",
        reply_buttons! { body: "Sure?", buttons: [ { id: "y", title: "Yes" }, { id: "n", title: "No" } ] },
        two(ButtonMessage::builder()),
    );
    agree(
        "buttons, text header and footer",
        reply_buttons! {
            header: "Order 42", body: "Sure?", footer: "Reply in 24 h",
            buttons: [ { id: "y", title: "Yes" }, { id: "n", title: "No" } ],
        },
        two(ButtonMessage::builder()
            .header("Order 42")
            .footer("Reply in 24 h")),
    );
    agree(
        "buttons, document with filename",
        reply_buttons! {
            header: document { link: "https://example.com/menu.pdf", filename: "menu.pdf" },
            body: "Sure?",
            buttons: [ { id: "y", title: "Yes" }, { id: "n", title: "No" } ],
        },
        two(ButtonMessage::builder().header(
            HeaderDraft::document_link("https://example.com/menu.pdf").filename("menu.pdf"),
        )),
    );
    agree(
        "buttons, document without filename",
        reply_buttons! {
            header: document { id: "1234" },
            body: "Sure?",
            buttons: [ { id: "y", title: "Yes" }, { id: "n", title: "No" } ],
        },
        two(ButtonMessage::builder().header(HeaderDraft::document_id("1234"))),
    );
    agree(
        "buttons, image and video",
        reply_buttons! {
            header: image { id: "987" },
            body: "Sure?",
            buttons: [ { id: "y", title: "Yes" }, { id: "n", title: "No" } ],
        },
        two(ButtonMessage::builder().header(HeaderDraft::image_id("987"))),
    );
    agree(
        "buttons, video link",
        reply_buttons! {
            header: video { link: "https://example.com/a.mp4" },
            body: "Sure?",
            buttons: [ { id: "y", title: "Yes" }, { id: "n", title: "No" } ],
        },
        two(ButtonMessage::builder().header(HeaderDraft::video_link("https://example.com/a.mp4"))),
    );
}

#[test]
fn location() {
    agree(
        "location",
        location_request! { body: "Where to?" },
        LocationRequest::new("Where to?").unwrap(),
    );
}

#[test]
fn cta_url() {
    let built = |b: wa_interactive::CtaUrlBuilder| {
        b.body("Track it")
            .display_text("Track")
            .url("https://example.com/t/1")
            .build()
            .unwrap()
    };
    agree(
        "cta, nothing optional",
        cta_url! { body: "Track it", display_text: "Track", url: "https://example.com/t/1" },
        built(CtaUrlMessage::builder()),
    );
    agree(
        "cta, header and footer",
        cta_url! {
            header: image { link: "https://example.com/p.png" }, body: "Track it", footer: "Hourly",
            display_text: "Track", url: "https://example.com/t/1",
        },
        built(
            CtaUrlMessage::builder()
                .header(HeaderDraft::image_link("https://example.com/p.png"))
                .footer("Hourly"),
        ),
    );
}

#[test]
fn flow() {
    let base = || {
        FlowMessage::builder()
            .body("Book")
            .flow_name("booking")
            .flow_cta("Book now")
    };
    agree(
        "flow, navigate to the first screen",
        flow_message! { body: "Book", flow_name: "booking", flow_cta: "Book now" },
        base().build().unwrap(),
    );
    agree(
        "flow, navigate to a screen, every option",
        flow_message! {
            header: "Tables", body: "Book", footer: "Free",
            flow_name: "booking", flow_cta: "Book now", mode: "draft", flow_token: "t-1",
            flow_action: "navigate", flow_action_payload: { screen: "WELCOME" },
        },
        base()
            .header("Tables")
            .footer("Free")
            .mode(FlowMode::Draft)
            .flow_token("t-1")
            .navigate("WELCOME")
            .build()
            .unwrap(),
    );
    agree(
        "flow, data exchange by id",
        flow_message! { body: "Book", flow_id: "123", flow_cta: "Book now", flow_action: "data_exchange" },
        FlowMessage::builder()
            .body("Book")
            .flow_id("123")
            .flow_cta("Book now")
            .data_exchange()
            .build()
            .unwrap(),
    );
    // Data exists only on built messages: its CBOR and pretty forms agree too.
    let mut data = serde_json::Map::new();
    data.insert("name".into(), "Ana".into());
    data.insert("seats".into(), 2.into());
    let with_data = base().navigate("WELCOME").data(data).build().unwrap();
    agree("flow, with data", with_data.clone(), with_data);
}

// ---- products, catalogs and carousels ----

use wa_interactive::carousel::MediaCardDraft;
use wa_interactive::product_list::ProductSectionDraft;
use wa_interactive::{
    CarouselMessage, CatalogMessage, ProductListMessage, ProductMessage, carousel, catalog_message,
    product_list, product_message,
};

#[test]
fn product() {
    let built = |b: wa_interactive::ProductBuilder| {
        b.catalog_id("194836987003835")
            .product_retailer_id("di9ozbzfi4")
            .build()
            .unwrap()
    };
    agree(
        "product, nothing optional",
        product_message! { catalog_id: "194836987003835", product_retailer_id: "di9ozbzfi4" },
        built(ProductMessage::builder()),
    );
    agree(
        "product, body only",
        product_message! { body: "Here it is", catalog_id: "194836987003835", product_retailer_id: "di9ozbzfi4" },
        built(ProductMessage::builder().body("Here it is")),
    );
    agree(
        "product, body and footer",
        product_message! {
            body: "Here it is", footer: "Free shipping",
            catalog_id: "194836987003835", product_retailer_id: "di9ozbzfi4",
        },
        built(
            ProductMessage::builder()
                .body("Here it is")
                .footer("Free shipping"),
        ),
    );
}

#[test]
fn product_list() {
    agree(
        "product list, everything",
        product_list! {
            header: "Our picks", body: "Tap to browse", footer: "Prices include tax",
            catalog_id: "194836987003835",
            sections: [
                { title: "Plants", product_items: ["SKU-1", "SKU-2"] },
                { title: "Pots", product_items: ["SKU-3"] },
            ],
        },
        ProductListMessage::builder()
            .header("Our picks")
            .body("Tap to browse")
            .footer("Prices include tax")
            .catalog_id("194836987003835")
            .section(
                ProductSectionDraft::new()
                    .title("Plants")
                    .products(["SKU-1", "SKU-2"]),
            )
            .section(ProductSectionDraft::new().title("Pots").product("SKU-3"))
            .build()
            .unwrap(),
    );
    agree(
        "product list, nothing optional",
        product_list! {
            header: "Our picks", body: "Tap to browse", catalog_id: "194836987003835",
            sections: [ { product_items: ["SKU-1"] } ],
        },
        ProductListMessage::builder()
            .header("Our picks")
            .body("Tap to browse")
            .catalog_id("194836987003835")
            .section(ProductSectionDraft::new().product("SKU-1"))
            .build()
            .unwrap(),
    );
}

#[test]
fn catalog() {
    agree(
        "catalog, nothing optional",
        catalog_message! { body: "Browse our catalog" },
        CatalogMessage::builder()
            .body("Browse our catalog")
            .build()
            .unwrap(),
    );
    agree(
        "catalog, footer and thumbnail",
        catalog_message! {
            body: "Browse our catalog", footer: "Best deals",
            thumbnail_product_retailer_id: "2lc20305pt",
        },
        CatalogMessage::builder()
            .body("Browse our catalog")
            .footer("Best deals")
            .thumbnail_product_retailer_id("2lc20305pt")
            .build()
            .unwrap(),
    );
}

#[test]
fn carousel() {
    agree(
        "carousel, URL buttons, a card body on one card",
        carousel! {
            body: "Two options",
            cards: [
                { header: image { link: "https://example.com/a.jpg" }, body: "*A*\nfirst",
                  url: { display_text: "Buy", url: "https://example.com/a" } },
                { header: image { id: "123" }, url: { display_text: "Buy", url: "https://example.com/b" } },
            ],
        },
        CarouselMessage::builder()
            .body("Two options")
            .card(
                MediaCardDraft::new(HeaderDraft::image_link("https://example.com/a.jpg"))
                    .body("*A*\nfirst")
                    .url("Buy", "https://example.com/a"),
            )
            .card(
                MediaCardDraft::new(HeaderDraft::image_id("123"))
                    .url("Buy", "https://example.com/b"),
            )
            .build()
            .unwrap(),
    );
    agree(
        "carousel, quick replies",
        carousel! {
            body: "Pick one",
            cards: [
                { header: video { link: "https://example.com/a.mp4" }, buttons: [ { id: "a", title: "A" } ] },
                { header: video { link: "https://example.com/b.mp4" }, buttons: [ { id: "b", title: "B" } ] },
            ],
        },
        CarouselMessage::builder()
            .body("Pick one")
            .card(
                MediaCardDraft::new(HeaderDraft::video_link("https://example.com/a.mp4"))
                    .quick_reply("a", "A"),
            )
            .card(
                MediaCardDraft::new(HeaderDraft::video_link("https://example.com/b.mp4"))
                    .quick_reply("b", "B"),
            )
            .build()
            .unwrap(),
    );
    agree(
        "carousel, product cards",
        carousel! {
            body: "Featured",
            cards: [
                { catalog_id: "123456789", product_retailer_id: "abc" },
                { catalog_id: "123456789", product_retailer_id: "def" },
            ],
        },
        CarouselMessage::builder()
            .body("Featured")
            .product_card("123456789", "abc")
            .product_card("123456789", "def")
            .build()
            .unwrap(),
    );
}

#[test]
fn contact_info() {
    use wa_interactive::{ContactInfoRequest, request_contact_info};
    agree(
        "contact info",
        request_contact_info! { body: "Share your number?" },
        ContactInfoRequest::new("Share your number?").unwrap(),
    );
}

#[test]
fn call_permission() {
    use wa_interactive::{CallPermissionRequest, call_permission_request};
    agree(
        "call permission, with a body",
        call_permission_request! { body: "May we call you?" },
        CallPermissionRequest::new("May we call you?").unwrap(),
    );
    agree(
        "call permission, without a body",
        call_permission_request! {},
        CallPermissionRequest::without_body(),
    );
}

#[test]
fn voice_call() {
    use wa_interactive::{VoiceCallMessage, voice_call};
    let base = || VoiceCallMessage::builder().body("Call us");
    agree(
        "voice call, nothing optional",
        voice_call! { body: "Call us" },
        base().build().unwrap(),
    );
    agree(
        "voice call, every option",
        voice_call! { body: "Call us", display_text: "Call now", ttl_minutes: 43200, payload: "order-42" },
        base()
            .display_text("Call now")
            .ttl_minutes(43_200)
            .payload("order-42")
            .build()
            .unwrap(),
    );
    agree(
        "voice call, ttl only",
        voice_call! { body: "Call us", ttl_minutes: 1 },
        base().ttl_minutes(1).build().unwrap(),
    );
    agree(
        "voice call, payload only",
        voice_call! { body: "Call us", payload: "p" },
        base().payload("p").build().unwrap(),
    );
}

#[test]
fn address() {
    use wa_interactive::address::AddressDraft;
    use wa_interactive::{AddressMessage, address_message};
    let base = || AddressMessage::builder().body("Where to?").country("IN");
    agree(
        "address, nothing optional",
        address_message! { body: "Where to?", country: "IN" },
        base().build().unwrap(),
    );
    agree(
        "address, every option",
        address_message! {
            header: "Delivery", body: "Where to?", footer: "India only", country: "IN",
            values: { name: "Ana", in_pin_code: "400063", state: "MH" },
            saved_addresses: [
                { id: "home", value: { city: "Mumbai" } },
                { id: "work", value: { tower_number: "B", city: "Pune" } },
            ],
            validation_errors: { in_pin_code: "Unknown pin code" },
        },
        base()
            .header("Delivery")
            .footer("India only")
            .values(
                AddressDraft::new()
                    .name("Ana")
                    .in_pin_code("400063")
                    .state("MH"),
            )
            .saved_address("home", AddressDraft::new().city("Mumbai"))
            .saved_address("work", AddressDraft::new().tower_number("B").city("Pune"))
            .validation_errors(AddressDraft::new().in_pin_code("Unknown pin code"))
            .build()
            .unwrap(),
    );
    agree(
        "address, empty values and no saved address",
        address_message! { body: "Where to?", country: "IN", values: {}, saved_addresses: [] },
        AddressMessage::builder()
            .body("Where to?")
            .country("IN")
            .values(AddressDraft::new())
            .saved_addresses(Vec::<(String, AddressDraft)>::new())
            .build()
            .unwrap(),
    );
}
