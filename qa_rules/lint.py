"""Rules about rules: problems a valid schema can still hide.

Errors make a rulebook unusable (duplicate ids, rules that can never fire);
warnings point at weak spots (no examples, categories the scorecard ignores).
"""
from __future__ import annotations

import re

from pipeline.model import CATEGORIES
from qa_rules.evaluator import entry_matches
from qa_rules.matchers import compile_regex
from qa_rules.problems import Problem
from qa_rules.schema import MatchSpec, Rulebook, RuleBase, SemanticSpec

#: Categories meant to come from detectors outside the rulebook (the leave
#: roster): a scorecard item may map them without a rule in this file.
EXTERNAL_CATEGORIES = frozenset({"agent_on_leave"})


def _spec_lists(name: str, spec: MatchSpec) -> dict[str, list]:
    out: dict[str, list] = {}
    for sub in ("any", "all"):
        if getattr(spec, sub) is not None:
            out[f"{name}.{sub}"] = getattr(spec, sub)
    if spec.at_least is not None:
        out[f"{name}.at_least.of"] = spec.at_least.of
    return out


def _all_lists(rule: RuleBase) -> dict[str, list]:
    out: dict[str, list] = {"exclude": rule.exclude}
    for name, spec in rule.match_specs().items():
        out.update(_spec_lists(name, spec))
        out[f"{name}.exclude"] = spec.exclude
    return out


def _rule_problems(rule: RuleBase, file: str) -> list[Problem]:
    out: list[Problem] = []

    def p(level: str, msg: str, field: str | None = None) -> None:
        out.append(Problem(level, file, msg, rule_id=rule.id, field=field))  # type: ignore[arg-type]

    for field, entries in _all_lists(rule).items():
        if not entries and not field.endswith("exclude"):
            p("error", "empty phrase list: the rule can never fire", field)
        for i, entry in enumerate(entries):
            text, method, _ = entry.resolve(rule.method)
            if method == "regex":
                try:
                    compile_regex(text)
                except re.error as exc:
                    p("error", f"invalid regular expression {text!r}: {exc}", f"{field}[{i}]")
    for name, spec in rule.match_specs().items():
        if rule.kind == "anchored" and name != "trigger":
            continue                   # rule-level exclude vetoes triggers only
        vetoes = list(spec.exclude) + list(rule.exclude)
        for field, entries in _spec_lists(name, spec).items():
            for i, entry in enumerate(entries):
                text, method, _ = entry.resolve(rule.method)
                if method == "regex":
                    continue
                veto = next((v for v in vetoes if _safe_matches(v, rule.method, text)), None)
                if veto is not None:
                    p("warning", f"phrase '{text}' is vetoed by its own exclusion "
                      f"'{veto.label()}', so it can never count", f"{field}[{i}]")
    ex = rule.examples
    if not ex.hit and not ex.ok:
        p("warning", "no examples: add 'examples: {hit: [...], ok: [...]}' so "
          "'callqa rules test' can check the rule", "examples")
    elif not ex.hit:
        p("warning", "no 'hit' examples: nothing shows the rule can fire", "examples.hit")
    elif not ex.ok:
        p("warning", "no 'ok' examples: add near misses (negation, quoting, the other party)",
          "examples.ok")
    if rule.kind == "anchored" and any(isinstance(e, str) for e in ex.hit + ex.ok):
        p("warning", "string examples are one utterance and cannot show a trigger and a "
          "reply; use dialogue lists", "examples")
    if rule.kind == "repetition" and any(isinstance(e, str) for e in ex.hit):
        p("warning", "a string example is one utterance and cannot repeat a question; "
          "use dialogue lists", "examples.hit")
    if rule.kind == "similarity" and rule.severity == "critical":
        p("warning", "a critical similarity rule fails a whole call on the model's judgement "
          "alone; use major and leave critical to exact wordings", "severity")
    for field, spec in _semantic_specs(rule).items():
        problem = _semantic_label_problem(spec.label)
        if problem:
            p("error", problem, field)
    return out


def _semantic_specs(rule: RuleBase) -> dict[str, SemanticSpec]:
    """Every use of the semantic model in a rule, by field name."""
    out = {f"{name}.semantic": spec.semantic for name, spec in rule.match_specs().items()
           if spec.semantic is not None}
    own = getattr(rule, "semantic", None)
    if own is not None:
        out["semantic"] = own
    return out


def _semantic_label_problem(label: str) -> str | None:
    """Why ``label`` cannot be used (no stored model, unknown class), or None."""
    from models.semantic import SemanticModelError
    from qa_rules.semantic import known_labels

    try:
        labels = known_labels()
    except SemanticModelError as exc:
        return str(exc)
    if label not in labels:
        return (f"the semantic model has no class '{label}': use one of {', '.join(labels)} "
                "(or add training data in models/data/ and run 'callqa models train')")
    return None


def _safe_matches(entry, method: str, text: str) -> bool:
    try:
        return bool(entry_matches(entry, method, text))
    except re.error:
        return False                   # reported separately as an invalid regex


def lint_rulebook(rb: Rulebook, file: str) -> list[Problem]:
    """Lint findings for a schema-valid rulebook."""
    out: list[Problem] = []
    seen: set[str] = set()
    for rule in rb.rules:
        if rule.id in seen:
            out.append(Problem("error", file, "duplicate rule id; ids must be unique",
                               rule_id=rule.id, field="id"))
        seen.add(rule.id)
        out.extend(_rule_problems(rule, file))
    if rb.scorecard is None:
        out.append(Problem("warning", file, "no scorecard: hits are found but calls are not "
                           "scored", where="scorecard"))
        return out
    ruled = {r.category for r in rb.rules if r.enabled}
    mapped: set[str] = set()
    for sec in rb.scorecard.sections:
        for item in sec.items:
            mapped |= set(item.categories)
            if not item.machine:
                continue
            unruled = [c for c in item.categories
                       if c not in ruled and c not in EXTERNAL_CATEGORIES]
            if unruled and len(unruled) == len(item.categories):
                out.append(Problem("warning", file, f"item '{item.id}' ({item.name}) maps only "
                                   f"categories no rule here produces ({', '.join(unruled)}); "
                                   "it always earns full marks", where="scorecard"))
    for c in CATEGORIES:
        if c in ruled and c not in mapped:
            out.append(Problem("warning", file, f"rules produce category '{c}' but no scorecard "
                               "item maps it: these hits do not affect the score",
                               where="scorecard"))
    return out
