//! What can go wrong when sending, and whether it is safe to try again.

use std::fmt;
use std::time::Duration;

use serde::Deserialize;

/// Why a request to the Cloud API did not succeed.
///
/// Each variant says how far the request got, because that decides what the
/// caller may do next: the Cloud API has no idempotency key, so a request
/// that [may have been delivered](Error::may_have_been_delivered) and is sent
/// again may reach the user twice.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Graph answered with its error object (`{"error":{…}}`). Boxed, to
    /// keep `Result<Sent, Error>` small; its fields read through the box
    /// (`e.code`).
    Api(Box<ApiError>),
    /// No complete answer came within the [timeout](super::Client::timeout).
    /// The request may have been received and the message delivered.
    Timeout(TimeoutError),
    /// The connection failed: before anything was sent (not delivered), or
    /// after the request was written (a reset; it may have been delivered).
    Transport(TransportError),
    /// An answer that is not Graph's JSON: an HTML page from a proxy, a
    /// truncated or malformed body, a success without the expected fields.
    UnexpectedResponse(UnexpectedResponse),
    /// The request could not be made, so nothing was sent: a base URL that
    /// does not parse, a token or MIME type that cannot be a header value.
    InvalidRequest(InvalidRequest),
}

impl Error {
    /// Whether the request was refused for going too fast: HTTP 429, or
    /// Graph codes 130429 (throughput), 131056 (pair rate limit), 80007
    /// (account rate limit) or 4 (application rate limit).
    ///
    /// The client retries only HTTP 429, 130429 and 131056 itself: the other
    /// two last for hours, not seconds.
    pub fn is_rate_limited(&self) -> bool {
        match self {
            Error::Api(e) => e.is_rate_limited(),
            Error::UnexpectedResponse(e) => e.status == 429,
            _ => false,
        }
    }

