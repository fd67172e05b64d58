//! Inbound webhooks: every fixture under `fixtures/` parses to the right
//! types, unknown types never fail a parse, garbage never panics, and the
//! signature check rejects each bad class.

use proptest::prelude::*;
use serde_json::{Value, json};
use wa_interactive::webhook::{
    self, AddressReply, CallEvent, Content, Error, PermissionResponse, Reply, SignatureError,
    StatusKind, verify_signature,
};
use wa_interactive::{OutgoingMessage, location_request};
use wa_interactive_tests::cases;

/// What each message of `note` holds, by a pattern every one must match.
macro_rules! contents {
    ($note:expr, $pattern:pat => $out:expr) => {
        $note
            .messages()
            .map(|m| match &m.content {
                $pattern => $out,
                other => panic!("{other:?}"),
            })
            .collect::<Vec<_>>()
    };
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every notification fixture (all but `not_whatsapp`, which is not one).
const FIXTURES: [&str; 22] = [
    "location",
    "button_reply",
    "list_reply",
    "flow_reply",
    "text",
    "statuses",
    "unknown_types",
    "several_entries",
    "username",
    "username_parent",
    "forwarded",
    "statuses_bsuid",
    "call_permission_reply",
    "order",
    "referred_product",
    "contacts",
    "address_reply",
    "calls_connect",
    "carousel_quick_reply",
    "system_user_id",
    "malformed_siblings",
    "media",
];

const BSUID: &str = "US.13491208655302741918";
const PARENT: &str = "US.ENT.11815799212886844830";

#[test]
fn the_seed_location_payload() {
    let body = fixture("location");
    let note = webhook::parse(&body).unwrap();
    let messages: Vec<_> = note.messages().collect();
    assert_eq!(messages.len(), 1);
    let m = messages[0];
    assert_eq!(
        (m.from.as_deref(), m.id.as_str(), m.timestamp.as_str()),
        (Some("123450"), "test-id", "16632")
    );
    assert_eq!((m.sender(), m.from_user_id.as_deref()), ("123450", None));
    assert_eq!(m.timestamp_secs(), Some(16632));
    let context = m.context.as_ref().unwrap();
    assert_eq!(
        (context.id.as_deref(), context.from.as_deref()),
        (Some("test-id"), Some("12345"))
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
    assert_eq!(contact.wa_id.as_deref(), Some("12345"));
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
        m.context.as_ref().unwrap().id.as_deref(),
        Some("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA")
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
    let replies = contents!(note, Content::Interactive(Reply::ListReply {
                id,
                title,
                description,
            }) => (id.as_str(), title.as_str(), description.as_deref()));
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
    assert!(matches!(
        m.from.as_ref().unwrap().0,
        std::borrow::Cow::Borrowed(_)
    ));
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
        (failed.id.as_str(), failed.recipient_id.as_deref()),
        ("wamid.SENT1", Some("16505551234"))
    );
    assert_eq!(failed.recipient(), Some("16505551234"));
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
fn media_and_reactions_are_typed_and_an_odd_one_is_kept_as_json() {
    let body = fixture("media");
    let note = webhook::parse(&body).unwrap();
    assert_eq!(note.malformed().count(), 0);
    let ms: Vec<_> = note.messages().collect();
    assert_eq!(ms.len(), 9);
    let Content::Image(image) = &ms[0].content else {
        panic!("{:?}", ms[0].content)
    };
    assert_eq!(image.caption.as_deref(), Some("Black jacket"));
    assert_eq!(image.mime_type.as_deref(), Some("image/jpeg"));
    assert_eq!(image.id.as_deref(), Some("1003383421387256"));
    assert!(
        image
            .url
            .as_deref()
            .unwrap()
            .starts_with("https://lookaside")
    );
    assert_eq!(
        image.sha256.as_deref(),
        Some("2ZULoIldEu0xV4Ma+s3DwCvDjxk5aFsL1HgPCoWoU+A=")
    );
    let kinds: Vec<Option<&str>> = ms
        .iter()
        .map(|m| m.content.media().map(|(kind, _)| kind))
        .collect();
    assert_eq!(
        kinds,
        [
            Some("image"),
            Some("video"),
            Some("audio"),
            Some("document"),
            Some("sticker"),
            None,
            None,
            Some("image"),
            None
        ]
    );
    assert!(matches!(&ms[2].content, Content::Audio(a) if a.voice == Some(true)));
    assert!(
        matches!(&ms[3].content, Content::Document(d) if d.filename.as_deref() == Some("lucky-shrub-invoice.pdf") && d.caption.as_deref() == Some("Lucky Shrub Invoice"))
    );
    assert!(matches!(&ms[4].content, Content::Sticker(s) if s.animated == Some(true)));
    let Content::Reaction(reaction) = &ms[5].content else {
        panic!("{:?}", ms[5].content)
    };
    assert_eq!(
        (reaction.message_id.as_deref(), reaction.emoji.as_deref()),
        (Some("wamid.SENT"), Some("😀"))
    );
    assert!(!reaction.is_removal());
    assert!(matches!(&ms[6].content, Content::Reaction(r) if r.is_removal()));
    // Every optional field absent.
    assert!(
        matches!(&ms[7].content, Content::Image(i) if i.id.as_deref() == Some("1003383421387260") && i.mime_type.is_none() && i.caption.is_none())
    );
    // Fields of other types than Meta documents: delivered with its JSON.
    assert!(
        matches!(&ms[8].content, Content::Other { kind, raw: Some(raw) } if kind == "audio" && raw.get().contains("\"voice\": \"yes\""))
    );
}

#[test]
fn a_media_or_reaction_key_before_type_is_kept_not_guessed() {
    // Read alone (not through `parse`), a message whose reaction object
    // comes before a `type` naming another key reads as its type says.
    let m: webhook::Message<'_> = serde_json::from_str(
        r#"{"from":"1","id":"x","timestamp":"1","reaction":{"emoji":"x"},"type":"text","text":{"body":"t"}}"#,
    )
    .unwrap();
    assert!(matches!(&m.content, Content::Text { body } if body == "t"));
    assert_eq!(m.extra[0].0, "reaction");
    let m: webhook::Message<'_> = serde_json::from_str(
        r#"{"from":"1","id":"x","timestamp":"1","image":{"id":"7"},"type":"image"}"#,
    )
    .unwrap();
    assert!(matches!(&m.content, Content::Image(i) if i.id.as_deref() == Some("7")));
}

