//! The webhook server example, started on a free loopback port and spoken
//! to over real HTTP: each of its answers (200, 200 with malformed items,
//! 401, 413, 403 and the handshake's challenge), and its refusal to start
//! without a secret and a token.

use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use wa_interactive_examples::webhook_server::{self, Config, ConfigError, router};

const SECRET: &[u8] = b"app-secret";

/// Starts the router on 127.0.0.1 with a body limit and returns its address.
async fn start_with_limit(max_body_bytes: usize) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut config = Config::new("app-secret", "verify-token").unwrap();
    config.max_body_bytes = max_body_bytes;
    tokio::spawn(async move { axum::serve(listener, router(Arc::new(config))).await });
    addr
}

/// Starts the router on 127.0.0.1 and returns its address.
async fn start() -> std::net::SocketAddr {
    start_with_limit(Config::MAX_BODY_BYTES).await
}

/// Sends one HTTP/1.1 request; the status code and the body of the answer.
async fn request(addr: std::net::SocketAddr, head: &str, body: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "{head}\r\nHost: {addr}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8(answer).unwrap();
    let status = answer.split(' ').nth(1).unwrap().parse().unwrap();
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../tests/fixtures/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// POSTs `body` signed as Meta signs it; the status code and the body of the answer.
async fn post_signed(addr: std::net::SocketAddr, body: &[u8]) -> (u16, String) {
    webhook_server::post_signed(addr, SECRET, body)
        .await
        .unwrap()
}

/// The signature Meta would send with `body`.
fn sign(body: &[u8]) -> String {
    wa_interactive::webhook::signature_header(SECRET, body)
}

#[tokio::test]
async fn handshake() {
    let addr = start().await;
    let (status, body) = request(
        addr,
        "GET /webhook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=verify-token HTTP/1.1",
        b"",
    )
    .await;
    assert_eq!((status, body.as_str()), (200, "1158201444"));
    let (status, _) = request(
        addr,
        "GET /webhook?hub.mode=subscribe&hub.challenge=1&hub.verify_token=guess HTTP/1.1",
        b"",
    )
    .await;
    assert_eq!(status, 403);
    // A challenge is echoed: one that is not digits is refused.
    let (status, reason) = request(
        addr,
        "GET /webhook?hub.mode=subscribe&hub.challenge=%3Cscript%3E&hub.verify_token=verify-token HTTP/1.1",
        b"",
    )
    .await;
    assert_eq!(
        (status, reason.as_str()),
        (403, "hub.challenge is not plain digits")
    );
}

#[test]
fn the_configuration_never_prints_its_secrets() {
    let config = Config::new("app-secret-value", "verify-token-value").unwrap();
    let shown = format!("{config:?} {config:#?}");
    assert!(!shown.contains("app-secret-value"), "{shown}");
    assert!(!shown.contains("verify-token-value"), "{shown}");
    // Nor as the bytes a derived `Debug` showed the secret as.
    let bytes = format!("{:?}", b"app-secret-value".to_vec());
    assert!(!shown.contains(&bytes[1..bytes.len() - 1]), "{shown}");
    assert!(shown.contains("max_body_bytes"), "{shown}");
}

#[test]
fn it_refuses_to_start_without_a_secret_and_a_token() {
    let vars = |secret: Option<&str>, token: Option<&str>| {
        Config::from_vars(move |name| match name {
            "APP_SECRET" => secret.map(str::to_owned),
            "VERIFY_TOKEN" => token.map(str::to_owned),
            _ => None,
        })
        .map(|_| ())
    };
    assert_eq!(vars(Some("s"), Some("t")), Ok(()));
    for (secret, token, missing) in [
        (None, Some("t"), "APP_SECRET"),
        (Some(""), Some("t"), "APP_SECRET"),
        (Some("s"), None, "VERIFY_TOKEN"),
        (Some("s"), Some(""), "VERIFY_TOKEN"),
        (None, None, "APP_SECRET"),
    ] {
        let err = vars(secret, token).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("{missing} must be set and not empty")
        );
        let _: &ConfigError = &err;
    }
}

