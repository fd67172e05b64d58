//! Sending: a client of the WhatsApp Cloud API (feature `client`).
//!
//! ```no_run
//! use std::time::Duration;
//! use wa_interactive::client::{Client, Error as SendError};
//! use wa_interactive::{OutgoingMessage, location_request};
//!
//! # async fn demo() -> Result<(), SendError> {
//! let client = Client::new("EAAG…access token", "106540352242922")
//!     .timeout(Duration::from_secs(10))
//!     .pace(80); // at most 80 requests a second from this number
//! let ask = location_request! { body: "Where should we deliver?" };
//! match client.send(&OutgoingMessage::new("15551234567", ask)).await {
//!     Ok(sent) => println!("sent {}", sent.id),
//!     Err(SendError::Api(e)) if e.code == 131_009 => eprintln!("refused: {e}"),
//!     Err(e) if e.may_have_been_delivered() => eprintln!("unknown outcome, not retried: {e}"),
//!     Err(e) => return Err(e),
//! }
//! # Ok(())
//! # }
//! ```
//!
//! **Retries are limited on purpose.** The Cloud API has no idempotency key:
//! a message whose request reached Meta is delivered, whatever became of the
//! answer. So the client sends a request again only when it certainly was
//! not accepted — a rate limit (HTTP 429, Graph codes 130429 and 131056) or a
//! connection that could not be made — as its [`RetryPolicy`] allows. A
//! timeout, a reset connection or a 5xx is returned as an error whose
//! [`may_have_been_delivered`](Error::may_have_been_delivered) is `true`;
//! whether to send again (and risk a duplicate) is the caller's decision.

mod error;
mod pace;
mod retry;

use std::fmt;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use reqwest::Url;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use serde::{Deserialize, Deserializer, Serialize};

pub use error::{
    ApiError, Error, InvalidRequest, TimeoutError, TransportError, UnexpectedResponse,
};
pub use retry::RetryPolicy;

use crate::OutgoingMessage;
use pace::Pacer;

/// Graph's address, used unless [`Client::base_url`] says otherwise.
pub const DEFAULT_BASE_URL: &str = "https://graph.facebook.com";

/// The Graph API version used unless [`Client::api_version`] says otherwise.
pub const DEFAULT_API_VERSION: &str = "v26.0";

/// How long one attempt may take, unless [`Client::timeout`] says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// How long connecting may take at most; a connection not made in time was
/// not used, so it is retried like a refused one.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The largest answer read; Graph's are a few hundred bytes.
const MAX_ANSWER: usize = 1 << 20;

/// A client of the Cloud API for one business phone number.
///
/// Cloning is cheap (a reference count), and the clones share the
/// connection pool and the [pace](Client::pace): make one client per phone
/// number and clone it into each task. Calls on one client may run
/// concurrently; each takes `&self`. The calls run on a tokio runtime with
/// timers enabled (as `#[tokio::main]` makes).
#[derive(Clone)]
pub struct Client {
    /// Shared by the clones; the builder methods copy it only if a clone
    /// exists already.
    inner: Arc<Inner>,
}

#[derive(Clone)]
struct Inner {
    /// Made at the first request, with the timeout as it is then.
    http: OnceLock<Result<reqwest::Client, InvalidRequest>>,
    authorization: Result<HeaderValue, InvalidRequest>,
    phone_number_id: String,
    base_url: String,
    api_version: String,
    messages_url: Result<Url, InvalidRequest>,
    media_url: Result<Url, InvalidRequest>,
    timeout: Duration,
    retry: RetryPolicy,
    pace: u32,
    pacer: Option<Pacer>,
}