#[test]
fn unknown_types_parse_as_other_and_keep_their_json() {
    let body = fixture("unknown_types");
    let note = webhook::parse(&body).unwrap();
    let contents: Vec<&Content<'_>> = note.messages().map(|m| &m.content).collect();
    // A reaction, typed since it was first in this fixture.
    match contents[0] {
        Content::Reaction(reaction) => {
            assert_eq!(reaction.emoji.as_deref(), Some("👍"));
            assert!(!reaction.is_removal());
        }
        other => panic!("{other:?}"),
    }
    match contents[1] {
        Content::Interactive(Reply::Other { kind, raw }) => {
            assert_eq!(kind, "payment_method");
            assert_eq!(
                raw.unwrap().parse::<Value>().unwrap()["reference_id"],
                "ref-1"
            );
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

#[test]
fn a_username_user_without_a_phone_number() {
    let body = fixture("username");
    let note = webhook::parse(&body).unwrap();
    assert_eq!(note.malformed().count(), 0);
    let m = note.messages().next().unwrap();
    assert_eq!(m.from, None);
    assert_eq!(m.from_user_id.as_deref(), Some(BSUID));
    assert_eq!(m.sender(), BSUID);
    assert!(
        matches!(&m.content, Content::Text { body } if body == "Does it come in another color?")
    );
    let contact = note.contacts().next().unwrap();
    assert_eq!(contact.wa_id, None);
    assert_eq!(contact.user_id.as_deref(), Some(BSUID));
    let profile = contact.profile.as_ref().unwrap();
    assert_eq!(profile.username.as_deref(), Some("realsheenanelson"));
    assert_eq!(profile.name.as_deref(), Some("Sheena Nelson"));

    // The answer goes to the BSUID, quoting the message.
    let answer = OutgoingMessage::reply(m, location_request! { body: "Where are you?" });
    let json: Value = serde_json::from_str(&answer.to_json()).unwrap();
    assert_eq!(json["recipient"], BSUID);
    assert_eq!(json.get("to"), None);
    assert_eq!(json["context"]["message_id"], m.id.as_str());
    // The same, spelled out: a BSUID read from a webhook is a recipient.
    let by_hand = OutgoingMessage::new(
        m.from_user_id.as_ref().unwrap(),
        location_request! { body: "Where are you?" },
    )
    .reply_to(&m.id);
    assert_eq!(by_hand, answer);
}

#[test]
fn parent_user_ids_an_empty_wa_id_and_a_context_from_a_user_id() {
    let body = fixture("username_parent");
    let note = webhook::parse(&body).unwrap();
    let m = note.messages().next().unwrap();
    assert_eq!(m.from_parent_user_id.as_deref(), Some(PARENT));
    let context = m.context.as_ref().unwrap();
    assert_eq!(
        context.from_user_id.as_deref(),
        Some("US.99887766554433221100")
    );
    assert_eq!(m.content.reply_id(), Some("confirm"));
    let contact = note.contacts().next().unwrap();
    // An early draft's `"wa_id": ""` means no phone number.
    assert_eq!(contact.wa_id, None);
    assert_eq!(contact.parent_user_id.as_deref(), Some(PARENT));
}

#[test]
fn a_reply_to_a_user_with_a_phone_number_goes_to_the_phone_number() {
    let body = fixture("forwarded");
    let note = webhook::parse(&body).unwrap();
    let m = note.messages().next().unwrap();
    assert_eq!(m.sender(), "16505551234");
    let answer = OutgoingMessage::reply(m, location_request! { body: "Where are you?" });
    assert_eq!(answer.to(), Some("16505551234"));
    assert_eq!(answer.reply_to_id(), Some("wamid.FWD1"));
}

#[test]
fn forwarded_messages_have_a_context_without_an_id() {
    let body = fixture("forwarded");
    let note = webhook::parse(&body).unwrap();
    assert_eq!(note.malformed().count(), 0);
    let contexts: Vec<_> = note
        .messages()
        .map(|m| m.context.clone().unwrap())
        .collect();
    assert_eq!(contexts.len(), 2);
    assert!(contexts[0].forwarded && !contexts[0].frequently_forwarded);
    assert!(!contexts[1].forwarded && contexts[1].frequently_forwarded);
    for c in &contexts {
        assert_eq!((c.id.as_ref(), c.from.as_ref()), (None, None));
    }
}

#[test]
fn statuses_to_a_bsuid_under_each_parent_id_name() {
    let body = fixture("statuses_bsuid");
    let note = webhook::parse(&body).unwrap();
    assert_eq!(note.malformed().count(), 0);
    let statuses: Vec<_> = note.statuses().collect();
    assert_eq!(statuses.len(), 5);
    for s in &statuses[..3] {
        assert_eq!(s.recipient_id, None);
        assert_eq!(s.recipient_user_id.as_deref(), Some(BSUID));
        assert_eq!(
            s.recipient_parent_user_id.as_deref(),
            Some(PARENT),
            "{}",
            s.id
        );
        assert_eq!(s.recipient(), Some(BSUID));
    }
    assert_eq!(statuses[3].recipient(), Some("16505551234"));
    assert_eq!(statuses[3].recipient_parent_user_id, None);
    assert_eq!(statuses[4].status, StatusKind::Failed);
    assert_eq!(statuses[4].errors[0].code, 131_062);
    // Contacts may accompany statuses.
    let contact = note.contacts().next().unwrap();
    assert_eq!(
        contact.profile.as_ref().unwrap().username.as_deref(),
        Some("pablomorales")
    );
}

#[test]
fn call_permission_replies_with_string_and_numeric_expiration() {
    let body = fixture("call_permission_reply");
    let note = webhook::parse(&body).unwrap();
    assert_eq!(note.malformed().count(), 0);
    let replies = contents!(note, Content::Interactive(Reply::CallPermissionReply {
        response,
        is_permanent,
        expiration_timestamp,
        response_source,
    }) => (
        response.clone(),
        *is_permanent,
        *expiration_timestamp,
        response_source.as_deref(),
    ));
    assert_eq!(
        replies,
        [
            (
                PermissionResponse::Accept,
                Some(false),
                Some(1_768_550_400),
                Some("user_action")
            ),
            (
                PermissionResponse::Accept,
                Some(false),
                Some(1_768_550_400),
                Some("automatic")
            ),
            (PermissionResponse::Reject, None, None, Some("user_action")),
        ]
    );
    // The automatic permission answers a call, not a message.
    let second = note.messages().nth(1).unwrap();
    assert_eq!(
        second.context.as_ref().unwrap().id.as_deref(),
        Some("wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh")
    );
}

#[test]
fn an_expiration_that_is_not_seconds_sets_the_reply_aside() {
    let body = fixture("call_permission_reply");
    let text = std::str::from_utf8(&body)
        .unwrap()
        .replace("\"1768550400\"", "\"next week\"");
    let note = webhook::parse(text.as_bytes()).unwrap();
    assert_eq!(note.messages().count(), 2);
    let bad = note.malformed().next().unwrap();
    assert_eq!(bad.path, "entry[0].changes[0].value.messages[0]");
    assert!(bad.reason.contains("next week"), "{}", bad.reason);
}

#[test]
fn an_order_with_a_decimal_price() {
    let body = fixture("order");
    let note = webhook::parse(&body).unwrap();
    let m = note.messages().next().unwrap();
    assert_eq!(m.context, None);
    let Content::Order(order) = &m.content else {
        panic!("{:?}", m.content)
    };
    assert_eq!(order.catalog_id, "194836987003835");
    assert_eq!(order.text.as_deref(), Some("Love these!"));
    let items: Vec<_> = order
        .product_items
        .iter()
        .map(|i| {
            (
                i.product_retailer_id.as_str(),
                i.quantity,
                i.item_price,
                i.currency.as_str(),
            )
        })
        .collect();
    assert_eq!(
        items,
        [
            ("di9ozbzfi4", 2, 7.99, "USD"),
            ("nqryix03ez", 1, 25.0, "USD")
        ]
    );
}

#[test]
fn a_question_about_a_product() {
    let body = fixture("referred_product");
    let note = webhook::parse(&body).unwrap();
    let m = note.messages().next().unwrap();
    let product = m
        .context
        .as_ref()
        .unwrap()
        .referred_product
        .as_ref()
        .unwrap();
    assert_eq!(product.catalog_id.as_deref(), Some("194836987003835"));
    assert_eq!(product.product_retailer_id.as_deref(), Some("di9ozbzfi4"));
    assert!(matches!(&m.content, Content::Text { body } if body == "Is this still available?"));
}

#[test]
fn shared_contacts_with_their_origin() {
    let body = fixture("contacts");
    let note = webhook::parse(&body).unwrap();
    let shared = contents!(note, Content::Contacts(contacts) => contacts);
    let requested = &shared[0][0];
    assert!(requested.is_contact_request());
    assert_eq!(requested.vcard, None);
    assert_eq!(
        requested.phones[0].phone.as_deref(),
        Some("+1 (650) 555-1234")
    );
    assert_eq!(requested.phones[0].wa_id.as_deref(), Some("16505551234"));
    assert_eq!(requested.phones[0].kind.as_deref(), Some("MOBILE"));
    let other = &shared[1][0];
    assert_eq!(other.origin.as_deref(), Some("other"));
    assert!(!other.is_contact_request());
    assert!(
        other
            .vcard
            .as_deref()
            .unwrap()
            .starts_with("BEGIN:VCARD\nVERSION:3.0")
    );
    let name: Value = other.extra[0].1.parse().unwrap();
    assert_eq!(
        (other.extra[0].0.as_str(), &name["first_name"]),
        ("name", &json!("Ana"))
    );
}

#[test]
fn an_address_reply_reads_as_typed_values() {
    let body = fixture("address_reply");
    let note = webhook::parse(&body).unwrap();
    let m = note.messages().next().unwrap();
    let Content::Interactive(reply) = &m.content else {
        panic!("{:?}", m.content)
    };
    assert!(
        matches!(reply, Reply::FlowReply { name: Some(name), .. } if name == "address_message")
    );
    let address: AddressReply = reply.address().unwrap().unwrap();
    assert_eq!(address.saved_address_id.as_deref(), Some("address1"));
    let v = &address.values;
    assert_eq!(v.in_pin_code.as_deref(), Some("400063"));
    assert_eq!(v.city.as_deref(), Some("Mumbai"));
    assert_eq!(v.building_name.as_deref(), Some(""));
    assert_eq!(v.floor_number.as_deref(), Some("8"));
    assert_eq!(v.state, None);
    assert!(v.other.is_empty());
    // A flow that is not an address form has no address.
    let flow = fixture("flow_reply");
    let flow = webhook::parse(&flow).unwrap();
    let Content::Interactive(reply) = &flow.messages().next().unwrap().content else {
        panic!()
    };
    assert!(reply.address().is_none());
}

#[test]
fn a_voice_call_button_tap_arrives_as_a_call() {
    let body = fixture("calls_connect");
    let note = webhook::parse(&body).unwrap();
    assert_eq!(note.malformed().count(), 0);
    assert_eq!(note.messages().count(), 0);
    let calls: Vec<_> = note.calls().collect();
    assert_eq!(calls.len(), 2);
    let connect = calls[0];
    assert_eq!(connect.id, "wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh");
    assert_eq!(connect.event, CallEvent::Connect);
    assert_eq!(connect.cta_payload.as_deref(), Some("order-4471"));
    assert_eq!(connect.direction.as_deref(), Some("USER_INITIATED"));
    assert_eq!(connect.sender(), Some("16315553602"));
    assert_eq!(connect.extra[0].0, "session");
    assert_eq!(calls[1].event, CallEvent::Terminate);
    assert_eq!(calls[1].sender(), Some(BSUID));
    assert_eq!(note.changes().next().unwrap().field, "calls");
}

#[test]
fn a_carousel_quick_reply_reads_the_same_either_way() {
    let body = fixture("carousel_quick_reply");
    let note = webhook::parse(&body).unwrap();
    let ids: Vec<_> = note.messages().map(|m| m.content.reply_id()).collect();
    assert_eq!(ids, [Some("learn-a"), Some("learn-b")]);
    let second = note.messages().nth(1).unwrap();
    assert!(
        matches!(&second.content, Content::Button { payload: Some(p), text: Some(t) } if p == "learn-b" && t == "Learn more")
    );
}

#[test]
fn a_system_message_reports_a_new_bsuid() {
    let body = fixture("system_user_id");
    let note = webhook::parse(&body).unwrap();
    let systems = contents!(note, Content::System(system) => system);
    assert!(systems[0].is_user_id_change());
    assert_eq!(
        systems[0].user_id.as_deref(),
        Some("US.55512345678901234567")
    );
    assert_eq!(systems[0].previous_user_id.as_deref(), Some(BSUID));
    assert_eq!(systems[0].previous_parent_user_id.as_deref(), Some(PARENT));
    assert!(!systems[1].is_user_id_change());
    assert_eq!(systems[1].kind.as_deref(), Some("user_changed_number"));
    assert_eq!(systems[1].wa_id.as_deref(), Some("12195555358"));
}

#[test]
fn a_malformed_item_is_set_aside_and_its_siblings_arrive() {
    let body = fixture("malformed_siblings");
    let note = webhook::parse(&body).unwrap();
    let ids: Vec<_> = note.messages().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["wamid.GOOD1", "wamid.GOOD2"]);
    let statuses: Vec<_> = note.statuses().map(|s| s.id.as_str()).collect();
    assert_eq!(statuses, ["wamid.S-GOOD"]);
    assert_eq!(note.contacts().count(), 1);
    let bad: Vec<_> = note.malformed().collect();
    assert_eq!(bad.len(), 2);
    assert_eq!(bad[0].path, "entry[0].changes[0].value.messages[1]");
    let raw: Value = bad[0].raw.parse().unwrap();
    assert_eq!(raw["id"], "wamid.BAD");
    assert!(bad[0].reason.contains("north"), "{}", bad[0].reason);
    assert_eq!(bad[1].path, "entry[1].changes[0].value.statuses[1]");
    assert_eq!(bad[1].raw.parse::<Value>().unwrap()["status"], 3);
    assert!(
        bad[1]
            .to_string()
            .starts_with("entry[1].changes[0].value.statuses[1]: invalid type")
    );
}

#[test]
fn malformed_entries_changes_and_metadata_are_set_aside_too() {
    let body = json!({"object": "whatsapp_business_account", "entry": [
        "not an entry",
        {"changes": []},
        {"id": "1", "changes": [
            {"field": "messages", "value": []},
            {"field": "messages", "value": {"metadata": {"phone_number_id": 7},
              "messages": [{"from": "1", "id": "wamid.OK", "timestamp": "1", "type": "text", "text": {"body": "hi"}}]}},
        ]},
    ]});
    let body = serde_json::to_vec(&body).unwrap();
    let note = webhook::parse(&body).unwrap();
    let paths: Vec<_> = note.malformed().map(|m| m.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "entry[0]",
            "entry[1]",
            "entry[2].changes[0]",
            "entry[2].changes[1].value.metadata"
        ]
    );
    assert_eq!(note.messages().next().unwrap().id, "wamid.OK");
    assert_eq!(note.changes().next().unwrap().metadata, None);
}

#[test]
fn items_are_read_leniently() {
    // Keys in any order, a repeated key, `null`s, an object under a key the
    // type does not name, a message with no sender.
    let body = br#"{"object":"whatsapp_business_account","entry":[{"id":"0","id":"1","changes":[{"field":"x","field":"messages","value":{
      "messages":[
        {"text":{"body":"payload first"},"type":"text","id":"wamid.A","id":"wamid.A2","timestamp":"1","from":"1",
         "location":{"latitude":1,"longitude":2},"errors":null,"context":null},
        {"interactive":{"button_reply":{"id":"b","title":"B"},"type":"button_reply"},"type":"interactive",
         "id":"wamid.B","timestamp":"2","from":"","from_user_id":"US.1"},
        {"id":"wamid.C","timestamp":"3","type":"text","text":{"body":"nobody"}}
      ],
      "messages":[{"from":"2","id":"wamid.D","timestamp":"4","type":"sticker","sticker":{"id":"s"}},
        {"location":{"latitude":1,"longitude":2},"type":"text","text":{"body":"read after all"},"from":"3","id":"wamid.E","timestamp":"5"},
        {"interactive":{"list_reply":{"id":"l","title":"L"},"button_reply":{"id":"b","title":"B"},"type":"button_reply"},
         "type":"interactive","from":"4","id":"wamid.F","timestamp":"6"}],
      "contacts":null,"unknown_list":[1,2]}}]}]}"#;
    let note = webhook::parse(body).unwrap();
    let ms: Vec<_> = note.messages().collect();
    assert_eq!(ms.len(), 5);
    assert_eq!(ms[0].id, "wamid.A2");
    assert!(matches!(&ms[0].content, Content::Text { body } if body == "payload first"));
    assert_eq!(ms[0].extra.len(), 1);
    assert_eq!(ms[0].extra[0].0, "location");
    assert_eq!(ms[0].extra[0].1.get(), r#"{"latitude":1,"longitude":2}"#);
    assert_eq!((ms[1].from.as_ref(), ms[1].sender()), (None, "US.1"));
    assert_eq!(ms[1].content.reply_id(), Some("b"));
    assert!(
        matches!(&ms[2].content, Content::Sticker(sticker) if sticker.id.as_deref() == Some("s") && sticker.mime_type.is_none())
    );
    // A payload before `type` that `type` does not name is kept.
    assert_eq!(ms[3].id, "wamid.E");
    assert!(matches!(&ms[3].content, Content::Text { body } if body == "read after all"));
    assert_eq!(ms[3].extra[0].0, "location");
    assert_eq!(ms[4].content.reply_id(), Some("b"));
    let bad: Vec<_> = note.malformed().collect();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].path, "entry[0].changes[0].value.messages[2]");
    assert!(
        bad[0].reason.contains("`from` or `from_user_id`"),
        "{}",
        bad[0].reason
    );
    let change = note.changes().next().unwrap();
    assert_eq!(change.extra[0].0, "unknown_list");
    assert_eq!(
        (note.entries[0].id.as_str(), change.field.as_str()),
        ("1", "messages")
    );
}

