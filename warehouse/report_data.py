"""The weekly report's figures, aggregated in SQL over the in-memory week snapshot.

Input: the tables ``warehouse.snapshot.load_week`` makes (the week and the one before).
Output: ``ReportData``. Every aggregate runs in DuckDB, so the cost depends on the
number of agents and categories, not on the number of calls handled in Python.
Empty weeks, weeks with one agent and agents without calls give empty or short
tables, never errors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

import duckdb

from callqa.settings import ReportOptions
from warehouse.report_examples import sharing_examples
from warehouse.report_model import (CATEGORY_LABELS, SEVERITY_LABELS, STATUS_LABELS, WEEKDAYS,
                                    Column, ReportData, Table, mmss)
from warehouse.weeks import IsoWeek

DEFAULT_BANDS: list[tuple[str, float]] = [("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", 0)]


@dataclass
class _Ctx:
    con: duckdb.DuckDBPyConnection
    week: IsoWeek
    options: ReportOptions
    bands: list[tuple[str, float]]

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
        used = set(re.findall(r"\$(\w+)", sql))
        return self.con.execute(sql, {k: v for k, v in (params or {}).items() if k in used}
                                ).fetchall()

    def grade(self, expr: str) -> str:
        """SQL for the grade of a score expression, from the rulebook's bands."""
        whens = " ".join(f"WHEN {expr} >= {float(m)} THEN '{_q(g)}'" for g, m in self.bands[:-1])
        return f"CASE WHEN {expr} IS NULL THEN NULL {whens} ELSE '{_q(self.bands[-1][0])}' END"

    @property
    def pass_mark(self) -> float:
        """Lowest score that is not the failing grade (合格 line)."""
        return float(self.bands[-2][1]) if len(self.bands) > 1 else 0.0

    @property
    def fail_grade(self) -> str:
        return self.bands[-1][0]


def _q(text: str) -> str:
    return str(text).replace("'", "''")


def build_report_data(con: duckdb.DuckDBPyConnection, week: IsoWeek, options: ReportOptions,
                      bands: list[tuple[str, float]] | None = None,
                      notes: list[str] | None = None) -> ReportData:
    """All tables of the weekly report for ``week`` from a ``load_week`` snapshot."""
    ctx = _Ctx(con, week, options, list(bands or DEFAULT_BANDS))
    daily, totals = _coverage(ctx)
    findings = _findings(ctx)
    found = [code for _, code, *rest in findings[0].rows if code != "agent_on_leave"
             and rest[1]]                          # categories with calls this week
    tables = [daily,
              _scores(ctx, "team", "班组", "coalesce(team, '未分组')", "teams"),
              _agents(ctx),
              _scores(ctx, "shift", "班次", "coalesce(shift, '未排班')", "shifts"),
              *findings,
              _focus(ctx),
              _leave_calls(ctx),
              sharing_examples(con, options.examples_per_category, found)]
    versions = [v for (v,) in ctx.rows("SELECT DISTINCT rulebook_id || ' ' || rulebook_version "
                                       "FROM calls ORDER BY 1")]
    models = [m for (m,) in ctx.rows("SELECT asr_model FROM models ORDER BY 1")]
    data = ReportData(week=week.label, previous_week=week.previous().label, monday=week.monday,
                      sunday=week.sunday, generated_at=datetime.now(timezone.utc),
                      headline=_headline(ctx, totals, tables), tables={t.key: t for t in tables},
                      rulebook_versions=versions, asr_models=models, grade_bands=ctx.bands,
                      notes=list(notes or []),
                      counts={k: v for k, v in totals["cur"].items() if k != "avg"})
    if data.is_empty:
        data.notes.insert(0, f"{week.label} 没有已处理的通话(夜间质检未运行或当周无录音)。")
    return data


# ---------------------------------------------------------------- coverage

