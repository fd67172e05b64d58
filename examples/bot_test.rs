//! The bot example in a dry run, started on a free loopback port and sent
//! signed notifications over real HTTP: each answer is the request body it
//! would send, read from the dry run's channel.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::mpsc::UnboundedReceiver;
use wa_interactive_examples::bot::{Bot, Sender, SenderError, notification};
use wa_interactive_examples::webhook_server::{Config, post_signed, router_with};

const SECRET: &str = "app-secret";

/// A bot in a dry run on a loopback port, and the bodies it would send.
struct DryRun {
    addr: SocketAddr,
    bodies: UnboundedReceiver<String>,
}

impl DryRun {
    async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (sender, bodies) = Sender::recording();
        let config = Arc::new(Config::new(SECRET, "verify-token").unwrap());
        let app = router_with(config, Bot::new(sender));
        tokio::spawn(async move { axum::serve(listener, app).await });
        DryRun { addr, bodies }
    }

    /// POSTs `body` signed with the app secret: the status and the log.
    async fn post(&self, body: impl AsRef<[u8]>) -> (u16, String) {
        post_signed(self.addr, SECRET.as_bytes(), body.as_ref())
            .await
            .unwrap()
    }

    /// The next request body the bot would send.
    async fn next(&mut self) -> Value {
        let body = tokio::time::timeout(Duration::from_secs(5), self.bodies.recv())
            .await
            .expect("an answer within 5 s")
            .expect("the bot is running");
        serde_json::from_str(&body).unwrap()
    }

    /// POSTs `body`, expects 200, and returns the next request body.
    async fn answer(&mut self, body: impl AsRef<[u8]>) -> Value {
        let (status, log) = self.post(body).await;
        assert_eq!(status, 200, "{log}");
        self.next().await
    }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../tests/fixtures/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// A message from `from` with this id and content.
fn from(from: &str, id: &str, content: &Value) -> Vec<u8> {
    let mut message = json!({ "from": from, "id": id, "timestamp": "1750000000" });
    for (key, value) in content.as_object().unwrap() {
        message[key] = value.clone();
    }
    notification(&message)
}

fn pick(row: &str) -> Value {
    json!({ "type": "interactive", "interactive": {
        "type": "list_reply", "list_reply": { "id": row, "title": row } } })
}

fn tap(button: &str) -> Value {
    json!({ "type": "interactive", "interactive": {
        "type": "button_reply", "button_reply": { "id": button, "title": button } } })
}

/// Checks the envelope of an answer (to a phone number, quoting the message
/// answered) and returns its `interactive` object.
fn to<'a>(body: &'a Value, to: &str, answering: &str) -> &'a Value {
    assert_eq!(body["messaging_product"], "whatsapp");
    assert_eq!(body["to"], to, "{body}");
    assert_eq!(body.get("recipient"), None, "{body}");
    assert_eq!(body["context"]["message_id"], answering, "{body}");
    assert_eq!(body["type"], "interactive");
    &body["interactive"]
}

/// Checks that `interactive` is the menu: a list of the four pizzas.
fn assert_menu(interactive: &Value) {
    assert_eq!(interactive["type"], "list", "{interactive}");
    assert_eq!(interactive["action"]["button"], "See the menu");
    let rows: Vec<&Value> = interactive["action"]["sections"][0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| &row["id"])
        .collect();
    assert_eq!(
        rows,
        ["margherita", "diavola", "funghi", "quattro_formaggi"]
    );
}

