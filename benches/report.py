#!/usr/bin/env python3
"""Prints criterion's estimates of one benchmark group as a Markdown table of
ratios against a baseline measured in the same run.

usage: benches/report.py GROUP BASELINE [COMPARE]
  GROUP     the criterion group (target/criterion/GROUP)
  BASELINE  the benchmark every row is divided by ("× baseline")
  COMPARE   optional: a benchmark every row is compared with ("COMPARE ÷ row")
"""
import json
import pathlib
import sys


def median_ns(group: pathlib.Path, name: str) -> float:
    estimates = json.loads((group / name / "new" / "estimates.json").read_text())
    return estimates["median"]["point_estimate"]


def mb_per_s(group: pathlib.Path, name: str, ns: float) -> str:
    bench = json.loads((group / name / "new" / "benchmark.json").read_text())
    throughput = bench.get("throughput") or {}
    size = throughput.get("Bytes") or throughput.get("BytesDecimal")
    return f"{size / ns * 1e9 / 1e6:.0f} MB/s" if size else "–"


def fmt(ns: float) -> str:
    return f"{ns / 1000:.3f} µs" if ns >= 1000 else f"{ns:.1f} ns"


def main() -> None:
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    root = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"
    group = root / sys.argv[1]
    baseline, compare = sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else None
    names = sorted(p.name for p in group.iterdir() if (p / "new" / "estimates.json").exists())
    base = median_ns(group, baseline)
    other = median_ns(group, compare) if compare else None
    head = f"| benchmark | median | throughput | × {baseline} |"
    line = "|---|---:|---:|---:|"
    if compare:
        head += f" {compare} ÷ this |"
        line += "---:|"
    print(head)
    print(line)
    for name in sorted(names, key=lambda n: median_ns(group, n)):
        ns = median_ns(group, name)
        row = f"| {name} | {fmt(ns)} | {mb_per_s(group, name, ns)} | {ns / base:.1f}× |"
        if other is not None:
            row += f" {other / ns:.1f}× |"
        print(row)


if __name__ == "__main__":
    main()
