//! The shared boundary table run through the three run-time paths: the
//! checked text types, the builders and `Deserialize`. All three must agree
//! on every case; the structural rules (counts, uniqueness, exclusive keys)
//! are run through the builders and `Deserialize` the same way.

// The helpers take the `json!` values they are handed, as the cases read best.
#![allow(clippy::needless_pass_by_value)]

use wa_interactive_core::boundary as table;

use serde_json::{Value, json};
use wa_interactive::address::AddressDraft;
use wa_interactive::carousel::MediaCardDraft;
use wa_interactive::{AddressBuilder, AddressMessage, VoiceCallMessage};

/// An address message's builder with its required parts.
fn address() -> AddressBuilder {
    AddressMessage::builder().body("b").country("IN")
}

/// An address message as JSON, `parameters` added to its country.
fn address_json(parameters: Value) -> Value {
    let mut p = json!({"country": "IN"});
    for (k, v) in parameters.as_object().unwrap() {
        p[k] = v.clone();
    }
    json!({"type": "address_message", "body": {"text": "b"}, "action": {"name": "address_message", "parameters": p}})
}
use wa_interactive::list::{RowDraft, SectionDraft};
use wa_interactive::product_list::ProductSectionDraft;
use wa_interactive::text::{self, Field, TextError};
use wa_interactive::{
    ButtonMessage, CtaUrlMessage, FlowMessage, HeaderDraft, Interactive, ListMessage,
    ValidationError,
};
use wa_interactive::{CarouselMessage, CatalogMessage, ProductListMessage, ProductMessage};

/// Where each field sits in the message the builder and the JSON put it in.
fn path_of(field: Field) -> &'static str {
    match field {
        Field::HeaderText => "header.text",
        Field::Body => "body.text",
        Field::Footer => "footer.text",
        Field::ListButton => "action.button",
        Field::SectionTitle => "action.sections[0].title",
        Field::RowId => "action.sections[0].rows[0].id",
        Field::RowTitle => "action.sections[0].rows[0].title",
        Field::RowDescription => "action.sections[0].rows[0].description",
        Field::ButtonId => "action.buttons[0].reply.id",
        Field::ButtonTitle => "action.buttons[0].reply.title",
        Field::MediaId => "header.image.id",
        Field::MediaLink => "header.image.link",
        Field::Filename => "header.document.filename",
        Field::DisplayText | Field::CallButtonText => "action.parameters.display_text",
        Field::Url => "action.parameters.url",
        Field::FlowId => "action.parameters.flow_id",
        Field::FlowName => "action.parameters.flow_name",
        Field::FlowCta => "action.parameters.flow_cta",
        Field::FlowToken => "action.parameters.flow_token",
        Field::FlowScreen => "action.parameters.flow_action_payload.screen",
        Field::CatalogId => "action.catalog_id",
        Field::ProductRetailerId => "action.product_retailer_id",
        Field::CardBody => "action.cards[0].body.text",
        Field::CallPayload => "action.parameters.payload",
        Field::AddressValue => "action.parameters.values.city",
        Field::PinCode => "action.parameters.values.in_pin_code",
        Field::SavedAddressId => "action.parameters.saved_addresses[0].id",
        Field::AddressError => "action.parameters.validation_errors.city",
        Field::TextBody => "body",
        Field::ReactionMessageId => "message_id",
        _ => unreachable!("a field the table does not know"),
    }
}

/// The text type of `field`.
fn through_text_type(field: Field, t: String) -> Result<(), TextError> {
    match field {
        Field::HeaderText => text::HeaderText::new(t).map(drop),
        Field::Body => text::Body::new(t).map(drop),
        Field::Footer => text::Footer::new(t).map(drop),
        Field::ListButton => text::ListButton::new(t).map(drop),
        Field::SectionTitle => text::SectionTitle::new(t).map(drop),
        Field::RowId => text::RowId::new(t).map(drop),
        Field::RowTitle => text::RowTitle::new(t).map(drop),
        Field::RowDescription => text::RowDescription::new(t).map(drop),
        Field::ButtonId => text::ButtonId::new(t).map(drop),
        Field::ButtonTitle => text::ButtonTitle::new(t).map(drop),
        Field::MediaId => text::MediaId::new(t).map(drop),
        Field::MediaLink => text::MediaLink::new(t).map(drop),
        Field::Filename => text::Filename::new(t).map(drop),
        Field::DisplayText => text::DisplayText::new(t).map(drop),
        Field::Url => text::Url::new(t).map(drop),
        Field::FlowId => text::FlowId::new(t).map(drop),
        Field::FlowName => text::FlowName::new(t).map(drop),
        Field::FlowCta => text::FlowCta::new(t).map(drop),
        Field::FlowToken => text::FlowToken::new(t).map(drop),
        Field::FlowScreen => text::FlowScreen::new(t).map(drop),
        Field::CatalogId => text::CatalogId::new(t).map(drop),
        Field::ProductRetailerId => text::ProductRetailerId::new(t).map(drop),
        Field::CardBody => text::CardBody::new(t).map(drop),
        Field::CallButtonText => text::CallButtonText::new(t).map(drop),
        Field::CallPayload => text::CallPayload::new(t).map(drop),
        Field::AddressValue => text::AddressValue::new(t).map(drop),
        Field::PinCode => text::PinCode::new(t).map(drop),
        Field::SavedAddressId => text::SavedAddressId::new(t).map(drop),
        Field::AddressError => text::AddressError::new(t).map(drop),
        Field::TextBody => text::TextBody::new(t).map(drop),
        Field::ReactionMessageId => text::ReactionMessageId::new(t).map(drop),
        _ => unreachable!("a field the table does not know"),
    }
}

