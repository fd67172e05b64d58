//! A webhook endpoint: answers Meta's subscription handshake (GET), and for
//! each POST checks the signature, parses the notification and logs every
//! message, status, call and malformed item. Listens on 127.0.0.1.
//!
//! ```sh
//! APP_SECRET=… VERIFY_TOKEN=… cargo run --example webhook_server --features server
//! ```
//!
//! It refuses to start without `APP_SECRET` and `VERIFY_TOKEN`.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use wa_interactive_examples::webhook_server::{Config, router};

#[tokio::main]
async fn main() -> ExitCode {
    let config = match Config::from_vars(|name| std::env::var(name).ok()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("webhook_server: {e}");
            return ExitCode::FAILURE;
        }
    };
    let port = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(3000);
    let served = async {
        let listener =
            tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port))).await?;
        println!("listening on http://{}/webhook", listener.local_addr()?);
        axum::serve(listener, router(Arc::new(config))).await
    };
    match served.await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("webhook_server: {e}");
            ExitCode::FAILURE
        }
    }
}
