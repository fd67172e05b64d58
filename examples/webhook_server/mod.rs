//! The router of the webhook server example: `GET /webhook` answers the
//! subscription handshake, `POST /webhook` verifies, parses and logs.
//!
//! What it answers, and why:
//! - a POST that is not signed with the app secret: 401, before anything
//!   is parsed;
//! - a body over [`Config::max_body_bytes`]: 413;
//! - every correctly signed POST: 200, even when some items (or the whole
//!   body) did not parse — they are logged. Any other answer makes Meta
//!   send the same body again for days, and it would not parse any better.
//!
//! Text that users wrote is logged with `{:?}`, quoted and escaped, so a
//! message cannot forge log lines.

use std::fmt::{self, Write as _};
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use wa_interactive::webhook::{self, Content, Notification, Reply};

/// What the endpoint checks requests against.
#[derive(Clone, Debug)]
pub struct Config {
    app_secret: Vec<u8>,
    verify_token: String,
    /// The largest body accepted; a larger one is answered 413.
    pub max_body_bytes: usize,
}

/// Why the server cannot start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError(&'static str);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} must be set and not empty", self.0)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// The default body limit: 1 MiB, far above any notification Meta sends.
    pub const MAX_BODY_BYTES: usize = 1 << 20;

    /// A configuration; an empty app secret or verify token is refused
    /// (anyone could sign or subscribe with it).
    pub fn new(app_secret: &str, verify_token: &str) -> Result<Self, ConfigError> {
        if app_secret.is_empty() {
            return Err(ConfigError("APP_SECRET"));
        }
        if verify_token.is_empty() {
            return Err(ConfigError("VERIFY_TOKEN"));
        }
        Ok(Config {
            app_secret: app_secret.as_bytes().to_vec(),
            verify_token: verify_token.to_owned(),
            max_body_bytes: Config::MAX_BODY_BYTES,
        })
    }

    /// The configuration from `APP_SECRET` and `VERIFY_TOKEN`, read through
    /// `var` (`std::env::var`, or a map in tests); there are no defaults.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let secret = var("APP_SECRET").unwrap_or_default();
        let token = var("VERIFY_TOKEN").unwrap_or_default();
        Config::new(&secret, &token)
    }
}

/// The endpoint's routes.
pub fn router(config: Arc<Config>) -> Router {
    Router::new()
        .route("/webhook", get(subscribe).post(notify))
        .layer(DefaultBodyLimit::max(config.max_body_bytes))
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

/// A notification: 401 unless signed with the app secret, otherwise 200
/// with the log lines it wrote (one per message, status, call and
/// malformed item).
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
    let report = match webhook::parse(&body) {
        Ok(note) => report(&note),
        Err(e) => format!("ignored a signed body: {e}\n"),
    };
    print!("{report}");
    (StatusCode::OK, report)
}

/// One line per message, status, call and malformed item; everything a
/// user wrote is quoted with `{:?}`.
fn report(note: &Notification<'_>) -> String {
    let mut report = String::new();
    for m in note.messages() {
        let what = match &m.content {
            Content::Interactive(Reply::ButtonReply { id, title }) => {
                format!("tapped button {id:?} ({title:?})")
            }
            Content::Interactive(Reply::ListReply { id, title, .. }) => {
                format!("picked row {id:?} ({title:?})")
            }
            Content::Interactive(reply @ Reply::FlowReply { response_json, .. }) => {
                match reply.address() {
                    Some(Ok(address)) => format!("gave an address in {:?}", address.values.city),
                    _ => format!("completed a flow: {:?}", response_json.as_str()),
                }
            }
            Content::Button { payload, text } => format!("tapped {payload:?} ({text:?})"),
            Content::Location(loc) => format!("is at {}, {}", loc.latitude, loc.longitude),
            Content::Text { body } => format!("wrote {body:?}"),
            other => format!("sent {other:?}"),
        };
        let answering = m
            .context
            .as_ref()
            .and_then(|c| c.id.as_ref())
            .map(|id| format!(" answering {id:?}"))
            .unwrap_or_default();
        let _ = writeln!(report, "{:?} {what}{answering}", m.sender());
    }
    for s in note.statuses() {
        let _ = writeln!(
            report,
            "{:?} is {:?} for {:?}",
            s.id,
            s.status,
            s.recipient()
        );
    }
    for c in note.calls() {
        let _ = writeln!(
            report,
            "call {:?} {:?} from {:?} (payload {:?})",
            c.id,
            c.event,
            c.sender(),
            c.cta_payload
        );
    }
    for bad in note.malformed() {
        let _ = writeln!(report, "malformed {}: {:?}", bad.path, bad.reason);
    }
    report
}
