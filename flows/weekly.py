"""The weekly QC report: snapshot the week → aggregate → write HTML/XLSX → record the run.

Logic lives in ``warehouse.report*``; this flow only sequences it, records itself in
``runs`` (kind='report') and publishes a markdown summary as a Prefect artifact.
"""
from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from callqa.settings import Settings, load_settings
from warehouse import db as wdb
from warehouse import runs
from warehouse.report import grade_bands, write_outputs
from warehouse.report_data import build_report_data
from warehouse.report_model import ReportData
from warehouse.snapshot import load_week
from warehouse.weeks import IsoWeek, last_complete_week, parse_week


def resolve_week(week: str | None, timezone: str) -> IsoWeek:
    """The given ISO week, or the last complete week in the centre's time zone."""
    if week:
        return parse_week(week)
    return last_complete_week(datetime.now(ZoneInfo(timezone)).date())


def _run_name() -> str:
    return f"weekly report {flow_run.parameters.get('week') or 'last week'}"


def _warehouse_busy(task: Any, task_run: Any, state: Any) -> bool:
    """Retry only when the warehouse stayed locked longer than connect's own retries."""
    try:
        state.result()
    except wdb.WarehouseError:
        return True
    except Exception:  # noqa: BLE001 - any other failure is not worth retrying
        return False
    return False


@task(name="collect-week", retries=2, retry_delay_seconds=[10, 60],
      retry_condition_fn=_warehouse_busy, cache_policy=NO_CACHE)
def collect(settings: Settings, week: IsoWeek, rulebook_version: str | None) -> ReportData:
    """Copy the week from the warehouse (short read lock) and aggregate it."""
    bands, notes = grade_bands(settings)
    con = load_week(settings.database, week, settings.centre_timezone, rulebook_version)
    try:
        return build_report_data(con, week, settings.report, bands, notes)
    finally:
        con.close()


@task(name="render-report", cache_policy=NO_CACHE)
def render(data: ReportData, out_dir: str, settings: Settings) -> dict[str, str]:
    """Write the HTML page, the XLSX workbook and the JSON twin."""
    return {k: str(v) for k, v in write_outputs(data, out_dir, settings.report).items()}


@task(name="record-run", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NO_CACHE)
def record(settings: Settings, run_id: str, status: str, data: ReportData | None,
           details: dict[str, Any], message: str | None = None) -> None:
    """Close this run's row in ``runs``."""
    with wdb.connect(settings.database) as con:
        runs.finish_report_run(con, run_id, status, data.counts if data else {},
                               data.rulebook_versions if data else [],
                               data.asr_models if data else [], details, message)


def summary_markdown(data: ReportData, files: dict[str, str]) -> str:
    """The artifact: key figures and per-team averages, in Chinese like the report."""
    h = data.headline
    lines = [f"# 质检周报 {data.week}", "",
             f"{data.monday} 至 {data.sunday},对比 {data.previous_week}", "",
             "| 指标 | 本周 |", "|---|---|"]
    for key, value in h.items():
        if key == "有问题通话占比" and value is not None:
            value = f"{value:.1%}"
        lines.append(f"| {key} | {'—' if value is None else value} |")
    teams = data.tables["teams"]
    if teams.rows:
        lines += ["", "| 班组 | 评分通话 | 平均分 | 等级 | 变化 |", "|---|---|---|---|---|"]
        for r in teams.rows[:30]:
            lines.append(f"| {r[0]} | {r[2]} | {r[3] if r[3] is not None else '—'} | "
                         f"{r[4] or '—'} | {r[-1] if r[-1] is not None else '—'} |")
    lines += ["", *[f"- {n}" for n in data.notes],
              *[f"- {kind.upper()}: `{path}`" for kind, path in files.items()]]
    return "\n".join(lines)


@flow(name="weekly-report", flow_run_name=_run_name)
def weekly_report(week: str | None = None, out: str | None = None, db: str | None = None,
                  config: str | None = None, rulebook_version: str | None = None
                  ) -> dict[str, Any]:
    """The weekly QC report for ``week`` (ISO, e.g. 2026-W47; default: last week)."""
    logger = get_run_logger()
    settings = load_settings(config, {"db_path": db})
    the_week = resolve_week(week, settings.centre_timezone)
    out_dir = out or str(settings.reports_dir / the_week.label)
    run_id = str(flow_run.get_id() or uuid.uuid4())
    with wdb.connect(settings.database) as con:
        runs.start_report_run(con, run_id, the_week.monday,
                              {"week": the_week.label, "report": asdict(settings.report),
                               "rulebook_version": rulebook_version}, flow_run_id=run_id)
    try:
        data = collect(settings, the_week, rulebook_version)
        files = render(data, out_dir, settings)
    except BaseException as exc:
        record(settings, run_id, "crashed", None, {"week": the_week.label},
               f"{type(exc).__name__}: {exc}")
        raise
    record(settings, run_id, "ok", data, {"week": the_week.label, "files": files,
                                          "focus_agents": data.headline["重点监听人数"]})
    create_markdown_artifact(markdown=summary_markdown(data, files), key="weekly-report-summary",
                             description=f"callqa weekly QC report {the_week.label}")
    logger.info("weekly report %s: %s calls, html %s", the_week.label,
                data.counts.get("sampled"), files["html"])
    return {"run_id": run_id, "week": the_week.label, "files": files, "counts": data.counts,
            "headline": data.headline, "notes": data.notes, "out_dir": str(Path(out_dir))}
