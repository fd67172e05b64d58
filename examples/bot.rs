//! A WhatsApp bot on the webhook endpoint: a pizzeria whose menu is a list,
//! a pick answered with reply buttons, a pickup with a confirmation, a
//! delivery with a location request and, once the location is shared, a
//! confirmation. Users who hide their number behind a username are answered
//! through their BSUID. The conversation is in the `bot` module of the
//! examples' library.
//!
//! ```sh
//! # Offline: posts a signed conversation to itself and prints each answer.
//! APP_SECRET=dev VERIFY_TOKEN=dev cargo run --example bot --features bot -- --demo
//! # A server on 127.0.0.1:$PORT (3000) that prints the answers it would send.
//! APP_SECRET=dev VERIFY_TOKEN=dev cargo run --example bot --features bot
//! # Live: the answers go through the Cloud API.
//! WHATSAPP_TOKEN=… PHONE_NUMBER_ID=… APP_SECRET=… VERIFY_TOKEN=… cargo run --example bot --features bot
//! ```
//!
//! It refuses to start without `APP_SECRET` and `VERIFY_TOKEN`, and with
//! only one of `WHATSAPP_TOKEN` and `PHONE_NUMBER_ID`. `--demo` never sends.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use wa_interactive_examples::bot::{Bot, Sender, notification};
use wa_interactive_examples::webhook_server::{Config, listener, post_signed, router_with};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bot: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let var = |name: &str| std::env::var(name).ok();
    let config = Arc::new(Config::from_vars(var)?);
    if std::env::args().skip(1).any(|arg| arg == "--demo") {
        let (sender, bodies) = Sender::recording();
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let app = router_with(config, Bot::new(sender));
        tokio::spawn(async move { axum::serve(listener, app).await });
        let secret = var("APP_SECRET").unwrap_or_default();
        return demo(addr, secret.as_bytes(), bodies).await;
    }
    let sender = Sender::from_vars(var)?;
    match &sender {
        Sender::Live(client) => println!(
            "live: answers go to the Cloud API as {}",
            client.phone_number_id()
        ),
        Sender::DryRun(_) => println!(
            "dry run: answers are printed, not sent (set WHATSAPP_TOKEN and PHONE_NUMBER_ID to send)"
        ),
    }
    let listener = listener().await?;
    println!("listening on http://{}/webhook", listener.local_addr()?);
    axum::serve(listener, router_with(config, Bot::new(sender))).await?;
    Ok(())
}

/// Posts a conversation to the bot at `addr`, signed as Meta signs it, and
/// waits after each notification for the answers the bot said it would send,
/// so that they print in order.
async fn demo(
    addr: SocketAddr,
    app_secret: &[u8],
    mut bodies: mpsc::UnboundedReceiver<String>,
) -> Result<(), Box<dyn std::error::Error>> {
    for (what, message) in conversation() {
        println!("\n# {what}");
        let (status, log) = post_signed(addr, app_secret, &notification(&message)).await?;
        if status != 200 {
            return Err(format!("the bot answered {status}: {log}").into());
        }
        for _ in log.lines().filter(|line| line.starts_with("answering ")) {
            tokio::time::timeout(Duration::from_secs(5), bodies.recv())
                .await
                .map_err(|_| "an answer was not sent within 5 s")?
                .ok_or("the bot stopped")?;
        }
    }
    Ok(())
}

/// Ana writes from her phone number; Ben hides his behind a username, so
/// his messages carry only his BSUID.
fn conversation() -> Vec<(&'static str, Value)> {
    let ana = |id: &str, content: Value| message(json!({ "from": "15551234567" }), id, content);
    let ben = |id: &str, content: Value| {
        message(
            json!({ "from_user_id": "US.13491208655302741918" }),
            id,
            content,
        )
    };
    let pick = |row: &str, title: &str| {
        json!({ "type": "interactive", "interactive": {
            "type": "list_reply", "list_reply": { "id": row, "title": title } } })
    };
    let tap = |button: &str, title: &str| {
        json!({ "type": "interactive", "interactive": {
            "type": "button_reply", "button_reply": { "id": button, "title": title } } })
    };
    let text = |body: &str| json!({ "type": "text", "text": { "body": body } });
    let ben_pickup = ben("wamid.BEN3", tap("pickup", "I'll pick it up"));
    vec![
        (
            "Ana writes",
            ana("wamid.ANA1", text("Hi! Are you open tonight?")),
        ),
        (
            "Ana picks a pizza",
            ana("wamid.ANA2", pick("diavola", "Diavola")),
        ),
        (
            "Ana wants it delivered",
            ana("wamid.ANA3", tap("deliver", "Deliver to me")),
        ),
        (
            "Ana shares her location",
            ana(
                "wamid.ANA4",
                json!({ "type": "location", "location": {
                    "latitude": 40.782_864, "longitude": -73.965_355,
                    "name": "Central Park", "address": "New York, NY" } }),
            ),
        ),
        (
            "Ben writes, from a username",
            ben("wamid.BEN1", text("Anything without tomato?")),
        ),
        (
            "Ben picks a pizza",
            ben("wamid.BEN2", pick("quattro_formaggi", "Quattro formaggi")),
        ),
        ("Ben will pick it up", ben_pickup.clone()),
        ("Meta delivers Ben's tap again", ben_pickup),
    ]
}

/// A message object: the sender's identity, an id, and what it holds.
fn message(sender: Value, id: &str, content: Value) -> Value {
    let mut message = sender;
    message["id"] = id.into();
    message["timestamp"] = "1750000000".into();
    if let (Some(message), Value::Object(content)) = (message.as_object_mut(), content) {
        message.extend(content);
    }
    message
}
