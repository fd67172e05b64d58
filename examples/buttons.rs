//! Reply buttons with each kind of header.
//!
//! `cargo run --example buttons`

use wa_interactive::{ButtonMessage, reply_buttons};

const TEXT: ButtonMessage = reply_buttons! {
    header: "Your order",
    body: "Confirm your order of 2 pizzas?",
    footer: "Reply within 10 minutes",
    buttons: [ { id: "confirm", title: "Confirm" }, { id: "change", title: "Change order" } ],
};

const RECEIPT: ButtonMessage = reply_buttons! {
    header: document { link: "https://example.com/receipt-42.pdf", filename: "receipt-42.pdf" },
    body: "Here is your receipt. Was everything all right?",
    buttons: [ { id: "good", title: "👍 All good" }, { id: "problem", title: "Report a problem" } ],
};

fn main() {
    for message in [&TEXT, &RECEIPT] {
        println!("{}", message.interactive_json());
    }
}
