"""Build a synthetic callqa warehouse: N calls over a date range, with reference data.

For the weekly report's tests, its sample screenshot, and the 1,000,000-call
benchmark (``make bench-report``). Every row is made by DuckDB SQL from ``range()``
and ``hash()`` (no Python loops over calls), so a million calls take seconds, and the
same arguments give the same warehouse.

    python tools/make_warehouse.py var/bench.duckdb --calls 1000000 --start 2026-11-09 --days 14
    python tools/make_warehouse.py var/sample.duckdb --reference samples/reference \
        --calls 700 --start 2026-11-09 --days 14

Agents, teams (with a mid-range rotation for some agents), shifts, roster and leave
are synthesised, or imported from ``--reference DIR`` (agents.csv, teams.csv,
shifts.csv, roster.csv, leave.csv) through the real importer. Calls are spread over
the roster's shifts; an agent has a skill level, a weekly drift and, for about a third
of the agents, a personal weak spot, so the report has common and individual problems,
drops from the previous week and new hires to find. Each rostered day of leave keeps
its calls, so some calls are flagged ``agent_on_leave``.
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from warehouse import db as wdb  # noqa: E402
from warehouse.reference import KINDS, LEAVE_TYPES, import_reference  # noqa: E402

#: Category index → (category, severity, rule ids, evidence variants). Order matters:
#: the SQL below picks categories by index.
CATEGORY_TABLE: list[tuple[str, str, list[str], list[str]]] = [
    ("forbidden_phrase", "critical",
     ["forbidden.not_our_business", "forbidden.dont_know", "forbidden.cannot_do",
      "forbidden.told_you_already"],
     ["这事不归我们管,我也不知道", "我不清楚", "不能办,我也没办法", "不是已经跟你讲过了吗,还要问"]),
    ("shirking", "major", ["shirking.other_department", "shirking.vague_transfer"],
     ["这是那个部门的职责", "我们会转相关部门的"]),
    ("missing_greeting", "major", ["required.greeting"], ["喂,什么事?"]),
    ("missing_self_intro", "minor", ["required.self_intro"], ["开场未报工号或姓名"]),
    ("missing_confirmation", "major", ["required.confirmation"],
     ["解释完毕后未与客户确认是否明了"]),
    ("missing_apology", "major", ["anchored.apology"],
     ["客户:“都一个星期了还没修好” 坐席:“那您再等等吧”"]),
    ("missing_closing", "major", ["required.closing"], ["好,就这样"]),
    ("interruption", "minor", ["acoustic.interruption"], ["客户说话时插话 1.4 秒"]),
    ("dead_air", "minor", ["acoustic.dead_air"], ["客户提问后静音 14 秒未回应"]),
    ("repeated_question", "minor", ["repetition.same_question"],
     ["第二次询问“您的地址是哪里”"]),
    ("impolite_address", "minor", ["impolite.wei_opening"], ["喂?喂?说话"]),
    ("speech_rate", "minor", ["acoustic.speech_rate"], ["语速 6.9 字/秒,客户 3.8 字/秒"]),
    ("agent_hung_up_first", "major", ["metadata.agent_hung_up_first"], ["坐席先挂断电话"]),
]
COMMON = [2, 4, 6, 8]          # categories every agent slips on now and then
WEAK = [1, 3, 5, 7, 9, 10, 11, 12]   # personal weak spots (individual problems)

#: Scorecard attitude items (weights as in the default rulebook) and their categories.
ITEMS: list[tuple[str, str, float, list[int]]] = [
    ("attitude.1", "多使用礼貌用语", 12, [2, 3, 6, 10]), ("attitude.2", "不无故打断客户", 8, [7]),
    ("attitude.3", "不出现服务忌语", 15, [0]), ("attitude.4", "不推诿搪塞客户", 10, [1]),
    ("attitude.5", "出现差错时道歉", 8, [5]), ("attitude.6", "与客户确认是否明了", 8, [4]),
    ("attitude.7", "不反复询问同一问题", 4, [9]), ("attitude.8", "及时回答客户问题", 5, [8]),
]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹")
GIVEN = ["芳", "静", "伟", "洋", "晨", "敏", "磊", "婷", "杰", "丽", "强", "军", "霞", "平",
         "刚", "桂英", "秀兰", "建华", "志强", "晓明", "文", "斌", "雪", "燕", "超", "鹏", "琳",
         "颖", "浩", "宇", "欣怡", "子涵", "梓萱", "一鸣", "海燕", "春梅"]
GREETINGS = ["您好,这里是供电服务热线,工号 1023 为您服务,请问有什么可以帮您?",
             "您好,客服中心,我是 2046 号小李,请问有什么可以帮您?",
             "您好,这里是售后服务中心,很高兴为您服务,请问有什么可以帮您?"]
ISSUES = ["我家停电了,已经两个小时了", "我想查一下这个月的话费", "我上周报修的空调还没人来修",
          "我要退货,衣服尺码不对", "信用卡有一笔扣款我不认识", "我的机票想改到明天"]
CONFIRMS = ["跟您确认一下,您反映的是小区停电的问题,对吗?",
            "先生,不知道我刚才是否将您的问题解释清楚了?",
            "女士,我再跟您核对一下地址,是幸福路 18 号对吗?"]
APOLOGIES = ["非常抱歉给您带来不便,我马上帮您处理", "真的很抱歉让您久等了"]
CLOSINGS = ["感谢您的来电,祝您生活愉快,再见!", "好的,感谢您的耐心,再见"]
SHIFTS = [("早班", "08:00", "16:00", 480, 960), ("中班", "16:00", "24:00", 960, 1440),
          ("晚班", "24:00", "08:00", 1440, 1920)]


def team_names(n: int) -> list[str]:
    """一组, 二组 … 十组, 十一组 … (Chinese numerals, as the centre names its teams)."""
    digits = "零一二三四五六七八九"

    def zh(k: int) -> str:
        if k < 10:
            return digits[k]
        tens, ones = divmod(k, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    return [f"{zh(k)}组" for k in range(1, n + 1)]


def make_warehouse(path: str | Path, calls: int, start: date, days: int,
                   agents: int | None = None, teams: int | None = None,
                   reference: str | Path | None = None, seed: str = "callqa",
                   timezone: str = "Asia/Shanghai", rulebook_version: str = "1.0",
                   utterances: bool = True, score_items: bool = True) -> dict[str, Any]:
    """Create the warehouse at ``path`` (which must not exist); returns row counts and seconds."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists; remove it first (or pass --force)")
    t0 = time.perf_counter()
    n_agents = agents or max(5, calls // max(1, days * 40))
    params = {"seed": seed, "tz": timezone, "start": start, "days": days,
              "end": start + timedelta(days=days), "mid": start + timedelta(days=days // 2),
              "rb": rulebook_version}
    try:
        with wdb.connect(path) as con:
            if reference:
                for kind in KINDS:
                    import_reference(con, kind, Path(reference) / f"{kind}.csv", timezone)
            else:
                _reference(con, params, n_agents, teams or max(2, n_agents // 20))
            _calls(con, params, calls)
            _hits(con, params)
            _transcripts(con, params, utterances)
            if score_items:
                _score_items(con, params)
            _runs(con, params)
            counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("agents", "roster", "leave_periods", "recordings",
                                "call_results", "hits", "utterances", "score_items", "runs")}
            con.execute("CHECKPOINT")
    except BaseException:
        for f in (path, path.with_name(path.name + ".wal")):
            f.unlink(missing_ok=True)    # no half-built warehouse left behind
        raise
    return {"counts": counts, "seconds": round(time.perf_counter() - t0, 1), "path": str(path)}


def _lookup(con: duckdb.DuckDBPyConnection) -> None:
    """Small constant tables the generating SQL joins against."""
    con.execute("CREATE OR REPLACE TEMP TABLE cat_lookup (cat INTEGER, category VARCHAR, "
                "severity VARCHAR, rules VARCHAR[], evidence VARCHAR[])")
    con.executemany("INSERT INTO cat_lookup VALUES (?, ?, ?, ?, ?)",
                    [[i, *row] for i, row in enumerate(CATEGORY_TABLE)])
    con.execute("CREATE OR REPLACE TEMP TABLE item_lookup (item_id VARCHAR, name VARCHAR, "
                "weight DOUBLE, cats INTEGER[])")
    con.executemany("INSERT INTO item_lookup VALUES (?, ?, ?, ?)", [list(r) for r in ITEMS])


def _reference(con: duckdb.DuckDBPyConnection, p: dict[str, Any], n_agents: int,
               n_teams: int) -> None:
    """Agents, dated teams (20 % rotate mid-range), three shifts, a 5-of-7 roster, leave."""
    con.execute("""
        INSERT INTO agents
        SELECT printf('G%05d', i), $sn[1 + (hash(i, $seed, 'sn') % len($sn))::INT]
                                 || $gn[1 + (hash(i, $seed, 'gn') % len($gn))::INT],
               CASE WHEN hash(i, $seed, 'new') % 100 < 6
                    THEN $start - (hash(i, $seed, 'h') % 60)::INT
                    ELSE $start - (120 + hash(i, $seed, 'h') % 2500)::INT END,
               current_timestamp
        FROM range($n) t(i)""", {"sn": SURNAMES, "gn": GIVEN, "n": n_agents,
                                 "seed": p["seed"], "start": p["start"]})
    con.execute("""
        CREATE TEMP TABLE gen_team AS
        SELECT agent_id, hire_date,
               $teams[1 + (hash(agent_id, $seed, 'tm') % len($teams))::INT] AS team0,
               $teams[1 + ((hash(agent_id, $seed, 'tm') + 1) % len($teams))::INT] AS team1,
               hash(agent_id, $seed, 'rot') % 100 < 20 AND hire_date < $mid AS rotates
        FROM agents""", {"teams": team_names(n_teams), "seed": p["seed"], "mid": p["mid"]})
    con.execute("""
        INSERT INTO team_membership
        SELECT agent_id, team0, hire_date, CASE WHEN rotates THEN $mid - 1 END,
               timezone($tz, CAST(hire_date AS TIMESTAMP)),
               CASE WHEN rotates THEN timezone($tz, CAST($mid AS TIMESTAMP)) END
        FROM gen_team
        UNION ALL
        SELECT agent_id, team1, $mid, NULL, timezone($tz, CAST($mid AS TIMESTAMP)), NULL
        FROM gen_team WHERE rotates""", {"tz": p["tz"], "mid": p["mid"]})
    con.executemany("INSERT INTO shifts VALUES (?, ?, ?, ?, ?, current_timestamp)",
                    [list(s) for s in SHIFTS])
    con.execute("""
        INSERT INTO roster
        WITH d AS (SELECT $start + CAST(i AS INTEGER) AS work_date FROM range($days + 1) t(i)),
             a AS (SELECT agent_id, hire_date,
                          CASE WHEN hash(agent_id, $seed, 'sh') % 10 < 6 THEN '早班'
                               WHEN hash(agent_id, $seed, 'sh') % 10 < 9 THEN '中班'
                               ELSE '晚班' END AS shift FROM agents)
        SELECT d.work_date, a.agent_id, s.shift,
               timezone($tz, CAST(d.work_date AS TIMESTAMP) + INTERVAL (s.start_min) MINUTE),
               timezone($tz, CAST(d.work_date AS TIMESTAMP) + INTERVAL (s.end_min) MINUTE)
        FROM a CROSS JOIN d JOIN shifts s USING (shift)
        WHERE hash(a.agent_id, d.work_date, $seed, 'on') % 7 < 5 AND a.hire_date <= d.work_date
        """, {k: p[k] for k in ("start", "days", "seed", "tz")})
    con.execute("""
        INSERT INTO leave_periods
        SELECT agent_id, $types[1 + (hash(agent_id, work_date, $seed, 'lt') % 9)::INT],
               CAST(work_date AS VARCHAR), CAST(work_date AS VARCHAR),
               timezone($tz, CAST(work_date AS TIMESTAMP)),
               timezone($tz, CAST(work_date + 1 AS TIMESTAMP)), '合成数据', current_timestamp
        FROM roster WHERE hash(agent_id, work_date, $seed, 'lv') % 1000 < 4
        """, {"types": list(LEAVE_TYPES), "seed": p["seed"], "tz": p["tz"]})


def _calls(con: duckdb.DuckDBPyConnection, p: dict[str, Any], n_calls: int) -> None:
    """recordings + call_results: calls spread over rostered shifts, scored by skill."""
    con.execute("""
        CREATE TEMP TABLE slots AS
        SELECT row_number() OVER (ORDER BY work_date, agent_id, shift) - 1 AS slot,
               work_date, agent_id, start_at, CAST(epoch(end_at) - epoch(start_at) AS BIGINT) AS span_s
        FROM roster WHERE work_date >= $start AND work_date < $end""",
                {"start": p["start"], "end": p["end"]})
    n_slots = con.execute("SELECT count(*) FROM slots").fetchone()[0]
    if n_slots == 0:
        raise ValueError("the roster has no shifts in the date range; nothing to generate")
    con.execute("""
        CREATE TEMP TABLE gen AS
        WITH base AS (
            SELECT t.i, s.agent_id, a.name, a.hire_date,
                   s.start_at + to_seconds(CAST(hash(t.i, $seed, 't') % s.span_s AS BIGINT)) AS started_at,
                   hash(t.i, $seed, 'st') % 1000 AS st
            FROM range($n) t(i)
            JOIN slots s ON s.slot = t.i % $slots
            JOIN agents a USING (agent_id)
        ), dated AS (
            SELECT *, CAST(timezone($tz, started_at) AS DATE) AS call_date,
                   CASE WHEN st < 20 THEN 'failed' WHEN st < 45 THEN 'asr_unreliable'
                        WHEN st < 90 THEN 'too_short' ELSE 'ok' END AS status,
                   hash(i, $seed, 'c') % 10000 < 6 AS crit,
                   CASE WHEN hire_date > $start - 90 THEN 60 + hash(agent_id, $seed, 'sk') % 16
                        ELSE 72 + hash(agent_id, $seed, 'sk') % 24 END AS skill
            FROM base
        )
        SELECT *,
               'S' || strftime(call_date, '%Y%m%d') || '-' || lpad(CAST(i AS VARCHAR), 7, '0') AS rid,
               CASE WHEN status <> 'ok' THEN NULL WHEN crit THEN 0.0
                    ELSE CAST(least(100, greatest(0, skill
                         + CAST(hash(agent_id, yearweek(call_date), $seed) % 13 AS INTEGER) - 6
                         + CAST(hash(i, $seed, 'n') % 25 AS INTEGER) - 12)) AS DOUBLE) END AS score,
               CASE WHEN status = 'too_short' THEN 3 + CAST(hash(i, 'd') % 7 AS DOUBLE)
                    ELSE 40 + CAST(hash(i, 'd') % 400 AS DOUBLE) END AS duration_s
        FROM dated""", {"seed": p["seed"], "tz": p["tz"], "start": p["start"], "n": n_calls,
                        "slots": n_slots})
    con.execute("""
        INSERT INTO recordings
        SELECT g.rid, g.call_date, 'synthetic/' || g.call_date || '/' || g.rid || '.wav',
               g.rid || '.wav', md5(g.rid), g.rid, g.agent_id, g.name,
               (SELECT m.team FROM team_membership m WHERE m.agent_id = g.agent_id
                ORDER BY m.valid_from LIMIT 1),
               g.started_at, 'inbound', 'customer', 'agent-left', 'agent-left', g.duration_s,
               'pcm_s16le', '{}', 'synthetic-' || g.call_date, current_timestamp
        FROM gen g""")
    con.execute("""
        INSERT INTO call_results
        SELECT rid, 'default', $rb, call_date, 'synthetic-' || call_date, status,
               CASE WHEN status = 'failed' THEN rid || '.wav: truncated WAV (synthetic)' END,
               score,
               CASE WHEN score IS NULL THEN NULL WHEN score >= 90 THEN '优秀'
                    WHEN score >= 80 THEN '良好' WHEN score >= 60 THEN '合格' ELSE '不合格' END,
               CASE WHEN score IS NULL THEN NULL ELSE crit END,
               0, '{}', current_timestamp
        FROM gen""", {"rb": p["rb"]})


def _hits(con: duckdb.DuckDBPyConnection, p: dict[str, Any]) -> None:
    """Findings: a critical phrase for auto-failed calls, common slips, personal weak spots."""
    _lookup(con)
    con.execute("""
        CREATE TEMP TABLE gen_hits AS
        WITH n AS (
            SELECT rid, i, agent_id, duration_s, crit,
                   CASE WHEN crit THEN 1 + CAST((hash(i, 'k') % 3) AS INTEGER)
                        ELSE CAST(least(6, greatest(0, 96 - score) // 8) AS INTEGER) END AS n_hits
            FROM gen WHERE status = 'ok'
        ), k AS (SELECT *, unnest(range(n_hits)) AS k FROM n WHERE n_hits > 0)
        SELECT rid, i, k AS idx, agent_id, duration_s,
               CASE WHEN crit AND k = 0 THEN 0
                    WHEN hash(i, k, $seed, 'r') % 100 < 55
                         OR hash(agent_id, $seed, 'hw') % 100 >= 35
                    THEN $common[1 + (hash(i, k, $seed, 'cm') % len($common))::INT]
                    ELSE $weak[1 + (hash(agent_id, $seed, 'w') % len($weak))::INT] END AS cat
        FROM k""", {"seed": p["seed"], "common": COMMON, "weak": WEAK})
    con.execute("""
        INSERT INTO hits
        SELECT h.rid, 'default', $rb, h.idx,
               c.rules[1 + (hash(h.i, h.idx, 'rule') % len(c.rules))::INT], c.category, c.severity,
               'agent', round(CAST(hash(h.i, h.idx, 's') % 1000 AS DOUBLE) / 1000 * (h.duration_s - 5), 1),
               round(CAST(hash(h.i, h.idx, 's') % 1000 AS DOUBLE) / 1000 * (h.duration_s - 5), 1) + 2.5,
               c.evidence[1 + (hash(h.i, h.idx, 'ev') % len(c.evidence))::INT],
               CASE WHEN c.cat IN (7, 8, 11) THEN 'acoustic' WHEN c.cat = 12 THEN 'metadata'
                    WHEN c.cat IN (2, 3, 4, 6) THEN 'absence' ELSE 'pinyin' END,
               0.7 + CAST(hash(h.i, h.idx, 'cf') % 30 AS DOUBLE) / 100
        FROM gen_hits h JOIN cat_lookup c USING (cat)""", {"rb": p["rb"]})
    con.execute("""
        UPDATE call_results SET n_hits = x.n FROM
            (SELECT rid, count(*) AS n FROM gen_hits GROUP BY rid) x
        WHERE call_results.recording_id = x.rid""")


def _transcripts(con: duckdb.DuckDBPyConnection, p: dict[str, Any], utterances: bool) -> None:
    """A transcript row per call that was heard; six utterances in the usual order."""
    con.execute("""
        INSERT INTO transcripts
        SELECT rid, md5(rid), 'base', '{"beam_size": 5}', '[]', '[]', NULL, '{}', current_timestamp
        FROM gen WHERE status <> 'failed'""")
    if not utterances:
        return
    lists = {"greet": GREETINGS, "issue": ISSUES, "confirm": CONFIRMS, "apology": APOLOGIES,
             "closing": CLOSINGS}
    con.execute("""
        INSERT INTO utterances
        WITH cats AS (SELECT rid, list(DISTINCT cat) AS cats FROM gen_hits GROUP BY rid),
        calls AS (SELECT g.rid, g.i, g.duration_s, coalesce(c.cats, []) AS cats
                  FROM gen g LEFT JOIN cats c USING (rid) WHERE g.status <> 'failed'),
        u AS (SELECT *, unnest(range(6)) AS idx FROM calls)
        SELECT rid, idx, CASE WHEN idx IN (1, 3) THEN 'customer' ELSE 'agent' END,
               CASE WHEN idx IN (1, 3) THEN 1 ELSE 0 END,
               round(duration_s * idx / 6 + 0.4, 1), round(duration_s * (idx + 1) / 6 - 0.3, 1),
               CASE idx
                 WHEN 0 THEN CASE WHEN list_contains(cats, 2) THEN '喂,什么事?'
                             ELSE $greet[1 + (hash(i, 'g') % len($greet))::INT] END
                 WHEN 1 THEN $issue[1 + (hash(i, 'i') % len($issue))::INT]
                 WHEN 2 THEN CASE WHEN list_contains(cats, 5) THEN '那您再等等吧'
                             ELSE $apology[1 + (hash(i, 'a') % len($apology))::INT] END
                 WHEN 3 THEN '好的'
                 WHEN 4 THEN CASE WHEN list_contains(cats, 4) THEN '已经给您登记了'
                             ELSE $confirm[1 + (hash(i, 'f') % len($confirm))::INT] END
                 ELSE CASE WHEN list_contains(cats, 6) THEN '好,就这样'
                      ELSE $closing[1 + (hash(i, 'e') % len($closing))::INT] END END,
               -0.25, 0.02, NULL
        FROM u""", lists)


def _score_items(con: duckdb.DuckDBPyConnection, p: dict[str, Any]) -> None:
    """The eight attitude items per scored call, deducted by the call's hits."""
    con.execute("""
        INSERT INTO score_items
        WITH per_item AS (
            SELECT h.rid, it.item_id, count(*) AS n, list(DISTINCT c.rules[1]) AS rules
            FROM gen_hits h JOIN item_lookup it ON list_contains(it.cats, h.cat)
            JOIN cat_lookup c ON c.cat = h.cat GROUP BY ALL)
        SELECT g.rid, 'default', $rb, it.item_id, '服务态度', it.name, it.weight,
               CASE WHEN pi.n IS NULL THEN it.weight ELSE greatest(0, it.weight - 5 * pi.n) END,
               CASE WHEN pi.n IS NULL THEN 'ok' ELSE 'deducted' END,
               to_json(coalesce(pi.rules, []))
        FROM gen g CROSS JOIN item_lookup it
        LEFT JOIN per_item pi ON pi.rid = g.rid AND pi.item_id = it.item_id
        WHERE g.status = 'ok'""", {"rb": p["rb"]})


def _runs(con: duckdb.DuckDBPyConnection, p: dict[str, Any]) -> None:
    """One finished nightly run per day, as the real flow leaves them."""
    con.execute("""
        INSERT INTO runs (run_id, kind, call_date, started_at, finished_at, status, rulebook_id,
                          rulebook_version, asr_model, settings, n_discovered, n_sampled, n_ok,
                          n_failed, n_asr_unreliable, n_too_short, n_flagged, message)
        SELECT 'synthetic-' || call_date, 'nightly', call_date,
               timezone($tz, CAST(call_date + 1 AS TIMESTAMP) + INTERVAL 2 HOUR),
               timezone($tz, CAST(call_date + 1 AS TIMESTAMP) + INTERVAL 3 HOUR),
               CASE WHEN count(*) FILTER (WHERE status = 'failed') > 0 THEN 'partial' ELSE 'ok' END,
               'default', $rb, 'base', '{}', count(*), count(*),
               count(*) FILTER (WHERE status = 'ok'), count(*) FILTER (WHERE status = 'failed'),
               count(*) FILTER (WHERE status = 'asr_unreliable'),
               count(*) FILTER (WHERE status = 'too_short'),
               count(*) FILTER (WHERE rid IN (SELECT rid FROM gen_hits)), 'synthetic data'
        FROM gen GROUP BY call_date""", {"tz": p["tz"], "rb": p["rb"]})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", help="DuckDB file to create")
    ap.add_argument("--calls", type=int, default=1_000_000)
    ap.add_argument("--start", type=date.fromisoformat, default=date(2026, 11, 9),
                    help="first day (default 2026-11-09, the Monday of 2026-W46)")
    ap.add_argument("--days", type=int, default=14)
    ap.add_argument("--agents", type=int, help="default: calls / (days x 40)")
    ap.add_argument("--teams", type=int, help="default: agents / 20")
    ap.add_argument("--reference", help="folder with agents/teams/shifts/roster/leave CSVs")
    ap.add_argument("--seed", default="callqa")
    ap.add_argument("--timezone", default="Asia/Shanghai")
    ap.add_argument("--no-utterances", action="store_true")
    ap.add_argument("--no-score-items", action="store_true")
    ap.add_argument("--force", action="store_true", help="replace an existing file")
    args = ap.parse_args(argv)
    path = Path(args.db)
    if args.force:
        for f in (path, path.with_name(path.name + ".wal")):
            f.unlink(missing_ok=True)
    try:
        out = make_warehouse(path, args.calls, args.start, args.days, args.agents, args.teams,
                             args.reference, args.seed, args.timezone,
                             utterances=not args.no_utterances,
                             score_items=not args.no_score_items)
    except (FileExistsError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{out['path']}: built in {out['seconds']} s")
    for table, n in out["counts"].items():
        print(f"  {table:<14} {n:>10,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
