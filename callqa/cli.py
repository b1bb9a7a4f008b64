"""The ``callqa`` command line (help and logs in English; QC-facing output is Chinese)."""
from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

import typer

from callqa.cli_common import settings_or_exit
from callqa.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Automatic QA for Mandarin call-center recordings.")
rules_app = typer.Typer(no_args_is_help=True, help="Validate and test rulebooks.")
models_app = typer.Typer(no_args_is_help=True, help="Manage models.")
app.add_typer(rules_app, name="rules")
app.add_typer(models_app, name="models")

ConfigOpt = typer.Option(None, "--config", help="TOML configuration file (see README).")




def _dates(day: Optional[str], since: Optional[str]) -> list[str]:
    try:
        if since:
            start = date.fromisoformat(since)
            end = date.fromisoformat(day) if day else date.today() - timedelta(days=1)
            if end < start:
                raise ValueError(f"--since {since} is after {end}")
            return [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]
        if day:
            return [date.fromisoformat(day).isoformat()]
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    return [(date.today() - timedelta(days=1)).isoformat()]


@app.command()
def run(
    day: Optional[str] = typer.Option(None, "--date", help="Day to process, YYYY-MM-DD "
                                      "(default: yesterday)."),
    since: Optional[str] = typer.Option(None, "--since", help="Catch up: run every day from "
                                        "this date to --date (default yesterday)."),
    recordings: Optional[str] = typer.Option(None, "--recordings", help="Recordings root with "
                                             "one folder per day (default: samples)."),
    db: Optional[str] = typer.Option(None, "--db", help="DuckDB file (default: var/callqa.duckdb)."),
    sampling: Optional[str] = typer.Option(None, "--sampling", help="all | per_agent | ratio."),
    dask_address: Optional[str] = typer.Option(None, "--dask-address", help="Fan the per-call "
                                               "work out to this Dask scheduler (tcp://HOST:PORT)."),
    config: Optional[str] = ConfigOpt,
) -> None:
    """Run the nightly QA flow (Prefect) for a day and store results in DuckDB.

    Exit status: 0 all calls processed, 1 some files failed (stored as failed),
    2 the run itself could not start or crashed.
    """
    overrides = {"recordings_root": recordings, "db_path": db, "sampling.mode": sampling,
                 "flow.dask_address": dask_address}
    settings = settings_or_exit(config, **overrides)
    from callqa.logs import setup_logging
    log_file = setup_logging(settings.log_dir, settings.log_level, "nightly")
    from callqa.progress import progress_bar
    from flows.nightly import nightly_flow_for

    given = {k: v for k, v in overrides.items() if v is not None}
    nightly = nightly_flow_for(settings)

    any_failed = False
    for call_date in _dates(day, since):
        if not settings.day_dir(call_date).is_dir():
            typer.echo(f"error: {settings.day_dir(call_date)}: recordings folder not found",
                       err=True)
            raise typer.Exit(2)
        try:
            with progress_bar(f"nightly {call_date}"):
                out = nightly(call_date=call_date, config=config, overrides=given)
        except Exception as exc:  # noqa: BLE001 - report and exit non-zero
            typer.echo(f"error: nightly run for {call_date} crashed: {exc}", err=True)
            raise typer.Exit(2)
        _print_summary(out, settings, log_file)
        any_failed |= out["counts"]["failed"] > 0
    raise typer.Exit(1 if any_failed else 0)


