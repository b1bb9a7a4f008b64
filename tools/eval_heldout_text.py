"""How the service-language rules generalise to wordings nobody tuned them on.

``models/heldout/agent_utterances.tsv`` holds agent utterances written by someone who
never saw the rulebook or the model's training data (shirking / curt / neutral, the
neutral ones full of hard negatives: 这事归我们管, proper transfers, 不清楚 + a promise
to check back), across 13 domains, about a tenth with ASR-like slips. Each utterance is
put into a minimal call as the agent's turn and run through the whole default rulebook;
an utterance is "flagged" when a forbidden_phrase or shirking finding lands on it.
``models/heldout/customer_utterances.tsv`` does the same for the complaint trigger of
``anchored.apology``: customer turns (complaint / calm, the calm ones full of unpleasant
facts stated without blame) written blind in 36 domains, about a tenth with ASR-like
slips. Each is put into a minimal call as the customer's turn, answered by an agent who
does not apologise; it is "flagged" when a missing_apology finding follows from it.
``models/heldout/customer_turns_v2.tsv`` is a second such set by another blind writer
(60 domains): 160 long opening turns told in detail as a caller speaks (31–67
characters, the calm ones full of unpleasant facts and ending in a request) and 80
mid-call reactions to the agent, half complaints; it is reported per position.
``models/heldout/agent_replies_apology.tsv`` holds agent replies to a complaint by a third
blind writer (apology / none, half the apologies without 抱歉/对不起/不好意思, the others
full of 我们的-statements, causes, promises and thanks); a reply is "flagged" when it
clears the complaint, i.e. no missing_apology follows.
Nothing here is used for training; do not tune on its errors without saying so.

    python tools/eval_heldout_text.py [--errors]
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HELDOUT = ROOT / "models" / "heldout" / "agent_utterances.tsv"
HELDOUT_CUSTOMER = ROOT / "models" / "heldout" / "customer_utterances.tsv"
HELDOUT_CUSTOMER_V2 = ROOT / "models" / "heldout" / "customer_turns_v2.tsv"
HELDOUT_APOLOGY = ROOT / "models" / "heldout" / "agent_replies_apology.tsv"
BAD = {"shirking", "curt"}
FLAG_CATEGORIES = {"forbidden_phrase", "shirking"}


def flagged(rulebook, text: str) -> bool:
    from pipeline.model import CallTranscript, Utterance
    from qa_rules.engine import evaluate

    utts = [Utterance("agent", 0.0, 3.0, "您好,这里是客服中心,请问有什么可以帮您"),
            Utterance("customer", 4.0, 7.0, "我想问一下这个事情"),
            Utterance("agent", 8.0, 12.0, text),
            Utterance("customer", 13.0, 15.0, "好吧")]
    hits = evaluate(rulebook, CallTranscript(utts, 40.0))
    return any(h.category in FLAG_CATEGORIES and h.start_s >= 8.0 and h.end_s <= 12.0
               for h in hits)


def _complaint_call_hits(rulebook, complaint: str, reply: str, second_reply: str) -> list:
    """The findings of a minimal call: greeting, the customer's turn, two agent replies."""
    from pipeline.model import CallTranscript, Utterance
    from qa_rules.engine import evaluate

    utts = [Utterance("agent", 0.0, 3.0, "您好,这里是客服中心,请问有什么可以帮您"),
            Utterance("customer", 4.0, 7.0, complaint),
            Utterance("agent", 8.0, 11.0, reply),
            Utterance("agent", 12.0, 14.0, second_reply),
            Utterance("customer", 15.0, 16.0, "好")]
    return evaluate(rulebook, CallTranscript(utts, 40.0))


def complaint_flagged(rulebook, text: str) -> bool:
    """Whether the customer's turn, left without an apology, gives a missing_apology."""
    hits = _complaint_call_hits(rulebook, text, "好的,我帮您看一下", "已经帮您登记了")
    return any(h.category == "missing_apology" and 4.0 <= h.start_s <= 7.0 for h in hits)


def apology_recognised(rulebook, text: str) -> bool:
    """Whether the agent's reply, after a plain complaint, counts as the apology."""
    hits = _complaint_call_hits(rulebook, "你们这服务也太差了,我要投诉", text, "我先帮您登记一下")
    return not any(h.category == "missing_apology" for h in hits)


def report(title: str, what: str, path: Path, labels: tuple[str, ...], positive: set[str],
           is_flagged, show_errors: bool, note: str = "", position: str | None = None) -> None:
    """Flag every row of one held-out file (of one ``position`` if given); print the
    table, precision and recall."""
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    if position is not None:
        rows = [r for r in rows if r["position"] == position]
    tally: Counter = Counter()
    errors = []
    for row in rows:
        got = is_flagged(row["text"])
        tally[(row["label"], got)] += 1
        if (row["label"] in positive) != got:
            errors.append(row)
    print(f"\n{title} ({len(rows)}): {what}\n")
    print("| label | rows | flagged | share flagged |")
    print("|---|---:|---:|---:|")
    for lab in labels:
        n = tally[(lab, True)] + tally[(lab, False)]
        print(f"| {lab} | {n} | {tally[(lab, True)]} | {tally[(lab, True)] / n:.2f} |")
    tp = sum(tally[(lab, True)] for lab in positive)
    fp = sum(tally[(lab, True)] for lab in labels if lab not in positive)
    pos = sum(tally[(lab, t)] for lab in positive for t in (True, False))
    print(f"\nprecision {tp / (tp + fp) if tp + fp else float('nan'):.2f}, "
          f"recall {tp / pos:.2f}{note}")
    if show_errors:
        for row in errors:
            print(f"  {row['label']:9s} {row['text']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="print the misclassified rows")
    args = ap.parse_args()
    from callqa.settings import Settings
    from qa_rules.engine import load_rulebook

    rulebook = load_rulebook(Settings().rulebook_path)
    report("Held-out agent utterances", "flagged as forbidden_phrase/shirking", HELDOUT,
           ("shirking", "curt", "neutral"), BAD, lambda text: flagged(rulebook, text),
           args.errors, " (shirking and curt together as the positive class)")
    report("Held-out customer turns", "taken for a complaint (anchored.apology)",
           HELDOUT_CUSTOMER, ("complaint", "calm"), {"complaint"},
           lambda text: complaint_flagged(rulebook, text), args.errors)
    for position, what in (("opening", "opening turns"), ("mid", "mid-call reactions")):
        report(f"Held-out customer turns v2, {what}", "taken for a complaint (anchored.apology)",
               HELDOUT_CUSTOMER_V2, ("complaint", "calm"), {"complaint"},
               lambda text: complaint_flagged(rulebook, text), args.errors, position=position)
    report("Held-out agent replies to a complaint", "taken for the apology (anchored.apology)",
           HELDOUT_APOLOGY, ("apology", "none"), {"apology"},
           lambda text: apology_recognised(rulebook, text), args.errors)


if __name__ == "__main__":
    main()
