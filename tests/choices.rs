//! Typed choices: a derived enum's options, its ids mapped back, and the
//! replies of webhook fixtures routed to its variants.

use wa_interactive::webhook::{self, Content};
use wa_interactive::{Choice, Choices, Interactive, ListMessage, interactive_list, reply_buttons};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The answers of `button_reply.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Choices)]
enum Confirm {
    #[choice(title = "Yes, confirm")]
    Confirm,
    #[choice(title = "No, cancel")]
    Cancel,
}

/// The slots of `list_reply.json`, with ids given and titles defaulted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Choices)]
enum Slot {
    #[choice(id = "slot-0900", title = "09:00", description = "Dr. Ana Ruiz")]
    Morning,
    #[choice(id = "slot-1400")]
    EarlyAfternoon,
}

#[derive(Debug, PartialEq, Eq, Choices)]
enum Defaults {
    HomeDelivery,
    SendSMS,
    #[choice(description = "Only a description")]
    r#Type,
}

/// The choice of every interactive reply in a fixture, in order.
fn picked<C: Choices>(name: &str) -> Vec<Option<C>> {
    let body = fixture(name);
    let note = webhook::parse(&body).unwrap();
    note.messages()
        .filter_map(|m| match &m.content {
            Content::Interactive(reply) => Some(C::from_reply(reply)),
            _ => None,
        })
        .collect()
}

#[test]
fn options_are_constant_data_in_declaration_order() {
    const CHOICES: &[Choice] = Slot::CHOICES;
    let shown: Vec<_> = CHOICES
        .iter()
        .map(|c| (c.id(), c.title(), c.description()))
        .collect();
    assert_eq!(
        shown,
        [
            ("slot-0900", "09:00", Some("Dr. Ana Ruiz")),
            ("slot-1400", "Early afternoon", None),
        ]
    );
    let defaults: Vec<_> = Defaults::CHOICES
        .iter()
        .map(|c| (c.id(), c.title(), c.description()))
        .collect();
    assert_eq!(
        defaults,
        [
            ("home_delivery", "Home delivery", None),
            ("send_sms", "Send SMS", None),
            ("type", "Type", Some("Only a description")),
        ]
    );
}

#[test]
fn ids_map_back_to_variants() {
    for (i, choice) in Confirm::CHOICES.iter().enumerate() {
        let variant = Confirm::from_id(choice.id()).unwrap();
        assert_eq!(variant.index(), i);
        assert_eq!(variant.id(), choice.id());
        assert_eq!(variant.choice(), choice);
        assert_eq!(Confirm::from_index(i), Some(variant));
    }
    assert_eq!(Confirm::from_index(2), None);
    assert_eq!(Defaults::from_id("send_sms"), Some(Defaults::SendSMS));
    for unknown in ["", "Confirm", "confirm ", "cancel\n", "slot-0900"] {
        assert_eq!(Confirm::from_id(unknown), None, "{unknown:?}");
    }
}

#[test]
fn button_and_list_replies_are_routed_by_match() {
    let routed: Vec<&str> = picked::<Confirm>("button_reply")
        .into_iter()
        .map(|choice| match choice {
            Some(Confirm::Confirm) => "confirm",
            Some(Confirm::Cancel) => "cancel",
            None => "unknown",
        })
        .collect();
    assert_eq!(routed, ["confirm"]);
    assert_eq!(
        picked::<Slot>("list_reply"),
        [Some(Slot::Morning), Some(Slot::EarlyAfternoon)]
    );
}

#[test]
fn other_replies_and_unknown_ids_are_none() {
    // A list reply is not a `Confirm`, whose ids differ.
    assert_eq!(picked::<Confirm>("list_reply"), [None, None]);
    assert_eq!(picked::<Slot>("button_reply"), [None]);
    // A flow reply and interactive types this version does not parse.
    assert!(picked::<Slot>("flow_reply").iter().all(Option::is_none));
    let unknown = picked::<Slot>("unknown_types");
    assert!(!unknown.is_empty());
    assert!(unknown.iter().all(Option::is_none));
}

#[test]
fn an_enum_is_the_options_of_a_literal_message() {
    static MENU: ListMessage = interactive_list! {
        body: "When?",
        button: "Slots",
        sections: [
            { title: "Slots", rows: Slot },
            { title: "Other", rows: [ { id: "other", title: "Another time" } ] },
        ],
    };
    let ask = reply_buttons! { body: "Sure?", buttons: Confirm };
    let golden = serde_json::json!({
        "type": "list",
        "body": { "text": "When?" },
        "action": {
            "button": "Slots",
            "sections": [
                { "title": "Slots", "rows": [
                    { "id": "slot-0900", "title": "09:00", "description": "Dr. Ana Ruiz" },
                    { "id": "slot-1400", "title": "Early afternoon" },
                ] },
                { "title": "Other", "rows": [ { "id": "other", "title": "Another time" } ] },
            ],
        },
    });
    assert_eq!(serde_json::to_value(&MENU).unwrap(), golden);
    let json: serde_json::Value = serde_json::from_str(&MENU.interactive_json()).unwrap();
    assert_eq!(json, golden);
    assert_eq!(
        serde_json::to_value(&ask).unwrap()["action"]["buttons"],
        serde_json::json!([
            { "type": "reply", "reply": { "id": "confirm", "title": "Yes, confirm" } },
            { "type": "reply", "reply": { "id": "cancel", "title": "No, cancel" } },
        ])
    );
    // The message made from an enum is valid by every path's rules.
    let back: Interactive = serde_json::from_value(golden).unwrap();
    assert_eq!(back, Interactive::from(MENU.clone()));
}
