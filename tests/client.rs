//! The Cloud API client against real HTTP servers on 127.0.0.1 that each
//! test starts: what is sent, every shape of error, which failures are
//! retried (and how often the server saw the request), pacing, uploads and
//! read receipts. Nothing here reaches the internet.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Multipart, State};
use axum::http::{HeaderMap, Request, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;
use wa_interactive::client::{Client, Error, RetryPolicy};
use wa_interactive::{LocationRequest, OutgoingMessage, location_request};

const TOKEN: &str = "EAAG-test-token";
const PHONE: &str = "106540352242922";
static ASK: LocationRequest = location_request! { body: "Where should we deliver?" };

/// One request as the server received it.
#[derive(Clone, Debug)]
struct Seen {
    path: String,
    authorization: String,
    content_type: String,
    body: Bytes,
}

/// What the server does with a request.
enum Answer {
    /// Answers with this status, extra headers and body.
    Reply(u16, Vec<(&'static str, String)>, String),
    /// Keeps the request (its body read) and never answers.
    Stall,
}

type Respond = dyn Fn(usize, &Seen) -> Answer + Send + Sync;

struct Shared {
    seen: Mutex<Vec<Seen>>,
    respond: Box<Respond>,
}

/// A test server: records every request, answers through a closure given
/// the request's number (0 for the first) and the request.
struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
}

impl Server {
    async fn start(respond: impl Fn(usize, &Seen) -> Answer + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared {
            seen: Mutex::new(Vec::new()),
            respond: Box::new(respond),
        });
        let app = Router::new().fallback(handle).with_state(shared.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Server { addr, shared }
    }

    fn client(&self) -> Client {
        Client::new(TOKEN, PHONE)
            .base_url(format!("http://{}", self.addr))
            .retry(FAST)
    }

    fn seen(&self) -> Vec<Seen> {
        self.shared.seen.lock().unwrap().clone()
    }

    fn count(&self) -> usize {
        self.shared.seen.lock().unwrap().len()
    }
}

/// Retries as by default, with short waits so that the tests stay quick.
const FAST: RetryPolicy = RetryPolicy {
    max_attempts: 4,
    base_delay: Duration::from_millis(5),
    max_delay: Duration::from_secs(2),
};

/// As [`FAST`], three attempts at most.
const THREE_ATTEMPTS: RetryPolicy = RetryPolicy {
    max_attempts: 3,
    ..FAST
};

/// The message most tests send.
fn ask() -> OutgoingMessage {
    OutgoingMessage::new("15551234567", ASK.clone())
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let text = |name| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let seen = Seen {
        path: uri.path().to_owned(),
        authorization: text(header::AUTHORIZATION),
        content_type: text(header::CONTENT_TYPE),
        body,
    };
    let answer = {
        let mut all = shared.seen.lock().unwrap();
        all.push(seen.clone());
        (shared.respond)(all.len() - 1, &seen)
    };
    match answer {
        Answer::Reply(status, extra, body) => {
            let mut response = (StatusCode::from_u16(status).unwrap(), body).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, "application/json".parse().unwrap());
            for (name, value) in extra {
                headers.insert(name, value.parse().unwrap());
            }
            response
        }
        Answer::Stall => std::future::pending().await,
    }
}

/// Graph's answer to an accepted message, echoing its recipient as Meta
/// does: `wa_id` for a phone number, `user_id` for a BSUID.
fn accepted(seen: &Seen) -> Answer {
    let body: Value = serde_json::from_slice(&seen.body).unwrap();
    let input = body["recipient"].as_str().or(body["to"].as_str()).unwrap();
    let contact = if input.contains('.') {
        json!({ "input": input, "user_id": input })
    } else {
        json!({ "input": input, "wa_id": input })
    };
    let answer = json!({
        "messaging_product": "whatsapp",
        "contacts": [contact],
        "messages": [{ "id": format!("wamid.{input}"), "message_status": "accepted" }],
    });
    Answer::Reply(200, vec![], answer.to_string())
}

fn graph_error(code: u32) -> String {
    json!({ "error": { "message": "limit", "type": "OAuthException", "code": code, "fbtrace_id": "Atrace" } })
        .to_string()
}

#[tokio::test]
async fn a_message_is_posted_as_to_json_with_the_token_and_its_id_returned() {
    let server = Server::start(|_, seen| accepted(seen)).await;
    let message = OutgoingMessage::new("15551234567", ASK.clone()).reply_to("wamid.IN");
    let sent = server
        .client()
        .api_version("v23.0")
        .send(&message)
        .await
        .unwrap();
    assert_eq!(sent.id, "wamid.15551234567");
    assert_eq!(sent.message_status.as_deref(), Some("accepted"));
    assert_eq!(sent.input.as_deref(), Some("15551234567"));
    assert_eq!(sent.wa_id.as_deref(), Some("15551234567"));
    assert_eq!(sent.user_id, None);

    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].path, format!("/v23.0/{PHONE}/messages"));
    assert_eq!(seen[0].authorization, format!("Bearer {TOKEN}"));
    assert_eq!(seen[0].content_type, "application/json");
    assert_eq!(seen[0].body, message.to_json().as_bytes());
}