/// A valid message of the right kind with `t` in `field`, through its builder.
// One arm per field: a table, longer than a function usually is.
#[allow(clippy::too_many_lines)]
fn through_builder(field: Field, t: String) -> Result<(), ValidationError> {
    let list = |header: Option<String>,
                body: String,
                footer: Option<String>,
                button: String,
                title: Option<String>,
                row: RowDraft| {
        let mut section = SectionDraft::new().row(row);
        if let Some(title) = title {
            section = section.title(title);
        }
        let mut b = ListMessage::builder()
            .body(body)
            .button(button)
            .section(section);
        if let Some(h) = header {
            b = b.header(h);
        }
        if let Some(f) = footer {
            b = b.footer(f);
        }
        b.build().map(drop)
    };
    let s = |x: &str| x.to_owned();
    let row = || RowDraft::new("r", "Row");
    let buttons = |header: HeaderDraft, id: String, title: String| {
        ButtonMessage::builder()
            .header(header)
            .body("b")
            .button(id, title)
            .build()
            .map(drop)
    };
    let cta = |display: String, url: String| {
        CtaUrlMessage::builder()
            .body("b")
            .display_text(display)
            .url(url)
            .build()
            .map(drop)
    };
    let flow = FlowMessage::builder().body("b");
    let product = |catalog_id: String, sku: String| {
        ProductMessage::builder()
            .catalog_id(catalog_id)
            .product_retailer_id(sku)
            .build()
            .map(drop)
    };
    let card = || {
        MediaCardDraft::new(HeaderDraft::image_link("https://e.x/a.png")).url("Buy", "https://e.x")
    };
    match field {
        Field::HeaderText => list(Some(t), s("b"), None, s("Go"), None, row()),
        Field::Body => list(None, t, None, s("Go"), None, row()),
        Field::Footer => list(None, s("b"), Some(t), s("Go"), None, row()),
        Field::ListButton => list(None, s("b"), None, t, None, row()),
        Field::SectionTitle => list(None, s("b"), None, s("Go"), Some(t), row()),
        Field::RowId => list(None, s("b"), None, s("Go"), None, RowDraft::new(t, "Row")),
        Field::RowTitle => list(None, s("b"), None, s("Go"), None, RowDraft::new("r", t)),
        Field::RowDescription => list(None, s("b"), None, s("Go"), None, row().description(t)),
        Field::ButtonId => buttons("h".into(), t, s("Yes")),
        Field::ButtonTitle => buttons("h".into(), s("yes"), t),
        Field::MediaId => buttons(HeaderDraft::image_id(t), s("yes"), s("Yes")),
        Field::MediaLink => buttons(HeaderDraft::image_link(t), s("yes"), s("Yes")),
        Field::Filename => buttons(
            HeaderDraft::document_id("1").filename(t).into(),
            s("yes"),
            s("Yes"),
        ),
        Field::DisplayText => cta(t, s("https://example.com")),
        Field::Url => cta(s("Open"), t),
        Field::FlowId => flow
            .flow_id(t)
            .flow_cta("Go")
            .navigate("S")
            .build()
            .map(drop),
        Field::FlowName => flow
            .flow_name(t)
            .flow_cta("Go")
            .navigate("S")
            .build()
            .map(drop),
        Field::FlowCta => flow
            .flow_id("1")
            .flow_cta(t)
            .navigate("S")
            .build()
            .map(drop),
        Field::FlowToken => flow
            .flow_id("1")
            .flow_cta("Go")
            .flow_token(t)
            .navigate("S")
            .build()
            .map(drop),
        Field::FlowScreen => flow
            .flow_id("1")
            .flow_cta("Go")
            .navigate(t)
            .build()
            .map(drop),
        Field::CatalogId => product(t, s("sku")),
        Field::ProductRetailerId => product(s("1"), t),
        Field::CardBody => CarouselMessage::builder()
            .body("b")
            .card(card().body(t))
            .card(card())
            .build()
            .map(drop),
        Field::CallButtonText => VoiceCallMessage::builder()
            .body("b")
            .display_text(t)
            .build()
            .map(drop),
        Field::CallPayload => VoiceCallMessage::builder()
            .body("b")
            .payload(t)
            .build()
            .map(drop),
        Field::AddressValue => address()
            .values(AddressDraft::new().city(t))
            .build()
            .map(drop),
        Field::PinCode => address()
            .values(AddressDraft::new().in_pin_code(t))
            .build()
            .map(drop),
        Field::SavedAddressId => address()
            .saved_address(t, AddressDraft::new().city("Delhi"))
            .build()
            .map(drop),
        Field::AddressError => address()
            .validation_errors(AddressDraft::new().city(t))
            .build()
            .map(drop),
        Field::TextBody => wa_interactive::TextMessage::new(t).map(drop),
        Field::ReactionMessageId => wa_interactive::Reaction::new(t, "👍").map(drop),
        _ => unreachable!("a field the table does not know"),
    }
}

