//! Property tests: any valid message survives build → serialize →
//! deserialize unchanged, in JSON and in CBOR, and the JSON that
//! `interactive_json()` writes (the const writer, which computes a literal
//! message's JSON at compile time) is byte for byte the JSON that
//! `Serialize` writes.

use proptest::prelude::*;
use serde_json::{Map, Value};
use wa_interactive::list::{RowDraft, SectionDraft};
use wa_interactive::{
    ButtonMessage, CtaUrlMessage, FlowMessage, FlowMode, HeaderDraft, Interactive, ListMessage,
    LocationRequest, OutgoingMessage,
};
use wa_interactive_tests::cases;

/// Text of 1 to `max` characters drawn from ASCII, escapes, accents and emoji.
fn text(max: usize) -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => Just(' '),
        1 => Just('"'),
        1 => Just('\\'),
        1 => Just('\n'),
        1 => Just('\u{1}'),
        1 => Just('é'),
        1 => Just('🍕'),
        1 => Just('\u{2028}'),
    ];
    proptest::collection::vec(ch, 1..=max).prop_map(|chars| chars.into_iter().collect())
}

/// Text without emoji, for the fields that refuse them.
fn plain_text(max: usize) -> impl Strategy<Value = String> {
    text(max).prop_map(|t| t.replace('🍕', "𝐀"))
}

/// An id: trimmed, made unique by the caller's suffix.
fn id(max: usize) -> impl Strategy<Value = String> {
    text(max.min(40)).prop_map(|t| format!("i{}", t.trim()).replace(char::is_whitespace, "_"))
}

/// A link: an http(s) URL, whose path has no spaces or control characters.
fn link(max: usize) -> impl Strategy<Value = String> {
    id(max).prop_map(|p| format!("https://example.com/{}", p.replace(char::is_control, "_")))
}

fn header() -> impl Strategy<Value = HeaderDraft> {
    prop_oneof![
        text(60).prop_map(HeaderDraft::text),
        id(20).prop_map(HeaderDraft::image_id),
        link(20).prop_map(HeaderDraft::video_link),
        (id(20), proptest::option::of(text(30))).prop_map(|(id, name)| {
            let doc = HeaderDraft::document_id(id);
            match name {
                Some(name) => doc.filename(name).into(),
                None => doc.into(),
            }
        }),
    ]
}

fn list() -> impl Strategy<Value = ListMessage> {
    let row = (id(200), text(24), proptest::option::of(text(72)));
    let section = (
        proptest::option::of(text(24)),
        proptest::collection::vec(row, 1..=3),
    );
    (
        proptest::option::of(text(60)),
        text(1024),
        proptest::option::of(text(60)),
        text(20),
        proptest::collection::vec(section, 1..=3),
    )
        .prop_map(|(header, body, footer, button, sections)| {
            let many = sections.len() > 1;
            let mut b = ListMessage::builder().body(body).button(button);
            if let Some(h) = header {
                b = b.header(h);
            }
            if let Some(f) = footer {
                b = b.footer(f);
            }
            for (i, (title, rows)) in sections.into_iter().enumerate() {
                let mut s = SectionDraft::new();
                match title {
                    Some(t) => s = s.title(t),
                    None if many => s = s.title(format!("Section {i}")),
                    None => {}
                }
                for (j, (id, title, description)) in rows.into_iter().enumerate() {
                    let mut row = RowDraft::new(
                        format!("{}-{i}-{j}", id.chars().take(190).collect::<String>()),
                        title,
                    );
                    if let Some(d) = description {
                        row = row.description(d);
                    }
                    s = s.row(row);
                }
                b = b.section(s);
            }
            b.build().expect("generated lists are valid")
        })
}

fn buttons() -> impl Strategy<Value = ButtonMessage> {
    (
        proptest::option::of(header()),
        text(1024),
        proptest::option::of(text(60)),
        proptest::collection::vec((id(200), text(18)), 1..=3),
    )
        .prop_map(|(header, body, footer, buttons)| {
            let mut b = ButtonMessage::builder().body(body);
            if let Some(h) = header {
                b = b.header(h);
            }
            if let Some(f) = footer {
                b = b.footer(f);
            }
            for (i, (id, title)) in buttons.into_iter().enumerate() {
                b = b.button(format!("{id}-{i}"), format!("{title}{i}"));
            }
            b.build().expect("generated buttons are valid")
        })
}

fn cta() -> impl Strategy<Value = CtaUrlMessage> {
    (
        proptest::option::of(header()),
        text(1024),
        text(20),
        link(100),
    )
        .prop_map(|(header, body, display, url)| {
            let mut b = CtaUrlMessage::builder()
                .body(body)
                .display_text(display)
                .url(url);
            if let Some(h) = header {
                b = b.header(h);
            }
            b.build().expect("generated CTA messages are valid")
        })
}