#[tokio::test]
async fn a_bsuid_recipient_is_sent_as_to_json_and_its_user_id_returned() {
    let bsuid = "US.13491208655302741918";
    let server = Server::start(|_, seen| accepted(seen)).await;
    let message = OutgoingMessage::new(bsuid, ASK.clone());
    let sent = server.client().send(&message).await.unwrap();
    assert_eq!(sent.user_id.as_deref(), Some(bsuid));
    assert_eq!((sent.input.as_deref(), sent.wa_id), (Some(bsuid), None));
    let seen = server.seen();
    assert_eq!(seen[0].body, message.to_json().as_bytes());
    let body: Value = serde_json::from_slice(&seen[0].body).unwrap();
    assert!(body["recipient"] == bsuid || body["to"] == bsuid, "{body}");
}

/// Sends one message to a server that always gives this answer; the error
/// and how many requests the server saw.
async fn error_for(
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: &str,
) -> (Error, usize) {
    let body = body.to_owned();
    let server =
        Server::start(move |_, _| Answer::Reply(status, headers.clone(), body.clone())).await;
    let error = server.client().send(&ask()).await.unwrap_err();
    (error, server.count())
}

#[tokio::test]
async fn a_131009_keeps_graphs_error_object_and_reads_well() {
    let body = r#"{"error":{"message":"(#131009) Parameter value is not valid","type":"OAuthException",
        "code":131009,"error_subcode":2494010,"error_data":{"messaging_product":"whatsapp",
        "details":"Button title length invalid. Min length: 1, Max length: 20"},
        "fbtrace_id":"AZp7mK1xQ","is_transient":false,"error_user_title":"Title","error_user_msg":"Msg"}}"#;
    let (error, requests) = error_for(400, vec![], body).await;
    assert_eq!(requests, 1);
    let text = error.to_string();
    for part in ["131009", "Button title length invalid", "AZp7mK1xQ"] {
        assert!(text.contains(part), "{text}");
    }
    assert!(!error.is_rate_limited() && !error.is_transient());
    assert!(!error.may_have_been_delivered());
    let Error::Api(e) = error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (e.status, e.code, e.error_subcode),
        (400, 131_009, Some(2_494_010))
    );
    assert_eq!(
        e.details.as_deref(),
        Some("Button title length invalid. Min length: 1, Max length: 20")
    );
    assert_eq!(e.kind.as_deref(), Some("OAuthException"));
    assert_eq!(e.fbtrace_id.as_deref(), Some("AZp7mK1xQ"));
    assert_eq!(e.is_transient, Some(false));
    assert_eq!(e.error_user_title.as_deref(), Some("Title"));
    assert_eq!(e.error_user_msg.as_deref(), Some("Msg"));
    assert_eq!(e.message, "(#131009) Parameter value is not valid");
}