def _coverage(ctx: _Ctx) -> tuple[Table, dict[str, dict[str, Any]]]:
    """Calls per day of the week, and totals for this and the previous week."""
    days = ctx.week.days + ctx.week.previous().days
    per_day = {row[0]: row[1:] for row in ctx.rows("""
        WITH d AS (SELECT unnest($days::DATE[]) AS day),
        c AS (SELECT call_date, count(*) AS sampled, count(score) AS scored,
                     count(*) FILTER (WHERE status = 'failed') AS failed,
                     count(*) FILTER (WHERE status = 'asr_unreliable') AS unreliable,
                     count(*) FILTER (WHERE status = 'too_short') AS too_short,
                     count(*) FILTER (WHERE n_hits > 0) AS flagged,
                     count(*) FILTER (WHERE on_leave) AS on_leave,
                     sum(score) AS score_sum
              FROM calls GROUP BY call_date
              UNION ALL
              SELECT call_date, sum(calls), sum(scored), sum(failed), sum(unreliable),
                     sum(too_short), sum(flagged), sum(on_leave), sum(score_sum)
              FROM prev_groups GROUP BY call_date)
        SELECT d.day, greatest(coalesce(n.n_discovered, 0), coalesce(c.sampled, 0)),
               coalesce(c.sampled, 0), coalesce(c.scored, 0), coalesce(c.failed, 0),
               coalesce(c.unreliable, 0), coalesce(c.too_short, 0), coalesce(c.flagged, 0),
               coalesce(c.on_leave, 0), c.score_sum
        FROM d LEFT JOIN c ON c.call_date = d.day LEFT JOIN nightly n ON n.call_date = d.day
        ORDER BY d.day""", {"days": days})}
    keys = ("recorded", "sampled", "scored", "failed", "asr_unreliable", "too_short", "flagged",
            "on_leave")

    def total(week_days: list[date]) -> dict[str, Any]:
        t = {k: sum(per_day[d][i] for d in week_days) for i, k in enumerate(keys)}
        score_sum = sum(per_day[d][8] or 0 for d in week_days)
        t["avg"] = round(score_sum / t["scored"], 1) if t["scored"] else None
        return t

    rows = []
    for d in ctx.week.days:
        v = per_day[d]
        avg = round(v[8] / v[2], 1) if v[2] else None
        rows.append((f"{d:%m-%d} {WEEKDAYS[d.weekday()]}", *v[:7], avg))
    totals = {"cur": total(ctx.week.days), "prev": total(ctx.week.previous().days)}
    for label, key in (("本周合计", "cur"), ("上周合计", "prev")):
        t = totals[key]
        rows.append((label, *(t[k] for k in keys[:7]), t["avg"]))
    table = Table(
        "coverage", "覆盖情况(每日)",
        [Column("日期"), Column("录音数", "int"), Column("抽检数", "int"), Column("已评分", "int"),
         Column("失败", "int"), Column("转写不可靠", "int"), Column("过短", "int"),
         Column("有问题通话", "int"), Column("平均分", "score")],
        rows,
        note="录音数取自夜间质检运行记录;失败、转写不可靠、过短的通话不评分,也不计入平均分。")
    return table, totals


def _headline(ctx: _Ctx, totals: dict[str, dict[str, Any]], tables: list[Table]
              ) -> dict[str, Any]:
    cur, prev = totals["cur"], totals["prev"]
    by_key = {t.key: t for t in tables}
    change = (round(cur["avg"] - prev["avg"], 1)
              if cur["avg"] is not None and prev["avg"] is not None else None)
    return {"录音数": cur["recorded"], "抽检通话": cur["sampled"], "已评分": cur["scored"],
            "平均分": cur["avg"], "较上周": change,
            "有问题通话占比": round(cur["flagged"] / cur["scored"], 3) if cur["scored"] else None,
            "重点监听人数": len(by_key["focus"].rows),
            "请假期间通话": cur["on_leave"]}


# ---------------------------------------------------------------- scores

def _grade_columns(ctx: _Ctx) -> tuple[str, list[Column]]:
    sql = ", ".join(f"count(*) FILTER (WHERE grade = '{_q(g)}')" for g, _ in ctx.bands)
    return sql, [Column(g, "int") for g, _ in ctx.bands]


