"""The semantic classifier: its training data, determinism, stored metadata, staleness."""
from __future__ import annotations

import json
import shutil
import warnings
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from models.semantic import (META_FILE, StaleModelWarning, cv_table, load_model, read_metadata,
                             stale_reasons, train_and_save)
from models.semantic_data import (DATA_DIR, TrainingDataError, data_sha256, load_examples)
from models.semantic_train import TrainOptions, choose_threshold
from qa_rules.normalize import normalize

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def rows():
    return load_examples()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """A model trained now from the committed data (about ten seconds)."""
    out = tmp_path_factory.mktemp("trained")
    meta = train_and_save(out)
    return out, meta


def test_training_data_has_several_hundred_rows_per_documented_class(rows):
    counts = Counter(r.label for r in rows)
    assert sum(counts.values()) >= 600
    for label in ("shirking", "curt", "confirmation", "apology", "closing", "complaint"):
        assert counts[label] >= 45, label
    assert counts["neutral"] >= 300            # ordinary speech and hard negatives
    assert rows == sorted(rows)


def test_training_data_keeps_the_hard_negatives_of_the_issue(rows):
    neutral = {r.text for r in rows if r.label == "neutral"}
    assert "这事归我们管,我马上为您处理" in neutral
    assert any("我不清楚" in t for t in neutral)      # the customer saying it
    assert any(r.source.startswith("asr") for r in rows)


def test_training_data_does_not_copy_the_evaluation_calls(rows):
    """The sample days and the held-out utterances are the evaluation set: no training
    text (semantic classes or speaker roles) may be one of their turns or be contained in
    one, except wordings from the standard or the issue and stock phrases found in three
    or more turns."""
    import csv

    from models.speaker_role import read_roles_file

    turns = [normalize(t["text"]).text
             for truth in sorted(REPO.glob("samples/*/truth.jsonl"))
             for line in truth.read_text("utf-8").splitlines() if line.strip()
             for t in json.loads(line)["turns"]]
    assert len(turns) > 500
    heldout = []
    for path in sorted(REPO.glob("models/heldout/*.tsv")):
        with open(path, encoding="utf-8") as fh:
            heldout += [normalize(r["text"]).text for r in csv.DictReader(fh, delimiter="\t")]
    assert len(heldout) > 500
    texts = [r.text for r in rows if not r.source.startswith(("standard", "issue"))]
    texts += [r.text for r in read_roles_file()]
    for raw in texts:
        text = normalize(raw).text
        copied = [turn for turn in turns
                  if (len(text) >= 4 and text == turn) or (len(text) >= 6 and text in turn)]
        # a stock phrase every agent says (感谢您的来电) turns up in many calls; a copied
        # sentence in one or two
        assert not copied or len(copied) >= 3, (raw, copied)
        # the held-out rows are single sentences written independently: a stock phrase
        # (感谢您的耐心等待, 我要投诉) may recur in one, a sentence of ten characters not
        if len(text) >= 10:
            assert not [h for h in heldout if text in h], (raw, "held-out")


def test_a_text_with_two_labels_is_rejected(tmp_path):
    shutil.copytree(DATA_DIR, tmp_path / "data")
    with (tmp_path / "data" / "curt.tsv").open("a", encoding="utf-8") as fh:
        fh.write("这事归我们管,我马上为您处理\t物业\ttest\n")
    with pytest.raises(TrainingDataError, match="labelled both"):
        load_examples(tmp_path / "data")


def test_stored_model_was_trained_on_the_committed_data():
    meta = read_metadata()
    assert meta["training_data_sha256"] == data_sha256()
    assert stale_reasons(meta, DATA_DIR) == []


def test_training_is_deterministic_and_matches_the_stored_model(fresh):
    out, meta = fresh
    assert meta == read_metadata(), "run 'callqa models train' and commit models/trained/"
    stored, rebuilt = load_model(), load_model(out)
    for text in ("那不是我们负责的,你去问别的部门吧", "您好,请问有什么可以帮您", "我这样讲您明白了吗"):
        for speaker in ("agent", "customer"):
            assert stored.proba(text, speaker) == pytest.approx(rebuilt.proba(text, speaker),
                                                               abs=1e-9)


