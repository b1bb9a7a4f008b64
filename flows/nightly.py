"""The nightly QA run: discover → sample → analyze each call → store → summarise.

The flow is the only writer to DuckDB; per-call work lives in ``pipeline`` and runs
as Prefect tasks — in threads of this process by default, or on a Dask cluster
(``dask_address``) where each worker loads the model itself. Calls are submitted in
a bounded window and their results written in small batches, so memory stays flat
however many calls a night has. One call's failure is stored as a failed row and
the run goes on.
"""
from __future__ import annotations

import json
import queue
import time
import uuid
from collections import Counter
from dataclasses import asdict
from typing import Any, Callable

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from callqa.settings import Settings, load_settings
from pipeline.analyze import Analyzer
from pipeline.ingest import Discovery, discover_day
from pipeline.model import CallRecord, CallResult
from pipeline.sampling import sample_records
from warehouse import db as wdb
from warehouse import queries, store

#: How often the flow logs counts and rates (and once at the end).
PROGRESS_LOG_S = 15.0

_analyzers: dict[str, Analyzer] = {}
_progress_listeners: list[Callable[[int, int, CallResult], None]] = []


def get_analyzer(settings: Settings) -> Analyzer:
    """One analyzer (rulebook + Whisper model) per process and settings."""
    key = json.dumps(asdict(settings), sort_keys=True)
    if key not in _analyzers:
        _analyzers[key] = Analyzer(settings)
    return _analyzers[key]


def add_progress_listener(fn: Callable[[int, int, CallResult], None]) -> None:
    """Called after each stored call with (done, total, result): the CLI's progress bar."""
    _progress_listeners.append(fn)


def remove_progress_listener(fn: Callable[[int, int, CallResult], None]) -> None:
    _progress_listeners.remove(fn)


@task(name="discover", retries=2, retry_delay_seconds=[2, 10], cache_policy=NO_CACHE)
def discover(settings: Settings, call_date: str) -> Discovery:
    """List the day's recordings with their metadata."""
    found = discover_day(settings.day_dir(call_date), call_date, settings.defaults)
    logger = get_run_logger()
    for problem in found.problems:
        logger.warning("metadata: %s", problem)
    logger.info("found %d recordings in %s", len(found.records), settings.day_dir(call_date))
    return found


@task(name="analyze-call", task_run_name="analyze {record.recording_id}", cache_policy=NO_CACHE)
def analyze_call(settings: Settings, record: CallRecord) -> CallResult:
    """Transcribe, measure, apply the rules and score one recording."""
    return get_analyzer(settings).analyze(record)


@task(name="store-results", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NO_CACHE)
def store_results(settings: Settings, results: list[CallResult], run_id: str) -> float:
    """Write a batch of calls (each its own transaction; idempotent). Returns seconds taken."""
    t0 = time.perf_counter()
    with wdb.connect(settings.database) as con:
        for result in results:
            store.save_result(con, result, run_id)
    return time.perf_counter() - t0


class RunTally:
    """Counts, stage times and failures of a run, without keeping the results."""

    def __init__(self, discovered: int, sampled: int):
        self.counts = Counter({"discovered": discovered, "sampled": sampled, "ok": 0, "failed": 0,
                               "asr_unreliable": 0, "too_short": 0, "flagged": 0,
                               "transcripts_cached": 0})
        self.stage_s: Counter = Counter()
        self.audio_s = 0.0
        self.failed: list[dict[str, str]] = []
        self.done = 0

    def add(self, r: CallResult) -> None:
        self.done += 1
        self.counts[r.status] += 1
        self.counts["flagged"] += bool(r.hits)
        self.counts["transcripts_cached"] += bool(r.asr.get("cache_hit"))
        self.audio_s += r.duration_s or 0.0
        self.stage_s.update({k: v for k, v in r.timings.items()})
        if r.status == "failed":
            self.failed.append({"file": r.record.file, "error": r.error or ""})


def _markdown(call_date: str, counts: dict[str, int], summary: dict[str, Any]) -> str:
    lines = [f"# callqa nightly {call_date}", "", "| 指标 | 数量 |", "|---|---|"]
    names = {"discovered": "录音数", "sampled": "抽检数", "ok": "已评分", "failed": "失败",
             "asr_unreliable": "转写不可靠", "too_short": "过短", "flagged": "有问题的通话",
             "transcripts_cached": "转写缓存命中"}
    lines += [f"| {names[k]} | {counts[k]} |" for k in names]
    lines += ["", "| 类别 | 通话数 |", "|---|---|"]
    lines += [f"| {cat} | {n} |" for cat, n in summary["flagged"]]
    return "\n".join(lines)


@flow(name="nightly-qa", flow_run_name="nightly {call_date}",
      task_runner=ThreadPoolTaskRunner(max_workers=2))
