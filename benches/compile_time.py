#!/usr/bin/env python3
"""Compile-time benchmarks of wa-interactive.

1. `cargo check` of a generated crate with 100 distinct list messages written
   with `interactive_list!`, against a crate with the same 100 payloads written
   with `serde_json::json!`. Dependencies are built first; each figure is the
   median of several checks of the crate alone (its `lib.rs` touched between
   runs).
2. A clean `cargo build -p wa-interactive` (default features, all
   dependencies) in an empty target directory.

usage: python3 benches/compile_time.py [RUNS]     (from the workspace root)
Writes a Markdown table to standard output; the crates go to
target/compile-time/.
"""
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "compile-time"
MESSAGES = 100


def lists():
    """100 distinct lists: 2 sections, 3 to 5 rows each, distinct texts."""
    for n in range(MESSAGES):
        sections = []
        for s in range(2):
            rows = [
                (f"m{n}-s{s}-r{r}", f"Slot {n}.{s}.{r}", f"Option {r} of section {s}, list {n}")
                for r in range(3 + (n + s) % 3)
            ]
            sections.append((f"Section {s} of {n}", rows))
        yield n, sections


def macro_source():
    out = ["use wa_interactive::{ListMessage, interactive_list};\n"]
    for n, sections in lists():
        secs = []
        for title, rows in sections:
            rs = ",\n".join(
                f'                {{ id: "{i}", title: "{t}", description: "{d}" }}' for i, t, d in rows
            )
            secs.append(f'        {{ title: "{title}", rows: [\n{rs}\n        ] }}')
        out.append(
            f"pub static LIST_{n}: ListMessage = interactive_list! {{\n"
            f'    header: "Menu {n}",\n    body: "Pick one of the options of menu {n}.",\n'
            f'    footer: "Footer {n}",\n    button: "Open menu {n}",\n'
            f"    sections: [\n" + ",\n".join(secs) + "\n    ],\n};\n"
        )
    return "\n".join(out)


def json_source():
    out = ["use serde_json::{Value, json};\n"]
    for n, sections in lists():
        secs = []
        for title, rows in sections:
            rs = ",\n".join(
                f'                {{ "id": "{i}", "title": "{t}", "description": "{d}" }}' for i, t, d in rows
            )
            secs.append(f'        {{ "title": "{title}", "rows": [\n{rs}\n        ] }}')
        out.append(
            f"pub fn list_{n}() -> Value {{\n    json!({{\n"
            f'    "type": "list",\n    "header": {{ "type": "text", "text": "Menu {n}" }},\n'
            f'    "body": {{ "text": "Pick one of the options of menu {n}." }},\n'
            f'    "footer": {{ "text": "Footer {n}" }},\n'
            f'    "action": {{ "button": "Open menu {n}", "sections": [\n'
            + ",\n".join(secs)
            + "\n    ] }\n    })\n}\n"
        )
    return "\n".join(out)


def write_crate(name, dependency, source):
    crate = WORK / name
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f"[dependencies]\n{dependency}\n\n[workspace]\n"
    )
    (crate / "src" / "lib.rs").write_text(source)
    return crate


def cargo(args, cwd, env=None):
    start = time.perf_counter()
    subprocess.run(["cargo", *args], cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def check_times(crate, runs):
    env = dict(os.environ, CARGO_TARGET_DIR=str(WORK / "target"))
    cargo(["check", "-q"], crate, env)  # dependencies, and a first check
    times = []
    for _ in range(runs):
        (crate / "src" / "lib.rs").touch()
        times.append(cargo(["check", "-q"], crate, env))
    return statistics.median(times)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    macro = write_crate(
        "lists-macro", f'wa-interactive = {{ path = "{ROOT / "wa-interactive"}" }}', macro_source()
    )
    json = write_crate("lists-json", 'serde_json = "1"', json_source())
    t_macro = check_times(macro, runs)
    t_json = check_times(json, runs)

    clean = WORK / "clean-target"
    shutil.rmtree(clean, ignore_errors=True)
    env = dict(os.environ, CARGO_TARGET_DIR=str(clean))
    t_clean = cargo(["build", "-q", "-p", "wa-interactive"], ROOT, env)
    shutil.rmtree(clean, ignore_errors=True)

    print(f"| crate (100 list messages, `cargo check`, median of {runs}) | time | ÷ `json!` |")
    print("|---|---:|---:|")
    print(f"| `interactive_list!` (checked, JSON rendered at compile time) | {t_macro:.2f} s | {t_macro / t_json:.2f}× |")
    print(f"| `serde_json::json!` (unchecked) | {t_json:.2f} s | 1.00× |")
    print()
    print(f"Clean `cargo build -p wa-interactive` (default features, all dependencies, "
          f"{os.cpu_count()} cores): {t_clean:.1f} s")


if __name__ == "__main__":
    main()