    /// Whether the same request may succeed later: a rate limit, a timeout,
    /// a broken connection, a 5xx, or an error Graph marks `is_transient`.
    ///
    /// Transient is not the same as safe to repeat: check
    /// [`may_have_been_delivered`](Error::may_have_been_delivered) before
    /// sending a message again.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Api(e) => e.is_transient(),
            Error::Timeout(_) | Error::Transport(_) => true,
            Error::UnexpectedResponse(e) => e.status == 429 || e.status >= 500,
            Error::InvalidRequest(_) => false,
        }
    }

    /// Whether the message may have reached the user although this is an
    /// error: the request was written and no answer says it was refused (a
    /// timeout, a reset, a 5xx, an unreadable success). Sending it again may
    /// deliver it twice; the client never does so on its own.
    ///
    /// `false` means the request certainly was not accepted: it never left
    /// (a refused connection, an invalid request) or Graph refused it with a
    /// 4xx.
    pub fn may_have_been_delivered(&self) -> bool {
        match self {
            Error::Api(e) => e.status >= 500,
            Error::Timeout(_) => true,
            Error::Transport(e) => !e.before_request_sent(),
            Error::UnexpectedResponse(e) => !(400..500).contains(&e.status),
            Error::InvalidRequest(_) => false,
        }
    }

    /// How long Graph asked the client to wait (`Retry-After`), when it said.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Api(e) => e.retry_after,
            Error::UnexpectedResponse(e) => e.retry_after,
            _ => None,
        }
    }

    /// The HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::UnexpectedResponse(e) => Some(e.status),
            _ => None,
        }
    }

    /// How many times the request was sent (or its connection tried),
    /// retries included.
    pub fn attempts(&self) -> u32 {
        match self {
            Error::Api(e) => e.attempts,
            Error::Timeout(e) => e.attempts,
            Error::Transport(e) => e.attempts,
            Error::UnexpectedResponse(e) => e.attempts,
            Error::InvalidRequest(_) => 0,
        }
    }

    pub(super) fn set_attempts(&mut self, attempts: u32) {
        match self {
            Error::Api(e) => e.attempts = attempts,
            Error::Timeout(e) => e.attempts = attempts,
            Error::Transport(e) => e.attempts = attempts,
            Error::UnexpectedResponse(e) => e.attempts = attempts,
            Error::InvalidRequest(_) => {}
        }
    }

    /// Whether the client may send the same request again by itself: it was
    /// certainly not accepted, and trying again can help.
    pub(super) fn is_retryable(&self) -> bool {
        match self {
            Error::Api(e) => e.status == 429 || matches!(e.code, 130_429 | 131_056),
            Error::UnexpectedResponse(e) => e.status == 429,
            Error::Transport(e) => e.before_request_sent(),
            Error::Timeout(_) | Error::InvalidRequest(_) => false,
        }
    }

    /// Sorts out an error of the HTTP client by how far the request got.
    pub(super) fn from_http(error: reqwest::Error, timeout: Duration) -> Error {
        if error.is_builder() {
            Error::InvalidRequest(InvalidRequest::new(error.to_string()))
        } else if error.is_connect() {
            // Connecting (DNS, TCP, TLS) comes before the first byte of the
            // request, even when it failed by timing out.
            Error::Transport(TransportError {
                stage: Stage::Connect,
                attempts: 1,
                source: error,
            })
        } else if error.is_timeout() {
            Error::Timeout(TimeoutError {
                timeout,
                attempts: 1,
                source: error,
            })
        } else {
            Error::Transport(TransportError {
                stage: Stage::AfterConnect,
                attempts: 1,
                source: error,
            })
        }
    }

    /// Reads a failed answer: Graph's error object, or what it was instead.
    pub(super) fn from_answer(status: u16, body: &[u8], retry_after: Option<Duration>) -> Error {
        match serde_json::from_slice::<Envelope>(body) {
            Ok(Envelope { error }) => {
                Error::Api(Box::new(ApiError::new(status, error, retry_after)))
            }
            Err(e) => Error::UnexpectedResponse(UnexpectedResponse::new(
                status,
                body,
                retry_after,
                format!("not a Graph error object: {e}"),
            )),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => e.fmt(f),
            Error::Timeout(e) => e.fmt(f),
            Error::Transport(e) => e.fmt(f),
            Error::UnexpectedResponse(e) => e.fmt(f),
            Error::InvalidRequest(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Timeout(e) => Some(&e.source),
            Error::Transport(e) => Some(&e.source),
            Error::Api(_) | Error::UnexpectedResponse(_) | Error::InvalidRequest(_) => None,
        }
    }
}

/// Graph's error object, with the HTTP status it came with.
///
/// ```json
/// {"error":{"message":"(#131009) Parameter value is not valid","type":"OAuthException",
///   "code":131009,"error_subcode":2494010,"error_data":{"messaging_product":"whatsapp",
///   "details":"Button title length invalid. Min length: 1, Max length: 20"},"fbtrace_id":"A…"}}
/// ```
///
/// Decide on [`code`](ApiError::code) (and [`details`](ApiError::details)),
/// not on the message text, which Meta rewords.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status code of the answer.
    pub status: u16,
    /// Graph's error code: 131009 (a parameter value is not valid), 100
    /// (an unknown field), 190 (the access token is invalid), 130429
    /// (throughput reached), …
    pub code: i64,
    /// A finer code within [`code`](ApiError::code), when Graph sent one.
    pub error_subcode: Option<i64>,
    /// Graph's `type`, such as `OAuthException`.
    pub kind: Option<String>,
    /// Graph's message, such as `(#131009) Parameter value is not valid`;
    /// empty when Graph sent none.
    pub message: String,
    /// `error_data.details`: what exactly was wrong, such as `Button title
    /// length invalid. Min length: 1, Max length: 20`.
    pub details: Option<String>,
    /// The whole `error_data` object, as sent.
    pub error_data: Option<serde_json::Value>,
    /// The trace id to quote to Meta's support.
    pub fbtrace_id: Option<String>,
    /// Graph's own word on whether trying again later may succeed.
    pub is_transient: Option<bool>,
    /// A title meant for the person using the app, when Graph sent one.
    pub error_user_title: Option<String>,
    /// A message meant for the person using the app, when Graph sent one.
    pub error_user_msg: Option<String>,
    /// The `Retry-After` header of the answer, in seconds, when present.
    pub retry_after: Option<Duration>,
    /// How many times the request was sent, retries included.
    pub attempts: u32,
}

