"""Rule evaluation: precision and recall per category on the labelled sample calls,
through the real transcription, side by side with a naive exact-substring baseline.

A call counts as positive for a category when truth.jsonl lists that fault; it is
predicted positive when callqa reports at least one hit of that category (paraphrased
brush-offs may be reported as ``shirking``; they count for forbidden_phrase, as the
truth file does not tell the two apart).

missing_apology is the one category whose truth is not the writer's alone: two inspectors
who saw neither the labels nor callqa's output labelled every call again
(``samples/second_opinion/``), and the label is the majority of the three. The writers'
own labels are reported on an extra row, ``missing_apology (writers)``.

    python tools/eval_rules.py [--day samples/2026-11-20 [--day ...]] [--json OUT]

With several ``--day``s it prints each day's table, then the pooled table.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CATEGORIES = ("forbidden_phrase", "missing_greeting", "missing_self_intro", "missing_confirmation",
              "missing_apology", "missing_closing", "dead_air", "interruption")
ALIASES = {"forbidden_phrase": {"forbidden_phrase", "shirking"}}
SECOND_OPINION = ROOT / "samples" / "second_opinion"
#: categories whose label is the majority of writer and inspectors (file per category)
VOTED = ("missing_apology",)

# The naive baseline: literal substrings anywhere in the transcript, no roles, no windows.
NAIVE_FORBIDDEN = ("这事不归我们管", "我也不知道", "我不清楚", "不能办", "我也没办法",
                   "我们向来都这样", "不是已经跟你讲过了吗", "还要问", "不关我的事")
NAIVE_COMPLAINT = ("投诉", "太过分", "怎么回事")


def naive_categories(utterances: list[dict]) -> set[str]:
    text = "".join(u["text"] for u in utterances)
    cats = set()
    if any(p in text for p in NAIVE_FORBIDDEN):
        cats.add("forbidden_phrase")
    if "您好" not in text:
        cats.add("missing_greeting")
    if "工号" not in text:
        cats.add("missing_self_intro")
    if "清楚" not in text:
        cats.add("missing_confirmation")
    if any(p in text for p in NAIVE_COMPLAINT) and not ("抱歉" in text or "对不起" in text):
        cats.add("missing_apology")
    if "再见" not in text:
        cats.add("missing_closing")
    return cats


def pr(truth_pos: list[bool], pred_pos: list[bool]) -> tuple[float, float, int, int, int]:
    tp = sum(t and p for t, p in zip(truth_pos, pred_pos))
    fp = sum(p and not t for t, p in zip(truth_pos, pred_pos))
    fn = sum(t and not p for t, p in zip(truth_pos, pred_pos))
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return precision, recall, tp, fp, fn


def f1(figures: tuple) -> float:
    """Harmonic mean of precision and recall (nan when the day has no such fault; 0 when
    nothing was predicted): one number to compare rows where one side wins P, the other R."""
    p, r = figures[0], figures[1]
    if math.isnan(p) or math.isnan(r):
        return float("nan") if math.isnan(r) else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def voted_labels(category: str) -> dict[tuple[str, str], bool]:
    """(day, call) -> the majority label of writer and inspectors for ``category``."""
    import csv

    path = SECOND_OPINION / f"{category}.tsv"
    with open(path, encoding="utf-8") as f:
        return {(r["day"], r["call"]): r["label"] == "yes"
                for r in csv.DictReader(f, delimiter="\t")}


def voted_truth(day: str, file: str, writer: set[str], votes: dict) -> set[str]:
    """The writer's faults with the voted categories replaced by their majority label
    (a call nobody gave a second opinion on keeps the writer's label)."""
    truth = set(writer)
    for cat, labels in votes.items():
        key = (day, Path(file).stem)
        if key not in labels:
            print(f"note: {day} {key[1]}: no second opinion on {cat}, the writer's label is used")
            continue
        truth.discard(cat)
        if labels[key]:
            truth.add(cat)
    return truth


def evaluate_day(day: Path, analyzer, settings) -> list[dict]:
    """One row per labelled call of ``day``: truth, callqa's and the baseline's categories."""
    from pipeline.ingest import discover_day

    truth = [json.loads(x) for x in (day / "truth.jsonl").read_text("utf-8").splitlines() if x.strip()]
    records = {Path(r.file).name: r for r in discover_day(day, day.name, settings.defaults).records}
    # as many calls at once as the nightly flow runs (one model run each)
    with ThreadPoolExecutor(max(1, settings.flow.local_workers)) as pool:
        results = list(pool.map(lambda t: analyzer.analyze(records[t["file"]]), truth))
    votes = {cat: voted_labels(cat) for cat in VOTED}
    rows = []
    for t, res in zip(truth, results):
        utts = [{"role": u.role, "start_s": round(u.start_s, 2), "text": u.text}
                for u in res.utterances]
        writer = {f["category"] for f in t["faults"]}
        rows.append({"day": day.name, "truth": voted_truth(day.name, t["file"], writer, votes),
                     "truth_writer": writer,
                     "callqa": {h.category for h in res.hits},
                     "naive": naive_categories(utts), "status": res.status,
                     "file": t["file"], "utterances": utts,
                     "hits": [(h.category, h.rule_id, h.evidence) for h in res.hits]})
    return rows


def print_table(title: str, rows: list[dict]) -> dict:
    """Print the Markdown table (and per-call differences); return the figures."""
    table = {}
    print(f"\n{title}\n")
    print("| category | callqa P | callqa R | callqa F1 | naive P | naive R | naive F1 | calls with fault |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for cat in CATEGORIES + tuple(f"{c} (writers)" for c in VOTED):
        writers = cat.endswith(" (writers)")
        base = cat.removesuffix(" (writers)")
        names = ALIASES.get(base, {base})
        truth_pos = [base in r["truth_writer" if writers else "truth"] for r in rows]
        ours = pr(truth_pos, [bool(names & r["callqa"]) for r in rows])
        naive = pr(truth_pos, [base in r["naive"] for r in rows]) if cat not in (
            "dead_air", "interruption") else (float("nan"),) * 2 + (0, 0, 0)
        table[cat] = {"callqa": ours, "naive": naive, "positives": sum(truth_pos)}
        print(f"| {cat} | {ours[0]:.2f} | {ours[1]:.2f} | {f1(ours):.2f} | {naive[0]:.2f} | "
              f"{naive[1]:.2f} | {f1(naive):.2f} | {sum(truth_pos)} |")
    return table


def print_differences(rows: list[dict]) -> None:
    canon = {alias: cat for cat, names in ALIASES.items() for alias in names}
    errors = [(r["file"], sorted(r["truth"] ^ {canon.get(c, c) for c in r["callqa"]
                                                if canon.get(c, c) in CATEGORIES}))
              for r in rows]
    print("\nper-call differences (truth xor callqa):")
    for f, diff in errors:
        if diff:
            print(f"  {f}: {diff}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--day", action="append", default=None,
                    help="a labelled day folder; repeat for several days (tables per day, "
                         "then pooled). Default: samples/2026-11-20")
    ap.add_argument("--var", default=str(ROOT / "var"), help="var dir (its transcript cache is reused)")
    ap.add_argument("--json", default=None)
    args = ap.parse_args()

    from callqa.settings import Settings
    from pipeline.analyze import Analyzer

    days = [Path(d) for d in (args.day or [str(ROOT / "samples" / "2026-11-20")])]
    settings = Settings(var_dir=args.var)
    analyzer = Analyzer(settings)

    per_day = {}
    all_rows: list[dict] = []
    for day in days:
        rows = evaluate_day(day, analyzer, settings)
        per_day[day.name] = print_table(f"Rule evaluation on {day} ({len(rows)} calls, real ASR)",
                                        rows)
        print_differences(rows)
        all_rows += rows
    table = per_day[days[0].name]
    if len(days) > 1:
        table = print_table(f"Rule evaluation pooled over {len(days)} days ({len(all_rows)} calls, "
                            "real ASR)", all_rows)
    if args.json:
        Path(args.json).write_text(json.dumps({"table": table, "per_day": per_day, "rows": [
            {**r, "truth": sorted(r["truth"]), "truth_writer": sorted(r["truth_writer"]),
             "callqa": sorted(r["callqa"]), "naive": sorted(r["naive"])}
            for r in all_rows]}, ensure_ascii=False, indent=2), "utf-8")


if __name__ == "__main__":
    main()
