//! The router of the webhook server example: `GET /webhook` answers the
//! subscription handshake, `POST /webhook` verifies, parses and prints.

use std::fmt::Write as _;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use wa_interactive::webhook::{self, Content, Reply};

/// What the endpoint checks requests against.
#[derive(Clone, Debug)]
pub struct Config {
    /// The app secret that signs every POST.
    pub app_secret: Vec<u8>,
    /// The verify token configured for the webhook subscription.
    pub verify_token: String,
}

/// The endpoint's routes.
pub fn router(config: Arc<Config>) -> Router {
    Router::new()
        .route("/webhook", get(subscribe).post(notify))
        .with_state(config)
}

/// The subscription handshake: 200 with the challenge, or 403.
async fn subscribe(
    State(config): State<Arc<Config>>,
    RawQuery(query): RawQuery,
) -> (StatusCode, String) {
    match webhook::verify_subscription(query.as_deref().unwrap_or(""), &config.verify_token) {
        Ok(challenge) => (StatusCode::OK, challenge),
        Err(e) => (StatusCode::FORBIDDEN, e.to_string()),
    }
}

/// A notification: 401 unless signed with the app secret, 400 unless it is a
/// WhatsApp notification, otherwise 200 with one line per message and status.
async fn notify(
    State(config): State<Arc<Config>>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, String) {
    let signature = headers
        .get("x-hub-signature-256")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if let Err(e) = webhook::verify_signature(&config.app_secret, &body, signature) {
        return (StatusCode::UNAUTHORIZED, e.to_string());
    }
    let note = match webhook::parse(&body) {
        Ok(note) => note,
        Err(e) => return (StatusCode::BAD_REQUEST, e.to_string()),
    };
    let mut report = String::new();
    for m in note.messages() {
        let what = match &m.content {
            Content::Interactive(Reply::ButtonReply { id, title }) => {
                format!("tapped button {id} ({title})")
            }
            Content::Interactive(Reply::ListReply { id, title, .. }) => {
                format!("picked row {id} ({title})")
            }
            Content::Interactive(Reply::FlowReply { response_json, .. }) => {
                format!("completed a flow: {}", response_json.as_str())
            }
            Content::Location(loc) => format!("is at {}, {}", loc.latitude, loc.longitude),
            Content::Text { body } => format!("wrote {body:?}"),
            other => format!("sent {other:?}"),
        };
        let answering = m
            .context
            .as_ref()
            .map(|c| format!(" answering {}", c.id))
            .unwrap_or_default();
        let _ = writeln!(report, "{} {what}{answering}", m.from);
    }
    for s in note.statuses() {
        let _ = writeln!(report, "{} is {:?} for {}", s.id, s.status, s.recipient_id);
    }
    print!("{report}");
    (StatusCode::OK, report)
}
