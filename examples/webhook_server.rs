//! A webhook endpoint: answers Meta's subscription handshake (GET), and for
//! each POST checks the signature, parses the notification and logs every
//! message, status, call and malformed item. Listens on 127.0.0.1, on the
//! port in `PORT` (3000 by default).
//!
//! ```sh
//! APP_SECRET=… VERIFY_TOKEN=… cargo run --example webhook_server --features server
//! ```
//!
//! It refuses to start without `APP_SECRET` and `VERIFY_TOKEN`.

use std::process::ExitCode;
use std::sync::Arc;

use wa_interactive_examples::webhook_server::{Config, listener, router};

#[tokio::main]
async fn main() -> ExitCode {
    let config = match Config::from_vars(|name| std::env::var(name).ok()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("webhook_server: {e}");
            return ExitCode::FAILURE;
        }
    };
    let served = async {
        let listener = listener().await?;
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