/// The same message as JSON, read with `Deserialize`.
// One arm per field: a table, longer than a function usually is.
#[allow(clippy::too_many_lines)]
fn through_deserialize(field: Field, t: &str) -> Result<(), String> {
    // Not interactive messages: the `text` of a text message, the
    // `reaction` of a reaction.
    if field == Field::TextBody {
        return serde_json::from_value::<wa_interactive::TextMessage>(json!({"body": t}))
            .map(drop)
            .map_err(|e| e.to_string());
    }
    if field == Field::ReactionMessageId {
        let reaction = json!({"message_id": t, "emoji": "👍"});
        return serde_json::from_value::<wa_interactive::Reaction>(reaction)
            .map(drop)
            .map_err(|e| e.to_string());
    }
    let mut list = json!({
        "type": "list", "body": {"text": "b"},
        "action": {"button": "Go", "sections": [{"rows": [{"id": "r", "title": "Row"}]}]}
    });
    let mut buttons = json!({
        "type": "button", "header": {"type": "text", "text": "h"}, "body": {"text": "b"},
        "action": {"buttons": [{"type": "reply", "reply": {"id": "yes", "title": "Yes"}}]}
    });
    let mut cta = json!({
        "type": "cta_url", "body": {"text": "b"},
        "action": {"name": "cta_url", "parameters": {"display_text": "Open", "url": "https://example.com"}}
    });
    let mut flow = json!({
        "type": "flow", "body": {"text": "b"},
        "action": {"name": "flow", "parameters": {
            "flow_message_version": "3", "flow_id": "1", "flow_cta": "Go",
            "flow_action": "navigate", "flow_action_payload": {"screen": "S"}
        }}
    });
    let mut product = json!({
        "type": "product", "action": {"catalog_id": "1", "product_retailer_id": "sku"}
    });
    let card = json!({
        "card_index": 0, "type": "cta_url",
        "header": {"type": "image", "image": {"link": "https://e.x/a.png"}},
        "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://e.x"}}
    });
    let mut second = card.clone();
    second["card_index"] = json!(1);
    let mut carousel =
        json!({"type": "carousel", "body": {"text": "b"}, "action": {"cards": [card, second]}});
    let t = Value::from(t);
    let message = match field {
        Field::HeaderText => {
            list["header"] = json!({"type": "text", "text": t});
            list
        }
        Field::Body => {
            list["body"]["text"] = t;
            list
        }
        Field::Footer => {
            list["footer"] = json!({"text": t});
            list
        }
        Field::ListButton => {
            list["action"]["button"] = t;
            list
        }
        Field::SectionTitle => {
            list["action"]["sections"][0]["title"] = t;
            list
        }
        Field::RowId => {
            list["action"]["sections"][0]["rows"][0]["id"] = t;
            list
        }
        Field::RowTitle => {
            list["action"]["sections"][0]["rows"][0]["title"] = t;
            list
        }
        Field::RowDescription => {
            list["action"]["sections"][0]["rows"][0]["description"] = t;
            list
        }
        Field::ButtonId => {
            buttons["action"]["buttons"][0]["reply"]["id"] = t;
            buttons
        }
        Field::ButtonTitle => {
            buttons["action"]["buttons"][0]["reply"]["title"] = t;
            buttons
        }
        Field::MediaId => {
            buttons["header"] = json!({"type": "image", "image": {"id": t}});
            buttons
        }
        Field::MediaLink => {
            buttons["header"] = json!({"type": "image", "image": {"link": t}});
            buttons
        }
        Field::Filename => {
            buttons["header"] = json!({"type": "document", "document": {"id": "1", "filename": t}});
            buttons
        }
        Field::DisplayText => {
            cta["action"]["parameters"]["display_text"] = t;
            cta
        }
        Field::Url => {
            cta["action"]["parameters"]["url"] = t;
            cta
        }
        Field::FlowId => {
            flow["action"]["parameters"]["flow_id"] = t;
            flow
        }
        Field::FlowName => {
            let p = flow["action"]["parameters"].as_object_mut().unwrap();
            p.remove("flow_id");
            p.insert("flow_name".into(), t);
            flow
        }
        Field::FlowCta => {
            flow["action"]["parameters"]["flow_cta"] = t;
            flow
        }
        Field::FlowToken => {
            flow["action"]["parameters"]["flow_token"] = t;
            flow
        }
        Field::FlowScreen => {
            flow["action"]["parameters"]["flow_action_payload"]["screen"] = t;
            flow
        }
        Field::CatalogId => {
            product["action"]["catalog_id"] = t;
            product
        }
        Field::ProductRetailerId => {
            product["action"]["product_retailer_id"] = t;
            product
        }
        Field::CardBody => {
            carousel["action"]["cards"][0]["body"] = json!({"text": t});
            carousel
        }
        Field::CallButtonText => {
            json!({"type": "voice_call", "body": {"text": "b"},
                   "action": {"name": "voice_call", "parameters": {"display_text": t}}})
        }
        Field::CallPayload => {
            json!({"type": "voice_call", "body": {"text": "b"},
                   "action": {"name": "voice_call", "parameters": {"payload": t}}})
        }
        Field::AddressValue => address_json(json!({"values": {"city": t}})),
        Field::PinCode => address_json(json!({"values": {"in_pin_code": t}})),
        Field::SavedAddressId => {
            address_json(json!({"saved_addresses": [{"id": t, "value": {"city": "Delhi"}}]}))
        }
        Field::AddressError => address_json(json!({"validation_errors": {"city": t}})),
        _ => unreachable!("a field the table does not know"),
    };
    serde_json::from_value::<Interactive>(message)
        .map(drop)
        .map_err(|e| e.to_string())
}

#[test]
fn the_table_covers_every_field() {
    let fields: Vec<Field> = table::FIELDS.iter().map(|f| f.0).collect();
    assert_eq!(fields, Field::ALL);
}

#[test]
fn text_types_builders_and_deserialize_agree_on_every_case() {
    let cases = table::text_cases();
    assert!(cases.len() > 200, "the table has {} cases", cases.len());
    for case in cases {
        let label = format!("{:?} {:?}", case.field, case.text);
        let by_type = through_text_type(case.field, case.text.clone());
        let by_builder = through_builder(case.field, case.text.clone());
        let by_deserialize = through_deserialize(case.field, &case.text);
        match case.expect {
            None => {
                assert_eq!(by_type, Ok(()), "{label}: text type");
                assert_eq!(by_builder, Ok(()), "{label}: builder");
                assert_eq!(by_deserialize, Ok(()), "{label}: Deserialize");
            }
            Some(problem) => {
                let err = by_type.expect_err(&label);
                assert_eq!(
                    (err.field(), err.problem()),
                    (case.field, problem),
                    "{label}: text type"
                );
                assert_eq!(err.text(), case.text, "{label}: the rejected text is kept");
                let expected = format!("{}: {err}", path_of(case.field));
                let by_builder = by_builder.expect_err(&label);
                assert_eq!(by_builder.violations().len(), 1, "{label}: {by_builder}");
                assert_eq!(by_builder.to_string(), expected, "{label}: builder");
                assert_eq!(by_deserialize, Err(expected), "{label}: Deserialize");
            }
        }
    }
}

