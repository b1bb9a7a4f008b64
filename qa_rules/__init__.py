"""callqa rule engine: rulebooks (YAML), phrase matchers, evaluation, self-tests."""
from pathlib import Path

from qa_rules.engine import (ExampleFailure, Rulebook, RulebookError, check_file, evaluate,
                             load_rulebook, run_examples)
from qa_rules.matchers import Match, find

DEFAULT_RULEBOOK = Path(__file__).with_name("rulebooks") / "default.yaml"

__all__ = ["load_rulebook", "evaluate", "run_examples", "check_file", "find", "Match",
           "ExampleFailure", "Rulebook", "RulebookError", "DEFAULT_RULEBOOK"]
