"""Warehouse commands: ``callqa import``, ``report``, ``export``, ``schedule``.

Registered by ``callqa.cli._register_extensions``. Help and messages in English; the
report itself is Chinese.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from callqa.cli_common import settings_or_exit

ConfigOpt = typer.Option(None, "--config", help="TOML configuration file (see README).")
DbOpt = typer.Option(None, "--db", help="DuckDB file (default: var/callqa.duckdb).")
RulebookVersionOpt = typer.Option(None, "--rulebook-version",
                                  help="Use results of this rulebook version only "
                                       "(default: the newest version per call).")

import_app = typer.Typer(no_args_is_help=True, help=(
    "Import reference data from CSV (UTF-8 or GB18030, English or Chinese headers). "
    "A file with any bad row is rejected as a whole; problems are listed by line."))




def _import(kind: str, file: str, db: Optional[str], config: Optional[str]) -> None:
    from warehouse import db as wdb
    from warehouse.reference import ReferenceImportError, import_reference

    settings = settings_or_exit(config, db_path=db)
    if not Path(file).is_file():
        typer.echo(f"error: {file}: file not found", err=True)
        raise typer.Exit(2)
    try:
        with wdb.connect(settings.database) as con:
            result = import_reference(con, kind, file, settings.centre_timezone)
    except ReferenceImportError as exc:
        typer.echo(f"error: {file}: {len(exc.problems)} problem(s), nothing imported", err=True)
        for problem in exc.problems:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(1)
    except (ValueError, wdb.WarehouseError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    typer.echo(result.summary())


@import_app.command("agents")
def import_agents(file: str = typer.Argument(..., help="CSV: agent_id,name[,hire_date]"),
                  db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Agents (upsert by agent_id). Columns agent_id, name, hire_date (YYYY-MM-DD)."""
    _import("agents", file, db, config)


