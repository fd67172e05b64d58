//! Unit tests of the expansion, run without a compiler: the shared boundary
//! table through the macro, what the generated code calls, errors that
//! come from several passes, and property tests that no input makes it
//! panic. Each pass's own tests sit in its module.

// A panic in a test is a failed test; the crate's no-panic lints are for the macro.
#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::panic
)]

use proc_macro2::{TokenStream, TokenTree};
use proptest::prelude::*;
use syn::LitStr;
use wa_interactive_core::boundary as table;
use wa_interactive_core::{Field, Kind};

use crate::expand::expand_checked;
use crate::kinds::{Address, CallPermission, ContactInfo, VoiceCall};
use crate::kinds::{Buttons, CtaUrl, Flow, List, Location};
use crate::kinds::{Carousel, Catalog, Product, ProductList, TextMessage};

/// One of the macros, without its panic net.
type Macro = fn(TokenStream) -> TokenStream;

const LIST: Macro = expand_checked::<List>;
const BUTTONS: Macro = expand_checked::<Buttons>;
const LOCATION: Macro = expand_checked::<Location>;
const CTA_URL: Macro = expand_checked::<CtaUrl>;
const FLOW: Macro = expand_checked::<Flow>;
const PRODUCT: Macro = expand_checked::<Product>;
const PRODUCT_LIST: Macro = expand_checked::<ProductList>;
const CATALOG: Macro = expand_checked::<Catalog>;
const CAROUSEL: Macro = expand_checked::<Carousel>;
const CONTACT_INFO: Macro = expand_checked::<ContactInfo>;
const CALL_PERMISSION: Macro = expand_checked::<CallPermission>;
const VOICE_CALL: Macro = expand_checked::<VoiceCall>;
const ADDRESS: Macro = expand_checked::<Address>;
const TEXT_MESSAGE: Macro = expand_checked::<TextMessage>;

/// The messages of the `compile_error!`s an expansion emits, or `None` when
/// it emitted none; `Err` when the input does not lex.
fn errors(kind: Macro, input: &str) -> Result<Option<Vec<String>>, ()> {
    let tokens: TokenStream = input.parse().map_err(|_| ())?;
    let mut messages = Vec::new();
    let failed = compile_errors(kind(tokens), &mut messages);
    Ok(failed.then_some(messages))
}

/// Collects the message of every `compile_error! { "…" }` in `tokens`;
/// whether there was one.
fn compile_errors(tokens: TokenStream, out: &mut Vec<String>) -> bool {
    let mut found = false;
    let mut after_name = 0;
    for tree in tokens {
        match &tree {
            TokenTree::Ident(ident) if ident == "compile_error" => after_name = 1,
            TokenTree::Punct(p) if p.as_char() == '!' && after_name == 1 => after_name = 2,
            TokenTree::Group(group) if after_name == 2 => {
                let lit: LitStr =
                    syn::parse2(group.stream()).expect("compile_error! holds one string");
                out.push(lit.value());
                found = true;
                after_name = 0;
            }
            TokenTree::Group(group) => {
                found |= compile_errors(group.stream(), out);
                after_name = 0;
            }
            _ => after_name = 0,
        }
    }
    found
}

