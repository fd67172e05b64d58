//! The differential test of the macros' JSON: a generated corpus of 1,050
//! literal messages over all thirteen kinds (`build.rs`), compiled once.
//! The hidden constructors trust the macros and the compiler does not
//! check the JSON a literal carries, so this test is what proves it: for
//! every message, the JSON the macro wrote is byte for byte what
//! `serde_json::to_string` writes from the fields, and what the run-time
//! writer writes for the same message read back through `Deserialize`.

use std::borrow::Cow;
use std::collections::BTreeMap;

use wa_interactive::Interactive;

/// The generated corpus: raw strings with needless hashes are part of what
/// it exercises.
#[allow(clippy::all, clippy::pedantic, unreachable_pub)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/literal_corpus.rs"));
}
use generated::corpus;

#[test]
fn every_literal_carries_the_json_of_its_fields() {
    let corpus = corpus();
    assert!(corpus.len() >= 1_000, "{} messages", corpus.len());
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for (n, name, message) in &corpus {
        *kinds.entry(message.kind()).or_default() += 1;
        let carried = match message.interactive_json() {
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
        let read: Interactive = serde_json::from_str(carried)
            .unwrap_or_else(|e| panic!("M{n} ({name}) does not read back: {e}"));
        assert_eq!(&read, message, "M{n} ({name})");
        assert!(matches!(read.interactive_json(), Cow::Owned(_)));
        assert_eq!(
            read.interactive_json(),
            carried,
            "M{n} ({name}): the run-time writer"
        );
    }
    // All thirteen kinds, in numbers.
    assert_eq!(kinds.len(), 13, "{kinds:?}");
    assert!(kinds.values().all(|&count| count >= 75), "{kinds:?}");
}

#[test]
fn the_corpus_reaches_every_limit_and_every_escape() {
    use wa_interactive::text::Field;
    fn at_limit(field: Field, mut texts: impl Iterator<Item = String>) -> bool {
        let max = field.max_chars().unwrap();
        texts.any(|t| t.chars().count() == max)
    }
    let json: String = corpus()
        .iter()
        .map(|(_, _, m)| m.interactive_json().into_owned())
        .collect();
    for escape in [r#"\""#, r"\\", r"\n", r"\t", r"\r", r"\u0001", r"\u001f"] {
        assert!(json.contains(escape), "no {escape} in the corpus");
    }
    for text in ["\u{7f}", "é", "🍕", "\u{2028}"] {
        assert!(json.contains(text), "no {text:?} in the corpus");
    }
    // A body at its limit, and a row title at its limit, somewhere.
    let corpus = corpus();
    assert!(at_limit(
        Field::Body,
        corpus.iter().filter_map(|(_, _, m)| match m {
            Interactive::List(l) => Some(l.body().to_string()),
            _ => None,
        })
    ));
    assert!(at_limit(
        Field::RowTitle,
        corpus.iter().flat_map(|(_, _, m)| match m {
            Interactive::List(l) => l.rows().map(|r| r.title().to_string()).collect(),
            _ => Vec::new(),
        })
    ));
}