/// A structural case: a message as JSON, its builder twin, and the violations
/// both must report (`path: message`).
fn structural(json: Value, built: Result<(), ValidationError>, expected: &[&str]) {
    let by_deserialize = serde_json::from_value::<Interactive>(json)
        .map(drop)
        .map_err(|e| e.to_string());
    let by_builder = built.map_err(|e| {
        e.violations()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    });
    if expected.is_empty() {
        assert_eq!(by_builder, Ok(()));
        assert_eq!(by_deserialize, Ok(()));
        return;
    }
    assert_eq!(
        by_builder,
        Err(expected.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    );
    let joined = if expected.len() == 1 {
        expected[0].to_owned()
    } else {
        format!("{} problems:\n- {}", expected.len(), expected.join("\n- "))
    };
    assert_eq!(by_deserialize, Err(joined));
}

fn rows_json(ids: &[&str]) -> Value {
    Value::Array(
        ids.iter()
            .map(|id| json!({"id": id, "title": "t"}))
            .collect(),
    )
}

fn list_json(sections: Value) -> Value {
    json!({"type": "list", "body": {"text": "b"}, "action": {"button": "Go", "sections": sections}})
}

fn list_built(sections: &[(Option<&'static str>, &[&'static str])]) -> Result<(), ValidationError> {
    let mut b = ListMessage::builder().body("b").button("Go");
    for (title, ids) in sections {
        let mut s = SectionDraft::new().rows(ids.iter().map(|id| RowDraft::new(*id, "t")));
        if let Some(title) = title {
            s = s.title(*title);
        }
        b = b.section(s);
    }
    b.build().map(drop)
}

const IDS: [&str; 12] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];

#[test]
fn ten_rows_in_total_across_sections() {
    let ok = [(Some("A"), &IDS[..5]), (Some("B"), &IDS[5..10])];
    structural(
        list_json(
            json!([{"title": "A", "rows": rows_json(&IDS[..5])}, {"title": "B", "rows": rows_json(&IDS[5..10])}]),
        ),
        list_built(&ok),
        &[],
    );
    let over = [(Some("A"), &IDS[..5]), (Some("B"), &IDS[5..11])];
    structural(
        list_json(
            json!([{"title": "A", "rows": rows_json(&IDS[..5])}, {"title": "B", "rows": rows_json(&IDS[5..11])}]),
        ),
        list_built(&over),
        &["action.sections: 11 rows; a list message has at most 10 in total"],
    );
}

#[test]
fn one_to_ten_sections_each_with_a_row() {
    structural(
        list_json(json!([])),
        list_built(&[]),
        &["action.sections: a list message needs at least 1 section"],
    );
    structural(
        list_json(json!([{"rows": []}])),
        list_built(&[(None, &[])]),
        &["action.sections[0].rows: a list section needs at least 1 row"],
    );
    // Ten sections of one row each: at the limit of both counts.
    let ten: Vec<(Option<&'static str>, &[&'static str])> =
        IDS[..10].chunks(1).map(|ids| (Some("S"), ids)).collect();
    let ten_json: Vec<Value> = IDS[..10]
        .iter()
        .map(|id| json!({"title": "S", "rows": [{"id": id, "title": "t"}]}))
        .collect();
    structural(list_json(Value::Array(ten_json)), list_built(&ten), &[]);
    let titles: [&'static str; 11] = [
        "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10",
    ];
    let sections: Vec<(Option<&'static str>, &[&'static str])> = titles
        .iter()
        .zip(IDS.chunks(1))
        .map(|(t, ids)| (Some(*t), ids))
        .collect();
    let json_sections: Vec<Value> = titles
        .iter()
        .zip(IDS)
        .map(|(t, id)| json!({"title": t, "rows": [{"id": id, "title": "t"}]}))
        .collect();
    structural(
        list_json(Value::Array(json_sections)),
        list_built(&sections),
        &[
            "action.sections: 11 sections; a list message has at most 10",
            "action.sections: 11 rows; a list message has at most 10 in total",
        ],
    );
}

#[test]
fn section_title_required_with_more_than_one_section() {
    structural(
        list_json(json!([{"rows": rows_json(&["a"])}])),
        list_built(&[(None, &["a"])]),
        &[],
    );
    structural(
        list_json(json!([{"rows": rows_json(&["a"])}, {"title": "B", "rows": rows_json(&["b"])}])),
        list_built(&[(None, &["a"]), (Some("B"), &["b"])]),
        &[
            "action.sections[0].title: section title is required when a list has more than one section (this one has 2)",
        ],
    );
}

#[test]
fn row_ids_unique_across_sections() {
    structural(
        list_json(
            json!([{"title": "A", "rows": rows_json(&["a", "b"])}, {"title": "B", "rows": rows_json(&["b"])}]),
        ),
        list_built(&[(Some("A"), &["a", "b"]), (Some("B"), &["b"])]),
        &["action.sections[1].rows[0].id: duplicate row id \"b\""],
    );
}

fn buttons_json(buttons: &[(&str, &str)]) -> Value {
    let buttons: Vec<Value> = buttons
        .iter()
        .map(|(id, title)| json!({"type": "reply", "reply": {"id": id, "title": title}}))
        .collect();
    json!({"type": "button", "body": {"text": "b"}, "action": {"buttons": buttons}})
}

fn buttons_built(buttons: &[(&'static str, &'static str)]) -> Result<(), ValidationError> {
    let mut b = ButtonMessage::builder().body("b");
    for (id, title) in buttons {
        b = b.button(*id, *title);
    }
    b.build().map(drop)
}

#[test]
fn one_to_three_buttons_with_unique_ids_and_titles() {
    let three = [("a", "A"), ("b", "B"), ("c", "C")];
    structural(buttons_json(&three), buttons_built(&three), &[]);
    let four = [("a", "A"), ("b", "B"), ("c", "C"), ("d", "D")];
    structural(
        buttons_json(&four),
        buttons_built(&four),
        &["action.buttons: 4 buttons; a reply-buttons message has at most 3"],
    );
    structural(
        buttons_json(&[]),
        buttons_built(&[]),
        &["action.buttons: a reply-buttons message needs at least 1 button"],
    );
    let dup = [("a", "Same"), ("a", "Same")];
    structural(
        buttons_json(&dup),
        buttons_built(&dup),
        &[
            "action.buttons[1].reply.id: duplicate button id \"a\"",
            "action.buttons[1].reply.title: duplicate button title \"Same\"",
        ],
    );
}

