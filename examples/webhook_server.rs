//! A webhook endpoint: answers Meta's subscription handshake (GET), and for
//! each POST checks the signature, parses the notification and prints every
//! reply and status. Listens on 127.0.0.1.
//!
//! ```sh
//! APP_SECRET=… VERIFY_TOKEN=… cargo run --example webhook_server --features server
//! ```

use std::net::SocketAddr;
use std::sync::Arc;

use wa_interactive_examples::webhook_server::{Config, router};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let config = Config {
        app_secret: std::env::var("APP_SECRET")
            .unwrap_or_else(|_| "app-secret".into())
            .into_bytes(),
        verify_token: std::env::var("VERIFY_TOKEN").unwrap_or_else(|_| "verify-token".into()),
    };
    let port = std::env::var("PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(3000);
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port))).await?;
    println!("listening on http://{}/webhook", listener.local_addr()?);
    axum::serve(listener, router(Arc::new(config))).await
}