impl Client {
    /// A client that sends as the phone number `phone_number_id` (the id
    /// Meta shows for the number, not the number itself) with the access
    /// token `access_token`.
    ///
    /// Defaults: [`DEFAULT_BASE_URL`], [`DEFAULT_API_VERSION`],
    /// [`DEFAULT_TIMEOUT`], [`RetryPolicy::default()`], no pacing. Nothing
    /// is checked or sent yet: a configuration that cannot work (a token with
    /// a line break, a base URL that does not parse) makes each call return
    /// [`Error::InvalidRequest`].
    pub fn new(access_token: impl AsRef<str>, phone_number_id: impl Into<String>) -> Self {
        let authorization = HeaderValue::try_from(format!("Bearer {}", access_token.as_ref()))
            .map(|mut value| {
                value.set_sensitive(true);
                value
            })
            .map_err(|_| InvalidRequest::new("the access token is not a valid header value"));
        let mut inner = Inner {
            http: OnceLock::new(),
            authorization,
            phone_number_id: phone_number_id.into(),
            base_url: DEFAULT_BASE_URL.to_owned(),
            api_version: DEFAULT_API_VERSION.to_owned(),
            messages_url: Err(InvalidRequest::new("")),
            media_url: Err(InvalidRequest::new("")),
            timeout: DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            pace: 0,
            pacer: None,
        };
        inner.make_urls();
        Client {
            inner: Arc::new(inner),
        }
    }

    /// Sends to this address instead of Graph's, such as
    /// `http://127.0.0.1:8080` for a test server or a proxy's URL; a path
    /// in it is kept (`https://proxy.example/graph`).
    #[must_use]
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        let inner = self.inner_mut();
        inner.base_url = base_url.into();
        inner.make_urls();
        self
    }

    /// Uses this Graph API version, such as `"v23.0"`.
    #[must_use]
    pub fn api_version(mut self, api_version: impl Into<String>) -> Self {
        let inner = self.inner_mut();
        inner.api_version = api_version.into();
        inner.make_urls();
        self
    }

    /// How long one attempt may take, from connecting to the last byte of
    /// the answer. When it runs out the call returns [`Error::Timeout`]:
    /// the request may have been received, so it is not retried.
    ///
    /// Connecting may take half of it (at most 10 s): a connection not made
    /// by then is an [`Error::Transport`] that certainly sent nothing, and
    /// is retried.
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        let inner = self.inner_mut();
        inner.timeout = timeout;
        inner.http = OnceLock::new();
        self
    }

    /// How requests that certainly were not accepted are retried;
    /// [`RetryPolicy::NONE`] returns every error at once.
    #[must_use]
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.inner_mut().retry = policy;
        self
    }

    /// Starts at most `requests_per_second` requests a second (messages,
    /// uploads, read receipts and retries alike), evenly spaced, so that a
    /// broadcast stays under the number's throughput (80 messages a second
    /// by default, up to 1,000 on the highest tier) instead of collecting
    /// 429s. Calls over the rate wait their turn, in order. `0` turns pacing
    /// off (the default).
    ///
    /// The pace belongs to this client and its clones; two clients made
    /// separately for the same number each keep their own.
    #[must_use]
    pub fn pace(mut self, requests_per_second: u32) -> Self {
        let inner = self.inner_mut();
        inner.pace = requests_per_second;
        inner.pacer = Pacer::new(requests_per_second);
        self
    }

    /// The phone number id this client sends as.
    pub fn phone_number_id(&self) -> &str {
        &self.inner.phone_number_id
    }

    /// Sends a message: POSTs [`OutgoingMessage::to_json`] to
    /// `{base}/{version}/{phone_number_id}/messages` and returns the id
    /// Meta gave it.
    ///
    /// A rate-limited or unconnectable attempt is retried as the
    /// [`RetryPolicy`] allows; any other failure is returned at once. See
    /// [`Error`] for what each one means, and
    /// [`Error::may_have_been_delivered`] before sending again.
    pub async fn send(&self, message: &OutgoingMessage) -> Result<Sent, Error> {
        let url = self.inner.messages_url.as_ref().map_err(invalid)?;
        let body = Bytes::from(message.to_json());
        let (status, answer) = self
            .inner
            .post(url, HeaderValue::from_static("application/json"), body)
            .await?;
        parse_answer::<SendAnswer>(status, &answer).and_then(|a| {
            a.into_sent()
                .ok_or_else(|| unexpected(status, &answer, "no message id in the answer"))
        })
    }

    /// Uploads a media file for use in messages (an image, video or
    /// document header by `id`) and returns its media id. `mime` is its
    /// type, such as `image/jpeg`, `video/mp4` or `application/pdf`.
    ///
    /// The file is sent as `multipart/form-data` to
    /// `{base}/{version}/{phone_number_id}/media`. Meta keeps uploaded media
    /// for 30 days.
    pub async fn upload_media(&self, bytes: impl AsRef<[u8]>, mime: &str) -> Result<String, Error> {
        let url = self.inner.media_url.as_ref().map_err(invalid)?;
        let (content_type, body) = multipart(bytes.as_ref(), mime)?;
        let (status, answer) = self.inner.post(url, content_type, body).await?;
        parse_answer::<Uploaded>(status, &answer).map(|uploaded| uploaded.id)
    }

    /// Marks an inbound message as read (the blue ticks): `message_id` is
    /// the `wamid.…` of a message the business received. Marking a message
    /// read also marks the ones before it.
    ///
    /// This changes nothing when repeated, so unlike [`send`](Client::send)
    /// it is safe to call again after any error.
    pub async fn mark_read(&self, message_id: &str) -> Result<(), Error> {
        let url = self.inner.messages_url.as_ref().map_err(invalid)?;
        let receipt = ReadReceipt {
            messaging_product: "whatsapp",
            status: "read",
            message_id,
        };
        let body = serde_json::to_vec(&receipt).map_err(|e| {
            Error::InvalidRequest(InvalidRequest::new(format!("read receipt: {e}")))
        })?;
        let (status, answer) = self
            .inner
            .post(
                url,
                HeaderValue::from_static("application/json"),
                Bytes::from(body),
            )
            .await?;
        match parse_answer::<Done>(status, &answer)? {
            Done { success: true } => Ok(()),
            Done { success: false } => Err(unexpected(status, &answer, "success is false")),
        }
    }

    fn inner_mut(&mut self) -> &mut Inner {
        Arc::make_mut(&mut self.inner)
    }
}

