"""Candidate clips for the weekly 录音分享会 (recording-sharing session).

Worst examples are findings (the words are the evidence, the time is where the hit
starts). Best examples are top-scored calls without a finding of that category; the
words are the agent's line that shows the good practice (the greeting, the
confirmation, the apology, the closing …). Each good call is used once, so trainers get
variety. Quotes are masked for phone/ID/card numbers before they leave QC.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb

from warehouse.report_model import (CATEGORY_LABELS, SEVERITY_LABELS, Column, Table,
                                    mask_numbers, mmss)

#: Where the good practice for a category is heard: (position, pattern).
QUOTE_AT: dict[str, tuple[str, str | None]] = {
    "missing_greeting": ("first", None),
    "missing_self_intro": ("first", None),
    "impolite_address": ("first", None),
    "missing_closing": ("last", None),
    "missing_confirmation": ("match", r"确认|核对|清楚|明白|对吗|对吧"),
    "missing_apology": ("match", r"抱歉|对不起|不好意思"),
}
DEFAULT_QUOTE = ("reply", None)      # the agent's first answer to the customer


@dataclass
class _Candidate:
    recording_id: str
    call_id: str
    agent_id: str
    agent_name: str
    team: str
    score: float
    categories: set[str]
    lines: list[tuple[str, float, str]]   # (role, start_s, text) in call order


def sharing_examples(con: duckdb.DuckDBPyConnection, per_category: int,
                     categories: list[str]) -> Table:
    """Best and worst examples for each of ``categories`` (in that order)."""
    worst = con.execute("""
        WITH w AS (
            SELECT category,
                   unnest(arg_min({'rid': recording_id, 'idx': idx},
                                  (CASE severity WHEN 'critical' THEN 0 WHEN 'major' THEN 1
                                   ELSE 2 END, coalesce(score, 1000), -confidence,
                                   recording_id, idx), ?), recursive := true)
            FROM findings GROUP BY category)
        SELECT f.category, coalesce(c.call_id, f.recording_id), f.agent_id, c.agent_name,
               coalesce(f.team, '未分组'), f.start_s, f.evidence, f.score, f.severity
        FROM w JOIN findings f ON f.recording_id = w.rid AND f.idx = w.idx
        JOIN calls c ON c.recording_id = f.recording_id
        ORDER BY f.category, CASE f.severity WHEN 'critical' THEN 0 WHEN 'major' THEN 1
                 ELSE 2 END, f.score NULLS LAST, f.confidence DESC, f.recording_id, f.idx""",
                        [per_category]).fetchall()
    worst_by: dict[str, list[tuple]] = {}
    for row in worst:
        worst_by.setdefault(row[0], []).append(row)
    candidates = _candidates(con)
    used: set[str] = set()
    rows = []
    for cat in categories:
        label = CATEGORY_LABELS.get(cat, cat)
        for _, call_id, agent_id, name, team, start_s, evidence, score, severity in worst_by.get(cat, []):
            rows.append((label, "反面", call_id, agent_id, name, team, mmss(start_s),
                         mask_numbers(evidence), score, SEVERITY_LABELS.get(severity, severity)))
        picked = 0
        for cand in candidates:
            if picked >= per_category:
                break
            if cat in cand.categories or cand.recording_id in used:
                continue
            start_s, text = _quote(cand.lines, cat)
            if not text:
                continue
            used.add(cand.recording_id)
            picked += 1
            rows.append((label, "正面", cand.call_id, cand.agent_id, cand.agent_name, cand.team,
                         mmss(start_s), mask_numbers(text), cand.score, ""))
    return Table(
        "sharing", "录音分享会候选",
        [Column("类别"), Column("示例"), Column("通话编号"), Column("工号"), Column("姓名"),
         Column("班组"), Column("时间点"), Column("原话"), Column("得分", "score"),
         Column("严重程度")],
        rows,
        note="每个问题类别给出反面示例(本周该类问题最严重的通话,时间点为问题出现处)和正面示例"
             "(得分最高且没有该类问题的通话,引用体现规范做法的一句话)。连续 6 位以上的号码已遮盖。",
        empty="本周没有发现问题,暂无候选录音")


def _candidates(con: duckdb.DuckDBPyConnection) -> list[_Candidate]:
    rows = con.execute("""
        SELECT c.recording_id, c.call_id, c.agent_id, c.agent_name, coalesce(c.team, '未分组'),
               c.score,
               (SELECT list(DISTINCT f.category) FROM findings f
                WHERE f.recording_id = c.recording_id),
               (SELECT list((u.role, u.start_s, u.text) ORDER BY u.idx) FROM best_utterances u
                WHERE u.recording_id = c.recording_id)
        FROM calls c WHERE c.recording_id IN (SELECT recording_id FROM best_utterances)
        ORDER BY c.score DESC, c.n_hits, c.recording_id""").fetchall()
    out = []
    for rid, call_id, agent_id, name, team, score, cats, lines in rows:
        lines = [(u["role"], u["start_s"], u["text"]) if isinstance(u, dict) else tuple(u)
                 for u in (lines or [])]
        out.append(_Candidate(rid, call_id or rid, agent_id, name, team, score,
                              set(cats or []), lines))
    return out


def _quote(lines: list[tuple[str, float, str]], category: str) -> tuple[float | None, str]:
    """The agent line that shows the good practice for ``category``."""
    agent = [(s, t) for role, s, t in lines if role == "agent" and t]
    if not agent:
        return None, ""
    where, pattern = QUOTE_AT.get(category, DEFAULT_QUOTE)
    if where == "first":
        return agent[0]
    if where == "last":
        return agent[-1]
    if where == "match" and pattern:
        for s, t in agent:
            if re.search(pattern, t):
                return s, t
        return None, ""
    first_customer = next((s for role, s, _ in lines if role == "customer"), None)
    if first_customer is not None:
        for s, t in agent:
            if s > first_customer:
                return s, t
    return agent[0]