/// A valid invocation with `lit` (a Rust string literal) in `field`: one
/// arm per field, which reads best as one table.
#[allow(clippy::too_many_lines)]
fn placed(field: Field, literal: &str) -> (Macro, String) {
    let lit = literal;
    let list_of = |head: &str, body: &str, foot: &str, button: &str, title: &str, row: &str| {
        let entry = |key: &str, value: &str| {
            if value.is_empty() {
                String::new()
            } else {
                format!("{key}: {value},")
            }
        };
        let src = format!(
            "{} body: {body}, {} button: {button}, sections: [ {{ {} rows: [ {row} ] }} ]",
            entry("header", head),
            entry("footer", foot),
            entry("title", title),
        );
        (LIST, src)
    };
    let buttons = |header: &str, id: &str, title: &str| {
        (
            BUTTONS,
            format!("header: {header}, body: \"b\", buttons: [ {{ id: {id}, title: {title} }} ]"),
        )
    };
    let cta = |text: &str, url: &str| {
        (
            CTA_URL,
            format!("body: \"b\", display_text: {text}, url: {url}"),
        )
    };
    let flow = |parameters: &str| (FLOW, format!("body: \"b\", {parameters}"));
    let address = |parameters: &str| {
        (
            ADDRESS,
            format!("body: \"b\", country: \"IN\", {parameters}"),
        )
    };
    let row = |id: &str, title: &str, description: &str| {
        format!("{{ id: {id}, title: {title}, description: {description} }}")
    };
    let r = row("\"r\"", "\"Row\"", "\"d\"");
    match field {
        Field::HeaderText => list_of(lit, "\"b\"", "", "\"Go\"", "", &r),
        Field::Body => list_of("", lit, "", "\"Go\"", "", &r),
        Field::Footer => list_of("", "\"b\"", lit, "\"Go\"", "", &r),
        Field::ListButton => list_of("", "\"b\"", "", lit, "", &r),
        Field::SectionTitle => list_of("", "\"b\"", "", "\"Go\"", lit, &r),
        Field::RowId => list_of("", "\"b\"", "", "\"Go\"", "", &row(lit, "\"Row\"", "\"d\"")),
        Field::RowTitle => list_of("", "\"b\"", "", "\"Go\"", "", &row("\"r\"", lit, "\"d\"")),
        Field::RowDescription => {
            list_of("", "\"b\"", "", "\"Go\"", "", &row("\"r\"", "\"Row\"", lit))
        }
        Field::ButtonId => buttons("\"h\"", lit, "\"Yes\""),
        Field::ButtonTitle => buttons("\"h\"", "\"y\"", lit),
        Field::MediaId => buttons(&format!("image {{ id: {lit} }}"), "\"y\"", "\"Y\""),
        Field::MediaLink => buttons(&format!("image {{ link: {lit} }}"), "\"y\"", "\"Y\""),
        Field::Filename => buttons(
            &format!("document {{ id: \"1\", filename: {lit} }}"),
            "\"y\"",
            "\"Y\"",
        ),
        Field::DisplayText => cta(lit, "\"https://example.com\""),
        Field::Url => cta("\"Open\"", lit),
        Field::FlowId => flow(&format!(
            "flow_id: {lit}, flow_cta: \"Go\", flow_action_payload: {{ screen: \"S\" }}"
        )),
        Field::FlowName => flow(&format!(
            "flow_name: {lit}, flow_cta: \"Go\", flow_action_payload: {{ screen: \"S\" }}"
        )),
        Field::FlowCta => flow(&format!(
            "flow_id: \"1\", flow_cta: {lit}, flow_action_payload: {{ screen: \"S\" }}"
        )),
        Field::FlowToken => flow(&format!(
            "flow_id: \"1\", flow_cta: \"Go\", flow_token: {lit}, flow_action_payload: {{ screen: \"S\" }}"
        )),
        Field::FlowScreen => flow(&format!(
            "flow_id: \"1\", flow_cta: \"Go\", flow_action_payload: {{ screen: {lit} }}"
        )),
        Field::CatalogId => (
            PRODUCT,
            format!("catalog_id: {lit}, product_retailer_id: \"sku\""),
        ),
        Field::ProductRetailerId => (
            PRODUCT,
            format!("catalog_id: \"1\", product_retailer_id: {lit}"),
        ),
        Field::CardBody => {
            let card = |body: &str| {
                format!(
                    "{{ header: image {{ link: \"https://e.x/a.png\" }}, {body} url: {{ display_text: \"Buy\", url: \"https://e.x\" }} }}"
                )
            };
            (
                CAROUSEL,
                format!(
                    "body: \"b\", cards: [ {}, {} ]",
                    card(&format!("body: {lit},")),
                    card("")
                ),
            )
        }
        Field::CallButtonText => (VOICE_CALL, format!("body: \"b\", display_text: {lit}")),
        Field::CallPayload => (VOICE_CALL, format!("body: \"b\", payload: {lit}")),
        Field::AddressValue => address(&format!("values: {{ city: {lit} }}")),
        Field::PinCode => address(&format!("values: {{ in_pin_code: {lit} }}")),
        Field::SavedAddressId => address(&format!(
            "saved_addresses: [ {{ id: {lit}, value: {{ city: \"Delhi\" }} }} ]"
        )),
        Field::AddressError => address(&format!("validation_errors: {{ city: {lit} }}")),
        Field::TextBody => (TEXT_MESSAGE, format!("body: {lit}, preview_url: true")),
        _ => (LOCATION, String::from("<a field the table does not know>")),
    }
}

