//! Runnable examples of `wa-interactive`: `cargo run --example quickstart`.
//!
//! With the `server` feature, [`webhook_server`] holds the router of the
//! webhook server example, so that a test can start it on a loopback port.

#[cfg(feature = "server")]
#[path = "webhook_server/mod.rs"]
pub mod webhook_server;
