"""Rules test themselves against their own examples (``callqa rules test``)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from qa_rules.engine import load_rulebook, run_examples
from qa_rules.examples import example_transcript

DEFAULT = Path(__file__).resolve().parents[1] / "qa_rules" / "rulebooks" / "default.yaml"


@pytest.fixture(scope="module")
def rulebook():
    return load_rulebook(DEFAULT)


def test_default_rulebook_examples_all_pass(rulebook):
    failures = run_examples(rulebook)
    assert failures == [], "\n".join(str(f) for f in failures)


def test_every_default_rule_has_hit_and_ok_examples(rulebook):
    for rule in rulebook.rules:
        assert len(rule.examples.hit) >= 2 and len(rule.examples.ok) >= 3, rule.id


def test_broken_example_is_reported_with_rule_and_file(tmp_path):
    data = yaml.safe_load(DEFAULT.read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["id"] == "forbidden.not_clear")
    rule["examples"]["hit"].append("这个我很清楚")          # cannot fire
    rule["examples"]["ok"].append("这个我也不清楚")          # fires
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    failures = run_examples(load_rulebook(path))
    assert [(f.rule_id, f.expected) for f in failures] == [
        ("forbidden.not_clear", "hit"), ("forbidden.not_clear", "ok")]
    text = [str(f) for f in failures]
    assert text[0] == "broken.yaml: rule 'forbidden.not_clear': hit example did not trigger: 「这个我很清楚」"
    assert text[1].startswith("broken.yaml: rule 'forbidden.not_clear': ok example triggered: 「这个我也不清楚」")


def test_todo_examples_record_gaps_without_failing(tmp_path):
    data = yaml.safe_load(DEFAULT.read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["id"] == "forbidden.not_clear")
    rule["examples"]["todo_hit"] = ["这个嘛,说实话我不大了解"]
    path = tmp_path / "todo.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert run_examples(load_rulebook(path)) == []


def test_example_transcripts_follow_the_documented_layout(rulebook):
    rule = next(r for r in rulebook.rules if r.id == "required.greeting")
    single = example_transcript("您好", rule)
    assert [(u.role, u.start_s, u.end_s) for u in single.utterances] == [("agent", 0.0, 3.0)]
    dialog = example_transcript(["customer: 喂", "agent: 您好", "agent@31: 再见", "客户: 好"], rule)
    assert [(u.role, u.start_s) for u in dialog.utterances] == [
        ("customer", 0.0), ("agent", 3.0), ("agent", 31.0), ("customer", 34.0)]
    assert dialog.duration_s == 37.0
