"""Public entry points of the rule engine (what ``callqa rules …`` and the
pipeline call): load and check rulebooks, evaluate calls, run self-tests."""
from __future__ import annotations

from pathlib import Path

from qa_rules.evaluator import evaluate, evaluate_rule
from qa_rules.examples import ExampleFailure, run_examples
from qa_rules.lint import lint_rulebook
from qa_rules.problems import Problem, RulebookError
from qa_rules.schema import Rulebook, read_rulebook_yaml, validate_rulebook

__all__ = ["load_rulebook", "evaluate", "evaluate_rule", "run_examples", "check_file",
           "problems_in_file", "ExampleFailure", "RulebookError", "Rulebook"]


def problems_in_file(path: str | Path) -> tuple[Rulebook | None, list[Problem]]:
    """Schema errors, else regex errors plus lint findings, for one file."""
    path = Path(path)
    try:
        rb = validate_rulebook(read_rulebook_yaml(path), path.name)
    except RulebookError as exc:
        return None, exc.problems
    rb._source = str(path)
    return rb, lint_rulebook(rb, path.name)


def load_rulebook(path: str | Path) -> Rulebook:
    """A usable rulebook, or ``RulebookError`` naming every error (warnings pass)."""
    rb, problems = problems_in_file(path)
    errors = [p for p in problems if p.level == "error"]
    if rb is None or errors:
        raise RulebookError(errors or problems)
    return rb


def check_file(path: str | Path) -> list[str]:
    """Human-readable problems (errors, then warnings); empty if the file is clean."""
    _, problems = problems_in_file(path)
    problems = sorted(problems, key=lambda p: p.level != "error")
    return [str(p) for p in problems]