fn flow() -> impl Strategy<Value = FlowMessage> {
    (
        text(1024),
        id(30),
        plain_text(30),
        any::<bool>(),
        proptest::option::of(text(30)),
        proptest::option::of((proptest::option::of(id(20)), proptest::option::of(text(10)))),
    )
        .prop_map(|(body, flow, cta, draft, token, navigate)| {
            let mut b = FlowMessage::builder()
                .body(body)
                .flow_name(flow)
                .flow_cta(cta);
            if draft {
                b = b.mode(FlowMode::Draft);
            }
            if let Some(t) = token {
                b = b.flow_token(t);
            }
            b = match navigate {
                Some((screen, value)) => {
                    if let Some(screen) = screen {
                        b = b.navigate(screen);
                    }
                    if let Some(value) = value {
                        let mut data = Map::new();
                        data.insert("v".into(), Value::String(value));
                        b = b.data(data);
                    }
                    b
                }
                None => b.data_exchange(),
            };
            b.build().expect("generated flows are valid")
        })
}

// ---- products, catalogs and carousels ----

use wa_interactive::carousel::MediaCardDraft;
use wa_interactive::product_list::ProductSectionDraft;
use wa_interactive::{CarouselMessage, CatalogMessage, ProductListMessage, ProductMessage};

fn product() -> impl Strategy<Value = ProductMessage> {
    (
        proptest::option::of(text(1024)),
        proptest::option::of(text(60)),
        id(100),
        id(100),
    )
        .prop_map(|(body, footer, catalog, sku)| {
            let mut b = ProductMessage::builder()
                .catalog_id(catalog)
                .product_retailer_id(sku);
            if let Some(body) = body {
                b = b.body(body);
            }
            if let Some(footer) = footer {
                b = b.footer(footer);
            }
            b.build().expect("generated products are valid")
        })
}

fn product_list() -> impl Strategy<Value = ProductListMessage> {
    let section = (text(24), proptest::collection::vec(id(80), 1..=4));
    (
        text(60),
        text(1024),
        proptest::option::of(text(60)),
        id(30),
        proptest::collection::vec(section, 1..=3),
    )
        .prop_map(|(header, body, footer, catalog, sections)| {
            let mut b = ProductListMessage::builder()
                .header(header)
                .body(body)
                .catalog_id(catalog);
            if let Some(footer) = footer {
                b = b.footer(footer);
            }
            for (i, (title, skus)) in sections.into_iter().enumerate() {
                let skus = skus
                    .into_iter()
                    .enumerate()
                    .map(|(j, sku)| format!("{sku}-{i}-{j}"));
                b = b.section(ProductSectionDraft::new().title(title).products(skus));
            }
            b.build().expect("generated product lists are valid")
        })
}

fn catalog() -> impl Strategy<Value = CatalogMessage> {
    (
        text(1024),
        proptest::option::of(text(60)),
        proptest::option::of(id(100)),
    )
        .prop_map(|(body, footer, thumbnail)| {
            let mut b = CatalogMessage::builder().body(body);
            if let Some(footer) = footer {
                b = b.footer(footer);
            }
            if let Some(thumbnail) = thumbnail {
                b = b.thumbnail_product_retailer_id(thumbnail);
            }
            b.build().expect("generated catalog messages are valid")
        })
}

/// A card body: up to 160 characters, at most 2 line breaks.
fn card_body() -> impl Strategy<Value = String> {
    (text(79), text(79))
        .prop_map(|(a, b)| format!("{}\n{}", a.replace('\n', " "), b.replace('\n', " ")))
}

fn carousel() -> impl Strategy<Value = CarouselMessage> {
    let card = (
        link(30),
        proptest::option::of(card_body()),
        text(20),
        link(60),
        text(20),
    );
    let media = (
        text(1024),
        any::<bool>(),
        0usize..=2,
        proptest::collection::vec(card, 2..=10),
    )
        .prop_map(|(body, video, replies, cards)| {
            let cards =
                cards
                    .into_iter()
                    .enumerate()
                    .map(|(i, (media, text, label, url, title))| {
                        let header = if video {
                            HeaderDraft::video_link(media)
                        } else {
                            HeaderDraft::image_link(media)
                        };
                        let mut card = MediaCardDraft::new(header);
                        if let Some(text) = text {
                            card = card.body(text);
                        }
                        if replies == 0 {
                            return card.url(label, url);
                        }
                        (0..replies).fold(card, |card, j| {
                            card.quick_reply(format!("q-{i}-{j}"), title.clone())
                        })
                    });
            CarouselMessage::builder()
                .body(body)
                .cards(cards)
                .build()
                .expect("generated media carousels are valid")
        });
    let products = (
        text(1024),
        id(30),
        proptest::collection::vec(id(100), 2..=10),
    )
        .prop_map(|(body, catalog, skus)| {
            skus.into_iter()
                .fold(CarouselMessage::builder().body(body), |b, sku| {
                    b.product_card(catalog.clone(), sku)
                })
                .build()
                .expect("generated product carousels are valid")
        });
    prop_oneof![media, products]
}