def _scores(ctx: _Ctx, key: str, label: str, dim: str, table_key: str) -> Table:
    """Scored calls, average, grade mix and change from last week per team or shift."""
    grade_sql, grade_cols = _grade_columns(ctx)
    order = ("(SELECT min(start_min) FROM shifts s WHERE s.shift = cur.k) NULLS LAST, cur.k"
             if key == "shift" else "cur.a DESC NULLS LAST, cur.k")
    rows = ctx.rows(f"""
        WITH cur AS (SELECT {dim} AS k, count(*) AS calls, count(score) AS n, avg(score) AS a,
                            {grade_sql} FROM calls GROUP BY 1),
        prev AS (SELECT {dim} AS k, sum(score_sum) / nullif(sum(scored), 0) AS a
                 FROM prev_groups GROUP BY 1)
        SELECT cur.k, cur.calls, cur.n, round(cur.a, 1), {ctx.grade('cur.a')},
               cur.* EXCLUDE (k, calls, n, a), round(prev.a, 1), round(cur.a - prev.a, 1)
        FROM cur LEFT JOIN prev USING (k) ORDER BY {order}""")
    return Table(
        table_key, f"{label}成绩",
        [Column(label), Column("通话数", "int"), Column("评分通话", "int"),
         Column("平均分", "score"), Column("等级"), *grade_cols, Column("上周平均分", "score"),
         Column("变化", "delta")],
        rows,
        note=f"等级按平均分和规则书的分档评定;{label}按通话开始时间归属"
             + ("(按日期生效的班组名单,未导入时用通话元数据中的班组)。" if key == "team"
                else "(按排班表,夜班跨零点的通话归入前一天开始的班次)。"))


def _agents(ctx: _Ctx) -> Table:
    """Every agent who worked, was rostered or is a new hire, with or without calls."""
    fail = _q(ctx.fail_grade)
    rows = ctx.rows(f"""
        WITH cur AS (
            SELECT agent_id, arg_max(agent_name, started_at) AS name,
                   arg_max(team, started_at) AS team, count(*) AS calls, count(score) AS n,
                   avg(score) AS a, min(score) AS lo,
                   count(*) FILTER (WHERE grade = '{fail}') AS n_fail
            FROM calls WHERE agent_id IS NOT NULL GROUP BY 1),
        prev AS (SELECT agent_id, sum(score_sum) / nullif(sum(scored), 0) AS a
                 FROM prev_groups GROUP BY 1),
        people AS (
            SELECT agent_id FROM cur
            UNION SELECT agent_id FROM rostered
            UNION SELECT agent_id FROM agents
                  WHERE hire_date BETWEEN $sunday - $new_days AND $sunday),
        team_now AS (
            SELECT agent_id, min(team) AS team FROM membership
            WHERE valid_from <= $sunday AND (valid_to IS NULL OR valid_to >= $sunday) GROUP BY 1)
        SELECT p.agent_id, coalesce(cur.name, ag.name), coalesce(cur.team, t.team, '未分组'),
               coalesce(cur.calls, 0), coalesce(cur.n, 0), round(cur.a, 1), {ctx.grade('cur.a')},
               coalesce(cur.n_fail, 0), cur.lo, round(prev.a, 1), round(cur.a - prev.a, 1),
               ag.hire_date
        FROM people p LEFT JOIN cur USING (agent_id) LEFT JOIN prev USING (agent_id)
        LEFT JOIN agents ag USING (agent_id) LEFT JOIN team_now t USING (agent_id)
        ORDER BY 3, cur.a NULLS FIRST, 1""",
                    {"sunday": ctx.week.sunday, "new_days": ctx.options.new_hire_days})
    return Table(
        "agents", "坐席成绩",
        [Column("工号"), Column("姓名"), Column("班组"), Column("通话数", "int"),
         Column("评分通话", "int"), Column("平均分", "score"), Column("等级"),
         Column(f"{ctx.fail_grade}通话", "int"), Column("最低分", "score"),
         Column("上周平均分", "score"), Column("变化", "delta"), Column("入职日期", "date")],
        rows,
        note="包括本周有通话、有排班或新入职的坐席;本周没有评分通话的坐席平均分为空。"
             "班组取该坐席本周最后一通电话的归属。")


# ---------------------------------------------------------------- findings

