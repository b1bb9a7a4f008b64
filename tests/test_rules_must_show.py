"""What issue 4 says the default rulebook must show, on hand-made calls (no ASR):
a customer saying a forbidden phrase, an agent saying 这事归我们管,我马上为您处理,
a greeting given only after 30 s; and ``callqa rules test`` naming a broken rule."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from pipeline.model import CallTranscript, Utterance
from qa_rules.engine import evaluate, load_rulebook

DEFAULT = Path(__file__).resolve().parents[1] / "qa_rules" / "rulebooks" / "default.yaml"
ACCUSING = {"forbidden_phrase", "shirking"}


@pytest.fixture(scope="module")
def rulebook():
    return load_rulebook(DEFAULT)


def call(*lines: tuple[str, float, str]) -> CallTranscript:
    utts = [Utterance(role=r, start_s=t, end_s=t + 3.0, text=x) for r, t, x in lines]  # type: ignore[arg-type]
    return CallTranscript(utts, max(u.end_s for u in utts))


def categories(rulebook, transcript: CallTranscript) -> set[str]:
    return {h.category for h in evaluate(rulebook, transcript)}


OPENING = ("agent", 0.0, "您好,锦华物业客服中心,我是小王,请问有什么可以帮您")
CLOSING = [("agent", 40.0, "我这样讲您明白了吗"), ("customer", 44.0, "明白了"),
           ("agent", 47.0, "感谢您的来电,再见")]


@pytest.mark.parametrize("said", [
    "你们是不是又要说这事不归我们管", "我也不知道该找谁", "我不清楚怎么操作",
    "不是已经跟你讲过了吗", "那不是你们负责的吗,你让我去问别的部门吧"])
def test_a_customer_saying_a_forbidden_phrase_is_no_fault_of_the_agent(rulebook, said):
    transcript = call(OPENING, ("customer", 6.0, said),
                      ("agent", 12.0, "您别着急,这个我马上为您处理"), *CLOSING)
    assert not categories(rulebook, transcript) & ACCUSING


@pytest.mark.parametrize("said", ["这事归我们管,我马上为您处理",
                                  "这是归我们管,我马上为您处理",      # ASR homophone
                                  "这事归我们管我马上为你处理"])      # no punctuation, 你
def test_agent_taking_responsibility_is_not_a_forbidden_phrase(rulebook, said):
    transcript = call(OPENING, ("customer", 6.0, "楼上漏水,这事不归你们管吗"),
                      ("agent", 12.0, said), *CLOSING)
    assert categories(rulebook, transcript) == set()


def test_greeting_only_after_30_seconds_is_a_missing_greeting(rulebook):
    rest = [("customer", 3.0, "听得到,我手机上不了网"), ("agent", 8.0, "你手机号多少"),
            ("customer", 12.0, "一三八零五七六"),
            ("agent", 31.0, "您好,这里是客服中心,很高兴为您服务"), *CLOSING]
    late = call(("agent", 0.5, "喂,听得到吗"), *rest)
    hits = [h for h in evaluate(rulebook, late) if h.category == "missing_greeting"]
    assert len(hits) == 1 and hits[0].method == "absence"
    on_time = call(("agent", 0.5, "您好,这里是客服中心"), *rest)
    assert "missing_greeting" not in categories(rulebook, on_time)


def test_paraphrased_brush_off_counts_for_the_forbidden_phrase_row(rulebook):
    transcript = call(OPENING, ("customer", 6.0, "电饭煲用两天就坏了"),
                      ("agent", 12.0, "质量问题找厂家售后,那不是我们部门的事"), *CLOSING)
    assert categories(rulebook, transcript) & ACCUSING


def test_rules_test_fails_naming_the_rule_with_a_broken_example(tmp_path):
    from callqa.cli import app
    data = yaml.safe_load(DEFAULT.read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["id"] == "semantic.shirking")
    rule["examples"]["ok"].append("那不是我们负责的,你去问别的部门吧")   # fires
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = CliRunner().invoke(app, ["rules", "test", str(path)])
    assert result.exit_code == 1
    assert "rule 'semantic.shirking': ok example triggered" in result.output
    ok = CliRunner().invoke(app, ["rules", "test", str(DEFAULT)])
    assert ok.exit_code == 0 and "0 failures" in ok.output
