//! Cross-crate tests of `wa-interactive`; see the `[[test]]` targets.