/// Contact-info requests, call permission requests (with and without a
/// body), voice calls with any of their parameters, and address messages.
fn calls_contact_and_address() -> impl Strategy<Value = Interactive> {
    prop_oneof![
        text(1024).prop_map(|b| wa_interactive::ContactInfoRequest::new(b)
            .expect("valid")
            .into()),
        proptest::option::of(text(1024)).prop_map(|b| match b {
            Some(b) => wa_interactive::CallPermissionRequest::new(b)
                .expect("valid")
                .into(),
            None => wa_interactive::CallPermissionRequest::without_body().into(),
        }),
        (
            text(1024),
            proptest::option::of(text(20)),
            proptest::option::of(1u32..=43_200),
            proptest::option::of(text(512)),
        )
            .prop_map(|(body, display, ttl, payload)| {
                let mut b = wa_interactive::VoiceCallMessage::builder().body(body);
                if let Some(d) = display {
                    b = b.display_text(d);
                }
                if let Some(t) = ttl {
                    b = b.ttl_minutes(t);
                }
                if let Some(p) = payload {
                    b = b.payload(p);
                }
                b.build().expect("generated voice calls are valid").into()
            }),
        (
            text(1024),
            proptest::option::of(text(60)),
            proptest::option::of((text(6), text(40))),
            proptest::collection::vec(text(40), 0..4),
            proptest::option::of(text(80)),
        )
            .prop_map(|(body, header, values, saved, error)| {
                use wa_interactive::address::AddressDraft;
                let mut b = wa_interactive::AddressMessage::builder()
                    .body(body)
                    .country("IN");
                if let Some(h) = header {
                    b = b.header(h);
                }
                if let Some((pin, city)) = values {
                    b = b.values(AddressDraft::new().in_pin_code(pin).city(city));
                }
                for (i, city) in saved.into_iter().enumerate() {
                    b = b.saved_address(format!("a{i}"), AddressDraft::new().city(city));
                }
                if let Some(e) = error {
                    b = b.validation_errors(AddressDraft::new().in_pin_code(e));
                }
                b.build().expect("generated addresses are valid").into()
            }),
    ]
}

fn any_message() -> impl Strategy<Value = Interactive> {
    prop_oneof![
        list().prop_map(Interactive::from),
        buttons().prop_map(Interactive::from),
        cta().prop_map(Interactive::from),
        flow().prop_map(Interactive::from),
        text(1024).prop_map(|b| LocationRequest::new(b).expect("valid").into()),
        product().prop_map(Interactive::from),
        product_list().prop_map(Interactive::from),
        catalog().prop_map(Interactive::from),
        carousel().prop_map(Interactive::from),
        calls_contact_and_address(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(256), ..ProptestConfig::default() })]

    #[test]
    fn serialize_then_deserialize_gives_the_same_message(message in any_message()) {
        let json = serde_json::to_string(&message).unwrap();
        let back: Interactive = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &message);
        let value = serde_json::to_value(&message).unwrap();
        prop_assert_eq!(serde_json::from_value::<Interactive>(value).unwrap(), message.clone());
        let envelope = OutgoingMessage::new("15551234567", message.clone()).reply_to("wamid.X");
        let back: OutgoingMessage = serde_json::from_slice(&serde_json::to_vec(&envelope).unwrap()).unwrap();
        prop_assert_eq!(back, envelope);
    }

    #[test]
    fn cbor_round_trips_and_agrees_with_json(message in any_message()) {
        let mut cbor = Vec::new();
        ciborium::into_writer(&message, &mut cbor).unwrap();
        let as_value: Value = ciborium::from_reader(&cbor[..]).unwrap();
        prop_assert_eq!(&as_value, &serde_json::to_value(&message).unwrap());
        let back: Interactive = ciborium::from_reader(&cbor[..]).unwrap();
        prop_assert_eq!(back, message);
    }

    #[test]
    fn rendered_json_is_byte_for_byte_what_serialize_writes(message in any_message(), reply in any::<bool>()) {
        prop_assert_eq!(message.interactive_json(), serde_json::to_string(&message).unwrap());
        let mut envelope = OutgoingMessage::new("+1 (555) \"123\"", message);
        if reply {
            envelope = envelope.reply_to("wamid.\u{1}é");
        }
        prop_assert_eq!(envelope.to_json(), serde_json::to_string(&envelope).unwrap());
    }
}
