//! Inbound webhooks: parsing a ~1 KB notification with three list replies into
//! typed replies, against `serde_json::from_slice::<Value>` of the same bytes;
//! the same notification with every string escaped (so no text can be
//! borrowed from the body); the same with a fourth message that does not fit
//! (so the body is read a second time, item by item); and signature
//! verification throughput.
//!
//! `cargo bench -p wa-interactive-benches --bench webhook`

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde_json::Value;
use wa_interactive::webhook::{self, Content, Reply};

/// The list-reply fixture with a third reply, compact: about 1 KB.
fn body() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/list_reply.json"
    );
    let mut value: Value =
        serde_json::from_slice(&std::fs::read(path).expect("fixture")).expect("JSON");
    let messages = value["entry"][0]["changes"][0]["value"]["messages"]
        .as_array_mut()
        .expect("messages");
    let mut third = messages[0].clone();
    third["id"] = Value::from("wamid.REPLY3");
    messages.push(third);
    serde_json::to_vec(&value).expect("serializes")
}

/// The same JSON with the first character of every string written as a
/// `\u00XX` escape: equal values, but none of its text can be borrowed.
fn escaped(body: &[u8]) -> Vec<u8> {
    let text = std::str::from_utf8(body).expect("UTF-8");
    let mut out = String::with_capacity(text.len() * 2);
    let (mut in_string, mut escape, mut first) = (false, false, false);
    for c in text.chars() {
        if in_string && first && c.is_ascii_alphanumeric() {
            write!(out, "\\u{:04x}", u32::from(c)).expect("writes to a String");
            first = false;
            continue;
        }
        first = false;
        out.push(c);
        if escape {
            escape = false;
        } else if c == '\\' && in_string {
            escape = true;
        } else if c == '"' {
            in_string = !in_string;
            first = in_string;
        }
    }
    out.into_bytes()
}

/// The same body with a fourth message that lacks its id and timestamp.
fn with_a_malformed_message(body: &[u8]) -> Vec<u8> {
    let mut value: Value = serde_json::from_slice(body).expect("JSON");
    value["entry"][0]["changes"][0]["value"]["messages"]
        .as_array_mut()
        .expect("messages")
        .push(serde_json::json!({"from": "16505551234", "type": "text", "text": {"body": "?"}}));
    serde_json::to_vec(&value).expect("serializes")
}

fn replies(note: &webhook::Notification<'_>) -> usize {
    note.messages()
        .filter(|m| matches!(m.content, Content::Interactive(Reply::ListReply { .. })))
        .count()
}

fn parse(c: &mut Criterion) {
    let body = body();
    let escaped = escaped(&body);
    assert_eq!(
        serde_json::from_slice::<Value>(&escaped).expect("JSON"),
        serde_json::from_slice::<Value>(&body).expect("JSON"),
        "the escaped body must hold the same values"
    );
    assert_eq!(replies(&webhook::parse(&body).expect("parses")), 3);
    assert_eq!(replies(&webhook::parse(&escaped).expect("parses")), 3);
    let malformed = with_a_malformed_message(&body);
    let note = webhook::parse(&malformed).expect("parses");
    assert_eq!((replies(&note), note.malformed().count()), (3, 1));
    let mut g = c.benchmark_group("webhook_parse");
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("serde_json_value", |b| {
        b.iter(|| serde_json::from_slice::<Value>(black_box(&body)).expect("JSON"));
    });
    g.bench_function("typed_borrowed", |b| {
        b.iter(|| replies(&webhook::parse(black_box(&body)).expect("parses")));
    });
    g.bench_function("typed_every_string_escaped", |b| {
        b.iter(|| replies(&webhook::parse(black_box(&escaped)).expect("parses")));
    });
    g.bench_function("typed_one_item_malformed", |b| {
        b.iter(|| replies(&webhook::parse(black_box(&malformed)).expect("parses")));
    });
    g.finish();
}

fn signature(c: &mut Criterion) {
    let mut g = c.benchmark_group("webhook_signature");
    for size in [1024usize, 64 * 1024] {
        let body: Vec<u8> = (0..size).map(|i| b"{\"a\":1}"[i % 7]).collect();
        let header = webhook::signature_header(b"app-secret", &body);
        g.throughput(Throughput::Bytes(size as u64));
        g.bench_function(format!("verify_{}k", size / 1024), |b| {
            b.iter(|| {
                webhook::verify_signature(b"app-secret", black_box(&body), black_box(&header))
            });
        });
    }
    g.finish();
}

criterion_group!(benches, parse, signature);
criterion_main!(benches);
