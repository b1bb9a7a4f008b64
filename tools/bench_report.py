"""Benchmark: build the weekly report on a 1,000,000-call synthetic warehouse.

    python tools/bench_report.py [--db var/bench/warehouse-1m.duckdb] [--calls 1000000]

The warehouse is generated once by ``tools/make_warehouse.py`` (14 days, so every call
falls in the reported week or the week before it: the worst case) and kept for later
runs; it is never committed. Each repetition runs exactly what the weekly flow runs
(snapshot → aggregate → HTML + XLSX + JSON) and prints the seconds per step. Exit
status 1 if the median total is over the limit (default 10 s, the target on 2 cores).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from callqa.settings import Settings  # noqa: E402
from tools.make_warehouse import make_warehouse  # noqa: E402
from warehouse.report import build_report, grade_bands  # noqa: E402
from warehouse.weeks import parse_week  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default="var/bench/warehouse-1m.duckdb")
    ap.add_argument("--calls", type=int, default=1_000_000)
    ap.add_argument("--week", default="2026-W47")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=float, default=10.0, help="seconds (median total)")
    ap.add_argument("--out", default="var/bench/report")
    args = ap.parse_args(argv)

    db = Path(args.db)
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating {args.calls:,} synthetic calls into {db} (once) …", flush=True)
        built = make_warehouse(db, args.calls, date(2026, 11, 9), 14)
        print(f"  built in {built['seconds']} s: " + ", ".join(
            f"{t} {n:,}" for t, n in built["counts"].items()), flush=True)

    settings = Settings()
    bands, notes = grade_bands(settings)
    week = parse_week(args.week)
    print(f"weekly report {week} on {db} ({os.cpu_count()} CPUs)")
    totals = []
    for i in range(1, args.repeat + 1):
        out = build_report(db, week, args.out, settings.report, settings.centre_timezone,
                           bands=bands, notes=notes)
        t = out.timings
        totals.append(t["total"])
        print(f"  run {i}: snapshot {t['snapshot']:.2f} s, aggregate {t['aggregate']:.2f} s, "
              f"render {t['render']:.2f} s, total {t['total']:.2f} s "
              f"({out.data.counts['sampled']:,} calls this week)", flush=True)
    median = statistics.median(totals)
    verdict = "OK" if median < args.limit else "TOO SLOW"
    print(f"median {median:.2f} s, best {min(totals):.2f} s (limit {args.limit:g} s): {verdict}")
    print(f"  html {out.html}\n  xlsx {out.xlsx}")
    return 0 if median < args.limit else 1


if __name__ == "__main__":
    raise SystemExit(main())
