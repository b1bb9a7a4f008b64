"""Transcript search for trainers: words (jieba) with pinyin tolerance on top.

DuckDB's full-text extension splits text on spaces and punctuation (useless for
Chinese) and has to be downloaded at first use, so the index is two plain tables
(migration 0010): ``search_docs`` holds each utterance with its jieba words (the
rulebook's user dictionary, search mode) and its folded toneless pinyin
syllables; ``search_terms`` is the posting list (``w:<word>`` and ``p:<syllable>``
→ utterance, with term frequency).

A query is split on spaces into parts; an utterance matches when every part is
found in it, either as written (``exact``) or by sound (``pinyin``: the
rulebook's pinyin matcher, so 不归我们关 finds 不归我们管 and negators never
flip). Candidates come from the posting lists (all of a part's words, or nearly
all of its syllables), then each candidate is verified and highlighted; ranking
is exact before pinyin, then BM25 over the words, then the newest call.

The index is refreshed incrementally from ``utterances`` (new or changed
utterances are added, vanished ones removed) whenever the warehouse changed.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

import duckdb

from qa_rules.matchers import Match, edit_budget, match_exact, match_pinyin
from qa_rules.normalize import normalize
from qa_rules.syllables import syllables_of
from qa_rules.words import tokenizer

MAX_CANDIDATES = 5000
_WORD = re.compile(r"\w", re.UNICODE)


# --------------------------------------------------------------------- analysis

def words_for_index(text: str) -> list[str]:
    """jieba words (search mode: long words also give their parts), normalised."""
    norm = normalize(text).text
    return [w for w in tokenizer().cut_for_search(norm) if _WORD.search(w)]


def words_for_query(text: str) -> list[str]:
    norm = normalize(text).text
    return [w for w in tokenizer().cut(norm) if _WORD.search(w)]


def syllable_keys(text: str) -> list[str]:
    """Folded toneless pinyin, one key per character (digits read out)."""
    return [s.key for s in syllables_of(normalize(text)) if _WORD.search(s.key)]


# --------------------------------------------------------------------- index

def index_signature(con: duckdb.DuckDBPyConnection) -> tuple[Any, ...]:
    """Changes whenever utterances may have changed (cheap)."""
    return tuple(con.execute(
        "SELECT (SELECT count(*) FROM utterances), "
        "(SELECT coalesce(max(updated_at)::VARCHAR, '') FROM recordings), "
        "(SELECT count(*) FROM recordings)").fetchone())


def _bulk(con: duckdb.DuckDBPyConnection, sql: str, columns: Sequence[list[Any]],
          types: Sequence[str]) -> None:
    if not columns or not columns[0]:
        return
    args = ", ".join(f"unnest(${i + 1}::{t}[])" for i, t in enumerate(types))
    con.execute(sql.format(select=f"SELECT {args}"), list(columns))


def stale_docs(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Indexed utterances that no longer exist or whose text changed."""
    return [r[0] for r in con.execute(
        "SELECT d.doc_id FROM search_docs d LEFT JOIN utterances u ON u.recording_id = "
        "d.recording_id AND u.idx = d.idx AND u.text = d.text WHERE u.recording_id IS NULL"
    ).fetchall()]


def remove_docs(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[int]) -> None:
    if not doc_ids:
        return
    _bulk(con, "CREATE OR REPLACE TEMP TABLE _stale AS {select} AS doc_id", [list(doc_ids)],
          ["INTEGER"])
    con.execute("DELETE FROM search_terms WHERE doc_id IN (SELECT doc_id FROM _stale)")
    con.execute("DELETE FROM search_docs WHERE doc_id IN (SELECT doc_id FROM _stale)")
    con.execute("DROP TABLE _stale")


def pending_utterances(con: duckdb.DuckDBPyConnection,
                       limit: int | None = None) -> list[tuple[str, int, str]]:
    """Utterances not in the index yet (new, or changed since)."""
    sql = ("SELECT u.recording_id, u.idx, u.text FROM utterances u LEFT JOIN search_docs d "
           "ON d.recording_id = u.recording_id AND d.idx = u.idx AND d.text = u.text "
           "WHERE d.doc_id IS NULL ORDER BY u.recording_id, u.idx")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [tuple(r) for r in con.execute(sql).fetchall()]  # type: ignore[misc]


@dataclass
class IndexedDoc:
    recording_id: str
    idx: int
    text: str
    words: list[str]
    syllables: list[str]


