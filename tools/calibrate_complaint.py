"""Calibrate the complaint trigger of ``anchored.apology`` on labelled real calls.

The complaint model's own threshold is chosen by cross-validation on written sentences
(``callqa models train``). On whole calls through real ASR its borderline complaints
behave differently: a caller's calm account of a problem (空调一直吹冷风,怎么调都不制热)
reads like a complaint at 0.92–0.94. This tool measures missing_apology on the labelled
sample days for a grid of ``min_probability`` values of the trigger's semantic
alternative, and checks the choice the honest way: leave one day out, choose the
threshold on the other days (best F1; ties go to the lowest threshold, because the
held-out text sets lose recall as it rises), and score the day left out with it.
Only the trigger's model threshold varies; the phrase list and the apology side stay.

    python tools/calibrate_complaint.py [--day samples/2026-11-20 ...] [--grid 0.90:0.985:0.005]

Prints the table per threshold, the leave-one-day-out folds and the pooled out-of-day
figures, and the threshold the same rule picks on all days (set it in the rulebook:
``semantic: {label: complaint, min_probability: …}``).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.eval_rules import evaluate_day, f1, pr  # noqa: E402

CATEGORY = "missing_apology"
RULE = "anchored.apology"


def with_trigger_threshold(rulebook, threshold: float):
    """A copy of ``rulebook`` whose apology trigger judges complaints at ``threshold``."""
    rules = []
    for rule in rulebook.rules:
        if rule.id == RULE:
            semantic = rule.trigger.semantic.model_copy(update={"min_probability": threshold})
            trigger = rule.trigger.model_copy(update={"semantic": semantic})
            rule = rule.model_copy(update={"trigger": trigger})
        rules.append(rule)
    return rulebook.model_copy(update={"rules": rules})


def figures(rows: list[dict]) -> tuple[float, float, int, int, int]:
    """(precision, recall, TP, FP, FN) of missing_apology over ``rows``."""
    return pr([CATEGORY in r["truth"] for r in rows], [CATEGORY in r["callqa"] for r in rows])


def counts(rows: list[dict]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of missing_apology."""
    return figures(rows)[2:]


def line(fig: tuple[float, float, int, int, int]) -> str:
    """P | R | F1 | TP | FP | FN, as table cells."""
    return f"{fig[0]:.3f} | {fig[1]:.3f} | {f1(fig):.3f} | {fig[2]} | {fig[3]} | {fig[4]}"


def choose(per_threshold: dict[float, list[dict]], days: set[str]) -> float:
    """Best F1 over ``days``; ties to the lowest threshold."""
    def key(t: float) -> tuple[float, float]:
        score = f1(figures([r for r in per_threshold[t] if r["day"] in days]))
        return (round(score, 9) if score == score else -1.0, -t)     # nan: no fault there
    return max(sorted(per_threshold), key=key)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--day", action="append", default=None,
                    help="a labelled day folder; repeat (default: every samples/20*)")
    ap.add_argument("--grid", default="0.90:0.985:0.005", help="start:stop:step (inclusive)")
    ap.add_argument("--var", default=str(ROOT / "var"), help="var dir (its transcript cache is reused)")
    args = ap.parse_args()

    import contextlib
    import io

    from callqa.settings import Settings
    from pipeline.analyze import Analyzer
    from qa_rules.engine import load_rulebook
    from qa_rules.semantic import model

    days = [Path(d) for d in (args.day or sorted(str(p) for p in (ROOT / "samples").glob("20*")
                                                  if (p / "truth.jsonl").exists()))]
    start, stop, step = (float(x) for x in args.grid.split(":"))
    grid = [round(start + i * step, 4) for i in range(int(round((stop - start) / step)) + 1)]
    settings = Settings(var_dir=args.var)
    rulebook = load_rulebook(settings.rulebook_path)
    current = next(r for r in rulebook.rules if r.id == RULE).trigger.semantic.min_probability
    own = model().threshold("complaint")
    grid = sorted(set(grid) | {round(own, 4)})

    per_threshold: dict[float, list[dict]] = {}
    for t in grid:
        analyzer = Analyzer(settings, rulebook=with_trigger_threshold(rulebook, t))
        with contextlib.redirect_stdout(io.StringIO()):    # evaluate_day's notes, once is enough
            per_threshold[t] = [r for d in days for r in evaluate_day(d, analyzer, settings)]
        print(f"  threshold {t:.3f} measured", file=sys.stderr)

    print(f"missing_apology on {len(days)} labelled days "
          f"({len(per_threshold[grid[0]])} calls, real ASR) by the complaint trigger's "
          f"model threshold (the model's own: {own:.3f}; the rulebook's: {current})\n")
    print("| threshold | P | R | F1 | TP | FP | FN |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for t in grid:
        print(f"| {t:.3f} | {line(figures(per_threshold[t]))} |")

    names = [d.name for d in days]
    print("\nLeave one day out: chosen on the other days, scored on the day left out\n")
    print("| day left out | chosen | TP | FP | FN |")
    print("|---|---:|---:|---:|---:|")
    out_of_day: list[dict] = []
    for name in names:
        t = choose(per_threshold, set(names) - {name})
        day_rows = [r for r in per_threshold[t] if r["day"] == name]
        out_of_day += day_rows
        tp, fp, fn = counts(day_rows)
        print(f"| {name} | {t:.3f} | {tp} | {fp} | {fn} |")
    print("\npooled out-of-day: P | R | F1 | TP | FP | FN = " + line(figures(out_of_day)))
    print(f"chosen on all days: {choose(per_threshold, set(names)):.3f}")


if __name__ == "__main__":
    main()
