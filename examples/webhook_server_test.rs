//! The webhook server example, started on a free loopback port and spoken
//! to over real HTTP: the handshake, a signed notification, badly signed
//! ones, and a body that is not a notification.

use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use wa_interactive_examples::webhook_server::{Config, router};

const SECRET: &[u8] = b"app-secret";

/// Starts the router on 127.0.0.1 and returns its address.
async fn start() -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let config = Config {
        app_secret: SECRET.to_vec(),
        verify_token: "verify-token".into(),
    };
    tokio::spawn(async move { axum::serve(listener, router(Arc::new(config))).await });
    addr
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
}

#[tokio::test]
async fn a_signed_notification_is_accepted_and_read() {
    let addr = start().await;
    let body = fixture("button_reply");
    let head = format!(
        "POST /webhook HTTP/1.1\r\nContent-Type: application/json\r\nX-Hub-Signature-256: {}",
        sign(&body)
    );
    let (status, report) = request(addr, &head, &body).await;
    assert_eq!(status, 200, "{report}");
    assert!(
        report.starts_with("16505551234 tapped button confirm (Yes, confirm) answering wamid."),
        "{report}"
    );
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
async fn a_signed_body_that_is_not_a_notification_is_a_bad_request() {
    let addr = start().await;
    let body = fixture("not_whatsapp");
    let head = format!(
        "POST /webhook HTTP/1.1\r\nX-Hub-Signature-256: {}",
        sign(&body)
    );
    let (status, reason) = request(addr, &head, &body).await;
    assert_eq!(status, 400);
    assert!(reason.contains("not a WhatsApp notification"), "{reason}");
}
