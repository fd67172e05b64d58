//! Our payloads against Meta's own OpenAPI description of the API
//! (`openapi/schemas.json`, extracted by `openapi/extract.py`; MIT, see
//! `openapi/LICENSE`), with a small JSON Schema validator for the keywords
//! that description uses. And our limits against the limits it states.
//!
//! The description has no schema for `cta_url` and
//! `location_request_message` (its `InteractiveObject.type` enum omits
//! them), so those kinds are pinned by their golden files alone.
//! Nor has it schemas for `voice_call`, `request_contact_info` and
//! `address_message`; `call_permission_request` it has.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};
use wa_interactive::error::Count;
use wa_interactive::text::Field;
use wa_interactive::{Interactive, OutgoingMessage};

fn description() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/schemas.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("schemas.json")).expect("JSON")
}

struct Validator<'s> {
    schemas: &'s Map<String, Value>,
}

impl<'s> Validator<'s> {
    fn resolve(&self, schema: &'s Value) -> &'s Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let name = r.rsplit('/').next().expect("a ref has a name");
                self.resolve(
                    self.schemas
                        .get(name)
                        .unwrap_or_else(|| panic!("no schema {name}")),
                )
            }
            None => schema,
        }
    }

    /// The property names a schema declares, through `$ref` and `allOf`.
    fn declared(&self, schema: &'s Value, names: &mut BTreeSet<String>) {
        let schema = self.resolve(schema);
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            names.extend(props.keys().cloned());
        }
        for branch in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.declared(branch, names);
        }
    }

    /// Every way `value` breaks `schema`, each with its path. `siblings`
    /// are properties declared beside this schema in an `allOf`, which its
    /// `additionalProperties: false` does not forbid.
    fn check(
        &self,
        schema: &'s Value,
        value: &Value,
        path: &str,
        siblings: &BTreeSet<String>,
        errors: &mut Vec<String>,
    ) {
        let schema = self.resolve(schema);
        if let Some(branches) = schema.get("allOf").and_then(Value::as_array) {
            let mut names = siblings.clone();
            self.declared(schema, &mut names);
            for branch in branches {
                self.check(branch, value, path, &names, errors);
            }
        }
        if let Some(branches) = schema.get("oneOf").and_then(Value::as_array) {
            let matching = branches
                .iter()
                .filter(|b| {
                    let mut e = Vec::new();
                    self.check(b, value, path, siblings, &mut e);
                    e.is_empty()
                })
                .count();
            if matching != 1 {
                errors.push(format!(
                    "{path}: matches {matching} of {} oneOf branches",
                    branches.len()
                ));
            }
        }
        if let Some(kind) = schema.get("type").and_then(Value::as_str) {
            let ok = match kind {
                "object" => value.is_object(),
                "array" => value.is_array(),
                "string" => value.is_string(),
                "integer" => value.is_i64() || value.is_u64(),
                "number" => value.is_number(),
                "boolean" => value.is_boolean(),
                other => panic!("type {other} not supported"),
            };
            if !ok {
                errors.push(format!("{path}: not of type {kind}"));
                return;
            }
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            if !allowed.contains(value) {
                errors.push(format!("{path}: {value} not in {allowed:?}"));
            }
        }
        if let Some(text) = value.as_str() {
            let chars = text.chars().count();
            if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
                if chars as u64 > max {
                    errors.push(format!("{path}: {chars} characters, maxLength {max}"));
                }
            }
        }
        if let Some(items) = value.as_array() {
            if let Some(max) = schema.get("maxItems").and_then(Value::as_u64) {
                if items.len() as u64 > max {
                    errors.push(format!("{path}: {} items, maxItems {max}", items.len()));
                }
            }
            if let Some(min) = schema.get("minItems").and_then(Value::as_u64) {
                if (items.len() as u64) < min {
                    errors.push(format!("{path}: {} items, minItems {min}", items.len()));
                }
            }
            if let Some(item) = schema.get("items") {
                for (i, v) in items.iter().enumerate() {
                    self.check(item, v, &format!("{path}[{i}]"), &BTreeSet::new(), errors);
                }
            }
        }
        if let Some(object) = value.as_object() {
            for key in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let key = key.as_str().expect("required names are strings");
                if !object.contains_key(key) {
                    errors.push(format!("{path}: missing {key}"));
                }
            }
            let props = schema.get("properties").and_then(Value::as_object);
            for (key, v) in object {
                match props.and_then(|p| p.get(key)) {
                    Some(prop) => {
                        self.check(prop, v, &format!("{path}.{key}"), &BTreeSet::new(), errors);
                    }
                    None if schema.get("additionalProperties") == Some(&Value::Bool(false))
                        && !siblings.contains(key) =>
                    {
                        errors.push(format!("{path}: additional property {key}"));
                    }
                    None => {}
                }
            }
        }
    }

    fn errors(&self, root: &str, value: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        let schema = self.schemas.get(root).expect("root schema");
        self.check(schema, value, "$", &BTreeSet::new(), &mut errors);
        errors
    }
}

