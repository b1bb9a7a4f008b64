"""Run each rule against its own ``examples`` (semgrep-style self-tests).

A string example is one utterance by the rule's role (agent for ``any``) at
0–3 s; a dialogue example is a list of ``"role: text"`` lines 3 s apart
(``"agent@31: 您好"`` pins a line to 31 s, later lines follow 3 s apart).
``hit`` examples must fire, ``ok`` examples must not; ``todo_hit`` /
``todo_ok`` record known gaps and never fail.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pipeline.acoustics import measure
from pipeline.model import CallRecord, CallTranscript, RuleHit, Utterance
from qa_rules.evaluator import evaluate_rule
from qa_rules.schema import RuleBase, Rulebook, parse_dialogue_line

LINE_S = 3.0


@dataclass
class ExampleFailure:
    """An example whose outcome contradicts its label."""

    rule_id: str
    expected: Literal["hit", "ok"]
    example: str | list[str]
    hits: list[RuleHit] = field(default_factory=list)
    file: str | None = None

    def __str__(self) -> str:
        text = self.example if isinstance(self.example, str) else " / ".join(self.example)
        head = f"{self.file}: " if self.file else ""
        if self.expected == "hit":
            return f"{head}rule '{self.rule_id}': hit example did not trigger: 「{text}」"
        found = "; ".join(h.evidence for h in self.hits)
        return f"{head}rule '{self.rule_id}': ok example triggered: 「{text}」 (found: {found})"


def example_transcript(example: str | list[str], rule: RuleBase) -> CallTranscript:
    """The mini call an example stands for."""
    if isinstance(example, str):
        role = rule.role if rule.role in ("agent", "customer") else "agent"
        utts = [Utterance(role=role, start_s=0.0, end_s=LINE_S, text=example)]  # type: ignore[arg-type]
    else:
        utts = []
        record = CallRecord(file="example", recording_id="example")
        t = 0.0
        for line in example:
            role, at, text = parse_dialogue_line(line)
            if role == "meta":       # "meta: hangup_by=agent" sets a record field
                key, _, value = text.partition("=")
                setattr(record, key.strip(), value.strip())
                continue
            t = at if at is not None else t
            utts.append(Utterance(role=role, start_s=t, end_s=t + LINE_S, text=text))  # type: ignore[arg-type]
            t += LINE_S
        duration = max((u.end_s for u in utts), default=0.0)
        # a dialogue is a timeline: measure it, so acoustic rules can be tested too
        return CallTranscript(utterances=utts, duration_s=duration, record=record,
                              acoustics=measure(utts, duration))
    duration = max((u.end_s for u in utts), default=0.0)
    return CallTranscript(utterances=utts, duration_s=duration)


def run_rule_examples(rule: RuleBase, file: str | None = None) -> list[ExampleFailure]:
    """Failures of one rule's ``hit`` and ``ok`` examples."""
    out = []
    for expected, examples in (("hit", rule.examples.hit), ("ok", rule.examples.ok)):
        for ex in examples:
            hits = [h for h in evaluate_rule(rule, example_transcript(ex, rule))
                    if h.rule_id == rule.id]
            if (expected == "hit") != bool(hits):
                out.append(ExampleFailure(rule.id, expected, ex, hits, file))  # type: ignore[arg-type]
    return out


def run_examples(rulebook: Rulebook) -> list[ExampleFailure]:
    """Failures across the rulebook; an empty list means every example behaves."""
    file = Path(rulebook.source).name if rulebook.source else None
    out: list[ExampleFailure] = []
    for rule in rulebook.rules:
        out.extend(run_rule_examples(rule, file))
    return out