def test_metadata_reports_cross_validated_precision_and_recall(fresh):
    _, meta = fresh
    assert meta["version"] and meta["sklearn_version"] and meta["features_version"]
    for label, report in meta["cv"]["per_class"].items():
        assert set(report) >= {"precision", "recall", "threshold", "support"}
        assert report["target_met"], label
        assert report["precision_at_prior"] >= 0.95, label
        assert meta["thresholds"][label] >= 0.5
    table = cv_table(meta)
    assert "| shirking |" in table and "CV precision" in table


def test_changed_data_makes_the_model_stale(tmp_path):
    shutil.copytree(DATA_DIR, tmp_path / "data")
    with (tmp_path / "data" / "shirking.tsv").open("a", encoding="utf-8") as fh:
        fh.write("这个你问别人去\t通用\ttest\n")
    with pytest.warns(StaleModelWarning, match="callqa models train"):
        load_model(data_dir=tmp_path / "data")


def test_model_separates_brush_offs_from_their_hard_negatives():
    m = load_model()
    assert m.probability("这个不是我们负责的,你找别的部门去", "shirking") >= m.threshold("shirking")
    assert m.probability("那不是我们不门的事情", "shirking") >= m.threshold("shirking")   # ASR
    assert m.probability("这事归我们管,我马上为您处理", "shirking") < m.threshold("shirking")
    assert m.probability("我帮您转接维修部,请稍等", "shirking") < m.threshold("shirking")


def test_similarity_is_high_for_a_noisy_copy_and_low_for_other_topics():
    m = load_model()
    same, other = m.similarity("请问您的手机号码是多少", ["您的手机号码是多少", "您家住哪个小区"])
    assert same > 0.6 > other


def test_threshold_choice_prefers_precision():
    import numpy as np
    is_pos = np.array([True, True, True, False, False])
    neutral = ~is_pos
    score = np.array([0.95, 0.9, 0.6, 0.7, 0.1])
    report = choose_threshold(is_pos, neutral, score, TrainOptions())
    assert report.threshold == pytest.approx(0.9) and report.precision == 1.0
    assert report.recall == pytest.approx(2 / 3)


def test_cli_models_info_prints_the_cv_table():
    from callqa.cli import app
    result = CliRunner().invoke(app, ["models", "info"])
    assert result.exit_code == 0, result.output
    assert "| shirking |" in result.output and read_metadata()["training_data_sha256"] in result.output
    assert "up to date" in result.output


def test_missing_model_is_explained(tmp_path):
    from models.semantic import SemanticModelError
    with pytest.raises(SemanticModelError, match="callqa models train"):
        read_metadata(tmp_path)
    assert not (tmp_path / META_FILE).exists()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_model()                       # the committed model is fresh: no warning


def test_each_speaker_has_its_own_model():
    """Agent classes are learnt against the agent's speech, the complaint against the
    customer's; each model also knows the other party's ordinary speech as neutral."""
    meta = read_metadata()
    assert meta["speakers"]["customer"] == ["complaint", "neutral"]
    assert "complaint" not in meta["speakers"]["agent"]
    assert {"curt", "shirking", "confirmation", "closing"} <= set(meta["speakers"]["agent"])
    m = load_model()
    complaint, closing = m.threshold("complaint"), m.threshold("closing")
    assert m.probability("三番五次打过来,每回都说在处理,我还能信你们吗", "complaint") >= complaint
    # a customer's plain acknowledgement is no complaint, nor the agent's closing (mono)
    assert m.probability("没错就这样。", "complaint") < complaint
    assert m.probability("好的,那我明天再打过来问问", "complaint") < complaint
    assert m.probability("好,那我等着。", "closing") < closing