/// Appends a message that does not fit to the first change of `body`.
fn with_a_bad_message(body: &[u8]) -> Vec<u8> {
    let mut value: Value = serde_json::from_slice(body).unwrap();
    let change = &mut value["entry"][0]["changes"][0]["value"];
    let bad = json!({"id": 5});
    match change.get_mut("messages").and_then(Value::as_array_mut) {
        Some(messages) => messages.push(bad),
        None => change["messages"] = json!([bad]),
    }
    serde_json::to_vec(&value).unwrap()
}

#[test]
fn one_pass_and_item_by_item_read_every_fixture_alike() {
    // A bad item makes `parse` read the body again item by item: what it
    // delivers must be what the one-pass reading delivers.
    for name in FIXTURES {
        let body =
            serde_json::to_vec(&serde_json::from_slice::<Value>(&fixture(name)).unwrap()).unwrap();
        let whole = webhook::parse(&body).unwrap();
        let worse = with_a_bad_message(&body);
        let itemwise = webhook::parse(&worse).unwrap();
        assert_eq!(itemwise.entries, whole.entries, "{name}");
        assert_eq!(
            itemwise.malformed.len(),
            whole.malformed.len() + 1,
            "{name}"
        );
    }
}

#[test]
fn the_outgoing_envelope_through_any_serializer() {
    let ask = location_request! { body: "Where are you?" };
    for (recipient, key) in [
        ("15551234567", "to"),
        (BSUID, "recipient"),
        (PARENT, "recipient"),
    ] {
        for reply in [false, true] {
            let mut msg = OutgoingMessage::new(recipient, ask.clone());
            if reply {
                msg = msg.reply_to(String::from("wamid.IN"));
            }
            let value = serde_json::to_value(&msg).unwrap();
            assert_eq!(
                value,
                serde_json::from_str::<Value>(&msg.to_json()).unwrap()
            );
            assert_eq!(msg.to_json(), serde_json::to_string(&msg).unwrap());
            assert_eq!(value[key], recipient);
            assert_eq!(value.as_object().unwrap().len(), 5 + usize::from(reply));
            let back: OutgoingMessage = serde_json::from_value(value).unwrap();
            assert_eq!(back, msg);
        }
    }
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

/// The lists of items in a notification.
const LISTS: [&str; 4] = ["messages", "statuses", "contacts", "calls"];

/// The JSON pointer of every item of every list, with the list's name.
fn item_pointers(note: &Value) -> Vec<(&'static str, String)> {
    let mut pointers = Vec::new();
    for (e, entry) in note["entry"].as_array().into_iter().flatten().enumerate() {
        for (c, change) in entry["changes"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            for list in LISTS {
                for i in 0..change["value"][list].as_array().map_or(0, Vec::len) {
                    pointers.push((list, format!("/entry/{e}/changes/{c}/value/{list}/{i}")));
                }
            }
        }
    }
    pointers
}

/// The ids delivered in `list` (`messages` or `statuses`), and how many items were delivered
/// or set aside there.
fn delivered(note: &webhook::Notification<'_>, list: &str) -> (Vec<String>, usize) {
    let ids: Vec<String> = match list {
        "messages" => note.messages().map(|m| m.id.to_string()).collect(),
        "statuses" => note.statuses().map(|s| s.id.to_string()).collect(),
        "contacts" => note.contacts().map(|c| format!("{c:?}")).collect(),
        _ => note.calls().map(|c| c.id.to_string()).collect(),
    };
    let aside = note
        .malformed()
        .filter(|m| m.path.contains(&format!(".value.{list}[")))
        .count();
    let total = ids.len() + aside;
    (ids, total)
}

fn any_json() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,8}".prop_map(Value::from),
        Just(json!({})),
        Just(json!([])),
        Just(json!({"id": 1, "type": {}})),
        Just(json!([{"body": "x"}])),
    ]
}