/// The fields no macro takes.
const MACROLESS: [Field; 1] = [Field::ReactionMessageId];

#[test]
fn the_macro_agrees_with_the_boundary_table() {
    let cases = table::text_cases();
    assert!(cases.len() > 200);
    for case in cases {
        // Fields no macro takes (a reaction's message id: reactions are made
        // at run time) are checked by the other paths only.
        if MACROLESS.contains(&case.field) {
            continue;
        }
        // `{:?}` of a `str` is a valid Rust string literal with the same value.
        let (kind, src) = placed(case.field, &format!("{:?}", case.text));
        let got = errors(kind, &src);
        let expected = case.expect.map(|problem| {
            vec![
                Kind::Text {
                    field: case.field,
                    problem,
                }
                .to_string(),
            ]
        });
        assert_eq!(got, Ok(expected), "{:?} {:?}: {src}", case.field, case.text);
    }
}

#[test]
fn every_problem_of_an_invocation_is_reported() {
    let got = errors(
        BUTTONS,
        r#"header: "", body: "b", buttons: [ { id: "a", title: "A" }, { id: "a", title: "A" },
           { id: "c ", title: "C" }, { id: "d", title: "D" } ], footnote: "x""#,
    );
    assert_eq!(
        got,
        Ok(Some(vec![
            "unknown key `footnote` in a reply-buttons message; expected one of: header, body, footer, buttons".into(),
            "header text is empty; WhatsApp needs at least 1 character".into(),
            "duplicate button id \"a\"".into(),
            "first used here".into(),
            "duplicate button title \"A\"".into(),
            "first used here".into(),
            "button id has a trailing space; WhatsApp rejects untrimmed ids".into(),
            "a reply-buttons message has at most 3 buttons; this is button 4".into(),
        ]))
    );
}

#[test]
fn a_malformed_value_is_reported_once() {
    assert_eq!(
        errors(BUTTONS, r#"body: 42, buttons: [ { id: "a", title: "A" } ]"#),
        Ok(Some(vec![
            "body must be a string literal or a `wa_interactive::text::Body`: write \"42\"".into()
        ]))
    );
}

const MACROS: [Macro; 14] = [
    LIST,
    BUTTONS,
    LOCATION,
    CTA_URL,
    FLOW,
    PRODUCT,
    PRODUCT_LIST,
    CATALOG,
    CAROUSEL,
    CONTACT_INFO,
    CALL_PERMISSION,
    VOICE_CALL,
    ADDRESS,
    TEXT_MESSAGE,
];

/// Valid invocations to mutate, one or more per macro.
const SEEDS: [&str; 14] = [
    r#"header: "Book", body: "Pick a time", footer: "Local", button: "Slots", sections: [ { title: "Morning", rows: [ { id: "a", title: "09:00", description: "Dr" } ] }, { title: "Later", rows: [ { id: "b", title: "14:00" } ] } ]"#,
    r#"header: image { link: "https://example.com/a.png" }, body: "Sure?", buttons: [ { id: "y", title: "Yes" }, { id: "n", title: "No" } ]"#,
    r#"body: "Where are you?""#,
    r#"header: document { id: "1", filename: "a.pdf" }, body: "b", footer: "f", display_text: "Open", url: "https://example.com""#,
    r#"header: "h", body: "b", flow_message_version: "3", flow_id: "1", flow_cta: "Go", mode: "draft", flow_token: "t", flow_action: "navigate", flow_action_payload: { screen: "S" }"#,
    r#"body: text::Body::new("x")?, button: some.call(1, 2), sections: [ { title: t, rows: [ { id: "a", title: r#x } ] } ]"#,
    r#"body: "b", footer: "f", catalog_id: "1", product_retailer_id: "sku""#,
    r#"header: "h", body: "b", catalog_id: "1", sections: [ { title: "A", product_items: ["a", "b"] }, { title: t, product_items: ["c"] } ]"#,
    r#"body: "b", footer: "f", thumbnail_product_retailer_id: "sku""#,
    r#"body: "b", cards: [ { header: image { link: "https://e.x/a" }, body: "c", buttons: [ { id: "a", title: "A" } ] }, { header: image { id: x }, url: { display_text: "Buy", url: u } } ]"#,
    r#"body: "b", cards: [ { catalog_id: "1", product_retailer_id: "a" }, { catalog_id: "1", product_retailer_id: "b" } ]"#,
    r#"body: "Call us", display_text: "Call now", ttl_minutes: 100, payload: "p""#,
    r#"header: "h", body: "b", footer: "f", country: "IN", values: { name: "A", in_pin_code: "400063", city: "Delhi" }, saved_addresses: [ { id: "a", value: { city: "Delhi" } }, { id: "b", value: { state: "x" } } ], validation_errors: { in_pin_code: "?" }"#,
    r#"body: "Booked for Monday 13:30", preview_url: flag"#,
];

/// Fragments for inserts and for generated trees: keys, punctuation,
/// literals of every kind, expressions, odd idents.
const FRAGMENTS: &[&str] = &[
    // Every other kind of literal, and suffixed ones.
    "c\"x\"",
    "br\"x\"",
    "r#\"raw\"#",
    "\"s\"suffix",
    "1e10f32",
    "'\\u{1F600}'",
    "true",
    "-1",
    "body",
    "header",
    "footer",
    "button",
    "buttons",
    "sections",
    "rows",
    "id",
    "title",
    "description",
    "preview_url",
    "image",
    "video",
    "document",
    "link",
    "filename",
    "url",
    "display_text",
    "flow_id",
    "flow_name",
    "flow_cta",
    "mode",
    "flow_action",
    "flow_action_payload",
    "screen",
    "catalog_id",
    "product_retailer_id",
    "product_items",
    "thumbnail_product_retailer_id",
    "cards",
    "ttl_minutes",
    "payload",
    "country",
    "values",
    "saved_addresses",
    "validation_errors",
    "value",
    "in_pin_code",
    "city",
    "0",
    "43201",
    "99999999999999999999999",
    ":",
    ",",
    "\"\"",
    "\" x \"",
    "\"🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕\"",
    "42",
    "b\"x\"",
    "'c'",
    "r#type",
    "x.y()",
    "#",
    "::",
    "=>",
    // What the value scan follows: closures, turbofish, labels.
    "|",
    "||",
    "|a, b|",
    "move",
    "<",
    ">",
    "::<",
    "->",
    "'a",
    "f::<A, B>(x)",
    "{ }",
    "[ ]",
    "( )",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => "[a-z_]{1,12}".prop_map(|s| s),
        1 => any::<String>().prop_map(|s| format!("{s:?}")),
    ]
}