def nightly_qa(call_date: str, recordings: str | None = None, db: str | None = None,
               config: str | None = None, overrides: dict[str, Any] | None = None
               ) -> dict[str, Any]:
    """QA for one day of recordings; returns counts, stage times and the per-date summary.

    ``overrides`` are dotted setting names (``{"sampling.mode": "ratio"}``), applied on
    top of the configuration like command-line flags.
    """
    logger = get_run_logger()
    settings = load_settings(config, {"recordings_root": recordings, "db_path": db,
                                      **(overrides or {})})
    analyzer = get_analyzer(settings)
    rb = analyzer.rulebook
    run_id = str(flow_run.get_id() or uuid.uuid4())
    started = time.perf_counter()

    found = discover(settings, call_date)
    sampled = sample_records(found.records, settings.sampling, call_date)
    logger.info("sampling (%s): %d of %d recordings", settings.sampling.mode, len(sampled),
                len(found.records))
    with wdb.connect(settings.database) as con:
        store.start_run(con, run_id, "nightly", call_date, rb.rulebook, rb.version,
                        analyzer.model_id, asdict(settings), flow_run_id=run_id)

    tally = RunTally(len(found.records), len(sampled))
    try:
        _process(settings, sampled, run_id, tally, started)
    except BaseException as exc:
        with wdb.connect(settings.database) as con:
            store.finish_run(con, run_id, "crashed", dict(tally.counts),
                             message=f"{type(exc).__name__}: {exc}")
        raise

    counts = dict(tally.counts)
    message = "; ".join(str(p) for p in found.problems) or None
    with wdb.connect(settings.database) as con:
        store.prune_date(con, call_date, rb.rulebook, rb.version,
                         [r.recording_id for r in sampled])
        store.finish_run(con, run_id, "partial" if counts["failed"] else "ok", counts, message)
        summary = queries.run_summary(con, call_date, rb.rulebook, rb.version)
        table_counts = queries.table_counts(con)
    create_markdown_artifact(markdown=_markdown(call_date, counts, summary),
                             key="nightly-qa-summary",
                             description=f"callqa nightly QA for {call_date}")
    wall = time.perf_counter() - started
    return {"run_id": run_id, "call_date": call_date, "counts": counts,
            "failed": tally.failed, "summary": summary,
            "rulebook": {"id": rb.rulebook, "version": rb.version},
            "database": str(settings.database), "table_counts": table_counts,
            "wall_s": round(wall, 2), "audio_s": round(tally.audio_s, 2),
            "stage_s": {k: round(v, 2) for k, v in sorted(tally.stage_s.items())}}


def _process(settings: Settings, sampled: list[CallRecord], run_id: str, tally: RunTally,
             started: float) -> None:
    """Analyze calls with at most ``max_in_flight`` in flight — a sliding window: each
    finished call lets the next one in, so no worker waits for the slowest call of a
    batch — and store results in batches."""
    logger = get_run_logger()
    window = max(1, settings.flow.max_in_flight)
    batch: list[CallResult] = []
    total = len(sampled)
    finished: queue.Queue = queue.Queue()
    waiting = iter(sampled)
    last_log = time.perf_counter()

    def submit_next() -> bool:
        record = next(waiting, None)
        if record is None:
            return False
        analyze_call.submit(settings, record).add_done_callback(finished.put)
        return True

    def flush() -> None:
        if batch:
            tally.stage_s["storage"] += store_results(settings, batch, run_id)
            for r in batch:
                for fn in _progress_listeners:
                    fn(tally.done, total, r)
            batch.clear()

    in_flight = sum(submit_next() for _ in range(window))
    while in_flight:
        future = finished.get()
        in_flight -= 1
        in_flight += submit_next()
        result = future.result()
        tally.add(result)
        if result.status == "failed":
            logger.warning("%s failed: %s", result.record.recording_id, result.error)
        batch.append(result)
        if len(batch) >= settings.flow.store_batch or not in_flight:
            flush()
        now = time.perf_counter()
        if now - last_log >= PROGRESS_LOG_S or not in_flight:
            last_log = now
            elapsed = now - started
            logger.info("progress: %d/%d calls, %.0f s of audio, %.2f audio-s per wall-s, "
                        "%d failed", tally.done, total, tally.audio_s,
                        tally.audio_s / elapsed if elapsed else 0.0, tally.counts["failed"])


def nightly_flow_for(settings: Settings):
    """The nightly flow with the task runner the settings ask for (threads or Dask)."""
    if settings.flow.dask_address:
        from prefect_dask import DaskTaskRunner

        return nightly_qa.with_options(task_runner=DaskTaskRunner(address=settings.flow.dask_address))
    return nightly_qa.with_options(
        task_runner=ThreadPoolTaskRunner(max_workers=max(1, settings.flow.local_workers)))