impl Inner {
    fn make_urls(&mut self) {
        self.messages_url = self.url("messages");
        self.media_url = self.url("media");
    }

    fn url(&self, endpoint: &str) -> Result<Url, InvalidRequest> {
        for (what, segment) in [
            ("phone number id", &self.phone_number_id),
            ("API version", &self.api_version),
        ] {
            let fits = !segment.is_empty()
                && segment
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
            if !fits {
                return Err(InvalidRequest::new(format!(
                    "the {what} {segment:?} is not a path segment (letters, digits, '.', '_', '-')"
                )));
            }
        }
        let base = self.base_url.trim_end_matches('/');
        let url = format!(
            "{base}/{}/{}/{endpoint}",
            self.api_version, self.phone_number_id
        );
        match Url::parse(&url) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => Ok(url),
            Ok(_) => Err(InvalidRequest::new(format!(
                "the base URL {:?} is not http or https",
                self.base_url
            ))),
            Err(e) => Err(InvalidRequest::new(format!(
                "the base URL {:?} does not parse: {e}",
                self.base_url
            ))),
        }
    }

    /// POSTs `body`, retrying as the policy allows; the status and body of a
    /// successful answer.
    async fn post(
        &self,
        url: &Url,
        content_type: HeaderValue,
        body: Bytes,
    ) -> Result<(u16, Bytes), Error> {
        let http = self
            .http
            .get_or_init(|| http_client(self.timeout))
            .as_ref()
            .map_err(invalid)?;
        let authorization = self.authorization.as_ref().map_err(invalid)?;
        let max_attempts = self.retry.max_attempts.max(1);
        let mut attempt = 1;
        loop {
            if let Some(pacer) = &self.pacer {
                pacer.wait().await;
            }
            let request = http
                .post(url.clone())
                .header(AUTHORIZATION, authorization.clone())
                .header(CONTENT_TYPE, content_type.clone())
                .timeout(self.timeout)
                .body(body.clone());
            let mut error = match self.attempt(request).await {
                Ok(answer) => return Ok(answer),
                Err(error) => error,
            };
            error.set_attempts(attempt);
            if attempt >= max_attempts || !error.is_retryable() {
                return Err(error);
            }
            let wait = error
                .retry_after()
                .unwrap_or_else(|| self.retry.backoff(attempt));
            if wait > self.retry.max_delay {
                return Err(error);
            }
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// One attempt: the status and body of a 2xx answer, else the error.
    async fn attempt(&self, request: reqwest::RequestBuilder) -> Result<(u16, Bytes), Error> {
        let mut response = request
            .send()
            .await
            .map_err(|e| Error::from_http(e, self.timeout))?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|value| retry::parse_retry_after(value.as_bytes()));
        let mut answer = BytesMut::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| Error::from_http(e, self.timeout))?
        {
            if answer.len() + chunk.len() > MAX_ANSWER {
                let reason = format!("an answer of more than {MAX_ANSWER} bytes");
                return Err(Error::UnexpectedResponse(UnexpectedResponse::new(
                    status,
                    &answer,
                    retry_after,
                    reason,
                )));
            }
            answer.extend_from_slice(&chunk);
        }
        if (200..300).contains(&status) {
            Ok((status, answer.freeze()))
        } else {
            Err(Error::from_answer(status, &answer, retry_after))
        }
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let this = &self.inner;
        f.debug_struct("Client")
            .field("phone_number_id", &this.phone_number_id)
            .field("base_url", &this.base_url)
            .field("api_version", &this.api_version)
            .field("timeout", &this.timeout)
            .field("retry", &this.retry)
            .field("pace", &this.pace)
            .finish_non_exhaustive()
    }
}

