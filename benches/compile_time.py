#!/usr/bin/env python3
"""Compile-time benchmarks of wa-interactive.

1. `cargo check` of a generated crate with 100 distinct list messages written
   with `interactive_list!`, against a crate with the same 100 payloads written
   with `serde_json::json!`. Dependencies are built first; each figure is the
   median of several checks of the crate alone. Clean: without incremental
   compilation, `lib.rs` touched between runs (with it, a touched but
   unchanged file reuses every result and measures nothing). Edit loop:
   incremental compilation on, and between runs one message's body edited,
   as a developer does.
2. A clean debug build of a program with one `interactive_list!` on
   wa-interactive (default features) against the same payload as
   `#[derive(Serialize)]` structs on serde + serde_json, each from an empty
   target directory, the two alternated; CPU (user + system, all processes)
   and wall time. Incremental compilation is off for both, as it is for a
   dependency from crates.io.
3. A clean `cargo build -p wa-interactive` (default features, all
   dependencies) in an empty target directory.

usage: python3 benches/compile_time.py [RUNS]     (from the workspace root)
Writes Markdown tables to standard output; the crates go to
target/compile-time/.
"""
import os
import pathlib
import resource
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
            f'    header: "Menu {n}",\n    body: "Pick one of the options of menu {n}.EDIT",\n'
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
            f'    "body": {{ "text": "Pick one of the options of menu {n}.EDIT" }},\n'
            f'    "footer": {{ "text": "Footer {n}" }},\n'
            f'    "action": {{ "button": "Open menu {n}", "sections": [\n'
            + ",\n".join(secs)
            + "\n    ] }\n    })\n}\n"
        )
    return "\n".join(out)


ONE_MESSAGE_WA = """use wa_interactive::{ListMessage, OutgoingMessage, interactive_list};

static MENU: ListMessage = interactive_list! {
    header: "Book an appointment",
    body: "Pick a time that suits you.",
    footer: "Times are local",
    button: "View slots",
    sections: [
        { title: "Morning", rows: [
            { id: "slot-0900", title: "09:00", description: "Dr. Ana Ruiz" },
            { id: "slot-1000", title: "10:00" },
        ] },
        { title: "Afternoon", rows: [ { id: "slot-1400", title: "14:00" } ] },
    ],
};

fn main() {
    println!("{}", OutgoingMessage::new("15551234567", MENU.clone()).to_json());
}
"""

ONE_MESSAGE_SERDE = """use serde::Serialize;

#[derive(Serialize)]
struct Outgoing { messaging_product: &'static str, recipient_type: &'static str, to: &'static str, r#type: &'static str, interactive: Interactive }
#[derive(Serialize)]
struct Interactive { r#type: &'static str, header: Header, body: Text, footer: Text, action: Action }
#[derive(Serialize)]
struct Header { r#type: &'static str, text: &'static str }
#[derive(Serialize)]
struct Text { text: &'static str }
#[derive(Serialize)]
struct Action { button: &'static str, sections: Vec<Section> }
#[derive(Serialize)]
struct Section { title: &'static str, rows: Vec<Row> }
#[derive(Serialize)]
struct Row { id: &'static str, title: &'static str, #[serde(skip_serializing_if = "Option::is_none")] description: Option<&'static str> }

fn main() {
    let row = |id, title, description| Row { id, title, description };
    let m = Outgoing {
        messaging_product: "whatsapp", recipient_type: "individual", to: "15551234567", r#type: "interactive",
        interactive: Interactive {
            r#type: "list",
            header: Header { r#type: "text", text: "Book an appointment" },
            body: Text { text: "Pick a time that suits you." },
            footer: Text { text: "Times are local" },
            action: Action { button: "View slots", sections: vec![
                Section { title: "Morning", rows: vec![row("slot-0900", "09:00", Some("Dr. Ana Ruiz")), row("slot-1000", "10:00", None)] },
                Section { title: "Afternoon", rows: vec![row("slot-1400", "14:00", None)] },
            ] },
        },
    };
    println!("{}", serde_json::to_string(&m).unwrap());
}
"""


def write_crate(name, dependency, source, file="lib.rs"):
    crate = WORK / name
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f"[dependencies]\n{dependency}\n\n[workspace]\n"
    )
    (crate / "src" / file).write_text(source)
    # The workspace's versions of the shared dependencies (serde, syn, …).
    shutil.copy(ROOT / "Cargo.lock", crate / "Cargo.lock")
    return crate