impl ApiError {
    fn new(status: u16, json: GraphError, retry_after: Option<Duration>) -> Self {
        let details = json
            .error_data
            .as_ref()
            .and_then(|data| data.get("details"))
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        ApiError {
            status,
            code: json.code,
            error_subcode: json.error_subcode,
            kind: json.kind,
            message: json.message.unwrap_or_default(),
            details,
            error_data: json.error_data,
            fbtrace_id: json.fbtrace_id,
            is_transient: json.is_transient,
            error_user_title: json.error_user_title,
            error_user_msg: json.error_user_msg,
            retry_after,
            attempts: 1,
        }
    }

    /// See [`Error::is_rate_limited`].
    pub fn is_rate_limited(&self) -> bool {
        self.status == 429 || matches!(self.code, 4 | 80_007 | 130_429 | 131_056)
    }

    /// See [`Error::is_transient`]: Graph's `is_transient` when it said,
    /// else a rate limit, a 5xx, or a code Meta documents as temporary
    /// (1 unknown, 2 service, 131016 service unavailable, 133004 server
    /// unavailable).
    pub fn is_transient(&self) -> bool {
        self.is_transient.unwrap_or_else(|| {
            self.is_rate_limited()
                || self.status >= 500
                || matches!(self.code, 1 | 2 | 131_016 | 133_004)
        })
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WhatsApp API error {}", self.code)?;
        if let Some(sub) = self.error_subcode {
            write!(f, " (subcode {sub})")?;
        }
        write!(f, ", HTTP {}", self.status)?;
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        if let Some(details) = &self.details {
            write!(f, ": {details}")?;
        }
        if let Some(trace) = &self.fbtrace_id {
            write!(f, " (fbtrace_id {trace})")?;
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// No complete answer came within the client's timeout. The request may
/// have been received: [`Error::may_have_been_delivered`] is `true`.
#[derive(Debug)]
pub struct TimeoutError {
    timeout: Duration,
    attempts: u32,
    source: reqwest::Error,
}

impl TimeoutError {
    /// The timeout that ran out (for one attempt).
    pub fn timeout(&self) -> Duration {
        self.timeout
    }
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no answer from the WhatsApp API within {:?}; the message may have been delivered",
            self.timeout
        )
    }
}

impl std::error::Error for TimeoutError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// How far a request got before its connection failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// Resolving, connecting or the TLS handshake: nothing was sent.
    Connect,
    /// The connection was up; the request may have been written.
    AfterConnect,
}

/// The connection failed. The underlying error of the HTTP client is the
/// [`source`](std::error::Error::source).
#[derive(Debug)]
pub struct TransportError {
    stage: Stage,
    attempts: u32,
    source: reqwest::Error,
}

