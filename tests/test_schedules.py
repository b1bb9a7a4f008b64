"""Schedules: the deployments' cron, time zone and parameters; which nights get caught up."""
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from callqa.settings import Settings, load_settings
from flows.schedules import NIGHTLY, WEEKLY, build_deployments, dates_to_run, deploy_to_pool
from warehouse import db as wdb
from warehouse import store


def crons(deployment):
    return [(s.schedule.cron, s.schedule.timezone) for s in deployment.schedules]


def test_nightly_at_two_and_weekly_on_monday_eight_shanghai_time():
    nightly, weekly = build_deployments(Settings())
    assert (nightly.name, nightly.flow_name) == (NIGHTLY, "nightly-scheduled")
    assert crons(nightly) == [("0 2 * * *", "Asia/Shanghai")]
    assert (weekly.name, weekly.flow_name) == (WEEKLY, "weekly-report")
    assert crons(weekly) == [("0 8 * * 1", "Asia/Shanghai")]
    assert nightly.parameters == {} and weekly.parameters == {}   # week=None: last week
    assert all(s.active for d in (nightly, weekly) for s in d.schedules)


def test_schedules_follow_the_settings_and_pass_the_config_file(tmp_path):
    cfg = tmp_path / "callqa.toml"
    cfg.write_text('centre_timezone = "Asia/Urumqi"\n[schedule]\nnightly_cron = "30 3 * * *"\n',
                   encoding="utf-8")
    nightly, weekly = build_deployments(load_settings(cfg, environ={}), str(cfg))
    assert crons(nightly) == [("30 3 * * *", "Asia/Urumqi")]
    assert crons(weekly) == [("0 8 * * 1", "Asia/Urumqi")]
    assert nightly.parameters == weekly.parameters == {"config": str(cfg.resolve())}


@pytest.fixture
def settings(tmp_path):
    s = Settings(var_dir=str(tmp_path / "var"), recordings_root=str(tmp_path / "rec"))
    for day in ("2026-11-17", "2026-11-18", "2026-11-20", "2026-11-21"):
        (tmp_path / "rec" / day).mkdir(parents=True)
    return s


def nightly_run(settings: Settings, day: str, status: str) -> None:
    with wdb.connect(settings.database) as con:
        store.start_run(con, f"run-{day}-{status}", "nightly", day, "default", "1.0", "base", {})
        store.finish_run(con, f"run-{day}-{status}", status, {})


def test_missed_nights_with_recordings_are_caught_up(settings):
    nightly_run(settings, "2026-11-17", "ok")
    nightly_run(settings, "2026-11-18", "crashed")           # crashed: run it again
    nightly_run(settings, "2026-11-19", "partial")           # partial counts as done
    days = dates_to_run(settings, today=date(2026, 11, 22))
    # 11-20 and 11-21 have folders and no run; 11-16 and earlier have no folder
    assert days == [date(2026, 11, 18), date(2026, 11, 20), date(2026, 11, 21)]


def test_yesterday_is_always_attempted_and_the_window_is_limited(settings):
    settings.schedule.catch_up_days = 2
    assert dates_to_run(settings, today=date(2026, 11, 23)) == [date(2026, 11, 21),
                                                               date(2026, 11, 22)]
    nightly_run(settings, "2026-11-22", "ok")
    nightly_run(settings, "2026-11-21", "ok")
    assert dates_to_run(settings, today=date(2026, 11, 23)) == []


def test_schedule_list_prints_both_without_serving():
    from callqa.cli import app

    result = CliRunner().invoke(app, ["schedule", "--list"])
    assert result.exit_code == 0, result.output
    assert "callqa-nightly" in result.output and "0 2 * * * (Asia/Shanghai)" in result.output
    assert "callqa-weekly-report" in result.output and "0 8 * * 1" in result.output


@pytest.mark.flow
def test_deployments_register_with_a_server_for_workers(prefect_harness):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate

    with get_client(sync_client=True) as client:
        client.create_work_pool(WorkPoolCreate(name="callqa-test-pool", type="process"),
                                overwrite=True)
        ids = deploy_to_pool(Settings(), "callqa-test-pool")
        deps = [client.read_deployment(i) for i in ids]
    repo = str(Path(__file__).resolve().parent.parent)
    got = {d.name: (d.entrypoint, d.work_pool_name, [(s.schedule.cron, s.schedule.timezone)
                                                     for s in d.schedules]) for d in deps}
    assert got == {
        NIGHTLY: ("flows/schedules.py:scheduled_nightly", "callqa-test-pool",
                  [("0 2 * * *", "Asia/Shanghai")]),
        WEEKLY: ("flows/weekly.py:weekly_report", "callqa-test-pool",
                 [("0 8 * * 1", "Asia/Shanghai")]),
    }
    assert all(d.pull_steps[0]["prefect.deployments.steps.set_working_directory"]["directory"]
               == repo for d in deps)