def cargo(args, cwd, env=None):
    start = time.perf_counter()
    subprocess.run(["cargo", *args], cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def edit(crate, source, run):
    """Writes `source` with one message's body changed (`run` decides how)."""
    text = source.replace("EDIT", "", 99)
    text = text.replace("EDIT", f" (edit {run})" if run is not None else "")
    (crate / "src" / "lib.rs").write_text(text)


def check_times(crate, source, runs, incremental):
    env = dict(
        os.environ,
        CARGO_TARGET_DIR=str(WORK / ("target-incremental" if incremental else "target")),
        CARGO_INCREMENTAL="1" if incremental else "0",
    )
    edit(crate, source, None)
    cargo(["check", "-q"], crate, env)  # dependencies, and a first check
    times = []
    for run in range(runs):
        if incremental:
            edit(crate, source, run)
        else:
            (crate / "src" / "lib.rs").touch()
        times.append(cargo(["check", "-q"], crate, env))
    return statistics.median(times)


def clean_build(crate):
    """CPU and wall seconds of a clean debug build of `crate`."""
    target = crate / "target"
    shutil.rmtree(target, ignore_errors=True)
    env = dict(os.environ, CARGO_INCREMENTAL="0")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = cargo(["build", "-q"], crate, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def one_message(runs):
    wa = write_crate(
        "one-message-wa", f'wa-interactive = {{ path = "{ROOT / "wa-interactive"}" }}',
        ONE_MESSAGE_WA, "main.rs",
    )
    serde = write_crate(
        "one-message-serde", 'serde = { version = "1", features = ["derive"] }\nserde_json = "1"',
        ONE_MESSAGE_SERDE, "main.rs",
    )
    clean_build(wa), clean_build(serde)  # warm-up: fetch and cache
    pairs = [(clean_build(wa), clean_build(serde)) for _ in range(runs)]
    med = lambda values: statistics.median(values)
    cpu = (med([a[0] for a, _ in pairs]), med([b[0] for _, b in pairs]))
    wall = (med([a[1] for a, _ in pairs]), med([b[1] for _, b in pairs]))
    ratio_cpu = med([a[0] / b[0] for a, b in pairs])
    ratio_wall = med([a[1] / b[1] for a, b in pairs])
    return cpu, wall, ratio_cpu, ratio_wall


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    macro_src, json_src = macro_source(), json_source()
    macro = write_crate(
        "lists-macro", f'wa-interactive = {{ path = "{ROOT / "wa-interactive"}" }}', macro_src
    )
    json = write_crate("lists-json", 'serde_json = "1"', json_src)
    t_macro = check_times(macro, macro_src, runs, False)
    t_json = check_times(json, json_src, runs, False)
    e_macro = check_times(macro, macro_src, runs, True)
    e_json = check_times(json, json_src, runs, True)

    (cpu, wall, ratio_cpu, ratio_wall) = one_message(runs)

    clean = WORK / "clean-target"
    shutil.rmtree(clean, ignore_errors=True)
    env = dict(os.environ, CARGO_TARGET_DIR=str(clean))
    t_clean = cargo(["build", "-q", "-p", "wa-interactive"], ROOT, env)
    shutil.rmtree(clean, ignore_errors=True)

    print(f"| crate (100 list messages, `cargo check`, median of {runs}) | clean | ÷ `json!` | edit loop | ÷ `json!` |")
    print("|---|---:|---:|---:|---:|")
    print(f"| `interactive_list!` (checked by the macro, JSON written by it) | {t_macro:.2f} s | {t_macro / t_json:.2f}× | {e_macro:.2f} s | {e_macro / e_json:.2f}× |")
    print(f"| `serde_json::json!` (unchecked) | {t_json:.2f} s | 1.00× | {e_json:.2f} s | 1.00× |")
    print()
    print(f"| one-message program, clean debug build (median of {runs}) | CPU | wall |")
    print("|---|---:|---:|")
    print(f"| `wa-interactive` | {cpu[0]:.1f} s | {wall[0]:.1f} s |")
    print(f"| serde + serde_json | {cpu[1]:.1f} s | {wall[1]:.1f} s |")
    print(f"| ratio (median of the pairs) | {ratio_cpu:.2f}× | {ratio_wall:.2f}× |")
    print()
    print(f"Clean `cargo build -p wa-interactive` (default features, all dependencies, "
          f"{os.cpu_count()} cores): {t_clean:.1f} s")


if __name__ == "__main__":
    main()
