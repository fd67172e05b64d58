//! The bot of the bot example: a pizzeria that answers on the webhook
//! endpoint of [`webhook_server`](crate::webhook_server).
//!
//! The conversation:
//! - a text gets the menu, a list whose rows are the [`Pizza`] enum;
//! - a pizza picked from it gets reply buttons, the [`Fulfilment`] enum;
//! - "I'll pick it up" gets a confirmation (a link to track the order);
//! - "Deliver to me" gets a location request, and the location shared in
//!   answer gets the confirmation;
//! - "Cancel", or a reply the bot does not know (to an older message, say),
//!   gets the menu again.
//!
//! A reply is routed by a `match` on the enums (`from_reply`), never by
//! comparing ids. Every answer goes to the sender through
//! [`OutgoingMessage::reply`]: to their phone number, or to their BSUID
//! (`"recipient"`) when they hide their number behind a username.
//!
//! The webhook is answered at once; the answers are sent afterwards, in
//! order, by one task (see [`Bot::new`]), so a slow API never makes Meta
//! deliver the notification again. A message delivered twice all the same
//! (Meta delivers at least once) is answered once: the bot remembers the
//! ids of the last [`Bot::REMEMBERED`] messages it answered.

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt::{self, Write as _};
use std::sync::Mutex;

use tokio::sync::mpsc;
use wa_interactive::client::Client;
use wa_interactive::text::{Body, TextError, Url};
use wa_interactive::webhook::{Content, Location, Message, Notification, Reply};
use wa_interactive::{
    Choices, Interactive, ListMessage, LocationRequest, OutgoingMessage, cta_url, interactive_list,
    location_request, reply_buttons,
};

use crate::webhook_server::{Handler, report};

/// The menu's rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Choices)]
pub enum Pizza {
    /// `margherita`.
    #[choice(description = "Tomato, mozzarella, basil")]
    Margherita,
    /// `diavola`.
    #[choice(description = "Spicy salami, chili, mozzarella")]
    Diavola,
    /// `funghi`.
    #[choice(description = "Mushrooms, mozzarella, thyme")]
    Funghi,
    /// `quattro_formaggi`.
    #[choice(title = "Quattro formaggi", description = "Four cheeses, no tomato")]
    QuattroFormaggi,
}

/// The buttons a pizza picked from the menu is answered with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Choices)]
pub enum Fulfilment {
    /// `deliver`: the bot asks where to.
    #[choice(title = "Deliver to me")]
    Deliver,
    /// `pickup`: the order is confirmed.
    #[choice(title = "I'll pick it up")]
    Pickup,
    /// `cancel`: the menu again.
    Cancel,
}

/// What a text is answered with.
pub static MENU: ListMessage = interactive_list! {
    header: "Pizzeria Napoli",
    body: "Hi! What would you like today?",
    footer: "Ready in 20 minutes",
    button: "See the menu",
    sections: [ { title: "Pizzas", rows: Pizza } ],
};

/// What "Deliver to me" is answered with.
pub const WHERE_TO: LocationRequest = location_request! {
    body: "Where should we bring it? Share the location with the button below.",
};

/// The buttons that ask how the pizza gets to the user.
fn how(pizza: Pizza) -> Result<Interactive, TextError> {
    let body = format!(
        "One {}. Shall we deliver it, or will you pick it up?",
        pizza.choice().title()
    );
    Ok(reply_buttons! { body: Body::new(body)?, buttons: Fulfilment }.into())
}

/// The confirmation of order number `order`: what was ordered and a link
/// to follow it.
fn confirmation(order: u32, text: &str) -> Result<Interactive, TextError> {
    Ok(cta_url! {
        body: Body::new(format!("Order {order} confirmed: {text}"))?,
        display_text: "Track order",
        url: Url::new(format!("https://pizzeria.example/orders/{order}"))?,
    }
    .into())
}

/// Where a shared location is, in words: its name and address as the user's
/// phone gave them, else its coordinates.
fn place(loc: &Location<'_>) -> String {
    match (loc.name.as_deref(), loc.address.as_deref()) {
        (Some(name), Some(address)) => format!("{name}, {address}"),
        (Some(text), None) | (None, Some(text)) => text.to_owned(),
        (None, None) => format!("{}, {}", loc.latitude, loc.longitude),
    }
}