def _print_summary(out: dict, settings: Settings, log_file: Path) -> None:
    from pipeline.scoring import grade_for
    from qa_rules.engine import load_rulebook

    scorecard = load_rulebook(settings.rulebook_path).scorecard
    c = out["counts"]
    print(f"\ncallqa nightly {out['call_date']}  (rulebook {out['rulebook']['id']} "
          f"{out['rulebook']['version']})")
    print(f"  recordings found {c['discovered']}, processed {c['sampled']}: scored {c['ok']}, "
          f"failed {c['failed']}, asr_unreliable {c['asr_unreliable']}, "
          f"too short {c['too_short']}; calls with findings {c['flagged']}; "
          f"transcripts from cache {c['transcripts_cached']}")
    for f in out["failed"]:
        print(f"  FAILED {f['error']}")
    print("  calls flagged by category:")
    for cat, n in out["summary"]["flagged"] or [("(none)", 0)]:
        print(f"    {cat:<22} {n}")
    from rich.console import Console
    from rich.table import Table

    table = Table(title="average score per agent", title_justify="left", box=None,
                  padding=(0, 2))
    for col, just in (("agent", "left"), ("name", "left"), ("team", "left"), ("calls", "right"),
                      ("avg", "right"), ("grade", "left"), ("不合格 calls", "right")):
        table.add_column(col, justify=just)  # type: ignore[arg-type]
    for agent_id, name, team, n, avg, n_fail in out["summary"]["agents"]:
        table.add_row(agent_id, name or "-", team or "-", str(n),
                      f"{avg:.1f}" if avg is not None else "-",
                      grade_for(avg, scorecard) if avg is not None else "-", str(n_fail))
    Console(width=100).print(table)
    stages = out.get("stage_s", {})
    if stages:
        wall = out["wall_s"]
        split = ", ".join(f"{k} {v:.1f}s" for k, v in stages.items())
        print(f"  time: {wall:.1f}s wall for {out['audio_s']:.0f}s of audio "
              f"({out['audio_s'] / wall if wall else 0:.2f} audio-s per wall-s); stages: {split}")
    print(f"  database: {out['database']}")
    print(f"  log:      {log_file}")


@app.command()
def analyze(
    paths: list[str] = typer.Argument(..., help="Audio files to analyze."),
    metadata: Optional[str] = typer.Option(None, "--metadata", help="metadata.csv for these files."),
    rulebook: Optional[str] = typer.Option(None, "--rulebook", help="Rulebook YAML."),
    fmt: str = typer.Option("json", "--format", help="Output format (json: one object per line)."),
    config: Optional[str] = ConfigOpt,
) -> None:
    """Analyze files without Prefect or DuckDB; print one JSON object per file."""
    if fmt != "json":
        typer.echo("error: only --format json is supported", err=True)
        raise typer.Exit(2)
    settings = settings_or_exit(config, rulebook=rulebook)
    from callqa.logs import setup_logging
    setup_logging(settings.log_dir, "WARNING", "analyze")
    from pipeline.analyze import Analyzer
    from pipeline.ingest import records_for_paths

    found = records_for_paths(paths, metadata, settings.defaults)
    for problem in found.problems:
        typer.echo(f"warning: {problem}", err=True)
    analyzer = Analyzer(settings)
    failed = False
    for record in found.records:
        result = analyzer.analyze(record)
        failed |= result.status == "failed"
        sys.stdout.write(json.dumps(result.to_json_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    raise typer.Exit(1 if failed else 0)


@rules_app.command("check")
def rules_check(file: str = typer.Argument(..., help="Rulebook YAML file.")) -> None:
    """Validate a rulebook against the schema and lint it (exit 1 on errors)."""
    from qa_rules.engine import problems_in_file

    _, problems = problems_in_file(file)
    for p in sorted(problems, key=lambda p: p.level != "error"):
        typer.echo(str(p), err=True)
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise typer.Exit(1)
    typer.echo(f"{file}: OK ({len(problems)} warnings)")


@rules_app.command("test")
def rules_test(file: str = typer.Argument(..., help="Rulebook YAML file.")) -> None:
    """Run every rule's own examples (hit / ok); fail naming the rule."""
    from qa_rules.engine import RulebookError, load_rulebook, run_examples

    try:
        rb = load_rulebook(file)
    except RulebookError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1)
    failures = run_examples(rb)
    n_examples = sum(len(r.examples.hit) + len(r.examples.ok) for r in rb.rules)
    for f in failures:
        typer.echo(str(f), err=True)
    typer.echo(f"{file}: {len(rb.rules)} rules, {n_examples} examples, {len(failures)} failures")
    if failures:
        raise typer.Exit(1)


@models_app.command("prepare")
def models_prepare(config: Optional[str] = ConfigOpt) -> None:
    """Assemble (if needed) and locate the configured Whisper model."""
    settings = settings_or_exit(config)
    from models.whisper import ModelError, resolve_model

    try:
        typer.echo(resolve_model(settings.asr.model, settings.model_cache_dir))
    except ModelError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)




def _register_extensions() -> None:
    """Commands that live in their own modules (warehouse, reports, schedules, web)."""
    import importlib

    for module in ("callqa.cli_warehouse", "callqa.cli_review", "callqa.cli_models"):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        mod.register(app)


_register_extensions()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