/// What Meta answered to a message it accepted.
///
/// ```json
/// {"messaging_product":"whatsapp","contacts":[{"input":"+1 555 123 4567","wa_id":"15551234567"}],
///  "messages":[{"id":"wamid.HBgL…","message_status":"accepted"}]}
/// ```
///
/// Accepted is not delivered: delivery, reading and late failures (such as
/// 131047, outside the 24-hour window) arrive as statuses in webhooks,
/// under this [`id`](Sent::id).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Sent {
    /// The message id, `wamid.…`; statuses in webhooks refer to it.
    pub id: String,
    /// `message_status` when Meta sent one, such as `accepted` or
    /// `held_for_quality_assessment`.
    pub message_status: Option<String>,
    /// The recipient as it was given (`to` or `recipient`).
    pub input: Option<String>,
    /// The recipient's WhatsApp id, when Meta shares it (not for a user
    /// addressed by business-scoped user id).
    pub wa_id: Option<String>,
    /// The recipient's business-scoped user id (`US.1349…`), when Meta sent
    /// one.
    pub user_id: Option<String>,
}

/// The HTTP client: HTTP/1.1, rustls, no redirects.
///
/// Connecting may take half the timeout of an attempt (at most 10 s), so
/// that a connection that cannot be made fails as such — certainly not
/// delivered, and retried — before the attempt's timeout, after which the
/// client could no longer tell whether the request was sent.
fn http_client(timeout: Duration) -> Result<reqwest::Client, InvalidRequest> {
    reqwest::Client::builder()
        .connect_timeout(CONNECT_TIMEOUT.min(timeout / 2))
        // A POST is never followed elsewhere, and the token never sent there.
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| InvalidRequest::new(format!("the HTTP client could not be set up: {e}")))
}

fn invalid(error: &InvalidRequest) -> Error {
    Error::InvalidRequest(error.clone())
}

fn unexpected(status: u16, body: &[u8], reason: &str) -> Error {
    Error::UnexpectedResponse(UnexpectedResponse::new(
        status,
        body,
        None,
        reason.to_owned(),
    ))
}

/// A successful answer's body as `T`.
fn parse_answer<'a, T: Deserialize<'a>>(status: u16, body: &'a [u8]) -> Result<T, Error> {
    serde_json::from_slice(body).map_err(|e| unexpected(status, body, &format!("{e}")))
}

