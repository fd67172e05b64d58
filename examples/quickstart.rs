//! One message of each kind, written as compile-checked literals and
//! printed as the request body posted to
//! `/{version}/{phone-number-id}/messages`. Runs offline.
//!
//! `cargo run --example quickstart`

use wa_interactive::text::Body;
use wa_interactive::{
    ButtonMessage, Interactive, ListMessage, OutgoingMessage, cta_url, flow_message,
    interactive_list, location_request, reply_buttons,
};
use wa_interactive::{address_message, call_permission_request, request_contact_info, voice_call};

/// A literal message is a constant: no allocation, its JSON rendered at compile time.
static MENU: ListMessage = interactive_list! {
    header: "Book an appointment",
    body: "Pick a time that suits you.",
    footer: "Times are local",
    button: "View slots",
    sections: [
        {
            title: "Morning",
            rows: [
                { id: "slot-0900", title: "09:00", description: "Dr. Ana Ruiz" },
                { id: "slot-1000", title: "10:00" },
            ],
        },
        {
            title: "Afternoon",
            rows: [ { id: "slot-1400", title: "14:00" } ],
        },
    ],
};

static CONFIRM: ButtonMessage = reply_buttons! {
    header: image { link: "https://example.com/cake.png" },
    body: "Confirm your order?",
    buttons: [
        { id: "confirm", title: "Yes, confirm" },
        { id: "cancel", title: "No, cancel" },
    ],
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Text known only at run time has its checked type, which `new` checks.
    let parcel = 42;
    let tracking = Body::new(format!("Parcel {parcel} is on its way."))?;

    let messages: [(&str, Interactive); 5] = [
        ("list", MENU.clone().into()),
        ("reply buttons", CONFIRM.clone().into()),
        ("location request", location_request! { body: "Where should we deliver your order?" }.into()),
        (
            "CTA URL",
            cta_url! { body: tracking, display_text: "Track parcel", url: "https://example.com/track/42" }.into(),
        ),
        (
            "flow",
            flow_message! {
                body: "Book your table in a few taps.",
                flow_name: "table_booking",
                flow_cta: "Book now",
                flow_token: "booking-7f3a",
                flow_action: "navigate",
                flow_action_payload: { screen: "WELCOME" },
            }
            .into(),
        ),
    ];
    for (kind, message) in messages.into_iter().chain(calls_contact_and_address()) {
        let request = OutgoingMessage::new("15551234567", message);
        let pretty = serde_json::to_string_pretty(&serde_json::to_value(&request)?)?;
        println!("# {kind}\n{pretty}\n");
    }

    // Structure known only at run time goes through a builder, which
    // checks the same rules and reports every problem.
    let err = ButtonMessage::builder()
        .body("Choose one")
        .button("a", "This title is far too long for a button")
        .button("a", "Two")
        .build()
        .unwrap_err();
    println!("# a rejected run-time message\n{err}");
    Ok(())
}

/// Contact-info requests, call permission requests, voice call buttons and
/// address messages.
fn calls_contact_and_address() -> Vec<(&'static str, Interactive)> {
    vec![
        (
            "contact-info request",
            request_contact_info! { body: "To continue, please share your phone number with us." }
                .into(),
        ),
        (
            "call permission request",
            call_permission_request! { body: "We would like to call you about your order ON-12853." }
                .into(),
        ),
        (
            "voice call",
            voice_call! {
                body: "You can call us on WhatsApp now for faster service!",
                display_text: "Call on WhatsApp",
                ttl_minutes: 100,
            }
            .into(),
        ),
        (
            "address message",
            address_message! {
                body: "Thanks for your order! Tell us what address you'd like this order delivered to.",
                country: "IN",
                values: { name: "Ana Ruiz", in_pin_code: "400063", city: "Mumbai" },
            }
            .into(),
        ),
    ]
}
