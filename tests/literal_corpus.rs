//! The differential test of the macros' JSON: a generated corpus of 1,125
//! literal messages over all thirteen interactive kinds and text messages
//! (`build.rs`), compiled once. The hidden constructors trust the macros
//! and the compiler does not check the JSON a literal carries, so this test
//! is what proves it: for every message, the JSON the macro wrote is byte
//! for byte what `serde_json::to_string` writes from the fields, and what
//! the run-time writer writes for the same message read back through
//! `Deserialize`.

use std::borrow::Cow;
use std::collections::BTreeMap;

use wa_interactive::{Message, OutgoingMessage};

/// The generated corpus: raw strings with needless hashes are part of what
/// it exercises.
#[allow(clippy::all, clippy::pedantic, unreachable_pub)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/literal_corpus.rs"));
}
use generated::corpus;

/// The message's kind: the interactive object's `type`, or `text`.
fn kind(message: &Message) -> &'static str {
    message.interactive().map_or(message.kind(), |m| m.kind())
}

#[test]
fn every_literal_carries_the_json_of_its_fields() {
    let corpus = corpus();
    assert!(corpus.len() >= 1_000, "{} messages", corpus.len());
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for (n, name, message) in &corpus {
        *kinds.entry(kind(message)).or_default() += 1;
        let carried = match message.payload_json() {
            Cow::Borrowed(json) => json,
            Cow::Owned(_) => panic!("M{n} ({name}) carries no JSON"),
        };
        let serialized = serde_json::to_string(message).unwrap();
        assert_eq!(
            carried, serialized,
            "M{n} ({name}): the macro's JSON against Serialize"
        );
        // The same message read back is valid by every rule, equal to the
        // literal, and the run-time writer writes the same bytes.
        let request = OutgoingMessage::new("15551234567", message.clone()).to_json();
        let read: OutgoingMessage = serde_json::from_str(&request)
            .unwrap_or_else(|e| panic!("M{n} ({name}) does not read back: {e}"));
        assert_eq!(read.message(), message, "M{n} ({name})");
        assert!(matches!(read.message().payload_json(), Cow::Owned(_)));
        assert_eq!(
            read.message().payload_json(),
            carried,
            "M{n} ({name}): the run-time writer"
        );
        assert_eq!(read.to_json(), request, "M{n} ({name}): the request body");
    }
    // All thirteen interactive kinds and text, in numbers.
    assert_eq!(kinds.len(), 14, "{kinds:?}");
    assert!(kinds.values().all(|&count| count >= 75), "{kinds:?}");
}

#[test]
fn the_corpus_reaches_every_limit_and_every_escape() {
    use wa_interactive::Interactive;
    use wa_interactive::text::Field;
    fn at_limit(field: Field, mut texts: impl Iterator<Item = String>) -> bool {
        let max = field.max_chars().unwrap();
        texts.any(|t| t.chars().count() == max)
    }
    let json: String = corpus()
        .iter()
        .map(|(_, _, m)| m.payload_json().into_owned())
        .collect();
    for escape in [r#"\""#, r"\\", r"\n", r"\t", r"\r", r"\u0001", r"\u001f"] {
        assert!(json.contains(escape), "no {escape} in the corpus");
    }
    for text in ["\u{7f}", "é", "🍕", "\u{2028}"] {
        assert!(json.contains(text), "no {text:?} in the corpus");
    }
    // A body at its limit, a row title at its limit, a text at its limit.
    let corpus = corpus();
    let lists = || {
        corpus.iter().filter_map(|(_, _, m)| match m.interactive() {
            Some(Interactive::List(l)) => Some(l),
            _ => None,
        })
    };
    assert!(at_limit(Field::Body, lists().map(|l| l.body().to_string())));
    assert!(at_limit(
        Field::RowTitle,
        lists().flat_map(|l| l.rows().map(|r| r.title().to_string()).collect::<Vec<_>>())
    ));
    assert!(at_limit(
        Field::TextBody,
        corpus.iter().filter_map(|(_, _, m)| match m {
            Message::Text(t) => Some(t.body().to_string()),
            _ => None,
        })
    ));
}