/// The answer to an upload.
#[derive(Deserialize)]
struct Uploaded {
    id: String,
}

/// The body of a read receipt.
#[derive(Serialize)]
struct ReadReceipt<'a> {
    messaging_product: &'static str,
    status: &'static str,
    message_id: &'a str,
}

/// The answer to a read receipt.
#[derive(Deserialize)]
struct Done {
    success: bool,
}

/// The answer to a message.
#[derive(Deserialize)]
struct SendAnswer {
    #[serde(default)]
    contacts: Vec<ContactJson>,
    messages: Vec<MessageJson>,
}

#[derive(Deserialize)]
struct ContactJson {
    #[serde(default, deserialize_with = "lenient")]
    input: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    wa_id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    user_id: Option<String>,
}

#[derive(Deserialize)]
struct MessageJson {
    id: String,
    #[serde(default, deserialize_with = "lenient")]
    message_status: Option<String>,
}

impl SendAnswer {
    fn into_sent(self) -> Option<Sent> {
        let message = self.messages.into_iter().next()?;
        if message.id.is_empty() {
            return None;
        }
        let contact = self.contacts.into_iter().next();
        let (input, wa_id, user_id) =
            contact.map_or((None, None, None), |c| (c.input, c.wa_id, c.user_id));
        Some(Sent {
            id: message.id,
            message_status: message.message_status,
            input,
            wa_id,
            user_id,
        })
    }
}

/// A string, or `None` for anything else (absent, null, `""`, another type):
/// a field Meta may change must not lose the message id.
fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::String(s) if !s.is_empty() => Some(s),
        _ => None,
    })
}