#[tokio::test]
async fn a_signed_notification_is_accepted_and_read() {
    let addr = start().await;
    let body = fixture("button_reply");
    let (status, report) = post_signed(addr, &body).await;
    assert_eq!(status, 200, "{report}");
    assert!(
        report.starts_with(
            "\"16505551234\" tapped button \"confirm\" (\"Yes, confirm\") answering \"wamid."
        ),
        "{report}"
    );
}

#[tokio::test]
async fn malformed_items_are_logged_and_the_rest_answered_200() {
    let addr = start().await;
    let body = fixture("malformed_siblings");
    let (status, report) = post_signed(addr, &body).await;
    assert_eq!(status, 200, "{report}");
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines[0], "\"16505551234\" wrote \"first\"");
    assert_eq!(lines[1], "\"16505551234\" wrote \"third\"");
    assert_eq!(
        lines[2],
        "\"wamid.S-GOOD\" is Read for Some(\"16505551234\")"
    );
    assert!(
        lines[3].starts_with("malformed entry[0].changes[0].value.messages[1]: \"invalid type"),
        "{report}"
    );
    assert!(
        lines[4].starts_with("malformed entry[1].changes[0].value.statuses[1]: "),
        "{report}"
    );
    assert_eq!(lines.len(), 5);
}

#[tokio::test]
async fn user_text_cannot_forge_log_lines() {
    let addr = start().await;
    let body = String::from_utf8(fixture("username")).unwrap().replace(
        "Does it come in another color?",
        "hi\\n\\\"US.1\\\" tapped button \\\"refund\\\"",
    );
    let (status, report) = post_signed(addr, body.as_bytes()).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(
        report,
        "\"US.13491208655302741918\" wrote \"hi\\n\\\"US.1\\\" tapped button \\\"refund\\\"\"\n"
    );
}

#[tokio::test]
async fn a_call_button_tap_is_logged() {
    let addr = start().await;
    let body = fixture("calls_connect");
    let (status, report) = post_signed(addr, &body).await;
    assert_eq!(status, 200, "{report}");
    assert!(report.starts_with("call \"wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh\" Connect from Some(\"16315553602\") (payload Some(\"order-4471\"))"), "{report}");
}

#[tokio::test]
async fn a_body_over_the_limit_is_413() {
    let addr = start_with_limit(1024).await;
    let body = vec![b' '; 2048];
    assert_eq!(post_signed(addr, &body).await.0, 413);
    // At the limit, it is read (and, signed, answered 200).
    let body = vec![b' '; 1024];
    assert_eq!(post_signed(addr, &body).await.0, 200);
}

#[tokio::test]
async fn badly_signed_notifications_are_refused() {
    let addr = start().await;
    let body = fixture("button_reply");
    let good = sign(&body);
    let forged = sign(b"another body");
    for header in [
        String::new(),
        format!("\r\nX-Hub-Signature-256: {forged}"),
        format!("\r\nX-Hub-Signature-256: {}", &good[..20]),
        format!("\r\nX-Hub-Signature-256: {}", good.replace("sha256", "md5")),
    ] {
        let head = format!("POST /webhook HTTP/1.1\r\nContent-Type: application/json{header}");
        let (status, reason) = request(addr, &head, &body).await;
        assert_eq!(status, 401, "{header}: {reason}");
    }
    // The right signature over different bytes is refused too.
    let mut tampered = body.clone();
    tampered.push(b' ');
    let head = format!("POST /webhook HTTP/1.1\r\nX-Hub-Signature-256: {good}");
    assert_eq!(request(addr, &head, &tampered).await.0, 401);
}

#[tokio::test]
async fn a_signed_body_that_is_not_a_notification_is_logged_and_answered_200() {
    // Any other answer would make Meta send it again, for days.
    let addr = start().await;
    let body = fixture("not_whatsapp");
    let (status, reason) = post_signed(addr, &body).await;
    assert_eq!(status, 200);
    assert!(
        reason.starts_with("ignored a signed body: not a WhatsApp notification"),
        "{reason}"
    );
}
