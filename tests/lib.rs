//! Cross-crate tests of `wa-interactive`; see the `[[test]]` targets.

/// The README's examples, run as doctests so the front page cannot rot
/// (with the `webhook` feature, which its webhook example needs).
// The README is prose for people; clippy's Markdown hints do not apply to it.
#[cfg(feature = "webhook")]
#[allow(clippy::doc_markdown)]
#[doc = include_str!("../README.md")]
mod readme {}

/// How many cases a property test runs: `PROPTEST_CASES` when set (a long
/// run: `PROPTEST_CASES=100000 cargo test -p wa-interactive-tests`), else
/// `default`, sized so that the property takes a few seconds.
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}
