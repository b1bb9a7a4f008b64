"""Page timings of the workbench on a large synthetic warehouse (``make bench-review``).

Copies the demo day's calls (``var/callqa.duckdb``) ``--copies`` times under new ids
and days into a temporary warehouse, then times the pages a user waits for, in
process (TestClient), median of ``--repeat`` runs:

    python -m review.bench [--db var/callqa.duckdb] [--copies 1000]
"""
from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _grow(db: Path, copies: int) -> dict[str, int]:
    import duckdb

    con = duckdb.connect(str(db))
    base_ids = [r[0] for r in con.execute("SELECT recording_id FROM recordings").fetchall()]
    con.execute("CREATE TEMP TABLE k AS SELECT range AS k FROM range(1, ?)", [copies])
    # each copy: same calls, another id, spread over 30 days and 6 teams
    con.execute("""INSERT INTO recordings SELECT r.recording_id || '-' || k.k,
        r.call_date + (k.k % 30)::INTEGER, r.file_path, r.file_name, r.audio_sha256, r.call_id,
        r.agent_id || '-' || (k.k % 40), r.agent_name, (['一组','二组','三组','四组','五组','六组'])[1 + k.k % 6],
        r.started_at + to_days((k.k % 30)::INTEGER), r.direction, r.hangup_by, r.layout_declared,
        r.channel_layout, r.duration_s, r.codec, r.extra, r.last_run_id, r.updated_at
        FROM recordings r, k WHERE r.recording_id IN (SELECT unnest(?))""", [base_ids])
    for table in ("utterances", "call_results", "hits", "score_items"):
        cols = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall()]
        sel = ", ".join("t.recording_id || '-' || k.k" if c == "recording_id" else
                        ("t.call_date + (k.k % 30)::INTEGER" if c == "call_date" else f"t.{c}")
                        for c in cols)
        con.execute(f"INSERT INTO {table} SELECT {sel} FROM {table} t, k "
                    "WHERE t.recording_id IN (SELECT unnest(?))", [base_ids])
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("recordings", "utterances", "hits")}
    con.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="var/callqa.duckdb")
    ap.add_argument("--copies", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    from fastapi.testclient import TestClient

    from callqa.settings import Settings
    from review.app import create_app
    from review.testing import add_users
    from warehouse import db as wdb

    if not Path(args.db).exists():
        print(f"error: {args.db}: run 'make demo' first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "callqa.duckdb"
        shutil.copyfile(args.db, db)
        with wdb.connect(db) as con:
            add_users(con, {"bench": ("inspector", [], "bench-pass-1"),
                            "lead": ("team_lead", ["一组"], "bench-pass-1")})
        t0 = time.perf_counter()
        counts = _grow(db, args.copies)
        print(f"warehouse: {counts['recordings']:,} calls, {counts['utterances']:,} utterances, "
              f"{counts['hits']:,} findings (built in {time.perf_counter() - t0:.1f} s)")
        settings = Settings(var_dir=tmp, db_path=str(db), recordings_root="samples")
        app = create_app(settings)
        client = TestClient(app, base_url="http://127.0.0.1")
        page = client.get("/")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        client.post("/login", data={"username": "bench", "password": "bench-pass-1",
                                    "csrf_token": token})
        t0 = time.perf_counter()
        client.get("/search", params={"q": "您好"})
        print(f"search index built on first search: {time.perf_counter() - t0:.1f} s")
        rid = client.get("/queue.json").json()["rows"][0]["recording_id"]
        pages = [("queue (first page of 100)", "/queue"),
                 ("queue filtered (team, category)", "/queue?team=二组&category=dead_air"),
                 ("call page", f"/calls/{rid}"),
                 ("calibration (all rules, all days)", "/calibration"),
                 ("search 不归我们关 (sound-alike)", "/search?q=不归我们关"),
                 ("search 感谢 再见 (two words)", "/search?q=感谢%20再见"),
                 ("appeals", "/appeals"), ("audit", "/audit")]
        print(f"{'page':<36} {'median ms':>9} {'max ms':>7}")
        for name, path in pages:
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                r = client.get(path)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, (path, r.status_code)
            print(f"{name:<36} {statistics.median(times):>9.0f} {max(times):>7.0f}")
        app.state.review.warehouse.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
