//! A location request: a body and a "Send location" button.
//!
//! `cargo run --example location`

use wa_interactive::{LocationRequest, OutgoingMessage, location_request};

static WHERE: LocationRequest = location_request! {
    body: "Let us start with your pickup. Share your location, or type an address.",
};

fn main() {
    let request =
        OutgoingMessage::new("15551234567", WHERE.clone()).reply_to("wamid.HBgLMTU1NTEyMzQ1Njc");
    println!("{}", request.to_json());
}
