//! The macros' UI suite: every rule has a `compile_fail` case whose error
//! sits on the offending token (`fail/*.rs` + the committed `.stderr`), and
//! every accepted form has a `pass` case (`pass/*.rs`).
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test -p
//! wa-interactive-ui` and read the diff before committing.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("pass/*.rs");
    t.compile_fail("fail/*.rs");
}