def _findings(ctx: _Ctx) -> list[Table]:
    """By category (with common/individual), common problems, individual ones, by rule."""
    p = {"share": ctx.options.common_share, "min_agents": ctx.options.common_min_agents}
    scored = ctx.rows("SELECT count(score), count(DISTINCT agent_id) FILTER (WHERE score "
                      "IS NOT NULL) FROM calls")[0]
    # one pass over this week's findings: everything the category tables need
    ctx.con.execute("""
        CREATE OR REPLACE TEMP TABLE cat_kind AS
        SELECT category, count(*) AS hits, count(DISTINCT recording_id) AS calls,
               count(DISTINCT agent_id) AS agents, count(DISTINCT team) AS teams,
               count(DISTINCT agent_id) >= greatest($min_agents, ceil($share * $scored_agents))
                   AS common,
               mode(rule_id) AS top_rule, mode(evidence) AS top_words
        FROM findings GROUP BY category""",
                    {**p, "scored_agents": scored[1]})
    cats = ctx.rows("""
        SELECT category, coalesce(k.hits, 0), coalesce(k.calls, 0), k.agents, k.teams,
               prev.calls, coalesce(k.calls, 0) - coalesce(prev.calls, 0), k.common
        FROM cat_kind k FULL JOIN prev_categories prev USING (category)
        ORDER BY 3 DESC, 1""")
    rows = []
    for cat, hits, calls, agents, teams, prev_calls, change, common in cats:
        kind = "共性问题" if common else ("个性问题" if agents else "—")
        rows.append((CATEGORY_LABELS.get(cat, cat), cat, hits, calls,
                     round(calls / scored[0], 3) if scored[0] else None, agents or 0,
                     teams or 0, prev_calls, change, kind))
    leave = ctx.rows("SELECT count(*), count(DISTINCT agent_id) FROM calls "
                     "WHERE on_leave")[0]
    leave_prev = ctx.rows("SELECT coalesce(sum(on_leave), 0) FROM prev_groups")[0][0]
    if leave[0] or leave_prev:
        rows.append((CATEGORY_LABELS["agent_on_leave"], "agent_on_leave", leave[0], leave[0],
                     None, leave[1], None, leave_prev, leave[0] - leave_prev, "QC 标记(不扣分)"))
    by_category = Table(
        "categories", "问题类别",
        [Column("类别"), Column("代码"), Column("命中次数", "int"), Column("涉及通话", "int"),
         Column("占已评分通话", "pct"), Column("涉及坐席", "int"), Column("涉及班组", "int"),
         Column("上周涉及通话", "int"), Column("变化", "delta"), Column("性质")],
        rows,
        note=f"共性问题:本周至少 {ctx.options.common_share:.0%} 的有评分坐席(且不少于 "
             f"{ctx.options.common_min_agents} 人)出现的问题,适合集中培训;其余为个性问题,"
             f"由班组长单独辅导。本周有评分坐席 {scored[1]} 人。")

    common = ctx.rows("""
        WITH t AS (SELECT category, coalesce(team, '未分组') AS team, count(*) AS n
                   FROM findings
                   WHERE category IN (SELECT category FROM cat_kind WHERE common)
                   GROUP BY 1, 2),
        tl AS (SELECT category, count(*) AS n_teams,
                      array_to_string(list(team ORDER BY n DESC, team)[1:5], '、')
                      || CASE WHEN count(*) > 5 THEN ' 等' ELSE '' END AS teams
               FROM t GROUP BY 1)
        SELECT k.category, k.agents, k.calls, tl.n_teams, tl.teams, k.top_rule, k.top_words
        FROM cat_kind k JOIN tl USING (category) ORDER BY 2 DESC, 3 DESC, 1""")
    agents_scored = scored[1] or 1
    common_table = Table(
        "common", "共性问题",
        [Column("类别"), Column("涉及坐席", "int"), Column("坐席占比", "pct"),
         Column("涉及通话", "int"), Column("涉及班组数", "int"), Column("主要班组"),
         Column("最常见规则"), Column("典型原话")],
        [(CATEGORY_LABELS.get(c, c), a, round(a / agents_scored, 3), n, nt, teams, rule, ev)
         for c, a, n, nt, teams, rule, ev in common],
        note="建议在录音分析会上集中讲解,并纳入下周培训。", empty="本周没有共性问题")

    individual = ctx.rows("""
        WITH g AS (
            SELECT agent_id, category, count(*) AS hits, count(DISTINCT recording_id) AS calls,
                   arg_min({'rid': recording_id, 's': start_s, 'ev': evidence},
                           (CASE severity WHEN 'critical' THEN 0 WHEN 'major' THEN 1 ELSE 2 END,
                            coalesce(score, 1000), recording_id, idx)) AS ex
            FROM findings
            WHERE category IN (SELECT category FROM cat_kind WHERE NOT common)
            GROUP BY agent_id, category)
        SELECT g.agent_id, c.agent_name, coalesce(c.team, '未分组'), g.category, g.hits, g.calls,
               coalesce(c.call_id, g.ex.rid), g.ex.s, g.ex.ev
        FROM g JOIN calls c ON c.recording_id = g.ex.rid
        ORDER BY 3, 1, 5 DESC""")
    individual_table = Table(
        "individual", "个性问题",
        [Column("工号"), Column("姓名"), Column("班组"), Column("类别"), Column("命中次数", "int"),
         Column("涉及通话", "int"), Column("示例通话"), Column("时间点"), Column("原话")],
        [(a, n, t, CATEGORY_LABELS.get(c, c), h, calls, call, mmss(s), ev)
         for a, n, t, c, h, calls, call, s, ev in individual],
        note="只有少数坐席出现的问题,由班组长结合示例通话单独辅导。", empty="本周没有个性问题")

    rules = ctx.rows("""
        SELECT rule_id, any_value(category), mode(severity), count(*),
               count(DISTINCT recording_id), count(DISTINCT agent_id), mode(evidence)
        FROM findings GROUP BY rule_id ORDER BY 4 DESC, 1""")
    kinds = {c: "共性问题" if common_ else "个性问题"
             for c, common_ in ctx.rows("SELECT category, common FROM cat_kind")}
    rule_table = Table(
        "rules", "规则明细",
        [Column("规则"), Column("类别"), Column("严重程度"), Column("命中次数", "int"),
         Column("涉及通话", "int"), Column("涉及坐席", "int"), Column("性质"),
         Column("典型原话")],
        [(r, CATEGORY_LABELS.get(c, c), SEVERITY_LABELS.get(s, s), h, n, a, kinds.get(c, "—"),
          ev) for r, c, s, h, n, a, ev in rules],
        note="规则编号见规则书;“典型原话”是该规则本周最常见的命中证据。")
    return [by_category, common_table, individual_table, rule_table]


