"""Problems found in a rulebook, worded for the QC lead who edits it.

Every problem names the file, the rule id and the field, so a message such as
``default.yaml: rule 'forbidden.not_our_business': field 'severity': must be
one of critical, major, minor`` can be fixed without reading code.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Problem:
    """One schema error or lint finding."""

    level: Literal["error", "warning"]
    file: str
    message: str
    rule_id: str | None = None
    field: str | None = None
    where: str | None = None       # a non-rule section, e.g. "scorecard"

    def __str__(self) -> str:
        parts = [self.file]
        if self.rule_id is not None:
            parts.append(f"rule '{self.rule_id}'")
        elif self.where:
            parts.append(self.where)
        if self.field:
            parts.append(f"field '{self.field}'")
        text = ": ".join(parts) + ": " + self.message
        return text if self.level == "error" else text + " (warning)"


class RulebookError(ValueError):
    """A rulebook that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
