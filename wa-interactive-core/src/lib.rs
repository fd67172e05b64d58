//! The rules of WhatsApp interactive messages, written once.
//!
//! This crate is an implementation detail of [`wa-interactive`]: the macros
//! check literal messages with it at compile time, and the runtime builders
//! and `Deserialize` check dynamic messages with it at run time, so both
//! sides enforce the same limits and report the same
//! [`Violation`]s (what is wrong, where, the figure and the limit).
//!
//! - [`Field`]: every text field, its character limit and its form
//!   (trimmed id, http(s) URL); [`Field::check`] checks one text.
//! - [`Count`]: the bounds on sections, rows and buttons.
//! - [`shape`]: each message kind's structure and its structural rules
//!   (required keys, counts across sections, unique ids and titles,
//!   exclusive keys), checked by `check()` on a shape.
//! - [`json`]: renders a fully known shape as the API's JSON.
//!
//! Lengths are counted in Unicode scalar values (`str::chars().count()`).
//!
//! [`wa-interactive`]: https://docs.rs/wa-interactive

mod field;
pub mod json;
mod path;
pub mod shape;
mod violation;

pub use field::{Field, TextProblem, is_http_url};
pub use path::{Path, Seg};
pub use violation::{Count, Kind, Violation};