# ---------------------------------------------------------------- focus

def _focus(ctx: _Ctx) -> Table:
    """Who gets 重点监听 next week and why: lowest, below the pass line, steep drop,
    critical findings, new hire."""
    o = ctx.options
    rows = ctx.rows("""
        WITH a AS (SELECT agent_id, arg_max(agent_name, started_at) AS name,
                          arg_max(team, started_at) AS team, count(score) AS n,
                          avg(score) AS avg_cur
                   FROM calls WHERE agent_id IS NOT NULL GROUP BY 1),
        p AS (SELECT agent_id, sum(score_sum) / nullif(sum(scored), 0) AS avg_prev
              FROM prev_groups GROUP BY 1),
        ranked AS (SELECT agent_id, row_number() OVER (ORDER BY avg_cur, agent_id) AS rk
                   FROM a WHERE n > 0),
        crit AS (SELECT agent_id, count(*) AS n_crit FROM findings
                 WHERE severity = 'critical' GROUP BY 1),
        worst AS (SELECT agent_id,
                         array_to_string(arg_min(coalesce(call_id, recording_id),
                                                 (score, recording_id), 2), '、') AS calls
                  FROM calls WHERE score IS NOT NULL GROUP BY 1),
        hires AS (SELECT agent_id, name, hire_date FROM agents
                  WHERE hire_date BETWEEN $sunday - $new_days AND $sunday),
        team_now AS (SELECT agent_id, min(team) AS team FROM membership
                     WHERE valid_from <= $sunday AND (valid_to IS NULL OR valid_to >= $sunday)
                     GROUP BY 1),
        people AS (SELECT agent_id FROM a UNION SELECT agent_id FROM hires),
        why AS (
            SELECT pp.agent_id, coalesce(a.name, h.name) AS name,
                   coalesce(a.team, t.team, '未分组') AS team, a.n, a.avg_cur, p.avg_prev,
                   a.avg_cur - p.avg_prev AS change, w.calls,
                   (r.rk <= $lowest) OR (a.avg_cur < $pass) OR (p.avg_prev - a.avg_cur >= $drop)
                       OR coalesce(c.n_crit, 0) > 0 AS performance,
                   concat_ws('；',
                     CASE WHEN r.rk <= $lowest THEN
                          '周均分倒数第 ' || r.rk || ' 名(' || round(a.avg_cur, 1) || ' 分)' END,
                     CASE WHEN a.avg_cur < $pass THEN '周均分低于合格线 ' || $pass || ' 分' END,
                     CASE WHEN p.avg_prev - a.avg_cur >= $drop THEN
                          '较上周下降 ' || round(p.avg_prev - a.avg_cur, 1) || ' 分' END,
                     CASE WHEN c.n_crit > 0 THEN '出现严重问题(服务忌语等)' || c.n_crit || ' 次' END,
                     CASE WHEN h.hire_date IS NOT NULL THEN
                          '新员工(入职 ' || ($sunday - h.hire_date) || ' 天)' END,
                     CASE WHEN h.hire_date IS NOT NULL AND coalesce(a.n, 0) = 0
                          THEN '本周无评分通话' END) AS reasons
            FROM people pp LEFT JOIN a USING (agent_id) LEFT JOIN p USING (agent_id)
            LEFT JOIN ranked r USING (agent_id) LEFT JOIN crit c USING (agent_id)
            LEFT JOIN hires h USING (agent_id) LEFT JOIN worst w USING (agent_id)
            LEFT JOIN team_now t USING (agent_id))
        SELECT agent_id, name, team, coalesce(n, 0), round(avg_cur, 1), round(change, 1),
               reasons, calls
        FROM why WHERE reasons <> ''
        ORDER BY performance DESC, avg_cur NULLS LAST, agent_id""",
                    {"sunday": ctx.week.sunday, "new_days": o.new_hire_days,
                     "lowest": o.focus_lowest, "drop": o.focus_drop_points,
                     "pass": ctx.pass_mark})
    return Table(
        "focus", "下周重点监听",
        [Column("工号"), Column("姓名"), Column("班组"), Column("评分通话", "int"),
         Column("周均分", "score"), Column("较上周", "delta"), Column("原因"),
         Column("建议先听的通话")],
        rows,
        note=f"列入条件:周均分最低的 {o.focus_lowest} 人、低于合格线、较上周下降 "
             f"{o.focus_drop_points:g} 分以上、出现严重问题,以及入职 {o.new_hire_days} 天内的"
             "新员工。建议先听该坐席本周得分最低的通话。",
        empty="下周没有需要重点监听的坐席")