impl TransportError {
    /// Whether it failed while connecting (name resolution, a refused
    /// connection, the TLS handshake), before any byte of the request was
    /// sent. Such a request certainly was not delivered, and the client
    /// retries it.
    pub fn before_request_sent(&self) -> bool {
        self.stage == Stage::Connect
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.before_request_sent() {
            write!(f, "could not connect to the WhatsApp API")?;
            if self.attempts > 1 {
                write!(f, " in {} attempts", self.attempts)?;
            }
        } else {
            write!(
                f,
                "the connection to the WhatsApp API failed after the request was sent; \
                 the message may have been delivered"
            )?;
        }
        write!(f, ": {}", chain(&self.source))
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// The HTTP client's error with its causes, which hold the useful part
/// ("Connection refused"), on one line.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut next = error.source();
    while let Some(cause) = next {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        next = cause.source();
    }
    text
}

/// An answer that is not what Graph sends: an HTML error page from a proxy
/// or load balancer, a malformed or truncated body, or a success without the
/// fields it must have.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UnexpectedResponse {
    /// The HTTP status code of the answer.
    pub status: u16,
    /// The start of the body (at most 512 bytes, invalid UTF-8 replaced).
    pub body: String,
    /// What was wrong with it.
    pub reason: String,
    /// The `Retry-After` header of the answer, in seconds, when present.
    pub retry_after: Option<Duration>,
    /// How many times the request was sent, retries included.
    pub attempts: u32,
}

impl UnexpectedResponse {
    /// At most this many bytes of the body are kept.
    const KEPT: usize = 512;

    pub(super) fn new(
        status: u16,
        body: &[u8],
        retry_after: Option<Duration>,
        reason: String,
    ) -> Self {
        let kept = &body[..body.len().min(Self::KEPT)];
        UnexpectedResponse {
            status,
            body: String::from_utf8_lossy(kept).into_owned(),
            reason,
            retry_after,
            attempts: 1,
        }
    }
}

impl fmt::Display for UnexpectedResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unexpected answer from the WhatsApp API, HTTP {} ({})",
            self.status, self.reason
        )?;
        let start: String = self.body.chars().take(120).collect();
        let start = start.trim();
        if !start.is_empty() {
            write!(f, ": {start:?}")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnexpectedResponse {}

/// The request could not be made; nothing was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidRequest {
    reason: String,
}

impl InvalidRequest {
    pub(super) fn new(reason: impl Into<String>) -> Self {
        InvalidRequest {
            reason: reason.into(),
        }
    }

    /// What was wrong.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for InvalidRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid request, not sent: {}", self.reason)
    }
}

impl std::error::Error for InvalidRequest {}

/// `{"error":{…}}`: a body is Graph's error only if it has this shape.
#[derive(Deserialize)]
struct Envelope {
    error: GraphError,
}