/// A random DSL tree: objects, arrays, tagged objects and leaves.
fn tree() -> impl Strategy<Value = String> {
    let leaf = fragment();
    leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec((fragment(), inner.clone()), 0..6).prop_map(|entries| {
                let body: Vec<String> = entries
                    .into_iter()
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect();
                format!("{{ {} }}", body.join(", "))
            }),
            proptest::collection::vec(inner.clone(), 0..12)
                .prop_map(|items| format!("[ {} ]", items.join(", "))),
            (fragment(), inner.clone()).prop_map(|(tag, body)| format!("{tag} {{ x: {body} }}")),
            proptest::collection::vec(inner, 1..4).prop_map(|parts| parts.join(" ")),
        ]
    })
}

fn invocation() -> impl Strategy<Value = String> {
    proptest::collection::vec((fragment(), tree()), 0..8).prop_map(|entries| {
        let body: Vec<String> = entries
            .into_iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        body.join(", ")
    })
}

/// Splits a seed into tokens: string literals whole, punctuation apart.
fn split(seed: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_str = false;
    for c in seed.chars() {
        if c == '"' {
            in_str = !in_str;
            cur.push(c);
        } else if in_str {
            cur.push(c);
        } else if "{}[],:".contains(c) || c.is_whitespace() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if !c.is_whitespace() {
                out.push(c.to_string());
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A seed with tokens deleted, repeated, swapped or inserted.
fn mutated() -> impl Strategy<Value = String> {
    let edit = (
        0usize..4,
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        fragment(),
    );
    (
        proptest::sample::select(&SEEDS[..]),
        proptest::collection::vec(edit, 1..6),
    )
        .prop_map(|(seed, edits)| {
            let mut tokens = split(seed);
            for (op, a, b, frag) in edits {
                if tokens.is_empty() {
                    tokens.push(frag);
                    continue;
                }
                let (i, j) = (a.index(tokens.len()), b.index(tokens.len()));
                match op {
                    0 => {
                        tokens.remove(i);
                    }
                    1 => {
                        let t = tokens[i].clone();
                        tokens.insert(j, t);
                    }
                    2 => tokens.swap(i, j),
                    _ => tokens.insert(i, frag),
                }
            }
            tokens.join(" ")
        })
}

/// How many cases each property runs: `PROPTEST_CASES` when set (a long
/// run: `PROPTEST_CASES=60000 cargo test -p wa-interactive-macros`), else
/// `default`, sized so that the property takes a few seconds.
pub(crate) fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(4_000), failure_persistence: None, ..ProptestConfig::default() })]

    /// Generated invocations (4,000; 60,000 in a long run), each through
    /// one of the macros: the expansion never panics (this calls it
    /// without its panic net).
    #[test]
    fn generated_input_never_panics(kind in proptest::sample::select(&MACROS[..]), input in invocation()) {
        let _ = errors(kind, &input);
    }

    /// Valid invocations with tokens deleted, repeated, swapped or
    /// inserted: the expansion never panics.
    #[test]
    fn mutated_input_never_panics(kind in proptest::sample::select(&MACROS[..]), input in mutated()) {
        let _ = errors(kind, &input);
    }
}

