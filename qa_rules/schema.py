"""Rulebook YAML schema (pydantic v2) and errors that name file, rule and field.

A rule is a discriminated union on ``kind``: ``phrase`` (a prohibited wording
was said), ``required`` (a script element is missing from a window),
``anchored`` (after a trigger, a response is missing), ``similarity`` (an
utterance means the same as example sentences, by the semantic model),
``repetition`` (the agent asks the same question again), ``politeness`` (你
instead of 您, no 请), ``acoustic`` and ``metadata``. A kind listed in
``PLANNED_KINDS`` is rejected with a clear message until it is implemented.

Phrase lists may nest (``exclude: [*quoting, 不是不知道]``): nested lists are
flattened so YAML anchors defined under ``definitions:`` can be shared.
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Annotated, Any, Literal, Union

import yaml
from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr,
                      ValidationError, field_validator, model_validator)

from qa_rules.normalize import normalize
from qa_rules.problems import Problem, RulebookError
from qa_rules.scorecard import Scorecard, Severity, check_category

RoleScope = Literal["agent", "customer", "any"]
MethodName = Literal["exact", "pinyin", "regex"]
PLANNED_KINDS: tuple[str, ...] = ()
_RULE_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")
_VERSION = re.compile(r"^(\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?|\d{4}-\d{2}-\d{2})$")
_DIALOGUE_LINE = re.compile(
    r"^\s*(agent|customer|unknown|坐席|客服|客户|meta)(?:@(\d+(?:\.\d+)?))?\s*[::]\s*(.*)$")
_ROLE_ALIASES = {"坐席": "agent", "客服": "agent", "客户": "customer"}


def _flatten(value: Any) -> Any:
    """Flatten nested lists and turn bare strings into ``{phrase: ...}`` entries."""
    if not isinstance(value, list):
        return value
    out: list[Any] = []
    for v in value:
        if isinstance(v, list):
            out.extend(_flatten(v))
        elif isinstance(v, str):
            out.append({"phrase": v})
        else:
            out.append(v)
    return out


class PhraseEntry(BaseModel):
    """A phrase (matched by the rule's method unless overridden) or a regex."""

    model_config = ConfigDict(extra="forbid")
    phrase: str | None = None
    regex: str | None = None
    method: MethodName | None = None
    whole_word: bool | None = None
    #: as an exclusion: veto only when it comes after the match (稍等, 我查一下 *before*
    #: a brush-off is the look-up that led to it, not a way forward)
    follows: bool = False

    @model_validator(mode="after")
    def _one_of(self) -> "PhraseEntry":
        if (self.phrase is None) == (self.regex is None):
            raise ValueError("give exactly one of 'phrase' or 'regex'")
        if self.phrase is not None and self.method != "regex" and not normalize(self.phrase).text:
            raise ValueError(f"phrase '{self.phrase}' has no words once punctuation is removed")
        return self

    def resolve(self, default_method: str) -> tuple[str, str, bool | None]:
        """``(text, method, whole_word)`` with the rule's default method applied."""
        if self.regex is not None:
            return self.regex, "regex", None
        assert self.phrase is not None
        return self.phrase, self.method or default_method, self.whole_word

    def label(self) -> str:
        return self.regex if self.regex is not None else (self.phrase or "")


PhraseList = Annotated[list[PhraseEntry], BeforeValidator(_flatten)]


class AtLeast(BaseModel):
    model_config = ConfigDict(extra="forbid")
    n: int = Field(ge=1)
    of: PhraseList

    @model_validator(mode="after")
    def _satisfiable(self) -> "AtLeast":
        if self.of and self.n > len(self.of):
            raise ValueError(f"n is {self.n} but only {len(self.of)} phrases are listed; "
                             "the rule can never fire")
        return self


class SemanticSpec(BaseModel):
    """An utterance the semantic model (``models/semantic.py``) assigns to
    ``label`` with at least ``min_probability`` (default: the model's own
    threshold, chosen by cross-validation for precision)."""

    model_config = ConfigDict(extra="forbid")
    label: str = Field(min_length=1)
    min_probability: float | None = Field(default=None, gt=0, le=1)
    #: Also judge each clause (split at ,。?!;) on its own. For the classes that clear
    #: an agent (a confirmation asked at the end of a long explanation is still one);
    #: a false positive there is a miss, not an accusation.
    clauses: bool = False
    #: Also judge each sentence (split at 。?!; only) on its own: for the apology, where a
    #: comma clause of ASR text is often a fragment that means nothing alone (换成了我们的。
    #: read 0.65 as an apology) while an apology stands as, or leads, a sentence.
    sentences: bool = False

    @model_validator(mode="after")
    def _one_split(self) -> "SemanticSpec":
        if self.clauses and self.sentences:
            raise ValueError("give clauses or sentences, not both (a sentence is made of clauses)")
        return self


class MatchSpec(BaseModel):
    """Exactly one of ``any`` / ``all`` / ``at_least``, plus optional vetoes.

    In a ``phrase`` rule the condition holds within one utterance; in a
    ``required`` rule anywhere in the window. ``exclude`` vetoes a match in the
    same utterance (negation, quoting: 没有说 / 不是说). With ``any``, a
    ``semantic`` class counts as one more alternative: paraphrases that share no
    listed words (a confirmation worded freely still confirms).
    """

    model_config = ConfigDict(extra="forbid")
    any: PhraseList | None = None
    all: PhraseList | None = None
    at_least: AtLeast | None = None
    exclude: PhraseList = Field(default_factory=list)
    semantic: SemanticSpec | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> "MatchSpec":
        given = [k for k in ("any", "all", "at_least") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of 'any', 'all' or 'at_least'")
        if self.semantic is not None and self.any is None:
            raise ValueError("'semantic' is an alternative to the phrases and needs 'any'")
        return self

    def phrases(self) -> list[PhraseEntry]:
        if self.any is not None:
            return self.any
        if self.all is not None:
            return self.all
        assert self.at_least is not None
        return self.at_least.of

    def needed(self) -> int:
        """How many distinct phrases must be found."""
        if self.any is not None:
            return 1
        if self.all is not None:
            return len(self.all)
        assert self.at_least is not None
        return self.at_least.n


class Window(BaseModel):
    """Where a rule looks; several keys mean the union ("last 3 or last 30 s").

    Utterance counts refer to utterances of the rule's role. No window: whole call.
    """

    model_config = ConfigDict(extra="forbid")
    first_s: float | None = Field(default=None, gt=0)
    last_s: float | None = Field(default=None, gt=0)
    first_utterances: int | None = Field(default=None, ge=1)
    last_utterances: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _not_empty(self) -> "Window":
        if all(getattr(self, k) is None for k in type(self).model_fields):
            raise ValueError("empty window: give first_s, last_s, first_utterances or "
                             "last_utterances, or drop 'window' for the whole call")
        return self


def _check_example(value: Any) -> Any:
    if isinstance(value, list):
        for i, line in enumerate(value):
            if not isinstance(line, str) or not _DIALOGUE_LINE.match(line):
                raise ValueError(f"dialogue line {i + 1} {line!r} must look like "
                                 "'agent: 您好' or 'customer: 我要投诉' (optionally 'agent@31: ...')")
    elif not isinstance(value, str):
        raise ValueError("an example is a string (one utterance) or a list of dialogue lines")
    return value


Example = Annotated[Union[str, list[str]], BeforeValidator(_check_example)]


def parse_dialogue_line(line: str) -> tuple[str, float | None, str]:
    """``'agent@31: 您好'`` → ``('agent', 31.0, '您好')``."""
    m = _DIALOGUE_LINE.match(line)
    if not m:
        raise ValueError(f"not a dialogue line: {line!r}")
    role = _ROLE_ALIASES.get(m.group(1), m.group(1))
    return role, (float(m.group(2)) if m.group(2) else None), m.group(3)


class Examples(BaseModel):
    """Self-tests: ``hit`` must fire, ``ok`` must not; ``todo_*`` record known gaps."""

    model_config = ConfigDict(extra="forbid")
    hit: list[Example] = Field(default_factory=list)
    ok: list[Example] = Field(default_factory=list)
    todo_hit: list[Example] = Field(default_factory=list)
    todo_ok: list[Example] = Field(default_factory=list)


class RuleBase(BaseModel):
    """Fields every kind shares. ``protect`` adds characters (e.g. pronouns
    我你您他她) that the pinyin matcher may not edit, on top of the negators."""

    model_config = ConfigDict(extra="forbid")
    id: str
    category: str
    severity: Severity
    message: str = Field(min_length=1)
    role: RoleScope = "agent"
    window: Window | None = None
    method: MethodName = "pinyin"
    protect: str = ""
    exclude: PhraseList = Field(default_factory=list)
    examples: Examples = Field(default_factory=Examples)
    enabled: bool = True

    @field_validator("id")
    @classmethod
    def _id_format(cls, v: str) -> str:
        if not _RULE_ID.match(v):
            raise ValueError("use lower-case words joined by dots, e.g. 'forbidden.not_our_business'")
        return v

    @field_validator("category")
    @classmethod
    def _category(cls, v: str) -> str:
        return check_category(v)

    def match_specs(self) -> dict[str, MatchSpec]:
        """The rule's conditions by field name (for lint and compilation)."""
        return {}


class PhraseRule(RuleBase):
    """A prohibited wording was said by ``role`` inside the window."""

    kind: Literal["phrase"]
    match: MatchSpec

    def match_specs(self) -> dict[str, MatchSpec]:
        return {"match": self.match}


class RequiredRule(RuleBase):
    """A script element must appear inside the window; the finding is its absence."""

    kind: Literal["required"]
    match: MatchSpec

    def match_specs(self) -> dict[str, MatchSpec]:
        return {"match": self.match}


class AnchoredRule(RuleBase):
    """After each ``trigger`` by ``trigger_role``, ``then`` must follow within
    ``within_utterances`` utterances of ``role``; the finding is its absence.
    Rule-level ``exclude`` vetoes triggers; ``then.exclude`` vetoes responses."""

    kind: Literal["anchored"]
    trigger: MatchSpec
    then: MatchSpec
    within_utterances: int = Field(default=2, ge=1)
    trigger_role: Literal["agent", "customer"] = "customer"
    #: the responder's last N utterances *before* the trigger count too: an apology
    #: given just before the customer vents again still stands
    also_before: int = Field(default=0, ge=0)

    def match_specs(self) -> dict[str, MatchSpec]:
        return {"trigger": self.trigger, "then": self.then}


class AcousticRule(RuleBase):
    """A timing fault measured from the channel timelines (``pipeline.acoustics``).

    ``dead_air``: both sides silent for at least ``min_duration_s`` while the customer
    waits for the agent, except right after the agent asked them to hold (请稍等…)
    when ``excuse_after_hold``. ``interruption``: the agent starts while the customer
    speaks and the overlap lasts at least ``min_duration_s``. ``speech_rate``: the
    agent speaks faster than ``max_chars_per_min`` or more than ``max_ratio`` times
    the customer's rate (000 L917: match a slow customer), given ``min_talk_s`` of
    agent speech. In examples, dialogue lines are 3 s long unless pinned
    (``customer@0: …``, ``agent@9: …``).
    """

    kind: Literal["acoustic"]
    measure: Literal["dead_air", "interruption", "speech_rate"]
    min_duration_s: float | None = Field(default=None, gt=0)
    excuse_after_hold: bool = True
    max_chars_per_min: float | None = Field(default=None, gt=0)
    max_ratio: float | None = Field(default=None, gt=0)
    min_talk_s: float = Field(default=20.0, ge=0)

    @model_validator(mode="after")
    def _thresholds(self) -> "AcousticRule":
        if self.measure in ("dead_air", "interruption") and self.min_duration_s is None:
            raise ValueError(f"measure '{self.measure}' needs 'min_duration_s'")
        if self.measure == "speech_rate" and self.max_chars_per_min is None \
                and self.max_ratio is None:
            raise ValueError("measure 'speech_rate' needs 'max_chars_per_min' or 'max_ratio'")
        return self


class MetadataRule(RuleBase):
    """A fact from the call record, e.g. who hung up (``hangup_by: agent``).

    In examples a line ``meta: hangup_by=agent`` sets the record field.
    """

    kind: Literal["metadata"]
    field: Literal["hangup_by", "direction"]
    equals: str = Field(min_length=1)


class SimilarityRule(RuleBase):
    """An utterance of ``role`` means what the example sentences mean (Alibaba's
    SIMILAR_MATCH): its similarity to the nearest ``like`` sentence reaches
    ``threshold``, or the semantic model puts it in ``semantic.label``.

    Similarity is the cosine in the semantic model's TF-IDF space (characters,
    pinyin, words). An utterance closer to an ``unlike`` sentence than to every
    ``like`` sentence does not count (near misses: 这事归我们管). Utterances
    shorter than ``min_chars`` carry too little to judge. ``unless_flagged``
    skips utterances a rule of another kind already flagged with one of these
    categories, so one sentence is not deducted twice.
    """

    kind: Literal["similarity"]
    like: list[str] = Field(default_factory=list)
    unlike: list[str] = Field(default_factory=list)
    threshold: float = Field(default=0.8, gt=0, le=1)
    semantic: SemanticSpec | None = None
    min_chars: int = Field(default=4, ge=1)
    unless_flagged: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _something_to_match(self) -> "SimilarityRule":
        if not self.like and self.semantic is None:
            raise ValueError("give 'like' example sentences, a 'semantic' class, or both")
        for c in self.unless_flagged:
            check_category(c)
        return self


class RepetitionRule(RuleBase):
    """The agent asks the same question again (000: 不能反复多次询问客户同一问题):
    ``min_times`` questions of ``role`` whose pairwise similarity reaches
    ``threshold``, with the other party answering in between when
    ``require_answer`` (asking again after silence is no fault). ``exclude``
    vetoes a question from counting (没听清, 再说一遍: the line was bad)."""

    kind: Literal["repetition"]
    threshold: float = Field(default=0.7, gt=0, le=1)
    min_times: int = Field(default=2, ge=2)
    require_answer: bool = True
    questions_only: bool = True
    min_chars: int = Field(default=4, ge=1)


class PolitenessRule(RuleBase):
    """Polite address over the whole call (004 三要: "您"字不离口, "请"字当头).

    ``address``: the agent says 你 where 您 is due at least ``min_count`` times
    and in more than ``max_ratio`` of all 你/您. ASR often writes 你 for 您, so
    one slip never decides; words in ``ignore`` are not counted (你好 is a
    greeting and often an ASR 您好, 你们 has no polite plural).
    ``please``: an agent with at least ``min_utterances`` utterances never says
    请 (or fewer than ``min_count`` times).
    """

    kind: Literal["politeness"]
    measure: Literal["address", "please"]
    min_count: int = Field(default=3, ge=1)
    max_ratio: float = Field(default=0.5, ge=0, lt=1)
    min_utterances: int = Field(default=6, ge=1)
    ignore: list[str] = Field(default_factory=lambda: ["你好", "你们"])


Rule = Annotated[Union[PhraseRule, RequiredRule, AnchoredRule, AcousticRule, MetadataRule,
                       SimilarityRule, RepetitionRule, PolitenessRule],
                 Field(discriminator="kind")]
KINDS: tuple[str, ...] = ("phrase", "required", "anchored", "similarity", "repetition",
                          "politeness", "acoustic", "metadata")


class Rulebook(BaseModel):
    """A whole rulebook file. ``definitions`` only holds YAML anchors."""

    model_config = ConfigDict(extra="forbid")
    rulebook: str = Field(min_length=1)
    version: str
    description: str = ""
    definitions: Any = None
    scorecard: Scorecard | None = None
    rules: list[Rule]
    _source: str | None = PrivateAttr(default=None)

    @field_validator("version", mode="before")
    @classmethod
    def _version(cls, v: Any) -> str:
        v = str(v)   # an unquoted 2025-01-31 arrives as a date
        if not _VERSION.match(v):
            raise ValueError("must be a semantic version like \"1.2.0\" or a date like "
                             "\"2025-01-31\" (quote it)")
        return v

    @property
    def source(self) -> str | None:
        """Path the rulebook was loaded from, if any."""
        return self._source

    def with_rules(self, rules: list[Any]) -> "Rulebook":
        """A copy holding only ``rules`` (used to test one rule's examples)."""
        copy = self.model_copy(update={"rules": rules})
        copy._source = self._source
        return copy


# --------------------------------------------------------------------------- errors

def _field_names() -> set[str]:
    names: set[str] = set()
    for model in (PhraseEntry, AtLeast, MatchSpec, SemanticSpec, Window, Examples, PhraseRule,
                  RequiredRule, AnchoredRule, SimilarityRule, RepetitionRule, PolitenessRule,
                  AcousticRule, MetadataRule, Rulebook, Scorecard):
        names |= set(model.model_fields)
    from qa_rules.scorecard import GradeBand, ScoreItemSpec, Section
    for model in (GradeBand, ScoreItemSpec, Section):
        names |= set(model.model_fields)
    return names


def _loc_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _explain(err: dict[str, Any]) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        return f"must be one of {expected}"
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        name = str(err["loc"][-1])
        close = difflib.get_close_matches(name, sorted(_field_names()), n=1)
        return "unknown field" + (f" (did you mean '{close[0]}'?)" if close else "")
    if kind == "union_tag_invalid":
        tag = ctx.get("tag")
        if tag in PLANNED_KINDS:
            return (f"kind '{tag}' is planned but not implemented yet; "
                    f"use one of {', '.join(KINDS)}")
        return f"unknown kind '{tag}': must be one of {', '.join(KINDS)}"
    if kind == "union_tag_not_found":
        return f"'kind' is required: one of {', '.join(KINDS)}"
    msg = str(err.get("msg", ""))
    for prefix in ("Value error, ", "Assertion failed, "):
        if msg.startswith(prefix):
            msg = msg[len(prefix):]
    return msg[:1].lower() + msg[1:]


def _problem_from_error(err: dict[str, Any], data: Any, filename: str) -> Problem:
    loc = tuple(err["loc"])
    if loc[:1] == ("rules",) and len(loc) >= 2 and isinstance(loc[1], int):
        idx = loc[1]
        raw = data.get("rules", [])[idx] if isinstance(data, dict) else None
        rule_id = str(raw.get("id")) if isinstance(raw, dict) and raw.get("id") else f"#{idx + 1}"
        rest = loc[2:]
        if rest and rest[0] in KINDS:
            rest = rest[1:]   # drop pydantic's discriminator tag
        field = _loc_path(rest) or ("kind" if err["type"].startswith("union_tag") else None)
        return Problem("error", filename, _explain(err), rule_id=rule_id, field=field)
    if loc[:1] == ("scorecard",):
        return Problem("error", filename, _explain(err), where="scorecard",
                       field=_loc_path(loc[1:]) or None)
    return Problem("error", filename, _explain(err), field=_loc_path(loc) or None)


def validate_rulebook(data: Any, filename: str = "<rulebook>") -> Rulebook:
    """Validate parsed YAML; raise ``RulebookError`` listing every problem."""
    if not isinstance(data, dict):
        raise RulebookError([Problem("error", filename, "the file must be a mapping with "
                                     "'rulebook', 'version', 'scorecard' and 'rules'")])
    try:
        return Rulebook.model_validate(data)
    except ValidationError as exc:
        problems = [_problem_from_error(e, data, filename) for e in exc.errors()]
        raise RulebookError(problems) from None


def read_rulebook_yaml(path: str | Path) -> Any:
    """Parse the YAML file; syntax errors become a ``RulebookError`` with the line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise RulebookError([Problem("error", path.name, f"cannot read file: {exc.strerror}")])
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise RulebookError([Problem("error", path.name, f"{where}YAML syntax error: {problem}")])
