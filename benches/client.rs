//! Sending: messages per second from `Client::send` to a server on
//! 127.0.0.1 in this process, with 1, 16 and 64 requests in flight, and the
//! client's CPU time per message — against reqwest alone posting the same
//! bytes with the same headers (no serializing, no reading of the answer),
//! the floor for a client built on it.
//!
//! The client runs on a current-thread runtime on the benchmark's thread,
//! so all of its work (serializing, HTTP, parsing the answer) is that
//! thread's CPU time; the server (axum, answering a fixed success) runs on
//! its own thread. On a 2-core machine each has a core.
//!
//! `cargo bench -p wa-interactive-benches --features client --bench client`

use std::hint::black_box;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tokio::runtime::Runtime;
use wa_interactive::client::{Client, RetryPolicy};
use wa_interactive::{ButtonMessage, OutgoingMessage, reply_buttons};

const PHONE: &str = "106540352242922";
const TOKEN: &str = "EAAG-benchmark-token";
const ANSWER: &str = r#"{"messaging_product":"whatsapp","contacts":[{"input":"15551234567","wa_id":"15551234567"}],"messages":[{"id":"wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA","message_status":"accepted"}]}"#;

/// A reply-buttons message with an image header: about 500 bytes of JSON.
static ASK: ButtonMessage = reply_buttons! {
    header: image { link: "https://example.com/cake.png" },
    body: "Your order of one chocolate cake is ready. How do you want it?",
    footer: "Reply within 24 hours",
    buttons: [
        { id: "delivery", title: "Deliver to me" },
        { id: "pickup", title: "I'll pick it up" },
        { id: "cancel", title: "Cancel the order" },
    ],
};

/// Starts the server on its own thread; its address and its count of
/// requests received.
fn start_server() -> (SocketAddr, Arc<AtomicU64>) {
    let received = Arc::new(AtomicU64::new(0));
    let count = received.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("binds");
            tx.send(listener.local_addr().expect("address"))
                .expect("sends");
            let app = Router::new().fallback(answer).with_state(count);
            axum::serve(listener, app).await.expect("serves");
        });
    });
    (rx.recv().expect("server address"), received)
}

async fn answer(State(count): State<Arc<AtomicU64>>, body: Bytes) -> impl IntoResponse {
    black_box(body);
    count.fetch_add(1, Ordering::Relaxed);
    ([(header::CONTENT_TYPE, "application/json")], ANSWER)
}

/// One way of sending a message.
#[derive(Clone)]
enum Sender {
    /// `Client::send` of an `OutgoingMessage`.
    Client(Client, Box<OutgoingMessage>),
    /// reqwest alone, posting the request body rendered once, with the
    /// same headers (the authorization made once, as the client does).
    Reqwest(reqwest::Client, String, HeaderValue, Bytes),
}

impl Sender {
    async fn send(&self) {
        match self {
            Sender::Client(client, message) => {
                black_box(client.send(message).await.expect("sent"));
            }
            Sender::Reqwest(http, url, authorization, body) => {
                let response = http
                    .post(url)
                    .header(header::AUTHORIZATION, authorization.clone())
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(body.clone())
                    .send()
                    .await
                    .expect("sent");
                assert!(response.status().is_success());
                black_box(response.bytes().await.expect("answer"));
            }
        }
    }
}

/// Sends `count` messages with `in_flight` at once; the wall time and the
/// CPU time of this thread (where every client task runs).
fn run(rt: &Runtime, sender: &Sender, count: u64, in_flight: usize) -> (Duration, Duration) {
    let cpu = thread_cpu();
    let wall = Instant::now();
    rt.block_on(async {
        let next = Arc::new(AtomicUsize::new(0));
        let count = usize::try_from(count).expect("fits");
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..in_flight.min(count) {
            let (sender, next) = (sender.clone(), next.clone());
            tasks.spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < count {
                    sender.send().await;
                }
            });
        }
        while let Some(done) = tasks.join_next().await {
            done.expect("task");
        }
    });
    (wall.elapsed(), thread_cpu().saturating_sub(cpu))
}

/// CPU time of the calling thread so far (Linux: `/proc/thread-self/schedstat`).
fn thread_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").expect("Linux schedstat");
    let ns = stat
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("CPU time in ns");
    Duration::from_nanos(ns)
}

fn senders(addr: SocketAddr) -> [(&'static str, Sender); 2] {
    let base = format!("http://{addr}");
    let client = Client::new(TOKEN, PHONE)
        .base_url(&base)
        .retry(RetryPolicy::NONE);
    let message = OutgoingMessage::new("15551234567", ASK.clone());
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let url = format!(
        "{base}/{}/{PHONE}/messages",
        wa_interactive::client::DEFAULT_API_VERSION
    );
    let body = Bytes::from(message.to_json());
    let authorization = HeaderValue::try_from(format!("Bearer {TOKEN}")).expect("header");
    [
        ("client", Sender::Client(client, Box::new(message))),
        (
            "reqwest_alone",
            Sender::Reqwest(http, url, authorization, body),
        ),
    ]
}

fn client_rt() -> Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

fn send(c: &mut Criterion) {
    let (addr, received) = start_server();
    let rt = client_rt();
    let mut sent = 0;
    let mut group = c.benchmark_group("client_send");
    group.throughput(Throughput::Elements(1));
    for (name, sender) in senders(addr) {
        for in_flight in [1, 16, 64] {
            group.bench_function(format!("{name}_{in_flight:02}_in_flight"), |b| {
                b.iter_custom(|iters| {
                    sent += iters;
                    run(&rt, &sender, iters, in_flight).0
                });
            });
        }
    }
    group.finish();
    assert_eq!(received.load(Ordering::Relaxed), sent, "every send arrived");
}

/// The same runs, timed by the client thread's CPU time: criterion's
/// "time" in this group is CPU time per message.
fn cpu(c: &mut Criterion) {
    let (addr, _) = start_server();
    let rt = client_rt();
    let mut group = c.benchmark_group("client_cpu");
    for (name, sender) in senders(addr) {
        for in_flight in [1, 64] {
            group.bench_function(format!("{name}_{in_flight:02}_in_flight"), |b| {
                b.iter_custom(|iters| run(&rt, &sender, iters, in_flight).1);
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = send, cpu
}
criterion_main!(benches);