#[tokio::test]
async fn an_error_object_without_the_optional_fields_is_still_graphs() {
    let (error, requests) = error_for(400, vec![], r#"{"error":{"code":131008}}"#).await;
    assert_eq!(requests, 1);
    let Error::Api(e) = &error else {
        panic!("{error:?}")
    };
    assert_eq!((e.code, e.message.as_str()), (131_008, ""));
    assert_eq!(
        (&e.details, &e.fbtrace_id, e.error_subcode),
        (&None, &None, None)
    );
    assert_eq!(error.to_string(), "WhatsApp API error 131008, HTTP 400");
}

#[tokio::test]
async fn a_bad_token_is_a_401_oauth_error_not_retried() {
    let body = r#"{"error":{"message":"Invalid OAuth access token - Cannot parse access token",
        "type":"OAuthException","code":190,"fbtrace_id":"AbCd"}}"#;
    let (error, requests) = error_for(401, vec![], body).await;
    assert_eq!(requests, 1);
    assert!(!error.may_have_been_delivered() && !error.is_transient());
    let Error::Api(e) = error else {
        panic!("{error:?}")
    };
    assert_eq!(
        (e.status, e.code, e.kind.as_deref()),
        (401, 190, Some("OAuthException"))
    );
}

#[tokio::test]
async fn an_html_502_is_an_unexpected_response_that_may_have_been_delivered() {
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let (error, requests) = error_for(502, vec![("content-type", "text/html".into())], page).await;
    assert_eq!(requests, 1, "a 5xx is never retried");
    assert!(error.may_have_been_delivered() && error.is_transient());
    assert!(error.to_string().contains("HTTP 502"), "{error}");
    let Error::UnexpectedResponse(e) = error else {
        panic!("{error:?}")
    };
    assert_eq!((e.status, e.body.as_str()), (502, page));
}

#[tokio::test]
async fn malformed_json_is_an_unexpected_response() {
    // In a success: the message was accepted, but the answer cannot say its id.
    let (error, requests) = error_for(200, vec![], r#"{"messages":[{"id":"wamid."#).await;
    assert_eq!(requests, 1);
    assert!(matches!(error, Error::UnexpectedResponse(_)), "{error:?}");
    assert!(error.may_have_been_delivered());
    // In a refusal: refused all the same.
    let (error, requests) = error_for(400, vec![], r#"{"error":{"code":1"#).await;
    assert_eq!(requests, 1);
    assert!(matches!(error, Error::UnexpectedResponse(_)), "{error:?}");
    assert!(!error.may_have_been_delivered());
}

#[tokio::test]
async fn a_500_is_returned_after_one_request_and_may_have_been_delivered() {
    let body = r#"{"error":{"message":"An unknown error has occurred.","type":"OAuthException","code":1,"is_transient":true,"fbtrace_id":"A5"}}"#;
    let (error, requests) = error_for(500, vec![], body).await;
    assert_eq!(requests, 1);
    assert!(error.may_have_been_delivered() && error.is_transient());
    assert!(!error.is_rate_limited());
    assert_eq!(error.attempts(), 1);
    assert!(matches!(&error, Error::Api(e) if e.status == 500 && e.code == 1));
}

#[tokio::test]
async fn a_429_with_retry_after_is_waited_out_and_the_message_accepted_once() {
    let server = Server::start(|n, seen| {
        if n == 0 {
            Answer::Reply(429, vec![("retry-after", "1".into())], graph_error(130_429))
        } else {
            accepted(seen)
        }
    })
    .await;
    let start = Instant::now();
    let sent = server.client().send(&ask()).await.unwrap();
    assert!(
        start.elapsed() >= Duration::from_secs(1),
        "Retry-After honoured"
    );
    assert_eq!(sent.id, "wamid.15551234567");
    let seen = server.seen();
    assert_eq!(seen.len(), 2, "one refused, one accepted");
    assert_eq!(seen[0].body, seen[1].body);
}

#[tokio::test]
async fn throughput_codes_in_a_400_are_retried() {
    for code in [130_429, 131_056] {
        let server = Server::start(move |n, seen| {
            if n < 2 {
                Answer::Reply(400, vec![], graph_error(code))
            } else {
                accepted(seen)
            }
        })
        .await;
        server.client().send(&ask()).await.unwrap();
        assert_eq!(server.count(), 3, "code {code}: two refused, one accepted");
    }
}

#[tokio::test]
async fn retries_are_bounded() {
    let server = Server::start(|_, _| Answer::Reply(400, vec![], graph_error(130_429))).await;
    let client = server.client().retry(THREE_ATTEMPTS);
    let error = client.send(&ask()).await.unwrap_err();
    assert_eq!((server.count(), error.attempts()), (3, 3));
    assert!(error.is_rate_limited() && !error.may_have_been_delivered());
    assert!(error.to_string().ends_with("after 3 attempts"), "{error}");

    // A Retry-After longer than the policy allows is returned, not waited out.
    let server = Server::start(|_, _| {
        Answer::Reply(
            429,
            vec![("retry-after", "3600".into())],
            graph_error(130_429),
        )
    })
    .await;
    let error = server.client().send(&ask()).await.unwrap_err();
    assert_eq!(server.count(), 1);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3600)));

    // Other rate limits last hours and are not retried.
    let (error, requests) = error_for(400, vec![], &graph_error(80_007)).await;
    assert_eq!(requests, 1);
    assert!(error.is_rate_limited());
}