@lru_cache(maxsize=50_000)
def _analysed(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # call-centre speech repeats itself (greetings, closings): analyse each text once
    return tuple(words_for_index(text)), tuple(syllable_keys(text))


def analyse(rows: Sequence[tuple[str, int, str]]) -> list[IndexedDoc]:
    """jieba words and folded pinyin of each utterance (no database: the slow part)."""
    out = []
    for rid, idx, text in rows:
        words, syllables = _analysed(text)
        out.append(IndexedDoc(rid, idx, text, list(words), list(syllables)))
    return out


def add_docs(con: duckdb.DuckDBPyConnection, docs: Sequence[IndexedDoc]) -> None:
    """Insert analysed utterances and their postings (one writer at a time)."""
    if not docs:
        return
    start = con.execute("SELECT coalesce(max(doc_id), 0) + 1 FROM search_docs").fetchone()[0]
    cols: list[list[Any]] = [[], [], [], [], [], [], []]
    terms: list[list[Any]] = [[], [], []]
    for k, d in enumerate(docs):
        doc_id = start + k
        for col, value in zip(cols, (doc_id, d.recording_id, d.idx, d.text, " ".join(d.words),
                                     " ".join(d.syllables), len(d.words))):
            col.append(value)
        counts = Counter(["w:" + w for w in d.words] + ["p:" + x for x in d.syllables])
        for term, tf in counts.items():
            terms[0].append(term)
            terms[1].append(doc_id)
            terms[2].append(tf)
    _bulk(con, "INSERT INTO search_docs {select}", cols,
          ["INTEGER", "VARCHAR", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR", "INTEGER"])
    _bulk(con, "INSERT INTO search_terms {select}", terms, ["VARCHAR", "INTEGER", "INTEGER"])


def refresh_index(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Bring the index in line with ``utterances`` on one connection (small warehouses,
    tests); the workbench refreshes in batches instead (``review.views.search``)."""
    stale = stale_docs(con)
    remove_docs(con, stale)
    new = pending_utterances(con)
    add_docs(con, analyse(new))
    return {"added": len(new), "removed": len(stale)}


# --------------------------------------------------------------------- query

@dataclass
class SearchQuery:
    q: str = ""
    category: str | None = None
    team: str | None = None
    agent: str | None = None
    role: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    score_min: float | None = None
    score_max: float | None = None


@dataclass
class _Part:
    text: str
    words: list[str]
    syllables: list[str]


def _parts(q: str) -> list[_Part]:
    out = []
    for raw in q.split():
        words = words_for_query(raw)
        syl = syllable_keys(raw)
        if words or syl:
            out.append(_Part(raw, words, syl))
    return out


def _candidate_sql(part: _Part) -> tuple[str, list[Any]]:
    """Doc ids that may hold the part: all its words, or nearly all its syllables."""
    sqls, params = [], []
    words = sorted(set(part.words))
    if words:
        sqls.append(f"SELECT doc_id FROM search_terms WHERE term IN "
                    f"({', '.join('?' for _ in words)}) GROUP BY doc_id "
                    f"HAVING count(DISTINCT term) = {len(words)}")
        params += ["w:" + w for w in words]
    syl = sorted(set(part.syllables))
    if len(part.syllables) >= 2 and syl:
        budget = edit_budget(len(part.syllables))
        need = max(1, len(syl) - budget)
        sqls.append(f"SELECT doc_id FROM search_terms WHERE term IN "
                    f"({', '.join('?' for _ in syl)}) GROUP BY doc_id "
                    f"HAVING count(DISTINCT term) >= {need}")
        params += ["p:" + s for s in syl]
    return " UNION ".join(sqls), params


def _verify(part: _Part, text: str) -> list[Match]:
    found = match_exact(part.text, text, whole_word=False)
    if found:
        return found
    return match_pinyin(part.text, text, whole_word=False)


def _segments(text: str, spans: Sequence[tuple[int, int]]) -> list[dict[str, Any]]:
    """Text cut into pieces with ``hit`` flags, for highlighting without HTML."""
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos:
            s = pos
        if e <= s:
            continue
        if s > pos:
            out.append({"text": text[pos:s], "hit": False})
        out.append({"text": text[s:e], "hit": True})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "hit": False})
    return out


def search(con: duckdb.DuckDBPyConnection, query: SearchQuery,
           teams: Sequence[str] | None = None, limit: int = 100,
           offset: int = 0) -> dict[str, Any]:
    """Matching utterances with their call, best first: ``{"results", "total", "parts"}``."""
    parts = _parts(query.q)
    where, params = "", []
    if teams is not None:
        if not teams:
            where += " AND false"
        else:
            where += f" AND rec.team IN ({', '.join('?' for _ in teams)})"
            params += list(teams)
    for col, value in (("rec.team", query.team), ("u.role", query.role)):
        if value:
            where += f" AND {col} = ?"
            params.append(value)
    if query.agent:
        where += " AND (rec.agent_id = ? OR rec.agent_name = ?)"
        params += [query.agent, query.agent]
    if query.date_from:
        where += " AND rec.call_date >= ?::DATE"
        params.append(query.date_from)
    if query.date_to:
        where += " AND rec.call_date <= ?::DATE"
        params.append(query.date_to)
    if query.score_min is not None:
        where += " AND r.score >= ?"
        params.append(query.score_min)
    if query.score_max is not None:
        where += " AND r.score <= ?"
        params.append(query.score_max)
    if query.category:
        where += (" AND EXISTS (SELECT 1 FROM hits h WHERE h.recording_id = r.recording_id AND "
                  "h.rulebook_id = r.rulebook_id AND h.rulebook_version = r.rulebook_version "
                  "AND h.category = ?)")
        params.append(query.category)
    cand_sql, cand_params = "", []
    for i, part in enumerate(parts):
        sql, p = _candidate_sql(part)
        cand_sql += (" INTERSECT " if i else "") + f"SELECT doc_id FROM ({sql})"
        cand_params += p
    if not parts and not any([query.category, query.team, query.agent, query.date_from,
                              query.date_to, query.score_min is not None,
                              query.score_max is not None]):
        return {"results": [], "total": 0, "parts": []}
    source = f"({cand_sql}) c JOIN search_docs d USING (doc_id)" if parts else "search_docs d"
    rows = con.execute(
        "SELECT d.doc_id, d.recording_id, d.idx, d.text, d.words, u.role, u.start_s, u.end_s, "
        "strftime(rec.call_date, '%Y-%m-%d') AS call_date, rec.team, rec.agent_id, "
        "rec.agent_name, r.score, cr.reviewed_score, r.grade "
        f"FROM {source} "
        "JOIN utterances u ON u.recording_id = d.recording_id AND u.idx = d.idx "
        "JOIN recordings rec ON rec.recording_id = d.recording_id "
        "LEFT JOIN review_results r ON r.recording_id = d.recording_id "
        "LEFT JOIN call_reviews cr ON cr.recording_id = r.recording_id AND "
        "cr.rulebook_id = r.rulebook_id AND cr.rulebook_version = r.rulebook_version "
        f"WHERE true {where} ORDER BY rec.call_date DESC, d.recording_id, u.start_s "
        f"LIMIT {MAX_CANDIDATES}", cand_params + params).fetchall()
    cols = ("doc_id", "recording_id", "idx", "text", "words", "role", "start_s", "end_s",
            "call_date", "team", "agent_id", "agent_name", "score", "reviewed_score", "grade")
    idf = _idf(con, [w for p in parts for w in p.words])
    avg_len = con.execute("SELECT coalesce(avg(n_words), 1) FROM search_docs").fetchone()[0] or 1
    results = []
    for row in rows:
        r = dict(zip(cols, row))
        spans, method, edits = [], "exact", 0
        ok = True
        for part in parts:
            found = _verify(part, r["text"])
            if not found:
                ok = False
                break
            spans += [(m.start, m.end) for m in found]
            if any(m.method == "pinyin" for m in found) and not any(m.method == "exact"
                                                                    for m in found):
                method = "pinyin"
                edits += min(m.edits for m in found)
        if not ok:
            continue
        r["method"] = method if parts else "filter"
        r["segments"] = _segments(r["text"], spans)
        r["bm25"] = round(_bm25(r.pop("words").split(), parts, idf, avg_len), 4)
        r["edits"] = edits
        results.append(r)
    order = {"exact": 0, "pinyin": 1, "filter": 2}
    results.sort(key=lambda r: (order[r["method"]], r["edits"], -r["bm25"],
                                _neg_date(r["call_date"]), r["recording_id"], r["start_s"]))
    return {"results": results[offset:offset + limit], "total": len(results),
            "parts": [p.text for p in parts],
            "truncated": len(rows) >= MAX_CANDIDATES}


def _neg_date(d: str | None) -> str:
    # newest first inside equal ranks: invert the digits of YYYY-MM-DD
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in (d or ""))


def _idf(con: duckdb.DuckDBPyConnection, words: list[str]) -> dict[str, float]:
    if not words:
        return {}
    n = con.execute("SELECT count(*) FROM search_docs").fetchone()[0] or 1
    terms = sorted({"w:" + w for w in words})
    df = dict(con.execute(f"SELECT term, count(*) FROM search_terms WHERE term IN "
                          f"({', '.join('?' for _ in terms)}) GROUP BY term", terms).fetchall())
    return {t[2:]: math.log(1 + (n - df.get(t, 0) + 0.5) / (df.get(t, 0) + 0.5)) for t in terms}


def _bm25(doc_words: list[str], parts: Sequence[_Part], idf: dict[str, float],
          avg_len: float, k1: float = 1.2, b: float = 0.75) -> float:
    counts = Counter(doc_words)
    score = 0.0
    for w in {w for p in parts for w in p.words}:
        tf = counts.get(w, 0)
        if tf:
            score += idf.get(w, 0.0) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(doc_words) / avg_len))
    return score
