"""The nightly QA run: discover → sample → analyze each call → store → summarise.

The flow is the only writer to DuckDB; per-call work lives in ``pipeline``. One
call's failure is stored as a failed row and the run goes on.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import asdict
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from callqa.settings import Settings, load_settings
from pipeline.analyze import Analyzer
from pipeline.ingest import Discovery, discover_day
from pipeline.model import CallRecord, CallResult
from pipeline.sampling import sample_records
from warehouse import db as wdb
from warehouse import queries, store

_analyzers: dict[str, Analyzer] = {}


def get_analyzer(settings: Settings) -> Analyzer:
    """One analyzer (rulebook + Whisper model) per process and settings."""
    key = json.dumps(asdict(settings), sort_keys=True)
    if key not in _analyzers:
        _analyzers[key] = Analyzer(settings)
    return _analyzers[key]


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
    result = get_analyzer(settings).analyze(record)
    logger = get_run_logger()
    if result.status == "failed":
        logger.warning("%s failed: %s", record.recording_id, result.error)
    else:
        logger.info("%s: %s, %.1fs, %d hits, score %s", record.recording_id, result.status,
                    result.duration_s or 0, len(result.hits),
                    result.score.score if result.score else "-")
    return result


@task(name="store-result", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NO_CACHE)
def store_result(settings: Settings, result: CallResult, run_id: str) -> None:
    """Write one call's rows (idempotent: replaces earlier rows for the same key)."""
    with wdb.connect(settings.database) as con:
        store.save_result(con, result, run_id)


def _counts(discovered: int, results: list[CallResult]) -> dict[str, int]:
    counts = {"discovered": discovered, "sampled": len(results), "ok": 0, "failed": 0,
              "asr_unreliable": 0, "too_short": 0,
              "flagged": sum(1 for r in results if r.hits),
              "transcripts_cached": sum(1 for r in results if r.asr.get("cache_hit"))}
    for r in results:
        counts[r.status] += 1
    return counts


def _markdown(call_date: str, counts: dict[str, int], summary: dict[str, Any]) -> str:
    lines = [f"# callqa nightly {call_date}", "", "| 指标 | 数量 |", "|---|---|"]
    names = {"discovered": "录音数", "sampled": "抽检数", "ok": "已评分", "failed": "失败",
             "asr_unreliable": "转写不可靠", "too_short": "过短", "flagged": "有问题的通话",
             "transcripts_cached": "转写缓存命中"}
    lines += [f"| {names[k]} | {v} |" for k, v in counts.items()]
    lines += ["", "| 类别 | 通话数 |", "|---|---|"]
    lines += [f"| {cat} | {n} |" for cat, n in summary["flagged"]]
    return "\n".join(lines)


@flow(name="nightly-qa", flow_run_name="nightly {call_date}")
def nightly_qa(call_date: str, recordings: str | None = None, db: str | None = None,
               config: str | None = None) -> dict[str, Any]:
    """QA for one day of recordings; returns counts and the per-date summary."""
    logger = get_run_logger()
    settings = load_settings(config, {"recordings_root": recordings, "db_path": db})
    analyzer = get_analyzer(settings)
    rb = analyzer.rulebook
    run_id = str(flow_run.get_id() or uuid.uuid4())

    found = discover(settings, call_date)
    sampled = sample_records(found.records, settings.sampling, call_date)
    logger.info("sampling (%s): %d of %d recordings", settings.sampling.mode, len(sampled),
                len(found.records))
    with wdb.connect(settings.database) as con:
        store.start_run(con, run_id, "nightly", call_date, rb.rulebook, rb.version, analyzer.model_id,
                        asdict(settings), flow_run_id=run_id)

    results: list[CallResult] = []
    try:
        for i, record in enumerate(sampled, 1):
            result = analyze_call(settings, record)
            store_result(settings, result, run_id)
            results.append(result)
            logger.info("progress: %d/%d calls", i, len(sampled))
    except BaseException as exc:
        with wdb.connect(settings.database) as con:
            store.finish_run(con, run_id, "crashed", _counts(len(found.records), results),
                             message=f"{type(exc).__name__}: {exc}")
        raise

    counts = _counts(len(found.records), results)
    message = "; ".join(str(p) for p in found.problems) or None
    with wdb.connect(settings.database) as con:
        store.prune_date(con, call_date, rb.rulebook, rb.version, [r.recording_id for r in sampled])
        store.finish_run(con, run_id, "partial" if counts["failed"] else "ok", counts, message)
        summary = queries.run_summary(con, call_date, rb.rulebook, rb.version)
        table_counts = queries.table_counts(con)
    create_markdown_artifact(markdown=_markdown(call_date, counts, summary),
                             key="nightly-qa-summary",
                             description=f"callqa nightly QA for {call_date}")
    return {"run_id": run_id, "call_date": call_date, "counts": counts,
            "failed": [{"file": r.record.file, "error": r.error} for r in results
                       if r.status == "failed"],
            "summary": summary, "rulebook": {"id": rb.rulebook, "version": rb.version},
            "database": str(settings.database), "table_counts": table_counts}