#[tokio::test]
async fn a_server_that_takes_the_body_and_stalls_is_a_timeout_after_one_request() {
    let server = Server::start(|_, _| Answer::Stall).await;
    let client = server.client().timeout(Duration::from_millis(300));
    let message = ask();
    let error = client.send(&message).await.unwrap_err();
    assert!(matches!(&error, Error::Timeout(t) if t.timeout() == Duration::from_millis(300)));
    assert!(error.may_have_been_delivered() && error.is_transient());
    let seen = server.seen();
    assert_eq!(seen.len(), 1, "a timeout is never retried");
    assert_eq!(
        seen[0].body,
        message.to_json().as_bytes(),
        "the body arrived"
    );
}

/// A server that reads each request whole and resets the connection
/// instead of answering; how many requests it read.
async fn resetting_server() -> (SocketAddr, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let requests = Arc::new(AtomicUsize::new(0));
    let counter = requests.clone();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut request = Vec::new();
            let mut buf = [0; 4096];
            let complete = loop {
                let Ok(n @ 1..) = stream.read(&mut buf).await else {
                    break false;
                };
                request.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&request);
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let length: usize = head
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse().unwrap())
                        })
                        .unwrap_or(0);
                    if body.len() >= length {
                        break true;
                    }
                }
            };
            if complete {
                counter.fetch_add(1, Ordering::SeqCst);
            }
            stream.set_zero_linger().unwrap();
            drop(stream);
        }
    });
    (addr, requests)
}

