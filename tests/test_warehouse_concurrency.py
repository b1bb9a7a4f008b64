"""Several OS processes on one DuckDB file at once: nobody fails, everybody waits briefly.

DuckDB allows one writing process per file. The nightly flow (many short writes), a
leave import plus report runs (another writer) and the weekly report's snapshot (a
reader) run at the same time; ``warehouse.db`` retries lock conflicts with backoff.
"""
import logging
from datetime import date
import multiprocessing as mp
from pathlib import Path

from warehouse import db as wdb
from warehouse.reference import import_reference

REPO = Path(__file__).parent.parent
N_CALLS = 60
N_IMPORTS = 15
N_READS = 8


class _CountBusy(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.n = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "busy" in record.getMessage():
            self.n += 1


def _count_retries() -> _CountBusy:
    handler = _CountBusy()
    logger = logging.getLogger("warehouse.db")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    return handler


def _nightly_writer(path: str, start, out) -> None:
    from tests.test_warehouse_reference import save_call

    busy = _count_retries()
    start.wait()
    try:
        for i in range(N_CALLS):
            with wdb.connect(path) as con:   # one short connection per call, like store_result
                save_call(con, f"C{i:04d}", "A03", f"2026-11-20T{8 + i // 60:02d}:{i % 60:02d}:00+08:00")
        out.put(("nightly", None, busy.n))
    except Exception as exc:  # noqa: BLE001
        out.put(("nightly", repr(exc), busy.n))


def _leave_and_report_writer(path: str, start, out) -> None:
    from warehouse import runs

    busy = _count_retries()
    start.wait()
    try:
        for i in range(N_IMPORTS):
            with wdb.connect(path) as con:
                import_reference(con, "leave", REPO / "samples" / "reference" / "leave.csv",
                                 "Asia/Shanghai")
            with wdb.connect(path) as con:
                runs.start_report_run(con, f"report-{i}", date(2026, 11, 16), {})
            with wdb.connect(path) as con:
                runs.finish_report_run(con, f"report-{i}", "ok", {"sampled": i}, [], [], {})
        out.put(("leave+report", None, busy.n))
    except Exception as exc:  # noqa: BLE001
        out.put(("leave+report", repr(exc), busy.n))


def _report_reader(path: str, start, out) -> None:
    from warehouse.snapshot import load_week
    from warehouse.weeks import parse_week

    busy = _count_retries()
    start.wait()
    try:
        for _ in range(N_READS):
            load_week(path, parse_week("2026-W47"), "Asia/Shanghai").close()
        out.put(("reader", None, busy.n))
    except Exception as exc:  # noqa: BLE001
        out.put(("reader", repr(exc), busy.n))


def test_nightly_writes_leave_imports_and_report_reads_run_at_once(tmp_path):
    path = str(tmp_path / "qa.duckdb")
    with wdb.connect(path) as con:
        for kind in ("agents", "teams", "shifts", "roster"):
            import_reference(con, kind, REPO / "samples" / "reference" / f"{kind}.csv",
                             "Asia/Shanghai")
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=f, args=(path, start, out))
             for f in (_nightly_writer, _leave_and_report_writer, _report_reader)]
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=240) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    errors = {name: err for name, err, _ in results if err}
    assert not errors, errors
    assert all(p.exitcode == 0 for p in procs)
    assert sum(n for _, _, n in results) > 0, "the processes never met: the test proved nothing"

    with wdb.connect(path, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM call_results").fetchone()[0] == N_CALLS
        assert con.execute("SELECT count(*) FROM runs WHERE kind = 'report' AND status = 'ok'"
                           ).fetchone()[0] == N_IMPORTS
        assert con.execute("SELECT count(*) FROM leave_periods").fetchone()[0] == 2
        # A03's sick leave on 2026-11-20 flags every call written under A03 that day
        assert con.execute("SELECT count(*) FROM call_flags").fetchone()[0] == N_CALLS