/// Checks that `interactive` asks how `pizza` gets to the user.
fn assert_delivery_options(interactive: &Value, pizza: &str) {
    assert_eq!(interactive["type"], "button", "{interactive}");
    assert_eq!(
        interactive["body"]["text"],
        format!("One {pizza}. Shall we deliver it, or will you pick it up?")
    );
    let buttons: Vec<(&Value, &Value)> = interactive["action"]["buttons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| (&b["reply"]["id"], &b["reply"]["title"]))
        .collect();
    assert_eq!(
        buttons,
        [
            (&json!("deliver"), &json!("Deliver to me")),
            (&json!("pickup"), &json!("I'll pick it up")),
            (&json!("cancel"), &json!("Cancel")),
        ]
    );
}

/// Checks that `interactive` confirms order `order` with `text`.
fn assert_confirmation(interactive: &Value, order: u32, text: &str) {
    assert_eq!(interactive["type"], "cta_url", "{interactive}");
    assert_eq!(
        interactive["body"]["text"],
        format!("Order {order} confirmed: {text}")
    );
    assert_eq!(
        interactive["action"]["parameters"]["url"],
        format!("https://pizzeria.example/orders/{order}")
    );
}

#[tokio::test]
async fn a_text_gets_the_menu_a_pick_the_buttons_a_pickup_the_confirmation() {
    let mut bot = DryRun::start().await;
    let (status, log) = bot.post(fixture("text")).await;
    assert_eq!(status, 200, "{log}");
    assert_eq!(
        log,
        "\"16505551234\" wrote \"Café at 9? 🍕\"\nanswering \"16505551234\" with the menu\n"
    );
    assert_menu(to(&bot.next().await, "16505551234", "wamid.TEXT"));

    // Two picks in one notification: a pizza, then a row of an older menu.
    let picks = fixture("list_reply").replace("slot-0900", "funghi");
    let funghi = bot.answer(picks).await;
    assert_delivery_options(to(&funghi, "16505551234", "wamid.REPLY1"), "Funghi");
    assert_menu(to(&bot.next().await, "16505551234", "wamid.REPLY2"));

    let pickup = fixture("button_reply").replace(r#""id": "confirm""#, r#""id": "pickup""#);
    let (status, log) = bot.post(pickup).await;
    assert_eq!(status, 200, "{log}");
    assert!(
        log.ends_with("answering \"16505551234\" with the confirmation\n"),
        "{log}"
    );
    let tapped = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGCA3NjhBRjY5ODg1QjlFMzQ3MEU3M0JGRUQ0NTc5MDk1MgA=";
    assert_confirmation(
        to(&bot.next().await, "16505551234", tapped),
        1,
        "one Funghi, ready for pickup in 20 minutes.",
    );

    // The order is done: its buttons, tapped again, get the menu.
    let late = bot
        .answer(from("16505551234", "wamid.LATE", &tap("pickup")))
        .await;
    assert_menu(to(&late, "16505551234", "wamid.LATE"));
}

#[tokio::test]
async fn a_delivery_asks_for_the_location_and_its_answer_is_confirmed() {
    let mut bot = DryRun::start().await;
    // The sender of the location fixture picks a pizza and a delivery.
    let buttons = bot
        .answer(from("123450", "wamid.P", &pick("margherita")))
        .await;
    assert_delivery_options(to(&buttons, "123450", "wamid.P"), "Margherita");
    let ask = bot.answer(from("123450", "wamid.D", &tap("deliver"))).await;
    let ask = to(&ask, "123450", "wamid.D");
    assert_eq!(ask["type"], "location_request_message", "{ask}");
    assert_eq!(ask["action"]["name"], "send_location");

    let (status, log) = bot.post(fixture("location")).await;
    assert_eq!(status, 200, "{log}");
    assert_eq!(
        log,
        "\"123450\" is at 37.421996751527, -122.08407156636 answering \"test-id\"\n\
         answering \"123450\" with the confirmation\n"
    );
    assert_confirmation(
        to(&bot.next().await, "123450", "test-id"),
        1,
        "one Margherita on its way to Solomon R. Guggenheim Museum, \
         1071 5th Ave, New York, NY 10128, in about 30 minutes.",
    );

    // A location nobody asked for, and a delivery cancelled, get the menu.
    let unasked = fixture("location").replace(r#""id": "test-id""#, r#""id": "wamid.L2""#);
    assert_menu(to(&bot.answer(unasked).await, "123450", "wamid.L2"));
    let buttons = bot
        .answer(from("123450", "wamid.P2", &pick("diavola")))
        .await;
    assert_delivery_options(to(&buttons, "123450", "wamid.P2"), "Diavola");
    let cancelled = bot.answer(from("123450", "wamid.C", &tap("cancel"))).await;
    assert_menu(to(&cancelled, "123450", "wamid.C"));
    let late = bot
        .answer(from("123450", "wamid.D2", &tap("deliver")))
        .await;
    assert_menu(to(&late, "123450", "wamid.D2"));
}

#[tokio::test]
async fn a_user_with_a_username_is_answered_through_the_bsuid() {
    let mut bot = DryRun::start().await;
    let body = bot.answer(fixture("username")).await;
    assert_eq!(body["recipient"], "US.13491208655302741918", "{body}");
    assert_eq!(body.get("to"), None, "{body}");
    assert_eq!(
        body["context"]["message_id"],
        "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA="
    );
    assert_menu(&body["interactive"]);

    // The conversation goes on through the BSUID.
    let pick = notification(&json!({
        "from_user_id": "US.13491208655302741918", "id": "wamid.U2", "timestamp": "1750000000",
        "type": "interactive",
        "interactive": { "type": "list_reply", "list_reply": { "id": "quattro_formaggi", "title": "Quattro formaggi" } }
    }));
    let body = bot.answer(pick).await;
    assert_eq!(body["recipient"], "US.13491208655302741918", "{body}");
    assert_delivery_options(&body["interactive"], "Quattro formaggi");
}

#[tokio::test]
async fn malformed_items_are_logged_and_their_siblings_answered_with_200() {
    let mut bot = DryRun::start().await;
    let (status, log) = bot.post(fixture("malformed_siblings")).await;
    assert_eq!(status, 200, "{log}");
    assert!(
        log.contains("\nmalformed entry[0].changes[0].value.messages[1]: "),
        "{log}"
    );
    assert_menu(to(&bot.next().await, "16505551234", "wamid.GOOD1"));
    assert_menu(to(&bot.next().await, "16505551234", "wamid.GOOD2"));
}

#[tokio::test]
async fn a_message_is_answered_once_and_an_unsigned_one_never() {
    let mut bot = DryRun::start().await;
    assert_eq!(bot.post(fixture("text")).await.0, 200);
    // Meta delivers it again: 200, and no second answer.
    let (status, log) = bot.post(fixture("text")).await;
    assert_eq!(status, 200, "{log}");
    assert!(
        log.ends_with("\"wamid.TEXT\" was answered already\n"),
        "{log}"
    );
    // Signed with another secret: refused before anything is read.
    let username = fixture("username");
    let (status, _) = post_signed(bot.addr, b"guess", username.as_bytes())
        .await
        .unwrap();
    assert_eq!(status, 401);
    assert_eq!(bot.post(username).await.0, 200);
    // The answers, in order: the text's once, then the username's.
    assert_eq!(bot.next().await["context"]["message_id"], "wamid.TEXT");
    let body = bot.next().await;
    assert_eq!(body["recipient"], "US.13491208655302741918", "{body}");
    assert!(bot.bodies.try_recv().is_err());
}

#[test]
fn it_sends_live_only_with_a_token_and_a_phone_number_id() {
    let sender = |token: Option<&str>, id: Option<&str>| {
        Sender::from_vars(move |name| match name {
            "WHATSAPP_TOKEN" => token.map(str::to_owned),
            "PHONE_NUMBER_ID" => id.map(str::to_owned),
            _ => None,
        })
    };
    assert!(matches!(sender(None, None), Ok(Sender::DryRun(None))));
    assert!(matches!(
        sender(Some(""), Some("")),
        Ok(Sender::DryRun(None))
    ));
    match sender(Some("EAAG"), Some("106540352242922")) {
        Ok(Sender::Live(client)) => assert_eq!(client.phone_number_id(), "106540352242922"),
        _ => panic!("a live sender"),
    }
    let err: SenderError = sender(Some("EAAG"), None).err().unwrap();
    assert_eq!(
        err.to_string(),
        "WHATSAPP_TOKEN is set but PHONE_NUMBER_ID is not: \
         set both to send through the Cloud API, or neither for a dry run"
    );
    let err = sender(None, Some("106540352242922")).err().unwrap();
    assert!(
        err.to_string()
            .starts_with("PHONE_NUMBER_ID is set but WHATSAPP_TOKEN is not")
    );
}