fn golden(name: &str) -> Value {
    let path = format!("{}/golden/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("golden")).expect("JSON")
}

/// A golden `interactive` object, read as our type and sent in an envelope.
fn request(name: &str) -> Value {
    let message: Interactive = serde_json::from_value(golden(name)).expect("a valid message");
    serde_json::to_value(OutgoingMessage::new("15551234567", message).reply_to("wamid.X"))
        .expect("serializes")
}

#[test]
fn list_button_and_flow_requests_match_the_description() {
    let description = description();
    let v = Validator {
        schemas: description["schemas"].as_object().expect("schemas"),
    };
    let names = [
        "list",
        "list_minimal",
        "buttons_minimal",
        "buttons_header_text",
        "buttons_header_image_id",
        "buttons_header_image_link",
        "buttons_header_video_id",
        "buttons_header_video_link",
        "buttons_header_document_id",
        "buttons_header_document_link",
        "flow_navigate",
        "flow_data_exchange",
    ];
    for name in names {
        assert_eq!(
            v.errors("InteractiveMessage", &request(name)),
            Vec::<String>::new(),
            "{name}"
        );
    }
}

/// Golden whole requests (envelope and payload), read as `OutgoingMessage`,
/// written back unchanged, and valid against the schema `root`.
fn whole_requests_match(v: &Validator<'_>, root: &str, names: &[&str]) {
    for name in names {
        let message: OutgoingMessage = serde_json::from_value(golden(name)).expect("valid");
        let request = serde_json::to_value(&message).expect("serializes");
        assert_eq!(request, golden(name), "{name}");
        assert_eq!(v.errors(root, &request), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn text_requests_match_the_description() {
    let description = description();
    let v = Validator {
        schemas: description["schemas"].as_object().expect("schemas"),
    };
    whole_requests_match(&v, "TextMessage", &["text", "text_preview_url"]);
    // The validator sees a text where Meta's description does not allow one.
    let mut wrong = golden("text");
    wrong["text"]["preview_url"] = "yes".into();
    assert!(!v.errors("TextMessage", &wrong).is_empty());
}

#[test]
fn reaction_requests_match_the_description() {
    let description = description();
    let v = Validator {
        schemas: description["schemas"].as_object().expect("schemas"),
    };
    whole_requests_match(&v, "ReactionMessage", &["reaction", "reaction_removal"]);
}

#[test]
fn call_permission_requests_match_the_description() {
    let description = description();
    let v = Validator {
        schemas: description["schemas"].as_object().expect("schemas"),
    };
    for name in ["call_permission_request", "call_permission_request_minimal"] {
        assert_eq!(
            v.errors("InteractiveMessage", &request(name)),
            Vec::<String>::new(),
            "{name}"
        );
    }
}

#[test]
fn the_validator_finds_what_whatsapp_rejects() {
    let description = description();
    let v = Validator {
        schemas: description["schemas"].as_object().expect("schemas"),
    };
    let mut long_title = request("list_minimal");
    long_title["interactive"]["action"]["sections"][0]["rows"][0]["title"] = json!("x".repeat(25));
    assert_eq!(
        v.errors("InteractiveMessage", &long_title),
        ["$.interactive.action: matches 0 of 6 oneOf branches"]
    );
    let mut four = request("buttons_minimal");
    let button = four["interactive"]["action"]["buttons"][0].clone();
    four["interactive"]["action"]["buttons"] = json!([button, button, button, button]);
    assert_eq!(
        v.errors("InteractiveMessage", &four),
        ["$.interactive.action: matches 0 of 6 oneOf branches"]
    );
    let mut no_body_text = request("buttons_minimal");
    no_body_text["interactive"]["body"] = json!({});
    assert_eq!(
        v.errors("InteractiveMessage", &no_body_text),
        ["$.interactive.body: missing text"]
    );
    let mut stray = request("buttons_minimal");
    stray["colour"] = json!("red");
    assert_eq!(
        v.errors("InteractiveMessage", &stray),
        ["$: additional property colour"]
    );
}

/// The limit the description states at `pointer`.
fn stated(description: &Value, pointer: &str, keyword: &str) -> u64 {
    description["schemas"]
        .pointer(pointer)
        .and_then(|s| s.get(keyword))
        .and_then(Value::as_u64)
        .unwrap_or_else(|| panic!("no {keyword} at {pointer}"))
}

#[test]
fn our_limits_are_the_limits_meta_states() {
    let d = description();
    let rows = "/SectionObject/properties/rows";
    let buttons = "/ActionObject/oneOf/1/properties/buttons";
    let text_limits = [
        (Field::HeaderText, "/HeaderObject/properties/text"),
        (Field::Body, "/BodyObject/properties/text"),
        (Field::Footer, "/FooterObject/properties/text"),
        (Field::ListButton, "/ActionObject/oneOf/0/properties/button"),
        (Field::SectionTitle, "/SectionObject/properties/title"),
        (Field::RowId, &format!("{rows}/items/properties/id")),
        (Field::RowTitle, &format!("{rows}/items/properties/title")),
        (
            Field::RowDescription,
            &format!("{rows}/items/properties/description"),
        ),
        (
            Field::ButtonId,
            &format!("{buttons}/items/properties/reply/properties/id"),
        ),
        (
            Field::ButtonTitle,
            &format!("{buttons}/items/properties/reply/properties/title"),
        ),
    ];
    for (field, pointer) in text_limits {
        let ours = field.max_chars().map(|n| n as u64);
        assert_eq!(ours, Some(stated(&d, pointer, "maxLength")), "{field}");
    }
    // `flow_cta`: 30, as the description and Meta's current page state
    // (older flows pages and SDKs said 20).
    let cta = stated(
        &d,
        "/ActionObject/oneOf/4/properties/parameters/properties/flow_cta",
        "maxLength",
    );
    assert_eq!(Field::FlowCta.max_chars().map(|n| n as u64), Some(cta));

    let sections = "/ActionObject/oneOf/0/properties/sections";
    assert_eq!(
        Count::Sections.max() as u64,
        stated(&d, sections, "maxItems")
    );
    assert_eq!(
        Count::Sections.min() as u64,
        stated(&d, sections, "minItems")
    );
    assert_eq!(Count::Buttons.max() as u64, stated(&d, buttons, "maxItems"));
    assert_eq!(Count::Buttons.min() as u64, stated(&d, buttons, "minItems"));
    // The description bounds rows per section; WhatsApp counts them across
    // sections, with the same limit.
    assert_eq!(Count::Rows.max() as u64, stated(&d, rows, "maxItems"));
    // A product list's sections; its products are 30 in total (Meta's
    // guide), which the description states per section.
    let product_sections = "/ActionObject/oneOf/2/properties/sections";
    assert_eq!(
        Count::ProductSections.max() as u64,
        stated(&d, product_sections, "maxItems")
    );
    assert_eq!(
        Count::ProductSections.min() as u64,
        stated(&d, product_sections, "minItems")
    );
    let items = "/SectionObject/properties/product_items";
    assert_eq!(Count::Products.max() as u64, stated(&d, items, "maxItems"));
}

/// Product, product list and catalog messages are in the description;
/// carousels are not. A catalog message without a thumbnail is left out:
/// the description requires `parameters`, Meta's current guide does not
/// (we follow the guide).
#[test]
fn product_and_catalog_requests_match_the_description() {
    let description = description();
    let v = Validator {
        schemas: description["schemas"].as_object().expect("schemas"),
    };
    for name in [
        "product",
        "product_minimal",
        "product_list",
        "product_list_minimal",
        "catalog_message",
    ] {
        assert_eq!(
            v.errors("InteractiveMessage", &request(name)),
            Vec::<String>::new(),
            "{name}"
        );
    }
    // The product list schema is the one checked: eleven sections break it.
    let mut eleven = request("product_list_minimal");
    let section = eleven["interactive"]["action"]["sections"][0].clone();
    eleven["interactive"]["action"]["sections"] = Value::Array(vec![section; 11]);
    assert_ne!(
        v.errors("InteractiveMessage", &eleven),
        Vec::<String>::new()
    );
}
