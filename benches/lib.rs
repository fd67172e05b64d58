//! Criterion benchmarks of `wa-interactive`: `cargo bench -p wa-interactive-benches`.