/// Deserialize alone, for rules whose breach the builders' types rule out.
fn deserialize_only(json: Value, expected: &str) {
    let got = serde_json::from_value::<Interactive>(json)
        .map(drop)
        .map_err(|e| e.to_string());
    assert_eq!(got, Err(expected.to_owned()));
}

#[test]
fn media_headers_take_id_or_link_and_filename_only_on_documents() {
    let with_header = |header: Value| {
        json!({"type": "button", "header": header, "body": {"text": "b"},
               "action": {"buttons": [{"type": "reply", "reply": {"id": "y", "title": "Y"}}]}})
    };
    deserialize_only(
        with_header(json!({"type": "image", "image": {}})),
        "header.image: a media header needs `id` or `link`",
    );
    deserialize_only(
        with_header(json!({"type": "video", "video": {"id": "1", "link": "https://e.x/v.mp4"}})),
        "header.video.link: a media header takes `id` or `link`, not both",
    );
    deserialize_only(
        with_header(json!({"type": "image", "image": {"id": "1", "filename": "a.png"}})),
        "header.image.filename: `filename` is only allowed on a document header",
    );
    let list_header = list_json(json!([{"rows": rows_json(&["a"])}]));
    let mut list_header = list_header;
    list_header["header"] = json!({"type": "image", "image": {"id": "1"}});
    deserialize_only(
        list_header,
        "header: a list message header must be text; image, video and document headers are for reply-buttons, CTA URL and flow messages",
    );
}

fn flow_json(parameters: Value) -> Value {
    json!({"type": "flow", "body": {"text": "b"}, "action": {"name": "flow", "parameters": parameters}})
}

#[test]
fn flow_id_xor_name_and_payload_only_with_navigate() {
    let flow = || FlowMessage::builder().body("b").flow_cta("Go");
    structural(
        flow_json(
            json!({"flow_message_version": "3", "flow_id": "1", "flow_name": "n", "flow_cta": "Go", "flow_action": "data_exchange"}),
        ),
        flow()
            .flow_id("1")
            .flow_name("n")
            .data_exchange()
            .build()
            .map(drop),
        &["action.parameters.flow_name: a flow message takes `flow_id` or `flow_name`, not both"],
    );
    structural(
        flow_json(
            json!({"flow_message_version": "3", "flow_cta": "Go", "flow_action": "data_exchange"}),
        ),
        flow().data_exchange().build().map(drop),
        &["action.parameters: a flow message needs `flow_id` or `flow_name`"],
    );
    let mut data = serde_json::Map::new();
    data.insert("a".into(), json!(1));
    structural(
        flow_json(
            json!({"flow_message_version": "3", "flow_id": "1", "flow_cta": "Go", "flow_action": "data_exchange",
                         "flow_action_payload": {"data": {"a": 1}}}),
        ),
        flow()
            .flow_id("1")
            .data_exchange()
            .data(data)
            .build()
            .map(drop),
        &[
            "action.parameters.flow_action_payload: `flow_action_payload` is only sent with flow_action \"navigate\"",
        ],
    );
    structural(
        flow_json(
            json!({"flow_message_version": "3", "flow_id": "1", "flow_cta": "Go", "flow_action": "navigate",
                         "flow_action_payload": {"screen": "S", "data": {}}}),
        ),
        flow()
            .flow_id("1")
            .navigate("S")
            .data(serde_json::Map::new())
            .build()
            .map(drop),
        &[
            "action.parameters.flow_action_payload.data: flow_action_payload.data must be a non-empty JSON object",
        ],
    );
    structural(
        flow_json(
            json!({"flow_message_version": "3", "flow_id": "1", "flow_cta": "Go", "flow_action": "navigate"}),
        ),
        flow().flow_id("1").build().map(drop),
        &[],
    );
    // The payload, its screen and its data are each optional with `navigate`.
    let mut data = serde_json::Map::new();
    data.insert("name".to_owned(), json!("Ana"));
    structural(
        flow_json(
            json!({"flow_message_version": "3", "flow_id": "1", "flow_cta": "Go", "flow_action_payload": {"data": {"name": "Ana"}}}),
        ),
        flow().flow_id("1").data(data).build().map(drop),
        &[],
    );
    deserialize_only(
        flow_json(
            json!({"flow_message_version": "2", "flow_id": "1", "flow_cta": "Go", "flow_action": "data_exchange"}),
        ),
        "action.parameters.flow_message_version: flow_message_version is \"2\"; WhatsApp accepts only \"3\"",
    );
}

#[test]
fn required_keys() {
    structural(
        json!({"type": "list", "action": {"sections": [{"rows": [{"id": "a", "title": "t"}]}]}}),
        ListMessage::builder()
            .section(SectionDraft::new().row(RowDraft::new("a", "t")))
            .build()
            .map(drop),
        &[
            "body: `body` is required",
            "action.button: `button` is required",
        ],
    );
    structural(
        json!({"type": "cta_url", "body": {"text": "b"}, "action": {"name": "cta_url", "parameters": {}}}),
        CtaUrlMessage::builder().body("b").build().map(drop),
        &[
            "action.parameters.display_text: `display_text` is required",
            "action.parameters.url: `url` is required",
        ],
    );
}

// ---- products, catalogs and carousels ----

fn product_list_json(sections: Value) -> Value {
    json!({"type": "product_list", "header": {"type": "text", "text": "Picks"}, "body": {"text": "b"},
           "action": {"catalog_id": "1", "sections": sections}})
}

fn product_list_built(sections: &[(Option<&str>, Vec<String>)]) -> Result<(), ValidationError> {
    let mut b = ProductListMessage::builder()
        .header("Picks")
        .body("b")
        .catalog_id("1");
    for (title, ids) in sections {
        let mut s = ProductSectionDraft::new().products(ids.iter().cloned());
        if let Some(title) = title {
            s = s.title(*title);
        }
        b = b.section(s);
    }
    b.build().map(drop)
}

fn items_json(ids: &[String]) -> Value {
    Value::Array(
        ids.iter()
            .map(|id| json!({"product_retailer_id": id}))
            .collect(),
    )
}

fn skus(range: std::ops::Range<usize>) -> Vec<String> {
    range.map(|i| format!("sku-{i}")).collect()
}

