//! Runnable examples of `wa-interactive`: `cargo run --example quickstart`.
//!
//! With the `server` feature, [`webhook_server`] holds the endpoint of the
//! webhook server example, so that a test can start it on a loopback port;
//! with the `bot` feature, [`bot`] holds the bot example's handler, which
//! answers on that endpoint.

#[cfg(feature = "server")]
#[path = "webhook_server/mod.rs"]
pub mod webhook_server;

#[cfg(feature = "bot")]
#[path = "bot/mod.rs"]
pub mod bot;
