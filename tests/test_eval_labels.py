"""The evaluation's truth: the majority of writer and inspectors where there is one."""
import csv
import json
from pathlib import Path

from tools.eval_rules import SECOND_OPINION, voted_labels, voted_truth

REPO = Path(__file__).resolve().parent.parent


def test_every_labelled_sample_call_has_three_labels_and_their_majority():
    with open(SECOND_OPINION / "missing_apology.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    writer = {}                         # (day, call) -> the day's own truth file says so
    for t in REPO.glob("samples/20*/truth.jsonl"):
        for x in t.read_text("utf-8").splitlines():
            if x.strip():
                d = json.loads(x)
                writer[(t.parent.name, Path(d["file"]).stem)] = any(
                    f["category"] == "missing_apology" for f in d["faults"])
    assert {(r["day"], r["call"]) for r in rows} == set(writer) and len(rows) == len(writer)
    for r in rows:
        votes = [r[k] == "yes" for k in ("writer", "inspector_a", "inspector_b")]
        assert (r["label"] == "yes") == (sum(votes) >= 2), r
        # the writer column is the day's truth file, not a copy that drifted
        assert votes[0] == writer[(r["day"], r["call"])], r


def test_the_majority_replaces_the_writers_label_and_only_that_category():
    votes = {"missing_apology": voted_labels("missing_apology")}
    day, call = next((k for k, v in votes["missing_apology"].items() if v))
    assert voted_truth(day, call + ".wav", {"dead_air"}, votes) == {"dead_air", "missing_apology"}
    day, call = next((k for k, v in votes["missing_apology"].items() if not v))
    assert voted_truth(day, call + ".wav", {"missing_apology"}, votes) == set()
    # a day nobody gave a second opinion on keeps its writer's labels
    assert voted_truth("2030-01-01", "c0001.wav", {"missing_apology"}, votes) == {"missing_apology"}