/// Who sends the answers: the Cloud API, or nobody (a dry run).
pub enum Sender {
    /// Prints each request body instead of sending it, and hands it to the
    /// channel, if any (a test reads them there).
    DryRun(Option<mpsc::UnboundedSender<String>>),
    /// Sends through the Cloud API.
    Live(Client),
}

/// Why the bot cannot start: one of the two variables of the live mode
/// without the other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SenderError {
    set: &'static str,
    missing: &'static str,
}

impl fmt::Display for SenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is set but {} is not: set both to send through the Cloud API, or neither for a dry run",
            self.set, self.missing
        )
    }
}

impl std::error::Error for SenderError {}

impl Sender {
    /// A live sender when `WHATSAPP_TOKEN` and `PHONE_NUMBER_ID` are both
    /// set and not empty, a dry run (printing) when neither is, read through
    /// `var` (`std::env::var`, or a map in tests). One without the other is
    /// an error rather than a silent dry run.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self, SenderError> {
        let token = var("WHATSAPP_TOKEN").filter(|v| !v.is_empty());
        let phone_number_id = var("PHONE_NUMBER_ID").filter(|v| !v.is_empty());
        match (token, phone_number_id) {
            (Some(token), Some(id)) => Ok(Sender::Live(Client::new(token, id))),
            (None, None) => Ok(Sender::DryRun(None)),
            (Some(_), None) => Err(SenderError {
                set: "WHATSAPP_TOKEN",
                missing: "PHONE_NUMBER_ID",
            }),
            (None, Some(_)) => Err(SenderError {
                set: "PHONE_NUMBER_ID",
                missing: "WHATSAPP_TOKEN",
            }),
        }
    }

    /// A dry run that also hands each request body to the receiver returned.
    pub fn recording() -> (Self, mpsc::UnboundedReceiver<String>) {
        let (bodies, received) = mpsc::unbounded_channel();
        (Sender::DryRun(Some(bodies)), received)
    }

    /// Sends one message, or prints it. A failure is printed, never retried
    /// here: the client already retried what certainly was not delivered,
    /// and sending again what may have been would answer the user twice.
    async fn send(&self, message: &OutgoingMessage) {
        match self {
            Sender::DryRun(record) => {
                let body = message.to_json();
                println!("would send {body}");
                if let Some(record) = record {
                    // The receiver is gone only when its test is over.
                    let _ = record.send(body);
                }
            }
            Sender::Live(client) => match client.send(message).await {
                Ok(sent) => println!("sent {:?} to {:?}", sent.id, message.recipient()),
                Err(e) if e.may_have_been_delivered() => {
                    eprintln!("may have been delivered, not sent again: {e}");
                }
                Err(e) => eprintln!("not sent: {e}"),
            },
        }
    }
}

/// The bot: a [`Handler`] for the webhook endpoint.
pub struct Bot {
    state: Mutex<State>,
    outbox: mpsc::UnboundedSender<OutgoingMessage>,
}