#[test]
fn thirty_products_in_total_across_sections() {
    let (a, b) = (skus(0..15), skus(15..30));
    structural(
        product_list_json(
            json!([{"title": "A", "product_items": items_json(&a)}, {"title": "B", "product_items": items_json(&b)}]),
        ),
        product_list_built(&[(Some("A"), a.clone()), (Some("B"), b)]),
        &[],
    );
    let b = skus(15..31);
    structural(
        product_list_json(
            json!([{"title": "A", "product_items": items_json(&a)}, {"title": "B", "product_items": items_json(&b)}]),
        ),
        product_list_built(&[(Some("A"), a), (Some("B"), b)]),
        &["action.sections: 31 products; a product list message has at most 30 in total"],
    );
}

#[test]
fn product_list_sections_titles_and_unique_retailer_ids() {
    structural(
        product_list_json(json!([])),
        product_list_built(&[]),
        &["action.sections: a product list message needs at least 1 section"],
    );
    structural(
        product_list_json(json!([{"product_items": []}])),
        product_list_built(&[(None, vec![])]),
        &["action.sections[0].product_items: a product list section needs at least 1 product"],
    );
    let sections: Vec<(Option<&str>, Vec<String>)> =
        (0..11).map(|i| (Some("S"), skus(i..i + 1))).collect();
    let json_sections: Vec<Value> = (0..11)
        .map(|i| json!({"title": "S", "product_items": items_json(&skus(i..i + 1))}))
        .collect();
    structural(
        product_list_json(Value::Array(json_sections)),
        product_list_built(&sections),
        &["action.sections: 11 sections; a product list message has at most 10"],
    );
    let (a, b) = (skus(0..2), skus(1..2));
    structural(
        product_list_json(
            json!([{"product_items": items_json(&a)}, {"title": "B", "product_items": items_json(&b)}]),
        ),
        product_list_built(&[(None, a), (Some("B"), b)]),
        &[
            "action.sections[0].title: section title is required when a list has more than one section (this one has 2)",
            "action.sections[1].product_items[0].product_retailer_id: duplicate product retailer id \"sku-1\"",
        ],
    );
}

#[test]
fn product_list_header_is_required_and_text() {
    let mut json = product_list_json(json!([{"product_items": [{"product_retailer_id": "a"}]}]));
    json.as_object_mut().unwrap().remove("header");
    structural(
        json.clone(),
        ProductListMessage::builder()
            .body("b")
            .catalog_id("1")
            .section(ProductSectionDraft::new().product("a"))
            .build()
            .map(drop),
        &["header: `header` is required"],
    );
    json["header"] = json!({"type": "image", "image": {"link": "https://e.x/a.png"}});
    deserialize_only(json, "header: a product list message header must be text");
}

#[test]
fn products_and_catalogs_take_no_header() {
    deserialize_only(
        json!({"type": "product", "header": {"type": "text", "text": "h"},
               "action": {"catalog_id": "1", "product_retailer_id": "a"}}),
        "header: a product message takes no header; headers are allowed on list, reply-buttons, CTA URL, flow, product list and address messages",
    );
    deserialize_only(
        json!({"type": "catalog_message", "header": {"type": "text", "text": "h"},
               "body": {"text": "b"}, "action": {"name": "catalog_message"}}),
        "header: a catalog message takes no header; headers are allowed on list, reply-buttons, CTA URL, flow, product list and address messages",
    );
    structural(
        json!({"type": "product", "action": {}}),
        ProductMessage::builder().build().map(drop),
        &[
            "action.catalog_id: `catalog_id` is required",
            "action.product_retailer_id: `product_retailer_id` is required",
        ],
    );
    structural(
        json!({"type": "catalog_message", "action": {"name": "catalog_message"}}),
        CatalogMessage::builder().build().map(drop),
        &["body: `body` is required"],
    );
}

/// A media card as JSON: its index, header kind, and either a URL button or quick-reply ids.
fn card_json(index: usize, media: &str, replies: Option<&[&str]>) -> Value {
    let action = match replies {
        None => {
            json!({"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://e.x"}})
        }
        Some(ids) => {
            let buttons: Vec<Value> = ids
                .iter()
                .map(|id| json!({"type": "quick_reply", "quick_reply": {"id": id, "title": "T"}}))
                .collect();
            json!({ "buttons": buttons })
        }
    };
    json!({"card_index": index, "type": "cta_url",
           "header": {"type": media, media: {"link": "https://e.x/m"}}, "action": action})
}

fn card_built(media: &str, replies: Option<&[&str]>) -> MediaCardDraft {
    let header = if media == "video" {
        HeaderDraft::video_link("https://e.x/m")
    } else {
        HeaderDraft::image_link("https://e.x/m")
    };
    let card = MediaCardDraft::new(header);
    match replies {
        None => card.url("Buy", "https://e.x"),
        Some(ids) => ids.iter().fold(card, |c, id| c.quick_reply(*id, "T")),
    }
}

/// A carousel of `cards` (header kind, quick-reply ids or a URL button), as JSON and built.
fn carousel_case(cards: &[(&str, Option<&[&str]>)], expected: &[&str]) {
    let json_cards: Vec<Value> = cards
        .iter()
        .enumerate()
        .map(|(i, (media, replies))| card_json(i, media, *replies))
        .collect();
    let built = CarouselMessage::builder()
        .body("b")
        .cards(
            cards
                .iter()
                .map(|(media, replies)| card_built(media, *replies)),
        )
        .build()
        .map(drop);
    structural(
        json!({"type": "carousel", "body": {"text": "b"}, "action": {"cards": json_cards}}),
        built,
        expected,
    );
}

