"""Rulebook schema and lint: every problem names the file, the rule and the field."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from qa_rules.engine import check_file, load_rulebook
from qa_rules.problems import RulebookError
from qa_rules.schema import AnchoredRule, PhraseRule, validate_rulebook

SCORECARD = {"sections": [{"id": "attitude", "name": "服务态度", "items": [
    {"id": "attitude.3", "name": "服务忌语", "weight": 15, "categories": ["forbidden_phrase"],
     "auto_fail": True}]}]}

RULE = {
    "id": "forbidden.not_our_business", "kind": "phrase", "category": "forbidden_phrase",
    "severity": "critical", "message": "坐席说了服务忌语", "role": "agent",
    "match": {"any": ["这事不归我们管"]},
    "examples": {"hit": ["这是不归我们管"], "ok": ["这事归我们管"]},
}


def book(*rules: dict, **top) -> dict:
    data = {"rulebook": "t", "version": "1.0.0", "scorecard": copy.deepcopy(SCORECARD),
            "rules": [copy.deepcopy(r) for r in rules]}
    data.update(top)
    return data


def write(tmp_path: Path, data: dict, name: str = "default.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def errors_of(data: dict) -> list[str]:
    with pytest.raises(RulebookError) as exc:
        validate_rulebook(data, "default.yaml")
    return [str(p) for p in exc.value.problems]


def test_valid_rulebook_loads_with_discriminated_kinds():
    rb = validate_rulebook(book(RULE), "default.yaml")
    assert isinstance(rb.rules[0], PhraseRule)
    assert rb.rules[0].match.any[0].phrase == "这事不归我们管"   # bare strings become entries


def test_bad_severity_names_file_rule_and_field():
    assert errors_of(book({**RULE, "severity": "fatal"})) == [
        "default.yaml: rule 'forbidden.not_our_business': field 'severity': "
        "must be one of critical, major, minor"]


def test_unknown_category_is_rejected_with_the_vocabulary():
    (msg,) = errors_of(book({**RULE, "category": "rudeness"}))
    assert "rule 'forbidden.not_our_business': field 'category'" in msg
    assert "unknown category 'rudeness'" in msg and "forbidden_phrase" in msg


def test_typo_in_field_name_suggests_the_right_one():
    rule = {**RULE, "serverity": "major"}
    (msg,) = errors_of(book(rule))
    assert "field 'serverity': unknown field (did you mean 'severity'?)" in msg


def test_unknown_kind_lists_the_kinds():
    (msg,) = errors_of(book({**RULE, "kind": "sentiment"}))
    assert "field 'kind'" in msg and "unknown kind 'sentiment'" in msg
    for kind in ("similarity", "repetition", "politeness"):
        assert kind in msg


def test_similarity_rule_needs_something_to_match():
    rule = {k: v for k, v in RULE.items() if k != "match"}
    (msg,) = errors_of(book({**rule, "kind": "similarity", "category": "shirking"}))
    assert "give 'like' example sentences, a 'semantic' class, or both" in msg


def test_nested_field_path_and_rule_without_id():
    rule = {k: v for k, v in RULE.items() if k != "id"}
    rule["match"] = {"any": ["a"], "all": ["b"]}
    msgs = errors_of(book(rule))
    assert "default.yaml: rule '#1': field 'id': is required" in msgs
    assert any("field 'match': give exactly one of 'any', 'all' or 'at_least'" in m for m in msgs)


def test_window_and_role_are_validated():
    msgs = errors_of(book({**RULE, "role": "boss", "window": {"first_sec": 5}}))
    assert any("field 'role': must be one of agent, customer, any" in m for m in msgs)
    assert any("field 'window.first_sec': unknown field" in m for m in msgs)


def test_bad_dialogue_example_is_reported():
    rule = {**RULE, "examples": {"hit": [["agent 您好"]], "ok": []}}
    (msg,) = errors_of(book(rule))
    assert "field 'examples.hit[0]'" in msg and "dialogue line 1" in msg


def test_version_must_be_semver_or_date():
    (msg,) = errors_of(book(RULE, version="v1"))
    assert msg.startswith("default.yaml: field 'version': must be a semantic version")
    assert validate_rulebook(book(RULE, version="2025-01-31"), "x").version == "2025-01-31"


def test_nested_phrase_lists_are_flattened_for_yaml_anchors():
    rule = {**RULE, "exclude": [["没有说", ["不是说"]], {"regex": "您是说"}]}
    rb = validate_rulebook(book(rule), "default.yaml")
    assert [e.label() for e in rb.rules[0].exclude] == ["没有说", "不是说", "您是说"]


def test_anchored_rule_fields():
    rule = {**RULE, "id": "anchored.apology", "kind": "anchored", "category": "missing_apology",
            "severity": "major", "trigger": {"any": ["投诉"]}, "then": {"any": ["抱歉"]},
            "within_utterances": 2, "examples": {"hit": [["customer: 我要投诉", "agent: 嗯"]],
                                                 "ok": [["customer: 我要投诉", "agent: 抱歉"]]}}
    del rule["match"]
    rb = validate_rulebook(book(rule), "default.yaml")
    assert isinstance(rb.rules[0], AnchoredRule) and rb.rules[0].within_utterances == 2


def test_scorecard_unknown_category_fails_at_load(tmp_path):
    data = book(RULE)
    data["scorecard"]["sections"][0]["items"][0]["categories"] = ["politeness"]
    with pytest.raises(RulebookError) as exc:
        load_rulebook(write(tmp_path, data))
    assert "default.yaml: scorecard: field 'sections[0].items[0].categories'" in str(exc.value)
    assert "unknown category 'politeness'" in str(exc.value)


def test_scorecard_grade_bands_must_fall_and_end_at_zero():
    data = book(RULE)
    data["scorecard"]["grades"] = [{"grade": "合格", "min": 60}, {"grade": "优秀", "min": 90}]
    (msg,) = errors_of(data)
    assert msg.startswith("default.yaml: scorecard:") and "best to worst" in msg


def test_lint_duplicate_ids_and_empty_phrase_list(tmp_path):
    empty = {**RULE, "id": "forbidden.empty", "match": {"any": []}}
    path = write(tmp_path, book(RULE, RULE, empty))
    problems = check_file(path)
    assert "default.yaml: rule 'forbidden.not_our_business': field 'id': duplicate rule id; " \
           "ids must be unique" in problems
    assert any("rule 'forbidden.empty': field 'match.any': empty phrase list" in p
               for p in problems)
    with pytest.raises(RulebookError):
        load_rulebook(path)


def test_lint_warns_about_rules_without_examples_but_still_loads(tmp_path):
    rule = {k: v for k, v in RULE.items() if k != "examples"}
    path = write(tmp_path, book(rule))
    (msg,) = [p for p in check_file(path) if "examples" in p]
    assert msg.startswith("default.yaml: rule 'forbidden.not_our_business': field 'examples': "
                          "no examples") and msg.endswith("(warning)")
    assert load_rulebook(path).rules[0].id == RULE["id"]


def test_lint_flags_invalid_regex_with_its_field(tmp_path):
    rule = {**RULE, "match": {"any": ["这事不归我们管", {"regex": "不是我们(的事"}]}}
    (msg,) = [p for p in check_file(write(tmp_path, book(rule))) if "regular" in p]
    assert "rule 'forbidden.not_our_business': field 'match.any[1]': invalid regular expression" \
           in msg


def test_lint_flags_a_phrase_its_own_exclusion_vetoes(tmp_path):
    rule = {**RULE, "exclude": ["不归我们管"]}
    problems = check_file(write(tmp_path, book(rule)))
    assert any("vetoed by its own exclusion" in p for p in problems)


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("rulebook: x\nrules: [\n  - id: a\n", encoding="utf-8")
    (msg,) = check_file(path)
    assert msg.startswith("broken.yaml: line ") and "YAML syntax error" in msg


def test_default_rulebook_has_no_errors():
    default = Path(__file__).resolve().parents[1] / "qa_rules" / "rulebooks" / "default.yaml"
    problems = check_file(default)
    assert [p for p in problems if not p.endswith("(warning)")] == []
    rb = load_rulebook(default)
    assert rb.scorecard is not None and len(rb.rules) >= 10
