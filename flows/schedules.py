"""Schedules: the nightly QA run at 02:00 and the weekly report on Monday 08:00.

Both are Prefect deployments with a cron in the centre's time zone (settings
``schedule.*`` and ``centre_timezone``). ``callqa schedule`` serves them from one
process (``prefect.serve``); ``callqa schedule --work-pool NAME`` registers them with a
Prefect server for workers instead. The scheduled nightly flow runs yesterday and any
earlier day of the last ``schedule.catch_up_days`` that has recordings but no finished
nightly run, so a missed night is caught up the next night.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from prefect import Flow, flow, get_run_logger
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron

from callqa.settings import Settings, load_settings
from flows.nightly import nightly_flow_for
from flows.weekly import weekly_report
from warehouse import db as wdb
from warehouse import runs

NIGHTLY = "callqa-nightly"
WEEKLY = "callqa-weekly-report"
REPO = Path(__file__).resolve().parent.parent


def dates_to_run(settings: Settings, today: date) -> list[date]:
    """Yesterday plus earlier days (within catch_up_days) that lack a finished run.

    Earlier days without a recordings folder are skipped (no calls that day);
    yesterday is always returned so a missing folder is reported, not ignored.
    """
    last = today - timedelta(days=1)
    first = last - timedelta(days=max(1, settings.schedule.catch_up_days) - 1)
    with wdb.connect(settings.database) as con:
        missing = runs.nightly_dates_without_run(con, first, last)
    return [d for d in missing if d == last or settings.day_dir(d.isoformat()).is_dir()]


@flow(name="nightly-scheduled", flow_run_name="nightly (scheduled)")
def scheduled_nightly(recordings: str | None = None, db: str | None = None,
                      config: str | None = None) -> dict[str, Any]:
    """Yesterday's nightly QA run, after catching up missed nights (one run per day)."""
    logger = get_run_logger()
    settings = load_settings(config, {"recordings_root": recordings, "db_path": db})
    today = datetime.now(ZoneInfo(settings.centre_timezone)).date()
    days = dates_to_run(settings, today)
    if len(days) > 1:
        logger.warning("catching up %d missed night(s): %s", len(days) - 1,
                       ", ".join(d.isoformat() for d in days[:-1]))
    nightly = nightly_flow_for(settings)        # threads or Dask, as configured
    done, problems = [], []
    for day in days:
        if not settings.day_dir(day.isoformat()).is_dir():
            problems.append(f"{settings.day_dir(day.isoformat())}: recordings folder not found")
            continue
        out = nightly(call_date=day.isoformat(), recordings=recordings, db=db, config=config)
        done.append({"call_date": day.isoformat(), "counts": out["counts"]})
    if problems:
        raise RuntimeError("; ".join(problems))
    return {"runs": done}


def build_deployments(settings: Settings, config: str | None = None) -> list[RunnerDeployment]:
    """The two deployments (not yet served or registered)."""
    params = {"config": str(Path(config).resolve())} if config else {}
    tz = settings.centre_timezone
    nightly = scheduled_nightly.to_deployment(
        name=NIGHTLY, schedules=[Cron(settings.schedule.nightly_cron, timezone=tz)],
        parameters=params, tags=["callqa"],
        description="Nightly QA of the previous day's recordings (catches up missed nights).")
    weekly = weekly_report.to_deployment(
        name=WEEKLY, schedules=[Cron(settings.schedule.weekly_cron, timezone=tz)],
        parameters=params, tags=["callqa"],
        description="Weekly QC report (HTML + XLSX) for the previous ISO week.")
    return [nightly, weekly]


def serve(settings: Settings, config: str | None = None) -> None:  # pragma: no cover - blocks
    """Run both schedules from this process until interrupted."""
    from prefect import serve as prefect_serve

    prefect_serve(*build_deployments(settings, config))


def deploy_to_pool(settings: Settings, pool: str, config: str | None = None) -> list[str]:
    """Register both deployments with the Prefect server for workers of ``pool``.

    The code is loaded from this checkout (``from_source``), so a worker on the same
    machine (``prefect worker start --pool POOL``) runs exactly this version.
    """
    ids = []
    for dep in build_deployments(settings, config):
        entry = {NIGHTLY: "flows/schedules.py:scheduled_nightly",
                 WEEKLY: "flows/weekly.py:weekly_report"}[dep.name]
        remote = Flow.from_source(source=str(REPO), entrypoint=entry)
        ids.append(str(remote.deploy(name=dep.name, work_pool_name=pool,
                                     schedules=dep.schedules and [
                                         Cron(s.schedule.cron, timezone=s.schedule.timezone)
                                         for s in dep.schedules],
                                     parameters=dep.parameters, tags=dep.tags,
                                     description=dep.description, build=False, push=False,
                                     print_next_steps=False, ignore_warnings=True)))
    return ids
