//! The macros' UI suite: every rule has a `compile_fail` case whose error
//! sits on the offending token (`ui/*.rs` + the committed `.stderr`), and
//! every accepted form has a `pass` case (`ui/pass/*.rs`).
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test -p
//! wa-interactive-tests --test ui` and read the diff before committing.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("ui/pass/*.rs");
    t.compile_fail("ui/*.rs");
}