/// Graph's error object. Only `code` is required: Meta always sends it and
/// everything keys on it; the rest is kept when present.
#[derive(Deserialize)]
struct GraphError {
    code: i64,
    #[serde(default)]
    message: Option<String>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    error_subcode: Option<i64>,
    #[serde(default)]
    error_data: Option<serde_json::Value>,
    #[serde(default)]
    fbtrace_id: Option<String>,
    #[serde(default)]
    is_transient: Option<bool>,
    #[serde(default)]
    error_user_title: Option<String>,
    #[serde(default)]
    error_user_msg: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, body: &str) -> Box<ApiError> {
        match Error::from_answer(status, body.as_bytes(), None) {
            Error::Api(e) => e,
            other => panic!("not an API error: {other}"),
        }
    }

    #[test]
    fn a_full_error_object_keeps_every_field_and_reads_well() {
        let e = api(
            400,
            r#"{"error":{"message":"(#131009) Parameter value is not valid","type":"OAuthException",
            "code":131009,"error_subcode":2494010,"error_data":{"messaging_product":"whatsapp",
            "details":"Button title length invalid. Min length: 1, Max length: 20"},
            "fbtrace_id":"AbC123","is_transient":false,"error_user_title":"T","error_user_msg":"M"}}"#,
        );
        assert_eq!(e.code, 131_009);
        assert_eq!(e.error_subcode, Some(2_494_010));
        assert_eq!(e.kind.as_deref(), Some("OAuthException"));
        assert_eq!(e.is_transient, Some(false));
        assert_eq!(e.error_user_title.as_deref(), Some("T"));
        assert_eq!(e.error_user_msg.as_deref(), Some("M"));
        assert_eq!(
            e.error_data.as_ref().unwrap()["messaging_product"],
            "whatsapp"
        );
        assert_eq!(
            e.to_string(),
            "WhatsApp API error 131009 (subcode 2494010), HTTP 400: (#131009) Parameter value \
             is not valid: Button title length invalid. Min length: 1, Max length: 20 \
             (fbtrace_id AbC123)"
        );
        let e = Error::Api(e);
        assert!(!e.is_rate_limited() && !e.is_transient() && !e.may_have_been_delivered());
        assert!(!e.is_retryable());
    }

    #[test]
    fn only_the_code_is_required() {
        let e = api(400, r#"{"error":{"code":100}}"#);
        assert_eq!((e.code, e.message.as_str()), (100, ""));
        assert_eq!(e.to_string(), "WhatsApp API error 100, HTTP 400");
        // error_data that is not an object (Graph has sent strings) is kept.
        let e = api(
            400,
            r#"{"error":{"code":100,"error_data":"x","extra":[1]}}"#,
        );
        assert_eq!((e.details, e.error_data), (None, Some("x".into())));
    }

    #[test]
    fn throughput_codes_are_rate_limits_and_retried_whatever_the_status() {
        for (status, code) in [(400, 130_429), (400, 131_056), (429, 130_429), (429, 1)] {
            let e = Error::Api(api(status, &format!(r#"{{"error":{{"code":{code}}}}}"#)));
            assert!(e.is_rate_limited() && e.is_transient() && e.is_retryable());
            assert!(!e.may_have_been_delivered());
        }
        // Hour-long limits are rate limits, not retried.
        for code in [4, 80_007] {
            let e = Error::Api(api(400, &format!(r#"{{"error":{{"code":{code}}}}}"#)));
            assert!(e.is_rate_limited() && !e.is_retryable());
        }
    }

    #[test]
    fn a_5xx_may_have_been_delivered_and_is_not_retried() {
        let e = Error::Api(api(
            500,
            r#"{"error":{"code":1,"message":"An unknown error"}}"#,
        ));
        assert!(e.may_have_been_delivered() && e.is_transient() && !e.is_retryable());
        let e = Error::from_answer(502, b"<html>Bad gateway</html>", None);
        assert!(matches!(e, Error::UnexpectedResponse(_)));
        assert!(e.may_have_been_delivered() && e.is_transient() && !e.is_retryable());
    }

    #[test]
    fn graph_is_transient_wins() {
        let e = api(400, r#"{"error":{"code":131000,"is_transient":true}}"#);
        assert!(e.is_transient());
        let e = api(503, r#"{"error":{"code":2,"is_transient":false}}"#);
        assert!(!e.is_transient());
    }

    #[test]
    fn anything_else_is_an_unexpected_response() {
        for body in [
            &b""[..],
            b"{",
            b"null",
            b"[]",
            b"{\"error\":\"text\"}",
            b"{\"error\":{\"code\":\"131009\"}}",
            b"{\"error\":{\"message\":\"no code\"}}",
            b"\xff\xfe garbage",
        ] {
            let e = Error::from_answer(400, body, None);
            assert!(matches!(e, Error::UnexpectedResponse(_)), "{body:?}: {e}");
            assert!(!e.may_have_been_delivered() && !e.is_retryable());
        }
        let long = "x".repeat(2000);
        let Error::UnexpectedResponse(e) = Error::from_answer(502, long.as_bytes(), None) else {
            unreachable!()
        };
        assert_eq!(e.body.len(), 512);
        assert!(e.to_string().starts_with(
            "unexpected answer from the WhatsApp API, HTTP 502 (not a Graph error object: "
        ));
    }

    #[test]
    fn a_429_that_is_not_graph_json_is_still_a_retryable_rate_limit() {
        let e = Error::from_answer(429, b"Too Many Requests", Some(Duration::from_secs(2)));
        assert!(e.is_rate_limited() && e.is_retryable() && !e.may_have_been_delivered());
        assert_eq!(e.retry_after(), Some(Duration::from_secs(2)));
    }
}
