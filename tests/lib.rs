//! Cross-crate tests of `wa-interactive`; see the `[[test]]` targets.

/// The README's examples, run as doctests so the front page cannot rot
/// (with the `webhook` feature, which its webhook example needs).
// The README is prose for people; clippy's Markdown hints do not apply to it.
#[cfg(feature = "webhook")]
#[allow(clippy::doc_markdown)]
#[doc = include_str!("../README.md")]
mod readme {}
