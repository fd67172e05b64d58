//! Flow messages: navigate to a first screen, or ask the endpoint (`data_exchange`).
//!
//! `cargo run --example flow`

use serde_json::json;
use wa_interactive::{FlowMessage, flow_message};

static SIGN_UP: FlowMessage = flow_message! {
    header: "Join our club",
    body: "Sign up in under a minute.",
    flow_id: "1234567890123456",
    flow_cta: "Sign up",
    mode: "draft",
    flow_token: "signup-2f9c",
    flow_action: "navigate",
    flow_action_payload: { screen: "WELCOME" },
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("{}", SIGN_UP.interactive_json());

    // Initial data for the first screen is dynamic: use the builder.
    let serde_json::Value::Object(data) = json!({ "name": "Ana", "tier": "gold" }) else {
        unreachable!("a JSON object literal")
    };
    let profile = FlowMessage::builder()
        .body("Review your profile")
        .flow_name("profile")
        .flow_cta("Review")
        .navigate("PROFILE")
        .data(data)
        .build()?;
    println!("{}", profile.interactive_json());
    Ok(())
}