#[tokio::test]
async fn a_reset_after_the_request_was_sent_is_returned_not_retried() {
    let (addr, requests) = resetting_server().await;
    let client = Client::new(TOKEN, PHONE)
        .base_url(format!("http://{addr}"))
        .retry(FAST);
    let error = client.send(&ask()).await.unwrap_err();
    let Error::Transport(e) = &error else {
        panic!("{error:?}")
    };
    assert!(!e.before_request_sent());
    assert!(error.may_have_been_delivered() && error.is_transient());
    assert_eq!(requests.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_refused_connection_is_retried_then_returned() {
    // A port that nothing listens on: bound, then closed.
    let addr = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap();
    let client = Client::new(TOKEN, PHONE)
        .base_url(format!("http://{addr}"))
        .retry(THREE_ATTEMPTS);
    let error = client.send(&ask()).await.unwrap_err();
    let Error::Transport(e) = &error else {
        panic!("{error:?}")
    };
    assert!(e.before_request_sent());
    assert_eq!(error.attempts(), 3);
    assert!(!error.may_have_been_delivered() && error.is_transient());
    assert!(
        error
            .to_string()
            .starts_with("could not connect to the WhatsApp API in 3 attempts"),
        "{error}"
    );
}

#[tokio::test]
async fn a_connection_not_made_in_time_is_retried_and_sent_nothing() {
    // A listener that never accepts, its queue full: the kernel drops new
    // connection requests, so connecting hangs.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(1).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut queued = Vec::new();
    let hangs = loop {
        let connect = tokio::net::TcpStream::connect(addr);
        match tokio::time::timeout(Duration::from_millis(200), connect).await {
            Ok(stream) => queued.push(stream.unwrap()),
            Err(_) => break true,
        }
        if queued.len() > 64 {
            break false;
        }
    };
    assert!(hangs, "connecting to a full queue did not hang here");

    // Connecting may take half of the 1 s timeout; then it is a connection
    // error, not a timeout after which the request may have been sent.
    let client = Client::new(TOKEN, PHONE)
        .base_url(format!("http://{addr}"))
        .retry(THREE_ATTEMPTS)
        .timeout(Duration::from_secs(1));
    let error = client.send(&ask()).await.unwrap_err();
    let Error::Transport(e) = &error else {
        panic!("{error:?}")
    };
    assert!(e.before_request_sent(), "{error}");
    assert_eq!(error.attempts(), 3);
    assert!(!error.may_have_been_delivered());
    drop((listener, queued));
}

#[tokio::test]
async fn a_bad_configuration_sends_nothing() {
    let server = Server::start(|_, seen| accepted(seen)).await;
    let message = ask();
    for client in [
        Client::new("token\r\nX-Evil: 1", PHONE).base_url(format!("http://{}", server.addr)),
        Client::new(TOKEN, "1/../2").base_url(format!("http://{}", server.addr)),
    ] {
        let error = client.send(&message).await.unwrap_err();
        assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
        assert!(!error.may_have_been_delivered());
    }
    assert_eq!(server.count(), 0);
}

#[tokio::test]
async fn upload_media_posts_multipart_and_returns_the_id() {
    let server =
        Server::start(|_, _| Answer::Reply(200, vec![], r#"{"id":"1037543291543636"}"#.into()))
            .await;
    // Bytes that look like multipart syntax must pass through untouched.
    let file: Vec<u8> = b"\x89PNG\r\n\x1a\n\r\n--boundary\r\n\0\xff"
        .iter()
        .copied()
        .chain((0..=255).cycle().take(5000))
        .collect();
    let id = server
        .client()
        .upload_media(&file, "image/png")
        .await
        .unwrap();
    assert_eq!(id, "1037543291543636");

    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].path, format!("/v26.0/{PHONE}/media"));
    assert_eq!(seen[0].authorization, format!("Bearer {TOKEN}"));
    let request = Request::builder()
        .header(header::CONTENT_TYPE, &seen[0].content_type)
        .body(Body::from(seen[0].body.clone()))
        .unwrap();
    let mut form = Multipart::from_request(request, &()).await.unwrap();
    let mut fields = Vec::new();
    while let Some(field) = form.next_field().await.unwrap() {
        let name = field.name().unwrap().to_owned();
        let content_type = field.content_type().map(str::to_owned);
        let has_filename = field.file_name().is_some();
        fields.push((
            name,
            content_type,
            has_filename,
            field.bytes().await.unwrap(),
        ));
    }
    assert_eq!(fields.len(), 3, "{fields:?}");
    assert_eq!(fields[0].0, "messaging_product");
    assert_eq!(fields[0].3, "whatsapp");
    assert_eq!(fields[1].0, "type");
    assert_eq!(fields[1].3, "image/png");
    assert_eq!(
        (fields[2].0.as_str(), fields[2].1.as_deref(), fields[2].2),
        ("file", Some("image/png"), true)
    );
    assert_eq!(fields[2].3, file);
}

#[tokio::test]
async fn mark_read_posts_the_read_status() {
    let server =
        Server::start(|_, _| Answer::Reply(200, vec![], r#"{"success":true}"#.into())).await;
    let id = r#"wamid.HBgL"quoted"\n"#;
    server.client().mark_read(id).await.unwrap();
    let seen = server.seen();
    assert_eq!(seen[0].path, format!("/v26.0/{PHONE}/messages"));
    assert_eq!(seen[0].content_type, "application/json");
    let body: Value = serde_json::from_slice(&seen[0].body).unwrap();
    assert_eq!(
        body,
        json!({ "messaging_product": "whatsapp", "status": "read", "message_id": id })
    );

    let server =
        Server::start(|_, _| Answer::Reply(200, vec![], r#"{"success":false}"#.into())).await;
    let error = server.client().mark_read("wamid.X").await.unwrap_err();
    assert!(matches!(error, Error::UnexpectedResponse(_)), "{error:?}");
}

/// Sends `count` messages, each to its own number, with `in_flight` at once
/// over clones of `client`; every result in order.
async fn send_many(client: &Client, count: usize, in_flight: usize) -> Vec<Result<String, Error>> {
    let next = Arc::new(AtomicUsize::new(0));
    let results = Arc::new(Mutex::new((0..count).map(|_| None).collect::<Vec<_>>()));
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..in_flight {
        let (client, next, results) = (client.clone(), next.clone(), results.clone());
        workers.spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= count {
                    break;
                }
                let message = OutgoingMessage::new(format!("1555{i:07}"), ASK.clone());
                let result = client.send(&message).await.map(|sent| sent.id);
                results.lock().unwrap()[i] = Some(result);
            }
        });
    }
    while let Some(done) = workers.join_next().await {
        done.unwrap();
    }
    let results = std::mem::take(&mut *results.lock().unwrap());
    results.into_iter().map(Option::unwrap).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_sends_64_in_flight_are_each_accepted_exactly_once() {
    let server = Server::start(|_, seen| accepted(seen)).await;
    let results = send_many(&server.client(), 1000, 64).await;
    for (i, result) in results.iter().enumerate() {
        assert_eq!(result.as_ref().unwrap(), &format!("wamid.1555{i:07}"));
    }
    let mut recipients: Vec<String> = server
        .seen()
        .iter()
        .map(|seen| {
            let body: Value = serde_json::from_slice(&seen.body).unwrap();
            body["to"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(recipients.len(), 1000);
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 1000, "no message was sent twice");
}

/// A server that answers 429 (code 130429) above `per_second` requests a
/// second: a token bucket holding `burst` tokens, as Meta's limits allow
/// short bursts. The burst also absorbs delays in this busy test process.
fn rate_limited(per_second: f64, burst: f64) -> impl Fn(usize, &Seen) -> Answer + Send + Sync {
    let bucket = Mutex::new((burst, Instant::now()));
    move |_, seen| {
        let mut bucket = bucket.lock().unwrap();
        let (tokens, last) = *bucket;
        let now = Instant::now();
        let tokens = (tokens + now.duration_since(last).as_secs_f64() * per_second).min(burst);
        if tokens >= 1.0 {
            *bucket = (tokens - 1.0, now);
            accepted(seen)
        } else {
            *bucket = (tokens, now);
            Answer::Reply(429, vec![], graph_error(130_429))
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_paced_at_the_servers_rate_gets_no_429() {
    const RATE: u32 = 100;
    const MESSAGES: usize = 120;
    // Unpaced, the same sends collect 429s from this server: it does limit.
    let server = Server::start(rate_limited(f64::from(RATE), 40.0)).await;
    let results = send_many(&server.client().retry(RetryPolicy::NONE), MESSAGES, 16).await;
    let refused = results
        .iter()
        .filter(|r| matches!(r, Err(e) if e.is_rate_limited()))
        .count();
    assert!(
        refused > 0,
        "the server let {MESSAGES} unpaced sends through"
    );

    // Paced at its rate, none is refused (and none is retried: no retries).
    let server = Server::start(rate_limited(f64::from(RATE), 40.0)).await;
    let client = server.client().retry(RetryPolicy::NONE).pace(RATE);
    let results = send_many(&client, MESSAGES, 16).await;
    for result in &results {
        assert!(result.is_ok(), "{result:?}");
    }
    assert_eq!(server.count(), MESSAGES);
}