/// Changes one item: `op` 0 replaces it, 1 removes one of its keys, 2 sets
/// one, 3 sets a key of one of its objects.
fn mutate_item(item: &mut Value, op: u8, key: prop::sample::Index, value: Value) {
    let Some(object) = item.as_object_mut() else {
        *item = value;
        return;
    };
    let keys: Vec<String> = object.keys().cloned().collect();
    if op == 0 || keys.is_empty() {
        *item = value;
        return;
    }
    let k = key.get(&keys).clone();
    match op {
        1 => {
            object.remove(&k);
        }
        2 => {
            object.insert(k, value);
        }
        _ => match object.get_mut(&k).and_then(Value::as_object_mut) {
            Some(inner) if !inner.is_empty() => {
                let inner_keys: Vec<String> = inner.keys().cloned().collect();
                inner.insert(key.get(&inner_keys).clone(), value);
            }
            _ => {
                object.insert(k, value);
            }
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(4096), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(body in proptest::collection::vec(any::<u8>(), 0..512), header in ".{0,80}") {
        let _ = webhook::parse(&body);
        let _ = verify_signature(b"secret", &body, &header);
        let _ = webhook::verify_subscription(&header, "token");
    }

    #[test]
    fn mutated_fixtures_never_panic(
        which in 0..=FIXTURES.len(),
        edits in proptest::collection::vec((any::<u8>(), any::<prop::sample::Index>(), any::<u8>()), 1..8),
    ) {
        let body = mutate(fixture([&FIXTURES[..], &["not_whatsapp"]].concat()[which]), &edits);
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

    #[test]
    fn a_mutated_item_never_costs_a_sibling(
        which in 0..FIXTURES.len(),
        pick in any::<prop::sample::Index>(),
        op in 0u8..4,
        key in any::<prop::sample::Index>(),
        value in any_json(),
    ) {
        let original: Value = serde_json::from_slice(&fixture(FIXTURES[which])).unwrap();
        let pointers = item_pointers(&original);
        prop_assume!(!pointers.is_empty());
        let (list, pointer) = pick.get(&pointers).clone();
        let mut mutated = original.clone();
        let item = mutated.pointer_mut(&pointer).unwrap();
        let old_id = item.get("id").cloned();
        mutate_item(item, op, key, value);
        let before = serde_json::to_vec(&original).unwrap();
        let after = serde_json::to_vec(&mutated).unwrap();
        let before = webhook::parse(&before).unwrap();
        // Only items changed: the notification still parses.
        let after = webhook::parse(&after).unwrap();
        for l in LISTS {
            let (ids_before, total_before) = delivered(&before, l);
            let (ids_after, total_after) = delivered(&after, l);
            // Every item is delivered or set aside, none vanishes.
            prop_assert_eq!(total_after, total_before, "{}", l);
            // Every sibling delivered before is delivered still.
            let mut lost: Vec<&String> = ids_before.iter().filter(|id| !ids_after.contains(id)).collect();
            if l == list && l == "contacts" {
                // A contact has no id: the changed one reads differently.
                prop_assert!(lost.len() <= 1, "{} lost {:?}", l, lost);
            } else if l == list {
                let old = old_id.as_ref().and_then(Value::as_str);
                lost.retain(|id| Some(id.as_str()) != old);
                prop_assert!(lost.is_empty(), "{} lost {:?}", l, lost);
            } else {
                prop_assert!(lost.is_empty(), "{} lost {:?}", l, lost);
            }
        }
    }
}

#[test]
fn parse_takes_the_body_as_bytes_or_text() {
    let bytes: Vec<u8> = fixture("text");
    let text = String::from_utf8(bytes.clone()).unwrap();
    let ids = |note: webhook::Notification<'_>| -> Vec<String> {
        note.messages().map(|m| m.id.to_string()).collect()
    };
    let expected = ids(webhook::parse(&bytes[..]).unwrap());
    assert!(!expected.is_empty());
    assert_eq!(ids(webhook::parse(&bytes).unwrap()), expected);
    assert_eq!(ids(webhook::parse(&text).unwrap()), expected);
    assert_eq!(ids(webhook::parse(text.as_str()).unwrap()), expected);
}

#[test]
fn the_senders_contact_is_found_by_phone_or_bsuid() {
    for name in ["text", "username", "username_parent"] {
        let body = fixture(name);
        let note = webhook::parse(&body).unwrap();
        for m in note.messages() {
            let contact = note
                .contact_of(m)
                .expect("the contact sent with the message");
            let by_phone = contact.wa_id.is_some() && contact.wa_id == m.from;
            let by_bsuid = contact.user_id.is_some() && contact.user_id == m.from_user_id;
            assert!(by_phone || by_bsuid, "{name}");
            assert!(contact.name().is_some(), "{name}");
        }
    }
}
