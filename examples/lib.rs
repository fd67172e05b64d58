//! Runnable examples of `wa-interactive`: `cargo run --example quickstart`.