#[test]
fn odd_literals_are_errors_not_panics() {
    // (value, whether the macro itself rejects it); a raw string is a string
    // literal, and `true` is an expression whose type the compiler checks.
    let cases = [
        (r#"c"x""#, true),
        (r#"br"x""#, true),
        (r#""s"suffix"#, true),
        ("1e10f32", true),
        (r"'\u{1F600}'", true),
        (r##"r#"raw"#"##, false),
        ("true", false),
    ];
    for (lit, rejected) in cases {
        let got = errors(LOCATION, &format!("body: {lit}"));
        assert_eq!(
            matches!(&got, Ok(Some(e)) if !e.is_empty()),
            rejected,
            "{lit}: {got:?}"
        );
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for open_close in [("[", "]"), ("{ x: ", " }"), ("image { x: ", " }")] {
        let input = format!(
            "body: {}\"b\"{}",
            open_close.0.repeat(5000),
            open_close.1.repeat(5000)
        );
        let got = errors(LOCATION, &input);
        assert_eq!(
            got,
            Ok(Some(vec![
                "objects and lists nest too deeply here".to_owned()
            ])),
            "{}",
            open_close.0
        );
    }
}

#[test]
fn a_value_with_a_turbofish_is_passed_whole() {
    let input = r#"body: text::<&str, 2>("Ready")"#;
    assert_eq!(errors(LOCATION, input), Ok(None));
    let tokens: TokenStream = input.parse().unwrap();
    let expanded = LOCATION(tokens).to_string();
    let value: TokenStream = r#"text::<&str, 2>("Ready")"#.parse().unwrap();
    assert!(expanded.contains(&value.to_string()), "{expanded}");
}

#[test]
fn a_missing_comma_is_the_only_error() {
    let got = errors(
        BUTTONS,
        "body: \"Pick\"\n buttons: [ { id: \"a\", title: \"A\" } ]",
    );
    assert_eq!(
        got,
        Ok(Some(vec!["expected `,` after this value".to_owned()]))
    );
}

#[test]
fn duplicate_long_ids_are_quoted_short() {
    let id = "x".repeat(200_000);
    let got = errors(
        BUTTONS,
        &format!(
            r#"body: "b", buttons: [ {{ id: "{id}", title: "A" }}, {{ id: "{id}", title: "B" }} ]"#
        ),
    );
    let quoted = format!("{}…", "x".repeat(60));
    let too_long = "button id is 200000 characters; WhatsApp allows at most 256";
    assert_eq!(
        got,
        Ok(Some(vec![
            too_long.to_owned(),
            too_long.to_owned(),
            format!("duplicate button id {quoted:?} (200000 characters)"),
            "first used here".to_owned(),
        ]))
    );
}

/// The expansion of `input`, as text.
fn expansion(kind: Macro, input: &str) -> String {
    kind(input.parse().unwrap()).to_string()
}

#[test]
fn a_fully_literal_message_carries_the_json_the_macro_wrote() {
    for (kind, input, ty) in [
        (LOCATION, r#"body: "Where?""#, "LocationRequest"),
        (
            LIST,
            r#"header: "h", body: "b", button: "Go", sections: [ { rows: [ { id: "a", title: "A" } ] } ]"#,
            "ListMessage",
        ),
        (
            BUTTONS,
            r#"header: image { id: "1" }, body: "b", buttons: [ { id: "a", title: "A" } ]"#,
            "ButtonMessage",
        ),
        (
            CTA_URL,
            r#"body: "b", display_text: "Open", url: "https://example.com""#,
            "CtaUrlMessage",
        ),
        (
            FLOW,
            r#"body: "b", flow_id: "1", flow_cta: "Go""#,
            "FlowMessage",
        ),
        (
            PRODUCT,
            r#"catalog_id: "1", product_retailer_id: "a""#,
            "ProductMessage",
        ),
        (
            PRODUCT_LIST,
            r#"header: "h", body: "b", catalog_id: "1", sections: [ { product_items: ["a"] } ]"#,
            "ProductListMessage",
        ),
        (CATALOG, r#"body: "b""#, "CatalogMessage"),
        (
            CAROUSEL,
            r#"body: "b", cards: [ { catalog_id: "1", product_retailer_id: "a" }, { catalog_id: "1", product_retailer_id: "b" } ]"#,
            "CarouselMessage",
        ),
        (
            CAROUSEL,
            r#"body: "b", cards: [ { header: video { id: "1" }, buttons: [ { id: "a", title: "A" } ] }, { header: video { id: "2" }, buttons: [ { id: "b", title: "B" } ] } ]"#,
            "CarouselMessage",
        ),
        (CONTACT_INFO, r#"body: "Share?""#, "ContactInfoRequest"),
        (
            CALL_PERMISSION,
            r#"body: "May we call?""#,
            "CallPermissionRequest",
        ),
        (CALL_PERMISSION, "", "CallPermissionRequest"),
        (
            VOICE_CALL,
            r#"body: "b", display_text: "Call", ttl_minutes: 60, payload: "p""#,
            "VoiceCallMessage",
        ),
        (ADDRESS, r#"body: "b", country: "IN""#, "AddressMessage"),
        (
            ADDRESS,
            r#"header: "h", body: "b", country: "IN", values: { city: "Delhi" }, saved_addresses: [ { id: "a", value: { city: "Delhi" } } ], validation_errors: { city: "?" }"#,
            "AddressMessage",
        ),
    ] {
        let expanded = expansion(kind, input);
        let wrapper = format!(
            ":: wa_interactive :: __private :: literal_json ! (:: wa_interactive :: {ty} ,"
        );
        assert!(expanded.contains(&wrapper), "{expanded}");
    }
}

#[test]
fn a_message_with_run_time_text_calls_its_constructor_directly() {
    for (kind, input) in [
        (LOCATION, "body: body"),
        (
            LIST,
            r#"body: "b", button: "Go", sections: [ { rows: [ { id: "a", title: title } ] } ]"#,
        ),
        (
            LIST,
            r#"header: header, body: "b", button: "Go", sections: [ { rows: [ { id: "a", title: "A" } ] } ]"#,
        ),
        (
            BUTTONS,
            r#"header: image { link: link }, body: "b", buttons: [ { id: "a", title: "A" } ]"#,
        ),
        (CTA_URL, r#"body: "b", display_text: "Open", url: url"#),
        (
            FLOW,
            r#"body: "b", flow_id: "1", flow_cta: "Go", flow_action_payload: { screen: screen }"#,
        ),
        (PRODUCT, r#"catalog_id: catalog, product_retailer_id: "a""#),
        (
            PRODUCT_LIST,
            r#"header: "h", body: "b", catalog_id: "1", sections: [ { title: title, product_items: ["a"] } ]"#,
        ),
        (CATALOG, "body: body"),
        (
            CAROUSEL,
            r#"body: "b", cards: [ { header: image { link: link }, url: { display_text: "Buy", url: "https://e.x" } }, { header: image { id: "2" }, url: { display_text: "Buy", url: "https://e.x" } } ]"#,
        ),
    ] {
        let expanded = expansion(kind, input);
        assert!(!expanded.contains("literal !"), "{expanded}");
        assert!(!expanded.contains("compile_error"), "{expanded}");
    }
    // Literal rows stay in a constant when only the head is run-time text.
    let expanded = expansion(
        LIST,
        r#"body: body, button: "Go", sections: [ { rows: [ { id: "a", title: "A" } ] } ]"#,
    );
    assert!(expanded.contains("const __WA_ROWS_0"), "{expanded}");
    assert!(expanded.contains("__private :: list ("), "{expanded}");
}

#[test]
fn navigate_needs_no_payload_and_no_screen() {
    for payload in [
        "",
        r#", flow_action: "navigate""#,
        ", flow_action_payload: { }",
    ] {
        let input = format!(r#"body: "b", flow_id: "1", flow_cta: "Go"{payload}"#);
        assert_eq!(errors(FLOW, &input), Ok(None), "{input}");
        let expanded = expansion(FLOW, &input);
        assert!(
            expanded
                .contains("FlowAction :: Navigate { screen : :: core :: option :: Option :: None"),
            "{expanded}"
        );
    }
}

#[test]
fn carousel_shape_errors_land_on_the_card_that_breaks_it() {
    let card = |header: &str, buttons: &str| {
        format!("{{ header: {header} {{ link: \"https://e.x/a\" }}, {buttons} }}")
    };
    let url = r#"url: { display_text: "Buy", url: "https://e.x" }"#;
    let got = errors(
        CAROUSEL,
        &format!(
            "body: \"b\", cards: [ {}, {}, {}, {} ]",
            card("image", r#"buttons: [ { id: "a", title: "A" } ]"#),
            card("video", r#"buttons: [ { id: "b", title: "B" } ]"#),
            card("image", url),
            card(
                "image",
                r#"buttons: [ { id: "a", title: "A" }, { id: "c", title: "C" } ]"#
            ),
        ),
    );
    assert_eq!(
        got,
        Ok(Some(vec![
            "every card of a carousel has the same header kind: the first card's is image, this one's is video".into(),
            "every card of a carousel has the same button kind: the first card has quick-reply buttons, this one has a URL button".into(),
            "duplicate button id \"a\"".into(),
            "first used here".into(),
            "every card of a carousel has the same number of quick-reply buttons: the first card has 1, this one has 2".into(),
        ]))
    );
    let products = errors(
        CAROUSEL,
        r#"body: "b", cards: [ { catalog_id: "1", product_retailer_id: "a" }, { catalog_id: "2", product_retailer_id: "b" }, { header: image { link: "https://e.x/a" }, url: { display_text: "Buy", url: "https://e.x" } } ]"#,
    );
    assert_eq!(
        products,
        Ok(Some(vec![
            "every product card of a carousel names the same catalog; the first card names \"1\"".into(),
            "a carousel has media cards or product cards, not both: this card differs from the first".into(),
        ]))
    );
}

#[test]
fn the_thirty_first_product_is_the_error() {
    let ids: Vec<String> = (0..31).map(|i| format!("\"sku-{i}\"")).collect();
    let got = errors(
        PRODUCT_LIST,
        &format!(
            r#"header: "h", body: "b", catalog_id: "1", sections: [ {{ title: "A", product_items: [{}] }}, {{ title: "B", product_items: [{}] }} ]"#,
            ids[..20].join(", "),
            ids[20..].join(", ")
        ),
    );
    assert_eq!(
        got,
        Ok(Some(vec![
            "a product list message has at most 30 products in total; this is product 31".into()
        ]))
    );
}

/// `kind` (named `name` in errors) reports a header and a footer, each on its value.
fn header_and_footer_are_errors(kind: Macro, name: &str) {
    let header = "WhatsApp takes a header only on list, button, cta_url, flow, product_list and address_message messages";
    let footer = "WhatsApp takes a footer only on list, button, cta_url, flow, product, product_list, catalog_message and address_message messages";
    let got = errors(kind, r#"header: image { id: "1" }, body: "b", footer: 42"#);
    assert_eq!(
        got,
        Ok(Some(vec![
            format!("{name} has no header; {header}"),
            format!("{name} has no footer; {footer}"),
        ])),
        "{name}"
    );
}

#[test]
fn a_header_or_footer_on_a_kind_without_one_is_an_error_on_it() {
    header_and_footer_are_errors(CONTACT_INFO, "a contact-info request");
    header_and_footer_are_errors(CALL_PERMISSION, "a call permission request");
    header_and_footer_are_errors(VOICE_CALL, "a voice call message");
}

#[test]
fn a_call_permission_request_takes_no_body_but_not_an_empty_one() {
    assert_eq!(errors(CALL_PERMISSION, ""), Ok(None));
    assert_eq!(
        errors(CALL_PERMISSION, r#"body: """#),
        Ok(Some(vec![
            "body is empty; WhatsApp needs at least 1 character".to_owned()
        ]))
    );
    assert_eq!(
        errors(CONTACT_INFO, ""),
        Ok(Some(vec!["`body` is required".to_owned()]))
    );
}

#[test]
fn ttl_minutes_is_an_integer_literal_from_1_to_43200() {
    let range = "WhatsApp allows 1 to 43200 (30 days)";
    for ok in ["1", "10080", "43200", "100u32"] {
        let input = format!(r#"body: "b", ttl_minutes: {ok}"#);
        assert_eq!(errors(VOICE_CALL, &input), Ok(None), "{input}");
    }
    for (bad, found) in [
        ("0", "0"),
        ("43201", "43201"),
        ("99999999999999999999999", "99999999999999999999999"),
    ] {
        let input = format!(r#"body: "b", ttl_minutes: {bad}"#);
        assert_eq!(
            errors(VOICE_CALL, &input),
            Ok(Some(vec![format!("ttl_minutes is {found}; {range}")])),
            "{input}"
        );
    }
    for bad in ["\"100\"", "-5", "minutes", "1.5"] {
        let input = format!(r#"body: "b", ttl_minutes: {bad}"#);
        assert_eq!(
            errors(VOICE_CALL, &input),
            Ok(Some(vec![
                "`ttl_minutes` must be an integer literal from 1 to 43200 (minutes); for a value known only at run time, use `VoiceCallMessage::builder()`".to_owned()
            ])),
            "{input}"
        );
    }
    let expanded = expansion(VOICE_CALL, r#"body: "b", ttl_minutes: 100u32"#);
    assert!(
        expanded.contains(":: core :: option :: Option :: Some (100)"),
        "{expanded}"
    );
}

#[test]
fn address_messages_check_country_fields_and_saved_ids() {
    let got = errors(
        ADDRESS,
        r#"header: image { id: "1" }, body: "b", country: "SG",
           values: { in_pin_code: "4000630", pin: "1" },
           saved_addresses: [ { id: "home", value: { city: "Mumbai" } }, { id: "home", value: { city: "Pune" } }, { id: "work" } ],
           validation_errors: { city: "" }"#,
    );
    assert_eq!(
        got,
        Ok(Some(vec![
            "unknown key `pin` in `values`; expected one of: name, phone_number, in_pin_code, house_number, floor_number, tower_number, building_name, address, landmark_area, city, state".into(),
            "an address message header must be text".into(),
            "country is \"SG\"; WhatsApp sends address messages only in India (\"IN\")".into(),
            "pin code is 7 characters; WhatsApp allows at most 6".into(),
            "duplicate saved address id \"home\"".into(),
            "first used here".into(),
            "`value` is required".into(),
            "address error is empty; WhatsApp needs at least 1 character".into(),
        ]))
    );
    assert_eq!(
        errors(ADDRESS, r#"body: "b""#),
        Ok(Some(vec!["`country` is required".into()]))
    );
    assert_eq!(
        errors(ADDRESS, r#"body: "b", country: country"#),
        Ok(Some(vec![
            "`country` must be the string literal \"IN\"".into()
        ]))
    );
    assert_eq!(
        errors(ADDRESS, r#"body: "b", country: "IN", values: [ ]"#),
        Ok(Some(vec![
            "`values` must be an object of address fields: `{ name: \"…\", city: \"…\", … }`"
                .into()
        ]))
    );
    assert_eq!(
        errors(
            ADDRESS,
            r#"body: "b", country: "IN", saved_addresses: [ { id: id, value: { city: "x" } } ]"#
        ),
        Ok(Some(vec![
            "saved address id must be a string literal: ids are checked for uniqueness at compile time (for values known only at run time, or kept in constants, use the message's builder)".into()
        ]))
    );
}

#[test]
fn saved_addresses_with_run_time_values_are_built_at_run_time() {
    let literal = expansion(
        ADDRESS,
        r#"body: "b", country: "IN", saved_addresses: [ { id: "a", value: { city: "x" } } ]"#,
    );
    assert!(literal.contains("const __WA_SAVED"), "{literal}");
    assert!(literal.contains("literal_json !"), "{literal}");
    let dynamic = expansion(
        ADDRESS,
        r#"body: "b", country: "IN", saved_addresses: [ { id: "a", value: { city: city } } ]"#,
    );
    assert!(
        dynamic.contains("__private :: address_owned ("),
        "{dynamic}"
    );
    assert!(!dynamic.contains("literal"), "{dynamic}");
}
