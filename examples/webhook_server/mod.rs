//! The endpoint of the webhook server and bot examples: `GET /webhook`
//! answers the subscription handshake, `POST /webhook` verifies, parses and
//! hands the notification to a [`Handler`] ([`Log`] in the webhook server,
//! the bot in the bot example).
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
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use wa_interactive::webhook::{self, Content, Message, Notification, Reply};

/// What the endpoint checks requests against. Its `Debug` shows neither
/// secret.
#[derive(Clone)]
pub struct Config {
    app_secret: Vec<u8>,
    verify_token: String,
    /// The largest body accepted; a larger one is answered 413.
    pub max_body_bytes: usize,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("app_secret", &"<redacted>")
            .field("verify_token", &"<redacted>")
            .field("max_body_bytes", &self.max_body_bytes)
            .finish()
    }
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

/// What the endpoint does with a correctly signed notification.
pub trait Handler: Send + Sync + 'static {
    /// Reads one notification and returns the lines it logged, which the
    /// endpoint prints and answers the POST with (status 200).
    ///
    /// It runs before the POST is answered, so it should not wait for
    /// anything slow: Meta sends the notification again when the answer
    /// takes more than a few seconds.
    fn handle(&self, note: &Notification<'_>) -> String;
}

/// The webhook server's handler: one log line per message, status, call
/// and malformed item (see [`report`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Log;

impl Handler for Log {
    fn handle(&self, note: &Notification<'_>) -> String {
        report(note)
    }
}

/// The endpoint's state: what it checks, and who reads what passed.
#[derive(Clone)]
struct Endpoint {
    config: Arc<Config>,
    handler: Arc<dyn Handler>,
}

/// The webhook server's routes: the endpoint with the [`Log`] handler.
pub fn router(config: Arc<Config>) -> Router {
    router_with(config, Log)
}

/// The endpoint's routes, handing each signed notification to `handler`.
pub fn router_with(config: Arc<Config>, handler: impl Handler) -> Router {
    let limit = config.max_body_bytes;
    Router::new()
        .route("/webhook", get(subscribe).post(notify))
        .layer(DefaultBodyLimit::max(limit))
        .with_state(Endpoint {
            config,
            handler: Arc::new(handler),
        })
}

/// A listener on 127.0.0.1, on the port in `PORT` (3000 by default).
pub async fn listener() -> std::io::Result<TcpListener> {
    let port = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(3000);
    TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port))).await
}

/// POSTs `body` to `http://{addr}/webhook`, signed with `app_secret` as
/// Meta signs it, over one HTTP/1.1 connection: the status code and the
/// body of the answer. For demos and tests of an endpoint on this machine.
pub async fn post_signed(
    addr: SocketAddr,
    app_secret: &[u8],
    body: &[u8],
) -> std::io::Result<(u16, String)> {
    let head = format!(
        "POST /webhook HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
         X-Hub-Signature-256: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        webhook::signature_header(app_secret, body),
        body.len()
    );
    let mut stream = TcpStream::connect(addr).await?;
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body).await?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await?;
    let answer = String::from_utf8_lossy(&answer);
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("not an HTTP answer: {head:?}")))?;
    Ok((status, body.to_owned()))
}

/// The subscription handshake: 200 with the challenge, or 403.
async fn subscribe(
    State(Endpoint { config, .. }): State<Endpoint>,
    RawQuery(query): RawQuery,
) -> (StatusCode, String) {
    match webhook::verify_subscription(query.as_deref().unwrap_or(""), &config.verify_token) {
        Ok(challenge) => (StatusCode::OK, challenge),
        Err(e) => (StatusCode::FORBIDDEN, e.to_string()),
    }
}

/// A notification: 401 unless signed with the app secret, otherwise 200
/// with the lines the handler logged.
async fn notify(
    State(Endpoint { config, handler }): State<Endpoint>,
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
        Ok(note) => handler.handle(&note),
        Err(e) => format!("ignored a signed body: {e}\n"),
    };
    print!("{report}");
    (StatusCode::OK, report)
}

/// One line per message, status, call and malformed item; everything a
/// user wrote is quoted with `{:?}`.
pub fn report(note: &Notification<'_>) -> String {
    let mut report = String::new();
    for m in note.messages() {
        let _ = writeln!(report, "{}", describe(m));
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

/// One line for a message: who sent it, what it holds, what it answers;
/// everything a user wrote is quoted with `{:?}`.
pub fn describe(m: &Message<'_>) -> String {
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
    format!("{:?} {what}{answering}", m.sender())
}
