"""Scorecard configuration: sections, weighted items, deductions, grade bands.

The centre's documents name the items (服务态度 8, 处理技巧 5) but give no
weights, deductions or pass mark (附件四 is missing), so all numbers are
configuration with callqa defaults, validated here at load time.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pipeline.model import CATEGORIES

Severity = Literal["critical", "major", "minor"]
SEVERITIES: tuple[str, ...] = ("critical", "major", "minor")

#: callqa defaults, not from the documents.
DEFAULT_DEDUCTIONS: dict[str, float] = {"critical": 15.0, "major": 5.0, "minor": 2.0}


def check_category(value: str) -> str:
    """Categories are a closed vocabulary shared with reports and the review UI."""
    if value not in CATEGORIES:
        raise ValueError(f"unknown category '{value}': must be one of {', '.join(CATEGORIES)}")
    return value


class GradeBand(BaseModel):
    """A grade and the lowest score (inclusive) that earns it."""

    model_config = ConfigDict(extra="forbid")
    grade: str = Field(min_length=1)
    min: float = Field(ge=0, le=100)


def _default_grades() -> list[GradeBand]:
    return [GradeBand(grade="优秀", min=90), GradeBand(grade="良好", min=80),
            GradeBand(grade="合格", min=60), GradeBand(grade="不合格", min=0)]


class ScoreItemSpec(BaseModel):
    """One scorecard line and the hit categories that deduct from it.

    Attributes:
        machine: False for items only an inspector can score (reported N/A and
            left out of the denominator).
        auto_fail: a critical hit here fails the whole call (score 0).
        deductions: per-severity overrides of the scorecard's deductions.
    """

    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    weight: float = Field(gt=0)
    categories: list[str] = Field(default_factory=list)
    machine: bool = True
    auto_fail: bool = False
    deductions: dict[Severity, float] = Field(default_factory=dict)

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, v: list[str]) -> list[str]:
        return [check_category(c) for c in v]

    @field_validator("deductions")
    @classmethod
    def _non_negative(cls, v: dict[str, float]) -> dict[str, float]:
        if any(x < 0 for x in v.values()):
            raise ValueError("deductions must be zero or positive")
        return v


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    items: list[ScoreItemSpec] = Field(min_length=1)


class Scorecard(BaseModel):
    """The whole scorecard; see ``pipeline.scoring.score_call``."""

    model_config = ConfigDict(extra="forbid")
    min_duration_s: float = Field(default=10.0, ge=0)
    deductions: dict[Severity, float] = Field(default_factory=lambda: dict(DEFAULT_DEDUCTIONS))
    grades: list[GradeBand] = Field(default_factory=_default_grades)
    fail_grade: str | None = None
    sections: list[Section] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> "Scorecard":
        ids: set[str] = set()
        owner: dict[str, str] = {}
        for sec in self.sections:
            for item in sec.items:
                if item.id in ids:
                    raise ValueError(f"duplicate item id '{item.id}'")
                ids.add(item.id)
                for c in item.categories:
                    if c in owner:
                        raise ValueError(f"category '{c}' is mapped to both '{owner[c]}' and "
                                         f"'{item.id}'; a hit would be deducted twice")
                    owner[c] = item.id
        mins = [g.min for g in self.grades]
        if not self.grades or mins != sorted(mins, reverse=True) or len(set(mins)) != len(mins):
            raise ValueError("grades must be listed from best to worst with strictly falling 'min'")
        if mins[-1] != 0:
            raise ValueError("the last grade must have min 0 so every score gets a grade")
        if self.fail_grade is not None and self.fail_grade not in {g.grade for g in self.grades}:
            raise ValueError(f"fail_grade '{self.fail_grade}' is not one of the grades")
        return self

    @property
    def failing_grade(self) -> str:
        """Grade of an auto-failed call: ``fail_grade`` or the lowest band."""
        return self.fail_grade or self.grades[-1].grade

    def deduction(self, item: ScoreItemSpec, severity: str) -> float:
        """Points one hit of ``severity`` takes from ``item``."""
        if severity in item.deductions:
            return item.deductions[severity]  # type: ignore[index]
        return self.deductions.get(severity, DEFAULT_DEDUCTIONS.get(severity, 0.0))  # type: ignore[call-overload]

    def item_for(self, category: str) -> tuple[Section, ScoreItemSpec] | None:
        for sec in self.sections:
            for item in sec.items:
                if category in item.categories:
                    return sec, item
        return None