@import_app.command("teams")
def import_teams(file: str = typer.Argument(..., help="CSV: agent_id,team,valid_from[,valid_to]"),
                 db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Dated team membership; the file is the full history of the agents it lists.

    valid_to is the last day in the team (inclusive), empty = still there. An agent is
    in one team at a time: overlapping periods are rejected.
    """
    _import("teams", file, db, config)


@import_app.command("shifts")
def import_shifts(file: str = typer.Argument(..., help="CSV: shift,start,end (HH:MM)"),
                  db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Shift definitions (upsert by name). An end at or before the start crosses midnight;
    a start of 24:00 (晚班 24:00-08:00) means the night after the roster day."""
    _import("shifts", file, db, config)


@import_app.command("roster")
def import_roster(file: str = typer.Argument(..., help="CSV: date,agent_id,shift"),
                  db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Who works which shift on which day; replaces the listed (date, agent) days.
    A shift of 休 / 休息 / off (or empty) is a day off."""
    _import("roster", file, db, config)


@import_app.command("leave")
def import_leave(file: str = typer.Argument(..., help="CSV: agent_id,leave_type,start,end[,note]"),
                 db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Leave periods (事假 病假 年假 婚假 产假 陪产假 丧假 培训假 出差假).

    start/end are dates (whole days) or local times (2026-11-20 13:30). Leave filed after
    the fact flags the agent's earlier calls (agent_on_leave) at once.
    """
    _import("leave", file, db, config)


def report(
    week: Optional[str] = typer.Option(None, "--week", help="ISO week, e.g. 2026-W47 "
                                       "(default: the last complete week)."),
    out: Optional[str] = typer.Option(None, "--out", help="Output folder "
                                      "(default: var/reports/<week>)."),
    db: Optional[str] = DbOpt,
    rulebook_version: Optional[str] = RulebookVersionOpt,
    config: Optional[str] = ConfigOpt,
) -> None:
    """Build the weekly QC report (HTML + XLSX, Chinese) with the Prefect flow.

    Exit status: 0 written, 2 the report could not be built.
    """
    from warehouse.weeks import parse_week

    settings = settings_or_exit(config, db_path=db)
    if week:
        try:
            parse_week(week)
        except ValueError as exc:
            typer.echo(f"error: --week: {exc}", err=True)
            raise typer.Exit(2)
    from callqa.logs import setup_logging
    log_file = setup_logging(settings.log_dir, settings.log_level, "report")
    from flows.weekly import weekly_report

    try:
        result = weekly_report(week=week, out=out, db=db, config=config,
                               rulebook_version=rulebook_version)
    except Exception as exc:  # noqa: BLE001 - report and exit non-zero
        typer.echo(f"error: weekly report crashed: {exc}", err=True)
        raise typer.Exit(2)
    h = result["headline"]
    avg = "-" if h["平均分"] is None else f"{h['平均分']:.1f}"
    print(f"\ncallqa weekly report {result['week']}")
    print(f"  calls {h['抽检通话']}, scored {h['已评分']}, average {avg}, "
          f"focus agents {h['重点监听人数']}, calls under agents on leave {h['请假期间通话']}")
    for note in result["notes"]:
        print(f"  note: {note}")
    for kind, path in result["files"].items():
        print(f"  {kind:<5} {path}")
    print(f"  log   {log_file}")


def export(
    week: str = typer.Option(..., "--week", help="ISO week, e.g. 2026-W47."),
    fmt: str = typer.Option("parquet", "--format", help="parquet | csv"),
    out: Optional[str] = typer.Option(None, "--out", help="Output folder "
                                      "(default: var/exports/<week>)."),
    db: Optional[str] = DbOpt,
    rulebook_version: Optional[str] = RulebookVersionOpt,
    config: Optional[str] = ConfigOpt,
) -> None:
    """Export a week's calls, findings and score items for BI tools."""
    from warehouse import db as wdb
    from warehouse.export import export_week
    from warehouse.weeks import parse_week

    settings = settings_or_exit(config, db_path=db)
    try:
        the_week = parse_week(week)
        paths = export_week(settings.database, the_week, fmt,
                            out or Path(settings.var_dir) / "exports" / the_week.label,
                            settings.centre_timezone, rulebook_version)
    except (ValueError, wdb.WarehouseError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    for name, path in paths.items():
        typer.echo(f"{name:<12} {path}")


def schedule(
    work_pool: Optional[str] = typer.Option(None, "--work-pool", help="Register the "
                                            "deployments for workers of this pool instead "
                                            "of serving them here."),
    list_only: bool = typer.Option(False, "--list", help="Show the schedules and exit."),
    config: Optional[str] = ConfigOpt,
) -> None:
    """Serve the schedules: nightly QA at 02:00, weekly report Monday 08:00 (centre time).

    Needs a Prefect API for real use (PREFECT_API_URL; see README, 'Schedules').
    """
    settings = settings_or_exit(config)
    from flows.schedules import build_deployments, deploy_to_pool, serve

    deployments = build_deployments(settings, config)
    for dep in deployments:
        crons = ", ".join(f"{s.schedule.cron} ({s.schedule.timezone})" for s in dep.schedules)
        typer.echo(f"{dep.name:<22} {crons}  parameters {dep.parameters or {}}")
    if list_only:
        return
    if work_pool:
        ids = deploy_to_pool(settings, work_pool, config)
        typer.echo(f"registered {len(ids)} deployment(s) for work pool '{work_pool}'; "
                   f"start a worker with: prefect worker start --pool {work_pool}")
        return
    from callqa.logs import setup_logging
    setup_logging(settings.log_dir, settings.log_level, "schedule")
    serve(settings, config)


def register(app: typer.Typer) -> None:
    """Add the warehouse commands to the ``callqa`` app."""
    app.add_typer(import_app, name="import")
    app.command("report")(report)
    app.command("export")(export)
    app.command("schedule")(schedule)