#[test]
fn carousel_cards_share_one_shape() {
    carousel_case(&[("image", None), ("image", None)], &[]);
    carousel_case(
        &[("video", Some(&["a", "b"])), ("video", Some(&["c", "d"]))],
        &[],
    );
    carousel_case(
        &[("image", None), ("image", Some(&["a"]))],
        &[
            "action.cards[1].action: every card of a carousel has the same button kind: the first card has a URL button, this one has quick-reply buttons",
        ],
    );
    carousel_case(
        &[("image", Some(&["a", "b"])), ("image", Some(&["c"]))],
        &[
            "action.cards[1].action.buttons: every card of a carousel has the same number of quick-reply buttons: the first card has 2, this one has 1",
        ],
    );
    carousel_case(
        &[("image", None), ("video", None)],
        &[
            "action.cards[1].header: every card of a carousel has the same header kind: the first card's is image, this one's is video",
        ],
    );
    carousel_case(
        &[("image", Some(&["a"])), ("image", Some(&["a"]))],
        &["action.cards[1].action.buttons[0].quick_reply.id: duplicate button id \"a\""],
    );
    carousel_case(
        &[
            ("image", Some(&["a", "b", "c"])),
            ("image", Some(&["d", "e", "f"])),
        ],
        &[
            "action.cards[0].action.buttons: 3 quick-reply buttons; a carousel card has at most 2",
            "action.cards[1].action.buttons: 3 quick-reply buttons; a carousel card has at most 2",
        ],
    );
}

#[test]
fn carousels_have_two_to_ten_cards() {
    carousel_case(
        &[("image", None)],
        &["action.cards: a carousel needs at least 2 cards"],
    );
    let ten = [("image", None); 10];
    carousel_case(&ten, &[]);
    let eleven = [("image", None); 11];
    carousel_case(
        &eleven,
        &["action.cards: 11 cards; a carousel has at most 10"],
    );
}

#[test]
fn carousel_cards_of_one_kind_and_one_catalog() {
    let product = |i: usize, catalog: &str| json!({"card_index": i, "type": "product", "action": {"catalog_id": catalog, "product_retailer_id": "p"}});
    structural(
        json!({"type": "carousel", "body": {"text": "b"}, "action": {"cards": [product(0, "1"), product(1, "2")]}}),
        CarouselMessage::builder()
            .body("b")
            .product_card("1", "p")
            .product_card("2", "p")
            .build()
            .map(drop),
        &[
            "action.cards[1].action.catalog_id: every product card of a carousel names the same catalog; the first card names \"1\"",
        ],
    );
    structural(
        json!({"type": "carousel", "body": {"text": "b"}, "action": {"cards": [product(0, "1"), card_json(1, "image", None)]}}),
        CarouselMessage::builder()
            .body("b")
            .product_card("1", "p")
            .card(card_built("image", None))
            .build()
            .map(drop),
        &[
            "action.cards[1]: a carousel has media cards or product cards, not both: this card differs from the first",
        ],
    );
}

#[test]
fn carousel_cards_in_order_without_header_or_footer() {
    deserialize_only(
        json!({"type": "carousel", "body": {"text": "b"}, "action": {"cards": [card_json(1, "image", None), card_json(0, "image", None)]}}),
        "2 problems:\n- action.cards[0].card_index: card_index is 1; cards are numbered 0, 1, … in order, so this one is 0\n- action.cards[1].card_index: card_index is 0; cards are numbered 0, 1, … in order, so this one is 1",
    );
    deserialize_only(
        json!({"type": "carousel", "body": {"text": "b"}, "footer": {"text": "f"},
               "action": {"cards": [card_json(0, "image", None), card_json(1, "image", None)]}}),
        "footer: a carousel takes no footer",
    );
    structural(
        json!({"type": "carousel", "body": {"text": "b"}, "action": {"cards": [
            {"card_index": 0, "type": "cta_url", "header": {"type": "document", "document": {"link": "https://e.x/d.pdf"}},
             "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://e.x"}, "buttons": [{"type": "quick_reply", "quick_reply": {"id": "a", "title": "A"}}]}},
            card_json(1, "image", None)]}}),
        CarouselMessage::builder()
            .body("b")
            .card(
                MediaCardDraft::new(HeaderDraft::document_link("https://e.x/d.pdf"))
                    .url("Buy", "https://e.x")
                    .quick_reply("a", "A"),
            )
            .card(card_built("image", None))
            .build()
            .map(drop),
        &[
            "action.cards[0].header: a carousel card's header is an image or a video",
            "action.cards[0].action: a carousel card takes a URL button (`url`) or quick-reply `buttons`, not both",
        ],
    );
}

/// The message as a JSON object with `header` and `footer` added.
fn with_header_footer(mut json: Value) -> Value {
    json["header"] = json!({"type": "text", "text": "h"});
    json["footer"] = json!({"text": "f"});
    json
}

#[test]
fn kinds_without_header_or_footer_report_them() {
    let header = "WhatsApp takes a header only on list, button, cta_url, flow, product_list and address_message messages";
    let footer = "WhatsApp takes a footer only on list, button, cta_url, flow, product, product_list, catalog_message and address_message messages";
    let contact = json!({"type": "request_contact_info", "body": {"text": "b"}, "action": {"name": "request_contact_info"}});
    structural(
        contact.clone(),
        wa_interactive::ContactInfoRequest::new("b").map(drop),
        &[],
    );
    deserialize_only(
        with_header_footer(contact),
        &format!(
            "2 problems:\n- header: a contact-info request has no header; {header}\n- footer: a contact-info request has no footer; {footer}"
        ),
    );
    deserialize_only(
        json!({"type": "request_contact_info", "action": {"name": "request_contact_info"}}),
        "body: `body` is required",
    );
}

#[test]
fn a_call_permission_request_has_an_optional_body_and_no_header_or_footer() {
    let ask = json!({"type": "call_permission_request", "body": {"text": "b"}, "action": {"name": "call_permission_request"}});
    structural(
        ask.clone(),
        wa_interactive::CallPermissionRequest::new("b").map(drop),
        &[],
    );
    let bare: Interactive = serde_json::from_value(
        json!({"type": "call_permission_request", "action": {"name": "call_permission_request"}}),
    )
    .unwrap();
    assert_eq!(
        bare,
        wa_interactive::CallPermissionRequest::without_body().into()
    );
    structural(
        json!({"type": "call_permission_request", "body": {"text": ""}, "action": {"name": "call_permission_request"}}),
        wa_interactive::CallPermissionRequest::new("").map(drop),
        &["body.text: body is empty; WhatsApp needs at least 1 character"],
    );
    let got = serde_json::from_value::<Interactive>(with_header_footer(ask))
        .map(drop)
        .map_err(|e| e.to_string());
    let err = got.unwrap_err();
    assert!(
        err.starts_with("2 problems:\n- header: a call permission request has no header; ")
            && err.contains("\n- footer: a call permission request has no footer; "),
        "{err}"
    );
}

