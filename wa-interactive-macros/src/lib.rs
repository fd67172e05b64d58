//! Implementation detail of [`wa-interactive`]: use that crate, which
//! re-exports these macros.
//!
//! [`wa-interactive`]: https://docs.rs/wa-interactive