/// An answer, and what it is (for the log): `"the menu"`, …
type Answer = Result<(Interactive, &'static str), TextError>;

/// What the bot remembers between messages. In memory, for the example; a
/// real bot keeps it in a store that outlives a restart.
#[derive(Default)]
struct State {
    /// The pizza each user picked, until the order is confirmed or cancelled.
    orders: HashMap<String, Pizza>,
    /// The number of the last order confirmed.
    last_order: u32,
    /// The ids of the messages answered, oldest first.
    answered: VecDeque<String>,
    /// The same ids, to look them up.
    answered_ids: HashSet<String>,
}

impl State {
    /// Whether the message `id` is new; remembers it.
    fn first_time(&mut self, id: &str) -> bool {
        if !self.answered_ids.insert(id.to_owned()) {
            return false;
        }
        self.answered.push_back(id.to_owned());
        if self.answered.len() > Bot::REMEMBERED {
            if let Some(oldest) = self.answered.pop_front() {
                self.answered_ids.remove(&oldest);
            }
        }
        true
    }

    /// The next order number.
    fn next_order(&mut self) -> u32 {
        self.last_order += 1;
        self.last_order
    }

    /// The answer to `m`, and what it is (for the log); `None` for a
    /// message the bot does not answer (an image, a reaction, …).
    fn answer(&mut self, m: &Message<'_>) -> Option<Answer> {
        let sender = m.sender();
        let answer = match &m.content {
            Content::Text { .. } => Ok((MENU.clone().into(), "the menu")),
            Content::Interactive(reply) => self.route(sender, reply),
            Content::Location(loc) => match self.orders.remove(sender) {
                Some(pizza) => {
                    let order = self.next_order();
                    let to = |place: &str| {
                        let pizza = pizza.choice().title();
                        format!("one {pizza} on its way to {place}, in about 30 minutes.")
                    };
                    // A name too long for a message body: the coordinates.
                    confirmation(order, &to(&place(loc)))
                        .or_else(|_| {
                            confirmation(
                                order,
                                &to(&format!("{}, {}", loc.latitude, loc.longitude)),
                            )
                        })
                        .map(|c| (c, "the confirmation"))
                }
                // A location sent unasked: what would they like?
                None => Ok((MENU.clone().into(), "the menu")),
            },
            _ => return None,
        };
        Some(answer)
    }

    /// The answer to a tap on a button or a pick from a list: a `match` on
    /// the enums the bot's messages were made of.
    fn route(&mut self, sender: &str, reply: &Reply<'_>) -> Answer {
        let pending = self.orders.get(sender).copied();
        match (
            Pizza::from_reply(reply),
            Fulfilment::from_reply(reply),
            pending,
        ) {
            (Some(pizza), _, _) => {
                self.orders.insert(sender.to_owned(), pizza);
                how(pizza).map(|ask| (ask, "the delivery options"))
            }
            (None, Some(Fulfilment::Deliver), Some(_)) => {
                Ok((WHERE_TO.into(), "a location request"))
            }
            (None, Some(Fulfilment::Pickup), Some(pizza)) => {
                self.orders.remove(sender);
                let order = self.next_order();
                let text = format!(
                    "one {}, ready for pickup in 20 minutes.",
                    pizza.choice().title()
                );
                confirmation(order, &text).map(|c| (c, "the confirmation"))
            }
            (None, Some(Fulfilment::Cancel), _) => {
                self.orders.remove(sender);
                Ok((MENU.clone().into(), "the menu"))
            }
            // A button of an order already confirmed or cancelled, or an
            // option of an older menu: the menu as it is now.
            (None, Some(Fulfilment::Deliver | Fulfilment::Pickup), None) | (None, None, _) => {
                Ok((MENU.clone().into(), "the menu"))
            }
        }
    }
}

impl Bot {
    /// How many message ids the bot remembers to answer each message once.
    pub const REMEMBERED: usize = 10_000;

    /// A bot whose answers go through `sender`, one after the other, in the
    /// order they were decided. Starts the task that sends them, so it must
    /// be called on a tokio runtime; the task ends with the bot.
    pub fn new(sender: Sender) -> Self {
        let (outbox, mut queue) = mpsc::unbounded_channel::<OutgoingMessage>();
        tokio::spawn(async move {
            while let Some(message) = queue.recv().await {
                sender.send(&message).await;
            }
        });
        Bot {
            state: Mutex::new(State::default()),
            outbox,
        }
    }
}

impl Handler for Bot {
    /// Logs the notification, decides the answers and queues them; one log
    /// line per answer (`answering "16505551234" with the menu`).
    fn handle(&self, note: &Notification<'_>) -> String {
        let mut log = report(note);
        // A panic while the lock was held cannot leave the state half
        // written in a way that matters here: keep going with it.
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for m in note.messages() {
            if !state.first_time(&m.id) {
                let _ = writeln!(log, "{:?} was answered already", m.id.as_str());
                continue;
            }
            match state.answer(m) {
                Some(Ok((answer, what))) => {
                    let _ = writeln!(log, "answering {:?} with {what}", m.sender());
                    // The queue is gone only when the runtime is shutting down.
                    let _ = self.outbox.send(OutgoingMessage::reply(m, answer));
                }
                Some(Err(e)) => {
                    let _ = writeln!(log, "no answer to {:?}: {e}", m.id.as_str());
                }
                None => {}
            }
        }
        log
    }
}

/// A notification as Meta sends it, holding one message (the JSON of a
/// message object): for the demo and the tests.
pub fn notification(message: &serde_json::Value) -> Vec<u8> {
    let note = serde_json::json!({
        "object": "whatsapp_business_account",
        "entry": [{
            "id": "102290129340398",
            "changes": [{
                "field": "messages",
                "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {
                        "display_phone_number": "15550783881",
                        "phone_number_id": "106540352242922"
                    },
                    "messages": [message]
                }
            }]
        }]
    });
    note.to_string().into_bytes()
}