/// The `multipart/form-data` body of a media upload, and its content type.
fn multipart(file: &[u8], mime: &str) -> Result<(HeaderValue, Bytes), Error> {
    if mime.is_empty()
        || !mime
            .bytes()
            .all(|b| (b' '..=b'~').contains(&b) && b != b'"')
    {
        return Err(Error::InvalidRequest(InvalidRequest::new(format!(
            "the MIME type {mime:?} is not printable ASCII without quotes"
        ))));
    }
    // 128 random bits: a file cannot contain the boundary by chance.
    let boundary = format!(
        "wa-interactive-{:016x}{:016x}",
        retry::random_u64(),
        retry::random_u64()
    );
    let mut body = BytesMut::with_capacity(file.len() + 512);
    let mut part = |headers: &str, content: &[u8]| {
        body.extend_from_slice(b"--");
        body.extend_from_slice(boundary.as_bytes());
        body.extend_from_slice(b"\r\nContent-Disposition: form-data; ");
        body.extend_from_slice(headers.as_bytes());
        body.extend_from_slice(b"\r\n\r\n");
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    };
    part(r#"name="messaging_product""#, b"whatsapp");
    part(r#"name="type""#, mime.as_bytes());
    part(
        &format!("name=\"file\"; filename=\"file\"\r\nContent-Type: {mime}"),
        file,
    );
    body.extend_from_slice(b"--");
    body.extend_from_slice(boundary.as_bytes());
    body.extend_from_slice(b"--\r\n");
    let content_type =
        HeaderValue::try_from(format!("multipart/form-data; boundary={boundary}"))
            .map_err(|_| Error::InvalidRequest(InvalidRequest::new("multipart boundary")))?;
    Ok((content_type, body.freeze()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(body: &str) -> Result<Sent, Error> {
        parse_answer::<SendAnswer>(200, body.as_bytes()).and_then(|a| {
            a.into_sent()
                .ok_or_else(|| unexpected(200, body.as_bytes(), "no message id"))
        })
    }

    #[test]
    fn a_send_answer_gives_the_id_and_the_contact() {
        let s = sent(
            r#"{"messaging_product":"whatsapp","contacts":[{"input":"+1 555 123 4567","wa_id":"15551234567"}],
            "messages":[{"id":"wamid.A","message_status":"accepted"}]}"#,
        )
        .unwrap();
        assert_eq!(s.id, "wamid.A");
        assert_eq!(s.message_status.as_deref(), Some("accepted"));
        assert_eq!(s.input.as_deref(), Some("+1 555 123 4567"));
        assert_eq!((s.wa_id.as_deref(), s.user_id), (Some("15551234567"), None));
    }

    #[test]
    fn a_bsuid_answer_has_user_id_and_an_empty_wa_id_is_absent() {
        let s = sent(
            r#"{"contacts":[{"input":"US.13491208655302741918","user_id":"US.13491208655302741918","wa_id":""}],
            "messages":[{"id":"wamid.B"}]}"#,
        )
        .unwrap();
        assert_eq!(s.user_id.as_deref(), Some("US.13491208655302741918"));
        assert_eq!((s.wa_id, s.message_status), (None, None));
        // Contacts of an unexpected shape do not lose the id.
        let s = sent(r#"{"contacts":[{"wa_id":15551234567,"input":null}],"messages":[{"id":"wamid.C","message_status":7}]}"#)
            .unwrap();
        assert_eq!((s.id.as_str(), s.wa_id, s.input), ("wamid.C", None, None));
    }

    #[test]
    fn an_answer_without_a_message_id_is_unexpected_and_may_have_been_delivered() {
        for body in [
            "",
            "{}",
            r#"{"messages":[]}"#,
            r#"{"messages":[{"id":""}]}"#,
            r#"{"messages":[{"id":null}]}"#,
            "<html></html>",
        ] {
            let e = sent(body).unwrap_err();
            assert!(matches!(e, Error::UnexpectedResponse(_)), "{body}");
            assert!(e.may_have_been_delivered(), "{body}");
        }
    }

    #[test]
    fn the_client_and_its_errors_go_across_threads() {
        fn shared<T: Send + Sync + 'static>() {}
        fn error<E: std::error::Error + Send + Sync + 'static>() {}
        shared::<Client>();
        shared::<Sent>();
        error::<Error>();
        error::<ApiError>();
    }

    #[test]
    fn urls_are_built_from_base_version_and_number() {
        let client = Client::new("t", "106540352242922");
        assert_eq!(
            client.inner.messages_url.as_ref().unwrap().as_str(),
            "https://graph.facebook.com/v26.0/106540352242922/messages"
        );
        let client = client
            .base_url("http://127.0.0.1:9/graph/")
            .api_version("v24.0");
        assert_eq!(
            client.inner.media_url.as_ref().unwrap().as_str(),
            "http://127.0.0.1:9/graph/v24.0/106540352242922/media"
        );
    }

    #[test]
    fn a_bad_configuration_is_an_invalid_request_not_a_panic() {
        for client in [
            Client::new("t", "1/../../me"),
            Client::new("t", ""),
            Client::new("t", "1").api_version("v23.0?x=1"),
            Client::new("t", "1").base_url("not a url"),
            Client::new("t", "1").base_url("ftp://example.com"),
        ] {
            let e = client.inner.messages_url.clone().unwrap_err();
            assert!(!e.reason().is_empty());
        }
        assert!(Client::new("line\nbreak", "1").inner.authorization.is_err());
        let debug = format!("{:?}", Client::new("secret-token", "1"));
        assert!(!debug.contains("secret-token"), "{debug}");
    }

    #[test]
    fn multipart_body_has_the_three_fields() {
        let (content_type, body) = multipart(b"\x89PNG\r\n--", "image/png").unwrap();
        let content_type = content_type.to_str().unwrap();
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .unwrap();
        let text = String::from_utf8_lossy(&body);
        let expected = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nimage/png\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n\
             Content-Type: image/png\r\n\r\n\u{fffd}PNG\r\n--\r\n--{boundary}--\r\n"
        );
        assert_eq!(text, expected);
        for bad in ["", "image/png\r\nX-Evil: 1", "a\"b", "image/pñg"] {
            assert!(matches!(multipart(b"", bad), Err(Error::InvalidRequest(_))));
        }
    }
}