# ---------------------------------------------------------------- leave

def _leave_calls(ctx: _Ctx) -> Table:
    """Calls logged under an agent who was on leave: a QC flag, not a deduction."""
    rows = ctx.rows("""
        SELECT coalesce(call_id, recording_id), strftime(started_at, '%Y-%m-%d %H:%M'),
               agent_id, agent_name, coalesce(team, '未分组'), coalesce(shift, '未排班'),
               leave_type, leave_span, status, score
        FROM calls WHERE on_leave ORDER BY started_at, 1""")
    return Table(
        "leave", "请假期间的通话",
        [Column("通话编号"), Column("开始时间"), Column("工号"), Column("姓名"), Column("班组"),
         Column("班次"), Column("假别"), Column("请假时段"), Column("状态"),
         Column("得分", "score")],
        [(*r[:8], STATUS_LABELS.get(r[8], r[8]), r[9]) for r in rows],
        note="坐席请假当天其工号下仍有通话(可能是他人使用其账号,或请假记录有误),请核实。"
             "此标记不影响通话得分;事后补录的请假也会标记之前的通话。",
        empty="本周没有请假期间的通话")


def week_days_label(week: IsoWeek) -> str:
    """``2026-11-16(周一)至 2026-11-22(周日)``."""
    return f"{week.monday:%Y-%m-%d}(周一)至 {week.sunday:%Y-%m-%d}(周日)"
