//! Inbound webhooks: every fixture under `fixtures/` parses to the right
//! types, unknown types never fail a parse, garbage never panics, and the
//! signature check rejects each bad class.

use proptest::prelude::*;
use serde_json::{Value, json};
use wa_interactive::webhook::{
    self, Content, Error, Reply, SignatureError, StatusKind, verify_signature,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const FIXTURES: [&str; 9] = [
    "location",
    "button_reply",
    "list_reply",
    "flow_reply",
    "text",
    "statuses",
    "unknown_types",
    "several_entries",
    "not_whatsapp",
];

#[test]
fn the_seed_location_payload() {
    let body = fixture("location");
    let note = webhook::parse(&body).unwrap();
    let messages: Vec<_> = note.messages().collect();
    assert_eq!(messages.len(), 1);
    let m = messages[0];
    assert_eq!(
        (m.from.as_str(), m.id.as_str(), m.timestamp.as_str()),
        ("123450", "test-id", "16632")
    );
    assert_eq!(m.timestamp_secs(), Some(16632));
    let context = m.context.as_ref().unwrap();
    assert_eq!(
        (context.id.as_str(), context.from.as_deref()),
        ("test-id", Some("12345"))
    );
    let Content::Location(loc) = &m.content else {
        panic!("{:?}", m.content)
    };
    assert!((loc.latitude - 37.421_996_751_527).abs() < 1e-12);
    assert!((loc.longitude + 122.084_071_566_36).abs() < 1e-12);
    assert_eq!(loc.name.as_deref(), Some("Solomon R. Guggenheim Museum"));
    assert_eq!(
        loc.address.as_deref(),
        Some("1071 5th Ave, New York, NY 10128")
    );
    let contact = note.contacts().next().unwrap();
    assert_eq!(contact.wa_id, "12345");
    assert_eq!(
        contact.profile.as_ref().unwrap().name.as_deref(),
        Some("John Doe")
    );
    let change = note.changes().next().unwrap();
    assert_eq!(change.metadata.as_ref().unwrap().phone_number_id, "12345");
    assert_eq!(change.field, "messages");
}

#[test]
fn a_button_reply() {
    let body = fixture("button_reply");
    let note = webhook::parse(&body).unwrap();
    let m = note.messages().next().unwrap();
    assert_eq!(
        m.context.as_ref().unwrap().id,
        "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA"
    );
    match &m.content {
        Content::Interactive(Reply::ButtonReply { id, title }) => {
            assert_eq!(id, "confirm");
            assert_eq!(title, "Yes, confirm");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn list_replies_with_and_without_a_description() {
    let body = fixture("list_reply");
    let note = webhook::parse(&body).unwrap();
    let replies: Vec<_> = note
        .messages()
        .map(|m| match &m.content {
            Content::Interactive(Reply::ListReply {
                id,
                title,
                description,
            }) => (id.as_str(), title.as_str(), description.as_deref()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        replies,
        [
            ("slot-0900", "09:00", Some("Dr. Ana Ruiz")),
            ("slot-1400", "14:00", None)
        ]
    );
}

#[test]
fn a_flow_reply_parses_its_response_on_request() {
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Booking {
        flow_token: String,
        party_size: u32,
        date: String,
    }
    let body = fixture("flow_reply");
    let note = webhook::parse(&body).unwrap();
    let m = note.messages().next().unwrap();
    let Content::Interactive(Reply::FlowReply {
        name,
        body,
        response_json,
    }) = &m.content
    else {
        panic!("{:?}", m.content)
    };
    assert_eq!(name.as_deref(), Some("flow"));
    assert_eq!(body.as_deref(), Some("Sent"));
    let value: Value = response_json.parse().unwrap();
    assert_eq!(value["party_size"], 4);
    let booking: Booking = response_json.parse().unwrap();
    assert_eq!(
        booking,
        Booking {
            flow_token: "booking-7f3a".into(),
            party_size: 4,
            date: "2026-12-24".into()
        }
    );
}

#[test]
fn text_with_escapes_is_unescaped() {
    let body = fixture("text");
    let note = webhook::parse(&body).unwrap();
    let m = note.messages().next().unwrap();
    assert_eq!(
        m.content,
        Content::Text {
            body: webhook::Str("Café at 9? 🍕".into())
        }
    );
    // Text without escapes is borrowed from the body; with escapes it is owned.
    assert!(matches!(m.from.0, std::borrow::Cow::Borrowed(_)));
    let Content::Text { body: text } = &m.content else {
        unreachable!()
    };
    assert!(matches!(text.0, std::borrow::Cow::Owned(_)));
}

#[test]
fn statuses_with_errors() {
    let body = fixture("statuses");
    let note = webhook::parse(&body).unwrap();
    let statuses: Vec<_> = note.statuses().collect();
    let kinds: Vec<_> = statuses.iter().map(|s| s.status.clone()).collect();
    assert_eq!(
        kinds,
        [
            StatusKind::Failed,
            StatusKind::Delivered,
            StatusKind::Read,
            StatusKind::Sent
        ]
    );
    let failed = statuses[0];
    assert_eq!(
        (failed.id.as_str(), failed.recipient_id.as_str()),
        ("wamid.SENT1", "16505551234")
    );
    let error = &failed.errors[0];
    assert_eq!(error.code, 131_047);
    assert_eq!(error.title.as_deref(), Some("Re-engagement message"));
    assert_eq!(error.message.as_deref(), Some("Re-engagement message"));
    assert!(
        error
            .error_data
            .as_ref()
            .unwrap()
            .details
            .as_deref()
            .unwrap()
            .starts_with("Message failed to send")
    );
    assert_eq!(
        statuses[1].biz_opaque_callback_data.as_deref(),
        Some("order-42")
    );
    let extra: Vec<&str> = statuses[1].extra.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(extra, ["conversation", "pricing"]);
    let pricing: Value = statuses[1].extra[1].1.parse().unwrap();
    assert_eq!(pricing["category"], "service");
}

#[test]
fn unknown_types_parse_as_other_and_keep_their_json() {
    let body = fixture("unknown_types");
    let note = webhook::parse(&body).unwrap();
    let contents: Vec<&Content<'_>> = note.messages().map(|m| &m.content).collect();
    match contents[0] {
        Content::Other { kind, raw } => {
            assert_eq!(kind, "reaction");
            let raw: Value = raw.unwrap().parse().unwrap();
            assert_eq!(raw["emoji"], "👍");
        }
        other => panic!("{other:?}"),
    }
    match contents[1] {
        Content::Interactive(Reply::Other { kind, raw }) => {
            assert_eq!(kind, "call_permission_reply");
            assert_eq!(raw.unwrap().parse::<Value>().unwrap()["response"], "accept");
        }
        other => panic!("{other:?}"),
    }
    match contents[2] {
        Content::Other { kind, raw } => assert_eq!((kind.as_str(), *raw), ("unsupported", None)),
        other => panic!("{other:?}"),
    }
    let unsupported = note.messages().nth(2).unwrap();
    assert_eq!(unsupported.errors[0].code, 131_051);
    // An interactive message with errors and no interactive type.
    match contents[3] {
        Content::Interactive(Reply::Other { kind, .. }) => assert_eq!(kind, ""),
        other => panic!("{other:?}"),
    }
    // A template's quick-reply button is not an interactive reply.
    assert_eq!(
        contents[4],
        &Content::Button {
            payload: Some(webhook::Str("STOP".into())),
            text: Some(webhook::Str("Stop promotions".into()))
        }
    );
    let status = note.statuses().next().unwrap();
    assert_eq!(
        status.status,
        StatusKind::Other(webhook::Str("deleted".into()))
    );
}

#[test]
fn several_entries_and_changes() {
    let body = fixture("several_entries");
    let note = webhook::parse(&body).unwrap();
    assert_eq!(note.entries.len(), 2);
    let ids: Vec<&str> = note.messages().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["wamid.A1", "wamid.B1", "wamid.B2"]);
    let statuses: Vec<&str> = note.statuses().map(|s| s.id.as_str()).collect();
    assert_eq!(statuses, ["wamid.S1"]);
    assert_eq!(note.contacts().count(), 3);
    let fields: Vec<&str> = note.changes().map(|c| c.field.as_str()).collect();
    assert_eq!(
        fields,
        ["messages", "messages", "account_update", "messages"]
    );
    let last = note.messages().last().unwrap();
    assert!(
        matches!(&last.content, Content::Interactive(Reply::ButtonReply { id, .. }) if id == "cancel")
    );
}

#[test]
fn only_what_is_not_a_whatsapp_notification_fails() {
    let err = webhook::parse(&fixture("not_whatsapp")).unwrap_err();
    assert!(
        matches!(&err, Error::NotWhatsApp { object } if object == "page"),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "not a WhatsApp notification: `object` is \"page\", not \"whatsapp_business_account\""
    );
    for body in [
        &b""[..],
        b"null",
        b"[]",
        b"{}",
        b"\xff\xfe",
        b"{\"object\":\"whatsapp_business_account\"}",
    ] {
        assert!(
            matches!(webhook::parse(body), Err(Error::Malformed(_))),
            "{body:?}"
        );
    }
    let empty = webhook::parse(br#"{"object":"whatsapp_business_account","entry":[]}"#).unwrap();
    assert_eq!(empty.messages().count(), 0);
}

#[test]
fn signatures() {
    let body = fixture("button_reply");
    // Computed independently (Python's hmac module) over the fixture's bytes.
    let header = "sha256=6898b1c95de0a0f8deac333c6ce3ec2e198b9c7eea58a06a5d8df69f2c67d9e6";
    assert_eq!(verify_signature(b"app-secret", &body, header), Ok(()));
    assert_eq!(webhook::signature_header(b"app-secret", &body), header);
    // An empty app secret is a configuration error, even with a signature
    // computed under it (HMAC-SHA256 of "" under "").
    assert_eq!(
        verify_signature(
            b"",
            b"",
            "sha256=b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"
        ),
        Err(SignatureError::EmptySecret)
    );
    assert_eq!(
        verify_signature(b"app-secret", &body, ""),
        Err(SignatureError::Missing)
    );
    assert_eq!(
        verify_signature(b"app-secret", &body, &header.replace("sha256", "sha1")),
        Err(SignatureError::WrongScheme)
    );
    assert_eq!(
        verify_signature(b"app-secret", &body, &header[..40]),
        Err(SignatureError::Malformed)
    );
    assert_eq!(
        verify_signature(b"wrong-secret", &body, header),
        Err(SignatureError::Mismatch)
    );
    // Re-serialized JSON is not the body that was signed.
    let reserialized =
        serde_json::to_vec(&serde_json::from_slice::<Value>(&body).unwrap()).unwrap();
    assert_eq!(
        verify_signature(b"app-secret", &reserialized, header),
        Err(SignatureError::Mismatch)
    );
}

fn mutate(mut bytes: Vec<u8>, edits: &[(u8, prop::sample::Index, u8)]) -> Vec<u8> {
    for (op, at, byte) in edits {
        if bytes.is_empty() {
            bytes.push(*byte);
            continue;
        }
        let i = at.index(bytes.len());
        match op % 4 {
            0 => bytes[i] = *byte,
            1 => {
                bytes.remove(i);
            }
            2 => bytes.insert(i, *byte),
            _ => bytes.truncate(i),
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4096, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(body in proptest::collection::vec(any::<u8>(), 0..512), header in ".{0,80}") {
        let _ = webhook::parse(&body);
        let _ = verify_signature(b"secret", &body, &header);
        let _ = webhook::verify_subscription(&header, "token");
    }

    #[test]
    fn mutated_fixtures_never_panic(
        which in 0..FIXTURES.len(),
        edits in proptest::collection::vec((any::<u8>(), any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let body = mutate(fixture(FIXTURES[which]), &edits);
        if let Ok(note) = webhook::parse(&body) {
            // Whatever parsed can be walked.
            let _ = note.messages().count() + note.statuses().count() + note.contacts().count();
        }
    }

    #[test]
    fn json_of_the_right_shape_with_random_values_never_panics(
        kind in prop_oneof![
            Just("text".to_owned()), Just("interactive".to_owned()), Just("location".to_owned()),
            Just("button".to_owned()), ".{0,12}",
        ],
        reply in prop_oneof![
            Just("button_reply".to_owned()), Just("list_reply".to_owned()), Just("nfm_reply".to_owned()), ".{0,12}",
        ],
        value in prop_oneof![Just(json!(null)), Just(json!(1.5)), Just(json!("s")), Just(json!({})), Just(json!([]))],
    ) {
        let body = json!({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
            "messages": [{"from": "1", "id": "w", "timestamp": "1", "type": kind, (kind.clone()): value.clone(),
                          "interactive": {"type": reply, (reply.clone()): value.clone()}}],
            "statuses": [{"id": "w", "status": kind, "timestamp": "1", "recipient_id": "1", "errors": value}]
        }}]}]});
        let _ = webhook::parse(&serde_json::to_vec(&body).unwrap());
    }
}