fn voice_call_json(parameters: Value) -> Value {
    json!({"type": "voice_call", "body": {"text": "b"}, "action": {"name": "voice_call", "parameters": parameters}})
}

fn voice_call_built(minutes: u32) -> Result<(), ValidationError> {
    VoiceCallMessage::builder()
        .body("b")
        .ttl_minutes(minutes)
        .build()
        .map(drop)
}

#[test]
fn a_voice_call_button_stays_valid_1_to_43200_minutes() {
    for ok in [1, 10_080, 43_200] {
        structural(
            voice_call_json(json!({"ttl_minutes": ok})),
            voice_call_built(ok),
            &[],
        );
    }
    for (bad, message) in [
        (
            0,
            "action.parameters.ttl_minutes: ttl_minutes is 0; WhatsApp allows 1 to 43200 (30 days)",
        ),
        (
            43_201,
            "action.parameters.ttl_minutes: ttl_minutes is 43201; WhatsApp allows 1 to 43200 (30 days)",
        ),
        (
            u32::MAX,
            "action.parameters.ttl_minutes: ttl_minutes is 4294967295; WhatsApp allows 1 to 43200 (30 days)",
        ),
    ] {
        structural(
            voice_call_json(json!({"ttl_minutes": bad})),
            voice_call_built(bad),
            &[message],
        );
    }
    deserialize_only(
        voice_call_json(json!({"ttl_minutes": -5})),
        "action.parameters.ttl_minutes: ttl_minutes is -5; WhatsApp allows 1 to 43200 (30 days)",
    );
    // Every parameter is optional, and so is the object that holds them.
    structural(
        json!({"type": "voice_call", "body": {"text": "b"}, "action": {"name": "voice_call"}}),
        VoiceCallMessage::builder().body("b").build().map(drop),
        &[],
    );
    structural(
        json!({"type": "voice_call", "action": {"name": "voice_call"}}),
        VoiceCallMessage::builder().build().map(drop),
        &["body: `body` is required"],
    );
    let err = serde_json::from_value::<Interactive>(with_header_footer(voice_call_json(json!({}))))
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("2 problems:\n- header: a voice call message has no header; ")
            && err.contains("\n- footer: a voice call message has no footer; "),
        "{err}"
    );
}

#[test]
fn address_messages_are_for_india_with_unique_saved_address_ids() {
    let home = || AddressDraft::new().city("Mumbai");
    structural(
        address_json(json!({"saved_addresses": [
            {"id": "home", "value": {"city": "Mumbai"}},
            {"id": "work", "value": {"city": "Mumbai"}},
            {"id": "home", "value": {"city": "Mumbai"}},
        ]})),
        address()
            .saved_address("home", home())
            .saved_address("work", home())
            .saved_address("home", home())
            .build()
            .map(drop),
        &["action.parameters.saved_addresses[2].id: duplicate saved address id \"home\""],
    );
    let mut sg = address_json(json!({}));
    sg["action"]["parameters"]["country"] = json!("SG");
    structural(
        sg,
        AddressMessage::builder()
            .body("b")
            .country("SG")
            .build()
            .map(drop),
        &[
            "action.parameters.country: country is \"SG\"; WhatsApp sends address messages only in India (\"IN\")",
        ],
    );
    structural(
        json!({"type": "address_message", "body": {"text": "b"}, "action": {"name": "address_message", "parameters": {}}}),
        AddressMessage::builder().body("b").build().map(drop),
        &["action.parameters.country: `country` is required"],
    );
    // Every field of values, saved addresses and errors, at once.
    let mut all = AddressDraft::new();
    let mut fields = serde_json::Map::new();
    for key in wa_interactive_core::shape::ADDRESS_FIELDS {
        fields.insert(key.to_owned(), json!("1"));
    }
    for (key, set) in [
        (
            "name",
            AddressDraft::name as fn(AddressDraft, &'static str) -> AddressDraft,
        ),
        ("phone_number", AddressDraft::phone_number),
        ("in_pin_code", AddressDraft::in_pin_code),
        ("house_number", AddressDraft::house_number),
        ("floor_number", AddressDraft::floor_number),
        ("tower_number", AddressDraft::tower_number),
        ("building_name", AddressDraft::building_name),
        ("address", AddressDraft::address),
        ("landmark_area", AddressDraft::landmark_area),
        ("city", AddressDraft::city),
        ("state", AddressDraft::state),
    ] {
        assert!(fields.contains_key(key), "{key}");
        all = set(all, "1");
    }
    let fields = Value::Object(fields);
    let full_json = address_json(json!({
        "values": fields, "saved_addresses": [{"id": "a", "value": fields}], "validation_errors": fields
    }));
    let full = address()
        .values(all.clone())
        .saved_address("a", all.clone())
        .validation_errors(all)
        .build()
        .unwrap();
    assert_eq!(serde_json::to_value(&full).unwrap(), full_json);
    let back: AddressMessage = serde_json::from_value(full_json).unwrap();
    assert_eq!(back, full);
}

#[test]
fn address_messages_take_a_text_header_and_the_documented_fields_only() {
    let mut media = address_json(json!({}));
    media["header"] = json!({"type": "image", "image": {"id": "1"}});
    deserialize_only(media, "header: an address message header must be text");
    let got =
        serde_json::from_value::<Interactive>(address_json(json!({"values": {"pin_code": "1"}})))
            .unwrap_err()
            .to_string();
    assert!(
        got.starts_with(
            "action.parameters.values: unknown field `pin_code`, expected one of `name`, "
        ),
        "{got}"
    );
    deserialize_only(
        address_json(json!({"saved_addresses": [{"id": "a"}]})),
        "action.parameters.saved_addresses[0].value: `value` is required",
    );
}
